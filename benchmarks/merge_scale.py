"""Time and peak memory of merging synthetic meeting records, at growing sizes.

Each synthetic meeting is reported three times (three articles), by people drawn from
a growing pool, on dates spread over a decade; the merge must find n / 3 meetings.

    python benchmarks/merge_scale.py 10000 100000
"""

from __future__ import annotations

import resource
import sys
import time

from diplowire import Dossier, merge
from diplowire.models import Evidence, Meeting, Person


def _word(number: int) -> str:
    letters = ""
    while True:
        number, rest = divmod(number, 26)
        letters += chr(ord("a") + rest)
        if not number:
            return letters.capitalize()


def synthetic(n: int) -> Dossier:
    meetings = []
    for i in range(n):
        event = i // 3
        day = f"{2015 + event % 10}-{1 + event % 12:02d}-{1 + event % 28:02d}"
        meetings.append(
            Meeting(
                id=f"a{i:08d}-m0",
                date=day,
                participants=[
                    Person(name=f"{_word(event)} Alpha"),
                    Person(name=f"{_word(event + 7)} Beta"),
                ],
                duration_minutes=30 + (i % 2) * 10,  # reports disagree: conflicts to keep
                sources=[Evidence(article=f"a{i:08d}", paragraph=0, text="They met.")],
            )
        )
    return Dossier(meetings=meetings)


def main(sizes: list[int]) -> None:
    print(f"{'records':>9} {'merged':>8} {'conflicts':>9} {'seconds':>8} {'records/s':>10}")
    for n in sizes:
        dossier = synthetic(n)
        start = time.perf_counter()
        merged = merge(dossier)
        elapsed = time.perf_counter() - start
        conflicts = sum(len(m.conflicts) for m in merged.meetings)
        print(
            f"{n:>9} {len(merged.meetings):>8} {conflicts:>9} {elapsed:>8.2f} {n / elapsed:>10.0f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [10_000, 100_000])
