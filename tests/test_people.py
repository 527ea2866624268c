"""People: the article-wide scans, and the narrowed searches, equal the plain ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplowire
from conftest import DATA
from diplowire.extraction import extract
from diplowire.extraction.context import Sentence, _lower
from diplowire.extraction.gazetteer import gazetteer
from diplowire.extraction.people import (
    _PLAIN_WORD,
    _joined,
    _lexicon,
    _surnames,
    _surnames_joined,
)
from diplowire.extraction.people import (
    find as find_people,
)


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, text, text, lower=_lower(text))  # as Context lowers: same offsets


_LONGEST_TITLE = max(gazetteer().titles + gazetteer().honorifics, key=len)
_TITLE_PIECES = ["Foreign Minister", "minister", "spokesman", "Spokeswoman", "deputy", "chief",
                 " ", "  ", ",", "\n", "x", "said", "envoy", "-", "ambassador",
                 _LONGEST_TITLE, _LONGEST_TITLE.title()]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=12).map("".join))
def test_a_title_before_a_name_is_found_from_its_reach_as_from_the_start(before: str) -> None:
    lex = _lexicon()
    reach = max(0, len(before.rstrip()) - lex.title_reach)
    narrowed = lex.title_before.search(before, reach)
    plain = lex.title_before.search(before)
    assert (narrowed and narrowed.span()) == (plain and plain.span())


_SURNAME_PIECES = ["Kono", "Kang", "O'Neill", "Neill", "Al-Sabah", "Sabah", "Érdi", " ", ".",
                   "-", "'s", "x", "_", "7", "\x00", "said", "KonoKono"]  # fmt: skip
_BEARERS = {"Kono": [], "Kang": [], "O'Neill": [], "Sabah": [], "Érdi": [], "Al-Sabah": []}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_SURNAME_PIECES), max_size=8).map("".join), min_size=1, max_size=5
    ),
    st.sets(st.sampled_from(sorted(_BEARERS)), min_size=1),
)
def test_family_names_found_over_the_joined_sentences_are_each_sentences_own(
    texts: list[str], names: set[str]
) -> None:
    """A few family names are searched for over the whole article at once; the spans
    must be those a reading of each sentence's words finds (the many-names path)."""
    sentences = [_sentence(text) for text in texts]
    bearers = {name: [] for name in names}
    unusual = [name for name in bearers if not _PLAIN_WORD.fullmatch(name)]
    alone = [(index, found) for index, s in enumerate(sentences)
             if (found := _surnames(s.norm, bearers, unusual))]  # type: ignore[arg-type]  # fmt: skip
    together = _surnames_joined(*_joined(sentences), bearers)  # type: ignore[arg-type]
    assert together == alone


def test_family_names_are_whole_words_in_their_own_sentence() -> None:
    sentences = [
        _sentence(text)
        for text in ["Kono met Kang.", "Trade grew.", "Kang", "KonoKono said.", "Kono-san left."]
    ]
    found = _surnames_joined(*_joined(sentences), {"Kono": [], "Kang": []})  # type: ignore[arg-type]
    assert found == [(0, [(0, 4), (9, 13)]), (2, [(0, 4)])]


_RUN_PIECES = ["Kim", "Jong-un", " ", "  ", ".", "U.S.", "bin", "al", "Al", "x", "\n",
               "O'Neill", "said", "\x00", "É"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_RUN_PIECES), max_size=8).map("".join), min_size=1, max_size=5
    )
)
def test_one_scan_of_the_joined_sentences_finds_each_sentences_runs(texts: list[str]) -> None:
    """People read every sentence's capitalized runs in one scan of the joined text;
    the runs must be those each sentence has when read alone."""
    chain = _lexicon().chain
    sentences = [_sentence(text) for text in texts]
    joined, starts = _joined(sentences)
    alone = [
        (index, m.start(), m.group(0))
        for index, sentence in enumerate(sentences)
        for m in chain.finditer(sentence.norm)
    ]
    together = []
    for m in chain.finditer(joined):
        index = max(i for i, start in enumerate(starts) if start <= m.start())
        assert m.end() <= starts[index + 1] - 1  # within its sentence
        together.append((index, m.start() - starts[index], m.group(0)))
    assert together == alone


