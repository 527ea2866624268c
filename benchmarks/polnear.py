"""Score diplowire's direct quotations on PolNeAR, a public corpus of US political news.

PolNeAR (github.com/networkdynamics/PolNeAR) is 1,008 articles of seven publishers
with every attribution annotated. Its texts are copyrighted and may not be
redistributed: fetch it yourself, never commit it. Then::

    git clone https://github.com/networkdynamics/PolNeAR ~/PolNeAR
    python benchmarks/polnear.py ~/PolNeAR                  # train and dev
    DIPLOWIRE_POLNEAR=~/PolNeAR python benchmarks/polnear.py --split dev --show 40
    python benchmarks/polnear.py ~/PolNeAR --json polnear.json

The corpus path is a checkout, its ``data`` folder, or a bare git mirror (the splits
asked for are extracted to a temporary folder outside the repository and removed).
The ``test`` split is refused unless ``--allow-test`` is given: it is scored once, at
the end, untouched.

Each article's text goes through ``diplowire.parse`` and the extractor plugins, as
``diplowire extract`` would; its direct statements are matched with the gold
quotations ``polnear_gold.py`` reads from the annotation, by the rules of
``polnear_match.py``. An article with several annotators (the agreement checks) is
scored against the first annotator ``metadata.tsv`` lists. Articles per second count
parse + extract only, in this one process (one core).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import polnear_gold  # noqa: E402
import polnear_match  # noqa: E402
from polnear_gold import ArticleGold, GoldQuote  # noqa: E402
from polnear_match import ArticleScore, Predicted, Tally  # noqa: E402

import diplowire  # noqa: E402
from diplowire.errors import DiplowireError, SourceNotFoundError  # noqa: E402
from diplowire.extraction.readings import PeopleModel  # noqa: E402

ENV = "DIPLOWIRE_POLNEAR"
SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class PolnearArticle:
    """One article of a split, with the annotation it is scored against."""

    name: str
    split: str
    publisher: str
    published: str
    text_path: Path
    ann_path: Path
    annotator: str


def _data_dir(root: Path) -> Path | None:
    for candidate in (root / "data", root):
        if (candidate / "metadata.tsv").is_file():
            return candidate
    return None


def _is_bare_git(root: Path) -> bool:
    return (root / "HEAD").is_file() and (root / "objects").is_dir()


def _extract_from_git(git_dir: Path, splits: Sequence[str], into: Path) -> Path:
    """Unpack metadata, texts and annotations of ``splits`` (not CoreNLP) from a mirror."""
    paths = ["data/metadata.tsv"]
    for split in splits:
        paths += [f"data/{split}/text", f"data/{split}/attributions"]
    command = ["git", f"--git-dir={git_dir}", "archive", "--format=tar", "HEAD", "--", *paths]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        with tarfile.open(fileobj=process.stdout, mode="r|") as archive:
            archive.extractall(into, filter="data")
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SourceNotFoundError(f"git archive failed: {error.strip()}", source=str(git_dir))
    return into / "data"


def _commit(root: Path) -> str | None:
    where = [f"--git-dir={root}"] if _is_bare_git(root) else ["-C", str(root)]
    result = subprocess.run(
        ["git", *where, "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    )
    return result.stdout.strip() or None if result.returncode == 0 else None


@contextlib.contextmanager
def open_corpus(root: Path, splits: Sequence[str]) -> Iterator[Path]:
    """The corpus's ``data`` folder, unpacking a bare mirror to a temporary folder.

    :raises SourceNotFoundError: the path holds neither a PolNeAR checkout nor a mirror.
    """
    found = _data_dir(root)
    if found is not None:
        yield found
        return
    if not _is_bare_git(root):
        raise SourceNotFoundError(
            f"{root} is not a PolNeAR checkout (no data/metadata.tsv) nor a git mirror of one",
            source=str(root),
        )
    with tempfile.TemporaryDirectory(prefix="polnear-") as scratch:
        yield _extract_from_git(root, splits, Path(scratch))


def articles(data: Path, split: str) -> list[PolnearArticle]:
    """The articles of a split, in ``metadata.tsv`` order."""
    with (data / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [
            row for row in csv.DictReader(handle, delimiter="\t") if row["compartment"] == split
        ]
    found = []
    for row in rows:
        annotator = row["annotators"].split("|")[0]
        found.append(
            PolnearArticle(
                name=row["filename"],
                split=split,
                publisher=row["publisher"],
                published=row["publication_date"],
                text_path=data / split / "text" / f"{row['filename']}.txt",
                ann_path=data / split / "attributions" / f"{row['filename']}_{annotator}.ann",
                annotator=annotator,
            )
        )
    return found


def read_gold(article: PolnearArticle) -> tuple[str, ArticleGold]:
    """The article's text and its gold quotations.

    :raises SourceNotFoundError: a text or annotation file is missing.
    :raises GoldError: the annotation is not brat.
    """
    try:
        text = article.text_path.read_text(encoding="utf-8")
        ann = article.ann_path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SourceNotFoundError(f"missing {exc.filename}", source=article.name) from exc
    attributions = polnear_gold.read_ann(ann, source=str(article.ann_path))
    return text, polnear_gold.gold_quotes(text, attributions)


@dataclass
class Outcome:
    """One article's score, or why it could not be scored."""

    article: PolnearArticle
    text: str
    gold: ArticleGold
    score: ArticleScore
    error: str | None = None


