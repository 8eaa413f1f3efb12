"""A date as written (the parts it names, still unresolved) and a date found in a text."""

from __future__ import annotations

from dataclasses import dataclass

from .atoms import Atom
from .days import Res


@dataclass(slots=True)
class Point:
    """An unresolved single date, as written: the parts it names."""

    start: int
    end: int
    year: int | None = None
    year_rel: int | None = None
    year_ctx: int | None = None
    year_ref: int | None = None      # 上年, 本年度: from the reviewed year, else today's
    month: int | None = None
    month_rel: int | None = None
    month_ctx: int | None = None     # 当月, 次月: from the last month written
    day: int | None = None
    num: int | None = None           # a bare number before a range separator (1-10月)
    ypart: str | None = None
    mpart: str | None = None
    weekday: tuple[int, int] | None = None
    week_named: bool = False          # the weekday's week is written (上周三, 下周周六)
    week: tuple[int, bool] | None = None
    nth_week: tuple[int, int | None] | None = None  # (N or -1 for the last, weekday or None)
    relday: int | None = None
    that_day: bool = False            # 当天: the day last written, else today
    holiday: str | None = None
    tod: bool = False
    special: Atom | None = None      # an atom that is a whole date by itself (近三年, 一年来 …)
    ymd: tuple[int, int, int] | None = None
    clock: tuple[int, int] | None = None   # 08:33, 15时27分 written after a full date

    def coarsest(self) -> str | None:
        if self.explicit_year():
            return "year"
        if self.month is not None or self.month_rel is not None or self.month_ctx is not None:
            return "month"
        if self.day is not None:
            return "day"
        return None

    def explicit_year(self) -> bool:
        """A year is written, absolute or relative (2024年, 今年, 上年, 次年)."""
        return (self.year is not None or self.year_rel is not None or self.year_ctx is not None
                or self.year_ref is not None)

    def has_year(self) -> bool:
        return self.coarsest() == "year" or self.ymd is not None

    def only_year(self) -> bool:
        return (self.year is not None and self.month is None and self.day is None
                and self.ypart is None and self.holiday is None and self.num is None)

    def year_or_part(self) -> bool:
        """An absolute year, alone or with a part of it (2023年, 2023年上半年): what may
        open a name (2023年上半年上海市国民经济运行情况)."""
        return (self.year is not None and self.month is None and self.day is None
                and self.holiday is None and self.num is None)

    def time_only(self) -> bool:
        """Only a time of day or a clock is written (上午9时): a time today."""
        return (self.tod and self.month is None and self.month_rel is None and self.day is None
                and self.weekday is None and not self.explicit_year() and self.holiday is None)

    def share_year(self, other: Point) -> None:
        """Take ``other``'s year, as written (2019年4月12日-5月3日: both ends in 2019)."""
        self.year, self.year_rel, self.year_ctx, self.year_ref = (
            other.year, other.year_rel, other.year_ctx, other.year_ref)

    def share_month(self, other: Point) -> None:
        self.month, self.month_rel, self.month_ctx = other.month, other.month_rel, other.month_ctx


@dataclass(slots=True)
class Found:
    start: int
    end: int
    res: Res
    point: Point | None = None
    code_check: bool = False         # a bare absolute year: may be part of a name
