"""Date expressions in news copy, resolved against the publication date.

"on Friday", "Oct. 16", "in August", "last month", "three years ago", "last December",
"the 2016 pact" all name dates relative to when the article was written. Each is
resolved to an ISO date at the precision the words give (day, month or year); a
phrase that names no such unit ("next week") or that cannot be resolved because the
publication date is unknown keeps its text and a null date — never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from diplowire.extraction import lexicon
from diplowire.extraction.prefilter import led

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBER_WORDS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
    "several": None, "few": None, "a few": None,
}  # fmt: skip
"""Numbers in words, for every rule that reads one (None: no exact count)."""

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

_ALTERNATIVES = (
    rf"""(?P<md>(?P<md_month>{_MONTH})\s(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?\b
        (?:,?\s(?P<md_year>(?:19|20)\d{{2}})\b)?)""",
    rf"""(?P<dm>(?P<dm_day>\d{{1,2}})\s(?P<dm_month>{_FULL_MONTH})
        (?:,?\s(?P<dm_year>(?:19|20)\d{{2}}))?\b)""",
    rf"""(?P<wd>(?:(?P<wd_mod>last|next|this|on|since|until|by)\s)?(?P<wd_day>{_WEEKDAY})
        (?:'s|’s)?\b)""",
    r"""(?P<that>(?:(?:later|earlier)\s)?that\s(?:month|year)|[Tt]he\ssame\s(?:day|month|year))\b""",
    r"""(?P<eoy>(?:the\s)?end\sof\s(?P<eoy_mod>this|next|last)\syear)\b""",
    r"""(?P<rel>(?P<rel_mod>last|this|next|earlier\sthis|later\sthis|early\sthis|late\sthis)\s
        (?P<rel_unit>week|month|year))\b""",
    rf"""(?P<ago>(?P<ago_n>{_NUMBER})\s(?P<ago_unit>days?|weeks?|months?|years?)\sago)\b""",
    rf"""(?P<lm>(?:(?P<lm_mod>last|next|this|early|late|mid-?|in|since|until|by|from|through)\s
        (?:(?:early|late|mid-?)\s?)?)?
        (?P<lm_month>{_FULL_MONTH}|Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)
        (?:,?\s(?P<lm_year>(?:19|20)\d{{2}})|\s(?P<lm_rel>last|this|next)\syear)?)\b""",
    rf"""(?P<my>(?P<my_month>{_FULL_MONTH})\s(?P<my_year>(?:19|20)\d{{2}}))\b""",
    r"""(?P<day>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]he\sprevious\sday|[Tt]he\sday\sbefore|
        [Tt]he\sfollowing\sday|[Tt]he\snext\sday|[Tt]his\s(?:morning|afternoon|evening)|
        [Aa]\sday\s(?:earlier|before|later)|[Tt]he\sday\safter|
        [Tt]onight|[Ee]arlier\sin\sthe\sday|
        (?P<ago_today>(?:[Aa]\s(?:short\s)?while|[Mm]oments|[Aa]n\shour|[Aa]\sfew\shours|
        (?:\d{1,2}|two|three|four|five|six)\s(?:hours|minutes))\sago))\b""",
    r"""(?P<year>(?<![-–\d])(?P<year_n>(?:19|20)\d{2})(?![-–]\d)(?!\d))""",
    rf"""(?P<ord>on\sthe\s(?P<ord_day>\d{{1,2}})(?:st|nd|rd|th)\b
        (?!\s+(?:{"|".join(lexicon.words("cues", "tense", "ordinal_nouns"))})\b))""",
)
# Each alternative behind a lookahead for its first letters: at a word start such as
# "the" or "said", most alternatives fail on the first character.
_PATTERN = re.compile("|".join(led(a, re.VERBOSE) for a in _ALTERNATIVES), re.VERBOSE)
# Every date expression contains a number or one of these words. Each alternative
# starts with a plain letter or digit, so the engine skips quickly between candidates.
_TRIGGER = re.compile(
    "|".join(f"{digit}\\d*" for digit in range(10))
    + r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|week|month|year"
    r"|today|Today|yesterday|Yesterday|tomorrow|Tomorrow|morning|afternoon|evening|tonight|Tonight"
    r"|ago\b"
)
_WORD_START = re.compile(r"\w(?<![\w'’]\w)")  # the character first: quick to skip to
_LOOKBACK = 32  # "earlier this month", "three years ago": the trigger ends the phrase
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|until|by|from|of|through|before|after)\s+$")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:its|their|his|her|the|this|that)\s+$|['’]s\s+$", re.IGNORECASE
)
# How far before a date expression the verb that sets its tense is looked for.
_TENSE_REACH = 100


