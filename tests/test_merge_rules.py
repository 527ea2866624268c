"""The merge's rules for real multi-outlet reports: names, dates, places, partial reports.

Each test builds the per-article records several outlets would give for one story and
checks the merged dossier: one record per real event, every disagreement kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplowire import Dossier, merge
from diplowire.extraction import lexicon
from diplowire.models import Agreement, AgreementEvent, Article, Evidence, Meeting, Person
from diplowire.models.names import name_words, same_name


def _report(
    article: str,
    people: list[str | Person],
    date: str | None,
    published: str = "2024-05-20",
    **fields: object,
) -> Dossier:
    """One article's dossier holding one meeting record."""
    participants = [p if isinstance(p, Person) else Person(name=p) for p in people]
    evidence = Evidence(article=article, paragraph=0, text=f"{article} reports it.")
    meeting = Meeting(
        id=f"{article}-m0", date=date, participants=participants, sources=[evidence], **fields
    )
    return Dossier(
        articles=[Article(id=article, published=published, paragraphs=[f"{article} story."])],
        meetings=[meeting],
    )


def _cited(meeting: Meeting) -> set[str]:
    return {s.article for s in meeting.sources}


# -- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Moon Jae-in", "Moon Jae In"),
        ("Kishida Fumio", "Fumio Kishida"),
        ("Andrei Rudenko", "Andrey Rudenko"),
        ("Sheikh Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan"),
        ("Joseph R. Biden, Jr.", "Joe Biden"),
        ("Ismaïl Omar Guelleh", "Ismail Omar Guelleh"),
    ],
)
def test_spellings_of_one_name_are_one_person_and_one_meeting(one: str, other: str) -> None:
    assert same_name(name_words(one), name_words(other))
    merged = merge(
        _report("a1", [one, "Wang Yi"], "2024-05-20", kind="phone"),
        _report("a2", [other, "Wang Yi"], "2024-05-20", kind="phone"),
    )
    (meeting,) = merged.meetings
    assert _cited(meeting) == {"a1", "a2"}
    assert len(meeting.participants) == 2


def test_a_short_form_meets_the_full_name_and_the_record_keeps_the_full_one() -> None:
    merged = merge(
        _report("a1", ["Xi", "Anthony Albanese"], "2022-11-15"),
        _report("a2", ["Xi Jinping", "Albanese"], "2022-11-15"),
    )
    (meeting,) = merged.meetings
    assert sorted(p.name for p in meeting.participants) == ["Anthony Albanese", "Xi Jinping"]


def test_one_name_of_two_countries_is_two_people() -> None:
    lee_kr = Person(name="Lee", country="KR")
    lee_sg = Person(name="Lee", country="SG")
    merged = merge(
        _report("a1", [lee_kr, "Anwar Ibrahim"], "2022-11-25", kind="phone"),
        _report("a2", [lee_sg, "Anwar Ibrahim"], "2022-11-25", kind="phone"),
    )
    assert len(merged.meetings) == 2


def test_a_short_form_of_another_office_is_another_person() -> None:
    minister = Person(name="Kim", title="Foreign Minister")
    president = Person(name="Kim Jong Un", title="Chairman")
    merged = merge(
        _report("a1", [minister, "Wang Yi"], "2024-05-20"),
        _report("a2", [president, "Wang Yi"], "2024-05-20"),
    )
    assert len(merged.meetings) == 2


def test_one_full_name_in_two_spellings_is_one_person_whatever_the_office() -> None:
    """Reports call one person by different offices, or misspell them: the name tells."""
    merged = merge(
        _report("a1", [Person(name="Mohammed Bin Zayed Al Nahyan", title="Crown Prince"),
                       "Narendra Modi"], "2020-03-26", kind="phone"),
        _report("a2", [Person(name="Mohamed bin Zayed Al Nahyan", title="Sheikh"),
                       "Narendra Modi"], "2020-03-26", kind="phone"),
        _report("a3", [Person(name="Sergey Lavrov", title="top diplomat"), "Wang Yi"],
                "2020-03-26"),
        _report("a4", [Person(name="Sergei Lavrov", title="Foreign Minster"), "Wang Yi"],
                "2020-03-26"),
    )  # fmt: skip
    assert sorted(sorted(_cited(m)) for m in merged.meetings) == [["a1", "a2"], ["a3", "a4"]]


