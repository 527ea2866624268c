"""Statements: quotations with their speakers, and reported speech.

A quotation is attributed by the reporting verb nearest to it: after the quote
(``"...," Kono said`` / ``"...," said Kono``), before it (``Suga said, "..."``), or the
subject of the sentence when the quote sits inside a paraphrase (``called on South
Korea to "act prudently"``). Pronouns and descriptions ("the top government
spokesman") resolve to the person last named; bodies ("the ministry", "a Japanese
official") speak as institutions.

The modules, each with one job: :mod:`.finder` (an article's statements),
:mod:`.spans` (quotation marks and spans), :mod:`.labels` (quoted words that are no
one's statement), :mod:`.attribution` (the speaker of one quotation),
:mod:`.clause_verbs` and :mod:`.closing` (the reporting verbs that give it),
:mod:`.subjects` (who a verb's subject phrase names), :mod:`.references` (whom a
pronoun, a title or a description means), :mod:`.bodies` (bodies that speak),
:mod:`.documents` (documents and their issuers), :mod:`.parsed` (a model's parse),
:mod:`.neighbours` (speakers named in the next paragraph), :mod:`.reported` (reported
speech) and :mod:`.records` (the record).
"""

from __future__ import annotations

from diplowire.extraction.statements.bodies import institution_person
from diplowire.extraction.statements.finder import find
from diplowire.extraction.statements.reported import _SAID as _SAID
from diplowire.extraction.statements.reported import SPEECH_WORDS

__all__ = ["SPEECH_WORDS", "find", "institution_person"]
