"""Meetings: who met whom, when, where, for how long, in what format.

Each sentence with a meeting cue gives a *mention*: the people it names (or refers to as
"the pair", "his Japanese counterpart"), a date, a place, a duration, a kind and a format.
Mentions naming two or more people become meetings; mentions naming fewer add their
details to the meeting they refer to ("Friday's meeting was just shy of two and a half
hours"). Denied or imagined meetings ("There was no discussion of X meeting Y") are
skipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.clauses import clause_of
from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import FORMATS, Cues, duration_minutes
from diplowire.extraction.dates import (
    MONTHS,
    NUMBER_WORDS,
    DateMention,
    LeadDay,
    fronted_end,
    shift_day,
)
from diplowire.extraction.dates import find as find_dates
from diplowire.extraction.gazetteer import alternation, gazetteer
from diplowire.extraction.people import Entity, Mention, PeopleIndex
from diplowire.extraction.prefilter import gated
from diplowire.extraction.readings import Parties, Readings
from diplowire.models import Evidence, Meeting, MeetingFormat, MeetingKind

# How far (in characters) a cue reaches to the words that qualify it.
_REACH = 60
_OPENER_REACH = 16
"""How far before a cue's clause the word that opens it may stand ("whether", "unless",
"during which")."""
MAX_CUES = 8
"""The most meeting cues one sentence may hold and still be read: real sentences hold at
most four; one with more is a list of words (tags, a keyword dump), not a report, and
reading it cue by cue would cost the square of its cues."""
# "the fourth meeting this year": a count over a period, not the meeting's date.
_COUNTING = re.compile(r"this\s+(?:year|month)$", re.IGNORECASE)
_WEEKDAY = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
_POSSESSOR = re.compile(r"(?:[A-Z][\w-]*['’]s?|\b[Tt]heir)\s+(?:\w+\s+)?$")
_UNNAMED_PARTY = re.compile(
    r"\s+with\s+(?:his|her|their|the|a|an|senior|top|visiting)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:counterparts?|officials|diplomats|delegations?|envoys|ministers|leaders|"
    r"representatives|negotiators)\b"
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|He|She)\s+(?:\w+\s+){0,2}$|\b(?:he|she|He|She)\b")
_NOUN_REACH = 32
"""Characters before a date searched for another event's noun ("deal signed in ")."""
_FRONTED_MEETING = re.compile(
    r"\s*(?:(?:In|During|At)|(?:Speaking|Talking)\s+(?:in|during|at|on))"
    r"\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}$"
)
"""The words before a meeting noun that opens the sentence as a phrase of its own ("In a
telephone conversation with ...", "Speaking in a video call with ...")."""
_INTO_VERB = re.compile(r"\s+(?:[a-z]+ed|said|says|told)\b")
_RELATIVE_WHO = re.compile(r",\s*who\s+$")
_WHERE_BEFORE = re.compile(r",\s*where\s+$")
_RELATIVE_CLAUSE = re.compile(r",\s+who\s[^,;]{1,120},")


def _in_closed_relative(text: str, at: int, cue: int) -> bool:
    """ "The prime minister, who took oath of office earlier this afternoon, received
    calls ... on Monday": a date in a relative clause closed before the cue is the
    clause's event's."""
    return any(
        found.start() < at < found.end() <= cue for found in _RELATIVE_CLAUSE.finditer(text, 0, cue)
    )


_FUTURE_PHRASE = re.compile(r"(?:later this|next|upcoming)\b", re.IGNORECASE)
_WHEN = gated(
    re.compile(r"(?:\b(?:when|after|where)|\b(?:during|at|in|on)\s+which)\s*,?\s*$", re.IGNORECASE)
)


@dataclass
class _Draft:
    participants: list[Entity] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    location: str | None = None
    duration: int | None = None
    kind: MeetingKind | None = None
    format: MeetingFormat | None = None
    forum: str | None = None
    topics: list[str] = field(default_factory=list)
    outcome: str | None = None
    scheduled: bool = False
    prior: bool = False
    """Told as before the report's events ("previously held calls"): another meeting
    than any the report dates."""
    unnamed_party: bool = False
    """The other side is named only as a body: "with senior diplomats of the E3"."""
    modelled: bool = False
    """A model's parse chose its parties (:func:`_keep_parties`)."""
    sources: list[Evidence] = field(default_factory=list)
    sentence: int = -1
    journey_day: tuple[str | None, str] | None = None
    """The day of the journey made for the meeting, with its words. It does not date the
    meeting (the summit a leader travels for may be that day or the next), but it keeps
    the lead's day off it and makes a planned meeting firm (:func:`_firm`)."""

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.participants)

    def absorb(self, other: _Draft) -> None:
        for person in other.participants:
            if person.key not in self.keys:
                self.participants.append(person)
        if self.date is None or (other.date and len(other.date) > len(self.date)):
            self.date, self.date_text = other.date, other.date_text  # the finer date
        if self.location is None or self.location in gazetteer().country_names:
            self.location = other.location or self.location  # the city over its country
        if len(other.participants) >= 2:
            # "Albanese leaves on Friday for summits in Cambodia": one traveller's journey
            # does not say which of his meetings it is made for.
            self.journey_day = self.journey_day or other.journey_day
        self.duration = self.duration or other.duration
        self.kind = self.kind or other.kind
        if len(other.participants) >= 2 or len(self.participants) < 2:
            # "Abiy conferred with leaders of five countries" counts his talks; it does
            # not make his talks with Bashir, told next, a five-sided meeting.
            self.format = self.format or other.format
        self.forum = self.forum or other.forum
        self.outcome = self.outcome or other.outcome
        self.modelled = self.modelled or other.modelled
        self.topics.extend(t for t in other.topics if t not in self.topics)
        self.sources.extend(s for s in other.sources if s not in self.sources)


def find(
    context: Context,
    people: PeopleIndex,
    dates: Mapping[int, list[DateMention]],
    lead: LeadDay | None,
    cues: Cues,
    candidates: list[tuple[Sentence, list[re.Match[str]]]],
    readings: Readings | None = None,
) -> list[Meeting]:
    """The meetings an article reports, from the sentences with meeting cue words
    (each with the matches of :attr:`Cues.meeting` in its lower-cased text).

    ``readings``: a model's readings of the flagged sentences; where a cue's clause
    names three people or more, the parse of the clause says which of them are the
    cue's parties (:meth:`Readings.parties_of`).
    """
    meetings: list[_Draft] = []
    fragments: list[_Draft] = []
    for sentence, matches in candidates:
        if len(matches) > MAX_CUES:
            continue
        sentence_cues = _meeting_cues(matches, people, sentence)
        present = cues.present(sentence.lower, sentence.norm) if sentence_cues else frozenset()
        cue_clauses = [
            (cue, clause_of(sentence.norm, cue.start(), cue.end())) for cue in sentence_cues
        ]
        parse = _Parse(readings, sentence.index, sentence_cues) if readings else None
        for cue, clause in cue_clauses:
            draft = _mention(
                sentence,
                cue,
                cue_clauses,
                clause,
                context,
                people,
                dates.get(sentence.index, []),
                lead,
                cues,
                present,
                meetings,
                parse,
            )
            if draft is None:
                continue
            for part in _split_pairs(draft, sentence, cues):
                _place(part, meetings, fragments)
    for fragment in fragments:
        target = _fragment_target(fragment, meetings)
        if target is not None:
            target.absorb(fragment)
        elif fragment.unnamed_party and len(fragment.participants) == 1 and fragment.date:
            # "Gharibabadi held talks with senior diplomats of the E3": one named side.
            meetings.append(fragment)
    _kind_by_headline(meetings, context, cues)
    firm = [draft for draft in meetings if _firm(draft)]
    found = [_record(draft, context, index) for index, draft in enumerate(firm)]
    if readings is not None:
        for draft, held in zip(firm, found, strict=True):
            # Made with the model: parties its parse chose, or a name only it vouched for.
            if draft.modelled or any(p.modelled for p in draft.participants):
                held.reader = readings.model.name
    return found


