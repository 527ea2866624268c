"""The ``diplowire`` command line.

Output (JSON) goes to stdout or ``-o FILE``; logs and errors go to stderr, so the two
never mix. Exit status: 0 when every input became an article, 1 when any failed or
an error stopped the command, 2 for usage errors.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from itertools import chain
from pathlib import Path
from typing import IO, Any, TypeVar

import click
from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from diplowire import evaluation
from diplowire._version import __version__
from diplowire.batch.datasette_metadata import database_name
from diplowire.batch.datasette_metadata import metadata as datasette_metadata
from diplowire.batch.ingest import Report
from diplowire.batch.ingest import ingest as ingest_sources
from diplowire.batch.queries import agreement_timeline, meetings_between, said_by, write_tables
from diplowire.batch.refresh import refresh as refresh_store
from diplowire.batch.store import Store, as_json
from diplowire.errors import DiplowireError, FetchError, ManifestError, QueryError
from diplowire.models import Dossier, Failure, kinds
from diplowire.models.kinds import KINDS
from diplowire.options import Options
from diplowire.pipeline import EXPLAIN, gather, iter_records, sources_of
from diplowire.pipeline import extract as extract_dossier
from diplowire.plugins.manager import RULES, get_plugins
from diplowire.reading.document import content_id
from diplowire.reading.fetch import FetchOptions, fetch_many
from diplowire.reading.fetch_manifest import manifest_row
from diplowire.reading.inputs import Refused, expand, is_url
from diplowire.reading.manifest import Manifest
from diplowire.timeline import render_html, render_svg, render_text
from diplowire.timeline import timeline as timeline_of

FC = TypeVar("FC", bound=Callable[..., Any])

logger = logging.getLogger("diplowire.cli")
_LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"

RECORD_LISTS = ("articles", *(kind.field for kind in KINDS), "failures")
"""The dossier's lists in JSON Lines output, in order; each line's ``type`` is the list's
name without its ``s``."""


def _shown(name: str) -> str:
    """A name for a log line: quoted when it holds newlines, escapes or other controls,
    so that a file name cannot forge lines of its own."""
    return name if name.isprintable() else json.dumps(name, ensure_ascii=False)


class _Group(click.Group):
    """Turns diplowire's own errors into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DiplowireError as exc:
            click.echo(f"diplowire: error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplowire")
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug).")
def main(verbose: int) -> None:
    """Turn diplomatic news pages into typed, provenance-carrying records."""
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, stream=sys.stderr, format=_LOG_FORMAT)
    # diplowire's own lines always reach this run's stderr, whatever the host (a test
    # runner, an embedding app) has already configured on the root logger.
    own = logging.getLogger("diplowire")
    before = (own.level, own.propagate)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_LOG_FORMAT))
    own.addHandler(handler)
    own.setLevel(level)
    own.propagate = False

    def restore() -> None:  # the command may run inside a host process (tests, apps)
        own.removeHandler(handler)
        own.level, own.propagate = before

    click.get_current_context().call_on_close(restore)


def _existing_or_url(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    """Each value an existing file or directory, or an http(s) URL (fetched under the
    SSRF guard), checked as click.Path(exists=True) checks paths."""
    path_type = click.Path(exists=True, path_type=str)
    return tuple(v if is_url(v) else path_type.convert(v, param, ctx) for v in values)


_paths = click.argument("paths", nargs=-1, callback=_existing_or_url)
_allow_private = click.option(
    "--allow-private",
    is_flag=True,
    help="Allow URLs on private, loopback and link-local addresses (refused by default).",
)


_follow_outside = click.option(
    "--follow-outside",
    is_flag=True,
    help="Read links in input folders that lead outside them, and manifest paths outside "
    "the manifest's folder (refused by default).",
)


def _options(
    allow_private: bool,
    timeout: float | None = None,
    follow_outside: bool = False,
    model: str = RULES,
) -> Options:
    return Options(
        fetch=FetchOptions(allow_private=allow_private),
        timeout=timeout,
        follow_outside=follow_outside,
        model=model,
    )


_model = click.option(
    "--model",
    default=RULES,
    show_default=True,
    metavar="NAME",
    help="The model of people and roles the rules consult: 'rules' for none, 'spacy' for "
    "a spaCy pipeline (pip install 'diplowire[spacy]'; DIPLOWIRE_SPACY_MODEL names it).",
)


_output = click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write here instead of stdout.",
)


