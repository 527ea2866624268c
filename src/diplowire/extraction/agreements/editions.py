"""Which edition of a recurring pact a mention means.

"the 12th SMA", "the current SMA": an ordinal or a word such as "current" before the
name marks another edition of a pact renegotiated again and again.
"""

from __future__ import annotations

import re

from diplowire.extraction.prefilter import gated

_EDITION = re.compile(
    r"(?P<edition>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|current|existing|expiring|previous|old|new|next)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


_CURRENT = frozenset({"current", "existing", "expiring", "previous", "old"})


_QUALIFIED = gated(re.compile(r"(?:current|existing|expiring|previous|old)\s+[\w-]*\s*$"))


def _edition(name: str, before: str) -> str | None:
    """Which edition of a recurring pact is meant: "the 12th SMA", "the current SMA"."""
    leading = re.match(r"^(\d+(?:st|nd|rd|th))\s", name)
    found = leading.group(1) if leading else None
    if found is None:
        match = _EDITION.search(before[-40:])
        found = match.group("edition") if match else None
    if found is None:
        return None
    found = found.lower()
    return "current" if found in _CURRENT else found
