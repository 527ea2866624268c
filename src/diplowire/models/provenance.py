"""Provenance: one input an article's content was read from."""

from __future__ import annotations

from pydantic import Field

from diplowire.models._base import Record
from diplowire.models.types import PartialDate


class Provenance(Record):
    """Where one copy of an article's content came from, as its input or manifest row said.

    >>> Provenance(source="a/story.html", url="https://example.com/story", outlet="example",
    ...            published="2019-11-15").outlet
    'example'
    """

    source: str | None = Field(default=None, description="The input as given: a path or URL.")
    url: str | None = Field(default=None, description="The page's URL, when known.")
    outlet: str | None = Field(default=None, description="Who published it, when known.")
    published: PartialDate | None = Field(default=None, description="Publication date.")
    published_from: str | None = Field(
        default=None, description="Where `published` came from (as `Article.published_from`)."
    )
