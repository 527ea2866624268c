"""The trigger pass: one scan of each sentence for the cue words of every rule family.

Most sentences of a story report no meeting, statement or pact. Each family of rules
has words one of which every match of its patterns contains ("talks", "said",
"agreement", "GSOMIA"); one automaton holds the words of all families, and one pass
over a sentence tells which families may fire there. The families' local patterns
then run on those sentences only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from diplowire.extraction.context import Sentence
from diplowire.extraction.prefilter import Words

MEETING = 1
"""Meeting cue words (:attr:`~diplowire.extraction.cues.Cues.meeting`)."""
SPEECH = 2
"""Reporting verbs of reported speech ("said", "told reporters")."""
PACT = 4
"""Agreement head words ("treaty", "pact") and known acronyms ("GSOMIA")."""

Family = tuple[int, Iterable[str] | None, bool]
"""A family's bit, its words (None: it may fire anywhere) and whether they are matched
with their case ("GSOMIA", "said") rather than in the lower-cased sentence."""


class Triggers:
    """Which rule families may fire in each sentence.

    >>> from diplowire.extraction.context import Sentence
    >>> from diplowire.extraction.triggers import MEETING, PACT, Triggers
    >>> triggers = Triggers([(MEETING, ["talks", "met"], False), (PACT, ["NATO"], True)])
    >>> sentence = Sentence(0, 0, "Nato talks.", "Nato talks.", lower="nato talks.")
    >>> triggers.scan([sentence]) == [MEETING]  # "Nato" is not the acronym
    True
    """

    __slots__ = ("_always", "_bits", "_cased", "_words")

    def __init__(self, families: Iterable[Family]) -> None:
        always = 0
        # The automaton reads the lower-cased sentence: a cased word is lower-cased in
        # it and its occurrence checked against the sentence as printed.
        entries: dict[str, list[tuple[int, str | None]]] = {}
        for bit, words, cased in families:
            if words is None:
                always |= bit
                continue
            for word in words:
                entries.setdefault(word.lower(), []).append((bit, word if cased else None))
        self._always = always
        keys = list(entries)
        self._words = Words(keys) if keys else None
        # Per word: its bit when no case check is needed, else None and the checks.
        self._bits = [_plain_bit(entries[key]) for key in keys]
        self._cased = [tuple(entries[key]) for key in keys]

    def scan(self, sentences: Sequence[Sentence]) -> list[int]:
        """The families' bits for each sentence, by sentence position."""
        if self._words is None:
            return [self._always] * len(sentences)
        find = self._words.matches
        bits, cased = self._bits, self._cased
        masks: list[int] = []
        for sentence in sentences:
            mask = self._always
            for word, start, end in find(sentence.lower):
                bit = bits[word]
                if bit:
                    mask |= bit
                    continue
                for family, printed in cased[word]:
                    if printed is None or sentence.norm[start:end] == printed:
                        mask |= family
            masks.append(mask)
        return masks


def _plain_bit(entries: list[tuple[int, str | None]]) -> int:
    if all(printed is None for _, printed in entries):
        bit = 0
        for family, _ in entries:
            bit |= family
        return bit
    return 0
