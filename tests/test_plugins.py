"""The plugin system: one test per hook, raising plugins, ties, loading switches."""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import pytest

import diplowire
from diplowire import Detection, Document, Plugins, hookimpl
from diplowire.errors import PluginError, PluginLoadError, UnknownOutletError
from diplowire.models import Article, Evidence, Meeting, Person, Records
from diplowire.plugins.manager import get_plugins, reset_plugins
from diplowire.testing import isolated_plugins, registered
from diplowire_plugins.generic import adapter as generic
from diplowire_plugins.kyodo import adapter as kyodo

BUILTINS = ["generic", "gulftoday", "japantimes", "kyodo", "mainichi", "rules", "yonhap"]
DEFAULTS = ["generic", "rules"]
SEEDS = Path(__file__).parent.parent / "seeds"
LEAD = "NAIROBI (Kyodo) -- Japan and Kenya agreed on Monday to deepen security ties."


class Marker:
    """An outlet that claims any text starting with 'MARKER'."""

    name = "marker"

    @hookimpl
    def diplowire_outlet_hosts(self) -> dict[str, str]:
        return {"marker.example": "markerpress"}

    @hookimpl
    def diplowire_detect(self, document: Document) -> Detection | None:
        if document.text.startswith("MARKER"):
            return Detection("marker", 0.95, "markerpress", "starts with MARKER")
        return None

    @hookimpl
    def diplowire_parse(self, document: Document, adapter: str) -> Article | None:
        if adapter != "marker":
            return None
        return Article(id="ignored", title="Marker", paragraphs=document.blocks[1:])


class Raising:
    """A plugin whose every hook raises."""

    name = "raising"

    @hookimpl
    def diplowire_detect(self, document: Document) -> Detection:
        raise RuntimeError("detector exploded")

    @hookimpl
    def diplowire_parse(self, document: Document, adapter: str) -> Article:
        raise RuntimeError("parser exploded")

    @hookimpl
    def diplowire_extract(self, article: Article) -> Records:
        raise RuntimeError("extractor exploded")


class ClaimsEverything(Raising):
    """Wins detection, then raises in parse."""

    name = "greedy"

    @hookimpl
    def diplowire_detect(self, document: Document) -> Detection:
        return Detection("greedy", 1.0, None, "claims all")


class MeetingFinder:
    name = "meetings"

    @hookimpl
    def diplowire_extract(self, article: Article) -> Records:
        return Records(
            meetings=[
                Meeting(
                    id=f"{article.id}-m0",
                    participants=[Person(name="A"), Person(name="B")],
                    sources=[Evidence(article=article.id, paragraph=0, text=article.paragraphs[0])],
                )
            ]
        )


def test_builtins_are_registered_through_entry_points_or_as_defaults(plugins: Plugins) -> None:
    assert set(BUILTINS) <= set(plugins.names())
    for info in plugins.info():
        if info.name in BUILTINS:
            assert info.distribution == "diplowire"
            home = "diplowire.plugins.defaults" if info.name in DEFAULTS else "diplowire_plugins"
            assert info.module == f"{home}.{info.name}"


def test_defaults_load_without_entry_point_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    # A source checkout that was never pip-installed has no entry points at all.
    monkeypatch.setattr(metadata, "entry_points", lambda **kwargs: [])
    bare = Plugins.create()
    assert bare.names() == DEFAULTS
    dossier = diplowire.extract(SEEDS / "000_d6d1f0bfd4e51574.txt", plugins=bare)
    assert [(a.adapter, a.wire) for a in dossier.articles] == [("generic", ["Kyodo"])]
    assert dossier.meetings and not dossier.failures  # the rules extractor ran


def test_no_entry_points_gives_an_empty_set() -> None:
    assert Plugins.create(entry_points=False).names() == []


def test_hook_outlet_hosts(plugins: Plugins) -> None:
    hosts = plugins.outlet_hosts()
    assert hosts["mainichi.jp"] == "mainichi"
    assert hosts["yna.co.kr"] == "yonhap"
    with registered(Marker(), into=plugins):
        assert plugins.outlet_hosts()["marker.example"] == "markerpress"
    assert "marker.example" not in plugins.outlet_hosts()


def test_hook_detect(plugins: Plugins) -> None:
    detections = plugins.detect(Document(LEAD))
    assert [d.adapter for d in detections] == ["kyodo", "generic"]
    assert detections[0].outlet is None  # wire copy names no publisher
    with registered(Marker(), into=plugins):
        best = plugins.detect(Document("MARKER\n\nBody text."))[0]
    assert (best.adapter, best.score, best.outlet) == ("marker", 0.95, "markerpress")


def test_hook_parse(plugins: Plugins) -> None:
    with registered(Marker(), into=plugins):
        article = diplowire.parse("MARKER\n\nFirst.\n\nSecond.", plugins=plugins)
    # The core fills what it knows better: content id, publisher from the detection.
    assert (article.title, article.paragraphs, article.outlet) == (
        "Marker",
        ["First.", "Second."],
        "markerpress",
    )
    assert article.id == Document("MARKER\n\nFirst.\n\nSecond.").id
    assert article.adapter == "marker"


