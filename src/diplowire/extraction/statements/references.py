"""Whom a pronoun, a title or a description means.

"he", "she", "it", "the minister", "the spokesman" and "the official" are resolved to
the person or body named or quoted just before: the last quotation's speaker, the
person last named with that title, or the unnamed speaker the story introduced.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues, institutions_in
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.people import Entity, Mention, PeopleIndex
from diplowire.extraction.statements.bodies import _body_voice, institution_person
from diplowire.extraction.statements.spans import _OPENING_MARKS, _quoted_in
from diplowire.models import Person

_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")


_PRONOUN_AT_END = re.compile(r"\b(he|she|He|She)(?:\s+\w+){0,2}\s*$")


_GENDER = {"he": "m", "she": "f"}


@cache
def _person_noun() -> re.Pattern[str]:
    """A noun that makes a description a speaker's ("the spokesman", "the minister")."""
    nouns = "|".join(lexicon.words("cues", "speakers", "nouns"))
    return re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)


def _opens_paragraph(sentence: Sentence, context: Context) -> bool:
    """Whether ``sentence`` opens a paragraph that holds nothing but quoted words: 'The
    Prime Minister said the summit reflected how far Fiji had come.' then '“Now we can
    talk on the world stage ...”' — the paragraph before reports whose they are."""
    paragraph = context.article.paragraphs[sentence.paragraph].strip()
    return (
        paragraph.startswith(_OPENING_MARKS)
        and paragraph.endswith(("”", '"', "’"))
        and paragraph.count("“") + paragraph.count('"') + paragraph.count("‘") <= 2
        and context.article.paragraphs[sentence.paragraph].lstrip().startswith(sentence.text[:20])
    )


def _reporter_before(
    sentence: Sentence, context: Context, people: PeopleIndex, cues: Cues
) -> Person | None:
    """The subject of the sentence before ``sentence`` in its paragraph, when that
    sentence reports speech and names someone outside quotation marks first."""
    if sentence.index == 0:
        return None
    before = context.sentences[sentence.index - 1]
    if before.caption:
        return None
    if before.paragraph != sentence.paragraph and not _opens_paragraph(sentence, context):
        return None
    verbs = list(cues.speech.finditer(before.lower))
    if not verbs:
        return None
    verb = verbs[-1]
    quoted = _quoted_in(context)
    named = [
        m
        for m in people.in_sentence(before.index)
        if m.end <= verb.start() and not quoted(before.index, m)
    ]
    if not named:
        return _described_reporter(before, verbs[0].start(), people, quoted)
    # '..., Schiff said.': the name next to the verb, not the clause's subject (Kerry).
    last = named[-1]
    chosen = last if not before.norm[last.end : verb.start()].strip() else named[0]
    return chosen.entity.person()


_SUBJECT_DESCRIPTION = re.compile(r"\s*(?:[Tt]he)\s+(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)\s*$")


def _described_reporter(
    before: Sentence, verb_at: int, people: PeopleIndex, quoted: Callable[[int, Mention], bool]
) -> Person | None:
    """The titled person a description that opens the reporting sentence means: "The
    Prime Minister said the summit reflected how far Fiji had come." before '“Now we
    can talk on the world stage ...”'."""
    described = _SUBJECT_DESCRIPTION.fullmatch(before.norm, 0, verb_at)
    noun = _person_noun().search(described.group("np")) if described is not None else None
    if described is None or noun is None:
        return None
    title = described.group("np") if _holds_title(described.group("np")) else noun.group(0)
    entity = _latest_titled(
        people,
        before.index,
        title,
        before=None,
        country=gazetteer().country_in(described.group("np")),
        quoted=quoted,
    )
    return entity.person() if entity is not None else None


def _holds_title(words: str) -> bool:
    """Whether ``words`` are a whole title ("Prime Minister"), not a noun and its
    qualifiers ("Russian president")."""
    return all(word[:1].isupper() for word in words.split()) and len(words.split()) > 1


_IT_AT_END = re.compile(r"(?:^|[\s,”\"])(?:it|It)(?:\s+(?:also|then|later))?\s*$")


def _recent_body(recent: tuple[int, Person], sentence: Sentence) -> Person | None:
    """The last quotation's speaker, when a body spoke it just before: whom "it" means."""
    at, who = recent
    if who.institution and 0 <= sentence.index - at <= RECENT_REACH:
        return who
    return None


def _body_subject_before(sentence: Sentence, context: Context, cues: Cues) -> Person | None:
    """The body that opens the sentence before in its paragraph and reports speech there
    ("The Saudi Foreign Ministry said the two officials reviewed ...")."""
    if sentence.index == 0:
        return None
    before = context.sentences[sentence.index - 1]
    if before.caption or before.paragraph < sentence.paragraph - 1:
        return None
    bodies = institutions_in(before.norm[:80], cues)
    if not bodies or before.norm[: bodies[0].start].strip():
        return None
    verb = cues.speech.search(before.lower, bodies[0].end)
    if verb is None or before.norm[bodies[0].end : verb.start()].strip():
        return None
    return institution_person(bodies[0], before.norm)


RECENT_REACH = 2
"""How many sentences back the last quotation's speaker is whom "he added" means."""


