"""Batch ingest on a Dask cluster, for corpora beyond one machine.

The same pipeline as :func:`diplowire.batch.ingest.ingest`, on Dask's distributed scheduler
(``pip install 'diplowire[dask]'``):

1. the inputs are listed on the client and cut into partitions of a ``dask.bag``;
2. each partition is read, parsed and extracted on a worker, one document at a time
   under its time limit (:func:`diplowire.batch.ingest.extract_one`), so a bad document is
   a failure row and never costs its partition; a document blocked in a call the
   limit cannot interrupt (a plugin asleep) is abandoned to its thread;
3. the partitions' dossiers are merged by a tree reduction (``Bag.reduction`` with
   ``split_every``): :func:`diplowire.merge` is associative, commutative and
   idempotent, so the tree's shape, the order partitions finish in and a partition
   computed twice change nothing. A merge is computed afresh from the per-article
   records it is given, so every level of the tree costs a pass over everything below
   it: a wide tree (few levels) is the fast one, and ``split_every`` only bounds how
   many results one task receives at once;
4. the merged dossier goes to the store (from the client: SQLite has one writer)
   and/or to Parquet: every partition's articles, per-article records and failures
   written by its worker, the merged tables by the client.

A worker that dies mid-run loses its tasks; the scheduler runs them again elsewhere.
Nothing is counted twice: articles are identified by the hash of their content, a
partition's Parquet files are named after its inputs (a rerun replaces them) and the
merge is idempotent.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tqdm import tqdm

from diplowire.batch.deadline import Expired, run_or_abandon
from diplowire.batch.ingest import Summary, combine, expand_sources, extract_one
from diplowire.batch.queries import write_parquet
from diplowire.batch.rows import merged_rows
from diplowire.batch.store import Store, article_rows, columns, failure_rows, observation_rows
from diplowire.errors import EngineError, EngineNotInstalledError
from diplowire.merge import merge
from diplowire.models import Dossier, Failure
from diplowire.models.kinds import observations_of
from diplowire.options import Options
from diplowire.reading.inputs import Source, label_of

__all__ = ["MERGED_TABLES", "PER_ARTICLE_TABLES", "ingest_dask"]

logger = logging.getLogger(__name__)

PER_ARTICLE_TABLES = ("articles", "observations", "failures")
"""Tables written per partition, by the workers, as ``DIR/<table>/part-<hash>.parquet``."""

MERGED_TABLES = tuple(merged_rows(Dossier()))
"""Merged tables, written by the client as ``DIR/<table>.parquet`` (the store's tables)."""

_INSTALL = "pip install 'diplowire[dask]'"

_ABANDON_AFTER = 1.0
"""Seconds past a document's limit before its thread is abandoned: time for the limit
inside it to end pure-Python work itself, with the usual failure."""


def ingest_dask(
    sources: Iterable[Source],
    *,
    db: str | Path | None = None,
    parquet: str | Path | None = None,
    manifest: str | Path | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = 100,
    split_every: int = 32,
    timeout: float = 60.0,
    options: Options | None = None,
    progress: bool | None = None,
) -> Summary:
    """Ingest every source (files, directories, URLs) on a Dask cluster.

    Paths are passed to the workers as given: with a remote scheduler, give paths
    every worker can read at the same place (a shared file system) or URLs.

    :param db: The store to add the results to (created if missing).
    :param parquet: A directory for Parquet output; it replaces the output of an
        earlier run in the same directory. With a remote scheduler, the workers must
        see it at the same path.
    :param scheduler: The address of a running ``distributed`` scheduler
        (``tcp://host:8786``); without one, a ``LocalCluster`` is started for the run.
    :param workers: Worker processes of the local cluster (default: all cores).
    :param partition_size: Documents per partition (one task).
    :param split_every: Dossiers merged per task of the tree reduction.
    :param timeout: Seconds one document may take before it is recorded as a failure.
    :param progress: Show a progress bar (default: when stderr is a terminal).
    :raises EngineNotInstalledError: when dask or distributed is missing.
    :raises EngineError: when the cluster cannot be reached or the run fails.
    """
    if db is None and parquet is None:
        raise ValueError("give db (a store), parquet (a directory), or both")
    if scheduler is not None and workers is not None:
        raise ValueError("workers sizes a local cluster; a running scheduler has its own")
    if partition_size < 1 or split_every < 2:
        raise ValueError("partition_size must be at least 1 and split_every at least 2")
    modules = _modules()
    options = options or Options()
    started = time.perf_counter()
    paths, refused = expand_sources(sources, options)
    summary = Summary(inputs=len(paths) + len(refused))
    # Absolute: a worker's working directory need not be the client's.
    target = Path(parquet).resolve() if parquet is not None else None
    if target is not None:
        _clear(target)
    merged = Dossier()
    if paths:
        job = _Job(str(manifest) if manifest else None, timeout, options, target)
        show = sys.stderr.isatty() if progress is None else progress
        with (
            _client(modules[1], scheduler, workers) as client,
            tqdm(total=len(paths), unit="doc", disable=not show, file=sys.stderr) as bar,
        ):
            summary.timings["start"] = time.perf_counter() - started
            merged = _run(modules, client, paths, job, partition_size, split_every, bar, summary)
    merged.failures.extend(refused)
    written = time.perf_counter()
    if target is not None:
        _write_merged(target, merged)
    if db is not None:
        with Store(db) as store:
            # One transaction; into an empty store the tree's result is written as it
            # is, into one with articles the merged tables are rebuilt from all of them.
            summary.record(store, merged, rebuild=True)
    else:
        summary.added = len(merged.articles)
        summary.failed = len(merged.failures)
        summary.failures.extend(merged.failures)
    summary.seconds = time.perf_counter() - started
    summary.timings["write"] = time.perf_counter() - written
    return summary


@dataclass(frozen=True)
class _Job:
    """What every partition task needs besides its paths."""

    manifest: str | None
    timeout: float
    options: Options
    parquet: Path | None


def _run(
    modules: tuple[Any, Any],
    client: Any,
    paths: list[str],
    job: _Job,
    partition_size: int,
    split_every: int,
    bar: tqdm[Any],
    summary: Summary,
) -> Dossier:
    """Extract the partitions, merge them in a tree; the merged dossier on the client."""
    bag, distributed = modules
    started = time.perf_counter()
    parts = client.persist(
        bag.from_sequence(paths, partition_size=partition_size).map_partitions(
            _extract_partition, job
        )
    )
    root = client.compute(parts.reduction(_merge_items, _merge_items, split_every=split_every))
    sizes = [len(paths[i : i + partition_size]) for i in range(0, len(paths), partition_size)]
    done = 0
    for future in distributed.as_completed(distributed.futures_of(parts)):
        _raise_failed(future)
        count = sizes[future.key[1]]  # from_sequence cuts consecutive runs of this size
        done += count
        bar.update(count)
        if bar.disable:
            logger.info("extracted %d/%d inputs", done, len(paths))
    del parts  # the reduction holds what it still needs; the cluster frees the rest
    extracted = time.perf_counter()
    summary.timings["extract"] = extracted - started
    try:
        merged: Dossier = root.result()
    except Exception as exc:
        raise EngineError(
            f"the Dask run failed: {type(exc).__name__}: {exc}", stage="ingest"
        ) from exc
    summary.timings["merge"] = time.perf_counter() - extracted
    return merged


# -- on the workers ------------------------------------------------------------------------


def _extract_partition(paths: Iterable[str], job: _Job) -> list[Dossier]:
    """One partition: every document extracted, unmerged; written out when asked."""
    names = list(paths)
    dossier = combine(_extract_or_abandon(path, job) for path in names)
    if job.parquet is not None:
        _write_partition(job.parquet, _part_name(names), dossier)
    return [dossier]


def _extract_or_abandon(path: str, job: _Job) -> Dossier:
    """One document; a timeout failure when a blocking call holds it past its limit.

    A worker's thread is interrupted only between bytecodes, so a plugin asleep or a
    read from a silent peer would hold the partition: the document runs in a thread
    of its own, which is abandoned (left to finish its call) a second after the limit.
    """
    try:
        return run_or_abandon(
            lambda: extract_one(
                path, manifest=job.manifest, timeout=job.timeout, options=job.options
            ),
            job.timeout + _ABANDON_AFTER,
        )
    except Expired:
        logger.warning("%s: abandoned in a blocking call after %g s", label_of(path), job.timeout)
        failure = Failure(
            source=label_of(path),
            stage="timeout",
            error="TimeoutError",
            message=f"no result within {job.timeout:g} s (abandoned in a blocking call)",
        )
        return Dossier(failures=[failure])


def _merge_items(dossiers: Iterable[Dossier]) -> Dossier:
    """Both levels of the tree: a partition's dossiers, then groups of merged ones."""
    return merge(*dossiers)


def _part_name(paths: list[str]) -> str:
    # Named after the inputs, not the partition's place: a partition run twice (a
    # worker lost mid-run) replaces its own files and never adds a second copy.
    digest = hashlib.sha256("\n".join(paths).encode("utf-8", "surrogateescape")).hexdigest()
    return f"part-{digest[:20]}.parquet"


def _write_partition(directory: Path, name: str, dossier: Dossier) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    articles = {a.id: a for a in dossier.articles}  # the same text twice is one article
    rows = {
        "articles": article_rows(articles.values(), now),
        "observations": observation_rows(observations_of(dossier), set(articles)),
        "failures": failure_rows(dossier.failures, now),
    }
    for table, values in rows.items():
        folder = directory / table
        folder.mkdir(parents=True, exist_ok=True)
        write_parquet(folder / name, _per_article_columns(table), values)


def _per_article_columns(table: str) -> tuple[tuple[str, str], ...]:
    # The store numbers failures itself; a partition's file has no such number.
    return tuple(c for c in columns(table) if table != "failures" or c[0] != "id")


# -- on the client -------------------------------------------------------------------------


def _modules() -> tuple[Any, Any]:
    try:
        import dask.bag
        import distributed
    except ImportError as exc:
        raise EngineNotInstalledError(
            f"the Dask engine needs dask and distributed: {_INSTALL}", stage="ingest"
        ) from exc
    return dask.bag, distributed


@contextmanager
def _client(distributed: Any, scheduler: str | None, workers: int | None) -> Iterator[Any]:
    if scheduler is not None:
        try:
            # Waits distributed.comm.timeouts.connect (Dask's configuration) at most.
            client = distributed.Client(scheduler)
        except OSError as exc:  # distributed reports an unreachable scheduler so
            raise EngineError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}", stage="ingest"
            ) from exc
        with client:
            yield client
        return
    import dask

    # A cluster of our own whose workers are all gone (their Nanny killed too) never
    # gets them back: fail its tasks instead of waiting for ever, unless told otherwise.
    patience = dask.config.get("distributed.scheduler.no-workers-timeout") or "120s"
    # One thread per worker process: extraction is pure Python and holds the GIL, so
    # more threads would only take turns.
    with (
        dask.config.set({"distributed.scheduler.no-workers-timeout": patience}),
        distributed.LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _raise_failed(future: Any) -> None:
    # Documents never fail a task (each is isolated); a task fails when the cluster
    # does: the Parquet directory unwritable, or a task that killed worker after worker.
    if future.status == "error":
        error = future.exception()
        raise EngineError(
            f"the Dask run failed: {type(error).__name__}: {error}", stage="ingest"
        ) from error


def _clear(directory: Path) -> None:
    for table in PER_ARTICLE_TABLES:
        for stale in (directory / table).glob("part-*.parquet"):
            stale.unlink()
    for table in MERGED_TABLES:
        (directory / f"{table}.parquet").unlink(missing_ok=True)


def _write_merged(directory: Path, merged: Dossier) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for table, rows in merged_rows(merged).items():
        write_parquet(directory / f"{table}.parquet", columns(table), rows)
