"""The PolNeAR harness: its reading of brat attributions, its matching, its refusals.

The sample article and its annotation are made up for these tests in PolNeAR's own
format (no PolNeAR text is in the repository: it may not be redistributed); they pin
the conversion and matching rules of ``benchmarks/polnear_gold.py`` and
``benchmarks/polnear_match.py``. The last test runs the script on a few dev articles
when a copy of the corpus is at hand (``DIPLOWIRE_POLNEAR``), and skips otherwise.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from diplowire import GoldError
from diplowire.models import Evidence, Person, Statement

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import polnear  # noqa: E402
import polnear_gold  # noqa: E402
import polnear_match  # noqa: E402

TEXT = (
    "Clinton Pledges Patience\n"
    "\n"
    "“We will win,” Hillary Clinton said Monday, “and we will govern.”\n"
    "\n"
    "She pledged to fight for families “today, tomorrow and forever,” and called her rivals “deplorables.”\n"
    "\n"
    "The “truce” did not last.\n"
    "\n"
    "“The first paragraph of a long quote.\n"
    "\n"
    "“The second one,” the official said.\n"
    "\n"
    "''This is the Times' way,'' he said.\n"
    "\n"
    '"She asked “why?” and left," said Sen. Ted Cruz (R-Texas).\n'
    "\n"
    "“Nobody signed it,” a statement read.\n"
)


def _at(phrase: str, within: str | None = None) -> str:
    """The offsets of ``phrase`` (looked up inside ``within``, when it is ambiguous)."""
    context = within or phrase
    start = TEXT.index(context) + context.index(phrase)
    return f"{start} {start + len(phrase)}"


def _from_to(first: str, last: str) -> str:
    return f"{TEXT.index(first)} {TEXT.index(last) + len(last)}"


def _sample_ann() -> str:
    first = "“We will win,”"
    second = "“and we will govern.”"
    lines = [
        f"T1\tSource {_at('Hillary Clinton')}\tHillary Clinton",
        f"T2\tCue {_at('said Monday')}\tsaid Monday",
        # one content in two fragments around the cue, as PolNeAR writes a split quote
        f"T3\tContent {_at(first)};{_at(second)}\t{first} {second}",
        f"T4\tAttribution {_at('said Monday')}\tsaid Monday",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        f"T5\tSource {_at('She', 'She pledged')}\tShe",
        f"T6\tCue {_at('pledged')}\tpledged",
        f"T7\tContent {_at('to fight for families “today, tomorrow and forever,”')}\tto fight",
        f"T8\tAttribution {_at('pledged')}\tpledged",
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
        f"T9\tCue {_at('called')}\tcalled",
        f"T10\tContent {_at('her rivals “deplorables.”')}\ther rivals",
        f"T11\tAttribution {_at('called')}\tcalled",
        "E3\tAttribution:T11 Source:T5 Cue:T9 Content:T10",
        # a span across a paragraph break: brat writes its text over two lines
        f"T12\tContent {_from_to('“The first paragraph', '“The second one,”')}"
        "\t“The first paragraph of a long quote.\n\n“The second one,”",
        f"T13\tSource {_at('the official')}\tthe official",
        f"T14\tCue {_at('said', 'the official said')}\tsaid",
        f"T15\tAttribution {_at('said', 'the official said')}\tsaid",
        "E4\tAttribution:T15 Content:T12 Source:T13 Cue:T14",
        "T16\tContent " + _at("''This is the Times' way,''") + "\tThis is",
        f"T17\tSource {_at('he', ' he said')}\the",
        f"T18\tCue {_at('said', 'he said')}\tsaid",
        f"T19\tAttribution {_at('said', 'he said')}\tsaid",
        "E5\tAttribution:T19 Content:T16 Source:T17 Cue:T18",
        "T20\tContent " + _at('"She asked “why?” and left,"') + "\tShe asked",
        f"T21\tSource {_at('Sen. Ted Cruz (R-Texas)')}\tSen. Ted Cruz (R-Texas)",
        f"T22\tCue {_at('said', 'said Sen.')}\tsaid",
        f"T23\tAttribution {_at('said', 'said Sen.')}\tsaid",
        "E6\tAttribution:T23 Content:T20 Source:T21 Cue:T22",
        f"T24\tContent {_at('“Nobody signed it,”')}\tNobody",
        f"T25\tCue {_at('read')}\tread",
        f"T26\tAttribution-no-source {_at('read')}\tread",
        "E7\tAttribution-no-source:T26 Content:T24 Cue:T25",
        f"T27\tDiscuss {_at('The “truce” did not last.')}\tThe truce",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def gold() -> polnear_gold.ArticleGold:
    attributions = polnear_gold.read_ann(_sample_ann(), source="sample.ann")
    return polnear_gold.gold_quotes(TEXT, attributions)


def test_attributions_are_read_with_every_fragment_of_their_spans() -> None:
    attributions = polnear_gold.read_ann(_sample_ann(), source="sample.ann")
    assert [a.id for a in attributions] == ["E1", "E2", "E3", "E4", "E5", "E6", "E7"]
    first = attributions[0]
    assert [TEXT[a:b] for a, b in first.contents] == ["“We will win,”", "“and we will govern.”"]
    assert [TEXT[a:b] for a, b in first.sources] == ["Hillary Clinton"]
    assert attributions[-1].sources == ()


def test_each_quote_run_in_a_content_is_one_quotation_with_its_speaker(
    gold: polnear_gold.ArticleGold,
) -> None:
    found = [(q.text, q.speaker, q.speaker_kind) for q in gold.quotes]
    assert found == [
        ("We will win,", "Hillary Clinton", "named"),
        ("and we will govern.", "Hillary Clinton", "named"),
        ("today, tomorrow and forever,", "She", "pronoun"),
        ("deplorables.", "She", "pronoun"),
        ("The first paragraph of a long quote.\n\n“The second one,", "the official", "nominal"),
        ("This is the Times' way,", "he", "pronoun"),
        ("She asked “why?” and left,", "Sen. Ted Cruz (R-Texas)", "named"),
        ("Nobody signed it,", None, "none"),
    ]


def test_partial_quotes_are_marked_and_short_fragments_are_optional(
    gold: polnear_gold.ArticleGold,
) -> None:
    flags = {q.text: (q.partial, q.optional) for q in gold.quotes}
    assert flags["today, tomorrow and forever,"] == (True, False)
    assert flags["deplorables."] == (True, True)
    assert flags["We will win,"] == (False, False)


def test_a_quote_continued_over_paragraphs_is_one_and_scare_quotes_are_nobodys(
    gold: polnear_gold.ArticleGold,
) -> None:
    long = next(q for q in gold.quotes if q.speaker == "the official")
    assert (long.run.paragraphs, long.run.closed) == (2, True)
    assert [TEXT[r.start : r.end] for r in gold.unattributed] == ["truce"]


def test_transcript_paragraphs_of_different_speakers_are_not_joined() -> None:
    text = '"WALLACE: Why now?\n\n"PENCE: Because.\n'
    ann = "\n".join(
        [
            "T1\tSource 1 8\tWALLACE",
            "T2\tCue 8 9\t:",
            "T3\tContent 10 18\tWhy now?",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
            "T4\tSource 21 26\tPENCE",
            "T5\tCue 26 27\t:",
            "T6\tContent 28 36\tBecause.",
            "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
        ]
    )
    quotes = polnear_gold.gold_quotes(text, polnear_gold.read_ann(ann)).quotes
    assert [(q.speaker, q.run.paragraphs) for q in quotes] == [("WALLACE", 1), ("PENCE", 1)]


@pytest.mark.parametrize(
    ("ann", "complaint"),
    [
        ("T1\tSource 0 5\tHello\nnot brat at all", "line 2 is not a brat"),
        ("T1\tSource five\tHello", "without offsets"),
        ("T1\tSource 0 5\tHello\nE1\tAttribution:T9 Source:T1", "unknown T9"),
        ("T1\tSource 9 5\tHello", "ends before it starts"),
    ],
)
def test_a_broken_annotation_is_a_gold_error_naming_the_file(ann: str, complaint: str) -> None:
    with pytest.raises(GoldError, match=complaint) as raised:
        polnear_gold.read_ann(ann, source="broken.ann")
    assert raised.value.source == "broken.ann"


def _said(words: str, speaker: str, sentence: str) -> Statement:
    return Statement(
        id=words[:8],
        speaker=Person(name=speaker),
        text=words,
        direct=True,
        sources=[Evidence(article="a", paragraph=0, text=sentence)],
    )


def test_predictions_match_by_shared_span_and_speakers_by_surname(
    gold: polnear_gold.ArticleGold,
) -> None:
    statements = [
        _said("We will win,", "Bill Clinton", "“We will win,” Hillary Clinton said Monday,"),
        _said("and we will govern", "Hillary Clinton", "“and we will govern.”"),
        _said("truce", "Hillary Clinton", "The “truce” did not last."),
        _said("deplorables", "Hillary Clinton", "called her rivals “deplorables.”"),
        _said("Why?", "Ted Cruz", "She asked “why?” and left"),  # a nested quote: inside
        _said("Nobody signed it, he said", "Nobody", "nowhere"),  # unplaced: words compared
        _said("reported speech", "Ted Cruz", "not a quote").model_copy(update={"direct": False}),
    ]
    result = polnear_match.score(TEXT, gold, statements)
    tally = result.tally
    # Required gold: 7 (the one-word partial fragment is optional, and found).
    assert (tally.gold, tally.optional, tally.predicted, tally.unplaced) == (7, 1, 6, 2)
    assert (tally.tp, tally.fp, tally.fn) == (4, 1, 3)
    assert [p.text for p in result.extra] == ["truce"]
    # "Bill Clinton" is not "Hillary Clinton"; the nested-quote match names Cruz.
    assert (tally.named, tally.named_right) == (3, 2)
    assert [(q.speaker, p.speaker) for q, p in result.wrong_speaker] == [
        ("Hillary Clinton", "Bill Clinton")
    ]


@pytest.mark.parametrize(
    ("gold_name", "predicted", "right"),
    [
        ("Mr. Trump", "Donald Trump", True),
        ("President Obama", "Barack Obama", True),
        ("Hillary Rodham Clinton", "Hillary Clinton", True),
        ("Rep. Paul D. Ryan (R-Wis.)", "Paul", False),
        ("Douglas Holtz-Eakin, an economist", "Holtz-Eakin", True),
        ("Trump", "Hillary Clinton", False),
    ],
)
def test_speaker_rule(gold_name: str, predicted: str, right: bool) -> None:
    assert polnear_match.same_speaker(gold_name, predicted) is right


def test_the_test_split_is_refused_without_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        polnear.main([str(tmp_path), "--split", "test"])
    assert stopped.value.code == 2
    assert "--allow-test" in capsys.readouterr().err


def test_a_path_that_is_no_corpus_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert polnear.main([str(tmp_path), "--split", "dev"]) == 1
    assert "not a PolNeAR checkout" in capsys.readouterr().err


def _corpus() -> Path:
    given = os.environ.get(polnear.ENV)
    candidates = [Path(given)] if given else []
    candidates.append(Path(__file__).resolve().parents[2] / "PolNeAR")
    for path in candidates:
        if path.exists():
            return path
    pytest.skip(f"PolNeAR is not present (set {polnear.ENV} to a checkout or mirror)")


def test_the_script_scores_a_few_dev_articles(tmp_path: Path) -> None:
    out = tmp_path / "polnear.json"
    assert polnear.main([str(_corpus()), "--split", "dev", "--limit", "3", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert list(report["splits"]) == ["dev"]
    every = report["splits"]["dev"]["all"]
    assert every["articles"] == 3 and every["failed"] == 0
    assert every["gold"] > 0 and every["tp"] + every["fn"] == every["gold"]
    assert 0 < every["precision"] <= 1 and 0 < every["recall"] <= 1
    assert all(f["split"] == "dev" for f in report["failures"])
