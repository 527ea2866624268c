"""The trigger pass: no sentence a family's patterns match is left out of that family."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import diplowire
from conftest import DATA, SEEDS
from diplowire.extraction import _triggers, agreements, statements
from diplowire.extraction.context import Context, Sentence, _lower
from diplowire.extraction.cues import cues
from diplowire.extraction.triggers import MEETING, PACT, SPEECH, Triggers


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, text, text, lower=_lower(text))  # as Context lowers: same offsets


def _expected(sentence: Sentence) -> int:
    """What each family's own test says of the sentence."""
    mask = 0
    if cues().meeting.pattern.search(sentence.lower):
        mask |= MEETING
    if statements._SAID.search(sentence.norm):
        mask |= SPEECH
    if any(word in sentence.lower for word in agreements.PACT_WORDS) or any(
        acronym in sentence.norm for acronym in agreements.known_acronyms()
    ):
        mask |= PACT
    return mask


def test_every_sentence_of_the_test_articles_fires_the_families_that_match_it() -> None:
    paths = sorted(DATA.glob("*/*.txt")) + sorted(SEEDS.glob("*.txt"))
    counts = {MEETING: 0, SPEECH: 0, PACT: 0}
    for path in paths:
        context = Context.of(diplowire.parse(path.read_text(encoding="utf-8")))
        fired = _triggers(cues()).scan(context.sentences)
        for sentence, mask in zip(context.sentences, fired, strict=True):
            expected = _expected(sentence)
            assert mask & expected == expected, sentence.text
            for bit in counts:
                counts[bit] += bool(expected & bit)
    assert all(count >= 10 for count in counts.values()), counts


WORDS = ["talks", "met", "said", "Said", "GSOMIA", "gsomia", "treaty", "NATO", "Nato", "pact"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from([*WORDS, " ", "x", ", ", "é", "İ", "\x00"]), max_size=8),
        min_size=1,
        max_size=4,
    )
)
def test_generated_sentences_fire_exactly_what_their_words_call_for(
    texts: list[list[str]],
) -> None:
    """Each sentence of an article fires what its own words call for."""
    sentences = [_sentence("".join(parts)) for parts in texts]
    triggers = Triggers(
        [(MEETING, ["talks", "met"], False), (SPEECH, ["said"], True), (PACT, ["NATO"], True)]
    )
    expected = [
        (MEETING if "talks" in sentence.lower or "met" in sentence.lower else 0)
        | (SPEECH if "said" in sentence.norm else 0)
        | (PACT if "NATO" in sentence.norm else 0)
        for sentence in sentences
    ]
    assert triggers.scan(sentences) == expected


def test_a_family_without_words_fires_everywhere_and_cased_words_keep_their_case() -> None:
    triggers = Triggers([(MEETING, None, False), (PACT, ["GSOMIA"], True)])
    assert triggers.scan([_sentence("Nothing here."), _sentence("The gsomia lapsed.")]) == [
        MEETING,
        MEETING,
    ]
    assert triggers.scan([_sentence("GSOMIA lapsed.")]) == [MEETING | PACT]
    assert Triggers([]).scan([_sentence("Talks.")]) == [0]


def test_the_cue_screen_names_every_cue_pattern_that_matches_a_sentence() -> None:
    from diplowire.extraction.cues import ON_LOWER, ON_TEXT

    compiled = cues()
    found = dict.fromkeys((*ON_LOWER, *ON_TEXT), 0)
    for path in sorted(DATA.glob("*/*.txt")) + sorted(SEEDS.glob("*.txt")):
        for sentence in Context.of(diplowire.parse(path.read_text(encoding="utf-8"))).sentences:
            present = compiled.present(sentence.lower, sentence.norm)
            for names, text in ((ON_LOWER, sentence.lower), (ON_TEXT, sentence.norm)):
                for name in names:
                    if getattr(compiled, name).pattern.search(text):
                        assert name in present, (name, sentence.text)
                        found[name] += 1
    assert sum(count > 0 for count in found.values()) >= 10, found
