"""Agreements: the narrowed searches find what the plain patterns find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplowire
from diplowire.extraction import extract
from diplowire.extraction.agreements import _GENERIC, _generic, _subject
from diplowire.models import Agreement

_WORDS = ["the", "The", "a", "an", "its", "their", "this", "2019", "pact", "pacts", "pactual",
          "pactsx", "compact", "treaty", "swap line", "deal", "signed", "trade", "defense",
          "GSOMIA", "Anglo-Irish", "of", "new", "x", "pact.", "deal,"]  # fmt: skip
_SPACES = [" ", " ", " ", "  ", "\xa0", ", ", ""]


def _found(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SPACES)), max_size=20))
def test_generic_mentions_are_found_between_the_heads_as_in_the_whole_sentence(
    words: list[tuple[str, str]],
) -> None:
    text = "".join(word + space for word, space in words)
    assert _found(_generic(text)) == _found(_GENERIC.finditer(text))


def test_generic_mentions_in_a_sentence() -> None:
    text = "Its 2019 trade pact and the compact treaty, unlike the pacts signed, held."
    found = [m.group(0) for m in _generic(text)]
    assert found == ["Its 2019 trade pact", "the compact treaty", "the pacts"]
    longest = "So did their 2001 trade defense Anglo-Irish GSOMIA swap line."
    assert [m.group(0) for m in _generic(longest)] == [longest[7:-1]]


def _pacts(text: str, published: str) -> list[Agreement]:
    return extract(diplowire.parse(text, published=published)).agreements


@pytest.mark.parametrize(
    "text",
    [
        # Qatar Day, 2021-08-28 and KBS, 2025-10-31: a body and a building named after a
        # head word; Kazinform, 2022-09-15: an organization's acronym.
        "HH the Amir Sheikh Tamim bin Hamad Al-Thani held a telephone conversation on Friday "
        "with HE Secretary-General of the North Atlantic Treaty Organization (NATO) Jens "
        "Stoltenberg.",
        "During the 41-minute meeting at the HICO Convention Center, Lee emphasized the need "
        "for stronger cooperation.",
        "Kazakh President Kassym-Jomart Tokayev landed in Samarkand for the SCO Heads of State "
        "Council meeting, Kazinform cites Akorda.",
        # New Telegraph, 2025-06-24: a pact cited as a norm, with no event of its own.
        "Russia's Foreign Ministry said Sunday that it \u201cstrongly condemned\u201d U.S. airstrikes "
        "on Iranian nuclear facilities, calling the attacks \u201ca gross violation of international "
        "law, the UN Charter, and UN Security Council resolutions.\u201d",
    ],
)
def test_bodies_buildings_and_cited_norms_are_no_agreements(text: str) -> None:
    assert _pacts(text, "2022-09-15") == []


def test_a_part_or_a_party_of_a_pact_is_not_its_name() -> None:
    # Myanmar Sun, 2020-11-23 (a State Department statement).
    found = _pacts(
        '"On May 22, 2020, the United States exercised its right pursuant to paragraph 2 of '
        "Article XV of the Treaty on Open Skies by providing notice to the Treaty Depositaries. "
        "Six months having elapsed, the U.S. withdrawal took effect on November 22, 2020, and "
        'the United States is no longer a State Party to the Treaty on Open Skies," the State '
        "Department said.",
        "2020-11-23",
    )
    assert [a.name for a in found] == ["Treaty on Open Skies"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # LatestLY (PTI), 2025-04-24: singular and plural spellings.
        (
            "India informs Pakistan of its decision to keep Indus Water Treaty in abeyance with "
            "immediate effect. The Indus Waters Treaty, brokered by the World Bank, has governed "
            "the use of the Indus river between India and Pakistan since 1960.",
            "2025-04-24",
        ),
        # Al Arabiya, 2021-02-03: the acronym with and without its head word.
        (
            "The United States has extended the New START nuclear disarmament treaty with Russia "
            "for five years starting Wednesday. \u201cToday, the United States took the first step "
            "toward making good on that pledge when it extended the New START Treaty with the "
            "Russian Federation for five years.\u201d",
            "2021-02-03",
        ),
        # Interfax, 2023-02-28: the acronym, a short name and the full treaty name.
        (
            "Russian President Vladimir Putin has signed a law suspending Russia's participation "
            "in the Strategic Arms Reduction Treaty (New START), the official database of legal "
            "information said on Tuesday. The law on Russia's suspension of the U.S.-Russian "
            "Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive "
            "Arms will take effect from the day of its official publication.",
            "2023-02-28",
        ),
        # Myanmar Sun, 2020-11-23: the head before its subject and after it.
        (
            'The United States is no longer a party to the Open Skies Treaty. "On May 22, '
            "2020, the United States exercised its right pursuant to paragraph 2 of Article XV "
            'of the Treaty on Open Skies by providing notice to the Treaty Depositaries."',
            "2020-11-23",
        ),
        # Moldpres, 2015-07-09: a party by its name and by its short form.
        (
            "The Austrian parliament ratified the Moldova-European Union Association Agreement "
            "on 8 July. Italy and Greece are the last two European states which are to ratify "
            "the Moldova-EU Association Agreement.",
            "2015-07-09",
        ),
        # CCR, 2024-07-09: the name in quote marks is the name, not another document.
        (
            "Japan and the Philippines signed the \u201cReciprocal Access Agreement\u201d in Manila "
            "on the 8th. The media also said that after the \u201cReciprocal Access Agreement\u201d "
            "comes into effect, Japan will be able to participate in the exercise.",
            "2024-07-09",
        ),
        # TASS, 2023-05-17: one unnamed pact described twice the same way.
        (
            "Erdogan and Putin may soon discuss over phone the extension of the grain deal, which "
            'is set to expire on May 18, a source in Ankara told TASS on Wednesday. "The '
            "possibility of their phone talks is not ruled out, because, as you know, the grain "
            'deal expires tomorrow."',
            "2023-05-17",
        ),
        # Milosi (Xinhua), 2025-12-28: a well-known pact by its other name (known_names).
        (
            "Diana Eglite, a spokesperson for the Latvian Ministry of Foreign Affairs, stated "
            "that Latvia submitted documents to the UN Secretary-General regarding its "
            "withdrawal from the Mine Ban Convention six months ago. The Ottawa Convention was "
            "signed in 1997 and entered into force in 1999.",
            "2025-12-28",
        ),
    ],
)
def test_one_pact_under_the_names_copy_gives_it_is_one_record(text: str, published: str) -> None:
    assert len(_pacts(text, published)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # NHK World, 2016-09-02; UNN, 2025-10-21: a pact that does not exist.
        "Japan and Russia did not sign a peace treaty after World War Two due to the dispute "
        "over the islands.",
        "The American side concluded that there was no chance of a real agreement in Budapest.",
        # CGTN, 2019-12-22: "ended without a deal".
        "Denuclearization negotiations between Washington and Pyongyang have stalled since the "
        "second summit between the DPRK's top leader Kim Jong Un and Trump in Hanoi in "
        "February ended without a deal.",
        # MENAFN (KUNA), 2026-02-28: a pact cited as a norm, far after the citing words.
        "Both sides expressed their strong condemnation of this blatant aggression, which "
        "constitutes a flagrant violation of the sovereignty of both countries, international "
        "law, and the Charter of the United Nations.",
    ],
)
def test_pacts_said_not_to_exist_or_only_cited_are_no_records(text: str) -> None:
    assert _pacts(text, "2025-10-21") == []


def test_two_names_joined_by_and_are_two_pacts() -> None:
    # Darpan Magazine, 2014-08-18 (a spokesman quoted twice in one story).
    found = _pacts(
        "Pakistan can resolve issues with India only if it allows the bilateral dialogue to be "
        "guided by the Simla Agreement of 1972 and the Lahore Declaration, he added. He spoke "
        "of dialogue within the framework and principles of Simla Agreement and the Lahore "
        "Declaration.",
        "2014-08-18",
    )
    assert [(a.name, [(e.kind, e.date) for e in a.events]) for a in found] == [
        ("Simla Agreement", [("signed", "1972")]),
        ("Lahore Declaration", []),
    ]


def test_signing_a_law_or_a_law_taking_effect_is_no_event_of_the_pact() -> None:
    # Al Arabiya, 2021-02-03 and Interfax, 2023-02-28.
    found = _pacts(
        "Russian President Vladimir Putin signed off last Friday legislation extending the "
        "New START treaty. The law on Russia's suspension of the New START treaty will take "
        "effect from the day of its official publication.",
        "2021-02-03",
    )
    kinds = {e.kind for a in found for e in a.events}
    assert not kinds & {"signed", "in_force"}, kinds


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # CGTN, 2021-06-14 and 2021-11-03.
        (
            "The Philippine Senate ratified the Visiting Forces Agreement in 1999, seven years "
            "after the closure of the last U.S. base on the Philippine territory.",
            "2021-06-14",
            [("ratified", "1999")],
        ),
        (
            "Four ASEAN countries and South Korea haven't ratified the RCEP yet. China "
            "completed the ratification for the RCEP in April, making it the first among "
            "non-ASEAN signatory states.",
            "2021-11-03",
            [("ratified", "2021-04")],
        ),
        # A condition, not an act: "60 days after ratification by ...".
        (
            "The RCEP will enter into force 60 days after ratification by at least six ASEAN "
            "states and at least three non-ASEAN states.",
            "2021-11-03",
            [("in_force", None)],
        ),
    ],
)
def test_ratification_is_an_event_of_its_own(
    text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    [pact] = _pacts(text, published)
    assert [(e.kind, e.date) for e in pact.events] == expected


@pytest.mark.parametrize(
    ("text", "name", "parties"),
    [
        # Adapted from real sentences (UPI 2012, tests/data/real): the name says whose
        # pact it is, whatever other countries the sentences name.
        (
            "Seoul delayed the signing on Friday. South Korea and Japan had planned to sign "
            "it. The government said the South Korea-Japan General Security of Military "
            "Information Agreement, which was due to be signed at 4 p.m., would be discussed "
            "with the National Assembly first, the United States said.",
            "General Security of Military Information Agreement",
            ["JP", "KR"],
        ),
        # A real sentence (2021-01-21): a city in the name is no party.
        (
            "The Paris Agreement will enter into force for the United States on 19 February 2021.",
            "Paris Agreement",
            ["US"],
        ),
    ],
)
def test_the_parties_a_pact_s_name_gives(text: str, name: str, parties: list[str]) -> None:
    agreements = diplowire.extract(text, published="2021-01-21", merge=False).agreements
    found = [a for a in agreements if name in (a.name or "")]
    assert [a.parties for a in found] == [parties]


@pytest.mark.parametrize(
    ("text", "published", "alias", "events"),
    [
        # Devdiscourse (Reuters), 2023-07-17: a pact the story dates, told by its place.
        (
            "Russia has halted its participation in the Black Sea grain export deal, the Kremlin "
            "said on Monday. It had been extended several times, but was due to expire on Monday.",
            "2023-07-17",
            "Black Sea grain export deal",
            [("suspended", "2023-07-17"), ("expires", "2023-07-17")],
        ),
        # Graphic News, 2023-07-17: "these Black Sea agreements", and a cue of their end.
        (
            "\u201cIn fact, the Black Sea agreements ceased to be valid today,\u201d Kremlin "
            "spokesman Dmitry Peskov told reporters on Monday (July 17).",
            "2023-07-17",
            "Black Sea agreements",
            [("terminated", "2023-07-17")],
        ),
        # Middle East Monitor, 2025-04-17: the year before the label dates its signing.
        (
            "Russia is one of the signatories to the 2015 Iran nuclear deal from which US "
            "President Donald Trump withdrew during his first term in 2018.",
            "2025-04-17",
            "Iran nuclear deal",
            [("signed", "2015")],
        ),
    ],
)
def test_a_pact_told_by_its_place_is_one_when_the_story_dates_it(
    text: str, published: str, alias: str, events: list[tuple[str, str]]
) -> None:
    [pact] = _pacts(text, published)
    assert alias in pact.aliases
    assert [(e.kind, e.date) for e in pact.events] == events


@pytest.mark.parametrize(
    "text",
    [
        # Sputnik, 2015-12-29; UrduPoint, 2019-12-20: named in passing, nothing of it told.
        '"The sides discussed the state of the implementation of the Minsk agreements, noting '
        'the need to fully fulfill them," the statement reads.',
        'According to the Kyodo news agency, Rouhani said in a meeting with Abe that he "strongly '
        'condemned" the withdrawal of the United States from the Iranian nuclear deal.',
    ],
)
def test_a_pact_told_by_its_place_in_passing_is_no_record(text: str) -> None:
    assert _pacts(text, "2019-12-20") == []


def test_a_pact_described_and_told_by_its_place_is_one_record() -> None:
    # Meduza, 2023-07-17.
    [pact] = _pacts(
        "According to Kremlin spokesperson Dmitry Peskov, the grain deal has been de facto "
        "terminated as of July 17. The Black Sea agreement has de facto ceased to be in force "
        "today.",
        "2023-07-17",
    )
    assert pact.aliases == ["grain deal", "Black Sea agreement"]


@pytest.mark.parametrize(
    ("text", "published", "aliases", "events"),
    [
        # Nippon.com (Jiji), 2024-06-28: what it is on is part of the description.
        (
            "Tokyo, June 28 (Jiji Press)--Japan and the Philippines are expected to sign a "
            "bilateral agreement on reciprocal troop access at a ministerial security meeting in "
            "Manila early next month, people familiar with the matter said Friday.",
            "2024-06-28",
            ["bilateral agreement on reciprocal troop access"],
            [("signed", "2024-07")],
        ),
        # The Korea Herald, 2025-12-28.
        (
            "Since signing the treaty on a comprehensive strategic partnership in 2024, North "
            "Korea and Russia have shown increasing cooperation.",
            "2025-12-28",
            ["treaty on a comprehensive strategic partnership"],
            [("signed", "2024")],
        ),
        # KUNA, 2024-06-21: a label in quote marks before its head.
        (
            "The top diplomats' talks came as Kim and Putin signed the \"comprehensive strategic "
            'partnership" treaty after their summit in Pyongyang.',
            "2024-06-21",
            ["comprehensive strategic partnership treaty"],
            [("signed", None)],
        ),
        # Kyodo, 2023-12-01: a sum in the description; "the ..." is the pact just described.
        (
            "Japan and South Korea signed Friday a bilateral currency swap agreement to enable "
            "access to the other's funds in times of emergency. The signing of the $10 billion "
            "swap arrangement came after the finance ministers of both nations agreed to revive "
            "it during talks in June.",
            "2023-12-01",
            ["bilateral currency swap agreement", "$10 billion swap arrangement"],
            [("signed", "2023-12-01")],
        ),
        # Myanmar TV (Reuters), 2021-06-29: an age in the description, "the treaty" after it.
        (
            "The leaders of Russia and China on Monday hailed increasingly close ties between "
            "their countries and announced the extension of a 20-year-old friendship treaty. "
            "Putin said that the treaty signed in July 2001 in Moscow helped take relations "
            'between Moscow and Beijing to an "unprecedented height".',
            "2021-06-29",
            ["20-year-old friendship treaty"],
            [("extended", "2021-06-28"), ("signed", "2001-07")],
        ),
    ],
)
def test_a_pact_described_in_plain_words(
    text: str, published: str, aliases: list[str], events: list[tuple[str, str | None]]
) -> None:
    [pact] = _pacts(text, published)
    assert pact.aliases == aliases
    assert [(e.kind, e.date) for e in pact.events] == events


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # Jiji, 2024-06-28; UrduPoint, 2019-11-22; Kazinform, 2021-05-02; CGTN, 2022:
        # what a pact is on, not a condition or a deed agreed on.
        ("sign a bilateral agreement on reciprocal troop access at a ministerial meeting",
         " on reciprocal troop access "),
        ("extended the Korea-Japan intelligence agreement on the condition the agreement can be "
         "terminated", None),
        ("commended the agreement on holding the summit in Dushanbe", None),
        ("China always supports an early agreement on resuming compliance with the nuclear deal",
         None),
    ],
)  # fmt: skip
def test_what_a_described_pact_is_on(text: str, subject: str | None) -> None:
    head = text.find(" agreement ") + len(" agreement")
    found = _subject().match(text, head)
    assert (found.group(0) if found else None) == subject


def _events(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for a in _pacts(text, published) for e in a.events]


@pytest.mark.parametrize(
    ("text", "published", "parties"),
    [
        # CCR, 2024-07-09: the two states that signed it, not the countries of the media.
        (
            "According to reports from Agence France-Presse, Japan\u2019s Kyodo News Agency, "
            "Singapore\u2019s Straits Times and other media, Japan and the Philippines signed the "
            "\u201cReciprocal Access Agreement\u201d in Manila on the 8th. The media also said that "
            "Japan will be able to join the annual exercise held by the United States and the "
            "Philippines.",
            "2024-07-09",
            ["JP", "PH"],
        ),
        # CNN, 2022-01-04.
        (
            "Australia and Japan are set to sign a treaty to strengthen defense and security "
            "cooperation at a virtual summit on Thursday, after Japanese Prime Minister Fumio "
            "Kishida canceled trips to Australia and the United States. Australian Prime "
            "Minister Scott Morrison said the two leaders will sign a Reciprocal Access "
            "Agreement.",
            "2022-01-04",
            ["AU", "JP"],
        ),
        # Massis Post, 2023-06-08: a description names them.
        (
            "Bayramov and Mirzoyan were due to begin a fresh round of negotiations in Washington "
            "on June 12 to build on the progress made towards an Armenian-Azerbaijani peace "
            "treaty in recent weeks.",
            "2023-06-08",
            ["AM", "AZ"],
        ),
    ],
)
def test_the_parties_the_sentences_name_as_signers_or_in_a_description(
    text: str, published: str, parties: list[str]
) -> None:
    assert [a.parties for a in _pacts(text, published)] == [parties]


def test_an_initiative_told_by_its_place_is_a_pact_when_the_story_dates_it() -> None:
    # teleSUR, 2022-11-17: the initiative and "the grain agreement" are one pact.
    [pact] = _pacts(
        "The Black Sea grain initiative, which was due to expire on November 19, has been "
        "extended for 120 days, said Turkish President Recep Tayyip Erdogan. According to the "
        "President, the significance and benefits of the grain agreement regarding world food "
        "supply have been evidenced by the delivery of more than 11 million tons of grain.",
        "2022-11-17",
    )
    assert pact.aliases == ["Black Sea grain initiative", "grain agreement"]
    assert [(e.kind, e.date) for e in pact.events] == [
        ("extended", None),
        ("expires", "2022-11-19"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # People's Daily, 2021-04-02 (the sentence with a second mention of the same kind):
        # an initiative that is a policy, nothing dated of it.
        "Hussein said Malaysia hopes to boost bilateral cooperation in the fields of energy, "
        "investment, and food security under the framework of the Belt and Road Initiative. "
        "The Global Development Initiative proposed by China was welcomed, and the Global "
        "Development Initiative was discussed again.",
    ],
)
def test_an_initiative_with_nothing_dated_is_no_pact(text: str) -> None:
    assert _pacts(text, "2021-04-02") == []


# The lifecycle steps real sentences tell, and their days (each group a kind of rule).
STEPS = [
    # -- A termination put off, by its decision, its notice or its date.
    # China.org.cn (Xinhua), 2019-11-22; UrduPoint (Sputnik), 2019-11-22; CGTN,
    # 2021-06-14: a termination put off, by its decision, its notice or its date.
    (
        "South Korea's presidential Blue House said Friday that it decided to suspend the "
        "scheduled termination of the military intelligence-sharing pact with Japan, called "
        "the General Security of Military Information Agreement (GSOMIA).",
        "2019-11-22",
        [("termination_suspended", "2019-11-22")],
    ),
    # ... and the date of the saying, after the clause, dates it; "can be terminated"
    # is no event.
    (
        "South Korea suspended its decision to end its General Security of Military "
        "Information Agreement (GSOMIA) with Japan and extended the pact with the option that "
        "it can be terminated at any moment, Kim You-geun, deputy director of South Korea's "
        "national security office, confirmed on Friday.",
        "2019-11-22",
        [("termination_suspended", "2019-11-22"), ("extended", "2019-11-22")],
    ),
    (
        "The president conveyed to us his decision to extend the suspension of the "
        "abrogation of the VFA by another six months while he studies his concerns.",
        "2021-06-14",
        [("termination_suspended", None)],
    ),
    # -- A step denied, supposed or opposed is none.
    # Euromaidan Press, 2023-07-17: a denied extension is none, but a decision to let
    # the pact lapse; an expiry by its day before it.
    (
        "Russia's suspension of the Black Sea deal was announced on Monday. Wheat futures "
        "rose as much as 4.2% after Russia said it wouldn\u2019t extend the Black Sea deal "
        "past its Monday expiration date.",
        "2023-07-17",
        [
            ("suspended", "2023-07-17"),
            ("termination_announced", "2023-07-17"),
            ("expires", "2023-07-17"),
        ],
    ),
    # Yonhap, 2025-12-30: a condition.
    (
        "The first phase of the FTA, which took effect in December 2015, eliminated tariffs "
        "on major goods. If the second phase of the FTA is concluded, the scope of market "
        "opening is expected to expand.",
        "2025-12-30",
        [("in_force", "2015-12")],
    ),
    # Meduza, 2023-07-17: a stance on an extension, not one.
    (
        "According to Peskov, the grain deal has been de facto terminated as of July 17. "
        "Zakharova said that Moscow has already officially notified Ukraine, Turkey, and the "
        "UN \u201cof its objection to the extension of the deal.\u201d",
        "2023-07-17",
        [("terminated", "2023-07-17")],
    ),
    # -- The date set around a step's clause.
    # Euromaidan Press, 2023-07-17: the fronted date; the date after the next cue is
    # that cue's.
    (
        "On 17 July, Kremlin spokesman Dmitry Peskov announced Russia\u2019s suspension of "
        "the Black Sea grain agreement, signed in the summer of 2022 to unblock the export "
        "of Ukrainian grain.",
        "2023-07-17",
        [("suspended", "2023-07-17"), ("signed", "2022")],
    ),
    # UrduPoint (Sputnik), 2023-02-28.
    (
        "On February 21, Putin said in a message to the Federal Assembly that Russia was "
        "suspending participation in the New START, stressing that the country was not "
        "withdrawing from the treaty.",
        "2023-02-28",
        [("suspended", "2023-02-21")],
    ),
    # MarketScreener (Xinhua), 2020-11-15; teleSUR, 2022-11-17: the date a relative
    # clause hangs on.
    (
        "Premier Li Keqiang made the remarks when attending the 4th RCEP Summit on Nov 15, "
        "where the agreement was signed by its 15 participating countries.",
        "2020-11-16",
        [("signed", "2020-11-15")],
    ),
    (
        "Russia has said it also expects restrictions on Russian food and fertilizer exports "
        "to be lifted, as the United Nations (UN) promised last July 22, when the grain "
        "agreement was signed in Istanbul.",
        "2022-11-17",
        [("signed", "2022-07")],
    ),
    # Kyodo, 2016-11-23: "a pact" before the name is given is the pact named next.
    (
        "South Korea and Japan signed a pact on Wednesday that allows the sharing of military "
        "intelligence. South Korean Defense Minister Han Min Koo and Japanese Ambassador "
        "Yasumasa Nagamine inked the deal, known as the General Security of Military "
        "Information Agreement, at South Korea's Defense Ministry.",
        "2016-11-23",
        [("signed", "2016-11-23")],
    ),
    # -- A pact one side ends, and when it dates back to.
    # Pledge Times, 2024-03-16; Tag24 (AFP), 2024-03-17: a pact one side ends, and
    # when it dates back to.
    (
        "On Saturday, the ruling military junta in Niger canceled \u201cwith immediate "
        "effect\u201d the military cooperation agreement with the United States, which dates "
        "back to 2012.",
        "2024-03-16",
        [("terminated", "2024-03-16"), ("signed", "2012")],
    ),
    (
        "Niamey, Niger - Niger 's government announced on Saturday that it was breaking off "
        '"with immediate effect" its military cooperation agreement with the United States.',
        "2024-03-17",
        [("terminated", "2024-03-16")],
    ),
    # -- More steps and their days.
    # UrduPoint (Sputnik), 2023-02-28: a state's participation suspended; the law's
    # signing is no step of the pact and leaves its day to the suspension.
    (
        "Russian President Vladimir Putin signed a law on Tuesday that suspends Russia's "
        "participation in the New Strategic Arms Reduction Treaty (New START), according to "
        "the official legal information portal.",
        "2023-02-28",
        [("suspended", "2023-02-28")],
    ),
    # Graphic News, 2023-07-17: a dateline's date; words describing a label before it.
    (
        "July 17, 2023 - Russia has halted participation in the year-old UN-brokered Black "
        "Sea Initiative that has enabled the export of more than 32 million tonnes of "
        "Ukrainian grain.",
        "2023-07-17",
        [("suspended", "2023-07-17")],
    ),
    # A News, 2022-11-17: "as of Nov. 19" starts the new term; the extension is the
    # day it was announced.
    (
        "Days before its scheduled expiration, the landmark Black Sea grain deal has been "
        'extended for another 120 days, the Turkish president announced on Thursday. "As a '
        "result of four-way talks hosted by T\u00fcrkiye, the Black Sea Grain Corridor "
        'Agreement was extended for 120 days as of Nov. 19, 2022," said Erdogan.',
        "2022-11-17",
        [("extended", "2022-11-17"), ("expires", None)],
    ),
    # BelTA, 2025-06-27: an idea of ending a pact is none.
    (
        "Previously, it was reported that the parliaments of Poland and Finland also "
        "supported the idea of denouncing the Ottawa Convention.",
        "2025-06-27",
        [],
    ),
    # The Daily Beast, 2020-11-04: notice served, on a day of the year it names.
    (
        "The United States formally quit the Paris Climate Agreement at midnight Wednesday. "
        "President Donald Trump served notice to pull the U.S. out of the global accord to "
        "fight the climate crisis on Nov. 4 last year.",
        "2020-11-04",
        [("terminated", "2020-11-04"), ("termination_announced", "2019-11-04")],
    ),
    # Kyodo, 2016-11-23: "immediately" is the day of the step just told.
    (
        "South Korea and Japan signed a pact on Wednesday that allows the sharing of military "
        "intelligence. South Korean Defense Minister Han Min Koo and Japanese Ambassador "
        "Yasumasa Nagamine inked the deal, known as the General Security of Military "
        "Information Agreement, at South Korea's Defense Ministry. It will go into effect "
        "immediately as it does not require parliamentary ratification.",
        "2016-11-23",
        [("signed", "2016-11-23"), ("in_force", "2016-11-23")],
    ),
    # -- Pacts referred to, negotiated and let lapse.
    # TASS, 2023-05-17: "They were ..." goes on about the pacts.
    (
        '"The possibility of their phone talks is not ruled out, because, as you know, the '
        'grain deal expires tomorrow." The agreements were originally concluded for a period '
        "of 120 days. They were extended for the same period last November.",
        "2023-05-17",
        [("expires", "2023-05-18"), ("signed", None), ("extended", "2022-11")],
    ),
    # KUNA, 2019-11-22; UrduPoint, 2019-11-22: a decision not to renew is told, and
    # dated by its saying, not by the deadline after it.
    (
        "The General Security of Military Information Agreement (GSOMIA), signed in 2016, "
        "has allowed the two countries to share information on the threat posed by North "
        "Korea. But Seoul said in August it would not renew the pact beyond the deadline on "
        "Friday unless Tokyo reversed its export curbs.",
        "2019-11-22",
        [("signed", "2016"), ("termination_announced", "2019-08")],
    ),
    (
        "Seoul announced it would not be extending the GSOMIA in August the deal was set to "
        "expire on Saturday.",
        "2019-11-22",
        [("termination_announced", "2019-08"), ("expires", "2019-11-23")],
    ),
    # Yonhap, 2021-02-12: negotiations since a fronted date.
    (
        "Since September 2019, South Korea and the U.S. have engaged in grueling negotiations "
        "to reach the defense cost-sharing deal, called the Special Measures Agreement "
        "(SMA), for stationing the 28,500-strong U.S. Forces Korea (USFK).",
        "2021-02-12",
        [("negotiations", "2019-09")],
    ),
    # -- A clause's one date, before its verbs.
    # Myanmar TV (Reuters), 2021-06-29: the clause's one date, before its verbs.
    (
        "The leaders of Russia and China on Monday hailed increasingly close ties between "
        "their countries and announced the extension of a 20-year-old friendship treaty, a "
        "show of unity amid their tensions with the West.",
        "2021-06-29",
        [("extended", "2021-06-28")],
    ),
    # News.az, 2025-06-23.
    (
        'Earlier this year the presidents of Iran and Russia signed a "comprehensive '
        'strategic partnership agreement" between their countries.',
        "2025-06-23",
        [("signed", "2025")],
    ),
    # The seeds (AP, 2019-11-15): a decision is not dated by the verb before it.
    (
        "Japan pushed South Korea on Friday to rethink its decision to terminate a bilateral "
        "military intelligence-sharing pact that helps the two Asian neighbors deal with "
        "missile threats from North Korea.",
        "2019-11-15",
        [("termination_announced", None)],
    ),
    # CGTN, 2021-11-03: "As of Tuesday, ... have ratified".
    (
        "As of Tuesday, six Association of Southeast Asian Nations (ASEAN) member states, "
        "as well as four non-ASEAN signatory states, have ratified the RCEP agreement, said "
        "MOFCOM citing a statement by the ASEAN Secretariat.",
        "2021-11-03",
        [("ratified", "2021-11-02")],
    ),
    # -- The making of a pact.
    # Devdiscourse (Reuters), 2023-07-17: "brokered ... last July" is its making.
    (
        "Russia has halted its participation in the Black Sea grain export deal, the Kremlin "
        "said on Monday. The deal, brokered by the United Nations and Turkey last July, aimed "
        "to alleviate a global food crisis.",
        "2023-07-17",
        [("suspended", "2023-07-17"), ("signed", "2022-07")],
    ),
    # LatestLY, 2025-04-24; teleSUR, 2022-11-17: who made it, with no day, is no step.
    (
        "The Indus Waters Treaty, brokered by the World Bank, has governed the use of the "
        "Indus river and its tributaries between India and Pakistan since 1960.",
        "2025-04-24",
        [],
    ),
    (
        "Russia has said it also expects restrictions on Russian exports to be lifted, as the "
        "United Nations (UN) promised last July 22, when the grain agreement was signed in "
        "Istanbul. The agreement negotiated by the UN and T\u00fcrkiye aimed to secure grain "
        "and fertilizer supplies to world markets.",
        "2022-11-17",
        [("signed", "2022-07")],
    ),
    # UrduPoint (Sputnik), 2022-01-06: "as we sign our Reciprocal Access Agreement".
    (
        '"Prime Minister, today we demonstrate the strength of our bonds as we sign our '
        'Reciprocal Access Agreement, the first of its kind for Japan."',
        "2022-01-06",
        [("signed", "2022-01-06")],
    ),
]


@pytest.mark.parametrize(("text", "published", "events"), STEPS)
def test_lifecycle_steps_of_real_sentences(
    text: str, published: str, events: list[tuple[str, str | None]]
) -> None:
    assert _events(text, published) == events


def test_the_latest_deal_alone_names_no_pact() -> None:
    # Yonhap, 2025-12-29: "latest", like "new" or "last", tells no pact apart.
    assert (
        _pacts(
            "The latest agreement builds on two previous deals signed in 2022 and 2024, with the "
            "first valued at 5.03 trillion won and the second at 2.2 trillion won.",
            "2025-12-29",
        )
        == []
    )


def test_the_body_owning_a_pact_is_no_part_of_its_name_and_its_news_is_of_the_day() -> None:
    # Real (Radio Pakistan, 2021-01-23).
    text = (
        "UN treaty to ban nuclear weapons enters into force\n\nThe United Nations' Treaty on "
        "Prohibition of Nuclear Weapons has entered into force."
    )
    (pact,) = diplowire.extract(text, published="2021-01-23", merge=False).agreements
    assert pact.name == "Treaty on Prohibition of Nuclear Weapons"
    assert [(e.kind, e.date) for e in pact.events] == [("in_force", "2021-01-23")]


def test_a_perfect_with_a_date_of_its_own_keeps_it() -> None:
    text = "The Treaty of Friendship has been signed on March 3, 2021 by both sides."
    (pact,) = diplowire.extract(text, published="2021-06-01", merge=False).agreements
    assert [(e.kind, e.date) for e in pact.events] == [("signed", "2021-03-03")]


def test_a_pact_name_may_join_countries_by_an_en_dash() -> None:
    # Real (FBC News, 2025-04-15).
    text = (
        "Discussions also covered the progress of the Fiji–Solomon Islands Security "
        "Agreement, with both leaders welcoming the finalization of the draft."
    )
    names = [
        a.name for a in diplowire.extract(text, published="2025-04-15", merge=False).agreements
    ]
    assert names == ["Fiji–Solomon Islands Security Agreement"]


def test_an_international_body_before_a_head_is_no_pact_s_acronym() -> None:
    # Real (European Western Balkans citing Kathimerini, 2019-02-08).
    text = (
        "Greek Parliament has ratified NATO accord with Macedonia for its admission into "
        "Alliance under a new name, the Republic of North Macedonia, Kathimerini reported."
    )
    found = diplowire.extract(text, published="2019-02-08", merge=False).agreements
    assert all(a.acronym != "NATO" and a.name != "NATO" for a in found)


def test_a_signing_note_after_a_pact_s_name_dates_no_other_step() -> None:
    # Real (UzDaily, 2020-02-28): the Senate's law names where and when the charter was
    # signed; that is not the day it was ratified.
    text = (
        "The senators approved the law “On the ratification of the Charter of the Hague "
        "Conference on Private International Law (The Hague, October 31, 1951).”"
    )
    (pact,) = diplowire.extract(text, published="2020-02-28", merge=False).agreements
    assert all(e.date != "1951-10-31" for e in pact.events if e.kind == "ratified")
