"""Record and article identity: ids per extractor plugin, one article per content."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import DATA
from diplowire import Article, Records, extract, hookimpl
from diplowire.batch.ingest import ingest
from diplowire.batch.store import Store
from diplowire.models import Evidence, Meeting
from diplowire.testing import registered

REAL = DATA / "real"
CALL = (
    REAL
    / "articles"
    / ("globaltimes-2017-06-21-s-korean-fm-has-phone-conversation-with-japanese-counterpart.txt")
)


class PhoneCalls:
    """A second extractor that numbers its records the way the built-in one does."""

    name = "phonecalls"

    def __init__(self, twice: bool = False) -> None:
        self.twice = twice

    @hookimpl
    def diplowire_extract(self, article: Article) -> Records:
        found = [
            Meeting(
                id=f"{article.id}-m0",
                kind="phone",
                date=article.published,
                sources=[Evidence(article=article.id, paragraph=n, text=paragraph)],
            )
            for n, paragraph in enumerate(article.paragraphs)
            if "phone conversation" in paragraph
        ]
        return Records(meetings=found if self.twice else found[:1])


def _manifest(tmp_path: Path, path: Path) -> Path:
    rows = json.loads((REAL / "manifest.json").read_text())
    (row,) = [r for r in rows if r["path"].endswith(path.name)]
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{**row, "path": str(path)}]))
    return manifest


def test_a_second_extractor_numbering_like_the_rules_keeps_its_records(tmp_path: Path) -> None:
    manifest = _manifest(tmp_path, CALL)
    alone = extract(CALL, manifest=manifest, merge=False)
    rules_ids = {m.id for m in alone.meetings}
    (read,) = alone.articles
    assert rules_ids and all(re.fullmatch(rf"{read.id}-m\d+", i) for i in rules_ids)
    with registered(PhoneCalls()):
        both = extract(CALL, manifest=manifest)
        db = tmp_path / "news.db"
        ingest([CALL], db, manifest=manifest, workers=0)
    (article,) = both.articles
    assert both.observations is not None
    observed = {m.id for m in both.observations.meetings}
    # The built-in ids are as before; the plugin's own is namespaced, not dropped.
    assert observed == rules_ids | {f"{article.id}:phonecalls:m0"}
    with Store(db) as store:
        query = "SELECT id FROM observations WHERE kind = 'meeting'"
        stored = {row["id"] for row in store.rows(query)}
    assert stored == observed


def test_an_extractor_repeating_its_own_id_is_told_and_keeps_the_first(tmp_path: Path) -> None:
    manifest = _manifest(tmp_path, CALL)
    with registered(PhoneCalls(twice=True)):
        dossier = extract(CALL, manifest=manifest, merge=False)
    ours = [m for m in dossier.meetings if ":phonecalls:" in m.id]
    assert len(ours) == 1 and ours[0].sources[0].paragraph == 0
    (failure,) = dossier.failures
    assert (failure.plugin, failure.stage, failure.error) == (
        "phonecalls",
        "extract",
        "PluginError",
    )
    assert "-m0" in failure.message


def _two_rows(tmp_path: Path) -> tuple[list[Path], Path]:
    """One real article saved twice, byte for byte, under two manifest rows."""
    first, second = tmp_path / "globaltimes.txt", tmp_path / "syndicated.txt"
    for path in (first, second):
        path.write_bytes(CALL.read_bytes())
    manifest = tmp_path / "manifest.json"
    rows = [
        {"path": str(first), "url": "http://www.globaltimes.cn/content/1052775.shtml",
         "published": "2017-06-21"},
        {"path": str(second), "url": "https://news.example.org/kang-kishida-call",
         "published": "2017-06-22", "outlet": "examplenews"},
    ]  # fmt: skip
    manifest.write_text(json.dumps(rows))
    return [first, second], manifest


def _rows_of(article: Article) -> list[tuple[str | None, str | None, str | None]]:
    own = (article.url, article.outlet, article.published)
    return [own, *((p.url, p.outlet, p.published) for p in article.other_sources)]


def test_identical_files_under_two_rows_are_one_article_keeping_both(tmp_path: Path) -> None:
    paths, manifest = _two_rows(tmp_path)
    expected = [
        ("http://www.globaltimes.cn/content/1052775.shtml", "globaltimes", "2017-06-21"),
        ("https://news.example.org/kang-kishida-call", "examplenews", "2017-06-22"),
    ]
    for order in (paths, paths[::-1]):
        dossier = extract(order, manifest=manifest)
        (article,) = dossier.articles
        assert _rows_of(article) == expected
        assert article.other_sources[0].source == str(paths[1])


def test_the_store_keeps_both_rows_in_one_batch_or_two(tmp_path: Path) -> None:
    paths, manifest = _two_rows(tmp_path)
    together, apart = tmp_path / "together.db", tmp_path / "apart.db"
    summary = ingest(paths, together, manifest=manifest, workers=0)
    assert (summary.added, summary.already_stored, summary.failed) == (1, 1, 0)
    ingest(paths[1:], apart, manifest=manifest, workers=0)
    again = ingest(paths[:1], apart, manifest=manifest, workers=0)
    assert (again.added, again.already_stored) == (0, 1)
    for db in (together, apart):
        with Store(db) as store:
            (article,) = store.articles()
            assert [row[0] for row in _rows_of(article)] == [
                "http://www.globaltimes.cn/content/1052775.shtml",
                "https://news.example.org/kang-kishida-call",
            ]
            (row,) = store.rows("SELECT url, published FROM articles")
            assert row == {"url": article.url, "published": "2017-06-21"}
            assert not store.stale
