"""Cue words and local patterns, compiled once from the ``cues`` lexicon.

A sentence is read by the local patterns of a record type only when that type's cue
words occur in it.

The cue-word patterns (:attr:`Cues.meeting`, :attr:`Cues.negation` and the others
marked *lower-case text*) are matched against :attr:`Sentence.lower
<diplowire.extraction.context.Sentence.lower>`: a case-sensitive pattern over
lower-cased text runs about three times faster than a case-insensitive one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from diplowire.extraction import lexicon
from diplowire.extraction.dates import NUMBER_WORDS
from diplowire.extraction.gazetteer import alternation, gazetteer
from diplowire.extraction.prefilter import Gated, Screen, gated, led


def _words(key: str) -> list[str]:
    return lexicon.words("cues", key)


# A cue ends at a word's end; one whose words end in a space ("considering holding ")
# already does, and the next word must not undo it.
_CUE_END = r"(?:(?<=\s)|(?![\w-]))"


# A character of an attribution clause: no quote mark, and a period only inside an
# abbreviation ("Mr. Kamin said", "said Sen. Bernie Sanders", "Rep. Jim Clyburn (D-S.C.)"):
# within a sentence, a period before a space and a small letter is no abbreviation's.
_CLAUSE_CHAR = r"(?:[^.\"“”]|\.(?=\S|\s+[A-Z(]))"


def _any(key: str) -> re.Pattern[str]:
    return folded(rf"(?<![\w-])(?:{'|'.join(_words(key))}){_CUE_END}")


def folded(source: str) -> re.Pattern[str]:
    """A pattern for lower-cased text, case-insensitive only if it must be.

    A source with an upper-case letter outside its escapes ("G7", ``[A-Z]``) from a
    user's lexicon keeps the flag, so it still matches the lower-cased text.
    """
    letters = re.sub(r"\\.", "", source)
    flags = re.IGNORECASE if letters != letters.lower() else 0
    return re.compile(led(source, flags), flags)


@dataclass(frozen=True)
class Cues:
    """Compiled patterns over the cue lexicon, each behind its literal prefilter."""

    meeting: Gated
    negation: Gated
    attendance: Gated
    scheduled: Gated
    journey: Gated
    """A journey's verb ("arrived", "departs", "will travel"), lower-case text."""
    journey_purpose: Gated
    """What a journey is for ("to", "for", "ahead of"), searched between a journey's day
    and the meeting cue after it."""
    phone: Gated
    video: Gated
    trilateral: Gated
    bilateral: Gated
    multilateral: Gated
    group_reference: Gated
    country_group_reference: Gated
    separate: Gated
    """One host's several meetings, one with each person named ("separate talks")."""
    prior: Gated
    """A meeting before the report, undated by it ("previously")."""
    dated_noun: Gated
    topic_noun: Gated
    """A topic's noun right before "in <place>" ("the situation in Syria"): printed
    text, matched with ``endpos`` at the place phrase."""
    """Another event's noun right before a date ("a deal last month", "the agreement
    reached in March"): lower-case text, matched with ``endpos`` at the date."""
    counterpart: Gated
    speech: Gated
    attribution: Gated
    """'"...," Kono said' read after a quotation: ``pre`` the words before the verb,
    ``post`` those after it, to the next full stop or quote mark."""
    reported_on: Gated
    """A reporting verb just before a date ("Seoul said Thursday", "announced on
    Tuesday"): the date is the report's, not its event's."""
    reports_that: Gated
    """After a name, the reporting verb of a that-clause ("Hua Chunying told a news
    conference on Tuesday that ...", "Sean Spicer, White House press secretary,
    acknowledged that ..."): the person tells of the meeting, not in it."""
    setting: Gated
    institution_word: Gated
    institution_prefix: Gated
    place: Gated
    sidelines: Gated
    forum: Gated
    duration: Gated
    topic: Gated
    outcome: Gated
    formats: Screen = field(init=False, compare=False)
    """One screen over the format cues, numbered as :data:`FORMATS` names them."""
    _on_lower: Screen = field(init=False, compare=False, repr=False)
    _on_text: Screen = field(init=False, compare=False, repr=False)
    _named: dict[tuple[int, int], frozenset[str]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Frozen: the screens are set once, here.
        object.__setattr__(self, "formats", Screen(getattr(self, n).pattern for n in FORMATS))
        object.__setattr__(self, "_on_lower", Screen(getattr(self, n).pattern for n in ON_LOWER))
        object.__setattr__(self, "_on_text", Screen(getattr(self, n).pattern for n in ON_TEXT))
        object.__setattr__(self, "_named", {})

    def present(self, lower: str, text: str) -> frozenset[str]:
        """Names of the cue patterns that may match somewhere in a sentence, given its
        lower-cased and printed forms: two automaton passes instead of one literal test
        per pattern. A pattern not named cannot match in any part of the sentence."""
        key = (self._on_lower.mask(lower), self._on_text.mask(text))
        names = self._named.get(key)
        if names is None:  # at most one per combination of the screened patterns
            names = frozenset(
                [name for bit, name in enumerate(ON_LOWER) if key[0] >> bit & 1]
                + [name for bit, name in enumerate(ON_TEXT) if key[1] >> bit & 1]
            )
            self._named[key] = names
        return names


ON_LOWER = (
    "negation",
    "attendance",
    "scheduled",
    "journey",
    "phone",
    "video",
    "group_reference",
    "country_group_reference",
    "separate",
    "prior",
)
"""The cue patterns :meth:`Cues.present` reads on the lower-cased sentence."""
ON_TEXT = ("counterpart", "place", "sidelines", "forum", "duration", "topic", "outcome")
"""The cue patterns :meth:`Cues.present` reads on the sentence as printed."""


FORMATS: tuple[Literal["trilateral", "multilateral", "bilateral"], ...] = (
    "trilateral",
    "multilateral",
    "bilateral",
)
"""The meeting formats that have cue patterns of their own, in the screen's order."""


_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d)"
)
"""Words that open a date, not a name or a subject."""


