"""The five seed articles parse to the outlet, wire, title and dateline the gold gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import diplowire
from conftest import GOLD, SEEDS, shared_or_skip

SEED_FILES = sorted(SEEDS.glob("*.txt"))

# Furniture printed by the seed pages' sites; none of it may reach a body paragraph.
BOILERPLATE = (
    "skipping the main menu",
    "Also in The Mainichi",
    "The Mainichi on social media",
    "Related articles",
    "misinformation and too much information",
    "By subscribing",
    "Source: Yonhap News Agency",
    "You may also like",
    "• Kyodo",
    "GulfToday",
)


@pytest.fixture(scope="module")
def dossier(plugins: diplowire.Plugins) -> diplowire.Dossier:
    return diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json", plugins=plugins)


def _article(dossier: diplowire.Dossier, stem: str) -> diplowire.Article:
    (article,) = [a for a in dossier.articles if a.source and Path(a.source).stem == stem]
    return article


def test_every_seed_becomes_an_article(dossier: diplowire.Dossier) -> None:
    assert len(SEED_FILES) == 5
    assert dossier.failures == []
    assert sorted(Path(a.source or "").name for a in dossier.articles) == [
        p.name for p in SEED_FILES
    ]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_matches_gold_article(dossier: diplowire.Dossier, path: Path) -> None:
    gold = json.loads(shared_or_skip(GOLD / "seeds" / f"{path.stem}.json").read_text())["article"]
    article = _article(dossier, path.stem)
    for field in ("outlet", "wire", "published", "dateline_place", "title"):
        if field in gold:
            assert getattr(article, field) == gold[field], field


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_body_has_no_boilerplate(dossier: diplowire.Dossier, path: Path) -> None:
    article = _article(dossier, path.stem)
    body = article.text
    for furniture in BOILERPLATE:
        assert furniture not in body
    assert article.title is None or article.title not in article.paragraphs
    for caption in article.captions:
        assert caption not in body


def test_mainichi_seed_keeps_caption_apart(dossier: diplowire.Dossier) -> None:
    article = _article(dossier, "000_d6d1f0bfd4e51574")
    assert article.captions and article.captions[0].startswith("Kim Jung Han, center,")
    assert article.paragraphs[0].startswith("Japan pushed South Korea on Friday")
    assert article.dateline == "TOKYO (Kyodo)"


def test_seed_ids_are_content_hashes(dossier: diplowire.Dossier) -> None:
    ids = [a.id for a in dossier.articles]
    assert len(set(ids)) == 5
    again = diplowire.parse(SEEDS / "000_d6d1f0bfd4e51574.txt")
    assert again.id in ids


def test_without_manifest_outlet_comes_from_page_chrome(plugins: diplowire.Plugins) -> None:
    mainichi = diplowire.parse(SEEDS / "000_d6d1f0bfd4e51574.txt", plugins=plugins)
    gulf = diplowire.parse(SEEDS / "001_fa229a92584dfde7.txt", plugins=plugins)
    yonhap_copy = diplowire.parse(SEEDS / "004_f6431c8cc32b191e.txt", plugins=plugins)
    assert (mainichi.outlet, mainichi.published) == ("mainichi", None)
    assert gulf.outlet == "gulftoday"
    # Republished wire copy names no publisher by itself; the wire is still known.
    assert (yonhap_copy.outlet, yonhap_copy.wire) == (None, ["Yonhap"])
