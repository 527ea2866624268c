"""Building the merged dossier from articles and their per-article records."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

from diplowire.extraction.agreements import acronym_fits
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.lexicon import entry
from diplowire.merge.claims import (
    V,
    built,
    choose,
    independent,
    same_or_coarser,
    same_place,
    sorted_evidence,
)
from diplowire.merge.copies import find_copies, origins
from diplowire.merge.labels import forum_keys, label_blocks, same_forum, same_label
from diplowire.merge.labels import singular as _singular
from diplowire.merge.unionfind import components, grown_components
from diplowire.models import (
    Agreement,
    AgreementEvent,
    Article,
    Claim,
    Conflict,
    Dossier,
    Evidence,
    Failure,
    Meeting,
    Person,
    Records,
    Statement,
)
from diplowire.models.kinds import KINDS, AnyRecord, RecordKind, every_record
from diplowire.models.meeting import MeetingStatus
from diplowire.models.names import name_words, same_name

_WORD = re.compile(r"[^\W_]+")
_FILLER = frozenset({"the", "a", "an", "of", "on", "and", "for", "between", "to", "in", "s"})
QUOTE_OVERLAP = 0.8
"""Share of the shorter quotation's words two reports must share to be one statement."""


def resolve(*, articles: list[Article], failures: list[Failure], observations: Records) -> Dossier:
    """The merged dossier of these articles and records (a pure function of them)."""
    copies = find_copies(articles)
    origin = origins(copies)
    people = _people(observations)
    canonical = Canonical(people)
    published = {article.id: article.published for article in articles}
    merged = {
        kind.field: [
            kind.build(group, canonical, origin) for group in kind.group(kind.of(observations))
        ]
        for kind in kinds(published)
    }
    return built(
        Dossier,
        articles=articles,
        **merged,
        failures=failures,
        people=people,
        copies=copies,
        observations=observations,
    )


def kinds(published: dict[str, str | None]) -> tuple[Kind[Any], ...]:
    """How each kind of record is blocked, compared and merged, in the registry's order
    (:data:`diplowire.models.kinds.KINDS`)."""
    merging: dict[str, tuple[Any, Any, Any, Any, bool]] = {
        "meeting": (
            _all_meeting_blocks(published),
            meeting_groups(published),
            _meeting,
            lambda: _same_meeting,
            False,
        ),
        "statement": (
            _statement_blocks(published),
            _grouped(_statement_blocks(published), _statement_matcher),
            _statement,
            _statement_matcher,
            True,
        ),
        "agreement": (
            _agreement_blocks,
            _grouped(_agreement_blocks, lambda: _same_agreement),
            lambda group, canonical, origin: _agreement(group, origin),
            lambda: _same_agreement,
            True,
        ),
    }
    reaches = {"meeting": meeting_reach(published)}
    return tuple(Kind(kind, *merging[kind.name], reach=reaches.get(kind.name)) for kind in KINDS)


R = TypeVar("R", Meeting, Statement, Agreement)


@dataclass(frozen=True)
class Kind(Generic[R]):
    """One kind of record (:data:`diplowire.models.kinds.KINDS`) and how it merges."""

    record: RecordKind
    blocks: Callable[[R], Iterable[Hashable]]
    """Keys such that records sharing none, directly or through others, never merge."""
    group: Callable[[list[R]], list[list[R]]]
    """The records grouped by event, in the order of each group's first record."""
    build: Callable[[list[R], Canonical, dict[str, str]], R]
    same: Callable[[], Callable[[R, R], bool]]
    """A fresh comparison of two records sharing a block (meetings: two precise
    reports, or two vague reports that join no precise one)."""
    pairwise: bool = False
    """The groups are the connected components of ``same`` within blocks, and nothing
    else: two records are in one group only through a chain of pairs that compare
    the same."""
    reach: Callable[[R], MeetingReach] | None = None
    """Which of a record's blocks only let vague reports find it (meetings): a key no
    vague report looks up ties nothing together."""

    @property
    def field(self) -> str:
        """The kind's list in a dossier (``meetings``)."""
        return self.record.field

    @property
    def model(self) -> type[R]:
        """The kind's model."""
        return self.record.model  # type: ignore[return-value]

    def of(self, holder: Records | Dossier) -> list[R]:
        """The kind's records in ``holder``."""
        return self.record.of(holder)  # type: ignore[return-value]


def _grouped(
    blocks: Callable[[R], Iterable[Hashable]], matcher: Callable[[], Callable[[R, R], bool]]
) -> Callable[[list[R]], list[list[R]]]:
    # A fresh comparison per call: some keep a cache of the records they saw.
    return lambda records: components(records, blocks, matcher())


# -- people -----------------------------------------------------------------------------


def _mentions(records: Records) -> Iterator[Person]:
    for record in every_record(records):
        yield from mentioned(record)
    yield from records.people


