"""Datelines, credit bylines and closing credits in the forms real outlets print them.

Every line here is copied from an article in ``tests/data/real`` (the outlet in the
comment); each parametrised case pins one form of a kind, not one article.
"""

from __future__ import annotations

import pytest

import diplowire
from diplowire.reading import wires
from diplowire.reading.dateline import parse, parse_byline


@pytest.mark.parametrize(
    ("lead", "place", "agencies"),
    [
        # capitals, a date and an agency: the wire services' own form
        ("TOKYO, June 21 (KUNA) -- Japan's new Foreign Minister", "Tokyo", ["KUNA"]),
        ("KUWAIT, Dec 1 (KUNA) -- the Amir Meshal Al-Ahmad Al-Jaber", "Kuwait", ["KUNA"]),
        ("ST. PETERSBURG, June 7 (TASS) -- Russia and", "St. Petersburg", ["TASS"]),
        # title case with a date and an agency (Jiji on nippon.com, EFE, PTI)
        ("Tokyo, Oct. 10 (Jiji Press)--Japan's new Defense Minister", "Tokyo", ["Jiji"]),
        ("Bangkok, Nov. 17 (Jiji Press)--Japanese Prime Minister", "Bangkok", ["Jiji"]),
        ("London, Jan 11 (EFE).- The United Kingdom's relationship", "London", ["EFE"]),
        ("New Delhi, Apr 24 (PTI) India informs Pakistan of its", "New Delhi", ["PTI"]),
        # a period after the place, the agency after it (Interfax, Kazinform)
        ("MOSCOW. Feb 28 (Interfax) - Russian President Vladimir", "Moscow", ["Interfax"]),
        ("NUR-SULTAN. KAZINFORM – President of Kazakhstan", "Nur-Sultan", ["Kazinform"]),
        # a syndication or photo-code prefix (MENAFN, Xinhua via KBC)
        (
            "(MENAFN- Kuwait News Agency (KUNA)) AMMAN, April 1 (KUNA) -- Jordanian King",
            "Amman",
            ["KUNA"],
        ),
        ("(241022) -- KAZAN, Oct. 22, 2024 (Xinhua) -- Chinese President Xi", "Kazan", ["Xinhua"]),
        # an aggregator's credit in the parentheses (UrduPoint)
        (
            "NEW DELHI (UrduPoint News / Sputnik - 16th June, 2023) The Indian",
            "New Delhi",
            ["Sputnik"],
        ),
        (
            "ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 05th Feb, 2025) President",
            "Abu Dhabi",
            ["WAM"],
        ),
        # a colon after a known place, no agency (The Star, Gulf News, Pragativadi)
        ("KUALA LUMPUR: Prime Minister Datuk Seri Anwar Ibrahim and", "Kuala Lumpur", []),
        ("Abu Dhabi: President His Highness Sheikh Mohamed bin Zayed", "Abu Dhabi", []),
        ("New Delhi: Russian President Vladimir Putin will not attend", "New Delhi", []),
        ("KUALA LUMPUR (April 25): Prime Minister Datuk Seri Anwar", "Kuala Lumpur", []),
        # other dashes and scripts (Malay Mail's U+2015, Viet Nam News)
        ("KUALA LUMPUR, Nov 25 ― Malaysia will work together", "Kuala Lumpur", []),
        ("HÀ NỘI — Prime Minister Phạm Minh Chính and a high-ranking", "Hà Nội", []),
        # an unknown credit after a known capital (Dunya News)
        ("ISLAMABAD (Dunya News) - Deputy Prime Minister and Foreign", "Islamabad", []),
        # a paragraph that is only the dateline (Kyodo, The Tribune, Sambad, State Dept.)
        ("SEOUL, Nov. 23, Kyodo", "Seoul", ["Kyodo"]),
        ("Dubai, March 10", "Dubai", []),
        ("New Delhi, April 26:", "New Delhi", []),
        ("Washington, DC", "Washington", []),
        # TASS's slashed credit (TASS via Pan African News), Kazinform's credit before the
        # lead with no dash (Kazinform), a place and an agency on a line of their own
        # (Egypt Today, Hurriyet Daily News)
        ("MOSCOW, March 25. /TASS/. In a telephone conversation", "Moscow", ["TASS"]),
        (
            "NUR-SULTAN. KAZINFORM President of Kazakhstan Kassym-Jomart",
            "Nur-Sultan",
            ["Kazinform"],
        ),
        ("Moscow - TASS", "Moscow", ["TASS"]),
        ("ANKARA-Anadolu Agency", "Ankara", ["Anadolu"]),
        # the month in capitals, the agency after a comma and before the lead (Armenpress)
        (
            "YEREVAN, DECEMBER 28, ARMENPRESS. The Informal Summit of the CIS kicked off",
            "Yerevan",
            ["Armenpress"],
        ),
        ("BAKU, MARCH 3, AZERTAC. President Ilham Aliyev has received", "Baku", ["AZERTAC"]),
        # a date and the lead with no dash between (Generico), a capital printed as its
        # country (Kuwait Times)
        ("SOCHI, Oct 31 Presidents of Russia and Azerbaijan Vladimir Putin and", "Sochi", []),
        # a country after the city, the date closed by a period (Trend)
        ("BAKU, Azerbaijan, June 23. Russian President Vladimir Putin has", "Baku", []),
        ("KUWAIT: Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah received", "Kuwait", []),
    ],
)
def test_datelines_real_outlets_print(lead: str, place: str, agencies: list[str]) -> None:
    found = parse(lead)
    assert found is not None, lead
    assert (found.place, found.agencies) == (place, agencies)
    assert not found.rest or found.rest[0].isalpha() or found.rest[0] in '"“'


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. President Donald Trump said on Friday.",
        "Kishida said: we will act.",
        "Japan: the country's ruling party",
        "WASHINGTON is weighing new sanctions",
        "Office of the Spokesperson",
        "The Chinese side is strongly displeased with the joint statement",
        "Russia has halted its participation in the Black Sea grain export deal",
    ],
)
def test_a_sentence_is_no_dateline(sentence: str) -> None:
    assert parse(sentence) is None


