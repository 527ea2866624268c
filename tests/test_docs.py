"""The plugin API reference cannot fall behind the hooks."""

from __future__ import annotations

import inspect

from diplowire.plugins import hookspecs


def test_every_hook_documents_every_argument() -> None:
    hooks = [
        function
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("diplowire_")
    ]
    assert {h.__name__ for h in hooks} >= {
        "diplowire_detect",
        "diplowire_parse",
        "diplowire_extract",
        "diplowire_outlet_hosts",
    }
    for hook in hooks:
        doc = inspect.getdoc(hook) or ""
        assert len(doc.splitlines()[0]) > 10, hook.__name__
        for argument in inspect.signature(hook).parameters:
            assert f":param {argument}:" in doc, (hook.__name__, argument)
        assert ":return:" in doc, hook.__name__
