"""Rule-based extraction of meetings, statements and agreements from clean articles.

:func:`extract` runs the steps: split sentences, find people and dates, then one
trigger pass that marks the sentences worth the local patterns of each record type.
The built-in ``rules`` plugin (``diplowire.plugins.defaults.rules``) calls it from the
``diplowire_extract`` hook; replace or complement it with your own extractor plugin.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from diplowire.extraction import (
    agreements,
    home,
    meetings,
    modelled,
    people,
    releases,
    signings,
    statements,
)
from diplowire.extraction import dates as datelib
from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues, cues
from diplowire.extraction.people import PeopleIndex
from diplowire.extraction.readings import PeopleModel, Readings
from diplowire.extraction.triggers import MEETING, PACT, SPEECH, Triggers
from diplowire.models import Article, Meeting, Records
from diplowire.models.kinds import KINDS, AnyRecord, fields

__all__ = ["extract"]


def extract(article: Article, model: PeopleModel | None = None) -> Records:
    """Every meeting, statement and agreement the rules find in ``article``.

    :param model: A model of people and roles to consult (see
        :mod:`diplowire.extraction.readings`): its person spans vouch for names the
        rules see no evidence for, its reporting verbs' subjects name speakers, and its
        parse of a meeting cue's clause chooses the parties. The records it helped make
        say so in ``reader``. None: the rules alone.
    """
    context = Context.of(article)
    if not context.sentences:
        return Records()
    compiled = cues()
    fired = _triggers(compiled).scan(context.sentences)
    readings = Readings.of(model, context.sentences, fired) if model is not None else None
    found_people = people.find(context.sentences, readings)
    date_mentions = datelib.StoryDates([s.norm for s in context.sentences], context.published)
    read = _Read(context, found_people, date_mentions, compiled, fired, readings)
    found = {kind.field: FINDERS[kind.name](read) for kind in KINDS}
    signings.date_signings_by_their_meetings(found["agreements"], found["meetings"])
    return Records(**fields(found), people=[entity.person() for entity in found_people.entities])


@dataclass(frozen=True)
class _Read:
    """What every kind's rules may use of one article, found once for all of them."""

    context: Context
    people: PeopleIndex
    dates: datelib.StoryDates
    cues: Cues
    fired: list[int]
    """Each sentence's trigger families (:mod:`diplowire.extraction.triggers`)."""
    readings: Readings | None


def _meetings(read: _Read) -> list[Meeting]:
    pattern = read.cues.meeting.pattern
    candidates = [
        (s, matches)
        for s in read.context.sentences
        if read.fired[s.index] & MEETING and (matches := list(pattern.finditer(s.lower)))
    ]
    lead = _lead_date(read.context, read.dates)
    found = meetings.find(
        read.context, read.people, read.dates, lead, read.cues, candidates, read.readings
    )
    if read.readings is not None:
        modelled.fill_countries(found, read.people, read.readings)
        modelled.fill_places(found, read.readings, read.context.sentences, pattern)
    home.fill_home_countries(found, read.people, read.context.article)
    return found


FINDERS: dict[str, Callable[[_Read], Sequence[AnyRecord]]] = {
    "meeting": _meetings,
    "statement": lambda read: statements.find(
        read.context, read.people, read.dates, read.cues, read.fired, read.readings
    ),
    "agreement": lambda read: agreements.find(read.context, read.dates, read.fired),
}
"""Per registered kind (:data:`~diplowire.models.kinds.KINDS`), the rules that find its
records in one article."""


_built: tuple[Cues, Triggers] | None = None


def _triggers(compiled: Cues) -> Triggers:
    """The trigger pass for the current cue lexicon (rebuilt when it changes)."""
    global _built
    if _built is None or _built[0] is not compiled:
        _built = (
            compiled,
            Triggers(
                [
                    (MEETING, compiled.meeting.literals, False),
                    (SPEECH, statements.SPEECH_WORDS, True),
                    (PACT, agreements.PACT_WORDS, False),
                    (PACT, agreements.known_acronyms(), True),
                ]
            ),
        )
    return _built[1]


# A paragraph of prose has a sentence of six words or more that ends as sentences end.
# Bylines, editor lines and timestamps printed above the lead ("Editor: ...", "15 March
# 2021, 14:10", "Updated: 22-10-2024 19:44 IST") have none.
_PROSE_WORDS = 6
_CLOSING = "\"'”’)"


def _is_prose(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSING).endswith((".", "!", "?")) and (
        len(text.split()) >= _PROSE_WORDS
    )


def _lead_date(
    context: Context, date_mentions: Mapping[int, list[datelib.DateMention]]
) -> datelib.LeadDay | None:
    """The day the lead paragraph names for its event ("..., the Kremlin said on
    Friday"). A lead that names none leaves its meetings undated: the dateline's day or a
    timestamp is when the story was filed, not when its meeting was held."""
    lead = _lead_sentences(context)
    if not lead:
        return None
    paragraph = lead[0].paragraph
    for sentence in lead:
        main = datelib.fronted_end(sentence.norm)
        for mention in date_mentions.get(sentence.index, []):
            if mention.date and len(mention.date) == 10 and mention.start >= main:
                return datelib.LeadDay(mention, paragraph)
    if context.published is not None and releases.is_official_release(context.article):
        # A government's release of its meeting is that meeting's dated report.
        day = context.published.isoformat()
        return datelib.LeadDay(datelib.DateMention(0, 0, day, day), paragraph)
    return None


def _lead_sentences(context: Context) -> list[Sentence]:
    """The sentences of the lead: the first paragraph of prose in the body."""
    body = [s for s in context.sentences if not s.caption]
    for sentence in body:
        if _is_prose(sentence.text):
            return [s for s in body if s.paragraph == sentence.paragraph]
    return []
