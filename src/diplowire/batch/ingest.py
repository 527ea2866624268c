"""Batch ingest into the store: every input ends as a stored article or a recorded failure.

Documents are read, parsed and extracted in worker processes (all cores by default),
each under a time limit; results are written to the store in batches, one transaction
each. A progress bar shows on a terminal, plain log lines otherwise.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from tqdm import tqdm

from diplowire.batch.deadline import Expired, time_limit
from diplowire.batch.orphans import exit_with_parent
from diplowire.batch.store import Store
from diplowire.models import Dossier, Failure
from diplowire.options import Options
from diplowire.reading.inputs import Refused, Source, expand, label_of
from diplowire.reading.manifest import Manifest

logger = logging.getLogger(__name__)


@dataclass
class Report:
    """What a batch job did: how long it took, what failed, and a line saying it."""

    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    def line(self) -> str:
        """One line for people."""
        raise NotImplementedError


@dataclass
class Summary(Report):
    """What an ingest did."""

    inputs: int = 0
    added: int = 0
    already_stored: int = 0
    failed: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per phase, for engines that report them: ``start`` (the cluster), ``extract``
    (until the last document is extracted), ``merge`` (the rest of the tree reduction) and
    ``write`` (the store and Parquet output)."""

    def record(self, store: Store, dossier: Dossier, *, rebuild: bool = False) -> None:
        """Add a dossier to the store and count it (see :meth:`Store.add` for ``rebuild``)."""
        added = store.add(dossier, rebuild=rebuild)
        self.added += added
        self.already_stored += len(dossier.articles) - added
        self.failed += len(dossier.failures)
        self.failures.extend(dossier.failures)

    def line(self) -> str:
        """One line for people."""
        rate = self.inputs / self.seconds if self.seconds else 0.0
        return (
            f"{self.inputs} inputs: {self.added} articles added, {self.already_stored} already "
            f"stored, {self.failed} failed ({self.seconds:.1f} s, {rate:.0f} inputs/s)"
        )


@cache
def _manifest(path: str | None) -> Manifest | None:
    return Manifest.load(path) if path else None


def extract_one(source: str, *, manifest: str | None, timeout: float, options: Options) -> Dossier:
    """Read, parse and extract one source under a time limit: its unmerged dossier.

    Never raises for a bad input: what went wrong is the dossier's one failure. This is
    the unit of work of every engine (worker processes here, :mod:`diplowire.batch.scale`),
    so each records failures the same way. The limit holds in any thread
    (:mod:`diplowire.batch.deadline`); the manifest is loaded once per process.
    """
    from diplowire.pipeline import extract

    given: Source = source if source.startswith(("http://", "https://")) else Path(source)
    # One limit for the whole unit of work, this one: limits do not nest.
    unlimited = replace(options, timeout=None)
    try:
        with time_limit(timeout):
            return extract(given, manifest=_manifest(manifest), options=unlimited, merge=False)
    except Expired:
        failure = Failure(
            source=label_of(source),
            stage="timeout",
            error="TimeoutError",
            message=f"no result within {timeout:g} s",
        )
    except (Exception, SystemExit) as exc:  # a bug costs one input, never the batch
        failure = Failure(
            source=label_of(source), stage="ingest", error=type(exc).__name__, message=str(exc)
        )
    return Dossier(failures=[failure])


def _work(job: tuple[str, str | None, float, Options]) -> str:
    """:func:`extract_one` in a worker process; the dossier as JSON."""
    source, manifest_path, timeout, options = job
    return extract_one(
        source, manifest=manifest_path, timeout=timeout, options=options
    ).model_dump_json()


def expand_sources(given: Iterable[Source], options: Options) -> tuple[list[str], list[Failure]]:
    """Every document a list of paths, directories and URLs names, as strings, and the
    failures of those refused unread (folders that cannot be listed, links leading out)."""
    found: list[str] = []
    refused: list[Failure] = []
    for source in given:
        for item in expand(source, options):
            if isinstance(item, Refused):
                refused.append(item.failure())
            else:
                found.append(str(item))
    return found, refused


def ingest(
    sources: Iterable[Source],
    db: str | Path,
    *,
    manifest: str | Path | None = None,
    workers: int | None = None,
    batch_size: int = 100,
    timeout: float = 60.0,
    options: Options | None = None,
    progress: bool | None = None,
) -> Summary:
    """Add every source (files, directories, URLs) to the store at ``db``.

    :param workers: Worker processes (default: all cores); 0 reads in this process.
    :param batch_size: Documents written per transaction.
    :param timeout: Seconds one document may take before it is recorded as a failure.
    :param progress: Show a progress bar (default: when stderr is a terminal).
    """
    options = options or Options()
    paths, refused = expand_sources(sources, options)
    summary = Summary(inputs=len(paths) + len(refused))
    started = time.perf_counter()
    manifest_path = str(manifest) if manifest else None
    jobs = [(path, manifest_path, timeout, options) for path in paths]
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=len(jobs), unit="doc", disable=not show, file=sys.stderr)
    done = 0
    with Store(db) as store, bar:
        if refused:
            summary.record(store, Dossier(failures=refused))
        for batch in _batches(_results(jobs, workers), batch_size):
            summary.record(store, _combine(batch))
            done += len(batch)
            bar.update(len(batch))
            if not show:
                logger.info("ingested %d/%d inputs", done, len(jobs))
        if store.stale:
            store.rebuild()  # once, after all batches: the merge of everything stored
    summary.seconds = time.perf_counter() - started
    return summary


def _results(
    jobs: list[tuple[str, str | None, float, Options]], workers: int | None
) -> Iterator[str]:
    if workers == 0:
        yield from map(_work, jobs)
        return
    count = workers or os.cpu_count() or 1
    pool = ProcessPoolExecutor(
        max_workers=count, initializer=exit_with_parent, initargs=(os.getpid(),)
    )
    with pool:
        yield from pool.map(_work, jobs, chunksize=4)


def _batches(results: Iterator[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for result in results:
        batch.append(result)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _combine(batch: list[str]) -> Dossier:
    return combine(Dossier.model_validate_json(text) for text in batch)


def combine(dossiers: Iterable[Dossier]) -> Dossier:
    """Unmerged dossiers as one unmerged dossier: their lists end to end."""
    combined = Dossier()
    for dossier in dossiers:
        combined.extend(dossier)
    return combined
