"""Grouping records that are the same event: union-find over candidate pairs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


def components(
    items: Sequence[T],
    blocks: Callable[[T], Iterable[Hashable]],
    same: Callable[[T, T], bool],
) -> list[list[T]]:
    """Connected components of ``items`` under ``same``, comparing only within blocks.

    Only items sharing a block key are compared, so the work grows with the block
    sizes, not with the square of the number of items. Components come out in the
    order of their first item, members in their input order: the result depends on
    the set of items and their order, never on hash order.
    """
    parent = list(range(len(items)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    buckets: dict[Hashable, list[int]] = defaultdict(list)
    # Only two items that share several blocks can meet twice: the pairs compared are
    # remembered for them alone (a set of every pair would outweigh the items).
    several: set[int] = set()
    for index, item in enumerate(items):
        keys = set(blocks(item))
        if len(keys) > 1:
            several.add(index)
        for key in keys:
            buckets[key].append(index)
    compared: set[tuple[int, int]] = set()
    for members in buckets.values():
        for position, first in enumerate(members):
            for second in members[position + 1 :]:
                if root(first) == root(second):
                    continue
                if first in several and second in several:
                    if (first, second) in compared:
                        continue
                    compared.add((first, second))
                if same(items[first], items[second]):
                    a, b = root(first), root(second)
                    parent[max(a, b)] = min(a, b)
    del buckets, compared, several
    grouped: dict[int, list[T]] = defaultdict(list)
    for index, item in enumerate(items):
        grouped[root(index)].append(item)
    return [grouped[key] for key in sorted(grouped)]
