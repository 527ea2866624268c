"""Finding wire copies: articles whose bodies are nearly the same text.

Each body becomes a set of word 5-gram shingles. Articles are compared only when they
share one of their few smallest shingle hashes (a bottom-k sketch), so the cost grows
with the number of articles, not with its square; candidates are then confirmed by
the exact Jaccard similarity of their shingle sets, or, for a reprint much shorter than
the story it cut, by how much of it the longer holds. Two outlets printing, within a
day, versions of a story both credit to one agency need less of each other's words
(:data:`VERSION`): an agency rewrites the top and tail of a story as it updates it.

Stock phrasing ("the foreign ministry said in a statement", an outlet's sign-off) is
shared by many articles that are not copies of each other; a sketch made of it would
put them all in one bucket and compare every pair. So sketch values found in more than
:data:`COMMON` articles are passed over in favour of the next smallest.
"""

from __future__ import annotations

import datetime
import heapq
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from diplowire.merge.unionfind import DisjointSets
from diplowire.models import Article, CopyGroup

SHINGLE = 5
"""Words per shingle."""
SKETCH = 8
"""Smallest shingle hashes kept per article for finding candidates."""
CANDIDATES = 32
"""Smallest shingle hashes looked at per article when choosing its sketch."""
COMMON = 32
"""Articles sharing a sketch value from which it is stock phrasing, not a shared copy."""
THRESHOLD = 0.5
"""Jaccard similarity from which two bodies are the same copy (edited or trimmed)."""
CONTAINED = 0.75
"""Share of the shorter body's shingles found in the longer from which a reprint that
cut the story's tail is the same copy, however much it cut (see :data:`CUT`)."""
CUT = 2 / 3
"""Most the shorter body may hold, in shingles, of the longer's for :data:`CONTAINED`
to apply: a cut copy is much shorter; two bodies of one length that share most words
but not enough to be one copy are two reports (of one statement, say), not a cut."""
VERSION = 0.18
"""Jaccard similarity from which two bodies are versions of one agency story: printed by
two outlets within :data:`VERSION_DAYS` of each other, both crediting one agency. An
agency updates a story through the day (a new top, a new tail); each version printed is
still that agency's one account, however much it was rewritten. On the real-article set
versions share 0.20 of their word runs and more; two different stories of one day by one
agency share a tenth, and at most a sixth (a preview of a day's talks and the report of
them, 0.167, with their background paragraphs)."""
VERSION_DAYS = 1
"""Most days between the publication dates of two versions of one agency story."""

_WORD = re.compile(r"[^\W_]+")


def shingles(text: str) -> frozenset[int]:
    """Hashes of the body's word 5-grams (case and punctuation ignored).

    >>> len(shingles("one two three four five six")) == 2
    True
    """
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return frozenset([zlib.crc32(" ".join(words).encode())]) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode())
        for i in range(len(words) - SHINGLE + 1)
    )


def sketch(shingled: frozenset[int]) -> list[int]:
    """The :data:`CANDIDATES` smallest of a body's :func:`shingles`, smallest first.

    All :func:`copy_groups` needs of an article besides the similarity of its
    candidate pairs: a store keeps it, and need not read every body again.
    """
    return heapq.nsmallest(CANDIDATES, shingled)


def similarity(first: frozenset[int], second: frozenset[int]) -> float:
    """Jaccard similarity of two shingle sets (0 when one is empty)."""
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared) if first and second else 0.0


@dataclass(frozen=True)
class Credit:
    """What tells two versions of one agency story apart from two reports of one event."""

    outlet: str | None
    wire: frozenset[str]
    published: str | None

    @classmethod
    def of(cls, article: Article) -> Credit:
        """The credit of an article."""
        return cls(article.outlet, frozenset(article.wire), article.published)

    def versions_with(self, other: Credit) -> bool:
        """True when both could print versions of one agency story (:data:`VERSION`).

        One outlet printing a story twice is not a copy: it updates or follows its own
        story. Unknown outlets or dates rule nothing in.
        """
        if not (self.outlet and other.outlet) or self.outlet == other.outlet:
            return False
        if not self.wire & other.wire:
            return False
        first, second = _day(self.published), _day(other.published)
        return (
            first is not None
            and second is not None
            and (abs((first - second).days) <= VERSION_DAYS)
        )


