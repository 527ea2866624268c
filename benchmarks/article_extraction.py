"""Score diplowire's article body on the Zyte article-extraction benchmark, beside trafilatura.

    pip install -e ".[bench]"
    python benchmarks/article_extraction.py              # writes docs/benchmarks_articles.inc
    python benchmarks/article_extraction.py --no-write   # prints the table only
    python benchmarks/article_extraction.py --worst 20   # also lists the weakest pages

The benchmark (``../shared/benchmarks/article-extraction``: 181 real news and blog pages
with their true bodies, MIT licence) is scored with its own ``evaluate.py``: word
4-gram shingles, per-page precision and recall, F1 of the mean precision and mean
recall. Every tool reads the same HTML bytes and URL in this one process on one core,
one after the other, so the speed ratio is not skewed by another machine or day; the
rates count the process's CPU time, so neither by other work on a shared machine.
trafilatura is run with its defaults and with ``include_comments=False``, its best
setting on this set; when it is not installed its rows say so.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import importlib.metadata
import importlib.util
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCHMARK = ROOT.parent / "shared" / "benchmarks" / "article-extraction"

import machine  # noqa: E402

import diplowire  # noqa: E402

Extractor = Callable[[bytes, str], str]


@dataclass(frozen=True)
class Page:
    """One benchmark page: its key, URL, saved HTML and true body."""

    key: str
    url: str
    html: bytes
    body: str


@dataclass(frozen=True)
class Score:
    """One tool's figures on the whole set."""

    tool: str
    f1: float
    precision: float
    recall: float
    accuracy: float
    per_page: dict[str, float]
    pages_per_second: float