class _Tally:
    """How often each value is seen per key, most keys having a single value.

    A million records name hundreds of thousands of people, nearly all spelt one way:
    a counter per person would take more memory than the people themselves.
    """

    def __init__(self) -> None:
        self.only: dict[str, str] = {}
        self.times: dict[str, int] = {}
        self.many: dict[str, Counter[str]] = {}

    def add(self, key: str, value: str, times: int = 1) -> None:
        counter = self.many.get(key)
        if counter is not None:
            counter[value] += times
            return
        known = self.only.get(key)
        if known is None:
            self.only[key] = value
            self.times[key] = times
        elif known == value:
            self.times[key] += times
        else:
            self.many[key] = Counter({known: self.times[key], value: times})

    def ranked(self, key: str) -> list[str]:
        counter = self.many.get(key)
        if counter is not None:
            return _ranked(counter)
        known = self.only.get(key)
        return [] if known is None else [known]


def _people(records: Records) -> list[Person]:
    """One person per name key: the most common spelling, every other one an alias."""
    return merged_people(_mentions(records))


def merged_people(mentions: Iterable[Person]) -> list[Person]:
    """The merged people of these mentions (all the mentions of each of their keys)."""
    people = PeopleTally()
    for person in mentions:
        people.add(person)
    return people.merged()


class PeopleTally:
    """The people named so far, tallied one mention at a time (in any order)."""

    def __init__(self) -> None:
        self.spellings, self.titles, self.countries = _Tally(), _Tally(), _Tally()
        self.institution: dict[str, bool] = {}

    def add(self, person: Person) -> None:
        key = person.key
        self.spellings.add(key, person.name)
        if person.title:
            self.titles.add(key, person.title)
        if person.country:
            self.countries.add(key, person.country)
        self.institution[key] = self.institution.get(key, True) and person.institution

    def add_counted(self, key: str, field: str, value: str, times: int) -> None:
        """``times`` mentions of ``key`` that give ``value`` as their ``field`` (``name``,
        ``title`` or ``country``): what :meth:`add` tallies of them, counted elsewhere
        (a store counts its stored mentions in SQL)."""
        tally = {"name": self.spellings, "title": self.titles, "country": self.countries}[field]
        if value or field == "name":  # as :meth:`add`: an empty title or country is none
            tally.add(key, value, times)

    def add_institution(self, key: str, institution: bool) -> None:
        """Whether every counted mention of ``key`` names an institution."""
        self.institution[key] = self.institution.get(key, True) and institution

    def merged(self) -> list[Person]:
        """One person per name key: the most common spelling, every other one an alias."""
        people = []
        for key in sorted(self.institution):
            names = self.spellings.ranked(key)
            people.append(
                built(
                    Person,
                    name=names[0],
                    key=key,
                    title=_first(self.titles.ranked(key)),
                    country=_first(self.countries.ranked(key)),
                    institution=self.institution[key],
                    aliases=names[1:],
                )
            )
        return people


def mentioned(record: AnyRecord) -> Iterator[Person]:
    """The people one record names (a new kind naming people says so here)."""
    if isinstance(record, Meeting):
        yield from record.participants
    elif isinstance(record, Statement):
        yield record.speaker


def _ranked(counter: Counter[str]) -> list[str]:
    return [value for value, _ in sorted(counter.items(), key=lambda item: (-item[1], item[0]))]


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


class Canonical:
    """Each person as merged records name them: the merged spelling, without aliases.

    One object per person, shared by every record that names them (and by the list of
    people when it has no aliases to drop), rather than a copy per mention.
    """

    def __init__(self, people: list[Person]) -> None:
        self.people = {person.key: person for person in people}
        self.plain: dict[str, Person] = {}

    def __call__(self, person: Person) -> Person:
        plain = self.plain.get(person.key)
        if plain is None:
            found = self.people.get(person.key)
            if found is None:
                return person
            plain = (
                found if not found.aliases else built(Person, **{**found.__dict__, "aliases": []})
            )
            self.plain[person.key] = plain
        return plain


# -- meetings ---------------------------------------------------------------------------

HELD_WITHIN_DAYS = 14
"""An undated report of a held meeting: how many days before its publication it may be."""
SCHEDULED_WITHIN_DAYS = 60
"""An undated announcement: how many days after its publication the meeting may be."""