def _not_after_document() -> str:
    """Lookbehinds that keep a participle of a document ("statement posted") from
    attributing: one fixed-width lookbehind per document word."""
    words = lexicon.words("cues", "speakers", "described_documents")
    return "".join(rf"(?<!\b{re.escape(word)}\s)" for word in words)


@cache
def cues() -> Cues:
    """The compiled cue patterns (built once per process)."""
    gaz = gazetteer()
    meeting = "|".join(_words("meeting"))
    speech = "|".join(_words("speech_verbs"))
    attribution = "|".join(sorted(_words("attribution_verbs"), key=len, reverse=True))
    # A quotation is attributed by these too; a paragraph or a date is not. Verbs that
    # also describe a document ("a statement posted on ...") attribute only after
    # something else.
    participles = lexicon.words("cues", "speakers", "document_participles")
    described = "|".join(participles)
    quotation = "|".join(
        sorted(
            {*_words("attribution_verbs"), *_words("quotation_verbs")} - set(participles),
            key=len,
            reverse=True,
        )
    )
    audiences = "|".join(_words("report_audiences"))
    reporting = "|".join(lexicon.words("cues", "speakers", "reporting"))
    # A meeting's place is a city, a country or a venue the aliases lexicon names ("in
    # the Kremlin", "at Hyderabad House"): the merge and the scorer read a venue as its city.
    places = alternation({**gaz.places, **gaz.country_names, **gaz.venues})
    institutions = "|".join(_words("institutions"))
    topic_end = "|".join(lexicon.words("cues", "topic", "end"))
    adjectives = alternation({**gaz.adjectives, **gaz.country_names, **gaz.metonyms})
    patterns = {
        "meeting": folded(rf"(?<![\w-])(?:{meeting}){_CUE_END}"),
        "negation": _any("negation"),
        "attendance": _any("attendance"),
        "scheduled": _any("scheduled"),
        "journey": _any("journey"),
        "journey_purpose": folded(rf"(?<![\w-])(?:{'|'.join(_words('journey_purpose'))})\s"),
        "phone": _any("phone"),
        "video": _any("video"),
        "trilateral": _any("trilateral"),
        "bilateral": _any("bilateral"),
        "multilateral": _any("multilateral"),
        "group_reference": _any("group_reference"),
        "country_group_reference": _any("country_group_reference"),
        "separate": _any("separate"),
        "prior": _any("prior"),
        "topic_noun": re.compile(rf"\b(?:{'|'.join(_words('topic_nouns'))})\s+$"),
        "dated_noun": re.compile(
            rf"\b(?:{'|'.join(_words('dated_nouns'))})(?:\s+[a-z]+ed)?\s+(?:on\s+|in\s+)?$"
        ),
        "counterpart": re.compile(
            rf"\b(?:his|her|their|its)\s+(?:(?P<adj>{adjectives})\s+)?"
            r"(?:\w+\s+){0,2}?counterparts?\b"
        ),
        "speech": folded(rf"(?<![\w-])(?:{speech}){_CUE_END}"),
        "reported_on": re.compile(
            rf"\b(?:{attribution})(?:\s+(?:{audiences}))?\s+(?:on\s+)?$", re.IGNORECASE
        ),
        "reports_that": re.compile(
            rf"(?:,[^,;\"“”]{{1,80}},)?\s+(?:(?:also|then|later)\s+)?(?:{attribution})\b"
            # "... told a news conference on Tuesday that Wang and Hayashi will meet",
            rf"[^.;\"“”]{{0,80}}?\bthat\b"
            # or a verb that takes no person after it, then the clause with no "that",
            # opened by its own subject: "spokesman Anucha said Thai Prime Minister Prayut
            # phoned ..." (not "Yoon asked Japanese Prime Minister Kishida", whose object
            # is the other side; a weekday or month after the verb dates the telling).
            # The subject may be an office: "State House Spokesman Hussein Mohamed said
            # the President was scheduled to hold talks with his host, Filipe Nyusi".
            rf"|(?:,[^,;\"“”]{{1,80}},)?\s+(?:{reporting})\s+(?=(?!{_WHEN}\b)[A-Z][a-z]|the\s+[A-Z][a-z])"
        ),
        "attribution": re.compile(
            rf"^[\s,]*(?:(?P<pre>{_CLAUSE_CHAR}{{0,80}}?)\s+)?"
            r"(?:(?:also|then|later|further|had|has|was)\s+)?"
            # Not a verb that only describes the document before it: 'a statement posted
            # on the website of Biden's transition team said' is attributed by "said".
            rf"(?:{_not_after_document()}(?:{described})|(?:{quotation}))\b"
            rf"(?P<post>{_CLAUSE_CHAR}{{0,80}})"
        ),
        "setting": _any("settings"),
        "institution_word": re.compile(rf"\b(?:{institutions})\b", re.IGNORECASE),
        "institution_prefix": re.compile(
            rf"(?:\b(?:the|a|an)\s+)?(?:(?P<adj>{adjectives})(?:'s)?\s+)?"
            r"(?:(?:top|senior|government|foreign|defense|defence|trade|finance|presidential)\s+)*$",
            re.IGNORECASE,
        ),
        "place": re.compile(
            rf"\b(?:in|at|(?:visit|visits|visited|trip|travel\w*|flew|went)\s+to"
            # "plans to visit Russia": the verb takes the place as its object
            rf"|(?:to|will|would)\s+visit|visiting)\s+(?:the\s+)?"
            # A venue's words before its city: "at the State House, Abuja", "at the Tower
            # of London", "at the Great Hall of the People in Beijing".
            rf"(?:[A-Z][\w'-]*(?:,|\s+of(?:\s+the)?)?\s+){{0,4}}?(?P<place>{places})\b(?!\s+[A-Z])"
        ),
        "sidelines": re.compile(
            r"\bon the (?:sidelines|margins) of\s+(?:the\s+|a\s+|an\s+)?(?:annual\s+)?"
            r"(?P<forum>(?:[a-z][\w'-]*\s+){0,2}?[A-Z0-9][\w'.-]*"
            r"(?:\s+(?:of|on|for|and|the|foreign|ministers'?|leaders'?|summit|meeting|"
            rf"(?!{_WHEN}\b)[A-Z0-9][\w'.-]*))*)"  # "... G-20 meeting Saturday": not the name
        ),
        "forum": re.compile(
            r"\b(?:at|during)\s+(?:the|a|an)\s+(?:annual\s+)?"
            r"(?P<forum>[A-Z0-9][\w'.-]*(?:\s+[A-Z0-9][\w'.-]*)*\s+"
            r"(?:[Ss]ummit|[Mm]eeting|[Ff]orum|[Cc]onference|[Dd]ialogue|[Aa]ssembly|[Ss]ession))\b"
        ),
        "duration": re.compile(
            r"(?P<phrase>\b(?:(?:just\s+)?(?:shy|short)\s+of\s+|about\s+|around\s+|nearly\s+|"
            r"almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?"
            r"(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"twenty|thirty|forty|fifty|sixty|ninety)"
            r"(?P<half>\s+and\s+a\s+half)?[\s-]+(?P<unit>minutes?|hours?|hour-?long|minute)\b"
            r"(?P<half_after>\s+and\s+a\s+half\b)?)"
            r"|(?P<hourlong>\b(?:an\s+)?hour-?long\b)",
            re.IGNORECASE,
        ),
        "topic": re.compile(
            r"\b(?:discuss(?:ed|ing)?|talks\s+(?:on|over|about)|focus(?:ed|ing)?\s+on|"
            r"exchanged\s+(?:views|opinions)\s+on)\s+"
            # "talks on Friday ahead of ...", "talks on the sidelines of ...": when and
            # where, not what.
            rf"(?!{_WHEN}\b|the\s+(?:sidelines|margins)\b)"
            # A topic is a noun phrase: it ends where a clause or a time begins ("...
            # launches as they met in Nagoya", "... trade ahead of the summit").
            rf"(?P<topic>(?:(?!\s(?:{topic_end})\b)[^,.;]){{4,120}})",
            re.IGNORECASE,
        ),
        "outcome": re.compile(
            r"\b(?:agreed|failed|made\s+no\s+progress|reached|signed|pledged|confirmed|"
            r"reaffirmed|vowed|committed)\b[^.;]{0,200}",
            re.IGNORECASE,
        ),
    }
    for name in _LED:
        pattern = patterns[name]
        patterns[name] = re.compile(led(pattern.pattern, pattern.flags), pattern.flags)
    return Cues(**{name: gated(pattern) for name, pattern in patterns.items()})


