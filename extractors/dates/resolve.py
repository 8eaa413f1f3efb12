"""Resolution: a date as written (a Point) → the days it means (a Res), against the
article's date, the dates written before it and the year a review reports on."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from .atoms import Atom, N
from .context import LOOKING_BACK_MONTHS, Env
from .days import (
    DAY,
    Res,
    add_months,
    add_years,
    month_start,
    number,
    unresolved,
    whole_years,
    year_for_month,
)
from .points import Point
from .words import (
    BREAK_HOLIDAYS,
    BREAK_WORDS,
    FIXED_HOLIDAYS,
    LEX,
    LUNAR_OFFSETS,
    MONTH_PARTS,
    NEED_YEAR,
    RELATIVE_PAIRS,
    SPAN_PAST,
    SPAN_UNITS,
    TABLED,
    WEEKDAY_HOLIDAYS,
    YEAR_LABELS,
    YEAR_PARTS,
    alt,
)

_PAST_LEADS = frozenset([*LEX["span_past"], *LEX["span_past_counted"], "这"])
_SPAN_TAILS = [*LEX["span_since"], *LEX["span_before"], *LEX["span_after"], "内", "里"]
TO_DATE_QUARTERS = frozenset(LEX["to_date_quarters"])
# lead? count unit tail?: 近三年, 3年半以来, 两个半月前, 下三周; the unit may hold 半 or 多
_SPAN_RE = re.compile(r"(" + alt([*_PAST_LEADS, *LEX["span_future"], *LEX["span_future_counted"]])
                      + r")?\s*(" + N + r"|半)\s*(\S*?)(" + alt(_SPAN_TAILS) + r")?$")
_FUZZY_RE = re.compile(r"(?:([一二三四五六七八九]?十)几|几十|几)\s*(年|[个個]月|天)(.*)")
_BEFORE = frozenset(LEX["span_before"])
_AFTER = frozenset(LEX["span_after"])
_VAGUE_OR_NOW = ("vague", "now")
_ON_A_DAY = ("day", "time")   # kinds of a date written to the day



#: How many days into January a report may be delivered and still have been written in the
#: year before (its 今年 is that year's).
_TURN_OF_YEAR_DAYS = 15

class Resolver:
    """Resolves the points of one text in order; ``ctx`` holds the dates resolved so far."""

    def __init__(self, env: Env, ctx: list[Res]) -> None:
        self.env, self.today, self.ctx = env, env.today, ctx

    def resolve(self, p: Point) -> Res | None:
        res = self._resolve(p)
        if res is not None and p.clock is not None and res.start is not None \
                and res.end is not None and (res.end - res.start).days == 1:
            # a page's 发布时间 2021-06-03 15:27, a story's 1月5日上午9时: the day and its clock time
            res = replace(res, iso=f"{res.start.isoformat()}T{p.clock[0]:02d}:{p.clock[1]:02d}", kind="time")
        return res

    def _resolve(self, p: Point) -> Res | None:
        if p.special is not None:
            return special(p.special, self.today, self.env.report_year(p.start))
        if p.ymd is not None:
            return _ymd(p.ymd)
        if p.num is not None:
            return None
        if p.relday is not None or p.time_only():
            return self._day_of(p)
        if p.weekday is not None or p.week is not None:
            return _in_week(p, self.today)
        year, relative = self.year(p)
        if p.holiday is not None:
            return holiday(p.holiday, year, self.today, year is None and self.env.ahead(p.start, p.end))
        if p.month_rel is not None or p.month_ctx is not None:
            return self._relative_month(p)
        if p.month is not None:
            return self._month(p, year, relative)
        if p.day is not None:
            return self._bare_day(p)
        return self._year_or_part(p, year, relative)

    # --- years

    def year(self, p: Point) -> tuple[int | None, bool]:
        """The point's year and whether it depended on the article's date or context."""
        if p.year is not None:
            return p.year, False
        if p.year_rel is not None:
            if p.year_rel == 0 and self._written_last_year(p):
                return self.today.year - 1 if self.today else None, True
            return (self.today.year + p.year_rel if self.today else None), True
        if p.year_ctx is not None:
            base = self.ctx[-1].start.year if self.ctx and self.ctx[-1].start else (
                self.today.year if self.today else None)
            return (base + p.year_ctx if base is not None else None), True
        if p.year_ref is not None:
            base = self.base_year(p)
            return (base + p.year_ref if base is not None else None), True
        return None, True

    def _written_last_year(self, p: Point) -> bool:
        """今年以来 in the review of last year of a report delivered to a congress early in January
        (——2023年1月4日在…会议上; 各位代表：…一、2022年…计划执行情况), under a heading naming that
        year: written before the year turned, its 今年 is the year reviewed."""
        today = self.today
        if today is None or today.month != 1 or today.day > _TURN_OF_YEAR_DAYS:
            return False
        at, year = self.env.review_mark(p.start)
        return at > 0 and year == today.year - 1 and self.env.delivered() and not self.env.ahead(p.start, p.end, True)

    def base_year(self, p: Point) -> int | None:
        """The year that 全年, 上年 or 一季度 count from: the year a review reports on
        (unless the clause looks ahead: 将于年底前, or its sentence names a later year first:
        2013年，…计划…，年内实施), else a year written earlier in the sentence (2015年…比上年),
        else the article's year."""
        review = self.env.review_year(p.start)
        over = review is not None and self.today is not None and review < self.today.year
        written = self.env.sentence_year(p.start)
        if review is not None and not self.env.ahead(p.start, p.end, over) \
                and not (written is not None and written > review):   # 2013年，…计划…，年内实施: that year's
            return review
        if written is not None:
            return written
        return self.today.year if self.today else None

    def month_year(self, p: Point, month: int) -> int | None:
        """The year of a year-less month (see the package docstring); a month after
        today's in a clause that reports a finished action is last year's."""
        today = self.today
        if today is None:
            return None
        if month <= today.month or self.env.ahead(p.start, p.end):
            # 本报2月27日讯 in a review is still this year's; so is 将于11月底前完成
            return today.year
        review = self.env.review_year(p.start)
        if review is not None:
            return review
        if self.env.done(p.start, p.end):
            return today.year - 1   # 于6月21日组织…进行了面商, in a letter posted in February: done last year
        return year_for_month(month, today)

    def _year_or_part(self, p: Point, year: int | None, relative: bool) -> Res | None:
        explicit = p.explicit_year()
        if p.ypart is not None:
            if not explicit and p.ypart in NEED_YEAR:
                return None
            if year is None and not explicit:
                year = self.base_year(p)
            if year is None:
                return unresolved("period", "month")
            part = p.ypart
            if part in TO_DATE_QUARTERS and self.env.to_date_quarter(part, p.start, p.end):
                part = "前" + part.removeprefix("第")   # 三季度，全县完成… in a text of figures from January
            return year_part(part, year, relative, self.today)
        if year is None:
            return unresolved() if explicit else None
        if p.nth_week is not None:
            return nth_week_in(p.nth_week, date(year, 1, 1), date(year + 1, 1, 1), relative)
        return whole_years(year, year, "year", relative)

    # --- months and days

    def _day_of(self, p: Point) -> Res:
        """今天, 昨天, 当天: a day counted from today; 当天 and a time of day alone (上午9时)
        are on the day last written (1月7日下午2时30分，…开幕。…下午2时30分，大会…), else today."""
        kind = "day" if p.relday is not None else "time"
        base = self.today
        if p.that_day or p.relday is None:  # 9月5日，大会开幕。当天… is 9月5日
            base = next((r.start for r in reversed(self.ctx) if r.prec == "day" and r.kind in _ON_A_DAY
                         and r.start), self.today)
        if base is None:
            return unresolved(kind)
        day = base + timedelta(days=p.relday or 0)
        return Res(day, day + DAY, "day", kind, True)

    def _relative_month(self, p: Point) -> Res | None:
        """本月, 上月 (from today's month; as a base, 11月…比上月增长, from the last month written)
        and 当月, 次月 (from the last month written; 上年同月, that month of the year before)."""
        # (a base counts from the last month of the period written: 前三季度…较上月 is August's)
        written = next((r.end - DAY for r in reversed(self.ctx) if r.prec == "month" and r.start and r.end), None)
        if p.month_rel is not None:
            as_base = written is not None and self.env.text.endswith(_BASE_BEFORE, 0, p.start)
            base, offset = (written if as_base else self.today), p.month_rel
        else:
            base = next((r.start for r in reversed(self.ctx) if r.prec != "year" and r.start), self.today)
            offset = p.month_ctx or 0
        if base is None:
            return unresolved()
        first = add_months(date(base.year, base.month, 1), offset)
        year = first.year
        if p.month_ctx is not None and p.explicit_year():
            year = self.year(p)[0] or year   # 上年同月: the month written, in the year before
        return self.in_month(p, year, first.month, True)

    def _month(self, p: Point, year: int | None, relative: bool) -> Res | None:
        assert p.month is not None
        if not 1 <= p.month <= 12:
            return None
        if year is None:
            year = None if p.explicit_year() else self.month_year(p, p.month)
            if year is None:
                return unresolved()
            if (p.month, p.day) == (2, 29):  # the last 2月29日 there was
                year = next(y for y in range(year, year - 4, -1) if calendar.isleap(y))
        return self.in_month(p, year, p.month, relative)

    def _bare_day(self, p: Point) -> Res | None:
        """9日: in the month of the last day written, else in today's month (or the month
        before, for a day more than 6 days ahead)."""
        assert p.day is not None
        last_day = next((r for r in reversed(self.ctx) if r.prec == "day" and r.kind == "day"
                         and r.start is not None), None)
        if last_day is not None and last_day.start is not None:
            return self.in_month(p, last_day.start.year, last_day.start.month, True)
        today = self.today
        if today is None:
            return unresolved()
        first = date(today.year, today.month, 1)
        if p.day > today.day + 6 and p.day <= (first - DAY).day:
            first = add_months(first, -1)
        return self.in_month(p, first.year, first.month, True)

    def in_month(self, p: Point, year: int, month: int, relative: bool) -> Res | None:
        first = month_start(year, month)
        nxt = add_months(first, 1)
        if p.nth_week is not None:
            return nth_week_in(p.nth_week, first, nxt, relative)
        if p.day is not None:
            try:
                day = date(year, month, p.day)
            except ValueError:  # 2月30日: a date as written, but no such day
                return unresolved(relative=relative)
            return Res(day, day + DAY, "day", "day", relative)
        if p.mpart is not None:
            lo, hi = MONTH_PARTS[p.mpart]
            if (lo, hi) == (1, -1):  # 6月底, 月初: the month, as the gold writes it
                return Res(first, nxt, "month", "period", relative)
            last = (nxt - DAY).day
            start = date(year, month, lo)
            end = date(year, month, last if hi == -1 else hi) + DAY
            return Res(start, end, "day", "period", relative)
        return Res(first, nxt, "month", "month", relative)

    # --- ranges

    def range(self, a: Point, b: Point) -> Res | None:
        """``a`` to ``b`` (1-10月, 2019年4月12-19日, 去年到现在), or ``None``."""
        if b.special is not None and b.special.kind == "now" and a.special is None and a.num is None:
            ra = self.resolve(a)  # 去年到现在: from the start of last year to today
            return since(ra, self.today) if ra is not None and ra.kind not in _VAGUE_OR_NOW else None
        if b.num is not None or b.special is not None or a.special is not None:
            return None
        if a.num is not None and not _number_as_end(a, b):
            return None
        _share_parts(a, b)
        ends = self._resolve_ends(a, b)
        return _join(ends[0], ends[1], b) if ends is not None else None

    def _resolve_ends(self, a: Point, b: Point) -> tuple[Res, Res] | None:
        if not a.has_year() and not b.has_year() and b.coarsest() == "month" and b.day is None \
                and b.month is not None:
            # 1-11月 is reported once it is over: its last month decides the year
            rb = self.resolve(b)
            if rb is not None and rb.start is not None:
                a.year = rb.start.year - (1 if a.month is not None and a.month > b.month else 0)
            ra = self.resolve(a)
        else:
            ra = self.resolve(a)
            if ra is not None and ra.start is not None and not a.has_year() and not b.has_year():
                b.year = ra.start.year  # 2月29日-3月1日: both ends in the year the first one took
            rb = self.resolve(b)
        if ra is None or rb is None or ra.kind in _VAGUE_OR_NOW or rb.kind in _VAGUE_OR_NOW:
            return None
        return ra, rb