def test_hook_extract(plugins: Plugins) -> None:
    with registered(MeetingFinder(), into=plugins):
        dossier = diplowire.extract(LEAD, plugins=plugins)
    (meeting,) = dossier.meetings
    assert meeting.sources[0].article == dossier.articles[0].id


def test_forced_adapter(plugins: Plugins) -> None:
    article = diplowire.parse(LEAD, adapter="generic", plugins=plugins)
    assert article.adapter == "generic"
    assert article.wire == ["Kyodo"]  # the dateline is read whichever adapter parses


def test_unknown_adapter_is_a_lookup_error(plugins: Plugins) -> None:
    with pytest.raises(UnknownOutletError) as caught:
        diplowire.parse(LEAD, adapter="nhk", plugins=plugins)
    assert isinstance(caught.value, LookupError)
    assert "nhk" in str(caught.value)


def test_raising_plugin_is_reported_and_others_still_work(plugins: Plugins) -> None:
    with registered(Raising(), into=plugins):
        dossier = diplowire.extract(LEAD, "SEOUL, May 2 (Yonhap) -- Talks began.", plugins=plugins)
    assert len(dossier.articles) == 2
    failures = {(f.plugin, f.stage) for f in dossier.failures}
    assert failures == {("raising", "detect"), ("raising", "extract")}
    assert all("exploded" in f.message for f in dossier.failures)


def test_adapter_raising_in_parse_falls_back_to_next_best(plugins: Plugins) -> None:
    with registered(ClaimsEverything(), into=plugins):
        dossier = diplowire.extract(LEAD, plugins=plugins)
    (article,) = dossier.articles
    assert article.adapter == "kyodo"
    (failure,) = [f for f in dossier.failures if f.stage == "parse"]
    assert (failure.plugin, failure.error) == ("greedy", "PluginError")


def test_single_parse_raises_plugin_error_when_only_plugin_fails() -> None:
    broken = isolated_plugins(ClaimsEverything())
    with pytest.raises(PluginError) as caught:
        diplowire.parse(LEAD, plugins=broken)
    assert caught.value.plugin == "greedy"
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_plugin_returning_wrong_type_is_reported(plugins: Plugins) -> None:
    class Wrong:
        name = "wrong"

        @hookimpl
        def diplowire_detect(self, document: Document) -> str:
            return "kyodo"

    errors: list[PluginError] = []
    with registered(Wrong(), into=plugins):
        detections = plugins.detect(Document(LEAD), on_error=errors.append)
    assert [d.adapter for d in detections] == ["kyodo", "generic"]
    assert errors and errors[0].plugin == "wrong"


def test_detection_ties_are_broken_by_name_not_load_order() -> None:
    class Tie:
        def __init__(self, name: str) -> None:
            self.name = name

        @hookimpl
        def diplowire_detect(self, document: Document) -> Detection:
            return Detection(self.name, 0.5)

    first = isolated_plugins(Tie("beta"), Tie("alpha"))
    second = isolated_plugins(Tie("alpha"), Tie("beta"))
    doc = Document("text")
    assert [d.adapter for d in first.detect(doc)] == ["alpha", "beta"]
    assert [d.adapter for d in second.detect(doc)] == ["alpha", "beta"]


def test_misspelled_hook_fails_loudly() -> None:
    class Typo:
        name = "typo"

        @hookimpl
        def diplowire_detetc(self, document: Document) -> None:
            return None

    with pytest.raises(Exception, match="unknown hook"):
        isolated_plugins(Typo())


def test_registering_twice_is_an_error() -> None:
    plugins = isolated_plugins(kyodo)
    with pytest.raises(ValueError):
        plugins.register(kyodo)


def test_detection_score_must_be_a_probability() -> None:
    with pytest.raises(ValueError):
        Detection("x", 1.5)


def test_environment_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    reset_plugins()
    try:
        monkeypatch.setenv("DIPLOWIRE_LOAD_PLUGINS", "kyodo")
        assert get_plugins().names() == ["generic", "kyodo", "rules"]
        reset_plugins()
        monkeypatch.setenv("DIPLOWIRE_LOAD_PLUGINS", "")
        assert get_plugins().names() == DEFAULTS  # still reads an article
        assert diplowire.parse(LEAD).adapter == "generic"
        reset_plugins()
        monkeypatch.delenv("DIPLOWIRE_LOAD_PLUGINS")
        monkeypatch.setenv("DIPLOWIRE_DISABLED_PLUGINS", "generic, mainichi")
        names = get_plugins().names()
        assert {"gulftoday", "japantimes", "kyodo", "rules", "yonhap"} <= set(names)
        assert not {"generic", "mainichi"} & set(names)
    finally:
        reset_plugins()


def test_shared_plugin_set_is_loaded_once() -> None:
    reset_plugins()
    try:
        assert get_plugins() is get_plugins()
    finally:
        reset_plugins()


