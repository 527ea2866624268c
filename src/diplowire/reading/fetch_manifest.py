"""The manifest row ``diplowire fetch`` writes for a page, saying where each value came from.

The page's own canonical URL and date are the authorities; the server's ``Last-Modified``
header is only a hint for a page that has no date (servers also stamp re-renders and
cache refreshes), and a URL on a local mirror names no outlet.
"""

from __future__ import annotations

import logging

from diplowire.errors import DiplowireError
from diplowire.pipeline import parse
from diplowire.plugins.manager import Plugins
from diplowire.reading.fetch import FetchedPage

logger = logging.getLogger(__name__)


def manifest_row(page: FetchedPage, path: str, plugins: Plugins | None = None) -> dict[str, str]:
    """The manifest row for a downloaded page saved at ``path``.

    ``url`` is the page's canonical URL when it names one (``fetched_url`` then keeps
    the address downloaded); ``published`` is the page's own date
    (``published_from: page``), else the ``Last-Modified`` day
    (``published_from: last-modified``); either kind yields to the page when read.
    """
    row = {"path": path, "url": page.final_url}
    published: str | None = None
    try:
        article = parse(page.content, plugins=plugins)
    except DiplowireError as exc:  # not an article: the header is all there is
        logger.info("%s: no article read from the page (%s)", page.final_url, exc)
    else:
        if article.url and article.url != page.final_url:
            row["url"], row["fetched_url"] = article.url, page.final_url
        if article.published is not None:
            published, origin = article.published, "page"
    if published is None and page.published_hint:
        published, origin = page.published_hint, "last-modified"
    if published is not None:
        row["published"], row["published_from"] = published, origin
    return row