def _number_as_end(a: Point, b: Point) -> bool:
    """A bare number before the separator takes the unit of the other end (1-10月,
    2019年4月12-19日, 2008-2010年); ``False`` when it cannot."""
    assert a.num is not None
    unit = b.coarsest()
    if unit == "year" and b.year is not None and a.num >= 1000:
        a.year = a.num
    elif unit == "month" and 1 <= a.num <= 12 and a.month is None and a.month_rel is None:
        a.month = a.num
        if not b.has_year():
            b.share_year(a)
    elif unit == "day" and 1 <= a.num <= 31 and a.month is not None:
        a.day = a.num
    else:
        return False
    a.num = None
    return True


def _share_parts(a: Point, b: Point) -> None:
    """What one end of a range leaves out, it takes from the other (2019年4月12-19日)."""
    if not b.has_year() and a.has_year():
        if b.coarsest() == "day":  # 2019年4月12-19日: the day in the first end's month
            b.share_month(a)
        b.share_year(a)
    elif not a.has_year() and b.has_year() and a.coarsest() == "month":
        a.share_year(b)
    elif b.coarsest() == "day":
        b.share_month(a)


def _join(ra: Res, rb: Res, b: Point) -> Res | None:
    relative = ra.relative or rb.relative
    if ra.unresolved or rb.unresolved:
        return unresolved("range", relative=relative)
    first, b_start, b_end = ra.start, rb.start, rb.end
    assert first is not None and b_start is not None and b_end is not None
    if b_end <= first and not b.has_year():  # 12月至1月: the second end is next year's
        b_start, b_end = add_years(b_start, 1), add_years(b_end, 1)
    if b_end <= first:
        return None
    order = ("day", "month", "year")
    prec = min(ra.prec, rb.prec, key=order.index)
    same_year = first.year == (b_end - DAY).year
    kind = "period" if prec == "month" and same_year and ra.kind == rb.kind == "month" else "range"
    return Res(first, b_end, prec, kind, relative)


