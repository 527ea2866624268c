"""Gold annotations: what a careful reader finds in an article, read and checked.

The format is documented in ``docs/evaluate.rst`` (and ``tests/data/real/ANNOTATING.md``
for annotators). A field left out was not judged and is not scored; ``null`` is a
judgement: the article does not give it, and an extractor must not invent it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from diplowire.errors import GoldError
from diplowire.models.agreement import AgreementEventKind
from diplowire.models.meeting import MeetingFormat, MeetingKind, MeetingStatus
from diplowire.models.types import CountryCode, PartialDate

__all__ = [
    "GoldAgreement",
    "GoldArticle",
    "GoldEvent",
    "GoldMeeting",
    "GoldSet",
    "GoldStatement",
    "MergedGold",
    "gold_stems",
    "load_gold",
    "load_merged_gold",
]


_SCHEDULED = frozenset({"planned", "announced", "expected"})


class _Gold(BaseModel):
    # Unknown keys are typos in hand-written files: refuse them, but allow notes.
    model_config = ConfigDict(extra="forbid")

    note: str | list[str] | None = None

    def judged(self, name: str) -> bool:
        """True when the annotator gave the field (``null`` included)."""
        return name in self.model_fields_set


class GoldArticle(_Gold):
    """The article fields: who published it, whose copy, where and when it was filed."""

    outlet: str | None = None
    wire: list[str] | None = Field(default=None, description="Agencies credited; [] for none.")
    published: PartialDate | None = None
    dateline_place: str | None = None
    title: str | None = None

    @field_validator("wire", mode="before")
    @classmethod
    def _wire_as_list(cls, value: Any) -> Any:
        # Annotators write one agency as a string and "none credited" as null.
        if value is None:
            return []
        return [value] if isinstance(value, str) else value


class GoldMeeting(_Gold):
    """A meeting, talk, call or summit the article reports as held or firmly scheduled."""

    date: PartialDate | None = None
    participants: list[str] = Field(default_factory=list)
    countries: dict[str, CountryCode | None] = Field(default_factory=dict)
    location: str | None = None
    duration_minutes: int | None = Field(default=None, ge=0)
    kind: MeetingKind | None = None
    format: MeetingFormat | None = None
    forum: str | None = None
    status: MeetingStatus | None = None
    optional: bool = False

    @field_validator("status", mode="before")
    @classmethod
    def _status_synonym(cls, value: Any) -> Any:
        # Older gold says "planned" for a meeting announced before it happens.
        return "scheduled" if value in _SCHEDULED else value


class GoldStatement(_Gold):
    """One directly quoted span and who the article says spoke it."""

    speaker: str
    quote: str = Field(min_length=1)
    optional: bool = False


class GoldEvent(_Gold):
    """One dated step in an agreement's life."""

    kind: AgreementEventKind
    date: PartialDate | None = None
    optional: bool = False


class GoldRenewal(_Gold):
    automatic: bool | None = None
    period: str | None = None
    notice_days: int | None = None


class GoldAgreement(_Gold):
    """A named pact, treaty or accord, with its parties and dated lifecycle."""

    name: str | None = None
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    parties: list[CountryCode] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)
    renewal: GoldRenewal | None = None
    term: str | None = Field(default=None, description="Its term (ISO duration); not scored.")
    amount: dict[str, Any] | None = Field(default=None, description="A sum it sets; not scored.")
    optional: bool = False

    @field_validator("parties", mode="before")
    @classmethod
    def _no_parties(cls, value: Any) -> Any:
        return [] if value is None else value


class GoldSet(_Gold):
    """Everything a perfect extractor finds in one article."""

    article: GoldArticle = Field(default_factory=GoldArticle)
    meetings: list[GoldMeeting] = Field(default_factory=list)
    statements: list[GoldStatement] = Field(default_factory=list)
    agreements: list[GoldAgreement] = Field(default_factory=list)
    not_: list[Any] = Field(default_factory=list, alias="not")


