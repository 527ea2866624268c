"""The plugin API reference cannot fall behind the hooks."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path

from diplowire.plugins import hookspecs

PLUGIN_DOCS = Path(__file__).parent.parent / "docs" / "plugins.rst"


def _hooks() -> list[Callable[..., object]]:
    return [
        function
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("diplowire_")
    ]


def test_every_hook_documents_every_argument() -> None:
    hooks = _hooks()
    assert {h.__name__ for h in hooks} >= {
        "diplowire_detect",
        "diplowire_parse",
        "diplowire_extract",
        "diplowire_outlet_hosts",
        "diplowire_register_adapters",
    }
    for hook in _hooks():
        doc = inspect.getdoc(hook) or ""
        assert len(doc.splitlines()[0]) > 10, hook.__name__
        for argument in inspect.signature(hook).parameters:
            assert f":param {argument}:" in doc, (hook.__name__, argument)
        assert ":return:" in doc, hook.__name__


def test_plugin_docs_list_every_hook_with_its_signature() -> None:
    text = PLUGIN_DOCS.read_text(encoding="utf-8")
    for hook in _hooks():
        signature = inspect.signature(hook)  # annotations stay strings, as written
        arguments = ", ".join(f"{p.name}: {p.annotation}" for p in signature.parameters.values())
        line = f"``{hook.__name__}({arguments}) -> {signature.return_annotation}``"
        assert line in text, f"docs/plugins.rst lacks {line}"


DEVELOPING = Path(__file__).parent.parent / "docs" / "developing.rst"


def test_the_recipes_name_files_that_exist() -> None:
    root = DEVELOPING.parent.parent
    text = DEVELOPING.read_text(encoding="utf-8")
    named = set(re.findall(r"``((?:src|tests)/[\w/]+\.(?:py|toml))``", text))
    assert len(named) > 10
    # A new kind's own files are the recipe's example, not yet written.
    missing = {p for p in named if not (root / p).exists() and "sanction" not in p}
    assert not missing


def test_the_record_type_recipe_names_every_table_of_the_kinds() -> None:
    from diplowire.models import kinds

    recipe = DEVELOPING.read_text(encoding="utf-8").split("Recipe: add a record type")[1]
    tables = re.findall(
        r"- ``(\w+)(?:\(\))?``(?: and ``(\w+)``)? in ``([\w/.]+)``", kinds.__doc__ or ""
    )
    assert len(tables) == 6
    for first, second, module in tables:
        for name in filter(None, (first, second)):
            assert f"``{name}" in recipe, name
            path = Path(__file__).parent.parent / "src" / "diplowire" / module
            assert re.search(rf"^(?:def )?{name}\b", path.read_text(encoding="utf-8"), re.M), name
