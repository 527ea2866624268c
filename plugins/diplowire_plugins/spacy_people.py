"""People and roles read by a pretrained spaCy pipeline: the ``spacy`` model.

Installed with ``pip install 'diplowire[spacy]'`` and a pipeline
(``python -m spacy download en_core_web_sm``), chosen with ``--model spacy`` or
``Options(model="spacy")``. The rules extractor hands it only the sentences its
trigger pass flags, and only where the rules find no evidence of their own; it answers
with a sentence's PERSON, NORP, GPE and ORG spans (the entity recogniser), with each
reporting verb's subject and the clause it reports, with the parties of each
meeting cue read from the dependency structure of its clause (the parser), with the
NORP and GPE spans of a name's own noun phrase, or with the places (GPE, FAC, LOC) a
meeting cue's "in" or "at" names (both).

``DIPLOWIRE_SPACY_MODEL`` names the pipeline to load (default ``en_core_web_sm``).
spaCy is imported only when the model is first asked for, so the plugin costs nothing
to load when rules alone run.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from diplowire import hookimpl
from diplowire.errors import PeopleModelNotInstalledError
from diplowire.extraction import lexicon
from diplowire.extraction.readings import Parties, Span, SpanLabel, Speech

if TYPE_CHECKING:
    from diplowire.extraction.readings import PeopleModel

NAME = "spacy"
ENVIRONMENT = "DIPLOWIRE_SPACY_MODEL"
DEFAULT_PIPELINE = "en_core_web_sm"

_LABELS: dict[str, SpanLabel] = {"PERSON": "PERSON", "NORP": "NORP", "GPE": "GPE", "ORG": "ORG"}
_PLACE_LABELS: dict[str, SpanLabel] = {"GPE": "GPE", "FAC": "FAC", "LOC": "LOC"}
# Where a meeting is held: the object of the cue's (or its event verb's) "in" or "at"
# ("met ... in the Kremlin", "held a bilateral meeting at the Tower of London"). Bodies
# (ORG) are left out: "at the UN", "in NATO" say who, not where.
_PLACE_PREPOSITIONS = frozenset({"in", "at"})
# The parts of the small English pipelines the readings need: the tagger, lemmatizer
# and attribute ruler feed neither the parser nor the entity recogniser, and cost time.
_UNUSED = ("tagger", "attribute_ruler", "lemmatizer")
# Dependents of a reporting verb that hold what it reports.
_REPORTED = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "advcl", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose object, not their subject, speaks: "the agency quoted Lebedev as saying".
_OBJECT_SPEAKS = frozenset({"quoted", "cited"})
# A meeting cue's parties, by the dependency that joins them to the cue's word: its
# subject ("Kamikawa and Cho met"), its object ("met Lavrov", "told Yoon"), a noun
# cue's possessor ("Moon's summit") and capitalized modifier ("the Lee-Xi summit"),
# and the objects of the prepositions that name the other side.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "compound"})
_PARTY_PREPOSITIONS = frozenset({"with", "between", "among", "by"})
# A verb cue without a subject of its own takes its head's: "plans to visit", "arrived
# and met", "Talking with Kerry, Kishida said"; a relative clause's is its antecedent.
_SUBJECT_FROM_HEAD = frozenset({"xcomp", "conj", "advcl", "pcomp"})
_SUBJECT_IS_HEAD = frozenset({"relcl", "acl"})
# A noun cue that is a verb's object or complement is that verb's event ("held talks
# with", "had a call with"); one after a preposition of time is the time of the main
# verb, whose subject took part ("During their talks, Kamikawa and Cho shared ...").
_EVENT_OF_HEAD = frozenset({"dobj", "attr", "nsubj", "nsubjpass"})
_TIME_PREPOSITIONS = frozenset(
    {"during", "at", "after", "before", "following", "in", "on", "ahead", "prior"}
)
# What qualifies a party's noun phrase without naming it: clauses, and the conjuncts
# that are parties of their own.
_NOT_THE_PHRASE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct"})
_NOUN_MODIFIERS = frozenset(
    {"compound", "poss", "amod", "det", "appos", "punct", "case", "nummod", "cc", "conj"}
)
"""What hangs on a noun phrase, never on a verb."""
_PHRASE_PREPOSITIONS = frozenset({"of", "including"})
_DESCRIPTIONS = frozenset({"appos", "relcl", "acl", "advcl", "punct"})
# A name's own noun phrase, by the dependencies that hang its words on the name or on
# the title it stands in apposition to: "Chinese leader Xi Jinping", "Japan's new
# Foreign Minister Yoko Kamikawa", "the Prime Minister of Japan, Fumio Kishida",
# "Abdel Fattah El-Sisi, the Egyptian president". Not its clauses, nor the other
# people of a list (conjuncts), nor prepositions other than "of".
_OWN_PHRASE = frozenset(
    {"compound", "amod", "poss", "det", "appos", "nmod", "npadvmod", "case", "nummod", "pobj"}
)
_ORIGIN_LABELS = frozenset({"NORP", "GPE"})
_PARSES = 64
"""Sentences kept, each as read, for the next question about them (speeches, then
parties; names, then origins)."""


class SpacyPeople:
    """The ``spacy`` model of people and roles: a
    :class:`~diplowire.extraction.readings.PeopleModel` over a spaCy pipeline."""

    name = NAME

    def __init__(self, nlp: Any, pipeline: str) -> None:
        self.nlp = nlp
        self.pipeline = pipeline
        self._verbs = _reporting_verbs()
        # A spaCy pipeline is not safe to run from two threads at once (its parser
        # keeps state per call); ingest's threads share one model.
        self._lock = threading.Lock()
        self._docs: dict[tuple[str, str], Any] = {}
        meta = nlp.meta
        own = f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}"
        loaded = "" if own == pipeline else f", loaded as {pipeline}"
        self.version = f"{own} {meta.get('version', '?')} (spaCy {_spacy_version()}{loaded})"
        """The pipeline's name and version, recorded in ``Article.extracted_by``."""

    def names(self, sentences: Sequence[str]) -> list[list[Span]]:
        """The PERSON, NORP, GPE and ORG spans of each sentence (the entity recogniser
        alone: the parser is not run)."""
        return [
            [
                Span(ent.start_char, ent.end_char, _LABELS[ent.label_])
                for ent in doc.ents
                if ent.label_ in _LABELS
            ]
            for doc in self._read(sentences, "parser")
        ]

    def origins(
        self, sentences: Sequence[str], names: Sequence[Sequence[tuple[int, int]]]
    ) -> list[list[list[Span]]]:
        """The NORP and GPE spans of each name's own noun phrase and appositions (the
        parse gives the phrase, the entity recogniser the spans in it)."""
        return [
            [_origins(doc, *name) for name in asked]
            for doc, asked in zip(self._read(sentences), names, strict=True)
        ]

    def speeches(self, sentences: Sequence[str]) -> list[list[Speech]]:
        """Each reporting verb's subject and reported clause (the parser alone)."""
        return [self._speeches(doc) for doc in self._parsed(sentences)]

    def parties(
        self, sentences: Sequence[str], cues: Sequence[Sequence[tuple[int, int]]]
    ) -> list[list[Parties]]:
        """The parties of each meeting cue, read from the dependency parse."""
        return [
            [_parties(doc, *cue) for cue in asked]
            for doc, asked in zip(self._parsed(sentences), cues, strict=True)
        ]

    def places(
        self, sentences: Sequence[str], cues: Sequence[Sequence[tuple[int, int]]]
    ) -> list[list[list[Span]]]:
        """The GPE, FAC and LOC spans each meeting cue's "in" or "at" names."""
        return [
            [_places(doc, *cue) for cue in asked]
            for doc, asked in zip(self._read(sentences), cues, strict=True)
        ]

    def _parsed(self, sentences: Sequence[str]) -> list[Any]:
        """The sentences parsed (no entities), each once while it is still asked about."""
        return self._read(sentences, "ner")

    def _read(self, sentences: Sequence[str], without: str = "") -> list[Any]:
        """The sentences read by the pipeline, ``without`` one component (the parser or
        the entity recogniser, which some questions do not need) or whole, each once
        while it is still asked about; a sentence read whole answers every question."""
        with self._lock:
            missing = [
                s
                for s in dict.fromkeys(sentences)
                if (s, without) not in self._docs and (s, "") not in self._docs
            ]
            if missing:
                if len(self._docs) + len(missing) > _PARSES:
                    self._docs.clear()
                docs = self.nlp.pipe(missing, disable=[without] if without else [])
                for text, doc in zip(missing, docs, strict=True):
                    self._docs[text, without] = doc
            return [self._docs.get((s, ""), self._docs.get((s, without))) for s in sentences]

    def _speeches(self, doc: Any) -> list[Speech]:
        found = []
        for token in doc:
            if token.lower_ not in self._verbs:
                continue
            subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
            reported = [c for c in token.children if c.dep_ in _REPORTED]
            if subject is None or not reported:
                continue
            # The subject's own words: not the apposition or clause that describes it
            # ("Son Jae-il, CEO and president of Hanwha Aerospace, said").
            words = sorted(_described(subject), key=lambda t: t.i)
            clause = [t for child in reported for t in child.subtree]
            found.append(
                Speech(
                    subject=(words[0].idx, words[-1].idx + len(words[-1].text)),
                    head=(subject.idx, subject.idx + len(subject.text)),
                    clause=(
                        min(t.idx for t in clause),
                        max(t.idx + len(t.text) for t in clause),
                    ),
                )
            )
        return found


