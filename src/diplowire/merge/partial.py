"""Re-merging part of a merged dossier: what an incremental store update needs of the merge.

The merge compares records only within blocks (:class:`~diplowire.merge.build.Kind`'s
``blocks``), and :func:`~diplowire.merge.merge_json` already resolves apart the sets of
records that share no block, directly or through others. Those sets are the unit here:
a batch of new records changes only the sets whose blocks it touches (and the records
naming a person, or citing an article, whose merged form it changes). Everything comes
from the merge's own functions, so a rule changed there changes both paths alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from diplowire.merge.build import Canonical, Kind, R, kinds, mentioned, merged_people
from diplowire.models import Person
from diplowire.models.kinds import AnyRecord

__all__ = ["Canonical", "Kind", "block_keys", "kinds", "mentioned", "merged_people", "regroup"]


def block_keys(kind: Kind[R], record: R) -> list[str]:
    """The record's blocks, each as text (its ``repr``), sorted: what a store indexes."""
    return sorted({repr(key) for key in kind.blocks(record)})


def regroup(
    kind: Kind[R], records: list[R], canonical: Canonical, origin: dict[str, str]
) -> list[tuple[list[R], R]]:
    """Each group of ``records`` that is one event, with its merged record.

    ``records`` must be in id order and hold, with any record, every record it shares
    a block with (directly or through others): then the groups and merged records are
    those :func:`~diplowire.merge.merge` makes of the whole dossier.
    """
    return [(group, kind.build(group, canonical, origin)) for group in kind.group(records)]


def people_named(records: Iterable[AnyRecord]) -> Iterable[Person]:
    """Every person the records name, mention by mention."""
    for record in records:
        yield from mentioned(record)
