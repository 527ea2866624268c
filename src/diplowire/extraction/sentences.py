"""Splitting paragraphs into sentences, keeping offsets so evidence quotes them exactly."""

from __future__ import annotations

import re

# Abbreviations after which a period does not end a sentence in wire copy.
_ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr prof gen lt col maj capt adm cmdr sgt rep sen gov st mt ft
    no nos vs etc approx dept est inc corp co ltd jr sr

    """.split()
)
# A period, then space and a capital; or, as in copy that lost its spaces
# ("Peninsula.The relationship", 'in global affairs."Xi in his remarks'), a word's period
# directly before a capitalized word, a closing quotation mark between them.
_BOUNDARY = re.compile(
    # Starting with the punctuation itself lets the engine skip to candidate positions.
    r"""[.!?](?:(?P<gap>["”’)\]]*\s+)(?=["“‘(\[]?[A-Z0-9])"""
    r"""|(?<=[a-z0-9]{4}[.!?])(?P<tight>["”]?)(?=[A-Z][a-z]+ ))"""
)
_TOKEN_TAIL = re.compile(r"[\w.]+\Z")
_LONG_WORD = max(map(len, _ABBREVIATIONS)) + 1
_TOKEN_REACH = 40
MAX_SENTENCE = 1000
"""The longest span read as one sentence, twice the longest in the real-article corpus.

Cue patterns look at the whole sentence around each cue, so a "sentence" of 100 KB with
no full stop (a keyword list, a page of tags) would cost its length squared; cut into
pieces of this size, the cost stays linear in the text."""


def split(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph as ``(start, end)`` offsets.

    >>> text = "Kim met Takizaki on Nov. 15 in Tokyo. The U.S. welcomed it. S. Korea agreed."
    >>> [text[s:e] for s, e in split(text)]
    ['Kim met Takizaki on Nov. 15 in Tokyo.', 'The U.S. welcomed it.', 'S. Korea agreed.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        at = match.start() + 1  # just after the punctuation
        if match.group("tight") == '"' and paragraph.count('"', 0, at) % 2 == 0:
            continue  # a straight mark that opens a quotation: '...in May."Next'
        # The usual period, after a word longer than any abbreviation, is decided here.
        if (
            at - 1 - start >= _LONG_WORD and paragraph[at - 1 - _LONG_WORD : at - 1].isalpha()
        ) or _ends_sentence(paragraph, match, start):
            gap = match.group("gap") or match.group("tight") or ""
            spans.append((start, at + len(gap.rstrip())))
            start = match.end()
    if start < len(paragraph):
        end = len(paragraph.rstrip())
        if end > start:
            spans.append((start, end))
    if any(end - start > MAX_SENTENCE for start, end in spans):
        return [piece for span in spans for piece in _bounded(paragraph, *span)]
    return spans


def _bounded(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    """``paragraph[start:end]`` in pieces of at most :data:`MAX_SENTENCE` characters,
    each cut after the last comma or semicolon before the limit, else the last space,
    else at the limit."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(paragraph.rfind(", ", start + 1, limit), paragraph.rfind("; ", start + 1, limit))
        cut = cut + 1 if cut > 0 else paragraph.rfind(" ", start + 1, limit)
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
        while start < end and paragraph[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def _ends_sentence(paragraph: str, match: re.Match[str], start: int) -> bool:
    """Whether the punctuation of ``match`` ends the sentence begun at ``start``, when
    it does not follow a word longer than any abbreviation (:func:`split` decides that
    usual case itself)."""
    at = match.start() + 1  # just after the punctuation
    # Only the last token before the boundary matters; a bounded window keeps the
    # search from rescanning the whole paragraph at every period.
    word = _last_token(paragraph, max(start, at - _TOKEN_REACH), at)
    if word is None:
        return True
    word = word.lower()
    # Abbreviations and initials ("S. Korea", "U.S.") do not end sentences, except
    # "U.S." at the very end of a sentence before a capital, which the next word
    # decides: a following function word means a new sentence.
    if word in _ABBREVIATIONS or len(word) == 1:
        return False
    initials = word.count(".") and all(len(part) <= 1 for part in word.split("."))
    return not initials or _starts_new_sentence(paragraph, match.end())


def _last_token(paragraph: str, low: int, at: int) -> str | None:
    """The run of word characters and periods just before the period ending at ``at``
    ("U.S" of "the U.S."), not reaching before ``low``."""
    if paragraph[at - 1] != ".":
        return None  # "!" and "?" end sentences whatever precedes them
    window = paragraph[low : at - 1]
    if not window or window[-1].isspace():
        return None
    # Whitespace ends any run, so only the last chunk of the window is searched.
    token = _TOKEN_TAIL.search(window.rsplit(None, 1)[-1])
    return token.group(0) if token is not None else None


_SENTENCE_OPENERS = frozenset(
    "The A An It He She They We I In On At But And However Meanwhile This That These Those".split()
)


def _starts_new_sentence(paragraph: str, at: int) -> bool:
    word = paragraph[at:].split(" ", 1)[0].strip('"“‘(')
    return word in _SENTENCE_OPENERS
