"""The embedded store: a SQLite file of articles, records, merged records and failures.

Open it with ``sqlite3`` or Datasette and query it without reading JSON: every merged
meeting, statement and agreement has a row with its main fields, and ``sources``
links each record to the articles (``meeting_sources``, ``statement_sources`` and
``agreement_sources`` are ready-made views). The JSON columns keep the full records.

Writes are transactional. :meth:`Store.add` inserts articles and their per-article
records (``observations``) in one transaction and rebuilds the merged tables from
all observations in the same transaction — exact, because the merge is a function of
the set of observations. An article already stored (same content hash) changes
nothing. A crash or Ctrl-C in the middle leaves the last committed state; the next
run adds what is missing.

Schema version 1. A later version migrates older files on open (``_MIGRATIONS``); a
file from a newer diplowire is refused with :class:`~diplowire.errors.StoreError`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from types import TracebackType

from diplowire.errors import StoreError
from diplowire.merge import merge
from diplowire.models import (
    Agreement,
    Article,
    Dossier,
    Evidence,
    Failure,
    Meeting,
    Person,
    Records,
    Statement,
)

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, source TEXT, url TEXT, outlet TEXT, wire TEXT, title TEXT,
    published TEXT, dateline_place TEXT, adapter TEXT, language TEXT, body TEXT,
    ingested_at TEXT NOT NULL, json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS observations (
    id TEXT PRIMARY KEY, article TEXT NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL CHECK (kind IN ('meeting', 'statement', 'agreement', 'person')),
    json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS observations_article ON observations(article);
CREATE TABLE IF NOT EXISTS failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT, stage TEXT NOT NULL,
    error TEXT NOT NULL, message TEXT NOT NULL, plugin TEXT, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meetings (
    id TEXT PRIMARY KEY, date TEXT, location TEXT, participants TEXT, countries TEXT,
    duration_minutes INTEGER, kind TEXT, format TEXT, forum TEXT, status TEXT,
    independent_sources INTEGER, conflicts TEXT, json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
    meeting TEXT NOT NULL REFERENCES meetings(id), name TEXT NOT NULL, key TEXT NOT NULL,
    title TEXT, country TEXT
);
CREATE TABLE IF NOT EXISTS statements (
    id TEXT PRIMARY KEY, speaker TEXT, speaker_key TEXT, speaker_country TEXT, text TEXT,
    direct INTEGER, date TEXT, setting TEXT, independent_sources INTEGER, json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS agreements (
    id TEXT PRIMARY KEY, name TEXT, acronym TEXT, parties TEXT, signed TEXT, expires TEXT,
    independent_sources INTEGER, json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS agreement_events (
    agreement TEXT NOT NULL REFERENCES agreements(id), kind TEXT NOT NULL, date TEXT, actor TEXT
);
CREATE TABLE IF NOT EXISTS people (
    key TEXT PRIMARY KEY, name TEXT, aliases TEXT, title TEXT, country TEXT
);
CREATE TABLE IF NOT EXISTS sources (
    record TEXT NOT NULL, record_kind TEXT NOT NULL, article TEXT NOT NULL,
    paragraph INTEGER NOT NULL, caption INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sources_record ON sources(record);
CREATE TABLE IF NOT EXISTS copies (grp INTEGER NOT NULL, article TEXT NOT NULL);
CREATE VIEW IF NOT EXISTS meeting_sources AS
    SELECT m.id AS meeting, m.date, m.participants, a.outlet, a.url, a.title, s.paragraph, s.text
    FROM meetings m JOIN sources s ON s.record = m.id JOIN articles a ON a.id = s.article;
CREATE VIEW IF NOT EXISTS statement_sources AS
    SELECT st.id AS statement, st.speaker, st.text AS words, a.outlet, a.url, s.paragraph, s.text
    FROM statements st JOIN sources s ON s.record = st.id JOIN articles a ON a.id = s.article;
CREATE VIEW IF NOT EXISTS agreement_sources AS
    SELECT g.id AS agreement, coalesce(g.acronym, g.name) AS pact, a.outlet, a.url,
           s.paragraph, s.text
    FROM agreements g JOIN sources s ON s.record = g.id JOIN articles a ON a.id = s.article;
"""

# Children before parents, so that deleting them keeps the foreign keys valid.
_MERGED_TABLES = (
    "participants", "agreement_events", "sources", "copies", "people",
    "meetings", "statements", "agreements",
)  # fmt: skip

# Version n -> n + 1 upgrades; none yet, the mechanism is what a future version fills.
_MIGRATIONS: dict[int, str] = {}


