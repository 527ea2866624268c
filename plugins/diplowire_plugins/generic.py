"""The generic fallback adapter, kept importable here: it now lives in
:mod:`diplowire.plugins.defaults.generic` and loads as a default plugin."""

from __future__ import annotations

from diplowire.plugins.defaults.generic import Generic, adapter

__all__ = ["Generic", "adapter"]
