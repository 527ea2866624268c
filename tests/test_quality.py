"""Lint, types and docs are part of the test suite, so CI and the README run them too."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from conftest import ROOT


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def _require(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test,docs]')")


CHECKED = ("src", "plugins", "tests", "examples", "benchmarks")


def test_ruff_lint() -> None:
    _require("ruff")
    result = _run(sys.executable, "-m", "ruff", "check", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    _require("ruff")
    result = _run(sys.executable, "-m", "ruff", "format", "--check", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    _require("mypy")
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_docs_build_without_warnings(tmp_path: object) -> None:
    _require("sphinx")
    _require("furo")
    result = _run(
        sys.executable,
        "-m",
        "sphinx",
        "-W",
        "--keep-going",
        "-q",
        "-b",
        "html",
        "docs",
        str(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_docs_doctests(tmp_path: object) -> None:
    _require("sphinx")
    result = _run(sys.executable, "-m", "sphinx", "-q", "-b", "doctest", "docs", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_docstring_examples() -> None:
    result = _run(
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--doctest-modules",
        "src/diplowire",
        "plugins",
    )
    assert result.returncode == 0, result.stdout + result.stderr
