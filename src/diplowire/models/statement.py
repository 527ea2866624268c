"""Statements: who said what, quoted or reported."""

from __future__ import annotations

from pydantic import Field

from diplowire.models._base import Record
from diplowire.models._fields import (
    conflicts_field,
    independent_sources_field,
    reader_field,
    sources_field,
)
from diplowire.models.conflict import Conflict
from diplowire.models.evidence import Evidence
from diplowire.models.person import Person
from diplowire.models.types import PartialDate


class Statement(Record):
    """Words attributed to a speaker: a direct quotation or reported speech.

    >>> s = Statement(id="s1", speaker=Person(name="Shigeki Takizaki"),
    ...               text="act prudently", direct=True, date="2019-11-15")
    >>> s.direct
    True
    """

    id: str = Field(description="Stable identifier of the record.")
    speaker: Person = Field(description="Who said it: a person or an institution.")
    text: str = Field(description="The words: exact for quotations, as reported otherwise.")
    direct: bool = Field(description="True for quoted words, false for reported speech.")
    date: PartialDate | None = Field(default=None, description="When it was said.")
    setting: str | None = Field(
        default=None, description="Where or how: 'news conference', 'told reporters', ..."
    )
    sources: list[Evidence] = sources_field()
    conflicts: list[Conflict] = conflicts_field()
    independent_sources: int | None = independent_sources_field()
    reader: str | None = reader_field()
