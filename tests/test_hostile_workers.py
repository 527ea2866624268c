"""Worker processes do not outlive a killed ingest [probe row 76]."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads the process table from /proc"
)

# About 3 s of extraction each: six keep two workers busy long after the kill.
_SLOW = "Japan and South Korea held talks in Tokyo on Friday. " * 10_000


def _children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None and fields[1] == str(pid) and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def _stat(pid: int) -> list[str] | None:
    """State and parent pid of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()[:2]  # the name in () may hold spaces


def _alive(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z"


def _wait_for(test: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if test():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_exit_when_the_ingest_is_killed(tmp_path: Path, how: signal.Signals) -> None:
    corpus = tmp_path / "slow"
    corpus.mkdir()
    for number in range(6):
        (corpus / f"{number}.txt").write_text(f"Story {number}. {_SLOW}")
    command = ["ingest", str(corpus), "--db", str(tmp_path / "k.db"), "-j", "2", "--no-progress"]
    parent = subprocess.Popen(
        [sys.executable, "-m", "diplowire", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, for the cleanup below
    )
    workers: set[int] = set()
    try:
        assert _wait_for(lambda: len(_children(parent.pid)) >= 2, 60), "no workers started"
        workers = _children(parent.pid)
        time.sleep(0.5)  # the workers are at their first documents
        assert parent.poll() is None, "the ingest ended before it could be killed"
        parent.send_signal(how)
        parent.wait(timeout=30)
        assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 15), (
            f"orphaned workers: {sorted(pid for pid in workers if _alive(pid))}"
        )
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if parent.poll() is None:
            parent.kill()
            parent.wait()
