"""The article: one page or text as its outlet published it, cleaned."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from diplowire.models._base import Record
from diplowire.models.provenance import Provenance
from diplowire.models.types import PartialDate

DateOrigin = Literal["argument", "manifest", "metadata", "text", "last-modified"]


class Article(Record):
    """A cleaned news article: who published it, which agencies wrote it, and its body.

    >>> a = Article(id="0123456789abcdef", outlet="mainichi", wire=["Kyodo"],
    ...             title="Japan urges S. Korea to act", paragraphs=["Japan pushed South Korea."])
    >>> a.text
    'Japan pushed South Korea.'
    """

    id: str = Field(description="Stable content hash of the document (16 hex digits).")
    outlet: str | None = Field(
        default=None,
        description="Who published the page, lower case (mainichi, japantimes, ...); "
        "null when nothing tells.",
    )
    wire: list[str] = Field(
        default_factory=list,
        description="News agencies credited for the copy (Kyodo, Jiji, Yonhap, AP, ...).",
    )
    title: str | None = Field(default=None, description="Headline, without site suffixes.")
    url: str | None = Field(default=None, description="Canonical URL of the page, when known.")
    published: PartialDate | None = Field(default=None, description="Publication date.")
    published_from: DateOrigin | None = Field(
        default=None,
        description="Where `published` came from: the caller, a manifest, page metadata, "
        "inferred from the text, or (for a page with no date of its own) the server's "
        "Last-Modified header.",
    )
    dateline_place: str | None = Field(
        default=None, description="Place of the dateline ('TOKYO (Kyodo) --' gives 'Tokyo')."
    )
    dateline: str | None = Field(default=None, description="The dateline as printed.")
    authors: list[str] = Field(default_factory=list, description="Bylines, when the page has them.")
    language: str | None = Field(default=None, description="ISO 639-1 language code, when known.")
    paragraphs: list[str] = Field(
        default_factory=list, description="Clean body paragraphs, boilerplate removed."
    )
    captions: list[str] = Field(
        default_factory=list, description="Photo captions, kept apart from the body."
    )
    source: str | None = Field(
        default=None, description="The input as given: a file path or URL; null for raw text."
    )
    adapter: str | None = Field(
        default=None, description="Name of the plugin that parsed the document."
    )
    layout: str | None = Field(
        default=None,
        description="The layout of the adapter that read the page (its `Layout.name`, "
        "e.g. '2023'); null for the generic reader, raw text, or a page none of the "
        "adapter's layouts matched.",
    )
    extracted_by: dict[str, str] = Field(
        default_factory=dict,
        description="The extractor plugins whose records of this article are kept, each "
        "with its version (the built-in `rules`: the diplowire version and a fingerprint "
        "of the rules and lexicons), and `model:<name>` for the model of people and roles "
        "they consulted (`--model`; the spacy model: its pipeline's name and version); a "
        "store re-extracts articles an older one, or another model, read.",
    )
    other_sources: list[Provenance] = Field(
        default_factory=list,
        description="The other inputs of this same content (a byte-identical file under "
        "another manifest row: another URL, date or outlet), each as its row gave it. "
        "`source`, `url`, `outlet` and `published` above are those of the earliest "
        "published; empty when the content was read once.",
    )

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)
