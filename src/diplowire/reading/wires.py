"""Recognising the news agencies credited for a piece of copy."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pydantic import BaseModel

from diplowire.extraction import lexicon
from diplowire.extraction.prefilter import Words
from diplowire.reading.domains import lookup


class _Agency(BaseModel):
    """An ``[[agency]]`` of the wires lexicon."""

    name: str
    country: str | None = None
    aliases: list[str] = []
    hosts: list[str] = []


def _agencies() -> list[_Agency]:
    return lexicon.entry("wires", "agency", shape=list[_Agency])


@cache
def _hosts() -> dict[str, str]:
    table: dict[str, str] = {}
    for agency in _agencies():
        for host in agency.hosts:
            table[host.lower()] = agency.name
    return table


def agencies_of_host(host: str | None) -> list[str]:
    """The agency whose own site ``host`` is (a page there is its copy), as a list.

    >>> agencies_of_host("www.sputnikglobe.com"), agencies_of_host("www.koreaherald.com")
    (['Sputnik'], [])
    """
    agency = lookup(host, _hosts())
    return [agency] if agency is not None else []


@cache
def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for agency in _agencies():
        for alias in [agency.name, *agency.aliases]:
            table[alias] = agency.name
    return table


def _alternation() -> str:
    # Longest first so "Kyodo News" wins over "Kyodo".
    return "|".join(re.escape(a) for a in sorted(_aliases(), key=len, reverse=True))


@cache
def credit_line() -> re.Pattern[str]:
    """A line that only credits agencies: "• Kyodo, JIJI", "Source: Yonhap News Agency",
    "(Yonhap)"."""
    names = _alternation()
    listed = rf"(?:{names})(?:\s*(?:,|/|and|&)\s*(?:{names}))*"
    return re.compile(
        rf"^\s*(?:[•·●▪]\s*|[-–—]\s*|(?:source|sources|credit|by)\s*:?\s*)?"
        rf"(?:{listed}|\(\s*{listed}\s*\))\s*\.?\s*$",
        re.IGNORECASE,
    )


@cache
def _sourced() -> re.Pattern[str]:
    names = _alternation()
    verbs = "|".join(lexicon.words("wires", "sourcing", default=[]))
    return re.compile(
        rf"(?:\b(?P<by>{names})\s+)?\breports,?\s+(?:{verbs})\s+(?:the\s+)?(?P<from>{names})\b"
        rf"|,\s*reports\s+(?:the\s+)?(?P<after>{names})\s*\.|\b(?P<before>{names})\s+reports\s*\."
    )


@cache
def _photo_label() -> re.Pattern[str]:
    labels = "|".join(lexicon.words("wires", "photo_labels"))
    return re.compile(rf"^\s*(?:{labels})\s*:", re.IGNORECASE)


def is_photo_credit(paragraph: str) -> bool:
    """A line that credits a photo, not the story: "Photo : YONHAP News", "Image Source :
    PTI", "Image: Reuters/Kevin Lamarque". Its agency took the picture; the copy may be
    the outlet's own, so it is neither the story's credit nor a caption whose credit
    stands in for one.

    >>> is_photo_credit("Photo : YONHAP News"), is_photo_credit("Source: Yonhap")
    (True, False)
    """
    return (
        len(paragraph) <= CREDIT_MAX_CHARS
        and bool(_photo_label().match(paragraph))
        and names_an_agency(paragraph)
    )


def sourced_agencies(paragraph: str) -> list[str]:
    """Agencies a sentence names as the source of the story in the present of a credit:
    "News.Az reports citing TASS", "ONA reports quoting AA", "..., reports IRNA.",
    "..., Anadolu reports." (not "Yonhap reported", which cites a source of one fact).

    >>> sourced_agencies("Putin spoke on Tuesday, News.Az reports citing TASS.")
    ['TASS']
    >>> sourced_agencies("The talks were held, Yonhap reported.")
    []
    """
    if not names_an_agency(paragraph):
        return []
    found: list[str] = []
    for match in _sourced().finditer(paragraph):
        names = [n for n in match.group("by", "from", "after", "before") if n]
        found = merge(found, [_aliases()[n] for n in names if n in _aliases()])
    return found


# A credit line names a few agencies ("Source: Yonhap News Agency", "By Kyodo and
# AFP"); a longer paragraph is body text, and the pattern is not tried on it.
CREDIT_MAX_CHARS = 120


def is_credit_line(paragraph: str) -> bool:
    """True for a paragraph that only credits agencies (see :func:`credit_line`).

    >>> from diplowire.reading.wires import is_credit_line
    >>> is_credit_line("Source: Yonhap News Agency"), is_credit_line("Kyodo said so.")
    (True, False)
    >>> is_credit_line("Reuters | Updated: 15-09-2022 09:45 IST")
    True
    >>> is_credit_line("Matthew Lee, The Associated Press"), is_credit_line("Lavrov told TASS")
    (True, False)
    """
    if len(paragraph) > CREDIT_MAX_CHARS:
        return False
    return credit_line().match(paragraph) is not None or _loose_credit(paragraph)


_CREDIT_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
CREDIT_NAME_WORDS = 3
"""Capitalized words a credit line may hold beside the agency: a reporter's name."""


