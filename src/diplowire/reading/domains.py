"""Looking a host up in a table of domains: the host itself, then each parent domain."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

__all__ = ["lookup"]

V = TypeVar("V")


def lookup(host: str | None, table: Mapping[str, V]) -> V | None:
    """The value of ``host`` or of its nearest parent domain in ``table``, else None.

    >>> lookup("en.yna.co.kr", {"yna.co.kr": "yonhap"}), lookup("example.com", {})
    ('yonhap', None)
    """
    candidate = (host or "").lower()
    while candidate:
        if candidate in table:
            return table[candidate]
        _, _, candidate = candidate.partition(".")
    return None