def _recent_speaker(
    recent: tuple[int, Person],
    sentence: Sentence,
    pronoun_at: int,
    verb_at: int,
    gender: str,
    people: PeopleIndex,
    context: Context,
) -> Person | None:
    """The last quotation's speaker, for a pronoun that attributes the next one just
    after it ('"...," said the Russian president. "...," he stressed'), when no one else
    is named between them outside quotation marks, or the verb carries the speaker on
    ('Johnson has spoken to Lavrov, "and looks forward to ...," he added' after a
    spokesman's quotation); not a man for "she", nor a woman for "he"."""
    at, who = recent
    carries_on = _continuing().match(sentence.norm, verb_at) is not None
    # "he continued" carries the speaker over a sentence or two of the story between.
    reach = RECENT_TITLED_REACH if carries_on else RECENT_REACH
    if not 0 <= sentence.index - at <= reach:
        return None
    if context.sentences[at].paragraph < sentence.paragraph - (2 if carries_on else 1):
        return None
    known = None if who.institution else people.by_key(who.key)
    if known is not None and known.gender not in (None, gender):
        return None
    if carries_on:
        return who
    quoted = _quoted_in(context)
    between = [
        m
        for index in range(at + 1, sentence.index + 1)
        for m in people.in_sentence(index)
        if not quoted(index, m) and (index < sentence.index or m.start < pronoun_at)
    ]
    return who if not between else None


_DEFINITE = re.compile(r"\s*the\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s*$", re.IGNORECASE)


def _described_again(
    verb: str, post: str, recent: tuple[int, Person] | None, sentence: Sentence
) -> Person | None:
    """The last quotation's speaker, when the next is given to "the official" or "the
    spokesman" by a verb that carries the speaker on ('"...," added the official' after
    '"...," a State Department spokesperson said')."""
    if recent is None or not 0 <= sentence.index - recent[0] <= RECENT_REACH:
        return None
    described = _DEFINITE.match(post)
    if described is None or not _continuing_end().search(verb):
        return None
    noun = described.group("noun")
    if not (_body_voice().fullmatch(noun) or _person_noun().fullmatch(noun)):
        return None
    return recent[1]


@cache
def _continuing_end() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "continuing"))
    return re.compile(rf"\b(?:{words})\s*$", re.IGNORECASE)


@cache
def _continuing() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "continuing"))
    return re.compile(rf"\W*(?:also\s+|then\s+)?(?:{words})\b", re.IGNORECASE)


def _latest_titled(
    people: PeopleIndex,
    index: int,
    noun: str,
    *,
    before: int | None,
    country: str | None,
    quoted: Callable[[int, Mention], bool],
    recent: tuple[int, Person] | None = None,
) -> Entity | None:
    """The person last named with the title ``noun``, or with a title it stands for in
    news copy ("the premier" for a Prime Minister); first the speaker of a quotation just
    before who holds it ("'...,' the minister said" after Senator Evans's words, though
    the paragraph between names Indonesia's foreign minister)."""
    titles = (noun, *_title_synonyms().get(noun.lower(), ()))
    if recent is not None and 0 <= index - recent[0] <= RECENT_TITLED_REACH:
        speaker = people.by_key(recent[1].key) if not recent[1].institution else None
        held = f" {(speaker.title or '').lower()} " if speaker is not None else ""
        if (
            speaker is not None
            and any(f" {t.lower()} " in held for t in titles)
            and (country is None or speaker.country in (None, country))
        ):
            return speaker
    for title in titles:
        entity = people.latest_titled(index, title, before=before, country=country, quoted=quoted)
        if entity is not None:
            return entity
    return None


def _recent_person(
    recent: tuple[int, Person] | None, sentence: Sentence, people: PeopleIndex
) -> Entity | None:
    """The person whose quotation came just before, whom a description no one is titled
    with most likely means ("'...,' the minister said" after Senator Evans's words, when
    only the appositive called him a minister)."""
    if recent is None or recent[1].institution:
        return None
    if not 0 <= sentence.index - recent[0] <= RECENT_TITLED_REACH:
        return None
    return people.by_key(recent[1].key)


RECENT_TITLED_REACH = 4
"""How many sentences back a quotation's speaker is whom a matching title means first."""


@cache
def _title_synonyms() -> dict[str, list[str]]:
    return lexicon.entry("cues", "speakers", "title_synonyms", shape=dict[str, list[str]])


def _introduced(context: Context, index: int, noun: str) -> str | None:
    """The description that brought an unnamed ``noun`` into the story in the sentences
    just before ``index`` ("a spokesman for the Turkish Foreign Ministry"), if any."""
    pattern = _introduction(noun.lower())
    for earlier in reversed(context.sentences[max(0, index - _INTRODUCED_REACH) : index + 1]):
        found = pattern.search(earlier.norm)
        if found is not None:
            return found.group(1).strip()
    return None


@cache
def _introduction(noun: str) -> re.Pattern[str]:
    """ "a spokesman for the Turkish Foreign Ministry": an unnamed ``noun`` brought in,
    with what it speaks for (compiled once per noun, not once per quotation)."""
    return re.compile(
        rf"\b(?:[Aa]|[Aa]n)\s+((?:[\w-]+\s+){{0,3}}(?i:{re.escape(noun)})"
        r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)"
    )


_INTRODUCED_REACH = 3
"""How many sentences back an unnamed speaker's introduction is looked for."""