def _day(published: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None  # a month or a year: too coarse to say two prints are one day's


def find_copies(articles: Iterable[Article]) -> list[CopyGroup]:
    """Groups of articles carrying the same copy, largest similarity kept per group."""
    ordered = sorted(articles, key=lambda a: (a.published or "9999", a.id))
    sets = {a.id: shingles(a.text) for a in ordered}
    credits = {a.id: Credit.of(a) for a in ordered}
    smallest = {key: sketch(values) for key, values in sets.items()}
    sketches = {key: frozenset(values) for key, values in smallest.items()}

    def compare(first: str, second: str) -> float | None:
        return compared(
            sketches[first],
            sketches[second],
            lambda: (sets[first], sets[second]),
            versions=credits[first].versions_with(credits[second]),
        )

    return copy_groups([a.id for a in ordered], smallest, compare)


def compared(
    first: frozenset[int],
    second: frozenset[int],
    shingled: Callable[[], tuple[frozenset[int], frozenset[int]]],
    *,
    versions: bool = False,
) -> float | None:
    """The similarity of two candidates that carry the same copy, None when they do not.

    :param first: The first one's sketch (its :func:`sketch` as a set).
    :param second: The second one's.
    :param shingled: Both shingle sets, asked only when the sketches do not rule the
        pair out.
    :param versions: Their credits allow versions of one agency story
        (:meth:`Credit.versions_with`): :data:`VERSION` is enough.
    """
    threshold = VERSION if versions else THRESHOLD
    if _estimate(first, second) < threshold / 2:
        return None  # far below the threshold even allowing for the sketch's error
    a, b = shingled()
    shared = len(a & b)
    found = similarity(a, b)
    return found if found >= threshold or _cut_copy(len(a), len(b), shared) else None


def copy_groups(
    ordered: Sequence[str],
    smallest: Mapping[str, Sequence[int]],
    compare: Callable[[str, str], float | None],
) -> list[CopyGroup]:
    """The copy groups of articles given by id in (published, id) order.

    :param smallest: Each article's :func:`sketch`.
    :param compare: The similarity of two articles that carry the same copy, None for
        two that do not (:func:`compared`), asked once for each pair their sketches
        bring together.
    """
    frequency = frequencies(smallest.values())
    buckets: dict[int, list[str]] = defaultdict(list)
    for article in ordered:
        for value in bucketed(smallest[article], frequency):
            buckets[value].append(article)
    position: dict[str, int] = {}
    for article in ordered:
        position.setdefault(article, len(position))
    copies = DisjointSets(len(position))
    lowest: dict[int, float] = {}
    checked: set[tuple[str, str]] = set()
    for members in buckets.values():
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                pair = (first, second)
                if pair in checked:
                    continue
                checked.add(pair)
                found = compare(first, second)
                if found is not None:
                    ra, rb = copies.root(position[first]), copies.root(position[second])
                    low = min(found, lowest.get(ra, 1.0), lowest.get(rb, 1.0))
                    lowest[copies.union(ra, rb)] = low
    groups: dict[int, list[str]] = defaultdict(list)
    for article in ordered:  # an article given twice is listed twice, as given
        groups[copies.root(position[article])].append(article)
    return [
        CopyGroup(articles=members, similarity=round(lowest.get(head, 1.0), 3))
        for head, members in groups.items()
        if len(members) > 1
    ]


def frequencies(sketches: Iterable[Sequence[int]]) -> Counter[int]:
    """In how many of these sketches (:func:`sketch`) each value is."""
    return Counter(value for values in sketches for value in values)


def bucketed(candidates: Sequence[int], frequency: Mapping[int, int]) -> list[int]:
    """The values of an article's :func:`sketch` that it is compared under: its
    :data:`SKETCH` smallest that at most :data:`COMMON` articles' sketches hold.

    :param frequency: In how many articles' sketches each value is (:func:`frequencies`).
    """
    rare = [value for value in candidates if frequency.get(value, 0) <= COMMON]
    # An article made only of stock phrasing still gets a sketch: its own smallest.
    return list((rare or candidates)[:SKETCH])


def _cut_copy(size: int, other: int, shared: int) -> bool:
    """True when the shorter body is the longer one's copy with its tail cut."""
    shorter, longer = sorted((size, other))
    return bool(shorter) and shorter <= CUT * longer and shared >= CONTAINED * shorter


def _estimate(first: frozenset[int], second: frozenset[int]) -> float:
    """Jaccard similarity estimated from two bottom-k sketches (Broder's estimator)."""
    union = sorted(first | second)[:CANDIDATES]
    both = first & second
    return sum(1 for value in union if value in both) / len(union) if union else 0.0


def origins(groups: Iterable[CopyGroup]) -> dict[str, str]:
    """For each copied article, the id of its group's first article."""
    return {member: group.articles[0] for group in groups for member in group.articles}
