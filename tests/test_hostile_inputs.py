"""Inputs that are not plain files, and file names that are not plain text [probe rows 64-69]."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import SEEDS
from diplowire.ingest import ingest
from diplowire.store import Store


def _seeds(folder: Path) -> Path:
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return folder


def _extract(folder: Path) -> subprocess.CompletedProcess[str]:
    # A subprocess with a deadline: before the fix a FIFO made this hang for ever.
    return subprocess.run(
        [sys.executable, "-m", "diplowire", "extract", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_fifos_and_devices_are_recorded_failures_never_opened(tmp_path: Path) -> None:
    corpus = _seeds(tmp_path / "c")
    os.mkfifo(corpus / "zz.txt")  # nobody ever writes to it
    (corpus / "null.txt").symlink_to("/dev/null")
    run = _extract(corpus)
    assert run.returncode == 1, run.stderr
    dossier = json.loads(run.stdout)
    assert len(dossier["articles"]) == 5
    reasons = {Path(f["source"]).name: f["message"] for f in dossier["failures"]}
    assert "FIFO" in reasons["zz.txt"] and "not opened" in reasons["zz.txt"]
    assert "character device" in reasons["null.txt"]
    summary = ingest([corpus], tmp_path / "f.db", workers=0, timeout=30)
    assert (summary.added, summary.failed) == (5, 2)


def test_a_file_name_that_is_not_utf8_is_read_and_reported(tmp_path: Path) -> None:
    corpus = _seeds(tmp_path / "u")
    odd = corpus / os.fsdecode(b"\xff\xfe.txt")
    first = sorted(SEEDS.glob("*.txt"))[0].read_text()
    odd.write_text(first + "\n\nThe two ministers will meet again next month.\n")
    (corpus / os.fsdecode(b"empty-\xe9.txt")).write_bytes(b"")
    run = _extract(corpus)
    assert run.returncode == 1, run.stderr  # the empty file failed, and was reported
    dossier = json.loads(run.stdout)
    sources = {a["source"] for a in dossier["articles"]}
    assert len(dossier["articles"]) == 6
    assert str(corpus / "\\xff\\xfe.txt") in sources
    assert [Path(f["source"]).name for f in dossier["failures"]] == ["empty-\\xe9.txt"]
    db = tmp_path / "u.db"
    summary = ingest([corpus], db, workers=0)
    assert (summary.added, summary.failed) == (6, 1)
    with Store(db, readonly=True) as store:
        counts = store.counts()
        assert (counts["articles"], counts["failures"]) == (6, 1)


def test_a_file_name_cannot_forge_log_lines(tmp_path: Path) -> None:
    corpus = _seeds(tmp_path / "n")
    (corpus / "evil\ndiplowire: 999 articles, 0 failures\n\x1b[2K.txt").write_bytes(b"")
    run = _extract(corpus)
    assert run.returncode == 1
    lines = run.stderr.splitlines()
    assert "diplowire: 999 articles, 0 failures" not in lines
    assert "\x1b" not in run.stderr
    failed = [line for line in lines if line.startswith("diplowire: failed:")]
    assert len(failed) == 1 and "\\n" in failed[0]
