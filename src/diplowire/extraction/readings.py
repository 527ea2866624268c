"""What a model of people and roles tells the rules about a sentence.

A plugin offers a :class:`PeopleModel` through the
:func:`~diplowire.plugins.hookspecs.diplowire_people_model` hook. The rules extractor
may ask it these questions about a sentence its trigger pass flagged (meeting, speech and
pact cues):

- :meth:`PeopleModel.names`: the spans that name people (PERSON), nationalities or
  groups (NORP), places (GPE) and bodies (ORG). A PERSON span makes a capitalized run a
  name when the rules see no title, appositive or verb around it.
- :meth:`PeopleModel.speeches`: for each reporting verb, its subject and the clause it
  reports (:class:`Speech`). The subject of the verb whose clause holds a quotation
  speaks it, when the rules find no name beside the quotation's attribution.
- :meth:`PeopleModel.parties`: for each meeting cue of a sentence, the noun phrases the
  parse makes its parties (:class:`Parties`): the cue verb's subject and object, the
  objects of its "with" and "between", a noun cue's possessor, and their conjuncts. A
  person the rules found in the cue's clause but the parse places elsewhere (the
  subject of "said", "according to Zhao") takes no part, when the clause names several.
- :meth:`PeopleModel.origins`: for each name asked, the NORP and GPE spans of its own
  noun phrase and appositions ("Chinese leader Xi Jinping", "Iran's acting Foreign
  Minister, Ali Bagheri"). They give a meeting participant's country when the rules
  found none for anyone of the name.
- :meth:`PeopleModel.places`: for each meeting cue, the places (GPE, FAC, LOC) that its
  "in" or "at" names ("met ... at the Tower of London"): the meeting's location when
  the rules found none.

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

SpanLabel = Literal["PERSON", "NORP", "GPE", "ORG", "FAC", "LOC"]
"""A person; a nationality or group; a country or city; a body (ministry, agency); a
building or site; a region or other place."""


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of a sentence, and what they name."""

    start: int
    end: int
    label: SpanLabel


@dataclass(frozen=True, slots=True)
class Speech:
    """A reporting verb's subject and the clause it reports, as character ranges.

    ``subject`` is the noun phrase without the appositions and clauses that describe
    it ("the Prime Minister's Office"; "Son Jae-il" of "Son Jae-il, CEO of Hanwha
    Aerospace"); ``head`` its head word ("Office"), when the model knows it; ``clause``
    is the verb's complement, which a quotation lies in when the verb introduces it.
    """

    subject: tuple[int, int]
    clause: tuple[int, int]
    head: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Parties:
    """The parties a sentence's parse gives one meeting cue, as character ranges.

    ``cue`` is the cue's range as asked; ``sides`` are the noun phrases of its parties
    (without the clauses that qualify them), each conjunct on its own; ``subjects`` are
    those of ``sides`` that are the subject of the cue's clause (the side that held the
    meeting: "he held separate meetings with A, B and C"). Empty ``sides``: the parse
    says nothing about the cue (the rules then decide alone).
    """

    cue: tuple[int, int]
    sides: tuple[tuple[int, int], ...]
    subjects: tuple[tuple[int, int], ...] = ()

    def holds(self, start: int, end: int) -> bool:
        """True when characters ``start:end`` overlap one of the sides."""
        return any(s < end and start < e for s, e in self.sides)