def _place(draft: _Draft, meetings: list[_Draft], fragments: list[_Draft]) -> None:
    if len(draft.participants) < 2:
        fragments.append(draft)
        return
    target = _same_meeting(draft, meetings)
    if target is None:
        meetings.append(draft)
    else:
        target.absorb(draft)


def _split_pairs(draft: _Draft, sentence: Sentence, cues: Cues) -> list[_Draft]:
    """One bilateral meeting per counterpart for "X spoke by phone with A and B" and
    "X held separate talks with A and with B", not one three-way meeting."""
    if len(draft.participants) < 3:
        return [draft]
    separate = bool(cues.separate.search(sentence.lower))
    if not separate and (draft.format in ("trilateral", "multilateral") or draft.kind != "phone"):
        return [draft]
    first, *others = draft.participants
    return [
        replace(
            draft,
            participants=[first, other],
            format="bilateral",
            topics=list(draft.topics),
            sources=list(draft.sources),
        )
        for other in others
    ]


def _mention(
    sentence: Sentence,
    cue: re.Match[str],
    cue_clauses: list[tuple[re.Match[str], tuple[int, int]]],
    clause: tuple[int, int],
    context: Context,
    people: PeopleIndex,
    date_mentions: list[DateMention],
    lead: LeadDay | None,
    cues: Cues,
    present: frozenset[str],
    meetings: list[_Draft],
    parse: _Parse | None = None,
) -> _Draft | None:
    """A meeting as one cue of a sentence reports it; ``present`` names the cue
    patterns (:meth:`Cues.present`) that may match in the sentence; ``parse`` a model's
    parse of it, if one was chosen."""
    text = sentence.norm
    # Words near the cue, matched in the whole sentence so that a word the reach cuts
    # short ("who called" of "who called on him") is read whole.
    reach = (max(0, cue.start() - _REACH), cue.end() + _REACH)
    # "... abruptly cancelled a visit to Germany, where he was scheduled to meet Merkel":
    # a meeting in a relative clause of the visit is denied with it.
    denied_from = 0 if _WHERE_BEFORE.search(text, 0, clause[0]) else clause[0] - _OPENER_REACH
    if "negation" in present and cues.negation.pattern.search(
        # The cue's clause and the word that opens it ("if", "unless"): "a meeting between
        # ... was due to be held this week, but the two had had a call" denies the meeting
        # of its own clause only, however long the names before its verb.
        sentence.lower,
        max(0, denied_from),
        max(cue.end() + _REACH, clause[1]),
    ):
        return None
    if "attendance" in present and cues.attendance.pattern.search(sentence.lower):
        return None  # who attended the meeting told before: no meeting of its own
    draft = _Draft(sentence=sentence.index, sources=[context.evidence(sentence)])
    clause_start, clause_end = clause
    # The clause's verb sets the status: "are planning to hold talks on Thursday on the
    # sidelines of ... meetings in Cambodia" schedules the talks and what names them.
    draft.scheduled = "scheduled" in present and bool(
        cues.scheduled.pattern.search(
            sentence.lower,
            max(0, clause_start - _OPENER_REACH),
            max(clause_end, cue.end() + _REACH),
        )
    )
    # "Biden, who held talks with Duda": the relative pronoun stands for Biden.
    antecedent = _RELATIVE_WHO.search(text, 0, clause_start)
    # "... will be in charge of the farewell ceremony marking the end of Ms. Bachelet's
    # visit": a visit is its traveller's; who stands before him in the clause does other
    # things.
    traveller = _POSSESSOR.search(text, 0, cue.start()) if cue.group(0) in _JOURNEY_NOUNS else None
    taken: list[Mention] = []
    for mention in people.in_sentence(sentence.index):
        if antecedent is not None and mention.end == antecedent.start():
            pass
        elif not clause_start <= mention.start < clause_end or (
            traveller is not None and mention.end < traveller.start()
        ):
            continue
        elif _closer_cue(mention.start, cue, cue_clauses, clause):
            continue  # "Monday's talks came after Putin held a summit with Biden"
        elif _named_by_later_between(text, mention.start, cue, cue_clauses):
            continue
        elif _aide_before().search(text, max(0, mention.start - _AIDE_REACH), mention.start):
            continue  # "with Emmanuel Bonne, diplomatic counselor to President Macron"
        elif _leader_of_body().search(text, max(0, mention.start - _AIDE_REACH), mention.start):
            continue  # "... as defense minister of the cabinet of Prime Minister Ishiba"
        elif mention.start < cue.start() and _BETWEEN.match(text, cue.end()):
            continue  # "... to follow up on the summit talks between their leaders, A and B"
        if (
            _is_reported_by(text, mention.start, mention.end)
            or _reports_that(text, mention.end, cue.start(), cues)
            or _source_before().search(text, max(0, mention.start - 60), mention.start)
            or _possessive_of_other(text, mention.end)
        ):
            continue
        if mention.entity.key not in draft.keys:
            draft.participants.append(mention.entity)
            taken.append(mention)
    # The parse is asked only where it may change the reading (it is the slowest
    # step): a clause naming several people, or two and a pronoun before the cue.
    if parse is not None and (
        len(taken) >= _SEVERAL
        or (len(taken) == _SEVERAL - 1 and _PRONOUN_SUBJECT.search(text, clause_start, cue.start()))
    ):
        parties = parse.of(cue)
        if parties is not None and parties.sides:
            host = _pronoun_host(taken, parties, text, people, sentence)
            if host is not None or len(taken) >= _SEVERAL:
                _keep_parties(draft, taken, parties, antecedent, host)
    if (clause_start == cue.start() == 0 and cue.group(0).split()[0].endswith("ing")) or (
        _FRONTED_MEETING.match(text, 0, cue.start())
    ):
        # "Talking with Kerry late on Sunday, Kishida said ...", "In a telephone
        # conversation with Putin on Saturday, Erdogan said ...": the fronted phrase's
        # subject is the main clause's, who may well be the one reporting.
        comma = text.find(",", cue.end())
        subject = next(
            (m for m in people.in_sentence(sentence.index) if comma > 0 and m.start > comma),
            None,
        )
        if subject is not None and subject.entity.key not in draft.keys:
            draft.participants.append(subject.entity)
    if (
        len(draft.participants) < 2
        and cue.group(0).split()[0].endswith("ing")
        and _TRAILING_PARTICIPLE.search(text, 0, cue.start())
    ):
        # "He expressed these views while talking to Uzbekistan Foreign Minister Bakhtiyor
        # Saidov", "The president, talking to ...": the participle's subject is the
        # sentence's own.
        opening = _sentence_subject(sentence, context, people)
        if opening is not None and opening.key not in draft.keys:
            draft.participants.insert(0, opening)
    if len(draft.participants) < 2:
        teller = _teller_after_meeting(text, cue, clause_start, people, sentence)
        if teller is not None and teller.key not in draft.keys:
            draft.participants.insert(0, teller)
    if len(draft.participants) < 2:
        # "The Prime Minister held a telephonic conversation with the President of the
        # Republic of Türkiye": the other side is that country's person named before.
        office = _office_object().match(text, cue.end())
        code = gazetteer().country_of(office.group("country")) if office else None
        other = people.latest_before(sentence.index, country=code) if code else None
        if other is not None and other.key not in draft.keys:
            draft.participants.append(other)
    if "counterpart" in present:
        _add_counterpart(draft, text, people, sentence, cues)
    # "The prime minister, who took oath of office earlier, received calls from ...": the
    # clause opens after the relative clause; its subject stands before it.
    subject_from = 0 if _RELATIVE_WHO.search(text, 0, clause_start) else clause_start
    office = _title_only_subject().search(text, subject_from, cue.start())
    host = _office_holder(office, people, sentence, draft) if office else None
    if host is not None:
        # "Prime Minister Abiy Ahmed ... The Prime Minister also had bilateral meetings
        # with Abbas": the office named alone is the person the story gave it to.
        draft.participants.insert(0, host)
    draft.unnamed_party = bool(_UNNAMED_PARTY.match(text, cue.end())) or (
        office is not None and host is None
    )
    pronoun = _PRONOUN_SUBJECT.search(text, clause_start, cue.start())
    if pronoun is not None and (
        len(draft.participants) < 2
        or _opens_clause(text, clause_start, pronoun, cue.start(), taken, cues)
    ):
        # "..., when he held talks with Tsipras": the pronoun's person takes part; so
        # does it when it opens the clause before a list: "He conferred with A, B and C".
        entity = _office_told_before(sentence, context, people) or people.subject_before(
            sentence.index, pronoun.start()
        )
        if entity is not None and entity.key not in draft.keys:
            draft.participants.insert(0, entity)
    if len(draft.participants) < 2:
        # "The Russian leader spoke by telephone on Thursday with Trump": the person of
        # that country the story named last.
        described = _described_subject().search(text, clause_start, cue.start())
        if described is not None:
            code = gazetteer().country_of(described.group("adj"))
            entity = people.latest_before(sentence.index, country=code) if code else None
            if entity is not None and entity.key not in draft.keys:
                draft.participants.insert(0, entity)
    if len(draft.participants) < 2:
        group = _group_referred(
            sentence, clause_start, clause_end, context, people, cues, present, meetings
        )
        for person in group:
            if person.key not in draft.keys:
                draft.participants.append(person)
    near = [
        m
        for m in date_mentions
        if not m.attributive
        and clause_start <= m.start < clause_end
        and not _COUNTING.match(m.text)
        and not cues.dated_noun.search(sentence.lower, max(0, m.start - _NOUN_REACH), m.start)
        and not _in_closed_relative(text, m.start, cue.start())
    ]
    # A date past another cue is that cue's; this meeting then has none of its own, and
    # takes no day from the lead either.
    others_dates = [m for m in near if _beyond_another_cue(m, cue, cue_clauses)]
    near = [m for m in near if m not in others_dates]
    reported = [m for m in near if _dates_the_report(text, m, cues)]
    if reported and (draft.scheduled or len(reported) < len(near)):
        # "Seoul said Thursday it had agreed on a summit to be held ...": the day of the
        # report dates a held meeting only when nothing else does, a coming one never.
        near = [m for m in near if m not in reported]
    if near and "journey" in present:
        trip = _journey_days(sentence.lower, near, cue, clause_start, cues)
        if trip:
            # The day dates the journey, and the meeting it is made for only when nothing
            # else in the report dates that meeting: it is often held the day after.
            near = [m for m in near if m not in trip]
            nearest_trip = min(trip, key=lambda m: _distance(m.start, cue))
            draft.journey_day = (nearest_trip.date, nearest_trip.text)
            draft.scheduled = True
    fronted = fronted_end(text)
    if fronted <= cue.start():
        near = [m for m in near if m.start >= fronted]
    else:
        # "Ahead of his talks with Wang Yi, Jaishankar on Thursday said ...": the main
        # clause's day is its own verb's, not the talks' that the phrase looks ahead to.
        near = [m for m in near if m.start < fronted]
    prior = "prior" in present and bool(
        cues.prior.pattern.search(sentence.lower, clause_start, cue.start())
    )
    if prior:
        # Its own day only ("previously held a summit in Gyeongju on Nov. 1"), not the
        # day of the verb a date runs into: "who has previously had calls with ...,
        # on Thursday confirmed the phone call".
        draft.prior = True
        near = [m for m in near if not _INTO_VERB.match(text, m.end)]
    opener = text[max(0, clause_start - _OPENER_REACH) : clause_start]
    if not near and not prior and _WHEN.search(opener):
        # "agreed in March to extend the treaty when they met", "will travel to Russia on
        # May 12-14, where he will meet Putin": the main clause dates it.
        near = [m for m in date_mentions if not m.attributive and m.start < clause_start]
    if near:
        nearest = min(near, key=lambda m: _distance(m.start, cue))
        draft.date, draft.date_text = nearest.date, nearest.text
        if _FUTURE_PHRASE.match(nearest.text):
            draft.scheduled = True
        if draft.scheduled and draft.date and context.published and _WEEKDAY.match(nearest.text):
            day = date.fromisoformat(draft.date)
            if day < context.published:
                # A scheduled meeting "on Tuesday" is the coming Tuesday.
                draft.date = shift_day(draft.date, 7)
        elif draft.scheduled and draft.date and context.published:
            draft.date = _coming(draft.date, nearest.text, context.published)
    elif (
        lead is not None
        and not prior
        and not others_dates
        and draft.journey_day is None
        and not draft.scheduled
        and _of_the_lead(draft, sentence, lead, meetings, context)
    ):
        # An undated meeting in a report is, as a rule, the event of its lead paragraph.
        draft.date, draft.date_text = lead.mention.date, lead.mention.text
    elif (
        context.published is not None
        and not prior
        and not others_dates
        and not draft.scheduled
        and draft.journey_day is None
        and _live().search(sentence.lower, max(0, clause_start - _OPENER_REACH), cue.end() + _REACH)
    ):
        # "Talks are under way in the Kremlin between Putin and Araghchi", "Tinubu is
        # receiving Ghana's president": a live report's meeting is on its day, the day
        # its dateline gives when it gives one ("SOCHI, Oct 31 ... are holding talks").
        draft.date, draft.date_text = _report_day(context)
    if "place" in present:
        places = [
            found
            for found in cues.place.pattern.finditer(text, clause_start, clause_end)
            # "discussed the situation in Syria": the topic's place, not the meeting's;
            # "After the visit to the US on 21 December, Zelensky met Duda": the fronted
            # phrase's journey, not the meeting's.
            if not cues.topic_noun.search(text, max(0, found.start() - _NOUN_REACH), found.start())
            and not (found.start() < fronted <= cue.start())
            # "talked on Thursday about Mr Zelensky's visit to the United States": what
            # they talked about, not where.
            and not _in_topic(text, clause_start, found.start(), cue)
        ]
        place = _nearest(places, cue.start(), "place")
        if place is not None:
            draft.location = place
    duration = cues.duration.pattern.search(text) if "duration" in present else None
    if duration is not None:
        draft.duration = duration_minutes(duration)
    if "video" in present and _near_cue(cues.video.pattern, sentence.lower, reach):
        draft.kind = "video"
    elif (
        "phone" in present
        and _near_cue(cues.phone.pattern, sentence.lower, reach)
        and cue.group(0) not in ("met", "meet", "meeting")
    ):
        draft.kind = "phone"
    if cue.group(0).startswith("attend"):
        draft.format = "multilateral"  # attending a forum, summit or conference
    else:
        draft.format = _nearest_format(sentence.lower, cue, cues)
    forum = ("sidelines" in present and cues.sidelines.pattern.search(text)) or (
        "forum" in present and cues.forum.pattern.search(text)
    )
    if forum:
        draft.forum = re.sub(r"\s+(?:of|on|for|and|the)$", "", forum.group("forum"))
    topic = cues.topic.pattern.search(text) if "topic" in present else None
    if topic is not None:
        draft.topics.append(topic.group("topic").strip())
    outcome = cues.outcome.pattern.search(text) if "outcome" in present else None
    if outcome is not None:
        draft.outcome = outcome.group(0).strip()
    return draft


