"""Simple selectors matched in one pass find what lxml's CSS selectors find, on real pages.

Every selector the reader and the outlet adapters name is checked on every element of
the real saved pages, in both ways: the elements and their order must be the same.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from lxml.cssselect import CSSSelector

from conftest import DATA, FIXTURES, SHARED
from diplowire.plugins.adapter import OutletAdapter
from diplowire.reading import html as htmllib
from diplowire.reading import markup
from diplowire.reading.selectors import select, simple

ZYTE = SHARED / "benchmarks" / "article-extraction" / "html"


def _adapter_selectors() -> set[str]:
    from diplowire.plugins.manager import Plugins

    plugins = Plugins.create()
    found: set[str] = set()
    for plugin in plugins.manager.get_plugins():
        if isinstance(plugin, OutletAdapter):
            for layout in plugin.layouts:
                for value in (layout.body, layout.title, layout.credit, layout.authors):
                    found.update(filter(None, [value]))
                found.update(
                    filter(None, [layout.remove, layout.captions, layout.outside_captions])
                )
            found.update(plugin.container_selectors)
    return found


SELECTORS = sorted(
    {
        htmllib.NOISE,
        htmllib.FURNITURE,
        htmllib.GATES,
        htmllib.CAPTIONS,
        "figcaption",
        "h1",
        "time[datetime]",
        'script[type="application/ld+json"]',
        'link[rel="canonical"]',
        "[hidden], [class*=a], #main, div.x, p[lang], [data-x], .caption, [id=x]",
        *htmllib.CONTAINER_CANDIDATES,
        *_adapter_selectors(),
    }
)
PAGES = [
    *sorted((DATA / "articles").glob("*.html")),
    *sorted(FIXTURES.glob("*/*.html")),
    *sorted(ZYTE.glob("*.html.gz"))[::6],
]


def _read(path: Path) -> str:
    data = path.read_bytes()
    if str(path).endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8", "replace")


@pytest.mark.parametrize("path", PAGES, ids=[p.name[:24] for p in PAGES])
def test_one_pass_finds_what_lxml_finds(path: Path) -> None:
    tree = markup.document_fromstring(_read(path))
    simple_ones = 0
    for selector in SELECTORS:
        matcher = simple(selector)
        if matcher is None:
            continue
        simple_ones += 1
        assert select(matcher, tree) == CSSSelector(selector)(tree), selector
    assert simple_ones >= 10


@pytest.mark.parametrize(
    "selector",
    ["div p", "a > b", "a.b.c", "p:first-child", "*", "[a^=b]", "[a*='']", "ns|p", "::before"],
)
def test_other_selectors_are_left_to_lxml(selector: str) -> None:
    assert simple(selector) is None


def test_class_words_are_split_as_css_splits_them() -> None:
    tree = markup.document_fromstring(
        '<html><body><p class="x\tcaption">a</p><p class="x\xa0caption">b</p></body></html>'
    )
    matcher = simple(".caption")
    assert matcher is not None
    assert (
        [e.text for e in select(matcher, tree)]
        == ["a"]
        == [e.text for e in CSSSelector(".caption")(tree)]
    )
