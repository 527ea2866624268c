"""Questions a store answers, in SQL over its readable tables, and table exports."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from diplowire.errors import StoreError
from diplowire.export_csv import write_csv_tables
from diplowire.names import name_key
from diplowire.store import Store, columns

TABLES = ("articles", "meetings", "participants", "statements", "agreements", "agreement_events",
          "people", "sources", "failures")  # fmt: skip
"""Tables that ``export --format csv|parquet`` writes, one file each."""


def meetings_between(
    store: Store, between: tuple[str, str] | None, since: str | None, until: str | None
) -> Iterator[dict[str, object]]:
    """Meetings (optionally between two countries) dated within ``since``..``until``."""
    sql = "SELECT id, date, participants, location FROM meetings WHERE 1=1"
    parameters: list[object] = []
    if between:
        for code in between:
            sql += " AND id IN (SELECT meeting FROM participants WHERE country = ?)"
            parameters.append(code.upper())
    if since:
        sql += " AND date >= ?"
        parameters.append(since)
    if until:
        # "2019-12" includes every day of December: compare against its last possible string.
        sql += " AND date <= ?"
        parameters.append(until + "~")
    yield from store.rows(sql + " ORDER BY date", parameters)


def agreement_timeline(store: Store, name: str) -> Iterator[dict[str, object]]:
    """The dated events of the agreement with this acronym or name."""
    yield from store.rows(
        "SELECT e.date, e.kind, e.actor FROM agreement_events e JOIN agreements a "
        "ON a.id = e.agreement WHERE upper(a.acronym) = upper(?) OR lower(a.name) = lower(?) "
        "ORDER BY coalesce(e.date, '9999'), e.kind",
        (name, name),
    )


def said_by(store: Store, person: str) -> Iterator[dict[str, object]]:
    """Everything the person (any spelling) is reported to have said."""
    yield from store.rows(
        "SELECT date, text, direct FROM statements WHERE speaker_key = ? ORDER BY date, id",
        (name_key(person),),
    )


def write_tables(store: Store, directory: Path, fmt: str, *, bom: bool = False) -> None:
    """One CSV (see :mod:`diplowire.export_csv`) or Parquet file per table of the store."""
    if fmt == "csv":
        write_csv_tables(store, directory, TABLES, bom=bom)
        return
    directory.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        values = list(store.db.execute(f"SELECT * FROM {table}"))
        write_parquet(directory / f"{table}.parquet", columns(table), values)


def write_parquet(
    path: Path, table_columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[object]]
) -> None:
    """Write rows as one Parquet file, typed as the store declares its columns.

    Declared types, not types guessed from the values, so that every file of a table
    (one per partition of a distributed run) has the same schema, even a file whose
    column holds only nulls. The file appears whole or not at all: it is written
    beside its final name and renamed.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise StoreError(
            "Parquet export needs pyarrow: pip install 'diplowire[parquet]'", stage="export"
        ) from exc
    schema = pa.schema(
        [(name, pa.int64() if kind == "INTEGER" else pa.string()) for name, kind in table_columns]
    )
    data = {name: [row[i] for row in rows] for i, (name, _) in enumerate(table_columns)}
    partial = path.with_name(f".{path.name}.partial")
    pq.write_table(pa.table(data, schema=schema), partial)
    partial.replace(path)
