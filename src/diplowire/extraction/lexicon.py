"""Loading the data files (lexicons) that drive parsing and extraction.

Lexicons are TOML files in ``diplowire/data``. Users extend them without touching the
package: every directory listed in the ``DIPLOWIRE_LEXICONS`` environment variable
(separated like ``PATH``) may hold a file of the same name, whose lists are appended
to the bundled ones and whose tables are merged into them. Each lexicon is read once
per process; call :func:`reload` after changing the variable.
"""

from __future__ import annotations

import importlib
import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from diplowire.errors import DiplowireError

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
    ),
    "diplowire.reading.dateline": ("places",),
    "diplowire.plugins.outlets": ("_aggregators",),
    "diplowire.reading.text": ("_shared", "_compiled"),
    "diplowire.extraction.gazetteer": ("gazetteer",),
    "diplowire.extraction.people": ("_lexicon",),
    "diplowire.models.names": ("_aliases", "name_words"),
    "diplowire.merge.claims": ("_venues",),
    "diplowire.merge.build": ("_generic_agreement_words",),
    "diplowire.merge.labels": ("_label", "_countries", "_generic", "_synonyms", "_pacts"),
    "diplowire.extraction.cues": ("cues",),
    "diplowire.extraction.dates": ("_tense",),
    "diplowire.extraction.statements": ("_person_noun",),
    "diplowire.extraction.meetings": ("_reported_by", "_person_object"),
    "diplowire.extraction.agreements": (
        "_event_cues",
        "_country_pattern",
        "known_acronyms",
        "_known_names",
        "_norm_reference",
        "_acts",
        "_compound",
        "_state_pattern",
        "_name_key",
        "_subject",
        "_unreal",
        "_pair_pattern",
    ),
}
"""The environment variable naming directories of extra lexicon files."""


@cache
def load(name: str) -> dict[str, Any]:
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


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = [*base[key], *value]
        elif isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value


def reload() -> None:
    """Forget every loaded lexicon and everything compiled from them."""
    load.cache_clear()
    # Every function that compiles patterns from lexicons is cached; clear them all.
    for module_name, names in _COMPILED.items():
        module = importlib.import_module(module_name)
        for name in names:
            getattr(module, name).cache_clear()
