"""Lines that credit an agency among dates and furniture (issue 17: article wire)."""

from __future__ import annotations

import pytest

import diplowire


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        # Real credit lines printed around stories of tests/data/real.
        ("Reuters | Updated: 15-09-2022 09:45 IST | Created: 15-09-2022 09:42 IST", "Reuters"),
        ("Updated: October 28, 2022 08:53 Xinhua", "Xinhua"),
        ("Matthew Lee, The Associated Press", "AP"),
        ("Additional sources • AP", "AP"),
        ("(With inputs from Reuters)", "Reuters"),
        ("By AFP     59 mins ago in World", "AFP"),
    ],
)
def test_a_credit_line_gives_the_wire_and_leaves_the_body(line: str, agency: str) -> None:
    story = (
        "Foreign ministers meet\n\n"
        "The two foreign ministers met in Moscow on Thursday and discussed the border.\n\n"
        f"{line}"
    )
    article = diplowire.parse(story, published="2022-09-15")
    assert agency in article.wire
    assert all(line not in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Lavrov told TASS the talks were useful.",
        "Kyodo reported that the two leaders would meet.",
    ],
)
def test_a_sentence_naming_an_agency_stays_in_the_body(line: str) -> None:
    story = f"Ministers meet\n\nThe two ministers met on Thursday.\n\n{line}"
    article = diplowire.parse(story, published="2022-09-15")
    assert line in article.paragraphs


def test_a_byline_naming_its_place_gives_the_dateline() -> None:
    # Real byline (Deccan Herald, 2022-08-04): the place is the dateline's.
    story = (
        "China cancels bilateral meeting with Japan\n\nReuters, Beijing,\n\n"
        "China cancelled a meeting between its foreign minister and Japan's on Thursday."
    )
    article = diplowire.parse(story, published="2022-08-04")
    assert (article.wire, article.dateline_place) == (["Reuters"], "Beijing")
