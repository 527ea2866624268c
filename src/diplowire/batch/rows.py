"""A merged dossier as the rows of the store's merged tables.

The store's rebuild writes these rows, and so does a Parquet output of
:mod:`diplowire.batch.scale`: the two cannot drift apart. Each table's columns are in
the order the store creates them (:mod:`diplowire.batch.store`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from diplowire.models import Agreement, Dossier, Evidence, Meeting, Statement
from diplowire.models.kinds import KINDS

CHILDREN_FIRST = (
    "participants", "agreement_events", "sources", "copies",
    "meetings", "statements", "agreements", "people",
)  # fmt: skip
"""The merged tables, children before parents, so that deleting them in this order
keeps the foreign keys valid."""


def merged_rows(merged: Dossier) -> dict[str, list[tuple[object, ...]]]:
    """Rows of the merged tables for a merged dossier, parents before children."""
    tables: dict[str, list[tuple[object, ...]]] = {table: [] for table in reversed(CHILDREN_FIRST)}
    for kind in KINDS:
        rows_of = _ROWS[kind.name]
        for record in kind.of(merged):
            for table, row in rows_of(record):
                tables[table].append(row)
            tables["sources"].extend(_source_rows(record.id, kind.name, record.sources))
    tables["people"] = [
        (p.key, p.name, "; ".join(p.aliases), p.title, p.country) for p in merged.people
    ]
    tables["copies"] = [
        (n, article) for n, group in enumerate(merged.copies) for article in group.articles
    ]
    return tables


def _meeting_rows(meeting: Meeting) -> Iterator[tuple[str, tuple[object, ...]]]:
    yield "meetings", (
        meeting.id, meeting.date, meeting.location,
        "; ".join(p.name for p in meeting.participants),
        ",".join(sorted({p.country for p in meeting.participants if p.country})),
        meeting.duration_minutes, meeting.kind, meeting.format, meeting.forum,
        meeting.status, meeting.independent_sources,
        ",".join(c.field for c in meeting.conflicts), meeting.model_dump_json(),
    )  # fmt: skip
    for p in meeting.participants:
        yield "participants", (meeting.id, p.name, p.key, p.title, p.country)


def _statement_rows(statement: Statement) -> Iterator[tuple[str, tuple[object, ...]]]:
    speaker = statement.speaker
    yield "statements", (
        statement.id, speaker.name, speaker.key, speaker.country, statement.text,
        int(statement.direct), statement.date, statement.setting,
        statement.independent_sources, statement.model_dump_json(),
    )  # fmt: skip


def _agreement_rows(agreement: Agreement) -> Iterator[tuple[str, tuple[object, ...]]]:
    yield "agreements", (
        agreement.id, agreement.name, agreement.acronym, ",".join(agreement.parties),
        agreement.signed, agreement.expires, agreement.independent_sources,
        agreement.model_dump_json(),
    )  # fmt: skip
    for e in agreement.events:
        yield "agreement_events", (agreement.id, e.kind, e.date, e.actor)


_ROWS: dict[str, Callable[[Any], Iterator[tuple[str, tuple[object, ...]]]]] = {
    "meeting": _meeting_rows,
    "statement": _statement_rows,
    "agreement": _agreement_rows,
}
"""Per registered kind (:data:`~diplowire.models.kinds.KINDS`), a merged record's rows
as ``(table, row)``: its own table's first, then its child tables' (``CHILDREN``), in
the order of each table's columns in the store's schema."""


def _source_rows(record: str, kind: str, sources: Iterable[Evidence]) -> list[tuple[object, ...]]:
    # The record's id again under its kind's column: a foreign key per table, so that
    # tools which follow foreign keys (Datasette) link evidence to its record.
    links = tuple(record if kind == k.name else None for k in KINDS)
    return [(record, kind, s.article, s.paragraph, int(s.caption), s.text, *links) for s in sources]