class Store:
    """An embedded diplowire store in one SQLite file.

    >>> import tempfile, pathlib
    >>> from diplowire.store import Store
    >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "news.db") as store:
    ...     store.counts()["articles"]
    0
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            if self.stale:  # an ingest stopped before its final rebuild
                self.rebuild()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store: {exc}", source=str(self.path)) from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database file."""
        self.db.close()

    def _migrate(self) -> None:
        self.db.executescript(_SCHEMA)
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the store has schema version {version}; this diplowire reads up to "
                f"{SCHEMA_VERSION}: upgrade diplowire",
                source=str(self.path),
            )
        while 0 < version < SCHEMA_VERSION:
            self.db.executescript(_MIGRATIONS[version])
            version += 1
        self.db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
            (str(SCHEMA_VERSION),),
        )

    # -- writing ----------------------------------------------------------------------

    def add(self, dossier: Dossier, *, rebuild: bool = True) -> int:
        """Add a dossier's articles, records and failures; return how many articles were new.

        Articles already stored are skipped with their records. The merged tables are
        rebuilt from all observations in the same transaction, or, with
        ``rebuild=False`` (a batch ingest adding many batches), marked stale and rebuilt
        by :meth:`rebuild` — which opening a store with stale tables also runs.

        A merged dossier added to an empty store already is the merge of everything
        the store then holds, so its merged lists are written as they are, without
        merging again (what a distributed ingest's tree reduction hands over).
        """
        observed = observations_of(dossier)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            self.db.execute("BEGIN IMMEDIATE")
            known = {row[0] for row in self.db.execute("SELECT id FROM articles")}
            new = [a for a in dossier.articles if a.id not in known]
            self.db.executemany(
                "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", article_rows(new, now)
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO observations VALUES (?,?,?,?)",
                observation_rows(observed, {a.id for a in new}),
            )
            self.db.executemany(
                "INSERT INTO failures (source, stage, error, message, plugin, at) "
                "VALUES (?,?,?,?,?,?)",
                failure_rows(dossier.failures, now),
            )
            if new and rebuild:
                self._rebuild(dossier if not known and _self_contained(dossier) else None)
            elif new:
                self._set_stale(True)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return len(new)

    def rebuild(self) -> None:
        """Rebuild the merged tables from all observations, in one transaction."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self._rebuild()
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    @property
    def stale(self) -> bool:
        """True when articles were added since the merged tables were last rebuilt."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'merged_stale'").fetchone()
        return bool(row and row[0] == "1")

    def _set_stale(self, stale: bool) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('merged_stale', ?)",
            ("1" if stale else "0",),
        )

    def _rebuild(self, merged: Dossier | None = None) -> None:
        self._set_stale(False)
        tables = merged_rows(merged if merged is not None else merge(self.observed()))
        for table in _MERGED_TABLES:
            self.db.execute(f"DELETE FROM {table}")
        for table, rows in tables.items():
            marks = ",".join("?" * len(columns(table)))
            self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    # -- reading ----------------------------------------------------------------------

    def articles(self) -> list[Article]:
        """Every stored article."""
        return [
            Article.model_validate_json(row[0])
            for row in self.db.execute("SELECT json FROM articles ORDER BY published, id")
        ]

    def observed(self) -> Dossier:
        """Articles and their per-article records, unmerged, as a dossier."""
        records: dict[str, list[str]] = {
            "meeting": [],
            "statement": [],
            "agreement": [],
            "person": [],
        }
        for kind, text in self.db.execute("SELECT kind, json FROM observations ORDER BY id"):
            records[kind].append(text)
        return Dossier(
            articles=self.articles(),
            meetings=[Meeting.model_validate_json(t) for t in records["meeting"]],
            statements=[Statement.model_validate_json(t) for t in records["statement"]],
            agreements=[Agreement.model_validate_json(t) for t in records["agreement"]],
            people=[Person.model_validate_json(t) for t in records["person"]],
        )

    def failures(self) -> list[Failure]:
        """Every recorded failure, oldest first."""
        return [
            Failure(source=row[0], stage=row[1], error=row[2], message=row[3], plugin=row[4])
            for row in self.db.execute(
                "SELECT source, stage, error, message, plugin FROM failures ORDER BY id"
            )
        ]

    def dossier(self) -> Dossier:
        """The merged dossier of everything stored, with its failures."""
        merged = merge(self.observed())
        return merged.model_copy(update={"failures": self.failures()})

    def counts(self) -> dict[str, int]:
        """Rows per main table."""
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "meetings", "statements", "agreements", "failures")
        }

    def rows(self, sql: str, parameters: Iterable[object] = ()) -> Iterator[dict[str, object]]:
        """Run a read-only query; rows as dicts."""
        cursor = self.db.execute(sql, tuple(parameters))
        names = [d[0] for d in cursor.description or []]
        for row in cursor:
            yield dict(zip(names, row, strict=True))


def _article_of(record: Meeting | Statement | Agreement) -> str:
    return record.sources[0].article if record.sources else ""


def _article_row(article: Article, now: str) -> tuple[object, ...]:
    return (
        article.id, article.source, article.url, article.outlet, ",".join(article.wire),
        article.title, article.published, article.dateline_place, article.adapter,
        article.language, article.text, now, article.model_dump_json(),
    )  # fmt: skip


