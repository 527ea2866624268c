"""An evaluation as a table for the terminal."""

from __future__ import annotations

from diplowire.evaluation.scores import Evaluation, FieldScore, MergeScore
from diplowire.models.kinds import KINDS

__all__ = ["render_text"]

RECORD_TYPES = (*(kind.field for kind in KINDS), "events")
_LABELS = {"statements": "direct quotes", "events": "lifecycle events"}


def _accuracy(score: FieldScore) -> str:
    return "   -" if score.accuracy is None else f"{score.accuracy:.2f}"


def render_text(evaluation: Evaluation, *, misses: bool = True) -> str:
    """The figures as aligned plain-text tables, misses and extras last."""
    lines = [
        f"{evaluation.articles_scored} articles with gold"
        + (
            f", {len(evaluation.articles_without_gold)} without"
            if evaluation.articles_without_gold
            else ""
        )
        + (f", {len(evaluation.failures)} failed to read" if evaluation.failures else "")
        + (
            f"; gold without article: {', '.join(evaluation.gold_without_article)}"
            if evaluation.gold_without_article
            else ""
        ),
        "",
        f"{'records':<18} {'precision':>9} {'recall':>7} {'F1':>5} {'tp':>5} {'fp':>5} {'fn':>5}",
    ]
    for kind in RECORD_TYPES:
        score = evaluation.records.get(kind)
        if score is None:
            continue
        lines.append(
            f"{_LABELS.get(kind, kind):<18} {score.precision:>9.2f} {score.recall:>7.2f} "
            f"{score.f1:>5.2f} {score.tp:>5} {score.fp:>5} {score.fn:>5}"
        )
    for title, fields in (
        ("fields of matched records", evaluation.fields),
        ("article fields", evaluation.articles),
    ):
        judged = {name: s for name, s in fields.items() if s.total}
        if not judged:
            continue
        lines += ["", f"{title:<26} {'right':>9} {'accuracy':>9}"]
        lines += [
            f"{name:<26} {f'{s.correct}/{s.total}':>9} {_accuracy(s):>9}"
            for name, s in sorted(judged.items())
        ]
    if evaluation.merge is not None:
        lines += ["", *_merge_lines(evaluation.merge, evaluation.merge_oracle)]
    if misses and evaluation.misses:
        lines += ["", "misses and extras"]
        for miss in evaluation.misses:
            lines.append(f"  {miss.type:<10} {miss.kind:<11} {miss.article}: {miss.record}")
            if miss.sentence:
                lines.append(f"  {'':<22} | {miss.sentence[:160]}")
    if evaluation.failures:
        lines += ["", "failures"] + [f"  {f}" for f in evaluation.failures]
    return "\n".join(lines) + "\n"


def _merge_lines(merge: MergeScore, oracle: MergeScore | None) -> list[str]:
    """The merge block: end to end, and beside it the merge of the gold records."""
    columns = [merge] if oracle is None else [merge, oracle]

    def row(label: str, value: object) -> str:
        return f"  {label:<32}" + "".join(f"{value_of(score, value):>16}" for score in columns)

    def value_of(score: MergeScore, what: object) -> str:
        if what == "unified":
            rate = "-" if score.unified_rate is None else f"{score.unified_rate:.2f}"
            return f"{score.unified} ({rate})"
        if what == "per_event":
            return "-" if score.records_per_event is None else f"{score.records_per_event:.2f}"
        if what == "copies":
            return f"{score.copies_found}/{score.copies_gold} ({score.copies_false} false)"
        return str(getattr(score, str(what)))

    header = f"{'merge':<34}{'end to end':>16}" + (f"{'gold records':>16}" if oracle else "")
    return [
        header,
        row("events reported by 2+ articles", "events"),
        row("one record citing every report", "unified"),
        row("records per found event", "per_event"),
        row("false merges", "false_merges"),
        row("wire-copy pairs found", "copies"),
    ]
