"""Datelines: "TOKYO (Kyodo) --", "SEOUL, Nov. 15 (Yonhap) --", "Tokyo, Oct. 10 (Jiji Press)--",
"KUALA LUMPUR:", "MOSCOW. Feb 28 (Interfax) -", and the credit bylines "PTI | New Delhi |".

A dateline is a place, perhaps a date and an agency, and a dash, at the start of the
lead. Capital letters alone mark a place ("SEOUL --"); a place in title case or before a
colon is accepted only with a date, a known agency, or when it is a place the country
lexicon names ("New Delhi:", "Abu Dhabi:"), so that "Kishida said:" is never one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.dates import WEEKDAYS
from diplowire.extraction.gazetteer import gazetteer
from diplowire.reading import wires

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
_MONTH_NAMES = (
    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April"
    "|June|July|August|September|October|November|December"
)
# In capitals too: "YEREVAN, DECEMBER 28, ARMENPRESS."
_MONTH = rf"(?:(?i:{_MONTH_NAMES}))\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_MONTH = (
    rf"(?:{_MONTH}\ {_DAY}(?:,\ \d{{4}})?|{_DAY}\ {_MONTH}(?:,?\ \d{{4}})?)"  # Nov. 15 / 5th Feb
)
# A word of a place: letters of any script, inner dots, apostrophes and hyphens
# (PORT-AU-PRINCE, HÀ NỘI, N'DJAMENA, D.C.), or a short abbreviation with its dot
# (ST. PETERSBURG). A longer word keeps no final dot, which belongs to the dateline:
# "MOSCOW. Feb 28", "NUR-SULTAN. KAZINFORM".
_WORD = r"(?:[^\W\d_]{1,3}\.(?=\ [^\W\d_])|[^\W\d_](?:[^\W\d_]|[.'’](?=[^\W\d_])|-(?=[^\W\d_]))*)"
_DATELINE = re.compile(
    rf"""^\s*
    (?:\(\d{{6}}\)\ --\ )?                       # Xinhua's photo code: "(241022) --"
    (?:\(MENAFN-\ (?P<syndicated>[^()]*(?:\([^()]*\))?)\)\ )?  # (MENAFN- Kuwait News Agency (KUNA))
    (?P<place>{_WORD}(?:\ {_WORD}){{0,3}}?)      # TOKYO, New Delhi, HÀ NỘI
    (?:,\ (?P<region>(?!{_MONTH}\ )[A-Z][A-Za-z.]{{1,15}}(?:\ [A-Z][A-Za-z.]{{1,15}})?))?  # , Ill.
    (?:(?P<sep>[,.])?\ (?P<date>{_DAY_MONTH}))?    # , Nov. 15 / . Feb 28
    (?:[,.]\ (?P<credit>[A-Z][\w ]{{1,30}}?)(?=\s*(?:--|—|–|―|-|:|$))  # , Kyodo / . KAZINFORM -
    |[.,]\ (?P<caps_credit>[A-Z]{{2,}})\.?(?=\ [A-Z][a-z]))?  # ". KAZINFORM", ", ARMENPRESS."
    (?:,?\ ?\((?P<paren>[^()]{{2,80}})\)         # (Yonhap) (April 25) (UrduPoint / WAM - ...)
    |\.\ /(?P<slashed>[A-Z]{{2,10}})/\.?)?          # MOSCOW, March 25. /TASS/.
    (?:\s*(?P<dash>\.?-(?=\s)|\.?-(?=[A-Z])|--|—|–|―|:)  # a dash,
    |(?<=\))|(?<=/)|(?<=/\.)|\s*$                # ")", "/TASS/.", the end,
    |(?<=[A-Z]{{2}})(?=\ [A-Z][a-z])              # or the lead after ". KAZINFORM"
    |(?<=[A-Z]{{2}}\.)(?=\ [A-Z][a-z])            # or after ", ARMENPRESS."
    |(?<=\d)\.?(?=\ [A-Z][a-z]))                   # or after the date: "SOCHI, Oct 31 Presidents",
    # "BAKU, Azerbaijan, June 23. Russian President ..." (Trend)
    \s*
    """,
    re.VERBOSE,
)
_PLACE_AGENCY = re.compile(
    rf"^\s*(?P<place>[^\W\d_]+(?:\ {_WORD}){{0,2}})\s*(?:-|--|—|–)\s*"
    r"(?P<agency>[^\W\d_][\w .]{1,40}?)\.?\s*$"
)
"""A line that is only a place and an agency: "ANKARA-Anadolu Agency", "Moscow - TASS"."""
_TIME_WORD = re.compile(rf"(?i:{'|'.join(WEEKDAYS)}|today|{_MONTH_NAMES})")
"""A weekday or a month: never a dateline's place."""
_PAREN_DATE = re.compile(rf"^(?:{_DAY_MONTH})$")
_BYLINE = re.compile(
    r"""^\s*(?:by\s*:?\s*)?(?P<agency>[^|,()]{2,40}?)\s*
    (?:[|,]\s*(?P<place>[^|,()\d]{2,30}?)\s*(?:[|,].*)?|\((?P<paren_place>[^()\d]{2,30})\)\s*)$""",
    re.VERBOSE | re.IGNORECASE,
)
BYLINE_MAX_CHARS = 160
"""A credit byline ("PTI | New Delhi | Updated: ...") is one short line."""


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
    """The paragraph with the dateline removed ('' when the paragraph is only a dateline)."""
    marked: bool = True
    """Marked as a dateline by capitals, a date or an agency; False for a title-case place
    before a colon ("Abu Dhabi: ..."), which a headline can also begin with."""


