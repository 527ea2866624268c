"""Who is not a party to the meeting a sentence reports (issue 17)."""

from __future__ import annotations

import pytest

import diplowire
from conftest import DATA


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


def _people_of(text: str, published: str) -> list[set[str]]:
    found = diplowire.extract(text, published=published, merge=False)
    assert not found.failures
    return [{p.name for p in m.participants} for m in found.meetings]


def test_calling_on_a_person_is_a_visit_and_calling_on_one_to_act_a_demand() -> None:
    # Real (Malay Mail, 2023-11-08), after a lead written for the test naming Han Zheng.
    visit = (
        "Chinese Vice President Han Zheng arrived in Kuala Lumpur on Wednesday.\n\n"
        "He is also scheduled to call on Prime Minister Datuk Seri Anwar Ibrahim on Thursday."
    )
    found = diplowire.extract(visit, published="2023-11-08", merge=False).meetings
    assert [({p.name for p in m.participants}, m.status) for m in found] == [
        ({"Han Zheng", "Anwar Ibrahim"}, "scheduled")
    ]
    # Written for the test: the same verb asking something of a person.
    demand = "Lawmakers called on President Vladimir Putin on Monday to end the war."
    assert _people_of(demand, "2023-11-08") == []


def test_reaching_out_to_a_person_is_a_contact() -> None:
    # Written for the test in the shape of Hindustan Times, 2021-01-28 ("Lloyd Austin ...
    # reached out to" his counterpart "to discuss defence cooperation").
    text = (
        "US Defense Secretary Lloyd Austin reached out to Indian Defence Minister Rajnath "
        "Singh on Wednesday to discuss defence cooperation."
    )
    assert _people_of(text, "2021-01-28") == [{"Lloyd Austin", "Rajnath Singh"}]
    # Reaching out to a country or a public is no contact with a person.
    assert _people_of("Austin reached out to India on Wednesday.", "2021-01-28") == []


def test_the_name_of_a_pact_is_no_person() -> None:
    # Real (EFE via La Prensa Latina, 2023-01-11).
    text = (
        "London, Jan 11 (EFE).- British Prime Minister Rishi Sunak welcomed his Japanese "
        "counterpart, Fumio Kishida, to London for a working visit.\n\nThe two leaders held a "
        "bilateral meeting at the Tower of London before signing the so-called Reciprocal "
        "Access Agreement, a historic defense treaty."
    )
    for people in _people_of(text, "2023-01-11"):
        assert not any("Reciprocal" in name for name in people), people


def test_a_fronted_meeting_phrase_has_the_main_clause_subject_as_a_party() -> None:
    # Real (TASS, 2023-03-25).
    text = (
        "MOSCOW, March 25. /TASS/. In a telephone conversation with Russian President "
        "Vladimir Putin on Saturday, Turkish leader Recep Tayyip Erdogan said he understood "
        "Russia's intentions to remove obstacles to Russian food exports, the Kremlin said."
    )
    found = diplowire.extract(text, published="2023-03-25", merge=False).meetings
    assert [({p.name for p in m.participants}, m.kind, m.date) for m in found] == [
        ({"Vladimir Putin", "Recep Tayyip Erdogan"}, "phone", "2023-03-25")
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "people"),
    [
        # Real readouts (tests/data/real): a time word between "spoke" and "with".
        (
            "Secretary of State Antony J. Blinken spoke today with Pakistani Foreign Minister "
            "Bilawal Bhutto Zardari.",
            "2022-07-06",
            {"Antony J. Blinken", "Bilawal Bhutto Zardari"},
        ),
        (
            "President Joseph R. Biden, Jr. spoke today with President Moon Jae-in of the "
            "Republic of Korea to stress his commitment to strengthening the United "
            "States-ROK alliance.",
            "2021-02-03",
            {"Moon Jae-in"},
        ),
        (
            "Secretary of State Marco Rubio spoke today with Saudi Foreign Minister Prince "
            "Faisal bin Farhan Al Saud.",
            "2025-09-21",
            {"Marco Rubio", "Faisal bin Farhan Al Saud"},
        ),
        # Real (indianexpress, 2022-01-04): the perfect, "has spoken to".
        (
            "External Affairs Minister S Jaishankar has spoken to US Secretary of State Antony "
            "Blinken, covering a range of bilateral and global issues.",
            None,
            {"S Jaishankar", "Antony Blinken"},
        ),
        # Written to pin the shape: a weekday without "on".
        (
            "Prime Minister Anthony Albanese spoke Monday with President Xi Jinping.",
            "2022-11-14",
            {"Anthony Albanese", "Xi Jinping"},
        ),
    ],
)
def test_a_time_word_or_a_perfect_between_spoke_and_with_keeps_the_call(
    sentence: str, published: str | None, people: set[str]
) -> None:
    meetings = diplowire.extract(sentence, published=published, merge=False).meetings
    assert len(meetings) == 1
    names = {p.name for p in meetings[0].participants}
    assert people <= names and len(names) == 2, names
    assert meetings[0].date == published