def test_the_capitalized_words_before_a_body_noun_name_no_person() -> None:
    # A News, 2021-03-24: "Fetullah Terrorist" was read as a person who took part.
    text = (
        "Turkey's Foreign Minister Mevlüt Cavuşoğlu on Wednesday met with US Secretary of "
        "State Antony Blinken in Brussels.\n\n"
        "The meeting follows a phone conversation on Feb. 15 where the two top officials "
        "discussed bilateral relations, regional developments, the fight against terror "
        "groups including YPG/PKK and Fetullah Terrorist Organization (FETO), the Russian "
        "S-400 missile system, Syria and the Eastern Mediterranean."
    )
    names = {
        p.name
        for m in extract(diplowire.parse(text, published="2021-03-24")).meetings
        for p in m.participants
    }
    assert names == {"Mevlüt Cavuşoğlu", "Antony Blinken"}, names


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        # Real sentences (tests/data/real): an office of a country set off before a name.
        (
            "The Prime Minister spoke to the President of the United States, Joe Biden, "
            "this evening.",
            "Joe Biden",
            "US",
        ),
        (
            "Prime Minister Rishi Sunak hosted the Prime Minister of Japan, Fumio Kishida, "
            "at the Tower of London yesterday.",
            "Fumio Kishida",
            "JP",
        ),
        (
            "Dar held a telephonic conversation with Foreign Minister of Iran, Abbas Araghchi "
            "on Saturday to discuss recent regional developments.",
            "Abbas Araghchi",
            "IR",
        ),
    ],
)
def test_an_office_of_a_country_before_a_name_is_its_title(
    sentence: str, name: str, country: str
) -> None:
    people = {p.name: p for p in diplowire.extract(sentence, published="2025-06-21").people}
    assert people[name].country == country


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # Real sentences (tests/data/real): a first initial printed without its period.
        (
            "External affairs minister S Jaishankar on Thursday met his Chinese counterpart "
            "Qin Gang on the sidelines of the G20 Foreign Ministers' Meet in New Delhi.",
            "S Jaishankar",
        ),
        (
            "Ahead of the talks with his Chinese counterpart, S Jaishankar on Thursday had "
            "said relations had taken a turn.",
            "S Jaishankar",
        ),
    ],
)
def test_a_first_initial_without_a_period_is_part_of_the_name(sentence: str, name: str) -> None:
    names = [p.name for p in diplowire.extract(sentence, published="2023-03-02").people]
    assert name in names


def test_a_capital_a_or_i_is_no_initial() -> None:
    people = diplowire.extract("A Chinese delegation met officials.", published="2023-03-02")
    assert people.people == []


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        # Real sentences (tests/data/real): "of <country>" after a name, and plural titles.
        (
            "VILNIUS – Foreign Ministers Radoslaw Sikorski of Poland and Luminita Odobescu of "
            "Romania are coming to Vilnius on Thursday ahead of the annual Snow Meeting.",
            {"Radoslaw Sikorski": "PL", "Luminita Odobescu": "RO"},
        ),
        (
            "Today the Quad Leaders – Prime Minister Scott Morrison of Australia, Prime "
            "Minister Narendra Modi of India, Prime Minister Fumio Kishida of Japan, and "
            "President Joe Biden of the United States – convened.",
            {
                "Scott Morrison": "AU",
                "Narendra Modi": "IN",
                "Fumio Kishida": "JP",
                "Joe Biden": "US",
            },
        ),
    ],
)
def test_of_a_country_after_a_name_gives_the_country(
    sentence: str, countries: dict[str, str]
) -> None:
    people = {p.name: p.country for p in diplowire.extract(sentence, published="2024-01-11").people}
    assert {name: people.get(name) for name in countries} == countries


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # Real (Qatar Day, 2021-08-28): a body's office and its acronym before the name.
        (
            "HH the Amir Sheikh Tamim bin Hamad Al-Thani held a telephone conversation on "
            "Friday with HE Secretary-General of the North Atlantic Treaty Organization (NATO) "
            "Jens Stoltenberg, during which they reviewed the cooperation relations.",
            "Jens Stoltenberg",
            "Secretary-General",
        ),
        # Written for the test: "HE" (His Excellency) before a name, two particles in it.
        (
            "Sheikh Tamim bin Hamad Al-Thani held a telephone conversation on Friday with HE "
            "Jens Stoltenberg.",
            "Jens Stoltenberg",
            "HE",
        ),
        (
            "Japanese Prime Minister Fumio Kishida met President of the European Commission "
            "Ursula von der Leyen in Brussels on Monday.",
            "Ursula von der Leyen",
            "President",
        ),
    ],
)
def test_offices_of_bodies_and_forms_of_address_before_a_name(
    sentence: str, name: str, title: str
) -> None:
    people = find_people([_sentence(sentence)])
    found = {m.entity.name: m.entity.title for m in people.mentions.get(0, [])}
    assert found.get(name) == title, found


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        # Real (Devdiscourse, 2022-09-15; Censor.net, 2025-06-21; Kazinform).
        (
            "Russian President Vladimir Putin plans to meet Chinese leader Xi Jinping in "
            "Uzbekistan this week.",
            "Xi Jinping",
            "CN",
        ),
        (
            "Araghchi plans to visit Moscow for talks with Russian dictator Vladimir Putin.",
            "Vladimir Putin",
            "RU",
        ),
        (
            "Tokayev thanked his Uzbek colleague Shavkat Mirziyoyev for the invitation.",
            "Shavkat Mirziyoyev",
            "UZ",
        ),
    ],
)
def test_a_nationality_before_a_role_gives_the_country(
    sentence: str, name: str, country: str
) -> None:
    people = find_people([_sentence(sentence)])
    found = {m.entity.name: m.entity.country for m in people.mentions.get(0, [])}
    assert found.get(name) == country, found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # Real sentences (tests/data/real): a title that is also a given name, inside one.
        (
            "BEIJING, March 16 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang "
            "Yi on Tuesday held a phone conversation with Iranian Foreign Minister Hossein "
            "Amir Abdollahian.",
            "Hossein Amir Abdollahian",
        ),
        (
            "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan and his Iranian "
            "counterpart Hossein Amir Abdollahian met in China on Thursday for the first time.",
            "Hossein Amir Abdollahian",
        ),
        # Ending a name it is the name's last word as before; before a name, a title.
        ("Home Minister Amit Shah met Chinese President Xi Jinping.", "Amit Shah"),
        ("Qatari Emir Sheikh Tamim bin Hamad Al Thani met Xi Jinping.", "Tamim bin Hamad Al Thani"),
    ],
)
def test_a_title_that_is_also_a_given_name_stays_inside_the_name(sentence: str, name: str) -> None:
    people = [p.name for p in diplowire.extract(sentence, published="2021-03-16").people]
    assert name in people, people


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Real sentences (tests/data/real): a city set before the story, a building.
        (
            "Nizhny Novgorod, Russia – June 12, 2024: Russian Foreign Minister Sergey Lavrov "
            "engaged in bilateral discussions with foreign ministers from Brazil and Iran.",
            "Nizhny Novgorod",
        ),
        # The whole article: "Wang arrived at Perdana Putra, which houses the Prime
        # Minister's Office, at 3.10 pm, before both leaders proceeded to a meeting".
        (
            (
                DATA
                / "real"
                / "articles"
                / "thesundaily-2023-02-11-pm-receives-courtesy-call-from-chinas-public-security-minister.txt"
            ).read_text(encoding="utf-8"),
            "Perdana Putra",
        ),
    ],
)
def test_a_place_the_lexicons_name_is_no_person(text: str, place: str) -> None:
    found = diplowire.extract(text, published="2024-06-12", merge=False)
    assert place not in [p.name for p in found.people]
    assert all(place not in [p.name for p in m.participants] for m in found.meetings)