def same_person(a: Person, b: Person) -> bool:
    """Two mentions of one person: one name (in any spelling, or a short form of it), and
    no contradiction: two people of one name acting for two countries are two people, and
    so are a short form and a full name of different offices. One full name in two
    spellings is one person whatever each report calls their office ("foreign minister",
    "top diplomat", a misspelt title)."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.key == b.key:
        return True
    words_a, words_b = name_words(a.name), name_words(b.name)
    if words_a == words_b and len(words_a) > 1:
        return True
    if a.title and b.title and not _same_office(a.title, b.title):
        return False
    return same_name(words_a, words_b)


def _same_office(a: str, b: str) -> bool:
    words_a, words_b = set(_tokens(a)), set(_tokens(b))
    return words_a <= words_b or words_b <= words_a


def _shared_people(a: list[Person], b: list[Person]) -> int:
    """How many of ``a``'s people ``b`` names too, each of ``b``'s matched once."""
    unused = list(b)
    shared = 0
    for person in a:
        match = next((other for other in unused if same_person(person, other)), None)
        if match is not None:
            unused.remove(match)
            shared += 1
    return shared


def _precise(meeting: Meeting) -> bool:
    """Dated to the day and naming both sides, one of them by a full name: a report other
    reports can join ("Araqchi" and "Putin" alone are looked up like a vague report)."""
    if meeting.date is None or len(meeting.date) != 10:
        return False
    return _summit(meeting) or (
        len(meeting.participants) > 1
        and any(len(name_words(p.name)) > 1 for p in meeting.participants)
    )


def _summit(meeting: Meeting) -> bool:
    """A multilateral meeting with a forum: told by its forum, day and place, whatever
    handful of its leaders a report names (or none)."""
    return meeting.format == "multilateral" and bool(meeting.forum)


def _meeting_blocks(meeting: Meeting) -> Iterable[Hashable]:
    """Blocks of two people's meetings in a month, each person by the words of their name
    (so "Sergei" meets "Sergey", "Sheikh Mohamed bin Zayed" "Mohamed bin Zayed"), and one
    side also by each word alone, so that "Xi" meets "Xi Jinping".

    One side is always a whole name: a block holds one person's meetings in a month with
    people of one word, never every meeting of two common words.
    """
    people = [name_words(p.name) for p in meeting.participants]
    month = (meeting.date or "")[:7]
    if _summit(meeting) and meeting.forum:
        for key in forum_keys(meeting.forum):
            yield ("forum", key, month)
    for i, first in enumerate(people):
        for second in people[i + 1 :]:
            whole_a, whole_b = _whole(first), _whole(second)
            yield _pair(whole_a, whole_b, month)
            for word in first if len(first) > 1 else ():
                yield _pair(word, whole_b, month)
            for word in second if len(second) > 1 else ():
                yield _pair(whole_a, word, month)


def _whole(words: frozenset[str]) -> str:
    return " ".join(sorted(words))


def _pair(a: str, b: str, month: str) -> tuple[str, str, str]:
    return (a, b, month) if a <= b else (b, a, month)


def _lookups(meeting: Meeting, published: str | None) -> Iterator[tuple[str, str]]:
    """The (name word, period) keys a meeting is found by, or a vague one looks up."""
    if meeting.date is not None:
        periods = [meeting.date[:7], meeting.date[:4]] if _precise(meeting) else [meeting.date[:7]]
    elif published is not None and len(published) >= 7:
        # An undated report: the months around its publication.
        month = int(published[:4]) * 12 + int(published[5:7]) - 1
        periods = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in (month - 1, month, month + 1)]
    else:
        periods = []
    for person in meeting.participants:
        for word in name_words(person.name):
            for period in periods:
                yield (word, period)


def _all_meeting_blocks(
    published: dict[str, str | None],
) -> Callable[[Meeting], Iterable[Hashable]]:
    """Every key :func:`meeting_groups` may bring two meetings together by."""

    def blocks(meeting: Meeting) -> Iterator[Hashable]:
        yield from _solo_blocks(meeting)
        yield from _lookups(meeting, _published(meeting, published))

    return blocks


def _published(meeting: Meeting, published: dict[str, str | None]) -> str | None:
    return published.get(meeting.sources[0].article) if meeting.sources else None


def _same_meeting(a: Meeting, b: Meeting) -> bool:
    if a.sources and b.sources and a.sources[0].article == b.sources[0].article:
        return False  # one article's extractor already told its meetings apart
    if a.date is None or b.date is None:
        return False
    gap = _days_apart(a.date, b.date)
    if gap is None and not same_or_coarser(a.date, b.date):
        return False
    if gap is not None and gap > DAYS_APART:
        return False
    if a.format and b.format and a.format != b.format:
        return False
    remote = {"phone", "video"} & {a.kind, b.kind}
    placed = bool(a.location and b.location and same_place(a.location, b.location))
    if not remote and a.location and b.location and not placed and gap != 0:
        # The same pair in the same month in two cities: two meetings. On one day, one
        # meeting whose reports name its place differently (a conflict on the record).
        return False
    if (
        _summit(a)
        and _summit(b)
        and a.forum
        and b.forum
        and (gap == 0 or placed)
        and same_forum(a.forum, b.forum)
    ):
        # One summit, whichever of its leaders each report names: on one day, or in one
        # place both name (a forum meets again, elsewhere, on other days).
        return True
    shared = _shared_people(a.participants, b.participants)
    if len(a.participants) == len(b.participants) == shared == 1:
        # One person named at a summit by both: the same summit only on the same day.
        return gap == 0 and a.format == b.format == "multilateral"
    if a.format == b.format == "multilateral":
        # Reports of a summit name different handfuls of its leaders.
        return shared >= 2
    union = len(a.participants) + len(b.participants) - shared
    if _third_side(a.participants, b.participants) or _third_side(b.participants, a.participants):
        return False
    if shared >= 2 and shared * 2 >= union:
        return True
    # A report of a two-sided meeting that also names those around it (a spokesperson,
    # the delegations): the other report's people all among them, and nothing else
    # contradicting, is the same meeting.
    smaller, larger = sorted((a, b), key=lambda m: len(m.participants))
    return (
        shared >= 2
        and shared == len(smaller.participants)
        and larger.format == "bilateral"
        and smaller.format in (None, "bilateral")
    )


def _third_side(a: list[Person], b: list[Person]) -> bool:
    """True when ``a`` names someone ``b`` does not, of a country none of ``b``'s people
    is from: a meeting with a third side ("Jaishankar, Wang and Lavrov" beside
    "Jaishankar and Wang" the same day), not a report naming one more of its people."""
    countries = {p.country for p in b if p.country}
    if len(countries) + any(not p.country for p in b) < 2:
        return False  # one side named: the other side's country is not a third
    unused = list(b)
    for person in a:
        match = next((other for other in unused if same_person(person, other)), None)
        if match is not None:
            unused.remove(match)
        elif person.country and person.country not in countries:
            return True
    return False


DAYS_APART = 1
"""Reports dated a day apart may be of one meeting (time zones, "today" in a wire copy)."""


def _days_apart(a: str, b: str) -> int | None:
    if len(a) != 10 or len(b) != 10:
        return None
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except ValueError:
        return None


def _solo_blocks(meeting: Meeting) -> Iterable[Hashable]:
    """A report naming one person at a summit, by that person and the day."""
    yield from _meeting_blocks(meeting)
    if len(meeting.participants) == 1 and meeting.date:
        yield (_whole(name_words(meeting.participants[0].name)), meeting.date)


def _alone_blocks(published: dict[str, str | None]) -> Callable[[Meeting], Iterable[Hashable]]:
    """Blocks of the reports that fit no dated meeting; an undated one by its people and
    the day its article was published (and the next), not by every undated report of
    its two people over the years."""

    def blocks(meeting: Meeting) -> Iterator[Hashable]:
        if meeting.date is not None:
            yield from _solo_blocks(meeting)
            return
        day = _day_number(_published(meeting, published))
        if day is None:
            return
        for key in _meeting_blocks(meeting):
            yield (key, "published", day)
            yield (key, "published", day + 1)

    return blocks


def _day_number(day: str | None) -> int | None:
    if day is None or len(day) < 10:
        return None
    try:
        return dt.date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


def _same_vague(published: dict[str, str | None]) -> Callable[[Meeting, Meeting], bool]:
    """Reports that fit no dated meeting: one meeting by the rules of dated reports, or,
    undated both, when they name the same people (both sides, every one of them) in
    articles published a day apart at most, and nothing else contradicts."""

    def same(a: Meeting, b: Meeting) -> bool:
        if a.date is not None or b.date is not None:
            return _same_meeting(a, b)
        if a.sources and b.sources and a.sources[0].article == b.sources[0].article:
            return False
        day_a = _day_number(_published(a, published))
        day_b = _day_number(_published(b, published))
        if day_a is None or day_b is None or abs(day_a - day_b) > DAYS_APART:
            return False
        named = len(a.participants)
        if named < 2 or len(b.participants) != named:
            return False
        if _shared_people(a.participants, b.participants) != named:
            return False
        if a.format and b.format and a.format != b.format:
            return False
        if a.kind and b.kind and a.kind != b.kind:
            return False
        remote = {"phone", "video"} & {a.kind, b.kind}
        return bool(remote or not (a.location and b.location) or same_place(a.location, b.location))

    return same


def meeting_groups(
    published: dict[str, str | None],
    settled: Mapping[str, str | None] | None = None,
    grown: tuple[Iterable[Iterable[str]], set[str]] | None = None,
) -> Callable[[list[Meeting]], list[list[Meeting]]]:
    """The meetings grouped by event, in the order of each group's first report.

    Reports dated to the day and naming both sides are grouped first. A vaguer report
    (dated to the month or the year, undated, or naming one side) then joins the one
    group it fits; fitting two, it stays apart, and its record names the candidates
    (a conflict on ``candidates``): a month-dated report never bridges two meetings.
    Vague reports that fit no group are grouped among themselves.

    :param settled: Vague reports, by id, whose choice is known (a partial re-merge
        knows it cannot change): the id of a precise report whose group each joins,
        or None for one that fits no group. Their candidates need not be given.
    :param grown: Stored groups (by report id, each whole) and the ids of the new
        reports: the precise reports of each stored group stand as one group, which
        a precise report joins only through a pair holding a new one
        (:func:`~diplowire.merge.unionfind.grown_components`).
    """
    known = settled or {}

    def precise_groups(precise: list[Meeting]) -> list[list[Meeting]]:
        if grown is None:
            return components(precise, _solo_blocks, _same_meeting)
        stored, new = grown
        place = {m.id: i for i, m in enumerate(precise)}
        standing = [[place[key] for key in ids if key in place] for ids in stored]
        fresh = [place[key] for key in new if key in place]
        return grown_components(precise, _solo_blocks, _same_meeting, standing, fresh)

    def groups(meetings: list[Meeting]) -> list[list[Meeting]]:
        position = {id(m): i for i, m in enumerate(meetings)}
        precise = [m for m in meetings if _precise(m)]
        found = precise_groups(precise)
        group_of = {m.id: index for index, group in enumerate(found) for m in group}
        by_key: dict[Hashable, list[int]] = {}
        for index, group in enumerate(found):
            for member in group:
                for key in _lookups(member, None):
                    held = by_key.setdefault(key, [])
                    if not held or held[-1] != index:
                        held.append(index)
        joined: dict[int, list[Meeting]] = {}
        alone: list[Meeting] = []
        ambiguous: dict[int, list[list[Meeting]]] = {}
        group_articles: dict[int, set[str | None]] = {}

        def articles_of(index: int) -> set[str | None]:
            found_articles = group_articles.get(index)
            if found_articles is None:
                found_articles = group_articles[index] = {_article(m) for m in found[index]}
            return found_articles

        for meeting in meetings:
            if _precise(meeting):
                continue
            if meeting.id in known:
                anchor = known[meeting.id]
                if anchor is None:
                    alone.append(meeting)
                else:
                    joined.setdefault(group_of[anchor], []).append(meeting)
                continue
            day = _published(meeting, published)
            candidates = sorted({i for key in _lookups(meeting, day) for i in by_key.get(key, ())})
            fitting = [i for i in candidates if _fits(meeting, found[i], day)]
            # A meeting its own article reports apart may be the one it means: it
            # cannot join that one, and it joins no other. (Only a group holding a
            # report of its article can fit it so and not otherwise.)
            own = _article(meeting)
            fits = fitting + [
                i
                for i in candidates
                if i not in fitting
                and own in articles_of(i)
                and _fits(meeting, found[i], day, own_article=True)
            ]
            if len(fits) == 1 and fitting:
                joined.setdefault(fits[0], []).append(meeting)
                continue
            if fits:
                ambiguous[id(meeting)] = [found[i] for i in fits]
            alone.append(meeting)
        everything = [
            [*group, *joined.get(index, [])] for index, group in enumerate(found)
        ] + components(alone, _alone_blocks(published), _same_vague(published))
        ordered = [
            MeetingGroup(
                sorted(group, key=lambda m: position[id(m)]),
                [c for m in group for c in ambiguous.get(id(m), [])],
            )
            for group in everything
        ]
        return sorted(ordered, key=lambda group: position[id(group[0])])

    return groups


def _article(meeting: Meeting) -> str | None:
    """The article of a report's first evidence (what :func:`_contradicts` compares)."""
    return meeting.sources[0].article if meeting.sources else None