def _loose_credit(paragraph: str) -> bool:
    """A short line that credits an agency among dates, times and furniture words
    (``credit_words``) and at most a reporter's name: "Reuters | Updated: 15-09-2022
    09:45 IST", "Matthew Lee, The Associated Press", "(With inputs from Reuters)"."""
    if not names_an_agency(paragraph):
        return False
    rest = _any_alias().sub(" ", paragraph)
    if rest == paragraph:
        return False
    # "(Reporting by ...; Writing by ...; Editing by ...)": a reporter's name per role.
    for role in rest.split(";"):
        names = 0
        for token in _CREDIT_TOKEN.findall(role):
            word = token.strip(".'’-").casefold()
            if not word or word in _credit_words():
                continue
            if not token[0].isupper():
                return False  # a lower-case word of its own: prose
            names += 1
        if names > CREDIT_NAME_WORDS:
            return False
    return True


@cache
def _credit_words() -> frozenset[str]:
    return frozenset(lexicon.words("wires", "credit_words", default=[]))


@cache
def _alias_words() -> Words:
    return Words(_aliases())


def names_an_agency(text: str) -> bool:
    """True when an agency's name or alias occurs in ``text`` (one automaton pass): a
    cheap test before the credit patterns, which all need one.

    >>> from diplowire.reading.wires import names_an_agency
    >>> names_an_agency("Photo by Yonhap"), names_an_agency("Seoul, Nov. 15")
    (True, False)
    """
    return _alias_words().any_in(text)


@cache
def credit_reach() -> int:
    """How many characters from the end a :func:`trailing_credit` can start (with
    single spaces, as cleaned paragraphs have): the longest agency name and the
    pattern's fixed parts ("file photo:", a "/ photographer" of up to 40)."""
    return max(map(len, _aliases()), default=0) + 72


_AFTER_SENTENCE = r"(?<=[.!?\"”’])"
"""Just after a sentence's last character (a closing quotation mark included)."""
_AT_END = r"\s*\.?\s*$"
"""A credit ends the text, with at most a period of its own."""


@cache
def trailing_credit() -> re.Pattern[str]:
    """An agency credit closing a caption: "... on Saturday. Associated Press", "(Kyodo)"."""
    names = _alternation()
    # "(Kyodo)", "(AP/Lee Jin-man)", "(AP-Yonhap)".
    paren = rf"\(\s*(?P<paren>(?:{names})(?:\s*(?:/|,)\s*[^)]{{1,40}}|-[^)]{{1,40}})?)\s*\)"
    # ". Associated Press", ". AFP/Jung Yeon-je", ". file photo: Yonhap".
    bare = (
        rf"{_AFTER_SENTENCE}\s+(?:[|/―—–-]\s*)?(?:photo\s*:?\s*|file photo\s*:?\s*)?"
        rf"(?P<bare>(?:{names})(?:\s*/\s*[\w .'-]{{1,40}})?)"
    )
    return re.compile(rf"(?:{paren}|{bare}){_AT_END}")


def find_trailing_credit(text: str, pattern: re.Pattern[str] | None = None) -> re.Match[str] | None:
    """The agency credit that closes ``text``, if any: a caption's by default
    (:func:`trailing_credit`), or another closing-credit ``pattern``.

    A credit is a few words at the very end: the pattern is tried on the tail only, not
    from every position of a long paragraph, and only when an agency is named there.
    """
    start = max(0, len(text) - credit_reach())
    if not names_an_agency(text[start:]):
        return None
    return (pattern or trailing_credit()).search(text, start)


@cache
def _closing_credit() -> re.Pattern[str]:
    # Stricter than a caption's credit: after the story's last sentence, behind a dash,
    # in parentheses or in capitals ("... the call. ― Bernama", "... said. (Yonhap)",
    # "... where differences arise. REUTERS").
    names = _alternation()
    dash = rf"[―—–-]\s*(?P<bare>{names})"
    paren = rf"\(\s*(?P<paren>{names})\s*\)"
    caps = rf"(?P<caps>(?=[A-Z]{{2,}}{_AT_END})(?:{names}))"
    return re.compile(rf"{_AFTER_SENTENCE}\s*(?:{dash}|{paren}|{caps}){_AT_END}")


