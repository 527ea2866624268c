"""Real saved pages of news sites (../shared/fixtures/html) against their published expectations."""

from __future__ import annotations

import json
from pathlib import Path

import diplowire
from conftest import FIXTURES, shared_or_skip


def _load(relative: str) -> tuple[Path, dict[str, object]]:
    page = shared_or_skip(FIXTURES / relative)
    expected = json.loads(page.with_name(page.name.replace(".html", ".expected.json")).read_text())
    return page, expected


def test_yonhap_page(plugins: diplowire.Plugins) -> None:
    page, expected = _load("yonhap/AEN20190820002300325.html")
    article = diplowire.parse(page, plugins=plugins)
    assert (article.adapter, article.layout) == ("yonhap", "2019")
    assert (article.outlet, article.wire) == ("yonhap", ["Yonhap"])
    assert article.title == expected["title"]
    assert article.published == "2019-08-20"
    assert article.url == expected["canonical_link"]
    assert article.dateline == "SEOUL, Aug. 20 (Yonhap)"
    assert article.dateline_place == "Seoul"
    expected_paragraphs = str(expected["text"]).split("\n\n")
    # newspaper4k keeps the dateline in the text; diplowire moves it to `dateline`.
    assert expected_paragraphs[0].startswith(f"{article.dateline} -- ")
    assert article.paragraphs[1:] == expected_paragraphs[1:]
    assert expected_paragraphs[0].endswith(article.paragraphs[0])
    assert "(END)" not in article.text and "@yna.co.kr" not in article.text


def test_japantimes_page_of_jiji_copy(plugins: diplowire.Plugins) -> None:
    page, expected = _load("japantimes/jiji-6000-surgical-masks-stolen-2020-02-18.html")
    article = diplowire.parse(page, plugins=plugins)
    assert (article.adapter, article.layout) == ("japantimes", "2020")
    assert (article.outlet, article.wire) == ("japantimes", ["Jiji"])
    assert article.title == expected["title"]
    assert article.published == expected["date"]
    assert article.dateline_place == "Kobe"
    body = "KOBE – " + article.text  # trafilatura's expectation keeps the dateline
    for sentence in expected["with"]:  # type: ignore[attr-defined]
        assert sentence in body
    for sentence in expected["without"]:  # type: ignore[attr-defined]
        assert sentence not in body
    for furniture in ("Twitter", "Facebook", "Error Report", "Commenting Policy"):
        assert furniture not in article.paragraphs


def test_mainichi_japanese_page(plugins: diplowire.Plugins) -> None:
    page, expected = _load("mainichi/ja-20250114-k00-00m-030-335000c.html")
    v1 = expected["V1"]
    article = diplowire.parse(page, plugins=plugins)
    assert (article.adapter, article.layout) == ("mainichi", "2020")
    assert (article.outlet, article.wire, article.language) == ("mainichi", [], "ja")
    # fundus keeps the full-width space of the headline; the title is whitespace-normalized.
    assert article.title == v1["title"].replace("\u3000", " ")  # type: ignore[index]
    assert article.published == "2025-01-14"
    expected_paragraphs = v1["body"]["sections"][0]["paragraphs"]  # type: ignore[index]
    assert article.paragraphs == expected_paragraphs
    assert article.captions == [image["caption"] for image in v1["images"]]  # type: ignore[index]
    assert article.authors == v1["authors"]  # type: ignore[index]


def test_fixture_pages_parse_the_same_without_a_url_given(plugins: diplowire.Plugins) -> None:
    # The canonical link in the page names the outlet; nothing else is needed.
    for relative, outlet in (
        ("yonhap/AEN20190820002300325.html", "yonhap"),
        ("japantimes/jiji-6000-surgical-masks-stolen-2020-02-18.html", "japantimes"),
        ("mainichi/ja-20250114-k00-00m-030-335000c.html", "mainichi"),
    ):
        page = shared_or_skip(FIXTURES / relative)
        article = diplowire.parse(page.read_bytes(), plugins=plugins)
        assert article.outlet == outlet
        assert article.source is None
        assert article.layout is not None  # the markup, not the URL, picks the layout
