"""One article per content: the inputs of byte-identical documents united.

An article's id is the hash of its content, so two inputs of the same bytes under
different manifest rows (another URL, date or outlet) are one article. Neither row is
dropped: the article keeps the earliest published row as its own fields and the others
in :attr:`~diplowire.models.Article.other_sources`. Uniting is commutative, associative
and idempotent, so the merge stays a function of the set of its inputs.
"""

from __future__ import annotations

from collections.abc import Iterable

from diplowire.models import Article, Provenance


def provenance(article: Article) -> Provenance:
    """The row that an article's own fields describe."""
    return Provenance(
        source=article.source,
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        published_from=article.published_from,
    )


def unite(first: Article, second: Article) -> Article:
    """One article from two of the same content; every row each one was read from kept.

    >>> from diplowire.merge.articles import unite
    >>> from diplowire.models import Article
    >>> a = Article(id="0123456789abcdef", url="https://a.example/1", published="2019-11-15")
    >>> b = a.model_copy(update={"url": "https://b.example/1", "published": "2019-11-14"})
    >>> both = unite(a, b)
    >>> both.url, [p.url for p in both.other_sources]
    ('https://b.example/1', ['https://a.example/1'])
    >>> unite(b, a) == both == unite(both, a)
    True
    """
    if first == second:
        return first
    rows = sorted(
        {row.model_dump_json(): row for row in _rows(first) + _rows(second)}.values(),
        key=_order,
    )
    own = rows[0]
    # The content fields (title, paragraphs, ...) are the earliest row's article: an
    # outlet named by another row may have had another adapter read the same bytes.
    base = min((first, second), key=lambda a: (_order(provenance(a)), a.model_dump_json()))
    return base.model_copy(
        update={
            "source": own.source,
            "url": own.url,
            "outlet": own.outlet,
            "published": own.published,
            "published_from": own.published_from,
            "other_sources": rows[1:],
        }
    )


def unite_all(articles: Iterable[Article]) -> dict[str, Article]:
    """Articles by id, those of one content united."""
    found: dict[str, Article] = {}
    for article in articles:
        known = found.get(article.id)
        found[article.id] = article if known is None else unite(known, article)
    return found


def _rows(article: Article) -> list[Provenance]:
    return [provenance(article), *article.other_sources]


def _order(row: Provenance) -> tuple[str, str, str, str, str]:
    return (
        row.published or "9999",
        row.source or "",
        row.url or "",
        row.outlet or "",
        row.published_from or "",
    )
