"""Tests of the Korea Herald adapter.

The first tests register the adapter by hand, so they run whether or not the package
is installed (pytest puts ``src/`` on the path, see pyproject.toml). The last ones
check the entry point, and run only once the package is pip-installed.
"""

from __future__ import annotations

import importlib.metadata
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from diplowire_koreaherald import KoreaHerald, adapter

import diplowire
from diplowire.cli import main as cli
from diplowire.plugins.detection import CHROME, HOST, METADATA
from diplowire.plugins.manager import reset_plugins
from diplowire_plugins.generic import adapter as generic

HERE = Path(__file__).parent
PAGE = HERE / "page.html"
YONHAP_PAGE = HERE / "page_yonhap.html"

TITLE = "Seoul, Tokyo agree to open coast guard hotline, resume shuttle diplomacy"
FIRST = (
    "South Korea and Japan agreed Friday to set up a direct hotline between their coast "
    "guards and to resume regular visits by their leaders, as the two countries' foreign "
    "ministers met in Seoul for the first time in eight months."
)
LAST = (
    "The talks come as Seoul and Tokyo seek to keep up a thaw in ties that began in 2023, "
    "when the two sides restored shuttle diplomacy between their leaders after a 12-year "
    "hiatus."
)

# Text of the page's navigation, share row, ad, related links, sidebar, byline and footer.
FURNITURE = [
    "Skip to main content",
    "Subscribe",
    "National",
    "Life & Culture",
    "BREAKING",
    "Won-dollar rate",
    "Facebook",
    "Font size",
    "A+",
    "Print version",
    "AD",
    "Related Articles",
    "vice ministerial talks next week",
    "Herald Interview",
    "Most Popular",
    "Editor's Picks",
    "Ulleungdo",
    "jwlee@heraldcorp.com",
    "More articles by this reporter",
    "Privacy Policy",
    "Herald Corporation",
    "All Rights Reserved",
]


@pytest.fixture
def plugins() -> diplowire.Plugins:
    """Only this adapter: no entry points, so the test does not need an install."""
    return diplowire.Plugins.create(entry_points=False, plugins=[adapter])


def test_staff_story(plugins: diplowire.Plugins) -> None:
    article = diplowire.parse(PAGE, plugins=plugins)

    assert article.outlet == "koreaherald"
    assert (article.adapter, article.layout) == ("koreaherald", "2023")
    assert article.title == TITLE
    assert article.paragraphs[0] == FIRST
    assert article.paragraphs[-1] == LAST
    assert len(article.paragraphs) == 6
    assert article.authors == ["Lee Ji-won"]
    assert article.wire == []
    assert article.published == "2025-03-14"
    assert article.url == "https://www.koreaherald.com/article/10456789"
    assert article.language == "en"
    assert article.captions == [
        "Foreign Minister Han Seo-yeon (right) shakes hands with Japanese Foreign Minister "
        "Kenji Moriyama before their talks at the Foreign Ministry in Seoul on Friday. "
        "(Foreign Ministry)"
    ]
    # The subheadline is not body text either.
    assert "Foreign ministers meet in Seoul for first time" not in article.text


@pytest.mark.parametrize("furniture", FURNITURE)
def test_staff_story_has_no_furniture(plugins: diplowire.Plugins, furniture: str) -> None:
    article = diplowire.parse(PAGE, plugins=plugins)
    assert all(furniture not in paragraph for paragraph in article.paragraphs)
    assert all(furniture not in caption for caption in article.captions)
    assert furniture not in (article.title or "")


def test_title_falls_back_to_metadata_without_site_suffix(plugins: diplowire.Plugins) -> None:
    # A copy of the page without the headline element (print and AMP versions): the
    # title comes from og:title, which carries " - The Korea Herald".
    html = PAGE.read_text(encoding="utf-8").replace(f'<h1 class="news_title">{TITLE}</h1>', "")
    assert 'class="news_title">Seoul' not in html
    article = diplowire.parse(html, plugins=plugins)
    assert article.title == TITLE
    assert article.paragraphs[0] == FIRST


@pytest.mark.parametrize(
    "title",
    [
        f"{TITLE} - The Korea Herald",
        f"{TITLE} | Korea Herald",
        f"{TITLE} – The Korea Herald",
        TITLE,
    ],
)
def test_clean_title(title: str) -> None:
    assert adapter.clean_title(title) == TITLE


