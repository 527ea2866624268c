"""Re-merging part of a merged dossier: what an incremental store update needs of the merge.

The merge compares records only within blocks (:class:`~diplowire.merge.build.Kind`'s
``blocks``), and :func:`~diplowire.merge.merge_json` already resolves apart the sets of
records that share no block, directly or through others. Those sets are the unit here:
a batch of new records changes only the sets whose blocks it touches (and the records
naming a person, or citing an article, whose merged form it changes). Everything comes
from the merge's own functions, so a rule changed there changes both paths alike.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping

from diplowire.merge.build import (
    Canonical,
    Kind,
    MeetingReach,
    PeopleTally,
    R,
    alone_comparison,
    kinds,
    meeting_groups,
    meeting_reach,
    mentioned,
    merged_people,
)
from diplowire.merge.unionfind import grown_components
from diplowire.models import Person
from diplowire.models.kinds import AnyRecord

__all__ = [
    "Canonical", "Kind", "MeetingReach", "PeopleTally", "alone_comparison", "block_keys",
    "built_groups", "grown_groups", "key_texts", "kinds", "meeting_groups", "meeting_reach",
    "mentioned", "merged_people", "regroup",
]  # fmt: skip


def block_keys(kind: Kind[R], record: R) -> list[str]:
    """The record's blocks, each as text (its ``repr``), sorted: what a store indexes."""
    return sorted(key_texts(kind.blocks(record)))


def key_texts(keys: Iterable[Hashable]) -> set[str]:
    """Block keys as :func:`block_keys` writes them."""
    return {repr(key) for key in keys}


def regroup(
    kind: Kind[R], records: list[R], known: Mapping[frozenset[str], str] | None = None
) -> tuple[list[list[R]], set[str]]:
    """The groups of ``records`` that are one event, but those ``known`` already; and
    the merged records of the known ones found again.

    ``records`` must be in id order and hold, with any record, every record its group
    in the whole merge depends on (for most kinds, every record it shares a block
    with, directly or through others): then the groups are those
    :func:`~diplowire.merge.merge` makes of the whole dossier.

    :param known: Groups whose merged record is stored and still right, by the ids of
        their records, and that merged record's id: found again, they are not built.
    """
    known = known or {}
    fresh: list[list[R]] = []
    kept: set[str] = set()
    for group in kind.group(records):
        merged = known.get(frozenset(record.id for record in group))
        if merged is None:
            fresh.append(group)
        else:
            kept.add(merged)
    return fresh, kept


def grown_groups(
    kind: Kind[R], stored: Iterable[Iterable[str]], new: set[str]
) -> Callable[[list[R]], list[list[R]]]:
    """The grouping of a pairwise kind (``kind.pairwise``) for stored groups and new records.

    ``stored`` are the stored groups, by record id, of the stored records to be grouped:
    whole, as the merge made them. A record joins one only through a pair holding a new
    record, so only those pairs are compared; the groups are those of ``kind.group``.
    """

    def group(records: list[R]) -> list[list[R]]:
        position = {record.id: index for index, record in enumerate(records)}
        known = [[position[key] for key in ids if key in position] for ids in stored]
        fresh = [position[key] for key in new if key in position]
        return grown_components(records, kind.blocks, kind.same(), known, fresh)

    return group


def built_groups(
    kind: Kind[R], groups: list[list[R]], canonical: Canonical, origin: dict[str, str]
) -> list[tuple[list[R], R]]:
    """Each group with its merged record, as :func:`~diplowire.merge.merge` builds it."""
    return [(group, kind.build(group, canonical, origin)) for group in groups]


def people_named(records: Iterable[AnyRecord]) -> Iterable[Person]:
    """Every person the records name, mention by mention."""
    for record in records:
        yield from mentioned(record)
