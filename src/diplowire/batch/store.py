"""The embedded store: a SQLite file of articles, records, merged records and failures.

Open it with ``sqlite3`` or Datasette and query it without reading JSON: every merged
meeting, statement and agreement has a row with its main fields, and ``sources``
links each record to the articles (``meeting_sources``, ``statement_sources`` and
``agreement_sources`` are ready-made views). The JSON columns keep the full records.

Writes are transactional. :meth:`Store.add` inserts articles and their per-article
records (``observations``) in one short transaction, then :meth:`Store.rebuild`
rebuilds the merged tables from all observations — exact, because the merge is a
function of the set of observations. An article already stored (same content hash)
changes nothing. A crash or Ctrl-C in the middle leaves the last committed state; the
next run adds what is missing.

Several processes may use one store at once (WAL journal, a busy timeout). A rebuild
merges outside any transaction, from a snapshot, and writes the result in one short
transaction only if no articles came in meanwhile; otherwise it leaves the tables
marked stale for the writer that added them, whose own final rebuild sees them. A
store opened with ``readonly=True`` never writes (not even on open), so it can be
read while an ingest runs, and from a file or folder the user cannot write.

Schema version 3 (foreign keys that Datasette follows; each article's extractors and
their versions, for :mod:`diplowire.batch.refresh`). A later version migrates older
files when they are opened for writing (``_MIGRATIONS``); a file from a newer
diplowire, a damaged ``schema_version`` or an SQLite file that is not a diplowire store
is refused with :class:`~diplowire.errors.StoreError`, and never modified.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from diplowire._version import __version__
from diplowire.batch.remerge import (
    COPY_INDEX,
    INDEX_SCHEMA,
    INDEX_TABLES,
    Update,
    index_state,
    plan,
    valid,
)
from diplowire.batch.rows import CHILDREN_FIRST, merged_rows
from diplowire.errors import StoreError
from diplowire.merge import merge
from diplowire.merge.articles import unite, unite_all
from diplowire.models import Article, Dossier, Failure, Person, Records
from diplowire.models.kinds import (
    KINDS,
    AnyRecord,
    by_name,
    every_record,
    fields,
    observations_of,
)

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 4

BUSY_TIMEOUT = 60.0
"""Seconds a connection waits for another process's write lock before giving up."""

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, source TEXT, url TEXT, outlet TEXT, wire TEXT, title TEXT,
    published TEXT, dateline_place TEXT, adapter TEXT, language TEXT, body TEXT,
    ingested_at TEXT NOT NULL, json TEXT NOT NULL, extracted_by TEXT, layout TEXT
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
    meeting TEXT NOT NULL REFERENCES meetings(id), name TEXT NOT NULL,
    key TEXT NOT NULL REFERENCES people(key), title TEXT, country TEXT
);
CREATE TABLE IF NOT EXISTS statements (
    id TEXT PRIMARY KEY, speaker TEXT, speaker_key TEXT REFERENCES people(key),
    speaker_country TEXT, text TEXT,
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
    record TEXT NOT NULL, record_kind TEXT NOT NULL,
    article TEXT NOT NULL REFERENCES articles(id),
    paragraph INTEGER NOT NULL, caption INTEGER NOT NULL, text TEXT NOT NULL,
    meeting TEXT REFERENCES meetings(id), statement TEXT REFERENCES statements(id),
    agreement TEXT REFERENCES agreements(id)
);
CREATE INDEX IF NOT EXISTS sources_record ON sources(record);
CREATE TABLE IF NOT EXISTS copies (
    grp INTEGER NOT NULL, article TEXT NOT NULL REFERENCES articles(id)
);
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
# With how the merged tables were merged (diplowire.batch.remerge), once they have the
# current columns: an older file gains its index after its migrations.
_SCHEMA = _TABLES + INDEX_SCHEMA

# The rows each kind of merged record has in another table, besides its ``sources``.
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "meeting": (("participants", "meeting"),),
    "statement": (),
    "agreement": (("agreement_events", "agreement"),),
}

