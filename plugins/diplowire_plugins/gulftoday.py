"""Gulf Today (gulftoday.ae): wire copy from AP, AFP, Reuters and WAM.

Its titles end in " - GulfToday" and its pages close with "Related articles".
"""

from __future__ import annotations

from diplowire import Layout, OutletAdapter


class GulfToday(OutletAdapter):
    name = "gulftoday"
    hosts = ("gulftoday.ae",)
    site_names = ("GulfToday", "Gulf Today")
    text_signatures = (r"\s[-–|]\s*Gulf ?Today\s*$",)
    layouts = (
        Layout(
            name="2019",
            body="div.article-content, div.story-content, div.articleBody, [itemprop=articleBody]",
            title="h1",
            remove=".related-articles, .tags, .author-box",
        ),
    )


adapter = GulfToday()
