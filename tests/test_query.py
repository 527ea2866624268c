"""``diplowire query``: answers for what users type, and clear errors for the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import SEEDS
from diplowire.batch.ingest import ingest
from diplowire.batch.queries import agreement_timeline, meetings_between, said_by
from diplowire.batch.store import Store
from diplowire.cli import main
from diplowire.errors import QueryError


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "news.db"
    assert ingest([SEEDS], path, manifest=SEEDS / "manifest.json", workers=0).failed == 0
    return path


def _query(db: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["query", args[0], "--db", str(db), *args[1:]])


def test_between_keeps_a_meeting_whose_participant_has_no_recorded_country(
    tmp_path: Path,
) -> None:
    """Taro Kono is stored without a country (no nationality, dateline or national
    domain says whose minister he is); the story names Japan (issue 21)."""
    story = tmp_path / "kono-jeong.txt"
    story.write_text(
        "Kono and Jeong meet in Bangkok\n\nDefense Minister Taro Kono held talks with South "
        "Korean Defense Minister Jeong Kyeong-doo in Bangkok on Nov. 17, 2019.\n\nJapan and "
        "South Korea agreed to keep talking about their military intelligence pact.",
        encoding="utf-8",
    )
    path = tmp_path / "one.db"
    assert ingest([story], path, workers=0).failed == 0
    with Store(path) as store:
        rows = list(meetings_between(store, ("JP", "KR"), "2019-11", None))
    (kono,) = [r for r in rows if "Taro Kono" in str(r["participants"])]
    assert kono["date"] == "2019-11-17"
    assert kono["note"] == "country not recorded for Taro Kono; JP from the story"


def test_between_gives_no_note_when_every_country_is_recorded(db: Path) -> None:
    with Store(db) as store:
        rows = list(meetings_between(store, ("JP", "KR"), "2019-11", None))
    by_people = {str(r["participants"]): r for r in rows}
    assert by_people["Kim Jung-han; Shigeki Takizaki"]["note"] == ""
    assert not any("Moon Jae-in" in people for people in by_people)  # KR and US only


def test_countries_by_name_give_the_same_answer_as_codes(db: Path) -> None:
    by_code = _query(db, "meetings", "--between", "JP", "KR", "--since", "2019-11")
    by_name = _query(db, "meetings", "--between", "Japan", "South Korea", "--since", "2019-11")
    assert by_code.exit_code == by_name.exit_code == 0
    assert by_name.stdout == by_code.stdout and "Taro Kono" in by_code.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("meetings", "--since", "yesterday"), "--since: not an ISO date"),
        (("meetings", "--until", "2019-13-45"), "--until: not a calendar date"),
        (("meetings", "--between", "Japn", "KR"), "did you mean: Japan (JP)"),
        (("meetings", "--between", "XX", "KR"), "unknown country 'XX'"),
        (("agreement", "FOO"), "no stored agreement goes by 'FOO'; did you mean:"),
        (("said", "Abe"), "'Abe' is not a speaker in the store"),
    ],
)
def test_nonsense_is_a_usage_error_not_silence(
    db: Path, args: tuple[str, ...], message: str
) -> None:
    result = _query(db, *args)
    assert result.exit_code == 2 and result.stdout == ""
    assert message in result.stderr, result.stderr


def test_agreement_aliases_and_surnames_are_matched(db: Path) -> None:
    gsomia = _query(db, "agreement", "GSOMIA")
    alias = _query(db, "agreement", "intelligence-sharing pact")
    assert alias.exit_code == 0 and alias.stdout == gsomia.stdout
    assert gsomia.stdout.splitlines()[-1].endswith("expires")
    full = _query(db, "said", "Taro Kono")
    surname = _query(db, "said", "Kono")
    assert (
        surname.exit_code == 0 and surname.stdout == full.stdout and "act sensibly" in full.stdout
    )


def test_the_library_raises_a_typed_error_with_candidates(db: Path) -> None:
    with Store(db) as store:
        with pytest.raises(QueryError) as caught:
            list(agreement_timeline(store, "GSOMIAA"))
        assert "GSOMIA" in caught.value.candidates
        assert isinstance(caught.value, ValueError)
        with pytest.raises(QueryError, match="not a calendar date"):
            list(meetings_between(store, None, "2019-02-30", None))
        assert list(said_by(store, "kono")) == list(said_by(store, "Taro Kono"))