@pytest.mark.parametrize(
    ("sentence", "people", "kind"),
    [
        # Real (Myanmar TV, Reuters copy, 2021-06-29).
        (
            "Speaking in a video call with Chinese President Xi Jinping, Russian President "
            "Vladimir Putin said that the treaty signed in July 2001 in Moscow helped take "
            "relations between Moscow and Beijing to an unprecedented height.",
            {"Xi Jinping", "Vladimir Putin"},
            "video",
        ),
        # Written to pin the shape: "Speaking during a phone call with X, Y said".
        (
            "Speaking during a phone call with Japanese Prime Minister Fumio Kishida, President Yoon "
            "Suk Yeol said the two countries must work together.",
            {"Fumio Kishida", "Yoon Suk Yeol"},
            "phone",
        ),
    ],
)
def test_a_fronted_participle_of_a_call_has_the_main_clause_subject_as_a_party(
    sentence: str, people: set[str], kind: str
) -> None:
    found = diplowire.extract(sentence, published="2021-06-29", merge=False).meetings
    assert [({p.name for p in m.participants}, m.kind) for m in found] == [(people, kind)]


def test_the_people_a_later_meeting_noun_names_with_between_are_its_own() -> None:
    # Real (KUNA, 2024-06-21): the summit is Kim's and Putin's, the talks Kamikawa's and Cho's.
    text = (
        "TOKYO, June 21 (KUNA) -- Japanese Foreign Minister Yoko Kamikawa held telephone "
        "talks with South Korean Foreign Minister Cho Tae-yul on Friday.\n\n"
        "During their 20-minute telephone talks, Kamikawa and Cho shared the view on the "
        "current situation in North Korea, including the summit between North Korean leader "
        "Kim Jong-un and Russian President Vladimir Putin on Wednesday, the ministry said."
    )
    for people in _people_of(text, "2024-06-21"):
        assert people in ({"Yoko Kamikawa", "Cho Tae-yul"}, {"Kim Jong-un", "Vladimir Putin"})


def test_those_named_before_a_meeting_between_others_are_not_its_parties() -> None:
    # Real (MENAFN, 2026-01-08): the ministers arrange the presidents' meeting.
    text = (
        "He added that coordination is underway between US Secretary of State Marco Rubio "
        "and Colombian Foreign Minister Rosa Villavicencio to arrange a meeting between the "
        "two presidents in the coming period."
    )
    assert _people_of(text, "2026-01-08") == []
    # Real (B92, 2022-10-17, the whole article): "President of Serbia, Aleksandar Vučić,
    # met in Belgrade with the EU envoy for dialogue between Belgrade and Pristina,
    # Miroslav Lajčák": a title naming a dialogue "between" places, then the person.
    article = (
        DATA
        / "real"
        / "articles"
        / ("b92-2022-10-17-vucic-serious-and-responsible-conversation-with-lajcak.txt")
    )
    found = _people_of(article.read_text(encoding="utf-8"), "2022-10-17")
    assert found == [{"Aleksandar Vučić", "Miroslav Lajčák"}]


@pytest.mark.parametrize(
    ("sentence", "status", "people"),
    [
        # Written on the shape of two real sentences of the corpus ("Han is scheduled to
        # have an audience with Yang di-Pertuan Agong ..."), with a day so it is firm.
        (
            "Han Zheng is scheduled to have an audience with Sultan Ibrahim Iskandar on Nov 10.",
            "scheduled",
            {"Han Zheng", "Ibrahim Iskandar"},
        ),
        (
            "Prime Minister Anwar Ibrahim had a private audience with Pope Francis on Monday.",
            "held",
            {"Anwar Ibrahim", "Francis"},
        ),
    ],
)
def test_an_audience_with_a_sovereign_is_a_meeting(
    sentence: str, status: str, people: set[str]
) -> None:
    found = diplowire.extract(sentence, published="2023-11-08", merge=False).meetings
    assert [({p.name for p in m.participants}, m.status) for m in found] == [(people, status)]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # Real (People's Daily, Xinhua copy, 2022-02-26): the description names whom
        # Bonne serves.
        (
            "BEIJING, Feb. 25 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi "
            "on Friday held a phone conversation with Emmanuel Bonne, diplomatic counselor to "
            "French President Emmanuel Macron.",
            {"Wang Yi", "Emmanuel Bonne"},
        ),
        # Written to pin the shape: "an adviser to", "the special envoy of".
        (
            "Foreign Minister Penny Wong met Jake Sullivan, national security adviser to "
            "President Joe Biden, on Friday.",
            {"Penny Wong", "Jake Sullivan"},
        ),
    ],
)
def test_the_one_an_aide_serves_is_no_party(sentence: str, people: set[str]) -> None:
    assert _people_of(sentence, "2022-02-25") == [people]


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # Real (TVC News, 2021-05-27): the host is named by office alone, the guest by his
        # country; the dateline says whose president the host is.
        (
            "ABUJA - President Muhammadu Buhari on Thursday hosted the President of Ghana, "
            "Nana Akufo-Addo, at the State House, Abuja.",
            "2021-05-27",
            {"Muhammadu Buhari": "NG", "Nana Akufo-Addo": "GH"},
        ),
        # Real shape (Yonhap, 2026-01-02): Seoul's president, Beijing's by adjective.
        (
            "SEOUL, Jan. 2 (Yonhap) -- President Lee Jae Myung will hold summit talks with "
            "Chinese President Xi Jinping in Beijing on Monday, his office said.",
            "2026-01-02",
            {"Lee Jae Myung": "KR", "Xi Jinping": "CN"},
        ),
    ],
)
def test_a_home_officeholder_takes_the_dateline_s_country(
    text: str, published: str, countries: dict[str, str]
) -> None:
    (meeting,) = diplowire.extract(text, published=published, merge=False).meetings
    assert {p.name: p.country for p in meeting.participants} == countries


