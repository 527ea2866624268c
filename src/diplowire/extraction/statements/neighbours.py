"""Speakers named in the paragraph next to a quotation.

A paragraph that ends "the South African President said:" introduces the quotation of
the next one; a paragraph that is a quotation alone may be attributed by the next
paragraph's first sentence ("He said at a press conference.").
"""

from __future__ import annotations

import re
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.context import Context
from diplowire.extraction.cues import Cues
from diplowire.extraction.people import PeopleIndex
from diplowire.extraction.statements.subjects import _subject
from diplowire.models import Person


@cache
def _introduction_end() -> re.Pattern[str]:
    verbs = "|".join(lexicon.words("cues", "attribution_verbs"))
    return re.compile(rf"\b(?:{verbs})\s*:\s*$")


def _introduced_speaker(
    context: Context, number: int, people: PeopleIndex, cues: Cues
) -> Person | None:
    """Who a paragraph ending in a reporting verb and a colon introduces ("In an earlier
    letter of invitation, the South African President said:"), when the next paragraph
    is the quotation."""
    last = next(
        (s for s in reversed(context.sentences) if s.paragraph == number and not s.caption),
        None,
    )
    if last is None or not last.norm.rstrip().endswith(":"):
        return None
    intro = _introduction_end().search(last.norm)
    if intro is None:
        return None
    mentions = people.in_sentence(last.index)
    return _subject(last.norm, 0, intro.start(), mentions, last, people, cues, context)


@cache
def _bare_attribution() -> re.Pattern[str]:
    verbs = "|".join(sorted(lexicon.words("cues", "attribution_verbs"), key=len, reverse=True))
    # 'He said at a press conference in Istanbul.': a verb and where or when, no clause.
    return re.compile(
        rf"^(?P<who>[^,;“”\"]{{1,60}}?)\s+(?:{verbs})\b(?P<rest>[^,;“”\"]{{0,80}})\.?$"
    )


_CLAUSE_WORDS = re.compile(r"\b(?:that|to|how|whether|what|if)\b")


def _attributed_after(
    context: Context, number: int, people: PeopleIndex, cues: Cues
) -> Person | None:
    """The speaker the next paragraph names when its first sentence is only an
    attribution, with no words of its own ("He said at a press conference.")."""
    following = [s for s in context.sentences if s.paragraph == number + 1 and not s.caption][:1]
    if not following:
        return None
    sentence = following[0]
    found = _bare_attribution().match(sentence.norm.strip())
    if found is None or _CLAUSE_WORDS.search(found.group("rest")):
        return None
    offset = len(sentence.norm) - len(sentence.norm.lstrip())
    mentions = people.in_sentence(sentence.index)
    return _subject(
        sentence.norm,
        offset + found.start("who"),
        offset + found.end("who") + 1,
        mentions,
        sentence,
        people,
        cues,
        context,
        first=True,
    )
