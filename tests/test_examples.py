"""Every script in examples/ runs and prints what it promises."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

SCRIPTS = sorted((ROOT / "examples").glob("*.py"))


def _run(name: str) -> str:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name)], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_every_example_is_tested() -> None:
    assert {p.name for p in SCRIPTS} == {
        "timeline_of_seeds.py",
        "custom_extractor.py",
        "store_from_folder.py",
    }


def test_store_from_folder() -> None:
    out = _run("store_from_folder.py")
    assert out.startswith("5 inputs: 5 articles added")
    assert "2019-11-15  Kim Jung-han; Shigeki Takizaki  (2 outlets)" in out


def test_timeline_of_seeds() -> None:
    out = _run("timeline_of_seeds.py")
    assert out.startswith("5 articles,")
    assert "GSOMIA: expires" in out


@pytest.mark.parametrize("name", ["custom_extractor.py"])
def test_custom_extractor(name: str) -> None:
    out = _run(name)
    assert "G20 Summit: -" in out  # the plugin's record
    assert "talks: Narendra Modi, Joe Biden" in out  # the built-in rules' record
