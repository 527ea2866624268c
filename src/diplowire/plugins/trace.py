"""``DIPLOWIRE_TRACE_PLUGINS=1``: every hook call on stderr, as datasette's
``DATASETTE_TRACE_PLUGINS`` prints them, through pluggy's hook-call monitoring."""

from __future__ import annotations

import reprlib
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

import pluggy

_short = reprlib.Repr()
_short.maxstring = 60
_short.maxother = 60
_short.maxlist = 4


def trace(manager: pluggy.PluginManager, stream: TextIO | None = None) -> None:
    """Print each hook call (its implementations and arguments) and its outcome."""

    def before(
        hook_name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, object]
    ) -> None:
        plugins = ", ".join(impl.plugin_name for impl in impls)
        arguments = ", ".join(f"{name}={_short.repr(value)}" for name, value in kwargs.items())
        print(f"trace: {hook_name}({arguments}) [{plugins}]", file=stream or sys.stderr)

    def after(
        outcome: pluggy.Result[object],
        hook_name: str,
        impls: Sequence[pluggy.HookImpl],
        kwargs: Mapping[str, object],
    ) -> None:
        if outcome.exception is not None:
            shown = f"raised {type(outcome.exception).__name__}: {outcome.exception}"
        else:
            shown = _short.repr(outcome.get_result())
        print(f"trace:   {hook_name} -> {shown}", file=stream or sys.stderr)

    manager.add_hookcall_monitoring(before, after)
