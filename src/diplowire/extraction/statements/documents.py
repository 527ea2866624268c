"""Documents and sources that words are attributed to.

A quotation given to "the statement" or "the report" is the words of the body or
person who issued it, named nearby; "according to" and "in which" name a source or a
document's issuer before the quoted words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues, Institution, institutions_in
from diplowire.extraction.people import Mention, PeopleIndex, bare_name
from diplowire.extraction.statements.bodies import _ARTICLE, institution_person
from diplowire.extraction.statements.spans import _outside_quotations
from diplowire.models import Person


@cache
def _document() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


@cache
def _according_to_document() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(
        rf"\baccording\s+to\s+(?:the|a|an|its|his|her|their)\s+(?P<doc>{words})\s*,",
        re.IGNORECASE,
    )


@cache
def _according_to_someone() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(
        rf"\baccording\s+to\s+(?:(?:the|a|an|its|his|her|their)\s+(?:{words})\s+(?:by|from)\s+)?"
        r"(?P<who>[^,;“”\"]{2,80}?)\s*(?:,|$)",
        re.IGNORECASE,
    )


def _according_to_source(
    text: str, at: int, mentions: list[Mention], sentence: Sentence, cues: Cues
) -> Person | None:
    """The person "according to" names before a quotation in the sentence: 'President
    Buhari, according to a statement by his media aide, Garba Shehu, accepted ... to
    "consider ..."' (the aide's words); not when a reporting verb comes between them
    ('According to officials, Putin said "..."': his words)."""
    found = _according_to_someone().search(text, 0, at)
    if found is None or cues.speech.search(sentence.lower, found.end(), at) is not None:
        return None
    named = [m for m in mentions if found.start("who") <= m.start < found.end("who")]
    if named:
        return named[0].entity.person()
    # "his media aide, Garba Shehu,": the name set off after the description.
    apposed = _APPOSED_NAME.match(text, found.end(), at)
    if apposed is not None:
        later = [m for m in mentions if m.start == apposed.start("name")]
        if later:
            return later[0].entity.person()
        if bare_name(apposed.group("name")) is not None:
            return Person(name=apposed.group("name"))
    return None


_APPOSED_NAME = re.compile(r"\s*(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\s*,")


@cache
def _issuing() -> re.Pattern[str]:
    """A sentence that can name who issued a document: one naming a document, or one
    reporting what a body said ('..., the press service of the head of the republic
    reported on Thursday' before '"...," the report said')."""
    words = [
        *lexicon.words("cues", "speakers", "documents"),
        *lexicon.words("cues", "speakers", "issuing"),
    ]
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


DOCUMENT_REACH = 3
"""How many sentences back "the statement" is looked for the body that issued it."""


def _document_author(
    context: Context,
    index: int,
    speaker: Person,
    spoken: list[tuple[int, Person]],
    cues: Cues,
    people: PeopleIndex,
) -> Person:
    """The body or person who issued the document a quotation is attributed to ("...,"
    the statement said): a body named beside the document just before, outside its
    quotations ('said a statement published on the Russian Foreign Ministry website',
    'a foreign ministry statement said'), else the speaker of a quotation there ('...,"
    the Prime Minister's Office said in a statement'). Any other speaker is kept."""
    if not speaker.institution or not _document().fullmatch(_ARTICLE.sub("", speaker.name)):
        return speaker
    for earlier in range(index - 1, max(-1, index - DOCUMENT_REACH - 1), -1):
        sentence = context.sentences[earlier]
        if sentence.caption or not _issuing().search(sentence.norm):
            continue
        outside = _outside_quotations(sentence.norm)
        bodies = [b for b in institutions_in(outside, cues) if not _document().search(b.phrase)]
        if bodies:
            # The body next to the document or the verb, not one the report is about
            # ('... the Council of Heads of State, the Kazakh presidential press service
            # said').
            cues_at = [m.start() for m in _issuing().finditer(outside)]
            return institution_person(min(bodies, key=lambda b: _distance(b, cues_at)), outside)
        quoted_there = [who for at, who in spoken if at == earlier and who is not speaker]
        if quoted_there:
            return quoted_there[-1]
        writer = _writer(outside, earlier, people)
        if writer is not None:
            return writer
    return speaker


def _writer(text: str, index: int, people: PeopleIndex) -> Person | None:
    """The person a document is from: 'a letter from Debashree Mukherjee, India's
    Secretary of Water Resources'."""
    for document in _document_from().finditer(text):
        for mention in people.in_sentence(index):
            if mention.start == document.end():
                return mention.entity.person()
    return None


@cache
def _document_from() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(rf"\b(?:{words})\s+(?:from|by)\s+", re.IGNORECASE)


def _distance(body: Institution, points: list[int]) -> int:
    return min((min(abs(p - body.start), abs(p - body.end)) for p in points), default=0)


_THE_DOCUMENT_AT_END = re.compile(r"\bthe\s+((?:[\w-]+\s+)?[\w-]+)\s*$", re.IGNORECASE)


_ACCORDING_AFTER = re.compile(
    r"[\s,]*according\s+to\s+(?P<who>[^,;“”\"]{2,100}?)\s*(?:[,.;]|$)", re.IGNORECASE
)


def _named_source(
    text: str, start: int, end: int, mentions: list[Mention], cues: Cues
) -> Person | None:
    """Whom a source phrase names: a person, else a body that is not the document it
    issued ("a South Korean foreign ministry statement" is the ministry's)."""
    named = [m for m in mentions if start <= m.start < end]
    if named:
        return named[0].entity.person()
    phrase = text[start:end]
    bodies = [
        b
        for b in institutions_in(phrase, cues)
        if not _document().fullmatch(_ARTICLE.sub("", b.phrase))
    ]
    return institution_person(bodies[0], phrase) if bodies else None


@cache
def _document_in_which() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "documents"))
    return re.compile(rf"\b(?:{words})\b(?P<rest>[^“”\"]{{0,80}}?),?\s+in\s+which\b", re.IGNORECASE)


