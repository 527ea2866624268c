"""Models validate what they should, round-trip through JSON and export a schema."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from diplowire import (
    Agreement,
    AgreementEvent,
    Article,
    Dossier,
    Evidence,
    Failure,
    Meeting,
    Person,
    RenewalRule,
    Statement,
)
from diplowire.models import date_precision


def _dossier() -> Dossier:
    evidence = Evidence(article="0123456789abcdef", paragraph=3, text="They met in Tokyo.")
    takizaki = Person(name="Shigeki Takizaki", title="Director General", country="JP")
    kim = Person(name="Kim Jung-han", country="KR", organization="Foreign Ministry")
    return Dossier(
        articles=[
            Article(
                id="0123456789abcdef",
                outlet="mainichi",
                wire=["Kyodo"],
                title="Talks",
                published="2019-11-15",
                published_from="manifest",
                paragraphs=["One.", "Two."],
                captions=["A caption. (Kyodo)"],
                source="seeds/x.txt",
            )
        ],
        meetings=[
            Meeting(
                id="m1",
                date="2019-11-15",
                date_text="on Friday",
                location="Tokyo",
                participants=[takizaki, kim],
                duration_minutes=150,
                kind="in_person",
                format="bilateral",
                topics=["wartime labor"],
                sources=[evidence],
            )
        ],
        statements=[
            Statement(
                id="s1", speaker=takizaki, text="act prudently", direct=True, sources=[evidence]
            )
        ],
        agreements=[
            Agreement(
                id="a1",
                name="General Security of Military Information Agreement",
                acronym="GSOMIA",
                parties=["JP", "KR"],
                renewal=RenewalRule(automatic=True, period="P1Y", notice_days=90),
                events=[
                    AgreementEvent(kind="expires", date="2019-11-23", sources=[evidence]),
                    AgreementEvent(kind="signed", date="2016-11-23"),
                    AgreementEvent(kind="termination_announced", date="2019-08"),
                ],
                sources=[evidence],
            )
        ],
        failures=[
            Failure(source="bad.bin", stage="read", error="BinaryInputError", message="binary")
        ],
    )


def test_dossier_round_trips_through_json() -> None:
    dossier = _dossier()
    again = Dossier.model_validate_json(dossier.model_dump_json())
    assert again == dossier
    assert again.model_dump_json() == dossier.model_dump_json()


def test_output_contract_field_names() -> None:
    data = json.loads(_dossier().model_dump_json())
    assert list(data)[:4] == ["articles", "meetings", "statements", "agreements"]
    assert {
        "id",
        "outlet",
        "wire",
        "title",
        "url",
        "published",
        "dateline_place",
        "paragraphs",
        "captions",
        "source",
    } <= set(data["articles"][0])
    assert {
        "id",
        "date",
        "location",
        "participants",
        "duration_minutes",
        "kind",
        "format",
        "topics",
        "sources",
    } <= set(data["meetings"][0])
    assert {"name", "title", "country"} <= set(data["meetings"][0]["participants"][0])
    assert {"article", "paragraph", "text", "caption"} == set(data["meetings"][0]["sources"][0])
    assert {"id", "speaker", "text", "direct", "date", "sources"} <= set(data["statements"][0])
    agreement = data["agreements"][0]
    assert {"id", "name", "acronym", "parties", "signed", "expires", "events", "sources"} <= set(
        agreement
    )
    assert (agreement["signed"], agreement["expires"]) == ("2016-11-23", "2019-11-23")
    assert {"date", "kind", "actor", "sources"} <= set(agreement["events"][0])


def test_json_schema_describes_every_list() -> None:
    schema = Dossier.json_schema()
    assert set(schema["properties"]) >= {
        "articles",
        "meetings",
        "statements",
        "agreements",
        "failures",
    }
    assert "Agreement" in schema["$defs"]
    assert "signed" in schema["$defs"]["Agreement"]["properties"]
    json.dumps(schema)  # serializable as is


@pytest.mark.parametrize("value", ["2019", "2019-08", "2019-11-15", "2020-02-29"])
def test_partial_dates_accepted(value: str) -> None:
    assert Meeting(id="m", date=value).date == value


@pytest.mark.parametrize(
    "value", ["2019-13", "2019-02-30", "19-11-15", "Nov 15", "2019-11-15T10:00", ""]
)
def test_bad_dates_rejected(value: str) -> None:
    with pytest.raises(ValidationError):
        Meeting(id="m", date=value)


def test_date_precision() -> None:
    assert [date_precision(d) for d in ("2016", "2019-08", "2019-11-15")] == [
        "year",
        "month",
        "day",
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jung Han", "Kim Jung-han"),
        ("Kang Kyung Wha", "Kang Kyung-wha"),
        ("Toshimitsu Motegi", "Motegi Toshimitsu"),
        ("Moon Jae-in", "MOON JAE IN"),
        ("Jeong Kyeong-doo", "Jeong Kyeong Doo"),
    ],
)
def test_person_keys_join_spelling_variants(a: str, b: str) -> None:
    assert Person(name=a).key == Person(name=b).key


def test_person_keys_keep_different_people_apart() -> None:
    assert Person(name="Kim Jong Un").key != Person(name="Kim Jung Han").key


def test_country_must_be_iso_alpha2() -> None:
    with pytest.raises(ValidationError):
        Person(name="Taro Kono", country="Japan")


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Article.model_validate({"id": "x", "outlet": "a", "headline": "typo"})


def test_unknown_event_kind_is_rejected() -> None:
    with pytest.raises(ValidationError):
        AgreementEvent(kind="cancelled")


@given(
    st.lists(st.text(min_size=1, max_size=80), max_size=5),
    st.lists(st.sampled_from(["Kyodo", "Jiji", "Yonhap", "AP"]), max_size=3, unique=True),
    st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_any_article_round_trips(
    paragraphs: list[str], wire: list[str], published: str | None
) -> None:
    article = Article(id="abc", wire=wire, paragraphs=paragraphs, published=published)
    assert Article.model_validate_json(article.model_dump_json()) == article
