"""Conflicts: where the reports of one event disagree, every value with its source."""

from __future__ import annotations

from pydantic import Field

from diplowire.models._base import Record
from diplowire.models.evidence import Evidence


class Claim(Record):
    """One value of a field as some reports give it.

    >>> Claim(value=150, sources=[Evidence(article="a1", paragraph=3, text="...")]).value
    150
    """

    value: str | int | float | bool | None = Field(description="The value as reported.")
    sources: list[Evidence] = Field(default_factory=list, description="The reports that give it.")


class Conflict(Record):
    """A field on which the reports of one record disagree.

    The record's own field holds the value most independent sources give; the
    conflict keeps every value, so nothing is silently overwritten.

    >>> c = Conflict(field="duration_minutes", claims=[Claim(value=150), Claim(value=140)])
    >>> [claim.value for claim in c.claims]
    [150, 140]
    """

    field: str = Field(description="Name of the disagreeing field.")
    claims: list[Claim] = Field(description="Each distinct value, with its sources.")
