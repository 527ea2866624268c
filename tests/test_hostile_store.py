"""Hostile use of the store: concurrent processes, damaged files, foreign files, reruns.

The rows of the 2026-12 probe (``../shared/reports/hostile-inputs-2026-12.md``) that
each test answers are named in brackets. Sizes are small: a write lock held by the
test stands in for the long rebuilds of a big store.
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from diplowire.batch import remerge
from diplowire.batch import store as store_module
from diplowire.batch.ingest import ingest
from diplowire.batch.store import Store
from diplowire.cli import main
from diplowire.errors import StoreError
from diplowire.models import Dossier


def _corpus(folder: Path, numbers: range) -> Path:
    folder.mkdir()
    for i in numbers:
        (folder / f"{i:03d}.txt").write_text(
            f"Talks {i}\n\nSEOUL, May {1 + i % 28} (Yonhap) -- Foreign Minister Cho Tae-yul "
            f"held talks with Envoy{'abcdefghij'[i % 10]}x Dlamini{'klmnopqrst'[i // 10 % 10]}x "
            "in Seoul on Tuesday, the ministry said."
        )
    return folder


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "diplowire", *args]


@contextmanager
def _write_lock(db: Path) -> Iterator[None]:
    """Hold the store's write lock, as a long rebuild in another process does."""
    raw = sqlite3.connect(db, isolation_level=None)
    try:
        raw.execute("BEGIN IMMEDIATE")
        yield
        raw.execute("COMMIT")
    finally:
        raw.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _seeded(db: Path) -> Path:
    summary = ingest([SEEDS], db, manifest=SEEDS / "manifest.json", workers=0)
    assert summary.added == 5
    return db


def _merged_is_exact(store: Store) -> None:
    stored = {row["id"] for row in store.rows("SELECT id FROM meetings")}
    assert stored == {m.id for m in store.dossier().meetings}


# -- concurrent use [73, 74, 78, 79, 80] ------------------------------------------------


def test_two_ingests_and_a_query_share_one_store(tmp_path: Path) -> None:
    """Two ingests wait out a writer that holds the lock longer than SQLite's default 5 s."""
    first = _corpus(tmp_path / "a", range(0, 30))
    second = _corpus(tmp_path / "b", range(20, 50))  # 10 documents in both
    db = _seeded(tmp_path / "c.db")
    with _write_lock(db):
        runs = [
            subprocess.Popen(
                _cli("ingest", str(folder), "--db", str(db), "-j", "0", "--batch-size", "7"),
                stderr=subprocess.PIPE,
                text=True,
            )
            for folder in (first, second)
        ]
        # A reader needs no write lock: it answers while the lock is held.
        query = subprocess.run(
            _cli("query", "meetings", "--db", str(db)), capture_output=True, text=True, timeout=60
        )
        assert query.returncode == 0, query.stderr
        assert "Takizaki" in query.stdout
        time.sleep(6)
        assert all(run.poll() is None for run in runs)  # still waiting, not crashed
    for run in runs:
        _, errors = run.communicate(timeout=120)
        assert run.returncode == 0, errors
        assert "Traceback" not in errors
    with Store(db) as store:
        assert store.counts()["articles"] == 5 + 50
        observations = store.db.execute("SELECT count(*), count(DISTINCT id) FROM observations")
        total, distinct = observations.fetchone()
        assert total == distinct
        assert not store.stale
        _merged_is_exact(store)


def test_a_locked_store_names_the_lock_not_a_rollback(tmp_path: Path) -> None:
    db = _seeded(tmp_path / "l.db")
    with Store(db, busy_timeout=0.2) as store, _write_lock(db):
        with pytest.raises(StoreError, match="database is locked") as caught:
            store.add(_one_article("India"))
        assert "rollback" not in str(caught.value)
        with pytest.raises(StoreError, match="database is locked"):
            Store(db, busy_timeout=0.2)  # a writer's open takes the lock briefly
        with Store(db, readonly=True, busy_timeout=0.2) as reader:
            assert reader.counts()["articles"] == 5


def _one_article(partner: str) -> Dossier:
    from diplowire.pipeline import extract

    text = f"Talks\n\nTOKYO (Kyodo) -- Japan and {partner} held talks on Monday."
    return extract(text, merge=False)


