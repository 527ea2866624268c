"""Quoted words that are no one's statement.

Quotation marks also set off names of things ("2+2", "Team Europe"), titles of songs
and books, scare quotes and terms glossed: these are told apart from quoted speech
here, by their length, their case and the words just before them.
"""

from __future__ import annotations

import re
from functools import cache

from diplowire.extraction import lexicon
from diplowire.extraction.prefilter import Gated, gated

LABEL_WORDS = 2
"""Quoted spans this short, without a stop of their own, are labels, not statements..."""


LABEL_PHRASE_WORDS = 3
"""Quoted spans this short that an article or a preposition leads into are labels..."""


LABEL_VERB_REACH = 40
"""...unless a speech verb stands this close before them."""


LABEL_REACH = 60
"""...unless a speech verb stands this close before them."""


_NAMING = gated(
    re.compile(
        r"\b(?:signed(?:\s+off\s+on)?|adopted|concluded|inked|unveiled|issued|dubbed|named|"
        r"titled|so-called|known\s+as)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )
)


@cache
def _label_before() -> re.Pattern[str]:
    words = "|".join(lexicon.words("cues", "speakers", "label_before"))
    return re.compile(rf"(?<!\bas )\b(?:{words})\s+$", re.IGNORECASE)


def _is_title_or_name(words: str, match: re.Match[str], paragraph: str, speech: Gated) -> bool:
    """Quoted names of things ("2+2", "Team Europe") are not statements.

    A short capitalized quote is a name unless it is the first part of a quote split
    around its attribution (\u201cToday,\u201d Yoon said, \u201c...\u201d).
    """
    # The bare patterns on a bounded stretch: the prefilter would fold the whole
    # paragraph once per quote, the square of its length for a paragraph of quotes.
    if _NAMING.pattern.search(paragraph, max(0, match.start() - 40), match.start()):
        return True  # "signed off on a "commitment to consult"": a document's name
    raw = match.group(0)[1:-1].rstrip()
    if (
        len(words.split()) <= LABEL_PHRASE_WORDS
        and not raw.endswith((".", "!", "?"))
        and _label_before().search(paragraph, max(0, match.start() - 30), match.start())
        and not _search_before(speech.pattern, paragraph, match.start(), LABEL_VERB_REACH)
    ):
        # A few words an article or a preposition leads into are a name for something:
        # 'the bilateral agreement on "comfort women,"', 'reached a "final and
        # irreversible" agreement', 'the successful annual "two sessions,"'; not when a
        # speech verb is just before ('calling this a "significant achievement."'), the
        # words are what something is called ('described China as an "ally"') or they
        # end a sentence of their own ('to make Obama a "one-term president."').
        return True
    if _headline_case(words):
        # 'the folk song, "Everybody Couldn't Help Saying My Native Town Is a Wonderful
        # Place,"': a title of a song, a book or a headline, not anyone's words.
        return True
    if (
        raw.endswith(",")
        and len(words.split()) <= LABEL_PHRASE_WORDS
        and _GLOSS.match(paragraph, match.end())
    ):
        return True  # 'continue "shuttle diplomacy," or reciprocal visits': a term glossed
    if raw.endswith(","):
        return False
    letters = re.sub(r"[^A-Za-z]", "", words)
    if (
        len(words.split()) <= LABEL_WORDS
        and not raw.endswith((".", "!", "?"))
        and not _search_before(speech.pattern, paragraph, match.start(), LABEL_REACH)
    ):
        # A word or two in quote marks is a label or a scare quote ("ties at an
        # "unprecedented height"", the "no limits" partnership) unless a speech verb just
        # before gives them to a speaker (urged Seoul to "act prudently"); an answer
        # quoted whole ends with its own stop: she said: "Of course."
        return True
    return len(letters) < 3 or (len(words.split()) <= 3 and words.istitle())


HEADLINE_WORDS = 4
"""Quoted words this many or more, every one capitalized but the small ones, are a title."""


_GLOSS = re.compile(r"\s*or\s")


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _small_words() -> frozenset[str]:
    return frozenset(lexicon.words("cues", "speakers", "title_small_words"))


def _headline_case(words: str) -> bool:
    """Whether ``words`` are set as a title: four or more words, each capitalized but the
    articles, prepositions and conjunctions ("Everybody Couldn't Help Saying My Native
    Town Is a Wonderful Place")."""
    tokens = _WORD.findall(words)
    if len(tokens) < HEADLINE_WORDS:
        return False
    small = _small_words()
    return all(t[0].isupper() or t.lower() in small for t in tokens) and any(
        t.lower() not in small for t in tokens[1:]
    )


def _search_before(
    pattern: re.Pattern[str], text: str, at: int, reach: int
) -> re.Match[str] | None:
    """``pattern`` searched in the lower-cased ``reach`` characters before ``at``, with a
    few characters more before them so that ``\\b`` and lookbehinds see what they would
    in the whole text."""
    start = max(0, at - reach)
    base = max(0, start - 8)
    return pattern.search(text[base:at].lower(), start - base)
