"""Agreements: named pacts with their acronyms, parties and lifecycle events.

Names are capitalized phrases ending in a head word ("General Security of Military
Information Agreement", "Treaty on Basic Relations between Japan and the Republic of
Korea", "New START"), linked to their acronym ("..., or GSOMIA", "... (GSOMIA)").
Later references ("the pact", "the accord", "the 2016 pact") refer to the agreement
named last. Each sentence about an agreement is read for lifecycle events (the
``agreement_events`` cues), each dated by the nearest date expression.

The modules, each with one job: :mod:`.finder` (an article's agreements, as records),
:mod:`.pact` (one pact while its mentions are gathered), :mod:`.names` (reading and
comparing names), :mod:`.acronyms` (well-known acronyms and whether one spells a
name), :mod:`.editions` (which edition of a recurring pact), :mod:`.mentions` (where a
sentence names a pact), :mod:`.references` (later references: "the pact", labels,
"It"), :mod:`.acts` (domestic acts, which are no pact), :mod:`.events` (lifecycle
events and renewal rules), :mod:`.event_dates` (their dates) and :mod:`.parties`
(the parties).
"""

from __future__ import annotations

from diplowire.extraction.agreements.acronyms import acronym_fits, known_acronyms
from diplowire.extraction.agreements.finder import PACT_WORDS, find
from diplowire.extraction.agreements.references import _GENERIC as _GENERIC
from diplowire.extraction.agreements.references import _generic as _generic
from diplowire.extraction.agreements.references import _subject as _subject

__all__ = ["PACT_WORDS", "acronym_fits", "find", "known_acronyms"]
