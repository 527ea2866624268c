"""Throughput of ``diplowire ingest --engine dask`` with 1, 2 and 4 local worker processes.

    pip install -e ".[dask]"
    python benchmarks/dask_scale.py -n 2000 --workers 1 2 4

For each cluster size a ``LocalCluster`` (one thread per worker process) is started and
warmed up (every worker loads the plugins and compiles the patterns once), then the
generated corpus (``benchmarks/corpus.py``, plain text) is ingested into a fresh store,
end to end: listing, extraction on the workers, the tree merge, the store on the client.
Cluster start-up is reported apart, as it is paid once per cluster, not per article.

The last line printed is JSON for ``benchmarks/run.py``: per size, the seconds of each
phase and the articles per second; and the per-article cost on one worker, which
``docs/scale.rst`` turns into a cluster size.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from diplowire.batch.scale import ingest_dask  # noqa: E402


def measure(n: int, sizes: Sequence[int], seed: int) -> dict[str, Any]:
    import distributed

    runs: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        manifest = corpus.write(root / "corpus", n, seed=seed, kind="text")
        warm = corpus.write(root / "warm", 40, seed=seed + 1, kind="text")
        for workers in sizes:
            started = time.perf_counter()
            with distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster:
                address = cluster.scheduler_address
                startup = time.perf_counter() - started
                ingest_dask(  # every worker loads plugins and lexicons before the clock runs
                    [warm.parent],
                    db=root / f"warm-{workers}.db",
                    manifest=warm,
                    scheduler=address,
                    partition_size=5,
                    progress=False,
                )
                summary = ingest_dask(
                    [manifest.parent],
                    db=root / f"store-{workers}.db",
                    manifest=manifest,
                    scheduler=address,
                    progress=False,
                )
            if summary.added != n or summary.failed:
                raise SystemExit(f"{workers} workers: {summary.line()}")
            runs[str(workers)] = {
                "seconds": summary.seconds,
                "rate": n / summary.seconds,
                "startup": startup,
                **{phase: round(seconds, 3) for phase, seconds in summary.timings.items()},
            }
            print(
                f"{workers} worker(s): {n / summary.seconds:,.0f} articles/s "
                f"({summary.seconds:.1f} s; extract {summary.timings['extract']:.1f} s, "
                f"merge {summary.timings['merge']:.1f} s, store {summary.timings['write']:.1f} s; "
                f"cluster start {startup:.1f} s)",
                flush=True,
            )
    one = runs[str(min(sizes))]
    return {
        "articles": n,
        "cores": os.cpu_count(),
        "runs": runs,
        # Worker-seconds per article on one worker: the map cost a cluster divides.
        "extract_ms_per_article": 1000 * one["extract"] * min(sizes) / n,
        # Client-side seconds per article: the final merge and the store, not divided.
        "serial_ms_per_article": 1000 * (one["merge"] + one["write"]) / n,
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    result = measure(args.articles, args.workers, args.seed)
    base = result["runs"][str(min(args.workers))]["rate"]
    for workers in args.workers:
        rate = result["runs"][str(workers)]["rate"]
        print(f"scaling {min(args.workers)} -> {workers} workers: {rate / base:.2f}x", flush=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
