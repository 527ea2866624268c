"""Scoring the merge: does each real-world event come out as one record citing every report?

The per-article pairings say which gold event each article's record reports. A merged
record is made of article records (its evidence is the union of theirs), so the gold
events a merged record holds are the events of its members. An event reported by two or
more articles is *unified* when exactly one merged record holds it and that record cites
every article that reports it; a merged record holding two distinct gold events is a
*false merge*.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Any

from diplowire.evaluation.articles import Matches
from diplowire.evaluation.gold import GoldAgreement, GoldMeeting, MergedGold
from diplowire.evaluation.matching import (
    dates_agree,
    names_agree,
    participants_found,
    same_person,
)
from diplowire.evaluation.scores import MergeScore, Miss
from diplowire.models import Agreement, Dossier, Evidence, Meeting

__all__ = ["score_merge"]

Event = tuple[str, int | tuple[str, int]]
"""``("meeting", index in merged gold)`` or ``("meeting", (stem, index in its gold))``."""


def score_merge(
    merged_gold: MergedGold,
    matches: Sequence[Matches],
    article_records: Dossier,
    merged: Dossier,
    stems: dict[str, str],
) -> tuple[MergeScore, list[Miss]]:
    """The merge figures, and the events split or merged wrongly.

    :param article_records: The dossier before the merge (one record per article report).
    :param merged: The same dossier merged.
    :param stems: Article id → file stem.
    """
    score = MergeScore()
    misses: list[Miss] = []
    implicit = _implicit_events(merged_gold, matches)
    event_of: dict[int, Event] = {}  # id() of an article record -> its gold event
    for match in matches:
        reports = _meeting_reports(merged_gold, match.stem, match.gold.meetings)
        for index, (gold, record) in _indexed(match.gold.meetings, match.meetings.pairs):
            event = reports.get(index)
            # An optional gold record outside merged.json is no event of its own: merging
            # it costs nothing, as finding it or missing it does.
            if event is not None or not gold.optional:
                event_of[id(record)] = event or implicit[("meeting", match.stem, index)]
        for index, (gold_a, agreement) in _indexed(match.gold.agreements, match.agreements.pairs):
            event = _agreement_event(merged_gold, match.stem, index, gold_a)
            if event is not None or not gold_a.optional:
                event_of[id(agreement)] = event or implicit[("agreement", match.stem, index)]
    held = _held_events(article_records.meetings, merged.meetings, event_of)
    held.update(_held_events(article_records.agreements, merged.agreements, event_of))
    cited = {
        record_id: {stems.get(e.article, e.article) for e in sources}
        for record_id, sources in _sources(merged).items()
    }
    holders: dict[Event, list[str]] = defaultdict(list)
    for record_id, events in held.items():
        for event in events:
            holders[event].append(record_id)
        if len(events) > 1:
            score.false_merges += 1
            misses.append(
                Miss(
                    type="merge",
                    kind="false_merge",
                    article=" ".join(sorted(cited.get(record_id, ()))),
                    record=f"one record holds {_label(merged_gold, sorted(events, key=str))}",
                )
            )
    gold_events: list[tuple[Event, list[str]]] = []
    gold_events += [(("meeting", i), m.articles) for i, m in enumerate(merged_gold.meetings)]
    gold_events += [(("agreement", i), a.articles) for i, a in enumerate(merged_gold.agreements)]
    optional = {("meeting", i) for i, m in enumerate(merged_gold.meetings) if m.optional}
    optional |= {("agreement", i) for i, a in enumerate(merged_gold.agreements) if a.optional}
    for event, articles in gold_events:
        if len(set(articles)) < 2 or event in optional:
            continue
        score.events += 1
        records = holders.get(event, [])
        if records:
            score.found += 1
            score.records += len(records)
        if len(records) == 1 and set(articles) <= cited.get(records[0], set()):
            score.unified += 1
        else:
            misses.append(
                Miss(
                    type="merge",
                    kind="split",
                    article=" ".join(sorted(set(articles))),
                    record=f"{_label(merged_gold, [event])}: {len(records)} records",
                )
            )
    _score_copies(merged_gold.copies, merged, stems, score)
    return score, misses


def _indexed(gold: Sequence[Any], pairs: Iterable[tuple[Any, Any]]) -> Iterable[tuple[int, Any]]:
    position = {id(item): i for i, item in enumerate(gold)}
    for gold_item, record in pairs:
        yield position[id(gold_item)], (gold_item, record)


def _meeting_event(merged: MergedGold, stem: str, index: int, gold: GoldMeeting) -> Event | None:
    """The merged-gold meeting an article's gold meeting reports, if any.

    Reports of one meeting name different subsets of its people and may leave out the
    date, so within the articles an event lists, the people of one side all among the
    other's are enough (half of them for a meeting of three or more), and an undated
    report takes the event's date; of several such events, the one sharing the most
    people wins. A pointer in ``records`` overrides.
    """
    best: tuple[int, int, int, int] | None = None  # (shared, -size difference, same date, index)
    for i, event in enumerate(merged.meetings):
        if stem not in event.articles:
            continue
        if stem in event.records:
            if event.records[stem] == index:
                return ("meeting", i)
            continue
        if gold.date is not None and not dates_agree(event.date, gold.date):
            continue
        shared = _shared(gold.participants, event.participants, merged.people)
        smaller = min(len(gold.participants), len(event.participants))
        # Two reports of a call name the same two people; two reports of a summit name
        # different handfuls of its leaders, so half of the shorter list is enough there.
        enough = smaller if smaller <= 2 else (smaller + 1) // 2
        # Of a bilateral and the trilateral it preceded, the one of the report's size;
        # then the one of the report's own date: an undated report of the pair's talks
        # at the UN is the undated event, not their visit the article dates.
        rank = (
            shared,
            -abs(len(gold.participants) - len(event.participants)),
            int(event.date == gold.date),
            i,
        )
        if smaller and shared >= max(enough, 1) and (best is None or rank[:3] > best[:3]):
            best = rank
    return ("meeting", best[3]) if best is not None else None


def _meeting_reports(
    merged: MergedGold, stem: str, golds: Sequence[GoldMeeting]
) -> dict[int, Event]:
    """The merged-gold meeting each of an article's gold meetings reports.

    An article reports an event once: where several of its gold meetings fit one event
    (the phone call, and the visit it announced, of the same two people that month),
    the closest is the report (a pointer in ``records`` first, then the most people
    shared, then the first listed); the others are events of their own.
    """
    best: dict[Event, tuple[tuple[int, int, int], int]] = {}
    for index, gold in enumerate(golds):
        event = _meeting_event(merged, stem, index, gold)
        if event is None:
            continue
        which = merged.meetings[int(str(event[1]))]
        rank = (
            int(which.records.get(stem) == index),
            _shared(gold.participants, which.participants, merged.people),
            -index,
        )
        if event not in best or rank > best[event][0]:
            best[event] = (rank, index)
    return {index: event for event, (_, index) in best.items()}


def _shared(names: Sequence[str], others: Sequence[str], people: list[list[str]]) -> int:
    """How many of ``names`` are among ``others``, spelling variants in ``people`` equal."""

    def same(a: str, b: str) -> bool:
        return same_person(a, b) or any(
            any(same_person(a, x) for x in group) and any(same_person(b, x) for x in group)
            for group in people
        )

    return sum(any(same(n, o) for o in others) for n in names)


def _agreement_event(
    merged: MergedGold, stem: str, index: int, gold: GoldAgreement
) -> Event | None:
    for i, event in enumerate(merged.agreements):
        if stem in event.records:
            if event.records[stem] == index:
                return ("agreement", i)
            continue
        if stem in event.articles and names_agree(
            event.acronym,
            [event.name, event.what, *event.aliases],
            gold.acronym,
            [gold.name, *gold.aliases],
        ):
            return ("agreement", i)
    return None


def _same_gold(a: GoldMeeting | GoldAgreement, b: GoldMeeting | GoldAgreement) -> bool:
    if isinstance(a, GoldMeeting) and isinstance(b, GoldMeeting):
        return (
            dates_agree(a.date, b.date)
            and not (a.format and b.format and a.format != b.format)
            and participants_found(a.participants, b.participants)
            and participants_found(b.participants, a.participants)
        )
    if isinstance(a, GoldAgreement) and isinstance(b, GoldAgreement):
        return names_agree(a.acronym, [a.name, *a.aliases], b.acronym, [b.name, *b.aliases])
    return False


def _implicit_events(
    merged: MergedGold, matches: Sequence[Matches]
) -> dict[tuple[str, str, int], Event]:
    """Gold records outside the merged gold, those of one description made one event.

    A merged gold file lists the events a story's articles share; a pact named in
    passing by several articles may be left out of it. Merging such reports is not a
    false merge, so gold records that describe the same thing count as one event.
    """
    items: list[tuple[tuple[str, str, int], GoldMeeting | GoldAgreement]] = []
    for match in matches:
        reports = _meeting_reports(merged, match.stem, match.gold.meetings)
        # An optional record is no event of its own (see score_merge): none is its anchor.
        items += [
            (("meeting", match.stem, i), g)
            for i, g in enumerate(match.gold.meetings)
            if i not in reports and not g.optional
        ]
        items += [
            (("agreement", match.stem, i), g)
            for i, g in enumerate(match.gold.agreements)
            if _agreement_event(merged, match.stem, i, g) is None and not g.optional
        ]
    events: dict[tuple[str, str, int], Event] = {}
    for position, (key, item) in enumerate(items):
        same = next(
            (
                events[other]
                for other, earlier in items[:position]
                if other[0] == key[0] and other[1] != key[1] and _same_gold(earlier, item)
            ),
            None,
        )
        events[key] = same or (key[0], (key[1], key[2]))
    return events


def _key(evidence: Evidence) -> tuple[str, int, bool, str]:
    return evidence.article, evidence.paragraph, evidence.caption, evidence.text


def _held_events(
    reports: Sequence[Meeting | Agreement],
    merged: Sequence[Meeting | Agreement],
    event_of: dict[int, Event],
) -> dict[str, set[Event]]:
    """For each merged record, the gold events of the article records it is made of."""
    holding: dict[tuple[str, int, bool, str], list[Meeting | Agreement]] = defaultdict(list)
    evidence_of: dict[str, set[tuple[str, int, bool, str]]] = {}
    for record in merged:
        evidence_of[record.id] = {_key(e) for e in record.sources}
        for key in evidence_of[record.id]:
            holding[key].append(record)
    held: dict[str, set[Event]] = defaultdict(set)
    for report in reports:
        event = event_of.get(id(report))
        if event is None or not report.sources:
            continue
        own = {_key(e) for e in report.sources}
        candidates = [
            r for r in holding.get(_key(report.sources[0]), []) if own <= evidence_of[r.id]
        ]
        # Two reports read from one sentence share evidence; the record of the same
        # kind and date is the one this report went into.
        best = next((r for r in candidates if _same_shape(report, r)), None)
        best = best or (candidates[0] if candidates else None)
        if best is not None:
            held[best.id].add(event)
    return held


def _same_shape(report: Meeting | Agreement, record: Meeting | Agreement) -> bool:
    if isinstance(report, Meeting) and isinstance(record, Meeting):
        return dates_agree(report.date, record.date) and {p.key for p in report.participants} <= {
            p.key for p in record.participants
        }
    if isinstance(report, Agreement) and isinstance(record, Agreement):
        # "the Simla Agreement of 1972 and the Lahore Declaration": two pacts of one
        # sentence; the record under the report's name is the one it went into.
        names = {record.name, record.acronym, *record.aliases} - {None}
        own = {report.name, report.acronym, *report.aliases} - {None}
        return not own or bool(own & names)
    return True


def _sources(merged: Dossier) -> dict[str, list[Evidence]]:
    records: list[Meeting | Agreement] = [*merged.meetings, *merged.agreements]
    return {r.id: r.sources for r in records}


def _label(merged: MergedGold, events: Sequence[Event]) -> str:
    names = []
    for kind, which in events:
        if isinstance(which, int):
            item = merged.meetings[which] if kind == "meeting" else merged.agreements[which]
            names.append(item.what or f"{kind} {which}")
        else:
            names.append(f"{kind} {which[1]} of {which[0]}")
    return " + ".join(names)


def _score_copies(
    groups: list[list[str]], merged: Dossier, stems: dict[str, str], score: MergeScore
) -> None:
    gold = {frozenset(p) for g in groups for p in combinations(sorted(set(g)), 2)}
    found = {
        frozenset(p)
        for group in merged.copies
        for p in combinations(sorted({stems.get(a, a) for a in group.articles}), 2)
    }
    score.copies_gold = len(gold)
    score.copies_found = len(gold & found)
    score.copies_false = len(found - gold)