def test_a_headline_that_opens_with_a_place_and_a_colon_stays_the_title() -> None:
    # KBS: the headline begins "Tokyo:", the lead carries the dispatch.
    article = diplowire.parse(
        "Tokyo: PM Ishiba, President Lee Pledge to Advance Ties in First Call\n\n"
        "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung "
        "held their first phone talks on Monday.\n\nThey agreed to meet soon.",
        published="2025-06-09",
    )
    assert article.title is not None and article.title.startswith("Tokyo:")


@pytest.mark.parametrize(
    ("line", "agencies", "place"),
    [
        (
            "PTI | New Delhi | Updated: 02-03-2023 16:11 IST | Created: 02-03-2023 16:08 IST",
            ["PTI"],
            "New Delhi",
        ),
        ("Reuters | Moscow | Updated: 17-07-2023 14:37 IST", ["Reuters"], "Moscow"),
        ("By: PTI | New Delhi |", ["PTI"], "New Delhi"),
        ("Reuters, Beijing,", ["Reuters"], "Beijing"),
        ("AFP |", ["AFP"], None),
        ("Ethiopian News Agency (Addis Ababa)", ["ENA"], "Addis Ababa"),
    ],
)
def test_credit_bylines(line: str, agencies: list[str], place: str | None) -> None:
    assert parse_byline(line) == (agencies, place)


@pytest.mark.parametrize(
    "line", ["Reuters Staff", "Kishida, Yoon agree to meet", "By Kim Eun-jung"]
)
def test_a_byline_of_a_person_or_a_headline_credits_no_agency(line: str) -> None:
    assert parse_byline(line) is None


def test_a_byline_above_the_lead_gives_wire_and_place() -> None:
    # Devdiscourse prints the agency and the place above the lead, not in it.
    article = diplowire.parse(
        "Jaishankar holds talks with Qin Gang\n\n"
        "PTI | New Delhi | Updated: 02-03-2023 16:11 IST | Created: 02-03-2023 16:08 IST\n\n"
        "External Affairs Minister S Jaishankar on Thursday held talks with Chinese Foreign "
        "Minister Qin Gang.\n\nThe meeting took place on the sidelines of the G20.",
        published="2023-03-02",
    )
    assert (article.wire, article.dateline_place) == (["PTI"], "New Delhi")
    assert article.paragraphs[0].startswith("External Affairs Minister")


@pytest.mark.parametrize(
    ("paragraph", "agencies", "kept"),
    [
        (
            "Attached with the post was a short video of Anwar when receiving the call. ― Bernama",
            ["Bernama"],
            "Attached with the post was a short video of Anwar when receiving the call.",
        ),
        ("He said so in a statement. (Yonhap)", ["Yonhap"], "He said so in a statement."),
        ("He told Reuters the talks were useful.", [], "He told Reuters the talks were useful."),
    ],
)
def test_closing_credits(paragraph: str, agencies: list[str], kept: str) -> None:
    assert wires.strip_trailing_credit(paragraph) == (kept, agencies)


