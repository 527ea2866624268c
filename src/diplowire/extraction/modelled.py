"""What a model's reading adds to the meetings the rules made, where they left a field
empty: participants' countries and meeting places.

The rules give a person a country from the words they know before and after a name
(:mod:`diplowire.extraction.people`). Where they give none for anyone of a meeting,
a model (:meth:`~diplowire.extraction.readings.Readings.origins_of`) may name the
nationality or country inside the phrase that names the person in a flagged sentence
("Chinese leader Xi Jinping", "Russian dictator Vladimir Putin", "Iran's acting Foreign
Minister, Ali Bagheri"): its NORP and GPE spans, read through the rules' own gazetteer.
A country the rules gave is never overruled, and a person whose phrases name two
countries gets none ("Presidents of Russia and Azerbaijan Vladimir Putin and Ilham
Aliyev").

A meeting the rules found no place for takes the one its cue's "in" or "at" names by
the model's parse and entity spans ("met with Iranian Foreign Minister Abbas Araghchi
in the Kremlin" is not, "held a bilateral meeting at the Tower of London" is: bodies
such as the Kremlin are left out), when the meeting's sentences name one place only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from diplowire.extraction.context import Sentence
from diplowire.extraction.gazetteer import Gazetteer, gazetteer
from diplowire.extraction.people import Entity, Mention, PeopleIndex
from diplowire.extraction.readings import Readings
from diplowire.models import Meeting, Person
from diplowire.models.names import name_key


def fill_countries(meetings: list[Meeting], people: PeopleIndex, readings: Readings) -> None:
    """Give the participants of ``meetings`` the rules left without a country the one
    their own noun phrases name, by the model; the meetings so changed say so in
    ``reader``."""
    wanting: dict[str, Entity] = {}
    for meeting in meetings:
        for person in meeting.participants:
            if person.country is None and not person.institution:
                entity = people.by_key(_key(person))
                if entity is not None and entity.country is None:
                    wanting[entity.key] = entity
    if not wanting:
        return
    codes = _codes(wanting, people, readings)
    filled = {key for key, found in codes.items() if len(found) == 1}
    for key in filled:
        (wanting[key].country,) = codes[key]
    for meeting in meetings:
        keys = [_key(p) for p in meeting.participants]
        if filled.intersection(keys):
            meeting.participants = [
                wanting[key].person() if key in filled and p.country is None else p
                for key, p in zip(keys, meeting.participants, strict=True)
            ]
            meeting.reader = readings.model.name


def _codes(
    wanting: dict[str, Entity], people: PeopleIndex, readings: Readings
) -> dict[str, set[str]]:
    """The countries the model's phrases name for each entity, by key."""
    codes: dict[str, set[str]] = defaultdict(set)
    gaz = gazetteer()
    for index, text in readings.flagged.items():
        mentions: list[Mention] = [
            m for m in people.in_sentence(index) if m.entity.key in wanting and _near(text, m, gaz)
        ]
        if not mentions:
            continue
        answers = readings.origins_of(index, [(m.start, m.end) for m in mentions]) or ()
        for mention, spans in zip(mentions, answers, strict=False):
            for span in spans:
                code = gaz.country_of(_bare(text[span.start : span.end]))
                if code is not None:
                    codes[mention.entity.key].add(code)
    return codes


_BEFORE = 80
_AFTER = 120
"""How far before a name its title and nationality reach, and how far after it its
apposition: no country word there, no question to the model."""


def _near(text: str, mention: Mention, gaz: Gazetteer) -> bool:
    """True when a country or nationality of the gazetteer stands before the name, or
    after it in an apposition or an "of" ("King Abdullah II bin Al Hussein of the
    Hashemite Kingdom of Jordan") (the model's spans are read through the gazetteer: a phrase
    without one of its words can name no country)."""
    before = text[max(0, mention.start - _BEFORE) : mention.start]
    after = text[mention.end : mention.end + _AFTER]
    return gaz.country_in(before) is not None or (
        after.startswith((",", " of ")) and gaz.country_in(after) is not None
    )


def _bare(words: str) -> str:
    """A span's words as the gazetteer writes them: "the United States" -> "United
    States", "Japan's" -> "Japan"."""
    words = words.strip()
    if words[:4].lower() == "the ":
        words = words[4:]
    for ending in ("'s", "’s"):
        words = words.removesuffix(ending)
    return words


def _key(person: Person) -> str:
    return person.key or name_key(person.name)


_PLACE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of|the|de|[A-Z][\w'’.-]*))*")
"""A place's name as printed; not a link or a handle the recogniser took for one
("pic.twitter.com/A8s1Npv8LR")."""
_PLACE_AFTER = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]")
_NOWHERE = frozenset({"phone", "video"})
"""Kinds of meeting held in no one place: "in a phone call with US President Donald
Trump", "talks over the phone ... at his office in Seoul" (the caller's place)."""


def fill_places(
    meetings: list[Meeting],
    readings: Readings,
    sentences: Sequence[Sentence],
    cue: re.Pattern[str],
) -> None:
    """Give the meetings the rules found no place for the one place the ``cue``
    (the meeting cue pattern, on the lower-cased sentence) of each of their flagged
    sentences names by the model; the meetings so changed say so in ``reader``."""
    by_text = {text: index for index, text in readings.flagged.items()}
    for meeting in meetings:
        if meeting.location is not None or meeting.kind in _NOWHERE:
            continue
        found: set[str] = set()
        for source in meeting.sources:
            index = by_text.get(source.text)
            if index is None or source.caption:
                continue
            if not _PLACE_AFTER.search(source.text):
                continue  # no "in" or "at" before a capitalized word: nothing to ask
            cues = [(m.start(), m.end()) for m in cue.finditer(sentences[index].lower)]
            for spans in readings.places_of(index, cues) or ():
                named = (_bare(source.text[s.start : s.end]) for s in spans)
                found.update(place for place in named if _PLACE_NAME.fullmatch(place))
        if len(found) == 1:
            (meeting.location,) = found
            meeting.reader = readings.model.name
