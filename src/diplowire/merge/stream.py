"""Merging more records than fit in memory as models: the merged dossier written as JSON.

:func:`merge_json` writes exactly what ``merge(*dossiers).model_dump_json()`` would,
but reads the dossiers one at a time and never holds all their records as models. A
merged dossier keeps every per-article record (``observations``); as models, a million
of them take several gigabytes, as JSON a fraction of that. So each record is kept as
its JSON, and records are read back as models one group of possible matches at a time:
records that share no block, directly or through others, can never be merged, and are
resolved apart.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import BinaryIO

from pydantic import BaseModel

from diplowire.merge._support import in_key_order, no_cycle_collection
from diplowire.merge.articles import unite
from diplowire.merge.build import Canonical, Kind, PeopleTally, R, kinds, mentioned
from diplowire.merge.claims import built
from diplowire.merge.copies import find_copies, origins
from diplowire.merge.unionfind import DisjointSets
from diplowire.models import Article, Dossier, Failure, Person, Records
from diplowire.models.kinds import KINDS, observations_of

__all__ = ["merge_json"]


def merge_json(dossiers: Iterable[Dossier], out: BinaryIO) -> None:
    """Write the merged dossier of ``dossiers`` to ``out`` as JSON, holding few models.

    The bytes are those of ``merge(*dossiers).model_dump_json()``; ``dossiers`` may be
    a generator, read once.

    >>> import io
    >>> from diplowire.merge import merge, merge_json
    >>> from diplowire.models import Dossier
    >>> out = io.BytesIO()
    >>> merge_json(iter([Dossier(), Dossier()]), out)
    >>> out.getvalue().decode() == merge(Dossier()).model_dump_json()
    True
    """
    articles: dict[str, Article] = {}
    failures: dict[str, Failure] = {}
    observed_people: dict[str, Person] = {}
    packed: dict[str, dict[str, bytes]] = {kind.field: {} for kind in KINDS}
    with no_cycle_collection():
        for dossier in dossiers:
            for article in dossier.articles:
                known = articles.get(article.id)
                articles[article.id] = article if known is None else unite(known, article)
            failures.update((f.model_dump_json(), f) for f in dossier.failures)
            observed = observations_of(dossier)
            for field, records in packed.items():
                for record in getattr(observed, field):
                    text = _json(record)
                    # The same record of two reports under one id as merge() keeps it.
                    if record.id not in records or text < records[record.id]:
                        records[record.id] = text
            observed_people.update((p.model_dump_json(), p) for p in observed.people)
        ordered = sorted(articles.values(), key=lambda a: (a.published or "9999", a.id))
        copies = find_copies(ordered)
        origin = origins(copies)
        merging = kinds({a.id: a.published for a in ordered})
        people = PeopleTally()
        observations = {field: in_key_order(records) for field, records in packed.items()}
        # Read once for the people they name and the blocks they share, once more to merge.
        candidates = [_candidates(k, observations[k.field], people) for k in merging]
        kept_people = in_key_order(observed_people)
        for person in kept_people:
            people.add(person)
        merged_people = people.merged()
        del people
        canonical = Canonical(merged_people)
        lists = {
            "articles": [_json(a) for a in ordered],
            **{
                kind.field: _merged(kind, observations[kind.field], sets, canonical, origin)
                for kind, sets in zip(merging, candidates, strict=True)
            },
            "failures": [_json(f) for f in in_key_order(failures)],
            "people": [_json(p) for p in merged_people],
            "copies": [_json(c) for c in copies],
        }
        observed_lists = {**observations, "people": [_json(p) for p in kept_people]}
        _write(out, lists, observed_lists)


def _json(model: BaseModel) -> bytes:
    return model.__pydantic_serializer__.to_json(model)


def _candidates(kind: Kind[R], packed: list[bytes], people: PeopleTally) -> list[list[int]]:
    """The records (by position) that may be merged with each other, and the people named.

    Records sharing a block key are together, and so are the records of a chain of
    shared keys: every pair ``kind.group`` would compare is inside one set.
    """
    sets = DisjointSets(len(packed))
    first: dict[Hashable, int] = {}
    sought = _sought(kind, packed)
    for index, raw in enumerate(packed):
        record = kind.model.model_validate_json(raw)
        for person in mentioned(record):
            people.add(person)
        for key in _blocks(kind, record, sought):
            sets.union(index, first.setdefault(key, index))
    del first
    return sets.groups()


def _sought(kind: Kind[R], packed: list[bytes]) -> set[Hashable] | None:
    """The keys vague reports look precise ones up by (meetings), or None for a kind
    that has none: a precise report's lookup key no vague one shares would only chain
    the precise reports of common name words into one set too big to hold."""
    if kind.reach is None:
        return None
    sought: set[Hashable] = set()
    for raw in packed:
        reach = kind.reach(kind.model.model_validate_json(raw))
        if not reach.precise:
            sought.update(reach.lookups)
    return sought


def _blocks(kind: Kind[R], record: R, sought: set[Hashable] | None) -> Iterable[Hashable]:
    """The record's blocks, less a precise report's lookup keys no vague one seeks."""
    if sought is None or kind.reach is None:
        return kind.blocks(record)
    reach = kind.reach(record)  # its pairs and lookups are the kind's blocks
    if not reach.precise:
        return reach.pairs | reach.lookups
    return reach.pairs | (reach.lookups & sought)


def _merged(
    kind: Kind[R],
    packed: list[bytes],
    candidates: list[list[int]],
    canonical: Canonical,
    origin: dict[str, str],
) -> list[bytes]:
    """The merged records as JSON, in the order :func:`~diplowire.merge.merge` gives them."""
    merged: list[tuple[int, bytes]] = []
    for positions in candidates:
        records = [kind.model.model_validate_json(packed[i]) for i in positions]
        # The position of a group's first record: components come out in that order.
        at = {id(record): i for record, i in zip(records, positions, strict=True)}
        for group in kind.group(records):
            merged.append((at[id(group[0])], _json(kind.build(group, canonical, origin))))
    merged.sort(key=lambda item: item[0])
    return [raw for _, raw in merged]


def _write(out: BinaryIO, lists: dict[str, list[bytes]], observed: dict[str, list[bytes]]) -> None:
    """The dossier's JSON, its lists filled in: pydantic's own layout, field for field."""
    skeleton = built(
        Dossier,
        **{field: [] for field in lists},
        observations=built(Records, **{field: [] for field in observed}),
    )
    # The empty dossier shows where pydantic writes each list, in its field order.
    pieces = _json(skeleton).split(b"[]")
    order = [*(f for f in Dossier.model_fields if f != "observations"), *Records.model_fields]
    contents = [*(lists[f] for f in Dossier.model_fields if f in lists), *observed.values()]
    if len(pieces) != len(contents) + 1 or order != [*lists, *observed]:
        raise AssertionError(f"a dossier's lists are not {order}")
    out.write(pieces[0])
    for piece, content in zip(pieces[1:], contents, strict=True):
        out.write(b"[")
        # Item by item, each list let go once written: no second copy of the dossier.
        for position, item in enumerate(content):
            if position:
                out.write(b",")
            out.write(item)
        content.clear()
        out.write(b"]")
        out.write(piece)