@pytest.mark.parametrize(
    ("notice", "agencies"),
    [
        ("[Copyright The Jiji Press, Ltd.]", ["Jiji"]),
        ("© Kyodo News", ["Kyodo"]),
        ("© 2026 Thomson/Reuters. All rights reserved.", ["Reuters"]),
        ("Copyright © 2019 Ethiopian News Agency. All rights reserved.", ["ENA"]),
        ("© The Korea Herald", []),
        # the rights to a picture (TASS's page of a pool photo)
        ("© Jade Gao/Pool Photo via AP", []),
    ],
)
def test_copyright_notices_credit_agencies(notice: str, agencies: list[str]) -> None:
    assert wires.copyright_credit(notice) == agencies


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        # footers that name the copy's supplier, dropped as boilerplate after being read
        # (TODAY's Reuters story, an APO press release, Samoa News Hub's RNZ story)
        ("(Reporting by Reuters; Writing by Caleb Davis; Editing by Kevin Liffey)", ["Reuters"]),
        ("Distributed by APO Group on behalf of Presidency of the Republic.", ["APO Group"]),
        ("[original text by Eleisha Foon – RNZ Pacific Journalist]", ["RNZ"]),
        ("(Additional reporting by AFP)", ["AFP"]),
        # an editor's or a reporter's name is no supplier, whatever follows it
        ("(Reporting by Jane Roe; Editing by Reuters staff)", []),
        ("(Writing by Caleb Davis; Editing by Kevin Liffey)", []),
    ],
)
def test_a_footer_names_the_copy_s_supplier(line: str, agencies: list[str]) -> None:
    assert wires.labelled_credit(line) == agencies


def test_a_dropped_reporting_footer_still_credits_the_wire() -> None:
    article = diplowire.parse(
        "Russia halts Black Sea grain deal\n\nMOSCOW: Russia on Monday halted its "
        "participation in the Black Sea grain deal, the Kremlin said.\n\nIt said the "
        "deal would resume once its demands were met.\n\n(Reporting by Reuters; Writing "
        "by Caleb Davis; Editing by Kevin Liffey)",
        published="2023-07-17",
    )
    assert article.wire == ["Reuters"]
    assert not any("Reporting by" in p for p in article.paragraphs)


def test_a_photo_s_subject_and_credit_is_a_caption_not_the_story_s_credit() -> None:
    # Newsmax prints Reuters copy under a photo captioned "Blinken (AP)".
    article = diplowire.parse(
        "Blinken cancels meeting with Lavrov\n\nBlinken (AP)\n\nU.S. Secretary of State "
        "Antony Blinken said on Tuesday he had canceled a meeting with Russian Foreign "
        "Minister Sergei Lavrov.\n\nHe said sanctions would follow.\n\n"
        "© 2026 Thomson/Reuters. All rights reserved.",
        published="2022-02-22",
    )
    assert article.wire == ["Reuters"]
    assert "Blinken (AP)" in article.captions


def test_a_broadcaster_s_own_page_is_its_own_story() -> None:
    article = diplowire.parse(
        "Kishida, Yoon confirm close cooperation\n\nJapanese Prime Minister Kishida "
        "Fumio and South Korean President Yoon Suk-yeol held talks on Thursday.\n\nThey "
        "agreed to cooperate.",
        url="https://www3.nhk.or.jp/nhkworld/en/news/20231117_12/",
        published="2023-11-17",
    )
    assert article.wire == []
    assert wires.agencies_in("the report of NHK and Deutsche Welle") == ["NHK", "DW"]


def test_a_site_s_own_name_where_a_dateline_stands_is_no_place() -> None:
    # Real (Shafaqna, 2021-01-05).
    article = diplowire.parse(
        "GCC meeting begins in Saudi Arabia\n\nSHAFAQNA- The 41st meeting of the Gulf "
        "Cooperation Council (GCC) began today under the chairmanship of the Saudi Crown "
        "Prince.\n\nThe leaders signed the closing statement.",
        url="https://en.shafaqna.com/191310/gcc-meeting-begins-in-saudi-arabia/",
        published="2021-01-05",
    )
    assert article.dateline_place is None
    assert article.paragraphs[0].startswith("The 41st meeting")


def test_an_agency_s_own_site_is_its_copy() -> None:
    article = diplowire.parse(
        "Xi to visit Kazakhstan\n\nChinese President Xi Jinping will pay a state visit to "
        "Kazakhstan on July 2-4.\n\nHe will attend the summit.",
        url="https://sputnikglobe.com/20240630/xi-to-visit-kazakhstan.html",
        published="2024-06-30",
    )
    assert article.wire == ["Sputnik"]
    assert wires.agencies_of_host("www.koreaherald.com") == []


def test_an_aggregator_s_url_names_the_publisher() -> None:
    # Naver News carries Korean outlets' copy; the press code in the path names each.
    article = diplowire.parse(
        "US aware of N. Korean missile launch\n\nSEOUL, Jan. 4 (Yonhap) -- The United States "
        "is aware of North Korea's missile launch, the State Department said.\n\n(END)",
        url="https://n.news.naver.com/mnews/article/001/0015827999",
        published="2026-01-04",
    )
    assert article.outlet == "yonhap"