_SEVERAL = 3
"""People named in a cue's clause from which its parties are chosen by the parse: with
two, the rules' reading of the clause is as good as the small parser's."""


class _Parse:
    """A model's parties of a sentence's meeting cues, asked for all its cues at once,
    when the first of them needs them."""

    def __init__(self, readings: Readings, index: int, cues: list[re.Match[str]]) -> None:
        self.readings = readings
        self.index = index
        self.cues = cues
        self._found: tuple[Parties, ...] | None = None

    def of(self, cue: re.Match[str]) -> Parties | None:
        if self._found is None:
            ranges = [(c.start(), c.end()) for c in self.cues]
            self._found = self.readings.parties_of(self.index, ranges) or ()
        at = next((i for i, c in enumerate(self.cues) if c is cue), None)
        return self._found[at] if at is not None and at < len(self._found) else None


def _keep_parties(
    draft: _Draft,
    taken: list[Mention],
    parties: Parties,
    antecedent: re.Match[str] | None,
    host: Entity | None,
) -> None:
    """The cue's parties as the parse reads them: the people of the clause it makes
    sides of the cue, after the person its pronoun subject stands for (``host``).

    Leaves out the others: "Asked about the summit talks between Lee and Xi, Wi
    replied", "According to Zhao, Premier Li will co-chair the meeting with Thongloun".
    A parse that names fewer than two parties and no host is not followed (the small
    parser misreads more clauses than the rules do).
    """
    kept = [
        m
        for m in taken
        if parties.holds(m.start, m.end) or (antecedent is not None and m.end == antecedent.start())
    ]
    if host is None and (len(kept) < 2 or len(kept) == len(taken)):
        return
    out = {m.entity.key for m in taken} - {m.entity.key for m in kept}
    draft.participants = [p for p in draft.participants if p.key not in out]
    hosted = host is not None and host.key not in draft.keys
    if host is not None and hosted:
        # First, so that separate talks pair each guest with the host.
        draft.participants.insert(0, host)
    draft.modelled = draft.modelled or bool(out) or hosted


