"""The timeline: data, terminal lines and a picture, from the library and the CLI."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from click.testing import CliRunner

import diplowire
from conftest import SEEDS
from diplowire.cli import main
from diplowire.timeline import render_html, render_svg, render_text, timeline


def _seeds() -> diplowire.Dossier:
    return diplowire.extract(SEEDS, manifest=SEEDS / "manifest.json")


def test_timeline_orders_every_dated_item() -> None:
    entries = timeline(_seeds())
    dates = [e.date for e in entries]
    assert dates == sorted(dates)
    gsomia = [e for e in entries if e.title.startswith("GSOMIA:")]
    assert [e.title for e in gsomia] == [
        "GSOMIA: in force",
        "GSOMIA: signed",
        "GSOMIA: termination announced",
        "GSOMIA: termination suspended",
        "GSOMIA: expires",
    ]
    talks = next(e for e in entries if e.kind == "meeting" and "Tokyo" in e.title)
    assert talks.date == "2019-11-15" and talks.sources == 2


def test_text_and_pictures() -> None:
    entries = timeline(_seeds())
    text = render_text(entries)
    assert text.splitlines()[0].startswith(entries[0].date)
    svg = render_svg(entries, title="GSOMIA week")
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag.endswith("svg")
    assert svg.count("<circle") == len(entries) + 3  # one per entry, three in the legend
    page = render_html(entries)
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page


def test_cli_timeline_formats(tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    args = ["timeline", str(SEEDS), "--manifest", str(SEEDS / "manifest.json")]
    text = runner.invoke(main, args)
    assert text.exit_code == 0 and "GSOMIA: expires" in text.stdout
    data = runner.invoke(main, [*args, "-f", "json"])
    assert json.loads(data.stdout)[0].keys() >= {"date", "kind", "title", "record", "sources"}
    out = tmp_path / "timeline.html"
    assert runner.invoke(main, [*args, "-f", "html", "-o", str(out)]).exit_code == 0
    assert "<svg" in out.read_text()


def test_every_entry_counts_its_own_evidence() -> None:
    """ "1965 accord: signed  [4 sources]" came from an event with no evidence (issue 21)."""
    dossier = _seeds()
    by_id = {a.id: a for a in dossier.agreements}
    for agreement in dossier.agreements:
        for event in agreement.events:
            assert event.sources, (agreement.aliases, event.kind)
    entries = timeline(dossier)
    accord = next(e for e in entries if e.title == "1965 accord: signed")
    (event,) = [e for e in by_id[accord.record].events if e.date == "1965"]
    assert all("1965" in source.text for source in event.sources)
    assert accord.articles == len({source.article for source in event.sources})
    for entry in entries:
        assert 0 < entry.sources <= entry.articles
    lines = render_text(entries).splitlines()
    assert any(line.endswith("GSOMIA: in force  [1 source]") for line in lines)


def test_an_item_without_evidence_says_so() -> None:
    text = render_text(
        [diplowire.TimelineEntry(date="1965", kind="agreement", title="accord: signed",
                                 record="a-1", sources=0, articles=0)]
    )  # fmt: skip
    assert text.endswith("[no evidence]")
