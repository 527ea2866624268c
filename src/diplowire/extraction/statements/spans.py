"""Quotation marks and the spans they enclose.

Which marks quote in a piece of copy (double ones, or single ones where the copy prints
no others), how a quotation running over several paragraphs is closed, where each
sentence of a paragraph starts, and whether an offset lies inside quoted words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.people import Mention
from diplowire.models import Person

# Curly pairs, straight pairs, then a curly mark closed by a straight one or the other
# way round, as pages that mix the two print them ('“Met Qin Gang ... agenda", he tweeted').
_DOUBLE = (
    r"“(?P<curly>[^”]{1,1500})”|\"(?P<straight>[^\"]{1,1500})\""
    r"|[“\"](?P<mixed>[^“”\"]{1,1500})[”\"]"
)


_QUOTE = re.compile(_DOUBLE)


# Single curly marks, as some British and Asian copy prints its quotations ('‘I received a
# phone call ...’'): an opening mark at a word's start, a closing one not inside a word,
# so that "Iran’s" and "’90s" stay apostrophes within the quotation.
_QUOTE_OR_SINGLE = re.compile(
    _DOUBLE + r"|(?<!\w)‘(?P<single>(?:[^‘’“”\"]|’(?=\w)){1,1500})’(?!\w)"
    # Straight single marks too, as government releases print them ("'Indonesia is a key
    # partner ...,' Senator Evans said"): one opens before a letter, and one inside a
    # word ("Australia's") is an apostrophe.
    r"|(?<![\w'])'(?P<apostrophe>(?=[^\W\d_])(?:[^'‘’“”\"]|'(?=\w)){1,1500})'(?!\w)"
)


SINGLES_OVER_DOUBLES = 2
"""How many times more paragraphs must open single marks than hold double ones for
single marks to be read as the copy's quotation marks."""


_SINGLE_OPENING = re.compile(r"(?:^|\s)['‘][^\W\d_]")


_OPENING_MARKS = ("“", '"', "‘")


@dataclass(frozen=True, slots=True)
class _Quote:
    paragraph: int
    start: int
    end: int
    text: str
    previous_speaker: Person | None
    recent: tuple[int, Person] | None = None
    """The sentence and speaker of the article's last quotation before this one."""


_QUOTED_SPAN = re.compile(r"“[^”]*”|\"[^\"]*\"|“[^”]*$|^[^“]*”")


def _outside_quotations(text: str) -> str:
    """``text`` with its quoted words blanked, offsets kept."""
    return _QUOTED_SPAN.sub(lambda m: " " * len(m.group(0)), text)


def _fills(paragraph: str, match: re.Match[str]) -> bool:
    """Whether the quotation is the whole paragraph."""
    return not paragraph[: match.start()].strip() and not paragraph[match.end() :].strip(" .")


def _closed_single(paragraph: str, quotations: re.Pattern[str]) -> str:
    """A paragraph that opens a quotation in single marks and does not close it, closed
    at its end: the quotation runs on into the next paragraph, which opens it again."""
    stripped = paragraph.lstrip()
    if stripped[:1] not in ("'", "‘"):
        return paragraph
    first = quotations.match(paragraph, len(paragraph) - len(stripped))
    if first is not None:
        return paragraph
    return paragraph + ("’" if stripped[0] == "‘" else "'")


def _closed(paragraph: str, opens: bool) -> str:
    """A paragraph of a quotation running over several paragraphs, closed at its end.

    Such a quotation opens every paragraph and closes only in its last:
    '“On the way home, I had a meeting ... war.' then '“Also, we discussed ...”'; it
    may open after the attribution ('Ramaphosa had ... stated, “Your visit will ...').
    """
    if opens and paragraph.lstrip().startswith("“") and "”" not in paragraph:
        return paragraph if '"' in paragraph else paragraph + "”"
    if opens and paragraph.lstrip().startswith('"') and paragraph.count('"') % 2:
        return paragraph + '"'
    if _left_open(paragraph):
        return paragraph + "”"
    return paragraph


def _left_open(paragraph: str) -> bool:
    """Whether a paragraph's last curly quotation mark opens one."""
    return paragraph.rfind("“") > paragraph.rfind("”")


def _continues(before: str, paragraph: str) -> bool:
    """Whether ``paragraph`` carries on the quotation ``before`` left open without opening
    it again: its first curly mark closes."""
    closing = paragraph.find("”")
    return _left_open(before) and closing >= 0 and "“" not in paragraph[:closing]


def _offsets(paragraph: str, sentences: list[Sentence]) -> dict[int, int]:
    offsets: dict[int, int] = {}
    cursor = 0
    for sentence in sentences:
        at = paragraph.find(sentence.text, cursor)
        offsets[sentence.index] = at
        cursor = at + len(sentence.text)
    return offsets


def _sentence_at(sentences: list[Sentence], offsets: dict[int, int], at: int) -> Sentence | None:
    home = None
    for sentence in sentences:
        if offsets[sentence.index] <= at:
            home = sentence
    return home


_MARKS = " \t\"“”‘’'«»,.;:!?"


def _quoted_in(context: Context) -> Callable[[int, Mention], bool]:
    """Whether a mention lies inside quotation marks of its sentence: a person a
    quotation names is not the one a later description means ("... with President
    Trump ...," the President added: Aliyev)."""

    def inside(index: int, mention: Mention) -> bool:
        text = context.sentences[index].norm
        before = text[: mention.start]
        if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
            return True
        # The last sentence of a quotation of several: its closing mark comes first
        # ('... recorded Mr Trump in this conversation, ...," he had told').
        closing = text.find("”", mention.end)
        opening = text.find("“", mention.end)
        return closing >= 0 and (opening < 0 or closing < opening) and "“" not in before

    return inside
