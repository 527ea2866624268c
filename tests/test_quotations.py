"""Quotations in the shapes real copy prints them (each text from ``tests/data/real``).

One test per kind of shape: a quotation of several sentences attributed after its
last, a paragraph that runs the previous speaker's words on, quote marks mixed, "she
said" after a woman the story names, a label in quote marks.
"""

from __future__ import annotations

import diplowire
from diplowire.extraction import extract


def _quotes(text: str, published: str) -> list[tuple[str, str]]:
    article = diplowire.parse(text, published=published)
    return [(s.speaker.name, s.text) for s in extract(article).statements if s.direct]


def test_a_quotation_of_several_sentences_is_attributed_after_its_last() -> None:
    found = _quotes(
        "Kono urges Seoul to renew pact\n\n"
        "Japanese Defense Minister Taro Kono expressed concern over the pact.\n\n"
        '"There are people in the South Korean government who recognize the importance of '
        'the GSOMIA. I believe South Korea will make a sensible decision," said Kono, urging '
        "Seoul to retract its decision.",
        "2019-11-22",
    )
    assert [speaker for speaker, _ in found] == ["Taro Kono"]
    assert found[0][1].startswith("There are people") and found[0][1].endswith("decision")


def test_a_quotation_paragraph_runs_the_previous_speaker_on() -> None:
    # Zelenskyy's post quoted over two paragraphs, the first left open (Euromaidan Press).
    found = _quotes(
        "Zelenskyy, Duda discuss plans\n\n"
        "President Volodymyr Zelenskyy met Polish President Andrzej Duda, he wrote.\n\n"
        "“On the way home, I had a meeting with a friend of Ukraine. We summed up the year, "
        "which brought historic challenges,” Zelenskyy wrote.\n\n"
        "“Also, we discussed strategic plans for the future and bilateral relations.”",
        "2022-12-22",
    )
    assert [speaker for speaker, _ in found] == ["Volodymyr Zelenskyy"] * 2


def test_an_open_quotation_paragraph_is_read_to_its_end() -> None:
    found = _quotes(
        "Talks in Poland\n\n"
        "“Today we summed up the year. We discussed strategic plans,” Ukrainian President "
        "Volodymyr Zelenskyy said.\n\n"
        "“We will keep working with our partners in the new year.\n\n"
        "“Thank you, Poland.”",
        "2022-12-22",
    )
    assert (
        "Volodymyr Zelenskyy",
        "We will keep working with our partners in the new year",
    ) in found


def test_quote_marks_mixed_curly_and_straight() -> None:
    # Hindustan Times printed the minister's tweet opening “ and closing ".
    found = _quotes(
        "Jaishankar meets Qin Gang\n\n"
        "External Affairs Minister S Jaishankar met Chinese Foreign Minister Qin Gang.\n\n"
        "“Met Chinese Foreign Minister Qin Gang on sidelines of #G20FMM this afternoon. Our "
        'discussions were focused on addressing current challenges", the minister tweeted.',
        "2023-03-02",
    )
    assert [text[:9] for _, text in found] == ["Met Chine"]


def test_she_said_is_the_woman_the_story_names() -> None:
    # Digital Journal (AFP): the spokeswoman speaks; Trump is only in the clause after.
    found = _quotes(
        "Pompeo to cut short Asia visit\n\n"
        "US Secretary of State Mike Pompeo will cut short his trip to Asia this week.\n\n"
        "The US top diplomat will be in Tokyo from Sunday to Tuesday, spokeswoman Morgan "
        "Ortagus said in a statement.\n\n"
        '"Secretary Pompeo expects to be traveling to Asia again in October," she said, '
        "without mentioning Trump's illness.",
        "2020-10-03",
    )
    assert found == [
        ("Morgan Ortagus", "Secretary Pompeo expects to be traveling to Asia again in October")
    ]


def test_a_word_or_two_in_quote_marks_is_a_label_unless_a_speaker_says_them() -> None:
    labels = _quotes(
        "Putin, Xi extend treaty\n\n"
        "Russian President Vladimir Putin said the treaty signed in 2001 helped take "
        'relations between Moscow and Beijing to an "unprecedented height" over two decades '
        "of cooperation between the neighbours.",
        "2021-06-29",
    )
    said = _quotes(
        "Japan urges Seoul\n\n"
        'Japanese official Shigeki Takizaki urged Seoul to "act prudently" on the pact.',
        "2019-11-15",
    )
    assert labels == []
    assert said == [("Shigeki Takizaki", "act prudently")]
