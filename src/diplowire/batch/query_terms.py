"""What a user types into ``diplowire query``, checked and read as the store's terms.

A country is an ISO code or a name the gazetteer knows ("South Korea", "Japanese"); a
date bound is an ISO date at any precision. Anything else is a
:class:`~diplowire.errors.QueryError` naming the closest known terms, so a typo never
answers with silence.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import cache

from diplowire.errors import QueryError
from diplowire.extraction import lexicon
from diplowire.extraction.gazetteer import alternation, gazetteer
from diplowire.models.types import normalize_date

_CODE = re.compile(r"^[A-Za-z]{2}$")


@cache
def _names() -> dict[str, str]:
    """Country names and adjectives, case-folded, to ISO codes."""
    found = gazetteer()
    return {
        name.casefold(): code
        for table in (found.country_names, found.adjectives)
        for name, code in table.items()
    }


@cache
def _codes() -> frozenset[str]:
    return frozenset(lexicon.load("countries"))


def country_code(value: str) -> str:
    """The ISO code for a code or a country name.

    >>> country_code("jp"), country_code("South Korea"), country_code("Japanese")
    ('JP', 'KR', 'JP')
    """
    given = value.strip()
    if _CODE.match(given) and given.upper() in _codes():
        return given.upper()
    code = _names().get(given.casefold())
    if code is not None:
        return code
    close = difflib.get_close_matches(given.casefold(), list(_names()), n=3, cutoff=0.75)
    raise QueryError(
        f"unknown country {value!r} (give an ISO code such as JP, or a country's name)",
        candidates=[f"{name.title()} ({_names()[name]})" for name in close],
    )


def date_bound(value: str | None, option: str) -> str | None:
    """An ISO date at any precision (``2019``, ``2019-11``, ``2019-11-15``), checked."""
    if value is None:
        return None
    try:
        return normalize_date(value)
    except ValueError as exc:
        raise QueryError(
            f"{option}: {exc}; give an ISO date such as 2019, 2019-11 or 2019-11-15"
        ) from exc


@cache
def _country_pattern() -> re.Pattern[str]:
    found = gazetteer()
    words = {**found.country_names, **found.adjectives, **found.metonyms}
    return re.compile(rf"\b{alternation(list(words))}\b")


def countries_named(texts: Iterable[str]) -> set[str]:
    """The ISO codes of every country, nationality or capital-for-government the texts name.

    >>> sorted(countries_named(["Seoul's decision angered Japanese officials."]))
    ['JP', 'KR']
    """
    found = gazetteer()
    codes: set[str] = set()
    for text in texts:
        for match in _country_pattern().finditer(text):
            code = found.country_of(match.group(0))
            if code is not None:
                codes.add(code)
    return codes


def closest(value: str, known: Iterable[str], n: int = 6) -> list[str]:
    """The known terms nearest to ``value``, case-insensitively, for an error message;
    when none is near, the first few known terms, so the user sees what there is."""
    by_fold = {term.casefold(): term for term in known if term}
    matches = difflib.get_close_matches(value.casefold(), list(by_fold), n=n, cutoff=0.5)
    near = [by_fold[m] for m in matches]
    near += [t for f, t in by_fold.items() if value.casefold() in f and t not in near]
    return near[:n] or sorted(by_fold.values())[:n]
