"""When a predicted record is the gold one: the matching rules of the gold format.

A meeting matches on its date, compared at the coarser of the two precisions, and at
least half of the gold participants (or two or more of them and no one else); a
quotation on its speaker and 80 % of the words of the shorter side; an agreement by
acronym, or by name or alias (the prediction's aliases included); a lifecycle event by
kind and date to the month.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from diplowire.evaluation.gold import GoldAgreement, GoldEvent, GoldMeeting, GoldStatement
from diplowire.extraction.gazetteer import gazetteer
from diplowire.models import Agreement, AgreementEvent, Meeting, Statement
from diplowire.models.names import name_key

__all__ = [
    "Pairing",
    "agreement_matches",
    "dates_agree",
    "event_matches",
    "meeting_closeness",
    "meeting_matches",
    "pair",
    "quote_overlap",
    "same_location",
    "same_person",
    "same_text",
    "statement_matches",
]

QUOTE_OVERLAP = 0.8
"""Share of the shorter quotation's words the other must hold."""

_WORD = re.compile(r"[^\W_]+")
# Articles and the possessive "s" differ between reports of the same words.
_FILLER = frozenset({"a", "an", "the", "s"})

G = TypeVar("G")
P = TypeVar("P")


def tokens(text: str) -> list[str]:
    """Words of a text, case folded, typographic apostrophes unified, fillers dropped."""
    return [t for t in _WORD.findall(text.replace("’", "'").casefold()) if t not in _FILLER]


def same_person(gold: str, predicted: str) -> bool:
    """Names compare by tokens, hyphens split, accents and articles dropped, in any order;
    one may be a part of the other.

    >>> same_person("Kim Jung-han", "Kim Jung Han"), same_person("Fumio Kishida", "Kishida")
    (True, True)
    >>> same_person("Recep Tayyip Erdogan", "Erdoğan")
    True
    >>> same_person("the White House", "White House")
    True
    """
    a = set(name_key(gold).split()) - _FILLER
    b = set(name_key(predicted).split()) - _FILLER
    return bool(a) and bool(b) and (a <= b or b <= a)


def same_text(gold: str | None, predicted: str | None) -> bool:
    """Short labels (a place, a forum) agree when the words of one hold the other's."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    a, b = set(tokens(gold)), set(tokens(predicted))
    return bool(a) and bool(b) and (a <= b or b <= a)


def same_location(gold: str | None, predicted: str | None) -> bool:
    """Places agree as labels do (:func:`same_text`), as a city and its country (a
    meeting "in China" is right, at a coarser precision, for one held in Beijing, as
    ``2019-11`` is for ``2019-11-15``), or as a venue and its city (the ``venues`` table
    of the aliases lexicon)."""
    if same_text(gold, predicted):
        return True
    return gold is not None and predicted is not None and gazetteer().same_place(gold, predicted)


def quote_overlap(gold: str, predicted: str) -> float:
    """Share of the shorter text's words (with repeats) that the other also has."""
    a, b = Counter(tokens(gold)), Counter(tokens(predicted))
    shorter = min(a.total(), b.total())
    return (a & b).total() / shorter if shorter else 0.0


def dates_agree(gold: str | None, predicted: str | None) -> bool:
    """Equal at the coarser precision: ``2019-11`` agrees with ``2019-11-15``."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    shorter = min(len(gold), len(predicted))
    return gold[:shorter] == predicted[:shorter]


def meeting_matches(gold: GoldMeeting, meeting: Meeting) -> bool:
    if not dates_agree(gold.date, meeting.date):
        return False
    names = [p.name for p in meeting.participants]
    return participants_found(gold.participants, names) or _principals(gold.participants, names)


def _principals(wanted: Sequence[str], names: Sequence[str]) -> bool:
    """Two or more of the wanted people and no one else: "Trump and Putin" for a summit
    the gold lists with both delegations. Nobody in it is invented."""
    return len(names) >= 2 and all(any(same_person(w, n) for w in wanted) for n in names)


def meeting_closeness(gold: GoldMeeting, meeting: Meeting) -> int:
    """How many of the gold participants a matching prediction names."""
    names = [p.name for p in meeting.participants]
    return sum(any(same_person(w, n) for n in names) for w in gold.participants)


def participants_found(wanted: Sequence[str], names: Sequence[str]) -> bool:
    """At least half of the wanted people, and at least one when any is wanted."""
    found = sum(any(same_person(w, n) for n in names) for w in wanted)
    return found * 2 >= len(wanted) and (found > 0 or not wanted)


def statement_matches(gold: GoldStatement, statement: Statement) -> bool:
    return same_person(gold.speaker, statement.speaker.name) and (
        quote_overlap(gold.quote, statement.text) >= QUOTE_OVERLAP
    )


def _names(values: Iterable[str | None]) -> set[str]:
    return {" ".join(tokens(v)) for v in values if v} - {""}


def names_agree(
    gold_acronym: str | None,
    gold_names: Iterable[str | None],
    acronym: str | None,
    names: Iterable[str | None],
) -> bool:
    """By acronym when both have one, else by any shared name or alias."""
    if gold_acronym and acronym and _names([gold_acronym]) == _names([acronym]):
        return True
    return bool(_names(gold_names) & _names(names))


def agreement_matches(gold: GoldAgreement, agreement: Agreement) -> bool:
    return names_agree(
        gold.acronym,
        [gold.name, *gold.aliases],
        agreement.acronym,
        [agreement.name, *agreement.aliases],
    )


def event_matches(gold: GoldEvent, event: AgreementEvent) -> bool:
    if gold.kind != event.kind:
        return False
    if gold.date is None:
        return True
    return event.date is not None and gold.date[:7] == event.date[:7]


@dataclass
class Pairing(Generic[G, P]):
    """The outcome of matching gold items with predictions in one article."""

    pairs: list[tuple[G, P]]
    missed: list[G]
    extra: list[P]
    tp: int
    """Matched gold items that are not optional (a matched optional one counts neither way)."""


def pair(
    gold: Sequence[G],
    predicted: Sequence[P],
    same: Callable[[G, P], bool],
    optional: Callable[[G], bool],
    closeness: Callable[[G, P], int] | None = None,
) -> Pairing[G, P]:
    """Greedy one-to-one matching; required gold items choose first, the closest pairs
    before the others.

    :param closeness: How close a matching prediction is to a gold item; of equals, the
        first gold item and the first prediction pair first.

    >>> p = pair([1, 2], [2, 3], lambda g, x: g == x, lambda g: False)
    >>> p.pairs, p.missed, p.extra
    ([(2, 2)], [1], [3])
    """
    # Every matching pair, required gold items first, then the closest: a prediction
    # that fits two gold items goes to the one it fits best, not to the first listed.
    candidates = sorted(
        (optional(item), -(closeness(item, p) if closeness else 0), g, q)
        for g, item in enumerate(gold)
        for q, p in enumerate(predicted)
        if same(item, p)
    )
    taken_gold: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, g, q in candidates:
        if g not in taken_gold and q not in taken:
            taken_gold[g] = q
            taken.add(q)
    pairs: list[tuple[G, P]] = []
    missed: list[G] = []
    tp = 0
    for g, item in sorted(enumerate(gold), key=lambda e: optional(e[1])):
        if g in taken_gold:
            pairs.append((item, predicted[taken_gold[g]]))
            tp += not optional(item)
        elif not optional(item):
            missed.append(item)
    unused = [p for q, p in enumerate(predicted) if q not in taken]
    return Pairing(pairs=pairs, missed=missed, extra=unused, tp=tp)
