"""Meetings a sentence denies, postpones or leaves without a date: not meetings (issue 17)."""

from __future__ import annotations

import pytest

import diplowire


@pytest.mark.parametrize(
    "sentence",
    [
        # Real sentences (tests/data/real), and the kind they show.
        # A denial whose words are quoted: "no 'precise timeframe' for a summit".
        'The Kremlin also said Tuesday there was no "precise timeframe" for a summit '
        "between Trump and Putin.",
        # A postponement named by its noun.
        "Azerbaijan has requested the postponement of fresh talks between its Foreign "
        "Minister, Jeyhun Bayramov, and his Armenian counterpart, Ararat Mirzoyan, slated "
        "for next week, official Yerevan said on Thursday.",
        # (the real sentence names no one; the two names are added to give it a pair)
        "The Unification Ministry has expressed regret over North Korea's unilateral "
        "postponement of the high-level inter-Korean talks between Cho Myoung-gyon and Ri "
        "Son-gwon set to open on Wednesday.",
        # A meeting in a relative clause of a visit cancelled (Business Standard,
        # 2019-05-07).
        "Citing scheduling reasons, US Secretary of State Michael R. Pompeo abruptly "
        "cancelled a visit to Germany, where he was scheduled to meet Chancellor Angela "
        "Merkel.",
        # A call refused (Egypt Today, 2024-01-24).
        "CAIRO – 24 January 2024: Israeli television said on Wednesday that President Abdel "
        "Fattah El-Sisi refused to receive a phone call from Israeli Prime Minister Benjamin "
        "Netanyahu.",
        # A plan told as earlier and not kept (OC Media, 2021-11-23; the names given in
        # full as its lead gives them).
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
        "were previously expected to hold a meeting with Russia's "
        "President Vladimir Putin ahead of the anniversary of the 9 November tripartite "
        "peace declaration.",
        # Written for the test in the same shape.
        "Japanese Prime Minister Fumio Kishida had originally been scheduled to meet South "
        "Korean President Yoon Suk Yeol on Monday.",
    ],
)
def test_a_denied_or_postponed_meeting_is_no_meeting(sentence: str) -> None:
    assert diplowire.extract(sentence, published="2025-10-21", merge=False).meetings == []


@pytest.mark.parametrize(
    "text",
    [
        # Real sentences (tests/data/real): a habit, and who attended a meeting told before.
        "Chinese President Xi Jinping and South Korean President Park Geun-hye met on "
        "Wednesday. Leaders of the three countries had met every year since 2008.",
        "Lao Prime Minister Thongloun Sisoulith chaired the meeting on Monday. Present at "
        "the virtual meeting were also Prime Minister Nguyen Xuan Phuc, Cambodian Prime "
        "Minister Hun Sen, Thai Prime Minister Prayuth Chan-ocha, and Myanmar President "
        "U Win Myint.",
    ],
)
def test_habits_and_attendance_lists_add_no_meeting(text: str) -> None:
    meetings = diplowire.extract(text, published="2020-08-25", merge=False).meetings
    assert len(meetings) <= 1
    assert all(len(m.participants) <= 2 for m in meetings)


@pytest.mark.parametrize(
    "text",
    [
        # Real (Artsakhpress citing Ukrinform, 2022-02-24): an attempt, not a call.
        "Ukrainian President Volodymyr Zelenskyy wanted to have a telephone conversation "
        "Thursday morning with Russian President Vladimir Putin, but the latter did not "
        "respond.",
        "Japanese Prime Minister Fumio Kishida tried to call Chinese President Xi Jinping on "
        "Monday.",
    ],
)
def test_an_attempted_call_is_no_meeting(text: str) -> None:
    assert diplowire.extract(text, published="2022-02-24", merge=False).meetings == []
