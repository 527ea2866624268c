"""Time to add 1,000 articles to a store that already holds many records.

    nice -n 10 python benchmarks/incremental_merge.py --records 10000 100000 --check

For each size, articles of the generated corpus (``benchmarks/corpus.py``, plain text)
are extracted once into ``--cache`` (a temporary folder by default, never the
checkout; JSON lines, one unmerged dossier per article, with a catalogue of each
line's date and record count) until the store holds that many per-article records
(meetings, statements, agreements). The store is filled from the cache in batches of
10,000 articles and merged once (from 200,000 records, which one merge could not hold
in memory, oldest first in batches of 20,000 articles, each merged incrementally: the
same tables), untimed, and kept in the cache: later runs, and runs
of another diplowire, copy it instead of filling it again (delete the kept
``store-*.db`` files when the merge rules change: a kept store holds the merged
tables of the rules that filled it, and ``--check`` then fails). Then the next 1,000
articles are added in one :meth:`Store.add`: the time is that of the merge and the
write, the serial tail of every ingest, in CPU seconds (the figure to compare on a
shared machine) and wall-clock seconds. ``--full`` also times a full rebuild of the
grown store, and ``--check`` proves (in SQLite, at any size) that the store's merged
tables equal those of a full rebuild, row for row.

Run it with another diplowire on ``PYTHONPATH`` (an older checkout's ``src``) to time
that version: the figures before and after a change come from one script, and
``--table BEFORE AFTER`` (files holding each run's output) writes their table into
``docs/benchmarks_incremental.inc``.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

import diplowire  # noqa: E402
from diplowire.batch.ingest import combine  # noqa: E402
from diplowire.batch.store import Store  # noqa: E402
from diplowire.models import Dossier  # noqa: E402

ADDED = 1000
"""Articles added to each store."""

TABLES = (
    "meetings", "participants", "statements", "agreements", "agreement_events", "people",
    "sources", "copies",
)  # fmt: skip


FILL_CHUNK = 10_000
"""Articles per :meth:`Store.add` while a store is filled (one merge at the end)."""

MERGED_BY_BATCH = 200_000
"""Records from which a store is filled oldest first, merged batch by batch: one merge of
a million records would hold about 20 GB of models."""

DATED_CHUNK = 20_000
"""Articles per incrementally merged batch of :func:`filled_by_date`."""


def extracted(cache: Path, count: int, seed: int) -> Path:
    """The cache of the corpus's first ``count`` articles, one unmerged dossier a line;
    only the articles not yet in it are extracted."""
    path = cache / f"seed{seed}.jsonl"
    have = sum(1 for _ in path.open(encoding="utf-8")) if path.exists() else 0
    if have < count:
        with path.open("a", encoding="utf-8") as out:
            articles = itertools.islice(corpus.iter_articles(count, seed=seed), have, None)
            for article in articles:
                found = diplowire.extract(
                    article.text, url=article.url, published=article.published, merge=False
                )
                out.write(found.model_dump_json() + "\n")
    return path


def catalogue(path: Path, count: int) -> list[tuple[str, str, int]]:
    """Each cached article's date, id and number of records (read once, then kept)."""
    kept = path.with_suffix(f".{count}.json")
    if kept.exists():
        return [(a, b, c) for a, b, c in json.loads(kept.read_text(encoding="utf-8"))]
    found = []
    with path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, count):
            dossier = json.loads(line)
            article = (dossier["articles"] or [{"published": "", "id": ""}])[0]
            found.append((article["published"] or "", article["id"], records(dossier)))
    if len(found) < count:
        raise SystemExit(f"{path} holds {len(found)} articles, not {count}")
    kept.write_text(json.dumps(found), encoding="utf-8")
    return found


def records(dossier: dict[str, Any]) -> int:
    return sum(len(dossier[field]) for field in ("meetings", "statements", "agreements"))


def read(path: Path, wanted: set[int]) -> Iterator[Dossier]:
    """The cached dossiers of these line numbers, in the file's order."""
    last = max(wanted, default=-1)
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(itertools.islice(lines, last + 1)):
            if number in wanted:
                yield Dossier.model_validate_json(line)


