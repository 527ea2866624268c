"""The fields every kind of record ends with, declared once.

Each record model lists its own fields first and these last (the JSON keeps that
order), so they are functions returning the field rather than a base class, whose
fields pydantic would put first.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from diplowire.models._base import _unset


def sources_field(description: str = "Where it is reported.") -> Any:
    """``sources``: the evidence of the record, one entry per sentence citing it."""
    return Field(default_factory=list, description=description)


def conflicts_field() -> Any:
    """``conflicts``: where the merged reports disagree."""
    return Field(
        default_factory=list, description="Fields on which the reports disagree, every value kept."
    )


def independent_sources_field() -> Any:
    """``independent_sources``: set by the merge."""
    return Field(
        default=None,
        description="How many independent reports (wire copies counted once); set by merge.",
    )


def reader_field() -> Any:
    """``reader``: the model whose answer made the record, if any."""
    return Field(
        default=None,
        # Left out of the JSON when unset, so the rules' records read as they always did.
        exclude_if=_unset,
        description="The model of people and roles whose answer made it (``--model``, e.g. "
        "'spacy'): a name only the model read as one, or the speaker or parties its parse "
        "chose; absent when the rules alone did, whether or not a model was asked.",
    )
