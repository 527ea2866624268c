"""The literal prefilters never change what a pattern finds, only how fast."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplowire.extraction import dates, sentences
from diplowire.extraction.cues import cues
from diplowire.extraction.prefilter import (
    IN_TESTS,
    Gated,
    Screen,
    first_characters,
    gated,
    led,
    literals,
)

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _sentences() -> list[str]:
    found: list[str] = []
    for path in sorted(DATA.glob("*/*.txt")) + sorted(SEEDS.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").splitlines():
            found.extend(paragraph[s:e] for s, e in sentences.split(paragraph))
    return found


SENTENCES = _sentences()


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(cues()) if f.init])
def test_every_cue_pattern_finds_the_same_with_and_without_its_prefilter(name: str) -> None:
    cue: Gated = getattr(cues(), name)
    assert len(SENTENCES) > 300
    for sentence in SENTENCES:
        for text in (sentence, sentence.lower()):
            assert _spans(cue.finditer(text)) == _spans(cue.pattern.finditer(text)), text


def test_cue_prefilters_skip_most_sentences() -> None:
    """The prefilters must earn their keep: a format cue is absent from most sentences."""
    trilateral = cues().trilateral
    assert trilateral.literals is not None
    literals = trilateral.literals
    skipped = sum(not any(word in s.lower() for word in literals) for s in SENTENCES)
    assert skipped / len(SENTENCES) > 0.9


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"(?<![\w-])(?:trilateral|three-way)(?![\w-])", 0, ("three-way", "trilateral")),
        (
            r"spoke (?:by|over) (?:tele)?phone",
            0,
            ("spoke by phone", "spoke by telephone", "spoke over phone", "spoke over telephone"),
        ),
        (r"\d+ (?:minutes?|hours?)", re.IGNORECASE, (" hour", " minute")),
        (r"[Ss]ummit|[Ff]orum", 0, ("Forum", "Summit", "forum", "summit")),
        (r"(?:agreed|signed)\b[^.]{0,20}", 0, ("agreed", "signed")),
        (r"\w+", 0, None),  # nothing literal at all
        (r"met|\w+ed", 0, None),  # one alternative has no literal: no prefilter
        (r"(?i:Summit)", 0, None),  # a scoped flag: literals would miss "SUMMIT"
    ],
)
def test_literals_read_off_the_pattern(
    source: str, flags: int, expected: tuple[str, ...] | None
) -> None:
    assert literals(re.compile(source, flags)) == expected


def test_case_insensitive_literals_meet_any_casing() -> None:
    pattern = gated(re.compile(r"hour-?long", re.IGNORECASE))
    assert pattern.search("an HOUR-LONG meeting") is not None
    assert pattern.search("a long meeting") is None


WORDS = ["met", "Summit", "summit", "three-way", "phone", "call", "hour", "long", "the", " ", "-"]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(WORDS) | st.text(max_size=3), max_size=12).map("".join),
    source=st.sampled_from(
        [
            r"(?<![\w-])(?:met|meet|summit)(?![\w-])",
            r"(?:phone|video) calls?",
            r"three-(?:way|nation)|trilateral",
            r"\bhour-?long\b",
            r"(?:an?|one|\d+)[\s-]+hours?",
        ]
    ),
    flags=st.sampled_from([0, re.IGNORECASE]),
)
def test_a_prefilter_never_hides_a_match(text: str, source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    assert _spans(gated(pattern).finditer(text)) == _spans(pattern.finditer(text))


def test_long_literal_lists_go_into_an_automaton_and_find_the_same() -> None:
    """The meeting cue words are too many for substring tests; the automaton must still
    spare most sentences and never hide a match."""
    meeting = cues().meeting
    assert meeting.literals is not None and len(meeting.literals) > IN_TESTS
    words = [f"{'bcdfghjklm'[number % 10]}ord{number}" for number in range(200)]
    many = gated(re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w-])"))
    assert many.literals is not None and len(many.literals) == 200
    assert _spans(many.finditer("cord1 and mord199, not sword12x")) == [(0, 5), (10, 17)]
    assert many.search("no such words here") is None


def test_a_screen_names_every_pattern_that_matches() -> None:
    sources = [
        r"(?<![\w-])(?:signed|inked)\b",
        r"expir(?:es|ed)",
        r"\bin force\b",
        r"\w+ly",  # no literal: always named
        r"(?i:Treaty)",  # a scoped flag: no literal either
    ]
    patterns = [re.compile(source) for source in sources] + [
        re.compile(r"ratif(?:y|ied)", re.IGNORECASE)
    ]
    screen = Screen(patterns)
    for sentence in SENTENCES:
        for text in (sentence, sentence.lower()):
            named = screen.candidates(text)
            assert list(named) == sorted(named)
            matching = [i for i, pattern in enumerate(patterns) if pattern.search(text)]
            assert set(matching) <= set(named), text
    assert screen.candidates("Nothing here.") == (3, 4)
    assert screen.candidates("Parliament RATIFIED it.") == (3, 4, 5)


def test_the_first_characters_of_a_pattern() -> None:
    assert first_characters(r"(?:last|next)\s(?:Monday|Friday)|\d{4}") == r"ln\d"
    assert first_characters(r"(?<![\w-])(?:19|20)\d\d") == "12"  # the assertion is skipped
    assert first_characters(r"(?:on\s)?Friday") == "oF"  # an optional word, then the next
    assert first_characters(r"[a-c\]]x|-y") == r"a-c\]\-"
    assert first_characters(r"a?") is None  # can match nothing: starts anywhere
    assert first_characters(r"[^a]b") is None
    assert first_characters(r"(?i)friday") == "f"  # read with the pattern's flags
    assert first_characters("friday", re.IGNORECASE) == "f"
    assert first_characters(r"(?i:f)riday") is None  # a case-free group, cased pattern


def test_date_alternatives_behind_lookaheads_match_as_before() -> None:
    """The lookaheads of :data:`dates._PATTERN` only make misses fail sooner."""
    bare = re.compile("|".join(dates._ALTERNATIVES), re.VERBOSE)
    tried = 0
    for sentence in SENTENCES:
        for start in range(len(sentence)):
            fast, slow = dates._PATTERN.match(sentence, start), bare.match(sentence, start)
            assert (fast and (fast.span(), fast.groupdict())) == (
                slow and (slow.span(), slow.groupdict())
            ), sentence[start:]
            tried += slow is not None
    assert tried > 300


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "on",
                "Friday",
                "last",
                "12",
                "2019",
                "May",
                " ",
                "-",
                "x",
                "ON",
                "\u212a",
                "ſ",
                "S",
                "İf",
            ]
        )
        | st.text(max_size=2),
        max_size=10,
    ).map("".join),
    source=st.sampled_from(
        [
            r"(?:(?:last|on)\s)?(?:Friday|May)\b",
            r"(?<![-\d])(?:19|20)\d{2}(?!\d)",
            r"\d{1,2}\s(?:May|June)|(?:last|next)\s\w+",
            r"(?:x|-)*on",
            r"(?i)(?:last|on)\s(?:friday|may)",
            r"(?i)\b(?:skin|kelvin|ſun|if)\b",
            r"(?i)(?-i:On)\w+|(?:may|x)",
        ]
    ),
)
def test_a_lookahead_never_changes_a_match(text: str, source: str) -> None:
    plain, fast = re.compile(source), re.compile(led(source))
    for start in range(len(text) + 1):
        a, b = plain.match(text, start), fast.match(text, start)
        assert (a and a.span()) == (b and b.span())


def test_may_match_is_a_necessary_condition() -> None:
    anchored = gated(re.compile(r"^By \w+"))  # no prefilter: anything may match
    assert anchored.literals is None and anchored.may_match("no by-line here")
    signature = gated(re.compile(r"\s[-|]\s*Gulf ?Today\s*$", re.IGNORECASE))
    assert not signature.may_match("Seoul and Tokyo agreed.\nThe talks ended.")
    assert signature.may_match("Kim met Kono.\nTokyo - GULF TODAY")


def test_without_res_private_parser_prefilters_are_skipped_not_fatal() -> None:
    # re._parser is CPython's private module; a Python without it must still extract.
    program = (
        "import builtins, re\n"
        "real = builtins.__import__\n"
        "def no_private_re(name, globals=None, locals=None, fromlist=(), level=0):\n"
        "    if name == 're' and {'_parser', '_constants'} & set(fromlist or ()):\n"
        "        raise ImportError('no re._parser on this Python')\n"
        "    return real(name, globals, locals, fromlist, level)\n"
        "builtins.__import__ = no_private_re\n"
        "from diplowire.extraction.prefilter import gated, led\n"
        "pattern = gated(re.compile(r'(?:tri|three-)lateral'))\n"
        "assert pattern.literals is None\n"
        "assert pattern.search('the trilateral summit').group(0) == 'trilateral'\n"
        "assert led('(?:on )?Friday') == '(?:on )?Friday'\n"
        "import diplowire\n"
        "article = diplowire.parse('TOKYO (Kyodo) -- Talks began.', published='2024-05-06')\n"
        "print(article.wire)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['Kyodo']"
