"""The Japan Times (japantimes.co.jp), which prints Kyodo and Jiji copy.

Wire copy is credited in a line of its own ("• Kyodo, JIJI" in text, ``p.credit`` in
HTML); articles close with a subscription appeal.
"""

from __future__ import annotations

from diplowire import Layout, OutletAdapter


class JapanTimes(OutletAdapter):
    name = "japantimes"
    hosts = ("japantimes.co.jp",)
    site_names = ("The Japan Times", "Japan Times", "JT")
    text_signatures = (
        r"^In a time of both misinformation and too much information, quality journalism",
        r"^By subscribing, you can help us get the story right",
    )
    layouts = (
        Layout(
            name="2020",
            body="div#jtarticle, div.entry",
            title="h1",
            credit="p.credit",
            authors="p.author, .writer a",
            outside_captions="a.fresco[data-fresco-caption]",
            caption_attribute="data-fresco-caption",
            remove=(
                ".jt_content_ad, .single-sns-area, .content-related-stories, .coronavirus-banner"
            ),
        ),
        Layout(
            name="2023",
            body="div.article-body",
            title="h1",
            credit=".article-author-name, .credit",
            remove=".ad, .related-articles",
        ),
    )


adapter = JapanTimes()
