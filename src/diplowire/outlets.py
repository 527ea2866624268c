"""Naming the publisher of a page from its URL's host."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

import tldextract

_NON_NAME = re.compile(r"[^a-z0-9]")


@cache
def _extractor() -> tldextract.TLDExtract:
    # The public-suffix list bundled with tldextract: no network at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registered_domain(host: str) -> str:
    """The registrable domain of a host: ``en.yna.co.kr`` gives ``yna.co.kr``."""
    parts = _extractor()(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return host


def outlet_for_host(host: str | None, known: Mapping[str, str]) -> str | None:
    """The outlet name for a host: a declared one, else its registered domain's label.

    >>> outlet_for_host("en.yna.co.kr", {"yna.co.kr": "yonhap"})
    'yonhap'
    >>> outlet_for_host("www.koreaherald.com", {})
    'koreaherald'
    """
    if not host:
        return None
    host = host.lower().removeprefix("www.")
    candidate = host
    while candidate:
        if candidate in known:
            return known[candidate]
        _, _, candidate = candidate.partition(".")
    parts = _extractor()(host)
    label = parts.domain or host.split(".")[0]
    return _NON_NAME.sub("", label.lower()) or None