@dataclass(frozen=True, slots=True)
class _Tense:
    """The patterns of the ``tense`` table of the cues lexicon."""

    future: re.Pattern[str]
    """A future word (lower-cased text: faster than a case-insensitive pattern)."""
    clause_break: re.Pattern[str]
    """Where a new clause begins: a tense word before it belongs to another verb."""
    last_verb: re.Pattern[str]
    """The verb nearest before a date when no future word is in reach (lower-cased text)."""
    fronted: re.Pattern[str]
    """A time phrase set before the main clause, which dates its own event."""


@cache
def _tense() -> _Tense:
    def any_of(key: str) -> str:
        return "|".join(lexicon.words("cues", "tense", key))

    return _Tense(
        future=re.compile(rf"\b(?:{any_of('future')})\b"),
        clause_break=re.compile(rf",\s+(?:{any_of('contrast')})\s|;\s"),
        last_verb=re.compile(
            rf"\b(?:(?P<past>{any_of('past_verbs')})|to\s+(?:{any_of('intent_verbs')}))\b"
        ),
        fronted=re.compile(rf"(?:{any_of('fronted')})\b[^,;]{{1,120}},\s"),
    )


# Read-only by convention, not frozen: a frozen dataclass costs four times as much to
# build, and the extractors build one per sentence or mention.
@dataclass(slots=True, unsafe_hash=True)
class DateMention:
    """A date expression found in a sentence."""

    start: int
    end: int
    text: str
    date: str | None
    """ISO date at the precision the words give, or None when it cannot be resolved."""
    attributive: bool = False
    """A bare year qualifying a noun ("the 2016 pact"), not dating the sentence's event."""


_MAIN_CLAUSE_REACH = 60
"""Characters after a date read for the main clause's verb when the date closes a
phrase set before it."""

FUTURE_REACH_DAYS = 183
"""How far ahead a day named without its year ("on Nov. 1") is read as coming, when a
nearer past day of that name exists: announcements name dates within months."""


def fronted_end(sentence: str) -> int:
    """Where the main clause begins after a fronted time phrase ("After the visit to the
    US on 21 December, ..."), or 0.

    >>> s = "After the visit to the US on 21 December, Zelenskyy met Duda in Rzeszow."
    >>> s[fronted_end(s):]
    'Zelenskyy met Duda in Rzeszow.'
    """
    found = _tense().fronted.match(sentence)
    return found.end() if found is not None else 0


@dataclass(frozen=True, slots=True)
class LeadDay:
    """The day of a story's lead event, which undated meetings of the story take."""

    mention: DateMention
    paragraph: int
    """The lead paragraph's index."""


def find(sentence: str, published: date | None) -> list[DateMention]:
    """Every date expression in ``sentence``, resolved against ``published``.

    >>> [m.date for m in find("The pair last met on Oct. 16 in Seoul.", date(2019, 11, 15))]
    ['2019-10-16']
    >>> [m.date for m in find("Japan pushed South Korea on Friday.", date(2019, 11, 15))]
    ['2019-11-15']
    >>> [m.date for m in find("It came into force three years ago.", date(2019, 11, 17))]
    ['2016']
    >>> [m.date for m in find("Talks are set for next week.", date(2019, 11, 15))]
    ['2019-11']
    >>> [m.date for m in find("Talks are set for next week.", date(2019, 11, 22))]
    [None]
    """
    mentions: list[DateMention] = []
    tense = _tense()
    for match in _matches(sentence):
        if match.group("lm_month") == "May" and not (
            match.group("lm_mod") or match.group("lm_year")
        ):
            continue  # a bare "May" is far more often the verb or a name (Theresa May)
        reach = max(0, match.start() - _TENSE_REACH)
        for stop in tense.clause_break.finditer(sentence, reach, match.start()):
            reach = stop.end()  # "was due to be held this week, but they spoke on Monday"
        window = sentence[reach : match.end() + 15]
        # "its August decision": a month qualifying a noun is a past one.
        qualifying = bool(
            _DETERMINER_BEFORE.search(sentence[max(0, match.start() - 12) : match.start()])
        )
        try:
            lowered = window.lower()
            resolved = _resolve(
                match,
                published,
                bool(tense.future.search(lowered)) and not qualifying,
                lowered[: match.start() - reach],
            )
        except (OverflowError, ValueError):
            resolved = None  # a day before 0001-01-01 or after 9999-12-31: no date
        attributive = bool(match.group("year")) and not _PREPOSITION_BEFORE.search(
            sentence[max(0, match.start() - 10) : match.start()]
        )
        mentions.append(
            DateMention(match.start(), match.end(), match.group(0), resolved, attributive)
        )
    return mentions


