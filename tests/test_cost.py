"""Extraction cost stays linear in the text, on the pathological inputs of the
hostile-input probe (``benchmarks/pathological.py``: one long sentence of cue words,
quotes alternating with "said", runs of names and titles).

The per-KB cost of each generator at 16 KB is compared with its cost at 2 KB: a pattern
whose cost grows with the square of a sentence gives eight times as much, a linear one
about the same. The absolute figure (under 5 ms per KB) is the benchmark's to report.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import diplowire
from diplowire.extraction import extract, meetings, sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import pathological

GROWTH_LIMIT = 3.0
"""Linear cost gives about 1; quadratic gives 8 between 2 and 16 KB."""


@pytest.mark.parametrize("name", sorted(pathological.GENERATORS))
def test_cost_per_kb_does_not_grow_with_the_text(name: str) -> None:
    pathological.cost(pathological.WARM_UP)  # every rule family's patterns compiled
    small, large = pathological.per_kb(name, [2048, 16384], repeat=2)
    assert large <= GROWTH_LIMIT * max(small, 0.05), (name, small, large)


def test_a_run_on_sentence_is_read_in_bounded_pieces_cut_at_commas() -> None:
    clause = "the talks went on between the two sides, "
    paragraph = clause * 100 + "and ended."
    spans = sentences.split(paragraph)
    assert len(spans) > 1
    assert all(end - start <= sentences.MAX_SENTENCE for start, end in spans)
    assert all(paragraph[end - 1] == "," for _, end in spans[:-1])
    # Nothing lost: the pieces cover the paragraph but for the space at each cut.
    assert " ".join(paragraph[s:e] for s, e in spans) == paragraph


def test_a_piece_without_spaces_is_cut_at_the_limit() -> None:
    paragraph = "x" * (sentences.MAX_SENTENCE * 2 + 5)
    assert sentences.split(paragraph) == [
        (0, sentences.MAX_SENTENCE),
        (sentences.MAX_SENTENCE, 2 * sentences.MAX_SENTENCE),
        (2 * sentences.MAX_SENTENCE, len(paragraph)),
    ]


def test_real_sentences_are_far_shorter_than_the_bound() -> None:
    real = Path(__file__).resolve().parent / "data" / "real"
    longest = 0
    for item in json.loads((real / "manifest.json").read_text(encoding="utf-8")):
        text = (real / item["path"]).read_text(encoding="utf-8")
        for paragraph in diplowire.parse(text, published=item["published"]).paragraphs:
            longest = max([longest, *(end - start for start, end in sentences.split(paragraph))])
    # The longest, a White House joint statement's 529 characters, is cut by no bound.
    assert 300 < longest <= sentences.MAX_SENTENCE * 2 // 3


def test_a_sentence_of_cue_words_is_not_read_as_meetings() -> None:
    cues = ", ".join(["met", "talks", "summit", "meeting", "visit"] * 2)
    text = (
        "Foreign Minister Taro Kono met South Korean Foreign Minister Kang Kyung-wha in Tokyo"
        f" on Friday. Tags: President Moon Jae-in, Prime Minister Shinzo Abe, {cues}."
    )
    found = extract(diplowire.parse(text, published="2019-11-15")).meetings
    assert len(found) == 1 and found[0].sources[0].text.startswith("Foreign Minister Taro Kono met")
    assert meetings.MAX_CUES < 10
