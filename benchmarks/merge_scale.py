"""Time and peak memory of merging synthetic meeting records, at growing sizes.

Each synthetic meeting is reported three times (three articles), by people drawn from
a growing pool, on dates spread over a decade; the merge must find n / 3 meetings.

    python benchmarks/merge_scale.py 10000 100000
    python benchmarks/merge_scale.py --stream 1000000

``--stream`` makes each report as :func:`diplowire.merge.merge_json` reads it (one unmerged
dossier per article, as extraction gives them) and writes the merged dossier to a
temporary file; the time includes making the reports and writing the JSON.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import BinaryIO

from diplowire import Dossier, merge
from diplowire.merge import merge_json
from diplowire.models import Evidence, Meeting, Person


def _word(number: int) -> str:
    letters = ""
    while True:
        number, rest = divmod(number, 26)
        letters += chr(ord("a") + rest)
        if not number:
            return letters.capitalize()


def report(i: int) -> Meeting:
    """The meeting as article ``i`` reports it."""
    event = i // 3
    day = f"{2015 + event % 10}-{1 + event % 12:02d}-{1 + event % 28:02d}"
    return Meeting(
        id=f"a{i:08d}-m0",
        date=day,
        participants=[
            Person(name=f"{_word(event)} Alpha"),
            Person(name=f"{_word(event + 7)} Beta"),
        ],
        duration_minutes=30 + (i % 2) * 10,  # reports disagree: conflicts to keep
        sources=[Evidence(article=f"a{i:08d}", paragraph=0, text="They met.")],
    )


def synthetic(n: int) -> Dossier:
    """All ``n`` reports in one unmerged dossier, held in memory."""
    return Dossier(meetings=[report(i) for i in range(n)])


def per_article(n: int) -> Iterator[Dossier]:
    """The same reports as one unmerged dossier per article, made as they are read."""
    for i in range(n):
        yield Dossier(meetings=[report(i)])


def streamed(n: int, out: BinaryIO) -> int:
    """Merge ``n`` reports with :func:`merge_json`; the number of merged meetings."""
    merge_json(per_article(n), out)
    return n // 3 + (n % 3 > 0)


def main(sizes: list[int], stream: bool) -> None:
    print(f"{'records':>9} {'merged':>8} {'seconds':>8} {'records/s':>10}")
    for n in sizes:
        start = time.perf_counter()
        if stream:
            with tempfile.TemporaryFile() as out:
                merged = streamed(n, out)
        else:
            dossier = synthetic(n)
            start = time.perf_counter()
            merged = len(merge(dossier).meetings)
        elapsed = time.perf_counter() - start
        print(f"{n:>9} {merged:>8} {elapsed:>8.2f} {n / elapsed:>10.0f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MiB")


if __name__ == "__main__":
    stream = "--stream" in sys.argv[1:]
    main([int(arg) for arg in sys.argv[1:] if arg != "--stream"] or [10_000, 100_000], stream)
