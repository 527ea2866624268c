"""Scoring one article: its fields, and its records matched one to one with gold."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from diplowire.evaluation.gold import (
    GoldAgreement,
    GoldArticle,
    GoldEvent,
    GoldMeeting,
    GoldSet,
    GoldStatement,
)
from diplowire.evaluation.matching import (
    QUOTE_OVERLAP,
    Pairing,
    agreement_matches,
    event_matches,
    meeting_closeness,
    meeting_matches,
    pair,
    quote_overlap,
    same_location,
    same_person,
    same_text,
    statement_matches,
)
from diplowire.evaluation.scores import Evaluation, FieldScore, Miss, RecordScore
from diplowire.models import Agreement, AgreementEvent, Article, Meeting, Statement
from diplowire.models.kinds import KINDS
from diplowire.reading import wires

__all__ = ["ArticleRecords", "Matches", "score_article"]

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


@dataclass
class ArticleRecords:
    """One article's own records, before any merge."""

    meetings: list[Meeting] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)


@dataclass
class Matches:
    """How one article's predictions paired with its gold (the merge scoring reads it)."""

    stem: str
    gold: GoldSet
    meetings: Pairing[GoldMeeting, Meeting]
    statements: Pairing[GoldStatement, Statement]
    agreements: Pairing[GoldAgreement, Agreement]


def score_article(
    stem: str, article: Article, gold: GoldSet, records: ArticleRecords, into: Evaluation
) -> Matches:
    """Add one article's figures to an evaluation; return its pairings."""
    _article_fields(gold.article, article, into.articles)
    pairings: dict[str, Pairing[Any, Any]] = {}
    for kind in KINDS:
        scoring = SCORING[kind.name]
        judged = scoring.judged(getattr(records, kind.field))
        found = pair(getattr(gold, kind.field), judged, scoring.same, _optional, scoring.closeness)
        _tally(into, kind.field, stem, found, scoring.describe)
        pairings[kind.field] = found
    matches = Matches(stem=stem, gold=gold, **pairings)
    for gold_meeting, meeting in matches.meetings.pairs:
        _meeting_fields(gold_meeting, meeting, into.fields)
    direct = _direct(records.statements)
    _speaker_field(gold.statements, direct, _field(into.fields, "statements.speaker"))
    for gold_agreement, agreement in matches.agreements.pairs:
        events = pair(gold_agreement.events, agreement.events, event_matches, _optional)
        _tally(into, "events", stem, events, _describe_event)
        _agreement_fields(gold_agreement, agreement, into.fields)
    return matches


def _direct(statements: list[Statement]) -> list[Statement]:
    return [s for s in statements if s.direct]


def _optional(item: Any) -> bool:
    return bool(getattr(item, "optional", False))


def _field(fields: dict[str, FieldScore], name: str) -> FieldScore:
    return fields.setdefault(name, FieldScore())


def _tally(
    into: Evaluation, kind: Any, stem: str, pairing: Pairing[Any, Any], describe: Any
) -> None:
    score = into.records.setdefault(kind, RecordScore())
    score.tp += pairing.tp
    score.fn += len(pairing.missed)
    score.fp += len(pairing.extra)
    into.misses.extend(
        Miss(type=kind, kind="miss", article=stem, record=describe(g)) for g in pairing.missed
    )
    into.misses.extend(
        Miss(type=kind, kind="extra", article=stem, record=describe(p), sentence=_sentence(p))
        for p in pairing.extra
    )


def _sentence(record: Any) -> str | None:
    sources = getattr(record, "sources", None)
    return sources[0].text if sources else None


def _normal_title(title: str | None) -> str | None:
    if title is None:
        return None
    return _SPACE.sub(" ", title.translate(_QUOTES)).strip().casefold()


def _agencies(names: list[str]) -> set[str]:
    """Agency names as the wire lexicon writes them: "SPA" and "Saudi Press Agency",
    "AA" and "Anadolu Agency" are one agency each."""
    return {(wires.canonical(name) or name).casefold() for name in names}


def _folded(value: str | None) -> str | None:
    return value.casefold().strip() if value is not None else None