@pytest.mark.parametrize(
    ("sentence", "king", "guest"),
    [
        # Real (Malay Mail, 2023-11-09; theSun, 2023-05-19): the king's regnal name.
        (
            "KUALA LUMPUR, Nov 9 — Yang di-Pertuan Agong Al-Sultan Abdullah Ri’ayatuddin "
            "Al-Mustafa Billah Shah today granted an audience to China’s Vice President Han "
            "Zheng at Istana Negara here.",
            "Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah",
            "Han Zheng",
        ),
        # Written to pin the kind: a sultan's long name after his title.
        (
            "Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah received Prime Minister Anwar "
            "Ibrahim on Monday.",
            "Haji Hassanal Bolkiah Mu'izzaddin Waddaulah",
            "Anwar Ibrahim",
        ),
    ],
)
def test_a_long_regnal_name_after_a_title_is_one_person(
    sentence: str, king: str, guest: str
) -> None:
    meetings = diplowire.extract(sentence, published="2023-11-09", merge=False).meetings
    assert [{p.name for p in m.participants} for m in meetings] == [{king, guest}]


def test_a_long_run_with_no_title_before_it_is_still_no_name() -> None:
    found = diplowire.extract(
        "Kuala Lumpur Bunga Raya Complex Kuala Lumpur International Airport staff met Han Zheng.",
        published="2023-11-09",
        merge=False,
    )
    assert all(len(p.name.split()) <= 4 for p in found.people)


def test_a_venue_s_name_is_no_person() -> None:
    # Real (Malay Mail, 2023-11-08).
    text = (
        "The special aircraft carrying Han touched down at about 7.15pm today at the Bunga "
        "Raya Complex of the Kuala Lumpur International Airport (KLIA) and he was welcomed by "
        "Deputy Foreign Minister Datuk Mohamad Alamin."
    )
    people = [p.name for p in diplowire.extract(text, published="2023-11-08").people]
    assert not any("Bunga" in name or "Airport" in name for name in people), people


