"""A government's own release of a meeting is dated by its page.

"Vladimir Putin had a telephone conversation with Federal Chancellor of the Federal
Republic of Germany Olaf Scholz" on en.kremlin.ru, a readout on a White House, foreign
ministry or presidency site: the release is the dated report of the meeting it tells,
issued the day it happened, and gives the meeting no other day. Its lead's meeting then
takes the release's date, as ``tests/data/real/ANNOTATING.md`` dates a meeting told only
through a dated report of it. A newspaper's undated meeting keeps no date: its page date
is when the story was filed, not a report the story cites.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from diplowire.extraction import lexicon
from diplowire.extraction.home import domain_country
from diplowire.models import Article


def is_official_release(article: Article) -> bool:
    """Whether ``article`` is on a government's own site (``outlets.releases.official_hosts``:
    a host, or the last labels of one such as ``gov`` or ``gov.*``)."""
    try:
        host = (urlsplit(article.url).hostname or "") if article.url else ""
    except ValueError:
        return False  # "http://[::1" and the like: no host to tell by
    if not host:
        return False
    labels = host.lower().split(".")
    return any(_ends_with(labels, pattern.split(".")) for pattern in _official_hosts())


def release_country(article: Article) -> str | None:
    """The government a release on a country-code domain speaks for ("president.gov.ua":
    UA): in its readout "the President said" is that country's president."""
    if not is_official_release(article) or not article.url:
        return None
    return domain_country(article.url)


def _ends_with(labels: list[str], pattern: list[str]) -> bool:
    tail = labels[-len(pattern) :]
    if len(tail) != len(pattern):
        return False
    return all(p in ("*", w) for p, w in zip(pattern, tail, strict=True))


@cache
def _official_hosts() -> tuple[str, ...]:
    return tuple(lexicon.words("outlets", "releases", "official_hosts", default=[]))
