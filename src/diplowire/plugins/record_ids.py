"""Record ids namespaced by the extractor plugin that made them.

Two extractor plugins may number their records alike (``<article>-m0``); the merge and
the store key per-article records by id, so the second plugin's record would replace
the first's. Every plugin but the built-in ``rules`` therefore has its ids rewritten
to ``<article>:<plugin>:<its own id>``: unique per (article, plugin), and never equal
to a built-in id (those hold no colon), which stay as they always were.
"""

from __future__ import annotations

from collections.abc import Callable

from diplowire.errors import PluginError
from diplowire.models import Article, Records
from diplowire.models.kinds import KINDS, AnyRecord

BUILTIN_EXTRACTOR = "rules"
"""The plugin whose ids are kept as given (``<article>-m0``, ``-s0``, ``-a0``)."""


def namespaced(
    records: Records, plugin: str, article: Article, on_error: Callable[[PluginError], None]
) -> Records:
    """``records`` with ids unique per (article, plugin); a plugin's own duplicates reported.

    A plugin that gives two records of one kind the same id is told so (a
    :class:`~diplowire.errors.PluginError` on ``on_error``, so the batch records it) and
    its first record with that id is kept.
    """
    rename = (lambda given: given) if plugin == BUILTIN_EXTRACTOR else _prefixer(plugin, article)
    return records.model_copy(
        update={
            kind.field: _unique(kind.of(records), rename, plugin, article, on_error)
            for kind in KINDS
        }
    )


def plugin_of(record_id: str) -> str:
    """The extractor plugin that made the record with this (namespaced) id."""
    parts = record_id.split(":")
    return parts[1] if len(parts) >= 3 else BUILTIN_EXTRACTOR


def _prefixer(plugin: str, article: Article) -> Callable[[str], str]:
    def rename(given: str) -> str:
        # An id that already starts with the article's needs it only once.
        local = given[len(article.id) :].lstrip("-:") if given.startswith(article.id) else ""
        return f"{article.id}:{plugin}:{local or given}"

    return rename


def _unique(
    records: list[AnyRecord],
    rename: Callable[[str], str],
    plugin: str,
    article: Article,
    on_error: Callable[[PluginError], None],
) -> list[AnyRecord]:
    kept: dict[str, AnyRecord] = {}
    for record in records:
        key = rename(record.id)
        if key in kept:
            on_error(
                PluginError(
                    f"plugin {plugin!r} gave two {type(record).__name__.lower()}s the id "
                    f"{record.id!r}; the first is kept",
                    plugin=plugin,
                    source=article.source,
                    stage="extract",
                )
            )
            continue
        kept[key] = record if key == record.id else record.model_copy(update={"id": key})
    return list(kept.values())
