"""Reporting verbs of a clause and which of them have a speaking subject.

Finds where the clause holding a quotation begins, tells verbs that only describe a
noun ("a swiftly called meeting", "a trip announced by ...") from those that report,
and reads "what X described as" and "quoted X as saying".
"""

from __future__ import annotations

import re
from functools import cache

from diplowire.extraction import lexicon


@cache
def _quoted_as() -> re.Pattern[str]:
    verbs = "|".join(lexicon.words("cues", "speakers", "relaying"))
    return re.compile(
        rf"\b(?:{verbs})\s+(?P<who>[^,;“”\"]{{1,80}}?)\s+as\s+(?:saying|telling|stating)\b",
        re.IGNORECASE,
    )


_WHAT_CALLED = re.compile(
    r"\bwhat\s+(?P<who>[^,;“”\"]{1,60}?)\s+(?:described|called|termed|dubbed)\s+"
    r"(?:as\s+)?(?:(?:an?|the)\s+)?$"
)


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+while\s+")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset ``at`` begins: after the last ", and", ", but",
    "while" or semicolon before it ('Putin praised the talks, and Xi urged them to "act
    ..."' is Xi's)."""
    start = 0
    for found in _CLAUSE_BREAK.finditer(text, 0, at):
        if any(c.isalpha() for c in text[found.end() : at]):
            start = found.end()  # not one quotation joined to another: '“...”, and “...”'
    return start


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


@cache
def _adverbial_phrase() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "adverbial_openers"))
    # match() anchors it at the span's start; a lower-case noun ends it at the verb.
    return re.compile(
        rf"\s*(?:{words})\s+(?:a|an|the|his|her|its|their)\s+[^,]*?\b(?-i:[a-z])[\w-]*\s*$",
        re.IGNORECASE,
    )


def _attributive(text: str, start: int, end: int) -> bool:
    """Whether the reporting verb at ``end`` only describes a noun, in no clause of its
    own: "Following a swiftly called meeting, the Council ...", "In a Facebook message
    posted Friday, Cruz said" (no one called; the message did not post); not "In a
    Bloomberg interview Trump declared"."""
    return (
        _ATTRIBUTIVE_BEFORE.search(text, start, end) is not None
        or _adverbial_phrase().match(text, start, end) is not None
    )


_BY_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\b")


_NOUN_BEFORE = re.compile(r"\b[a-z][\w-]*\s+$")


def _passive(text: str, start: int, end: int) -> bool:
    """Whether the reporting verb at ``start`` is a participle after a noun with its
    agent to follow ("a scheduled trip announced on twitter by President Donald Trump"):
    it tells of the noun, in no clause of its own."""
    return (
        text[start:end].endswith("ed")
        and _NOUN_BEFORE.search(text, max(0, start - 30), start) is not None
        and _BY_AGENT.match(text, end) is not None
    )
