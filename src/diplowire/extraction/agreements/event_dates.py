"""The date of each lifecycle event.

The date in the cue's clause and between its neighbouring cues, else the sentence's
fronted date, the day a relative clause hangs on, the saying's date, or a day shifted
from another ("a day after ...").
"""

from __future__ import annotations

import re

from diplowire.extraction.clauses import clause_of
from diplowire.extraction.dates import NUMBER_WORDS, DateMention, shift_day
from diplowire.extraction.prefilter import gated

_DATE_REACH = 160


_BEFORE_REACH = 25


_DAY_SHIFT_END = re.compile(
    r"\b(?P<n>a|one|two|three|\d+)\s+days?\s+(?P<dir>after|before)\s*$", re.IGNORECASE
)


_REPORTED_THAT = re.compile(
    r"\b(?:said|announced|declared|decided|notified|told\s+\w+)\b[^,;]{0,40}\bthat\s+$"
)


_DAY_SHIFT = gated(
    re.compile(
        r"\b(?P<n>a|one|two|three|\d+)\s+days?\s+(?P<dir>after|before|later|earlier)\b", re.I
    )
)


def _event_date(
    text: str,
    cue: re.Match[str],
    mentions: list[DateMention],
    kind: str,
    between: tuple[int, int],
) -> tuple[str | None, str | None]:
    """The date of the event a cue reports: in its clause, after it or right before it,
    but not past the cues on either side, ``between`` (the end of the one before, or the
    text's end when none is; the start of the one after), whose dates those are
    ("suspension of the agreement, signed in the summer of 2022", "due to expire on
    November 19, has been extended"); else the sentence's fronted date ("On March 18,
    Russia announced that the grain deal will be extended"), the date a relative clause
    hangs on ("on Nov 15, where the agreement was signed") or the saying's ("..., Kim
    confirmed on Friday")."""
    begin, end = clause_of(text, cue.start(), cue.end())
    end = min(end, between[1])
    # "pushed Seoul on Friday to rethink its decision to end the pact": a decision is
    # dated inside its own phrase ("its August decision"), not by the verb before it.
    before_reach = 0 if "decision" in cue.group(0).lower() else _BEFORE_REACH
    near = [
        m
        for m in mentions
        if m.date
        and begin <= m.start < end
        and (not m.attributive or kind == "signed")
        # "the ratification of the Charter of the Hague Conference (The Hague, October 31,
        # 1951)": the place and day a pact was signed, printed after its name.
        and (
            kind == "signed"
            or not _SIGNING_NOTE.search(text, max(0, m.start - _NOTE_REACH), m.start)
        )
        # "extended for 120 days as of Nov. 19": the new term's start, not the extension's.
        and not (kind in ("extended", "renewed") and _TERM_START.search(text, 0, m.start))
        # After the cue ("expire on Nov. 23"), or right before it ("its August decision",
        # "Reached in 2016, the accord"); an expiry is dated by what precedes it only as
        # the word before its noun ("past its Monday expiration date").
        and (
            cue.start() <= m.start <= cue.end() + _DATE_REACH
            or (
                kind != "expires"
                and 0 <= cue.start() - m.end <= before_reach
                and m.start < between[0]
            )
            or (kind == "expires" and text[m.end : cue.start()] == " ")
        )
    ]
    if not near:
        reported = _REPORTED_THAT.search(text, 0, begin) if begin else None
        if reported is not None:
            # "Trump said in May that Washington would pull out": dated by the saying.
            dated = [m for m in mentions if m.date and reported.start() <= m.start < reported.end()]
            if dated:
                return dated[-1].date, dated[-1].text
        framing = _framing_date(text, cue, begin, end, mentions, kind)
        if framing is not None:
            return framing.date, framing.text
        lone = [
            m
            for m in mentions
            if m.date and not m.attributive and begin <= m.start and m.end <= cue.start()
        ]
        if kind != "expires" and before_reach and len(lone) == 1 and lone[0].start < between[0]:
            # "The leaders ... on Monday hailed close ties and announced the extension of
            # a 20-year-old friendship treaty": the clause's one date, before its verbs;
            # not a decision's ("pushed Seoul on Friday to rethink its decision").
            return lone[0].date, lone[0].text
        return _date_across_shift(text, begin, mentions)
    # Prefer a date after the cue ("expire on Nov. 23"), else the nearest one; an
    # announcement is dated by its saying right before it ("said in August it would not
    # renew the pact beyond the deadline on Friday").
    after = [m for m in near if m.start >= cue.start()]
    if kind == "termination_announced" and len(after) < len(near):
        after = []
    best = min(after or near, key=lambda m: abs(m.start - cue.start()))
    date = _with_its_year(best, mentions)
    gap = text[min(best.end, cue.start()) : max(best.start, cue.end())]
    shift = _DAY_SHIFT.search(gap)
    if shift is not None and date and len(date) == 10:
        count = (
            int(shift.group("n"))
            if shift.group("n").isdigit()
            else NUMBER_WORDS.get(shift.group("n").lower(), 1) or 1
        )
        # "[on Saturday], a day after [the event]": the event is a day before Saturday.
        sign = -1 if shift.group("dir").lower() in ("after", "later") else 1
        date = shift_day(date, sign * count)
    return date, best.text


