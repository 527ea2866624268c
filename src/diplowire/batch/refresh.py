"""Rule upgrades reach stored records: re-extract what an older extractor read.

The store keeps, per article, the extractor plugins and versions that read it
(``articles.extracted_by``). :func:`refresh` re-extracts every stored article whose
extractors differ from those installed now, from the stored article (its clean
paragraphs, captions, dateline and dates: the store keeps no raw page, so a changed
*adapter* needs the documents ingested again), replaces its per-article records, and
re-merges the store once at the end — also picking up a changed merge.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from diplowire.batch.deadline import Expired, time_limit
from diplowire.batch.ingest import Report
from diplowire.batch.store import Store
from diplowire.errors import PluginError
from diplowire.extraction.readings import PeopleModel
from diplowire.models import Article, Dossier, Failure, kinds
from diplowire.pipeline import extract_article, failure_of
from diplowire.plugins.manager import RULES, Plugins, get_plugins

logger = logging.getLogger(__name__)


@dataclass
class Refreshed(Report):
    """What a refresh did."""

    outdated: int = 0
    """Articles stored by other extractors or versions than the installed ones."""
    refreshed: int = 0
    """Of those, articles re-extracted and stored anew."""

    def line(self) -> str:
        """One line for people."""
        return (
            f"refresh: {self.refreshed} of {self.outdated} articles read by an older "
            f"extractor re-extracted, {len(self.failures)} failures ({self.seconds:.1f} s)"
        )


def refresh(
    db: str | Path,
    *,
    plugins: Plugins | None = None,
    batch_size: int = 100,
    timeout: float = 60.0,
    model: str = RULES,
) -> Refreshed:
    """Re-extract the articles of the store at ``db`` that an older extractor read.

    :param plugins: The plugin set whose extractors read the articles (default: the
        installed plugins).
    :param batch_size: Articles written per transaction.
    :param timeout: Seconds one article may take; one that overruns keeps its old
        records and is recorded as a failure (and stays outdated).
    :param model: The model of people and roles to read with (``--model``; recorded in
        ``extracted_by``, so an article read with another model, or without one, is
        outdated).
    """
    plugins = plugins or get_plugins()
    people = plugins.people_model(model)
    started = time.perf_counter()
    summary = Refreshed()
    with Store(db) as store:
        current = plugins.extractors(people)
        outdated = store.outdated(current)
        summary.outdated = len(outdated)
        everything = len(outdated) == store.counts()["articles"]
        for start in range(0, len(outdated), batch_size):
            part = Dossier()
            for article in store.articles_by_id(outdated[start : start + batch_size]):
                _reread(article, plugins, people, timeout, part)
            # Every article read anew: the people descriptions read before go too.
            store.replace_records(part, people=everything and start == 0)
            summary.refreshed += len(part.articles)
            summary.failures.extend(part.failures)
            logger.info("refreshed %d/%d articles", summary.refreshed, len(outdated))
        store.rebuild()
    summary.seconds = time.perf_counter() - started
    return summary


def _reread(
    article: Article,
    plugins: Plugins,
    model: PeopleModel | None,
    timeout: float,
    into: Dossier,
) -> None:
    """One article's records anew into ``into``, or its failure (its old records kept)."""
    errors: list[PluginError] = []
    try:
        with time_limit(timeout):
            stamped, records = extract_article(
                article, plugins, model=model, on_error=errors.append
            )
    except Expired:
        into.failures.append(
            Failure(
                source=article.source,
                stage="timeout",
                error="TimeoutError",
                message=f"no result within {timeout:g} s",
            )
        )
        return
    into.failures.extend(failure_of(error, article.source) for error in errors)
    into.articles.append(stamped)
    kinds.extend(into, records)
