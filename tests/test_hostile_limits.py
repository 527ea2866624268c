"""Every path has a time limit per document [probe rows 41, 94, 100].

The slow document is one a plugin sleeps on: a blocking call, the hardest case for a
limit (pure-Python work is stopped between bytecodes anywhere).
"""

from __future__ import annotations

import json
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from click.testing import CliRunner

import diplowire
from conftest import SEEDS
from diplowire import Records, TimeLimitError, hookimpl
from diplowire.batch.deadline import Expired, time_limit
from diplowire.cli import main
from diplowire.models import Article, Dossier
from diplowire.options import Options
from diplowire.plugins.manager import get_plugins
from diplowire.testing import registered

T = TypeVar("T")

SLOW = "SEOUL (Yonhap) -- South Korean and Japanese diplomats met in Seoul on Friday. SLOW-ME"
LIMIT = 3  # seconds: more than a cold start (lexicons loaded) takes, less than the sleep


class Sleeper:
    """Sleeps for half a minute on one document, as a plugin stuck on a network call."""

    name = "sleeper"

    def __init__(self, sleep: Callable[[], object] = lambda: time.sleep(30)) -> None:
        self.sleep = sleep

    @hookimpl
    def diplowire_extract(self, article: Article) -> Records | None:
        if "SLOW-ME" in article.text:
            self.sleep()
        return None


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "slow.txt").write_text(SLOW)
    return folder


def _bounded(work: Callable[[], T], seconds: float) -> T:
    """``work()`` in a thread, failing the test (not hanging it) if it outlasts ``seconds``."""
    results: list[T] = []
    thread = threading.Thread(target=lambda: results.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert results, f"no result within {seconds} s"
    return results[0]


def test_the_library_extract_records_an_overrun_and_goes_on(corpus: Path) -> None:
    started = time.monotonic()
    with registered(Sleeper(), into=get_plugins()):
        dossier = diplowire.extract(corpus, options=Options(timeout=LIMIT))
    assert time.monotonic() - started < 20
    assert len(dossier.articles) == 3 and dossier.meetings
    [failure] = dossier.failures
    assert (Path(failure.source or "").name, failure.stage, failure.error) == (
        "slow.txt",
        "timeout",
        "TimeoutError",
    )
    assert failure.message == f"no result within {LIMIT} s"


def test_parse_raises_a_typed_error_when_it_overruns() -> None:
    class SlowParser:
        name = "slowparser"

        @hookimpl
        def diplowire_detect(self, document: object) -> None:
            time.sleep(30)

    with registered(SlowParser(), into=get_plugins()), pytest.raises(TimeLimitError) as caught:
        diplowire.parse(SLOW, options=Options(timeout=0.5))
    assert isinstance(caught.value, TimeoutError) and caught.value.stage == "timeout"


@pytest.mark.parametrize("command", ["extract", "timeline"])
def test_the_cli_verbs_take_the_per_document_limit(corpus: Path, command: str) -> None:
    with registered(Sleeper(), into=get_plugins()):
        started = time.monotonic()
        result = CliRunner().invoke(
            main, [command, str(corpus), "--timeout", str(LIMIT), "-f", "json"]
        )
        elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.output  # one failure, recorded; the rest written
    assert elapsed < 20
    assert "slow.txt" in result.stderr and f"no result within {LIMIT} s" in result.stderr
    written = json.loads(result.stdout)
    if command == "extract":
        assert len(written["articles"]) == 3
    else:
        assert written  # the three good articles' dated items


@pytest.fixture
def released() -> Iterator[threading.Event]:
    """An event the test sets at its end, so an abandoned thread does not outlive it long."""
    event = threading.Event()
    yield event
    event.set()


def test_dask_abandons_a_document_blocked_past_its_limit(
    corpus: Path, released: threading.Event
) -> None:
    pytest.importorskip("distributed")
    from diplowire.batch.scale import _extract_partition, _Job

    # A Dask worker runs tasks in a thread, where only the watchdog can stop them, and
    # it cannot stop a blocking wait: before, the partition waited the full 30 s.
    job = _Job(manifest=None, timeout=LIMIT, options=Options(), parquet=None)
    paths = [str(p) for p in sorted(corpus.iterdir())]
    with registered(Sleeper(lambda: released.wait(30)), into=get_plugins()):
        started = time.monotonic()
        [dossier] = _bounded(lambda: _extract_partition(paths, job), 25)
        elapsed = time.monotonic() - started
    assert elapsed < 15
    assert isinstance(dossier, Dossier) and len(dossier.articles) == 3
    [failure] = dossier.failures
    assert (Path(failure.source or "").name, failure.stage) == ("slow.txt", "timeout")
    assert "abandoned" in failure.message


def test_an_alarm_set_before_the_limit_still_rings() -> None:
    # A program (or a test runner) with an alarm of its own calls the library: the
    # per-document limit must not cancel that alarm, nor outlast it.
    rung: list[float] = []
    handler = signal.signal(signal.SIGALRM, lambda *_: rung.append(time.monotonic()))
    runner_left, _ = signal.setitimer(signal.ITIMER_REAL, 2.0)
    try:
        started = time.monotonic()
        dossier = diplowire.extract(sorted(SEEDS.glob("*.txt"))[0])
        assert dossier.articles and not rung
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0  # put back, not cancelled
        time.sleep(3)  # interrupted by the alarm, then resumed to its end
        assert len(rung) == 1 and 1.5 < rung[0] - started < 4
        # The outer limit is due first: it stops the block.
        with pytest.raises(Expired), time_limit(0.5), time_limit(30):
            time.sleep(10)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, handler)
        if runner_left:
            signal.setitimer(signal.ITIMER_REAL, runner_left)
