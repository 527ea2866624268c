"""Meeting durations, topics and forums as the new-user trial met them (issue 21)."""

from __future__ import annotations

import pytest

import diplowire
from conftest import SEEDS
from diplowire.extraction import extract as extract_records

LEAD = (
    "TOKYO (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya met South Korean Foreign "
    "Minister Cho Tae-yul in Tokyo on Friday, the ministry said.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("The meeting lasted roughly an hour and a half.", 90),
        ("The meeting lasted two and a half hours.", 150),
        ("The meeting lasted about an hour.", 60),
        ("The meeting lasted about 90 minutes.", 90),
    ],
)
def test_half_hours_after_the_unit_count(sentence: str, minutes: int) -> None:
    (meeting,) = diplowire.extract(LEAD + sentence).meetings
    assert meeting.duration_minutes == minutes


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("The two ministers talked for about 90 minutes.", 90),
        ("They spoke for more than an hour.", 60),
        # A named person speaking for a while, or for a body, says nothing of the meeting.
        ("Iwaya spoke for about an hour with reporters.", None),
        ("He spoke for the ministry.", None),
    ],
)
def test_how_long_the_two_sides_talked_is_the_meeting_s_duration(
    sentence: str, minutes: int | None
) -> None:
    (meeting,) = diplowire.extract(LEAD + sentence).meetings
    assert meeting.duration_minutes == minutes


def test_topics_and_forums_are_not_dates_or_settings() -> None:
    """Seed fragments the trial found: "Friday ahead of the planned expiration ...",
    "the sidelines of the annual ASEAN ...", "Japan-hosted G-20 meeting Saturday"."""
    dossier = diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json")
    for meeting in dossier.meetings:
        for topic in meeting.topics:
            assert not topic.startswith(("Friday", "the sidelines")), topic
        assert not (meeting.forum or "").endswith("Saturday")
    forums = {tuple(sorted(p.name for p in m.participants)): m.forum for m in dossier.meetings}
    assert forums[("Kang Kyung-wha", "Toshimitsu Motegi")] == "Japan-hosted G-20 meeting"
    assert forums[("Jeong Kyeong-doo", "Taro Kono")] == "ASEAN Defense Ministers' Meeting-Plus"


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # The trial's seed topic ran on into "... as they met in Nagoya".
        (
            "The two held talks on North Korea's missile launches as they met on the "
            "sidelines in Tokyo.",
            "North Korea's missile launches",
        ),
        (
            "The ministers held talks on trade and security ahead of the summit.",
            "trade and security",
        ),
        ("They held talks on export controls while the dispute went on.", "export controls"),
    ],
)
def test_a_topic_ends_where_a_clause_or_a_time_begins(sentence: str, topic: str) -> None:
    topics = [t for m in diplowire.extract(LEAD + sentence).meetings for t in m.topics]
    assert topics == [topic]


def test_a_call_has_no_place_of_its_own() -> None:
    # Adapted from a real sentence (Ammon News, 2023-10-09; "in a phone call" added): the
    # place is the talks' topic; the gold format leaves a call's location empty.
    text = (
        "His Majesty King Abdullah and United Arab Emirates President Sheikh Mohamed bin "
        "Zayed Al Nahyan on Sunday discussed in a phone call the dangerous escalation in "
        "Gaza and its surroundings."
    )
    (meeting,) = diplowire.extract(text, published="2023-10-09", merge=False).meetings
    assert (meeting.kind, meeting.location) == ("phone", None)


def test_a_call_held_with_no_phone_named_is_a_call() -> None:
    # Real (Anadolu via A News, 2025-07-03).
    text = (
        "US Secretary of State Marco Rubio held a call Wednesday with Saudi Foreign Minister "
        "Prince Faisal bin Farhan Al Saud to discuss regional issues, including the wars in "
        "the Gaza Strip and Syria, according to statements from both governments."
    )
    found = diplowire.extract(text, published="2025-07-03", merge=False).meetings
    assert [(m.kind, m.date, m.location) for m in found] == [("phone", "2025-07-02", None)]


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        # Real (Reuters, 2022-10-01; White House readouts): the headline calls it a call.
        ("Blinken holds call with Saudi foreign minister over Yemen truce", "phone"),
        ("Readout of President Joseph R. Biden, Jr.'s Call with Emir Nawaf of Kuwait", "phone"),
        # A courtesy call is a visit; a headline with no call leaves the default.
        ("Blinken receives courtesy call from Saudi foreign minister", "in_person"),
        ("Blinken and Saudi foreign minister discuss Yemen truce", "in_person"),
    ],
)
def test_a_headline_gives_the_kind_the_lead_leaves_open(headline: str, kind: str) -> None:
    body = (
        "WASHINGTON, Oct 1 (Reuters) - U.S. Secretary of State Antony Blinken spoke on "
        "Saturday with Saudi Arabian Foreign Minister Prince Faisal bin Farhan Al Saud to "
        "discuss the imminent expiration of the U.N.-mediated truce in Yemen on Sunday, the "
        "State Department said."
    )
    article = diplowire.parse(f"{headline}\n\n{body}", published="2022-10-01")
    assert article.title == headline
    found = extract_records(article).meetings
    assert [m.kind for m in found] == [kind]


