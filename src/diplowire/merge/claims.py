"""Choosing a merged record's values from its reports, and keeping the disagreements."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import ParamSpec, TypeVar, cast

from pydantic import BaseModel

from diplowire.models import Claim, Conflict, Evidence
from diplowire.models.names import name_words

Value = str | int | float | bool | None
V = TypeVar("V", bound=str | int | float | bool)
"""A field's value in one report (None when the report does not give it)."""
M = TypeVar("M", bound=BaseModel)
P = ParamSpec("P")


def built(model: Callable[P, M], /, *args: P.args, **values: P.kwargs) -> M:
    """A merged record made of values taken from valid reports: not validated again.

    Validation would copy every list and check again what the reports' own validation
    checked. A merge decides every field, so all are marked set, and the records share
    one such set (an assignment adds a name that is in it already): a set per record
    would weigh more than most records' values.
    """
    # Called like the model itself, so the type checker holds the values to its fields.
    kind = cast("type[M]", model)
    return kind.model_construct(_fields_set=_every_field(kind), **values)


@cache
def _every_field(model: type[BaseModel]) -> set[str]:
    return set(model.model_fields)


def independent(sources: Iterable[Evidence], origin: dict[str, str]) -> int:
    """How many independent articles among ``sources`` (wire copies count once)."""
    return len({origin.get(source.article, source.article) for source in sources})


def choose(
    field: str,
    reports: Iterable[tuple[V | None, list[Evidence]]],
    origin: dict[str, str],
    *,
    compatible: Callable[[V, V], bool] | None = None,
    prefer: Callable[[V], int] | None = None,
) -> tuple[V | None, Conflict | None]:
    """The value most independent sources give, and a conflict if others disagree.

    :param compatible: Values that do not contradict each other (a month and a day in
        it) are no conflict; the more precise one is preferred through ``prefer``.
    """
    by_value: dict[V, list[Evidence]] = {}
    # Looked up by content, not by a scan of the list: a merged record of thousands of
    # reports (a treaty every story names) would compare each pair of them.
    seen: dict[V, set[tuple[str, bool, int, str]]] = {}
    for value, sources in reports:
        if value is None:
            continue
        kept = by_value.setdefault(value, [])
        known = seen.setdefault(value, set())
        for source in sources:
            key = evidence_key(source)
            if key not in known:
                known.add(key)
                kept.append(source)
    if not by_value:
        return None, None

    def support(item: tuple[V, list[Evidence]]) -> tuple[int, int, str]:
        value, sources = item
        if compatible is not None:
            # A day is supported by the reports of its month too: they agree with it.
            sources = [
                s for other, group in by_value.items() if compatible(other, value) for s in group
            ]
        rank = prefer(value) if prefer is not None else 0
        return (independent(sources, origin), rank, repr(value))

    ranked = sorted(by_value.items(), key=support, reverse=True)
    chosen = ranked[0][0]
    disagreeing = [
        (value, sources)
        for value, sources in ranked
        if value != chosen and not (compatible and compatible(value, chosen))
    ]
    if not disagreeing:
        return chosen, None
    claims = [
        built(Claim, value=value, sources=sorted_evidence(sources)) for value, sources in ranked
    ]
    return chosen, built(Conflict, field=field, claims=claims)


def sorted_evidence(sources: Iterable[Evidence]) -> list[Evidence]:
    """Evidence without repeats, in a stable order."""
    unique = {evidence_key(s): s for s in sources}
    return [unique[key] for key in sorted(unique)]


def evidence_key(source: Evidence) -> tuple[str, bool, int, str]:
    """Every field of a piece of evidence: two that are equal have the same key."""
    return (source.article, source.caption, source.paragraph, source.text)


def same_place(a: object, b: object) -> bool:
    """Places that do not contradict: one place, a city and its country, a venue and its
    city, or one name a part of the other ("Gyeongju", "HICO Convention Center, Gyeongju").

    >>> same_place("Rzeszów", "Rzeszow"), same_place("Kremlin", "Moscow")
    (True, True)
    >>> same_place("Sochi", "Helsinki")
    False
    """
    from diplowire.extraction.gazetteer import gazetteer

    if a == b:
        return True
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    words_a, words_b = place_words(a), place_words(b)
    if words_a and words_b and (words_a <= words_b or words_b <= words_a):
        return True
    city_a, city_b = venue_city(a), venue_city(b)
    if (city_a or city_b) and same_place(city_a or a, city_b or b):
        return True
    return gazetteer().same_place(a, b)  # a city and its country


def place_words(place: str) -> frozenset[str]:
    """The words of a place name, accents and case folded, directions dropped."""
    return frozenset(name_words(place)) - _DIRECTIONS


_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "the", "of"})


def venue_city(place: str) -> str | None:
    """The city a venue is in, from the ``venues`` table of the aliases lexicon."""
    return _venues().get(" ".join(sorted(place_words(place))))


@cache
def _venues() -> dict[str, str]:
    from diplowire.extraction.lexicon import entry

    table = entry("aliases", "venues", shape=dict[str, str], default={})
    return {" ".join(sorted(place_words(v))): c for v, c in table.items()}


def same_or_coarser(a: object, b: object) -> bool:
    """Dates that do not contradict: equal, or one the other's year or month."""
    return isinstance(a, str) and isinstance(b, str) and (a.startswith(b) or b.startswith(a))