def _self_contained(dossier: Dossier) -> bool:
    """Merged, and every per-article record from one of its own articles (so stored)."""
    if dossier.observations is None:
        return False
    ids = {a.id for a in dossier.articles}
    observed = dossier.observations
    records: list[Meeting | Statement | Agreement] = [
        *observed.meetings,
        *observed.statements,
        *observed.agreements,
    ]
    return all(_article_of(record) in ids for record in records)


def observations_of(dossier: Dossier) -> Records:
    """A dossier's per-article records: its observations when merged, else its lists."""
    return dossier.observations or Records(
        meetings=dossier.meetings,
        statements=dossier.statements,
        agreements=dossier.agreements,
        people=dossier.people,
    )


def article_rows(articles: Iterable[Article], now: str) -> list[tuple[object, ...]]:
    """Rows of the ``articles`` table."""
    return [_article_row(a, now) for a in articles]


def observation_rows(observed: Records, articles: set[str]) -> list[tuple[object, ...]]:
    """Rows of the ``observations`` table for the records of these articles.

    People belong to no one article; they are filed under the first of them (by id),
    each distinct description of a person once (its id names its content): the
    store keeps the set of descriptions the merge reads, whatever order batches came in.
    """
    rows: list[tuple[object, ...]] = [
        (record.id, _article_of(record), kind, record.model_dump_json())
        for kind, records in (
            ("meeting", observed.meetings),
            ("statement", observed.statements),
            ("agreement", observed.agreements),
        )
        for record in records
        if _article_of(record) in articles
    ]
    if articles and observed.people:
        first = min(articles)
        for person in observed.people:
            text = person.model_dump_json()
            digest = hashlib.sha256(text.encode()).hexdigest()[:16]
            rows.append((f"person:{person.key}:{person.name}:{digest}", first, "person", text))
    return rows


def failure_rows(failures: Iterable[Failure], now: str) -> list[tuple[object, ...]]:
    """Rows of the ``failures`` table, without its automatic ``id``."""
    return [(f.source, f.stage, f.error, f.message, f.plugin, now) for f in failures]


def merged_rows(merged: Dossier) -> dict[str, list[tuple[object, ...]]]:
    """Rows of the merged tables for a merged dossier, parents before children.

    The store's rebuild writes these, and so does a Parquet output of
    :mod:`diplowire.scale`: the two cannot drift apart.
    """
    tables: dict[str, list[tuple[object, ...]]] = {table: [] for table in reversed(_MERGED_TABLES)}
    for meeting in merged.meetings:
        tables["meetings"].append(
            (
                meeting.id, meeting.date, meeting.location,
                "; ".join(p.name for p in meeting.participants),
                ",".join(sorted({p.country for p in meeting.participants if p.country})),
                meeting.duration_minutes, meeting.kind, meeting.format, meeting.forum,
                meeting.status, meeting.independent_sources,
                ",".join(c.field for c in meeting.conflicts), meeting.model_dump_json(),
            )
        )  # fmt: skip
        tables["participants"].extend(
            (meeting.id, p.name, p.key, p.title, p.country) for p in meeting.participants
        )
        tables["sources"].extend(_source_rows(meeting.id, "meeting", meeting.sources))
    for statement in merged.statements:
        speaker = statement.speaker
        tables["statements"].append(
            (
                statement.id, speaker.name, speaker.key, speaker.country, statement.text,
                int(statement.direct), statement.date, statement.setting,
                statement.independent_sources, statement.model_dump_json(),
            )
        )  # fmt: skip
        tables["sources"].extend(_source_rows(statement.id, "statement", statement.sources))
    for agreement in merged.agreements:
        tables["agreements"].append(
            (
                agreement.id, agreement.name, agreement.acronym, ",".join(agreement.parties),
                agreement.signed, agreement.expires, agreement.independent_sources,
                agreement.model_dump_json(),
            )
        )  # fmt: skip
        tables["agreement_events"].extend(
            (agreement.id, e.kind, e.date, e.actor) for e in agreement.events
        )
        tables["sources"].extend(_source_rows(agreement.id, "agreement", agreement.sources))
    tables["people"] = [
        (p.key, p.name, "; ".join(p.aliases), p.title, p.country) for p in merged.people
    ]
    tables["copies"] = [
        (n, article) for n, group in enumerate(merged.copies) for article in group.articles
    ]
    return tables


def _source_rows(record: str, kind: str, sources: Iterable[Evidence]) -> list[tuple[object, ...]]:
    return [(record, kind, s.article, s.paragraph, int(s.caption), s.text) for s in sources]


@cache
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """A table's columns as the store creates them: ``(name, declared SQLite type)``."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(_SCHEMA)
        found = tuple((row[1], row[2]) for row in db.execute(f"PRAGMA table_info({table})"))
    finally:
        db.close()
    if not found:
        raise StoreError(f"the store has no table {table!r}")
    return found


def as_json(dossier: Dossier) -> str:
    """The dossier as one JSON document (what ``diplowire export --format json`` writes)."""
    return json.dumps(dossier.model_dump(mode="json"), ensure_ascii=False, indent=2)
