"""Turning bytes of unknown encoding into text, or a clear error."""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

import charset_normalizer
import webencodings

from diplowire.errors import BinaryInputError, DecodingError, EmptyInputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a media file"),
    (b"\x00\x00\x01\x00", "an icon"),
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECLARED = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
_NOT_ASCII_COMPATIBLE = frozenset({"utf-16le", "utf-16be", "replacement"})
_SNIFF = 8192
_NULS = "binary data (NUL bytes)"
_LEGACY_DEFAULT = "cp1252"
_WESTERN_PUNCTUATION = frozenset("“”‘’–—…€£¥©®°·•«»¡¿§¶×÷±½¼¾\u00a0")

logger = logging.getLogger(__name__)


def _declared_encoding(head: bytes) -> str | None:
    """The codec a ``<meta charset>`` or ``<?xml encoding>`` names, when it can be true.

    Labels are read as browsers read them (the WHATWG Encoding Standard, so
    ``iso-8859-1`` means windows-1252), which names no codec that is not a text
    encoding (``base64``, ``rot13``, ``punycode``). A declaration that was itself read
    as ASCII cannot name UTF-16 (browsers take it as UTF-8) nor an encoding that does
    not map ASCII to itself (EBCDIC): such a declaration is ignored.
    """
    match = _XML_DECLARED.match(head) or _DECLARED.search(head)
    if not match:
        return None
    encoding = webencodings.lookup(match.group(1).decode("ascii", "replace"))
    if encoding is None or encoding.name in _NOT_ASCII_COMPATIBLE:
        return None
    return str(encoding.codec_info.name)


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` for text whose every other byte is NUL: UTF-16 text of
    Latin script without a byte-order mark. Binary data has NULs at both parities."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    if odd >= 0.6 * pairs and even <= 0.01 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.01 * pairs:
        return "utf-16-be"
    return None


def _looks_binary(head: bytes) -> str | None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if b"\x00" in head:
        return _NULS
    return None


# Control characters other than tab, line feed, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _control_ratio(text: str) -> float:
    sample = text[:_SNIFF]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)


def decode(data: bytes, *, source: str | None = None) -> str:
    """Decode a document's bytes: BOM, then UTF-8, then declared charset, then detection.

    UTF-16 without a byte-order mark is recognised by its NUL bytes; NULs past the
    first 8 KB are dropped from the text.

    >>> decode("Séoul".encode("latin-1") + b" is the capital of South Korea.")
    'Séoul is the capital of South Korea.'
    """
    if not data.strip():
        raise EmptyInputError("the document is empty", source=source, stage="read")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, source)
    head = data[:_SNIFF]
    binary = _looks_binary(head)
    utf16 = _utf16_without_bom(head) if binary == _NULS else None
    if utf16 is not None:
        try:
            return _checked(data.decode(utf16), source)
        except UnicodeDecodeError:
            pass  # NULs that only looked like UTF-16: binary after all
    if binary:
        raise BinaryInputError(f"the document is {binary}, not text", source=source, stage="read")
    # Valid UTF-8 first: legacy text is almost never valid UTF-8 by chance, while pages
    # that declare a legacy code page and are UTF-8 are common.
    for candidate in ("utf-8", _declared_encoding(data[:2048])):
        if candidate:
            try:
                return _checked(data.decode(candidate), source)
            except UnicodeDecodeError:
                continue
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return _checked(damaged, source)
    return _checked(_detect(data, source), source)


DAMAGE_MAX_SHARE = 0.05
"""Invalid bytes, against the characters UTF-8 decodes past ASCII, that leave a page
UTF-8 with a few damaged bytes (a truncated character pasted in, one legacy byte in a
template) rather than a legacy code page: legacy text with high bytes almost never
forms valid UTF-8 sequences, so in it nearly every high byte is invalid."""

DAMAGE_MIN_CHARS = 20
"""Characters past ASCII a page needs before its share of invalid bytes is judged."""


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few invalid bytes, each read as U+FFFD, or None when the bytes
    are another encoding: detection reads such a page as a legacy code page and turns
    every one of its accented letters into two wrong ones."""
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = sum(1 for char in text if ord(char) > 0x7F and char != "\ufffd")
    if wide < DAMAGE_MIN_CHARS or invalid > DAMAGE_MAX_SHARE * wide:
        return None
    return text


def _mostly_ascii_western(data: bytes) -> str | None:
    """Decode mostly-ASCII bytes as windows-1252 when every other character is Latin.

    Statistical detectors guess badly on a few high bytes in English text (one
    "é" can read as Chinese); legacy CJK or Cyrillic text is mostly high bytes.
    """
    high = sum(1 for byte in data if byte > 0x7F)
    if not high or high > 0.1 * len(data):
        return None
    try:
        text = data.decode(_LEGACY_DEFAULT)
    except UnicodeDecodeError:
        return None
    for char in text:
        if ord(char) > 0x7F and not (
            ("LATIN" in unicodedata.name(char, "")) or char in _WESTERN_PUNCTUATION
        ):
            return None
    return text


def _detect(data: bytes, source: str | None) -> str:
    western = _mostly_ascii_western(data)
    if western is not None:
        return western
    results = list(charset_normalizer.from_bytes(data))
    if not results:
        raise DecodingError(
            "the document's encoding cannot be identified", source=source, stage="read"
        )
    best = results[0]
    # Short Western text fits several legacy code pages equally well; the web's
    # default for unlabelled legacy pages is windows-1252 (WHATWG), so it wins ties.
    for match in results:
        if (
            match.chaos <= best.chaos
            and match.coherence >= best.coherence - 0.01
            and _LEGACY_DEFAULT in match.could_be_from_charset
        ):
            return data.decode(_LEGACY_DEFAULT)
    return str(best)


def _strict(data: bytes, encoding: str, source: str | None) -> str:
    try:
        return _checked(data.decode(encoding), source)
    except UnicodeDecodeError as exc:
        raise DecodingError(
            f"the document starts with a {encoding} byte-order mark but is not {encoding}",
            source=source,
            stage="read",
        ) from exc


def _checked(text: str, source: str | None) -> str:
    if "\x00" in text:
        # Past the sniffed head (padding, a truncated write): no text holds NULs, and
        # neither lxml nor the store takes them.
        logger.warning("%s: %d NUL characters dropped", source or "document", text.count("\x00"))
        text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInputError("the document is empty", source=source, stage="read")
    if _control_ratio(text) > 0.1:
        raise BinaryInputError("the document is binary data, not text", source=source, stage="read")
    return text
