"""Normalizing personal names so spelling variants of one name compare equal."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def _folded(name: str) -> str:
    # Accents are dropped before the name is cut into words: "Ismaïl" is one word, "ismail".
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'")).casefold()
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Names recur across an article and a corpus; normalizing one costs microseconds.
@lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """Return a key under which variants of one personal name are equal.

    Hyphens split tokens (Korean given names are written both ways), case and accents
    are dropped, and tokens are sorted because Japanese and Korean names appear in
    either order in English copy.

    >>> name_key("Kim Jung-han") == name_key("Kim Jung Han")
    True
    >>> name_key("Motegi Toshimitsu") == name_key("Toshimitsu Motegi")
    True
    >>> name_key("Kang Kyung-wha")
    'kang kyung wha'
    >>> name_key("Ismaïl Omar Guelleh") == name_key("Ismail Omar Guelleh")
    True

    Words are spelt as the ``aliases`` lexicon spells them, so one article's "Sergey
    Lavrov" and "Sergei Lavrov" are one person:

    >>> name_key("Sergey Lavrov") == name_key("Sergei Lavrov")
    True
    """
    spelling = _aliases().spelling
    return " ".join(sorted(spelling.get(w, w) for w in _TOKEN.findall(_folded(name))))


@lru_cache(maxsize=65_536)
def name_words(name: str) -> frozenset[str]:
    """The words that identify a person across reports, whatever the spelling.

    Beyond :func:`name_key`: forms of address ("Sheikh", "King") and generational
    suffixes are dropped, particles ("bin", "al") too, and each word is
    spelt as the ``aliases`` lexicon spells it (Sergei, Sergey → one word), so reports
    that write one name differently give the same words, or one report's words are
    among the other's ("Xi", "Xi Jinping").

    >>> sorted(name_words("Joseph R. Biden, Jr.")), sorted(name_words("Joe Biden"))
    (['biden', 'joseph', 'r'], ['biden', 'joseph'])
    >>> sorted(name_words("Sheikh Mohamed bin Zayed"))
    ['mohamed', 'zayed']
    """
    table = _aliases()
    words = frozenset(table.spelling.get(w, w) for w in _TOKEN.findall(_folded(name)))
    kept = frozenset(w for w in words if w not in table.ignored)
    return table.people.get(kept, kept) or words


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Name words of one person: the same, or one name a shorter form of the other.

    >>> same_name(name_words("Trump"), name_words("Donald J. Trump"))
    True
    >>> same_name(name_words("Lee Jae-myung"), name_words("Lee Hsien Loong"))
    False
    """
    return bool(a) and bool(b) and (a <= b or b <= a)


class _Aliases:
    def __init__(self, lexicon: dict[str, object]) -> None:
        self.ignored = frozenset(_folded(w) for w in _strings(lexicon.get("ignored", [])))
        self.spelling: dict[str, str] = {}
        for variants in _lists(lexicon.get("spellings", [])):
            first = _folded(variants[0])
            for variant in variants:
                self.spelling[_folded(variant)] = first
        self.people: dict[frozenset[str], frozenset[str]] = {}
        for names in _lists(lexicon.get("people", [])):
            words = [self._words(n) for n in names]
            for other in words[1:]:
                self.people[other] = words[0]

    def _words(self, name: str) -> frozenset[str]:
        words = (self.spelling.get(w, w) for w in _TOKEN.findall(_folded(name)))
        return frozenset(w for w in words if w not in self.ignored)


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _lists(value: object) -> list[list[str]]:
    if not isinstance(value, list):
        return []
    return [_strings(v) for v in value if _strings(v)]


@cache
def _aliases() -> _Aliases:
    from diplowire.extraction.lexicon import load

    return _Aliases(load("aliases"))
