from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplowire import Plugins

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures" / "html"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def plugins() -> Plugins:
    """The installed plugins (built-in outlets), loaded once, never the global set."""
    return Plugins.create()


@pytest.fixture(scope="session")
def seed_manifest() -> list[dict[str, str]]:
    return json.loads((SEEDS / "manifest.json").read_text())


def shared_or_skip(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared is absent)")
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the evaluations the gold tests computed (the real set's table first)."""
    from scoring import REPORTED

    if not REPORTED:
        return
    from diplowire.evaluation import render_text

    for name, result in sorted(REPORTED.items(), key=lambda item: item[0] != "real"):
        terminalreporter.section(f"extraction against gold: {name}")
        for line in render_text(result, misses=False).splitlines():
            terminalreporter.write_line(line)