def test_broken_entry_point_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    real = metadata.entry_points

    def entry_points(**kwargs: str) -> list[metadata.EntryPoint]:
        found = list(real(**kwargs))
        if kwargs.get("group") == "diplowire":
            found.append(
                metadata.EntryPoint("broken", "diplowire_no_such_module:plugin", "diplowire")
            )
        return found

    monkeypatch.setattr(metadata, "entry_points", entry_points)
    plugins = Plugins.create()
    assert "kyodo" in plugins.names() and "broken" not in plugins.names()
    (error,) = plugins.load_errors
    assert isinstance(error, PluginLoadError) and error.plugin == "broken"


def test_isolated_helper_and_generic_fallback() -> None:
    only_generic = isolated_plugins(generic)
    article = diplowire.parse(LEAD, plugins=only_generic)
    assert (article.adapter, article.wire, article.dateline_place) == (
        "generic",
        ["Kyodo"],
        "Nairobi",
    )


class Tally:
    """A new-style wrapper: counts detect calls and drops claims below 0.1."""

    name = "tally"

    def __init__(self) -> None:
        self.seen: list[str] = []

    @hookimpl(wrapper=True)
    def diplowire_detect(self, document: Document) -> Generator[None, list[Detection], list]:
        claims = yield
        self.seen.extend(claim.adapter for claim in claims)
        return [claim for claim in claims if claim.score >= 0.1]


class Retitle:
    """An old-style hookwrapper that rewrites every parsed headline."""

    name = "retitle"

    @hookimpl(hookwrapper=True)
    def diplowire_parse(self, document: Document, adapter: str) -> Generator[None, Any, None]:
        outcome = yield
        article = outcome.get_result()
        if article is not None:
            outcome.force_result(article.model_copy(update={"title": f"[{adapter}] rewrapped"}))


def test_wrapper_plugins_wrap_each_plugins_answer(plugins: Plugins) -> None:
    tally, errors = Tally(), []
    with registered(tally, into=plugins), registered(Retitle(), into=plugins):
        detections = plugins.detect(Document(LEAD), on_error=errors.append)
        assert sorted(tally.seen) == ["generic", "kyodo"]  # once around each plugin's answer
        article = diplowire.parse("SEOUL, May 2 (Yonhap) -- Talks began.", plugins=plugins)
    assert not errors  # no "returned generator": pluggy ran the wrappers
    assert [d.adapter for d in detections] == ["kyodo"]  # the wrapper dropped generic's 0.01
    assert (article.adapter, article.title) == ("yonhap", "[yonhap] rewrapped")


def test_raising_wrapper_is_reported_under_its_own_name(plugins: Plugins) -> None:
    class Broken:
        name = "broken-wrapper"

        @hookimpl(wrapper=True)
        def diplowire_detect(self, document: Document) -> Generator[None, list, list]:
            yield
            raise RuntimeError("wrapper exploded")

    errors: list[PluginError] = []
    with registered(Broken(), into=plugins):
        assert plugins.detect(Document(LEAD), on_error=errors.append) == []
    assert {e.plugin for e in errors} == {"broken-wrapper"}


def test_parse_is_called_on_the_registering_plugin_only(plugins: Plugins) -> None:
    class Twins:
        """One plugin, two adapters; it records which it was asked to be."""

        name = "twins"

        def __init__(self) -> None:
            self.asked: list[str] = []

        @hookimpl
        def diplowire_register_adapters(self, register: Callable[[str], None]) -> None:
            register("castor")
            register("pollux")

        @hookimpl
        def diplowire_parse(self, document: Document, adapter: str) -> Article:
            self.asked.append(adapter)
            return Article(id="x", title=adapter, paragraphs=document.blocks)

    class Eavesdropper:
        name = "eavesdropper"
        calls = 0

        @hookimpl
        def diplowire_parse(self, document: Document, adapter: str) -> None:
            Eavesdropper.calls += 1

    twins = Twins()
    with registered(twins, into=plugins), registered(Eavesdropper(), into=plugins):
        assert plugins.adapters()["pollux"] == "twins"
        assert plugins.adapters()["eavesdropper"] == "eavesdropper"  # parses, registered none
        assert diplowire.parse(LEAD, adapter="pollux", plugins=plugins).title == "pollux"
        assert diplowire.parse(LEAD, plugins=plugins).adapter == "kyodo"
    assert twins.asked == ["pollux"]
    assert Eavesdropper.calls == 0  # not asked about other adapters' documents
    assert "pollux" not in plugins.adapters()


def test_trace_prints_every_hook_call(capsys: pytest.CaptureFixture[str]) -> None:
    traced = Plugins.create(entry_points=False, plugins=[kyodo, generic], trace=True)
    diplowire.parse(LEAD, plugins=traced)
    lines = capsys.readouterr().err.splitlines()
    calls = [line.split("(")[0] for line in lines if not line.startswith("trace:  ")]
    assert calls.count("trace: diplowire_detect") == 2  # once per plugin
    assert "trace: diplowire_parse" in calls
    assert any("diplowire_parse -> Article(" in line for line in lines)
