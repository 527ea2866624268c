"""The one-walk prose measure equals its definition as an XPath, on real pages.

The definition: the text nodes under an element with no ``script``, ``style``,
``noscript``, ``a``, ``nav``, ``footer``, ``aside`` or ``head`` among their ancestors,
each stripped. The reader asked it of every candidate element until the walk replaced
it; the two must agree on every element of every page, and on the holders of paragraphs
the readability-style guess ranks; the names the walk collects must answer a selector
of classes and ids as lxml's CSS selector does.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html
import pytest

from conftest import DATA, FIXTURES, SHARED
from diplowire.reading import markup
from diplowire.reading.document import Document
from diplowire.reading.html import CONTAINER_CANDIDATES, _with_prose
from diplowire.reading.prose import BLOCK_TAGS, INLINE, LISTS, measure

_DEFINITION = lxml.etree.XPath(
    ".//text()[normalize-space()][not(ancestor::*[self::script or self::style or self::noscript"
    " or self::a or self::nav or self::footer or self::aside or self::head])]",
    smart_strings=True,
)
ZYTE = SHARED / "benchmarks" / "article-extraction" / "html"


def _pages() -> Iterator[tuple[str, str]]:
    for path in sorted((DATA / "articles").glob("*.html")):
        yield path.name, path.read_text(encoding="utf-8")
    for path in sorted(FIXTURES.glob("*/*.html")):
        yield path.name, path.read_text(encoding="utf-8", errors="replace")
    for path in sorted(ZYTE.glob("*.html.gz"))[:60]:
        yield path.name, gzip.decompress(path.read_bytes()).decode("utf-8", "replace")


PAGES = list(_pages())


def _defined_size(element: lxml.html.HtmlElement) -> int:
    return sum(len(text.strip()) for text in _DEFINITION(element))


def _defined_holders(tree: lxml.html.HtmlElement) -> dict[Any, int]:
    holders: dict[Any, int] = {}
    for text in _DEFINITION(tree):
        owner = text.getparent()
        if text.is_tail and owner is not None:
            owner = owner.getparent()
        while owner is not None and owner.tag in INLINE:
            owner = owner.getparent()
        if owner is None or owner.tag in LISTS:
            continue
        blocks = any(isinstance(c.tag, str) and c.tag not in INLINE for c in owner)
        if owner.tag in BLOCK_TAGS or (owner.tag == "div" and not blocks):
            owner = owner.getparent()
        if owner is not None and text.strip():
            holders[owner] = holders.get(owner, 0) + len(text.strip())
    return holders


def test_pages_are_present() -> None:
    assert len(PAGES) >= 6


@pytest.mark.parametrize(("name", "html"), PAGES, ids=[name[:24] for name, _ in PAGES])
def test_walk_measures_every_element_as_defined(name: str, html: str) -> None:
    tree = markup.document_fromstring(html)
    prose = measure(tree)
    for element in tree.iter(lxml.etree.Element):
        assert prose.size(element) == _defined_size(element), (name, element.tag)
    measured = {owner: size for owner, size in prose.holders.items() if size}
    assert measured == _defined_holders(tree)
    assert list(measured) == list(_defined_holders(tree))  # the guess breaks ties in this order


def test_a_detached_copy_is_measured_without_its_old_ancestors() -> None:
    tree = markup.document_fromstring(
        "<html><body><nav><div class=x><p>Kept in the copy.</p></div></nav></body></html>"
    )
    (inner,) = tree.iter("div")
    assert measure(tree).size(inner) == 0  # inside the page's navigation
    copied = lxml.html.fromstring(lxml.html.tostring(inner))
    assert measure(copied).size(copied) == len("Kept in the copy.")


SELECTORS = (
    *CONTAINER_CANDIDATES,
    ".caption, #main, [itemprop=text]",
    "div .content, section .story",
)


@pytest.mark.parametrize(("name", "html"), PAGES, ids=[name[:24] for name, _ in PAGES])
def test_the_page_names_answer_selectors_as_lxml_does(name: str, html: str) -> None:
    document = Document(html)
    for selector in SELECTORS:
        expected = [e for e in document.select(selector) if document.prose.size(e)]
        assert _with_prose(document, selector) == expected, (name, selector)


def test_a_class_is_split_as_css_splits_it() -> None:
    document = Document(
        '<html><body><div class="story\tbody">A first paragraph of prose.</div>'
        '<div class="story\xa0body">Another block of prose.</div></body></html>'
    )
    assert [e.text for e in _with_prose(document, ".body")] == ["A first paragraph of prose."]
    assert _with_prose(document, ".body") == document.select(".body")


def test_a_class_word_repeated_names_its_element_once() -> None:
    # vice.com sets class="article__body article__body ..." on the story's block: the
    # story was read twice when its name listed it twice.
    tree = markup.document_fromstring(
        '<html><body><div class="body body x">A story of a single block of prose, long'
        " enough to count.</div></body></html>"
    )
    (block,) = tree.iter("div")
    assert measure(tree).with_name("class", "body") == [block]
