"""The grammar of a chain of atoms: which atoms form a date, a range or a since-expression.

    expr  := prefix? point (sep point)? suffix?
    point := year? (month (day | mpart | nthweek)? | ypart | holiday | nthweek)? weekday? tod? clock?
           | a single atom (今天, 上周三, 近三年, 目前 …)
"""

from __future__ import annotations

import re
from datetime import timedelta

from .atoms import WEEK, WEEK_PREFIX, Atom, N, compact_ymd
from .context import Env
from .days import Res, number
from .points import Found, Point
from .resolve import Resolver, since, year_so_far
from .words import (
    CONTEXT_DAYS,
    CONTEXT_MONTHS,
    CONTEXT_YEARS,
    EVENING_DAYS,
    LEX,
    MONTH_PARTS,
    NOW_THROUGH,
    REFERENCE_YEARS,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_YEARS,
    SINCE,
    START,
    WEEK_OFFSETS,
    WEEKDAYS,
    YEAR_PARTS,
)

# Atoms that can start or continue a point (a single date).
_POINT_KINDS = frozenset({
    "year", "year2", "relyear", "refyear", "ctxyear", "ypart", "relmonth", "ctxmonth", "month", "mpart",
    "day", "weekday", "week", "relday", "holiday", "tod", "clock", "num", "ymd", "era",
    "spanpre", "spanpost", "spanrel", "fuzzyspan", "now", "vague", "review", "pair",
})
_SPECIAL_KINDS = frozenset({"review", "pair", "era", "spanpre", "spanpost", "spanrel", "fuzzyspan", "now",
                            "vague"})
_YEAR_KINDS = frozenset({"year", "year2", "relyear", "refyear", "ctxyear"})
_MONTH_KINDS = frozenset({"month", "relmonth", "ctxmonth"})
_TIME_KINDS = frozenset({"tod", "clock"})
_YMD_SEP = re.compile(r"[-/.]")


def _ymd(text: str) -> tuple[int, int, int]:
    """Year, month and day of 2023-11-24, 2023/11/24, 23.07.2014 or 20231124日 (eight digits and 日; or the
    digits alone on their line)."""
    if text.endswith("日") or text.isdigit():
        found = compact_ymd(text)
        assert found is not None   # atoms() keeps only the compact dates that read one way
        return found
    a, m, b = (int(x) for x in _YMD_SEP.split(text))
    return (b, m, a) if b > a else (a, m, b)   # 23.07.2014: day first


_YEAR_NOISE = re.compile(r"[\s年度]")
_WEEKDAY_RE = re.compile(r"(" + WEEK_PREFIX + r")?(?:一|个|個)?(?:" + WEEK + r")([一二三四五六日天])")
_WEEK_RE = re.compile(r"(" + WEEK_PREFIX + r")(?:一)?(?:个|個)?(?:" + WEEK + r")(末)?")
_NTH_WEEK_RE = re.compile(r"(?:第\s*(" + N + r")|最后一)\s*(?:个|個)?\s*(?:" + WEEK + r")([一二三四五六日天])?")
_BARE_DAY_BEFORE = frozenset(LEX["bare_day_not_after"])
_BARE_DAY_AFTER = re.compile(r"\s*(?:" + "|".join(map(re.escape, LEX["bare_day_not_before"])) + ")")


