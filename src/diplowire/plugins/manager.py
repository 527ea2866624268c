"""Finding, loading and calling plugins: a typed facade over pluggy's manager.

The core never calls ``pm.hook.*`` directly: it calls the methods of :class:`Plugins`,
which call each implementation on its own so that one raising plugin is reported
(with its name) instead of hiding every other plugin's answer.

Importing diplowire loads nothing. The first call of :func:`get_plugins` loads the
entry points of the ``diplowire`` group once, filtered by two environment variables:

``DIPLOWIRE_LOAD_PLUGINS``
    Comma-separated names of the only entry points to load; set it empty to load none.
``DIPLOWIRE_DISABLED_PLUGINS``
    Comma-separated names of entry points not to load.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from diplowire.errors import PluginError, PluginLoadError, UnknownOutletError
from diplowire.models import Article, Records
from diplowire.plugins import hookspecs
from diplowire.plugins.detection import Detection
from diplowire.plugins.record_ids import namespaced
from diplowire.reading.document import Document

logger = logging.getLogger(__name__)

PROJECT = "diplowire"
"""The pluggy project name and the entry-point group."""

ErrorHandler = Callable[[PluginError], None]


def _log_error(error: PluginError) -> None:
    logger.warning("%s", error)


@dataclass(frozen=True, slots=True)
class PluginInfo:
    """What ``diplowire plugins`` shows about one loaded plugin."""

    name: str
    hooks: list[str]
    module: str
    distribution: str | None = None
    version: str | None = None


@dataclass(slots=True)
class _EntryPointSource:
    distribution: str | None
    version: str | None


@dataclass
class Plugins:
    """The loaded plugins, and typed calls of their hooks.

    Build one with :meth:`create`; most code uses the shared one from
    :func:`get_plugins`. Tests build their own so they never touch the global one.
    """

    manager: pluggy.PluginManager
    load_errors: list[PluginLoadError] = field(default_factory=list)
    _sources: dict[str, _EntryPointSource] = field(default_factory=dict)
    _hosts: dict[str, str] | None = None

    @classmethod
    def create(
        cls,
        *,
        entry_points: bool = True,
        plugins: Iterable[object] = (),
        only: Sequence[str] | None = None,
        disabled: Sequence[str] = (),
    ) -> Plugins:
        """Make a plugin set.

        :param entry_points: Load the ``diplowire`` entry points (the built-in outlets
            and every installed plugin package). False gives a set with only ``plugins``.
        :param plugins: Extra plugin objects to register.
        :param only: If given, load only entry points with these names.
        :param disabled: Entry-point names not to load.
        """
        manager = pluggy.PluginManager(PROJECT)
        manager.add_hookspecs(hookspecs)
        self = cls(manager)
        if entry_points:
            self._load_entry_points(only=only, disabled=disabled)
        for plugin in plugins:
            self.register(plugin)
        manager.check_pending()
        return self

    def _load_entry_points(self, *, only: Sequence[str] | None, disabled: Sequence[str]) -> None:
        for entry_point in sorted(metadata.entry_points(group=PROJECT), key=lambda e: e.name):
            if only is not None and entry_point.name not in only:
                continue
            if entry_point.name in disabled or self.manager.has_plugin(entry_point.name):
                continue
            dist = getattr(entry_point, "dist", None)
            try:
                plugin = entry_point.load()
                self.manager.register(plugin, name=entry_point.name)
            except Exception as exc:  # a broken third-party plugin must not stop diplowire
                error = PluginLoadError(
                    f"plugin {entry_point.name!r} ({entry_point.value}) failed to load: "
                    f"{type(exc).__name__}: {exc}",
                    plugin=entry_point.name,
                    stage="load",
                )
                error.__cause__ = exc
                self.load_errors.append(error)
                logger.warning("%s", error)
                continue
            self._sources[entry_point.name] = _EntryPointSource(
                distribution=dist.metadata["Name"] if dist else None,
                version=dist.version if dist else None,
            )

    # -- registration -----------------------------------------------------------------

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register a plugin object; returns the name it is registered under."""
        name = name or getattr(plugin, "name", None) or None
        registered = self.manager.register(plugin, name=name)
        if registered is None:
            raise PluginLoadError(f"plugin {name!r} is blocked or already registered", plugin=name)
        self.manager.check_pending()
        self._hosts = None
        return registered

    def unregister(self, name: str) -> None:
        """Remove a registered plugin by name."""
        self.manager.unregister(name=name)
        self._hosts = None

    def names(self) -> list[str]:
        """Names of the registered plugins, sorted."""
        return sorted(name for name, _ in self.manager.list_name_plugin() if name)

    def info(self) -> list[PluginInfo]:
        """What is loaded, from where, implementing which hooks."""
        infos = []
        for name, plugin in sorted(self.manager.list_name_plugin(), key=lambda item: item[0]):
            hooks = sorted(caller.name for caller in self.manager.get_hookcallers(plugin) or [])
            source = self._sources.get(name)
            module = getattr(plugin, "__module__", None) or getattr(plugin, "__name__", "?")
            infos.append(
                PluginInfo(
                    name=name,
                    hooks=hooks,
                    module=module if isinstance(module, str) else "?",
                    distribution=source.distribution if source else None,
                    version=source.version if source else None,
                )
            )
        return infos

    def extractors(self) -> dict[str, str]:
        """Every extractor plugin (implementing ``diplowire_extract``) and its version.

        The version is the plugin's own ``version`` attribute when it has one (the
        built-in ``rules`` give the diplowire version and a fingerprint of their rules),
        else that of the distribution that installed it, else ``"unversioned"``. The
        store keeps it per article, so that ``diplowire ingest --refresh`` knows which
        articles an older extractor read.
        """
        found: dict[str, str] = {}
        for impl in self.manager.hook.diplowire_extract.get_hookimpls():
            own = getattr(impl.plugin, "version", None)
            source = self._sources.get(impl.plugin_name)
            version = own if isinstance(own, str) else source.version if source else None
            found[impl.plugin_name] = version or "unversioned"
        return dict(sorted(found.items()))

    # -- hook calls -------------------------------------------------------------------

    def _call_each(
        self,
        hook_name: str,
        kwargs: dict[str, Any],
        *,
        source: str | None,
        on_error: ErrorHandler,
        first: bool = False,
        prefer: str | None = None,
    ) -> list[tuple[str, Any]]:
        caller = getattr(self.manager.hook, hook_name)
        results: list[tuple[str, Any]] = []
        # pluggy calls the last registered implementation first; keep that order, but
        # ask the preferred plugin first so others are not consulted needlessly.
        impls = list(reversed(caller.get_hookimpls()))
        if prefer is not None:
            impls.sort(key=lambda impl: impl.plugin_name != prefer)
        for impl in impls:
            try:
                result = impl.function(*[kwargs[arg] for arg in impl.argnames])
            # sys.exit() in a hook is that plugin's failure, not the end of the run. A
            # KeyboardInterrupt still stops it: it cannot be told from the user's Ctrl-C,
            # and the user must win; so do the time limit's Expired and GeneratorExit.
            except (Exception, SystemExit) as exc:
                error = PluginError(
                    f"plugin {impl.plugin_name!r} raised in {hook_name}: "
                    f"{type(exc).__name__}: {exc}",
                    plugin=impl.plugin_name,
                    source=source,
                    stage=hook_name.removeprefix("diplowire_"),
                )
                error.__cause__ = exc
                on_error(error)
                continue
            if result is not None:
                results.append((impl.plugin_name, result))
                if first:
                    break
        return results

    def outlet_hosts(self) -> dict[str, str]:
        """Every host an outlet plugin declared, mapped to its outlet name."""
        if self._hosts is None:
            hosts: dict[str, str] = {}
            for plugin, table in self._call_each(
                "diplowire_outlet_hosts", {}, source=None, on_error=_log_error
            ):
                if not isinstance(table, dict):
                    logger.warning("plugin %r returned hosts that are not a dict", plugin)
                    continue
                bad = [host for host, outlet in table.items() if not _names(host, outlet)]
                if bad:
                    logger.warning(
                        "plugin %r returned %d hosts that are not a host and an outlet name "
                        "(strings), ignored: %.200r",
                        plugin, len(bad), bad,
                    )  # fmt: skip
                for host, outlet in table.items():
                    if _names(host, outlet):
                        hosts.setdefault(host.lower().removeprefix("www."), outlet)
            self._hosts = hosts
        return self._hosts

    def detect(self, document: Document, *, on_error: ErrorHandler = _log_error) -> list[Detection]:
        """Every plugin's claim on ``document``, best first (ties broken by name)."""
        detections: list[Detection] = []
        for plugin, result in self._call_each(
            "diplowire_detect", {"document": document}, source=document.source, on_error=on_error
        ):
            if isinstance(result, Detection):
                detections.append(result)
            else:
                on_error(
                    PluginError(
                        f"plugin {plugin!r} returned {type(result).__name__} from detect, "
                        "expected Detection or None",
                        plugin=plugin,
                        source=document.source,
                        stage="detect",
                    )
                )
        detections.sort(key=lambda d: (-d.score, d.adapter))
        return detections

    def parse(
        self, document: Document, adapter: str, *, on_error: ErrorHandler = _log_error
    ) -> Article | None:
        """The article the plugin named ``adapter`` makes of ``document``."""
        for plugin, result in self._call_each(
            "diplowire_parse",
            {"document": document, "adapter": adapter},
            source=document.source,
            on_error=on_error,
            first=True,
            prefer=adapter,
        ):
            if isinstance(result, Article):
                return result
            on_error(
                PluginError(
                    f"plugin {plugin!r} returned {type(result).__name__} from parse, "
                    "expected Article or None",
                    plugin=plugin,
                    source=document.source,
                    stage="parse",
                )
            )
        return None

    def extract(self, article: Article, *, on_error: ErrorHandler = _log_error) -> list[Records]:
        """The records every extractor plugin finds in ``article``, ids namespaced by plugin.

        See :mod:`diplowire.plugins.record_ids`: the built-in ``rules`` keep their ids.
        """
        found: list[Records] = []
        for plugin, result in self._call_each(
            "diplowire_extract", {"article": article}, source=article.source, on_error=on_error
        ):
            if isinstance(result, Records):
                found.append(namespaced(result, plugin, article, on_error))
            else:
                on_error(
                    PluginError(
                        f"plugin {plugin!r} returned {type(result).__name__} from extract, "
                        "expected Records or None",
                        plugin=plugin,
                        source=article.source,
                        stage="extract",
                    )
                )
        return found

    def require_adapter(self, name: str) -> None:
        """Raise :class:`~diplowire.errors.UnknownOutletError` unless plugin ``name`` parses."""
        if not any(
            impl.plugin_name == name for impl in self.manager.hook.diplowire_parse.get_hookimpls()
        ):
            raise UnknownOutletError(
                f"no loaded plugin named {name!r} parses documents; loaded: "
                f"{', '.join(self.names()) or 'none'}",
                outlet=name,
            )


_lock = threading.Lock()
_default: Plugins | None = None


def _names(host: object, outlet: object) -> bool:
    """True for a host table entry diplowire can use: two non-empty strings."""
    return isinstance(host, str) and isinstance(outlet, str) and bool(host) and bool(outlet)


def _env_list(name: str) -> list[str] | None:
    value = os.environ.get(name)
    if value is None:
        return None
    return [item.strip() for item in value.split(",") if item.strip()]


def get_plugins() -> Plugins:
    """The shared plugin set, loaded on first use (honours the environment switches)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Plugins.create(
                    only=_env_list("DIPLOWIRE_LOAD_PLUGINS"),
                    disabled=_env_list("DIPLOWIRE_DISABLED_PLUGINS") or (),
                )
    return _default


def reset_plugins() -> None:
    """Forget the shared plugin set so the next :func:`get_plugins` loads afresh."""
    global _default
    with _lock:
        _default = None