# Version n -> n + 1 upgrades, run after the schema's CREATE ... IF NOT EXISTS.
_MIGRATIONS: dict[int, str] = {
    # 2: foreign keys from the merged tables to articles, people and the records (so
    # that Datasette links rows), and ``sources`` names its record's table. The merged
    # tables are derived data: dropped, created anew and rebuilt from the observations.
    1: "".join(
        f"DROP VIEW IF EXISTS {view};\n" for view in (f"{kind.name}_sources" for kind in KINDS)
    )
    + "".join(f"DROP TABLE IF EXISTS {table};\n" for table in CHILDREN_FIRST)
    + _SCHEMA
    + "INSERT OR REPLACE INTO meta (key, value) VALUES ('merged_stale', '1');\n",
    # 3: the extractors (and versions) that read each article, so that ``refresh``
    # re-extracts what an older diplowire read; unknown (NULL) for older rows, which
    # a refresh therefore reads again.
    2: "ALTER TABLE articles ADD COLUMN extracted_by TEXT;\n",
    # 4: the adapter's layout that read each page, beside ``adapter``, so that a query
    # finds the pages an old or no layout read; unknown (NULL) for older rows, whose
    # JSON never had it.
    3: "ALTER TABLE articles ADD COLUMN layout TEXT;\n",
}