_SIGNING_NOTE = re.compile(r"\((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+$")
"""An opening parenthesis and a place before a date: a pact's signing note."""


_NOTE_REACH = 60


_TERM_START = re.compile(r"\b(?:as\s+of|from|beginning|starting)\s+$")


# What may stand before a fronted date: a quote mark, "On", "Since"; and after it: a comma, or
# the dash of a dateline ("July 17, 2023 - Russia has halted participation in ...").
_FRONT = re.compile(r"[“\"‘']?\s*(?:On|In|Since)?\s*")


_FRONT_END = re.compile(r",|\s+[-–—]\s")


# The day after a month the date reader leaves out ("last July 22, when"), then the comma.
_HANGING = re.compile(r"(?:\s+\d{1,2})?\s*,\s+(?:where|when)\s")


_SAYING_AFTER = re.compile(
    r",\s+(?:[^,;]{0,80}?,\s+)?[^,;]{0,60}?\b(?:said|says|confirmed|announced|reported|"
    r"told\s+[^,;]{1,40}?)\s+$"
)


def _with_its_year(day: DateMention, mentions: list[DateMention]) -> str | None:
    """A day and month followed by the year it fell in ("on Nov. 4 last year"): that
    year's day, not the nearest."""
    following = next((m for m in mentions if 0 <= m.start - day.end <= 1), None)
    if (
        day.date is not None
        and len(day.date) == 10
        and following is not None
        and following.date is not None
        and len(following.date) == 4
    ):
        return following.date + day.date[4:]
    return day.date


def _framing_date(
    text: str, cue: re.Match[str], begin: int, end: int, mentions: list[DateMention], kind: str
) -> DateMention | None:
    """A date set around the clause of a cue that has none of its own."""
    dated = [m for m in mentions if m.date and not m.attributive]
    for mention in dated:
        if mention.end > cue.start():
            break
        if _FRONT.fullmatch(text, 0, mention.start) and _FRONT_END.match(text, mention.end):
            return mention  # "On May 22, 2020, the United States ... by providing notice"
        hanging = _HANGING.match(text, mention.end)
        if hanging is not None and hanging.end() <= cue.start() and begin <= hanging.end():
            return mention  # "on Nov 15, where the agreement was signed"
    if kind == "expires":
        return None  # an expiry is dated by its own words, never by when it was told
    for mention in dated:
        if mention.start >= end and _SAYING_AFTER.search(text, end, mention.start):
            return mention  # "South Korea suspended its decision ..., Kim confirmed on Friday."
    return None


def _date_across_shift(
    text: str, begin: int, mentions: list[DateMention]
) -> tuple[str | None, str | None]:
    """ "[met on] Saturday, a day after Seoul kept the pact alive": Saturday minus a day."""
    shift = _DAY_SHIFT_END.search(text, 0, begin)
    if shift is None:
        return None, None
    before = [m for m in mentions if m.date and len(m.date) == 10 and m.end <= shift.start()]
    if not before:
        return None, None
    anchor = before[-1]
    raw = shift.group("n").lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw) or 1
    sign = -1 if shift.group("dir").lower() == "after" else 1
    day = shift_day(anchor.date or "", sign * count)
    if day is None:
        return None, None
    return day, f"{shift.group(0).strip()} {anchor.text}"
