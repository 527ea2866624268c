"""One host, several counterparts: who the host is when the sentence names only an office
or a pronoun, and when a list of counterparts is one meeting with each (issue 17).

The sentences are real (tests/data/real: Fana BC via Somaliland Standard and Ethiopian
News Agency via allAfrica, 2019-02-11; IFP News, 2019-12-20; Sowetan, 2022-04-21).
"""

from __future__ import annotations

import pytest

import diplowire

_ABIY_LEAD = (
    "Addis Ababa, February 11, 2019 (FBC) – Prime Minister Dr Abiy Ahmed today held talks "
    "with presidents of different African countries on the sidelines of the 32nd African "
    "Union (AU) summit.\n\n"
)


def _pairs(text: str, published: str) -> set[frozenset[str]]:
    found = diplowire.extract(text, published=published, merge=False)
    assert not found.failures
    return {frozenset(p.name for p in m.participants) for m in found.meetings}


@pytest.mark.parametrize(
    ("sentence", "guests"),
    [
        (
            "Yesterday, the Prime Minister also had bilateral meetings with Palestinian "
            "President Mahmoud Abbas, South African President Cyril Ramaphosa and Kenyan "
            "President Uhuru Kenyatta.",
            ["Mahmoud Abbas", "Cyril Ramaphosa", "Uhuru Kenyatta"],
        ),
        (
            "Likewise, the Prime Minister held a bilateral discussion with presidents of "
            "Djibouti, Ismail Omar Guelleh, Beji Caid Essebsi of Tunisia and Kersti Kaljulad "
            "of Estonia.",
            ["Beji Caid Essebsi", "Kersti Kaljulad"],
        ),
    ],
)
def test_an_office_named_alone_is_the_person_the_story_gave_it(
    sentence: str, guests: list[str]
) -> None:
    pairs = _pairs(_ABIY_LEAD + sentence, "2019-02-11")
    for guest in guests:
        # One bilateral meeting with each: the list is of separate meetings.
        assert frozenset({"Abiy Ahmed", guest}) in pairs, pairs


def test_an_office_nobody_was_given_stays_an_unnamed_side() -> None:
    # gov.uk readout: no prime minister is named before; no one is made up for him.
    text = (
        "The Prime Minister spoke to the President of the United States, Joe Biden, this "
        "evening.\n\nThe leaders discussed the situation in Ukraine."
    )
    for pair in _pairs(text, "2022-02-20"):
        assert pair <= {"Joe Biden"}, pair


def test_a_pronoun_opening_the_clause_hosts_each_meeting_of_a_list() -> None:
    text = (
        "Iranian President Hassan Rouhani arrived in Tokyo on Friday.\n\n"
        "Rouhani landed in Japan following a three-day trip to Malaysia, where he attended "
        "the Kuala Lumpur 2019 Summit and held separate meetings with a number of world "
        "leaders including Malaysian Prime Minister Mahathir Mohamed and King Abdullah of "
        "Pahang, Turkish President Recep Tayyip Erdogan, and Qatari Emir Sheikh Tamim bin "
        "Hamad Al Thani."
    )
    pairs = _pairs(text, "2019-12-20")
    for guest in ("Mahathir Mohamed", "Recep Tayyip Erdogan", "Tamim bin Hamad Al Thani"):
        assert frozenset({"Hassan Rouhani", guest}) in pairs, pairs
    # Not the first guest as everyone's host.
    assert frozenset({"Mahathir Mohamed", "Recep Tayyip Erdogan"}) not in pairs


def test_a_pronoun_telling_of_the_meeting_is_not_its_host() -> None:
    # Written for the test in the shape of the spokesperson briefings of the corpus: "He"
    # reports the talks, he does not hold them.
    text = (
        "Chinese Foreign Ministry spokesperson Wang Wenbin spoke to reporters on Friday.\n\n"
        "He said that Foreign Minister Wang Yi held talks with Antony Blinken, Sergei Lavrov "
        "and Josep Borrell in Munich on Saturday."
    )
    for pair in _pairs(text, "2022-02-18"):
        assert "Wang Wenbin" not in pair, pair


def test_calls_listed_with_several_people_are_one_call_each() -> None:
    text = (
        "President Cyril Ramaphosa has finally had his phone call with Ukrainian president "
        "Volodymyr Zelensky.\n\nRamaphosa, who has previously confirmed through Twitter that "
        "he has had telephonic conversations with Russia's President Vladimir Putin, China's "
        "Xi Jinping and US President Joe Biden, on Thursday confirmed the phone call."
    )
    found = diplowire.extract(text, published="2022-04-21", merge=False).meetings
    earlier = [
        m for m in found if {"Vladimir Putin", "Xi Jinping"} & {p.name for p in m.participants}
    ]
    assert earlier
    assert all(len(m.participants) == 2 for m in earlier)
    # Told as before the report: Thursday is the day Ramaphosa confirmed, not theirs.
    assert all(m.date is None for m in earlier)


def test_a_lead_counting_talks_does_not_make_the_next_one_multilateral() -> None:
    text = (
        "Addis Ababa — Prime Minister Abiy Ahmed conferred with leaders of five African "
        "countries and President of Estonia in Addis Ababa today.\n\n"
        "On the sidelines of the 32nd Ordinary Session of the Assembly of Heads of State and "
        "Government of the African Union, Premier Abiy exchanged views with Sudanese "
        "President Omar Hassan Al Bashir."
    )
    found = diplowire.extract(text, published="2019-02-11", merge=False).meetings
    talks = [m for m in found if "Omar Hassan Al Bashir" in {p.name for p in m.participants}]
    assert talks and all(m.format != "multilateral" for m in talks)
