"""The real-article set is what it says it is: complete, consistent, and big enough.

The texts are real published articles (``tests/data/real/SOURCES.md`` says where each
was read); these tests hold the files to each other and to the gold format, so a
careless edit (a quote retyped, an article without gold, a merged event naming an
article that is not there) fails here rather than skewing the figures.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from diplowire.evaluation import load_gold, load_merged_gold
from diplowire.evaluation.matching import dates_agree, participants_found, same_person

REAL = Path(__file__).resolve().parent / "data" / "real"
ARTICLES = sorted((REAL / "articles").glob("*.txt"))
GOLD = load_gold(REAL / "gold")
MERGED = load_merged_gold(REAL / "merged.json", set(GOLD))
MANIFEST = json.loads((REAL / "manifest.json").read_text())


def test_every_article_has_gold_a_manifest_entry_and_a_source() -> None:
    stems = {p.stem for p in ARTICLES}
    listed = {Path(e["path"]).stem for e in MANIFEST}
    sources = (REAL / "SOURCES.md").read_text()
    assert stems == set(GOLD), stems ^ set(GOLD)
    assert stems == listed, stems ^ listed
    assert all((REAL / e["path"]).exists() for e in MANIFEST)
    assert [s for s in sorted(stems) if s not in sources] == []
    assert len(MANIFEST) == len(listed)  # no article listed twice


def test_the_manifest_dates_are_the_gold_dates() -> None:
    for entry in MANIFEST:
        gold = GOLD[Path(entry["path"]).stem].article
        assert gold.published == entry["published"], entry["path"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_gold_quotes_are_the_articles_words(path: Path) -> None:
    text = " ".join(path.read_text(encoding="utf-8").split())
    for statement in GOLD[path.stem].statements:
        assert " ".join(statement.quote.split()) in text, statement.quote


def test_the_set_is_big_and_varied_enough() -> None:
    outlets = {g.article.outlet for g in GOLD.values()}
    years = {(g.article.published or "")[:4] for g in GOLD.values()}
    assert len(ARTICLES) >= 100
    assert len(outlets) >= 25, sorted(o or "" for o in outlets)
    assert len(years) >= 8, sorted(years)


def test_stories_told_by_several_outlets_and_wire_copies() -> None:
    def outlets(stems: list[str]) -> set[str | None]:
        return {GOLD[s].article.outlet for s in stems}

    shared = [e.articles for e in [*MERGED.meetings, *MERGED.agreements] if not e.optional]
    assert sum(len(outlets(a)) >= 2 for a in shared) >= 12
    assert len(MERGED.copies) >= 4
    assert all(len(group) >= 2 for group in MERGED.copies)


def _same_people(a: list[str], b: list[str]) -> bool:
    """The same two people of a call (a pair is no trilateral of theirs); half of a
    summit's, whose reports name different ones."""
    shared = sum(any(same_person(x, y) for y in b) for x in a)
    if min(len(a), len(b)) <= 2:
        return shared == len(a) == len(b)
    return shared >= (min(len(a), len(b)) + 1) // 2


def test_merged_gold_lists_every_meeting_two_articles_share() -> None:
    """A day-dated meeting of the same people in two articles' gold is in merged.json."""
    by_day: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for stem, gold in GOLD.items():
        for meeting in gold.meetings:
            if meeting.date and len(meeting.date) == 10 and len(meeting.participants) >= 2:
                by_day[meeting.date].append((stem, meeting.participants))
    unlisted = []
    for day, reports in by_day.items():
        for i, (stem, people) in enumerate(reports):
            for other, others in reports[i + 1 :]:
                if other == stem or not _same_people(people, others):
                    continue
                listed = any(
                    {stem, other} <= set(e.articles)
                    and dates_agree(e.date, day)
                    and (
                        participants_found(e.participants, people)
                        or participants_found(people, e.participants)
                    )
                    for e in MERGED.meetings
                )
                if not listed:
                    unlisted.append((day, people, stem, other))
    assert unlisted == []


def test_every_report_a_merged_event_lists_is_one_of_its_gold_records() -> None:
    """Each article a merged event names has a gold record the scorer maps to that event."""
    from diplowire.evaluation.merged import _agreement_event, _meeting_event

    unmapped = []
    for i, meeting in enumerate(MERGED.meetings):
        for stem in meeting.articles:
            golds = GOLD[stem].meetings
            assert 0 <= meeting.records.get(stem, 0) < max(len(golds), 1)
            if not any(
                _meeting_event(MERGED, stem, j, g) == ("meeting", i) for j, g in enumerate(golds)
            ):
                unmapped.append((meeting.what, stem))
    for i, agreement in enumerate(MERGED.agreements):
        for stem in agreement.articles:
            golds_a = GOLD[stem].agreements
            if not any(
                _agreement_event(MERGED, stem, j, g) == ("agreement", i)
                for j, g in enumerate(golds_a)
            ):
                unmapped.append((agreement.what, stem))
    assert unmapped == []
