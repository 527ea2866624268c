"""Small value types shared by the record models: partial dates and country codes."""

from __future__ import annotations

import calendar
import re
from typing import Annotated

from pydantic import AfterValidator, Field

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")


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


def iso_day(value: str) -> str | None:
    """``YYYY-MM-DD`` from a timestamp written in ISO-like form, or None.

    >>> iso_day("2019-08-20T09:31:01+09:00")
    '2019-08-20'
    >>> iso_day("2025/1/14 21:17")
    '2025-01-14'
    """
    match = _ISO_DAY.search(value)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def normalize_date(value: str) -> str:
    """A date a user gives, as a partial ISO date: ``2019-11``, or a timestamp's day.

    >>> normalize_date("2019-11-15T10:00:00+09:00")
    '2019-11-15'
    >>> normalize_date("15 Nov 2019")
    Traceback (most recent call last):
    ...
    ValueError: not an ISO date or timestamp: '15 Nov 2019'
    """
    value = value.strip()
    if _PARTIAL_DATE.match(value):
        return check_partial_date(value)
    day = iso_day(value)
    if day is None:
        raise ValueError(f"not an ISO date or timestamp: {value!r}")
    return day