def _parties(doc: Any, start: int, end: int) -> Parties:
    """The parties of the cue at ``start:end`` of ``doc``; none when the parser splits
    the sentence in two (its parse of it is not to be trusted)."""
    if sum(1 for t in doc if t.dep_ == "ROOT") > 1:
        return Parties((start, end), ())
    words = [t for t in doc if start <= t.idx < end]
    for word in words:
        # "summit talks", "the phone call": a cue word that modifies a noun names the
        # noun's event.
        if word.dep_ == "compound" and word.head not in words:
            words.append(word.head)
    pending = [
        (t, t.dep_ in _SUBJECTS) for word in words for t in _party_words(word) if t not in words
    ]
    seen = set(words)
    found: set[tuple[int, int]] = set()
    subjects: set[tuple[int, int]] = set()
    while pending:
        token, subject = pending.pop(0)
        if token in seen:
            continue
        seen.add(token)
        phrase = _phrase(token)
        at = (min(t.idx for t in phrase), max(t.idx + len(t.text) for t in phrase))
        found.add(at)
        if subject:
            subjects.add(at)
        # "Putin, Xi and Lula", "counterparts Othmani and Algerian PM Ouyahia": each
        # conjunct is a party, whichever word of the phrase the parser hung it on.
        pending += [(c, subject) for t in phrase for c in t.children if c.dep_ == "conj"]
    return Parties((start, end), tuple(sorted(found)), tuple(sorted(subjects)))