class Parser:
    """Reads the atoms of one chain into dates, resolved as they are read (a date may
    lean on the ones before it: 当天, 次月, 5日)."""

    def __init__(self, env: Env, atoms: list[Atom], ctx: list[Res]) -> None:
        self.text, self.atoms, self.ctx = env.text, atoms, ctx
        self.today = env.today
        self.resolver = Resolver(env, ctx)

    def run(self) -> list[Found]:
        found: list[Found] = []
        i = 0
        while i < len(self.atoms):
            got = self._expr(i)
            if got is None:
                i += 1
                continue
            item, i = got
            if item.res.kind not in ("schedule", "skip"):
                found.append(item)
        return found

    def _kind(self, j: int) -> str | None:
        return self.atoms[j].kind if j < len(self.atoms) else None

    # --- expr := prefix? (point (sep point)?) suffix?

    def _expr(self, i: int) -> tuple[Found, int] | None:
        atoms = self.atoms
        prefix = atoms[i] if atoms[i].kind == "prefix" else None
        j = i + 1 if prefix else i
        got = self.point(j)
        if got is None:
            return None
        a, j = got
        start = prefix.start if prefix else a.start
        b = None
        if j + 2 < len(atoms) and atoms[j].kind == "suffix" and atoms[j].text in START \
                and atoms[j + 1].kind == "sep":
            j += 1  # 自即日起至12月31日
        if self._kind(j) == "sep":
            got_b = self.point(j + 1, tail=True)
            if got_b is not None:
                b, j = got_b
        if a.num is not None and b is None:
            return None
        if b is not None:
            return self._range(a, b, start, prefix, j)
        return self._single(a, start, prefix, j)

    def _suffix(self, j: int) -> Atom | None:
        """The since/start word (以来, 起) or the 'now' word (至今) ending the expression."""
        atom = self.atoms[j] if j < len(self.atoms) else None
        if atom is None or atom.kind not in ("suffix", "now"):
            return None
        return None if atom.kind == "now" and atom.text not in NOW_THROUGH else atom

    def _range(self, a: Point, b: Point, start: int, prefix: Atom | None, j: int) -> tuple[Found, int] | None:
        if a.weekday is not None and b.weekday is not None and not (a.week_named or b.week_named):
            return Found(start, b.end, Res(None, None, kind="schedule")), j  # 周一至周五
        res = self.resolver.range(a, b)
        if res is not None:
            return self._with_suffix(res, start, b.end, self._suffix(j), prefix, j, ranged=True)
        if a.num is not None:  # 1月3至2月10: not a range we read; skip it whole
            return Found(start, b.end, Res(None, None, kind="skip")), j
        return self._single(a, start, prefix, self._after(a), with_suffix=False)

    def _single(self, a: Point, start: int, prefix: Atom | None, j: int,
                with_suffix: bool = True) -> tuple[Found, int] | None:
        res = self.resolver.resolve(a)
        if res is None:
            return None
        suffix = self._suffix(j) if with_suffix else None
        if suffix is None and res.prec == "year" and res.start is not None \
                and self.text.startswith(SAME_PERIOD, a.end):
            # 上年同期, 2019年同期: the months of the period last written, in that year
            return Found(start, a.end + len(SAME_PERIOD), _same_period(res, self.ctx), point=a), j
        return self._with_suffix(res, start, a.end, suffix, prefix, j, point=a)

    def _after(self, p: Point) -> int:
        return next(k for k, atom in enumerate(self.atoms) if atom.end == p.end) + 1

    def _with_suffix(self, res: Res, start: int, end: int, suffix: Atom | None,
                     prefix: Atom | None, j: int, ranged: bool = False,
                     point: Point | None = None) -> tuple[Found, int]:
        word = suffix.text if suffix else ""
        if res.kind in ("vague", "now"):
            suffix = None
        elif suffix is not None and word in SINCE and point is not None and point.ypart is not None \
                and res.start is not None and res.end is not None and self.today is not None \
                and res.end <= self.today and res.start.year == self.today.year:
            end, j = suffix.end, j + 1
            if YEAR_PARTS.get(point.ypart) == [1, 1] and res.start.year == self.today.year:
                res = year_so_far(res.start.year)   # 年初以来 is 今年以来: the year
            # else 今年上半年以来 in a report of that half-year: the half-year (one of an earlier
            # year, 自2016年4季度以来 told in 2018, is since: below)
        elif suffix is not None and word in SINCE and point is not None and point.year_rel == 0 \
                and res.start is not None and self.today is not None and res.start.year != self.today.year:
            res = year_so_far(res.start.year)   # 今年以来 written before the year turned: that year
            end, j = suffix.end, j + 1
        elif suffix is not None and (word in SINCE or word in NOW_THROUGH or word in START):
            res = since(res, self.today, starting=word in START)
            end, j = suffix.end, j + 1
        elif prefix is not None and prefix.text == "自从" and not ranged:
            res = since(res, self.today, starting=True)
        if prefix is not None and not ranged and suffix is None and prefix.text != "自从":
            start = point.start if point else start
        found = Found(start, end, res, point=point,
                      code_check=bool(point and point.year_or_part() and suffix is None and prefix is None))
        if res.start is not None and res.kind not in ("now", "vague") and not _comparison_year(point) \
                and not self.text.endswith(_BASE_MARKS, 0, start) \
                and not (self.text.endswith("与", 0, start) and _COMPARED_AFTER.match(self.text, end)):
            self.ctx.append(res)   # not a base (增幅较1-2月提高): 去年同期 after it is the period discussed
        return found, j

    # --- point := year? (month (day | mpart)? | ypart | holiday)? weekday? tod? clock?  | single atoms

    def point(self, i: int, tail: bool = False) -> tuple[Point, int] | None:
        """The point starting at atom ``i``; ``tail``: the second end of a range, where a
        bare day (至十二日) is fine."""
        atoms = self.atoms
        if i >= len(atoms) or atoms[i].kind not in _POINT_KINDS:
            return None
        if atoms[i].kind == "weekday" and self._kind(i + 1) in ("month", "year"):
            got = self.point(i + 1)  # 周日, 二月十号: the date says which day
            if got is not None:
                got[0].start = atoms[i].start
            return got
        first = atoms[i]
        p = Point(first.start, first.end)
        if first.kind in _SPECIAL_KINDS:
            p.special = first
            return p, i + 1
        if first.kind == "ymd":
            y, m, d = _ymd(first.text)
            p.ymd = (y, m, d)
            return self._point_end(p, i, i + 1)
        if first.kind == "num":
            p.num = number(first.text)
            return (p, i + 1) if p.num is not None else None
        j = self._calendar_parts(p, i, tail)
        if j is None:
            return None
        if isinstance(j, tuple):
            return j  # a bare number ends it: 2019年1-5月
        if j == i and not p.tod:
            return None
        return self._point_end(p, i, j)

    def _calendar_parts(self, p: Point, i: int, tail: bool) -> int | tuple[Point, int] | None:
        """Read a year and what follows it, or one single-atom date; the index after them."""
        first = self.atoms[i]
        j = i
        if first.kind in _YEAR_KINDS:
            _set_year(p, first)
            j += 1
            if self._kind(j) == "num":  # 2019年1-5月
                return self._num_end(p, j)
        if self._kind(j) in _MONTH_KINDS:
            return self._month_parts(p, j)
        nxt = self.atoms[j] if j < len(self.atoms) else None
        if j > i and nxt is not None and nxt.kind == "nthweek":  # 2021年第一周
            p.nth_week = _nth_week(nxt.text)
            return j + 1
        if nxt is not None and nxt.kind == "ypart":
            p.ypart = nxt.text
            return j + 1
        if nxt is not None and nxt.kind == "holiday":
            p.holiday = nxt.text
            return j + 1
        if j == i:
            return self._lone(p, first, i, tail)
        return j

    def _num_end(self, p: Point, j: int) -> tuple[Point, int]:
        p.num = number(self.atoms[j].text)
        p.end = self.atoms[j].end
        return p, j + 1

    def _month_parts(self, p: Point, j: int) -> int | tuple[Point, int]:
        """A month and what follows it: a day, a part of the month or the N-th week."""
        atoms = self.atoms
        atom = atoms[j]
        if atom.kind == "month":
            digits = atom.text.rstrip("份").rstrip("月").strip()
            p.month = 1 if digits == "元" else number(digits)   # 元月: January
        elif atom.kind == "relmonth":
            p.month_rel = RELATIVE_MONTHS[atom.text]
        else:
            p.month_ctx = CONTEXT_MONTHS[atom.text]
        j += 1
        if self._kind(j) == "ctxmonth" and atoms[j].start == atom.end and p.month_ctx is None:
            j += 1  # 5月当月: the same month
        if self._kind(j) == "day":
            p.day = number(atoms[j].text[:-1].strip())
            j += 1
        elif self._kind(j) == "num":  # 2019年4月12-19日
            return self._num_end(p, j)
        if self._kind(j) in ("mpart", "ypart") and atoms[j].text in MONTH_PARTS:
            p.mpart = atoms[j].text
            j += 1
        elif self._kind(j) == "nthweek" and p.day is None:
            p.nth_week = _nth_week(atoms[j].text)
            j += 1
        return j

    def _lone(self, p: Point, first: Atom, i: int, tail: bool) -> int | None:
        """A date of one atom that parts may follow: 9日, 月底, 周三, 下周, 今天, 上午 …"""
        k = first.kind
        if k == "day":
            if not tail and not _bare_day_ok(self.text, first):
                return None
            p.day = number(first.text[:-1].strip())
        elif k == "mpart":
            p.mpart, p.month_rel = first.text, 0
        elif k == "weekday":
            p.weekday, p.week_named = _weekday(first.text)
        elif k == "week":
            return self._week(p, first, i)
        elif k == "relday":
            p.relday = RELATIVE_DAYS[first.text]
            p.tod = first.text in EVENING_DAYS
            p.that_day = first.text in CONTEXT_DAYS
        elif k == "clock":   # 11:23 alone, under a page's date: the clock of the day it falls on
            p.tod, p.clock = True, _clock(first.text)
            return i + 1
        elif k in _TIME_KINDS:
            p.tod = True
            return i
        else:
            return i
        return i + 1

    def _week(self, p: Point, first: Atom, i: int) -> int:
        week = _week(first.text)
        nxt = self.atoms[i + 1] if i + 1 < len(self.atoms) else None
        if nxt is not None and nxt.kind == "weekday" and nxt.start == first.end and not week[1]:
            p.weekday, p.week_named = (week[0], _weekday(nxt.text)[0][1]), True  # 下周周六
            return i + 2
        p.week = week
        return i + 1

    def _point_end(self, p: Point, i: int, j: int) -> tuple[Point, int] | None:
        """What may follow a point's date: its weekday, 当天, a time of day, a clock."""
        atoms = self.atoms
        # a weekday written beside a day (9月9日（星期一）) belongs to it
        if self._kind(j) == "weekday" and (p.day is not None or p.ymd or p.relday is not None):
            j += 1
        # and so does 当天 right after one (国庆节当天, 9月9日当晚)
        if j < len(atoms) and atoms[j].text in CONTEXT_DAYS and atoms[j].start == atoms[j - 1].end \
                and (p.day is not None or p.ymd or p.holiday is not None):
            p.tod = p.tod or atoms[j].text in EVENING_DAYS
            j += 1
        part = ""   # the part of the day written before a clock (上午, 下午)
        while self._kind(j) in _TIME_KINDS:
            if atoms[j].kind == "clock" and not (p.tod or p.day is not None or p.relday is not None or p.ymd):
                break
            if atoms[j].kind == "clock" and (not p.tod or part):
                p.clock = _afternoon(_clock(atoms[j].text), part)   # 下午5时 is 17:00
            elif atoms[j].kind == "tod":
                part = atoms[j].text
            p.tod = True
            j += 1
        if j == i:
            return None
        p.end = atoms[j - 1].end
        times = atoms[i:j]
        if p.tod and all(a.kind in _TIME_KINDS for a in times) and not any(a.kind == "clock" for a in times):
            return None  # 上午 alone is not a date; 上午9时 is a time
        return p, j


