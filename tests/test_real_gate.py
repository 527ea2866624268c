"""The gate on real articles: figures may not fall below their pins, and pins only rise.

``tests/data/real/pinned.json`` keeps every pin with its date, commit and the digest
of the corpus it was measured on. For one corpus the floors only rise and the ceilings
only fall; a changed corpus (new articles, corrected gold) starts a new line of pins,
whose first entry is the first-sight figure of the new articles.
"""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

import pytest
from scoring import PINNED, REPORTED, TOLERANCE, corpus_digest, gate_figures, score_set

PIN_COMMAND = 'python tests/scoring.py --pin "why"'


def _history() -> list[dict[str, Any]]:
    history: list[dict[str, Any]] = json.loads(PINNED.read_text())["history"]
    assert history, "pinned.json has no pins"
    return history


def test_pins_only_rise_for_one_corpus() -> None:
    history = _history()
    for earlier, later in pairwise(history):
        if earlier["corpus"] != later["corpus"]:
            continue
        for name, value in earlier["floors"].items():
            assert later["floors"].get(name, value) >= value, (name, earlier, later)
        for name, value in earlier["ceilings"].items():
            assert later["ceilings"].get(name, value) <= value, (name, earlier, later)


def test_the_last_pin_is_for_this_corpus() -> None:
    assert _history()[-1]["corpus"] == corpus_digest(), (
        "tests/data/real changed since the last pin: score the new articles once "
        f"(first sight, in FIRST_SIGHT.md), then pin: {PIN_COMMAND}"
    )


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    result = score_set("real")
    REPORTED["real"] = result
    return gate_figures(result)


def test_real_articles_hold_their_floors(figures: dict[str, dict[str, float]]) -> None:
    pinned = _history()[-1]
    fallen = {
        name: (figures["floors"].get(name, 0.0), floor)
        for name, floor in pinned["floors"].items()
        if figures["floors"].get(name, 0.0) < floor - TOLERANCE
    }
    risen = {
        name: (figures["ceilings"].get(name, 0.0), ceiling)
        for name, ceiling in pinned["ceilings"].items()
        if figures["ceilings"].get(name, 0.0) > ceiling + TOLERANCE
    }
    assert not fallen, f"below the pin (measured, pinned): {fallen}"
    assert not risen, f"above the ceiling (measured, pinned): {risen}"


def test_gains_are_pinned_in_the_commit_that_earns_them(
    figures: dict[str, dict[str, float]],
) -> None:
    """An unpinned gain could be lost later without the gate noticing."""
    pinned = _history()[-1]
    unpinned = {
        name: (value, pinned["floors"].get(name))
        for name, value in figures["floors"].items()
        if value > pinned["floors"].get(name, 0.0) + TOLERANCE
    } | {
        name: (value, pinned["ceilings"].get(name))
        for name, value in figures["ceilings"].items()
        if value < pinned["ceilings"].get(name, float("inf")) - TOLERANCE
    }
    assert not unpinned, f"better than the pin (measured, pinned); pin it: {PIN_COMMAND}"


def test_every_real_article_is_read_without_a_failure(
    figures: dict[str, dict[str, float]],
) -> None:
    # A plugin that raises on an article is a recorded failure, not a crash of the batch;
    # on the real set it is a bug, whatever the figures still say.
    assert REPORTED["real"].failures == []