def _pronoun_host(
    taken: list[Mention], parties: Parties, text: str, people: PeopleIndex, sentence: Sentence
) -> Entity | None:
    """ "..., where he held separate meetings with Mahathir, Erdogan and Tamim": the
    person a pronoun stands for when the parse makes it the cue's subject and no one
    named is."""
    if not parties.subjects:
        return None
    if any(text[s:e].lower() in _GROUP for s, e in parties.sides):
        return None  # "the gift he received from Xi at their first summit": both
    if any(s < m.end and m.start < e for s, e in parties.subjects for m in taken):
        return None
    for start, end in parties.subjects:
        gender = _GENDER.get(text[start:end].lower())
        if gender is not None:
            return people.subject_before(sentence.index, start, gender=gender)
    return None


_GENDER = {"he": "m", "she": "f"}
_GROUP = frozenset({"their", "they", "them", "both"})


def _closer_cue(
    at: int,
    cue: re.Match[str],
    cue_clauses: list[tuple[re.Match[str], tuple[int, int]]],
    clause: tuple[int, int],
) -> bool:
    """True when a meeting cue of another clause of the sentence (``cue_clauses``: each
    cue with its clause) is nearer to ``at``."""
    if len(cue_clauses) < 2:
        return False  # the usual sentence: this cue is its only one
    mine = _distance(at, cue)
    return any(
        other is not cue and _distance(at, other) < mine and other_clause != clause
        for other, other_clause in cue_clauses
    )


def _beyond_another_cue(
    mention: DateMention,
    cue: re.Match[str],
    cue_clauses: list[tuple[re.Match[str], tuple[int, int]]],
) -> bool:
    """True when another meeting cue stands between ``cue`` and a date after it: "During
    their telephone talks, Kamikawa and Cho shared the view on ..., including the summit
    between Kim Jong-un and Vladimir Putin on Wednesday" dates the summit, not the call."""
    return mention.start > cue.end() and any(
        other is not cue and cue.end() <= other.start() and other.end() <= mention.start
        for other, _ in cue_clauses
    )


def _named_by_later_between(
    text: str,
    at: int,
    cue: re.Match[str],
    cue_clauses: list[tuple[re.Match[str], tuple[int, int]]],
) -> bool:
    """True when a later meeting noun of the sentence names ``at`` as one of its own
    parties with "between": "During their talks, Kamikawa and Cho shared the view on
    North Korea, including the summit between Kim and Putin" — Kim and Putin are the
    summit's, not the talks'."""
    if len(cue_clauses) < 2:
        return False
    return any(
        cue.end() <= other.start()
        and other.end() <= at
        and _BETWEEN.match(text, other.end())
        and "," not in text[other.end() : at]  # "the envoy for dialogue between A and B, X"
        for other, _ in cue_clauses
        if other is not cue
    )


_BETWEEN = re.compile(r"\s+between\s")


def _nearest_format(text: str, cue: re.Match[str], cues: Cues) -> MeetingFormat | None:
    """The format word closest to the cue: "separate bilateral talks ... before the
    three-way meeting" are bilateral."""
    found: list[tuple[int, MeetingFormat]] = []
    present = cues.formats.mask(text)
    if not present:
        return None  # the usual sentence: no format word at all
    for index, name in enumerate(FORMATS):
        if present >> index & 1:
            for match in getattr(cues, name).pattern.finditer(text):
                found.append((_distance(match.start(), cue), name))
    near = [item for item in found if item[0] <= _REACH]
    return min(near)[1] if near else None


