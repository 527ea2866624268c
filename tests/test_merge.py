"""Merging across outlets: one record per real-world event, conflicts kept, algebra proved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplowire
from conftest import DATA, GOLD, SEEDS, shared_or_skip
from diplowire import Dossier, merge
from diplowire.merge import unionfind
from diplowire.models import Evidence, Meeting, Person

OWN = DATA / "extraction"


@pytest.fixture(scope="module")
def seeds() -> Dossier:
    return diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json")


@pytest.fixture(scope="module")
def per_article() -> list[Dossier]:
    """The own articles, one unmerged dossier each (the inputs of the algebra tests)."""
    manifest = OWN / "manifest.json"
    return [
        diplowire.extract(path, manifest=manifest, merge=False)
        for path in sorted(OWN.glob("*.txt"))
    ]


def _stems(dossier: Dossier, article_ids: set[str]) -> list[str]:
    by_id = {a.id: Path(a.source or "").stem for a in dossier.articles}
    return sorted(by_id[i] for i in article_ids)


def test_seeds_merge_as_the_gold_says(seeds: Dossier) -> None:
    gold = json.loads(shared_or_skip(GOLD / "seeds-merged.json").read_text())
    for expected in gold["meetings"]:
        found = [
            m
            for m in seeds.meetings
            if m.date == expected["date"]
            and {p.key for p in m.participants}
            == {Person(name=n).key for n in expected["participants"]}
        ]
        assert len(found) == 1, expected["what"]
        (meeting,) = found
        assert _stems(seeds, {s.article for s in meeting.sources}) == expected["articles"]
        assert meeting.independent_sources == len(expected["articles"])
    (gsomia,) = [a for a in seeds.agreements if a.acronym == "GSOMIA"]
    expected_gsomia = gold["agreements"][0]
    assert _stems(seeds, {s.article for s in gsomia.sources}) == expected_gsomia["articles"]
    events = {(e.kind, e.date) for e in gsomia.events}
    assert events == {tuple(event) for event in expected_gsomia["events"]}
    for variants in gold["people"]:
        keys = {Person(name=v).key for v in variants}
        (person,) = [p for p in seeds.people if p.key in keys]
        assert sorted([person.name, *person.aliases]) == sorted(variants)


def test_one_kono_jeong_meeting(seeds: Dossier) -> None:
    found = [
        m
        for m in seeds.meetings
        if {p.name for p in m.participants} == {"Taro Kono", "Jeong Kyeong-doo"}
    ]
    assert len(found) == 1 and found[0].duration_minutes == 40


def test_three_outlets_one_meeting_with_a_conflicting_duration() -> None:
    dossier = diplowire.extract(OWN, manifest=OWN / "manifest.json")
    (vilnius,) = [
        m
        for m in dossier.meetings
        if m.date == "2023-07-12"
        and {p.name for p in m.participants} == {"Fumio Kishida", "Yoon Suk Yeol"}
    ]
    assert vilnius.independent_sources == 3
    (conflict,) = [c for c in vilnius.conflicts if c.field == "duration_minutes"]
    assert sorted(claim.value for claim in conflict.claims) == [40, 60]  # type: ignore[type-var]
    assert vilnius.duration_minutes in (40, 60)
    for claim in conflict.claims:
        assert claim.sources, "every value keeps where it was read"
    # The same two leaders' other meetings stay apart: March in Tokyo, May in Seoul,
    # May in Hiroshima.
    pair = [
        m
        for m in dossier.meetings
        if {p.name for p in m.participants} == {"Fumio Kishida", "Yoon Suk Yeol"}
    ]
    assert {(m.date, m.location) for m in pair} >= {
        ("2023-03", "Tokyo"),
        ("2023-05", "Seoul"),
        ("2023-05", "Hiroshima"),
        ("2023-07-12", "Vilnius"),
    }


def test_two_meetings_of_the_same_pair_on_different_days_stay_apart(seeds: Dossier) -> None:
    pair = [
        m
        for m in seeds.meetings
        if {p.key for p in m.participants}
        == {Person(name="Shigeki Takizaki").key, Person(name="Kim Jung Han").key}
    ]
    assert sorted(m.date for m in pair) == ["2019-10-16", "2019-11-15"]


WIRE = (
    "SEOUL, April 3 (Yonhap) -- South Korean Foreign Minister Cho Tae-yul held talks with "
    "Indonesian Foreign Minister Retno Marsudi in Seoul on Wednesday and agreed to expand "
    "defense industry cooperation, the ministry said.\n\n"
    "The two ministers also discussed North Korea's missile launches and the situation in "
    "the South China Sea during the 90-minute meeting, officials said.\n\n"
    "Retno is the first Indonesian foreign minister to visit Seoul in three years."
)


def test_a_wire_story_republished_verbatim_is_one_source(tmp_path: Path) -> None:
    (tmp_path / "yonhap.txt").write_text("Cho, Retno meet\n\n" + WIRE)
    (tmp_path / "republisher.txt").write_text(
        "Korea, Indonesia talk defense\n\n" + WIRE + "\n\nSource: Yonhap News Agency"
    )
    (tmp_path / "manifest.json").write_text(
        json.dumps(
            [
                {
                    "path": "yonhap.txt",
                    "url": "https://en.yna.co.kr/view/AEN1",
                    "published": "2024-04-03",
                },
                {
                    "path": "republisher.txt",
                    "url": "https://www.koreanewsdigest.com/x",
                    "published": "2024-04-03",
                },
            ]
        )
    )
    merged = diplowire.extract(tmp_path, manifest=tmp_path / "manifest.json")
    (group,) = merged.copies
    assert sorted(group.articles) == sorted(a.id for a in merged.articles)
    assert group.similarity >= 0.9
    (meeting,) = merged.meetings
    assert {p.name for p in meeting.participants} == {"Cho Tae-yul", "Retno Marsudi"}
    assert len({s.article for s in meeting.sources}) == 2
    assert meeting.independent_sources == 1  # the same copy, printed twice


def test_an_agreement_by_acronym_in_one_article_and_by_name_in_another() -> None:
    named = (
        "Pact signed\n\nTOKYO (Kyodo) -- Japan and the Philippines signed the Reciprocal Access "
        "Agreement in Manila on Monday, allowing their troops to train in each other's countries."
    )
    acronym = (
        "RAA ratified\n\nMANILA (AP) -- The Philippine Senate ratified the RAA on Tuesday, "
        "clearing the way for the pact with Japan to take effect in September."
    )
    dossier = diplowire.extract(named, acronym, merge=True)
    found = [a for a in dossier.agreements if a.name or a.acronym]
    assert len(found) == 1
    (pact,) = found
    assert (pact.name, pact.acronym) == ("Reciprocal Access Agreement", "RAA")
    assert len({s.article for s in pact.sources}) == 2


# -- the algebra ----------------------------------------------------------------------


def _canonical(dossier: Dossier) -> str:
    return dossier.model_dump_json()


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_merge_is_associative_commutative_idempotent(
    per_article: list[Dossier], data: st.DataObject
) -> None:
    pick = st.lists(st.sampled_from(per_article), min_size=1, max_size=5)
    a, b, c = (merge(*data.draw(pick)) for _ in range(3))
    assert _canonical(merge(a, b)) == _canonical(merge(b, a))
    assert _canonical(merge(merge(a, b), c)) == _canonical(merge(a, merge(b, c)))
    assert _canonical(merge(a, a)) == _canonical(a)
    assert _canonical(merge(a)) == _canonical(a)


def test_incremental_merge_equals_one_batch(per_article: list[Dossier]) -> None:
    batch = merge(*per_article)
    running = merge()
    for dossier in reversed(per_article):
        running = merge(running, dossier)
    assert _canonical(running) == _canonical(batch)
    assert _canonical(batch) == _canonical(diplowire.extract(OWN, manifest=OWN / "manifest.json"))


def test_merged_sources_point_at_articles_of_the_dossier(per_article: list[Dossier]) -> None:
    merged = merge(*per_article)
    ids = {a.id for a in merged.articles}
    for record in [*merged.meetings, *merged.statements, *merged.agreements]:
        assert record.sources
        assert {s.article for s in record.sources} <= ids


def _word(number: int) -> str:
    """A distinct letters-only name for each number (name keys ignore digits)."""
    letters = ""
    while True:
        number, rest = divmod(number, 26)
        letters += chr(ord("a") + rest)
        if not number:
            return letters.capitalize()


def test_comparisons_grow_linearly_with_records(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = unionfind.components

    def counting(items, blocks, same):  # type: ignore[no-untyped-def]
        def counted(a, b):  # type: ignore[no-untyped-def]
            nonlocal calls
            calls += 1
            return same(a, b)

        return real(items, blocks, counted)

    import importlib

    monkeypatch.setattr(importlib.import_module("diplowire.merge.build"), "components", counting)

    def synthetic(n: int) -> Dossier:
        meetings = []
        for i in range(n):
            # Each real meeting is reported three times; more records, more meetings.
            event = i // 3
            pair = [Person(name=f"{_word(event)} Alpha"), Person(name=f"{_word(event + 1)} Beta")]
            day = f"2020-{1 + event % 12:02d}-{1 + event % 28:02d}"
            evidence = Evidence(article=f"a{i}", paragraph=0, text="They met.")
            meetings.append(Meeting(id=f"a{i}-m0", date=day, participants=pair, sources=[evidence]))
        return Dossier(meetings=meetings)

    counts = []
    for n in (3000, 6000):
        calls = 0
        merged = merge(synthetic(n))
        assert len(merged.meetings) == n // 3
        counts.append(calls)
    assert 0 < counts[1] <= 2.5 * counts[0]


def test_stock_phrasing_shared_by_many_articles_does_not_make_them_copies() -> None:
    from diplowire.merge.copies import find_copies
    from diplowire.models import Article

    stock = (
        "The foreign ministry said in a statement that the two sides agreed to keep in "
        "close contact through diplomatic channels and to continue the dialogue at every level."
    )
    articles = [
        Article(
            id=f"{i:016x}",
            published="2024-05-01",
            # Distinct stories that end with the same boilerplate paragraph.
            paragraphs=[" ".join(f"story{i} word{j} item{i * j}" for j in range(40)), stock],
        )
        for i in range(60)
    ]
    copy = articles[7].model_copy(update={"id": "f" * 16})
    groups = find_copies([*articles, copy])
    assert [sorted(g.articles) for g in groups] == [sorted([articles[7].id, copy.id])]


def test_a_talking_point_repeated_months_later_is_a_new_statement() -> None:
    from diplowire.models import Article, Statement

    words = "We cannot accept any unilateral attempt to change the status quo by force"
    published = {"a1": "2024-03-02", "a2": "2024-03-03", "a3": "2024-09-20"}
    dossier = Dossier(
        articles=[
            Article(id=f"{key:0>16}", published=day, paragraphs=[words])
            for key, day in published.items()
        ],
        statements=[
            Statement(
                id=f"{key:0>16}-s0",
                speaker=Person(name="Ho Jang-jin"),
                text=words,
                direct=True,
                sources=[Evidence(article=f"{key:0>16}", paragraph=0, text=words)],
            )
            for key in published
        ],
    )
    merged = merge(dossier)
    assert sorted(len(s.sources) for s in merged.statements) == [1, 2]
    (reported_twice,) = [s for s in merged.statements if len(s.sources) == 2]
    assert {e.article for e in reported_twice.sources} == {"00000000000000a1", "00000000000000a2"}


def test_merge_leaves_the_cycle_collector_as_it_found_it(seeds: Dossier) -> None:
    import gc

    assert gc.isenabled()
    merge(seeds)
    assert gc.isenabled()
    gc.disable()
    try:
        merge(seeds)
        assert not gc.isenabled()
    finally:
        gc.enable()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3)), min_size=1, max_size=30),
    st.sets(st.integers(0, 29)),
    st.integers(0, 2),
)
def test_components_grown_from_known_ones_equal_those_found_at_once(
    drawn: list[tuple[int, int]], fresh: set[int], rule: int
) -> None:
    """Items are (place, block, value); three ``same`` rules, one of them not transitive."""
    items = [(place, block, value) for place, (block, value) in enumerate(drawn)]
    rules = (
        lambda a, b: a == b,
        lambda a, b: abs(a - b) <= 1,
        lambda a, b: (a + b) % 2 == 0,
    )

    def same(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
        assert a[0] < b[0]  # compared in the items' order, as components compares
        return bool(rules[rule](a[2], b[2]))

    def blocks(item: tuple[int, int, int]) -> list[int]:
        return [item[1], item[1] + 1]  # each item in two blocks: chains cross blocks

    fresh = {place for place in fresh if place < len(items)}
    stored = [item for item in items if item[0] not in fresh]
    known = [[item[0] for item in group] for group in unionfind.components(stored, blocks, same)]
    whole = unionfind.components(items, blocks, same)
    assert unionfind.grown_components(items, blocks, same, known, fresh) == whole
