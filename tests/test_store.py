"""The store and batch ingest: nothing lost, nothing doubled, readable without JSON."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import diplowire
from conftest import DATA, SEEDS
from diplowire import Detection, Document, hookimpl
from diplowire.batch.ingest import ingest
from diplowire.batch.store import SCHEMA_VERSION, Store
from diplowire.cli import main
from diplowire.errors import StoreError
from diplowire.plugins.manager import get_plugins
from diplowire.testing import registered

OWN = DATA / "extraction"


def _ids(store: Store, table: str) -> set[str]:
    return {row["id"] for row in store.rows(f"SELECT id FROM {table}")}  # type: ignore[misc]


def test_ingest_is_idempotent_and_readable(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    first = ingest([SEEDS], db, manifest=SEEDS / "manifest.json", workers=0)
    assert (first.inputs, first.added, first.failed) == (5, 5, 0)
    with Store(db) as store:
        before = {t: _ids(store, t) for t in ("meetings", "statements", "agreements")}
    again = ingest([SEEDS], db, manifest=SEEDS / "manifest.json", workers=0)
    assert (again.added, again.already_stored) == (0, 5)
    with Store(db) as store:
        assert {t: _ids(store, t) for t in before} == before
        # Plain SQL answers the questions, no JSON needed.
        rows = list(
            store.rows(
                "SELECT outlet FROM meeting_sources WHERE date = '2019-11-15' "
                "AND participants LIKE '%Takizaki%' ORDER BY outlet"
            )
        )
        assert {r["outlet"] for r in rows} == {"mainichi", "koreanewsdigest"}
        events = [
            r["kind"]
            for r in store.rows(
                "SELECT kind FROM agreement_events e JOIN agreements a ON a.id = e.agreement "
                "WHERE a.acronym = 'GSOMIA' ORDER BY date"
            )
        ]
        assert events == [
            "in_force",
            "signed",
            "termination_announced",
            "termination_suspended",
            "expires",
        ]
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_incremental_ingest_equals_one_batch(tmp_path: Path) -> None:
    manifest = OWN / "manifest.json"
    files = sorted(OWN.glob("*.txt"))
    step = tmp_path / "step.db"
    for path in files:
        ingest([path], step, manifest=manifest, workers=0)
    batch = tmp_path / "batch.db"
    ingest([OWN], batch, manifest=manifest, workers=0)
    with Store(step) as a, Store(batch) as b:
        for table in ("meetings", "statements", "agreements"):
            assert _ids(a, table) == _ids(b, table)
        assert a.dossier().meetings == b.dossier().meetings
        assert b.dossier().meetings == diplowire.extract(OWN, manifest=manifest).meetings


def test_a_merged_dossier_into_an_empty_store_equals_a_rebuild(tmp_path: Path) -> None:
    manifest = OWN / "manifest.json"
    unmerged = diplowire.extract(OWN, manifest=manifest, merge=False)
    tables = ("meetings", "participants", "statements", "agreements", "agreement_events",
              "people", "sources", "copies", "observations")  # fmt: skip
    with Store(tmp_path / "a.db") as rebuilt, Store(tmp_path / "b.db") as given:
        rebuilt.add(unmerged)  # merged tables from the stored observations
        given.add(diplowire.merge(unmerged))  # merged tables as the dossier has them
        for table in tables:
            order = "id" if table == "observations" else "rowid"  # kept as a set
            query = f"SELECT * FROM {table} ORDER BY {order}"
            assert list(rebuilt.rows(query)) == list(given.rows(query)), table
        # People are kept as every distinct description, whatever the order they came in.
        assert rebuilt.observed().people == given.observed().people


class Trouble:
    """A plugin that raises on one document and hangs on another."""

    name = "trouble"

    @hookimpl
    def diplowire_detect(self, document: Document) -> Detection | None:
        if "RAISE-ME" in document.text:
            raise RuntimeError("detector exploded")
        if "HANG-ME" in document.text:
            time.sleep(30)
        return None


def test_every_bad_input_becomes_a_recorded_failure(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        "Talks\n\nTOKYO (Kyodo) -- Japan and India held talks on Monday."
    )
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    (corpus / "invalid-utf8.txt").write_bytes("Café talks held in Genève.".encode("utf-16-le")[:-1])
    (corpus / "latin1.html").write_bytes(
        "<html><body><article><p>Les ministres se sont réunis à Genève lundi.</p>"
        "<p>Ils se reverront en décembre à Zürich.</p></article></body></html>".encode("latin-1")
    )
    (corpus / "huge.txt").write_bytes(b"a" * (50 * 1024 * 1024 + 1))
    (corpus / "no-article.html").write_text(
        "<html><head><script>x=1</script></head><body></body></html>"
    )
    (corpus / "raises.txt").write_text("RAISE-ME\n\nSEOUL (Yonhap) -- Officials met on Friday.")
    (corpus / "hangs.txt").write_text("HANG-ME\n\nSEOUL (Yonhap) -- Officials met on Friday.")
    with registered(Trouble(), into=get_plugins()):
        summary = ingest(
            [corpus, tmp_path / "vanished.txt"], tmp_path / "s.db", workers=0, timeout=2
        )
    failed = {Path(f.source or "").name: f for f in summary.failures}
    assert summary.inputs == 10
    assert failed["empty.txt"].error == "EmptyInputError"
    assert failed["binary.html"].error == "BinaryInputError"
    assert failed["huge.txt"].error == "InputTooLargeError"
    assert failed["no-article.html"].error == "ParseError"
    assert failed["vanished.txt"].error == "SourceNotFoundError"
    assert failed["raises.txt"].plugin == "trouble"  # reported, and the article still stored
    assert failed["hangs.txt"].stage == "timeout"
    with Store(tmp_path / "s.db") as store:
        stored = {Path(a.source or "").name for a in store.articles()}
        assert {"good.txt", "latin1.html", "raises.txt"} <= stored
        assert {Path(f.source or "").name for f in store.failures()} == set(failed)
    # Every input ended as a stored article or a recorded failure.
    assert stored | set(failed) >= {p.name for p in corpus.iterdir()} - {"invalid-utf8.txt"} | {
        "vanished.txt"
    }
    assert "invalid-utf8.txt" in stored | set(failed)


def test_a_killed_ingest_leaves_a_consistent_store_and_resumes(tmp_path: Path) -> None:
    # Enough documents that the run is still going when the store holds 20 of them.
    total = 1000
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(total):
        (corpus / f"{i:03d}.txt").write_text(
            f"Talks {i}\n\nSEOUL, May {1 + i % 28} (Yonhap) -- Foreign Minister Cho Tae-yul "
            f"held talks with Envoy{'abcdefghij'[i % 10]}x Dlamini{'klmnopqrst'[i // 10 % 10]}x "
            "in Seoul on Tuesday, the ministry said."
        )
    db = tmp_path / "k.db"
    command = [sys.executable, "-m", "diplowire", "ingest", str(corpus), "--db", str(db),
               "-j", "0", "--batch-size", "5", "--no-progress"]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.01)  # ingest is fast: look often, so the kill lands mid-run
        if db.exists():
            try:
                with sqlite3.connect(db) as raw:
                    count = raw.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if count >= 20:
                break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with Store(db) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = len(store.articles())
        assert 20 <= stored < total
        # Opening rebuilds nothing (a reader may be looking); a writer's rebuild makes the
        # merged tables exactly the merge of what was committed.
        assert store.stale
        assert store.rebuild() and not store.stale
        assert _ids(store, "meetings") == {m.id for m in store.dossier().meetings}
        orphans = store.db.execute(
            "SELECT count(*) FROM observations WHERE article NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
    resumed = ingest([corpus], db, workers=0)
    assert resumed.added == total - stored and resumed.failed == 0
    with Store(db) as store:
        assert len(store.articles()) == total


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    Store(db).close()
    with sqlite3.connect(db) as raw:
        raw.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    with pytest.raises(StoreError, match="upgrade diplowire"):
        Store(db)


def test_cli_ingest_export_query(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "cli.db"
    result = runner.invoke(
        main, ["ingest", str(SEEDS), "--db", str(db), "-m", str(SEEDS / "manifest.json"), "-j", "0"]
    )
    assert result.exit_code == 0, result.stderr
    assert "5 articles added" in result.stderr
    exported = runner.invoke(main, ["export", "--db", str(db), "-f", "json"])
    assert len(json.loads(exported.stdout)["articles"]) == 5
    jsonl = runner.invoke(main, ["export", "--db", str(db), "-f", "jsonl"])
    assert {json.loads(line)["type"] for line in jsonl.stdout.splitlines()} >= {
        "article",
        "meeting",
    }
    assert (
        runner.invoke(
            main, ["export", "--db", str(db), "-f", "csv", "-o", str(tmp_path / "csv")]
        ).exit_code
        == 0
    )
    assert (tmp_path / "csv" / "meetings.csv").read_text().startswith("id,date,location")
    meetings = runner.invoke(
        main,
        [
            "query",
            "meetings",
            "--db",
            str(db),
            "--between",
            "JP",
            "KR",
            "--since",
            "2019-11",
            "--until",
            "2019-11",
        ],
    )
    assert "Shigeki Takizaki" in meetings.stdout and "2019-10-16" not in meetings.stdout
    timeline = runner.invoke(main, ["query", "agreement", "--db", str(db), "GSOMIA"])
    assert timeline.stdout.splitlines()[-1].endswith("expires")
    said = runner.invoke(main, ["query", "said", "--db", str(db), "Kono Taro"])
    assert "act sensibly" in said.stdout


def test_parquet_export(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    db = tmp_path / "p.db"
    ingest([SEEDS], db, manifest=SEEDS / "manifest.json", workers=0)
    result = CliRunner().invoke(
        main, ["export", "--db", str(db), "-f", "parquet", "-o", str(tmp_path / "pq")]
    )
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(tmp_path / "pq" / "meetings.parquet")
    assert table.num_rows == 6 and "participants" in table.column_names


def test_parallel_ingest_of_files_and_urls(tmp_path: Path, httpserver) -> None:  # type: ignore[no-untyped-def]
    from diplowire.options import Options
    from diplowire.reading.fetch import FetchOptions

    page = (
        "<html><head><title>Ministers meet | Example</title>"
        '<meta property="article:published_time" content="2024-03-05T09:00:00+00:00"></head>'
        "<body><article><p>JAKARTA (AP) -- Indonesian Foreign Minister Retno Marsudi held talks "
        "with Australian Foreign Minister Penny Wong in Jakarta on Tuesday.</p></article></body></html>"
    )
    httpserver.expect_request("/story").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/missing").respond_with_data("", status=404)
    options = Options(fetch=FetchOptions(allow_private=True, attempts=1))
    sources = [SEEDS, httpserver.url_for("/story"), httpserver.url_for("/missing")]
    parallel = ingest(
        sources, tmp_path / "p.db", manifest=SEEDS / "manifest.json", workers=2, options=options
    )
    assert (parallel.inputs, parallel.added, parallel.failed) == (7, 6, 1)
    assert parallel.failures[0].error == "HTTPStatusError"
    inline = ingest(
        sources, tmp_path / "i.db", manifest=SEEDS / "manifest.json", workers=0, options=options
    )
    with Store(tmp_path / "p.db") as a, Store(tmp_path / "i.db") as b:
        assert a.dossier().meetings == b.dossier().meetings
        urls = {art.url for art in a.articles()}
        assert httpserver.url_for("/story") in urls
    assert inline.added == 6


def test_the_layout_that_read_each_page_is_a_column(tmp_path: Path) -> None:
    from conftest import FIXTURES, shared_or_skip

    pages = [
        shared_or_skip(FIXTURES / relative)
        for relative in (
            "yonhap/AEN20190820002300325.html",
            "mainichi/ja-20250114-k00-00m-030-335000c.html",
        )
    ]
    db = tmp_path / "news.db"
    text = SEEDS / "000_d6d1f0bfd4e51574.txt"
    ingest([*pages, text], db, workers=0)
    with Store(db) as store:
        rows = {r["source"]: r["layout"] for r in store.rows("SELECT source, layout FROM articles")}
        stored = {a.source: a.layout for a in store.articles()}
    assert rows == stored
    assert [rows[str(p)] for p in (*pages, text)] == ["2019", "2020", None]  # text has none


def test_a_store_of_schema_3_gains_an_empty_layout_column(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    ingest([SEEDS], db, manifest=SEEDS / "manifest.json", workers=0)
    with sqlite3.connect(db) as raw:  # as schema 3 was: no layout column
        raw.execute("ALTER TABLE articles DROP COLUMN layout")
        raw.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    with Store(db) as store:
        layouts = {r["layout"] for r in store.rows("SELECT layout FROM articles")}
        version = next(store.rows("SELECT value FROM meta WHERE key = 'schema_version'"))
    assert layouts == {None}
    assert version["value"] == str(SCHEMA_VERSION) == "4"