def _format(*choices: str, help: str) -> Callable[[FC], FC]:
    """The -f/--format option; the first choice is the default."""
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help=help,
    )


_manifest = click.option(
    "-m",
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON or CSV manifest giving each document's url, published date and outlet.",
)


_timeout = click.option(
    "--timeout",
    type=float,
    default=60.0,
    show_default=True,
    help="Seconds one document may take before it is recorded as failed.",
)


@main.command()
@_paths
@_manifest
@_timeout
@_format(
    "json", "jsonl", help="One JSON document, or one JSON object per line with a 'type' field."
)
@_output
@click.option("--compact", is_flag=True, help="No indentation in JSON output.")
@click.option(
    "--merge/--no-merge",
    default=True,
    show_default=True,
    help="One record per real-world event across articles, or one per article report.",
)
@_allow_private
@_follow_outside
@_model
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: on a terminal)."
)
@click.option(
    "--explain",
    is_flag=True,
    help="Say on stderr why each document went to its adapter: every adapter's "
    "detection score and reason, and the one that read it.",
)
def extract(
    paths: tuple[str, ...],
    manifest: Path | None,
    timeout: float,
    fmt: str,
    output: IO[str],
    compact: bool,
    merge: bool,
    allow_private: bool,
    follow_outside: bool,
    model: str,
    progress: bool | None,
    explain: bool,
) -> None:
    """Parse PATHS (files, directories or URLs) and write articles and records as JSON.

    With no PATHS, the documents listed in --manifest are read. A progress bar shows
    on a terminal; -v before the command logs what each document was read as, and
    --explain why.
    """
    if explain:
        _explain_on(click.get_current_context())
    if not paths and manifest is None:
        raise click.UsageError("give PATHS, or a --manifest that lists the documents")
    options = _options(allow_private, timeout, follow_outside, model)
    loaded = Manifest.load(manifest) if manifest is not None else None
    # Paths stay Path objects: a file name is never read as document text.
    found = [doc for s in sources_of(paths) for doc in expand(s, options)] if paths else None
    inputs = None if found is None else [d for d in found if not isinstance(d, Refused)]
    refused = [Dossier(failures=[d.failure()]) for d in found or () if isinstance(d, Refused)]
    total = len(found) if found is not None else len(loaded or ())
    if total == 0:
        click.echo("diplowire: warning: no documents found", err=True)
    logger.info("extract: %d documents%s", total, f", manifest {manifest}" if manifest else "")
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=total, unit="doc", disable=not show, file=sys.stderr)
    own_logs = [logging.root, logging.getLogger("diplowire")]
    with bar, logging_redirect_tqdm(loggers=own_logs):  # log lines above the bar
        given = () if inputs is None else (inputs,)  # an empty list is not "the manifest's"
        parts = chain(refused, iter_records(*given, manifest=loaded, options=options))
        dossier = gather((_ticked(part, bar) for part in parts), merge=merge)
    if fmt == "json":
        text = dossier.model_dump_json(indent=None if compact else 2)
        output.write(text + "\n")
    else:
        for line in _jsonl(dossier):
            output.write(line + "\n")
    _echo_failures(dossier.failures)
    click.echo(
        f"diplowire: {len(dossier.articles)} articles, {kinds.summary(dossier)}, "
        f"{len(dossier.failures)} failures",
        err=True,
    )
    if dossier.failures:
        sys.exit(1)


def _echo_failures(
    failures: Iterable[Failure], *, stage: bool = True, unnamed: str = "<input>"
) -> None:
    """One line on stderr per failure: its source, its stage (unless ``stage`` is
    False), the error and its message."""
    for failure in failures:
        where = f"{failure.stage}: " if stage else ""
        click.echo(
            f"diplowire: failed: {_shown(failure.source or unnamed)}: {where}"
            f"{failure.error}: {failure.message}",
            err=True,
        )