class Store:
    """An embedded diplowire store in one SQLite file.

    >>> import tempfile, pathlib
    >>> from diplowire.batch.store import Store
    >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "news.db") as store:
    ...     store.counts()["articles"]
    0
    """

    def __init__(
        self, path: str | Path, *, readonly: bool = False, busy_timeout: float = BUSY_TIMEOUT
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.busy_timeout = busy_timeout
        with self._errors("open"):
            self.db = self._connect_reader() if readonly else self._connect_writer()

    def _connect_writer(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, timeout=self.busy_timeout)
        self.db = db
        try:
            tables = _tables(db)
            version = self._schema_version(tables)
            if version:
                self._check()
            db.execute("PRAGMA journal_mode=WAL")
            # In WAL mode a commit need not wait for the disk; a power cut may lose the
            # last transactions but never corrupts the file.
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            self._migrate(version)
        except BaseException:
            db.close()
            raise
        return db

    def _connect_reader(self) -> sqlite3.Connection:
        if not self.path.is_file():
            raise StoreError("no store at this path", source=str(self.path))
        if self.path.stat().st_size == 0:
            return _empty_store()  # an empty file is an empty store; nothing to read
        db = self._open_readonly("mode=ro")
        try:
            tables = _tables(db)
        except sqlite3.OperationalError:
            # Reading a WAL file needs its shared-memory file; when the folder or the
            # file cannot be written, nobody can be writing it, so it is read as is.
            db.close()
            db = self._open_readonly("immutable=1")
            tables = _tables(db)
        self.db = db
        try:
            version = self._schema_version(tables)
            if version == 0:
                db.close()
                return _empty_store()
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"the store has schema version {version}; open it for writing "
                    "(an ingest) once to upgrade it",
                    source=str(self.path),
                )
        except BaseException:
            db.close()
            raise
        return db

    def _open_readonly(self, mode: str) -> sqlite3.Connection:
        uri = f"{self.path.resolve().as_uri()}?{mode}"
        return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=self.busy_timeout)

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """SQLite's own error, named, as a :class:`StoreError`."""
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {action} the store: {exc}", source=str(self.path)) from exc

    @contextmanager
    def _transaction(self, action: str) -> Iterator[None]:
        """One write transaction; rolled back on any error, whose own message is kept."""
        with self._errors(action):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.db.execute("COMMIT")
            except BaseException:
                # SQLite may have rolled back already (disk full): the first error counts.
                if self.db.in_transaction:
                    with suppress(sqlite3.Error):
                        self.db.execute("ROLLBACK")
                raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *raised: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database file."""
        self.db.close()

    def _check(self) -> None:
        """Refuse to write into a damaged file, where new rows could spread the damage."""
        problems = [" ".join(row[0].split()) for row in self.db.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise StoreError(
                f"the store is damaged (database disk image is malformed: {'; '.join(problems)}); "
                "restore a copy, or rebuild it with a new ingest",
                source=str(self.path),
            )

    def _schema_version(self, tables: set[str]) -> int:
        """The file's schema version; 0 for an empty database; refuses anything else."""
        if not tables:
            return 0
        if "meta" not in tables or "articles" not in tables:
            raise StoreError(
                "the file is an SQLite database but not a diplowire store (its tables: "
                f"{', '.join(sorted(tables)[:5])}); refused, and left as it was",
                source=str(self.path),
            )
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        text = str(row[0]) if row else ""
        if not text.isdigit() or int(text) < 1:
            raise StoreError(
                f"the store's schema_version is {text or 'missing'!r}, not a version "
                "diplowire wrote; refused, and left as it was",
                source=str(self.path),
            )
        version = int(text)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the store has schema version {version}; this diplowire reads up to "
                f"{SCHEMA_VERSION}: upgrade diplowire",
                source=str(self.path),
            )
        return version

    def _migrate(self, version: int) -> None:
        upgraded = 0 < version < SCHEMA_VERSION
        script = _TABLES
        while 0 < version < SCHEMA_VERSION:
            script += _MIGRATIONS[version]
            version += 1
        script += INDEX_SCHEMA
        with self._transaction("open"):
            for statement in _statements(script):
                self.db.execute(statement)
            self.db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
        if upgraded:
            self.rebuild()  # the merged tables are derived data: an upgrade may drop them

    # -- writing ----------------------------------------------------------------------

    def add(self, dossier: Dossier, *, rebuild: bool = True) -> int:
        """Add a dossier's articles, records and failures; return how many articles were new.

        Articles already stored are skipped with their records, and a failure already
        recorded (same source, stage, error and message) is not recorded again. The
        merged tables are then rebuilt (:meth:`rebuild`), or, with ``rebuild=False`` (a
        batch ingest adding many batches), left marked stale for one :meth:`rebuild`
        at the end.

        A merged dossier added to an empty store already is the merge of everything
        the store then holds, so its merged lists are written as they are, without
        merging again (what a distributed ingest's tree reduction hands over).
        """
        observed = observations_of(dossier)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        incoming = unite_all(dossier.articles)
        with self._transaction("write to"):
            empty = self.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None
            # Only the incoming ids are looked up: the work grows with the batch.
            known = {
                row[0]
                for row in self.db.execute(
                    "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps(sorted(incoming)),),
                )
            }
            new = [a for a in incoming.values() if a.id not in known]
            self.db.executemany(
                f"INSERT INTO articles VALUES ({_ARTICLE_PLACEHOLDERS})", article_rows(new, now)
            )
            seen_again = self._unite_stored([a for a in incoming.values() if a.id in known])
            self.db.executemany(
                "INSERT OR IGNORE INTO observations VALUES (?,?,?,?)",
                observation_rows(observed, {a.id for a in new}),
            )
            self.db.executemany(
                _INSERT_FAILURE,
                failure_rows(dossier.failures, now),
            )
            written = False
            if seen_again:
                self._forget_index()  # an article's date changed: what the merge reads
            if new or seen_again:
                self._advance()
                generation = self._generation()
                self.db.executemany(
                    "INSERT OR IGNORE INTO merge_pending VALUES (?, ?)",
                    [(a.id, generation) for a in new],
                )
                if rebuild and empty and _self_contained(dossier):
                    self._write_merged(merged_rows(dossier))
                    written = True
        if (new or seen_again) and rebuild and not written:
            self.rebuild()
        return len(new)

    def _unite_stored(self, articles: list[Article]) -> int:
        """Add the rows of stored contents read again (another URL, date or outlet) to
        their stored articles; how many articles changed. Their records stay those read
        first: the same bytes give the same records but for dates read from the row."""
        changed = 0
        for article in articles:
            row = self.db.execute("SELECT json FROM articles WHERE id = ?", (article.id,))
            try:
                stored = Article.model_validate_json(row.fetchone()[0])
            except ValidationError as exc:
                logger.warning(
                    "%s: the article row %r cannot be read, its new source not added: %s",
                    self.path, article.id, str(exc).splitlines()[0],
                )  # fmt: skip
                continue
            rows = unite(stored, article)
            # Only the rows are new: the content and its extractors stay those stored,
            # whose records the store keeps.
            united = stored.model_copy(
                update={field: getattr(rows, field) for field in _ROW_FIELDS}
            )
            if united == stored:
                continue
            self.db.execute(
                "UPDATE articles SET source = ?, url = ?, outlet = ?, published = ?, json = ? "
                "WHERE id = ?",
                (united.source, united.url, united.outlet, united.published,
                 united.model_dump_json(), united.id),
            )  # fmt: skip
            changed += 1
        return changed

    def outdated(self, extractors: dict[str, str]) -> list[str]:
        """Ids of the articles not read by exactly these extractors and versions."""
        with self._errors("read"):
            rows = self.db.execute(
                "SELECT id FROM articles WHERE extracted_by IS NOT ? ORDER BY id",
                (extractor_stamp(extractors),),
            )
            return [row[0] for row in rows]

    def articles_by_id(self, ids: Iterable[str]) -> list[Article]:
        """The stored articles of these ids (rows that cannot be read logged and skipped)."""
        with self._errors("read"):
            rows = [
                row
                for key in ids
                for row in self.db.execute("SELECT id, json FROM articles WHERE id = ?", (key,))
            ]
        return valid(Article, rows, self.path)

    def replace_records(self, dossier: Dossier, *, people: bool = False) -> None:
        """Store new readings of stored articles: their rows and records replaced.

        The articles' per-article records give way to the dossier's; its failures are
        recorded; the merged tables are left stale for one :meth:`rebuild`. People
        belong to no one article (:func:`observation_rows`), so the descriptions read
        before are dropped only with ``people=True``, for a refresh of every article.
        """
        ids = {a.id for a in dossier.articles}
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction("write to"):
            if people:
                self.db.execute("DELETE FROM observations WHERE kind = 'person'")
            self.db.executemany(
                "DELETE FROM observations WHERE article = ? AND kind != 'person'",
                [(key,) for key in sorted(ids)],
            )
            self.db.executemany(
                "UPDATE articles SET json = ?, extracted_by = ? WHERE id = ?",
                [
                    (a.model_dump_json(), extractor_stamp(a.extracted_by), a.id)
                    for a in dossier.articles
                ],
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO observations VALUES (?,?,?,?)",
                observation_rows(observations_of(dossier), ids),
            )
            self.db.executemany(
                _INSERT_FAILURE,
                failure_rows(dossier.failures, now),
            )
            self._forget_index()  # records of stored articles replaced: merge them all
            self._advance()

    def rebuild(self, *, full: bool = False) -> bool:
        """Bring the merged tables up to date; False if articles came in meanwhile.

        Only the records the articles added since the last merge can change are merged
        again (:mod:`diplowire.batch.remerge`); the tables are those a merge of every
        stored record gives. ``full=True``, a store written by another diplowire version
        or without the merge index (a distributed ingest's first write) merge everything.

        The merge runs on a snapshot without holding the write lock; its result is
        written in one short transaction, and only if no other process added articles
        since the snapshot — that process rebuilds after its own last batch.
        """
        with self._errors("read"):
            self.db.execute("BEGIN")  # one snapshot for the generation and the observations
            try:
                generation = self._generation()
                update = plan(self.db, generation, self.path, full=full)
            finally:
                self.db.execute("COMMIT")
        with self._transaction("rebuild the merged tables of"):
            if self._generation() != generation:
                logger.info("articles were added during the rebuild; their writer rebuilds")
                return False
            if index_state(self.db) != update.state:
                logger.info("another process merged the same articles meanwhile")
                return True
            self._write_update(update)
        return True

    @property
    def stale(self) -> bool:
        """True when articles were added since the merged tables were last rebuilt."""
        return self._meta("merged_stale") == "1"

    def _meta(self, key: str) -> str | None:
        with self._errors("read"):
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def _generation(self) -> int:
        """How many transactions have added articles (a snapshot's identity)."""
        text = self._meta("generation") or "0"
        return int(text) if text.isdigit() else 0

    def _advance(self) -> None:
        """Mark the merged tables stale: articles came in."""
        self.db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("merged_stale", "1"), ("generation", str(self._generation() + 1))],
        )

    def _write_merged(self, tables: dict[str, list[tuple[object, ...]]]) -> None:
        """Replace the merged tables; the merge index no longer describes them."""
        for table in (*CHILDREN_FIRST, *INDEX_TABLES, "merge_pending"):
            self.db.execute(f"DELETE FROM {table}")
        self._forget_index()
        self._insert(tables)
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('merged_stale', '0')")

    def _forget_index(self) -> None:
        """Make the next merge a full one: the merge index no longer describes the store."""
        self.db.execute("DELETE FROM meta WHERE key LIKE 'merge_index%'")

    def _write_update(self, update: Update) -> None:
        tables = merged_rows(update.merged)
        if update.full:
            self._write_merged(tables)
        else:
            for name, ids in update.removed.items():
                keys = [(i,) for i in ids]
                own = (by_name(name).field, "id")
                for table, column in (*CHILDREN[name], ("sources", "record"), own):
                    self.db.executemany(f"DELETE FROM {table} WHERE {column} = ?", keys)
            self.db.execute("DELETE FROM copies")
            self.db.executemany(
                "DELETE FROM merge_pending WHERE article = ?", [(a,) for a in update.pending]
            )
            # Rows of other merged records point at these people: updated, never deleted.
            self.db.executemany(
                "INSERT INTO people VALUES (?,?,?,?,?) ON CONFLICT (key) DO UPDATE SET "
                "name = excluded.name, aliases = excluded.aliases, title = excluded.title, "
                "country = excluded.country",
                tables.pop("people"),
            )
            self._insert(tables)
        self.db.executemany(
            "DELETE FROM copy_buckets WHERE article = ?", [(a,) for a in update.rebucketed]
        )
        for table, rows in update.index.items():
            if rows:  # a record's membership replaces the one it had
                marks = ",".join("?" * len(rows[0]))
                self.db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)
        self.db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [
                ("merged_stale", "0"),
                ("merge_index", __version__),
                ("merge_index_copies", COPY_INDEX),
                ("merge_index_generation", str(update.generation)),
            ],
        )

    def _insert(self, tables: dict[str, list[tuple[object, ...]]]) -> None:
        for table, rows in tables.items():
            marks = ",".join("?" * len(columns(table)))
            self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    # -- reading ----------------------------------------------------------------------

    def articles(self) -> list[Article]:
        """Every stored article (a row whose JSON cannot be read is logged and skipped)."""
        with self._errors("read"):
            rows = self.db.execute("SELECT id, json FROM articles ORDER BY published, id")
            return valid(Article, rows, self.path)

    def observed(self) -> Dossier:
        """Articles and their per-article records, unmerged, as a dossier.

        A row whose JSON cannot be read (a damaged file, a hand edit) is logged and
        skipped, so the rest of the store stays usable.
        """
        records: dict[str, list[tuple[str, str]]] = {
            **{kind.name: [] for kind in KINDS},
            "person": [],
        }
        with self._errors("read"):
            for key, kind, text in self.db.execute(
                "SELECT id, kind, json FROM observations ORDER BY id"
            ):
                records[kind].append((key, text))
        return Dossier(
            articles=self.articles(),
            **fields({k.field: valid(k.model, records[k.name], self.path) for k in KINDS}),
            people=valid(Person, records["person"], self.path),
        )

    def failures(self) -> list[Failure]:
        """Every recorded failure, oldest first."""
        with self._errors("read"):
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
        with self._errors("read"):
            return {
                table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", *(kind.field for kind in KINDS), "failures")
            }

    def rows(self, sql: str, parameters: Iterable[object] = ()) -> Iterator[dict[str, object]]:
        """Run a read-only query; rows as dicts."""
        with self._errors("read"):
            cursor = self.db.execute(sql, tuple(parameters))
            names = [d[0] for d in cursor.description or []]
            for row in cursor:
                yield dict(zip(names, row, strict=True))


