"""Loading the data files (lexicons) that drive parsing and extraction.

Lexicons are TOML files in ``diplowire/data``. Users extend them without touching the
package: every directory listed in the ``DIPLOWIRE_LEXICONS`` environment variable
(separated like ``PATH``) may hold a file of the same name, whose lists are appended
to the bundled ones and whose tables are merged into them. Each lexicon is read once
per process; call :func:`reload` after changing the variable.

Code reads a lexicon through :func:`entry` or :func:`words`, which check the shape of
what they return (a user's file giving a word where a list is wanted is an error that
names the entry, not a pattern built from its letters), so the type checker knows it
too: :func:`load` gives ``object`` values, never ``Any``.
"""

from __future__ import annotations

import importlib
import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pydantic import TypeAdapter, ValidationError

from diplowire.errors import DiplowireError

T = TypeVar("T")

ENVIRONMENT = "DIPLOWIRE_LEXICONS"

_COMPILED = {
    "diplowire.reading.wires": (
        "_aliases",
        "_hosts",
        "credit_line",
        "trailing_credit",
        "_closing_credit",
        "_any_alias",
        "_alias_words",
        "_sourced",
        "_photo_label",
        "_credit_words",
        "_supply_label",
        "_photo_word",
        "_homes",
    ),
    "diplowire.reading.dateline": ("places", "_stamp_words"),
    "diplowire.plugins.outlets": ("_aggregators", "_named_hosts", "_naming", "_regions"),
    "diplowire.reading.text": ("_shared", "_compiled", "_photo_words", "_reported"),
    "diplowire.reading.html": ("_live_names",),
    "diplowire.extraction.gazetteer": ("gazetteer",),
    "diplowire.extraction.home": ("_state_offices", "_generic_codes", "_outlet_homes"),
    "diplowire.extraction.releases": ("_official_hosts",),
    "diplowire.extraction.people": ("_lexicon",),
    "diplowire.models.names": ("_aliases", "name_words"),
    "diplowire.merge.claims": ("_venues",),
    "diplowire.merge.build": ("_generic_agreement_words",),
    "diplowire.merge.labels": (
        "_label",
        "_countries",
        "_generic",
        "_synonyms",
        "_pacts",
        "_forum_words",
    ),
    "diplowire.extraction.cues": ("cues",),
    "diplowire.extraction.dates": ("_tense",),
    "diplowire.extraction.statements.bodies": ("_media", "_body_voice"),
    "diplowire.extraction.statements.clause_verbs": ("_adverbial_phrase", "_quoted_as"),
    "diplowire.extraction.statements.closing": ("_closing",),
    "diplowire.extraction.statements.documents": (
        "_document",
        "_according_to_document",
        "_issuing",
        "_document_from",
        "_according_to_someone",
        "_document_in_which",
    ),
    "diplowire.extraction.statements.labels": ("_label_before", "_small_words"),
    "diplowire.extraction.statements.neighbours": ("_introduction_end", "_bare_attribution"),
    "diplowire.extraction.statements.references": (
        "_person_noun",
        "_continuing",
        "_title_synonyms",
        "_continuing_end",
    ),
    "diplowire.batch.query_terms": ("_names", "_codes", "_country_pattern"),
    "diplowire.extraction.meetings": (
        "_topic_opener",
        "_opening_office",
        "_office_object",
        "_live",
        "_after_own_meeting",
        "_leader_of_body",
        "_teller_verb",
        "_reported_by",
        "_person_object",
        "_aide_before",
        "_meet_object",
        "_source_before",
        "_described_subject",
        "_joint_verbs",
        "_title_only_subject",
        "_in_person_words",
        "_demand_verbs",
        "_journey_own",
    ),
    "diplowire.extraction.agreements.acronyms": ("_bodies", "known_acronyms", "_known_names"),
    "diplowire.extraction.agreements.acts": ("_acts",),
    "diplowire.extraction.agreements.events": ("_event_cues", "_unreal"),
    "diplowire.extraction.agreements.finder": ("_norm_reference",),
    "diplowire.extraction.agreements.names": ("_state_pattern", "_name_key"),
    "diplowire.extraction.agreements.parties": ("_country_pattern", "_compound", "_pair_pattern"),
    "diplowire.extraction.agreements.references": ("_subject",),
}
"""The environment variable naming directories of extra lexicon files."""


@cache
def load(name: str) -> dict[str, object]:
    """Return the lexicon ``<name>.toml``: the bundled file plus users' additions.

    >>> from diplowire.extraction.lexicon import load
    >>> "agency" in load("wires")
    True
    """
    text = resources.files("diplowire.data").joinpath(f"{name}.toml").read_text("utf-8")
    merged = tomllib.loads(text)
    for directory in os.environ.get(ENVIRONMENT, "").split(os.pathsep):
        path = Path(directory) / f"{name}.toml" if directory else None
        if path is not None and path.is_file():
            try:
                extra = tomllib.loads(path.read_text("utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise DiplowireError(f"cannot read lexicon {path}: {exc}", stage="lexicon") from exc
            _merge(merged, extra)
    return merged


def _merge(base: dict[str, object], extra: dict[str, object]) -> None:
    for key, value in extra.items():
        present = base.get(key)
        if isinstance(value, list) and isinstance(present, list):
            base[key] = [*present, *value]
        elif isinstance(value, dict) and isinstance(present, dict):
            _merge(present, value)
        else:
            base[key] = value


def entry(name: str, *keys: str, shape: type[T], default: T | None = None) -> T:
    """The entry of lexicon ``<name>.toml`` at ``keys`` (tables, then a key in the
    last), checked to have ``shape``.

    >>> entry("cues", "tense", "ordinal_nouns", shape=list[str])[:2]
    ['of', 'anniversary']
    >>> entry("outlets", "hosts", shape=dict[str, str])["aa.com.tr"]
    'anadolu'

    :param default: What an absent entry gives; without it, an absent entry is an error.
    :raises DiplowireError: When the entry is absent and there is no default, or it has
        another shape (``stage="lexicon"``).
    """
    value: object = load(name)
    for depth, key in enumerate(keys):
        if not isinstance(value, dict) or key not in value:
            if default is not None:
                return default
            where = ".".join(keys[: depth + 1])
            raise DiplowireError(f"lexicon {name!r} has no entry {where!r}", stage="lexicon")
        value = value[key]
    try:
        return TypeAdapter(shape).validate_python(value, strict=True)
    except ValidationError as exc:
        where = ".".join(keys) or "its top level"
        problem = exc.errors()[0]
        raise DiplowireError(
            f"lexicon {name!r}: {where} is not {shape}: {problem['msg']} at "
            f"{list(problem['loc']) or 'the entry'}",
            stage="lexicon",
        ) from exc


def words(name: str, *keys: str, default: list[str] | None = None) -> list[str]:
    """The list of words of lexicon ``<name>.toml`` at ``keys``: :func:`entry` with the
    shape ``list[str]``.

    >>> words("cues", "joint_verbs")[:2]
    ['agreed', 'affirmed']
    """
    return entry(name, *keys, shape=list[str], default=default)


def reload() -> None:
    """Forget every loaded lexicon and everything compiled from them."""
    load.cache_clear()
    # Every function that compiles patterns from lexicons is cached; clear them all.
    for module_name, names in _COMPILED.items():
        module = importlib.import_module(module_name)
        for name in names:
            getattr(module, name).cache_clear()