def _meeting_cues(
    matches: list[re.Match[str]], people: PeopleIndex, sentence: Sentence
) -> list[re.Match[str]]:
    text = sentence.norm
    found = []
    for cue in matches:
        word = cue.group(0)
        if text[cue.start()].isupper() and _CAPITALIZED_BEFORE.search(text, 0, cue.start()):
            continue  # part of a name: "Shangri-La Dialogue", "G20 Summit"
        if word == "signed" and (
            len([m for m in people.in_sentence(sentence.index) if m.end <= cue.start()]) < 2
            or _PASSIVE_BEFORE.search(text, 0, cue.start())
        ):
            continue  # "X and Y signed ...": a meeting of its signatories; not a passive past
        if word in ("visit", "trip", "encounter") and not _POSSESSOR.search(text, 0, cue.start()):
            continue  # "Yoon's visit to Tokyo", "their encounter": not "a state visit"
        if word in _MEET_WORDS and _meet_object().match(text, cue.end()):
            continue  # "to meet urgent humanitarian needs"
        if word in _joint_verbs() and not (
            _joint_subject(text, cue, people, sentence) or _joint_with(text, cue, people, sentence)
        ):
            continue  # "Japan agreed", "the ministers discussed", "agreed to hold talks"
        if word in _person_object():
            # "X told Y", "X called Y": an encounter only when Y is a person, not "told
            # reporters" or "called for restraint".
            following = [m for m in people.in_sentence(sentence.index) if m.start > cue.end()]
            if not following or not _TITLE_ONLY.match(text[cue.end() : following[0].start]):
                continue
            if word in _demand_verbs() and _TO_VERB.match(text, following[0].end):
                continue  # "called on President X to resign": a demand, not a visit
        found.append(cue)
    return found


def _group_referred(
    sentence: Sentence,
    clause_start: int,
    clause_end: int,
    context: Context,
    people: PeopleIndex,
    cues: Cues,
    present: frozenset[str],
    meetings: list[_Draft],
) -> list[Entity]:
    """The people a group phrase of the cue's clause stands for ("they met", "talks
    between the two countries"): the people of the main clause, else of the last
    meeting, else the last two people named."""
    by_people = "group_reference" in present and cues.group_reference.pattern.search(
        sentence.lower, clause_start, clause_end
    )
    by_countries = (
        None
        if by_people or "country_group_reference" not in present
        else cues.country_group_reference.pattern.search(sentence.lower, clause_start, clause_end)
    )
    if not by_people and not by_countries:
        return []
    main = [
        m.entity
        for m in people.in_sentence(sentence.index)
        if m.start < clause_start and not _possessive_of_other(sentence.norm, m.end)
    ]
    if len({e.key for e in main}) >= 2:
        group = main
    else:
        group = meetings[-1].participants if meetings else _last_two(people, sentence)
    if by_countries and not (
        _counted_sides(by_countries.group(0)) == len(group)
        and _countries_named_last_are(group, sentence, by_countries.start(), context)
    ):
        return []
    return group


def _counted_sides(phrase: str) -> int | None:
    """How many countries "the two countries" or "the three nations" counts."""
    words = phrase.split()
    return NUMBER_WORDS.get(words[1]) if len(words) > 1 else None


def _countries_named_last_are(
    group: list[Entity], sentence: Sentence, before: int, context: Context
) -> bool:
    """Whether the countries named last, in the sentence before ``before`` or else in
    the one before it, may be the group's: "the two countries" stands for them. A
    country named that none of them may be from makes the phrase another pair's; one
    of theirs named alone ("Saudi Arabia's Deputy Prime Minister ... between the two
    countries") does not."""
    theirs = {p.country for p in group if p.country}
    unknown = sum(1 for p in group if not p.country)
    named = gazetteer().countries_named(sentence.norm[:before])
    if not named and sentence.index > 0:
        named = gazetteer().countries_named(context.sentences[sentence.index - 1].norm)
    return len(named - theirs) <= unknown


def _possessive_of_other(text: str, end: int) -> bool:
    """ "Putin's speech": a possessive names its owner, not a participant, unless what
    it owns is the meeting ("Moon's summit with Kim")."""
    match = _POSSESSIVE.match(text, end)
    return match is not None and match.group("noun").lower() not in _MEETING_NOUNS


_POSSESSIVE = re.compile(r"'s?\s+(?P<noun>[\w-]+)")
# Between a person_object verb and its person: nothing, or a title ("called Prime Minister ...").
_TITLE_ONLY = re.compile(
    # "called Prime Minister X", "called on Minister of State for Foreign Affairs X",
    # "reached out to their counterparts X and Y"
    r"\s*(?:(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?,?\s+)?"
    # "welcomed the President of South Africa, H.E Excellency Cyril Ramaphosa"
    r"(?:(?:[A-Z][\w.'-]*|of|for|and|the),?\s+){0,10}$"
)
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w'-]*\s+$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+$")
_TITLE_REACH = 80
"""The longest title between a reporting clause's comma and the speaker's name."""


_MEETING_NOUNS = frozenset(
    "meeting meetings talks summit call visit trip counterpart counterparts".split()
)


def _distance(at: int, cue: re.Match[str]) -> int:
    return 0 if cue.start() <= at <= cue.end() else min(abs(at - cue.start()), abs(at - cue.end()))


def _last_two(people: PeopleIndex, sentence: Sentence) -> list[Entity]:
    found: list[Entity] = []
    for index in range(sentence.index - 1, -1, -1):
        for mention in reversed(people.in_sentence(index)):
            if mention.entity not in found:
                found.append(mention.entity)
            if len(found) == 2:
                return found
    return []


_MEET_WORDS = frozenset({"meet", "meets", "meeting"})
_JOURNEY_NOUNS = frozenset({"visit", "trip"})


@cache
def _aide_before() -> re.Pattern[str]:
    """The end of another person's description as the aide of the next ("Emmanuel Bonne,
    diplomatic counselor to French President "): ``aide_nouns``."""
    nouns = "|".join(lexicon.words("cues", "aide_nouns"))
    return re.compile(
        rf",\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?(?:{nouns})\s+(?:to|of|for)\s+"
        rf"(?:the\s+)?(?:[A-Z][\w.'-]*\s+){{0,5}}$"
    )


@cache
def _leader_of_body() -> re.Pattern[str]:
    """The words before the head of a body another person serves in ("of the cabinet of
    new Japanese Prime Minister "): ``leader_bodies``."""
    bodies = "|".join(lexicon.words("cues", "leader_bodies"))
    return re.compile(
        rf"\bthe\s+(?:{bodies})\s+of\s+(?:(?:new|then|former|late)\s+)?"
        rf"(?:[A-Z][\w.'-]*\s+){{0,5}}$"
    )


_AIDE_REACH = 120
"""Characters before a name searched for an aide's description ending there."""


@cache
def _meet_object() -> re.Pattern[str]:
    objects = "|".join(lexicon.words("cues", "meet_objects"))
    return re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{objects})\b", re.IGNORECASE)


def _in_topic(text: str, clause_start: int, at: int, cue: re.Match[str]) -> bool:
    """True when the place at ``at`` is in what the talks were about: an opener
    ("about", "regarding") comes before it in the clause, with the cue not between them."""
    last: re.Match[str] | None = None
    for opener in _topic_opener().finditer(text, clause_start, at):
        last = opener
    return last is not None and not last.start() < cue.start() < at


def _coming(day: str, words: str, published: date) -> str:
    """A scheduled meeting's month or day printed without its year ("agreed to meet in
    mid-February", "will visit on March 3") read as past is the coming one: next year's."""
    if _YEAR.search(words) or not _MONTH_NAME.search(words) or len(day) < len("2000-01"):
        return day  # a year of its own, or a relative day ("yesterday", "last month")
    if day >= published.isoformat()[: len(day)]:
        return day  # this month or later: already the coming one
    return f"{int(day[:4]) + 1}{day[4:]}"