def _ymd(ymd: tuple[int, int, int]) -> Res:
    try:
        day = date(*ymd)
    except ValueError:
        return unresolved(relative=False)
    return Res(day, day + DAY, "day", "day", False)


def _in_week(p: Point, today: date | None) -> Res:
    """周三, 上周五 (a day of a week) or 下周, 本周末 (the week or its weekend)."""
    if today is None:
        return unresolved("day" if p.weekday is not None else "period")
    monday = today - timedelta(days=today.weekday())
    if p.weekday is not None:
        offset, weekday = p.weekday
        day = monday + timedelta(days=7 * offset + weekday)
        return Res(day, day + DAY, "day", "day", True)
    assert p.week is not None
    offset, weekend = p.week
    monday += timedelta(days=7 * offset)
    first = monday + timedelta(days=5) if weekend else monday
    return Res(first, monday + timedelta(days=7), "day", "period", True)


def nth_week_in(nth: tuple[int, int | None], first: date, end: date, relative: bool) -> Res | None:
    """The N-th week of a month or year (the week of its N-th Monday, as the peers count:
    9月第二周) or its N-th (or last) given weekday (5月第二个星期日).

    >>> nth_week_in((2, None), date(2024, 9, 1), date(2024, 10, 1), False).rendered()
    '2024-09-09/2024-09-15'
    >>> nth_week_in((-1, 0), date(2019, 4, 1), date(2019, 5, 1), False).rendered()
    '2019-04-29'
    """
    n, weekday = nth
    target = 0 if weekday is None else weekday
    if n < 0:  # the last one
        day = end - DAY - timedelta(days=((end - DAY).weekday() - target) % 7)
    else:
        day = first + timedelta(days=(target - first.weekday()) % 7 + 7 * (n - 1))
    if n == 0 or not first <= day < end:
        return None
    if weekday is None:
        return Res(day, day + timedelta(days=7), "day", "period", relative)
    return Res(day, day + DAY, "day", "day", relative)


