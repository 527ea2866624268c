"""Who is not a party to the meeting a sentence reports (issue 17)."""

from __future__ import annotations

import pytest

import diplowire


def test_the_source_a_report_is_attributed_to_is_no_participant() -> None:
    # Real sentence (gov.cn, 2020-08-21), after the lead that names Zhao in full.
    text = (
        "Chinese Foreign Ministry spokesperson Zhao Lijian announced the trip on Friday.\n\n"
        "According to Zhao, Premier Li Keqiang will co-chair the virtual meeting with Lao "
        "Prime Minister Thongloun Sisoulith on Monday."
    )
    meetings = diplowire.extract(text, published="2020-08-21", merge=False).meetings
    assert meetings
    assert all("Zhao Lijian" not in [p.name for p in m.participants] for m in meetings)


@pytest.mark.parametrize(
    "sentence",
    [
        # Adapted from real sentences (tests/data/real) to name both sides: "meet" of a
        # need or a challenge.
        "Prime Minister Narendra Modi said he will work closely with President Joe Biden "
        "to meet global challenges including COVID-19 and climate change.",
        "Principal deputy spokesperson Tommy Pigott said Secretary of State Marco Rubio "
        "and Foreign Minister Faisal bin Farhan want to meet urgent humanitarian needs of "
        "the enclave.",
    ],
)
def test_meeting_a_need_is_no_meeting(sentence: str) -> None:
    assert diplowire.extract(sentence, published="2021-02-03", merge=False).meetings == []


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        # Real sentences (tag24, Hindustan Times), after leads written for the test that
        # name the two people in full as the articles do.
        (
            "Russian President Vladimir Putin and US President Donald Trump agreed in "
            "August to meet again.\n\nThe Russian leader spoke by telephone on Thursday "
            "with Trump, who was set to meet the following day with Ukrainian President "
            "Volodymyr Zelensky.",
            "2025-10-21",
            {"Vladimir Putin", "Donald Trump"},
        ),
        (
            "Chinese Foreign Minister Wang Yi arrived in Delhi on Thursday.\n\nThis was "
            "shortly after the Chinese minister met National Security Advisor Ajit Doval "
            "in Delhi.",
            "2022-03-25",
            {"Wang Yi", "Ajit Doval"},
        ),
    ],
)
def test_a_person_described_by_nationality_and_office_takes_part(
    text: str, published: str, pair: set[str]
) -> None:
    meetings = diplowire.extract(text, published=published, merge=False).meetings
    assert pair in [{p.name for p in m.participants} for m in meetings]
