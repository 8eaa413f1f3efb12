"""Day arithmetic and the resolved value of a date: a half-open interval of days."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..numerals import parse_number

DAY = timedelta(days=1)


@dataclass(slots=True)
class Res:
    """A resolved date: the half-open day interval [start, end) and how to write it."""

    start: date | None
    end: date | None
    prec: str = "day"               # day | month | year: the unit the iso is written in
    kind: str = "day"
    relative: bool = False
    iso: str | None = None          # set when it differs from the interval's rendering
    unresolved: bool = False        # relative and today unknown

    def rendered(self) -> str | None:
        if self.kind == "vague" or self.unresolved or self.start is None or self.end is None:
            return None
        return self.iso if self.iso is not None else render(self.start, self.end, self.prec)


def unresolved(kind: str = "day", prec: str = "day", relative: bool = True) -> Res:
    """A date as written whose days are unknown (today unknown, or no such day)."""
    return Res(None, None, prec, kind, relative, unresolved=True)


def render(start: date, end: date, prec: str) -> str:
    last = end - DAY
    if prec == "day":
        a, b = start.isoformat(), last.isoformat()
    elif prec == "month":
        a, b = f"{start.year:04d}-{start.month:02d}", f"{last.year:04d}-{last.month:02d}"
    else:
        a, b = f"{start.year:04d}", f"{last.year:04d}"
    return a if a == b else f"{a}/{b}"


def iso_bounds(iso: str) -> tuple[date, date]:
    """The half-open day interval ``[start, end)`` an iso value stands for.

    >>> iso_bounds("2024")
    (datetime.date(2024, 1, 1), datetime.date(2025, 1, 1))
    >>> iso_bounds("2024-01/2024-10")
    (datetime.date(2024, 1, 1), datetime.date(2024, 11, 1))
    >>> iso_bounds("2021/2024-09-09")
    (datetime.date(2021, 1, 1), datetime.date(2024, 9, 10))
    """
    first, _, last = iso.partition("/")
    return _part_bounds(first)[0], _part_bounds(last or first)[1]


def _part_bounds(part: str) -> tuple[date, date]:
    bits = [int(b) for b in part.partition("T")[0].split("-")]   # 2021-06-03T15:27: its day
    if len(bits) == 1:
        return date(bits[0], 1, 1), date(bits[0] + 1, 1, 1)
    if len(bits) == 2:
        start = date(bits[0], bits[1], 1)
        return start, add_months(start, 1)
    day = date(bits[0], bits[1], bits[2])
    return day, day + DAY


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    year, month = divmod(total, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def add_years(d: date, n: int) -> date:
    return add_months(d, 12 * n)


def month_start(year: int, month: int) -> date:
    return add_months(date(year, 1, 1), month - 1)


def year_for_month(month: int, today: date) -> int:
    """Today's year, or last year for a month more than 8 months after today's."""
    return today.year - 1 if month - today.month > 8 else today.year


def whole_years(first: int, last: int, kind: str, relative: bool) -> Res:
    """The years ``first`` to ``last``, inclusive."""
    return Res(date(first, 1, 1), date(last + 1, 1, 1), "year", kind, relative)


@lru_cache(maxsize=4096)
def number(text: str) -> int | None:
    """A whole number written in digits or Chinese numerals (初十 as 10), else ``None``."""
    if text.startswith("初"):  # 初十 (lunar-style day of month)
        text = text[1:]
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None


def matched(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str]:
    """``pattern.match`` for a pattern that always matches there (a repetition that
    may be empty, or one run on an atom it found)."""
    m = pattern.match(text, pos, len(text) if endpos is None else endpos)
    assert m is not None, (pattern.pattern[:40], text[pos:pos + 20])
    return m
