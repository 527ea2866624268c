"""The gold sets of the test suite, scored by :func:`diplowire.evaluation.evaluate`.

Run ``python tests/scoring.py [-v]`` for the table of each set. Only ``real`` is an
accuracy measure: its articles were published by real outlets (``tests/data/real``,
first-sight figures in ``tests/data/real/FIRST_SIGHT.md``). ``seeds`` is the demo
corpus the rules were written on; ``own`` and ``heldout`` are articles written for the
tests, in the outlets' style, and ``heldout`` was tuned on within minutes of being
added. Those three pin behaviour; no accuracy claim rests on them.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import diplowire
from diplowire.evaluation import Evaluation, evaluate, render_text

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REAL = HERE / "data" / "real"
SETS = {
    # name: (documents, gold directory, manifest, merged gold)
    "real": (REAL / "articles", REAL / "gold", REAL / "manifest.json", REAL / "merged.json"),
    "seeds": (
        ROOT / "seeds",
        ROOT.parent / "shared" / "gold" / "seeds",
        ROOT / "seeds" / "manifest.json",
        ROOT.parent / "shared" / "gold" / "seeds-merged.json",
    ),
    "own": (HERE / "data" / "extraction", HERE / "data" / "extraction", None, None),
    "heldout": (HERE / "data" / "heldout", HERE / "data" / "heldout", None, None),
}
REPORTED: dict[str, Evaluation] = {}
"""Evaluations computed during a test run, printed in pytest's terminal summary."""
PINNED = REAL / "pinned.json"
TOLERANCE = 0.02
"""How far a figure may fall below its pin before the gate fails (run-to-run noise is 0)."""


def score_set(name: str, plugins: diplowire.Plugins | None = None) -> Evaluation:
    """Evaluate one gold set of the suite."""
    texts, gold, manifest, merged = SETS[name]
    if manifest is None or not manifest.exists():
        manifest = texts / "manifest.json" if (texts / "manifest.json").exists() else None
    return evaluate(
        texts,
        gold=gold,
        manifest=manifest,
        merged_gold=merged if merged is not None and merged.exists() else None,
        plugins=plugins,
    )


def corpus_digest(root: Path = REAL) -> str:
    """SHA-256 over the real set's texts, gold, manifest and merged gold."""
    digest = hashlib.sha256()
    files = sorted([*root.glob("articles/*"), *root.glob("gold/*.json")])
    for path in [*files, root / "manifest.json", root / "merged.json"]:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def gate_figures(result: Evaluation) -> dict[str, dict[str, float]]:
    """The figures the gate pins: higher is better for floors, lower for ceilings."""
    floors = {f"{kind}.f1": score.f1 for kind, score in sorted(result.records.items())}
    ceilings: dict[str, float] = {}
    merge = result.merge
    if merge is not None:
        floors["merge.unified_rate"] = merge.unified_rate or 0.0
        floors["merge.copies_found"] = float(merge.copies_found)
        ceilings["merge.records_per_event"] = merge.records_per_event or 0.0
        ceilings["merge.false_merges"] = float(merge.false_merges)
        ceilings["merge.copies_false"] = float(merge.copies_false)
    oracle = result.merge_oracle
    if oracle is not None:
        # The merge alone, on the gold records: what the merge rules earn, apart from
        # what the extraction loses.
        floors["merge_oracle.unified_rate"] = oracle.unified_rate or 0.0
        ceilings["merge_oracle.records_per_event"] = oracle.records_per_event or 0.0
        ceilings["merge_oracle.false_merges"] = float(oracle.false_merges)
    return {"floors": floors, "ceilings": ceilings}


def pin(why: str) -> dict[str, Any]:
    """Score the real set and append its figures to ``pinned.json``, dated, with the commit
    they were measured over (``HEAD``: the pin lands in the commit after it, whose changes
    earned the figures)."""
    pinned = json.loads(PINNED.read_text()) if PINNED.exists() else {"history": []}
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    figures = gate_figures(score_set("real"))
    digest = corpus_digest()
    last = pinned["history"][-1] if pinned["history"] else None
    if last is not None and last["corpus"] == digest:
        # For one corpus pins only rise: a figure that dipped within the tolerance keeps
        # its old pin, so the gate still measures from the best it has seen.
        for name, value in last["floors"].items():
            figures["floors"][name] = max(figures["floors"].get(name, value), value)
        for name, value in last["ceilings"].items():
            figures["ceilings"][name] = min(figures["ceilings"].get(name, value), value)
    entry = {
        "date": date.today().isoformat(),
        "commit": commit,
        "why": why,
        "corpus": digest,
        **figures,
    }
    pinned["history"].append(entry)
    PINNED.write_text(json.dumps(pinned, indent=1) + "\n")
    return entry


def main(verbose: bool = False) -> None:
    for name, (_, gold, _, _) in SETS.items():
        if not gold.exists():
            print(f"{name}: gold not present ({gold})")
            continue
        print(f"== {name}")
        print(render_text(score_set(name), misses=verbose))


if __name__ == "__main__":
    if "--pin" in sys.argv:
        # python tests/scoring.py --pin "why these figures": after the commit that earns them
        print(json.dumps(pin(sys.argv[sys.argv.index("--pin") + 1]), indent=1))
    else:
        main(verbose="-v" in sys.argv)
