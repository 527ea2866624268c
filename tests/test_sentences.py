"""Sentence splitting: offsets kept, abbreviations and initials respected."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from diplowire.extraction import sentences

# The definition the fast reading of the last token must agree with.
_LAST_TOKEN = re.compile(r"([\w.]+)\.[\"”’)\]]*$")


def _reference(paragraph: str, low: int, at: int) -> str | None:
    match = _LAST_TOKEN.search(paragraph, low, at)
    return match.group(1) if match is not None else None


PIECES = ["U.S.", "S.", "Nov.", "Mr.", "Kim", "met", " ", "  ", ".", "!", "?", "(", ")", "é", "\n"]


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from(PIECES) | st.text(max_size=3), min_size=1, max_size=14).map(
        "".join
    ),
    data=st.data(),
)
def test_the_last_token_is_read_as_the_pattern_defines_it(text: str, data: st.DataObject) -> None:
    # As the splitter asks: just after a sentence's final punctuation.
    ends = [at for at in range(1, len(text) + 1) if text[at - 1] in ".!?"]
    assume(ends)
    at = data.draw(st.sampled_from(ends))
    low = data.draw(st.integers(0, at - 1))
    assert sentences._last_token(text, low, at) == _reference(text, low, at)


def test_abbreviations_initials_and_spans() -> None:
    text = 'Mr. Kim said the U.S. agreed. "We will meet," he said! Gen. S. Park left.'
    spans = sentences.split(text)
    assert [text[s:e] for s, e in spans] == [
        "Mr. Kim said the U.S. agreed.",
        '"We will meet," he said!',
        "Gen. S. Park left.",
    ]


WORDS = ["Approx.", "approx.", "Sept.", "Ambassadors.", "ministers.", "U.S.A.", "Seoul.", "It",
         "The", "talks", "Korea.", "M.", "xxxxxxx.", "1234567.", " ", "  ", '" ', "! ", "é"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=16).map(" ".join))
def test_the_long_word_shortcut_splits_as_the_full_reading(text: str) -> None:
    """A period after seven letters ends the sentence at once; the full reading of the
    last token (abbreviations, initials) must say the same."""
    with mock.patch.object(sentences, "_LONG_WORD", 10**6):  # the shortcut never taken
        expected = sentences.split(text)
    assert sentences.split(text) == expected
