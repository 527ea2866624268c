"""The configuration every record model shares."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """Base of all diplowire models: unknown fields are errors, so typos never pass silently."""

    model_config = ConfigDict(
        extra="forbid", validate_assignment=False, use_attribute_docstrings=False
    )
