"""Time to add 1,000 articles to a store that already holds many records.

    python benchmarks/incremental_merge.py --records 10000 100000 --cache /tmp/corpus-cache

For each size, articles of the generated corpus (``benchmarks/corpus.py``, plain text)
are extracted (once: kept in ``--cache`` as JSON lines, one unmerged dossier per
article) until the store holds that many per-article records (meetings, statements,
agreements); the store is filled and merged, untimed. Then the next 1,000 articles of
the corpus, extracted beforehand, are added in one :meth:`Store.add`: the time is
that of the merge and the write, the serial tail of every ingest. ``--full`` also
times a full rebuild of the grown store, and ``--check`` proves that the store's
merged tables equal those of a full rebuild, row for row.

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


def dossiers(cache: Path, count: int, seed: int) -> list[Dossier]:
    """The unmerged dossiers of the corpus's first ``count`` articles (extracted once)."""
    path = cache / f"seed{seed}.jsonl"
    have = sum(1 for _ in path.open(encoding="utf-8")) if path.exists() else 0
    if have < count:
        with path.open("a", encoding="utf-8") as out:
            for number, article in enumerate(corpus.iter_articles(count, seed=seed)):
                if number < have:
                    continue
                found = diplowire.extract(
                    article.text, url=article.url, published=article.published, merge=False
                )
                out.write(found.model_dump_json() + "\n")
    with path.open(encoding="utf-8") as lines:
        return [Dossier.model_validate_json(line) for line in itertools.islice(lines, count)]


def records(dossier: Dossier) -> int:
    return len(dossier.meetings) + len(dossier.statements) + len(dossier.agreements)


def enough(all_dossiers: Iterator[Dossier], wanted: int) -> int:
    """How many articles, from the first, hold ``wanted`` records."""
    total = 0
    for number, dossier in enumerate(all_dossiers, 1):
        total += records(dossier)
        if total >= wanted:
            return number
    raise SystemExit(f"the cache holds fewer than {wanted} records")


def filled(path: Path, base: list[Dossier]) -> None:
    with Store(path) as store:
        for start in range(0, len(base), ADDED):
            store.add(combine(base[start : start + ADDED]), rebuild=False)
        store.rebuild()


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(path, readonly=True) as store:
        return {t: sorted(store.db.execute(f"SELECT * FROM {t}"), key=repr) for t in TABLES}


def measure(
    size: int, cache: Path, seed: int, order: str, full: bool, check: bool
) -> dict[str, object]:
    estimate = int(size / 5 + 2 * ADDED)  # about five records an article
    pool = dossiers(cache, estimate, seed)
    if order == "date":  # the store holds the past, the batch is the latest news
        pool.sort(key=lambda d: (d.articles[0].published or "", d.articles[0].id))
    count = enough(iter(pool), size)
    if order != "date":
        pool = dossiers(cache, count + ADDED, seed)
    base, new = pool[:count], combine(pool[count : count + ADDED])
    result: dict[str, object] = {
        "records": sum(records(d) for d in base),
        "articles": count,
        "order": order,
        "added_records": records(new),
    }
    kept = cache / f"store-{seed}-{size}-{order}.db"
    if not kept.exists():
        started = time.perf_counter()
        filled(cache / "filling.db", base)
        result["fill_seconds"] = round(time.perf_counter() - started, 2)
        (cache / "filling.db").replace(kept)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        store_path = Path(tmp) / "store.db"
        shutil.copyfile(kept, store_path)
        without_index(store_path)
        with Store(store_path) as store:
            started = time.perf_counter()
            store.add(new)
            result["add_seconds"] = round(time.perf_counter() - started, 3)
            result["merged_records"] = sum(
                store.counts()[t] for t in ("meetings", "statements", "agreements")
            )
        if full or check:
            copy = Path(tmp) / "full.db"
            shutil.copyfile(store_path, copy)
            with Store(copy) as store:
                started = time.perf_counter()
                store.rebuild(full=True)
                result["full_rebuild_seconds"] = round(time.perf_counter() - started, 3)
            if check:
                result["equal_to_full_rebuild"] = tables(store_path) == tables(copy)
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
    """The reStructuredText table of two runs' JSON (the same sizes, in the same order)."""
    lines = [
        ".. This table is written by benchmarks/incremental_merge.py --table; edit the harness.",
        "",
        ".. list-table::",
        "   :header-rows: 1",
        "",
        "   * - Store (per-article records)",
        "     - Articles stored",
        "     - Batch",
        f"     - Add {ADDED:,} articles, before",
        f"     - Add {ADDED:,} articles, after",
        "     - Speed-up",
        "     - Full rebuild, after",
        "     - Equal to a full rebuild",
    ]
    for old, new in zip(before, after, strict=True):
        if old["records"] != new["records"]:
            raise SystemExit("the two runs did not time the same stores")
        lines += [
            f"   * - {new['records']:,}",
            f"     - {new['articles']:,}",
            f"     - {'latest by date' if new['order'] == 'date' else 'next in corpus'}",
            f"     - {old['add_seconds']:.2f} s",
            f"     - {new['add_seconds']:.2f} s",
            f"     - {old['add_seconds'] / new['add_seconds']:.1f}×",
            f"     - {new.get('full_rebuild_seconds', float('nan')):.2f} s",
            f"     - {'yes' if new.get('equal_to_full_rebuild') else 'not checked'}",
        ]
    return "\n".join(lines) + "\n"


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
            f"+{ADDED} articles in {run['add_seconds']} s",
            flush=True,
        )
        runs.append(run)
    print(json.dumps(runs))


if __name__ == "__main__":
    main()
