"""One agreement of an article while its mentions are gathered.

:class:`_Pact` holds what the mentions say of a pact (name, acronym, aliases, year,
edition, sentences, events) until :func:`~diplowire.extraction.agreements.finder.find`
turns it into a record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diplowire.extraction.context import Sentence
from diplowire.models import AgreementEvent, RenewalRule


@dataclass
class _Pact:
    """One agreement of the article, gathered from its mentions (not a draft text)."""

    name: str | None = None
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    year: str | None = None
    events: list[AgreementEvent] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    renewal: RenewalRule | None = None
    edition: str | None = None
    """Which of several editions of a recurring pact: "12th", "current"."""
    needs_event: bool = False
    """Described by a head that names plans as well as pacts ("initiative"): a pact only
    when the story dates something of it."""
    described_by: str | None = None
    """The capitalized words of an unnamed pact described by them ("the Black Sea grain
    deal"): not the name of one pact until the story says more of it."""

    def label(self) -> str:
        return self.acronym or self.name or (self.aliases[0] if self.aliases else "")

    def add_sentence(self, sentence: Sentence) -> None:
        if sentence not in self.sentences:
            self.sentences.append(sentence)


def _unnamed(draft: _Pact | None) -> bool:
    """An unnamed pact described by words or a label: "the grain deal", "the Black Sea
    grain initiative"."""
    return draft is not None and not (draft.name or draft.acronym) and bool(draft.aliases)


def _add_alias(draft: _Pact, alias: str) -> None:
    if alias and alias not in draft.aliases and alias != draft.name:
        draft.aliases.append(alias)