_RELATIVE_DAYS = {
    "the previous day": -1, "the day before": -1, "the following day": 1, "the next day": 1,
    "a day earlier": -1, "a day before": -1, "a day later": 1, "the day after": 1,
    "earlier in the day": 0,
}  # fmt: skip


class StoryDates(Mapping[int, list[DateMention]]):
    """The date mentions of an article's sentences, by sentence index, found on demand.

    The extractors ask for the dates of the few sentences that report a meeting, a
    statement or a pact; background paragraphs, most of a story, are never read for
    dates. The mapping holds exactly what :func:`find` and :func:`anchor` give for the
    whole article: a sentence with a phrase that counts from the story's earlier dates
    ("the following day", "that month") makes every sentence read and anchored first.

    >>> from datetime import date
    >>> from diplowire.extraction.dates import StoryDates
    >>> dates = StoryDates(["Kim met Ito on Friday.", "They met again the next day."],
    ...                    date(2019, 11, 18))
    >>> [m.date for m in dates[1]]
    ['2019-11-16']
    >>> 5 in dates, len(dates)
    (False, 2)
    """

    def __init__(self, sentences: Sequence[str], published: date | None) -> None:
        self._sentences = sentences
        self._published = published
        self._read: dict[int, list[DateMention]] = {}
        self._anchored = False

    def get(  # type: ignore[override]
        self, index: int, default: list[DateMention] | None = None
    ) -> list[DateMention] | None:
        """The mentions of sentence ``index``, or ``default`` when it names no date."""
        found = self._read.get(index)
        if found is None:
            if not 0 <= index < len(self._sentences):
                return default
            found = self._read[index] = find(self._sentences[index], self._published)
            if not self._anchored and any(_story_relative(m) for m in found):
                self._anchor_all()
        return found or default

    def __getitem__(self, index: int) -> list[DateMention]:
        found = self.get(index)
        if found is None:
            raise KeyError(index)
        return found

    def __iter__(self) -> Iterator[int]:
        return (index for index in range(len(self._sentences)) if self.get(index))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def _anchor_all(self) -> None:
        self._anchored = True
        for index, text in enumerate(self._sentences):
            if index not in self._read:
                self._read[index] = find(text, self._published)
        anchor(self._read)


def _story_relative(mention: DateMention) -> bool:
    """True for a phrase that :func:`anchor` resolves against the story's earlier dates."""
    phrase = " ".join(mention.text.lower().split())
    return phrase.endswith(_SAME_PERIOD) or phrase in _RELATIVE_DAYS


_SAME_PERIOD = ("that month", "same month", "that year", "same year", "same day")


def anchor(mentions: dict[int, list[DateMention]]) -> None:
    """Resolve "the following day", "the previous day" against the last day named before.

    They count from the story's last dated event, not from the publication date;
    without an earlier day-precise date the publication date stays the anchor.
    """
    last: date | None = None
    last_any: str | None = None
    for index in sorted(mentions):
        found = mentions[index]
        for position, mention in enumerate(found):
            phrase = " ".join(mention.text.lower().split())
            if phrase.endswith(_SAME_PERIOD):
                if last_any is not None:
                    precision = {"day": 10, "month": 7, "year": 4}[phrase.rsplit(" ", 1)[1]]
                    found[position] = DateMention(
                        mention.start, mention.end, mention.text, last_any[:precision]
                    )
                continue
            if mention.date:
                last_any = mention.date
            offset = _RELATIVE_DAYS.get(phrase)
            if offset is not None and last is not None:
                moved = shift_day(last.isoformat(), offset)
                found[position] = DateMention(mention.start, mention.end, mention.text, moved)
            elif (
                mention.date
                and len(mention.date) == 10
                and offset is None
                # "today" is the writer's day, not the story's.
                and mention.text.lower() not in _WRITERS_DAYS
                and not _WRITERS_AGO.search(mention.text)
            ):
                last = date.fromisoformat(mention.date)


