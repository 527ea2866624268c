"""Who speaks in the subject phrase of a reporting verb.

:func:`_subject` reads a stretch of a sentence (the words before "said", after a
quotation, or a clause's subject) for a person, a pronoun, a body, a state or a
description, and skips names that only sit in a relative clause or an apposition.
"""

from __future__ import annotations

import re

from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues, institutions_in
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.people import Mention, PeopleIndex, bare_name
from diplowire.extraction.releases import release_country
from diplowire.extraction.statements.bodies import (
    _BODY_ACRONYM,
    _name_as_modifier,
    _named_body,
    _owned_by,
    _state_subject,
    institution_person,
)
from diplowire.extraction.statements.documents import _THE_DOCUMENT_AT_END, _document
from diplowire.extraction.statements.references import (
    _GENDER,
    _IT_AT_END,
    _PRONOUN,
    _PRONOUN_AT_END,
    _body_subject_before,
    _introduced,
    _latest_titled,
    _person_noun,
    _recent_body,
    _recent_person,
    _recent_speaker,
)
from diplowire.extraction.statements.spans import _quoted_in
from diplowire.models import Person

_ONLY_ARTICLE = re.compile(r"\s*(?:the\s+)?")
"""What may stand between a comma and the body after it: "..., the State Department"."""

_WHO_AT_END = re.compile(r",\s*who\s+(?:\w+\s+){0,2}$")


_RELATIVE = re.compile(r",\s*(?:who|whose|which|where)\b[^,]*,")


_DESCRIPTION = re.compile(
    r"(?P<article>\b(?:the|a|an))\s+(?P<np>[^,;\"“”]{3,90}?)\s*,?\s*$", re.IGNORECASE
)