def test_users_extend_the_alias_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reports = (
        _report("a1", ["Dzhomart Tokaev", "Xi Jinping"], "2024-07-03"),
        _report("a2", ["Kassym-Jomart Tokayev", "Xi Jinping"], "2024-07-03"),
    )
    assert len(merge(*reports).meetings) == 2
    (tmp_path / "aliases.toml").write_text(
        'spellings = [["tokayev", "tokaev"], ["jomart", "dzhomart"]]\n'
        'people = [["Kassym-Jomart Tokayev", "Jomart Tokayev"]]\n'
    )
    monkeypatch.setenv(lexicon.ENVIRONMENT, str(tmp_path))
    lexicon.reload()
    try:
        assert len(merge(*reports).meetings) == 1
    finally:
        monkeypatch.delenv(lexicon.ENVIRONMENT)
        lexicon.reload()


# -- precision of dates -----------------------------------------------------------------


def test_a_month_dated_report_joins_the_one_meeting_that_fits() -> None:
    merged = merge(
        _report("a1", ["Mike Pompeo", "Sergey Lavrov"], "2019-05-06", location="Rovaniemi"),
        _report("a2", ["Mike Pompeo", "Sergei Lavrov"], "2019-05", location="Finland"),
    )
    (meeting,) = merged.meetings
    assert meeting.date == "2019-05-06" and _cited(meeting) == {"a1", "a2"}


def test_a_month_dated_report_never_bridges_two_meetings() -> None:
    merged = merge(
        _report("a1", ["Mike Pompeo", "Sergey Lavrov"], "2019-05-06"),
        _report("a2", ["Mike Pompeo", "Sergey Lavrov"], "2019-05-14", location="Sochi"),
        _report("a3", ["Mike Pompeo", "Sergey Lavrov"], "2019-05"),
    )
    assert sorted(m.date for m in merged.meetings) == ["2019-05", "2019-05-06", "2019-05-14"]
    (vague,) = [m for m in merged.meetings if m.date == "2019-05"]
    (reason,) = [c for c in vague.conflicts if c.field == "candidates"]
    by_id = {m.id: m for m in merged.meetings}
    assert sorted(by_id[str(c.value)].date for c in reason.claims) == ["2019-05-06", "2019-05-14"]


def test_a_month_dated_report_elsewhere_stays_apart() -> None:
    merged = merge(
        _report("a1", ["Mike Pompeo", "Sergey Lavrov"], "2019-05-06", location="Rovaniemi"),
        _report("a2", ["Mike Pompeo", "Sergey Lavrov"], "2019-05", location="Sochi"),
    )
    assert len(merged.meetings) == 2


