"""Small value types shared by the record models: partial dates and country codes."""

from __future__ import annotations

import calendar
import re
from typing import Annotated

from pydantic import AfterValidator, Field

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_partial_date(value: str) -> str:
    """Accept ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real calendar date.

    >>> check_partial_date("2019-11")
    '2019-11'
    >>> check_partial_date("2019-02-30")
    Traceback (most recent call last):
    ...
    ValueError: not a calendar date: '2019-02-30'
    """
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"not an ISO date at year, month or day precision: {value!r}")
    year, month, day = match.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError(f"not a calendar date: {value!r}")
    if day is not None and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        raise ValueError(f"not a calendar date: {value!r}")
    return value


PartialDate = Annotated[
    str,
    AfterValidator(check_partial_date),
    Field(
        description="ISO 8601 date at the precision the text gives: 2019-11-15, 2019-11 or 2019.",
        examples=["2019-11-15", "2019-08", "2016"],
    ),
]
"""An ISO date string at day, month or year precision."""

CountryCode = Annotated[
    str,
    Field(
        pattern=r"^[A-Z]{2}$",
        description="ISO 3166-1 alpha-2 country code, e.g. JP, KR, US.",
        examples=["JP", "KR"],
    ),
]
"""An ISO 3166-1 alpha-2 country code."""


def date_precision(value: str) -> str:
    """Name the precision of a partial date: ``"year"``, ``"month"`` or ``"day"``.

    >>> date_precision("2019-08")
    'month'
    """
    return ("year", "month", "day")[value.count("-")]