_YEAR = re.compile(
    r"\b(?:19|20)\d{2}\b|\b(?:last|next|this|previous|past)\s+(?:year|month)\b", re.IGNORECASE
)
_MONTH_NAME = re.compile(rf"\b(?:{'|'.join(MONTHS)})[a-z]*\b", re.IGNORECASE)


def _report_day(context: Context) -> tuple[str | None, str | None]:
    """The day a report was filed: its dateline's, else its publication's."""
    if context.article.dateline:
        filed = [m for m in find_dates(context.article.dateline, context.published) if m.date]
        if filed and len(filed[0].date or "") == len("2000-01-01"):
            return filed[0].date, filed[0].text
    published = context.published
    return (published.isoformat() if published else None), None


@cache
def _live() -> re.Pattern[str]:
    """The present of a meeting going on as the report is filed (``live``)."""
    return re.compile(rf"\b(?:{'|'.join(lexicon.words('cues', 'live'))})\b")


@cache
def _topic_opener() -> re.Pattern[str]:
    """A word that opens what talks were about (``topic_openers``)."""
    return re.compile(rf"\b(?:{'|'.join(lexicon.words('cues', 'topic_openers'))})", re.IGNORECASE)


@cache
def _source_before() -> re.Pattern[str]:
    """The words that make the next person a report's source (``source_before``)."""
    words = "|".join(lexicon.words("cues", "source_before"))
    return re.compile(rf"\b(?:{words})\s+(?:[\w.'’-]+\s+){{0,6}}$", re.IGNORECASE)


@cache
def _described_subject() -> re.Pattern[str]:
    """A person described by nationality and office as the cue's subject ("The Russian
    leader", "the Japanese prime minister"), a few words before the cue."""
    gaz = gazetteer()
    adjectives = alternation({**gaz.adjectives, **gaz.country_names})
    nouns = "|".join(lexicon.words("cues", "speakers", "nouns"))
    return re.compile(
        rf"\b[Tt]he\s+(?P<adj>{adjectives})\s+(?:(?:prime|foreign|top|new)\s+)?"
        rf"(?:{nouns})\s+(?:[\w-]+\s+){{0,3}}$",
        re.IGNORECASE,
    )


@cache
def _joint_verbs() -> frozenset[str]:
    """Cue verbs that report a meeting only with two people named together before them."""
    return frozenset(lexicon.words("cues", "joint_verbs"))


# Between the second person and the verb: a day, "also", "jointly", set off or not.
_JOINT_GAP = re.compile(
    r"(?:\s*,)?(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:today|"
    r"yesterday|tonight|also|jointly|both|have|had|has))*\s*,?\s*$"
)
# Between the two people: "and", perhaps "his Japanese counterpart," and a title.
_JOINT_AND = re.compile(
    r"^\s*,?\s+and\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?,?\s+)?"
    r"(?:[\w.'’-]+\s+){0,6}$"  # the second person's title: "and Russian leader"
)
_INTENT_AFTER = re.compile(r"\s+(?:to\s+(?:hold|meet|visit|talk|speak|sign)|on\s+(?:a|an)\s)")


def _joint_subject(text: str, cue: re.Match[str], people: PeopleIndex, sentence: Sentence) -> bool:
    """True when two people named together are the subject of the cue verb: "Kishida
    and Yoon on Wednesday agreed to deepen coordination"."""
    before = [m for m in people.in_sentence(sentence.index) if m.end <= cue.start()]
    if len(before) < 2 or _INTENT_AFTER.match(text, cue.end()):
        return False
    first, second = before[-2], before[-1]
    return (
        first.entity.key != second.entity.key
        and bool(_JOINT_GAP.fullmatch(text, second.end, cue.start()))
        and bool(_JOINT_AND.match(text[first.end : second.start]))
    )


# "with" and the words before its person: "with his Armenian counterpart", "with Japanese
# Prime Minister".
_WITH_PERSON = re.compile(r"\bwith\s+(?:(?:his|her|their|the)\s+)?(?:[\w.'’-]+\s+){0,5}$")
_WITH_REACH = 120
"""The most characters between a joint verb and the person after its "with"."""


def _joint_with(text: str, cue: re.Match[str], people: PeopleIndex, sentence: Sentence) -> bool:
    """True when a person before the cue verb did it with a person after it: "Lavrov has
    discussed the situation in Nagorno-Karabakh with his Armenian counterpart Zohrab
    Mnatsakanyan", "Yoon agreed with Japanese Prime Minister Fumio Kishida to ..."."""
    mentions = people.in_sentence(sentence.index)
    if not any(m.end <= cue.start() for m in mentions):
        return False
    for mention in mentions:
        if cue.end() < mention.start <= cue.end() + _WITH_REACH:
            between = text[cue.end() : mention.start]
            if _WITH_PERSON.search(between) and not re.search(r"[,;]", between):
                return True
    return False


def _of_the_lead(
    draft: _Draft, sentence: Sentence, lead: LeadDay, meetings: list[_Draft], context: Context
) -> bool:
    """True for a meeting the lead paragraph tells, or one among the people of a meeting
    of the lead ("Putin met with Aliyev one-on-one before the trilateral discussion"):
    "Putin and Erdogan held a phone call on Monday ... In separate phone calls, Erdogan
    also got wishes from Tokayev" dates only the first."""
    if sentence.paragraph == lead.paragraph:
        return True
    told = [m for m in meetings if context.sentences[m.sentence].paragraph == lead.paragraph]
    theirs = [m for m in told if m.keys <= draft.keys or draft.keys <= m.keys]
    # "Yoon is set to speak by phone with Kishida on Thursday ... Yoon and Kishida also
    # agreed ...": a coming meeting's day is no day of a meeting they held.
    return not told or (bool(theirs) and not all(m.scheduled for m in theirs))


_TRAILING_PARTICIPLE = re.compile(r"(?:\b(?:while|when|after|before|in)\s+|,\s+)$")
"""Before a meeting participle that follows the main clause's subject: "..., while
talking to X" (the cue's first word ends in "-ing")."""
_PRONOUN_OPENING = re.compile(r"(?:He|She)\b")


def _sentence_subject(sentence: Sentence, context: Context, people: PeopleIndex) -> Entity | None:
    """Who opens the sentence: a person named first thing, the holder of an office named
    alone ("The President"), or the person a "He" or "She" stands for."""
    mentions = people.in_sentence(sentence.index)
    if mentions and mentions[0].start <= _SUBJECT_REACH:
        return mentions[0].entity
    if _PRONOUN_OPENING.match(sentence.norm):
        return people.subject_before(sentence.index, 0)
    return _opening_office_holder(sentence, people)


_SUBJECT_REACH = 40
"""How far into a sentence its first named person may start and still be its subject
("President Asif Ali Zardari ...", "Uzbekistan Foreign Minister Mr Bakhtiyor Saidov")."""


def _near_cue(pattern: re.Pattern[str], text: str, reach: tuple[int, int]) -> bool:
    """Whether ``pattern`` matches starting within ``reach`` of ``text``, with the words
    on either side of the reach in view."""
    found = pattern.search(text, reach[0])
    return found is not None and found.start() < reach[1]