class MeetingGroup(list[Meeting]):
    """The reports of one meeting, and the meetings its vague report may be (if several)."""

    def __init__(self, reports: Iterable[Meeting], candidates: list[list[Meeting]]) -> None:
        super().__init__(reports)
        self.candidates = candidates


@dataclass(frozen=True)
class MeetingReach:
    """The keys by which :func:`meeting_groups` relates one report to the others.

    A precise report is compared with the precise reports sharing one of its ``pairs``,
    and vague reports find its group by its ``lookups``. A vague report chooses among
    the groups of the precise reports its ``lookups`` find; joining none, it is
    compared (:func:`alone_comparison`) with the vague reports joining none that share
    a key with it, each of them one of its ``solo`` keys or finer. What a partial
    re-merge must read to place a report as the whole merge does follows from these.
    """

    precise: bool
    pairs: frozenset[Hashable]
    lookups: frozenset[Hashable]
    solo: frozenset[Hashable]


def alone_comparison(published: dict[str, str | None]) -> Callable[[Meeting, Meeting], bool]:
    """How :func:`meeting_groups` compares two vague reports that join no precise one."""
    return _same_vague(published)


def meeting_reach(published: dict[str, str | None]) -> Callable[[Meeting], MeetingReach]:
    """Each meeting report's :class:`MeetingReach`, as :func:`meeting_groups` reads it."""

    def reach(meeting: Meeting) -> MeetingReach:
        return MeetingReach(
            precise=_precise(meeting),
            pairs=frozenset(_solo_blocks(meeting)),
            # A dated report's lookups do not depend on its publication date.
            lookups=frozenset(_lookups(meeting, _published(meeting, published))),
            solo=frozenset(_solo_blocks(meeting)),
        )

    return reach


