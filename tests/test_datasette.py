"""The store in Datasette: rows link through foreign keys, tables and columns described.

The store is served by a real ``datasette serve`` on loopback and read over HTTP.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from conftest import SEEDS
from diplowire.batch.ingest import ingest
from diplowire.batch.store import SCHEMA_VERSION, Store
from diplowire.cli import main


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("datasette") / "news.db"
    assert ingest([SEEDS], db, manifest=SEEDS / "manifest.json", workers=0).failed == 0
    return db


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def served(store: Path) -> Iterator[str]:
    pytest.importorskip("datasette")
    meta = store.with_name("metadata.json")
    result = CliRunner().invoke(main, ["datasette-metadata", "--db", str(store)])
    assert result.exit_code == 0, result.stderr
    meta.write_text(result.stdout)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(store), "--host", "127.0.0.1",
         "--port", str(port), "--metadata", str(meta)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/-/versions.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"datasette did not start: {server.stderr.read()!r}")
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_evidence_rows_link_to_their_article_and_record(served: str) -> None:
    page = httpx.get(
        f"{served}/news/sources.json",
        params={"_labels": "on", "_shape": "objects", "record_kind": "meeting", "_size": "50"},
    ).json()
    rows = page["rows"]
    assert rows
    for row in rows:
        assert set(row["article"]) == {"value", "label"}  # a foreign key, expanded
        assert row["meeting"]["value"] == row["record"]
        assert row["statement"] is None and row["agreement"] is None
    statements = httpx.get(
        f"{served}/news/statements.json", params={"_labels": "on", "_shape": "objects"}
    ).json()["rows"]
    assert any(isinstance(r["speaker_key"], dict) for r in statements)  # linked to people


def test_a_meeting_page_lists_the_rows_that_point_at_it(served: str, store: Path) -> None:
    with Store(store) as opened:
        (meeting,) = opened.rows("SELECT id FROM meetings WHERE location = 'Tokyo'")
    html = httpx.get(f"{served}/news/meetings/{meeting['id']}").text
    assert "Links from other tables" in html
    assert f'href="/news/sources?meeting={meeting["id"]}"' in html
    assert f'href="/news/participants?meeting={meeting["id"]}"' in html


def test_tables_and_columns_carry_descriptions(served: str) -> None:
    meta = httpx.get(f"{served}/-/metadata.json").json()
    tables = meta["databases"]["news"]["tables"]
    assert tables["meetings"]["columns"]["duration_minutes"] == "Length of the meeting."
    assert tables["sources"]["description"].startswith("Evidence")
    assert "one row per real-world meeting" in httpx.get(f"{served}/news/meetings").text


def test_a_store_of_schema_1_gains_the_foreign_keys_when_opened(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    ingest([SEEDS], db, manifest=SEEDS / "manifest.json", workers=0)
    with Store(db) as opened:
        before = opened.counts()
    with sqlite3.connect(db) as raw:  # the sources table of schema 1: no foreign keys
        raw.executescript(
            "DROP VIEW meeting_sources; DROP VIEW statement_sources; DROP VIEW agreement_sources;"
            "DROP TABLE sources; CREATE TABLE sources (record TEXT NOT NULL, "
            "record_kind TEXT NOT NULL, article TEXT NOT NULL, paragraph INTEGER NOT NULL, "
            "caption INTEGER NOT NULL, text TEXT NOT NULL);"
            "UPDATE meta SET value = '1' WHERE key = 'schema_version';"
            "ALTER TABLE articles DROP COLUMN extracted_by;"  # schema 3's
            "ALTER TABLE articles DROP COLUMN layout;"  # schema 4's
        )
    with Store(db) as opened:
        assert opened.counts() == before
        links = {
            row["from"]: row["table"] for row in opened.rows("PRAGMA foreign_key_list(sources)")
        }
        version = next(opened.rows("SELECT value FROM meta WHERE key = 'schema_version'"))
    assert links == {"article": "articles", "meeting": "meetings", "statement": "statements",
                     "agreement": "agreements"}  # fmt: skip
    assert version["value"] == str(SCHEMA_VERSION) == "4"
    assert json.loads(json.dumps(before))  # counts are plain data
