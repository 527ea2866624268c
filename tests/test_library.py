"""The library's verbs take what a Python user has at hand: lists, generators, one text."""

from __future__ import annotations

from pathlib import Path

import pytest

import diplowire
from conftest import SEEDS
from diplowire.errors import InputError

TALKS = (
    "TOKYO (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya met South Korean Foreign "
    "Minister Cho Tae-yul in Tokyo on Friday, the ministry said."
)


def _seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def test_extract_takes_a_list_or_a_generator_of_sources() -> None:
    manifest = SEEDS / "manifest.json"
    spread = diplowire.extract(*_seed_files(), manifest=manifest).model_dump_json()
    assert diplowire.extract(_seed_files(), manifest=manifest).model_dump_json() == spread
    generated = (path for path in _seed_files())
    assert diplowire.extract(generated, manifest=manifest).model_dump_json() == spread


def test_a_text_takes_url_published_and_outlet() -> None:
    dossier = diplowire.extract(
        TALKS, url="https://english.kyodonews.net/news/talks", published="2024-11-15"
    )
    (article,) = dossier.articles
    assert (article.url, article.published) == (
        "https://english.kyodonews.net/news/talks",
        "2024-11-15",
    )
    assert (article.published_from, article.outlet) == ("argument", "kyodo")
    assert [m.date for m in dossier.meetings] == ["2024-11-15"]  # "on Friday" resolved
    assert diplowire.extract(TALKS, outlet="nikkei").articles[0].outlet == "nikkei"


def test_describing_one_document_with_several_given_is_an_error() -> None:
    with pytest.raises(InputError, match="describe one document"):
        diplowire.extract([TALKS, TALKS + " Again."], published="2024-11-15")


def test_iter_records_streams_one_dossier_per_input_with_failures() -> None:
    consumed: list[str] = []

    def sources():  # type: ignore[no-untyped-def]
        for path in _seed_files():
            consumed.append(path.name)
            yield path
        yield b""

    stream = diplowire.iter_records(sources(), manifest=SEEDS / "manifest.json")
    first = next(stream)
    assert len(consumed) == 1 and len(first.articles) == 1  # read as it comes
    rest = list(stream)
    assert [len(d.articles) for d in rest] == [1, 1, 1, 1, 0]
    assert [f.error for f in rest[-1].failures] == ["EmptyInputError"]
    merged = diplowire.merge(first, rest)
    whole = diplowire.extract(_seed_files(), b"", manifest=SEEDS / "manifest.json")
    assert merged.model_dump_json() == whole.model_dump_json()


def test_merge_accepts_iterables() -> None:
    parts = list(diplowire.iter_records(_seed_files(), manifest=SEEDS / "manifest.json"))
    assert diplowire.merge(parts) == diplowire.merge(*parts) == diplowire.merge(iter(parts))