def filled(path: Path, cached: Path, base: set[int], entries: list[tuple[str, str, int]]) -> None:
    """A store of these articles, added in large batches and merged once at the end; or,
    from :data:`MERGED_BY_BATCH` records, in date order, each batch merged as it comes."""
    if sum(entries[number][2] for number in base) >= MERGED_BY_BATCH:
        filled_by_date(path, cached, base, entries)
        return
    with Store(path) as store:
        chunk: list[Dossier] = []
        for dossier in read(cached, base):
            chunk.append(dossier)
            if len(chunk) == FILL_CHUNK:
                store.add(combine(chunk), rebuild=False)
                chunk = []
        store.add(combine(chunk), rebuild=False)
        store.rebuild()


def filled_by_date(
    path: Path, cached: Path, base: set[int], entries: list[tuple[str, str, int]]
) -> None:
    """A store of these articles added oldest first, :data:`DATED_CHUNK` at a time, each
    batch merged incrementally: the merged tables are those of one merge of them all
    (what ``--check`` proves), without one merge holding
    every record at once."""
    ordered = sorted(base, key=lambda number: entries[number][:2])
    with Store(path) as store:
        for start in range(0, len(ordered), DATED_CHUNK):
            lines = set(ordered[start : start + DATED_CHUNK])
            store.add(combine(read(cached, lines)))
            print(f"  filled {start + len(lines):,} of {len(ordered):,} articles", flush=True)


