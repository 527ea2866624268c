"""Wire copies on real reprints: a cut tail is still the same copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA
from diplowire import extract
from diplowire.merge.copies import find_copies

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
