"""Kyodo News: its own pages, and its copy wherever it is printed.

Kyodo copy carries a "TOKYO (Kyodo) --" dateline or, in the Japan Times, a
"• Kyodo" credit line; both mark it on sites that have no adapter of their own.
"""

from __future__ import annotations

from diplowire import Layout, OutletAdapter


class Kyodo(OutletAdapter):
    name = "kyodo"
    hosts = ("kyodonews.net", "kyodonews.jp")
    agency = "Kyodo"
    site_names = ("Kyodo News", "KYODO NEWS", "Kyodo News+", "KYODO NEWS+")
    wire_markers = (
        r"^[A-Z][A-Z .'-]+(?:, [A-Z][a-z]{2,4}\.? \d{1,2})? \(Kyodo\)\s*(?:--|—|–|-)",
        r"^[•·]\s*Kyodo\b",
    )
    layouts = (
        Layout(
            name="english-2020",
            body="div.article-body, div#js-article-body, div.main-text",
            title="h1",
            credit="p.credit, span.credit",
            outside_captions=".mainpic p, .mainpic figcaption",
            remove=".ad-box, .article-footer",
        ),
    )
    drop = (r"KYODO NEWS\s*-?\s*$", r"==Kyodo$", r"\[Kyodo\]$")


adapter = Kyodo()