def _fits(
    vague: Meeting, group: list[Meeting], published: str | None, own_article: bool = False
) -> bool:
    """A vague report is of this event: one member agrees with it, and none contradicts.

    :param own_article: Members from the vague report's own article do not contradict.
    """
    if any(_contradicts(vague, member, published, own_article) for member in group):
        return False
    people = [p for member in group for p in member.participants]
    shared = _shared_people(vague.participants, people)
    if vague.format == "multilateral" and all(m.format == "multilateral" for m in group):
        return shared >= min(2, len(vague.participants))  # a handful of a summit's leaders
    # Every person it names is in the event (one side of a call, two of a trilateral's):
    # a report naming someone else is of another meeting.
    return shared == len(vague.participants)


def _contradicts(
    vague: Meeting, member: Meeting, published: str | None, own_article: bool = False
) -> bool:
    same_article = bool(
        vague.sources and member.sources and vague.sources[0].article == member.sources[0].article
    )
    if same_article and not own_article:
        return True
    if member.date is None:
        return True
    if vague.date is not None and not same_or_coarser(vague.date, member.date):
        return True
    if vague.date is None and (
        len(vague.participants) < 2 or not _near(member.date, published, vague.status)
    ):
        return True  # one side named and no date: too little to tell which meeting
    if vague.format and member.format and vague.format != member.format:
        return True
    if vague.kind and member.kind and vague.kind != member.kind and not _unmarked(vague):
        return True
    remote = {"phone", "video"} & {vague.kind, member.kind}
    return bool(
        not remote
        and vague.location
        and member.location
        and not same_place(vague.location, member.location)
    )


