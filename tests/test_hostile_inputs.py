"""Inputs that are not plain files, and file names that are not plain text [probe rows 64-69]."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import SEEDS
from diplowire import Options, extract
from diplowire.batch.ingest import ingest
from diplowire.batch.store import Store


def _seeds(folder: Path) -> Path:
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return folder


def _extract(folder: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    # A subprocess with a deadline: before the fix a FIFO made this hang for ever.
    return subprocess.run(
        [sys.executable, "-m", "diplowire", "extract", str(folder), *flags],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_fifos_and_devices_are_recorded_failures_never_opened(tmp_path: Path) -> None:
    corpus = _seeds(tmp_path / "c")
    os.mkfifo(corpus / "zz.txt")  # nobody ever writes to it
    (corpus / "null.txt").symlink_to("/dev/null")
    run = _extract(corpus, "--follow-outside")  # else the link is refused before its target
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


def test_links_out_of_the_folder_are_refused_unless_allowed(tmp_path: Path) -> None:
    corpus = _seeds(tmp_path / "l")
    secret = tmp_path / "secret.txt"
    secret.write_text("SEOUL (Yonhap) -- The password of the ministry is hunter2.\n")
    (corpus / "passwd.txt").symlink_to(secret)
    kept = corpus / ".archive" / "kept.txt"  # dot-folders are not walked, links are read
    kept.parent.mkdir()
    kept.write_text(sorted(SEEDS.glob("*.txt"))[1].read_text() + "\nThey will meet again.\n")
    (corpus / "again.txt").symlink_to(kept)  # a link inside the folder is read
    run = _extract(corpus)
    assert run.returncode == 1, run.stderr
    dossier = json.loads(run.stdout)
    assert len(dossier["articles"]) == 6
    assert "hunter2" not in run.stdout
    [failure] = dossier["failures"]
    assert Path(failure["source"]).name == "passwd.txt"
    assert failure["error"] == "OutsideInputError"
    assert str(secret) in failure["message"] and "--follow-outside" in failure["message"]
    summary = ingest([corpus], tmp_path / "l.db", workers=0)
    assert (summary.inputs, summary.added, summary.failed) == (7, 6, 1)
    allowed = _extract(corpus, "--follow-outside")
    assert allowed.returncode == 0, allowed.stderr
    assert len(json.loads(allowed.stdout)["articles"]) == 7
    assert "hunter2" in allowed.stdout


def test_manifest_paths_outside_its_folder_are_refused_unless_allowed(tmp_path: Path) -> None:
    corpus = _seeds(tmp_path / "m")
    secret = tmp_path / "secret.txt"
    secret.write_text("SEOUL (Yonhap) -- The password of the ministry is hunter2.\n")
    other = tmp_path / "other.txt"
    other.write_text("TOKYO (Kyodo) -- The ministry's door code is hunter3.\n")
    inside = sorted(p.name for p in corpus.glob("*.txt"))[0]
    rows = [{"path": inside}, {"path": "../secret.txt"}, {"path": str(other)}]
    manifest = corpus / "manifest.json"
    manifest.write_text(json.dumps(rows))
    command = [sys.executable, "-m", "diplowire", "extract", "-m", str(manifest)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    dossier = json.loads(run.stdout)
    assert len(dossier["articles"]) == 1 and "hunter2" not in run.stdout
    assert [f["error"] for f in dossier["failures"]] == ["OutsideInputError"] * 2
    assert all("manifest's folder" in f["message"] for f in dossier["failures"])
    allowed = subprocess.run(
        [*command, "--follow-outside"], capture_output=True, text=True, timeout=120
    )
    assert allowed.returncode == 0, allowed.stderr
    assert len(json.loads(allowed.stdout)["articles"]) == 3


def test_a_folder_that_cannot_be_listed_is_a_recorded_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, which reads any folder: the refusal is emulated where os.walk
    # lists folders (the real-permission test below runs as any other user).
    corpus = _seeds(tmp_path / "p")
    locked = corpus / "locked"
    locked.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], locked / "hidden.txt")
    listing = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == os.fspath(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    dossier = extract(corpus, options=Options(timeout=None), merge=False)
    assert len(dossier.articles) == 5
    [failure] = dossier.failures
    assert (failure.source, failure.stage, failure.error) == (str(locked), "read", "InputError")
    assert failure.message == "cannot read the folder: Permission denied"
    summary = ingest([corpus], tmp_path / "p.db", workers=0)
    assert (summary.inputs, summary.added, summary.failed) == (6, 5, 1)
    with Store(tmp_path / "p.db", readonly=True) as store:
        assert store.counts()["failures"] == 1


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every folder"
)
def test_an_unreadable_folder_is_a_recorded_failure(tmp_path: Path) -> None:
    corpus = _seeds(tmp_path / "q")
    locked = corpus / "locked"
    locked.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], locked / "hidden.txt")
    locked.chmod(0)
    try:
        run = _extract(corpus)
    finally:
        locked.chmod(0o755)
    assert run.returncode == 1, run.stderr
    [failure] = json.loads(run.stdout)["failures"]
    assert failure["source"] == str(locked) and "cannot read the folder" in failure["message"]


def test_objects_that_are_no_documents_are_recorded_failures() -> None:
    """A parsed Article is iterable (over its fields) and an int is nothing readable:
    either one is that input's failure, naming its type, and the batch goes on."""
    import diplowire

    text = sorted(SEEDS.glob("*.txt"))[0].read_text()
    article = diplowire.parse(text)
    dossier = extract([article, 5, text])
    assert [f.error for f in dossier.failures] == ["InputError", "InputError"]
    assert ["Article" in dossier.failures[0].message, "int" in dossier.failures[1].message] == [
        True,
        True,
    ]
    assert len(dossier.articles) == 1