# --- parts of a year ---------------------------------------------------------------

def year_part(word: str, year: int, relative: bool, today: date | None) -> Res | None:
    """上半年, 一季度, 前5个月, 年底, 秋季 … of ``year``."""
    if word in YEAR_LABELS:  # 2024年秋季学期, 今年秋季: the year names it
        return whole_years(year, year, "period", relative)
    months = _quarter_months(word, today) if "季" in word or word.startswith("Q") else None
    if months is None and "月" in word:
        months = _first_months(word)
    if months is None:
        lo, hi = YEAR_PARTS.get(word, [0, 0])
        months = (lo, hi)
    lo, hi = months
    if lo < 1:
        return None
    start = month_start(year, lo)
    end = add_months(month_start(year, 1), hi)
    if (lo, hi) == (1, 12):
        return Res(start, end, "year", "year", relative)
    return Res(start, end, "month", "period", relative)


_RELATIVE_QUARTERS = {"本": 0, "这": 0, "上": -1, "下": 1}
_QUARTER_STRETCH = re.compile(r"([一二三四1-4])[-—－–~～至到]([一二三四1-4])季度")


def _quarter_months(word: str, today: date | None) -> tuple[int, int] | None:
    tail = word[-1] if word[-1] in "初末" else ""
    core = word[:-1] if tail else word
    stretch = _QUARTER_STRETCH.fullmatch(core)
    if stretch:   # 1-3季度: from the first quarter to the end of the third (1-4季度, the year, is left alone)
        first, last = number(stretch.group(1)), number(stretch.group(2))
        return (3 * first - 2, 3 * last) if first and last and 1 <= first < last <= 3 else None
    if core.startswith("前"):  # 前三季度: January to the end of the third quarter
        n = number(core[1:].replace("个", "").replace("季度", ""))
        return (1, 3 * n) if n else None
    if core[0] in _RELATIVE_QUARTERS:
        if today is None:
            return None
        q = (today.month - 1) // 3 + _RELATIVE_QUARTERS[core[0]]
        lo = 3 * (q % 4) + 1
    else:
        digits = re.sub(r"[第季度Q首]", "", core) or "一"
        n = number(digits)
        if n is None or not 1 <= n <= 4:
            return None
        lo = 3 * n - 2
    if tail == "初":
        return lo, lo
    if tail == "末":
        return lo + 2, lo + 2
    return lo, lo + 2