def test_yonhap_story_in_the_old_layout(plugins: diplowire.Plugins) -> None:
    article = diplowire.parse(YONHAP_PAGE, plugins=plugins)

    assert article.outlet == "koreaherald"
    assert (article.adapter, article.layout) == ("koreaherald", "2012")
    assert article.title == "S. Korea, Canada agree to launch '2+2' talks on security, economy"
    assert article.wire == ["Yonhap"]  # from the closing "(Yonhap)" line alone
    assert article.published == "2021-06-08"
    assert article.paragraphs[0] == (
        "South Korea and Canada agreed Tuesday to launch a regular dialogue between their "
        "foreign and defense ministers, Seoul's foreign ministry said."
    )
    assert article.paragraphs[-1] == (
        'Dubois was quoted as saying that Canada regards South Korea as a "key partner" '
        "in the Indo-Pacific region."
    )
    assert len(article.paragraphs) == 4
    assert "(Yonhap)" not in article.text
    for furniture in ("Font size", "Print", "AD", "Related Articles", "Most Popular", "Politics"):
        assert all(furniture not in paragraph for paragraph in article.paragraphs)
    assert article.captions[0].startswith("First Vice Foreign Minister Choi Min-ho (right)")


PLAIN_TEXT = f"""{TITLE} - The Korea Herald

{FIRST}

Foreign Minister Han Seo-yeon and her Japanese counterpart, Kenji Moriyama, held talks for about two hours at the Foreign Ministry in central Seoul, according to Han's office.

{LAST}

By Lee Ji-won (jwlee@heraldcorp.com)

Editor's Picks

[Feature] The last ferry to Ulleungdo
"""


def test_plain_text_copy(plugins: diplowire.Plugins) -> None:
    # No URL and no markup: the page is recognised by what only the Herald prints.
    detections = plugins.detect(diplowire.Document(PLAIN_TEXT))
    assert [(d.adapter, d.score) for d in detections] == [("koreaherald", CHROME)]

    article = diplowire.parse(PLAIN_TEXT, plugins=plugins)
    assert (article.outlet, article.layout) == ("koreaherald", None)  # no markup to lay out
    assert article.title == TITLE
    assert article.paragraphs[0] == FIRST
    assert article.paragraphs[-1] == LAST
    assert len(article.paragraphs) == 3


def test_plain_text_yonhap_credit(plugins: diplowire.Plugins) -> None:
    text = f"{TITLE} - The Korea Herald\n\n{FIRST}\n\n{LAST}\n\n(Yonhap)\n"
    article = diplowire.parse(text, plugins=plugins)
    assert article.wire == ["Yonhap"]
    assert article.paragraphs == [FIRST, LAST]
    assert article.captions == []


def test_detection_beats_the_generic_adapter() -> None:
    plugins = diplowire.Plugins.create(entry_points=False, plugins=[generic, adapter])

    best = plugins.detect(diplowire.Document(PAGE.read_text(encoding="utf-8")))[0]
    assert (best.adapter, best.score) == ("koreaherald", HOST)

    # Saved without its canonical link and og:url, the page is known by og:site_name.
    html = PAGE.read_text(encoding="utf-8")
    html = html.replace(
        '<link rel="canonical" href="https://www.koreaherald.com/article/10456789">', ""
    )
    html = html.replace(
        '<meta property="og:url" content="https://www.koreaherald.com/article/10456789">', ""
    )
    best = plugins.detect(diplowire.Document(html))[0]
    assert (best.adapter, best.score) == ("koreaherald", METADATA)


def test_hosts_are_declared() -> None:
    assert adapter.diplowire_outlet_hosts() == {"koreaherald.com": "koreaherald"}
    assert adapter.owns_host("m.koreaherald.com")
    assert not adapter.owns_host("koreaheraldx.com")
    assert isinstance(adapter, KoreaHerald)


# -- installed: the entry point ------------------------------------------------------


def _installed() -> bool:
    try:
        importlib.metadata.distribution("diplowire-koreaherald")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


installed_only = pytest.mark.skipif(
    not _installed(), reason="pip install diplowire-koreaherald to test its entry point"
)


@pytest.fixture
def fresh_plugins(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shared plugin set, loaded afresh from the entry points, then forgotten."""
    monkeypatch.delenv("DIPLOWIRE_LOAD_PLUGINS", raising=False)
    monkeypatch.delenv("DIPLOWIRE_DISABLED_PLUGINS", raising=False)
    reset_plugins()
    yield
    reset_plugins()


@installed_only
@pytest.mark.usefixtures("fresh_plugins")
def test_entry_point_is_loaded() -> None:
    loaded = diplowire.get_plugins()
    assert "koreaherald" in loaded.names()
    assert not loaded.load_errors
    info = {i.name: i for i in loaded.info()}["koreaherald"]
    assert info.distribution == "diplowire-koreaherald"
    assert info.module == "diplowire_koreaherald"

    # With every installed plugin loaded, the Herald's page is still the Herald's.
    article = diplowire.parse(PAGE)
    assert article.adapter == "koreaherald"
    assert article.title == TITLE


@installed_only
@pytest.mark.usefixtures("fresh_plugins")
def test_cli_lists_the_plugin() -> None:
    result = CliRunner().invoke(cli, ["plugins"])
    assert result.exit_code == 0, result.output
    assert re.search(
        r"^koreaherald +diplowire_koreaherald +\(diplowire-koreaherald 0\.1\.0\)$",
        result.output,
        re.MULTILINE,
    ), result.output