def test_an_undated_report_joins_the_meeting_held_just_before_it_was_published() -> None:
    held = _report("a1", ["Joe Biden", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"], "2021-09-01")
    undated = _report("a2", ["Nawaf Al Ahmad", "Joe Biden"], None, published="2021-09-02")
    late = _report("a3", ["Nawaf Al Ahmad", "Joe Biden"], None, published="2021-11-02")
    merged = merge(held, undated, late)
    assert sorted(len(m.sources) for m in merged.meetings) == [1, 2]
    (joined,) = [m for m in merged.meetings if len(m.sources) == 2]
    assert _cited(joined) == {"a1", "a2"}


def test_an_undated_report_naming_no_medium_joins_the_call() -> None:
    # News.am and UrduPoint, 2020-09-27: "Lavrov has discussed the situation with his
    # Armenian counterpart" (the rules' default kind, no place) beside the dated call.
    call = _report("a1", ["Sergey Lavrov", "Zohrab Mnatsakanyan"], "2020-09-27", kind="phone")
    told = _report(
        "a2", ["Sergey Lavrov", "Zohrab Mnatsakanyan"], None, "2020-09-27", kind="in_person"
    )
    assert [_cited(m) for m in merge(call, told).meetings] == [{"a1", "a2"}]
    # A face-to-face meeting with its place is another meeting than the call.
    met = _report(
        "a3",
        ["Sergey Lavrov", "Zohrab Mnatsakanyan"],
        None,
        "2020-09-27",
        kind="in_person",
        location="Moscow",
    )
    assert sorted(len(m.sources) for m in merge(call, met).meetings) == [1, 1]


# -- before and after -------------------------------------------------------------------


def test_the_announcement_and_the_report_are_one_record_keeping_both() -> None:
    merged = merge(
        _report("a1", ["Abbas Araghchi", "Vladimir Putin"], "2025-06-23", status="scheduled"),
        _report("a2", ["Vladimir Putin", "Abbas Araghchi"], "2025-06-23", status="held"),
    )
    (meeting,) = merged.meetings
    assert meeting.status == "held"
    (history,) = [c for c in meeting.conflicts if c.field == "status"]
    assert {(c.value, c.sources[0].article) for c in history.claims} == {
        ("held", "a2"),
        ("scheduled", "a1"),
    }


# -- partial reports --------------------------------------------------------------------


def test_a_report_naming_one_side_joins_the_call_it_fits() -> None:
    merged = merge(
        _report("a1", ["Sergey Shoigu", "Hulusi Akar"], "2022-10-23", kind="phone"),
        _report("a2", ["Sergeiy Shoigu"], "2022-10-23", kind="phone"),
    )
    (meeting,) = merged.meetings
    assert _cited(meeting) == {"a1", "a2"}


def test_a_report_naming_one_side_of_two_calls_stays_apart() -> None:
    merged = merge(
        _report("a1", ["Sergey Shoigu", "Hulusi Akar"], "2022-10-23", kind="phone"),
        _report("a2", ["Sergey Shoigu", "Ben Wallace"], "2022-10-23", kind="phone"),
        _report("a3", ["Sergeiy Shoigu"], "2022-10-23", kind="phone"),
    )
    assert len(merged.meetings) == 3
    (alone,) = [m for m in merged.meetings if len(m.participants) == 1]
    assert [len(c.claims) for c in alone.conflicts if c.field == "candidates"] == [2]


def test_a_one_sided_report_without_a_date_stays_apart() -> None:
    merged = merge(
        _report("a1", ["Joe Biden", "Xi Jinping"], "2022-11-14"),
        _report("a2", ["Joe Biden"], None, published="2022-10-25", status="scheduled"),
    )
    assert len(merged.meetings) == 2


def test_a_bilateral_inside_a_trilateral_stays_apart() -> None:
    merged = merge(
        _report("a1", ["Vladimir Putin", "Ilham Aliyev"], "2021-11-26", format="bilateral"),
        _report("a2", ["Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"], "2021-11"),
    )
    assert len(merged.meetings) == 2


# -- conflicts as data ------------------------------------------------------------------


def test_one_meeting_reported_in_two_places_keeps_both() -> None:
    merged = merge(
        _report("a1", ["Vladimir Putin", "Abbas Araghchi"], "2025-06-23", location="Moscow"),
        _report("a2", ["Vladimir Putin", "Abbas Araghchi"], "2025-06-23", location="Kremlin"),
        _report("a3", ["Vladimir Putin", "Abbas Araghchi"], "2025-06-23", location="Minsk"),
    )
    (meeting,) = merged.meetings
    (place,) = [c for c in meeting.conflicts if c.field == "location"]
    assert {c.value for c in place.claims} == {"Moscow", "Kremlin", "Minsk"}


def test_reports_a_day_apart_are_one_call_with_both_dates() -> None:
    merged = merge(
        _report("a1", ["Joe Biden", "Moon Jae-in"], "2021-02-03", kind="phone"),
        _report("a2", ["Moon Jae-in", "Joe Biden"], "2021-02-04", kind="phone"),
        _report("a3", ["Moon Jae-in", "Joe Biden"], "2021-02-04", kind="phone"),
    )
    (meeting,) = merged.meetings
    assert meeting.date == "2021-02-04"
    (dates,) = [c for c in meeting.conflicts if c.field == "date"]
    assert {c.value for c in dates.claims} == {"2021-02-03", "2021-02-04"}


def test_two_calls_two_days_apart_are_two() -> None:
    merged = merge(
        _report("a1", ["Sergey Shoigu", "Lloyd Austin"], "2022-10-21", kind="phone"),
        _report("a2", ["Sergey Shoigu", "Lloyd Austin"], "2022-10-23", kind="phone"),
    )
    assert len(merged.meetings) == 2


# -- agreements -------------------------------------------------------------------------


def _pact(
    article: str, name: str, acronym: str | None, parties: list[str], *aliases: str
) -> Dossier:
    evidence = Evidence(article=article, paragraph=0, text=f"{name} was named.")
    return Dossier(
        agreements=[
            Agreement(
                id=f"{article}-a0",
                name=name,
                acronym=acronym,
                aliases=list(aliases),
                parties=parties,
                sources=[evidence],
            )
        ]
    )


def test_pacts_named_only_by_generic_words_are_not_one() -> None:
    merged = merge(
        _pact("a1", "Iran nuclear deal", None, ["IR", "US"], "the deal"),
        _pact("a2", "Black Sea Grain Initiative", None, ["RU", "UA", "TR"], "the deal"),
    )
    assert len(merged.agreements) == 2


def test_pacts_of_different_countries_are_not_one_even_by_acronym() -> None:
    merged = merge(
        _pact("a1", "Comprehensive Strategic Partnership", None, ["MY", "CN"]),
        _pact("a2", "Comprehensive Strategic Cooperation", "CSP", ["AU", "MY"]),
    )
    assert len(merged.agreements) == 2


def test_a_one_party_report_does_not_bridge_two_pacts_of_one_name() -> None:
    # The real set: Japan's Reciprocal Access Agreements with Britain (2023) and with
    # the Philippines (2024); a report naming Britain alone joined both into one.
    merged = merge(
        _pact("a1", "Reciprocal Access Agreement", None, ["GB", "JP"]),
        _pact("a2", "Reciprocal Access Agreement", None, ["GB"]),
        _pact("a3", "Reciprocal Access Agreement", None, ["JP", "PH"]),
    )
    assert sorted(sorted(a.parties) for a in merged.agreements) == [["GB", "JP"], ["JP", "PH"]]


def test_a_one_party_report_joins_the_pact_it_names_a_party_of() -> None:
    merged = merge(
        _pact("a1", "Reciprocal Access Agreement", None, ["GB", "JP"]),
        _pact("a2", "Reciprocal Access Agreement", None, ["GB"]),
    )
    assert len(merged.agreements) == 1


def test_a_plural_and_a_singular_name_are_one_pact() -> None:
    merged = merge(
        _pact("a1", "Indus Waters Treaty", None, ["IN", "PK"]),
        _pact("a2", "Indus Water Treaty", None, ["IN", "PK"]),
    )
    assert len(merged.agreements) == 1


def test_an_acronym_printed_as_a_name_meets_the_acronym() -> None:
    merged = merge(
        _pact("a1", "New START", None, ["US", "RU"]),
        _pact("a2", "Strategic Arms Reduction Treaty", "New START", ["RU", "US"]),
    )
    assert len(merged.agreements) == 1


def test_a_report_naming_both_sides_by_surname_joins_the_meeting() -> None:
    merged = merge(
        _report("a1", ["Vladimir Putin", "Abbas Araghchi"], "2025-06-23", location="Kremlin"),
        _report("a2", ["Araqchi", "Putin"], "2025-06-23", location="Moscow"),
    )
    (meeting,) = merged.meetings
    assert sorted(p.name for p in meeting.participants) == ["Abbas Araghchi", "Vladimir Putin"]


def test_a_vague_report_does_not_join_another_meeting_than_its_own_article_reports() -> None:
    """An article reports the Finland talks twice, once only by the month: not Sochi's."""
    own = _report("a1", ["Mike Pompeo", "Sergei Lavrov"], "2019-05-06", location="Finland")
    vague = _report("a1", ["Mike Pompeo", "Sergei Lavrov"], "2019-05", location="Finland")
    vague.meetings[0] = vague.meetings[0].model_copy(update={"id": "a1-m1"})
    sochi = _report("a2", ["Michael R. Pompeo", "Sergey Lavrov"], "2019-05-14")
    merged = merge(own, vague, sochi)
    assert len(merged.meetings) == 3


def test_a_meeting_with_a_third_side_is_not_the_pair_s_meeting() -> None:
    # The Russia-India-China luncheon and the Jaishankar-Wang talks of the same day
    # (Hindustan Times, India TV, Telegraph India, 2020-09): Lavrov is a third side.
    jaishankar = Person(name="S Jaishankar")
    wang = Person(name="Wang Yi", country="CN")
    lavrov = Person(name="Sergey Lavrov", country="RU")
    merged = merge(
        _report("a1", [jaishankar, wang, lavrov], "2020-09-10", status="scheduled"),
        _report("a2", [jaishankar, wang], "2020-09-10"),
    )
    assert len(merged.meetings) == 2


def test_one_side_named_by_a_report_is_no_third_side() -> None:
    # A report naming the Japanese ministers only, and one naming all four of a 2+2.
    kamikawa = Person(name="Yoko Kamikawa", country="JP")
    kihara = Person(name="Minoru Kihara", country="JP")
    manalo = Person(name="Enrique Manalo", country="PH")
    teodoro = Person(name="Gilberto Teodoro", country="PH")
    merged = merge(
        _report("a1", [kamikawa, kihara, manalo, teodoro], "2024-07-08"),
        _report("a2", [kamikawa, kihara], "2024-07-08"),
    )
    (meeting,) = merged.meetings
    assert _cited(meeting) == {"a1", "a2"}


# -- agreements named by description ----------------------------------------------------


def _described(
    article: str,
    name: str,
    parties: list[str],
    *aliases: str,
    signed: str | None = None,
    acronym: str | None = None,
) -> Dossier:
    evidence = Evidence(article=article, paragraph=0, text=f"{name} was named.")
    events = [AgreementEvent(kind="signed", date=signed, sources=[evidence])] if signed else []
    pact = Agreement(
        id=f"{article}-a0",
        name=name,
        acronym=acronym,
        aliases=list(aliases),
        parties=parties,
        events=events,
        sources=[evidence],
    )
    return Dossier(agreements=[pact])


@pytest.mark.parametrize(
    "reports",
    [
        # Words that name no pact in particular, and a year, set apart (the real set:
        # Global Times and Manila Standard on one pact).
        [
            ('bilateral agreement on "comfort women"', ["JP", "KR"], ()),
            ("2015 bilateral comfort women agreement", ["JP", "KR"], ("comfort women agreement",)),
        ],
        # A synonym ("ceasefire", "truce") and the country the name names.
        [
            ("UN-mediated truce in Yemen", ["SA", "YE"], ("U.N.-mediated truce",)),
            ("UN-mediated ceasefire", ["SA", "YE"], ("UN truce",)),
        ],
        # The name, an outlet's name of it in the lexicon, a country's adjective.
        [
            ("Joint Comprehensive Plan of Action", ["IR"], ("nuclear deal",)),
            ("Iran nuclear deal", ["IR", "US", "GB", "FR", "DE", "RU", "CN"], ()),
            ("Iranian nuclear deal", ["IR", "US"], ()),
        ],
        # A description inside a longer one, of a pact binding the same countries.
        [
            ("Reciprocal Access Agreement", ["JP", "PH"], ()),
            ("bilateral agreement on reciprocal troop access", ["JP", "PH"], ("the pact",)),
        ],
        [
            ("five-year action plan (2018-2022)", ["CN", "KH", "MM", "LA", "TH", "VN"], ()),
            (
                "Five Years Action Plan of Mekong-Lancang Cooperation Meeting (2018-2022)",
                ["CN", "KH", "LA", "MM", "TH", "VN"],
                (),
            ),
        ],
        [
            ("Paris Agreement", ["FR", "US"], ()),
            ("Paris Climate Agreement", ["FR", "US"], ("global accord",)),
        ],
    ],
)
def test_descriptions_of_one_pact_are_one(
    reports: list[tuple[str, list[str], tuple[str, ...]]],
) -> None:
    merged = merge(
        *(
            _described(f"a{i}", name, parties, *aliases)
            for i, (name, parties, aliases) in enumerate(reports)
        )
    )
    assert len(merged.agreements) == 1
    assert len(merged.agreements[0].sources) == len(reports)


def test_stages_of_one_contract_stay_apart_and_each_finds_itself() -> None:
    """Yonhap's two reports of the Chunmoo contracts with Poland: three stages, three pacts."""
    merged = merge(
        _described("a1", "first Chunmoo deal", ["PL", "KR"], signed="2022"),
        _described("a2", "second Chunmoo deal", ["PL", "KR"], signed="2024"),
        _described("a3", "first-stage Chunmoo deal", ["PL", "KR"], "first-stage deal"),
        _described("a4", "second-stage Chunmoo deal", ["PL", "KR"], "second-stage deal"),
        _described("a5", "third-stage Chunmoo export contract", ["PL", "KR"]),
    )
    assert sorted(sorted(s.article for s in a.sources) for a in merged.agreements) == [
        ["a1", "a3"],
        ["a2", "a4"],
        ["a5"],
    ]


def test_statements_of_one_parties_and_other_years_stay_apart() -> None:
    """The Karabakh statements of 2020, of January 2021 and of Sochi, November 2021."""
    merged = merge(
        _described(
            "a1", "9 November 2020 tripartite peace declaration", ["AM", "AZ", "RU"],
            "tripartite peace declaration", signed="2020-11-09",
        ),
        _described(
            "a2", "9 November 2020 tripartite trilateral statement", ["AM", "AZ", "RU"],
            "9 November tripartite peace declaration", signed="2020-11-09",
        ),
        _described("a3", "11 January 2021 document", ["AM", "AZ", "RU"], signed="2021-01-11"),
        _described(
            "a4", "trilateral statement", ["AM", "AZ", "RU"], "the document", signed="2021-11-26"
        ),
    )  # fmt: skip
    assert sorted(sorted(s.article for s in a.sources) for a in merged.agreements) == [
        ["a1", "a2"],
        ["a3"],
        ["a4"],
    ]


def test_a_description_naming_another_country_is_another_pact() -> None:
    merged = merge(
        _described("a1", "Iranian nuclear deal", ["IR", "US"]),
        _described("a2", "North Korean nuclear deal", ["KP", "US"]),
        _described("a3", "nuclear deal", ["KP", "US"]),
    )
    assert sorted(sorted(s.article for s in a.sources) for a in merged.agreements) == [
        ["a1"],
        ["a2", "a3"],
    ]


# -- undated reports --------------------------------------------------------------------


def test_undated_reports_of_one_call_published_together_are_one() -> None:
    """TRT and Today.az on Erdogan's birthday calls (2024-02-26): neither dates them."""
    merged = merge(
        _report("a1", ["Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"], None, "2024-02-26",
                kind="phone"),
        _report("a2", ["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev"], None, "2024-02-26",
                kind="phone"),
        _report("a3", ["Shavkat Mirziyoyev", "Recep Tayyip Erdogan"], None, "2024-02-26",
                kind="phone"),
        _report("a4", ["Recep Tayyip Erdogan", "Shavkat Mirziyoyev"], None, "2024-02-27",
                kind="phone"),
    )  # fmt: skip
    assert sorted(sorted(_cited(m)) for m in merged.meetings) == [["a1", "a2"], ["a3", "a4"]]


@pytest.mark.parametrize(
    ("people", "published", "fields"),
    [
        # The same two, a week later: another call.
        (["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev"], "2024-03-04", {"kind": "phone"}),
        # One side and a third person: another meeting.
        (["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev", "Ilham Aliyev"], "2024-02-26", {}),
        # The same two, in person where the other report says by phone.
        (["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev"], "2024-02-26", {"kind": "in_person"}),
        # One side only: too little to tell which meeting.
        (["Recep Tayyip Erdogan"], "2024-02-26", {"kind": "phone"}),
    ],
)
def test_undated_reports_that_may_be_other_meetings_stay_apart(
    people: list[str], published: str, fields: dict[str, object]
) -> None:
    merged = merge(
        _report("a1", ["Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"], None, "2024-02-26",
                kind="phone"),
        _report("a2", list(people), None, published, **fields),
    )  # fmt: skip
    assert len(merged.meetings) == 2


# -- summits ----------------------------------------------------------------------------


def test_reports_of_one_summit_naming_different_leaders_are_one() -> None:
    """Kazinform, Inozpress, Myanmar TV and Sputnik on the SCO summit in Samarkand: each
    names its own leader, Kazinform dates it by the first day of the outlet's range."""
    summit = {"format": "multilateral", "location": "Samarkand"}
    merged = merge(
        _report("a1", ["Kassym-Jomart Tokayev"], "2022-09-14", "2022-09-15",
                forum="Shanghai Cooperation Organization Summit", **summit),
        _report("a2", ["Xi Jinping"], "2022-09-15", "2022-09-05",
                forum="Shanghai Cooperation Organization Summit", **summit),
        _report("a3", ["Vladimir Putin", "Xi Jinping"], "2022-09-15", "2022-09-15",
                forum="Shanghai Cooperation Organization (SCO) summit", **summit),
        _report("a4", ["Vladimir Putin"], "2022-09-15", "2022-09-15",
                forum="22nd SCO summit", **summit),
    )  # fmt: skip
    (meeting,) = merged.meetings
    assert _cited(meeting) == {"a1", "a2", "a3", "a4"}


def test_a_report_naming_no_one_joins_the_summit_by_its_forum() -> None:
    """Reuters names no minister at the NATO meeting brought forward to March 31."""
    merged = merge(
        _report("a1", [], "2017-03-31", "2017-03-27", format="multilateral",
                forum="NATO Foreign Ministers meeting"),
        _report("a2", ["Rex Tillerson"], "2017-03-31", "2017-03-27", format="multilateral",
                forum="NATO foreign ministers meeting", location="Brussels"),
    )  # fmt: skip
    assert len(merged.meetings) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Two forums meeting in one city on one day (an ASEAN summit and its ASEAN+1).
        (("ASEAN summit", "2023-09-05", "Jakarta"), ("ASEAN-Japan summit", "2023-09-05", "Jakarta")),
        # The ministers' meeting of a forum is not its summit.
        (("BRICS summit", "2024-06-10", None), ("BRICS foreign ministers' summit", "2024-06-10", None)),
        # One council on two days, no place to tell: two sittings.
        (("UN Security Council", "2022-02-23", None), ("UN Security Council", "2022-02-24", None)),
        # One forum in one month, in two cities.
        (("G20 summit", "2023-09", "New Delhi"), ("G20 summit", "2023-09", "Rio de Janeiro")),
    ],
)  # fmt: skip
def test_other_forums_or_other_sittings_stay_apart(
    one: tuple[str, str, str | None], other: tuple[str, str, str | None]
) -> None:
    merged = merge(
        *(
            _report(f"a{i}", [name], date, forum=forum, format="multilateral", location=place)
            for i, ((forum, date, place), name) in enumerate(
                ((one, "Joko Widodo"), (other, "Fumio Kishida"))
            )
        )
    )
    assert len(merged.meetings) == 2


