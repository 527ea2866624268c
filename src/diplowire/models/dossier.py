"""The dossier: everything diplowire read from a set of documents."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from diplowire.models import kinds
from diplowire.models._base import Record
from diplowire.models.agreement import Agreement
from diplowire.models.article import Article
from diplowire.models.copies import CopyGroup
from diplowire.models.failure import Failure
from diplowire.models.meeting import Meeting
from diplowire.models.person import Person
from diplowire.models.records import Records
from diplowire.models.statement import Statement


class Dossier(Record):
    """The result of reading a set of documents: articles and the records found in them.

    Every record's ``sources`` point at ids of ``articles`` in the same dossier; inputs
    that could not be read are listed in ``failures``, never dropped.

    >>> d = Dossier()
    >>> Dossier.model_validate_json(d.model_dump_json()) == d
    True
    """

    articles: list[Article] = Field(default_factory=list, description="The parsed articles.")
    meetings: list[Meeting] = Field(default_factory=list, description="Meetings found.")
    statements: list[Statement] = Field(default_factory=list, description="Statements found.")
    agreements: list[Agreement] = Field(default_factory=list, description="Agreements found.")
    failures: list[Failure] = Field(
        default_factory=list, description="Inputs or stages that failed, with the reason."
    )
    people: list[Person] = Field(
        default_factory=list,
        description="Everyone the records name, one entry per person across all articles.",
    )
    copies: list[CopyGroup] = Field(
        default_factory=list, description="Articles that carry the same wire copy."
    )
    observations: Records | None = Field(
        default=None,
        description="The per-article records the merged lists are built from; null when the "
        "dossier is not merged (its lists are then the per-article records).",
    )

    def extend(self, other: Dossier) -> None:
        """Append ``other``'s articles, records, people and failures to these lists, as
        unmerged dossiers are put end to end."""
        self.articles.extend(other.articles)
        kinds.extend(self, other)
        self.failures.extend(other.failures)

    @property
    def merged(self) -> bool:
        """True when the record lists are merged across articles."""
        return self.observations is not None

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema of a dossier document, as ``diplowire schema`` prints it."""
        schema = cls.model_json_schema(mode="serialization")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        return schema
