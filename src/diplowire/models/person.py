"""People and the institutions that speak or act in diplomatic news."""

from __future__ import annotations

from typing import Self

from pydantic import Field, model_validator

from diplowire.models._base import Record
from diplowire.models.names import name_key
from diplowire.models.types import CountryCode


class Person(Record):
    """A person (or, with ``institution=True``, a body such as a ministry) named in an article.

    ``key`` is derived from ``name`` when not given, so spelling variants meet:

    >>> Person(name="Kim Jung-han").key == Person(name="Kim Jung Han").key
    True
    >>> Person(name="Kang Kyung-wha", title="Foreign Minister", country="KR").country
    'KR'
    """

    name: str = Field(description="The name as the article writes it.")
    key: str = Field(
        default="",
        description="Normalized name: case, accents, hyphens and token order removed.",
    )
    title: str | None = Field(default=None, description="Office or title, e.g. 'Foreign Minister'.")
    country: CountryCode | None = Field(default=None, description="Country the person acts for.")
    organization: str | None = Field(
        default=None, description="Ministry, agency or body, e.g. 'Foreign Ministry'."
    )
    institution: bool = Field(
        default=False, description="True when the speaker is a body, not a person."
    )
    aliases: list[str] = Field(
        default_factory=list, description="Other spellings of the name seen in the reports."
    )

    @model_validator(mode="after")
    def _fill_key(self) -> Self:
        if not self.key:
            self.key = name_key(self.name)
        return self