def test_readers_never_write(tmp_path: Path) -> None:
    db = _seeded(tmp_path / "r.db")
    with sqlite3.connect(db) as raw:  # as an ingest killed before its final rebuild leaves it
        raw.execute("UPDATE meta SET value = '1' WHERE key = 'merged_stale'")
    before = _digest(db)
    runner = CliRunner()
    for args in (
        ["query", "meetings", "--db", str(db), "--between", "JP", "KR"],
        ["query", "said", "--db", str(db), "Taro Kono"],
        ["export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "csv")],
        ["export", "--db", str(db), "--format", "json", "-o", str(tmp_path / "all.json")],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "merged tables predate" in result.stderr
    assert _digest(db) == before
    with Store(db, readonly=True) as store:
        assert store.stale  # said, not silently repaired by a reader
    with Store(db) as store:
        assert store.rebuild() and not store.stale


def test_a_read_only_store_can_be_queried_and_exported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = _seeded(folder / "news.db")
    if os.geteuid() == 0:
        # Root writes whatever the modes say; what a folder it cannot write does to
        # SQLite is that the shared-memory file of the WAL cannot be created.
        (folder / "news.db-shm").mkdir()
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        runner = CliRunner()
        query = runner.invoke(main, ["query", "meetings", "--db", str(db)])
        assert query.exit_code == 0, query.output
        assert "Takizaki" in query.stdout
        out = tmp_path / "out.json"
        export = runner.invoke(main, ["export", "--db", str(db), "-o", str(out)])
        assert export.exit_code == 0, export.output
        assert '"meetings"' in out.read_text()
    finally:
        folder.chmod(0o755)


# -- faults keep the store usable [83, 86, 87, 88, 89] ----------------------------------


def _refused(db: Path, match: str, tmp_path: Path) -> None:
    before = _digest(db)
    runner = CliRunner()
    for args in (
        ["query", "meetings", "--db", str(db)],
        ["export", "--db", str(db), "-o", str(tmp_path / "x.json")],
        ["ingest", str(SEEDS), "--db", str(db), "-j", "0"],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert match in result.stderr, result.stderr
    assert _digest(db) == before


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as raw:
        raw.execute("CREATE TABLE articles (x)")
        raw.execute("INSERT INTO articles VALUES (1)")
    _refused(db, "not a diplowire store", tmp_path)
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)


@pytest.mark.parametrize("version", ["abc", "-1", ""])
def test_a_damaged_schema_version_is_refused(tmp_path: Path, version: str) -> None:
    db = _seeded(tmp_path / "v.db")
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
    _refused(db, "schema_version", tmp_path)


def test_corrupted_pages_give_a_clear_error(tmp_path: Path) -> None:
    db = _seeded(tmp_path / "p.db")
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        size = raw.execute("PRAGMA page_size").fetchone()[0]
    noise = random.Random(83)
    with db.open("r+b") as file:  # the second half: the store opens, its rows are damaged
        for page in range(pages // 2, pages):
            file.seek(page * size)
            file.write(noise.randbytes(size))
    _refused(db, "malformed", tmp_path)


def test_a_corrupt_observation_is_skipped_not_fatal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = _seeded(tmp_path / "o.db")
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE observations SET json = '{not json' WHERE rowid = 1")
        raw.execute("UPDATE meta SET value = '1' WHERE key = 'merged_stale'")
        broken = raw.execute("SELECT id FROM observations WHERE rowid = 1").fetchone()[0]
    runner = CliRunner()
    assert runner.invoke(main, ["query", "meetings", "--db", str(db)]).exit_code == 0
    exported = runner.invoke(main, ["export", "--db", str(db), "-o", str(tmp_path / "o.json")])
    assert exported.exit_code == 0, exported.output
    again = ingest([SEEDS], db, manifest=SEEDS / "manifest.json", workers=0)
    assert again.already_stored == 5
    assert broken in caplog.text and "cannot be read" in caplog.text
    with Store(db) as store:
        assert not store.stale
        assert broken not in {r.id for r in store.observed().meetings + store.observed().statements}


# -- idempotent failures [77] -----------------------------------------------------------


def test_rerunning_an_ingest_records_each_failure_once(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "k", range(3))
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    db = tmp_path / "f.db"
    runs = [ingest([corpus], db, workers=0) for _ in range(3)]
    assert [r.failed for r in runs] == [2, 2, 2]  # each run still says what failed
    with Store(db) as store:
        assert store.counts()["failures"] == 2
        assert store.counts()["articles"] == 3


def test_a_rebuild_racing_a_writer_leaves_the_work_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild whose snapshot is overtaken writes nothing; the adder's rebuild is exact."""
    db = _seeded(tmp_path / "race.db")
    with Store(db) as rebuilder, Store(db) as writer:
        writer.add(_one_article("India"), rebuild=False)

        def overtaken(*args: Any, **kwargs: Any) -> remerge.Update:
            monkeypatch.undo()
            update = remerge.plan(*args, **kwargs)
            writer.add(_one_article("Brazil"), rebuild=False)  # while the merge runs
            return update

        monkeypatch.setattr(store_module, "plan", overtaken)
        assert rebuilder.rebuild() is False
        assert writer.stale
        assert writer.rebuild() is True
        assert writer.counts()["articles"] == 7
        _merged_is_exact(writer)


def test_a_file_size_limit_names_the_real_error_and_the_store_stays_readable(
    tmp_path: Path,
) -> None:
    """``ulimit -f`` (or a full disk) mid-ingest: SQLite's error, not "cannot rollback"."""
    corpus = _corpus(tmp_path / "big", range(200))
    db = _seeded(tmp_path / "u.db")
    limit = db.stat().st_size + 64 * 1024

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    run = subprocess.run(
        _cli("ingest", str(corpus), "--db", str(db), "-j", "0", "--batch-size", "10"),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=small_files,
    )
    assert run.returncode == 1
    assert "diplowire: error: cannot write to the store:" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and "rollback" not in run.stderr
    query = subprocess.run(
        _cli("query", "meetings", "--db", str(db)), capture_output=True, text=True, timeout=60
    )
    assert query.returncode == 0, query.stderr
    assert "Takizaki" in query.stdout