@pytest.mark.parametrize(
    "text",
    [
        # Two unqualified officeholders: which one is at home the report does not say.
        "ABUJA - President Muhammadu Buhari on Thursday met Prime Minister Abiy Ahmed.",
        # An agency's dispatch from abroad travels with its own leader (Yonhap's Vilnius
        # reports of the NATO summit).
        "VILNIUS, July 12 (Yonhap) -- Prime Minister Abiy Ahmed held talks with Japanese "
        "Prime Minister Fumio Kishida on Wednesday.",
        # The home side is named already: the other unqualified one is the guest.
        "ABUJA - Nigerian President Muhammadu Buhari on Thursday met Prime Minister Abiy Ahmed.",
    ],
)
def test_the_dateline_s_country_goes_to_no_one_it_cannot_tell_apart(text: str) -> None:
    (meeting,) = diplowire.extract(text, published="2021-05-27", merge=False).meetings
    abiy = next(p for p in meeting.participants if p.name == "Abiy Ahmed")
    assert abiy.country is None


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # Real (Pattaya Mail, 2020-11-08): the spokesman tells of the call in a clause
        # with no "that", opened by its own subject.
        (
            "Government spokesman Anucha Burapachaisri said Thai Prime Minister Prayut "
            "Chan-o-cha phoned his Vietnamese counterpart Nguyen Xuan Phuc on Friday.",
            {"Prayut Chan-o-cha", "Nguyen Xuan Phuc"},
        ),
        # A verb whose object is a person takes no clause after it: the one who asks
        # is a party (Yonhap, 2023-07-12).
        (
            "VILNIUS, July 12 (Yonhap) -- President Yoon Suk Yeol asked Japanese Prime "
            "Minister Fumio Kishida on Wednesday to share data, as the two leaders held "
            "talks on the sidelines of the NATO summit in Lithuania.",
            {"Yoon Suk Yeol", "Fumio Kishida"},
        ),
        # A weekday after the verb dates the telling; the teller is the one who met.
        (
            "Japanese Prime Minister Fumio Kishida said Monday he met Chinese President Xi "
            "Jinping in Bangkok.",
            {"Fumio Kishida", "Xi Jinping"},
        ),
    ],
)
def test_who_tells_of_a_meeting_in_a_clause_without_that_is_no_party(
    text: str, parties: set[str]
) -> None:
    found = diplowire.extract(text, published="2020-11-09", merge=False).meetings
    assert [{p.name for p in m.participants} for m in found] == [parties]


def test_a_country_s_office_named_alone_is_the_person_of_that_country_named_before() -> None:
    # Real (UzA via yuz.uz, 2023-09-15).
    text = (
        "The President of the Republic of Uzbekistan Shavkat Mirziyoyev completed his "
        "working visit to Tajikistan.\n\nOn the first day of the program in Dushanbe, the "
        "President of Uzbekistan met with the President of Tajikistan Emomali Rahmon."
    )
    (meeting,) = diplowire.extract(text, published="2023-09-15", merge=False).meetings
    assert [p.name for p in meeting.participants] == ["Shavkat Mirziyoyev", "Emomali Rahmon"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # Real (Newsmax/Reuters, 2022-02-22; Jiji, 2024-10-10): the speaker tells of his own
        # meeting in a time phrase set apart from his clause.
        (
            "U.S. Secretary of State Antony Blinken told reporters on Tuesday after a "
            "meeting with Ukrainian Foreign Minister Dmytro Kuleba that sanctions would "
            "follow.",
            {"Antony Blinken", "Dmytro Kuleba"},
        ),
        (
            "Japanese Defense Minister Gen Nakatani held a videoconference on Thursday.\n\n"
            '"We hope to communicate closely," Nakatani told reporters after his first talks '
            "with Kim Yong-hyun as defense minister of the cabinet of new Japanese Prime "
            "Minister Shigeru Ishiba.",
            {"Gen Nakatani", "Kim Yong-hyun"},
        ),
    ],
)
def test_who_tells_of_a_meeting_after_it_held_it(text: str, parties: set[str]) -> None:
    found = diplowire.extract(text, published="2024-10-10", merge=False).meetings
    assert parties in [{p.name for p in m.participants} for m in found]
    assert all("Shigeru Ishiba" not in {p.name for p in m.participants} for m in found)