def _tables(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _empty_store() -> sqlite3.Connection:
    """An in-memory store with the schema and nothing in it: how an empty file reads."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.executescript(_SCHEMA)
    return db


def _statements(script: str) -> Iterator[str]:
    """A script's statements one by one, so that they can run in one transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""


def _article_of(record: AnyRecord) -> str:
    return record.sources[0].article if record.sources else ""


def _article_row(article: Article, now: str) -> tuple[object, ...]:
    return (
        article.id, article.source, article.url, article.outlet, ",".join(article.wire),
        article.title, article.published, article.dateline_place, article.adapter,
        article.language, article.text, now, article.model_dump_json(),
        extractor_stamp(article.extracted_by), article.layout,
    )  # fmt: skip


def _self_contained(dossier: Dossier) -> bool:
    """Merged, and every per-article record from one of its own articles (so stored)."""
    if dossier.observations is None:
        return False
    ids = {a.id for a in dossier.articles}
    observed = dossier.observations
    return all(_article_of(record) in ids for record in every_record(observed))


_INSERT_FAILURE = (
    "INSERT INTO failures (source, stage, error, message, plugin, at) "
    "SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM failures "
    "WHERE source IS ?1 AND stage = ?2 AND error = ?3 AND message = ?4)"
)
"""A failure, unless the same one (source, stage, error, message) is recorded already."""

_ARTICLE_PLACEHOLDERS = ",".join("?" * 15)
"""One per column of ``articles`` (:func:`_article_row`)."""

_ROW_FIELDS = ("source", "url", "outlet", "published", "published_from", "other_sources")
"""The fields of an article that its input's row gives, not its content."""


def extractor_stamp(versions: dict[str, str]) -> str | None:
    """The ``extracted_by`` column: the extractors and versions as compact JSON, sorted."""
    return json.dumps(dict(sorted(versions.items())), separators=(",", ":")) if versions else None


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
        (record.id, _article_of(record), kind.name, record.model_dump_json())
        for kind in KINDS
        for record in kind.of(observed)
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


@cache
def sorted_rows_sql(table: str) -> str:
    """``SELECT *`` of a table in the order of all its columns: an export reads the same
    whether the merged tables were rebuilt whole or re-merged in part."""
    order = ", ".join(f'"{name}"' for name, _ in columns(table))
    return f"SELECT * FROM {table} ORDER BY {order}"


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