# -- people around the two sides --------------------------------------------------------


def test_a_report_naming_those_around_a_bilateral_joins_the_report_of_its_two() -> None:
    """A readout names the two ministers, their spokespeople and an envoy; a wire story
    names the two ministers: one meeting, every person kept."""
    merged = merge(
        _report(
            "a1",
            ["Rex Tillerson", "Sergei Lavrov", "Heather Nauert", "Maria Zakharova", "Jon Huntsman"],
            "2017-09-17",
            format="bilateral",
            location="New York",
        ),
        _report("a2", ["Sergey Lavrov", "Rex Tillerson"], "2017-09-17", location="New York"),
    )
    (meeting,) = merged.meetings
    assert len(meeting.participants) == 5


@pytest.mark.parametrize(
    ("fmt", "date"),
    [
        ("trilateral", "2021-11-26"),  # the trilateral the bilateral preceded, that day
        (None, "2021-11-26"),  # a list of three that does not say it is two-sided
        ("bilateral", "2021-11-24"),  # the same people two days before
    ],
)
def test_a_longer_list_that_may_be_another_meeting_stays_apart(fmt: str | None, date: str) -> None:
    merged = merge(
        _report("a1", ["Vladimir Putin", "Ilham Aliyev"], "2021-11-26", format="bilateral"),
        _report(
            "a2",
            ["Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin", "Dmitry Peskov", "Yuri Ushakov"],
            date,
            format=fmt,
        ),
    )
    assert len(merged.meetings) == 2