@cache
def places() -> frozenset[str]:
    """The capitals and cities the country lexicon knows (the gazetteer's places), case
    folded. Country names are left out: "Japan: ..." opens a section, not a dispatch."""
    return frozenset(place.casefold() for place in gazetteer().places)


def _title_case(place: str) -> str:
    words = []
    for i, word in enumerate(place.rstrip(".").split()):
        parts = word.split("-")
        words.append(
            "-".join(
                part.lower() if (i or j) and part.lower() in _SMALL_WORDS else part.capitalize()
                for j, part in enumerate(parts)
            )
        )
    return " ".join(words)


def _is_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_title(place: str) -> bool:
    return all(
        word[0].isupper() or word.lower() in _SMALL_WORDS
        for word in place.split()
        if word[0].isalpha()
    )


def parse(paragraph: str) -> Dateline | None:
    """Read a dateline at the start of ``paragraph``, or return None.

    >>> d = parse("SEOUL, Nov. 15 (Yonhap) -- South Korea and Japan held talks.")
    >>> d.place, d.date, d.agencies, d.rest
    ('Seoul', 'Nov. 15', ['Yonhap'], 'South Korea and Japan held talks.')
    >>> parse("Tokyo, Oct. 10 (Jiji Press)--Japan's new defense chief said.").agencies
    ['Jiji']
    >>> parse("U.S. President Donald Trump said on Friday.") is None
    True
    >>> parse("Kishida said: we will act.") is None
    True
    """
    alone = _PLACE_AGENCY.match(paragraph)
    if (
        alone
        and wires.canonical(alone.group("agency"))
        and (_is_capitals(alone.group("place")) or alone.group("place").casefold() in places())
    ):
        # A line of its own, "ANKARA-Anadolu Agency", "Moscow - TASS": place and agency.
        return Dateline(
            text=paragraph.strip(),
            place=_title_case(alone.group("place")),
            date=None,
            agencies=[wires.canonical(alone.group("agency")) or ""],
            rest="",
        )
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place").strip()
    if len(place) > 40 or not _is_title(place):
        return None
    if wires.canonical(place.rstrip(".")) or _stamped(place):
        return None  # "Reuters October 02, 2022", "Published July 17, 2023": credit, stamp
    paren = match.group("paren")
    credit = match.group("credit") or match.group("caps_credit")
    date = match.group("date") or (paren if paren and _PAREN_DATE.match(paren) else None)
    agencies = wires.merge(
        wires.agencies_in(match.group("syndicated") or ""),
        wires.agencies_in(credit) if credit else [],
        wires.agencies_in(paren or match.group("slashed") or ""),
    )
    if credit and not wires.agencies_in(credit):
        return None  # "Tokyo, Japan -" is a place and region, not a place and an agency
    known_place = place.rstrip(".").casefold() in places()
    if _TIME_WORD.fullmatch(place):
        return None  # "Wednesday 6 August 2008": a release's date line, no place
    if match.group("date") and not (match.group("sep") or known_place or agencies):
        return None  # "FAS 22 JANUARY 1997": a release's code and date, set off by nothing
    dash = match.group("dash")
    rest = paragraph[match.end() :].strip()
    capitals = _is_capitals(place)
    if not (capitals or date or agencies or known_place):
        return None  # "Kishida said: ..." - a title-case word before a colon is a speaker
    if dash == "-" and _glued(paragraph, match.start("dash")) and not known_place:
        return None  # "US-Gulf summit postponed": a hyphen, not a dateline's dash
    if paren and not (rest or date or capitals or known_place):
        return None  # "Blinken (AP)": a photo's subject and credit
    if paren and not agencies and date is None and not (known_place or capitals):
        return None  # "(something) --" that credits no agency is not a dateline
    if dash == ":" and not (agencies or date or known_place):
        return None  # "NOTE: ..." and "UPDATE:" are lead-ins, not places
    if (
        dash is None
        and not (paren or date or match.group("caps_credit"))
        and (rest or not (known_place and match.group("region")))
    ):
        return None  # a bare capitalised word opening a sentence ("WASHINGTON is")
    if dash is None and date and rest and not paren and not (capitals or known_place):
        return None  # "Meanwhile, May 5 Putin met": a phrase and a date opening a sentence
    if rest and not (rest[0].isupper() or rest[0] in "\"“‘'(" or (dash and agencies)):
        return None  # a dateline is followed by the lead's first sentence
    if not rest and not (date or agencies or match.group("region")):
        return None  # a paragraph that is one word is a heading, not a dateline
    end = match.start("dash") if dash else match.end()
    text = paragraph[match.start("place") : end].strip().rstrip(",")
    return Dateline(
        text=text,
        place=_title_case(place),
        date=date,
        agencies=agencies,
        rest=rest,
        marked=bool(capitals or date or agencies),
    )