def test_a_phrase_naming_its_own_people_gives_no_teller() -> None:
    text = "Kim Jong-un said after Vladimir Putin's talks with Xi Jinping that nothing changed."
    found = diplowire.extract(text, published="2024-10-10", merge=False).meetings
    assert all("Kim Jong-un" not in {p.name for p in m.participants} for m in found)


def test_a_report_without_a_dateline_takes_its_country_code_domain_s_country() -> None:
    # Real (Japan's Foreign Ministry, 2019-01-21): the minister named by office alone.
    text = (
        "Japan-U.S. Foreign Ministers' Telephone Talk\n\nOn January 21, commencing at 8:40 "
        "a.m. for approximately 20 minutes, Mr. Taro Kono, Minister for Foreign Affairs of "
        "Japan, held a telephone talk with U.S. Secretary of State Mike Pompeo."
    )
    url = "https://www.mofa.go.jp/na/na1/us/page4e_000972.html"
    plain = "Foreign Minister Taro Kono held talks with U.S. Secretary of State Mike Pompeo."
    (meeting,) = diplowire.extract(plain, url=url, published="2019-01-21", merge=False).meetings
    assert {p.name: p.country for p in meeting.participants} == {
        "Taro Kono": "JP",
        "Mike Pompeo": "US",
    }
    assert diplowire.extract(text, url=url, published="2019-01-21", merge=False).meetings
    (meeting,) = diplowire.extract(
        plain, url="https://www.samaa.tv/news/2019/01/x", published="2019-01-21", merge=False
    ).meetings
    assert {p.name: p.country for p in meeting.participants}["Taro Kono"] is None


def test_a_national_outlet_s_story_without_a_dateline_takes_the_outlet_s_country() -> None:
    # Real sentence (Hindustan Times, 2021-01-28; its URL has no country code): the prime
    # minister named by office alone is India's, in a story that names India.
    text = (
        "India and the US are set to hold talks.\n\nPrime Minister Narendra Modi "
        "congratulated US President Joe Biden on his election on November 8 and they spoke "
        "on the phone on November 17."
    )
    url = "https://www.hindustantimes.com/india-news/phone-call-planned-101611853449197.html"
    meetings = diplowire.extract(text, url=url, published="2021-01-28", merge=False).meetings
    assert any(
        {p.name: p.country for p in m.participants} == {"Narendra Modi": "IN", "Joe Biden": "US"}
        for m in meetings
    )


def test_a_foreign_story_an_outlet_reprints_takes_no_country_of_the_outlet() -> None:
    # Real lead (AFP's copy in Journal du Cameroun, 2019-01-21, no credit printed): a
    # story that never names Cameroon is not told from there.
    text = (
        "Pompeo talks N.Korea with Tokyo and Seoul\n\nSecretary of State Mike Pompeo held "
        "talks on North Korea with his Japanese and South Korean counterparts ahead of a "
        "summit between Pyongyang's leader and the US president, the State Department said "
        "Monday."
    )
    url = "https://www.journalducameroun.com/en/pompeo-talks-n-korea-with-tokyo-and-seoul/"
    meetings = diplowire.extract(text, url=url, published="2019-01-21", merge=False).meetings
    assert all(p.country != "CM" for m in meetings for p in m.participants)


@pytest.mark.parametrize(
    "text",
    [
        # Real sentence (Samoa News Hub, 2024-02-09) and the same with "met": the title
        # after "and" or a verb is the next person's, and the country word nearest a
        # title is its country, not the place named first.
        "Today in Apia, New Zealand’s Foreign Minister, Winston Peters, and Samoa’s Prime "
        "Minister, Fiame Naomi Mata’afa, came together to sign a renewed Statement of "
        "Partnership, and the two met.",
        "Today in Apia, New Zealand’s Foreign Minister, Winston Peters, met Samoa’s Prime "
        "Minister, Fiame Naomi Mata’afa.",
    ],
)
def test_a_title_set_off_by_commas_keeps_its_own_country(text: str) -> None:
    meetings = diplowire.extract(text, published="2024-02-09", merge=False).meetings
    assert meetings
    assert {p.name: p.country for p in meetings[0].participants} == {
        "Winston Peters": "NZ",
        "Fiame Naomi Mata'afa": "WS",
    }


def test_a_name_a_who_clause_follows_is_a_person() -> None:
    # Real sentences (Censor.NET, 2025-06-21): "the journalist" who said it is Mitchell.
    text = (
        "According to Censor.NET, citing DW, this was reported by American NBC News "
        "journalist Andrea Mitchell, who spoke with the Iranian diplomat.\n\n"
        '"He said he was going to travel to Moscow on Monday to meet with Vladimir Putin," '
        "the journalist said in the story."
    )
    statements = diplowire.extract(text, published="2025-06-21", merge=False).statements
    assert [s.speaker.name for s in statements if s.speaker] == ["Andrea Mitchell"]


