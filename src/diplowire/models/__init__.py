"""The typed records diplowire produces; all are pydantic v2 models that round-trip JSON."""

from diplowire.models.agreement import (
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    RenewalRule,
)
from diplowire.models.article import Article
from diplowire.models.conflict import Claim, Conflict
from diplowire.models.copies import CopyGroup
from diplowire.models.dossier import Dossier
from diplowire.models.evidence import Evidence
from diplowire.models.failure import Failure
from diplowire.models.meeting import Meeting, MeetingFormat, MeetingKind
from diplowire.models.person import Person
from diplowire.models.provenance import Provenance
from diplowire.models.records import Records
from diplowire.models.statement import Statement
from diplowire.models.types import CountryCode, PartialDate, date_precision

__all__ = [
    "Agreement",
    "AgreementEvent",
    "AgreementEventKind",
    "Article",
    "Claim",
    "Conflict",
    "CopyGroup",
    "CountryCode",
    "Dossier",
    "Evidence",
    "Failure",
    "Meeting",
    "MeetingFormat",
    "MeetingKind",
    "PartialDate",
    "Person",
    "Provenance",
    "Records",
    "RenewalRule",
    "Statement",
    "date_precision",
]