def _article_fields(gold: GoldArticle, article: Article, fields: dict[str, FieldScore]) -> None:
    checks: dict[str, tuple[object, object]] = {
        "outlet": (_folded(gold.outlet), _folded(article.outlet)),
        "wire": (_agencies(gold.wire or []), _agencies(article.wire)),
        "dateline_place": (_folded(gold.dateline_place), _folded(article.dateline_place)),
        "title": (_normal_title(gold.title), _normal_title(article.title)),
        "published": (gold.published, article.published),
    }
    for name, (expected, found) in checks.items():
        if gold.judged(name):
            _field(fields, name).add(expected == found)


def _meeting_fields(gold: GoldMeeting, meeting: Meeting, fields: dict[str, FieldScore]) -> None:
    for name in ("kind", "format", "status", "duration_minutes"):
        if gold.judged(name):
            _field(fields, f"meetings.{name}").add(getattr(gold, name) == getattr(meeting, name))
    if gold.judged("location"):
        _field(fields, "meetings.location").add(same_location(gold.location, meeting.location))
    if gold.judged("forum"):
        _field(fields, "meetings.forum").add(same_text(gold.forum, meeting.forum))
    countries = _field(fields, "meetings.countries")
    for name, country in gold.countries.items():
        person = next((p for p in meeting.participants if same_person(name, p.name)), None)
        if person is not None:  # a missing participant is counted by the match itself
            countries.add(person.country == country)


def _speaker_field(gold: list[GoldStatement], direct: list[Statement], speaker: FieldScore) -> None:
    """Of the quotations whose words were found, how many have the right speaker."""
    for item in gold:
        if item.optional:
            continue
        found = [s for s in direct if quote_overlap(item.quote, s.text) >= QUOTE_OVERLAP]
        if found:
            speaker.add(any(same_person(item.speaker, s.speaker.name) for s in found))


def _agreement_fields(
    gold: GoldAgreement, agreement: Agreement, fields: dict[str, FieldScore]
) -> None:
    if gold.judged("parties"):
        _field(fields, "agreements.parties").add(set(gold.parties) == set(agreement.parties))
    dates = _field(fields, "events.date")
    for event in gold.events:
        if event.optional or event.date is None:
            continue
        same_kind = [e for e in agreement.events if e.kind == event.kind]
        if same_kind:  # a missing event is counted by the event match itself
            dates.add(any(e.date == event.date for e in same_kind))


def _describe_meeting(item: GoldMeeting | Meeting) -> str:
    if isinstance(item, GoldMeeting):
        names = item.participants
    else:
        names = [p.name for p in item.participants]
    return f"{item.date} {', '.join(names)}"


def _describe_statement(item: GoldStatement | Statement) -> str:
    if isinstance(item, GoldStatement):
        return f"{item.speaker}: {item.quote[:60]}"
    return f"{item.speaker.name}: {item.text[:60]}"


def _describe_agreement(item: GoldAgreement | Agreement) -> str:
    return f"{item.acronym or item.name}"


def _describe_event(item: GoldEvent | AgreementEvent) -> str:
    return f"{item.kind} {item.date}"


@dataclass(frozen=True)
class Scoring:
    """How one kind's records are scored against its gold, one to one."""

    judged: Callable[[list[Any]], list[Any]]
    """The records the gold judges, of an article's own (direct quotes, of statements)."""
    same: Callable[[Any, Any], bool]
    """A gold record and a found one are one record."""
    describe: Callable[[Any], str]
    """A gold or found record as a line of the misses."""
    closeness: Callable[[Any, Any], int] | None = None
    """Among matches, which is closer (the pairing prefers it)."""


SCORING: dict[str, Scoring] = {
    "meeting": Scoring(list, meeting_matches, _describe_meeting, meeting_closeness),
    "statement": Scoring(_direct, statement_matches, _describe_statement),
    "agreement": Scoring(list, agreement_matches, _describe_agreement),
}
"""Per registered kind (:data:`~diplowire.models.kinds.KINDS`), how it is scored; its
gold is the list of the same name on :class:`~diplowire.evaluation.gold.GoldSet`."""
