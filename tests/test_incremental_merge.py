"""The store's incremental merge gives, row for row, the tables of a full merge.

Real articles (``tests/data/real``), read once: stores filled in batches of several
sizes and orders are compared with one store filled at once and with the rows of
:func:`diplowire.merge` over every stored record.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplowire.batch import remerge
from diplowire.batch import store as store_module
from diplowire.batch.ingest import combine, extract_one
from diplowire.batch.rows import merged_rows
from diplowire.batch.store import Store
from diplowire.merge import merge
from diplowire.models import Article, Dossier, Evidence, Meeting, Person
from diplowire.options import Options

REAL = Path(__file__).resolve().parent / "data" / "real"
TABLES = (
    "meetings", "participants", "statements", "agreements", "agreement_events", "people",
    "sources", "copies",
)  # fmt: skip


@pytest.fixture(scope="module")
def dossiers() -> list[Dossier]:
    """One unmerged dossier per real article, in manifest order."""
    manifest = REAL / "manifest.json"
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    found = [
        extract_one(str(REAL / e["path"]), manifest=str(manifest), timeout=60, options=Options())
        for e in entries
    ]
    assert all(d.articles and not d.failures for d in found)
    return found


@pytest.fixture
def updates(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[remerge.Update]]:
    """Every update the stores plan, to tell an incremental merge from a full one."""
    planned: list[remerge.Update] = []

    def recorded(*args: object, **kwargs: object) -> remerge.Update:
        update = remerge.plan(*args, **kwargs)  # type: ignore[arg-type]
        planned.append(update)
        return update

    monkeypatch.setattr(store_module, "plan", recorded)
    yield planned


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every merged table's rows, in an order that does not depend on how they were written."""
    with Store(path, readonly=True) as store:
        return {
            table: sorted(store.db.execute(f"SELECT * FROM {table}"), key=repr) for table in TABLES
        }


