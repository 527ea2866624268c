"""Lifecycle events of a pact and its renewal rule.

Each sentence about a pact is read for the ``agreement_events`` cues; a cue that is
unreal (proposed, denied), habitual, or a domestic act's is no event. Each event is
dated (see :mod:`~diplowire.extraction.agreements.event_dates`), its actor is the
country named before it, and an automatic renewal is read as a rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.agreements.acts import _of_an_act
from diplowire.extraction.agreements.event_dates import _event_date
from diplowire.extraction.agreements.pact import _Pact
from diplowire.extraction.agreements.parties import _country_pattern
from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import folded
from diplowire.extraction.dates import NUMBER_WORDS, DateMention
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.prefilter import Gated, Screen, gated
from diplowire.models import AgreementEvent, AgreementEventKind, Evidence, RenewalRule

_UNREAL_REACH = 40
"""How far before an event cue the words that make it unreal are looked for."""


@cache
def _unreal() -> Gated:
    """Words before an event cue that make it no event: proposed, hoped for, denied or
    supposed ("proposed extending New START", "said it wouldn't extend the deal", "If the
    second phase of the FTA is concluded"); ``unreal_before`` in the agreements lexicon."""
    words = "|".join(lexicon.words("agreements", "unreal_before"))
    return gated(re.compile(rf"(?<![\w'’])(?:{words})\b[^.;]*$", re.IGNORECASE))


_HABITUAL = re.compile(r"\b(?:every|each)\s+(?:year|time)|\bannually\b")


_RENEWAL = re.compile(
    r"(?:automatically\s+(?:renewed|extended)|(?:renewed|extended)\s+automatically)\s+"
    r"(?:every|each|for(?:\s+(?:another|a\s+further|successive))?)\s+"
    r"(?P<period>year|month|(?P<n>[\w]+)[\s-]+(?P<unit>years?|months?)(?:\s+periods?)?)"
    r"(?:[^.]{0,200}?(?P<notice>\d+|one|two|three|six|ninety|a)\s+(?P<nunit>days?|months?|years?)"
    r"(?:'s|’s)?\s+(?:before|prior|in advance|notice))?",
    re.IGNORECASE,
)


@cache
def _event_cues() -> tuple[list[tuple[AgreementEventKind, re.Pattern[str]]], Screen]:
    """Event cue patterns for lower-cased text, and the screen that says which of
    them a sentence may hold."""
    table = lexicon.entry("cues", "agreement_events", shape=dict[AgreementEventKind, list[str]])
    found = [
        (kind, folded(rf"(?<![\w-])(?:{'|'.join(patterns)})")) for kind, patterns in table.items()
    ]
    return found, Screen(pattern for _kind, pattern in found)


def _event_cues_in(
    sentence: Sentence, renewal: bool
) -> list[tuple[AgreementEventKind, re.Match[str]]]:
    """The event cues of a sentence, in the lexicon's order of kinds; where two overlap,
    the first kind's. A sentence stating a ``renewal`` rule ("renewed every year unless
    ... before it expires") dates only the signing and the entry into force."""
    patterns, screen = _event_cues()
    found: list[tuple[AgreementEventKind, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for index in screen.candidates(sentence.lower):
        kind, pattern = patterns[index]
        if renewal and kind not in ("signed", "in_force"):
            continue
        for cue in pattern.finditer(sentence.lower):
            if any(s <= cue.start() < e for s, e in taken):
                continue
            taken.append((cue.start(), cue.end()))
            found.append((kind, cue))
    return found


def _read_events(
    draft: _Pact,
    context: Context,
    dates: Mapping[int, list[DateMention]],
    spans: dict[int, list[tuple[int, int, _Pact | None]]],
    events_at: dict[int, list[tuple[AgreementEventKind, re.Match[str]]]],
) -> None:
    seen: set[tuple[str, str | None]] = set()
    for sentence in draft.sentences:
        text = sentence.norm
        mentions = spans.get(sentence.index, [])
        renewal = _RENEWAL.search(text)
        if renewal is not None and draft.renewal is None:
            draft.renewal = _renewal_rule(renewal)
        cues_here = events_at.get(sentence.index)
        if cues_here is None:
            # A sentence shared by several agreements is read once.
            cues_here = _event_cues_in(sentence, renewal is not None)
            events_at[sentence.index] = cues_here
        # Most sentences name one agreement only: then every cue is its, and the nearest
        # mention need not be looked for cue by cue.
        others = any(target is not draft for _, _, target in mentions)
        for kind, cue in cues_here:
            if others and _nearest_mention(mentions, cue) is not draft:
                continue  # "signed a similar pact with Britain": another agreement's
            if _unreal().search(text, max(0, cue.start() - _UNREAL_REACH), cue.start()):
                continue  # "proposed extending New START": not (yet) an event
            if kind == "renewed" and _HABITUAL.search(text, cue.end(), cue.end() + 40):
                continue  # "renewed the pact every year": a habit, not an event
            if _of_an_act(kind, cue, text):
                continue  # "signed a law ...", "The law on ... will take effect"
            # The cues around this one whose dates are theirs; the signing of the act that
            # takes the step is none ("signed a law on Tuesday that suspends ...": Tuesday
            # dates the suspension), an act taking effect keeps its day ("a decision which
            # became effective last November").
            steps = [
                other
                for k, other in cues_here
                if not (k == "signed" and _of_an_act(k, other, text))
            ]
            later = [other.start() for other in steps if other.start() > cue.end()]
            earlier = [other.end() for other in steps if other.end() <= cue.start()]
            date, date_text = _event_date(
                text,
                cue,
                dates.get(sentence.index, []),
                kind,
                (max(earlier, default=len(text)), min(later, default=len(text))),
            )
            if kind == "signed" and date is None and draft.year:
                date = draft.year
            if (
                date is None
                and _ORIGIN.match(text, cue.start())
                and not _AUXILIARY.search(text, 0, cue.start())
            ):
                continue  # "The Indus Waters Treaty, brokered by the World Bank, ...": its maker
            if (
                date is None
                and context.published is not None
                and kind in _NEWS_STEPS
                and _JUST_DONE.search(text, max(0, cue.start() - _JUST_DONE_REACH), cue.start())
            ):
                # "The United Nations' Treaty on Prohibition of Nuclear Weapons has entered
                # into force": a step the report gives as just done is of its day.
                date, date_text = context.published.isoformat(), None
            at_once = _AT_ONCE.match(text, cue.end()) if date is None else None
            told = [e for e in draft.events if e.date]
            if at_once is not None and told:
                # "It will go into effect immediately": the day of the step just told.
                date, date_text = told[-1].date, at_once.group(1)
            key = (kind, date)
            if key in seen:
                _add_source(draft, kind, date, context.evidence(sentence))
                continue
            seen.add(key)
            draft.events.append(
                AgreementEvent(
                    kind=kind,
                    date=date,
                    date_text=date_text,
                    actor=_actor(text[: cue.start()]),
                    sources=[context.evidence(sentence)],
                )
            )
    if draft.year and not any(e.kind == "signed" for e in draft.events):
        # "the 1965 accord": the signing the name dates; its evidence is where it is named.
        naming = [s for s in draft.sentences if draft.year in s.text] or draft.sentences[:1]
        draft.events.append(
            AgreementEvent(
                kind="signed", date=draft.year, sources=[context.evidence(s) for s in naming[:1]]
            )
        )
    _drop_undated_duplicates(draft)


def _nearest_mention(
    mentions: list[tuple[int, int, _Pact | None]], cue: re.Match[str]
) -> _Pact | None:
    def distance(span: tuple[int, int, _Pact | None]) -> int:
        start, end, _ = span
        return (
            0 if start <= cue.start() < end else min(abs(cue.start() - end), abs(start - cue.end()))
        )

    return min(mentions, key=distance)[2]


def _add_source(draft: _Pact, kind: str, date: str | None, evidence: Evidence) -> None:
    for event in draft.events:
        if event.kind == kind and event.date == date and evidence not in event.sources:
            event.sources.append(evidence)


def _drop_undated_duplicates(draft: _Pact) -> None:
    """Keep the most precise report of each event: "signed in 2001" adds nothing to
    "signed on July 16, 2001"."""
    kept = []
    for event in draft.events:
        finer = any(
            other.kind == event.kind
            and other.date
            and other is not event
            and (
                event.date is None
                or (other.date.startswith(event.date) and len(other.date) > len(event.date))
            )
            for other in draft.events
        )
        if not finer:
            kept.append(event)
    draft.events = kept


_JUST_DONE = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|officially|formally|finally|just)\s+)?(?:been\s+)?$"
)
"""The present perfect right before a step's cue: the report's news, of its day."""


