"""Agreements: the narrowed searches find what the plain patterns find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplowire.extraction.agreements import _GENERIC, _generic

_WORDS = ["the", "The", "a", "an", "its", "their", "this", "2019", "pact", "pacts", "pactual",
          "pactsx", "compact", "treaty", "swap line", "deal", "signed", "trade", "defense",
          "GSOMIA", "Anglo-Irish", "of", "new", "x", "pact.", "deal,"]  # fmt: skip
_SPACES = [" ", " ", " ", "  ", "\xa0", ", ", ""]


def _found(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SPACES)), max_size=20))
def test_generic_mentions_are_found_between_the_heads_as_in_the_whole_sentence(
    words: list[tuple[str, str]],
) -> None:
    text = "".join(word + space for word, space in words)
    assert _found(_generic(text)) == _found(_GENERIC.finditer(text))


def test_generic_mentions_in_a_sentence() -> None:
    text = "Its 2019 trade pact and the compact treaty, unlike the pacts signed, held."
    found = [m.group(0) for m in _generic(text)]
    assert found == ["Its 2019 trade pact", "the compact treaty", "the pacts"]
    longest = "So did their 2001 trade defense Anglo-Irish GSOMIA swap line."
    assert [m.group(0) for m in _generic(longest)] == [longest[7:-1]]
