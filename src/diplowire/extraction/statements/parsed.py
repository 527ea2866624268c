"""A model's parse of who speaks a quotation.

When a model read the sentence, the subject of the reporting verb whose clause holds
the quotation names the speaker: a person, a bare name, or a body the rules' lexicon
or the model's entity recogniser knows.
"""

from __future__ import annotations

from diplowire.extraction.cues import Cues, institutions_in
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.people import Mention, bare_name
from diplowire.extraction.readings import Readings
from diplowire.extraction.statements.bodies import _ARTICLE, institution_person
from diplowire.extraction.statements.references import _person_noun
from diplowire.extraction.statements.spans import _MARKS
from diplowire.models import Person


def _parsed_speaker(
    model: Readings,
    index: int,
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    cues: Cues,
) -> Person | None:
    """The speaker of ``text[start:end]`` by a model's parse: the subject of the
    reporting verb whose clause holds it, when that subject names a person or a body
    (a pronoun or a bare description is left to the rules)."""
    # The parser leaves the quotation marks and the closing comma outside the clause.
    words = text[start:end]
    inner = start + len(words) - len(words.lstrip(_MARKS))
    speech = model.speaker_of(index, inner, max(inner, start + len(words.rstrip(_MARKS))))
    if speech is None:
        return None
    low, high = speech.subject
    named = [m for m in mentions if low <= m.start < high]
    if named:
        return named[-1].entity.person()
    subject = text[low:high].strip()
    head = text[speech.head[0] : speech.head[1]] if speech.head else subject.rsplit(None, 1)[-1]
    if _person_noun().fullmatch(head):
        # "the Kremlin spokesman", "spokesperson of the Ministry of External Affairs":
        # the rules know whom the title names.
        return None
    alone = bare_name(subject)
    if alone is not None:
        return Person(name=alone)
    found = institutions_in(subject, cues)
    if not found:
        return _recognised_body(model, index, subject, low, speech.head)
    body = institution_person(found[-1])
    # The parse gives the whole phrase: "the Prime Minister's Office", not "Office".
    whole = _ARTICLE.sub("", subject)
    if len(whole) > len(body.name) and whole.endswith(body.name):
        return Person(name=whole, country=body.country, institution=True)
    return body


_BODIES = frozenset({"ORG", "GPE"})


def _recognised_body(
    model: Readings, index: int, subject: str, at: int, head: tuple[int, int] | None
) -> Person | None:
    """A reporting verb's subject the rules' lexicon does not know as a body, when the
    model's entity recogniser reads its head word as one: an organization ('"...," the
    MEA had said') or a country speaking as a state ("Bahrain, which has accused Iran
    of ..., said late Tuesday that ..."); not one whose words someone else reports ("Lin added
    that China hopes ...")."""
    name = _ARTICLE.sub("", subject)
    if head is None or not name[:1].isupper():
        return None  # a body's name is capitalized: "officials", "the report" ask nothing
    if model.label_at(index, *head) not in _BODIES:
        return None
    if model.reported(index, at, at + len(subject)):
        return None
    return Person(name=name, country=gazetteer().country_in(name), institution=True)
