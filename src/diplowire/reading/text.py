"""Shared text work for every adapter: paragraphs, boilerplate, captions and credits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

from diplowire.extraction import lexicon
from diplowire.reading import wires

# Runs of spacing other than one plain space: most paragraphs have none, so the
# substitution builds no new string for them. Line breaks are spacing too: HTML source
# wraps lines inside a paragraph, often beside other spaces.
_SPACING = r"\t\n\r\u00a0\u2000-\u200b\u202f\u205f\u3000"  # all but the plain space
_SPACES = re.compile(rf"[ {_SPACING}]{{2,}}|[{_SPACING}]")
_BLANK_LINE = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")

# Stop markers are only trusted on short paragraphs, drop patterns on moderate ones,
# so a real paragraph that happens to begin with "Related" or "Copyright" survives.
STOP_MAX_CHARS = 80
DROP_MAX_CHARS = 200


def clean(text: str) -> str:
    """Normalize Unicode (NFC) and whitespace of one paragraph.

    >>> clean("  Japan\u00a0and   Korea \\n")
    'Japan and Korea'
    >>> clean("giant \\n   Home Depot")
    'giant Home Depot'
    >>> clean("En r\u00e9ac\u00adtion \u00e0 la can\u00addi\u00adda\u00adture")
    'En réaction à la candidature'
    >>> print(clean("''It's anti-reform,'' he said."))
    "It's anti-reform," he said.
    """
    if "''" in text or "``" in text:
        # Archives and typewriter-era copy print a double quote as two single marks
        # (''This isn't tax reform,'' said ...; ``...''): one double mark each.
        text = _TWO_MARKS.sub('"', text)
    if text.isascii() and "  " not in text and "\t" not in text and "\n" not in text:
        return text.strip()  # the common case: ASCII is already NFC, spacing already single
    if _SOFT_HYPHEN in text:
        # A hint where a browser may break a word, invisible unless it does: French and
        # German sites hyphenate whole articles so ("réac\u00adtion"), and the word is
        # one word to a reader.
        text = text.replace(_SOFT_HYPHEN, "")
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


_SOFT_HYPHEN = "\u00ad"


_TWO_MARKS = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


def blocks(text: str) -> list[str]:
    """Split plain text into paragraphs.

    Paragraphs are lines, except in hard-wrapped text (blank-line separated blocks whose
    lines run on without sentence ends), where a block's lines are joined.

    >>> blocks("Title\\n\\nFirst para.\\nSecond para.")
    ['Title', 'First para.', 'Second para.']
    >>> blocks("A long sentence that was wrapped\\nat a fixed width by the sender.")
    ['A long sentence that was wrapped at a fixed width by the sender.']
    """
    out: list[str] = []
    for block in _BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        if "\n" not in block:  # the usual paragraph: one line
            line = clean(block)
            if line:
                out.append(line)
            continue
        lines = [clean(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if len(lines) > 1 and _is_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _is_wrapped(lines: Sequence[str]) -> bool:
    heads = lines[:-1]
    return all(len(line) >= 30 and not _SENTENCE_END.search(line) for line in heads) and all(
        nxt[:1].islower() or nxt[:1].isdigit() for nxt in lines[1:3]
    )


@cache
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def _shared(kind: str) -> tuple[str, ...]:
    return tuple(lexicon.words("boilerplate", kind))


def stop_pattern(extra: Iterable[str] = ()) -> re.Pattern[str] | None:
    """The compiled stop markers: shared ones plus ``extra``."""
    return _compiled((*_shared("stop"), *extra))


def drop_pattern(extra: Iterable[str] = ()) -> re.Pattern[str] | None:
    """The compiled drop patterns: shared ones plus ``extra``."""
    return _compiled((*_shared("drop"), *extra))


def remove_boilerplate(
    paragraphs: Iterable[str],
    *,
    stop: re.Pattern[str] | None,
    drop: re.Pattern[str] | None,
    boxes: bool = False,
) -> list[str]:
    """Drop boilerplate paragraphs and cut the body at the first stop marker.

    With ``boxes`` (a page's paragraphs, where "Related news" may head a box set inside
    the story), a stop marker followed by :data:`BOX_RESUME` paragraphs of prose is
    dropped instead of ending the body.
    """
    paragraphs = list(paragraphs)
    body: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if stop is not None and len(paragraph) <= STOP_MAX_CHARS and stop.match(paragraph):
            if boxes and _prose_follows(paragraphs[index + 1 :]):
                continue
            break
        if drop is not None and len(paragraph) <= DROP_MAX_CHARS and drop.match(paragraph):
            continue
        body.append(paragraph)
    return body


BOX_RESUME = 2
"""Paragraphs of prose after a stop marker that show the story goes on past it."""

PROSE_MIN_CHARS = 200
"""A paragraph this long is story, not a headline of a list of links."""


def _prose_follows(rest: Sequence[str]) -> bool:
    return sum(1 for paragraph in rest if len(paragraph) >= PROSE_MIN_CHARS) >= BOX_RESUME


@cache
def _photo_words() -> re.Pattern[str]:
    return re.compile("|".join(_shared("photo_words")), re.IGNORECASE)


def closes_story(paragraph: str) -> bool:
    """True for a story's last paragraph signed by its agency, not a photo's caption.

    >>> closes_story("The Leaders' Retreat has been postponed since 2019. ― Bernama")
    True
    >>> closes_story("Mr Albanese said it was important to talk. REUTERS")
    True
    >>> closes_story("This photo shows Chung attending a Cabinet meeting. (Yonhap)")
    False
    """
    if _photo_words().search(paragraph):
        return False
    return bool(wires.strip_trailing_credit(paragraph)[1]) or bool(_reported().search(paragraph))


@cache
def _reported() -> re.Pattern[str]:
    """Reported speech: an attribution verb or a quotation mark."""
    verbs = "|".join(lexicon.words("cues", "attribution_verbs"))
    return re.compile(rf"\b(?:{verbs})\b|[\"“”]")


def caption_credit(paragraph: str) -> list[str]:
    """Agencies credited at the end of a photo caption, or [] if it is not one.

    >>> caption_credit("Protesters shout slogans in Seoul on Saturday. Associated Press")
    ['AP']
    >>> caption_credit("Kim met Takizaki in Tokyo on Nov. 15, 2019. (Kyodo)")
    ['Kyodo']
    >>> caption_credit("Biden leaves the theater, Tuesday, in Wilmington. (AP-Yonhap)")
    ['AP', 'Yonhap']
    >>> caption_credit("The talks lasted two hours, according to Reuters.")
    []
    """
    match = wires.find_trailing_credit(paragraph)
    if not match:
        return []
    credit = match.group("paren") or match.group("bare") or ""
    # Yonhap credits a foreign agency's photo as "(AP-Yonhap)", "(EPA-Yonhap)".
    return wires.agencies_in(credit) or wires.agencies_in(credit.replace("-", " / "))
