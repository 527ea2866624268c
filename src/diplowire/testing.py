"""Helpers for testing diplowire plugins (yours or ours).

>>> from diplowire.testing import isolated_plugins
>>> from diplowire_plugins.kyodo import adapter
>>> isolated_plugins(adapter).names()
['kyodo']
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from diplowire.plugins.manager import Plugins, get_plugins


def isolated_plugins(*plugins: object, entry_points: bool = False) -> Plugins:
    """A fresh plugin set holding only ``plugins`` (plus installed ones if asked)."""
    return Plugins.create(entry_points=entry_points, plugins=plugins)


@contextmanager
def registered(
    plugin: object, *, name: str | None = None, into: Plugins | None = None
) -> Iterator[Plugins]:
    """Register ``plugin`` for the duration of a ``with`` block, then unregister it.

    :param plugin: The plugin object (module, instance or class instance).
    :param name: Name to register it under (default: its ``name`` attribute).
    :param into: The plugin set (default: the shared one from :func:`get_plugins`).
    """
    plugins = into or get_plugins()
    registered_name = plugins.register(plugin, name=name)
    try:
        yield plugins
    finally:
        plugins.unregister(registered_name)
