"""The configuration every record model shares."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """Base of all diplowire models: unknown fields are errors, so typos never pass silently."""

    model_config = ConfigDict(
        extra="forbid", validate_assignment=False, use_attribute_docstrings=False
    )


def _unset(value: object) -> bool:
    """True for a field value left at None: optional fields that are omitted when unset."""
    return value is None