def _echo_report(report: Report, *, unnamed: str = "<input>") -> None:
    """A batch job's failures, then its line, on stderr."""
    _echo_failures(report.failures, unnamed=unnamed)
    click.echo(f"diplowire: {report.line()}", err=True)


def _explain_on(ctx: click.Context) -> None:
    """Show the explain logger's lines for this command, whatever -v says."""
    explaining = logging.getLogger(EXPLAIN)
    before = explaining.level
    explaining.setLevel(logging.DEBUG)

    def restore() -> None:  # the command may run inside a host process (tests, apps)
        explaining.setLevel(before)

    ctx.call_on_close(restore)


def _ticked(part: Dossier, bar: tqdm[Any]) -> Dossier:
    bar.update(1)
    return part


def _jsonl(dossier: Dossier) -> Iterator[str]:
    data = dossier.model_dump(mode="json")
    for name in RECORD_LISTS:
        kind = name.removesuffix("s")
        for record in data[name]:
            yield json.dumps({"type": kind, **record}, ensure_ascii=False)


@main.command()
@_paths
@_manifest
@_timeout
@_format(
    "text",
    "json",
    "html",
    "svg",
    help="Lines for a terminal, JSON data, or a picture (HTML page or SVG).",
)
@_output
@_allow_private
@_follow_outside
def timeline(
    paths: tuple[str, ...],
    manifest: Path | None,
    timeout: float,
    fmt: str,
    output: IO[str],
    allow_private: bool,
    follow_outside: bool,
) -> None:
    """Everything dated in PATHS (files, directories or URLs; merged), oldest first."""
    if not paths and manifest is None:
        raise click.UsageError("give PATHS, or a --manifest that lists the documents")
    dossier = extract_dossier(
        *sources_of(paths),
        manifest=manifest,
        options=_options(allow_private, timeout, follow_outside),
    )
    entries = timeline_of(dossier)
    if fmt == "json":
        output.write(json.dumps([e.model_dump(mode="json") for e in entries], indent=2) + "\n")
    elif fmt == "html":
        output.write(render_html(entries))
    elif fmt == "svg":
        output.write(render_svg(entries) + "\n")
    else:
        output.write(render_text(entries) + "\n")
    _echo_failures(dossier.failures, stage=False)
    if dossier.failures:
        sys.exit(1)


