"""Provenance: where in which article a record was read."""

from __future__ import annotations

from pydantic import Field

from diplowire.models._base import Record


class Evidence(Record):
    """One place in one article that supports a record.

    >>> e = Evidence(article="d6d1f0bfd4e51574", paragraph=2, text="Takizaki met Kim.")
    >>> e.paragraph, e.caption
    (2, False)
    """

    article: str = Field(description="The `Article.id` of the article the text comes from.")
    paragraph: int = Field(
        ge=0,
        description="Index of the paragraph in `Article.paragraphs` (in `Article.captions` "
        "when `caption` is true).",
    )
    text: str = Field(description="The sentence (or passage) that states the fact, verbatim.")
    caption: bool = Field(
        default=False, description="True when the text is a photo caption, not the body."
    )
