"""Hostile plugins cannot take a run down [probe rows 99, 103, 104]."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import diplowire
from conftest import SEEDS
from diplowire import Records, hookimpl
from diplowire.batch.ingest import ingest
from diplowire.batch.store import Store
from diplowire.cli import main
from diplowire.models import Article
from diplowire.plugins.manager import get_plugins
from diplowire.testing import isolated_plugins, registered


class Exiting:
    """Calls ``sys.exit`` while extracting, as a careless script-turned-plugin does."""

    name = "exiting"

    @hookimpl
    def diplowire_extract(self, article: Article) -> Records | None:
        sys.exit(3)


class Interrupting:
    """Raises KeyboardInterrupt: indistinguishable from the user's Ctrl-C."""

    name = "interrupting"

    @hookimpl
    def diplowire_extract(self, article: Article) -> Records | None:
        raise KeyboardInterrupt


class GarbageHosts:
    """Declares a hosts table with keys and values that are not names."""

    name = "garbagehosts"

    @hookimpl
    def diplowire_outlet_hosts(self) -> dict[object, object]:
        return {1: 2, None: "x", "garbage.example": 7, "": "", "www.good.example": "good"}


def test_sys_exit_in_a_hook_is_that_plugin_s_failure() -> None:
    with registered(Exiting(), into=get_plugins()):
        result = CliRunner().invoke(
            main, ["extract", str(SEEDS), "-m", str(SEEDS / "manifest.json")]
        )
    assert result.exit_code == 1  # failures were recorded, the run finished
    dossier = json.loads(result.stdout)
    assert len(dossier["articles"]) == 5 and dossier["meetings"]
    failures = dossier["failures"]
    assert len(failures) == 5
    assert {f["plugin"] for f in failures} == {"exiting"}
    assert all("SystemExit" in f["message"] for f in failures)


def test_sys_exit_in_a_hook_does_not_stop_an_ingest(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with registered(Exiting(), into=get_plugins()):
        summary = ingest([SEEDS], db, manifest=SEEDS / "manifest.json", workers=0)
    assert (summary.added, summary.failed) == (5, 5)
    with Store(db, readonly=True) as store:
        assert store.counts()["articles"] == 5 and store.counts()["meetings"] > 0


def test_keyboard_interrupt_in_a_hook_still_stops_the_run() -> None:
    plugins = isolated_plugins(Interrupting(), entry_points=True)
    with pytest.raises(KeyboardInterrupt):
        diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json", plugins=plugins)


def test_a_garbage_hosts_table_is_isolated() -> None:
    plain = isolated_plugins(entry_points=True)
    hostile = isolated_plugins(GarbageHosts(), entry_points=True)
    hosts = hostile.outlet_hosts()
    assert hosts["good.example"] == "good"
    assert not {"1", "garbage.example", ""} & set(hosts)
    expected = diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json", plugins=plain)
    got = diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json", plugins=hostile)
    assert got.failures == [] and len(got.articles) == 5
    assert [a.outlet for a in got.articles] == [a.outlet for a in expected.articles]
    assert [m.id for m in got.meetings] == [m.id for m in expected.meetings]
