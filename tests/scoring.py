"""Score extracted records against gold annotations (format: ../shared/gold/README.md).

Run ``python tests/scoring.py`` for the table of precision and recall per record type,
on the seeds (when ../shared is present) and on tests/data/extraction.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import diplowire
from diplowire.models import Agreement, Meeting, Statement
from diplowire.names import name_key

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SETS = {
    "seeds": (ROOT / "seeds", ROOT.parent / "shared" / "gold" / "seeds"),
    "own": (HERE / "data" / "extraction", HERE / "data" / "extraction"),
    # Written after the rules, by someone who did not see them; not tuned on.
    "heldout": (HERE / "data" / "heldout", HERE / "data" / "heldout"),
}
_WORD = re.compile(r"[^\W_]+")
REPORTED: dict[str, dict[str, Tally]] = {}
"""Scores computed during a test run, printed in pytest's terminal summary."""
_FILLER = frozenset({"a", "an", "the", "s"})


@dataclass
class Tally:
    """True positives, false positives and false negatives of one record type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _tokens(text: str) -> list[str]:
    return [t for t in _WORD.findall(text.replace("’", "'").casefold()) if t not in _FILLER]


def same_person(gold: str, predicted: str) -> bool:
    """Names compare by tokens (hyphens split); a description may be shorter than gold's."""
    if name_key(gold) == name_key(predicted):
        return True
    a, b = set(_tokens(gold)), set(_tokens(predicted))
    return bool(a) and bool(b) and (a <= b or b <= a)


def quote_overlap(gold: str, predicted: str) -> float:
    a, b = Counter(_tokens(gold)), Counter(_tokens(predicted))
    shorter = min(sum(a.values()), sum(b.values()))
    return sum((a & b).values()) / shorter if shorter else 0.0


def _meeting_matches(gold: dict[str, Any], meeting: Meeting) -> bool:
    if gold.get("date") != meeting.date:
        return False
    wanted = gold.get("participants") or []
    found = sum(any(same_person(w, p.name) for p in meeting.participants) for w in wanted)
    return found * 2 >= len(wanted) and (found > 0 or not wanted)


def _statement_matches(gold: dict[str, Any], statement: Statement) -> bool:
    return same_person(gold["speaker"], statement.speaker.name) and (
        quote_overlap(gold["quote"], statement.text) >= 0.8
    )


def _agreement_matches(gold: dict[str, Any], agreement: Agreement) -> bool:
    def norm(value: str | None) -> str:
        return " ".join(_tokens(value or ""))

    if (
        gold.get("acronym")
        and agreement.acronym
        and norm(gold["acronym"]) == norm(agreement.acronym)
    ):
        return True
    gold_names = {norm(n) for n in [gold.get("name"), *gold.get("aliases", [])] if n}
    found_names = {norm(n) for n in [agreement.name, *agreement.aliases] if n}
    return bool(gold_names & found_names)


def _match(
    gold_items: list[dict[str, Any]], found: list[Any], same: Any, tally: Tally, label: Any
) -> list[tuple[dict[str, Any], Any]]:
    pairs = []
    unused = list(found)
    for gold in sorted(gold_items, key=lambda g: bool(g.get("optional"))):
        hit = next((f for f in unused if same(gold, f)), None)
        if hit is not None:
            unused.remove(hit)
            pairs.append((gold, hit))
            if not gold.get("optional"):
                tally.tp += 1
        elif not gold.get("optional"):
            tally.fn += 1
            tally.misses.append(label(gold))
    tally.fp += len(unused)
    tally.extras.extend(label(f) for f in unused)
    return pairs


def _event_key(event: dict[str, Any] | Any) -> tuple[str, str | None]:
    kind = event["kind"] if isinstance(event, dict) else event.kind
    date = event["date"] if isinstance(event, dict) else event.date
    return kind, (date[:7] if date else None)


def score_set(name: str, plugins: diplowire.Plugins | None = None) -> dict[str, Tally]:
    """Precision and recall of one gold set, per record type."""
    texts, gold_dir = SETS[name]
    manifest = texts / "manifest.json"
    dossier = diplowire.extract(texts, manifest=manifest, plugins=plugins, merge=False)
    tallies = {kind: Tally() for kind in ("meetings", "statements", "agreements", "events")}
    for article in dossier.articles:
        stem = Path(article.source or "").stem
        gold_path = gold_dir / f"{stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text())
        meetings = [m for m in dossier.meetings if m.sources and m.sources[0].article == article.id]
        statements = [
            s
            for s in dossier.statements
            if s.direct and s.sources and s.sources[0].article == article.id
        ]
        agreements = [
            a for a in dossier.agreements if a.sources and a.sources[0].article == article.id
        ]
        _match(
            gold.get("meetings", []),
            meetings,
            _meeting_matches,
            tallies["meetings"],
            lambda m, s=stem: f"{s}: {_describe_meeting(m)}",
        )
        _match(
            gold.get("statements", []),
            statements,
            _statement_matches,
            tallies["statements"],
            lambda q, s=stem: f"{s}: {_describe_statement(q)}",
        )
        pairs = _match(
            gold.get("agreements", []),
            agreements,
            _agreement_matches,
            tallies["agreements"],
            lambda a, s=stem: f"{s}: {_describe_agreement(a)}",
        )
        for gold_agreement, agreement in pairs:
            _match(
                list(gold_agreement.get("events", [])),
                list(agreement.events),
                lambda g, e: (
                    _event_key(g) == _event_key(e)
                    or (g.get("date") is None and g["kind"] == e.kind)
                ),
                tallies["events"],
                lambda e, s=stem: f"{s}: {_event_key(e)}",
            )
    return tallies


def _describe_meeting(item: dict[str, Any] | Meeting) -> str:
    if isinstance(item, dict):
        return f"{item.get('date')} {item.get('participants')}"
    return f"{item.date} {[p.name for p in item.participants]}"


def _describe_statement(item: dict[str, Any] | Statement) -> str:
    if isinstance(item, dict):
        return f"{item['speaker']}: {item['quote'][:50]}"
    return f"{item.speaker.name}: {item.text[:50]}"


def _describe_agreement(item: dict[str, Any] | Agreement) -> str:
    if isinstance(item, dict):
        return f"{item.get('acronym') or item.get('name')}"
    return f"{item.acronym or item.name} {item.aliases[:2]}"


def main(verbose: bool = False) -> None:
    for name, (_, gold) in SETS.items():
        if not gold.exists():
            print(f"{name}: gold not present ({gold})")
            continue
        tallies = score_set(name)
        print(f"{name}:")
        for kind, tally in tallies.items():
            print(
                f"  {kind:<11} P={tally.precision:.2f} R={tally.recall:.2f} "
                f"(tp={tally.tp} fp={tally.fp} fn={tally.fn})"
            )
            if verbose:
                for miss in tally.misses:
                    print(f"      missed: {miss}")
                for extra in tally.extras:
                    print(f"      extra:  {extra}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
