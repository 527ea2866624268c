"""Metadata that makes a store read well in Datasette: what each table and column holds.

Column descriptions come from the record models' field descriptions (the text of the
JSON Schema and the docs), so the three cannot disagree; the columns only the store
has are described here. The store's foreign keys (evidence to its article and record,
participants and speakers to ``people``) are what Datasette turns into links::

    $ diplowire datasette-metadata --db news.db > metadata.json
    $ datasette serve news.db --metadata metadata.json
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from diplowire.batch.store import CHILDREN, columns
from diplowire.models import Article, Failure, Person
from diplowire.models.agreement import AgreementEvent
from diplowire.models.kinds import KINDS

_CHILD_TABLES: dict[str, tuple[str, type[BaseModel] | None]] = {
    "participants": ("Who took part in each meeting.", None),
    "agreement_events": ("Dated lifecycle events of each agreement.", AgreementEvent),
}

TABLES: dict[str, tuple[str, type[BaseModel] | None]] = {
    "articles": ("Each document read: outlet, wire, title, date, clean body.", Article),
    # Each kind's table, then the tables of its children.
    **{
        table: entry
        for kind in KINDS
        for table, entry in (
            (kind.field, (kind.table, kind.model)),
            *((child, _CHILD_TABLES[child]) for child, _ in CHILDREN[kind.name]),
        )
    },
    "people": ("Everyone the records name, one row per person.", Person),
    "sources": ("Evidence: the article sentence each record comes from.", None),
    "copies": ("Articles that carry the same wire copy (one independent source).", None),
    "failures": ("Inputs that could not be read, with the stage and the reason.", Failure),
    "observations": ("The per-article records the merged tables are built from.", None),
    "meta": ("The store's schema version and state.", None),
    "meeting_sources": ("Each meeting with the articles and sentences reporting it.", None),
    "statement_sources": ("Each statement with the articles and sentences reporting it.", None),
    "agreement_sources": ("Each agreement with the articles and sentences naming it.", None),
}
"""Table descriptions, and the model whose field descriptions describe its columns."""

STORE_COLUMNS = {
    "json": "The whole record as JSON (every field, with its evidence).",
    "body": "The article's clean paragraphs, one per line.",
    "ingested_at": "When the article was added to the store (UTC).",
    "participants": "The participants' names, joined with '; '.",
    "countries": "The participants' ISO country codes, joined with ','.",
    "conflicts": "Fields on which the reports disagree, joined with ','.",
    "speaker": "Who spoke: a person, an institution or an anonymous source.",
    "speaker_key": "The speaker's match key in people.",
    "speaker_country": "The speaker's ISO country code.",
    "meeting": "The meeting this row belongs to.",
    "statement": "The statement this evidence supports.",
    "agreement": "The agreement this row belongs to.",
    "record": "Id of the meeting, statement or agreement this evidence supports.",
    "record_kind": "Which table record names: meeting, statement or agreement.",
    "article": "Id of the article.",
    "paragraph": "Index of the paragraph (or caption) in the article.",
    "caption": "1 when the sentence is from a photo caption.",
    "text": "The text itself.",
    "grp": "Number of the group of copies.",
    "kind": "What kind of row this is.",
    "at": "When it happened (UTC).",
    "aliases": "Other names, joined with '; '.",
}
"""Descriptions of columns that no model field describes, or describes otherwise."""


def metadata(database: str = "news") -> dict[str, Any]:
    """Datasette metadata for a store served under the name ``database``.

    >>> from diplowire.batch.datasette_metadata import metadata
    >>> meta = metadata("news")["databases"]["news"]["tables"]
    >>> meta["meetings"]["columns"]["duration_minutes"]
    'Length of the meeting.'
    """
    tables: dict[str, Any] = {}
    for table, (description, model) in TABLES.items():
        entry: dict[str, Any] = {"description": description}
        if table not in _VIEWS:
            entry["columns"] = {
                name: _describe(name, model) for name, _ in columns(table) if _describe(name, model)
            }
        tables[table] = entry
    return {
        "title": "diplowire store",
        "description": "Diplomatic news read by diplowire: articles, meetings, statements and "
        "agreements, each linked to the article sentences it comes from.",
        "databases": {database: {"tables": tables}},
    }


_VIEWS = frozenset(f"{kind.name}_sources" for kind in KINDS)


def _describe(column: str, model: type[BaseModel] | None) -> str:
    if column in STORE_COLUMNS and (model is None or column not in model.model_fields):
        return STORE_COLUMNS[column]
    field = model.model_fields.get(column) if model is not None else None
    if field is not None and field.description:
        return field.description
    if column == "id":
        return "The row's stable id."
    return STORE_COLUMNS.get(column, "")


def database_name(path: str | Path) -> str:
    """The name Datasette serves a database file under: its file name without suffix."""
    return Path(path).stem