def _glued(paragraph: str, at: int) -> bool:
    """True for a dash with a letter on both sides."""
    inside = 0 < at < len(paragraph) - 1
    return inside and paragraph[at - 1].isalpha() and paragraph[at + 1].isalpha()


def _stamped(place: str) -> bool:
    return any(word.casefold() in _stamp_words() for word in place.split())


@cache
def _stamp_words() -> frozenset[str]:
    return frozenset(lexicon.words("wires", "stamp_words", default=[]))


def parse_byline(paragraph: str) -> tuple[list[str], str | None] | None:
    """Read a credit byline: "PTI | New Delhi | Updated: ...", "By: PTI | New Delhi |",
    "Reuters, Beijing,", "AFP |", "Ethiopian News Agency (Addis Ababa)".

    :return: The agencies it credits and the place it names (a place the country lexicon
        knows), or None when the line is not a credit byline.

    >>> parse_byline("PTI | New Delhi | Updated: 02-03-2023 16:11 IST")
    (['PTI'], 'New Delhi')
    >>> parse_byline("Kishida, Yoon agree to meet") is None
    True
    """
    if len(paragraph) > BYLINE_MAX_CHARS or not wires.names_an_agency(paragraph):
        return None
    match = _BYLINE.match(paragraph.rstrip(" |,"))
    if match is None:
        agencies = wires.agencies_in(paragraph)
        bare = re.sub(r"^\s*by\s*:?\s*", "", paragraph, flags=re.IGNORECASE).strip(" |,")
        return (agencies, None) if agencies and wires.canonical(bare) else None
    agency = wires.canonical(match.group("agency").strip())
    if agency is None:
        return None
    place = (match.group("place") or match.group("paren_place") or "").strip()
    return [agency], (_title_case(place) if place.casefold() in places() else None)