def test_a_name_before_a_comma_and_another_person_is_still_a_person() -> None:
    # Real sentences (CNN via Yahoo, 2025-05-17): "and" past the comma makes a list, so
    # the envoy's title is Rayburn's, not Gorka's; Gorka is still a person who speaks.
    text = (
        "Two main figures have appeared to stand in opposition: the White House's head of "
        "counterterrorism, Sebastian Gorka, and Joel Rayburn, who served as Trump's Syria "
        "envoy during his first administration.\n\n"
        "That sentiment was on display Thursday when Gorka said in an interview with "
        'Politico: "The fact remains: jihadis very rarely moderate after they win."'
    )
    found = diplowire.extract(text, published="2025-05-17", merge=False)
    assert [s.speaker.name for s in found.statements if s.speaker] == ["Sebastian Gorka"]
    assert all(s.speaker.title != "envoy" for s in found.statements if s.speaker)


def _dated_call(text: str, published: str) -> list[str | None]:
    return [m.date for m in diplowire.extract(text, published=published, merge=False).meetings]


def test_the_two_countries_after_another_pair_s_countries_are_not_the_meeting_s() -> None:
    # Real text (KUNA via MENAFN, 2025-06-03): the peace talks "between the two
    # countries" are Russia's and Ukraine's, not the call's people's, and lend it no day.
    text = (
        "WASHINGTON, June 3 (KUNA) -- US Secretary of State Marco Rubio has held a phone "
        "call with Saudi Foreign Minister, Prince Faisal bin Farhan Al-Saud, to discuss "
        "several international issues, including the situation in Gaza and Syria, the "
        "Department of State said.\n\n"
        "The call came as Istanbul hosted a second round of Russia-Ukraine negotiations on "
        "Monday, aimed at ending the war that began in 2022.\n\n"
        "On May 15-16, Istanbul had also hosted peace talks between the two countries, "
        "which resulted in an agreement to exchange 2,000 prisoners. (end)"
    )
    assert "2025-05-15" not in _dated_call(text, "2025-06-03")


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        # Real sentences (KT Press, 2023-04-04; the Malay Mail's second sentence after a
        # lead written for the test): the countries named last are the people's own, so
        # "the two countries" stands for them.
        (
            "President William Ruto of Kenya arrived in Kigali, Rwanda, on Tuesday for a "
            "two-day State visit, on the invitation of President Paul Kagame.\n\nThe "
            "Kenya leader arrived in Kigali a few minutes to 1pm and was received by "
            "President Kagame at Urugwiro Village where the national anthems of the two "
            "countries were played by the army and police bands, before President Ruto "
            "inspected a guard of honour.",
            "2023-04-04",
            {"William Ruto", "Paul Kagame"},
        ),
        (
            "Prime Minister Datuk Seri Anwar Ibrahim arrived in Singapore today for a "
            "working visit, during which he will meet Singapore Prime Minister Lee Hsien "
            "Loong.\n\nThe Malaysia-Singapore Leaders' Retreat is the highest level "
            "bilateral mechanism between the two countries, hosted alternately since 2007.",
            "2023-10-29",
            {"Anwar Ibrahim", "Lee Hsien Loong"},
        ),
    ],
)
def test_the_two_countries_of_the_people_named_stand_for_them(
    text: str, published: str, pair: set[str]
) -> None:
    meetings = diplowire.extract(text, published=published, merge=False).meetings
    assert any(pair <= {p.name for p in m.participants} for m in meetings)


URDUPOINT_2024_03_05 = (
    "ISLAMABAD, (UrduPoint / Pakistan Point News - 5th Mar, 2024) On his first day in "
    "office, Prime Minister Muhammad Shehbaz Sharif received congratulatory messages from "
    "leaders of a number of important countries.\n\n"
    "The prime minister, who took oath of office earlier this afternoon, received telephone "
    "calls from Dr. Ebrahim Raisi, President of Iran and Dr. Anwar Ibrahim, Prime Minister "
    "of Malaysia on Monday, a press release issued by the PM Office said.\n\n"
    "The two leaders congratulated him on assuming office and expressed their desire to "
    "work closely with him to expand bilateral relations and regional cooperation.\n\n"
    "The prime minister thanked both leaders for their felicitations and invited them to "
    "visit Pakistan.\n\n"
    "Earlier, he also received a telephone call from President Recep Tayyip Erdogan of "
    "Turkiye in which the two leaders had reaffirmed their desire to work together to "
    "strengthen ties."
)


def test_an_office_before_a_who_clause_receives_the_calls_and_each_caller_is_one_call() -> None:
    # Real paragraphs (UrduPoint, 2024-03-05): the prime minister took the two calls; the
    # callers did not call each other, and the oath's "this afternoon" dates no call.
    meetings = diplowire.extract(
        "World Leaders Greet Prime Minister Muhammad Shehbaz Sharif\n\n" + URDUPOINT_2024_03_05,
        published="2024-03-05",
        merge=False,
    ).meetings
    calls = {frozenset(p.name for p in m.participants): m.date for m in meetings}
    assert calls[frozenset({"Muhammad Shehbaz Sharif", "Ebrahim Raisi"})] == "2024-03-04"
    assert calls[frozenset({"Muhammad Shehbaz Sharif", "Anwar Ibrahim"})] == "2024-03-04"
    assert frozenset({"Ebrahim Raisi", "Anwar Ibrahim"}) not in calls