_CLOCK = re.compile(r"(\d{1,2})\s*(?:[:：]\s*(\d{1,2})|[时点](?:\s*(\d{1,2})\s*分)?)")
#: Parts of the day after noon: a clock after them under 12 is in the afternoon (下午5时).
_AFTER_NOON = ("下午", "晚上", "晚间", "傍晚", "夜间", "深夜", "午后", "夜里")


def _clock(text: str) -> tuple[int, int] | None:
    """Hours and minutes of a clock written in digits, as a page's 发布时间 gives it (08:33,
    15时27分) or a story its hour (9时, 8时30分), else None."""
    m = _CLOCK.match(text)
    if m is None or int(m.group(1)) > 23:
        return None
    return int(m.group(1)), int(m.group(2) or m.group(3) or 0)


def _afternoon(clock: tuple[int, int] | None, part: str) -> tuple[int, int] | None:
    """``clock`` read after the part of the day ``part``: 下午5时 is 17:00, 下午14时 stays 14:00,
    中午1时 is 13:00."""
    if clock is None or clock[0] >= 12:
        return clock
    if part in _AFTER_NOON or (part == "中午" and clock[0] < 6):
        return clock[0] + 12, clock[1]
    return clock


def _set_year(p: Point, atom: Atom) -> None:
    text = atom.text
    if atom.kind == "relyear":
        p.year_rel = RELATIVE_YEARS[text]
    elif atom.kind == "refyear":
        p.year_ref = REFERENCE_YEARS[text]
    elif atom.kind == "ctxyear":
        p.year_ctx = CONTEXT_YEARS[text]
    elif atom.kind == "year2":
        short = int(text[:2])
        p.year = 2000 + short if short <= 49 else 1900 + short
    else:
        p.year = number(_YEAR_NOISE.sub("", text))