def _unmarked(vague: Meeting) -> bool:
    """An undated report with no place whose kind is the rules' default: "Lavrov has
    discussed the situation with his Armenian counterpart" names no medium, so it does
    not contradict the call the other reports date."""
    return vague.date is None and vague.kind == "in_person" and not vague.location


def _near(day: str, published: str | None, status: str) -> bool:
    """An undated report's meeting is on ``day``: close enough to its publication."""
    if published is None or len(published) < 10 or len(day) < 10:
        return False
    try:
        gap = (dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat(published[:10])).days
    except ValueError:
        return False
    if status == "scheduled":
        return -1 <= gap <= SCHEDULED_WITHIN_DAYS
    return -HELD_WITHIN_DAYS <= gap <= 1


def _meeting(group: list[Meeting], canonical: Canonical, origin: dict[str, str]) -> Meeting:
    sources = sorted_evidence(s for m in group for s in m.sources)
    conflicts: list[Conflict] = []

    def pick(
        field: str,
        of: Callable[[Meeting], V | None],
        compatible: Callable[[V, V], bool] | None = None,
        prefer: Callable[[V], int] | None = None,
    ) -> V | None:
        reports = ((of(m), m.sources) for m in group)
        value, conflict = choose(field, reports, origin, compatible=compatible, prefer=prefer)
        if conflict is not None:
            conflicts.append(conflict)
        return value

    date = pick("date", lambda m: m.date, same_or_coarser, prefer=len)
    participants: list[Person] = []
    for meeting in group:
        for person in meeting.participants:
            twin = next((i for i, p in enumerate(participants) if same_person(p, person)), None)
            if twin is None:
                participants.append(canonical(person))
            elif len(name_words(person.name)) > len(name_words(participants[twin].name)):
                participants[twin] = canonical(person)  # "Xi Jinping" says more than "Xi"
    first = group[0]
    status = _status(group, conflicts)
    candidates = group.candidates if isinstance(group, MeetingGroup) else []
    return built(
        Meeting,
        id=_record_id("m", group),
        date=date,
        date_text=first.date_text if first.date == date else _text_for(group, date),
        location=pick("location", lambda m: m.location, same_place, prefer=_specificity),
        participants=participants,
        duration_minutes=pick("duration_minutes", lambda m: m.duration_minutes),
        kind=pick("kind", lambda m: m.kind),
        format=pick("format", lambda m: m.format),
        forum=pick("forum", lambda m: m.forum),
        topics=sorted({t for m in group for t in m.topics}),
        outcome=pick("outcome", lambda m: m.outcome),
        status=status,
        sources=sources,
        conflicts=[*_real_conflicts(conflicts), *_candidates(candidates)],
        independent_sources=independent(sources, origin),
    )


def _status(group: list[Meeting], conflicts: list[Conflict]) -> MeetingStatus:
    """Held once any report says so; the announcements stay, as a conflict on ``status``."""
    statuses = sorted({m.status for m in group})
    if len(statuses) > 1:
        claims = [
            built(
                Claim,
                value=status,
                sources=sorted_evidence(s for m in group if m.status == status for s in m.sources),
            )
            for status in statuses
        ]
        conflicts.append(built(Conflict, field="status", claims=claims))
    return "held" if "held" in statuses else statuses[0]