def test_he_after_a_sentence_opened_by_an_office_is_its_holder() -> None:
    # The same article: "he" is the prime minister of the sentence before, not Raisi.
    meetings = diplowire.extract(
        "World Leaders Greet Prime Minister Muhammad Shehbaz Sharif\n\n" + URDUPOINT_2024_03_05,
        published="2024-03-05",
        merge=False,
    ).meetings
    with_erdogan = [
        m for m in meetings if "Recep Tayyip Erdogan" in {p.name for p in m.participants}
    ]
    assert with_erdogan
    assert all(
        {p.name for p in m.participants} == {"Muhammad Shehbaz Sharif", "Recep Tayyip Erdogan"}
        for m in with_erdogan
    )


@pytest.mark.parametrize(
    ("lead", "pair"),
    [
        # Real leads (the Kremlin's readouts, 2022-03-04 and 2021-12-07): an untitled name
        # before "had a ... conversation with" is a person's.
        (
            "Vladimir Putin had a telephone conversation with Federal Chancellor of the "
            "Federal Republic of Germany Olaf Scholz at the German side's initiative.",
            {"Vladimir Putin", "Olaf Scholz"},
        ),
        (
            "Vladimir Putin had a lengthy conversation with President of the United States of "
            "America Joseph Biden.",
            {"Vladimir Putin", "Joseph Biden"},
        ),
    ],
)
def test_a_name_that_had_a_conversation_is_a_person(lead: str, pair: set[str]) -> None:
    meetings = diplowire.extract("Readout\n\n" + lead, published="2022-03-04", merge=False).meetings
    assert [{p.name for p in m.participants} for m in meetings] == [pair]


def test_who_says_an_office_will_hold_talks_is_no_party() -> None:
    # Real sentence (Capital FM via allAfrica, 2023-08-10): the spokesman tells of the
    # President's talks; he holds none with Nyusi.
    text = (
        "Kenya: President Ruto in Mozambique for Talks With Nyusi\n\n"
        "State House Spokesman Hussein Mohamed said the President was scheduled to hold talks "
        "with his host, Filipe Nyusi on ways to expand bilateral relations."
    )
    meetings = diplowire.extract(text, published="2023-08-10", merge=False).meetings
    assert all("Hussein Mohamed" not in {p.name for p in m.participants} for m in meetings)


@pytest.mark.parametrize(
    "body",
    [
        # Real paragraphs (Dunya News, The Nation, Newswire; 2024-05-09): the participle
        # after the main clause shares its subject, a pronoun, an office or a name.
        "ISLAMABAD (Web Desk) - President Asif Ali Zardari has called for further broadening "
        "bilateral cooperation with Uzbekistan.\n\nHe expressed these views while talking to "
        "Uzbekistan Foreign Minister Mr Bakhtiyor Saidov, who called on him, in Islamabad on "
        "Thursday.",
        "ISLAMABAD - President Asif Ali Zardari has called for further broadening bilateral "
        "cooperation with Uzbekistan. The President expressed these views while talking to "
        "the visiting Foreign Minister of Uzbekistan, Bakhtiyor Saidov, who called on him, at "
        "Aiwan-e-Sadr here Thursday.",
        "Islamabad: President Asif Ali Zardari on Thursday called for further broadening "
        "bilateral cooperation with Uzbekistan in trade, economy, culture and tourism. The "
        "president, talking to Foreign Minister of Uzbekistan Bakhtiyor Saidov, who called "
        "on him at Aiwan-e-Sadr, said that Pakistan attached utmost importance to its ties "
        "with Uzbekistan.",
    ],
)
def test_a_trailing_participle_s_subject_is_the_sentence_s(body: str) -> None:
    meetings = diplowire.extract(
        "President for broadening cooperation with Uzbekistan\n\n" + body,
        published="2024-05-09",
        merge=False,
    ).meetings
    assert [({p.name for p in m.participants}, m.kind) for m in meetings] == [
        ({"Asif Ali Zardari", "Bakhtiyor Saidov"}, "in_person")
    ]


