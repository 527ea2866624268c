"""The pipeline: read, detect, parse, extract; the public verbs :func:`parse` and :func:`extract`.

Each input goes through small steps; a step that fails for one input becomes a
:class:`~diplowire.models.Failure` in the dossier and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import partial
from pathlib import Path
from typing import cast

from diplowire.batch.deadline import Expired, time_limit
from diplowire.errors import DiplowireError, InputError, ParseError, PluginError, TimeLimitError
from diplowire.extraction.readings import PeopleModel
from diplowire.merge import merge as merge_dossiers
from diplowire.models import Article, Dossier, Failure, Meeting, Records, Statement, kinds
from diplowire.models.kinds import KINDS, AnyRecord
from diplowire.models.types import normalize_date
from diplowire.options import Options
from diplowire.plugins import outlets
from diplowire.plugins.manager import MODEL_KEY, ErrorHandler, Plugins, get_plugins
from diplowire.plugins.record_ids import plugin_of
from diplowire.reading.document import Document
from diplowire.reading.inputs import (
    Refused,
    Source,
    as_path,
    expand,
    is_url,
    label_of,
    manifest_inputs,
    read,
)
from diplowire.reading.manifest import Entry, Manifest

logger = logging.getLogger(__name__)
EXPLAIN = "diplowire.explain"
"""The logger saying why a document was read the way it was (``extract --explain``)."""
explain = logging.getLogger(EXPLAIN)


def parse(
    source: Source,
    *,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    adapter: str | None = None,
    options: Options | None = None,
    plugins: Plugins | None = None,
) -> Article:
    """Parse one document into a clean :class:`~diplowire.models.Article`.

    :param source: A file path, a str of text or HTML, or bytes in any encoding.
    :param url: The page's URL, when known; names the outlet by its host.
    :param outlet: The publisher, when known; overrides what the URL or page says.
    :param published: The publication date (ISO), when known; overrides page metadata.
    :param adapter: Force the named adapter plugin instead of detecting one.
    :param options: Reading options (``options.timeout`` bounds the whole call).
    :param plugins: The plugin set to use (default: the installed plugins).
    :raises DiplowireError: for unreadable input or when no adapter can parse it;
        a plugin that raises is reported as :class:`~diplowire.errors.PluginError`,
        a document that overruns the time limit as
        :class:`~diplowire.errors.TimeLimitError`.

    >>> article = parse("TOKYO (Kyodo) -- Japan and South Korea held talks on Friday.",
    ...                 published="2019-11-15")
    >>> article.wire, article.dateline_place, article.paragraphs[0]
    (['Kyodo'], 'Tokyo', 'Japan and South Korea held talks on Friday.')
    """
    options = options or Options()
    plugins = plugins or get_plugins()
    errors: list[PluginError] = []
    try:
        with time_limit(options.timeout):
            document = read(source, options=options, url=url, published=published, outlet=outlet)
            article = parse_document(document, plugins, adapter=adapter, on_error=errors.append)
    except Expired:
        if options.timeout is None:
            raise  # a limit of the caller's own
        raise TimeLimitError(
            _overran(options.timeout), source=_label(source), stage="timeout"
        ) from None
    if article is None:
        if errors:
            raise errors[0]
        raise ParseError(
            "no adapter could parse the document", source=document.source, stage="parse"
        )
    for error in errors:
        logger.warning("%s", error)
    return article


def parse_document(
    document: Document,
    plugins: Plugins,
    *,
    adapter: str | None = None,
    on_error: ErrorHandler,
) -> Article | None:
    """Detect the adapter for a document (unless forced), parse it and complete the article.

    When the best adapter raises or returns nothing, the next best is tried, so a
    broken outlet plugin degrades to the generic reading instead of losing the input.
    """
    if document.is_html:
        # Parsed here, not in the first plugin that asks: markup that cannot be parsed
        # (or is refused) is the document's failure, not a plugin's.
        _ = document.tree
    if adapter is not None:
        plugins.require_adapter(adapter)
        candidates = [adapter]
        claimed_outlet = None
    else:
        detections = plugins.detect(document, on_error=on_error)
        for detection in detections:
            explain.debug(
                "%s: adapter %s claims it (%.2f): %s",
                document.source or document.id,
                detection.adapter,
                detection.score,
                detection.reason or "no reason given",
            )
        candidates = [d.adapter for d in detections]
        claimed_outlet = detections[0].outlet if detections else None
    for name in dict.fromkeys(candidates):
        article = plugins.parse(document, name, on_error=on_error)
        if article is not None:
            explain.debug(
                "%s: read by adapter %s%s",
                document.source or document.id,
                name,
                f", layout {article.layout}" if article.layout else "",
            )
            return complete(article, document, plugins, claimed_outlet, name)
    return None


def complete(
    article: Article,
    document: Document,
    plugins: Plugins,
    claimed_outlet: str | None,
    adapter: str,
) -> Article:
    """Fill what the core knows better than a plugin: id, source, URL, outlet, date."""
    url = document.url or article.url or document.canonical_url
    known = plugins.outlet_hosts()
    url_outlet = outlets.outlet_for_url(url, known)
    outlet = document.outlet or url_outlet or article.outlet or claimed_outlet
    if outlet is None and not document.is_html:
        # A text with no URL: the reporter's address at its foot names the publisher.
        outlet = outlets.outlet_from_staff_email(document.blocks, known)
    published, origin = article.published, article.published_from
    hint = document.published_hint
    if hint is None and document.fetched is not None:
        hint = document.fetched.published_hint
    if published is None and hint:
        # The server's Last-Modified: a hint when the page itself carries no date, never
        # an authority over the page's own (servers stamp edits and re-renders too).
        published, origin = hint, "last-modified"
    if document.published:
        try:
            published = normalize_date(document.published)
        except ValueError as exc:
            raise InputError(str(exc), source=document.source, stage="read") from exc
        origin = "manifest" if document.given_by == "manifest" else "argument"
    if article.text == "" and not article.title:
        raise ParseError(
            "the document holds no article text", source=document.source, stage="parse"
        )
    return article.model_copy(
        update={
            "id": document.id,
            "source": document.source,
            "url": url,
            "outlet": outlet,
            "published": published,
            "published_from": origin,
            "adapter": article.adapter or adapter,
        }
    )


def extract(
    *sources: Source | Iterable[Source],
    manifest: str | Path | Manifest | None = None,
    options: Options | None = None,
    plugins: Plugins | None = None,
    merge: bool = True,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
) -> Dossier:
    """Parse every source and extract records from each article, into one dossier.

    :param sources: Paths, directories (read recursively), URLs, texts or bytes, or any
        iterables of them (lists, generators). With none, the manifest's documents are read.
    :param manifest: A manifest (path or loaded) giving URLs, dates and outlets.
    :param options: Reading options; ``options.timeout`` bounds each document.
    :param plugins: The plugin set to use (default: the installed plugins).
    :param merge: Merge the records of all articles (one record per real-world event,
        see :func:`diplowire.merge`); false keeps one record per article report.
    :param url: The URL of the one document given (as :func:`parse` takes it).
    :param published: The publication date (ISO) of the one document given.
    :param outlet: The publisher of the one document given.
    :return: A :class:`~diplowire.models.Dossier`; inputs that failed are listed in
        its ``failures`` with the stage and the reason, never dropped.
    :raises InputError: when ``url``, ``published`` or ``outlet`` is given with more
        than one document (a manifest describes several).

    >>> dossier = extract("TOKYO (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya met "
    ...                   "South Korean Foreign Minister Cho Tae-yul in Tokyo on Friday.",
    ...                   published="2024-11-15")
    >>> [m.date for m in dossier.meetings]
    ['2024-11-15']
    """
    parts = iter_records(
        *sources,
        manifest=manifest,
        options=options,
        plugins=plugins,
        url=url,
        published=published,
        outlet=outlet,
    )
    return gather(parts, merge=merge)


def gather(parts: Iterable[Dossier], *, merge: bool = True) -> Dossier:
    """The dossier of what :func:`iter_records` yields: merged, or the lists end to end."""
    dossier = Dossier()
    for part in parts:
        dossier.extend(part)
    return merge_dossiers(dossier) if merge else dossier


def iter_records(
    *sources: Source | Iterable[Source],
    manifest: str | Path | Manifest | None = None,
    options: Options | None = None,
    plugins: Plugins | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
) -> Iterator[Dossier]:
    """Read sources one at a time: one unmerged dossier per input, never the whole corpus.

    Takes what :func:`extract` takes; each dossier yielded holds one article and its
    records, or the input's failure. Sources given as a generator are read as they
    come, so a corpus larger than memory streams through;
    :func:`diplowire.merge` and :func:`diplowire.merge_json` accept what this yields.

    >>> parts = iter_records(["SEOUL (Yonhap) -- South Korea and Japan held talks.", b""])
    >>> [(len(p.articles), [f.error for f in p.failures]) for p in parts]
    [(1, []), (0, ['EmptyInputError'])]
    """
    options = options or Options()
    plugins = plugins or get_plugins()
    # Before any input is read: a model that is missing fails the call, not each document.
    model = plugins.people_model(options.model)
    if manifest is not None and not isinstance(manifest, Manifest):
        manifest = Manifest.load(manifest)
    given = Entry(path=None, url=url, published=published, outlet=outlet)
    described = any(value is not None for value in (url, published, outlet))
    inputs: Iterable[Source | Refused] = _flatten(sources)
    if not sources and manifest is not None:
        inputs = manifest_inputs(manifest, options)
    count = 0
    for item in inputs:
        for source in expand(item, options):
            if isinstance(source, Refused):
                yield Dossier(failures=[source.failure()])
                continue
            count += 1
            if described and count > 1:
                raise InputError(
                    "url, published and outlet describe one document; "
                    "give a manifest to describe several",
                    stage="read",
                )
            given_here = given if described else None
            one = partial(
                _ingest, source, manifest, options, plugins, given=given_here, model=model
            )
            yield _in_time(source, options.timeout, one)


def _flatten(sources: Iterable[Source | Iterable[Source]]) -> Iterator[Source]:
    """Sources as given, with any list, tuple, set or generator of them opened up."""
    for source in sources:
        # Only collections and iterators hold sources: a model such as an Article is
        # iterable too (over its fields), and is no list of documents.
        if isinstance(source, Sequence | AbstractSet | Iterator) and not isinstance(
            source, str | bytes
        ):
            yield from _flatten(cast("Iterable[Source]", source))
        else:
            # Anything else is not a Source: reading it records the failure.
            yield cast(Source, source)


def _in_time(source: Source, timeout: float | None, ingest: Callable[[Dossier], None]) -> Dossier:
    """What ``ingest`` puts in a dossier of one document under the time limit: all of
    the document's results, or its failure."""
    part = Dossier()
    try:
        with time_limit(timeout):
            ingest(part)
    except Expired:
        if timeout is None:
            raise  # a limit of the caller's own, such as ingest's
        # What the document gave before the limit is dropped: half an article's records
        # would be records without their article.
        part = Dossier(
            failures=[
                Failure(
                    source=_label(source),
                    stage="timeout",
                    error="TimeoutError",
                    message=_overran(timeout),
                )
            ]
        )
    return part