class MergedMeeting(_Gold):
    """One real-world meeting and every article of the set that reports it."""

    what: str | None = None
    date: PartialDate | None = None
    participants: list[str] = Field(default_factory=list)
    articles: list[str] = Field(min_length=1)
    records: dict[str, int] = Field(
        default_factory=dict,
        description="Article → index of its gold meeting, where the description is not "
        "enough (a summit each report dates or peoples differently).",
    )
    optional: bool = Field(False, description="Optional in every report: not scored.")


class MergedAgreement(_Gold):
    """One real-world agreement and every article of the set that names it."""

    what: str | None = None
    name: str | None = None
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    articles: list[str] = Field(min_length=1)
    events: list[tuple[AgreementEventKind, PartialDate | None]] = Field(default_factory=list)
    records: dict[str, int] = Field(
        default_factory=dict, description="Article → index of its gold agreement."
    )
    optional: bool = Field(False, description="Optional in every report: not scored.")


class MergedGold(_Gold):
    """What a perfect merge of a set produces (``merged.json``)."""

    meetings: list[MergedMeeting] = Field(default_factory=list)
    agreements: list[MergedAgreement] = Field(default_factory=list)
    copies: list[list[str]] = Field(
        default_factory=list, description="Groups of articles that are one wire copy."
    )
    people: list[list[str]] = Field(default_factory=list)


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"cannot read gold file: {exc.strerror}", source=str(path)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"not valid JSON: {exc}", source=str(path)) from exc


def _validated(model: type[_Gold], data: Any, path: Path) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise GoldError(
            f"field {where}: {error['msg']}{more}", source=str(path), field=where
        ) from exc


NOT_GOLD = frozenset({"manifest", "merged"})
"""Stems of JSON files that may sit beside gold files without being gold."""


def gold_stems(directory: str | Path) -> list[str]:
    """The stems of the gold files a directory holds.

    :raises ~diplowire.errors.GoldError: the directory is missing or holds no ``*.json`` file.
    """
    root = Path(directory)
    if not root.is_dir():
        raise GoldError("gold directory not found", source=str(root))
    stems = sorted(p.stem for p in root.glob("*.json") if p.stem not in NOT_GOLD)
    if not stems:
        raise GoldError("no gold files (*.json) in the directory", source=str(root))
    return stems


def load_gold(directory: str | Path, only: Iterable[str] | None = None) -> dict[str, GoldSet]:
    """Read the gold files of a directory (``only`` those stems, if given), keyed by stem.

    :raises ~diplowire.errors.GoldError: the directory is missing, or a file is not valid
        JSON or breaks the format (the error names the file and the field).
    """
    root = Path(directory)
    wanted = set(gold_stems(root)) if only is None else set(only) & set(gold_stems(root))
    return {
        stem: _validated(GoldSet, _read(root / f"{stem}.json"), root / f"{stem}.json")
        for stem in sorted(wanted)
    }


def load_merged_gold(path: str | Path, known: set[str] | None = None) -> MergedGold:
    """Read a merged gold file; with ``known``, every article it names must be one of them.

    :raises ~diplowire.errors.GoldError: the file cannot be read, breaks the format, or
        names an article that has no gold.
    """
    path = Path(path)
    merged: MergedGold = _validated(MergedGold, _read(path), path)
    if known is not None:
        groups = (
            [("meetings", i, m.articles) for i, m in enumerate(merged.meetings)]
            + [("agreements", i, a.articles) for i, a in enumerate(merged.agreements)]
            + [("copies", i, group) for i, group in enumerate(merged.copies)]
        )
        for kind, index, articles in groups:
            for stem in articles:
                if stem not in known:
                    raise GoldError(
                        f"article {stem!r} has no gold file",
                        source=str(path),
                        field=f"{kind}.{index}",
                    )
    return merged
