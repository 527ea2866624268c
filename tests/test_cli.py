"""The command line: output contract, formats, streams and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

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
