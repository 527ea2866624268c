"""Statements: who said what, quoted or reported."""

from __future__ import annotations

from pydantic import Field

from diplowire.models._base import Record, _unset
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
    sources: list[Evidence] = Field(default_factory=list, description="Where it is reported.")
    conflicts: list[Conflict] = Field(
        default_factory=list, description="Fields on which the reports disagree, every value kept."
    )
    independent_sources: int | None = Field(
        default=None,
        description="How many independent reports (wire copies counted once); set by merge.",
    )
    reader: str | None = Field(
        default=None,
        # Left out of the JSON when unset, so the rules' records read as they always did.
        exclude_if=_unset,
        description="The model of people and roles whose answer made it (``--model``, e.g. "
        "'spacy'): a name only the model read as one, or the speaker or parties its parse "
        "chose; absent when the rules alone did, whether or not a model was asked.",
    )
