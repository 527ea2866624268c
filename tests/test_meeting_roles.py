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