# Patterns opening with a word boundary and a list of words, read over whole
# sentences: a first-letter lookahead fails most positions at once (measured; on the
# others it costs more than it saves).
_LED = ("place", "sidelines", "topic", "outcome", "duration")


@dataclass(frozen=True, slots=True)
class Institution:
    """An institution or anonymous source named in a text: "the Japanese Foreign Ministry"."""

    phrase: str
    adjective: str | None
    start: int
    end: int


def institutions_in(text: str, cues: Cues) -> list[Institution]:
    """Institutions and anonymous sources in ``text``, each with the words before it.

    The institution word is found first; only the few words before it are read for a
    nationality and qualifiers, so the long list of adjectives is never tried at every
    position.
    """
    found = []
    for word in cues.institution_word.finditer(text):
        low = max(0, word.start() - 60)
        prefix = cues.institution_prefix.search(text, low, word.start())
        start = prefix.start() if prefix is not None else word.start()
        adjective = prefix.group("adj") if prefix is not None else None
        found.append(Institution(text[start : word.end()].strip(), adjective, start, word.end()))
    return found


def duration_minutes(match: re.Match[str]) -> int | None:
    """Minutes named by a match of :attr:`Cues.duration`."""
    if match.group("hourlong"):
        return 60
    raw = match.group("n").lower()
    number = float(raw) if raw[0].isdigit() else float(NUMBER_WORDS.get(raw) or 0)
    if match.group("half") or match.group(
        "half_after"
    ):  # "two and a half hours", "an hour and a half"
        number += 0.5
    unit = match.group("unit").lower()
    minutes = number * 60 if unit.startswith("hour") else number
    return round(minutes) or None
