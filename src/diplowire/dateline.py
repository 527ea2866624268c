"""Datelines: "TOKYO (Kyodo) --", "SEOUL, Nov. 15 (Yonhap) --", "KOBE –", "SEOUL--"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplowire import wires

_SMALL_WORDS = {
    "of",
    "de",
    "la",
    "le",
    "du",
    "des",
    "el",
    "au",
    "aux",
    "sur",
    "and",
    "on",
    "upon",
    "am",
}

_WORD = r"[A-Z][A-Z.'’]*(?:-[A-Z][A-Z.'’]*)*"  # SEOUL, ST., PORT-AU-PRINCE
_DATELINE = re.compile(
    rf"""^\s*
    (?P<place>{_WORD}(?:\ {_WORD}){{0,3}})                   # TOKYO, NEW DELHI
    (?:,\ (?P<region>[A-Z][A-Za-z.]{{1,15}}(?:\ [A-Z][A-Za-z.]{{1,15}})?))?  # , Ill.
    (?:,?\ (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\ \d{{1,2}}))?
    \s*(?:\((?P<agency>[^)]{{2,40}})\))?
    \s*(?P<dash>--|—|–|-(?=\s)|:)\s*
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline read off the start of a lead paragraph."""

    text: str
    """The dateline as printed, without the dash."""
    place: str
    """The place, title-cased: 'New Delhi'."""
    date: str | None
    """The month and day it prints, if any ('Nov. 15'): the year comes from elsewhere."""
    agencies: list[str]
    """Agencies it credits, canonical names."""
    rest: str
    """The paragraph with the dateline removed."""


def _title_case(place: str) -> str:
    words = []
    for i, word in enumerate(place.split()):
        parts = word.split("-")
        words.append(
            "-".join(
                part.lower() if (i or j) and part.lower() in _SMALL_WORDS else part.capitalize()
                for j, part in enumerate(parts)
            )
        )
    return " ".join(words)


def parse(paragraph: str) -> Dateline | None:
    """Read a dateline at the start of ``paragraph``, or return None.

    >>> d = parse("SEOUL, Nov. 15 (Yonhap) -- South Korea and Japan held talks.")
    >>> d.place, d.date, d.agencies, d.rest
    ('Seoul', 'Nov. 15', ['Yonhap'], 'South Korea and Japan held talks.')
    >>> parse("U.S. President Donald Trump said on Friday.") is None
    True
    """
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place").strip()
    agency_text = match.group("agency")
    agencies = wires.agencies_in(agency_text) if agency_text else []
    if agency_text and not agencies:
        return None  # "(something) --" that credits no agency is not a dateline
    if match.group("dash") == ":" and not agencies:
        return None  # "NOTE: ..." style lead-ins are not datelines
    letters = place.replace(".", "").replace(" ", "").replace("-", "").replace("'", "")
    if len(letters) < 2 or len(place) > 40:
        return None
    rest = paragraph[match.end() :].strip()
    if not rest or not (rest[0].isupper() or rest[0] in "\"“‘'("):
        return None  # a dateline is followed by the lead's first sentence
    return Dateline(
        text=paragraph[: match.start("dash")].strip(),
        place=_title_case(place),
        date=match.group("date"),
        agencies=agencies,
        rest=rest,
    )
