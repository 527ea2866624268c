"""Lexicons are read through accessors that check the shape of what they give."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import diplowire
from diplowire.errors import DiplowireError
from diplowire.extraction import lexicon

TEXT = (
    "Envoys confer\n\nGENEVA (AP) -- Swiss envoy Anna Keller met Iranian Deputy "
    "Foreign Minister Ali Bagheri on Monday in Geneva."
)


@pytest.fixture
def user_lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(lexicon.ENVIRONMENT, str(tmp_path))
    lexicon.reload()
    try:
        yield tmp_path
    finally:
        monkeypatch.delenv(lexicon.ENVIRONMENT)
        lexicon.reload()


def test_entries_come_in_the_shape_asked_for() -> None:
    assert "said" in lexicon.words("cues", "attribution_verbs")
    hosts = lexicon.entry("outlets", "hosts", shape=dict[str, str])
    assert hosts["aa.com.tr"] == "anadolu"
    assert lexicon.words("cues", "no such list", default=[]) == []


def test_an_absent_entry_without_a_default_is_an_error_naming_it() -> None:
    with pytest.raises(DiplowireError, match=r"'tense\.no_such_list'") as caught:
        lexicon.words("cues", "tense", "no_such_list")
    assert caught.value.stage == "lexicon"


def test_a_users_word_where_a_list_is_wanted_is_an_error_not_a_pattern_of_letters(
    user_lexicons: Path,
) -> None:
    # Appended as lists are, a string replaced the bundled list; its letters then made
    # a meeting cue of every single letter.
    (user_lexicons / "cues.toml").write_text("meeting = 'parleyed'\n")
    with pytest.raises(DiplowireError, match=r"'cues': meeting is not list\[str\]"):
        lexicon.words("cues", "meeting")
    # In a batch it is the article's recorded failure, not a crash.
    dossier = diplowire.extract(TEXT, published="2024-03-19")
    assert dossier.meetings == []
    assert any("meeting is not list[str]" in f.message for f in dossier.failures)


def test_a_users_table_of_the_wrong_shape_names_where(user_lexicons: Path) -> None:
    (user_lexicons / "wires.toml").write_text("[[agency]]\nname = 'Wire'\nhosts = 'wire.example'\n")
    with pytest.raises(DiplowireError, match=r"'wires': agency is not .*at \[\d+, 'hosts'\]"):
        diplowire.parse(TEXT)


_READS_LEXICONS = ("lexicon.", "gazetteer()", "entry(", "words(")
"""What in a function's body shows that it compiles something from the lexicons."""


def _cached_lexicon_readers() -> Iterator[tuple[str, str]]:
    root = Path(diplowire.__file__).parent
    for path in sorted(root.rglob("*.py")):
        module = ".".join(("diplowire", *path.relative_to(root).with_suffix("").parts))
        source = path.read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            if not isinstance(node, ast.FunctionDef) or not any(
                (isinstance(d, ast.Name) and d.id in {"cache", "lru_cache"})
                or (isinstance(d, ast.Call) and getattr(d.func, "id", None) == "lru_cache")
                for d in node.decorator_list
            ):
                continue
            body = ast.get_source_segment(source, node) or ""
            if any(mark in body for mark in _READS_LEXICONS) and node.name != "load":
                yield module, node.name


def test_reload_forgets_every_cached_function_that_reads_the_lexicons() -> None:
    # A cached pattern left out of the registry keeps the old words after reload().
    missing = [
        f"{module}.{name}"
        for module, name in _cached_lexicon_readers()
        if name not in lexicon._COMPILED.get(module, ())
    ]
    assert missing == []
