"""The registry of record kinds: one entry per kind of record diplowire extracts.

Every stage that handles records of all kinds alike (the lists of
:class:`~diplowire.models.Records` and :class:`~diplowire.models.Dossier`, the merge,
the store's observations and merged tables, the exports, the JSON Lines output, the
timeline, the scores) loops over :data:`KINDS` instead of naming meetings, statements
and agreements one by one. What only one kind does stays beside its stage's code, in
a table keyed by :attr:`RecordKind.name`; ``tests/test_kinds.py`` fails while a stage
lacks the entry of a registered kind. The tables, in the order of the data flow:

- ``FINDERS`` in ``extraction/__init__.py``: the rules that find the kind's records;
- ``kinds()`` in ``merge/build.py``: how its reports are blocked, grouped and merged;
- ``CHILDREN`` in ``batch/store.py``: its child tables in the store (whose
  ``CREATE TABLE`` is in ``_TABLES`` there);
- ``_ROWS`` in ``batch/rows.py``: its rows in the merged tables;
- ``_DATED`` in ``timeline.py``: what of it is dated;
- ``SCORING`` in ``evaluation/articles.py``: how it is scored against gold.

>>> from diplowire.models.kinds import KINDS, by_name
>>> [kind.field for kind in KINDS]
['meetings', 'statements', 'agreements']
>>> by_name("statement").model.__name__
'Statement'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from diplowire.models.agreement import Agreement
from diplowire.models.meeting import Meeting
from diplowire.models.statement import Statement

if TYPE_CHECKING:
    from diplowire.models.dossier import Dossier
    from diplowire.models.records import Records

__all__ = [
    "KINDS",
    "AnyRecord",
    "KindName",
    "RecordKind",
    "by_field",
    "by_name",
    "count",
    "every_record",
    "extend",
    "fields",
    "lists",
    "observations_of",
    "summary",
]

AnyRecord = Meeting | Statement | Agreement
"""A record of any registered kind."""

KindName = Literal["meeting", "statement", "agreement"]
"""The name of one record of a registered kind (:attr:`RecordKind.name`)."""


@dataclass(frozen=True)
class RecordKind:
    """One kind of record and the names every stage knows it by."""

    field: str
    """Its list on :class:`~diplowire.models.Records` and
    :class:`~diplowire.models.Dossier`, and its merged table in a store (``meetings``)."""
    name: KindName
    """One record of it: the ``kind`` of its observation rows, the ``record_kind`` of its
    evidence rows, the ``type`` of its JSON Lines (``meeting``)."""
    model: type[AnyRecord]
    """Its pydantic model."""
    table: str
    """What a row of its merged table is (the Datasette description)."""

    def of(self, holder: Records | Dossier) -> list[AnyRecord]:
        """Its records in a :class:`~diplowire.models.Records` or a
        :class:`~diplowire.models.Dossier`."""
        records: list[AnyRecord] = getattr(holder, self.field)
        return records


KINDS: tuple[RecordKind, ...] = (
    RecordKind(
        field="meetings",
        name="meeting",
        model=Meeting,
        table="Meetings, one row per real-world meeting across articles.",
    ),
    RecordKind(
        field="statements",
        name="statement",
        model=Statement,
        table="Quotations and reported speech, one row per statement.",
    ),
    RecordKind(
        field="agreements",
        name="agreement",
        model=Agreement,
        table="Named pacts, one row per agreement across articles.",
    ),
)
"""Every kind of record, in the order of their lists in a dossier."""


def by_field(field: str) -> RecordKind:
    """The kind whose list is called ``field`` (``meetings``)."""
    for kind in KINDS:
        if kind.field == field:
            return kind
    raise KeyError(field)


def by_name(name: str) -> RecordKind:
    """The kind one record of which is called ``name`` (``meeting``)."""
    for kind in KINDS:
        if kind.name == name:
            return kind
    raise KeyError(name)


def lists(holder: Records | Dossier) -> dict[str, Any]:
    """The record lists of ``holder`` by field, in the registry's order, as keyword
    arguments of :class:`~diplowire.models.Records` or :class:`~diplowire.models.Dossier`
    (each its kind's list already)."""
    return {kind.field: kind.of(holder) for kind in KINDS}


def fields(found: Mapping[str, Sequence[AnyRecord]]) -> dict[str, Any]:
    """Lists of records by field (``{"meetings": [...], ...}``) as keyword arguments of
    :class:`~diplowire.models.Records` or :class:`~diplowire.models.Dossier`.

    The type checker cannot pair a list keyed by name with its field, so this is where
    the pairing is checked: every record must be its field's model.

    :raises TypeError: when a list holds a record of another kind, or the field is no
        registered kind's.
    """
    for field, records in found.items():
        model = by_field(field).model
        stray = next((r for r in records if not isinstance(r, model)), None)
        if stray is not None:
            raise TypeError(f"{field} holds a {type(stray).__name__}, not a {model.__name__}")
    return dict(found)


def extend(into: Records | Dossier, other: Records | Dossier) -> None:
    """Append every record list of ``other`` and its people to those of ``into``."""
    for kind in KINDS:
        kind.of(into).extend(kind.of(other))
    into.people.extend(other.people)


def every_record(holder: Records | Dossier) -> Iterator[AnyRecord]:
    """Every record of ``holder``, kind after kind."""
    for kind in KINDS:
        yield from kind.of(holder)


def count(holder: Records | Dossier) -> int:
    """How many records ``holder`` lists, of every kind."""
    return sum(len(kind.of(holder)) for kind in KINDS)


def observations_of(dossier: Dossier) -> Records:
    """A dossier's per-article records: its observations when merged, else its lists
    (shared, not copied)."""
    from diplowire.models.records import Records

    if dossier.observations is not None:
        return dossier.observations
    return Records.model_construct(**lists(dossier), people=dossier.people)


def summary(holder: Records | Dossier) -> str:
    """``'2 meetings, 3 statements, 1 agreements'``: each kind's count, as logs say it."""
    return ", ".join(f"{len(kind.of(holder))} {kind.field}" for kind in KINDS)
