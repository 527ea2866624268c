"""Instructions per article of parse + extract, counted with callgrind.

Wall-clock rates on a shared machine move by 10% or more from one run to the next,
which hides the effect of most single changes. Valgrind's callgrind counts the
instructions executed instead: the count repeats to about 0.3% (string hashing is
randomized per process), so two versions of the code can be compared one change at
a time. Plugin loading, pattern compilation and corpus generation are cancelled out
by counting a run of ``--rounds`` passes over the articles and a run of one pass, and
dividing the difference.

    python benchmarks/instructions.py                # 60 generated articles
    python benchmarks/instructions.py --articles 100 --rounds 4
    python benchmarks/instructions.py --real         # the 33 gold-annotated articles

Needs ``valgrind`` on the PATH. It is slow (about a minute): valgrind runs the
interpreter some fifty times slower than usual.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import run  # noqa: E402

_WORKER = """
import json, sys
import diplowire
plugins = diplowire.get_plugins()
items = json.load(open(sys.argv[1], encoding="utf-8"))
for _ in range(int(sys.argv[2])):
    for text, url, published in items:
        article = diplowire.parse(text, url=url, published=published, plugins=plugins)
        list(plugins.extract(article))
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def _instructions(items_file: Path, rounds: int) -> int:
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _WORKER,
            str(items_file),
            str(rounds),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def per_article(items: list[tuple[str, str, str]], rounds: int) -> float:
    """Instructions per article of parse + extract on ``items`` (text, URL, date)."""
    with tempfile.TemporaryDirectory() as folder:
        items_file = Path(folder) / "items.json"
        items_file.write_text(json.dumps(items), encoding="utf-8")
        once = _instructions(items_file, 1)
        many = _instructions(items_file, rounds)
    return (many - once) / (len(items) * (rounds - 1))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3, help="passes in the long run (≥ 2)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--real", action="store_true", help="the gold-annotated articles instead of generated"
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (apt install valgrind)")
    if args.rounds < 2:
        parser.error("--rounds must be at least 2")
    if args.real:
        items, kind = run.real_articles(), "gold-annotated"
    else:
        generated = corpus.generate(args.articles, seed=args.seed)
        items, kind = [(a.text, a.url, a.published) for a in generated], "generated"
    count = per_article(items, args.rounds)
    print(f"{count / 1e6:.2f} million instructions per {kind} article (parse + extract)")


if __name__ == "__main__":
    main()
