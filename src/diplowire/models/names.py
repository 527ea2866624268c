"""Normalizing personal names so spelling variants of one name compare equal."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


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
    """
    folded = unicodedata.normalize("NFKD", name).casefold()
    tokens = [t for t in _TOKEN.findall(folded) if not unicodedata.combining(t[0])]
    return " ".join(sorted(tokens))
