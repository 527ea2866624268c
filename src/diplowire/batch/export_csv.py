"""CSV tables that open cleanly in a spreadsheet.

One file per store table, without the store's whole-record ``json`` column: the fields
that live only inside it become their own columns, lists and objects as columns named
``<field>_json`` holding JSON. Evidence, agreement events and participants are their
own linked tables (``sources``, ``agreement_events``, ``participants``), joined by id.
A cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) is prefixed with ``'``, the OWASP advice for CSV
injection. UTF-8, with a byte-order mark on request so that Excel reads accents.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from pydantic import BaseModel

from diplowire.batch.store import Store, columns, sorted_rows_sql
from diplowire.models import Article
from diplowire.models.kinds import KINDS

MODELS: dict[str, type[BaseModel]] = {
    "articles": Article,
    **{kind.field: kind.model for kind in KINDS},
}
"""Tables whose ``json`` column holds a whole record of this model."""

LINKED_ELSEWHERE = frozenset({"id", "sources", "events", "paragraphs"})
"""Fields with a table or column of their own (``paragraphs`` is ``articles.body``)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A cell a spreadsheet will show as text, never run as a formula.

    >>> from diplowire.batch.export_csv import neutralise
    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("Seoul"), neutralise(-3)
    ('\\'=HYPERLINK("http://x")', 'Seoul', -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_columns(table: str) -> list[tuple[str, str | None]]:
    """``(column name, record field or None)`` for one table's CSV file, in order."""
    flat = [name for name, _ in columns(table) if name != "json"]
    header: list[tuple[str, str | None]] = [(name, None) for name in flat]
    model = MODELS.get(table)
    if model is None:
        return header
    for field, info in model.model_fields.items():
        if field in flat or field in LINKED_ELSEWHERE:
            continue
        annotation = str(info.annotation)
        nested = "list" in annotation or "Rule" in annotation or "dict" in annotation
        header.append((f"{field}_json" if nested else field, field))
    return header


def table_rows(store: Store, table: str) -> Iterator[list[object]]:
    """The CSV rows of one table, header first."""
    header = csv_columns(table)
    yield [name for name, _ in header]
    for row in store.rows(sorted_rows_sql(table)):
        record = json.loads(str(row["json"])) if "json" in row else {}
        cells: list[object] = []
        for name, field in header:
            value = row[name] if field is None else record.get(field)
            if name.endswith("_json") and field is not None:
                value = json.dumps(value, ensure_ascii=False) if value not in (None, []) else ""
            cells.append(neutralise(value))
        yield cells


def write_csv_tables(
    store: Store, directory: Path, tables: Sequence[str], *, bom: bool = False
) -> None:
    """One CSV file per table in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    encoding = "utf-8-sig" if bom else "utf-8"
    for table in tables:
        with (directory / f"{table}.csv").open("w", newline="", encoding=encoding) as handle:
            csv.writer(handle).writerows(table_rows(store, table))
