"""The streamed merge writes the very bytes of the in-memory merge's JSON."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplowire
from conftest import DATA, SEEDS
from diplowire import Dossier, merge
from diplowire.merge import merge_json

OWN = DATA / "extraction"
sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))


@pytest.fixture(scope="module")
def per_article() -> list[Dossier]:
    manifest = OWN / "manifest.json"
    return [
        diplowire.extract(path, manifest=manifest, merge=False)
        for path in sorted(OWN.glob("*.txt"))
    ]


def _streamed(dossiers: Iterable[Dossier]) -> str:
    out = io.BytesIO()
    merge_json(dossiers, out)
    return out.getvalue().decode()


def _once(dossiers: list[Dossier]) -> Iterator[Dossier]:
    yield from dossiers  # a generator: read once, never indexed


def test_per_article_dossiers_stream_to_the_merged_dossier(per_article: list[Dossier]) -> None:
    assert _streamed(_once(per_article)) == merge(*per_article).model_dump_json()


def test_the_seeds_stream_to_the_merged_dossier() -> None:
    unmerged = diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json", merge=False)
    assert _streamed([unmerged]) == merge(unmerged).model_dump_json()


def test_nothing_streams_to_the_empty_merged_dossier() -> None:
    assert _streamed([]) == merge().model_dump_json()


@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_merged_and_unmerged_dossiers_mixed(
    per_article: list[Dossier], data: st.DataObject
) -> None:
    pick = st.lists(st.sampled_from(per_article), min_size=1, max_size=4)
    merged = [merge(*data.draw(pick)) for _ in range(2)]
    mixed = [*merged, *data.draw(pick)]
    assert _streamed(_once(mixed)) == merge(*mixed).model_dump_json()
    # What it writes reads back as the merged dossier, and merges on like it.
    again = Dossier.model_validate_json(_streamed(mixed))
    assert again == merge(*mixed)
    assert _streamed([again, per_article[0]]) == merge(again, per_article[0]).model_dump_json()


def test_the_benchmark_reports_stream_to_the_merged_dossier() -> None:
    from merge_scale import per_article as reports
    from merge_scale import synthetic

    merged = merge(synthetic(3001))
    assert _streamed(reports(3001)) == merged.model_dump_json()
    assert len(merged.meetings) == 1001


def test_precise_reports_sharing_only_a_name_word_are_not_read_together() -> None:
    """Calls of different pairs that share a common name word in one month form no one
    candidate set (which would hold a million records at once), unless a vague report
    could be either; the merged bytes stay the in-memory merge's."""
    from diplowire.merge.build import PeopleTally, kinds
    from diplowire.merge.stream import _candidates, _json
    from diplowire.models import Meeting, Person

    def call(i: int, first: str, second: str, date: str | None) -> Meeting:
        return Meeting(
            id=f"m{i}",
            date=date,
            participants=[Person(name=first), Person(name=second)],
            kind="phone",
        )

    precise = [
        call(0, "Kim Jong Un", "Vladimir Putin", "2024-06-19"),
        call(1, "Kim Yong Hyun", "Gen Nakatani", "2024-06-21"),
    ]
    (meeting_kind, *_) = kinds({})
    sets = _candidates(meeting_kind, [_json(m) for m in precise], PeopleTally())
    assert sorted(map(sorted, sets)) == [[0], [1]]
    vague = [*precise, call(2, "Kim", "Putin", "2024-06")]
    sets = _candidates(meeting_kind, [_json(m) for m in vague], PeopleTally())
    assert any({0, 2} <= set(s) for s in sets)  # "Kim" may be either: read together
    dossier = Dossier(meetings=vague)
    assert _streamed([dossier]) == merge(dossier).model_dump_json()
