"""Yonhap News Agency: en.yna.co.kr pages, and its copy as others republish it.

Yonhap datelines read "SEOUL, Nov. 15 (Yonhap) --"; republishers often shorten them
to "SEOUL--" and close with "Source: Yonhap News Agency".
"""

from __future__ import annotations

from diplowire import Layout, OutletAdapter


class Yonhap(OutletAdapter):
    name = "yonhap"
    hosts = ("yna.co.kr", "yonhapnews.co.kr")
    agency = "Yonhap"
    site_names = ("Yonhap News Agency", "Yonhap", "연합뉴스")
    wire_markers = (
        r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2,4}\.? \d{1,2} \(Yonhap\)\s*(?:--|—|–)",
        r"^Source\s*:\s*Yonhap",
    )
    layouts = (
        Layout(
            name="2019",
            body="article.story-news",
            title="h1.tit",
            remove=".article-ad, .copyright, .bnr, .aside-box01",
        ),
    )
    drop = (r"\(END\)$", r"\(c\) Yonhap", r"Yonhap News Agency$")


adapter = Yonhap()
