"""Articles written for these tests in each outlet's style: other events, people, datelines.

``tests/data/articles/cases.json`` gives, for each file, the URL and date a user would
know (or null) and what a careful reader expects of the parsed article.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import diplowire
from conftest import DATA
from diplowire.reading import wires

ARTICLES = DATA / "articles"
CASES: list[dict[str, Any]] = json.loads((ARTICLES / "cases.json").read_text())


@pytest.mark.parametrize("case", CASES, ids=[c["path"] for c in CASES])
def test_article(case: dict[str, Any], plugins: diplowire.Plugins) -> None:
    expect = case["expect"]
    article = diplowire.parse(
        ARTICLES / case["path"], url=case["url"], published=case["published"], plugins=plugins
    )
    assert article.outlet == expect["outlet"]
    assert article.wire == expect["wire"]
    assert article.title == expect["title"]
    assert article.dateline_place == expect["dateline_place"]
    assert article.published == expect["published"]
    assert article.captions == expect["captions"]
    assert article.paragraphs[0].startswith(expect["first_paragraph_starts"])
    assert article.paragraphs[-1].endswith(expect["last_paragraph_ends"])
    assert len(article.paragraphs) == expect["n_paragraphs"]
    body = article.text
    for furniture in expect["body_must_not_contain"]:
        assert furniture not in body


def test_every_outlet_style_is_covered() -> None:
    outlets = {c["expect"]["outlet"] for c in CASES}
    assert {"mainichi", "japantimes", "yonhap", "gulftoday", "kyodo", None} <= outlets
    assert any(c["path"].endswith(".html") for c in CASES)


def test_a_credit_line_leaves_the_body_and_credits_the_copy() -> None:
    credit = "Source: Yonhap News Agency, Kyodo"
    article = diplowire.parse(f"Talks resume\n\nSEOUL -- Kim met Ito on Monday.\n\n{credit}")
    assert article.paragraphs == ["Kim met Ito on Monday."]
    assert article.wire == ["Yonhap", "Kyodo"]
    # Body text is never a credit line, however many agencies it names in a row.
    listing = ", ".join(["Yonhap", "Kyodo", "AFP", "Reuters", "Xinhua", "Jiji Press"] * 4)
    assert len(listing) > wires.CREDIT_MAX_CHARS
    article = diplowire.parse(f"Talks resume\n\nSEOUL -- Kim met Ito on Monday.\n\n{listing}")
    assert article.paragraphs[-1] == listing
