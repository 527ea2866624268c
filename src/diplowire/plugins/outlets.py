"""Naming the publisher of a page from its URL's host."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from functools import cache
from urllib.parse import urlsplit

import tldextract
from pydantic import BaseModel

from diplowire.extraction import lexicon
from diplowire.reading.document import host_of
from diplowire.reading.domains import lookup

_NON_NAME = re.compile(r"[^a-z0-9]")
_EMAIL = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
STAFF_EMAIL_REACH = 4
"""How many closing paragraphs a reporter's e-mail address is looked for in."""


@cache
def _extractor() -> tldextract.TLDExtract:
    # The public-suffix list bundled with tldextract: no network at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_for_host(host: str | None, known: Mapping[str, str]) -> str | None:
    """The outlet name for a host: one an adapter declares or the outlets lexicon names,
    else its registered domain's label (with its country when the label is a common word,
    the blog's name on a blogging platform).

    >>> outlet_for_host("en.yna.co.kr", {"yna.co.kr": "yonhap"})
    'yonhap'
    >>> outlet_for_host("www.koreaherald.com", {})
    'koreaherald'
    >>> outlet_for_host("news.az", {}), outlet_for_host("www.gov.uk", {})
    ('newsaz', 'govuk')
    >>> outlet_for_host("panafricannews.blogspot.com", {})
    'panafricannews'
    >>> outlet_for_host("english.www.gov.cn", {})
    'govcn'
    >>> outlet_for_host("centralasia.news", {})
    'centralasianews'
    >>> outlet_for_host("24.kg", {}), outlet_for_host("www.africa.com", {})
    ('24kg', 'africacom')
    """
    if not host or _is_machine_address(host):
        return None
    host = host.lower().removeprefix("www.")
    declared = lookup(host, known) or lookup(host, _named_hosts())
    if declared is not None:
        return declared
    parts = _extractor()(host)
    label = parts.domain or host.split(".")[0]
    naming = _naming()
    brand = next(
        (sub for sub in parts.subdomain.split(".") if sub and sub not in naming["service"]),
        None,
    )
    if brand is not None and label in naming["platforms"]:
        label = brand  # "panafricannews.blogspot.com": the blog, not the platform
    elif label.startswith("www") and parts.suffix:
        label = parts.suffix  # "english.www.gov.cn": the site is the suffix's own
    elif label in naming["generic"] or label.isdigit() or _is_region(label):
        # "news.az", "gov.uk", "24.kg", "africa.com": the word, number or place needs
        # its suffix to name one publisher.
        label += parts.suffix.split(".")[-1] if parts.suffix else ""
    elif parts.suffix in naming["word_suffixes"]:
        label += parts.suffix  # "centralasia.news", "stl.news": the suffix is a word of it
    return _NON_NAME.sub("", label.lower()) or None


def _is_region(label: str) -> bool:
    """A country's or a continent's name as a domain label ("africa", "china")."""
    return label in _regions()


@cache
def _regions() -> frozenset[str]:
    from diplowire.extraction.gazetteer import gazetteer

    names = lexicon.words("outlets", "naming", "regions", default=[])
    return frozenset(
        [_NON_NAME.sub("", n.lower()) for n in gazetteer().country_names]
        + [n.lower() for n in names]
    )


@cache
def _named_hosts() -> dict[str, str]:
    """The outlets lexicon's ``hosts``: publishers not named by their domain's label."""
    hosts = lexicon.entry("outlets", "hosts", shape=dict[str, str], default={})
    return {host.lower(): name for host, name in hosts.items()}


@cache
def _naming() -> dict[str, frozenset[str]]:
    def listed(key: str) -> frozenset[str]:
        return frozenset(lexicon.words("outlets", "naming", key, default=[]))

    return {
        "generic": listed("generic_labels"),
        "platforms": listed("platforms"),
        "service": listed("service_subdomains"),
        "word_suffixes": listed("word_suffixes"),
    }


def _is_machine_address(host: str) -> bool:
    """An IP address or ``localhost`` (a local mirror, a test server) names no publisher.

    >>> outlet_for_host("127.0.0.1", {})
    """
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


class _Aggregator(BaseModel):
    """An ``[[aggregator]]`` of the outlets lexicon."""

    host: str
    path: str
    publishers: dict[str, str] = {}


@cache
def _aggregators() -> list[tuple[str, re.Pattern[str], dict[str, str]]]:
    return [
        (entry.host.lower(), re.compile(entry.path), dict(entry.publishers))
        for entry in lexicon.entry("outlets", "aggregator", shape=list[_Aggregator], default=[])
    ]


def outlet_for_url(url: str | None, known: Mapping[str, str]) -> str | None:
    """The outlet for a URL: the publisher an aggregator's URL names, else by its host.

    >>> outlet_for_url("https://n.news.naver.com/mnews/article/001/0015827645", {})
    'yonhap'
    """
    host = host_of(url)
    if host is None or url is None:
        return None
    for aggregator, path, publishers in _aggregators():
        if host == aggregator:
            found = path.search(urlsplit(url if "//" in url else f"//{url}").path)
            if found is not None and found.group("code") in publishers:
                return publishers[found.group("code")]
    return outlet_for_host(host, known)


def outlet_from_staff_email(blocks: Iterable[str], known: Mapping[str, str]) -> str | None:
    """The outlet whose staff signs a story with an e-mail address at its end
    ("khj@yna.co.kr", then "(END)"), when that domain is a known outlet's host."""
    for block in list(blocks)[-STAFF_EMAIL_REACH:]:
        for found in _EMAIL.finditer(block):
            outlet = lookup(found.group("domain"), known)
            if outlet is not None:
                return outlet
    return None
