"""The marker plugins use to implement hooks: ``@diplowire.hookimpl``."""

from __future__ import annotations

import pluggy

hookimpl = pluggy.HookimplMarker("diplowire")
"""Mark a function or method as the implementation of a hook in :mod:`diplowire.hookspecs`."""
