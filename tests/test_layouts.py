"""Which layout of an adapter read a page: the first whose body selector matches, by name."""

from __future__ import annotations

import pytest

import diplowire
from diplowire import Layout, OutletAdapter
from diplowire.testing import isolated_plugins
from diplowire_plugins.generic import adapter as generic


class TwoLayouts(OutletAdapter):
    name = "twolayouts"
    hosts = ("twolayouts.example",)
    layouts = (
        Layout(name="2024", body="div.story-body", title="h1.headline"),
        Layout(name="classic", body="div#article", title="h1"),
    )


URL = "https://twolayouts.example/news/1"
LEAD = "Foreign ministers of both countries met in Seoul on Tuesday to discuss trade."
SECOND = "They agreed to meet again next year, the ministry said."


def _page(body: str, title: str = "<h1>Ministers meet</h1>") -> str:
    return f"<html><head><title>Ministers meet</title></head><body>{title}{body}</body></html>"


def _parse(html: str) -> diplowire.Article:
    plugins = isolated_plugins(TwoLayouts(), generic)
    return diplowire.parse(html, url=URL, plugins=plugins)


def test_the_second_layout_is_reported_when_the_first_selector_misses() -> None:
    article = _parse(_page(f'<div id="article"><p>{LEAD}</p><p>{SECOND}</p></div>'))
    assert (article.adapter, article.layout) == ("twolayouts", "classic")
    assert article.paragraphs == [LEAD, SECOND]


def test_the_first_layout_wins_when_both_match() -> None:
    body = f'<div class="story-body"><p>{LEAD}</p></div><div id="article"><p>{SECOND}</p></div>'
    article = _parse(_page(body, '<h1 class="headline">Ministers meet</h1>'))
    assert (article.adapter, article.layout) == ("twolayouts", "2024")
    assert article.paragraphs == [LEAD]


def test_no_layout_when_none_matches() -> None:
    # The shared container search still finds the body, but no layout read it.
    article = _parse(_page(f"<article><p>{LEAD}</p><p>{SECOND}</p></article>"))
    assert (article.adapter, article.layout) == ("twolayouts", None)
    assert LEAD in article.paragraphs


def test_no_layout_for_plain_text_or_the_generic_reader() -> None:
    text = f"Ministers meet\n\n{LEAD}\n\n{SECOND}\n"
    assert _parse(text).layout is None
    html = _page(f'<div id="article"><p>{LEAD}</p><p>{SECOND}</p></div>')
    article = diplowire.parse(html, plugins=isolated_plugins(generic))
    assert (article.adapter, article.layout) == ("generic", None)


@pytest.mark.parametrize("names", [("2024", "2024"), ("2024", "")])
def test_layouts_need_names_of_their_own(names: tuple[str, str]) -> None:
    with pytest.raises(TypeError, match="layout needs a name"):
        type(
            "Clashing",
            (OutletAdapter,),
            {"name": "clashing", "layouts": tuple(Layout(name=n, body="div") for n in names)},
        )


def test_every_built_in_layout_is_named_once(plugins: diplowire.Plugins) -> None:
    adapters = [p for p in plugins.manager.get_plugins() if isinstance(p, OutletAdapter)]
    assert len([a for a in adapters if a.layouts]) >= 5
    for adapter in adapters:
        names = [layout.name for layout in adapter.layouts]
        assert all(names) and len(set(names)) == len(names), adapter
