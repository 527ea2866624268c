"""The Document: parsed once, metadata read once, a soup of only what an adapter asks for."""

from __future__ import annotations

import pytest

from diplowire import Document
from diplowire.plugins.outlets import outlet_for_host

PAGE = """<!DOCTYPE html><html lang="en-GB"><head>
<title>Leaders meet in Canberra | ABC News</title>
<meta property="og:site_name" content="ABC News">
<meta property="og:url" content="https://www.abc.net.au/news/2024-07-01/leaders-meet/1">
<meta name="description" content="Leaders met.">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "headline": "Leaders meet in Canberra", "datePublished": "2024-07-01T08:00:00+10:00"}]}</script>
<script type="application/ld+json">{not json</script>
</head><body><nav><a href="/">Home</a></nav>
<article class="story"><h1>Leaders meet in Canberra</h1><p>The prime ministers met on Monday.</p></article>
</body></html>"""


def test_tree_is_parsed_once() -> None:
    document = Document(PAGE)
    assert document.is_html
    assert document.tree is document.tree


def test_metadata() -> None:
    document = Document(PAGE)
    assert document.meta["og:site_name"] == "ABC News"
    assert document.canonical_url == "https://www.abc.net.au/news/2024-07-01/leaders-meet/1"
    assert document.host == "abc.net.au"
    assert document.language == "en"
    # The malformed block is skipped, the @graph is flattened.
    assert [obj.get("@type") for obj in document.json_ld] == [None, "NewsArticle"]


def test_soup_of_one_element() -> None:
    soup = Document(PAGE).soup("article.story")
    assert soup is not None and soup.name == "article"
    assert soup.find("p").get_text() == "The prime ministers met on Monday."  # type: ignore[union-attr]
    assert soup.find("nav") is None  # only the element asked for was turned into soup
    assert Document(PAGE).soup("div.missing") is None
    assert Document("plain text").soup() is None


def test_plain_text_has_blocks_not_a_tree() -> None:
    document = Document("Title\n\nTOKYO (Kyodo) -- Lead.\n\nSecond.")
    assert not document.is_html
    assert document.tree is None and document.meta == {} and document.select("p") == []
    assert document.blocks == ["Title", "TOKYO (Kyodo) -- Lead.", "Second."]


def test_given_url_wins_over_canonical() -> None:
    document = Document(PAGE, url="https://mirror.example.org/x")
    assert document.host == "mirror.example.org"


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("en.yna.co.kr", "yonhap"),
        ("www.koreaherald.com", "koreaherald"),
        ("news.bbc.co.uk", "bbc"),
        ("www.abc.net.au", "abc"),
        ("english.kyodonews.net", "kyodo"),
        ("the-japan-news.com", "thejapannews"),
        (None, None),
    ],
)
def test_outlet_for_host(host: str | None, outlet: str | None) -> None:
    known = {"yna.co.kr": "yonhap", "kyodonews.net": "kyodo"}
    assert outlet_for_host(host, known) == outlet


def test_public_suffix_list_works_offline() -> None:
    # The bundled list knows co.kr is a suffix: the outlet is the label before it.
    assert outlet_for_host("en.yna.co.kr", {}) == "yna"