_WRITERS_DAYS = frozenset(
    {"today", "yesterday", "tomorrow", "this morning", "this afternoon", "this evening", "tonight"}
)
"""Days counted from the writer's day, not from the story's last date."""
_WRITERS_AGO = re.compile(r"(?:while|moments|hours?|minutes)\sago$", re.IGNORECASE)
""""A short while ago", "two hours ago": the writer's day too."""


def shift_day(day: str, days: int) -> str | None:
    """The ISO day ``days`` after ``day``; None past the calendar's ends.

    >>> shift_day("2019-11-15", -1), shift_day("0001-01-01", -1)
    ('2019-11-14', None)
    """
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _matches(sentence: str) -> Iterator[re.Match[str]]:
    """Date expressions, found by trying the full pattern only near trigger words.

    Every expression holds a digit, a month or weekday name, or a unit word; the full
    pattern is tried at the few word starts just before each such trigger instead of
    at every position of the sentence.
    """
    covered = 0  # no expression starts before: the last one's end, or word starts tried
    for trigger in _TRIGGER.finditer(sentence):
        at = trigger.start()
        if at < covered:
            continue
        for start in _WORD_START.finditer(sentence, max(covered, at - _LOOKBACK), at + 1):
            match = _PATTERN.match(sentence, start.start())
            if match is not None and match.end() > at:
                covered = match.end()
                yield match
                break
        else:
            # What failed here fails for the next trigger too: a match from these word
            # starts ends before this trigger, so before any later one.
            covered = at + 1


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _iso(day: date, precision: str = "day") -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _settled_past(before: str, after: str = "") -> bool:
    """True when the verb nearest before a date is in the past tense, or, for a date
    closing a phrase set before the main clause ("During the meeting on July 7, he had
    conveyed ..."), the main clause's first verb is."""
    last = None
    for last in _tense().last_verb.finditer(before):  # noqa: B007 - the last one is wanted
        pass
    if last is not None:
        return last.group("past") is not None
    if not after.startswith(", "):
        return False
    main = after[2:].split(",", 1)[0]
    first = _tense().last_verb.search(main)
    return first is not None and first.group("past") is not None


def _words_after(match: re.Match[str]) -> str:
    """The lower-cased words right after a date, asked only when its tense is in doubt."""
    return match.string[match.end() : match.end() + _MAIN_CLAUSE_REACH].lower()


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(
    match: re.Match[str], published: date | None, future: bool, before: str = ""
) -> str | None:
    """The date ``match`` names; ``future`` when a future word is in reach, ``before``
    the lower-cased words that lead up to it."""
    kind = match.lastgroup
    groups = match.groupdict()
    for name in ("md", "dm"):
        if groups[name]:
            month = _month(groups[f"{name}_month"])
            day = int(groups[f"{name}_day"])
            year_text = groups[f"{name}_year"]
            if year_text:
                found = _valid_day(int(year_text), month, day)
                return found.isoformat() if found else None
            if published is None:
                return None
            candidates = [
                d
                for y in (published.year - 1, published.year, published.year + 1)
                if (d := _valid_day(y, month, day)) is not None
            ]
            if not candidates:
                return None  # "Nov. 31": no such day in any year near the article
            # The tense picks the side of the publication date: "met on Dec. 20" is past.
            side = [d for d in candidates if (d >= published if future else d <= published)]
            nearest = min(side or candidates, key=lambda d: abs((d - published).days))
            if (
                not future
                and (published - nearest).days > FUTURE_REACH_DAYS
                and not _settled_past(before, _words_after(match))
            ):
                # No verb in reach says past, and the day just past is most of a year
                # back: "agreed to hold talks on Dec. 15" in September, "a meeting will
                # take place between ... in Sochi on 26 November" the day before.
                coming = [d for d in candidates if d > published]
                if coming and (min(coming) - published).days <= FUTURE_REACH_DAYS:
                    nearest = min(coming)
            if future and (nearest - published).days > FUTURE_REACH_DAYS:
                # "will follow his summit with Xi on Nov. 1" in a late-December story: a
                # day and month more than half a year ahead is the one just past, whose
                # sentence a "will" of another clause made look future.
                past = [d for d in candidates if d <= published]
                if past and (published - max(past)).days <= FUTURE_REACH_DAYS:
                    nearest = max(past)
            return nearest.isoformat()
    if groups["my"]:
        return f"{int(groups['my_year']):04d}-{_month(groups['my_month']):02d}"
    if groups["year"]:
        return groups["year_n"]
    if groups["that"]:
        return None  # resolved against the story's previous date by anchor()
    if published is None:
        return None
    if groups["wd"]:
        return _weekday(WEEKDAYS[groups["wd_day"].lower()], groups["wd_mod"], published, future)
    if groups["eoy"]:
        year = published.year + {"last": -1, "this": 0, "next": 1}[groups["eoy_mod"]]
        return f"{year:04d}-12"
    if groups["rel"]:
        return _relative(groups["rel_mod"], groups["rel_unit"], published)
    if groups["ago"]:
        return _ago(groups["ago_n"], groups["ago_unit"], published)
    if groups["lm"]:
        return _named_month(groups, published, future)
    if groups["ord"]:
        return _day_of_month(int(groups["ord_day"]), published, future)
    if groups["ago_today"]:
        return published.isoformat()  # "a short while ago": the writer's day
    if groups["day"]:
        phrase = groups["day"].replace("\n", " ")
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1,
                  "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
                  **_RELATIVE_DAYS}  # fmt: skip
        return (published + timedelta(days=offset[" ".join(phrase.lower().split())])).isoformat()
    raise AssertionError(f"unhandled date pattern {kind}")  # pragma: no cover


