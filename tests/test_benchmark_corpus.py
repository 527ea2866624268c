"""The benchmark corpus is repeatable and read as what it imitates.

The benchmarks are only honest if the synthetic pages go through the same adapters and
rules as real ones; these checks keep the generator and the library from drifting apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

import diplowire

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import corpus


def test_same_seed_same_articles_and_prefixes_agree() -> None:
    assert corpus.generate(12, seed=3) == corpus.generate(12, seed=3)
    assert corpus.generate(12, seed=3)[:5] == corpus.generate(5, seed=3)
    assert corpus.generate(5, seed=3) != corpus.generate(5, seed=4)


def test_generated_pages_reach_the_outlet_adapters(plugins: diplowire.Plugins) -> None:
    articles = corpus.generate(40, seed=11)
    assert {a.outlet for a in articles} == set(corpus.OUTLETS)
    for synthetic in articles:
        from_html = diplowire.parse(synthetic.html.encode(), plugins=plugins)
        from_text = diplowire.parse(
            synthetic.text, url=synthetic.url, published=synthetic.published, plugins=plugins
        )
        assert from_html.outlet == synthetic.outlet
        assert from_html.adapter == synthetic.outlet
        assert from_html.paragraphs == from_text.paragraphs
        assert from_html.published == synthetic.published


def test_generated_articles_yield_records(plugins: diplowire.Plugins) -> None:
    articles = corpus.generate(40, seed=5)
    dossier = diplowire.extract(*(a.text for a in articles), plugins=plugins, merge=False)
    assert not dossier.failures
    with_meeting = {m.sources[0].article for m in dossier.meetings}
    with_statement = {s.sources[0].article for s in dossier.statements}
    assert len(with_meeting) >= 36 and len(with_statement) >= 36