def _office_told_before(sentence: Sentence, context: Context, people: PeopleIndex) -> Entity | None:
    """ "The prime minister thanked both leaders ... Earlier, he also received a call
    from Erdogan": a pronoun after a sentence whose subject is an office named alone is
    that office's holder, not the last person named."""
    if sentence.index == 0:
        return None
    before = context.sentences[sentence.index - 1]
    if sentence.paragraph - before.paragraph > 1:
        return None
    return _opening_office_holder(before, people)


def _opening_office_holder(sentence: Sentence, people: PeopleIndex) -> Entity | None:
    """The holder, named before, of the office that opens ``sentence`` as its subject
    ("The President expressed ...", "The prime minister, who ..."), if any."""
    opening = _opening_office().match(sentence.norm)
    if opening is None:
        return None
    return people.latest_titled(sentence.index - 1, opening.group("office"))


@cache
def _opening_office() -> re.Pattern[str]:
    """An office named alone at the start of a sentence, not one a possessive owns."""
    titles = alternation(gazetteer().titles)
    return re.compile(rf"(?:The|the)\s+(?P<office>(?i:{titles}))(?![\w'’-])")


def _office_holder(
    office: re.Match[str], people: PeopleIndex, sentence: Sentence, draft: _Draft
) -> Entity | None:
    """The person named earlier with the office a subject names alone ("the Prime
    Minister"), when the story gave that office to someone before this sentence and that
    person is not among the cue's other parties."""
    if office.group("country"):
        # "The President of the Republic of Uzbekistan Shavkat Mirziyoyev ... the
        # President of Uzbekistan met with ...": the country's person named before.
        code = gazetteer().country_of(office.group("country"))
        entity = people.latest_before(sentence.index, country=code) if code else None
    else:
        entity = people.latest_titled(sentence.index - 1, office.group("office"))
    if entity is None or entity.key in draft.keys:
        return None
    return entity


def _opens_clause(
    text: str,
    clause_start: int,
    pronoun: re.Match[str],
    cue_start: int,
    taken: list[Mention],
    cues: Cues,
) -> bool:
    """True when the pronoun opens the cue's clause and no one is named between it and
    the cue, nor does it tell of the meeting ("He added that they discussed ..."): it is
    the cue's subject, as in "where he attended the summit and held separate meetings
    with A, B and C"."""
    return (
        not text[clause_start : pronoun.start()].strip(' ,;:"“')
        and all(m.start > cue_start for m in taken)
        and cues.reports_that.pattern.match(text, pronoun.end()) is None
    )


@cache
def _title_only_subject() -> re.Pattern[str]:
    """An office with no name as the subject of the cue's clause: "The Prime Minister
    spoke to the President of the United States, Joe Biden" (one side is unnamed unless
    the story gave the office to someone: :func:`_office_holder`)."""
    gaz = gazetteer()
    titles = alternation(gaz.titles)
    countries = alternation(gaz.country_names)
    return re.compile(
        rf"(?:^|[,;]\s+|\b(?:and|but|when|as)\s+)[\"“]?(?:The|the)\s+(?P<office>(?i:{titles}))\s*"
        # "the President of Uzbekistan met with ...": the office of a country, unnamed
        rf"(?:\s+of\s+(?:the\s+)?(?P<country>{countries}))?"
        # "The prime minister, who took oath of office earlier this afternoon, received ..."
        r"(?:,\s+who\s[^,;]{1,80},)?\s+"
        r"(?:(?:also|then|later|today|yesterday|earlier|had|has|held|received|bilateral|separate)\s+)"
        r"{0,3}$"
    )


@cache
def _office_object() -> re.Pattern[str]:
    """A country's office named alone right after the cue: "... with the President of the
    Republic of Türkiye", "called the Prime Minister of Japan"."""
    gaz = gazetteer()
    return re.compile(
        rf"\s+(?:with\s+|to\s+)?the\s+(?i:{alternation(gaz.titles)})\s+of\s+(?:the\s+)?"
        rf"(?P<country>{alternation(gaz.country_names)})\b"
    )


@cache
def _in_person_words() -> re.Pattern[str]:
    """Words that tell a meeting face to face ("met", "visited"): a headline's "call"
    does not make a call of it."""
    words = "|".join(lexicon.words("cues", "in_person_words"))
    return re.compile(rf"\b(?:{words})\b")


@cache
def _demand_verbs() -> frozenset[str]:
    return frozenset(lexicon.words("cues", "demand_verbs"))


_TO_VERB = re.compile(r",?\s+to\s+[a-z]")


@cache
def _person_object() -> frozenset[str]:
    """Cue verbs that report a meeting only with a person as their object."""
    return frozenset(lexicon.words("cues", "person_object"))


@cache
def _reported_by() -> re.Pattern[str]:
    verbs = "|".join(lexicon.words("cues", "speakers", "reporting"))
    return re.compile(rf"\s+(?:{verbs})\b")


def _is_reported_by(text: str, start: int, end: int) -> bool:
    """True for a person who only reports the meeting ("..., Kim said", "..., National
    Security Adviser Wi Sung-lac said Friday")."""
    if not _reported_by().match(text, end):
        return False
    comma = text.rfind(",", 0, start)
    # The reporting clause is set off by a comma; the words between it and the name are
    # the speaker's title, however long.
    return comma >= 0 and (start - comma <= _TITLE_REACH or text[: end - 40].count(",") > 0)


_JOURNEY_REACH = 80
"""The most characters between a journey's verb and its day, or its day and the cue."""


def _journey_days(
    lower: str, near: list[DateMention], cue: re.Match[str], clause_start: int, cues: Cues
) -> list[DateMention]:
    """The dates of a journey made for the cue's meeting: a day after a journey verb and
    before the words of purpose that lead to the cue ("arrived in Jeddah on Thursday to
    attend the summit", "departs for Beijing on Sunday for summit talks with Xi")."""
    if cue.group(0).split()[0] in _journey_own():
        return []  # "arrives on Monday for a three-day visit": the visit begins that day
    found = []
    for mention in near:
        if mention.end > cue.start() or cue.start() - mention.end > _JOURNEY_REACH:
            continue
        before = max(clause_start, mention.start - _JOURNEY_REACH)
        if not cues.journey.pattern.search(lower, before, mention.start):
            continue
        if cues.journey_purpose.pattern.search(lower, mention.end, cue.start() + 1):
            found.append(mention)
    return found


@cache
def _journey_own() -> frozenset[str]:
    """Meeting cues that a journey's day dates: a visit begins with the arrival."""
    return frozenset(lexicon.words("cues", "journey_own"))


def _dates_the_report(text: str, mention: DateMention, cues: Cues) -> bool:
    """True for a date right after a reporting verb: "said Thursday", "announced on Tuesday"."""
    return bool(cues.reported_on.pattern.search(text, max(0, mention.start - 30), mention.start))


def _reports_that(text: str, end: int, cue_start: int, cues: Cues) -> bool:
    """True for a person who tells of the meeting in a that-clause: "spokesperson Hua
    Chunying told a news conference on Tuesday that Wang and Hayashi will hold talks"."""
    told = cues.reports_that.pattern.match(text, end)
    return told is not None and told.end() <= cue_start


