"""The store's incremental merge: a batch re-merges only the records it can change.

The merged tables are a function of the set of stored per-article records; rebuilding
them all for each batch costs a pass over the whole store. Instead the store keeps an
index of how it merged (derived tables, refilled by a full rebuild):

- ``merge_blocks``: each record's blocking keys (:func:`diplowire.merge.partial.block_keys`);
- ``merge_members``: the merged record each per-article record is part of;
- ``person_mentions``: every mention of a person, for the people table and for the form
  of each person that merged records name;
- ``copy_sketches`` and ``copy_pairs``: each article's shingle sketch and the similarity
  of each pair of articles the copy finder compared (null for two that carry no one copy);
- ``copy_values`` and ``copy_buckets``: in how many sketches each value is, and the
  values each article is compared under (:func:`~diplowire.merge.copies.bucketed`);
- ``merge_pending``: the articles added since the last merge.

A batch re-merges the stored groups it can change, read whole, and no more. For
statements and agreements a group is a chain of pairs that compare the same within
a block, so only the groups holding a record that compares the same as a new one
change. A meeting group changes when a new precise report joins it; a vague report
(dated to the month, naming one side) chooses anew when a group it looks up changes
or is new, and reads, to choose, every group it looks up; any other vague report keeps
the choice it made (:func:`~diplowire.merge.partial.meeting_groups` takes them as
settled). The stored groups read are not grouped again: their records stand as the
groups they are, and only the pairs holding a new record are compared
(:func:`~diplowire.merge.unionfind.grown_components`). Groups read only to place
others, found again with the same records, keep their rows. The sets holding a record
that names a person whose merged form the batch changes, or cites an article whose
copy group it changes, are merged again.

The people the batch names are merged again from their stored mentions, counted in
SQL. The copy finder works from the new articles out: they, and the stored articles
whose compared values they make common, are compared with the articles sharing a
value with them, and only the copy groups they reach are grouped again. Nothing else
changes; what the add still reads of every article is its publication date. A store
whose index was built by another diplowire version, or that was written without it
(or without ``copy_values``), is merged in full.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from diplowire._version import __version__
from diplowire.merge._support import no_cycle_collection
from diplowire.merge.copies import (
    COMMON,
    Credit,
    bucketed,
    compared,
    copy_groups,
    frequencies,
    origins,
    shingles,
    sketch,
)
from diplowire.merge.partial import (
    Canonical,
    Kind,
    MeetingReach,
    PeopleTally,
    alone_comparison,
    block_keys,
    built_groups,
    grown_groups,
    key_texts,
    kinds,
    meeting_groups,
    meeting_reach,
    people_named,
    regroup,
)
from diplowire.merge.unionfind import DisjointSets
from diplowire.models import Article, CopyGroup, Dossier, Meeting, Person
from diplowire.models.kinds import KINDS, AnyRecord, KindName, by_name, count

logger = logging.getLogger(__name__)

INDEX_SCHEMA = """
CREATE TABLE IF NOT EXISTS merge_pending (
    article TEXT PRIMARY KEY, generation INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS merge_blocks (
    kind TEXT NOT NULL, block TEXT NOT NULL, record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS merge_blocks_block ON merge_blocks(kind, block);
CREATE INDEX IF NOT EXISTS merge_blocks_record ON merge_blocks(record);
CREATE TABLE IF NOT EXISTS merge_members (
    record TEXT PRIMARY KEY, kind TEXT NOT NULL, merged TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS merge_members_merged ON merge_members(merged);
CREATE TABLE IF NOT EXISTS person_mentions (
    record TEXT NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
    title TEXT, country TEXT, institution INTEGER NOT NULL, PRIMARY KEY (record, position)
);
CREATE INDEX IF NOT EXISTS person_mentions_key ON person_mentions(key);
CREATE TABLE IF NOT EXISTS copy_sketches (article TEXT PRIMARY KEY, smallest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS copy_pairs (
    first TEXT NOT NULL, second TEXT NOT NULL, similarity REAL,
    PRIMARY KEY (first, second)
);
CREATE TABLE IF NOT EXISTS copy_values (value INTEGER PRIMARY KEY, articles INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS copy_buckets (article TEXT NOT NULL, value INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS copy_buckets_value ON copy_buckets(value);
CREATE INDEX IF NOT EXISTS copy_buckets_article ON copy_buckets(article);
CREATE INDEX IF NOT EXISTS participants_meeting ON participants(meeting);
CREATE INDEX IF NOT EXISTS participants_key ON participants(key);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker_key);
CREATE INDEX IF NOT EXISTS agreement_events_agreement ON agreement_events(agreement);
CREATE INDEX IF NOT EXISTS sources_article ON sources(article);
CREATE INDEX IF NOT EXISTS sources_meeting ON sources(meeting);
CREATE INDEX IF NOT EXISTS sources_statement ON sources(statement);
CREATE INDEX IF NOT EXISTS sources_agreement ON sources(agreement);
"""
"""The index's tables, and the indexes on the merged tables that its look-ups and the
deletion of single merged records need (a foreign key without one is checked by a scan)."""

INDEX_TABLES = (
    "merge_blocks", "merge_members", "person_mentions", "copy_sketches", "copy_pairs",
    "copy_values", "copy_buckets",
)  # fmt: skip

COPY_INDEX = "2"
"""The form of the copy finder's index (``merge_index_copies`` in ``meta``): a store whose
index lacks ``copy_values`` and ``copy_buckets`` (written before them) is merged in full."""

_CHUNK = 500
"""Ids per ``IN (...)`` look-up, well below SQLite's limit on parameters."""

Record = AnyRecord
M = TypeVar("M", bound=BaseModel)


@dataclass
class Update:
    """What one merge changes in the store: rows to delete and rows to write."""

    full: bool
    generation: int
    state: dict[str, str] = field(default_factory=dict)
    """The index's meta rows it was planned from (see :func:`index_state`)."""
    pending: list[str] = field(default_factory=list)
    removed: dict[str, set[str]] = field(default_factory=dict)
    """Merged record ids to delete, per kind (``meeting``, ...)."""
    merged: Dossier = field(default_factory=Dossier)
    """The merged records written anew, the people the new articles name (their rows
    are written again) and every copy group."""
    index: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)
    """Rows added to the index's tables (``merge_members`` rows replace their record's)."""
    rebucketed: list[str] = field(default_factory=list)
    """Stored articles whose ``copy_buckets`` rows the ``index`` rows replace."""

    @property
    def records(self) -> int:
        """Merged records written anew."""
        return count(self.merged)


def index_state(db: sqlite3.Connection) -> dict[str, str]:
    """The meta rows saying which diplowire built the index, and up to which generation.

    Two processes may plan the same update from one generation; the second to write
    finds the state changed, and the tables already up to date.
    """
    return dict(db.execute("SELECT key, value FROM meta WHERE key LIKE 'merge_index%'"))


def index_is_current(db: sqlite3.Connection, generation: int) -> bool:
    """True when the index holds every article added up to ``generation`` but the pending."""
    meta = index_state(db)
    covered = meta.get("merge_index_generation", "")
    if meta.get("merge_index") != __version__ or not covered.isdigit():
        return False
    if meta.get("merge_index_copies") != COPY_INDEX:
        return False
    # Each transaction that adds articles files them as pending under its generation:
    # one that did not (another diplowire wrote to the file) leaves a gap.
    pending = {row[0] for row in db.execute("SELECT DISTINCT generation FROM merge_pending")}
    stale = db.execute("SELECT 1 FROM meta WHERE key = 'merged_stale' AND value = '1'").fetchone()
    if stale and not pending:
        return False  # marked stale by other means than adding articles: merge it all
    return pending == set(range(int(covered) + 1, generation + 1))


def plan(db: sqlite3.Connection, generation: int, path: Path, *, full: bool = False) -> Update:
    """The update that brings the merged tables up to date (read from one snapshot)."""
    full = full or not index_is_current(db, generation)
    with no_cycle_collection():
        return _Planner(db, path, full=full).plan(generation)


@dataclass
class _Copies:
    """What the copy finder hands the update."""

    groups: list[CopyGroup]
    changed: set[str]
    """Articles whose origin (:func:`~diplowire.merge.copies.origins`) changes."""
    index: dict[str, list[tuple[object, ...]]]
    rebucketed: list[str] = field(default_factory=list)


class _Planner:
    def __init__(self, db: sqlite3.Connection, path: Path, *, full: bool) -> None:
        self.db, self.path, self.full = db, path, full
        self.bodies: dict[str, frozenset[int]] = {}
        self.smallest: dict[str, list[int]] = {}
        self.sketched: dict[str, frozenset[int]] = {}
        self.published_key: dict[str, tuple[str, str]] = {}
        self.fresh_pairs: list[tuple[object, ...]] = []
        self.incoming: set[str] = set()
        self.known_pairs: dict[tuple[str, str], float | None] = {}
        self.looked_up: set[tuple[str, str]] = set()
        self.credits: dict[str, Credit] = {}
        self.loaded: dict[str, dict[str, Any]] = {}
        self.reaches: dict[str, MeetingReach] = {}
        self.candidates: dict[str, bool] = {}
        self.published: dict[str, str | None] = {}
        self.meeting_reach: Callable[[Meeting], MeetingReach]  # set once dates are read

    def plan(self, generation: int) -> Update:
        db = self.db
        if self.full:
            pending = [row[0] for row in db.execute("SELECT id FROM articles")]
        else:
            pending = [row[0] for row in db.execute("SELECT article FROM merge_pending")]
        update = Update(
            full=self.full, generation=generation, state=index_state(db), pending=pending
        )
        if not pending:
            return update
        articles = valid(
            Article, self._of_pending("SELECT id, json FROM articles", "id", pending), self.path
        )
        published = dict(db.execute("SELECT id, published FROM articles"))
        self.published = published
        self.meeting_reach = meeting_reach(published)
        new: dict[str, list[Record]] = {kind.name: [] for kind in KINDS}
        new_people: list[tuple[str, Person]] = []
        for key, kind, text in self._of_pending(
            "SELECT id, kind, json FROM observations", "article", pending
        ):
            if kind == "person":
                new_people.extend((key, p) for p in valid(Person, [(key, text)], self.path))
            else:
                new[kind].extend(valid(by_name(kind).model, [(key, text)], self.path))
        fresh = [*people_named(r for rs in new.values() for r in rs), *(p for _, p in new_people)]

        found = self._copies(articles, published)
        copies, changed_articles = found.groups, found.changed
        named = {p.key for p in fresh}
        before = {} if self.full else self._people(named)
        after = self._people(named, fresh)
        changed_people = {key for key in named if _plain(before.get(key)) != _plain(after[key])}
        seeds = self._seeds(changed_people, changed_articles)

        closures: list[tuple[Kind[Any], KindName, list[list[Any]]]] = []
        for kind in kinds(published):
            name = kind.record.name
            grouping, records, removed, known = self._closure(kind, name, new[name], seeds[name])
            # A group found again as it is stored keeps its rows: read only to place others.
            groups, kept = regroup(grouping, records, known)
            update.removed[name] = removed - kept
            closures.append((grouping, name, groups))
        needed = {
            p.key for _, _, groups in closures for group in groups for p in people_named(group)
        } - named
        canonical = Canonical(list({**self._people(needed, fresh), **after}.values()))
        origin = origins(copies)
        index: dict[str, list[tuple[object, ...]]] = {
            "merge_blocks": [],
            "merge_members": [],
            "person_mentions": [
                *_mention_rows(r for rs in new.values() for r in rs),
                *((key, 0, *_fields(person)) for key, person in new_people),
            ],
            **found.index,
        }
        merged: dict[str, Any] = {}
        for kind, name, changed_groups in closures:
            made = built_groups(kind, changed_groups, canonical, origin)
            merged[kind.field] = [record for _, record in made]
            index["merge_members"].extend(
                (member.id, name, record.id) for group, record in made for member in group
            )
            index["merge_blocks"].extend(
                (name, block, record.id)
                for record in new[name]
                for block in block_keys(kind, record)
            )
        update.merged = Dossier.model_construct(
            articles=[],
            **merged,
            failures=[],
            people=[after[key] for key in sorted(after)],
            copies=copies,
        )
        update.index = index
        update.rebucketed = found.rebucketed
        return update

    # -- reading ------------------------------------------------------------------------

    def _of_pending(self, sql: str, column: str, ids: list[str]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` for the pending articles (every row, in a full merge)."""
        if self.full:
            return iter(self.db.execute(sql))  # one scan, no list of ids
        return self._in(f"{sql} WHERE {column} IN ({{}})", ids)

    def _in(self, sql: str, ids: Iterable[str | int]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` whose ``IN ({})`` takes the ids, a chunk at a time."""
        listed = list(ids)
        for start in range(0, len(listed), _CHUNK):
            chunk = listed[start : start + _CHUNK]
            yield from self.db.execute(sql.format(",".join("?" * len(chunk))), chunk)

    # -- copies -------------------------------------------------------------------------

    def _copies(self, articles: list[Article], published: dict[str, str | None]) -> _Copies:
        """The copy groups of every article, the articles whose origin changes, new rows."""
        self.published_key = {key: (day or "9999", key) for key, day in published.items()}
        self.incoming = {article.id for article in articles}
        sketches: list[tuple[object, ...]] = []
        for article in articles:
            shingled = shingles(article.text)
            self.bodies[article.id] = shingled
            self.credits[article.id] = Credit.of(article)
            self.smallest[article.id] = sketch(shingled)
            sketches.append((article.id, json.dumps(self.smallest[article.id])))
        found = self._all_copies() if self.full else self._grown_copies(articles)
        found.index["copy_sketches"] = sketches
        found.index["copy_pairs"] = self.fresh_pairs
        return found

    def _all_copies(self) -> _Copies:
        """Every article's copy group, as :func:`~diplowire.merge.copies.find_copies` finds them."""
        smallest = self.smallest
        frequency = frequencies(smallest.values())
        ordered = sorted(smallest, key=self._order)
        groups = copy_groups(ordered, smallest, self._compare)
        return _Copies(
            groups,
            set(origins(groups)),
            {
                "copy_values": sorted(frequency.items()),
                "copy_buckets": [
                    (key, value) for key in ordered for value in bucketed(smallest[key], frequency)
                ],
            },
        )

    def _grown_copies(self, articles: list[Article]) -> _Copies:
        """The copy groups once these articles are added, from the stored ones.

        An article is compared with those sharing a value it is compared under
        (:func:`~diplowire.merge.copies.bucketed`), and a value found in more than
        :data:`~diplowire.merge.copies.COMMON` sketches is passed over: the new
        articles change the values of the stored articles compared under a value they
        make common. Those and the new articles are compared with everything sharing
        their values now; a stored group holding one of them is grouped again from
        the pairs of its members that still share a value; any other stored group
        stands, and joins another only through a pair holding one of them.
        """
        new = [article.id for article in articles]
        added = frequencies(self.smallest[key] for key in new)
        stored = self._value_counts(added)
        counts = {value: stored.get(value, 0) + times for value, times in added.items()}
        common = sorted(v for v in added if stored.get(v, 0) <= COMMON < counts[v])
        moved = {
            row[0]
            for row in self._in("SELECT article FROM copy_buckets WHERE value IN ({})", common)
        } - set(new)
        self._load_sketches(moved)
        counts.update(
            self._value_counts({v for key in moved for v in self.smallest[key]} - counts.keys())
        )
        changed = {key: bucketed(self.smallest[key], counts) for key in [*new, *sorted(moved)]}
        members: dict[int, set[str]] = defaultdict(set)
        for value, key in self._in(
            "SELECT value, article FROM copy_buckets WHERE value IN ({})",
            sorted({v for values in changed.values() for v in values}),
        ):
            if key not in moved:
                members[value].add(key)
        for key, values in changed.items():
            for value in values:
                members[value].add(key)
        before = _stored_copies(self.db)
        group_of = {key: n for n, group in enumerate(before) for key in group.articles}
        reached = set(changed) | {
            key for value in changed.values() for v in value for key in members[v]
        }
        touched = {group_of[key] for key in reached if key in group_of}
        broken = {group_of[key] for key in moved if key in group_of}
        universe = sorted(
            reached | {key for n in touched for key in before[n].articles}, key=self._order
        )
        position = {key: index for index, key in enumerate(universe)}
        sets = DisjointSets(len(universe))
        pairs: dict[tuple[str, str], None] = {}  # in the order found, each once

        def link(first: str, second: str) -> None:
            pairs[
                (first, second) if self._order(first) < self._order(second) else (second, first)
            ] = None

        for n in sorted(touched - broken):  # stands as it is
            head, *rest = before[n].articles
            for key in rest:
                sets.union(position[head], position[key])
        values_of = self._bucket_values(
            {key for n in broken for key in before[n].articles} - changed.keys()
        )
        values_of.update((key, set(values)) for key, values in changed.items())
        for n in sorted(broken):
            group = before[n].articles
            for i, first in enumerate(group):
                for second in group[i + 1 :]:
                    if values_of[first] & values_of[second]:
                        link(first, second)
        for key, values in changed.items():
            for value in values:
                for other in sorted(members[value]):
                    if other != key:
                        link(key, other)
        self._prefetch(pairs)
        lowest: dict[tuple[str, str], float] = {}
        for first, second in pairs:
            found = self._compare(first, second)
            if found is not None:
                lowest[first, second] = found
                sets.union(position[first], position[second])
        regrouped: dict[int, list[str]] = defaultdict(list)
        for key in universe:
            regrouped[sets.root(position[key])].append(key)
        low: dict[int, float] = {}
        for (first, _), found in lowest.items():
            root = sets.root(position[first])
            low[root] = min(found, low.get(root, 1.0))
        groups = [group for n, group in enumerate(before) if n not in touched] + [
            CopyGroup(articles=group, similarity=round(low.get(root, 1.0), 3))
            for root, group in regrouped.items()
            if len(group) > 1
        ]
        groups.sort(key=lambda group: self._order(group.articles[0]))
        old, now = origins(before), origins(groups)
        return _Copies(
            groups,
            {key for key in old.keys() | now.keys() if old.get(key) != now.get(key)},
            {
                "copy_values": sorted(counts.items()),
                "copy_buckets": [(key, v) for key, values in changed.items() for v in values],
            },
            sorted(moved),
        )

    def _prefetch(self, pairs: Iterable[tuple[str, str]]) -> None:
        """What comparing these pairs reads of the store, read in a few queries: the
        pairs compared before, the sketches and the credits of their articles."""
        listed = list(pairs)
        stored = [pair for pair in listed if self.incoming.isdisjoint(pair)]
        for start in range(0, len(stored), _CHUNK // 2):
            chunk = stored[start : start + _CHUNK // 2]
            # A join, not ``(first, second) IN (VALUES ...)``, which SQLite runs as a scan.
            values = ",".join(["(?,?)"] * len(chunk))
            rows = self.db.execute(
                f"SELECT p.first, p.second, p.similarity FROM (VALUES {values}) AS v "
                "CROSS JOIN copy_pairs AS p ON p.first = v.column1 AND p.second = v.column2",
                [key for pair in chunk for key in pair],
            )
            self.known_pairs.update(((a, b), sim) for a, b, sim in rows)
        self.looked_up.update(stored)
        articles = {key for pair in listed for key in pair}
        self._load_sketches(articles)
        for key, outlet, wire, published in self._in(
            "SELECT id, outlet, wire, published FROM articles WHERE id IN ({})",
            sorted(articles - self.credits.keys()),
        ):
            self.credits[key] = Credit(
                outlet, frozenset(w for w in str(wire or "").split(",") if w), published
            )

    def _order(self, article: str) -> tuple[str, str]:
        """Where an article comes in the copy finder's (published, id) order."""
        return self.published_key.get(article) or ("9999", article)

    def _compare(self, first: str, second: str) -> float | None:
        """The similarity of two articles the copy finder compares, first in its order."""
        if (first, second) in self.known_pairs:
            similarity = self.known_pairs[first, second]
            return None if similarity is None else float(similarity)
        # Only two stored articles can have been compared before.
        if (
            not self.full
            and (first, second) not in self.looked_up
            and self.incoming.isdisjoint((first, second))
        ):
            row = self.db.execute(
                "SELECT similarity FROM copy_pairs WHERE first = ? AND second = ?", (first, second)
            ).fetchone()
            if row is not None:
                return None if row[0] is None else float(row[0])
        self._load_sketches({first, second})
        found = compared(
            self._sketch_of(first),
            self._sketch_of(second),
            lambda: (self._shingles(first), self._shingles(second)),
            versions=self._credit(first).versions_with(self._credit(second)),
        )
        self.fresh_pairs.append((first, second, found))
        return found

    def _sketch_of(self, article: str) -> frozenset[int]:
        found = self.sketched.get(article)
        if found is None:
            found = self.sketched[article] = frozenset(self.smallest.get(article, ()))
        return found

    def _load_sketches(self, articles: Iterable[str]) -> None:
        missing = sorted(key for key in articles if key not in self.smallest)
        for key, text in self._in(
            "SELECT article, smallest FROM copy_sketches WHERE article IN ({})", missing
        ):
            self.smallest[key] = json.loads(text)

    def _value_counts(self, values: Iterable[int]) -> dict[int, int]:
        """In how many stored sketches each of these values is."""
        return dict(
            self._in("SELECT value, articles FROM copy_values WHERE value IN ({})", sorted(values))
        )

    def _bucket_values(self, articles: Iterable[str]) -> dict[str, set[int]]:
        """The values each of these stored articles is compared under."""
        found: dict[str, set[int]] = defaultdict(set)
        for key, value in self._in(
            "SELECT article, value FROM copy_buckets WHERE article IN ({})", sorted(articles)
        ):
            found[key].add(value)
        return found

    def _credit(self, article: str) -> Credit:
        found = self.credits.get(article)
        if found is None:
            row = self.db.execute(
                "SELECT outlet, wire, published FROM articles WHERE id = ?", (article,)
            ).fetchone()
            outlet, wire, published = row if row else (None, "", None)
            found = self.credits[article] = Credit(
                outlet, frozenset(w for w in str(wire or "").split(",") if w), published
            )
        return found

    def _shingles(self, article: str) -> frozenset[int]:
        found = self.bodies.get(article)
        if found is None:
            row = self.db.execute("SELECT body FROM articles WHERE id = ?", (article,)).fetchone()
            found = self.bodies[article] = shingles(str(row[0] or "") if row else "")
        return found

    # -- people -------------------------------------------------------------------------

    def _people(self, keys: set[str], fresh: Sequence[Person] = ()) -> dict[str, Person]:
        """The merged people of these keys, from the stored mentions and ``fresh`` ones.

        The stored mentions are counted in SQL, each spelling, title and country once
        per person: a person every story names has as many mentions as the store has
        stories, and a mention read as a model costs a hundred times its count.
        """
        tally = PeopleTally()
        for person in fresh:
            if person.key in keys:
                tally.add(person)
        if not self.full:
            listed = sorted(keys)
            for field in ("name", "title", "country"):
                for key, value, times in self._in(
                    f"SELECT key, {field}, count(*) FROM person_mentions WHERE key IN ({{}}) "
                    f"GROUP BY key, {field}",
                    listed,
                ):
                    if value is not None:
                        tally.add_counted(key, field, value, times)
            for key, institution in self._in(
                "SELECT key, min(institution) FROM person_mentions WHERE key IN ({}) GROUP BY key",
                listed,
            ):
                tally.add_institution(key, bool(institution))
        return {person.key: person for person in tally.merged()}

    # -- what to merge again ------------------------------------------------------------

    def _seeds(self, people: set[str], articles: set[str]) -> dict[str, set[str]]:
        """Stored records whose merged record names a changed person or a changed article."""
        seeds: dict[str, set[str]] = {kind.name: set() for kind in KINDS}
        if self.full:
            return seeds
        merged: set[str] = set()
        queries = (
            ("SELECT meeting FROM participants WHERE key IN ({})", people),
            ("SELECT id FROM statements WHERE speaker_key IN ({})", people),
            ("SELECT record FROM sources WHERE article IN ({})", articles),
        )
        for sql, ids in queries:
            merged.update(row[0] for row in self._in(sql, sorted(ids)))
        for record, kind in self._in(
            "SELECT record, kind FROM merge_members WHERE merged IN ({})", sorted(merged)
        ):
            seeds[kind].add(record)
        return seeds

    def _closure(
        self, kind: Kind[Any], name: str, new: list[Record], seeds: set[str]
    ) -> tuple[Kind[Any], list[Record], set[str], dict[frozenset[str], str]]:
        """How to group the records, the new records and the stored ones the merge must
        read again with them, in id order; the merged records the stored ones were part
        of; and those of them that stay right if found again with the same records."""
        if self.full:
            return kind, sorted(new, key=lambda r: r.id), set(), {}
        forced = set(seeds)  # their merged records name a person or a copy anew
        if kind.pairwise:
            # The groups are the connected components of the pairs that compare the
            # same within blocks, and every pair a new record adds holds it: only the
            # stored groups with a record that compares the same as a new one change.
            same = kind.same()
            matched = self._matching(
                name, [(record, set(block_keys(kind, record))) for record in new], same
            )
            members = self._whole_groups(name, matched | seeds)
            groups = self._groups_of(name, members)
            kind = replace(kind, group=grown_groups(kind, groups.values(), {r.id for r in new}))
        else:
            members, settled = self._meetings_reached(kind, new, seeds)
            groups = self._groups_of(name, members)
            grown = (groups.values(), {r.id for r in new})
            kind = replace(kind, group=meeting_groups(self.published, settled, grown))
            # A vague report choosing anew may name other candidates in the same group.
            forced |= members - settled.keys()
        loaded = self._load(name, members)
        stored = [loaded[key] for key in sorted(members) if key in loaded]
        known = {frozenset(ids): merged for merged, ids in groups.items() if forced.isdisjoint(ids)}
        return kind, sorted([*stored, *new], key=lambda r: r.id), set(groups), known

    def _meetings_reached(
        self, kind: Kind[Any], new: list[Record], seeds: set[str]
    ) -> tuple[set[str], dict[str, str | None]]:
        """The stored meetings :func:`~diplowire.merge.build.meeting_groups` must read
        again, as whole stored groups, for its groups of these and the new to be those
        of the whole merge; and the vague reports among them whose choice is settled.

        A precise group changes only when a new precise report joins it. A vague report
        chooses anew when one of the groups it looks up changes or is new, or when it
        named candidates (it may have to name them again): its choice reads every group
        it looks up, and the vague reports it may be grouped with if it joins none.
        Any other vague report keeps its choice: the group it joined, or none.
        """
        reach, same, alone = self._reach, kind.same(), alone_comparison(self.published)

        def found_by(keys: set[str], precise: bool) -> set[str]:
            found = self._load("meeting", self._sharing("meeting", keys))
            return {key for key, record in found.items() if reach(record).precise == precise}

        def matching(records: list[tuple[Record, frozenset[Hashable]]], precise: bool) -> set[str]:
            compare = same if precise else alone
            found = self._matching("meeting", [(r, key_texts(k)) for r, k in records], compare)
            return {key for key in found if reach(self.loaded["meeting"][key]).precise == precise}

        new_precise = [record for record in new if reach(record).precise]
        joined = matching([(r, reach(r).pairs) for r in new_precise], True)
        changed = self._whole_groups("meeting", joined)
        looked_up = {key for r in new_precise for key in key_texts(reach(r).lookups)}
        for record in self._load("meeting", changed).values():
            if reach(record).precise:
                looked_up |= key_texts(reach(record).lookups)
        choosing = found_by(looked_up, False) | changed
        wanted = choosing | seeds
        members: set[str] = set()
        settled: dict[str, str | None] = {}
        vague = [record for record in new if not reach(record).precise]
        while vague or wanted:
            if vague:
                wanted |= found_by({k for r in vague for k in key_texts(reach(r).lookups)}, True)
                wanted |= matching([(r, reach(r).solo) for r in vague], False)
            groups = self._groups_of("meeting", wanted - members)
            vague = []
            for merged, ids in groups.items():
                if not members.isdisjoint(ids):
                    continue
                members.update(ids)
                records = self._load("meeting", ids)
                anchors = sorted(key for key, r in records.items() if reach(r).precise)
                for key, record in records.items():
                    if reach(record).precise:
                        continue
                    if key in choosing or (not anchors and self._names_candidates(merged)):
                        vague.append(record)
                    else:
                        settled[key] = anchors[0] if anchors else None
            wanted = set()
        return members, settled

    def _reach(self, record: Any) -> MeetingReach:
        found = self.reaches.get(record.id)
        if found is None:
            found = self.reaches[record.id] = self.meeting_reach(record)
        return found

    def _matching(
        self, name: str, records: list[tuple[Any, set[str]]], same: Callable[[Any, Any], bool]
    ) -> set[str]:
        """The stored records sharing one of its blocks with one of these records that
        compare the same as it (compared in id order, as a merge of both compares them)."""
        by_block: dict[str, list[Any]] = defaultdict(list)
        for record, blocks in records:
            for block in blocks:
                by_block[block].append(record)
        rows = list(
            self._in(
                f"SELECT record, block FROM merge_blocks WHERE kind = '{name}' AND block IN ({{}})",
                sorted(by_block),
            )
        )
        loaded = self._load(name, {key for key, _ in rows})
        found: set[str] = set()
        compared: set[tuple[str, str]] = set()
        for key, block in rows:
            other = loaded.get(key)
            if other is None or key in found:
                continue
            for record in by_block[block]:
                if (key, record.id) in compared:
                    continue
                compared.add((key, record.id))
                if same(record, other) if record.id < other.id else same(other, record):
                    found.add(key)
                    break
        return found

    def _sharing(self, name: str, blocks: set[str]) -> set[str]:
        """The stored records of a kind with one of these blocks."""
        return {
            row[0]
            for row in self._in(
                f"SELECT record FROM merge_blocks WHERE kind = '{name}' AND block IN ({{}})",
                sorted(blocks),
            )
        }

    def _groups_of(self, name: str, records: set[str]) -> dict[str, list[str]]:
        """The merged records these stored records are part of, with all their members."""
        merged = {
            row[0]
            for row in self._in(
                "SELECT merged FROM merge_members WHERE record IN ({})", sorted(records)
            )
        }
        groups: dict[str, list[str]] = defaultdict(list)
        for record, group in self._in(
            f"SELECT record, merged FROM merge_members WHERE kind = '{name}' AND merged IN ({{}})",
            sorted(merged),
        ):
            groups[group].append(record)
        return groups

    def _names_candidates(self, merged: str) -> bool:
        """True when the stored merged meeting names the candidates of a vague report
        (read by id: a scan of every meeting's conflicts grows with the store)."""
        found = self.candidates.get(merged)
        if found is None:
            row = self.db.execute("SELECT conflicts FROM meetings WHERE id = ?", (merged,))
            conflicts = (row.fetchone() or ("",))[0]
            found = self.candidates[merged] = "candidates" in str(conflicts or "").split(",")
        return found

    def _whole_groups(self, name: str, records: set[str]) -> set[str]:
        """These stored records and every other of the merged records they are part of."""
        merged = {
            row[0]
            for row in self._in(
                "SELECT merged FROM merge_members WHERE record IN ({})", sorted(records)
            )
        }
        return records | {
            row[0]
            for row in self._in(
                f"SELECT record FROM merge_members WHERE kind = '{name}' AND merged IN ({{}})",
                sorted(merged),
            )
        }

    def _load(self, name: str, keys: Iterable[str]) -> dict[str, Any]:
        """The stored records of these ids, each read once per plan."""
        loaded = self.loaded.setdefault(name, {})
        keys = set(keys)
        # Each key looked up: a set minus a dict's keys would walk all the keys loaded.
        missing = sorted(key for key in keys if key not in loaded)
        rows = self._in("SELECT id, json FROM observations WHERE id IN ({})", missing)
        loaded.update((record.id, record) for record in valid(by_name(name).model, rows, self.path))
        return {key: loaded[key] for key in keys if key in loaded}


def valid(model: type[M], rows: Iterable[tuple[str, str]], path: Path) -> list[M]:
    """The rows' JSON as models; a row that cannot be read is logged and skipped."""
    found: list[M] = []
    for key, text in rows:
        try:
            found.append(model.model_validate_json(text))
        except ValidationError as exc:
            logger.warning(
                "%s: skipped the %s row %r, whose JSON cannot be read: %s",
                path, model.__name__.lower(), key, str(exc).splitlines()[0],
            )  # fmt: skip
    return found


def _stored_copies(db: sqlite3.Connection) -> list[CopyGroup]:
    groups: dict[int, list[str]] = defaultdict(list)
    for group, article in db.execute("SELECT grp, article FROM copies ORDER BY grp, rowid"):
        groups[group].append(article)
    return [CopyGroup(articles=members, similarity=1.0) for _, members in sorted(groups.items())]


def _plain(person: Person | None) -> tuple[object, ...] | None:
    """What merged records keep of a person (their form without aliases)."""
    if person is None:
        return None
    return (person.name, person.key, person.title, person.country, person.institution)


def _fields(person: Person) -> tuple[object, ...]:
    return (person.key, person.name, person.title, person.country, int(person.institution))


def _mention_rows(records: Iterable[Record]) -> Iterator[tuple[object, ...]]:
    for record in records:
        for position, person in enumerate(people_named([record])):
            yield (record.id, position, *_fields(person))