_JUST_DONE_REACH = 40


_NEWS_STEPS = frozenset({"in_force", "ratified", "signed", "terminated", "suspended"})
"""Steps a present perfect gives as the day's news ("has entered into force"); not
"has been extended", which a story often tells of an earlier term."""


# A participle naming who made a pact, undated, describes it and tells no step: "The
# agreement negotiated by the UN and Türkiye aimed to ...", unlike "was signed by both".
_ORIGIN = re.compile(r"[a-z]+ed\s+by\s")


_AUXILIARY = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?$")


_AT_ONCE = re.compile(r"\s+[“\"]?(immediately|with\s+immediate\s+effect)\b")


def _actor(before: str) -> str | None:
    found = list(_country_pattern().finditer(before[-80:]))
    if not found:
        return None
    return gazetteer().country_of(found[-1].group(0))


def _renewal_rule(match: re.Match[str]) -> RenewalRule:
    period_text = match.group("period").lower()
    if match.group("unit"):
        raw = match.group("n").lower()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw) or 1
        period = f"P{count}{'Y' if match.group('unit').lower().startswith('year') else 'M'}"
    else:
        period = "P1Y" if period_text == "year" else "P1M"
    notice_days = None
    if match.group("notice"):
        raw = match.group("notice").lower()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw) or 1
        unit = match.group("nunit").lower()
        notice_days = count * (
            365 if unit.startswith("year") else 30 if unit.startswith("month") else 1
        )
    return RenewalRule(automatic=True, period=period, notice_days=notice_days)