def _day_of_month(day: int, published: date, future: bool) -> str | None:
    """ "On the 8th": that day of the publication's month, else of the month before (or
    after, for a coming event) when the publication day has not reached (or passed) it."""
    this = _valid_day(published.year, published.month, day)
    if future:
        if this is not None and this >= published:
            return this.isoformat()
        year, month = divmod(published.year * 12 + published.month, 12)
    else:
        if this is not None and this <= published:
            return this.isoformat()
        year, month = divmod(published.year * 12 + published.month - 2, 12)
    other = _valid_day(year, month + 1, day)
    return other.isoformat() if other else None


def _weekday(weekday: int, modifier: str | None, published: date, future: bool) -> str:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if modifier == "last":
        return (published - timedelta(days=back or 7)).isoformat()
    if modifier == "next":
        return (published + timedelta(days=ahead or 7)).isoformat()
    if modifier == "this":
        return (
            published + timedelta(days=ahead) if future else published - timedelta(days=back)
        ).isoformat()
    if future and ahead:
        return (published + timedelta(days=ahead)).isoformat()
    # News is written in the past tense: a bare weekday is the latest such day.
    return (published - timedelta(days=back)).isoformat()


def _relative(modifier: str, unit: str, published: date) -> str | None:
    step = {"last": -1, "next": 1}.get(modifier.split()[0], 0)
    if unit == "week":
        # A week is no ISO precision; its month is, when the whole week lies in one.
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        sunday = monday + timedelta(days=6)
        return _iso(monday, "month") if monday.month == sunday.month else None
    if unit == "month":
        return _iso(published + relativedelta(months=step), "month")
    return _iso(published + relativedelta(years=step), "year")


def _ago(number: str, unit: str, published: date) -> str | None:
    count = int(number) if number.isdigit() else NUMBER_WORDS.get(number.lower())
    if count is None:
        return None
    unit = unit.rstrip("s")
    if unit == "day":
        return (published - timedelta(days=count)).isoformat()
    if unit == "week":
        return _iso(published - timedelta(weeks=count), "month")
    if unit == "month":
        return _iso(published - relativedelta(months=count), "month")
    return _iso(published - relativedelta(years=count), "year")


def _named_month(groups: dict[str, str | None], published: date, future: bool) -> str:
    month = _month(groups["lm_month"] or "")
    if groups["lm_year"]:
        return f"{int(groups['lm_year']):04d}-{month:02d}"
    year = published.year
    if groups["lm_rel"]:
        return f"{year + {'last': -1, 'this': 0, 'next': 1}[groups['lm_rel']]:04d}-{month:02d}"
    modifier = (groups["lm_mod"] or "").lower()
    if modifier == "last":
        year -= 1 if month >= published.month else 0
    elif modifier == "next":
        year += 1 if month <= published.month else 0
    elif modifier == "this":
        pass
    elif future:
        year += 1 if month < published.month else 0
    else:
        year -= 1 if month > published.month else 0
    return f"{year:04d}-{month:02d}"
