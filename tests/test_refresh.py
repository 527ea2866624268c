"""Rule upgrades reach stored records: ``ingest --refresh`` on a store of real articles."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DATA
from diplowire import Article, Records, hookimpl
from diplowire.batch.ingest import ingest
from diplowire.batch.refresh import refresh
from diplowire.batch.store import SCHEMA_VERSION, Store
from diplowire.cli import main
from diplowire.models import Evidence, Meeting
from diplowire.plugins.manager import get_plugins
from diplowire.testing import registered

REAL = DATA / "real"
STEMS = [
    "7news-2019-12-22-trump-and-japans-pm-spoke-about-nkorea",
    "cgtn-2019-12-22-trump-and-abe-discuss-dprk-iran-in-phone-call",
    "nippon-2019-12-22-abe-trump-reaffirm-close-cooperation-over-n-korea",
    "globaltimes-2017-06-21-s-korean-fm-has-phone-conversation-with-japanese-counterpart",
    "manilastv-2017-06-22-south-korea-seeks-joint-efforts-with-japan-on-comfort-women",
]
PATHS = [REAL / "articles" / f"{stem}.txt" for stem in STEMS]
MANIFEST = REAL / "manifest.json"
DERIVED = ("observations", "meetings", "statements", "agreements", "people", "sources", "copies")


class Calls:
    """An extractor whose second version finds the calls its first version missed."""

    name = "calls"

    def __init__(self, version: str) -> None:
        self.version = version

    @hookimpl
    def diplowire_extract(self, article: Article) -> Records:
        words = "phone" if self.version == "2" else "phone conversation"
        return Records(
            meetings=[
                Meeting(
                    id=f"m{n}",
                    kind="phone",
                    date=article.published,
                    sources=[Evidence(article=article.id, paragraph=n, text=paragraph)],
                )
                for n, paragraph in enumerate(article.paragraphs)
                if words in paragraph
            ]
        )


def _content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """What a store holds but for the time each article came in."""
    with sqlite3.connect(db) as raw:
        found = {
            table: sorted(raw.execute(f"SELECT * FROM {table}"), key=repr) for table in DERIVED
        }
        found["articles"] = sorted(raw.execute("SELECT id, json, extracted_by FROM articles"))
    # A person's description is filed under the first article of the batch that brought
    # it: which article depends on the batches, not on what the store knows.
    found["observations"] = sorted(
        (key, None if kind == "person" else article, kind, text)
        for key, article, kind, text in found["observations"]
    )
    return found


def test_a_fresh_store_is_up_to_date_and_stamped(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    ingest(PATHS, db, manifest=MANIFEST, workers=0)
    current = get_plugins().extractors()
    assert current["rules"].startswith("0.1.0+rules.")
    with Store(db) as store:
        assert store.outdated(current) == []
        assert {json.dumps(a.extracted_by) for a in store.articles()} == {json.dumps(current)}
    before = _content(db)
    done = refresh(db)
    assert (done.outdated, done.refreshed, done.failures) == (0, 0, [])
    assert _content(db) == before


def test_records_of_an_older_version_are_read_again(tmp_path: Path) -> None:
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    ingest(PATHS, fresh, manifest=MANIFEST, workers=0)
    ingest(PATHS, old, manifest=MANIFEST, workers=0)
    with sqlite3.connect(old) as raw:
        # Last year's rules: another fingerprint, and records missing or wrong.
        raw.execute("""UPDATE articles SET extracted_by = '{"rules":"0.0.9+rules.0123"}'""")
        raw.execute("DELETE FROM observations WHERE kind = 'statement'")
        raw.execute("UPDATE observations SET json = replace(json, '\"held\"', '\"scheduled\"')")
    with Store(old) as store:
        store.rebuild()
    assert _content(old) != _content(fresh)
    result = CliRunner().invoke(main, ["ingest", "--refresh", "--db", str(old)])
    assert result.exit_code == 0, result.output
    assert f"{len(PATHS)} of {len(PATHS)} articles read by an older extractor" in result.output
    assert _content(old) == _content(fresh)


def test_a_store_of_schema_2_is_migrated_and_refreshed(tmp_path: Path) -> None:
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    ingest(PATHS[:2], fresh, manifest=MANIFEST, workers=0)
    ingest(PATHS[:2], old, manifest=MANIFEST, workers=0)
    with sqlite3.connect(old) as raw:  # as diplowire 2 wrote it: no extracted_by anywhere
        raw.execute("ALTER TABLE articles DROP COLUMN extracted_by")
        raw.execute("ALTER TABLE articles DROP COLUMN layout")  # schema 4's
        for key, text in list(raw.execute("SELECT id, json FROM articles")):
            plain = {k: v for k, v in json.loads(text).items() if k != "extracted_by"}
            raw.execute("UPDATE articles SET json = ? WHERE id = ?", (json.dumps(plain), key))
        raw.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(Exception, match="schema version 2"):
        Store(old, readonly=True)
    with Store(old) as store:
        assert store.outdated(get_plugins().extractors()) == sorted(a.id for a in store.articles())
        version = next(store.rows("SELECT value FROM meta WHERE key = 'schema_version'"))
    assert version["value"] == str(SCHEMA_VERSION) == "4"
    assert refresh(old).refreshed == 2
    assert _content(old) == _content(fresh)


def test_an_upgraded_plugin_rereads_only_what_its_old_version_read(tmp_path: Path) -> None:
    mixed, fresh = tmp_path / "mixed.db", tmp_path / "fresh.db"
    plugins = get_plugins()
    with registered(Calls("1"), into=plugins):
        ingest(PATHS[:3], mixed, manifest=MANIFEST, workers=0)
    with registered(Calls("2"), into=plugins):
        ingest(PATHS[3:], mixed, manifest=MANIFEST, workers=0)
        ingest(PATHS, fresh, manifest=MANIFEST, workers=0)
        assert _content(mixed) != _content(fresh)
        done = refresh(mixed)
    assert (done.outdated, done.refreshed) == (3, 3)
    assert _content(mixed) == _content(fresh)
    with Store(mixed) as store:
        versions = {a.extracted_by["calls"] for a in store.articles()}
    assert versions == {"2"}
