"""What a model of people and roles tells the rules about a sentence.

A plugin offers a :class:`PeopleModel` through the
:func:`~diplowire.plugins.hookspecs.diplowire_people_model` hook. The rules extractor
may ask it two questions about a sentence its trigger pass flagged (meeting, speech and
pact cues):

- :meth:`PeopleModel.names`: the spans that name people (PERSON), nationalities or
  groups (NORP), places (GPE) and bodies (ORG). A PERSON span makes a capitalized run a
  name when the rules see no title, appositive or verb around it.
- :meth:`PeopleModel.speeches`: for each reporting verb, its subject and the clause it
  reports (:class:`Speech`). The subject of the verb whose clause holds a quotation
  speaks it, when the rules find no name beside the quotation's attribution.

Each question is asked of a sentence only when the rules need the answer there
(:class:`Readings`), since the model is by far the slowest step. The rules keep
deciding everything else: dates, kinds, formats, agreements and lifecycle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, TypeVar, runtime_checkable

from diplowire.extraction.context import Sentence

T = TypeVar("T")

SpanLabel = Literal["PERSON", "NORP", "GPE", "ORG"]
"""A person; a nationality or group; a country or city; a body (ministry, agency)."""


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of a sentence, and what they name."""

    start: int
    end: int
    label: SpanLabel


@dataclass(frozen=True, slots=True)
class Speech:
    """A reporting verb's subject and the clause it reports, as character ranges.

    ``subject`` is the whole noun phrase ("the Prime Minister's Office"); ``clause``
    is the verb's complement, which a quotation lies in when the verb introduces it.
    """

    subject: tuple[int, int]
    clause: tuple[int, int]


@runtime_checkable
class PeopleModel(Protocol):
    """A reader of people and roles, as a plugin offers one. Offsets are offsets in
    the sentence text given."""

    name: str
    """The name records carry in ``reader`` and users pass to ``--model``."""

    def names(self, sentences: Sequence[str]) -> Sequence[Sequence[Span]]:
        """The entity spans of each sentence, in order."""
        ...

    def speeches(self, sentences: Sequence[str]) -> Sequence[Sequence[Speech]]:
        """The reporting verbs' subjects and clauses of each sentence, in order."""
        ...


@dataclass(slots=True)
class Readings:
    """A model's answers about an article's flagged sentences, each asked for when the
    rules first need it: most flagged sentences hold names and speakers the rules read
    alone.

    :param model: The model to ask.
    :param flagged: The text of each sentence the trigger pass flagged, by index; any
        other sentence has no answers.
    """

    model: PeopleModel
    flagged: dict[int, str]
    _names: dict[int, tuple[Span, ...]] = field(default_factory=dict)
    _speeches: dict[int, tuple[Speech, ...]] = field(default_factory=dict)

    @classmethod
    def of(
        cls, model: PeopleModel, sentences: Sequence[Sentence], fired: Sequence[int]
    ) -> Readings:
        """The readings of the ``sentences`` whose trigger bits in ``fired`` are set."""
        return cls(model, {s.index: s.text for s in sentences if fired[s.index]})

    def person_at(self, index: int, start: int, end: int) -> bool:
        """True when the model reads a PERSON overlapping characters ``start:end`` of
        sentence ``index`` (False for a sentence not flagged)."""
        spans = self._read(self._names, index, self.model.names)
        if spans is None:
            return False
        return any(s.label == "PERSON" and s.start < end and start < s.end for s in spans)

    def _read(
        self,
        known: dict[int, tuple[T, ...]],
        index: int,
        read: Callable[[Sequence[str]], Sequence[Sequence[T]]],
    ) -> tuple[T, ...] | None:
        """The model's reading of flagged sentence ``index``, asked once (None when the
        sentence is not flagged)."""
        found = known.get(index)
        if found is None:
            text = self.flagged.get(index)
            if text is None:
                return None
            found = known[index] = tuple(read([text])[0])
        return found

    def speaker_of(self, index: int, start: int, end: int) -> Speech | None:
        """The reporting verb's subject whose clause holds characters ``start:end`` of
        sentence ``index`` (the words of a quotation, without its marks), the innermost
        such clause when verbs nest; None if none does or the sentence is not flagged."""
        speeches = self._read(self._speeches, index, self.model.speeches)
        if speeches is None:
            return None
        holding = [
            s
            for s in speeches
            if s.clause[0] <= start and end <= s.clause[1]
            and not (s.subject[0] < end and start < s.subject[1])
        ]  # fmt: skip
        return min(holding, key=lambda s: s.clause[1] - s.clause[0], default=None)

    @property
    def asked(self) -> int:
        """How many questions the model has answered so far (one per sentence each)."""
        return len(self._names) + len(self._speeches)