def load_pages(benchmark: Path = BENCHMARK) -> list[Page]:
    """The benchmark's pages in key order."""
    truth = json.loads((benchmark / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(
            key,
            item.get("url", ""),
            gzip.decompress((benchmark / "html" / f"{key}.html.gz").read_bytes()),
            item.get("articleBody", ""),
        )
        for key, item in sorted(truth.items())
    ]


def scorer(benchmark: Path = BENCHMARK) -> ModuleType:
    """The benchmark's own ``evaluate.py``, imported unchanged."""
    spec = importlib.util.spec_from_file_location("zyte_evaluate", benchmark / "evaluate.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"no scorer in {benchmark}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def diplowire_body(plugins: diplowire.Plugins) -> Extractor:
    """diplowire's body as the benchmark counts it: the dateline the reader moves to its
    own field is put back in front, as the page prints it."""

    def extract(html: bytes, url: str) -> str:
        article = diplowire.parse(html, url=url or None, plugins=plugins)
        return "\n".join(filter(None, [article.dateline, article.text]))

    return extract


def trafilatura_body(**options: object) -> Extractor | None:
    """trafilatura's ``extract()`` with ``options``, or None when it is not installed."""
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(html: bytes, url: str) -> str:
        return trafilatura.extract(html, url=url or None, **options) or ""

    return extract


def score(
    tool: str, extract: Extractor, pages: Sequence[Page], evaluate: ModuleType, repeats: int = 1
) -> Score:
    """Run ``extract`` over every page, timed, and score it with the benchmark's metric."""
    return compare({tool: extract}, pages, evaluate, repeats)[0]


def compare(
    tools: Mapping[str, Extractor], pages: Sequence[Page], evaluate: ModuleType, repeats: int = 1
) -> list[Score]:
    """Run each tool over every page, timed, and score each with the benchmark's metric.

    A rate is pages per second of this process's CPU time, the best of ``repeats``
    passes: on a machine shared with other work the wall clock counts their time too.
    The tools take turns, one pass each per round, so a slow spell of the machine (a
    cache or clock shared with other work) falls on them alike.
    """
    for extract in tools.values():
        extract(pages[0].html, pages[0].url)  # warm-up: plugin loading, pattern compilation
    predictions: dict[str, dict[str, str]] = {tool: {} for tool in tools}
    best = dict.fromkeys(tools, float("inf"))
    for _ in range(repeats):
        for tool, extract in tools.items():
            started = time.process_time()
            for page in pages:
                predictions[tool][page.key] = extract(page.html, page.url)
            best[tool] = min(best[tool], time.process_time() - started)
    return [
        score_predictions(tool, predictions[tool], pages, evaluate, len(pages) / best[tool])
        for tool in tools
    ]


def score_predictions(
    tool: str,
    predictions: Mapping[str, str],
    pages: Sequence[Page],
    evaluate: ModuleType,
    pages_per_second: float = 0.0,
) -> Score:
    """The benchmark's figures for bodies already extracted."""
    truth = {page.key: {"articleBody": page.body} for page in pages}
    predicted = {page.key: {"articleBody": predictions[page.key]} for page in pages}
    metrics = evaluate.evaluate(truth, predicted, 0)
    per_page: dict[str, float] = {}
    for page, (tp, fp, fn) in zip(pages, metrics["tp_fp_fns"], strict=True):
        per_page[page.key] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return Score(
        tool,
        metrics["f1"],
        metrics["precision"],
        metrics["recall"],
        metrics["accuracy"],
        per_page,
        pages_per_second,
    )


def render(scores: Sequence[Score], pages: Sequence[Page], command: str) -> str:
    """The reStructuredText section for the docs."""
    ours = scores[0]
    lines = [
        "Article bodies on the Zyte benchmark",
        "------------------------------------",
        "",
        ".. This section is written by benchmarks/article_extraction.py; edit the harness.",
        "",
        f"Measured on {datetime.date.today().isoformat()} by ``{command}`` on {machine.cpu()}, "
        "one core, pages per second of the process's CPU time (the best of five passes), "
        f"Python {platform.python_version()}, diplowire {machine.version('diplowire')}, "
        f"trafilatura {machine.version('trafilatura')}. The {len(pages)} pages of the "
        "`Zyte article-extraction benchmark "
        "<https://github.com/scrapinghub/article-extraction-benchmark>`_ (MIT licence), "
        "scored with its own ``evaluate.py`` (F1 of the mean precision and mean recall "
        "of word 4-grams per page); every tool reads the same HTML and URL in one process.",
        "",
        ".. list-table::",
        "   :header-rows: 1",
        "",
    ]
    header = ("Tool", "F1", "Precision", "Recall", "Exact", "Pages < 0.5", "Pages/s", "Speed")
    rows = [header]
    for entry in scores:
        low = sum(1 for value in entry.per_page.values() if value < 0.5)
        speed = ours.pages_per_second / entry.pages_per_second if entry.pages_per_second else 0
        rows.append(
            (
                entry.tool,
                f"{entry.f1:.3f}",
                f"{entry.precision:.3f}",
                f"{entry.recall:.3f}",
                f"{entry.accuracy:.3f}",
                str(low),
                f"{entry.pages_per_second:,.0f}",
                "1.0×" if entry is ours else f"diplowire {speed:.1f}×",
            )
        )
    for row in rows:
        for column, cell in enumerate(row):
            lines.append(("   * - " if column == 0 else "     - ") + cell)
    lines.append("")
    for peer in scores[1:]:
        lost = losses(ours, peer)
        listed = ", ".join(f"``{key[:12]}``" for key in lost) or "none"
        lines.append(
            f"- Pages where diplowire scores below 0.5 while {peer.tool} scores above 0.8: "
            f"{len(lost)} ({listed})."
        )
    if len(scores) == 1:
        lines.append("- trafilatura is not installed: no peer rows.")
    lines.append("")
    return "\n".join(lines)


def losses(ours: Score, peer: Score) -> list[str]:
    """Pages diplowire misses (F1 < 0.5) that the peer reads well (F1 > 0.8)."""
    return [
        key
        for key, value in ours.per_page.items()
        if value < 0.5 and peer.per_page.get(key, 0.0) > 0.8
    ]


def run(pages: Sequence[Page], repeats: int = 5) -> list[Score]:
    """diplowire, then trafilatura's default and best settings, on the same pages, one core."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    tools: dict[str, Extractor] = {"diplowire": diplowire_body(diplowire.get_plugins())}
    for tool, options in (
        ("trafilatura", {}),
        ("trafilatura, include_comments=False", {"include_comments": False}),
    ):
        extract = trafilatura_body(**options)
        if extract is not None:
            tools[tool] = extract
    return compare(tools, pages, scorer(), repeats)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print, do not write the docs")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks_articles.inc")
    parser.add_argument("--worst", type=int, default=0, help="list this many weakest pages")
    args = parser.parse_args(argv)
    if not BENCHMARK.is_dir():
        sys.exit(f"{BENCHMARK} is not present")
    pages = load_pages()
    scores = run(pages)
    command = "python benchmarks/article_extraction.py"
    table = render(scores, pages, command)
    print(table)
    if args.worst:
        urls = {page.key: page.url for page in pages}
        peers = scores[1:]
        for key, value in sorted(scores[0].per_page.items(), key=lambda kv: kv[1])[: args.worst]:
            theirs = " ".join(f"{p.per_page[key]:.2f}" for p in peers)
            print(f"{value:.2f}  {theirs}  {key[:12]}  {urls[key]}")
    if not args.no_write:
        args.out.write_text(table, encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
