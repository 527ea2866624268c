"""Every kind of input, good and bad: a typed error or a recorded failure, never a crash."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import diplowire
from diplowire import Options, Plugins
from diplowire.errors import (
    BinaryInputError,
    DecodingError,
    DiplowireError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    ParseError,
    SourceNotFoundError,
)

LEAD = "SEOUL, March 4 (Yonhap) -- Vice foreign ministers of South Korea and Japan met in Seoul on Monday."
TEXT = f"Vice ministers meet in Seoul\n\n{LEAD}\n\nThey agreed to meet again in June."


def test_text_path_str_bytes_and_pathlike_agree(tmp_path: Path, plugins: Plugins) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    from_path = diplowire.parse(path, plugins=plugins)
    from_str_path = diplowire.parse(str(path), plugins=plugins)
    from_text = diplowire.parse(TEXT, plugins=plugins)
    from_bytes = diplowire.parse(TEXT.encode("utf-8"), plugins=plugins)
    assert from_path.source == str(path) == from_str_path.source
    assert from_text.source is None and from_bytes.source is None
    for article in (from_str_path, from_text, from_bytes):
        assert article.paragraphs == from_path.paragraphs
        assert article.id == from_path.id
    assert from_path.title == "Vice ministers meet in Seoul"
    assert from_path.wire == ["Yonhap"]


WESTERN = (
    "Café talks in Genève\n\nThe ministers met at a café in Genève on Friday — “a good start.”"
)
SAMPLES = {
    "utf-8": WESTERN,
    "utf-8-sig": WESTERN,
    "utf-16": WESTERN,
    "cp1252": WESTERN,
    "latin-1": "Café talks in Genève\n\nThe ministers met at a café in Genève on Friday, officials said.",
    "shift_jis": "日米首脳会談\n\n東京で14日、日米首脳会談が開かれた。両首脳は同盟の強化で一致した。",
    "euc-kr": "한일 외교장관 회담\n\n한국과 일본의 외교장관이 서울에서 회담을 가졌다. 양측은 대화를 계속하기로 했다.",
}


@pytest.mark.parametrize("encoding", sorted(SAMPLES))
def test_encodings_are_detected(plugins: Plugins, encoding: str) -> None:
    text = SAMPLES[encoding]
    article = diplowire.parse(text.encode(encoding), plugins=plugins)
    assert article.text == text.split("\n\n", 1)[1]


def test_html_with_declared_charset(plugins: Plugins) -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Talks in Genève</title></head>'
        "<body><article><p>The ministers met in Genève on Friday to discuss trade and security.</p>"
        "<p>They will meet again next month in Zürich, officials said.</p></article></body></html>"
    )
    article = diplowire.parse(html.encode("cp1252"), plugins=plugins)
    assert article.title == "Talks in Genève"
    assert "Zürich" in article.text


def test_utf8_page_with_one_damaged_byte_keeps_its_letters(plugins: Plugins) -> None:
    # A page declared UTF-8 whose template holds one stray legacy byte: detection read
    # the whole page as Mac Roman, and every Polish letter became two wrong ones.
    story = (
        "Kolejne organizacje sprzeciwiają się skandalicznym atakom wymierzonym w Fundację. "
        "Specjalną uchwałę w obronie Fundacji przyjęło Stowarzyszenie na Rzecz Rozwoju."
    )
    html = (
        '<html><head><meta charset="UTF-8"><title>Sprzeciw</title></head><body>'
        f"<article><p>{story}</p><p>Głos w obronie Fundacji zabrała również Akcja Katolicka."
        " Sprzeciwiamy się wszelkim próbom podważania wiarygodności Fundacji.</p>"
        "<p>Kłamliwym atakom sprzeciwiają się też dziennikarze, politycy i Zespół Wspierania"
        " Radia Maryja; nie możemy pozwolić na zuchwałe manipulacje, podkreśliła prezes.</p>"
        "</article>"
        "<footer>Zobacz te"
    )
    data = html.encode("utf-8") + b"\xc3 strony</footer></body></html>"
    article = diplowire.parse(data, plugins=plugins)
    assert article.paragraphs[0] == story


def test_legacy_page_is_not_read_as_damaged_utf8(plugins: Plugins) -> None:
    # Legacy text is nearly all invalid as UTF-8: it is still detected, not replaced.
    text = "Zażółć gęślą jaźń: ministrowie spotkali się w Łodzi w piątek, powiedzieli urzędnicy."
    article = diplowire.parse(f"Tytuł\n\n{text}".encode("cp1250"), plugins=plugins)
    assert "\ufffd" not in article.text


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", "   "])
def test_empty_input(plugins: Plugins, data: bytes | str) -> None:
    with pytest.raises(EmptyInputError):
        diplowire.parse(data, plugins=plugins)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04" + b"\x00" * 100,
        bytes(range(256)) * 8,
    ],
)
def test_binary_input(plugins: Plugins, data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        diplowire.parse(data, plugins=plugins)


def test_bad_utf16_bom_is_a_decoding_error(plugins: Plugins) -> None:
    with pytest.raises(DecodingError):
        diplowire.parse(codecs.BOM_UTF8 + b"\xff\xfe\xfa bad", plugins=plugins)


def test_too_large(tmp_path: Path, plugins: Plugins) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(TEXT * 1000)
    with pytest.raises(InputTooLargeError):
        diplowire.parse(path, options=Options(max_bytes=10_000), plugins=plugins)
    with pytest.raises(InputTooLargeError):
        diplowire.parse(TEXT * 1000, options=Options(max_bytes=10_000), plugins=plugins)


def test_missing_path(plugins: Plugins) -> None:
    with pytest.raises(SourceNotFoundError) as caught:
        diplowire.parse("no/such/article.html", plugins=plugins)
    assert isinstance(caught.value, FileNotFoundError)
    assert caught.value.source == "no/such/article.html"


PAGE = (
    "<html><head><title>Envoys meet | Example News</title>"
    '<meta property="article:published_time" content="2024-05-02T08:00:00+09:00"></head>'
    "<body><article><p>SEOUL (AP) -- Envoys of South Korea and Japan met on Thursday.</p>"
    "<p>They agreed to meet again in June.</p></article></body></html>"
)


def test_urls_are_fetched_and_parsed(httpserver, plugins: Plugins) -> None:  # type: ignore[no-untyped-def]
    from diplowire.reading.fetch import FetchOptions

    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    url = httpserver.url_for("/story")
    options = Options(fetch=FetchOptions(allow_private=True, wait_initial=0.01, wait_max=0.02))
    article = diplowire.parse(url, options=options, plugins=plugins)
    assert (article.source, article.url) == (url, url)
    assert (article.title, article.published, article.wire) == ("Envoys meet", "2024-05-02", ["AP"])
    # By default a loopback address is refused before any request is sent.
    from diplowire.errors import BlockedAddressError

    with pytest.raises(BlockedAddressError):
        diplowire.parse(url, plugins=plugins)


def test_truncated_html_still_parses(plugins: Plugins) -> None:
    html = (
        "<html><head><title>Defense chiefs meet | The Korea Herald</title></head><body><article>"
        "<p>South Korea's defense minister met his US counterpart in Seoul on Tuesday.</p>"
        "<p>The two discussed joint drills and extended deterrence against North Korea.</p><p>They agr"
    )
    article = diplowire.parse(
        html, url="https://www.koreaherald.com/view.php?ud=1", plugins=plugins
    )
    assert article.outlet == "koreaherald"
    assert article.title == "Defense chiefs meet"
    assert article.paragraphs[:2] == [
        "South Korea's defense minister met his US counterpart in Seoul on Tuesday.",
        "The two discussed joint drills and extended deterrence against North Korea.",
    ]


def test_html_with_no_article_is_a_parse_error(plugins: Plugins) -> None:
    with pytest.raises(ParseError):
        diplowire.parse(
            "<html><head></head><body><script>var a = 1;</script></body></html>", plugins=plugins
        )


def test_batch_records_every_failure_and_keeps_going(tmp_path: Path, plugins: Plugins) -> None:
    (tmp_path / "good.txt").write_text(TEXT)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "latin1.txt").write_bytes(
        TEXT.replace("Seoul", "Séoul").encode("latin-1")
    )
    (tmp_path / "notes.md").write_text("not a document suffix")
    (tmp_path / ".hidden.txt").write_text(TEXT)
    dossier = diplowire.extract(tmp_path, plugins=plugins)
    assert sorted(Path(a.source or "").name for a in dossier.articles) == ["good.txt", "latin1.txt"]
    failures = {Path(f.source or "").name: f for f in dossier.failures}
    assert set(failures) == {"empty.txt", "image.html"}
    assert (failures["empty.txt"].stage, failures["empty.txt"].error) == ("read", "EmptyInputError")
    assert failures["image.html"].error == "BinaryInputError"


def test_batch_survives_unexpected_exceptions(
    plugins: Plugins, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplowire import pipeline

    def boom(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(pipeline, "parse_document", boom)
    dossier = diplowire.extract(TEXT, plugins=plugins)
    assert dossier.articles == []
    assert dossier.failures[0].error == "ZeroDivisionError"


def test_errors_carry_context() -> None:
    error = EmptyInputError("the document is empty", source="a.txt", stage="read")
    assert isinstance(error, DiplowireError)
    assert str(error) == "the document is empty (source=a.txt, stage=read)"


def test_given_dates_are_normalized_or_refused(plugins: Plugins) -> None:
    article = diplowire.parse(TEXT, published="2025-03-04T09:00:00+09:00", plugins=plugins)
    assert (article.published, article.published_from) == ("2025-03-04", "argument")
    with pytest.raises(InputError, match="not an ISO date"):
        diplowire.parse(TEXT, published="March 4, 2025", plugins=plugins)
