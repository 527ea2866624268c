"""Extraction cost on pathological text: does it stay linear in the input?

    python benchmarks/pathological.py                 # every generator, 1-16 KB
    python benchmarks/pathological.py talks met_with --base 4096 --steps 6

The generators are the kinds of text the hostile-input probe
(``../shared/reports/hostile-inputs-2026-12.md``, section 4) found expensive: one long
sentence of meeting cues, runs of names and titles, quotes alternating with "said". Real
articles never look like this, but a batch tool meets such files (a scraped keyword list,
a page of tags) and one of them must not hold a worker for hours.

Each generator is run at ``base`` × 1, 2, 4, ... bytes; the table gives CPU milliseconds
per KB and the growth of the per-KB cost per doubling (1.0 is linear, 2.0 quadratic).
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
from collections.abc import Callable, Sequence

import diplowire
from diplowire.extraction import extract

PUBLISHED = "2019-11-15"
WARM_UP = (
    'Foreign Minister Taro Kono met Kang Kyung-wha in Tokyo on Friday. "We agree," Kono said. '
    "The two signed the GSOMIA pact, which took effect in 2016."
)
"""A text that makes every rule family compile its patterns before anything is timed."""

_SALAD_WORDS = (
    "met", "said", "talks", "held", "summit", "meeting", "GSOMIA", "on Friday", "in Tokyo",
    "Foreign Minister", "President", "Prime Minister", "Moon Jae-in", "Shinzo Abe", "Kono",
    "Kang Kyung-wha", "Japan", "South Korea", "China", "agreed", "signed", "and", "with",
    "the", "pact", "visit", "phoned", "counterpart", "on the sidelines of", "Seoul",
)  # fmt: skip


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _salad(size: int, *, quotes: bool = False) -> str:
    rng = random.Random(7)
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(_SALAD_WORDS)
        words.append(word)
        length += len(word) + 1
    text = " ".join(words)[:size]
    if quotes:
        text = text.replace(" said ", ' said "').replace(" and ", '" and ')
    return text


GENERATORS: dict[str, Callable[[int], str]] = {
    "talks": lambda n: _fill("talks ", n),
    "talks_on": lambda n: _fill("talks on ", n),
    "met": lambda n: _fill("met ", n),
    "met_with": lambda n: _fill("met with ", n),
    "summit_talks": lambda n: _fill("summit talks ", n),
    "held_talks": lambda n: _fill("held talks ", n),
    "meeting": lambda n: _fill("meeting ", n),
    "talks_comma": lambda n: _fill("talks, ", n),
    "comma_who": lambda n: _fill(", who met, ", n),
    "no_punctuation": lambda n: _fill(
        "the talks went on and on between the two sides without end ", n
    ),
    "quotes_alternating": lambda n: _fill('"a" said Kim, ', n),
    "names_and_titles": lambda n: _fill(
        "Foreign Minister Toshimitsu Motegi President Moon Jae In ", n
    ),
    "salad": lambda n: _salad(n),
    "salad_with_quotes": lambda n: _salad(n, quotes=True),
    "signed_pacts": lambda n: _fill("signed the GSOMIA pact and ", n),
    "said_runs": lambda n: _fill("said Kono said Kang ", n),
}


def cost(text: str, *, repeat: int = 1) -> float:
    """The least CPU seconds of ``repeat`` runs of parse + extract on ``text``."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        extract(diplowire.parse(text, published=PUBLISHED))
        best = min(best, time.process_time() - started)
    return best


def per_kb(name: str, sizes: Sequence[int], *, repeat: int = 1) -> list[float]:
    """CPU milliseconds per KB of generator ``name`` at each size."""
    make = GENERATORS[name]
    return [cost(make(size), repeat=repeat) * 1000 / (size / 1024) for size in sizes]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("generators", nargs="*", default=sorted(GENERATORS))
    parser.add_argument("--base", type=int, default=1024, help="bytes at the first step")
    parser.add_argument("--steps", type=int, default=5, help="doublings (1, 2, 4 ... × base)")
    args = parser.parse_args(argv)
    sizes = [args.base * 2**step for step in range(args.steps)]
    cost(WARM_UP)  # the lexicons compile once, not in a cell
    print(f"{'generator':<20}" + "".join(f"{s // 1024:>7} KB" for s in sizes) + "   growth")
    worst = ("", 0.0)
    for name in args.generators:
        costs = per_kb(name, sizes)
        growth = ", ".join(f"{b / a:.2f}" for a, b in itertools.pairwise(costs))
        print(f"{name:<20}" + "".join(f"{c:>7.2f} ms" for c in costs) + f"   {growth}")
        if costs[-1] > worst[1]:
            worst = (name, costs[-1])
    print(f"worst at {sizes[-1] // 1024} KB: {worst[0]}, {worst[1]:.2f} ms per KB")


if __name__ == "__main__":
    main()
