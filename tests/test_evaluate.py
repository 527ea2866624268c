"""diplowire evaluate: the scorer as a feature, on the seeds and the real articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import diplowire
from conftest import GOLD, ROOT, SEEDS, shared_or_skip
from diplowire.cli import main
from diplowire.errors import GoldError
from diplowire.evaluation import (
    Evaluation,
    evaluate,
    load_gold,
    load_merged_gold,
    score_dossier,
)
from diplowire.evaluation.gold import GoldMeeting
from diplowire.evaluation.matching import (
    dates_agree,
    meeting_closeness,
    meeting_matches,
    pair,
    quote_overlap,
    same_location,
    same_person,
)

REAL = ROOT / "tests" / "data" / "real"


@pytest.fixture(scope="module")
def seeds_dossier(plugins: diplowire.Plugins) -> diplowire.Dossier:
    return diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json", plugins=plugins, merge=False)


# -- matching rules (../shared/gold/README.md) ----------------------------------------


def test_dates_agree_at_the_coarser_precision() -> None:
    assert dates_agree("2019-11-15", "2019-11")
    assert dates_agree("2019", "2019-11-15")
    assert not dates_agree("2019-11-15", "2019-11-16")
    assert not dates_agree("2019-11-15", None)
    assert dates_agree(None, None)


def test_a_place_agrees_with_its_country_not_with_another_city() -> None:
    assert same_location("Beijing", "China") and same_location("China", "Beijing")
    assert same_location("Great Hall of the People, Beijing", "Beijing")
    assert not same_location("Beijing", "Shanghai")
    assert not same_location("Beijing", "Japan")
    assert not same_location("Seoul", None)


def test_names_compare_by_tokens_in_any_order() -> None:
    assert same_person("Kim Jung-han", "Kim Jung Han")
    assert same_person("Fumio Kishida", "Kishida Fumio")
    assert same_person("Antony Blinken", "Blinken")
    assert not same_person("Kim Jong-un", "Kim Yong-hyun")


def test_quote_overlap_is_a_share_of_the_shorter() -> None:
    assert quote_overlap("act prudently", "we urge Seoul to act prudently") == 1.0
    assert quote_overlap("act prudently", "act boldly") == 0.5


def test_an_optional_gold_item_counts_neither_way() -> None:
    gold = [GoldMeeting(date="2019-11", optional=True), GoldMeeting(date="2019-10")]
    found = pair(gold, ["2019-11"], lambda g, p: g.date == p, lambda g: g.optional)
    assert (found.tp, len(found.missed), found.extra) == (0, 1, [])


# -- evaluate on real articles -------------------------------------------------------------


def test_evaluate_scores_the_real_set() -> None:
    result = evaluate(gold=REAL / "gold", manifest=REAL / "manifest.json")
    assert result.articles_scored == len(list((REAL / "gold").glob("*.json")))
    assert not result.failures and not result.gold_without_article
    for kind in ("meetings", "statements", "agreements", "events"):
        score = result.records[kind]
        assert score.tp + score.fn > 0, kind  # the set has gold of every type
        assert 0 <= score.precision <= 1 and 0 <= score.recall <= 1
    for name in ("outlet", "wire", "dateline_place", "title", "published"):
        assert result.articles[name].total == result.articles_scored, name
    assert result.articles["published"].accuracy == 1.0  # the manifest gives every date
    extras = [m for m in result.misses if m.kind == "extra"]
    assert extras and all(m.sentence for m in extras)  # each extra with its sentence


def test_evaluate_on_the_seeds_with_the_merged_gold(seeds_dossier: diplowire.Dossier) -> None:
    shared_or_skip(GOLD)
    golds = load_gold(GOLD / "seeds")
    merged_gold = load_merged_gold(GOLD / "seeds-merged.json", set(golds))
    result = score_dossier(seeds_dossier, golds, merged_gold)
    assert result.articles_scored == 5
    assert result.merge is not None
    assert (result.merge.events, result.merge.unified, result.merge.false_merges) == (3, 3, 0)
    assert result.merge.records_per_event == 1.0


def test_one_report_per_record_is_split(seeds_dossier: diplowire.Dossier) -> None:
    """Scored as if nothing were merged, no event reported twice is one record."""
    shared_or_skip(GOLD)
    golds = load_gold(GOLD / "seeds")
    merged_gold = load_merged_gold(GOLD / "seeds-merged.json", set(golds))
    result = score_dossier(seeds_dossier, golds, merged_gold, merged=seeds_dossier)
    assert result.merge is not None and result.merge.unified == 0
    assert result.merge.records_per_event is not None and result.merge.records_per_event > 1
    assert {m.kind for m in result.misses if m.type == "merge"} == {"split"}


def test_two_gold_events_in_one_record_are_a_false_merge(
    seeds_dossier: diplowire.Dossier, tmp_path: Path
) -> None:
    """Gold that calls the five GSOMIA reports two pacts sees the one record as a false merge."""
    shared_or_skip(GOLD)
    merged = json.loads((GOLD / "seeds-merged.json").read_text())
    gsomia = merged["agreements"][0]
    first, rest = gsomia["articles"][:2], gsomia["articles"][2:]
    merged["agreements"] = [{**gsomia, "articles": first}, {**gsomia, "articles": rest}]
    (tmp_path / "merged.json").write_text(json.dumps(merged))
    golds = load_gold(GOLD / "seeds")
    result = score_dossier(seeds_dossier, golds, load_merged_gold(tmp_path / "merged.json"))
    assert result.merge is not None and result.merge.false_merges == 1
    assert any(m.kind == "false_merge" for m in result.misses)


def test_the_oracle_merges_the_gold_records(seeds_dossier: diplowire.Dossier) -> None:
    """Scored with no merge at all, the extracted records split; the oracle is unaffected."""
    shared_or_skip(GOLD)
    golds = load_gold(GOLD / "seeds")
    merged_gold = load_merged_gold(GOLD / "seeds-merged.json", set(golds))
    result = score_dossier(seeds_dossier, golds, merged_gold, merged=seeds_dossier)
    assert result.merge is not None and result.merge.unified == 0
    assert result.merge_oracle is not None
    assert (result.merge_oracle.events, result.merge_oracle.unified) == (3, 3)
    assert result.merge_oracle.false_merges == 0


def _scored_together(stems: list[str], plugins: diplowire.Plugins) -> Evaluation:
    """Some real articles scored with the merged gold of the events they alone report."""
    dossier = diplowire.extract(
        *[next((REAL / "articles").glob(f"{stem}.*")) for stem in stems],
        manifest=REAL / "manifest.json",
        plugins=plugins,
        merge=False,
    )
    golds = load_gold(REAL / "gold", only=stems)
    everything = load_merged_gold(REAL / "merged.json")
    merged_gold = everything.model_copy(
        update={
            "meetings": [m for m in everything.meetings if set(m.articles) <= set(stems)],
            "agreements": [a for a in everything.agreements if set(a.articles) <= set(stems)],
            "copies": [],
        }
    )
    return score_dossier(dossier, golds, merged_gold)


def test_the_oracle_finds_every_event_the_extractor_misses(plugins: diplowire.Plugins) -> None:
    """Three real reports of a call the extractor misses: the gold records still meet."""
    result = _scored_together(
        [
            "malaymail-2022-11-25-anwar-malaysia-singapore-ties",
            "thesundaily-2022-11-25-anwar-malaysia-singapore-ties",
            "thesundaily-2022-11-25-lee-invites-anwar-to-singapore",
        ],
        plugins,
    )
    assert result.merge is not None and result.merge_oracle is not None
    # Every gold record exists, so every event shared by two articles has records.
    assert result.merge_oracle.found == result.merge_oracle.events > 0
    assert result.merge_oracle.found >= result.merge.found


def test_each_gold_item_takes_the_closest_matching_prediction() -> None:
    first = pair([10], [13, 11], lambda g, p: abs(g - p) < 5, lambda g: False)
    closest = pair(
        [10], [13, 11], lambda g, p: abs(g - p) < 5, lambda g: False, lambda g, p: -abs(g - p)
    )
    assert first.pairs == [(10, 13)] and closest.pairs == [(10, 11)]


def test_the_gold_item_a_prediction_fits_best_takes_it_first() -> None:
    """Eastcoastdaily's one record of Modi's call with Mohamed bin Zayed, read partly off
    the paragraph on the G20 summit before it: the call (both people named) takes it,
    not the summit listed first (one of its two people named)."""
    summit = GoldMeeting(
        date="2020-03-26",
        participants=["Mohamed bin Zayed Al Nahyan", "Salman bin Abdulaziz Al Saud"],
    )
    call = GoldMeeting(
        date="2020-03-26", participants=["Mohamed bin Zayed Al Nahyan", "Narendra Modi"]
    )
    record = diplowire.Meeting(
        id="m0",
        date="2020-03-26",
        participants=[
            diplowire.Person(name="Mohamed bin Zayed Al Nahyan"),
            diplowire.Person(name="Narendra Modi"),
        ],
    )
    paired = pair([summit, call], [record], meeting_matches, lambda g: False, meeting_closeness)
    assert paired.pairs == [(call, record)] and paired.missed == [summit]


def test_a_record_of_the_principals_matches_a_summit_listed_with_its_delegations() -> None:
    """Syej's Anchorage summit: the gold lists six people, the record the two leaders.
    Nobody in the record is invented; one named from elsewhere would not match."""
    summit = GoldMeeting(
        date="2025-08-15",
        participants=[
            "Donald Trump",
            "Vladimir Putin",
            "Marco Rubio",
            "Steve Witkoff",
            "Sergei Lavrov",
            "Yuri Ushakov",
        ],
    )

    def record(*names: str) -> diplowire.Meeting:
        people = [diplowire.Person(name=n) for n in names]
        return diplowire.Meeting(id="m0", date="2025-08-15", participants=people)

    assert meeting_matches(summit, record("Donald Trump", "Vladimir Putin"))
    assert not meeting_matches(summit, record("Donald Trump", "Volodymyr Zelensky"))
    assert not meeting_matches(summit, record("Donald Trump"))


def test_an_article_reports_a_merged_event_once() -> None:
    """A call and the visit it announced, same people, same month: the call is the report."""
    from diplowire.evaluation.gold import MergedGold
    from diplowire.evaluation.merged import _meeting_reports

    merged = MergedGold.model_validate(
        {
            "meetings": [
                {
                    "date": "2025-06-09",
                    "participants": ["Shigeru Ishiba", "Lee Jae-myung"],
                    "articles": ["a", "b"],
                }
            ]
        }
    )
    golds = [
        GoldMeeting(date="2025-06-09", participants=["Shigeru Ishiba", "Lee Jae-myung"]),
        GoldMeeting(date="2025-06", participants=["Lee Jae-myung", "Shigeru Ishiba"]),
    ]
    assert _meeting_reports(merged, "a", golds) == {0: ("meeting", 0)}


def test_an_undated_report_is_the_undated_event_of_its_people() -> None:
    """Real gold (bdnews24, 2019-10-02): Hasina and Modi's talks at the UN, undated, and
    her visit to India the article dates are two events; the undated report is the first."""
    from diplowire.evaluation.gold import MergedGold
    from diplowire.evaluation.merged import _meeting_reports

    pair = ["Sheikh Hasina", "Narendra Modi"]
    merged = MergedGold.model_validate(
        {
            "meetings": [
                {"date": "2019-10-05", "participants": pair, "articles": ["a", "b"]},
                {"date": None, "participants": pair, "articles": ["a", "b"]},
            ]
        }
    )
    golds = [
        GoldMeeting(date=None, participants=pair, location="New York"),
        GoldMeeting(date="2019-10-05", participants=pair, status="scheduled"),
    ]
    assert _meeting_reports(merged, "a", golds) == {0: ("meeting", 1), 1: ("meeting", 0)}


# -- gold files that break the format ----------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda g: g["meetings"][0].update(kind="telephone"), "meetings.0.kind"),
        (lambda g: g["meetings"][0].update(date="2024-02-30"), "meetings.0.date"),
        (lambda g: g["meetings"][0].update(participant=["x"]), "meetings.0.participant"),
        (
            lambda g: g["agreements"][0]["events"][0].update(kind="sealed"),
            "agreements.0.events.0.kind",
        ),
    ],
)
def test_a_malformed_gold_file_is_named_with_its_field(
    tmp_path: Path, edit: object, field: str
) -> None:
    stem = "kyodo-2023-12-01-japan-skorea-currency-swap-signed"
    gold = json.loads((REAL / "gold" / f"{stem}.json").read_text())
    gold.setdefault("meetings", []).insert(0, {"date": "2023-12-01", "participants": []})
    edit(gold)  # type: ignore[operator]
    (tmp_path / f"{stem}.json").write_text(json.dumps(gold))
    with pytest.raises(GoldError) as caught:
        load_gold(tmp_path)
    assert caught.value.field == field
    assert caught.value.source == str(tmp_path / f"{stem}.json")
    assert field in str(caught.value)


def test_broken_json_and_missing_directories_are_gold_errors(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="not found"):
        load_gold(tmp_path / "absent")
    with pytest.raises(GoldError, match="no gold files"):
        load_gold(tmp_path)
    (tmp_path / "a.json").write_text('{"meetings": [')
    with pytest.raises(GoldError, match="not valid JSON"):
        load_gold(tmp_path)


def test_merged_gold_naming_an_unknown_article_is_refused(tmp_path: Path) -> None:
    (tmp_path / "merged.json").write_text(
        json.dumps({"meetings": [{"what": "x", "articles": ["nowhere"]}]})
    )
    with pytest.raises(GoldError, match="'nowhere' has no gold") as caught:
        load_merged_gold(tmp_path / "merged.json", known={"somewhere"})
    assert caught.value.field == "meetings.0"


# -- the command -----------------------------------------------------------------------------


def test_cli_prints_the_tables_and_the_json() -> None:
    runner = CliRunner()
    args = ["evaluate", "--gold", str(REAL / "gold"), "-m", str(REAL / "manifest.json")]
    text = runner.invoke(main, [*args, "--no-misses"])
    assert text.exit_code == 0, text.output
    assert "lifecycle events" in text.output and "dateline_place" in text.output
    assert "misses and extras" not in text.output
    as_json = runner.invoke(main, [*args, "--merged-gold", str(REAL / "merged.json"), "-f", "json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    assert set(data["records"]) == {"meetings", "statements", "agreements", "events"}
    assert set(data["records"]["meetings"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert {"fields", "articles", "merge", "misses"} <= set(data)
    assert data["merge"]["events"] > 0
    assert data["merge_oracle"]["events"] == data["merge"]["events"]


def test_cli_reports_a_malformed_gold_file(tmp_path: Path) -> None:
    shutil.copytree(REAL / "gold", tmp_path / "gold")
    bad = next((tmp_path / "gold").glob("*.json"))
    bad.write_text('{"article": {"outlet": 7}}')
    result = CliRunner().invoke(
        main, ["evaluate", "--gold", str(tmp_path / "gold"), "-m", str(REAL / "manifest.json")]
    )
    assert result.exit_code == 1
    assert "article.outlet" in result.output and bad.name in result.output


def test_a_prediction_that_fits_two_gold_items_goes_to_the_closer() -> None:
    from diplowire.evaluation.matching import pair

    # Gold 0 shares one person with the prediction, gold 1 both: the first listed gold
    # item must not take it and leave the closer one missed.
    gold = [{"a", "b"}, {"a", "c"}]
    predicted = [{"a", "c"}]
    paired = pair(
        gold,
        predicted,
        lambda g, p: len(g & p) * 2 >= len(g),
        lambda g: False,
        lambda g, p: len(g & p),
    )
    assert paired.pairs == [({"a", "c"}, {"a", "c"})]
    assert paired.missed == [{"a", "b"}]


def test_two_pacts_of_one_sentence_are_held_by_their_own_records(
    plugins: diplowire.Plugins,
) -> None:
    """Darpan Magazine names the Simla Agreement and the Lahore Declaration in one
    sentence; Devdiscourse the Simla Agreement: the merged Simla record holds the Simla
    Agreement alone, not the declaration read from the same sentence."""
    result = _scored_together(
        [
            "darpanmagazine-2014-08-18-india-calls-off-talks-with-pakistan",
            "devdiscourse-2025-04-24-pakistan-responds-indus-treaty-suspension",
        ],
        plugins,
    )
    assert result.merge is not None
    assert result.merge.false_merges == 0