def test_a_country_s_office_named_alone_after_the_cue_is_that_country_s_person() -> None:
    # Real paragraphs (Sabah News, 2022-12-28): the President of the Republic of Türkiye
    # is Erdogan, whom the lead named.
    text = (
        "Prime Minister Shehbaz Sharif, Turkish President Recep Tayyip Erdogan discuss "
        "bilateral, international issues\n\n"
        "ISLAMABAD, Dec 28 (SABAH): Prime Minister Shehbaz Sharif has invited Türkiye "
        "President Recep Tayyip Erdogan to the International Conference being co-hosted with "
        "the United Nations in Geneva on January 9, 2023.\n\n"
        "The Prime Minister held a telephonic conversation with the President of the "
        "Republic of Türkiye on Wednesday."
    )
    meetings = diplowire.extract(text, published="2022-12-28", merge=False).meetings
    assert [({p.name for p in m.participants}, m.date, m.kind) for m in meetings] == [
        ({"Shehbaz Sharif", "Recep Tayyip Erdogan"}, "2022-12-28", "phone")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Real sentences (PTI and ANI via Devdiscourse, 2019-12-19): a call told as a
        # "telephonic conversation" or as congratulations "over the telephone".
        "Prime Minister Narendra Modi has conveyed to his British counterpart Boris Johnson "
        "that his re-election to the top post reflected the fate reposed by the people of the "
        "UK in him. Modi conveyed this over a telephonic conversation with Johnson.",
        "Prime Minister Shri Narendra Modi congratulated Mr. Boris Johnson, Prime Minister of "
        "the United Kingdom (UK) over the telephone on his electoral victory in the recently "
        "concluded elections in the UK.",
    ],
)
def test_a_telephonic_conversation_or_words_over_the_telephone_are_a_call(text: str) -> None:
    meetings = diplowire.extract(
        "PM Modi wishes Johnson\n\n" + text, published="2019-12-19"
    ).meetings
    assert [({p.name for p in m.participants}, m.kind) for m in meetings] == [
        ({"Narendra Modi", "Boris Johnson"}, "phone")
    ]


def test_a_given_and_family_name_is_the_one_longer_name_they_open() -> None:
    # Real paragraphs (The Nation, 2022-05-06): "Bilawal Bhutto" is Bilawal Bhutto
    # Zardari, one person, in one call with Blinken.
    text = (
        "Blinken felicitates Bilawal on becoming foreign minister\n\n"
        "The United States Secretary of State Antony Blinken Friday telephoned Foreign "
        "Minister Bilawal Bhutto Zardari and felicitated him on assuming the office.\n\n"
        "“Received a call from (Secretary Blinken). (I am) grateful for warm felicitations on "
        "my assumption of office,” Bilawal Bhutto said on Twitter.\n\n"
        "He said during their telephonic conversation, they exchanged views on strengthening "
        "mutually beneficial, broad-based relationships."
    )
    meetings = diplowire.extract(text, published="2022-05-06", merge=False).meetings
    assert [{p.name for p in m.participants} for m in meetings] == [
        {"Antony Blinken", "Bilawal Bhutto Zardari"}
    ]


def test_a_legislature_s_own_name_is_no_person() -> None:
    # Real lead (Turkmenistan's oil and gas portal, 2023-05-29): "Halk Maslakhaty" is the
    # parliament Berdimuhamedov chairs, not a party to his call.
    text = (
        "The Chairman of the Halk Maslakhaty of Turkmenistan and the President of Turkey "
        "confirmed the commitment of the two countries to expand cooperation\n\n"
        "Today, a telephone conversation took place between the National Leader of the "
        "Turkmen people, Chairman of the Halk Maslakhaty of Turkmenistan Gurbanguly "
        "Berdimuhamedov and the re-elected President of the Republic of Turkey Recep Tayyip "
        "Erdogan, TDH reports on Monday."
    )
    meetings = diplowire.extract(text, published="2023-05-29", merge=False).meetings
    assert [{p.name for p in m.participants} for m in meetings] == [
        {"Gurbanguly Berdimuhamedov", "Recep Tayyip Erdogan"}
    ]


def test_an_honour_s_name_is_no_person() -> None:
    # Real sentence (Modern Ghana, 2023-05-16).
    text = (
        "Guinea-Bissau President honours Akufo-Addo\n\n"
        "President Embaló also conferred the highest accolade of the State of Guinea-Bissau, "
        "the Amilcar Cabral Medal, named after the great African freedom fighter on President "
        "Akufo-Addo."
    )
    found = diplowire.extract(text, published="2023-05-16", merge=False)
    names = {p.name for m in found.meetings for p in m.participants} | {
        p.name for p in found.people
    }
    assert not any("Medal" in name for name in names)


def test_who_stands_before_a_traveller_s_visit_is_no_party_to_it() -> None:
    # Real sentence (Andina, 2017-07-07): the minister and the ambassador run the
    # ceremony; the visit is Bachelet's.
    text = (
        "1st Peru-Chile Binational Cabinet kicks off in Lima\n\n"
        "Peru's Foreign Minister Ricardo Luna, Protocol and Ceremony Director-General Juan "
        "Carlos Gamarra and Chile's Ambassador to Peru Roberto Ibarra will be in charge of the "
        "farewell ceremony marking the end of Ms. Bachelet's visit."
    )
    meetings = diplowire.extract(text, published="2017-07-07", merge=False).meetings
    assert all("Ricardo Luna" not in {p.name for p in m.participants} for m in meetings)