@pytest.mark.parametrize(
    ("sentence", "other", "country"),
    [
        # Real White House readouts (tests/data/real): ", Jr." ends the name; what follows
        # is the sentence, not a description of him.
        (
            "President Joseph R. Biden, Jr. spoke today with Emir Nawaf Al-Ahmad Al-Jaber "
            "Al-Sabah of Kuwait to express gratitude for Kuwait's generous support.",
            "Nawaf Al-Ahmad Al-Jaber Al-Sabah",
            "KW",
        ),
        (
            "President Joseph R. Biden, Jr. spoke today with President Moon Jae-in of the "
            "Republic of Korea to stress his commitment to strengthening the alliance.",
            "Moon Jae-in",
            "KR",
        ),
    ],
)
def test_a_generational_suffix_opens_no_description(
    sentence: str, other: str, country: str
) -> None:
    people = {p.name: p.country for p in diplowire.extract(sentence, published="2021-09-01").people}
    assert people[other] == country
    assert people["Joseph R. Biden"] != country


def test_a_counterpart_takes_the_adjective_next_to_it() -> None:
    # Real (Straits Times, Reuters copy, 2022-12-22).
    text = (
        "WARSAW - Polish president Andrzej Duda and his Ukrainian counterpart Volodymyr "
        "Zelensky talked on Thursday about Mr Zelensky's visit to the United States."
    )
    people = {p.name: p.country for p in diplowire.extract(text, published="2022-12-22").people}
    assert people == {"Andrzej Duda": "PL", "Volodymyr Zelensky": "UA"}


@pytest.mark.parametrize(
    ("first", "later", "same"),
    [
        # Real (Emirates 24|7, 2023-10-12): the full name, then the name without the
        # family's "Al Nahyan".
        ("Sheikh Mohamed bin Zayed Al Nahyan", "Sheikh Mohamed bin Zayed", True),
        ("Crown Prince Mohammed bin Salman Al Saud", "Crown Prince Mohammed bin Salman", True),
        ("Emir Sheikh Tamim bin Hamad Al-Thani", "Sheikh Tamim bin Hamad", True),
        # Only a family particle after the short form lengthens it: without one the
        # rule does not guess (a missed link costs less than a wrong one).
        ("Prime Minister Abdullah bin Ahmad Badawi", "Prime Minister Abdullah bin Ahmad", False),
    ],
)
def test_a_patronymic_short_form_is_the_longer_name_told_before(
    first: str, later: str, same: bool
) -> None:
    text = f"{first} held talks with President Joe Biden on Monday.\n\n{later} thanked him."
    found = extract(diplowire.parse(text, published="2023-10-12")).people
    names = [p.name for p in found]
    assert (len(names) == 2) is same, names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The Star, The Sun Daily: the nickname in quote marks, mixed or straight.
        (
            "Anwar looks forward to working with Philippine President Ferdinand “Bongbong” "
            "Marcos Jr to elevate ties.",
            "Ferdinand Marcos Jr",
        ),
        ('President Rodrigo "Digong" Duterte spoke on Monday.', "Rodrigo Duterte"),
    ],
)
def test_a_nickname_in_quote_marks_inside_a_name_is_no_part_of_it(sentence: str, name: str) -> None:
    people = find_people([_sentence(sentence)])
    assert name in [entity.name for entity in people.entities]


def test_a_quoted_word_between_a_lower_case_word_and_a_name_is_no_nickname() -> None:
    people = find_people([_sentence('Officials called it "Bold" Monday, Kim Jong-un said.')])
    assert [entity.name for entity in people.entities] == ["Kim Jong-un"]


def test_countries_joined_by_hyphens_are_no_person() -> None:
    # Real (Jiji, 2024-10-10).
    text = (
        "Japanese Defense Minister Gen Nakatani met Kim Yong-hyun.\n\nDuring a "
        "videoconference, Nakatani and Kim Yong-hyun also agreed to promote Japan-South "
        "Korea and Japan-South Korea-U.S. cooperation further."
    )
    names = [p.name for p in extract(diplowire.parse(text, published="2024-10-10")).people]
    assert names == ["Gen Nakatani", "Kim Yong-hyun"]


def test_a_title_followed_by_a_name_is_the_next_person_s_not_an_appositive() -> None:
    # Real (Telangana Today/IANS, 2023-09-08).
    text = (
        "Prime Minister Narendra Modi will be having bilateral meetings with his Mauritius "
        "counterpart Pravind Kumar Jugnauth, Bangladesh Prime Minister Sheikh Hasina and US "
        "President Joe Biden on Friday."
    )
    countries = {
        p.name: p.country for p in extract(diplowire.parse(text, published="2023-09-08")).people
    }
    assert countries["Pravind Kumar Jugnauth"] == "MU"
    assert countries["Joe Biden"] == "US"
