"""Merging across outlets: one record per real-world meeting, statement and agreement.

:func:`merge` is algebra: it is associative, commutative and idempotent, because a
merged dossier is a pure function of the *set* of its articles and per-article
records (kept in ``Dossier.observations``). Merge batches in any order, in parallel,
or one article at a time: the result is the same. :func:`merge_json` writes the same
merged dossier as JSON while reading the dossiers one at a time, for more records
than fit in memory as models.

Records are compared only within blocks (shared participant pairs and month, shared
speaker and month, shared name words), so the work grows close to linearly with their
number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from diplowire.merge._support import in_key_order, no_cycle_collection
from diplowire.merge.articles import unite
from diplowire.merge.build import resolve
from diplowire.merge.claims import built
from diplowire.merge.stream import merge_json
from diplowire.models import Article, Dossier, Failure, Person, Records
from diplowire.models.kinds import KINDS, AnyRecord, fields, observations_of

__all__ = ["merge", "merge_json"]


def merge(*dossiers: Dossier | Iterable[Dossier]) -> Dossier:
    """Merge dossiers into one: articles united, each real-world event one record.

    :param dossiers: Dossiers, or iterables of them (a list, or the generator
        :func:`diplowire.iter_records` returns), read once each.

    >>> from diplowire.models import Dossier
    >>> merge(Dossier(), Dossier()) == merge(Dossier()) == merge([Dossier(), Dossier()])
    True
    """
    articles: dict[str, Article] = {}
    failures: dict[str, Failure] = {}
    kept: dict[str, dict[str, AnyRecord]] = {kind.field: {} for kind in KINDS}
    people: dict[str, Person] = {}
    for dossier in _each(dossiers):
        for article in dossier.articles:
            known = articles.get(article.id)
            articles[article.id] = article if known is None else unite(known, article)
        failures.update((f.model_dump_json(), f) for f in dossier.failures)
        observed = observations_of(dossier)
        for kind in KINDS:
            _keep(kept[kind.field], kind.of(observed))
        people.update((p.model_dump_json(), p) for p in observed.people)
    observations = built(
        Records,
        **fields({field: in_key_order(records) for field, records in kept.items()}),
        people=in_key_order(people),
    )
    with no_cycle_collection():
        return resolve(
            # A canonical order (by date, then id) whatever order the inputs came in.
            articles=sorted(articles.values(), key=lambda a: (a.published or "9999", a.id)),
            failures=in_key_order(failures),
            observations=observations,
        )


def _keep(kept: dict[str, AnyRecord], records: Iterable[AnyRecord]) -> None:
    """Add records by id; of two different reports under one id (one content read under
    two manifest rows, dated apart) the same one whatever the order: the least JSON."""
    for record in records:
        known = kept.get(record.id)
        if known is None or (
            known != record and record.model_dump_json() < known.model_dump_json()
        ):
            kept[record.id] = record


def _each(given: Iterable[Dossier | Iterable[Dossier]]) -> Iterator[Dossier]:
    for item in given:
        if isinstance(item, Dossier):
            yield item
        else:
            yield from item
