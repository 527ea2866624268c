"""What a new user meets first: the README's commands, the quickstart's figures, the
package's licence and release workflow, docs that fit the screen (issue 21)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

from conftest import ROOT, SEEDS


def _first_block(text: str, heading: str, language: str) -> str:
    section = text.split(heading, 1)[1]
    return section.split(f"```{language}\n", 1)[1].split("```", 1)[0]


def test_the_readmes_first_command_shows_a_timeline_and_writes_the_json(tmp_path: Path) -> None:
    command = _first_block((ROOT / "README.md").read_text(), "## Two commands", "bash")
    steps = [shlex.split(step) for step in command.strip().split("&&")]
    runs = [step for step in steps if step[0] == ".venv/bin/diplowire"]
    assert [step[1] for step in runs] == ["extract", "timeline"]
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shown = ""
    for step in runs:
        done = subprocess.run(
            [sys.executable, "-m", "diplowire", *step[1:]],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        shown += done.stdout
    assert "GSOMIA: expires" in shown and "{" not in shown  # lines to read, not JSON
    assert (tmp_path / "dossier.json").read_text().startswith("{")


def test_the_quickstarts_counts_are_what_extract_prints() -> None:
    page = (ROOT / "docs" / "quickstart.rst").read_text()
    shown = re.search(r"\$ (diplowire extract .*)\n\s+(diplowire: .*)", page)
    assert shown is not None
    command, summary = shown.groups()
    args = [a for a in shlex.split(command)[1:] if a != "-o" and a != "dossier.json"]
    for extra, expected in ((), summary), (("--no-merge",), None):
        done = subprocess.run(
            [sys.executable, "-m", "diplowire", *args, *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        printed = done.stderr.strip().splitlines()[-1]
        if expected is not None:
            assert printed == expected
        else:
            unmerged = printed.removeprefix("diplowire: ").removesuffix(", 0 failures")
            assert f"``{unmerged}``" in page


def test_no_page_offers_an_install_from_pypi_before_the_first_release() -> None:
    version = (ROOT / "src" / "diplowire" / "_version.py").read_text()
    assert "0.1.0" in version  # when 0.1.0 is on PyPI, this test goes
    for page in [ROOT / "README.md", *(ROOT / "docs").glob("*.rst")]:
        assert not re.search(r"pip install diplowire\s*$", page.read_text(), re.M), page.name
    assert "git+https://" in (ROOT / "docs" / "quickstart.rst").read_text()


def test_the_licence_file_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text()
    assert text.lstrip().startswith("Apache License\n                        Version 2.0")
    assert "END OF TERMS AND CONDITIONS" in text


def test_the_release_workflow_builds_and_checks_both_distributions() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    build = " ".join(step.get("run", "") for step in workflow["jobs"]["build"]["steps"])
    assert "python -m build" in build
    assert "twine check --strict dist/*" in build
    publish = workflow["jobs"]["publish"]
    assert publish["needs"] == "build" and publish["permissions"] == {"id-token": "write"}


def test_wide_tables_scroll_instead_of_being_cut_off() -> None:
    conf = (ROOT / "docs" / "conf.py").read_text()
    assert 'html_css_files = ["tables.css"]' in conf
    css = (ROOT / "docs" / "_static" / "tables.css").read_text()
    assert re.search(r"table\.docutils\s*\{[^}]*overflow-x:\s*auto", css)
