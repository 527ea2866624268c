"""Turning bytes of unknown encoding into text, or a clear error."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

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
_SNIFF = 8192
_LEGACY_DEFAULT = "cp1252"
_WESTERN_PUNCTUATION = frozenset("“”‘’–—…€£¥©®°·•«»¡¿§¶×÷±½¼¾\u00a0")


def _declared_encoding(head: bytes) -> str | None:
    match = _XML_DECLARED.match(head) or _DECLARED.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_binary(head: bytes) -> str | None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    return None


def _control_ratio(text: str) -> float:
    sample = text[:_SNIFF]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(len(sample), 1)


def decode(data: bytes, *, source: str | None = None) -> str:
    """Decode a document's bytes: BOM, then declared charset, then UTF-8, then detection.

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
    if binary:
        raise BinaryInputError(f"the document is {binary}, not text", source=source, stage="read")
    for candidate in (_declared_encoding(data[:2048]), "utf-8"):
        if candidate:
            try:
                return _checked(data.decode(candidate), source)
            except UnicodeDecodeError:
                continue
    return _checked(_detect(data, source), source)


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
    if not text.strip():
        raise EmptyInputError("the document is empty", source=source, stage="read")
    if _control_ratio(text) > 0.1:
        raise BinaryInputError("the document is binary data, not text", source=source, stage="read")
    return text
