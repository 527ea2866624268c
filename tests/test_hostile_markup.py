"""Codecs, NULs and parser bombs [probe rows 39, 44, 46, 48, 49, 51, 54, 55, 57].

Each page holds one real-looking paragraph; the attack is around it. What must hold:
the paragraph is read, or the page is refused with a clear :class:`DiplowireError`,
in well under a second.
"""

from __future__ import annotations

import time

import pytest

import diplowire
from diplowire import DiplowireError, ParseError
from diplowire.reading.markup import MAX_ATTRIBUTES

SENTENCE = (
    "Japanese Foreign Minister Toshimitsu Motegi met South Korean Foreign Minister "
    "Kang Kyung-wha in Tokyo on Friday."
)
P = f"<p>TOKYO (Kyodo) -- {SENTENCE}</p>"


def _page(head: str = "", body: str = P) -> str:
    return f"<html><head>{head}<title>Talks</title></head><body><article>{body}</article></body></html>"


def _paragraphs(source: str | bytes) -> list[str]:
    started = time.monotonic()
    article = diplowire.parse(source, published="2019-11-15")
    assert time.monotonic() - started < 10
    return article.paragraphs


@pytest.mark.parametrize(
    "codec",
    ["base64", "hex", "bz2", "zlib", "uu", "quopri", "rot13", "punycode", "no-such-codec"],
)
def test_a_declared_codec_that_is_not_a_text_encoding_is_ignored(codec: str) -> None:
    meta = _page(f'<meta charset="{codec}">').encode()
    xml = f'<?xml version="1.0" encoding="{codec}"?>'.encode() + _page().encode()
    assert _paragraphs(meta) == [SENTENCE]
    assert _paragraphs(xml) == [SENTENCE]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16le", "cp037", "utf-32"])
def test_a_declared_encoding_that_cannot_be_true_is_ignored(codec: str) -> None:
    # A declaration read as ASCII cannot name UTF-16 or EBCDIC: the page is not in it.
    page = _page(f'<meta charset="{codec}">', P + P)  # even length, as in the probe
    assert _paragraphs(page.encode()) == [SENTENCE, f"TOKYO (Kyodo) -- {SENTENCE}"]


def test_a_page_declaring_latin_1_that_is_utf_8_reads_as_utf_8() -> None:
    page = _page('<meta charset="iso-8859-1">', "<p>Ministers met in Genève and Zürich.</p>")
    assert _paragraphs(page.encode("utf-8")) == ["Ministers met in Genève and Zürich."]
    # ... while a true Latin-1 page still reads by its declaration.
    assert _paragraphs(page.encode("latin-1")) == ["Ministers met in Genève and Zürich."]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf_16_without_a_byte_order_mark_is_text(codec: str) -> None:
    text = f"TOKYO (Kyodo) -- {SENTENCE}\n\nThe talks lasted an hour, Café Genève said."
    article = diplowire.parse(text.encode(codec), published="2019-11-15")
    assert article.paragraphs == [SENTENCE, "The talks lasted an hour, Café Genève said."]


def test_binary_with_nul_bytes_is_still_refused() -> None:
    with pytest.raises(diplowire.BinaryInputError):
        diplowire.parse(bytes(range(256)) * 40)


def test_nul_bytes_past_the_sniffed_head_are_dropped() -> None:
    text = f"TOKYO (Kyodo) -- {SENTENCE}\n\n".encode() * 100 + b"\x00" * 100_000
    article = diplowire.parse(text, published="2019-11-15")
    assert "\x00" not in article.text and article.paragraphs[0] == SENTENCE
    dossier = diplowire.extract(text)
    assert "\x00" not in dossier.model_dump_json()


@pytest.mark.parametrize(
    ("open_tag", "close_tag", "depth"),
    [
        ("<div>", "</div>", 100_000),
        ("<blockquote>", "</blockquote>", 5_000),
        ("<ul><li>", "</li></ul>", 20_000),
    ],
)
def test_deep_nesting_keeps_the_article_text(open_tag: str, close_tag: str, depth: int) -> None:
    page = _page(body=open_tag * depth + P + close_tag * depth)
    assert _paragraphs(page) == [SENTENCE]


@pytest.mark.parametrize(
    "block",
    [
        "[" * 100_000 + "]" * 100_000,  # nested past Python's recursion limit
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        '{"headline": "x", "body": "' + "a" * (10 * 1024 * 1024 + 10) + '"}',  # one 10 MB text node
    ],
    ids=["deep-array", "deep-object", "10MB"],
)
def test_hostile_json_ld_keeps_the_article_text(block: str) -> None:
    page = _page(f'<script type="application/ld+json">{block}</script>')
    assert _paragraphs(page) == [SENTENCE]


def test_an_element_with_too_many_attributes_is_refused_before_parsing() -> None:
    bomb = " ".join(f'a{i}="v"' for i in range(100_000))
    started = time.monotonic()
    with pytest.raises(ParseError, match="100,000 attributes"):
        diplowire.parse(f"<html><body><article {bomb}>{P}</article></body></html>")
    assert time.monotonic() - started < 5  # lxml alone took minutes
    dossier = diplowire.extract(f"<html><body><article {bomb}>{P}</article></body></html>")
    [failure] = dossier.failures
    assert (failure.error, failure.plugin) == ("ParseError", None)  # no plugin blamed
    # Up to the limit, attributes (quoted values holding spaces and '=' too) are fine.
    many = " ".join(f'data-x{i}="a = b c"' for i in range(MAX_ATTRIBUTES - 1))
    assert _paragraphs(f"<html><body><article {many}>{P}</article></body></html>") == [SENTENCE]


def test_a_page_inside_an_unclosed_comment_is_the_document_s_failure() -> None:
    with pytest.raises(DiplowireError) as caught:
        diplowire.parse("<html><body><!--" + P * 3 + "</body></html>")
    assert caught.value.plugin is None