def _first_months(word: str) -> tuple[int, int] | None:
    if word == "首月":
        return 1, 1
    m = re.search(N, word)
    n = number(m.group()) if m else None
    if not n or not 1 <= n <= 12:
        return None
    if word.startswith("第"):
        return n, n
    if word.startswith(("最后", "最後", "后")):
        return 13 - n, 12
    return 1, n


# --- holidays ------------------------------------------------------------------------

def holiday(name: str, year: int | None, today: date | None, ahead: bool = False) -> Res | None:
    """A holiday's day in ``year`` (else its nearest occurrence, or with ``ahead`` the next
    one: 确保春节前建成, said in July); 国庆假期 is the break.

    >>> holiday("国庆假期", 2024, None).rendered()
    '2024-10-01/2024-10-07'
    """
    relative = year is None
    break_days = 0
    word = next((w for w in BREAK_WORDS if name.endswith(w)), "")
    if word:
        name = name[:-len(word)]
        break_days = BREAK_HOLIDAYS.get(name, 0)
    if year is None:
        if today is None:
            return unresolved()
        # the nearest one: 元旦 in a December article is the coming one
        near = [d for d in (holiday_day(name, y) for y in (today.year - 1, today.year, today.year + 1)) if d]
        if ahead:
            near = [d for d in near if d >= today]
        year = min(near, key=lambda d: abs((d - today).days)).year if near else today.year
    day = holiday_day(name, year)
    if day is None:
        return None
    if break_days:
        return Res(day, day + timedelta(days=break_days), "day", "period", relative)
    return Res(day, day + DAY, "day", "day", relative)


