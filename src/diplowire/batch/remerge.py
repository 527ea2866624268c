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
- ``merge_pending``: the articles added since the last merge.

A batch's records touch some blocks; the records sharing them, and those sharing
blocks with these, and so on, are the sets the full merge resolves on their own (as
:func:`~diplowire.merge.merge_json` does). Those sets are merged again, together with
the sets holding a record that names a person whose merged form the batch changes, or
cites an article whose copy group it changes. The copy groups and the people the batch
names are recomputed from the index; nothing else changes. A store whose index was
built by another diplowire version, or that was written without it, is merged in full.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from diplowire._version import __version__
from diplowire.merge._support import no_cycle_collection
from diplowire.merge.copies import compared, copy_groups, origins, shingles, sketch
from diplowire.merge.partial import (
    Canonical,
    Kind,
    block_keys,
    kinds,
    merged_people,
    people_named,
    regroup,
)
from diplowire.models import Article, CopyGroup, Dossier, Person
from diplowire.models.kinds import KINDS, AnyRecord, by_name, count

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
)  # fmt: skip

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


class _Planner:
    def __init__(self, db: sqlite3.Connection, path: Path, *, full: bool) -> None:
        self.db, self.path, self.full = db, path, full
        self.bodies: dict[str, frozenset[int]] = {}

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

        copies, changed_articles, sketches, pairs = self._copies(articles, published)
        named = {p.key for p in fresh}
        before = {} if self.full else self._people(named)
        after = self._people(named, fresh)
        changed_people = {key for key in named if _plain(before.get(key)) != _plain(after[key])}
        seeds = self._seeds(changed_people, changed_articles)

        closures: list[tuple[Kind[Any], str, list[Any]]] = []
        for kind in kinds(published):
            name = kind.record.name
            records, removed = self._closure(kind, name, new[name], seeds[name])
            update.removed[name] = removed
            closures.append((kind, name, records))
        needed = {p.key for _, _, records in closures for p in people_named(records)} - named
        canonical = Canonical(list({**self._people(needed, fresh), **after}.values()))
        origin = origins(copies)
        index: dict[str, list[tuple[object, ...]]] = {
            "merge_blocks": [],
            "merge_members": [],
            "person_mentions": [
                *_mention_rows(r for rs in new.values() for r in rs),
                *((key, 0, *_fields(person)) for key, person in new_people),
            ],
            "copy_sketches": sketches,
            "copy_pairs": pairs,
        }
        merged: dict[str, Any] = {}
        for kind, name, records in closures:
            groups = regroup(kind, records, canonical, origin)
            merged[kind.field] = [record for _, record in groups]
            index["merge_members"].extend(
                (member.id, name, record.id) for group, record in groups for member in group
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
        return update

    # -- reading ------------------------------------------------------------------------

    def _of_pending(self, sql: str, column: str, ids: list[str]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` for the pending articles (every row, in a full merge)."""
        if self.full:
            return iter(self.db.execute(sql))  # one scan, no list of ids
        return self._in(f"{sql} WHERE {column} IN ({{}})", ids)

    def _in(self, sql: str, ids: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``sql`` whose ``IN ({})`` takes the ids, a chunk at a time."""
        listed = list(ids)
        for start in range(0, len(listed), _CHUNK):
            chunk = listed[start : start + _CHUNK]
            yield from self.db.execute(sql.format(",".join("?" * len(chunk))), chunk)

    # -- copies -------------------------------------------------------------------------

    def _copies(
        self, articles: list[Article], published: dict[str, str | None]
    ) -> tuple[list[CopyGroup], set[str], list[tuple[object, ...]], list[tuple[object, ...]]]:
        """The copy groups of every article, the articles whose origin changes, new rows."""
        smallest: dict[str, list[int]] = {}
        known: dict[tuple[str, str], float | None] = {}
        before: list[CopyGroup] = []
        if not self.full:
            smallest = {key: json.loads(text) for key, text in self.db.execute(
                "SELECT article, smallest FROM copy_sketches"
            )}  # fmt: skip
            known = {(a, b): s for a, b, s in self.db.execute("SELECT * FROM copy_pairs")}
            before = _stored_copies(self.db)
        sketches: list[tuple[object, ...]] = []
        for article in articles:
            shingled = shingles(article.text)
            self.bodies[article.id] = shingled
            smallest[article.id] = sketch(shingled)
            sketches.append((article.id, json.dumps(smallest[article.id])))
        fresh: list[tuple[object, ...]] = []
        sketched: dict[str, frozenset[int]] = {}

        def sketch_of(article: str) -> frozenset[int]:
            found = sketched.get(article)
            if found is None:
                found = sketched[article] = frozenset(smallest[article])
            return found

        def compare(first: str, second: str) -> float | None:
            if (first, second) in known:
                return known[first, second]
            found = compared(
                sketch_of(first),
                sketch_of(second),
                lambda: (self._shingles(first), self._shingles(second)),
            )
            fresh.append((first, second, found))
            return found

        ordered = sorted(smallest, key=lambda key: (published.get(key) or "9999", key))
        copies = copy_groups(ordered, smallest, compare)
        old, new = origins(before), origins(copies)
        changed = {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
        return copies, changed, sketches, fresh

    def _shingles(self, article: str) -> frozenset[int]:
        found = self.bodies.get(article)
        if found is None:
            row = self.db.execute("SELECT body FROM articles WHERE id = ?", (article,)).fetchone()
            found = self.bodies[article] = shingles(str(row[0] or "") if row else "")
        return found

    # -- people -------------------------------------------------------------------------

    def _people(self, keys: set[str], fresh: Sequence[Person] = ()) -> dict[str, Person]:
        """The merged people of these keys, from the stored mentions and ``fresh`` ones."""
        mentions: list[Person] = [p for p in fresh if p.key in keys]
        if not self.full:
            for key, name, title, country, institution in self._in(
                "SELECT key, name, title, country, institution FROM person_mentions "
                "WHERE key IN ({})",
                sorted(keys),
            ):
                mentions.append(
                    Person.model_construct(
                        name=name, key=key, title=title, country=country,
                        institution=bool(institution), aliases=[],
                    )
                )  # fmt: skip
        return {person.key: person for person in merged_people(mentions)}

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
    ) -> tuple[list[Record], set[str]]:
        """The new records, and every stored one block-connected to them or to the seeds,
        in id order; and the merged records the stored ones were part of."""
        if self.full:
            return sorted(new, key=lambda r: r.id), set()
        members = set(seeds)
        blocks = {block for record in new for block in block_keys(kind, record)}
        blocks.update(
            row[0] for row in self._in("SELECT block FROM merge_blocks WHERE record IN ({})", seeds)
        )
        seen = set(blocks)
        while blocks:
            found = {
                row[0]
                for row in self._in(
                    f"SELECT record FROM merge_blocks WHERE kind = '{name}' AND block IN ({{}})",
                    sorted(blocks),
                )
            }
            added = found - members
            members |= added
            blocks = {
                row[0]
                for row in self._in(
                    "SELECT block FROM merge_blocks WHERE record IN ({})", sorted(added)
                )
            } - seen
            seen |= blocks
        stored = valid(
            kind.model,
            self._in("SELECT id, json FROM observations WHERE id IN ({})", sorted(members)),
            self.path,
        )
        removed = {
            row[0]
            for row in self._in(
                "SELECT merged FROM merge_members WHERE record IN ({})", sorted(members)
            )
        }
        return sorted([*stored, *new], key=lambda r: r.id), removed


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
