"""Grouping records that are the same event: union-find over candidate pairs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


class DisjointSets:
    """Union-find over the numbers ``0 .. size - 1``; a set's root is its smallest member.

    >>> sets = DisjointSets(4)
    >>> sets.union(3, 1), sets.union(1, 2)
    (1, 1)
    >>> sets.groups()
    [[0], [1, 2, 3]]
    """

    __slots__ = ("_parent",)

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

    def root(self, index: int) -> int:
        """The smallest member of ``index``'s set."""
        parent = self._parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]  # path halving keeps later finds short
            index = parent[index]
        return index

    def union(self, a: int, b: int) -> int:
        """Join the sets of ``a`` and ``b``; returns the joined set's root."""
        root_a, root_b = self.root(a), self.root(b)
        low, high = min(root_a, root_b), max(root_a, root_b)
        self._parent[high] = low
        return low

    def groups(self) -> list[list[int]]:
        """The members of each set in ascending order, sets in order of their root."""
        grouped: dict[int, list[int]] = defaultdict(list)
        for index in range(len(self._parent)):
            grouped[self.root(index)].append(index)
        return list(grouped.values())


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
    sets = DisjointSets(len(items))
    root = sets.root
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
                    sets.union(first, second)
    del buckets, compared, several
    return [[items[index] for index in group] for group in sets.groups()]


def grown_components(
    items: Sequence[T],
    blocks: Callable[[T], Iterable[Hashable]],
    same: Callable[[T, T], bool],
    known: Iterable[Iterable[int]],
    fresh: Iterable[int],
) -> list[list[T]]:
    """:func:`components` of ``items``, given the components of those not ``fresh``.

    ``known`` holds, by index, the components that :func:`components` makes of the
    items that are not fresh. Two of them share no pair that compares the same, so
    only the pairs holding a fresh item are compared: the work grows with the fresh
    items and their blocks, not with the items. The result is the one
    :func:`components` gives (``same`` must not depend on what it compared before).
    """
    sets = DisjointSets(len(items))
    root = sets.root
    standing: dict[int, int] = {}  # item -> its known component
    for number, component in enumerate(known):
        members = list(component)
        for member in members:
            standing[member] = number
            sets.union(members[0], member)
    added = set(fresh)
    fresh_keys = {index: set(blocks(items[index])) for index in sorted(added)}
    wanted: set[Hashable] = set().union(*fresh_keys.values())
    buckets: dict[Hashable, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        keys = fresh_keys.get(index)
        for key in (set(blocks(item)) & wanted) if keys is None else keys:
            buckets[key].append(index)
    compared: set[tuple[int, int]] = set()
    for members in buckets.values():
        # A bucket's items by known component (each fresh one alone): a fresh item
        # already joined to a component passes over it whole, not item by item.
        clusters: dict[int, list[int]] = defaultdict(list)
        for index in members:
            clusters[standing.get(index, -1 - index)].append(index)
        for first in (index for index in members if index in added):
            for cluster in clusters.values():
                if root(cluster[0]) == root(first):
                    continue
                for second in cluster:
                    if second == first or (second in added and second < first):
                        continue  # two fresh items: compared once, from the first
                    pair = (first, second) if first < second else (second, first)
                    if pair in compared:
                        continue
                    compared.add(pair)
                    if same(items[pair[0]], items[pair[1]]):
                        sets.union(*pair)
                        break  # the rest of the cluster is joined with it
    return [[items[index] for index in group] for group in sets.groups()]
