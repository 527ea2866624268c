"""What an extractor plugin returns for one article."""

from __future__ import annotations

from pydantic import Field

from diplowire.models._base import Record
from diplowire.models.agreement import Agreement
from diplowire.models.meeting import Meeting
from diplowire.models.person import Person
from diplowire.models.statement import Statement


class Records(Record):
    """The meetings, statements and agreements one extractor found in one article.

    >>> Records().meetings
    []
    """

    meetings: list[Meeting] = Field(default_factory=list, description="Meetings found.")
    statements: list[Statement] = Field(default_factory=list, description="Statements found.")
    agreements: list[Agreement] = Field(default_factory=list, description="Agreements found.")
    people: list[Person] = Field(
        default_factory=list, description="Everyone the extractor identified, records or not."
    )