def _origins(doc: Any, start: int, end: int) -> list[Span]:
    """The NORP and GPE spans inside the own noun phrase of the name at ``start:end`` of
    ``doc`` (parsed and read by the entity recogniser); none when the parser does not
    make the name one phrase."""
    words = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    heads = [t for t in words if t.head not in words or t.head is t]
    if len(heads) != 1:
        return []
    people = {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    named = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    head = heads[0]
    phrase = _own_phrase(head, people)
    if head.dep_ == "appos" and head.head.i not in named:
        # "Iran's acting Foreign Minister, Ali Bagheri": the title the name stands for;
        # not a name the parser hung it on, another person's ("Palestinian President
        # Mahmoud Abbas and Lebanon's caretaker Prime Minister Najib Mikati") or a
        # place's ("the EU envoy for dialogue between Belgrade and Pristina, Miroslav
        # Lajčák").
        phrase |= _own_phrase(head.head, people)
    return [
        Span(ent.start_char, ent.end_char, _LABELS[ent.label_])
        for ent in doc.ents
        if ent.label_ in _ORIGIN_LABELS and all(i in phrase for i in range(ent.start, ent.end))
    ]


def _places(doc: Any, start: int, end: int) -> list[Span]:
    """The GPE, FAC and LOC spans of ``doc`` (parsed and read by the entity recogniser)
    inside the objects of the "in" and
    "at" of the cue at ``start:end`` of ``doc``, or of the verb whose object the cue is
    ("held talks in Sochi"); none when the parser splits the sentence in two."""
    if sum(1 for t in doc if t.dep_ == "ROOT") > 1:
        return []
    words = [t for t in doc if start <= t.idx < end]
    events = list(words)
    for word in words:
        if word.dep_ in _EVENT_OF_HEAD and word.head is not word:
            events.append(word.head)  # "held talks", "had a meeting"
    heads = {
        obj.i
        for event in events
        for prep in event.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPOSITIONS
        for obj in _place_nouns(prep)
    }
    return [
        Span(ent.start_char, ent.end_char, _PLACE_LABELS[ent.label_])
        for ent in doc.ents
        if ent.label_ in _PLACE_LABELS and heads.intersection(range(ent.start, ent.end))
    ]


def _place_nouns(prep: Any) -> list[Any]:
    """The head nouns a place preposition governs: its object, and the object of that
    object's "of" ("in the Southern Russian city of Sochi"); not the words deeper in
    its phrase ("at the invitation of US President Joseph Biden")."""
    found = []
    for obj in prep.children:
        if obj.dep_ == "pobj":
            found.append(obj)
            found += [
                inner
                for of in obj.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for inner in of.children
                if inner.dep_ == "pobj"
            ]
    return found


def _own_phrase(token: Any, people: set[int]) -> set[int]:
    """The token indices of a noun phrase without its clauses, the other people of a
    list, and the appositions that name other people (``people``: the indices of the
    tokens of PERSON spans); a list inside its "of" stays whole ("Presidents of Russia
    and Azerbaijan"), so that a phrase naming two countries says no one's."""
    found = {token.i}
    pending = [token]
    while pending:
        word = pending.pop()
        listed = word.dep_ == "pobj" and word.head.lower_ == "of"
        for child in word.children:
            if child.i in found or (child.dep_ == "appos" and child.i in people):
                continue
            if (
                child.dep_ in _OWN_PHRASE
                or (child.dep_ == "prep" and child.lower_ == "of")
                or (listed and child.dep_ in ("conj", "cc"))
            ):
                found.add(child.i)
                pending.append(child)
    return found


def _party_words(word: Any) -> list[Any]:
    """The head words of the parties of one word of a cue."""
    found = [
        c
        for c in word.children
        if (c.dep_ in _PARTY_DEPS and (c.dep_ != "compound" or c.text[:1].isupper()))
        or _nominal_conjunct(c)
    ]
    found += _prepositional_objects(word)
    if word.dep_ in _EVENT_OF_HEAD and word.head is not word:
        verb = word.head
        found += [
            c
            for c in verb.children
            if (c.dep_ in _SUBJECTS or _nominal_conjunct(c)) and c is not word
        ]
        found += _prepositional_objects(verb)
        found += _inherited_subject(verb)
    elif word.dep_ == "pobj" and word.head.lower_ in _TIME_PREPOSITIONS:
        verb = word.head.head
        if verb.dep_ == "prep":  # "ahead of", "prior to"
            verb = verb.head
        found += [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(c.dep_ in _SUBJECTS for c in word.children):
        found += _inherited_subject(word)
    return found


def _nominal_conjunct(child: Any) -> bool:
    """A conjunct of the cue's verb that is a noun phrase, not a second verb: the small
    parser hangs the last of a list on the verb ("meets with Yoon, left, and Japan's
    Prime Minister Fumio Kishida")."""
    return child.dep_ == "conj" and all(
        c.dep_ in _NOUN_MODIFIERS or (c.dep_ == "prep" and c.lower_ in _PHRASE_PREPOSITIONS)
        for c in child.children
    )


def _inherited_subject(verb: Any) -> list[Any]:
    """The subject a verb without one of its own takes from the clause it hangs on."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    if verb.dep_ in _SUBJECT_IS_HEAD:
        return [verb.head]
    if verb.dep_ in _SUBJECT_FROM_HEAD and verb.head is not verb:
        return [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    return []


def _prepositional_objects(word: Any) -> list[Any]:
    """The objects of a word's "with", "between", "among" and passive "by"."""
    return [
        obj
        for prep in word.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _PARTY_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _phrase(token: Any) -> list[Any]:
    """The words of a party's noun phrase: without the clauses and conjuncts that hang
    on it (an apposition stays: "his counterpart, Andrzej Duda")."""
    words = [token]
    pending = [c for c in token.children if _in_phrase(c)]
    while pending:
        child = pending.pop()
        words.append(child)
        pending += [c for c in child.children if _in_phrase(c)]
    return words


def _in_phrase(child: Any) -> bool:
    """A title's "of" stays ("President of the United States Joe Biden"), and so does a
    list's "including" ("world leaders including Mahathir Mohamed"); a prepositional
    phrase that says where or when does not."""
    if child.dep_ == "prep":
        return child.lower_ in _PHRASE_PREPOSITIONS
    return child.dep_ not in _NOT_THE_PHRASE


def _described(token: Any) -> list[Any]:
    """A noun phrase's words without the appositions and clauses that describe it."""
    words = [token]
    for child in token.children:
        if child.dep_ not in _DESCRIPTIONS:
            words += _described(child)
    return words


def _spacy_version() -> str:
    from importlib.metadata import version

    return version("spacy")


@cache
def _reporting_verbs() -> frozenset[str]:
    """The single-word reporting verbs of the rules' cue lexicon."""
    words = [*lexicon.words("cues", "speech_verbs"), *lexicon.words("cues", "attribution_verbs")]
    return frozenset(w for w in words if w.isalpha()) - _OBJECT_SPEAKS


_lock = threading.Lock()
_loaded: dict[str, SpacyPeople] = {}


def load(pipeline: str | None = None) -> SpacyPeople:
    """The model over ``pipeline`` (default: ``DIPLOWIRE_SPACY_MODEL``, else
    ``en_core_web_sm``), loaded once per process.

    :raises PeopleModelNotInstalledError: when spaCy or the pipeline is missing; the
        message names the command that installs it.
    """
    pipeline = pipeline or os.environ.get(ENVIRONMENT) or DEFAULT_PIPELINE
    with _lock:
        if pipeline not in _loaded:
            _loaded[pipeline] = SpacyPeople(_pipeline(pipeline), pipeline)
        return _loaded[pipeline]


def _pipeline(pipeline: str) -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise PeopleModelNotInstalledError(
            "the spacy model needs spaCy: pip install 'diplowire[spacy]'", plugin=NAME
        ) from exc
    try:
        return spacy.load(pipeline, exclude=list(_UNUSED))
    except OSError as exc:
        raise PeopleModelNotInstalledError(
            f"spaCy pipeline {pipeline!r} is not installed: python -m spacy download "
            f"{pipeline} (or set {ENVIRONMENT} to an installed one)",
            plugin=NAME,
        ) from exc


class SpacyPlugin:
    """Offers the ``spacy`` model when it is asked for."""

    name = NAME

    @hookimpl
    def diplowire_people_model(self, model: str) -> PeopleModel | None:
        """The spaCy model when ``model`` is ``"spacy"``."""
        return load() if model == NAME else None


plugin = SpacyPlugin()
