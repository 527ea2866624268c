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
    """Print the extraction scores the gold tests computed."""
    from scoring import REPORTED

    if not REPORTED:
        return
    terminalreporter.section("extraction against gold")
    for name, tallies in REPORTED.items():
        for kind, tally in tallies.items():
            terminalreporter.write_line(
                f"{name:<6} {kind:<11} precision {tally.precision:.2f}  recall {tally.recall:.2f}"
                f"  (tp={tally.tp} fp={tally.fp} fn={tally.fn})"
            )
