"""Pacts' acronyms: the well-known ones and whether one spells a name.

The agreements lexicon lists the acronyms of well-known pacts and the full names they
stand for; an acronym fits a name when it is made of its words' initials in order.
"""

from __future__ import annotations

import re
from functools import cache

from diplowire.extraction import lexicon

# The capital first, the look-behind after it: the engine skips from capital to capital
# instead of testing a word boundary at every position.
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z0-9-]{2,10}\b")


_PACT_AFTER = re.compile(r"\s+(?:pact|treaty|accord|agreement|deal)\b")


@cache
def _known_names() -> tuple[tuple[str, str], ...]:
    table = lexicon.entry("agreements", "known_names", shape=dict[str, list[str]], default={})
    return tuple((form.lower(), acronym) for acronym, forms in table.items() for form in forms)


def _known_acronym_of(name: str) -> str | None:
    """The acronym of a well-known pact whose full name ``name`` spells out, in any of
    the forms copy gives it (``known_names`` in the agreements lexicon)."""
    lowered = name.lower()
    for form, acronym in _known_names():
        if form in lowered:
            return acronym
    return None


@cache
def _bodies() -> frozenset[str]:
    """International bodies' names (``names.title_bodies``): "NATO accord" is no pact's
    acronym."""
    return frozenset(lexicon.words("names", "title_bodies", default=[]))


@cache
def known_acronyms() -> frozenset[str]:
    """The acronyms of well-known agreements ("GSOMIA", "JCPOA"), from the lexicon."""
    return frozenset(lexicon.words("agreements", "acronyms"))


def acronym_fits(acronym: str, name: str) -> bool:
    """True when ``acronym`` is made of the initials of ``name``'s words in order, the
    small words' initials taken or skipped ("GSOMIA" and "General Security of Military
    Information Agreement", "INF" and "Intermediate-Range Nuclear Forces Treaty").

    >>> acronym_fits("GSOMIA", "General Security of Military Information Agreement")
    True
    >>> acronym_fits("RAA", "Reciprocal Access Agreement")
    True
    >>> acronym_fits("SMA", "Reciprocal Access Agreement")
    False
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    # Parts of hyphenated words may each give an initial, or none ("Nuclear-Test-Ban"
    # gives the T and B of CTBT).
    words: list[tuple[str, bool]] = []
    for word in name.split():
        parts = [p for p in word.split("-") if p]
        words.extend((part, len(parts) > 1) for part in parts)

    def fits(i: int, j: int) -> bool:
        if i == len(letters):
            return True
        if j == len(words):
            return False
        word, hyphenated = words[j]
        if word[0].upper() == letters[i] and fits(i + 1, j + 1):
            return True
        # Small words ("of", "on") may be left out of an acronym; so may hyphen parts.
        return (word[0].islower() or hyphenated) and fits(i, j + 1)

    return bool(letters) and fits(0, 0)