def test_a_reporter_s_address_names_the_publisher_of_a_text_without_url() -> None:
    # A Yonhap story saved as text: "khj@yna.co.kr" then "(END)" at its foot.
    article = diplowire.parse(
        "S. Korea, China to accelerate FTA talks\n\nSEOUL, Dec. 30 (Yonhap) -- Trade chiefs of "
        "South Korea and China discussed the second phase of their FTA on Tuesday.\n\n"
        "khj@yna.co.kr\n\n(END)",
        published="2025-12-30",
    )
    unsigned = diplowire.parse(
        "Talks in Seoul\n\nSEOUL, Dec. 30 (Yonhap) -- Trade chiefs met on Tuesday.\n\n"
        "Write to editor@example.com\n\n(END)",
        published="2025-12-30",
    )
    assert article.outlet == "yonhap"
    assert unsigned.outlet is None  # an address at a domain no outlet declares names none


@pytest.mark.parametrize(
    "line",
    [
        # Stamps and credits printed above the lead (The Tribune, TODAY, Business
        # Recorder, China.org.cn), a photo's subject and credit (Newsmax), a hyphenated
        # headline word (Xebersaati): no place.
        "Reuters October 02, 2022",
        "Published July 17, 2023",
        "BR Web Desk Updated 06 Jul, 2022",
        "Xinhua, November 22, 2019",
        "Blinken (AP)",
        "US-Gulf summit postponed to September",
        # a release's date line and its code before a date (Australian ministers'
        # releases): a weekday or a month is no place, and a date set off by nothing
        # after an unknown word is no dateline
        # a phrase and a date opening a sentence, with no dash
        "Meanwhile, May 5 Putin met Xi in Moscow.",
        "In Geneva, Jan. 10 Blinken met Lavrov.",
        "Wednesday 6 August 2008",
        "FAS 22 JANUARY 1997",
    ],
)
def test_a_stamp_a_credit_or_a_hyphen_is_no_dateline(line: str) -> None:
    assert parse(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # Credit lines that name the copy's agency (Russia Islamic World, The Daily Beast,
        # TODAY's Reuters closing line)
        "Based on materials from TASS",
        "Read it at Reuters",
        "(Reporting by Reuters; Writing by Caleb Davis; Editing by Alex Richardson)",
    ],
)
def test_credit_lines_of_more_shapes(line: str) -> None:
    assert wires.is_credit_line(line)


@pytest.mark.parametrize(
    ("sentence", "agencies"),
    [
        # Real sentences (News.az, APA, Dhaka's Daily Asian Age, Trend): the story names
        # the agency it is drawn from, in the present of a credit.
        ("... address to the Federal Assembly on Tuesday, News.Az reports citing TASS.", ["TASS"]),
        (
            "... official trip to Germany on Tuesday, officials have said, ONA reports quoting AA.",
            ["Oman News Agency", "Anadolu"],
        ),
        ("... during her visit to Delhi in October last year, reports BSS.", ["BSS"]),
        (
            "... Iranian Foreign Minister Abbas Araghchi while he was in Moscow, Trend reports.",
            ["Trend"],
        ),
        # A source of one fact, in the past: not the copy's agency (The Hindu, UPI).
        (
            "... his North Korean counterpart, Pak Ui Chun, South Korea's Yonhap News Agency reported.",
            [],
        ),
        ("... 20 minutes before the scheduled signing in Tokyo, Kyodo News reported.", []),
    ],
)
def test_a_story_naming_its_source_agency_credits_it(sentence: str, agencies: list[str]) -> None:
    assert wires.sourced_agencies(sentence) == agencies


@pytest.mark.parametrize(
    "line",
    # Real (KBS, India TV, TimesLIVE): the picture's agency.
    ["Photo : YONHAP News", "Image Source : PTI", "Image: Reuters/Kevin Lamarque"],
)
def test_a_photo_credit_line_is_not_the_story_s_credit(line: str) -> None:
    assert wires.is_photo_credit(line)
    text = (
        f"Ishiba, Lee hold first phone talks\n\n{line}\n\nJapanese Prime Minister Shigeru "
        "Ishiba and South Korean President Lee Jae Myung held their first phone talks on "
        "Monday, KBS said."
    )
    article = diplowire.parse(text, published="2025-06-09")
    assert article.wire == []
    assert all(line not in p for p in article.paragraphs)


def test_a_source_line_is_the_story_s_credit() -> None:
    assert not wires.is_photo_credit("Source: Yonhap News Agency")
