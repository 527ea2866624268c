"""Meetings: talks, summits, calls and consultations between named people."""

from __future__ import annotations

from typing import Literal

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

MeetingKind = Literal["in_person", "phone", "video"]
MeetingFormat = Literal["bilateral", "trilateral", "multilateral"]
MeetingStatus = Literal["held", "scheduled"]


class Meeting(Record):
    """A meeting an article reports as held or firmly scheduled.

    >>> m = Meeting(id="m1", date="2019-11-15", location="Tokyo",
    ...             participants=[Person(name="Shigeki Takizaki", country="JP"),
    ...                           Person(name="Kim Jung Han", country="KR")],
    ...             kind="in_person", format="bilateral", duration_minutes=150)
    >>> [p.name for p in m.participants]
    ['Shigeki Takizaki', 'Kim Jung Han']
    """

    id: str = Field(description="Stable identifier of the record.")
    date: PartialDate | None = Field(default=None, description="When it took place.")
    date_text: str | None = Field(
        default=None, description="The date as the article phrases it ('on Friday')."
    )
    location: str | None = Field(default=None, description="City or venue.")
    participants: list[Person] = Field(default_factory=list, description="The named people.")
    duration_minutes: int | None = Field(default=None, ge=0, description="Length of the meeting.")
    kind: MeetingKind | None = Field(default=None, description="In person, by phone or by video.")
    format: MeetingFormat | None = Field(default=None, description="Number of sides.")
    forum: str | None = Field(
        default=None, description="Event it was held on the sidelines of, e.g. 'G20'."
    )
    topics: list[str] = Field(default_factory=list, description="What was discussed.")
    outcome: str | None = Field(default=None, description="What came of it, when stated.")
    status: MeetingStatus = Field(default="held", description="Held, or firmly scheduled.")
    sources: list[Evidence] = sources_field()
    conflicts: list[Conflict] = conflicts_field()
    independent_sources: int | None = independent_sources_field()
    reader: str | None = reader_field()
