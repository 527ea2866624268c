"""Clauses: the connector search reads the same as the plain pattern it replaces."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplowire.extraction.clauses import clause_of

# The pattern as first written: slower (tried at every position), plainly correct.
_PLAIN = re.compile(
    r"(?:^|[\s,;])(?:since|after|before|when|while|if|although|though|because|whereas|"
    r"which|who|whose|where|but|unlike|unless)\s",
    re.IGNORECASE,
)
_PIECES = ["since", "Since", "WHEN", "which", "if", "ſince", "İf", "but", "met", "Kim",
           " ", "  ", ",", ";", ", ", ".", "\n", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.data())
def test_a_clause_begins_after_the_last_connector_before_the_cue(
    parts: list[str], data: st.DataObject
) -> None:
    text = "".join(parts) + " met"
    start = data.draw(st.integers(0, len(text) - 3))
    expected = 0
    for match in _PLAIN.finditer(text, 0, start):
        expected = match.end()
    assert clause_of(text, start, start + 3)[0] == expected


def test_clauses_of_a_sentence() -> None:
    text = "Since his predecessor, Park Jin, held talks in Seoul, ties have improved."
    begin, end = clause_of(text, text.index("held"), text.index("held") + 4)
    assert text[begin:end].startswith("his predecessor")