def _teller_after_meeting(
    text: str, cue: re.Match[str], clause_start: int, people: PeopleIndex, sentence: Sentence
) -> Entity | None:
    """The person who speaks in the main clause of "Blinken told reporters after a
    meeting with Kuleba", "Nakatani told reporters after his first talks with Kim": what
    he tells of is his own meeting, in the phrase the clause splitter set apart."""
    opener = _after_own_meeting().search(text, max(0, clause_start - _OPENER_REACH), cue.start())
    if opener is None:
        return None
    tellers = [
        m
        for m in people.in_sentence(sentence.index)
        if m.end <= opener.start() and _teller_verb().match(text, m.end)
    ]
    if len(tellers) != 1 or any(
        opener.start() <= m.start < cue.start() for m in people.in_sentence(sentence.index)
    ):
        return None  # "Kim said after Putin's talks with Xi": the phrase names its own
    return tellers[0].entity


@cache
def _after_own_meeting() -> re.Pattern[str]:
    """A time phrase's opener right before a meeting noun (``own_meeting_openers``)."""
    openers = "|".join(lexicon.words("cues", "own_meeting_openers"))
    return re.compile(
        rf"\b(?:{openers})\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){{0,2}}$"
    )


@cache
def _teller_verb() -> re.Pattern[str]:
    """A reporting verb right after a name ("said", "told reporters"; ``speakers.reporting``)."""
    verbs = "|".join(lexicon.words("cues", "speakers", "reporting"))
    return re.compile(rf"\s+(?:(?:also|later|then)\s+)?(?:{verbs})\b")


def _add_counterpart(
    draft: _Draft, text: str, people: PeopleIndex, sentence: Sentence, cues: Cues
) -> None:
    for match in cues.counterpart.pattern.finditer(text):
        adjective = match.group("adj")
        country = gazetteer().country_of(adjective) if adjective else None
        named_after = [m for m in people.in_sentence(sentence.index) if m.start >= match.end()]
        if named_after and named_after[0].start - match.end() <= 3:
            continue  # "his Japanese counterpart, Shigeki Takizaki": already a participant
        titles = {p.title.lower() for p in draft.participants if p.title}
        candidates = [
            e
            for e in people.entities
            if e.key not in draft.keys
            and (country is None or e.country == country)
            # A foreign minister's counterpart is no deputy minister.
            and not (titles and e.title and e.title.lower() not in titles)
        ]
        if candidates:
            # A counterpart holds the same office: prefer a matching title, then proximity.
            draft.participants.append(
                min(
                    candidates,
                    key=lambda e: (
                        (e.title or "").lower() not in titles,
                        abs(e.last_seen - sentence.index),
                    ),
                )
            )


def _nearest(matches: object, at: int, group: str) -> str | None:
    best: tuple[int, str] | None = None
    for match in matches:  # type: ignore[attr-defined]
        distance = abs(match.start(group) - at)
        if best is None or distance < best[0]:
            best = (distance, match.group(group))
    return best[1] if best else None


def _same_meeting(draft: _Draft, meetings: list[_Draft]) -> _Draft | None:
    for meeting in reversed(meetings):
        # The same people: a pair that also met a third person had another meeting.
        if draft.keys != meeting.keys:
            continue
        # A caption's exact day refines the body's "in June"; within the body, a
        # different date is a different meeting.
        refines = any(s.caption for s in draft.sources + meeting.sources)
        if not (
            _same_date(draft.date, meeting.date)
            if refines
            else _equal_or_unknown(draft.date, meeting.date)
        ):
            continue
        if draft.scheduled != meeting.scheduled or draft.prior != meeting.prior:
            continue
        remote = "phone" in (draft.kind, meeting.kind) or "video" in (draft.kind, meeting.kind)
        if not remote and not _same_place(draft.location, meeting.location):
            continue  # the same pair, the same month, two cities: two meetings
        if draft.format and meeting.format and draft.format != meeting.format:
            continue
        return meeting
    return None


def _equal_or_unknown(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same_date(a: str | None, b: str | None) -> bool:
    """Unknown, equal, or one the coarser form of the other ("2023-06", "2023-06-29")."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _same_place(a: str | None, b: str | None) -> bool:
    """Unknown, or places that do not contradict (:meth:`Gazetteer.same_place`)."""
    return a is None or b is None or gazetteer().same_place(a, b)


def _fragment_target(fragment: _Draft, meetings: list[_Draft]) -> _Draft | None:
    informative = fragment.date or fragment.location or fragment.duration or fragment.forum
    if not informative and not fragment.participants:
        return None
    for meeting in meetings:
        if fragment.participants and not fragment.keys <= meeting.keys:
            continue
        if fragment.scheduled != meeting.scheduled or fragment.prior != meeting.prior:
            continue
        if not _equal_or_unknown(fragment.date, meeting.date):
            continue
        if not _same_place(fragment.location, meeting.location):
            continue
        if fragment.format and meeting.format and fragment.format != meeting.format:
            continue
        if _remote(meeting) and not _remote(fragment) and (fragment.location or fragment.forum):
            # "The talks focused on ... Tokayev's state visit to Uzbekistan on April 14-15":
            # what was held at a place or a forum is another meeting than the call.
            continue
        return meeting
    return None


def _remote(draft: _Draft) -> bool:
    return draft.kind in ("phone", "video")


def _kind_by_headline(meetings: list[_Draft], context: Context, cues: Cues) -> None:
    """A headline that calls the story's meeting a call ("Blinken holds call with Saudi
    foreign minister", "Readout of ...'s Call with ...") makes a call of the first
    meeting its body tells with no kind of its own ("spoke on Saturday with ...")."""
    title = (context.article.title or "").lower()
    # The phone cue already leaves out a "courtesy call", which is a visit.
    if not meetings or not cues.phone.pattern.search(title):
        return
    first = meetings[0]
    told = context.sentences[first.sentence].lower
    if first.kind is None and not _in_person_words().search(told):
        first.kind = "phone"


def _firm(draft: _Draft) -> bool:
    """Held meetings, and scheduled ones with a month or day or a dated journey made for
    them ("will travel to Brussels on Thursday to hold a summit"): not vague plans."""
    return (
        not draft.scheduled
        or (draft.date is not None and len(draft.date) >= 7)
        or (draft.journey_day is not None and draft.journey_day[0] is not None)
    )


def _record(draft: _Draft, context: Context, index: int) -> Meeting:
    countries = {p.country for p in draft.participants if p.country}
    meeting_format = draft.format or _format_of(len(draft.participants), len(countries))
    return Meeting(
        id=f"{context.article.id}-m{index}",
        date=draft.date,
        date_text=draft.date_text,
        # A call has no place of its own: the places its sentences name are what the
        # two discussed ("spoke by phone ... on the situation in Gaza").
        location=draft.location if draft.kind not in ("phone", "video") else None,
        participants=[p.person() for p in draft.participants],
        duration_minutes=draft.duration,
        kind=draft.kind or "in_person",
        format=meeting_format,
        forum=draft.forum,
        topics=draft.topics,
        outcome=draft.outcome,
        status="scheduled" if draft.scheduled else "held",
        sources=draft.sources,
    )


def _format_of(participants: int, countries: int) -> MeetingFormat:
    sides = max(countries, 2) if countries >= 2 else participants
    if sides <= 2:
        return "bilateral"
    if sides == 3:
        return "trilateral"
    return "multilateral"
