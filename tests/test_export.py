"""``diplowire export``: files that open elsewhere, and clean refusals to overwrite."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from diplowire.batch.ingest import ingest
from diplowire.cli import main

HOSTILE = (
    '=HYPERLINK("http://evil.example","Talks")\n\n'
    "TOKYO (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya met South Korean Foreign "
    "Minister Cho Tae-yul in Tokyo on Friday, the ministry said.\n\n"
    "-- The two ministers discussed North Korea.\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds plus one text whose headline a spreadsheet would run as a formula."""
    folder = tmp_path_factory.mktemp("store")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder / "news.db"
    summary = ingest(
        [SEEDS, folder / "hostile.txt"], db, manifest=SEEDS / "manifest.json", workers=0
    )
    assert summary.failed == 0
    return db


def _export(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["export", "--db", str(db), *args])
    return result.exit_code, result.stderr


def test_existing_targets_are_refused_cleanly_and_force_overwrites(
    store: Path, tmp_path: Path
) -> None:
    folder, file = tmp_path / "folder", tmp_path / "file.txt"
    folder.mkdir()
    (folder / "old.csv").write_text("x")
    file.write_text("old")
    for args, message in [
        (("-f", "json", "-o", str(folder)), "is a directory"),
        (("-f", "csv", "-o", str(file)), "is a file"),
        (("-f", "parquet", "-o", str(file)), "is a file"),
        (("-f", "json", "-o", str(file)), "--force overwrites it"),
        (("-f", "csv", "-o", str(folder)), "--force overwrites it"),
    ]:
        code, stderr = _export(store, *args)
        assert code == 2 and message in stderr and "Traceback" not in stderr, (args, stderr)
    assert file.read_text() == "old"
    assert _export(store, "-f", "json", "-o", str(file), "--force")[0] == 0
    assert len(json.loads(file.read_text())["articles"]) == 6
    assert _export(store, "-f", "csv", "-o", str(folder), "--force")[0] == 0
    assert (folder / "meetings.csv").exists()


def test_csv_has_no_json_blob_named_json_columns_and_no_formulas(
    store: Path, tmp_path: Path
) -> None:
    assert _export(store, "-f", "csv", "-o", str(tmp_path / "csv"))[0] == 0
    tables = {}
    for path in (tmp_path / "csv").glob("*.csv"):
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        with path.open(newline="", encoding="utf-8") as handle:
            tables[path.stem] = list(csv.DictReader(handle))
    for name, rows in tables.items():
        if name == "failures":
            continue  # nothing failed
        assert "json" not in rows[0], name
        longest = max(len(cell or "") for row in rows for key, cell in row.items() if key != "body")
        assert longest < 2000, (name, longest)
    meeting = next(r for r in tables["meetings"] if "Takizaki" in r["participants"])
    assert "the issue of wartime labor" in json.loads(meeting["topics_json"])
    assert meeting["date_text"] == "on Friday"
    for name, rows in tables.items():
        for row in rows:
            for cell in row.values():
                assert not (cell or "").startswith(("=", "+", "-", "@")), (name, cell)
    titles = {row["title"] for row in tables["articles"]}
    assert "'" + HOSTILE.splitlines()[0] in titles
    # Evidence is its own table, linked by record and article id.
    ids = {row["id"] for row in tables["meetings"]}
    assert ids <= {row["record"] for row in tables["sources"]}


def test_csv_bom_option(store: Path, tmp_path: Path) -> None:
    assert _export(store, "-f", "csv", "-o", str(tmp_path / "csv"), "--bom")[0] == 0
    raw = (tmp_path / "csv" / "articles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,")
    assert "‘" in raw.decode("utf-8-sig") or "’" in raw.decode("utf-8-sig")
