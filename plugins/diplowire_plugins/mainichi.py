"""The Mainichi (mainichi.jp), English and Japanese editions.

Its pages open with a skip link ("Please view the main text area of the page by
skipping the main menu.") and close with "Also in The Mainichi" lists.
"""

from __future__ import annotations

from diplowire import Layout, OutletAdapter


class Mainichi(OutletAdapter):
    name = "mainichi"
    hosts = ("mainichi.jp",)
    site_names = (
        "The Mainichi",
        "Mainichi",
        "毎日新聞",
        "The Mainichi Shimbun",
        "Mainichi Shimbun",
    )
    text_signatures = (
        r"^Please view the main text area of the page by skipping the main menu",
        r"^Also in The Mainichi$",
        r"^The Mainichi on social media$",
    )
    stop = (
        r"also in the mainichi\b",
        r"the mainichi on social media\b",
        r"次に読みたい",
        r"関連記事",
    )
    drop = (r"please view the main text area of the page", r"advertisement$", r"拡大$")
    layouts = (
        Layout(
            name="2020",
            body="section#articledetail-body, #articledetail-body",
            title="h1.title-page, #articledetail-title h1",
            authors="a.articletag-author",
            remove="aside, .ad-article-text, .articledetail-image-scale",
        ),
        Layout(
            name="english-2019",
            body="div.main-text, #main-cont .main-text",
            title="h1",
            remove=".ad, .social",
        ),
    )


adapter = Mainichi()