def _bare_day_ok(text: str, atom: Atom) -> bool:
    """A day without a month (9日上午) is a date only when written with Arabic digits and
    日, and not as a count of days (30日内, 15日以上) or a number (1号楼)."""
    if not atom.text[0].isdigit() or atom.text[-1] != "日":
        return False
    if atom.start and text[atom.start - 1] in _BARE_DAY_BEFORE:
        return False
    return not _BARE_DAY_AFTER.match(text, atom.end)


def _weekday(text: str) -> tuple[tuple[int, int], bool]:
    """(week offset, weekday) and whether the week is named (上周三, not 周三)."""
    m = _WEEKDAY_RE.match(text)
    assert m
    return (WEEK_OFFSETS.get(m.group(1) or "", 0), WEEKDAYS[m.group(2)]), m.group(1) is not None


def _nth_week(text: str) -> tuple[int, int | None]:
    m = _NTH_WEEK_RE.match(text)
    assert m
    n = number(m.group(1)) if m.group(1) else -1
    return n or 0, WEEKDAYS[m.group(2)] if m.group(2) else None


def _week(text: str) -> tuple[int, bool]:
    m = _WEEK_RE.match(text)
    assert m
    return WEEK_OFFSETS[m.group(1)], bool(m.group(2))


def _comparison_year(point: Point | None) -> bool:
    """A bare 上年/下年 counts from the year under discussion (比上年增长): it is a
    base, never the year a later 当年/同年 refers back to."""
    return point is not None and point.year_ref not in (None, 0) and point.month is None \
        and point.ypart is None and point.day is None