def _candidates(candidates: list[list[Meeting]]) -> list[Conflict]:
    """A vague report that fits several meetings: the records it may be one of."""
    claims = [
        built(
            Claim,
            value=_record_id("m", candidate),
            sources=sorted_evidence(s for m in candidate for s in m.sources),
        )
        for candidate in candidates
    ]
    return [built(Conflict, field="candidates", claims=claims)] if claims else []


def _specificity(place: str) -> int:
    """Cities before countries: "Vilnius" says more than "Lithuania"."""
    return 0 if place in gazetteer().country_names else 1


def _text_for(group: list[Meeting], date: object) -> str | None:
    return next((m.date_text for m in group if m.date == date), None)


def _real_conflicts(conflicts: list[Conflict]) -> list[Conflict]:
    # Free text (forum names, outcomes) is worded differently by every outlet.
    return [c for c in conflicts if c.field not in ("forum", "outcome")]


# -- statements -------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return [t for t in _WORD.findall(text.replace("’", "'").casefold()) if t not in _FILLER]


def _statement_blocks(
    published: dict[str, str | None],
) -> Callable[[Statement], Iterable[Hashable]]:
    """Blocks of one speaker's remarks said, or else reported, in a month or the next.

    A prolific speaker says thousands of things over the years, while outlets report
    one remark within days of each other: comparing across all of a speaker's remarks
    would grow with the square of their number.
    """

    def blocks(statement: Statement) -> Iterator[Hashable]:
        speaker = (statement.speaker.key, statement.direct)
        date = statement.date
        if date is None and statement.sources:
            date = published.get(statement.sources[0].article)
        month = _month_number(date)
        if month is None:
            yield (*speaker, date)  # a year or nothing: compared with its own kind only
            return
        yield (*speaker, month)
        yield (*speaker, month + 1)

    return blocks


def _month_number(date: str | None) -> int | None:
    if date is None or len(date) < 7:
        return None
    return int(date[:4]) * 12 + int(date[5:7])


def _statement_matcher() -> Callable[[Statement, Statement], bool]:
    words: dict[int, tuple[Counter[str], int]] = {}

    def bag(statement: Statement) -> tuple[Counter[str], int]:
        # Each statement is compared with many others: its words are counted once.
        found = words.get(id(statement))
        if found is None:
            counted = Counter(_tokens(statement.text))
            found = words[id(statement)] = (counted, sum(counted.values()))
        return found

    def same(a: Statement, b: Statement) -> bool:
        if a.sources and b.sources and a.sources[0].article == b.sources[0].article:
            return False
        (ta, na), (tb, nb) = bag(a), bag(b)
        shorter = min(na, nb)
        return shorter > 0 and sum((ta & tb).values()) >= QUOTE_OVERLAP * shorter

    return same


def _statement(group: list[Statement], canonical: Canonical, origin: dict[str, str]) -> Statement:
    sources = sorted_evidence(s for st in group for s in st.sources)
    conflicts = []
    text, conflict = choose("text", ((s.text, s.sources) for s in group), origin)
    if conflict is not None:
        conflicts.append(conflict)
    date, conflict = choose(
        "date", ((s.date, s.sources) for s in group), origin, compatible=same_or_coarser
    )
    if conflict is not None:
        conflicts.append(conflict)
    setting, _ = choose("setting", ((s.setting, s.sources) for s in group), origin)
    first = group[0]
    return built(
        Statement,
        id=_record_id("s", group),
        speaker=canonical(first.speaker),
        text=str(text),
        direct=first.direct,
        date=date,
        setting=setting,
        sources=sources,
        conflicts=conflicts,
        independent_sources=independent(sources, origin),
    )


# -- agreements -------------------------------------------------------------------------


def _names(agreement: Agreement) -> set[str]:
    """The names an agreement is known by, without those that name no pact in particular."""
    generic = _generic_agreement_words()
    names = (_tokens(n) for n in [agreement.name, *agreement.aliases] if n)
    return {" ".join(_singular(w) for w in words) for words in names if not set(words) <= generic}


@cache
def _generic_agreement_words() -> frozenset[str]:
    words = entry("aliases", "generic_agreement_words", shape=list[str], default=[])
    return frozenset(w.casefold() for w in words)


def _parties_contradict(a: Agreement, b: Agreement) -> bool:
    """Two pacts of different countries: each names a party the other does not, and they
    share at most one ("Malaysia-China" and "Australia-Malaysia" partnerships); a report
    naming one party alone contradicts a report of several that leaves it out (Britain's
    Reciprocal Access Agreement is not one of Japan's and the Philippines'), and one naming
    another party alone."""
    pa, pb = set(a.parties), set(b.parties)
    if len(pa) == len(pb) == 1:
        # One party each, not the same one: Japan's pacts "with Australia" and "with
        # Britain" reported by the other side's name alone.
        return pa != pb
    return max(len(pa), len(pb)) > 1 and bool(pa - pb) and bool(pb - pa) and len(pa & pb) < 2


