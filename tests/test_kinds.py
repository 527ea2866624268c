"""The registry of record kinds: every stage that handles a kind has an entry for each one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import diplowire
from diplowire import Dossier, Records
from diplowire.batch import datasette_metadata, export_csv, rows, store
from diplowire.evaluation.articles import SCORING
from diplowire.evaluation.gold import GoldSet
from diplowire.extraction import FINDERS
from diplowire.merge.build import kinds
from diplowire.models.kinds import KINDS, by_field, by_name, observations_of
from diplowire.timeline import _DATED

NAMES = [kind.name for kind in KINDS]
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_every_stage_has_an_entry_for_every_kind() -> None:
    for per_kind in (FINDERS, rows._ROWS, store.CHILDREN, SCORING, _DATED):
        assert list(per_kind) == NAMES
    assert [merging.record for merging in kinds({})] == list(KINDS)
    assert all(kind.field in export_csv.MODELS for kind in KINDS)
    assert all(kind.field in datasette_metadata.TABLES for kind in KINDS)


def test_the_model_lists_follow_the_registry() -> None:
    fields = [kind.field for kind in KINDS]
    assert [f for f in Records.model_fields if f != "people"] == fields
    assert [f for f in Dossier.model_fields if f in fields] == fields
    assert [f for f in GoldSet.model_fields if f in fields] == fields
    for kind in KINDS:
        assert Records.model_fields[kind.field].annotation == list[kind.model]
        assert by_name(kind.name) is by_field(kind.field) is kind


def test_the_store_has_a_table_and_an_evidence_link_per_kind() -> None:
    db = sqlite3.connect(":memory:")
    db.executescript(store._SCHEMA)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    sources = [row[1] for row in db.execute("PRAGMA table_info(sources)")]
    assert sources[-len(KINDS) :] == NAMES
    for kind in KINDS:
        assert {kind.field, f"{kind.name}_sources"} <= tables
        for child, column in store.CHILDREN[kind.name]:
            assert column in [row[1] for row in db.execute(f"PRAGMA table_info({child})")]


def test_each_kinds_rows_go_to_its_table_and_its_childrens() -> None:
    merged = diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json")
    tables = rows.merged_rows(merged)
    for kind in KINDS:
        records = kind.of(merged)
        assert records, kind.field  # the seeds report every kind
        allowed = {kind.field, *(child for child, _ in store.CHILDREN[kind.name])}
        for record in records:
            assert {table for table, _ in rows._ROWS[kind.name](record)} <= allowed
        assert [row[0] for row in tables[kind.field]] == [r.id for r in records]
        evidence = [row for row in tables["sources"] if row[1] == kind.name]
        assert len(evidence) == sum(len(r.sources) for r in records)


def test_observations_of_an_unmerged_dossier_are_its_lists() -> None:
    dossier = Dossier()
    observed = observations_of(dossier)
    assert all(kind.of(observed) is kind.of(dossier) for kind in KINDS)