def _overran(seconds: float) -> str:
    return f"no result within {seconds:g} s"


def _ingest(
    source: Source,
    manifest: Manifest | None,
    options: Options,
    plugins: Plugins,
    dossier: Dossier,
    given: Entry | None = None,
    model: PeopleModel | None = None,
) -> None:
    label = _label(source)

    def record(error: PluginError) -> None:
        dossier.failures.append(failure_of(error, label))

    try:
        entry = manifest.lookup(path=as_path(source), url=str(source)) if manifest else None
        hinted = entry is not None and entry.published_from is not None
        if given is not None:
            entry, hinted = given, False
        document = read(
            source,
            options=options,
            url=entry.url if entry else None,
            published=entry.published if entry and not hinted else None,
            outlet=entry.outlet if entry else None,
            given_by="argument" if given is not None else "manifest",
        )
        if entry is not None and hinted:
            # A date `fetch` found (on the page or in a header) yields to the page's own.
            document.published_hint = entry.published
        article = parse_document(document, plugins, on_error=record)
        if article is None:
            raise ParseError("no adapter could parse the document", source=label, stage="parse")
    except DiplowireError as exc:
        dossier.failures.append(failure_of(exc, label))
        return
    except Exception as exc:  # a bug must cost one input, not the batch
        logger.exception("unexpected error on %s", label)
        dossier.failures.append(
            Failure(source=label, stage="parse", error=type(exc).__name__, message=str(exc))
        )
        return
    article, records = extract_article(article, plugins, model=model, on_error=record)
    dossier.articles.append(article)
    kinds.extend(dossier, records)
    logger.info(
        "%s: read by %s as %s (%s, published %s from %s): %s",
        label or article.id,
        article.adapter,
        article.outlet or "an unknown outlet",
        ", ".join(article.wire) or "no wire",
        article.published or "?",
        article.published_from or "nowhere",
        kinds.summary(dossier),
    )


