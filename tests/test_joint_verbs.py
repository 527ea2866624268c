"""Two people named together as the subject of a joint verb met or spoke (issue 17)."""

from __future__ import annotations

import pytest

import diplowire


@pytest.mark.parametrize(
    ("text", "published", "pair", "day"),
    [
        # Real lead sentences (tests/data/real); none has a meeting word.
        (
            "Tokyo, April 17 (Jiji Press)--Japanese Prime Minister Fumio Kishida and South "
            "Korean President Yoon Suk-yeol on Wednesday agreed to deepen coordination among "
            "both countries and the United States.",
            "2024-04-17",
            {"Fumio Kishida", "Yoon Suk-yeol"},
            "2024-04-17",
        ),
        (
            "TOKYO, Oct 30 (KUNA) -- Japanese Prime Minister Sanae Takaichi and South Korean "
            'President Lee Jae Myung affirmed on Thursday the importance of building "future-'
            'oriented" ties, pledging to continue reciprocal visits to strengthen bilateral '
            "cooperation, Kyodo News Agency reported from Gyeongju.",
            "2025-10-30",
            {"Sanae Takaichi", "Lee Jae Myung"},
            "2025-10-30",
        ),
        (
            # A lower-case title before the second person (Russia Islam World, 2021-10-07).
            "Tajik president Emomali Rahmon and Russian leader Vladimir Putin discussed "
            "regional security issues by telephone, the press service of the head of the "
            "republic reported on Thursday.",
            "2021-10-07",
            {"Emomali Rahmon", "Vladimir Putin"},
            "2021-10-07",
        ),
        (
            "Ammon News - His Majesty King Abdullah and United Arab Emirates President Sheikh "
            "Mohamed bin Zayed Al Nahyan on Sunday discussed the dangerous escalation in Gaza "
            "and its surroundings.",
            "2023-10-09",
            {"Abdullah", "Mohamed bin Zayed Al Nahyan"},
            "2023-10-08",
        ),
    ],
)
def test_two_people_named_together_before_a_joint_verb_met(
    text: str, published: str, pair: set[str], day: str
) -> None:
    (meeting,) = diplowire.extract(text, published=published, merge=False).meetings
    assert {p.name for p in meeting.participants} == pair
    assert (meeting.date, meeting.status) == (day, "held")


@pytest.mark.parametrize(
    "text",
    [
        # Written for the test: a joint verb without two people named together before it.
        "Japan and South Korea on Wednesday agreed to deepen coordination.",
        "Fumio Kishida said on Wednesday that the ministers discussed trade.",
        "Fumio Kishida welcomed the decision, and Yoon Suk-yeol agreed with him on Wednesday.",
    ],
)
def test_a_joint_verb_alone_is_no_meeting(text: str) -> None:
    assert diplowire.extract(text, published="2024-04-17", merge=False).meetings == []


def test_a_day_between_spoke_and_with_keeps_the_call() -> None:
    # Real sentence (devdiscourse/Reuters, 2019-12-22).
    text = (
        "U.S. President Donald Trump spoke on Saturday with Japanese Prime Minister Shinzo "
        "Abe about developments related to North Korea, Iran, and trade, a White House "
        "spokesman said."
    )
    (meeting,) = diplowire.extract(text, published="2019-12-22", merge=False).meetings
    assert {p.name for p in meeting.participants} == {"Donald Trump", "Shinzo Abe"}
    assert meeting.date == "2019-12-21"


@pytest.mark.parametrize(
    ("text", "published", "pair", "day"),
    [
        # Real sentences (tests/data/real): a joint verb with a person after "with".
        (
            "President Yoon Suk-yeol on the 17th agreed with Japanese Prime Minister Fumio "
            "Kishida to continue developing close cooperation between South Korea and Japan.",
            "2024-04-17",
            {"Yoon Suk-yeol", "Fumio Kishida"},
            "2024-04-17",
        ),
        (
            "Minister of Foreign Affairs of the Russian Federation Sergey Lavrov has discussed "
            "the situation in the zone of the Nagorno-Karabakh conflict with his Armenian "
            "counterpart Zohrab Mnatsakanyan on Sunday.",
            "2020-09-28",
            {"Sergey Lavrov", "Zohrab Mnatsakanyan"},
            "2020-09-27",
        ),
    ],
)
def test_a_joint_verb_with_a_person_after_with_met(
    text: str, published: str, pair: set[str], day: str
) -> None:
    (meeting,) = diplowire.extract(text, published=published, merge=False).meetings
    assert {p.name for p in meeting.participants} == pair
    assert meeting.date == day


def test_a_joint_verb_with_no_person_after_with_is_no_meeting() -> None:
    text = "Fumio Kishida discussed the issue with reporters on Wednesday."
    assert diplowire.extract(text, published="2024-04-17", merge=False).meetings == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Written for the test, in the phrasings of official readouts (issue 17's list).
        (
            "Foreign Minister Retno Marsudi received the visit of Australian Foreign Minister "
            "Penny Wong in Jakarta on Monday.",
            {"Retno Marsudi", "Penny Wong"},
        ),
        (
            "Mexican Foreign Minister Marcelo Ebrard was received by Saudi Foreign Minister "
            "Prince Faisal bin Farhan in Riyadh on Sunday.",
            {"Marcelo Ebrard", "Faisal bin Farhan"},
        ),
        (
            "Prime Minister Sitiveni Rabuka paid a courtesy visit to Prime Minister Anthony "
            "Albanese in Canberra on Friday.",
            {"Sitiveni Rabuka", "Anthony Albanese"},
        ),
        (
            "Vice President Kamala Harris welcomed Philippine President Ferdinand Marcos Jr. "
            "to the White House on Monday.",
            {"Kamala Harris", "Ferdinand Marcos Jr."},
        ),
        (
            "Emir Sheikh Tamim bin Hamad Al Thani received Turkish Foreign Minister Hakan "
            "Fidan in Doha on Monday.",
            {"Tamim bin Hamad Al Thani", "Hakan Fidan"},
        ),
    ],
)
def test_receptions_and_welcomes_are_meetings(text: str, pair: set[str]) -> None:
    (meeting,) = diplowire.extract(text, published="2025-03-27", merge=False).meetings
    assert {p.name for p in meeting.participants} == pair


@pytest.mark.parametrize(
    "text",
    [
        "Japanese Prime Minister Fumio Kishida received a letter from the G7 on Monday.",
        "South Korean President Yoon Suk-yeol welcomed the decision on Monday.",
    ],
)
def test_receiving_or_welcoming_no_one_is_no_meeting(text: str) -> None:
    assert diplowire.extract(text, published="2025-03-27", merge=False).meetings == []
