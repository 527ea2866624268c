"""Random and mutated documents: every adapter either parses them or raises a DiplowireError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplowire
from conftest import DATA, SEEDS
from diplowire import DiplowireError, Plugins

CORPUS = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))] + [
    p.read_bytes() for p in sorted((DATA / "articles").glob("*.html"))
]
ADAPTERS = ["generic", "gulftoday", "japantimes", "kyodo", "mainichi", "yonhap"]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real document cut, spliced, or sprinkled with random bytes."""
    data = bytearray(draw(st.sampled_from(CORPUS)))
    for _ in range(draw(st.integers(0, 4))):
        operation = draw(st.sampled_from(["cut", "insert", "delete", "flip"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if operation == "cut":
            del data[at:]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 256))]
        elif data:
            data[at] ^= draw(st.integers(1, 255))
    return bytes(data)


def _parse_or_typed_error(data: bytes | str, plugins: Plugins, adapter: str | None) -> None:
    try:
        article = diplowire.parse(data, adapter=adapter, plugins=plugins)
    except DiplowireError:
        return
    assert article.paragraphs or article.title
    diplowire.Article.model_validate_json(article.model_dump_json())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mutated(), adapter=st.sampled_from([None, *ADAPTERS]))
def test_mutated_documents(data: bytes, adapter: str | None, plugins: Plugins) -> None:
    _parse_or_typed_error(data, plugins, adapter)


@settings(max_examples=150, deadline=None)
@given(
    data=st.one_of(st.binary(max_size=2048), st.text(max_size=2048)),
    adapter=st.sampled_from([None, *ADAPTERS]),
)
def test_random_documents(data: bytes | str, adapter: str | None, plugins: Plugins) -> None:
    _parse_or_typed_error(data, plugins, adapter)


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_every_adapter_reads_every_corpus_document(
    adapter: str, plugins: Plugins, tmp_path: Path
) -> None:
    for data in CORPUS:
        article = diplowire.parse(data, adapter=adapter, plugins=plugins)
        assert article.paragraphs


@settings(max_examples=200, deadline=None)
@given(
    paragraphs=st.lists(
        st.one_of(
            st.text(max_size=300),
            st.sampled_from(
                [
                    'He said "unfinished',
                    "“We met,” “they said”",
                    "The 2016 pact, or GSOMIA, expires on Nov. 31.",
                    "Kim Jong-un and Kim met Kim on the previous day, the following day.",
                    'A (B) -- C, D, E: “F”, "G" said H.',
                    "held talks with his counterpart, counterpart, counterpart",
                    "Treaty Treaty Treaty of of of Agreement (A) (B) or C",
                ]
            ),
        ),
        max_size=8,
    ),
    published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_extractor_never_raises(paragraphs: list[str], published: str | None) -> None:
    from diplowire.extraction import extract

    article = diplowire.Article(id="fuzz", paragraphs=paragraphs, published=published)
    records = extract(article)
    for record in [*records.meetings, *records.statements, *records.agreements]:
        for source in record.sources:
            assert source.article == "fuzz"