def holiday_day(name: str, year: int) -> date | None:
    """The day of a holiday or solar term in ``year`` (``None`` outside the tables)."""
    anchor, offset = name, 0
    if name in LUNAR_OFFSETS:
        anchor, offset = LUNAR_OFFSETS[name]
    table = TABLED.get(anchor)
    if table is not None:
        md = table.get(year)
        return None if md is None else date(year, int(md[:2]), int(md[3:])) + timedelta(days=offset)
    if anchor in WEEKDAY_HOLIDAYS:
        month, n, weekday = WEEKDAY_HOLIDAYS[anchor]
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    md = FIXED_HOLIDAYS[anchor]
    return date(year, int(md[:2]), int(md[3:]))


# --- dates written as one atom ---------------------------------------------------------

def special(atom: Atom, today: date | None, review: int | None) -> Res | None:
    """A date written as one atom; ``review`` is the year a review reports on, if any."""
    text, kind = atom.text, atom.kind
    if kind == "vague":
        return Res(None, None, "day", "vague", True)
    if kind == "now":
        if today is None:
            return unresolved("now")
        return Res(today, today + DAY, "day", "now", True)
    if kind == "era":
        return era(text)
    if kind == "pair":  # 今明两年: this year and the next
        if today is None:
            return unresolved("range")
        unit, first, last = RELATIVE_PAIRS[text]
        if unit == "year":
            return whole_years(today.year + first, today.year + last, "range", True)
        return Res(today + timedelta(days=first), today + timedelta(days=last + 1), "day", "range", True)
    if kind == "review" and review is None:
        if today is not None and today.month <= LOOKING_BACK_MONTHS:
            # 过去的一年 or 一年来, said by March (a congress opening, a year-end feature): last year
            return whole_years(today.year - 1, today.year - 1, "year", True)
        if not text.startswith(tuple(SPAN_PAST)):
            return Res(None, None, "day", "vague", True)  # 一年来 outside a review, later in the year: vague
    if kind == "fuzzyspan":
        return fuzzy_span(text, today)
    return span(text, today, review)


_ERA_PART = re.compile(r"(初期?|前期|中期|中叶|末期?|后期)$")