@main.command()
@_paths
@_manifest
@click.option(
    "-g",
    "--gold",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Directory of gold files, one <stem>.json per article file <stem>.*.",
)
@click.option(
    "--merged-gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Merged gold (merged.json): adds how reports of one event are merged.",
)
@_format("text", "json", help="Tables for a terminal, or one JSON object.")
@click.option("--misses/--no-misses", default=True, show_default=True, help="List misses.")
@_model
@_output
def evaluate(
    paths: tuple[str, ...],
    manifest: Path | None,
    gold: Path,
    merged_gold: Path | None,
    fmt: str,
    misses: bool,
    model: str,
    output: IO[str],
) -> None:
    """Score the records extracted from PATHS against the gold annotations in --gold.

    Prints precision, recall and F1 per record type, the accuracy of each field on the
    matched records and of the article fields, the merge figures with --merged-gold,
    and every miss and extra with its article and sentence.
    """
    if not paths and manifest is None:
        raise click.UsageError("give PATHS, or a --manifest that lists the documents")
    result = evaluation.evaluate(
        *sources_of(paths),
        gold=gold,
        manifest=manifest,
        merged_gold=merged_gold,
        options=Options(model=model),
    )
    if fmt == "json":
        data = result.model_dump(mode="json", exclude={"misses"} if not misses else None)
        output.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        output.write(evaluation.render_text(result, misses=misses))
    for failure in result.failures:
        click.echo(f"diplowire: failed: {failure}", err=True)
    if result.failures:
        sys.exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def plugins(as_json: bool) -> None:
    """List the loaded plugins, where they come from and the hooks they implement."""
    loaded = get_plugins()
    infos = loaded.info()
    if as_json:
        click.echo(
            json.dumps(
                {
                    "plugins": [
                        {
                            "name": i.name,
                            "module": i.module,
                            "distribution": i.distribution,
                            "version": i.version,
                            "hooks": i.hooks,
                        }
                        for i in infos
                    ],
                    "errors": [str(e) for e in loaded.load_errors],
                },
                indent=2,
            )
        )
    else:
        width = max((len(i.name) for i in infos), default=4)
        for i in infos:
            origin = f"{i.distribution} {i.version}" if i.distribution else "registered in code"
            click.echo(f"{i.name:<{width}}  {i.module}  ({origin})")
            click.echo(
                f"{'':<{width}}  hooks: {', '.join(h.removeprefix('diplowire_') for h in i.hooks)}"
            )
        for error in loaded.load_errors:
            click.echo(f"diplowire: {error}", err=True)
    if loaded.load_errors:
        sys.exit(1)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the document `diplowire extract` writes."""
    click.echo(json.dumps(Dossier.json_schema(), indent=2))


@main.command()
@click.argument("sources", nargs=-1)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The store file (created if missing). Required unless --parquet is given.",
)
@click.option(
    "--refresh",
    is_flag=True,
    help="Then re-extract the stored articles that another extractor version read (an "
    "older diplowire, changed lexicons) or another --model, from the stored articles, "
    "and re-merge. With no SOURCES, only that.",
)
@_manifest
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: worker processes on this machine. dask: a Dask cluster (pip install "
    "'diplowire[dask]'): a local one, or the running scheduler of --scheduler.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: a running distributed scheduler (tcp://host:8786); the "
    "inputs must be readable by its workers at the same paths. Default: start a "
    "LocalCluster for the run.",
)
@click.option(
    "--parquet",
    type=click.Path(file_okay=False, path_type=Path),
    help="With --engine dask: also (or, without --db, only) write Parquet to this "
    "directory: per-partition articles, observations and failures, and the merged tables.",
)
@click.option(
    "-j",
    "--workers",
    type=int,
    default=None,
    help="Worker processes (default: all cores; 0: none). With --engine dask: the size "
    "of the local cluster.",
)
@click.option(
    "--batch-size",
    type=int,
    default=100,
    show_default=True,
    help="Documents written per transaction; with --engine dask, documents per partition.",
)
@click.option(
    "--timeout",
    type=float,
    default=60.0,
    show_default=True,
    help="Seconds one document may take before it is recorded as failed.",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: on a terminal)."
)
@_allow_private
@_follow_outside
@_model
def ingest(
    sources: tuple[str, ...],
    db: Path | None,
    manifest: Path | None,
    engine: str,
    scheduler: str | None,
    parquet: Path | None,
    workers: int | None,
    batch_size: int,
    timeout: float,
    progress: bool | None,
    allow_private: bool,
    follow_outside: bool,
    refresh: bool,
    model: str,
) -> None:
    """Add SOURCES (files, directories, URLs) to the store; stored articles are skipped."""
    if not sources and not refresh:
        raise click.UsageError("give SOURCES to add, or --refresh")
    if refresh and db is None:
        raise click.UsageError("--refresh refreshes a store: give it with --db")
    if not sources:
        assert db is not None
        _refresh(db, timeout, model)
        return
    get_plugins().people_model(model)  # a missing model stops the run before it starts
    # The engine chooses the runner and what only it takes; both take the rest alike.
    if engine == "local":
        if scheduler or parquet:
            raise click.UsageError("--scheduler and --parquet need --engine dask")
        if db is None:
            raise click.UsageError("give the store with --db")
        run = partial(ingest_sources, db=db, batch_size=batch_size)
    else:
        if db is None and parquet is None:
            raise click.UsageError("give --db, --parquet or both")
        if scheduler and workers is not None:
            raise click.UsageError("-j sizes a local cluster; the scheduler has its own workers")
        if workers is not None and workers < 1:
            raise click.UsageError("a Dask cluster needs at least one worker (-j 1)")
        from diplowire.batch.scale import ingest_dask  # dask is imported only when asked for

        run = partial(
            ingest_dask, db=db, parquet=parquet, scheduler=scheduler, partition_size=batch_size
        )
    summary = run(
        list(sources),
        manifest=manifest,
        workers=workers,
        timeout=timeout,
        progress=progress,
        options=_options(allow_private, follow_outside=follow_outside, model=model),
    )
    _echo_report(summary)
    failed = bool(summary.failed)
    if refresh and db is not None:
        failed = _refresh(db, timeout, model, exit_on_failure=False) or failed
    if failed:
        sys.exit(1)


def _refresh(db: Path, timeout: float, model: str, *, exit_on_failure: bool = True) -> bool:
    """``ingest --refresh``: report what it did; True when something failed."""
    done = refresh_store(db, timeout=timeout, model=model)
    _echo_report(done, unnamed="<article>")
    if done.failures and exit_on_failure:
        sys.exit(1)
    return bool(done.failures)


def _read_store(db: Path) -> Store:
    """A store opened for reading only, with a warning when its merged tables are stale."""
    store = Store(db, readonly=True)
    if store.stale:
        click.echo(
            "diplowire: warning: the merged tables predate the last articles added (an ingest "
            "is running, or stopped before its end); the next ingest brings them up to date",
            err=True,
        )
    return store


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv", "parquet"]),
    default="json",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File (json, jsonl) or directory (csv, parquet); stdout for json and jsonl.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing -o file or directory.")
@click.option(
    "--bom", is_flag=True, help="CSV: start each file with a UTF-8 byte-order mark (for Excel)."
)
def export(db: Path, fmt: str, output: Path | None, force: bool, bom: bool) -> None:
    """Write the merged contents of a store."""
    if output is not None:
        _check_target(output, directory=fmt in ("csv", "parquet"), force=force)
    with _read_store(db) as store:
        if fmt in ("json", "jsonl"):
            dossier = store.dossier()
            lines = [as_json(dossier)] if fmt == "json" else list(_jsonl(dossier))
            text = "\n".join(lines) + "\n"
            if output is None:
                click.echo(text, nl=False)
            else:
                output.write_text(text, encoding="utf-8")
            return
        if output is None:
            raise click.UsageError(f"--format {fmt} writes one file per table: give -o DIRECTORY")
        write_tables(store, output, fmt, bom=bom)


def _check_target(output: Path, *, directory: bool, force: bool) -> None:
    """Refuse, as a usage error, to write over what exists unless --force says so."""
    hint = "'-o' / '--output'"
    if directory and output.exists() and not output.is_dir():
        raise click.BadParameter(
            f"{output} is a file; this format writes a directory", param_hint=hint
        )
    if not directory and output.is_dir():
        raise click.BadParameter(f"{output} is a directory; give a file name", param_hint=hint)
    occupied = output.is_dir() and any(output.iterdir()) if directory else output.exists()
    if occupied and not force:
        raise click.BadParameter(f"{output} exists; --force overwrites it", param_hint=hint)


@main.command("datasette-metadata")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("news.db"),
    show_default=True,
    help="The store the metadata is for (Datasette names it after the file).",
)
def datasette_metadata_command(db: Path) -> None:
    """Print Datasette metadata (table and column descriptions) for a store.

    Serve it with: datasette serve news.db --metadata metadata.json
    """
    click.echo(json.dumps(datasette_metadata(database_name(db)), indent=2, ensure_ascii=False))


@main.group()
def query() -> None:
    """Ask a store simple questions."""


_DB = click.option(
    "--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)


def _echo_rows(
    db: Path,
    rows: Callable[[Store], Iterable[dict[str, Any]]],
    line: Callable[[dict[str, Any]], str],
) -> None:
    """One line per row of a query of the store, its errors as usage errors."""
    with _read_store(db) as store, _query_terms():
        for row in rows(store):
            click.echo(line(row))


@contextmanager
def _query_terms() -> Iterator[None]:
    """A query term the store does not know is a usage error (exit 2) naming candidates."""
    try:
        yield
    except QueryError as exc:
        raise click.UsageError(exc.message) from exc


@query.command("meetings")
@_DB
@click.option(
    "--between",
    nargs=2,
    metavar="COUNTRY COUNTRY",
    help="Two countries: ISO codes (JP KR) or names (Japan 'South Korea').",
)
@click.option("--since", help="Earliest date (ISO, any precision).")
@click.option("--until", help="Latest date (ISO, any precision).")
def query_meetings(
    db: Path, between: tuple[str, str] | None, since: str | None, until: str | None
) -> None:
    """Meetings, optionally between two countries and within dates."""

    def line(row: dict[str, Any]) -> str:
        note = f"  [{row['note']}]" if row["note"] else ""
        return f"{row['date']}  {row['participants']}  ({row['location'] or '-'}){note}"

    _echo_rows(db, lambda store: meetings_between(store, between, since, until), line)


@query.command("agreement")
@_DB
@click.argument("name")
def query_agreement(db: Path, name: str) -> None:
    """The timeline of one agreement, by acronym or name."""
    _echo_rows(
        db,
        lambda store: agreement_timeline(store, name),
        lambda row: f"{row['date'] or '?':<10}  {row['kind']}",
    )


@query.command("said")
@_DB
@click.argument("person")
def query_said(db: Path, person: str) -> None:
    """Everything a person said."""

    def line(row: dict[str, Any]) -> str:
        words = f"“{row['text']}”" if row["direct"] else str(row["text"])
        return f"{row['date'] or '?':<10}  {words}"

    _echo_rows(db, lambda store: said_by(store, person), line)


_DOWNLOAD_KNOBS = (
    ("--timeout", "Seconds per request."),
    ("--deadline", "Seconds one URL may take in all (every try, redirect and wait)."),
    ("--attempts", "Tries per URL."),
)
"""The options of ``fetch`` that are :class:`~diplowire.reading.fetch.FetchOptions`
fields of the same name, with their help."""


def _download_options(command: FC) -> FC:
    """``fetch``'s download options, typed and defaulting as the
    :class:`~diplowire.reading.fetch.FetchOptions` fields they set, and --allow-private."""
    defaults = FetchOptions()
    command = _allow_private(command)
    for name, help in reversed(_DOWNLOAD_KNOBS):
        default = getattr(defaults, name.removeprefix("--"))
        option = click.option(
            name, type=type(default), default=default, show_default=True, help=help
        )
        command = option(command)
    return command


@main.command("fetch")
@click.argument("urls", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(),
    show_default=True,
    help="Directory for the pages and their manifest.json.",
)
@_download_options
def fetch_command(
    urls: tuple[str, ...],
    output: Path,
    timeout: float,
    deadline: float,
    attempts: int,
    allow_private: bool,
) -> None:
    """Download URLS into a directory, with a manifest for `extract` and `ingest`."""
    options = FetchOptions(
        timeout=timeout, deadline=deadline, attempts=attempts, allow_private=allow_private
    )
    output.mkdir(parents=True, exist_ok=True)
    manifest_path = output / "manifest.json"
    rows = _fetch_manifest(manifest_path)
    failed = 0
    for result in fetch_many(urls, options=options):
        if isinstance(result, FetchError):
            failed += 1
            click.echo(
                f"diplowire: failed: {result.source}: {type(result).__name__}: {result}", err=True
            )
            continue
        name = content_id(result.final_url) + ".html"
        (output / name).write_bytes(result.content)
        rows = [row for row in rows if row.get("path") != name]
        rows.append(manifest_row(result, name))
        click.echo(
            f"{result.url} -> {output / name} ({len(result.content):,} bytes, "
            f"{result.attempts} attempt{'s' if result.attempts != 1 else ''})",
            err=True,
        )
    manifest_path.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    if failed:
        sys.exit(1)


def _fetch_manifest(path: Path) -> list[dict[str, Any]]:
    """The rows of an earlier ``fetch`` into the same directory, checked before any
    download, so that a damaged file is reported, never overwritten."""
    if not path.exists():
        return []
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ManifestError(
            f"cannot read the existing manifest ({exc}); fix or remove it", source=str(path)
        ) from exc
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ManifestError(
            "the existing manifest is not a list of rows; fix or remove it", source=str(path)
        )
    return rows