def test_one_of_the_people_s_countries_named_alone_lets_the_two_countries_stand_for_them() -> None:
    # Real paragraphs (The National, 2021-09-07; held-out batch 12): Saudi Arabia, named
    # once in the sentence, is one of the two countries of the call's people.
    text = (
        "Sheikh Mohamed bin Zayed and Saudi Crown Prince discuss strong ties in phone call\n\n"
        "Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and Deputy Supreme Commander of "
        "the Armed Forces, spoke to Saudi Arabia’s Crown Prince on Monday in a phone call.\n\n"
        "Sheikh Mohamed and Crown Prince Mohammed bin Salman, who is also Saudi Arabia's "
        "Deputy Prime Minister and Minister of Defence, discussed strengthening co-operation "
        "between the two countries in a phone call, state news agency Wam reported."
    )
    meetings = diplowire.extract(text, published="2021-09-07", merge=False).meetings
    assert [({p.name for p in m.participants}, m.date) for m in meetings] == [
        ({"Mohamed bin Zayed", "Mohammed bin Salman"}, "2021-09-06")
    ]


def test_a_welcome_to_an_office_and_its_holder_set_off_by_a_comma_is_a_meeting() -> None:
    # Real paragraphs (Modern Ghana, 2021-12-04): a title and "H.E" past the comma.
    text = (
        "Akufo-Addo, South African president jet off to Kumasi\n\n"
        "The President of the Republic of Ghana, H.E Nana Addo Dankwa Akufo-Addo on "
        "Saturday, December 4, 2021, welcomed the President of South Africa, H.E Excellency "
        "Cyril Ramaphosa to the Jubilee House.\n\n"
        "The South African leader arrived in the country this weekend for a 2-day state "
        "visit.\n\n"
        "Modernghana News can report that the visit by H.E Cyril Ramaphosa is aimed at "
        "deepening the bilateral cooperation friendship between Ghana and South Africa."
    )
    meetings = diplowire.extract(text, published="2021-12-04", merge=False).meetings
    assert ({"Nana Addo Dankwa Akufo-Addo", "Cyril Ramaphosa"}, "2021-12-04") in [
        ({p.name for p in m.participants}, m.date) for m in meetings
    ]


def test_a_family_name_without_its_capitalized_article_is_the_same_person() -> None:
    # Real paragraphs (the White House, 2024-04-15): "Sudani" is Mohammed Shia'a
    # Al-Sudani, not a second prime minister.
    text = (
        "Joint Statement from the Leaders of the United States and Iraq\n\n"
        "Today, the President of the United States, Joseph R. Biden Jr., welcomed the Prime "
        "Minister of the Republic of Iraq, Mohammed Shia’a Al-Sudani, to the White House.\n\n"
        "President Biden and Prime Minister Sudani affirmed that a diversified and growing "
        "Iraqi economy is the foundation for lasting stability in the region."
    )
    found = diplowire.extract(text, published="2024-04-15", merge=False)
    assert "Sudani" not in {p.name for p in found.people}


def test_shaikh_is_a_form_of_address_as_sheikh_is() -> None:
    # Real paragraphs (Bahrain News Agency copy on Al Bawaba, 2019-12-25): the Gulf
    # agencies' spelling "Shaikh" is a style before the name, not a person of its own,
    # and the Amir named in the praise of relations took no part in the signing.
    text = (
        "Saudi Arabia, Kuwait ink deal on shared oilfields\n\n"
        "Saudi Energy Minister His Royal Highness Prince Abdulaziz bin Salman bin Abdulaziz "
        "Al-Saud and Kuwaiti Foreign Minister Shaikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah "
        "signed the agreement.\n\n"
        "The Saudi minister said that the signing of the agreement and memorandum of "
        "understanding reflected strong bilateral relations binding the two countries, led "
        "by Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al-Saud and the Amir "
        "of Kuwait His Highness Shaikh Sabah Al-Ahmad Al-Jaber Al-Sabah."
    )
    meetings = diplowire.extract(text, published="2019-12-25", merge=False).meetings
    names = {p.name for m in meetings for p in m.participants}
    assert "Shaikh" not in names
    assert {
        "Abdulaziz bin Salman bin Abdulaziz Al-Saud",
        "Ahmad Nasser Al-Mohammad Al-Sabah",
    } <= names


@pytest.mark.parametrize(
    ("text", "published", "name"),
    [
        # Real sentences (The Indian Express, 2017-12-21; State Times, 2018-05-12):
        # initials printed without periods, more than one of them, open the name.
        (
            "Prime Minister Narendra Modi on Thursday held telephonic talks with top Nepalese "
            "leaders, including K P Sharma Oli, who is set to become the premier of the "
            "Himalayan nation, the Ministry of External Affairs said.",
            "2017-12-21",
            "K P Sharma Oli",
        ),
        (
            "Prime Minister Narendra Modi arrived in Kathmandu.\n\nModi yesterday held a "
            "one-on-one meeting with Nepal Prime Minister K P Sharma which was followed by "
            "marathon delegation-level talks.",
            "2018-05-12",
            "K P Sharma",
        ),
    ],
)
def test_initials_without_periods_open_a_name(text: str, published: str, name: str) -> None:
    meetings = diplowire.extract("Modi in Nepal\n\n" + text, published=published).meetings
    names = {p.name for m in meetings for p in m.participants}
    assert name in names and "K" not in names
