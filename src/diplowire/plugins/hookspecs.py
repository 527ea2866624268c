"""The plugin API: every hook a diplowire plugin can implement.

A plugin is any object (usually a module or an instance of
:class:`~diplowire.plugins.adapter.OutletAdapter`) with functions named after these hooks and marked
with :data:`diplowire.hookimpl`. Plugins are found through the ``diplowire``
entry-point group, the same way diplowire's own outlets are::

    # pyproject.toml of your plugin package
    [project.entry-points.diplowire]
    koreaherald = "diplowire_koreaherald:adapter"

An implementation may accept any subset of a hook's arguments. An implementation that
raises is reported with its plugin's name and the document's source, and the other
plugins' answers are still used: one broken plugin never stops a batch.

Hook wrappers (``@hookimpl(wrapper=True)``, or the older ``hookwrapper=True``) work as
pluggy documents them, with one difference that keeps plugins apart: each plugin's
implementation is called through its own hook caller, so a wrapper runs once around
each plugin's answer (for hooks other than ``diplowire_parse``, it receives a list of
that one answer) rather than once around all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from diplowire.extraction.readings import PeopleModel
    from diplowire.models import Article, Records
    from diplowire.plugins.detection import Detection
    from diplowire.reading.document import Document

hookspec = pluggy.HookspecMarker("diplowire")


@hookspec
def diplowire_outlet_hosts() -> dict[str, str]:
    """Declare the web hosts an outlet owns.

    Used to name the publisher of any page whose URL is known, whichever adapter
    parses it. A host matches itself and its subdomains (``yna.co.kr`` covers
    ``en.yna.co.kr``). Hosts nobody declares are named after their registered domain
    (``koreaherald.com`` gives ``koreaherald``).

    :return: A mapping of host to outlet name, e.g. ``{"mainichi.jp": "mainichi"}``.
    """


@hookspec
def diplowire_register_adapters(register: Callable[[str], None]) -> None:
    """Declare the adapters this plugin parses documents as, by name.

    The core calls :func:`diplowire_parse` of the plugin that registered the adapter
    detection chose (or the caller forced), and of no other plugin, as llm calls the
    model a plugin registered. :class:`~diplowire.plugins.adapter.OutletAdapter`
    registers its :attr:`~diplowire.plugins.adapter.OutletAdapter.name`. A plugin that
    implements ``diplowire_parse`` and registers nothing parses under its own name.

    :param register: Call ``register("koreaherald")`` once per adapter name.
    :return: Nothing; answers are given through ``register``.
    """


@hookspec
def diplowire_detect(document: Document) -> Detection | None:
    """Say how well a document matches an outlet this plugin parses.

    Every plugin is asked; the highest score wins and that plugin's
    :func:`diplowire_parse` reads the document. Scores follow the scale in
    :mod:`diplowire.plugins.detection`: 1.0 when the URL's host is the outlet's, 0.9 for page
    metadata naming it, 0.7 for text furniture only it prints, 0.4 for copy of its
    agency on an unknown page, 0.01 for the generic fallback. Equal scores are broken
    by plugin name, so results never depend on load order.

    :param document: The input, decoded and parsed once; read its ``text``,
        ``blocks``, ``tree``, ``meta``, ``json_ld`` and ``host``, never re-parse it.
    :return: A :class:`~diplowire.plugins.detection.Detection`, or None if the document is
        not one of this plugin's.
    """


@hookspec(firstresult=True)
def diplowire_parse(document: Document, adapter: str) -> Article | None:
    """Turn a document into a clean :class:`~diplowire.models.Article`.

    Called, on the plugin that registered it only (see
    :func:`diplowire_register_adapters`), with the name of the adapter that won
    detection or that the caller forced; a plugin that registered several adapters
    reads ``adapter`` to tell which.

    The article's ``outlet``, ``url``, ``published`` and ``source`` may be left for
    the core to fill from the URL's host and the caller's manifest; the plugin gives
    what only it can read: title, dateline, wire credits, clean paragraphs, captions.

    :param document: The input document.
    :param adapter: Name of the adapter chosen to parse it.
    :return: The article, or None when this plugin cannot read the document (the
        next best adapter is then tried).
    """


@hookspec
def diplowire_extract(article: Article, model: PeopleModel | None) -> Records | None:
    """Find meetings, statements and agreements in a clean article.

    Every extractor plugin is called and their records are all kept; an extractor
    that finds nothing returns None or empty :class:`~diplowire.models.Records`.
    Each record's ``sources`` must point at ``article.id`` and a paragraph index.
    Record ids need be unique only among this plugin's records of the article: the core
    namespaces them by plugin (:mod:`diplowire.plugins.record_ids`).

    :param article: A parsed article.
    :param model: The model of people and roles the caller chose (``--model``,
        :attr:`Options.model <diplowire.options.Options.model>`), as
        :func:`diplowire_people_model` offered it; None for rules alone. The built-in
        ``rules`` extractor consults it; an extractor may ignore it.
    :return: The records found, or None.
    """


@hookspec(firstresult=True)
def diplowire_people_model(model: str) -> PeopleModel | None:
    """Offer a model of people and roles under the name ``model``.

    Asked once per document when the caller chose a model other than ``"rules"``
    (``--model spacy``); the first non-None answer is used. The rules extractor asks
    the model about the sentences its trigger pass flags (meeting, speech and pact
    cues), and only where its own evidence runs out
    (:class:`~diplowire.extraction.readings.Readings`):

    - :meth:`~diplowire.extraction.readings.PeopleModel.names`, person spans (PERSON,
      with NORP and GPE for nationalities and places and ORG for bodies), for a
      capitalized run with no title, appositive or reporting verb around it: a PERSON
      span makes it a name;
    - :meth:`~diplowire.extraction.readings.PeopleModel.speeches`, each reporting
      verb's subject and the clause it reports, for a quotation with no name beside
      its attribution: the subject of the verb whose clause holds it speaks it, before
      the rules guess from descriptions, earlier quotations and position;
    - :meth:`~diplowire.extraction.readings.PeopleModel.parties`, the parties of each
      meeting cue by the dependency parse of its clause, for a clause naming three
      people or more (or a pronoun subject): those the parse makes no party take no
      part;
    - :meth:`~diplowire.extraction.readings.PeopleModel.origins`, the NORP and GPE spans
      of a name's own noun phrase and appositions, for a meeting participant the rules
      gave no country: the one country they name, through the rules' gazetteer;
    - :meth:`~diplowire.extraction.readings.PeopleModel.places`, the GPE, FAC and LOC
      spans a meeting cue's "in" or "at" names, for a meeting (not a call) the rules
      found no place for.

    A reporting verb's subject that the rules' lexicon does not know as a body is one
    when :meth:`~diplowire.extraction.readings.PeopleModel.names` reads its head as an
    ORG or a GPE ('"...," the MEA had said').

    The rules still decide dates, kinds, formats, agreements and lifecycle. Records a
    model's answer made carry its ``name`` in ``reader``; an article's ``extracted_by``
    names it as ``model:<name>`` with its ``version`` attribute when it has one. Return
    the same object each time (load a pretrained pipeline once); raise
    :class:`~diplowire.errors.PeopleModelNotInstalledError` naming the install command
    when what it needs is missing.

    :param model: The name the caller asked for.
    :return: A :class:`~diplowire.extraction.readings.PeopleModel`, or None when
        ``model`` is not this plugin's.
    """
