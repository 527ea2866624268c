"""Domestic acts, which are not the pact they concern.

A law, a decree or an executive order signed or taking effect about a pact ("signed
a law on the suspension of the treaty") is no step of the pact itself; the patterns
here, from the agreements lexicon, tell such acts and the institutions named after a
head word ("... Treaty Organization") apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diplowire.extraction import lexicon


@dataclass(frozen=True, slots=True)
class _Acts:
    """Patterns for domestic acts, which are not the pact they concern."""

    subject: re.Pattern[str]
    """An act that takes effect ("The law on the suspension of the treaty will take
    effect ...", "a decision which became effective last November")."""
    signed: re.Pattern[str]
    """An act signed ("signed off last Friday legislation extending the accord", "signed
    an executive order to reverse the withdrawal"), whose content is the event."""
    institution: re.Pattern[str]
    """The word after a name that makes it an institution's ("... Treaty Organization")."""
    absent: re.Pattern[str]
    """Words right before "a pact" that say there is none ("did not sign", "no chance of")."""


@cache
def _acts() -> _Acts:
    def any_of(key: str) -> str:
        return "|".join(lexicon.words("agreements", key))

    return _Acts(
        subject=re.compile(
            rf"^(?:The|This|That|Its|A|An)\s+(?:[\w-]+\s+)?(?:{any_of('act_subjects')})\b"
            rf"|\b(?:{any_of('act_relatives')}),?\s+(?:which|that)\s+(?:\w+\s+){{0,2}}$"
        ),
        signed=re.compile(
            r"\s+(?:(?:off|into)\s+)?(?:[\w-]+\s+){0,3}?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?"
            rf"(?:{any_of('domestic_acts')})\b"
        ),
        institution=re.compile(rf"\s+(?:{any_of('institution_heads')})\b"),
        absent=re.compile(rf"\b(?:{any_of('absent_before')})\s+(?:[\w-]+\s+){{0,2}}$", re.I),
    )


def _of_an_act(kind: str, cue: re.Match[str], text: str) -> bool:
    """A cue of a domestic act, not of the pact: "signed a law", "The law on Russia's
    suspension of the treaty will take effect"."""
    if kind == "signed":
        return _acts().signed.match(text, cue.end()) is not None
    if kind == "in_force":
        return _acts().subject.search(text, 0, cue.start()) is not None
    return False