def reference(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The rows of a full :func:`merge` of every record the store holds."""
    with Store(path, readonly=True) as store:
        rows = merged_rows(merge(store.observed()))
    return {table: sorted(rows[table], key=repr) for table in TABLES}


def filled(path: Path, batches: list[list[Dossier]]) -> Path:
    with Store(path) as store:
        for batch in batches:
            store.add(combine(batch))
    return path


def test_adding_half_then_the_other_half_equals_one_full_ingest(
    dossiers: list[Dossier], tmp_path: Path, updates: list[remerge.Update]
) -> None:
    whole = tables(filled(tmp_path / "whole.db", [dossiers]))
    assert [u.full for u in updates] == [True]
    half = len(dossiers) // 2
    updates.clear()
    halves = filled(tmp_path / "halves.db", [dossiers[:half], dossiers[half:]])
    assert [u.full for u in updates] == [True, False]
    second = updates[1]
    # The second half joined stored records into new merged ones: a real re-merge,
    # not one that only appended.
    assert sum(len(ids) for ids in second.removed.values()) > 0
    assert second.records < len(whole["meetings"]) + len(whole["statements"]) + len(
        whole["agreements"]
    )
    assert tables(halves) == whole
    assert whole == reference(halves)
    assert whole["meetings"] and whole["copies"] and whole["agreements"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batches_in_any_order_and_size_equal_one_full_ingest(
    dossiers: list[Dossier], tmp_path: Path, seed: int, updates: list[remerge.Update]
) -> None:
    shuffled = random.Random(seed).sample(dossiers, len(dossiers))
    cuts = sorted(random.Random(seed).sample(range(1, len(shuffled)), 6))
    batches = [shuffled[a:b] for a, b in zip([0, *cuts], [*cuts, len(shuffled)], strict=True)]
    path = filled(tmp_path / "batches.db", batches)
    assert [u.full for u in updates] == [True] + [False] * (len(batches) - 1)
    assert tables(path) == reference(path)


def test_a_store_written_without_the_index_is_merged_in_full(
    dossiers: list[Dossier], tmp_path: Path, updates: list[remerge.Update]
) -> None:
    path = filled(tmp_path / "store.db", [dossiers[:100]])
    with Store(path) as store:
        # What a diplowire without the index leaves: articles added, none filed as pending.
        store.add(combine(dossiers[100:200]), rebuild=False)
        store.db.execute("DELETE FROM merge_pending")
        store.rebuild()
        store.add(combine(dossiers[200:]))
    assert [u.full for u in updates] == [True, True, False]
    assert tables(path) == reference(path)


def test_a_merged_dossier_written_as_it_is_leaves_no_index_behind(
    dossiers: list[Dossier], tmp_path: Path, updates: list[remerge.Update]
) -> None:
    path = tmp_path / "store.db"
    with Store(path) as store:
        store.add(merge(dossiers[:150]))  # written as it is: no merge planned
        store.add(combine(dossiers[150:]))
    assert [u.full for u in updates] == [True]
    assert tables(path) == reference(path)


def _article(key: str, words: range, published: str) -> Article:
    return Article(id=key, paragraphs=[" ".join(f"w{i}" for i in words)], published=published)


def _meeting(article: str, *names: str, country: str | None = None) -> Meeting:
    return Meeting(
        id=f"{article}-m0",
        date="2024-03-05",
        participants=[Person(name=name, country=country) for name in names],
        sources=[Evidence(article=article, paragraph=0, text="They met.")],
    )


def test_an_article_that_bridges_two_stored_reports_into_one_copy_re_merges_their_record(
    tmp_path: Path, updates: list[remerge.Update]
) -> None:
    # Two reports of one meeting, 41 % alike: two independent sources. A third article,
    # with no record at all, is a copy of each (66 %): the three carry one copy.
    first, second = "a" * 16, "b" * 16
    reports = Dossier(
        articles=[_article(first, range(0, 100), "2024-03-05"),
                  _article(second, range(40, 140), "2024-03-06")],
        meetings=[_meeting(first, "Ann Lee", "Bo Kim"), _meeting(second, "Ann Lee", "Bo Kim")],
    )  # fmt: skip
    bridge = Dossier(articles=[_article("c" * 16, range(20, 120), "2024-03-07")])
    path = filled(tmp_path / "store.db", [[reports], [bridge]])
    assert [u.full for u in updates] == [True, False]
    assert updates[1].removed["meeting"]  # the stored record was merged again
    with Store(path, readonly=True) as store:
        (independent,) = store.db.execute("SELECT independent_sources FROM meetings").fetchone()
    assert independent == 1
    assert tables(path) == reference(path)


def test_a_batch_that_changes_how_a_person_is_named_re_merges_the_records_naming_them(
    tmp_path: Path, updates: list[remerge.Update]
) -> None:
    # Ann Lee's country is unknown until two reports of another meeting give it: the
    # stored meeting, in a block of its own, must name her as the people table does.
    first, second, third = "a" * 16, "b" * 16, "c" * 16
    stored = Dossier(
        articles=[_article(first, range(0, 50), "2024-03-05")],
        meetings=[_meeting(first, "Ann Lee", "Bo Kim")],
    )
    later = Dossier(
        articles=[_article(second, range(100, 150), "2024-05-05"),
                  _article(third, range(200, 250), "2024-05-06")],
        meetings=[_meeting(second, "Ann Lee", "Cy Park", country="KR"),
                  _meeting(third, "Ann Lee", "Di Oh", country="KR")],
    )  # fmt: skip
    path = filled(tmp_path / "store.db", [[stored], [later]])
    assert [u.full for u in updates] == [True, False]
    assert tables(path) == reference(path)
    with Store(path, readonly=True) as store:
        countries = {row[0] for row in store.db.execute("SELECT countries FROM meetings")}
    assert countries == {"KR"}


def test_the_csv_export_is_the_same_after_a_full_or_a_partial_merge(
    dossiers: list[Dossier], tmp_path: Path
) -> None:
    """Row order in the tables may differ; the files a user exports may not."""
    from diplowire.batch.export_csv import write_csv_tables
    from diplowire.batch.queries import TABLES as EXPORTED

    half = len(dossiers) // 2
    exported = []
    for name, batches in (("whole", [dossiers]), ("halves", [dossiers[:half], dossiers[half:]])):
        with Store(filled(tmp_path / f"{name}.db", batches), readonly=True) as store:
            write_csv_tables(store, tmp_path / name, EXPORTED)
        # The articles' rows differ only by when each was ingested.
        merged = [t for t in EXPORTED if t != "articles"]
        exported.append({t: (tmp_path / name / f"{t}.csv").read_bytes() for t in merged})
    assert exported[0] == exported[1]


def _report(article: str, date: str, location: str | None = None) -> Meeting:
    return Meeting(
        id=f"{article}-m0",
        date=date,
        location=location,
        participants=[Person(name="Ann Lee"), Person(name="Bo Kim")],
        sources=[Evidence(article=article, paragraph=0, text="They met.")],
    )


def test_a_new_meeting_that_a_stored_vague_report_may_also_be_re_places_that_report(
    tmp_path: Path, updates: list[remerge.Update]
) -> None:
    # A report dated to the month joins the one meeting of the pair that month. A batch
    # reports a second meeting of theirs that month, elsewhere: the vague report may be
    # either and must leave the first one's record, though the new meeting shares no
    # record with it.
    first, vague, second = "a" * 16, "b" * 16, "c" * 16
    stored = Dossier(
        articles=[_article(first, range(0, 50), "2024-03-05"),
                  _article(vague, range(100, 150), "2024-03-25")],
        meetings=[_report(first, "2024-03-05", "Seoul"), _report(vague, "2024-03")],
    )  # fmt: skip
    later = Dossier(
        articles=[_article(second, range(200, 250), "2024-03-20")],
        meetings=[_report(second, "2024-03-20", "Tokyo")],
    )
    path = tmp_path / "store.db"
    with Store(path) as store:
        store.add(stored)
        (before,) = store.db.execute("SELECT count(*) FROM meetings").fetchone()
        store.add(later)
        conflicts = [row[0] for row in store.db.execute("SELECT conflicts FROM meetings")]
    assert [u.full for u in updates] == [True, False]
    assert before == 1
    assert sorted(conflicts) == ["", "", "candidates"]
    assert tables(path) == reference(path)


def _printed(story: int, version: int) -> Article:
    """One print of a story: its own words, cut or edited by version, and a stock line
    every article carries (the values its sketches share become common as more come)."""
    own = [f"k{story}w{i}" for i in range(60 - 15 * (version % 3))]
    if version >= 3:
        own[::7] = [f"v{version}e{i}" for i in range(len(own[::7]))]  # an edited reprint
    stock = [f"stock{i}" for i in range(30)]
    day = f"2024-{1 + story % 12:02d}-{1 + (story + version) % 27:02d}"
    key = f"{story:08d}{version:08d}"
    return Article(id=key, paragraphs=[" ".join([*own, *stock])], published=day)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_copies_found_batch_by_batch_as_stock_phrasing_grows_common_equal_a_full_merge(
    tmp_path: Path, seed: int, updates: list[remerge.Update]
) -> None:
    order = random.Random(seed)
    articles = [_printed(story, version) for story in range(40) for version in range(story % 5)]
    order.shuffle(articles)
    cuts = sorted(order.sample(range(1, len(articles)), 7))
    batches = [
        [Dossier(articles=articles[a:b])]
        for a, b in zip([0, *cuts], [*cuts, len(articles)], strict=True)
    ]
    path = filled(tmp_path / "store.db", batches)
    assert [u.full for u in updates] == [True] + [False] * (len(batches) - 1)
    # Stored articles were compared under new values once the stock line grew common.
    assert any(u.rebucketed for u in updates)
    found = tables(path)
    assert len({grp for grp, _ in found["copies"]}) > 10
    assert found == reference(path)
