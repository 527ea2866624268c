"""The :class:`~diplowire.models.Statement` record built from a speaker and words.

Gives each statement its id, the day it was said (a date next to the reporting verb)
and its setting ("a press conference"), and cites its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from diplowire.extraction.context import Context, Sentence
from diplowire.extraction.cues import Cues
from diplowire.extraction.dates import DateMention
from diplowire.extraction.prefilter import gated
from diplowire.models import Person, Statement


def _statement(
    context: Context,
    number: int,
    speaker: Person,
    words: str,
    direct: bool,
    sentence: Sentence,
    dates: Mapping[int, list[DateMention]],
    setting: str | None,
) -> Statement:
    return Statement(
        id=f"{context.article.id}-s{number}",
        speaker=speaker,
        text=words,
        direct=direct,
        date=_date_of(sentence.norm, dates.get(sentence.index, [])),
        setting=setting,
        sources=[context.evidence(sentence)],
    )


def _date_of(text: str, mentions: list[DateMention]) -> str | None:
    """The day the words were said: a date next to the reporting verb ("said Monday",
    "told reporters on Friday", "on Tuesday said"), not any date of the sentence."""
    days = [mention for mention in mentions if mention.date and len(mention.date) == 10]
    if not days:
        return None  # most sentences: no day to give, so no verb to look for
    for verb in _SAID_VERB.finditer(text):
        for mention in days:
            if 0 <= mention.start - verb.end() <= 25 or 0 <= verb.start() - mention.end <= 3:
                return mention.date
    return None


_SAID_VERB = gated(
    re.compile(
        r"\b(?:said|says|told(?:\s+\w+)?|added|stressed|noted|announced|urged|warned|wrote|"
        r"declared|insisted|called)\b"
    )
)


def _setting(sentence: Sentence, cues: Cues) -> str | None:
    """Where a remark was made ("a press conference"), as printed."""
    match = cues.setting.search(sentence.lower)
    return sentence.norm[match.start() : match.end()] if match else None
