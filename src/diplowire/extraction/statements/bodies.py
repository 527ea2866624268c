"""Bodies that speak: ministries, offices, news outlets and states.

Turns a matched institution into a speaking :class:`~diplowire.models.Person` (with
its country and, for an outlet, its own name), and reads the phrases where a body
speaks for or through a person: "Erdogan's office", "a Trump administration
official", "a ministry spokesman" after the ministry was named.
"""

from __future__ import annotations

import re
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues, Institution, institutions_in
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.people import Mention
from diplowire.extraction.statements.spans import _outside_quotations
from diplowire.models import Person

# A possessive and the lower-case noun phrase it owns, to the end of a speaker phrase.
# Capitalized too: "the Prime Minister's Office said" (a name after the possessive would
# itself be the mention nearest the verb).
_OWNED = re.compile(r"['’]s?\s+(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*(?=\s*$)")


def _owned_by(text: str, mention: Mention, end: int) -> Person | None:
    """The body a person's possessive names as the speaker, when the possessive and its
    noun phrase fill the rest of the speaker phrase up to ``end``: "Erdogan's office
    said", "a statement posted on the website of Biden's transition team said" — the
    office speaks, not the person who owns it."""
    owned = _OWNED.match(text, mention.end, end)
    if owned is None:
        return None
    return Person(name=text[mention.start : owned.end()].strip(), institution=True)


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
"""An article before a name that qualifies a body, perhaps past a word or two of its own
("a former Trump administration official")."""
_ARTICLE_REACH = 30


def _name_as_modifier(text: str, mention: Mention, end: int, cues: Cues) -> Person | None:
    """An unnamed speaker that a name only qualifies, up to ``end``: "a Trump
    administration official said", "a Biden campaign spokesman" — a body's or a
    government's person, not the one named."""
    article = _ARTICLE_BEFORE.search(text, max(0, mention.start - _ARTICLE_REACH), mention.start)
    rest = text[mention.end : end]
    if article is None or rest[:1] != " " or not rest.strip()[:1].islower():
        return None
    bodies = institutions_in(rest, cues)
    if not bodies or rest[bodies[-1].end :].strip():
        return None
    return Person(name=text[article.start() : end].strip(), institution=True)


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


# A clause's subject set off before its verb: "Bahrain, which has accused Iran of ...,",
# "Oman, a Gulf Arab nation that helped mediate talks,", "the United States".
_STATE_SUBJECT = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*(?:,|$)"
)


_BODY_ACRONYM = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z]{2,6})\s*$")


BODY_REACH = 2
"""How many sentences back "a ministry spokesman" looks for the ministry named."""


def _named_body(
    found: list[Institution], phrase: str, sentence: Sentence, context: Context, cues: Cues
) -> Person | None:
    """The body named just before that a generic one means: '"...," a ministry spokesman
    said' after 'The Azerbaijani Foreign Ministry essentially confirmed the information'
    is that ministry's."""
    if len(found) < 2 or not _body_voice().fullmatch(_ARTICLE.sub("", found[-1].phrase)):
        return None
    voice = found[-1]
    body = found[-2]
    if phrase[body.end : voice.start].strip() or body.adjective is not None:
        return None
    head = _ARTICLE.sub("", body.phrase).lower()
    if " " in head:
        # "a State Department spokesperson": the body says which already.
        whole = _ARTICLE.sub("", phrase[body.start : voice.end].strip())
        return Person(name=whole, country=institution_person(body).country, institution=True)
    for earlier in range(sentence.index - 1, max(-1, sentence.index - BODY_REACH - 1), -1):
        before = context.sentences[earlier]
        if before.caption:
            continue
        outside = _outside_quotations(before.norm)
        named = [
            b
            for b in institutions_in(outside, cues)
            if b.phrase.lower().endswith(head) and b.adjective is not None
        ]
        if named:
            return institution_person(named[-1], outside)
    return None


@cache
def _body_voice() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "body_voices"))
    return re.compile(rf"(?:{words})", re.IGNORECASE)


def _state_subject(phrase: str) -> Person | None:
    """A country that speaks as a state, when its name is the reporting verb's subject."""
    found = _STATE_SUBJECT.match(phrase)
    if found is None:
        return None
    code = gazetteer().country_names.get(found.group("name"))
    if code is None:
        return None
    return Person(name=found.group("name"), country=code, institution=True)


def institution_person(body: Institution, text: str | None = None) -> Person:
    """A body that speaks: "the Japanese Foreign Ministry", "a Japanese official"; a
    news outlet by the name ``text`` gives it beside its kind ("Iranian news agency
    IRNA", "Asharq Al-Awsat newspaper"), not as "news agency"."""
    phrase = re.sub(r"^(?:the|a|an)\s+", "", body.phrase, flags=re.IGNORECASE)
    adjective = body.adjective
    country = gazetteer().country_of(adjective.removesuffix("'s")) if adjective else None
    name = _outlet_name(text, body) if text is not None else None
    return Person(name=name or phrase, country=country, institution=True)


_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")


# Capitalized words and capitalized parts after hyphens: "Asharq Al-Awsat", not the
# "Saudi-owned" before it.
_NAME_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w']*(?:-[A-Z][\w']*)*\s+){1,4})$")


_CALENDAR = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|The|A|An|On|In)$"
)


def _outlet_name(text: str, body: Institution) -> str | None:
    """The proper name beside a news outlet's kind in ``text``: after it ("news agency
    TASS", "the Azerbaijani news agency Turan") or, without a nationality, before it
    ("Xinhua news agency"). A country or a day is not the name."""
    kind = _ARTICLE.sub("", body.phrase)
    if not _media().search(kind):
        return None
    after = _NAME_AFTER.match(text, body.end)
    if after is not None:
        return _proper_name(after.group("name"))
    if body.adjective is None and body.phrase[:1].islower():
        before = _NAME_BEFORE.search(text, 0, body.start)
        if before is not None:
            return _proper_name(before.group("name"))
    return None


def _proper_name(words: str) -> str | None:
    tokens = words.split()
    while tokens and _CALENDAR.match(tokens[-1]):
        tokens.pop()  # "the agency TASS Tuesday": up to the day
    name = " ".join(tokens)
    if not name or _CALENDAR.match(tokens[0]) or gazetteer().country_in(name) is not None:
        return None
    return name


@cache
def _media() -> re.Pattern[str]:
    """The kinds of news outlet a name goes with ("news agency", "newspaper")."""
    words = "|".join(lexicon.words("cues", "speakers", "media"))
    return re.compile(rf"^(?:[\w-]+\s+){{0,2}}?(?:{words})$", re.IGNORECASE)
