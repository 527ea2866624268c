"""Manifests in JSON and CSV; their values reach the articles; bad rows are clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import diplowire
from diplowire import Manifest, Plugins
from diplowire.errors import ManifestError

TEXT = "Leaders meet in Jakarta\n\nJAKARTA (Kyodo) -- Leaders of Japan and Indonesia met on Sunday."


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXT)
    return tmp_path


def test_json_manifest_supplies_url_date_and_outlet(tmp_path: Path, plugins: Plugins) -> None:
    root = _corpus(tmp_path)
    (root / "m.json").write_text(
        '[{"path": "docs/a.txt", "url": "https://www.thejakartapost.com/x", "published": "2023-09-03"}]'
    )
    (article,) = diplowire.extract(
        root / "docs", manifest=root / "m.json", plugins=plugins
    ).articles
    assert (article.outlet, article.published, article.published_from) == (
        "thejakartapost",
        "2023-09-03",
        "manifest",
    )
    assert article.url == "https://www.thejakartapost.com/x"


def test_csv_manifest_and_explicit_outlet(tmp_path: Path, plugins: Plugins) -> None:
    root = _corpus(tmp_path)
    (root / "m.csv").write_text("path,url,published,outlet\ndocs/a.txt,,2023-09,antara\n")
    assert Manifest.load(root / "m.csv").entries[0].published == "2023-09"
    manifest = Manifest.load(root / "m.csv")
    assert len(manifest) == 1
    (article,) = diplowire.extract(manifest=manifest, plugins=plugins).articles
    assert (article.outlet, article.published) == ("antara", "2023-09")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{}", "list"),
        ("[1]", "not an object"),
        ('[{"url": null}]', "neither path nor url"),
        ('[{"path": "a", "when": "x"}]', "unknown columns: when"),
        ('[{"path": "a", "published": "15 Nov 2019"}]', "row 1"),
        ("[", "not valid JSON"),
        ('[{"path": "a", "published": "2019", "published_from": "server"}]', "must be one of"),
    ],
)
def test_bad_manifests(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(content)
    with pytest.raises(ManifestError, match=message):
        Manifest.load(path)


def test_manifest_timestamps_become_days(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text('[{"path": "a.txt", "published": "2019-11-15T21:17:27+09:00"}]')
    assert Manifest.load(path).entries[0].published == "2019-11-15"


def test_missing_manifest(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="not found"):
        Manifest.load(tmp_path / "nope.json")
