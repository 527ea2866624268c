"""Score diplowire's article body on trafilatura's own evaluation set, beside trafilatura.

    pip install -e ".[bench]"
    python benchmarks/trafilatura_eval.py CHECKOUT  # writes docs/benchmarks_trafilatura.inc
    TRAFILATURA_CHECKOUT=CHECKOUT python benchmarks/trafilatura_eval.py --no-write
    python benchmarks/trafilatura_eval.py CHECKOUT --worst 20  # also lists the weakest pages

``CHECKOUT`` is a clone of ``adbar/trafilatura`` (its root or its ``tests`` folder).
The set is not copied here: its pages are third-party web pages that the repository
keeps for testing, so each user scores their own checkout. Without one the script says
so and exits cleanly.

The set (``tests/evaldata.json`` and ``tests/eval/*.html``) gives, per page, up to six
passages that must be extracted and up to six that must not. It is scored with the
set's own ``tests/eval_common.py``, imported unchanged: whitespace-normalized substring
matching, summed over all pages into one confusion matrix. trafilatura runs with the
set's own canonical settings (``RUNNERS``: ``fast`` and the default ``fallback``).
Every tool reads the same bytes in this one process on one core. The language of a
page is identified from its must-keep passages with langid, since the set records none.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import os
import platform
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ENV_VAR = "TRAFILATURA_CHECKOUT"
OUT = ROOT / "docs" / "benchmarks_trafilatura.inc"
# Languages with fewer pages than this share one "other" row: a few pages make no figure.
MIN_PAGES_PER_LANGUAGE = 10

import machine  # noqa: E402

import diplowire  # noqa: E402

Extractor = Callable[[bytes], str]


@dataclass(frozen=True)
class Page:
    """One page of the set: its URL, saved HTML, annotations and language."""

    url: str
    html: bytes
    item: dict[str, Any]
    language: str


@dataclass
class Score:
    """One tool's confusion counts, overall and per language, and its rate."""

    tool: str
    overall: Any
    by_language: dict[str, Any]
    per_page: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    pages_per_second: float = 0.0
    errors: int = 0


def tests_folder(checkout: Path) -> Path | None:
    """The folder holding ``evaldata.json`` in a checkout, or None when there is none."""
    for candidate in (checkout / "tests", checkout):
        if (candidate / "evaldata.json").is_file() and (candidate / "eval_common.py").is_file():
            return candidate
    return None


