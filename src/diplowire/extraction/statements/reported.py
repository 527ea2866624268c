"""Reported speech: "X said (that) ..." and "..., the ministry said".

Sentences without quotation marks whose reporting verb has a known person, a pronoun
or a body for its subject become indirect statements. :data:`SPEECH_WORDS` tells the
trigger pass which sentences may hold one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues, institutions_in
from diplowire.extraction.dates import DateMention
from diplowire.extraction.people import Entity, PeopleIndex
from diplowire.extraction.prefilter import literals
from diplowire.extraction.statements.bodies import institution_person
from diplowire.extraction.statements.records import _setting, _statement
from diplowire.extraction.statements.references import _PRONOUN
from diplowire.extraction.triggers import SPEECH
from diplowire.models import Person, Statement

_NON_QUOTE = re.compile(r"^[\w\s.'’-]{1,40}$")


_SAID = re.compile(r"\b(?:said|says|told\s+reporters|added|stressed|noted)\b")


SPEECH_WORDS = literals(_SAID)
"""Words one of which every reported-speech attribution holds: the trigger pass reads
them, and only sentences holding one are tried for "X said ..."."""


_THAT = re.compile(r"^\s*(?:on\s+\w+\s+|\w+day\s+)?(?:that\s+)?")


def _attribution(text: str) -> tuple[str, str] | None:
    """Who spoke and what, for "X said (that) ..." and "..., X said"."""
    verb = _SAID.search(text)
    if verb is None:
        return None
    before = text[: verb.start()].rstrip()
    comma = before.rfind(", ")
    if comma >= 12 and verb.start() - comma <= 82:
        # "..., the ministry said": the clause before, the speaker after the comma.
        return before[comma + 2 :], before[:comma]
    if "," not in before and 2 <= len(before) <= 80:
        # "X said (on Monday) (that) ...": the speaker before, the clause after.
        rest = text[verb.end() :]
        return before, rest[_THAT.match(rest).end() :]  # type: ignore[union-attr]
    return None


def _reported(
    context: Context,
    people: PeopleIndex,
    dates: Mapping[int, list[DateMention]],
    cues: Cues,
    triggers: Sequence[int],
    start: int,
) -> list[Statement]:
    """Reported speech: "X said (that) ...", "..., the ministry said"."""
    found: list[Statement] = []
    for sentence in context.sentences:
        if not triggers[sentence.index] & SPEECH:
            continue
        text = sentence.norm
        if "“" in text or '"' in text or "”" in text:
            continue
        attribution = _attribution(text)
        if attribution is None:
            continue
        who, clause = attribution
        clause = clause.strip().rstrip(".")
        if len(clause) < 12:
            continue
        speaker = _reported_speaker(who, sentence, people, cues, text)
        if speaker is None or not clause:
            continue
        setting = _setting(sentence, cues)
        found.append(
            _statement(
                context, start + len(found), speaker, clause, False, sentence, dates, setting
            )
        )
    return found


def _reported_speaker(
    who: str, sentence: Sentence, people: PeopleIndex, cues: Cues, text: str
) -> Person | None:
    at = text.find(who)
    for mention in people.in_sentence(sentence.index):
        if at <= mention.start < at + len(who):
            return mention.entity.person()
    if _NON_QUOTE.match(who) and _PRONOUN.fullmatch(who.strip()):
        entity: Entity | None = people.latest_before(sentence.index)
        return entity.person() if entity is not None else None
    found = institutions_in(who, cues)
    if found and found[0].end >= len(who) - 1:
        return institution_person(found[0], who)
    return None