def _signed_year(agreement: Agreement) -> str | None:
    return agreement.signed[:4] if agreement.signed else None


def _agreement_blocks(agreement: Agreement) -> Iterable[Hashable]:
    if not agreement.name and not agreement.acronym and _signed_year(agreement):
        yield ("unnamed", _signed_year(agreement))
    if agreement.acronym:
        yield ("acronym", agreement.acronym.upper())
        yield ("name", _name_form(agreement.acronym))  # "New START" written as its name
    for name in _names(agreement):
        yield ("name", name)
    if agreement.name:
        # The acronym of a full name: "General Security of Military Information
        # Agreement" meets "GSOMIA" even where one article never spells it out.
        yield ("acronym", _initials(agreement.name))
    yield from label_blocks(agreement)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper()).upper()


def _same_agreement(a: Agreement, b: Agreement) -> bool:
    if a.sources and b.sources and a.sources[0].article == b.sources[0].article:
        return False
    if _parties_contradict(a, b):
        return False
    if a.acronym and b.acronym:
        return a.acronym.upper() == b.acronym.upper()
    if _names(a) & _names(b):
        return True
    if not (a.name or a.acronym or b.name or b.acronym):
        # "a 1965 bilateral treaty", "the 1965 accord": unnamed, signed the same year,
        # binding the same countries.
        pa, pb = set(a.parties), set(b.parties)
        if bool(_signed_year(a)) and _signed_year(a) == _signed_year(b) and (pa <= pb or pb <= pa):
            return True
    for one, other in ((a, b), (b, a)):
        if one.acronym and other.name and acronym_fits(one.acronym, other.name):
            return True
        if one.acronym and _name_form(one.acronym) in _names(other):
            return True  # "New START" as one report's acronym and another's name
    return same_label(a, b)


def _name_form(words: str) -> str:
    return " ".join(_singular(t) for t in _tokens(words))


def _agreement(group: list[Agreement], origin: dict[str, str]) -> Agreement:
    sources = sorted_evidence(s for a in group for s in a.sources)
    conflicts = []
    name, conflict = choose("name", ((a.name, a.sources) for a in group), origin)
    if conflict is not None:
        conflicts.append(conflict)
    acronym, _ = choose("acronym", ((a.acronym, a.sources) for a in group), origin)
    renewal = next((a.renewal for a in group if a.renewal is not None), None)
    aliases = sorted({alias for a in group for alias in a.aliases if alias != name})
    return Agreement(
        id=_record_id("a", group),
        name=name,
        acronym=acronym,
        aliases=aliases,
        parties=_parties(group),
        renewal=renewal,
        events=_events([e for a in group for e in a.events]),
        sources=sources,
        conflicts=conflicts,
        independent_sources=independent(sources, origin),
    )


def _parties(group: list[Agreement]) -> list[str]:
    """Countries at least half of the reports that name parties agree on."""
    reports = [a for a in group if a.parties]
    counts = Counter(p for a in reports for p in set(a.parties))
    return sorted(p for p, n in counts.items() if n * 2 >= len(reports))


def _events(events: list[AgreementEvent]) -> list[AgreementEvent]:
    """One event per kind and date; a month and a day in it are one event (the day)."""
    merged: list[AgreementEvent] = []
    of_kind: dict[str, list[AgreementEvent]] = {}
    # Each event's evidence, sorted once at the end: a treaty every story names has
    # thousands of reports of one event.
    evidence: dict[int, list[Evidence]] = {}
    ordered = sorted(events, key=lambda e: (e.kind, -len(e.date or ""), e.date or ""))
    for event in ordered:
        twin = next(
            (
                m
                for m in of_kind.get(event.kind, ())
                if m.date == event.date
                or (m.date and event.date and same_or_coarser(m.date, event.date))
            ),
            None,
        )
        if twin is None:
            twin = event.model_copy(update={"sources": []})
            merged.append(twin)
            of_kind.setdefault(event.kind, []).append(twin)
            evidence[id(twin)] = []
        evidence[id(twin)].extend(event.sources)
    for event in merged:
        event.sources = sorted_evidence(evidence[id(event)])
    # Undated reports of a kind add nothing to a dated event of that kind.
    dated = {e.kind for e in merged if e.date}
    kept = [e for e in merged if e.date or e.kind not in dated]
    return sorted(kept, key=lambda e: (e.date or "9999", e.kind))


# -- ids --------------------------------------------------------------------------------


def _record_id(prefix: str, group: list[Meeting] | list[Statement] | list[Agreement]) -> str:
    """A stable id from the ids of the reports merged (the same set, the same id)."""
    digest = hashlib.blake2b(
        "\n".join(sorted(r.id for r in group)).encode(), digest_size=8
    ).hexdigest()
    return f"{prefix}-{digest}"
