"""The attribution that closes a sentence.

", the Kuwaiti news agency KUNA has reported." reports the whole sentence before it,
quoted words and all: the person, body, bare name or acronym it names speaks them.
"""

from __future__ import annotations

import re
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.cues import Cues, institutions_in
from diplowire.extraction.people import Mention, bare_name
from diplowire.extraction.statements.bodies import institution_person
from diplowire.models import Person


@cache
def _closing() -> re.Pattern[str]:
    verbs = "|".join(
        sorted(
            [
                *lexicon.words("cues", "attribution_verbs"),
                *lexicon.words("cues", "quotation_verbs"),
            ],
            key=len,
            reverse=True,
        )
    )
    # ', the Kuwaiti news agency KUNA has reported.', ', reported CNN.'
    return re.compile(
        rf",\s+(?:(?P<who>[^,;“”\"]{{2,80}}?)\s+(?:has\s+|had\s+)?(?:{verbs})"
        rf"|(?:{verbs})\s+(?P<after>[^,;“”\"]{{2,60}}?))"
        r"(?:\s+(?:on\s+)?[A-Za-z]+day)?"
        # ', CNN said, citing five sources familiar with the matter.'
        r"(?:,\s+(?:citing|quoting|adding|noting)\b[^“”\"]*?)?\s*[.!]?\s*$"
    )


def _closing_attribution(text: str, at: int) -> re.Match[str] | None:
    """The attribution that closes the sentence after offset ``at``, set off by a comma:
    it reports the whole sentence before it, quoted words and all ('... had reviewed
    “close and distinguished” ties ..., the Kuwaiti news agency KUNA has reported')."""
    found = _closing().search(text, at)
    if found is None or any(mark in text[at : found.start()] for mark in '“"'):
        return None  # another quotation comes first: its attribution is its own
    return found


def _closing_speaker(
    text: str, closing: re.Match[str], mentions: list[Mention], cues: Cues
) -> Person | None:
    """Who the closing attribution names: a person, a body, a bare name or an acronym."""
    group = "who" if closing.group("who") is not None else "after"
    start, end = closing.span(group)
    named = [m for m in mentions if start <= m.start < end]
    if named:
        return named[0].entity.person()
    bodies = institutions_in(text[start:end], cues)
    if bodies:
        return institution_person(bodies[-1], text[start:end])
    words = text[start:end].strip()
    if _ACRONYM.fullmatch(words):
        return Person(name=words, institution=True)  # ', reported CNN.'
    return Person(name=words) if bare_name(words) else None


_ACRONYM = re.compile(r"[A-Z]{2,6}")