def _unnamed(article: str, alias: str, parties: list[str]) -> Dossier:
    evidence = Evidence(article=article, paragraph=0, text=f"The {alias} was named.")
    pact = Agreement(id=f"{article}-a0", aliases=[alias], parties=parties, sources=[evidence])
    return Dossier(agreements=[pact])


def test_pacts_named_only_in_passing_are_compared_by_description() -> None:
    """teleSUR's 'grain agreement' and TASS's 'grain deal' (no name, Russia's side); the
    grain transit deal of Ukraine and Poland is another pact."""
    merged = merge(
        _unnamed("a1", "grain agreement", ["RU"]),
        _unnamed("a2", "grain deal", ["RU", "TR"]),
        _unnamed("a3", "grain deal", ["PL", "UA"]),
    )
    assert sorted(sorted(s.article for s in a.sources) for a in merged.agreements) == [
        ["a1", "a2"],
        ["a3"],
    ]


# -- the algebra over these rules -------------------------------------------------------


def _pool() -> list[Dossier]:
    """Reports the rules above join or keep apart: summits, undated calls, described pacts."""
    summit = {"format": "multilateral", "location": "Samarkand"}
    return [
        _report("p1", ["Kassym-Jomart Tokayev"], "2022-09-14", "2022-09-15",
                forum="Shanghai Cooperation Organization Summit", **summit),
        _report("p2", ["Vladimir Putin", "Xi Jinping"], "2022-09-15", "2022-09-15",
                forum="Shanghai Cooperation Organization (SCO) summit", **summit),
        _report("p3", ["Vladimir Putin"], "2022-09-15", "2022-09-15", forum="22nd SCO summit",
                **summit),
        _report("p4", ["Xi Jinping"], "2022-09", "2022-09-05", forum="SCO summit", **summit),
        _report("p5", ["Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"], None, "2024-02-26",
                kind="phone"),
        _report("p6", ["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev"], None, "2024-02-27",
                kind="phone"),
        _report("p7", ["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev"], None, "2024-02-28",
                kind="phone"),
        _report("p8", ["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev"], "2024-02-26",
                "2024-02-27", kind="phone"),
        _described("p9", "Reciprocal Access Agreement", ["JP", "PH"]),
        _described("p10", "bilateral agreement on reciprocal troop access", ["JP", "PH"]),
        _described("p11", "Reciprocal Access Agreement", ["GB", "JP"]),
        _described("p12", "Iranian nuclear deal", ["IR", "US"]),
        _described("p13", "Joint Comprehensive Plan of Action", ["IR"], "nuclear deal"),
        _unnamed("p14", "grain deal", ["RU", "TR"]),
        _unnamed("p15", "grain agreement", ["RU"]),
    ]  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_the_merge_stays_algebra_with_these_rules(data: st.DataObject) -> None:
    pick = st.lists(st.sampled_from(_pool()), min_size=1, max_size=6)
    a, b, c = (merge(*data.draw(pick)) for _ in range(3))
    assert merge(a, b).model_dump_json() == merge(b, a).model_dump_json()
    assert merge(merge(a, b), c).model_dump_json() == merge(a, merge(b, c)).model_dump_json()
    assert merge(a, a).model_dump_json() == a.model_dump_json()