def test_a_topic_s_place_is_not_the_meeting_s() -> None:
    # Real (Zee News, 2017-09-18): the meeting is in New York; Syria is what they discussed.
    text = (
        "New York: US Secretary of State Rex Tillerson has met his Russian counterpart "
        "Sergey Lavrov here on the sidelines of the UN General Assembly and discussed the "
        "current situation in Syria, an official has said."
    )
    found = diplowire.extract(text, published="2017-09-18", merge=False).meetings
    assert found and all(m.location != "Syria" for m in found)


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # Real (TVC News, 2021-05-27; Hot Jist, 2025-03-27; UK government, 2023-01-12):
        # a venue's words before its city, set off by a comma or joined by "of".
        (
            "President Muhammadu Buhari on Thursday hosted the President of Ghana, Nana "
            "Akufo-Addo, at the State House, Abuja.",
            "2021-05-27",
            "Abuja",
        ),
        (
            "President Bola Ahmed Tinubu on Thursday received Ghana's president, John "
            "Dramani Mahama, on a courtesy visit at his official residence in the State "
            "House, Abuja.",
            "2025-03-27",
            "Abuja",
        ),
        (
            "Prime Minister Rishi Sunak hosted the Prime Minister of Japan, Fumio Kishida, "
            "at the Tower of London yesterday.",
            "2023-01-12",
            "London",
        ),
    ],
)
def test_a_venue_before_its_city_gives_the_city(text: str, published: str, place: str) -> None:
    found = diplowire.extract(text, published=published, merge=False).meetings
    assert [m.location for m in found] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # Real (The Straits Times, 2022-12-22): the place of what they talked about.
        "WARSAW - Polish president Andrzej Duda and his Ukrainian counterpart Volodymyr "
        "Zelensky talked on Thursday about Mr Zelensky's visit to the United States, Mr "
        "Duda's top aide said, after the two met as Mr Zelensky was travelling back.",
        "Japanese Foreign Minister Yoko Kamikawa spoke by phone on Monday with Foreign "
        "Minister Cho Tae-yul regarding the investment package announced in Washington.",
    ],
)
def test_a_place_in_what_the_talks_were_about_is_not_theirs(text: str) -> None:
    found = diplowire.extract(text, published="2022-12-22", merge=False).meetings
    assert found and all(m.location is None for m in found)


def test_about_before_a_length_of_time_opens_no_topic() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping for about "
        "an hour in Bangkok on Thursday."
    )
    found = diplowire.extract(text, published="2022-11-17", merge=False).meetings
    assert [m.location for m in found] == ["Bangkok"]


def test_a_venue_the_lexicon_names_is_the_meeting_s_place() -> None:
    # Real (New Telegraph, 2025-06-24; Straits Times, 2023-11-06): a venue is a place, and
    # one meeting told at its venue and in its city stays one meeting.
    found = diplowire.extract(
        "Russian President Vladimir Putin met with Iranian Foreign Minister Abbas Araghchi "
        "in the Kremlin yesterday.",
        published="2025-06-24",
        merge=False,
    ).meetings
    assert [m.location for m in found] == ["Kremlin"]
    found = diplowire.extract(
        "Prime Minister Anthony Albanese held talks with Chinese President Xi Jinping in "
        "Beijing on Monday.\n\nIn opening remarks as the two leaders met at the Great Hall "
        "of the People, Mr Albanese said a strong relationship mattered.",
        published="2023-11-06",
        merge=False,
    ).meetings
    assert len(found) == 1


def test_a_venue_and_its_city_are_one_place() -> None:
    from diplowire.evaluation.matching import same_location
    from diplowire.extraction.gazetteer import gazetteer

    assert gazetteer().same_place("Kremlin", "Moscow")
    assert gazetteer().same_place("Kremlin", "Russia")
    assert not gazetteer().same_place("Kremlin", "Beijing")
    assert same_location("Kremlin", "Moscow") and not same_location("Kremlin", "Sochi")


def test_the_place_a_visit_takes_as_its_object_is_the_visit_s() -> None:
    # Real (Naharnet/AFP, 2019-05-07): the planned talks are in Russia, the talks the day
    # before were in Finland.
    text = (
        "US Secretary of State Mike Pompeo plans to visit Russia for talks with Russian "
        "Foreign Minister Sergei Lavrov next week, Moscow said Tuesday, a day after the two "
        "met in Finland."
    )
    found = diplowire.extract(text, published="2019-05-07", merge=False).meetings
    planned = [m for m in found if m.status == "scheduled"]
    assert planned and all(m.location == "Russia" for m in planned)