@runtime_checkable
class PeopleModel(Protocol):
    """A reader of people and roles, as a plugin offers one. Offsets are offsets in
    the sentence text given. A ``version`` string attribute, when the model has one, is
    recorded in ``Article.extracted_by`` (the ``spacy`` model: its pipeline's name and
    version)."""

    name: str
    """The name records carry in ``reader`` and users pass to ``--model``."""

    def names(self, sentences: Sequence[str]) -> Sequence[Sequence[Span]]:
        """The entity spans of each sentence, in order."""
        ...

    def speeches(self, sentences: Sequence[str]) -> Sequence[Sequence[Speech]]:
        """The reporting verbs' subjects and clauses of each sentence, in order."""
        ...

    def parties(
        self, sentences: Sequence[str], cues: Sequence[Sequence[tuple[int, int]]]
    ) -> Sequence[Sequence[Parties]]:
        """The parties of each cue (character ranges, ``cues[i]`` in ``sentences[i]``),
        one :class:`Parties` per cue, in the order asked."""
        ...

    def origins(
        self, sentences: Sequence[str], names: Sequence[Sequence[tuple[int, int]]]
    ) -> Sequence[Sequence[Sequence[Span]]]:
        """For each name (character ranges, ``names[i]`` in ``sentences[i]``), the NORP
        and GPE spans of its own noun phrase and appositions, in the order asked; none
        for a name whose phrase the model cannot tell."""
        ...

    def places(
        self, sentences: Sequence[str], cues: Sequence[Sequence[tuple[int, int]]]
    ) -> Sequence[Sequence[Sequence[Span]]]:
        """For each meeting cue (``cues[i]`` in ``sentences[i]``), the GPE, FAC and LOC
        spans its "in" or "at" names, in the order asked."""
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
    _parties: dict[tuple[int, tuple[tuple[int, int], ...]], tuple[Parties, ...]] = field(
        default_factory=dict
    )
    _origins: dict[tuple[int, tuple[tuple[int, int], ...]], tuple[tuple[Span, ...], ...]] = field(
        default_factory=dict
    )
    _places: dict[tuple[int, tuple[tuple[int, int], ...]], tuple[tuple[Span, ...], ...]] = field(
        default_factory=dict
    )

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

    def reported(self, index: int, start: int, end: int) -> bool:
        """True when characters ``start:end`` of sentence ``index`` lie inside the
        clause a reporting verb reports ("Lin added that China hopes ...": China)."""
        speeches = self._read(self._speeches, index, self.model.speeches) or ()
        return any(s.clause[0] <= start and end <= s.clause[1] for s in speeches)

    def parties_of(self, index: int, cues: Sequence[tuple[int, int]]) -> tuple[Parties, ...] | None:
        """The parties of each of the meeting ``cues`` (character ranges) of sentence
        ``index``, in order; None for a sentence not flagged."""
        text = self.flagged.get(index)
        if text is None:
            return None
        key = (index, tuple(cues))
        found = self._parties.get(key)
        if found is None:
            found = self._parties[key] = tuple(self.model.parties([text], [cues])[0])
        return found

    def label_at(self, index: int, start: int, end: int) -> SpanLabel | None:
        """What the model's entity span that holds characters ``start:end`` of sentence
        ``index`` names (None when no span holds them or the sentence is not flagged)."""
        spans = self._read(self._names, index, self.model.names)
        found = [s for s in spans or () if s.start <= start and end <= s.end]
        return found[0].label if found else None

    def origins_of(
        self, index: int, names: Sequence[tuple[int, int]]
    ) -> tuple[tuple[Span, ...], ...] | None:
        """The NORP and GPE spans of each name's own noun phrase (character ranges of
        sentence ``index``), in order; None for a sentence not flagged."""
        return self._per_range(self._origins, index, names, self.model.origins)

    def places_of(
        self, index: int, cues: Sequence[tuple[int, int]]
    ) -> tuple[tuple[Span, ...], ...] | None:
        """The places each meeting cue's "in" or "at" names (character ranges of
        sentence ``index``), in order; None for a sentence not flagged."""
        return self._per_range(self._places, index, cues, self.model.places)

    def _per_range(
        self,
        known: dict[tuple[int, tuple[tuple[int, int], ...]], tuple[tuple[Span, ...], ...]],
        index: int,
        ranges: Sequence[tuple[int, int]],
        ask: Callable[
            [Sequence[str], Sequence[Sequence[tuple[int, int]]]], Sequence[Sequence[Sequence[Span]]]
        ],
    ) -> tuple[tuple[Span, ...], ...] | None:
        """The model's spans for each of ``ranges`` of flagged sentence ``index``, asked
        once (None when the sentence is not flagged)."""
        text = self.flagged.get(index)
        if text is None:
            return None
        key = (index, tuple(ranges))
        found = known.get(key)
        if found is None:
            answer = ask([text], [ranges])[0]
            found = known[key] = tuple(tuple(spans) for spans in answer)
        return found

    @property
    def asked(self) -> int:
        """How many questions the model has answered so far (one per sentence each)."""
        asked = (self._names, self._speeches, self._parties, self._origins, self._places)
        return sum(len(answers) for answers in asked)