def era(text: str) -> Res | None:
    """上世纪90年代, 20世纪初, 八十年代末: decades and centuries and their parts."""
    century = 1900
    m = re.match(r"(上|本|.+?)世纪", text)
    if m:
        word = m.group(1)
        if word == "本":
            century = 2000
        elif word != "上":
            n = number(word)
            if n is None:
                return None
            century = (n - 1) * 100
    d = re.search(r"([1-9]0|[一二三四五六七八九]十)年代", text)
    if d:
        decade = number(d.group(1))
        if decade is None:
            return None
        lo, length, edge, middle = century + decade, 10, 3, (3, 7)
    else:
        lo, length, edge, middle = century, 100, 20, (40, 60)
    hi = lo + length
    part = _ERA_PART.search(text)
    if part:
        word = part.group(1)
        if word.startswith(("初", "前")):
            hi = lo + edge
        elif word.startswith(("末", "后")):
            lo = hi - edge
        else:
            lo, hi = lo + middle[0], lo + middle[1]
    return whole_years(lo, hi - 1, "period", False)


#: December: a review of the year then may count the year itself among the past years.
_LAST_MONTH = 12


def span(text: str, today: date | None, review: int | None = None) -> Res | None:
    """近三年, 未来5年, 五年来, 前两天, 3年多以来 (ranges from today); 5年前, 三天后,
    两个半月前 (points from today). In a review of a year, the past N years end with that
    year (过去五年 in a report on 2023 is 2019–2023).

    >>> span("3年半以来", date(2019, 9, 1)).rendered()
    '2016-03-01/2019-09-01'
    >>> span("下三周", date(2013, 2, 12)).rendered()
    '2013-02-12/2013-03-05'
    """
    m = _SPAN_RE.match(text)
    if not m:
        return None
    lead, count, unit_word, tail = m.groups()
    amount = _span_amount(count, unit_word)
    if amount is None:
        return None
    unit, n, grain = amount
    tail = tail or ""
    if review is not None and unit == "year" and (lead in SPAN_PAST or tail in LEX["span_since"]):
        if today is not None and review == today.year and today.month < _LAST_MONTH:
            review -= 1   # 一、过去五年发展成就和2021年上半年工作回顾, in July: the five whole years before
        return whole_years(review - n + 1, review, "year" if n == 1 else "range", True)
    if today is None:
        return unresolved("range")
    if unit == "year" and (1 < n <= _YEAR_END_SPAN or (n == 1 and lead in _REVIEW_LEADS)) and (
            (lead is None and tail in LEX["span_since"]) or (lead in _REVIEW_LEADS and not tail)):
        # 5年来 (or 过去五年) said in December looks back on the five years ending with this one;
        # said in the first half of a year (a congress opening, a plan's close), on the five just ended;
        # so does 过去一年 on one year (a congress of 12月27日 reviews its own year)
        last = today.year - 1 if today.month <= _LAST_YEAR_MONTHS else today.year
        if today.month == 12 or last < today.year:
            return whole_years(last - n + 1, last, "range" if n > 1 else "year", True)
    if lead is None and (tail in _BEFORE or tail in _AFTER):  # a point: 5年前 is that year
        return _span_point(_shift(today, unit, n if tail in _AFTER else -n), grain)
    if lead is not None and lead not in _PAST_LEADS:
        return Res(today, _shift(today, unit, n) + DAY, "day", "range", True)  # both ends count, as 近5年 does
    if lead is None and unit == "year" and tail in LEX["span_since"]:
        # 四十年来 (改革开放四十年来) counts whole years back to the year it began
        return whole_years(today.year - n, today.year, "range", True)
    return Res(_shift(today, unit, -n), today + DAY, "day", "range", True)


#: The longest 'N years since' that, said in December, ends with the year it is said in
#: (longer ones count back to a year things began: 改革开放四十年来 is 1978–2018).
_YEAR_END_SPAN = 10

#: Leads of a span of years looked back on as whole years (过去五年, 过去的五年), like N年来.
_REVIEW_LEADS = ("过去", "过去的", "这")

#: Up to which month of a year 'N years since' (short ones) ends with the year before.
_LAST_YEAR_MONTHS = 6


