"""The command line: output contract, formats, streams and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from conftest import SEEDS
from diplowire.cli import main
from diplowire.models import Dossier


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_extract_seeds_writes_the_contract(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["extract", str(SEEDS), "--manifest", str(SEEDS / "manifest.json")]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data)[:4] == ["articles", "meetings", "statements", "agreements"]
    # Merged dossiers list articles by publication date.
    assert [a["outlet"] for a in data["articles"]] == [
        "japantimes",
        "koreanewsdigest",
        "mainichi",
        "japantimes",
        "gulftoday",
    ]
    Dossier.model_validate(data)
    assert "5 articles" in result.stderr and "0 failures" in result.stderr


def test_explain_shows_each_adapters_claim_and_the_reader(runner: CliRunner) -> None:
    seed = SEEDS / "000_d6d1f0bfd4e51574.txt"
    plain = runner.invoke(main, ["extract", str(seed), "--no-progress"])
    result = runner.invoke(main, ["extract", str(seed), "--no-progress", "--explain"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == plain.stdout  # explaining changes no record
    lines = [line for line in result.stderr.splitlines() if "diplowire.explain" in line]
    assert "adapter mainichi claims it (0.70): text 'Please view the main text" in lines[0]
    assert "adapter kyodo claims it (0.40): wire copy 'TOKYO (Kyodo) --" in lines[1]
    assert "adapter generic claims it (0.01): fallback" in lines[2]
    assert lines[3].endswith("read by adapter mainichi")
    assert "diplowire.explain" not in plain.stderr


def test_explain_names_the_layout_that_read_a_page(runner: CliRunner) -> None:
    from conftest import FIXTURES, shared_or_skip

    page = shared_or_skip(FIXTURES / "yonhap" / "AEN20190820002300325.html")
    result = runner.invoke(main, ["extract", str(page), "--no-progress", "--explain"])
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "diplowire.explain" in line]
    assert any(line.endswith("read by adapter yonhap, layout 2019") for line in lines)


def test_extract_from_manifest_alone(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["extract", "--manifest", str(SEEDS / "manifest.json"), "--compact"]
    )
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 5
    assert result.stdout.count("\n") == 1


def test_jsonl_has_one_typed_record_per_line(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(SEEDS), "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""  # data went to the file, logs to stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    kinds = [line["type"] for line in lines]
    assert kinds[:5] == ["article"] * 5
    assert set(kinds[5:]) == {"meeting", "statement", "agreement"}
    # Records follow their kind's order: meetings, then statements, then agreements.
    order = {"article": 0, "meeting": 1, "statement": 2, "agreement": 3}
    assert [order[k] for k in kinds] == sorted(order[k] for k in kinds)


def test_failures_go_to_stderr_and_set_exit_status(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("TOKYO (Kyodo) -- Japan and India held talks on Monday.")
    result = runner.invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert len(data["articles"]) == 1
    assert data["failures"][0]["error"] == "EmptyInputError"
    assert "empty.txt" in result.stderr and "EmptyInputError" in result.stderr


def test_usage_errors(runner: CliRunner) -> None:
    assert runner.invoke(main, ["extract"]).exit_code == 2
    assert runner.invoke(main, ["extract", "does-not-exist.txt"]).exit_code == 2


def test_bad_manifest_is_one_line_on_stderr(runner: CliRunner, tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text('[{"path": "a.txt", "publisehd": "2019-01-01"}]')
    result = runner.invoke(main, ["extract", "--manifest", str(manifest)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("diplowire: error: ") and "publisehd" in result.stderr


def test_plugins_lists_builtins(runner: CliRunner) -> None:
    result = runner.invoke(main, ["plugins", "--json"])
    assert result.exit_code == 0
    names = [p["name"] for p in json.loads(result.stdout)["plugins"]]
    assert {"kyodo", "yonhap", "mainichi", "gulftoday", "japantimes", "generic"} <= set(names)
    text = runner.invoke(main, ["plugins"]).stdout
    assert "diplowire_plugins.kyodo" in text and "detect" in text


def test_schema(runner: CliRunner) -> None:
    result = runner.invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == Dossier.json_schema()


def test_python_dash_m(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "diplowire", "extract", str(SEEDS / "004_f6431c8cc32b191e.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    (article,) = json.loads(completed.stdout)["articles"]
    assert article["wire"] == ["Yonhap"]


def test_extract_timeline_and_ingest_take_urls_under_the_ssrf_guard(
    runner: CliRunner, httpserver: HTTPServer, tmp_path: Path
) -> None:
    """The docs say URLs work wherever paths do (issue 21); loopback needs --allow-private."""
    page = (SEEDS / "001_fa229a92584dfde7.txt").read_bytes()
    httpserver.expect_request("/talks").respond_with_data(page, content_type="text/plain")
    url = httpserver.url_for("/talks")
    refused = runner.invoke(main, ["extract", url])
    assert refused.exit_code == 1
    assert "BlockedAddressError" in refused.stderr and "--allow-private" in refused.stderr
    allowed = runner.invoke(main, ["extract", "--allow-private", "--compact", url])
    assert allowed.exit_code == 0, allowed.stderr
    (article,) = Dossier.model_validate_json(allowed.stdout).articles
    assert article.title == "Japan, S.Korea meet amid intelligence pact"
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{"url": url, "published": "2019-11-24"}]))
    timeline = runner.invoke(
        main, ["timeline", "--allow-private", "-f", "json", "-m", str(manifest), url]
    )
    assert timeline.exit_code == 0, timeline.stderr
    assert any(entry["kind"] == "meeting" for entry in json.loads(timeline.stdout))
    db = str(tmp_path / "news.db")
    assert runner.invoke(main, ["ingest", url, "--db", db, "-j", "0"]).exit_code == 1
    ingested = runner.invoke(main, ["ingest", "--allow-private", url, "--db", db, "-j", "0"])
    assert ingested.exit_code == 0, ingested.stderr
    assert "1 articles added" in ingested.stderr


def test_extract_shows_progress_and_says_what_it_does(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "dossier.json"
    args = ["extract", str(SEEDS), "-m", str(SEEDS / "manifest.json"), "-o", str(out)]
    quiet = runner.invoke(main, args)
    assert quiet.exit_code == 0 and "5/5" not in quiet.stderr  # not a terminal: no bar
    shown = runner.invoke(main, [*args, "--progress"])
    assert shown.exit_code == 0 and "5/5" in shown.stderr
    verbose = runner.invoke(main, ["-v", *args])
    assert "extract: 5 documents" in verbose.stderr
    assert "read by mainichi as mainichi (Kyodo, published 2019-11-15 from manifest)" in (
        verbose.stderr
    )
    debug = runner.invoke(main, ["-vv", *args])
    assert "yonhap claims it" in debug.stderr
    assert Dossier.model_validate_json(out.read_text()).articles


def test_extract_of_an_empty_folder_says_it_found_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(
        main, ["extract", str(tmp_path / "empty"), "-m", str(SEEDS / "manifest.json")]
    )
    assert "no documents found" in result.stderr
    assert Dossier.model_validate_json(result.stdout).articles == []