def extract_article(
    article: Article,
    plugins: Plugins,
    *,
    model: PeopleModel | None = None,
    on_error: ErrorHandler,
) -> tuple[Article, Records]:
    """Every extractor's records of ``article``, and the article stamped with their versions.

    ``Article.extracted_by`` names the extractors that answered (a plugin that raised is
    left out, so a store's refresh asks it again) and the model they consulted, with the
    versions of :meth:`~diplowire.plugins.manager.Plugins.extractors`. With ``--explain``,
    each record's line says which extractor made it and whether a model helped.
    """
    failed: set[str | None] = set()

    def note(error: PluginError) -> None:
        failed.add(error.plugin)
        on_error(error)

    found = Records()
    for records in plugins.extract(article, model=model, on_error=note):
        kinds.extend(found, records)
    versions = {name: v for name, v in plugins.extractors(model).items() if name not in failed}
    if explain.isEnabledFor(logging.DEBUG):
        _explain_records(article, found, versions)
    return article.model_copy(update={"extracted_by": versions}), found


def _explain_records(article: Article, found: Records, versions: dict[str, str]) -> None:
    """One ``--explain`` line per record: the extractor that made it, and the model of
    people and roles when one read its people."""
    label = article.source or article.id
    for kind in KINDS:
        for record in kind.of(found):
            plugin = plugin_of(record.id)
            reader = getattr(record, "reader", None)
            if reader is None:
                how = f"{plugin} alone"
            else:
                model = versions.get(f"{MODEL_KEY}{reader}", "unversioned")
                how = f"{plugin} with the {reader} model ({model})"
            explain.debug("%s: %s %s (%s) by %s", label, kind.name, record.id, _gist(record), how)


def _gist(record: AnyRecord) -> str:
    if isinstance(record, Meeting):
        return ", ".join(p.name for p in record.participants) or "no one named"
    if isinstance(record, Statement):
        return f"{record.speaker.name}: {record.text[:40]}"
    return record.name or record.acronym or "unnamed"


def _label(source: Source) -> str | None:
    path = as_path(source)
    if path is not None:
        return label_of(source if isinstance(source, str) else path)
    return source if isinstance(source, str) and is_url(source) else None


def failure_of(error: DiplowireError, label: str | None) -> Failure:
    """An error as the failure of the input ``label`` names (unless the error names one)."""
    return Failure(
        source=error.source or label,
        stage=error.stage or "parse",
        error=type(error).__name__,
        message=error.message,
        plugin=error.plugin,
    )


def sources_of(paths: Iterable[str]) -> list[Source]:
    """CLI helper: command-line arguments as sources (paths stay paths)."""
    return [Path(p) if not p.startswith(("http://", "https://")) else p for p in paths]