#: What follows a period after 与 that makes it a comparison's base (与2019年同期相比, 与上年持平).
_COMPARED_AFTER = re.compile(r"\s*(?:同期)?(?:相比|比较|持平)")
#: What stands right before a period written as a comparison's base (较1-2月, 比一季度, 增速与一季度…持平).
_BASE_MARKS = ("较", "比", "增速与", "增幅与", "速度与")


#: After a year, the same part of it as the period under discussion (上年同期).
SAME_PERIOD = "同期"


def _same_period(year: Res, ctx: list[Res]) -> Res:
    """The last period written that lies inside one year and is shorter (上半年,
    2021年1—10月), moved to ``year``'s year; else ``year`` itself."""
    assert year.start is not None
    for r in reversed(ctx):
        if r.start is None or r.end is None:
            continue
        last = r.end - timedelta(days=1)
        if r.kind in ("now", "vague") or r.start.year != last.year or (r.end - r.start).days >= 365:
            return year
        if (r.end - r.start).days < 2:
            return year   # a day (截至3月17日): no period to repeat
        y = year.start.year
        try:
            start, end = r.start.replace(year=y), last.replace(year=y) + timedelta(days=1)
        except ValueError:      # 29 February
            return year
        return Res(start, end, r.prec, "period", True)
    return year
