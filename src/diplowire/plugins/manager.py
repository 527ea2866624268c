"""Finding, loading and calling plugins: a typed facade over pluggy's manager.

The core never calls ``pm.hook.*`` directly: it calls the methods of :class:`Plugins`,
which call each implementation through its own pluggy hook caller (with every
wrapper around it), so that one raising plugin is reported (with its name) instead of
hiding every other plugin's answer.

Importing diplowire loads nothing. The first call of :func:`get_plugins` loads the
default plugins and the entry points of the ``diplowire`` group once, as three
environment variables say:

``DIPLOWIRE_LOAD_PLUGINS``
    Comma-separated names of the only entry points to load; set it empty to load none.
``DIPLOWIRE_DISABLED_PLUGINS``
    Comma-separated names of plugins not to load (entry points or default plugins).
``DIPLOWIRE_TRACE_PLUGINS``
    Set (to anything non-empty) to print every hook call and its outcome on stderr.

The default plugins (:mod:`diplowire.plugins.defaults`) load before the entry points,
whatever ``DIPLOWIRE_LOAD_PLUGINS`` says.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata

import pluggy
from pluggy import HookCaller, HookImpl

from diplowire._version import __version__
from diplowire.errors import (
    DiplowireError,
    PluginError,
    PluginLoadError,
    UnknownOutletError,
    UnknownPeopleModelError,
)
from diplowire.extraction.readings import PeopleModel
from diplowire.models import Article, Records
from diplowire.plugins import hookspecs
from diplowire.plugins.defaults import DEFAULT_PLUGINS
from diplowire.plugins.detection import Detection
from diplowire.plugins.record_ids import namespaced
from diplowire.plugins.trace import trace as trace_calls
from diplowire.reading.document import Document

logger = logging.getLogger(__name__)

PROJECT = "diplowire"
"""The pluggy project name and the entry-point group."""

RULES = "rules"
MODEL_KEY = "model:"
"""``Article.extracted_by`` keys the model of people and roles as ``model:<name>``."""
"""The model name that means the rules alone: no plugin is asked for a model."""

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
    _adapters: dict[str, str] | None = None
    _callers: dict[str, tuple[list[HookImpl], list[tuple[HookImpl, HookCaller]]]] = field(
        default_factory=dict
    )

    @classmethod
    def create(
        cls,
        *,
        entry_points: bool = True,
        plugins: Iterable[object] = (),
        only: Sequence[str] | None = None,
        disabled: Sequence[str] = (),
        trace: bool = False,
    ) -> Plugins:
        """Make a plugin set.

        :param entry_points: Load the default plugins (the generic adapter, the rules
            extractor) and the ``diplowire`` entry points (the built-in outlets and every
            installed plugin package). False gives a set with only ``plugins``.
        :param plugins: Extra plugin objects to register.
        :param only: If given, load only entry points with these names (the default
            plugins load whatever it says).
        :param disabled: Names of default plugins and entry points not to load.
        :param trace: Print every hook call and its outcome on stderr.
        """
        manager = pluggy.PluginManager(PROJECT)
        manager.add_hookspecs(hookspecs)
        if trace:
            trace_calls(manager)
        self = cls(manager)
        if entry_points:
            self._load_defaults(disabled=disabled)
            self._load_entry_points(only=only, disabled=disabled)
        for plugin in plugins:
            self.register(plugin)
        manager.check_pending()
        return self

    def _load_defaults(self, *, disabled: Sequence[str]) -> None:
        for name, value in DEFAULT_PLUGINS.items():
            if name in disabled:
                continue
            module, _, attribute = value.partition(":")
            self.manager.register(getattr(importlib.import_module(module), attribute), name=name)
            self._sources[name] = _EntryPointSource(distribution=PROJECT, version=__version__)

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
        self._forget()
        return registered

    def unregister(self, name: str) -> None:
        """Remove a registered plugin by name."""
        self.manager.unregister(name=name)
        self._forget()

    def _forget(self) -> None:
        """Drop what was gathered from the plugins, after the set changed."""
        self._hosts = None
        self._adapters = None

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

    def extractors(self, model: PeopleModel | None = None) -> dict[str, str]:
        """Every extractor plugin (implementing ``diplowire_extract``) and its version.

        The version is the plugin's own ``version`` attribute when it has one (the
        built-in ``rules`` give the diplowire version and a fingerprint of their rules),
        else that of the distribution that installed it, else ``"unversioned"``. The
        store keeps it per article, so that ``diplowire ingest --refresh`` knows which
        articles an older extractor read.

        :param model: The model of people and roles the extractors consult (from
            :meth:`people_model`): listed too, as ``model:<name>`` with its ``version``
            attribute (the ``spacy`` model: its pipeline's name and version), so that
            records read with a model are told from those of the rules alone.
        """
        found: dict[str, str] = {}
        for impl in self.manager.hook.diplowire_extract.get_hookimpls():
            own = getattr(impl.plugin, "version", None)
            source = self._sources.get(impl.plugin_name)
            version = own if isinstance(own, str) else source.version if source else None
            found[impl.plugin_name] = version or "unversioned"
        if model is not None:
            own = getattr(model, "version", None)
            found[f"{MODEL_KEY}{model.name}"] = own if isinstance(own, str) else "unversioned"
        return dict(sorted(found.items()))

    # -- hook calls -------------------------------------------------------------------

    def _call_each(
        self,
        hook_name: str,
        kwargs: dict[str, object],
        *,
        source: str | None,
        on_error: ErrorHandler,
        only: str | None = None,
    ) -> list[tuple[str, object]]:
        """Call each plugin's implementation of a hook on its own, through pluggy.

        Each call goes through a hook caller holding that one implementation and every
        wrapper, so wrappers and hook-call monitoring see it, and a plugin that raises
        loses only its own answer. ``only`` restricts the call to one plugin.
        """
        caller: HookCaller = getattr(self.manager.hook, hook_name)
        impls = caller.get_hookimpls()
        first_result = caller.spec is not None and bool(caller.spec.opts.get("firstresult"))
        # A plugin's answer is whatever it returned: each caller checks its type.
        results: list[tuple[str, object]] = []
        for impl, single in self._single_callers(hook_name, impls):
            if only is not None and impl.plugin_name != only:
                continue
            try:
                answer: object = single(**kwargs)
            # sys.exit() in a hook is that plugin's failure, not the end of the run. A
            # KeyboardInterrupt still stops it: it cannot be told from the user's Ctrl-C,
            # and the user must win; so do the time limit's Expired and GeneratorExit.
            except (Exception, SystemExit) as exc:
                culprit = _culprit(exc, impls, default=impl.plugin_name)
                error = PluginError(
                    f"plugin {culprit!r} raised in {hook_name}: {type(exc).__name__}: {exc}",
                    plugin=culprit,
                    source=source,
                    stage=hook_name.removeprefix("diplowire_"),
                )
                error.__cause__ = exc
                on_error(error)
                continue
            # A firstresult hook answers with the value, any other with a list (of one,
            # unless a wrapper changed it; a wrapper's non-list is one wrong answer).
            answers = answer if isinstance(answer, list) and not first_result else [answer]
            results.extend((impl.plugin_name, result) for result in answers if result is not None)
        return results

    def _single_callers(
        self, hook_name: str, impls: list[HookImpl]
    ) -> list[tuple[HookImpl, HookCaller]]:
        """For each answering implementation of a hook, a caller holding it and the
        wrappers; built again whenever the hook's implementations change."""
        cached = self._callers.get(hook_name)
        if cached is None or cached[0] != impls:
            answering = [impl for impl in impls if not (impl.wrapper or impl.hookwrapper)]
            # pluggy calls the last registered implementation first; keep its order.
            singles = [
                (
                    impl,
                    self.manager.subset_hook_caller(
                        hook_name, remove_plugins=[o.plugin for o in answering if o is not impl]
                    ),
                )
                for impl in reversed(answering)
            ]
            cached = (impls, singles)
            self._callers[hook_name] = cached
        return cached[1]

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
                on_error(_wrong_type(plugin, result, "detect", Detection, document.source))
        detections.sort(key=lambda d: (-d.score, d.adapter))
        return detections

    def adapters(self) -> dict[str, str]:
        """Every adapter name a plugin registered, mapped to the plugin that parses it.

        Plugins declare adapters through
        :func:`~diplowire.plugins.hookspecs.diplowire_register_adapters`; a plugin that
        implements ``diplowire_parse`` and registers none parses under its own name.
        """
        if self._adapters is None:
            adapters: dict[str, str] = {}
            for plugin in self._implementers("diplowire_register_adapters"):
                names: list[str] = []
                self._call_each(
                    "diplowire_register_adapters",
                    {"register": names.append},
                    source=None,
                    on_error=_log_error,
                    only=plugin,
                )
                for name in names:
                    if not isinstance(name, str) or not name:
                        logger.warning("plugin %r registered an adapter name %r", plugin, name)
                    elif adapters.setdefault(name, plugin) != plugin:
                        logger.warning(
                            "plugin %r registered adapter %r, already %r's; ignored",
                            plugin, name, adapters[name],
                        )  # fmt: skip
            for plugin in self._implementers("diplowire_parse"):
                if plugin not in adapters.values():
                    adapters.setdefault(plugin, plugin)
            self._adapters = adapters
        return self._adapters

    def _implementers(self, hook_name: str) -> list[str]:
        """Names of the plugins answering a hook (wrappers aside), sorted."""
        impls = getattr(self.manager.hook, hook_name).get_hookimpls()
        return sorted({i.plugin_name for i in impls if not (i.wrapper or i.hookwrapper)})

    def parse(
        self, document: Document, adapter: str, *, on_error: ErrorHandler = _log_error
    ) -> Article | None:
        """The article adapter ``adapter`` makes of ``document``: only the plugin that
        registered it is called."""
        plugin = self.adapters().get(adapter)
        if plugin is None:
            on_error(
                PluginError(
                    f"no loaded plugin registered adapter {adapter!r}",
                    plugin=adapter,
                    source=document.source,
                    stage="parse",
                )
            )
            return None
        for _, result in self._call_each(
            "diplowire_parse",
            {"document": document, "adapter": adapter},
            source=document.source,
            on_error=on_error,
            only=plugin,
        ):
            if isinstance(result, Article):
                return result
            on_error(_wrong_type(plugin, result, "parse", Article, document.source))
        return None

    def people_model(self, model: str) -> PeopleModel | None:
        """The model of people and roles named ``model``; None for ``"rules"`` (alone).

        :raises UnknownPeopleModelError: when no loaded plugin offers ``model``.
        :raises PeopleModelNotInstalledError: when its packages or pipeline are missing.
        """
        if model == RULES:
            return None
        failures: list[PluginError] = []
        for plugin, result in self._call_each(
            "diplowire_people_model", {"model": model}, source=None, on_error=failures.append
        ):
            if isinstance(result, PeopleModel):
                return result
            logger.warning("plugin %r returned %s as a model", plugin, type(result).__name__)
        for failure in failures:
            # A model that cannot load is the caller's setup to fix, not a plugin's bug.
            if isinstance(failure.__cause__, DiplowireError):
                raise failure.__cause__
            raise failure
        raise UnknownPeopleModelError(
            f"no loaded plugin offers the model {model!r}; install its extra "
            f"(pip install 'diplowire[{model}]') or use {RULES!r}",
            stage="extract",
        )

    def extract(
        self,
        article: Article,
        *,
        model: PeopleModel | None = None,
        on_error: ErrorHandler = _log_error,
    ) -> list[Records]:
        """The records every extractor plugin finds in ``article``, ids namespaced by
        plugin, consulting ``model`` (from :meth:`people_model`) when given.

        See :mod:`diplowire.plugins.record_ids`: the built-in ``rules`` keep their ids.
        """
        found: list[Records] = []
        for plugin, result in self._call_each(
            "diplowire_extract",
            {"article": article, "model": model},
            source=article.source,
            on_error=on_error,
        ):
            if isinstance(result, Records):
                found.append(namespaced(result, plugin, article, on_error))
            else:
                on_error(_wrong_type(plugin, result, "extract", Records, article.source))
        return found

    def require_adapter(self, name: str) -> None:
        """Raise :class:`~diplowire.errors.UnknownOutletError` unless adapter ``name`` is
        registered."""
        if name not in self.adapters():
            raise UnknownOutletError(
                f"no loaded plugin parses documents as {name!r}; adapters: "
                f"{', '.join(sorted(self.adapters())) or 'none'}",
                outlet=name,
            )


def _wrong_type(
    plugin: str, result: object, stage: str, expected: type, source: str | None
) -> PluginError:
    return PluginError(
        f"plugin {plugin!r} returned {type(result).__name__} from {stage}, "
        f"expected {expected.__name__} or None",
        plugin=plugin,
        source=source,
        stage=stage,
    )


def _culprit(exc: BaseException, impls: Sequence[HookImpl], *, default: str) -> str:
    """The plugin whose code raised: the innermost implementation (a wrapper's own
    code, or the answering plugin's) found in the traceback."""
    owners = {_code_of(impl.function): impl.plugin_name for impl in impls}
    culprit = default
    traceback = exc.__traceback__
    while traceback is not None:
        culprit = owners.get(traceback.tb_frame.f_code, culprit)
        traceback = traceback.tb_next
    return culprit


def _code_of(function: object) -> object:
    return getattr(function, "__code__", None)


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
                    trace=bool(os.environ.get("DIPLOWIRE_TRACE_PLUGINS")),
                )
    return _default


def reset_plugins() -> None:
    """Forget the shared plugin set so the next :func:`get_plugins` loads afresh."""
    global _default
    with _lock:
        _default = None