def run_article(
    article: PolnearArticle, plugins: diplowire.Plugins, model: PeopleModel | None = None
) -> Outcome:
    """Parse, extract and score one article; a failure is recorded, its gold missed."""
    text, gold = read_gold(article)
    started = time.perf_counter()
    try:
        parsed = diplowire.parse(text, published=article.published or None, plugins=plugins)
        statements = [
            s for records in plugins.extract(parsed, model=model) for s in records.statements
        ]
    except DiplowireError as exc:
        seconds = time.perf_counter() - started
        result = polnear_match.score(text, gold, [])
        result.tally.failed, result.tally.seconds = 1, seconds
        return Outcome(article, text, gold, result, error=str(exc))
    seconds = time.perf_counter() - started
    result = polnear_match.score(text, gold, statements)
    result.tally.seconds = seconds
    return Outcome(article, text, gold, result)


# -- the failures, with what the annotation says about them -------------------------------


def _context(text: str, start: int, end: int, width: int = 160) -> str:
    """The quote with some of its paragraph around it, on one line."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    left, right = max(left, start - width), min(right, end + width)
    return " ".join(text[left:right].split())


def miss_tags(quote: GoldQuote, outcome: Outcome) -> list[str]:
    """What the annotation says about a missed quotation: speaker, marks, layout."""
    tags = [f"speaker {quote.speaker_kind}"]
    if quote.source_spans:
        tags.append("speaker after" if quote.source_spans[0][0] > quote.end else "speaker before")
    marks = quote.run.marks
    tags.append(
        "marks ''" if "''" in marks else "marks straight" if '"' in marks else "marks curly"
    )
    if quote.run.paragraphs > 1:
        tags.append(f"{quote.run.paragraphs} paragraphs")
    if not quote.run.closed:
        tags.append("unclosed")
    if quote.partial:
        tags.append("partial")
    if any(mark in quote.text for mark in ("‘", "“", '"')):
        tags.append("inner marks")
    if any(
        p.span and p.span[0] < quote.end and quote.start < p.span[1] for p in outcome.score.extra
    ):
        tags.append("overlapped by an extra")
    if quote.cue:
        tags.append(f"cue {' '.join(quote.cue.split())!r}")
    return tags


def extra_tags(predicted: Predicted, outcome: Outcome) -> list[str]:
    """Where an extra statement sits: in unannotated quote marks, in a gold quote, outside."""
    if predicted.span is None:
        return ["unplaced"]
    start, end = predicted.span
    tags = []
    if any(r.start < end and start < r.end for r in outcome.gold.unattributed):
        tags.append("quote marks no attribution claims")
    matched = {id(q) for q, _ in outcome.score.pairs}
    for quote in outcome.gold.quotes:
        if quote.start < end and start < quote.end:
            tags.append(
                "inside a matched quote" if id(quote) in matched else "overlaps a missed quote"
            )
    if not tags:
        tags.append("no quote marks there")
    tags.append(f"speaker {predicted.speaker!r}")
    return tags


def failures(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """Every miss, extra and wrong named speaker, in article order."""
    found: list[dict[str, Any]] = []
    for outcome in outcomes:
        where = {"article": outcome.article.name, "split": outcome.article.split}
        if outcome.error:
            found.append({**where, "kind": "failed", "error": outcome.error})
        for quote in outcome.score.missed:
            found.append(
                {
                    **where,
                    "kind": "miss",
                    "quote": quote.text,
                    "speaker": quote.speaker,
                    "tags": miss_tags(quote, outcome),
                    "context": _context(outcome.text, quote.start, quote.end),
                }
            )
        for predicted in outcome.score.extra:
            sentence = predicted.statement.sources[0].text if predicted.statement.sources else ""
            found.append(
                {
                    **where,
                    "kind": "extra",
                    "quote": predicted.text,
                    "speaker": predicted.speaker,
                    "tags": extra_tags(predicted, outcome),
                    "context": " ".join(sentence.split()),
                }
            )
        for quote, predicted in outcome.score.wrong_speaker:
            found.append(
                {
                    **where,
                    "kind": "speaker",
                    "quote": quote.text,
                    "speaker": quote.speaker,
                    "predicted": predicted.speaker,
                    "context": _context(outcome.text, quote.start, quote.end),
                }
            )
    return found


# -- the report ---------------------------------------------------------------------------


def group(outcomes: Sequence[Outcome]) -> dict[str, Tally]:
    """Counts for all articles, then per publisher."""
    groups: dict[str, Tally] = {"all": Tally()}
    for outcome in outcomes:
        groups["all"].add(outcome.score.tally)
        groups.setdefault(outcome.article.publisher, Tally()).add(outcome.score.tally)
    return {"all": groups.pop("all"), **dict(sorted(groups.items()))}


HEADER = (
    f"{'split':6} {'publisher':13} {'art':>4} {'gold':>5} {'opt':>4} {'pred':>5} "
    f"{'tp':>5} {'fp':>5} {'fn':>5} {'P':>5} {'R':>5} {'F1':>5} {'named':>5} "
    f"{'spk':>5} {'art/s':>6} {'fail':>4}"
)


def row(split: str, name: str, t: Tally) -> str:
    return (
        f"{split:6} {name:13} {t.articles:4} {t.gold:5} {t.optional:4} {t.predicted:5} "
        f"{t.tp:5} {t.fp:5} {t.fn:5} {t.precision:5.2f} {t.recall:5.2f} {t.f1:5.2f} "
        f"{t.named:5} {t.speaker_accuracy:5.2f} {t.rate:6.0f} {t.failed:4}"
    )


def figures(t: Tally) -> dict[str, Any]:
    return {
        **asdict(t),
        "precision": round(t.precision, 4),
        "recall": round(t.recall, 4),
        "f1": round(t.f1, 4),
        "speaker_accuracy": round(t.speaker_accuracy, 4),
        "articles_per_second": round(t.rate, 1),
    }


def show(found: Sequence[dict[str, Any]], limit: int) -> None:
    """Print the first ``limit`` failures of each kind."""
    for kind in ("failed", "miss", "extra", "speaker"):
        some = [f for f in found if f["kind"] == kind]
        if not some:
            continue
        print(f"\n{kind} ({len(some)}, first {min(limit, len(some))})")
        for item in some[:limit]:
            said = f"{item.get('speaker')!r}" + (
                f" → {item['predicted']!r}" if "predicted" in item else ""
            )
            print(f"- {item['article']}: {item.get('quote', '')[:100]!r} [{said}]")
            if item.get("tags"):
                print(f"    {'; '.join(item['tags'])}")
            print(f"    {item.get('context') or item.get('error', '')}")


def evaluate(
    data: Path, splits: Sequence[str], limit: int | None = None, model: str = "rules"
) -> dict[str, list[Outcome]]:
    """Score every article of ``splits`` (the first ``limit`` of each, when given), the
    rules consulting ``model`` (``--model``)."""
    plugins = diplowire.get_plugins()
    people = plugins.people_model(model)
    # Plugin loading and pattern compilation are paid once, before any article is timed.
    warm = diplowire.parse(
        'WASHINGTON -- "Nothing," Sen. Jane Roe said on Monday. She met Mr. Doe.', plugins=plugins
    )
    list(plugins.extract(warm, model=people))
    return {
        split: [run_article(a, plugins, people) for a in articles(data, split)[:limit]]
        for split in splits
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=os.environ.get(ENV),
        help=f"PolNeAR checkout or git mirror (default: ${ENV})",
    )
    parser.add_argument(
        "--split",
        action="append",
        choices=SPLITS,
        help="split to score (repeat; default train and dev)",
    )
    parser.add_argument("--allow-test", action="store_true", help="permit the test split")
    parser.add_argument("--limit", type=int, help="score only the first N articles of each split")
    parser.add_argument(
        "--show", type=int, default=0, metavar="N", help="print N failures of each kind"
    )
    parser.add_argument("--json", type=Path, help="write the figures (and failures) here")
    parser.add_argument(
        "--model", default="rules", help="model of people and roles to consult (default: rules)"
    )
    args = parser.parse_args(argv)
    splits = args.split or ["train", "dev"]
    if "test" in splits and not args.allow_test:
        parser.error("the test split is scored once, at the end: pass --allow-test to score it")
    if args.corpus is None:
        parser.error(f"give the PolNeAR path or set {ENV}")
    root = Path(args.corpus).expanduser()
    try:
        with open_corpus(root, splits) as data:
            outcomes = evaluate(data, splits, args.limit, args.model)
    except DiplowireError as exc:
        print(f"polnear: {exc}", file=sys.stderr)
        return 1
    print(HEADER)
    report: dict[str, Any] = {
        "corpus": {"path": str(root), "commit": _commit(root)},
        "rules": {
            "covered": polnear_gold.COVERED,
            "short_fragment": polnear_gold.SHORT_FRAGMENT,
            "shared": polnear_match.SHARED,
        },
        "splits": {},
    }
    found = []
    for split, scored in outcomes.items():
        groups = group(scored)
        for name, tally in groups.items():
            print(row(split, name, tally))
        report["splits"][split] = {name: figures(t) for name, t in groups.items()}
        found += failures(scored)
    if args.show:
        show(found, args.show)
    if args.json:
        report["failures"] = found
        args.json.write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
