"""Agreements: pacts, treaties and accords, with their lifecycle as dated events."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, computed_field, model_validator

from diplowire.models._base import Record
from diplowire.models._fields import conflicts_field, independent_sources_field, sources_field
from diplowire.models.conflict import Conflict
from diplowire.models.evidence import Evidence
from diplowire.models.types import CountryCode, PartialDate

AgreementEventKind = Literal[
    "signed",
    "ratified",
    "in_force",
    "renewed",
    "termination_announced",
    "termination_suspended",
    "expires",
    "terminated",
    "extended",
    "suspended",
    "amended",
    "negotiations",
]


class RenewalRule(Record):
    """How an agreement renews itself, e.g. yearly unless notice is given 90 days before.

    >>> RenewalRule(automatic=True, period="P1Y", notice_days=90).period
    'P1Y'
    """

    automatic: bool = Field(description="True when it renews unless a party gives notice.")
    period: str | None = Field(
        default=None, pattern=r"^P\d+[YMWD]$", description="ISO 8601 duration, e.g. P1Y."
    )
    notice_days: int | None = Field(
        default=None, ge=0, description="Days of notice before renewal needed to end it."
    )


class AgreementEvent(Record):
    """One dated step in an agreement's life.

    >>> AgreementEvent(kind="expires", date="2019-11-23").kind
    'expires'
    """

    kind: AgreementEventKind = Field(description="What happened to the agreement.")
    date: PartialDate | None = Field(default=None, description="When; null when not stated.")
    date_text: str | None = Field(default=None, description="The date as the article phrases it.")
    actor: str | None = Field(
        default=None, description="Who acted: an ISO country code, person or institution."
    )
    sources: list[Evidence] = Field(default_factory=list, description="Where it is reported.")


class Agreement(Record):
    """A named pact, treaty or accord.

    >>> g = Agreement(id="a1", name="General Security of Military Information Agreement",
    ...               acronym="GSOMIA", parties=["JP", "KR"],
    ...               events=[AgreementEvent(kind="signed", date="2016-11-23")])
    >>> g.signed
    '2016-11-23'
    """

    id: str = Field(description="Stable identifier of the record.")
    name: str | None = Field(default=None, description="Full name, when given.")
    acronym: str | None = Field(default=None, description="Short form, e.g. GSOMIA.")
    aliases: list[str] = Field(
        default_factory=list, description="Other ways the article names it ('the 2016 pact')."
    )
    parties: list[CountryCode] = Field(default_factory=list, description="Countries bound by it.")
    renewal: RenewalRule | None = Field(default=None, description="Its renewal rule, if stated.")
    events: list[AgreementEvent] = Field(
        default_factory=list, description="Its lifecycle, as dated events."
    )
    sources: list[Evidence] = sources_field("Where it is named.")
    conflicts: list[Conflict] = conflicts_field()
    independent_sources: int | None = independent_sources_field()

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: Any) -> Any:
        # `signed` and `expires` are written out for readers but derived from `events`,
        # so reading a dumped agreement back must not treat them as unknown fields.
        if isinstance(data, dict) and ("signed" in data or "expires" in data):
            data = {k: v for k, v in data.items() if k not in ("signed", "expires")}
        return data

    def _first(self, kind: AgreementEventKind) -> str | None:
        dates = sorted(e.date for e in self.events if e.kind == kind and e.date)
        return dates[0] if dates else None

    @computed_field(description="Date of the earliest `signed` event (derived from `events`).")  # type: ignore[prop-decorator]
    @property
    def signed(self) -> str | None:
        """Date of the earliest ``signed`` event."""
        return self._first("signed")

    @computed_field(description="Date of the earliest `expires` event (derived from `events`).")  # type: ignore[prop-decorator]
    @property
    def expires(self) -> str | None:
        """Date of the earliest ``expires`` event."""
        return self._first("expires")