def scorer(tests: Path) -> ModuleType:
    """The set's own ``eval_common.py``, imported unchanged."""
    spec = importlib.util.spec_from_file_location(
        "trafilatura_eval_common", tests / "eval_common.py"
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"no scorer in {tests}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def language_of(item: Mapping[str, Any]) -> str:
    """The language of a page's must-keep passages (the set records none)."""
    import langid  # type: ignore[import-untyped]  # ships no type hints

    code: str = langid.classify(" ".join(item["with"]))[0]
    return code


def load_pages(tests: Path, common: ModuleType) -> list[Page]:
    """The set's pages in URL order, read once."""
    evaldata = common.load_evaldata(str(tests))
    common.validate(evaldata)
    docs = common.read_corpus(str(tests), evaldata)
    return [
        Page(url, docs[url][1], evaldata[url], language_of(evaldata[url]))
        for url in sorted(evaldata)
    ]


def diplowire_body(plugins: diplowire.Plugins) -> Extractor:
    """diplowire's body as the set counts it: the dateline the reader moves to its own
    field is put back in front, as the page prints it."""

    def extract(html: bytes) -> str:
        article = diplowire.parse(html, plugins=plugins)
        return "\n".join(filter(None, [article.dateline, article.text]))

    return extract


def score(
    tool: str,
    extract: Callable[[bytes], str | None],
    pages: Sequence[Page],
    common: ModuleType,
    languages: Mapping[str, str],
) -> Score:
    """Run ``extract`` over every page, timed, and count it with the set's metric.

    A crash counts as a full miss, as the set's own ``run_and_count`` does.
    """
    extract(pages[0].html)  # warm-up: plugin loading, pattern compilation
    result = Score(tool, common.ConfusionMatrix(), {})
    elapsed = 0.0
    for page in pages:
        started = time.process_time()  # CPU time: other work on the machine is not counted
        _, counts, error = common.run_and_count(extract, page.html, page.item)
        elapsed += time.process_time() - started
        result.errors += error is not None
        result.overall.add(counts)
        group = languages[page.url]
        result.by_language.setdefault(group, common.ConfusionMatrix()).add(counts)
        result.per_page[page.url] = counts
    result.pages_per_second = len(pages) / elapsed if elapsed else 0.0
    return result


def language_groups(pages: Sequence[Page]) -> dict[str, str]:
    """Each page's row in the per-language table: its language, or "other" when rare."""
    counts = Counter(page.language for page in pages)
    return {
        page.url: page.language if counts[page.language] >= MIN_PAGES_PER_LANGUAGE else "other"
        for page in pages
    }


def run(tests: Path) -> tuple[list[Page], dict[str, str], list[Score]]:
    """diplowire, then trafilatura's canonical runners, on the same pages, one core."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    common = scorer(tests)
    pages = load_pages(tests, common)
    groups = language_groups(pages)
    scores = [score("diplowire", diplowire_body(diplowire.get_plugins()), pages, common, groups)]
    for name, runner in common.RUNNERS.items():
        scores.append(score(f"trafilatura ({name})", runner, pages, common, groups))
    return pages, groups, scores


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for row in [header, *rows]:
        for column, cell in enumerate(row):
            lines.append(("   * - " if column == 0 else "     - ") + cell)
    return [*lines, ""]


def render(
    scores: Sequence[Score],
    pages: Sequence[Page],
    groups: Mapping[str, str],
    command: str,
    commit: str,
) -> str:
    """The reStructuredText section for the docs."""
    ours = scores[0]
    lines = [
        "Article bodies on trafilatura's evaluation set",
        "----------------------------------------------",
        "",
        ".. This section is written by benchmarks/trafilatura_eval.py; edit the harness.",
        "",
        f"Measured on {datetime.date.today().isoformat()} by ``{command}`` on "
        f"{machine.cpu()}, one core, pages per second of CPU time, "
        f"Python {platform.python_version()}, diplowire {machine.version('diplowire')}, "
        f"trafilatura {machine.version('trafilatura')}. The {len(pages)} pages of "
        "`trafilatura's own evaluation set <https://github.com/adbar/trafilatura/tree/master/tests>`_"
        f"{f' (commit ``{commit[:12]}``)' if commit else ''}, "
        "scored with its own ``tests/eval_common.py``: per page up to six passages that must "
        "be extracted and up to six that must not, counted by substring match over the whole "
        "set. trafilatura is tuned on this set. The pages are not copied into diplowire.",
        "",
    ]
    header = ("Tool", "F1", "Precision", "Recall", "Accuracy", "Pages/s", "Speed")
    rows = []
    for entry in scores:
        precision, recall, accuracy, f1 = entry.overall.scores()
        speed = ours.pages_per_second / entry.pages_per_second if entry.pages_per_second else 0
        rows.append(
            (
                entry.tool,
                f"{f1:.3f}",
                f"{precision:.3f}",
                f"{recall:.3f}",
                f"{accuracy:.3f}",
                f"{entry.pages_per_second:,.0f}",
                "1.0×" if entry is ours else f"diplowire {speed:.1f}×",
            )
        )
    lines += _table(header, rows)
    counts = Counter(groups.values())
    order = sorted(counts, key=lambda code: (code == "other", -counts[code], code))
    lang_header = ["Language", "Pages", *(f"{entry.tool} F1" for entry in scores)]
    lang_rows = [
        [code, str(counts[code]), *(f"{entry.by_language[code].f1():.3f}" for entry in scores)]
        for code in order
    ]
    lines += [
        f"Per language (identified from the must-keep passages; languages with fewer than "
        f"{MIN_PAGES_PER_LANGUAGE} pages are pooled as *other*):",
        "",
        *_table(lang_header, lang_rows),
    ]
    return "\n".join(lines)


def _commit(tests: Path) -> str:
    head = tests.parent / ".git" / "HEAD"
    try:
        ref = head.read_text(encoding="utf-8").strip()
        if ref.startswith("ref: "):
            return (tests.parent / ".git" / ref[5:]).read_text(encoding="utf-8").strip()
        return ref
    except OSError:
        return ""


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", nargs="?", type=Path, help=f"trafilatura clone (or ${ENV_VAR})")
    parser.add_argument("--no-write", action="store_true", help="print, do not write the docs")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--worst", type=int, default=0, help="list this many weakest pages")
    parser.add_argument("--commit", default="", help="the checkout's commit, for the docs")
    args = parser.parse_args(argv)
    checkout = args.checkout or (Path(os.environ[ENV_VAR]) if os.environ.get(ENV_VAR) else None)
    tests = tests_folder(checkout) if checkout else None
    if tests is None:
        print(f"skipped: no trafilatura checkout (pass its path or set ${ENV_VAR})")
        return
    try:
        import langid  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError as exc:
        print(f"skipped: {exc.name} is not installed (pip install -e '.[bench]')")
        return
    pages, groups, scores = run(tests)
    table = render(
        scores,
        pages,
        groups,
        "python benchmarks/trafilatura_eval.py",
        args.commit or _commit(tests),
    )
    print(table)
    if args.worst:
        ours, peer = scores[0], scores[-1]

        def missed(counts: tuple[int, int, int, int]) -> int:
            return counts[1] + counts[2]  # passages wrongly kept or lost

        worst = sorted(
            pages, key=lambda p: missed(peer.per_page[p.url]) - missed(ours.per_page[p.url])
        )
        for page in worst[: args.worst]:
            print(
                f"{ours.per_page[page.url]}  {peer.per_page[page.url]}  {page.language}  "
                f"{page.item['file']}  {page.url}"
            )
    if not args.no_write:
        args.out.write_text(table, encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