def _subject(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    sentence: Sentence,
    people: PeopleIndex,
    cues: Cues,
    context: Context,
    *,
    first: bool = False,
    quote_start: int | None = None,
    recent: tuple[int, Person] | None = None,
) -> Person | None:
    """Who speaks in ``text[start:end]``: a person, a pronoun, a body or a description;
    a description is never a person the quotation at ``quote_start`` names."""
    phrase = text[start:end]
    relative = _WHO_AT_END.search(phrase)
    if relative is not None:
        # "Marcos, who called it "a landmark"": the person before the relative pronoun.
        before = [m for m in mentions if m.end <= start + relative.start()]
        if before:
            return before[-1].entity.person()
    if _IT_AT_END.search(phrase) is not None:
        # '"...," it added on X' after the ministry's words: the body that spoke last.
        body = _recent_body(recent, sentence) if recent is not None else None
        body = body or _body_subject_before(sentence, context, cues)
        if body is not None:
            return body
    pronoun = _PRONOUN_AT_END.search(phrase)
    if pronoun is not None:
        gender = _GENDER[pronoun.group(1).lower()]
        if recent is not None:
            carried = _recent_speaker(
                recent, sentence, start + pronoun.start(), end, gender, people, context
            )
            if carried is not None:
                return carried
        entity = people.subject_before(
            sentence.index,
            start + pronoun.start(),
            gender=gender,
            quoted=_quoted_in(context),
            # '"...," he had told Channels Television' after 'Garba Shehu ... had
            # described': the last sentence's subject, though no title gave his sex.
            marked_first=False,
        )
        return entity.person() if entity is not None else None
    inside = [
        m
        for m in mentions
        if start <= m.start < end
        and not _in_relative_clause(text, m.start)
        and not _described_in_apposition(text, m, mentions)
    ]
    if inside and not first:
        # "... talks with the country's leader Kim Jong Un, the State Department said":
        # the body set off by a comma after the last name is the verb's subject.
        after = text[inside[-1].end : end]
        comma = after.rfind(",")
        tail = after[comma + 1 :] if comma >= 0 else ""
        bodies = institutions_in(tail, cues) if tail else []
        if (
            bodies
            and _ONLY_ARTICLE.fullmatch(tail, 0, bodies[-1].start)
            and not tail[bodies[-1].end :].strip()
        ):
            return institution_person(bodies[-1], tail)
    if inside:
        chosen = inside[0] if first else inside[-1]
        office = _owned_by(text, chosen, end) if chosen is inside[-1] else None
        # "A Trump administration official explained Thursday that ...": the name only
        # qualifies the body whose person speaks.
        body = _name_as_modifier(text, chosen, end, cues) if chosen is inside[-1] else None
        return office or body or chosen.entity.person()
    alone = bare_name(phrase.strip(" ,")) if not first else None
    if alone is not None:
        # 'Price added that Blinken also expressed ...': a name the story never gave
        # in full is still the verb's whole subject.
        return Person(name=alone)
    if _PRONOUN.search(phrase):
        entity = people.subject_before(sentence.index, end, quoted=_quoted_in(context))
        return entity.person() if entity is not None else None
    described = _DESCRIPTION.search(phrase)
    noun = _person_noun().search(described.group(0)) if described is not None else None
    if described is not None and noun is not None and _owns(described.group(0), noun.end()):
        # "the Prime Minister's Office": the office the title owns speaks, not whoever
        # holds the title.
        np = described.group("np").strip()
        return Person(name=np, country=gazetteer().country_in(np), institution=True)
    if described is not None and noun is not None:
        # "the embassy spokesperson": the embassy named just before speaks.
        named_body = _named_body(institutions_in(phrase, cues), phrase, sentence, context, cues)
        if named_body is not None:
            return named_body
    if described is not None and described.group("article").lower() == "the" and noun:
        # "the spokesman": the person last named with that title; else the unnamed one
        # the story brought in before ("a spokesman for the Turkish Foreign Ministry told
        # Sputnik"); else the person last named ("the top government spokesman" after
        # Chief Cabinet Secretary Yoshihide Suga).
        # "the South African President": of that country, when the story says whose.
        # "the President said" in the Ukrainian presidency's own readout: its president.
        country = gazetteer().country_in(described.group(0)) or release_country(context.article)
        entity = _latest_titled(
            people,
            sentence.index,
            noun.group(0),
            before=quote_start,
            country=country,
            quoted=_quoted_in(context),
            recent=recent,
        )
        if entity is not None:
            return entity.person()
        introduced = _introduced(context, sentence.index, noun.group(0))
        if introduced is not None:
            return Person(name=introduced, institution=True)
        entity = _recent_person(recent, sentence, people) or people.latest_before(
            sentence.index, quoted=_quoted_in(context)
        )
        if entity is not None and (country is None or entity.country in (None, country)):
            # Not someone of another country than the description's: '"Sheikh Nawaf
            # ...," the Emir of Kuwait said' after the Saudi crown prince.
            return entity.person()
    found = institutions_in(phrase, cues)
    if found:
        named_body = _named_body(found, phrase, sentence, context, cues)
        return named_body or institution_person(found[-1], phrase)
    state = _state_subject(phrase)
    if state is not None:
        return state
    acronym = _BODY_ACRONYM.search(phrase)
    if acronym is not None:
        # '"...," the MEA had said': a body by its acronym.
        name = acronym.group("name")
        return Person(name=name, country=gazetteer().country_names.get(name), institution=True)
    document = _THE_DOCUMENT_AT_END.search(phrase)
    if document is not None and _document().fullmatch(document.group(1)):
        # '"...," the report said': find() gives it to the body that issued it.
        return Person(name=document.group(1), institution=True)
    if described is not None and described.group("article").lower() in ("a", "an"):
        return Person(name=described.group("np").strip(), institution=True)
    return None


_POSSESSIVE_NOUN = re.compile(r"'s?\s+\S")


def _owns(description: str, at: int) -> bool:
    """Whether the title ending at ``at`` owns the noun after it ("Minister's Office")."""
    return _POSSESSIVE_NOUN.match(description, at) is not None


def _in_relative_clause(text: str, at: int) -> bool:
    return any(m.start() < at < m.end() for m in _RELATIVE.finditer(text))


# A description set off by commas after a name: ", a close ally of President Vladimir
# Putin,", ", Chancellor Scholz's spokesman,".
_APPOSITIVE = re.compile(
    r",\s*(?:(?:a|an|the)\s+[^,;“”\"]{2,80}?|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*'s\s+"
    r"[a-z][^,;“”\"]{1,60}?),"
)


def _described_in_apposition(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether ``mention`` only describes the person named before it ("Medvedev, a close
    ally of President Vladimir Putin, described ..."): the one described speaks."""
    for appositive in _APPOSITIVE.finditer(text, 0, mention.start + 200):
        if appositive.start() < mention.start < appositive.end() and any(
            other.end <= appositive.start() and text[other.end : appositive.start()].strip() == ""
            for other in mentions
        ):
            return True
    return False