def test_reports_naming_another_party_alone_bridge_no_two_pacts() -> None:
    # Japan's Reciprocal Access Agreements with Australia (CNN, UrduPoint, 2022) and with
    # Britain (La Prensa Latina, wired-gov, 2023): two reports name the other side alone.
    merged = merge(
        _pact("a1", "Reciprocal Access Agreement", None, ["GB"]),
        _pact("a2", "Reciprocal Access Agreement", None, ["GB", "JP"]),
        _pact("a3", "Reciprocal Access Agreement", None, ["AU"]),
        _pact("a4", "Reciprocal Access Agreement", "RAA", ["AU", "JP"]),
    )
    cited = sorted(sorted(s.article for s in a.sources) for a in merged.agreements)
    assert cited == [["a1", "a2"], ["a3", "a4"]]


def test_the_body_a_pact_belongs_to_is_no_word_of_its_label() -> None:
    # Real (ICAN, 2020-10-24; Radio Pakistan, 2021-01-23): one treaty, with and without
    # the UN before its name.
    from diplowire.merge.labels import same_label
    from diplowire.models import Agreement

    icanw = Agreement(id="a-1", name="UN Treaty on the Prohibition of Nuclear Weapons")
    radio = Agreement(id="b-1", name="Treaty on Prohibition of Nuclear Weapons")
    assert same_label(icanw, radio)
    assert not same_label(
        Agreement(id="c-1", name="UN Charter"), Agreement(id="d-1", name="ASEAN Charter")
    )
