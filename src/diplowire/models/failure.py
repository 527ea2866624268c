"""Failures: inputs that did not become articles, recorded instead of lost."""

from __future__ import annotations

from pydantic import Field

from diplowire.models._base import Record


class Failure(Record):
    """An input, or one stage of its processing, that failed.

    >>> Failure(source="empty.txt", stage="read", error="EmptyInputError",
    ...         message="the document is empty").stage
    'read'
    """

    source: str | None = Field(description="The input as given (path, URL) or null for raw text.")
    stage: str = Field(description="Where it failed: read, detect, parse, extract, ...")
    error: str = Field(description="Name of the exception class.")
    message: str = Field(description="What went wrong, in words.")
    plugin: str | None = Field(default=None, description="The plugin that raised, if any.")
