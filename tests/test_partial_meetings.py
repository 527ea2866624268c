"""Meetings a report names one side of (issue 17; issue 18 merges them with full reports)."""

from __future__ import annotations

import pytest

import diplowire


@pytest.mark.parametrize(
    ("text", "published", "named", "day"),
    [
        # Real readouts (gov.uk, 2022 and 2025): the Prime Minister is never named.
        (
            "PM call with President Biden 25 October 2022\n\nThe Prime Minister spoke to the "
            "President of the United States, Joe Biden, this evening.",
            "2022-10-25",
            "Joe Biden",
            "2022-10-25",
        ),
        (
            "PM call with President Trump of the United States: 21 December 2025\n\nThe "
            "Prime Minister spoke to the President of the United States, Donald Trump, "
            "yesterday afternoon.",
            "2025-12-22",
            "Donald Trump",
            "2025-12-21",
        ),
    ],
)
def test_an_office_with_no_name_is_an_unnamed_side(
    text: str, published: str, named: str, day: str
) -> None:
    (meeting,) = diplowire.extract(text, published=published, merge=False).meetings
    assert [p.name for p in meeting.participants] == [named]
    assert meeting.date == day


def test_an_office_with_no_name_and_no_one_else_is_no_meeting() -> None:
    text = "The Prime Minister met reporters in London on Tuesday."
    assert diplowire.extract(text, published="2025-12-23", merge=False).meetings == []
