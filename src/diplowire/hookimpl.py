"""The marker plugins use to implement hooks: ``@diplowire.hookimpl``."""

from __future__ import annotations

import pluggy

hookimpl = pluggy.HookimplMarker("diplowire")
"""Mark a function or method as implementing a hook of :mod:`diplowire.plugins.hookspecs`."""