def strip_trailing_credit(paragraph: str) -> tuple[str, list[str]]:
    """Split a closing credit off the last paragraph of a story.

    >>> strip_trailing_credit("Anwar said so on Monday. ― Bernama")
    ('Anwar said so on Monday.', ['Bernama'])
    >>> strip_trailing_credit("He said it was important. REUTERS")
    ('He said it was important.', ['Reuters'])
    >>> strip_trailing_credit("He spoke to Reuters.")
    ('He spoke to Reuters.', [])
    """
    match = find_trailing_credit(paragraph, _closing_credit())
    if match is None:
        return paragraph, []
    credited = agencies_in(match.group("paren") or match.group("bare") or match.group("caps"))
    return paragraph[: match.start()].rstrip(), credited


_COPYRIGHT = re.compile(r"^\W{0,3}(?:©|\(c\)|copyright\b)", re.IGNORECASE)
COPYRIGHT_MAX_CHARS = 400
"""A copyright notice is a line or two at the foot of the page."""


def copyright_credit(paragraph: str) -> list[str]:
    """Agencies named by a copyright notice: "© Kyodo News", "[Copyright The Jiji Press,
    Ltd.]", "© 2026 Thomson/Reuters. All rights reserved."

    >>> copyright_credit("[Copyright The Jiji Press, Ltd.]"), copyright_credit("© The Korea Herald")
    (['Jiji'], [])
    >>> copyright_credit("© Jade Gao/Pool Photo via AP")
    []
    """
    if len(paragraph) > COPYRIGHT_MAX_CHARS or not _COPYRIGHT.match(paragraph):
        return []
    if _photo_word().search(paragraph):
        return []  # "© Jade Gao/Pool Photo via AP": the picture's rights, not the story's
    return agencies_in(paragraph)


@cache
def _photo_word() -> re.Pattern[str]:
    labels = "|".join(lexicon.words("wires", "photo_labels"))
    return re.compile(rf"\b(?:{labels})\b", re.IGNORECASE)


@cache
def _supply_label() -> re.Pattern[str]:
    labels = "|".join(lexicon.words("wires", "supply_labels"))
    return re.compile(rf"^\W{{0,3}}(?:{labels})\b", re.IGNORECASE)


_LABELLED_PART_END = re.compile(r"[;)\]]|\b(?:on behalf of|writing by|editing by)\b", re.IGNORECASE)


def labelled_credit(paragraph: str) -> list[str]:
    """Agencies a footer line names as the copy's supplier, read before the boilerplate
    step drops the line: "(Reporting by Reuters; Editing by Kevin Liffey)", "Distributed by
    APO Group on behalf of the Presidency".

    >>> labelled_credit("(Reporting by Reuters; Writing by Caleb Davis)")
    ['Reuters']
    >>> labelled_credit("(Reporting by Jane Roe; Editing by Reuters staff)")
    []
    """
    if len(paragraph) > COPYRIGHT_MAX_CHARS:
        return []
    label = _supply_label().match(paragraph)
    if label is None:
        return []
    end = _LABELLED_PART_END.search(paragraph, label.end())
    return agencies_in(paragraph[label.end() : end.start() if end else None])


@cache
def _any_alias() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation()})(?![\w-])")


def agencies_in(text: str) -> list[str]:
    """Canonical names of the agencies named in ``text``, in order, without repeats.

    >>> agencies_in("• Kyodo, JIJI")
    ['Kyodo', 'Jiji']
    """
    table = _aliases()
    found: list[str] = []
    for match in _any_alias().finditer(text):
        name = table[match.group(0)]
        if name not in found:
            found.append(name)
    return found


def home_of(name: str) -> str | None:
    """The home country of an agency (its canonical name or an alias), if the lexicon
    gives one.

    >>> home_of("Yonhap"), home_of("Kyodo News"), home_of("APO Group")
    ('KR', 'JP', None)
    """
    return _homes().get(canonical(name) or name)


@cache
def _homes() -> dict[str, str]:
    return {a.name: a.country for a in _agencies() if a.country}


def canonical(name: str) -> str | None:
    """The canonical agency name for an alias, or None when it names no agency.

    >>> canonical("Associated Press")
    'AP'
    """
    return _aliases().get(name.strip())


def merge(*groups: Iterable[str]) -> list[str]:
    """Join lists of agency names, keeping first-seen order and dropping repeats."""
    out: list[str] = []
    for group in groups:
        for name in group:
            if name not in out:
                out.append(name)
    return out
