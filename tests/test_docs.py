"""The plugin API reference cannot fall behind the hooks."""

from __future__ import annotations

import inspect
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
