"""Photo captions and a story's closing paragraph in plain-text copy (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import diplowire

REAL = Path(__file__).parent / "data" / "real"


def _article(stem: str) -> diplowire.Article:
    rows = json.loads((REAL / "manifest.json").read_text(encoding="utf-8"))
    row = next(r for r in rows if Path(r["path"]).stem == stem)
    text = (REAL / row["path"]).read_text(encoding="utf-8")
    return diplowire.parse(text, published=row["published"])


@pytest.mark.parametrize(
    ("stem", "last_words"),
    [
        # The last paragraph signed by the agency ("(Yonhap)", "― Bernama", "-Bernama") is
        # the story's end, not a photo's caption: its words stay in the body.
        ("koreaherald-2020-11-12-biden-looks-forward-to-working-with-moon", "climate change"),
        (
            "malaymail-2023-10-29-pm-anwar-arrives-in-singapore-for-two-day-working-visit",
            "pandemic",
        ),
        ("thesundaily-2023-05-19-king-grants-audience-to-npc-chairman-zhao-leji", "Senegal"),
        (
            "thesundaily-2023-02-11-pm-receives-courtesy-call-from-chinas-public-security-minister",
            "Melaka",
        ),
    ],
)
def test_a_story_s_signed_last_paragraph_stays_in_the_body(stem: str, last_words: str) -> None:
    article = _article(stem)
    assert last_words in article.paragraphs[-1]
    assert not any(last_words in caption for caption in article.captions)


def test_a_photo_caption_credited_to_two_agencies_is_a_caption() -> None:
    # "(AP-Yonhap)": Yonhap's credit for an AP photo.
    article = _article("koreaherald-2020-11-12-biden-looks-forward-to-working-with-moon")
    assert [c for c in article.captions if "Queen theater" in c]
    assert not any("Queen theater" in p for p in article.paragraphs)


def test_a_caption_that_speaks_of_its_photo_stays_a_caption_at_the_end() -> None:
    article = _article("koreatimesus-2021-02-12-chung-lavrov-phone-talks")
    assert any(c.startswith("This photo") for c in article.captions)