_ISSUED = re.compile(r"\b(?:issued|released|published|sent|carried)\s+(?:a|an|the|its|his|her)\s+")


_OWNER = re.compile(r"'s?\s+(?:[\w-]+\s+){0,3}$")


def _issuer_of_document_in_which(
    text: str, clause: int, at: int, mentions: list[Mention], cues: Cues
) -> Person | None:
    """Who issued the document whose words a clause "in which ..." quotes: 'the Kremlin
    issued a statement in which Russian dictator Putin "expressed condolences ..."' (the
    Kremlin), 'Medvedev's New Year message to Kim Jong-un, in which the Russian politician
    expressed hopes for "new possibilities"' (Medvedev)."""
    found = _last(_document_in_which().finditer(text, clause, at))
    if found is None:
        return None
    before = text[: found.start()]
    owners = [m for m in mentions if m.end <= found.start() and _OWNER.fullmatch(before, m.end)]
    if owners:
        return owners[-1].entity.person()
    issued = _last(_ISSUED.finditer(before))
    if issued is None or issued.end() != found.start():
        return None
    subject = before[clause : issued.start()]
    named = [m for m in mentions if clause <= m.start < issued.start()]
    if named:
        return named[-1].entity.person()
    bodies = institutions_in(subject, cues)
    return institution_person(bodies[-1], subject) if bodies else None


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - the loop keeps the last
        pass
    return found


def _writer_in(post: str) -> Person | None:
    """The name a document's "from" or "by" ends on, after the verb: "a brief statement
    from undersecretary of State Steve Goldstein"."""
    found = _document_from().search(post)
    if found is None:
        return None
    tokens = post[found.end() :].split()
    for size in (2, 3, 1):
        if len(tokens) >= size:
            alone = bare_name(" ".join(tokens[-size:]).rstrip(".,;:"))
            if alone is not None:
                return Person(name=alone)
    return None