def differences(path: Path, other: Path) -> dict[str, int]:
    """The rows of each merged table that one store holds and the other does not, counted
    by SQLite on disk: a million records' rows would not fit in memory twice."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        db.execute("ATTACH DATABASE ? AS other", (f"file:{other}?mode=ro",))
        found = {}
        for t in TABLES:
            ours, theirs = (
                db.execute(f"SELECT count(*) FROM {schema}.{t}").fetchone()[0]
                for schema in ("main", "other")
            )
            apart = sum(
                db.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
                for query in (
                    f"SELECT * FROM main.{t} EXCEPT SELECT * FROM other.{t}",
                    f"SELECT * FROM other.{t} EXCEPT SELECT * FROM main.{t}",
                )
            )
            found[t] = apart + abs(ours - theirs)
        return found
    finally:
        db.close()


def chosen(
    size: int, cache: Path, seed: int, order: str
) -> tuple[Path, set[int], set[int], dict[str, object]]:
    """The cache, the lines of the stored articles and of the batch, and what they hold."""
    estimate = int(size / 5 + 2 * ADDED)  # about five records an article
    cached = extracted(cache, estimate, seed)
    entries = catalogue(cached, estimate)
    lines = list(range(len(entries)))
    if order == "date":  # the store holds the past, the batch is the latest news
        lines.sort(key=lambda number: entries[number][:2])
    held = list(itertools.accumulate(entries[number][2] for number in lines))
    count = next((n for n, total in enumerate(held, 1) if total >= size), None)
    if count is None or count + ADDED > len(lines):
        raise SystemExit(f"the cache holds fewer than {size} records and {ADDED} more articles")
    base, added = set(lines[:count]), set(lines[count : count + ADDED])
    return (
        cached,
        base,
        added,
        {
            "records": held[count - 1],
            "articles": count,
            "order": order,
            "added_records": sum(entries[number][2] for number in added),
        },
    )


def measure(
    size: int, cache: Path, seed: int, order: str, full: bool, check: bool
) -> dict[str, object]:
    cached, base, added, result = chosen(size, cache, seed, order)
    kept = cache / f"store-{seed}-{size}-{order}.db"
    if not kept.exists():
        started = time.perf_counter()
        entries = catalogue(cached, int(size / 5 + 2 * ADDED))
        filled(cache / "filling.db", cached, base, entries)
        result["fill_seconds"] = round(time.perf_counter() - started, 2)
        (cache / "filling.db").replace(kept)
    new = combine(read(cached, added))
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        store_path = Path(tmp) / "store.db"
        shutil.copyfile(kept, store_path)
        without_index(store_path)
        with Store(store_path) as store:
            started, cpu = time.perf_counter(), time.process_time()
            store.add(new)
            result["add_seconds"] = round(time.perf_counter() - started, 3)
            result["add_cpu_seconds"] = round(time.process_time() - cpu, 3)
            result["merged_records"] = sum(
                store.counts()[t] for t in ("meetings", "statements", "agreements")
            )
        if full or check:
            copy = Path(tmp) / "full.db"
            shutil.copyfile(store_path, copy)
            with Store(copy) as store:
                started, cpu = time.perf_counter(), time.process_time()
                store.rebuild(full=True)
                result["full_rebuild_seconds"] = round(time.perf_counter() - started, 3)
                result["full_rebuild_cpu_seconds"] = round(time.process_time() - cpu, 3)
            if check:
                apart = differences(store_path, copy)
                result["rows_unlike_full_rebuild"] = apart
                result["equal_to_full_rebuild"] = not any(apart.values())
    result["peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


def without_index(path: Path) -> None:
    """A store kept from a run with the merge index, as a diplowire without it writes it."""
    if importlib.util.find_spec("diplowire.batch.remerge") is not None:
        return
    db = sqlite3.connect(path)
    names = db.execute(
        "SELECT type, name FROM sqlite_master WHERE name LIKE 'merge_%' OR name LIKE 'copy_%' "
        "OR name IN ('person_mentions', 'participants_meeting', 'participants_key', "
        "'statements_speaker', 'agreement_events_agreement', 'sources_article', "
        "'sources_meeting', 'sources_statement', 'sources_agreement')"
    ).fetchall()
    for kind, name in names:
        if kind in ("table", "index") and not name.startswith("sqlite_"):
            db.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    db.commit()
    db.close()


def table(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> str:
    """The reStructuredText table of two runs' JSON: a row per store timed after, beside
    the run before on the same store (size and order) when there is one.

    The figures are CPU seconds of the adding process (the machine is shared: its
    wall-clock times follow the load of other jobs), wall-clock seconds beside them.
    """
    lines = [
        ".. This table is written by benchmarks/incremental_merge.py --table; edit the harness.",
        "",
        ".. list-table::",
        "   :header-rows: 1",
        "",
        "   * - Store (per-article records)",
        "     - Articles stored",
        "     - Batch",
        f"     - Add {ADDED:,} articles, before: CPU (wall)",
        f"     - Add {ADDED:,} articles, after: CPU (wall)",
        "     - Speed-up (CPU)",
        "     - Full rebuild, after: CPU",
        "     - Equal to a full rebuild",
    ]
    timed = {(run["records"], run["order"]): run for run in before}
    for new in after:
        old = timed.get((new["records"], new["order"]))
        full = new.get("full_rebuild_cpu_seconds")
        was = "not measured" if old is None else _seconds(old)
        speed_up = "" if old is None else f"{old['add_cpu_seconds'] / new['add_cpu_seconds']:.1f}×"
        lines += [
            f"   * - {new['records']:,}",
            f"     - {new['articles']:,}",
            f"     - {'latest by date' if new['order'] == 'date' else 'next in corpus'}",
            f"     - {was}",
            f"     - {_seconds(new)}",
            f"     - {speed_up or 'not measured'}",
            f"     - {'not timed' if full is None else f'{full:.2f} s'}",
            f"     - {'yes' if new.get('equal_to_full_rebuild') else 'not checked'}",
        ]
    return "\n".join(lines) + "\n"


def _seconds(run: dict[str, Any]) -> str:
    return f"{run['add_cpu_seconds']:.2f} s ({run['add_seconds']:.1f} s)"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "dw-corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--order",
        choices=["corpus", "date"],
        nargs="+",
        default=["corpus", "date"],
        help="the batch: the corpus's next articles (dates spread over eleven years), or "
        "the latest ones by date (a feed)",
    )
    parser.add_argument("--full", action="store_true", help="also time a full rebuild")
    parser.add_argument("--check", action="store_true", help="compare with a full rebuild")
    parser.add_argument(
        "--table",
        nargs=2,
        type=Path,
        metavar=("BEFORE", "AFTER"),
        help="write the table of two runs' JSON output (the last line) to --out, and stop",
    )
    parser.add_argument("--out", type=Path, default=DOCS / "benchmarks_incremental.inc")
    args = parser.parse_args(argv)
    if args.table:
        before, after = (json.loads(p.read_text().splitlines()[-1]) for p in args.table)
        args.out.write_text(table(before, after), encoding="utf-8")
        return
    args.cache.mkdir(parents=True, exist_ok=True)
    print(f"diplowire from {Path(diplowire.__file__).parent} (pid {os.getpid()})", flush=True)
    runs = []
    for size, order in itertools.product(args.records, args.order):
        run = measure(size, args.cache, args.seed, order, args.full, args.check)
        print(
            f"{run['records']:>9,} records ({run['articles']:,} articles, {order} order): "
            f"+{ADDED} articles in {run['add_cpu_seconds']} CPU s ({run['add_seconds']} s)",
            flush=True,
        )
        runs.append(run)
    print(json.dumps(runs))


if __name__ == "__main__":
    main()