def _span_amount(count: str, unit_word: str) -> tuple[str, int, str] | None:
    """(unit, how many, the grain of a point that far away) of 三年, 3年半 (42 months, a
    year's grain), 两个半月 (75 days, a month's), 3个多月 (3 months: 多 is read as its
    lower bound), 两周 (14 days, a week's), 半年 (6 months)."""
    half = count == "半" or "半" in unit_word
    n = 0 if count == "半" else number(count)
    key = unit_word.replace("半", "").replace("多", "") if unit_word != "多个月" else unit_word
    if n is None or key not in SPAN_UNITS or not (n or half):
        return None
    unit, per = SPAN_UNITS[key]
    grain = "week" if per == 7 else unit
    n *= per
    if not half:
        return unit, n, grain
    if unit == "year":
        return "month", 12 * n + 6, "month"
    if unit == "month":
        return "day", 30 * n + 15 * per, "month"
    return "day", n + per // 2, "day"


def fuzzy_span(text: str, today: date | None) -> Res | None:
    """二十几年前 (21 to 29 years ago: a range of years), 十几天后; 几年前 and 几十年后 are vague."""
    m = _FUZZY_RE.match(text)
    if not m:
        return None
    tens, unit_word, tail = m.groups()
    if tens is None:
        return Res(None, None, "day", "vague", True)
    if today is None:
        return unresolved("range")
    unit, per = SPAN_UNITS[unit_word]
    low, high = (number(tens) or 0) + 1, (number(tens) or 0) + 9
    sign = 1 if tail in _AFTER else -1
    near, far = _shift(today, unit, sign * low * per), _shift(today, unit, sign * high * per)
    first, last = (near, far) if sign > 0 else (far, near)
    if unit == "year":
        return whole_years(first.year, last.year, "range", True)
    if unit == "month":
        return Res(date(first.year, first.month, 1), add_months(date(last.year, last.month, 1), 1),
                   "month", "range", True)
    return Res(first, last + DAY, "day", "range", True)


def _shift(d: date, unit: str, k: int) -> date:
    if unit == "year":
        return add_years(d, k)
    if unit == "month":
        return add_months(d, k)
    return d + timedelta(days=k)


def _span_point(point: date, grain: str) -> Res:
    """The year, month, week or day that holds ``point`` (5年前, 三个月后, 两周前, 三天后)."""
    if grain == "year":
        return whole_years(point.year, point.year, "year", True)
    if grain == "month":
        first = date(point.year, point.month, 1)
        return Res(first, add_months(first, 1), "month", "month", True)
    if grain == "week":
        monday = point - timedelta(days=point.weekday())
        return Res(monday, monday + timedelta(days=7), "day", "period", True)
    return Res(point, point + DAY, "day", "day", True)


def since(res: Res, today: date | None, starting: bool = False) -> Res:
    """X以来 / X起: from the start of X to today (X itself when X is still ahead)."""
    if res.kind in _VAGUE_OR_NOW or res.start is None or res.end is None or today is None:
        return unresolved("period")
    if res.start > today:
        return res
    if res.start <= today < res.end:
        return Res(res.start, res.end, res.prec, "period", True, iso=res.rendered())
    # to the day at both ends (2019年以来 → 2019-01-01/2024-09-09), as the gold writes it; from a
    # month or a quarter, from its month (3月以来 → 2022-03/2022-07-28)
    start = res.start.isoformat() if res.prec in ("year", "day") else res.start.isoformat()[:7]
    return Res(res.start, today + DAY, "day", "period", True, iso=f"{start}/{today.isoformat()}")


def year_so_far(year: int) -> Res:
    """今年以来 and 年初以来: the year, written as the year."""
    return Res(date(year, 1, 1), date(year + 1, 1, 1), "year", "period", True, iso=str(year))


#: What makes a relative month a comparison's base (比上月, 较上月, 环比上月).
_BASE_BEFORE = ("比", "较")
