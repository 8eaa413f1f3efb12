"""The reference date of an article — the day it speaks from — and where it came from.

A page's issue date may be given as a day, a month or a year (``--pubdate
2021-04-22``, ``2021-04``, ``2021``). A month or a year stands for its first day
as the reference date (``今年`` and ``去年`` then resolve right; ``今天`` resolves
to that first day, which is why an article's own dateline or a date printed on
the page is preferred when there is one), and ``precision`` says how much of the
date is known.

>>> parse_pubdate("2021-04")
Reference(day=datetime.date(2021, 4, 1), precision='month', source='pubdate')
>>> parse_pubdate("2021").last_day
datetime.date(2021, 12, 31)
"""

from __future__ import annotations

import argparse
import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "year"]
#: How an article's date was found, in the order they are tried (see :mod:`extractors.article_dates`).
DATE_SOURCES: tuple[str, ...] = (
    "dateline", "page_dateline", "signed", "pubdate", "pubdates.csv", "filename", "inferred",
)

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2}))?")


@dataclass(frozen=True, slots=True)
class Reference:
    """An article's date: its first day, how precise it is, and its source
    (one of :data:`DATE_SOURCES`)."""

    day: date
    precision: Precision = "day"
    source: str = "pubdate"

    @property
    def last_day(self) -> date:
        """The last day the date may stand for (the month's or year's end)."""
        if self.precision == "year":
            return date(self.day.year, 12, 31)
        if self.precision == "month":
            return date(self.day.year, self.day.month,
                        calendar.monthrange(self.day.year, self.day.month)[1])
        return self.day

    def covers(self, day: date) -> bool:
        """Whether ``day`` lies within this date (always so for itself)."""
        return self.day <= day <= self.last_day


def parse_pubdate(value: str | date, source: str = "pubdate") -> Reference:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as a reference date.

    >>> parse_pubdate("2024-09-10").precision, parse_pubdate("2024-9", "pubdates.csv").day
    ('day', datetime.date(2024, 9, 1))
    >>> parse_pubdate("2024-13")
    Traceback (most recent call last):
    ...
    ValueError: not a date (YYYY-MM-DD, YYYY-MM or YYYY): '2024-13'
    """
    if isinstance(value, date):
        return Reference(value, "day", source)
    text = value.strip()
    try:
        return Reference(date.fromisoformat(text), "day", source)
    except ValueError:
        pass
    m = _PARTIAL.fullmatch(text)
    month = int(m.group(2)) if m and m.group(2) else None
    if m is None or (month is not None and not 1 <= month <= 12) or not 1 <= int(m.group(1)):
        raise ValueError(f"not a date (YYYY-MM-DD, YYYY-MM or YYYY): {value!r}")
    return Reference(date(int(m.group(1)), month or 1, 1), "month" if month else "year", source)


def pubdate_text(ref: Reference) -> str:
    """The date as given, at its precision: ``2021-04-22``, ``2021-04`` or ``2021``."""
    return ref.day.isoformat()[: {"day": 10, "month": 7, "year": 4}[ref.precision]]


def pubdate_arg(value: str) -> str:
    """An ``argparse`` type for ``--pubdate``: the date at its precision, or a clear error."""
    try:
        return pubdate_text(parse_pubdate(value))
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
