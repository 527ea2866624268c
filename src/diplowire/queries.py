"""Questions a store answers, in SQL over its readable tables, and table exports."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from diplowire.errors import StoreError
from diplowire.names import name_key
from diplowire.store import Store

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


def write_tables(store: Store, directory: Path, fmt: str) -> None:
    """One CSV or Parquet file per table of the store."""
    directory.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        rows = list(store.rows(f"SELECT * FROM {table}"))
        columns = [d[1] for d in store.db.execute(f"PRAGMA table_info({table})")]
        if fmt == "csv":
            with (directory / f"{table}.csv").open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)
        else:
            _parquet(directory / f"{table}.parquet", columns, rows)


def _parquet(path: Path, columns: list[str], rows: list[dict[str, object]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise StoreError(
            "Parquet export needs pyarrow: pip install 'diplowire[parquet]'", stage="export"
        ) from exc
    table = pa.table({column: [row.get(column) for row in rows] for column in columns})
    pq.write_table(table, path)
