"""Wire copies on real reprints: a cut tail is still the same copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA
from diplowire import extract
from diplowire.merge.copies import Credit, find_copies

ARTICLES = DATA / "real" / "articles"


def _groups(*stems: str) -> list[set[str]]:
    dossier = extract(
        [ARTICLES / f"{stem}.txt" for stem in stems],
        manifest=DATA / "real" / "manifest.json",
        merge=False,
    )
    stem = {a.id: Path(a.source or "").stem for a in dossier.articles}
    return [{stem[i] for i in group.articles} for group in find_copies(dossier.articles)]


@pytest.mark.parametrize(
    ("longer", "cut"),
    [
        # A Reuters story of Pompeo's trip, and a reprint of its first two paragraphs.
        (
            "gnnhd-2019-05-10-pompeo-will-meet-with-russias-putin-lavrov-during-visit-to-russia",
            "euronews-2019-05-10-pompeo-will-meet-with-russias-putin-lavrov-during-visit-to-russia",
        ),
        # A story of Rubio's call with Lavrov, and a reprint of its lead paragraphs alone.
        (
            "tag24-2025-10-21-official-casts-doubt-on-budapest-talks",
            "themoscowtimes-2025-10-21-trump-not-to-meet-putin-immediate-future",
        ),
    ],
)
def test_a_reprint_that_cut_the_tail_is_the_same_copy(longer: str, cut: str) -> None:
    assert _groups(longer, cut) == [{longer, cut}]


def test_two_reports_of_one_statement_of_one_length_stay_two_sources() -> None:
    # Both quote the presidency's statement word for word, each in its own report.
    assert (
        _groups(
            "leadership-2019-08-11-xenophobia-pmb-s-african-president-ramaphosa-for-talks-in-october",
            "vanguard-2019-08-10-xenophobia-buhari-ramaphosa-meet-in-october",
        )
        == []
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Two prints of a PTI story on Modi's Australia visit, a day apart, retopped.
        (
            "businesstoday-2023-05-18-modi-to-visit-australia-despite-cancellation-of-quad-meet",
            "news18-2023-05-17-pm-modis-australia-visit-still-on-despite-quad-cancellation",
        ),
        # A TASS story of the Erdogan-Putin call and an African site's rewrite of it.
        (
            "panafricannews-2023-03-25-erdogan-tells-putin-he-praises-russias-readiness-to-extend-grain-deal",
            "tass-2023-03-25-erdogan-praises-russias-readiness-to-extend-grain-deal",
        ),
        # Two versions of one AP story of Albanese's hopes for a meeting with Xi.
        (
            "candorium-2022-11-08-australian-pm-hopes-for-meeting-with-xi",
            "localnews8-2022-11-08-australian-pm-hopes-for-meeting-with-xi",
        ),
    ],
)
def test_versions_of_one_agency_story_are_one_copy(first: str, second: str) -> None:
    assert _groups(first, second) == [{first, second}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One outlet's two Bernama stories of a visit, a day apart: a follow-up.
        (
            "malaymail-2023-11-08-chinas-vice-president-arrives-in-malaysia-for-four-day-visit",
            "malaymail-2023-11-09-king-grants-audience-to-chinas-vice-president",
        ),
        # Two Yonhap stories of one summit, two days apart, sharing background.
        (
            "yonhap-2026-01-02-lee-xi-to-discuss-peace-denuclearization",
            "yonhap-2026-01-04-lee-departs-for-beijing-xi-summit",
        ),
    ],
)
def test_one_agencys_stories_that_are_not_versions_stay_apart(first: str, second: str) -> None:
    assert _groups(first, second) == []


@pytest.mark.parametrize(
    ("other", "versions"),
    [
        (Credit("news18", frozenset({"PTI"}), "2023-05-17"), True),
        (Credit("news18", frozenset({"PTI", "ANI"}), "2023-05-19"), True),
        (Credit("news18", frozenset({"PTI"}), "2023-05-20"), False),  # three days apart
        (Credit("news18", frozenset({"ANI"}), "2023-05-18"), False),  # no agency shared
        (Credit("businesstoday", frozenset({"PTI"}), "2023-05-18"), False),  # one outlet
        (Credit(None, frozenset({"PTI"}), "2023-05-18"), False),
        (Credit("news18", frozenset({"PTI"}), None), False),
        (Credit("news18", frozenset({"PTI"}), "2023-05"), False),  # a month only
    ],
)
def test_versions_need_two_outlets_one_agency_and_one_day(other: Credit, versions: bool) -> None:
    credit = Credit("businesstoday", frozenset({"PTI"}), "2023-05-18")
    assert credit.versions_with(other) is versions
    assert other.versions_with(credit) is versions
