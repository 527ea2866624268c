"""People and roles read by a pretrained spaCy pipeline: the ``spacy`` model.

Installed with ``pip install 'diplowire[spacy]'`` and a pipeline
(``python -m spacy download en_core_web_sm``), chosen with ``--model spacy`` or
``Options(model="spacy")``. The rules extractor hands it only the sentences its
trigger pass flags, and only where the rules find no evidence of their own; it answers
with a sentence's PERSON, NORP, GPE and ORG spans (the entity recogniser), or with each
reporting verb's subject and the clause it reports (the parser).

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
from diplowire.extraction.readings import Span, SpanLabel, Speech

if TYPE_CHECKING:
    from diplowire.extraction.readings import PeopleModel

NAME = "spacy"
ENVIRONMENT = "DIPLOWIRE_SPACY_MODEL"
DEFAULT_PIPELINE = "en_core_web_sm"

_LABELS: dict[str, SpanLabel] = {"PERSON": "PERSON", "NORP": "NORP", "GPE": "GPE", "ORG": "ORG"}
# The parts of the small English pipelines the readings need: the tagger, lemmatizer
# and attribute ruler feed neither the parser nor the entity recogniser, and cost time.
_UNUSED = ("tagger", "attribute_ruler", "lemmatizer")
# Dependents of a reporting verb that hold what it reports.
_REPORTED = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "advcl", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose object, not their subject, speaks: "the agency quoted Lebedev as saying".
_OBJECT_SPEAKS = frozenset({"quoted", "cited"})


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

    def names(self, sentences: Sequence[str]) -> list[list[Span]]:
        """The PERSON, NORP, GPE and ORG spans of each sentence (the entity recogniser
        alone: the parser is not run)."""
        with self._lock:
            docs = list(self.nlp.pipe(sentences, disable=["parser"]))
        return [
            [
                Span(ent.start_char, ent.end_char, _LABELS[ent.label_])
                for ent in doc.ents
                if ent.label_ in _LABELS
            ]
            for doc in docs
        ]

    def speeches(self, sentences: Sequence[str]) -> list[list[Speech]]:
        """Each reporting verb's subject and reported clause (the parser alone)."""
        with self._lock:
            docs = list(self.nlp.pipe(sentences, disable=["ner"]))
        return [self._speeches(doc) for doc in docs]

    def _speeches(self, doc: Any) -> list[Speech]:
        found = []
        for token in doc:
            if token.lower_ not in self._verbs:
                continue
            subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
            reported = [c for c in token.children if c.dep_ in _REPORTED]
            if subject is None or not reported:
                continue
            words = list(subject.subtree)
            clause = [t for child in reported for t in child.subtree]
            found.append(
                Speech(
                    subject=(words[0].idx, words[-1].idx + len(words[-1].text)),
                    clause=(
                        min(t.idx for t in clause),
                        max(t.idx + len(t.text) for t in clause),
                    ),
                )
            )
        return found


@cache
def _reporting_verbs() -> frozenset[str]:
    """The single-word reporting verbs of the rules' cue lexicon."""
    cues = lexicon.load("cues")
    words = [*cues["speech_verbs"], *cues["attribution_verbs"]]
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
