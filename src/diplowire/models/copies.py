"""Wire copies: the same agency story printed by several outlets."""

from __future__ import annotations

from pydantic import Field

from diplowire.models._base import Record


class CopyGroup(Record):
    """Articles whose bodies are (nearly) the same text: one independent source.

    >>> CopyGroup(articles=["a1", "b2"], similarity=0.97).articles
    ['a1', 'b2']
    """

    articles: list[str] = Field(
        description="Ids of the articles carrying the same copy, the earliest published first."
    )
    similarity: float = Field(
        ge=0,
        le=1,
        description="Lowest pairwise similarity (Jaccard of word shingles) in the group.",
    )
