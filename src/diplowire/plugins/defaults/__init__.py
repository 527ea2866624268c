"""The plugins diplowire cannot read an article without, loaded as modules, not entry points.

Like datasette's ``DEFAULT_PLUGINS`` and llm's ``default_plugins``: a source checkout
with no installed metadata, or ``DIPLOWIRE_LOAD_PLUGINS`` set empty, still has the
generic adapter and the rules extractor. ``DIPLOWIRE_DISABLED_PLUGINS`` still turns
them off by name. Outlet adapters stay entry points (``diplowire_plugins``).
"""

from __future__ import annotations

DEFAULT_PLUGINS = {
    "generic": "diplowire.plugins.defaults.generic:adapter",
    "rules": "diplowire.plugins.defaults.rules:extractor",
}
"""Plugin name to ``module:attribute`` of the plugin object, as an entry point spells it."""
