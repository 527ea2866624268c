"""Sphinx configuration for diplowire's documentation.

Build with ``python -m sphinx -W --keep-going -b html docs docs/_build/html`` after
``pip install -e ".[docs]"``, and run the examples with ``-b doctest``. The build needs
no network: there is no intersphinx.
"""

from __future__ import annotations

import inspect
import types
import typing
from pathlib import Path
from typing import Any

import pydantic
from sphinx.application import Sphinx
from sphinx.util.inspect import stringify_signature

import diplowire
from diplowire import models

ROOT = Path(__file__).resolve().parent.parent

project = "diplowire"
author = "diplowire developers"
copyright = "diplowire developers"
release = diplowire.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "sphinx_click",
]

exclude_patterns = ["_build"]

# The JSON Schema page shows the schema the code exports, written at each build.
_GENERATED = Path(__file__).resolve().parent / "_generated"
_GENERATED.mkdir(exist_ok=True)
(_GENERATED / "dossier.schema.json").write_text(
    __import__("json").dumps(models.Dossier.json_schema(), indent=2) + "\n", encoding="utf-8"
)
nitpicky = False

# -- autodoc: docstrings use reST :param: fields, so no napoleon ----------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
autodoc_default_options = {"show-inheritance": True}

# -- doctest: the examples of a page run in one namespace --------------------------------

doctest_global_setup = f"""
from pathlib import Path
import diplowire
from diplowire import *
from diplowire.models import *
SEEDS = Path({str(ROOT / "seeds")!r})
"""

# -- HTML ------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"diplowire {release}"
html_static_path = ["_static"]
html_css_files = ["tables.css"]

# -- pydantic models ---------------------------------------------------------------------
# autodoc alone shows a model as one huge __init__ signature and no fields. Instead,
# models get no signature and one attribute entry per field, with its type, default
# and description (the same text as the JSON Schema).

_ALIASES: dict[str, Any] = {
    name: getattr(models, name)
    for name in ("PartialDate", "CountryCode", "MeetingKind", "MeetingFormat", "AgreementEventKind")
}


def _is_model(obj: object) -> bool:
    return isinstance(obj, type) and issubclass(obj, pydantic.BaseModel)


def _type_text(tp: Any) -> str:
    for name, alias in _ALIASES.items():
        if tp == alias:
            return name
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is type(None):
        return "None"
    if origin is typing.Annotated:
        return _type_text(args[0])
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_text(arg) for arg in args)
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(arg) for arg in args)}]"
    if origin is not None:
        return f"{origin.__name__}[{', '.join(_type_text(arg) for arg in args)}]"
    if isinstance(tp, type):
        return tp.__name__
    return str(tp)


def _model_fields(
    app: Sphinx, what: str, name: str, obj: object, options: Any, lines: list[str]
) -> None:
    if what != "class" or not _is_model(obj):
        return
    assert isinstance(obj, type) and issubclass(obj, pydantic.BaseModel)
    hints = typing.get_type_hints(obj, include_extras=True)
    for field_name, field in obj.model_fields.items():
        lines += [
            "",
            f".. py:attribute:: {field_name}",
            f"   :type: {_type_text(hints[field_name])}",
        ]
        if not field.is_required() and field.default_factory is None:
            lines.append(f"   :value: {field.default!r}")
        lines += ["", f"   {field.description or ''}"]
    lines.append("")


def _signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: Any,
    signature: str | None,
    ret: str | None,
) -> tuple[str, str | None] | None:
    if what != "class":
        return None
    if _is_model(obj):
        return "", ret  # the fields are listed in the body
    try:
        sig = inspect.signature(obj)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not any(p.startswith("_") for p in sig.parameters):
        return None
    # Dataclasses with private fields (Plugins): show only what a caller passes.
    public = sig.replace(
        parameters=[p for p in sig.parameters.values() if not p.name.startswith("_")]
    )
    return stringify_signature(public, show_return_annotation=False), ret


def _bases(app: Sphinx, name: str, obj: object, options: Any, bases: list[type]) -> None:
    # Models derive from a private base that only sets their configuration.
    if _is_model(obj):
        bases[:] = [pydantic.BaseModel if _is_model(base) else base for base in bases]


def _skip(app: Sphinx, what: str, name: str, obj: object, skip: bool, options: Any) -> bool | None:
    if name == "model_config":
        return True
    return None


def setup(app: Sphinx) -> None:
    app.connect("autodoc-process-docstring", _model_fields)
    app.connect("autodoc-process-signature", _signature)
    app.connect("autodoc-process-bases", _bases)
    app.connect("autodoc-skip-member", _skip)
