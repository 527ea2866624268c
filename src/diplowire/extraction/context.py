"""An article prepared for extraction: sentences with offsets, and the publication day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from diplowire.extraction import sentences
from diplowire.models import Article, Evidence

# Same-length replacements, so offsets in the normalized text are offsets in the original.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


# Read-only by convention, not frozen: a frozen dataclass costs four times as much to
# build, and the extractors build one per sentence or mention.
@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """One sentence of an article."""

    index: int
    """Position among all the article's sentences."""
    paragraph: int
    """Index of its paragraph in ``Article.paragraphs``."""
    text: str
    """The sentence as printed."""
    norm: str
    """The same text with typographic apostrophes made straight (same offsets)."""
    caption: bool = False
    """True for a sentence of a photo caption; ``paragraph`` then indexes the captions."""
    lower: str = ""
    """``norm`` in lower case (same offsets), for the case-free cue patterns."""


@dataclass
class Context:
    """An article as the extractors read it."""

    article: Article
    published: date | None
    sentences: list[Sentence]
    _evidence: dict[int, Evidence] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, article: Article) -> Context:
        """Split the article's paragraphs into sentences."""
        found: list[Sentence] = []
        # Captions come after the body, so the lead stays first; they often give the
        # exact day and place of a meeting the body only dates "in June".
        for is_caption, blocks in ((False, article.paragraphs), (True, article.captions)):
            for number, paragraph in enumerate(blocks):
                # Normalized once per paragraph: the replacements keep every offset.
                norm = (
                    paragraph.translate(_APOSTROPHES)
                    if "’" in paragraph or "‘" in paragraph or "`" in paragraph
                    else paragraph  # most paragraphs: three substring tests beat translate()
                )
                lower = _lower(norm)
                for start, end in sentences.split(paragraph):
                    text = paragraph[start:end]
                    found.append(
                        Sentence(
                            len(found),
                            number,
                            text,
                            text if norm is paragraph else norm[start:end],
                            is_caption,
                            lower[start:end],
                        )
                    )
        return cls(article, _day(article.published), found)

    def evidence(self, sentence: Sentence) -> Evidence:
        """Provenance pointing at one sentence: one model per sentence, shared by the
        records it supports (evidence is never changed once made)."""
        evidence = self._evidence.get(sentence.index)
        if evidence is None:
            evidence = self._evidence[sentence.index] = Evidence(
                article=self.article.id,
                paragraph=sentence.paragraph,
                text=sentence.text,
                caption=sentence.caption,
            )
        return evidence


def _lower(text: str) -> str:
    lower = text.lower()
    # A few characters lower-case to two ("İ"); ASCII-only lowering keeps the offsets.
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})


def _day(published: str | None) -> date | None:
    if not published or len(published) != 10:
        return None  # only a day-precise date anchors "on Friday"
    return date.fromisoformat(published)
