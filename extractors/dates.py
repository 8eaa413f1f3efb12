"""Dated events: absolute, year-less, relative and period expressions, resolved to ISO.

Dates are found in two steps. One compiled regex cuts the text into *date atoms*
(``2024年``, ``9月``, ``9日``, ``今天``, ``上午``, ``上半年``, ``至``, ``以来`` …); atoms
that touch each other form a chain, and a small parser reads each chain as one or
more date expressions (``2024年9月9日``, ``1-10月``, ``今年以来``, ``6月底``).
Each expression resolves against ``today`` — the article's own date — to a
half-open day interval, rendered as the best ISO resolution:

>>> from datetime import date
>>> today = date(2024, 9, 9)
>>> [(d.text, d.iso, d.kind) for d in find_dates("今年以来，1-8月全区完成投资", today)]
[('今年以来', '2024', 'period'), ('1-8月', '2024-01/2024-08', 'period')]
>>> [(d.text, d.iso, d.relative) for d in find_dates("2021年初，科创区成立", today)]
[('2021年初', '2021-01', False)]
>>> parse_date("二〇二四年九月九日", None).iso
'2024-09-09'

Only clauses holding a trigger (a character such as 年/月/日, a clock, or a listed
word such as 目前) are cut into atoms; the rest of the text is skipped in C.

Conventions (the gold README's, plus the choices below):

* ``iso`` is a day, month or year, or an interval ``A/B`` of them (inclusive ends,
  as in ISO 8601 / EDTF: ``2024-01/2024-10``). It is ``None`` for vague words
  (近日, 近年来, 一年来) and for relative expressions when ``today`` is unknown.
* ``granularity`` says how to read ``iso``: ``day``, ``month``, ``year``, ``period``
  (an interval), ``range`` (an interval counted from today or between two dates)
  or ``now``; ``None`` when vague.
* A month or day without a year is in the article's year, unless it lies more than
  8 months after the article's month: then it is last year's (``12月`` in a January
  to March article). News rarely names next year's months without 明年 or the year.
  A month ahead of the article stays in its year when the clause looks ahead
  (将于11月底前, 力争到10月). A bare day (``9日``) is in the month of the last day
  written before it (新华社3月5日电 … 5日上午), else in the article's month unless it
  is more than 6 days ahead, then in the month before.
* Reviews: an article of January to June whose title or lead names last year
  (``2023年…统计公报``, ``全市2023年外贸…``), or the text after a section heading that
  names a year (``一、2023年工作回顾``), reports on that year. There 全年, 上年, 年末,
  一季度 and months not yet reached this year belong to the reviewed year, and
  过去一年/一年来 is that year — unless the clause looks ahead (今年将…年底前).
  今年 and 去年 always count from the article's date.
* ``X以来`` runs from the start of X to today; when X contains today (今年以来,
  9月以来) the iso is X itself. ``截至X`` and ``X前`` (a deadline) are X itself, with
  截至 and 前 outside the span, as the gold annotates them (截至6月底 → 6月底, 2024-06).
* Quarters, halves, 年初 (January), 年底/年末 (December), 月初/月底 (the month) and
  上/中/下旬 (days 1–10, 11–20, 21–end) are periods. A season names its year, like a
  school term (今年秋季, 2024年秋季学期 → 2024). 国庆假期 is the break, 10-01 to 10-07.
  The N-th week of a month is the week of its N-th Monday (9月第二周).
* Plan names (十四五, “十四五”时期) are codes (gold README): never dates.
* ``event`` is the clause the date governs: the rest of its clause when the date
  leads it (past fillers such as 期间 and sibling dates), else the whole clause; for
  a date-only clause (今天上午，) or a dateline (本报9月9日讯) the next clause of the
  sentence that is not adverbial (在…之际，肩负着…重任，). At most 60 characters.
* A year that is part of a name is a code, not a date: ``2024年第二期…培训班``,
  ``2024年年轻干部…培训班`` (year + 第N期/届/级/版, or year + a run of words ending in
  班/大会/论坛/公报/… with no verb in between). So are 第40个教师节, 5年 and 24小时.

The functions are pure: text in, records out, offsets into the text given.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .numerals import parse_number
from .records import DateMention
from .segment import word_pattern
from .wordlists import load

__all__ = ["find_dates", "iso_bounds", "parse_date"]

_LEX = load("dates")


def _alt(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest at a position, as a trie (fast in re)."""
    return word_pattern(words)


# --- the atoms -----------------------------------------------------------------

_CN_DIGIT = "零〇○一二两三四五六七八九"
_CN_NUM = "零〇○一二两三四五六七八九十廿百"
_N = r"(?:[1-9]\d{0,2}|[一二两兩三四五六七八九十]{1,3})"  # a small count: 3, 十, 二十
_MONTH_NUM = r"(?:1[0-2]|0?[1-9])"
_MONTH_CN = r"(?:十[一二]?|[一二三四五六七八九])"
_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY_CN = r"(?:三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|初[一二三四五六七八九十]|[一二三四五六七八九])"
_SEP = _alt(_LEX["range_separators"])
_WEEK = _alt(_LEX["week_words"])
_WEEK_PREFIX = _alt(_LEX["week_prefixes"])
_HAN = "\u4e00-\u9fff"
# A single-character year part (2021年初, 2024年春) only right after 年 or 月, and not
# as the first character of a word (初步, 底线, 春节, 末端).
_AFTER_YM = r"(?:(?<=年)|(?<=月)|(?<=年的)|(?<=月份))"
_SINGLE_PARTS = (
    r"初(?![步期次见衷心级中具始稿审赛选评创值恋一二三四五六七八九十\d])|底(?![线数子部层色气蕴板价])"
    r"|末(?![端尾位梢期])|春(?![节运耕风晚播茶笋分])|夏(?![粮收种令至])|秋(?![粮收种冬分])"
    r"|冬(?![奥小训春至])"
)
_MULTI_PARTS = [w for w in [*_LEX["year_parts"], *_LEX["year_labels"]] if len(w) > 1]
_MONTH_PART_WORDS = [w for w in _LEX["month_parts"] if len(w) > 1]
_NOT_COUNTED = r"(?<![\d.一二两三四五六七八九十百千万几多每个第半整全近前这那该当同大])"
_PLAN = r"(?:十[一二三四五六七八九]?|[一二三四五六七八九])五"
_BREAK_HOLIDAYS = _LEX["holiday_breaks"]
_OTHER_HOLIDAYS = [w for w in [*_LEX["fixed_holidays"], *_LEX["lunar_holidays"], *_LEX["lunar_offsets"],
                               *_LEX["weekday_holidays"], *_LEX["solar_terms"]]
                   if w not in _BREAK_HOLIDAYS and w not in _LEX["solar_terms_need_marker"]]
_UNGUARDED_YEARS = [w for w in _LEX["relative_years"] if w not in _LEX["guarded_relative_years"]]

_ATOMS: list[tuple[str, str]] = [
    ("stop", _alt(_LEX["not_dates"])),
    # 十四五 is a plan name, a code (gold README): an atom only so that nothing in it is read
    ("plan", r"[“\"‘]" + _PLAN + r"[”\"’]|" + _PLAN + r"(?=" + _alt(_LEX["plan_suffixes"]) + ")"),
    ("now", _alt(_LEX["now"])),
    ("vague", _alt([*_LEX["vague"], "多年前"])),
    ("review", _alt(_LEX["review_spans"])),
    ("pair", _alt(_LEX["relative_pairs"])),
    ("era", r"(?:(?:上|本|\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪\s*)?"
     r"(?:[1-9]0|[一二三四五六七八九]十)年代(?:初期?|末期?|中期|前期|后期)?"
     r"|(?:上|本|\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪"
     r"(?:初期?|末期?|中叶|中期|前期|后期)?"),
    ("ymd", r"(?<![\d.])(?:19|20)\d{2}(?P<ymdsep>[-/.])" + _MONTH_NUM + r"(?P=ymdsep)" + _DAY_NUM
     + r"(?![\d.])"),
    ("year", r"(?<![\d.])(?:(?:19|20)\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})\s*年度?"),
    ("year2", r"(?:(?<![\d." + _HAN + r"])|(?<=[到至和与、在于从自是]))\d{2}年(?=\s*(?:1[0-2]|0?[1-9])\s*月)"),
    ("spanpre", r"(?:" + _alt([*_LEX["span_past"], *_LEX["span_future"]]) + r")\s*" + _N
     + r"\s*(?:" + _alt(_LEX["span_units"]) + r")(?!(?<=周)年)(?:以来|来|内|里)?"),
    ("spanpost", r"(?<![\d.一二两三四五六七八九十百千万几多第每满])" + _N
     + r"\s*(?:年|个月|個月|多个月|个季度|个星期|星期|周|天)(?:以来|来|之前|之后|以前|以后|前|后)"),
    ("relyear", _alt(_UNGUARDED_YEARS) + r"|(?:(?<![" + _HAN + r"])|(?<=[" + _LEX["guard_chars"] + r"]))(?:"
     + _alt(_LEX["guarded_relative_years"]) + ")"),
    ("refyear", _alt(_LEX["reference_years"])),
    ("ctxyear", _alt(_LEX["context_years"])),
    ("ypart", r"(?:第)?(?:[一二三四]|[1-4])季度(?:末|初)?|首季度|Q[1-4](?:季度)?"
     + r"|前[二两三2-3](?:个)?季度|(?:本|上|下|上个|下个|这个)季度(?:末|初)?"
     + r"|(?:(?<=年)|(?<=年的))(?:(?:前|头|最后|最後|后)\s*" + _N + r"\s*(?:个|個)?月|第" + _N
     + r"个月|首月)"
     # 前5个月 opening a clause or a headline is this year's first five months
     + r"|(?<![" + _HAN + r"\d])(?:前|头)\s*" + _N + r"\s*(?:个|個)?月(?!份)"
     + r"|" + _AFTER_YM + r"(?:" + _alt(_MULTI_PARTS) + r")"
     + r"|" + _NOT_COUNTED + r"(?:" + _alt(_MULTI_PARTS) + r")"
     + r"|" + _AFTER_YM + r"(?:" + _SINGLE_PARTS + r")"),
    ("relmonth", _alt(_LEX["relative_months"])),
    ("ctxmonth", _alt(_LEX["context_months"])),
    ("month", r"(?<![\d.])" + _MONTH_NUM + r"\s*月份?|(?<![" + _CN_NUM + r"千万几多每个第])"
     + _MONTH_CN + r"月份?"),
    ("mpart", r"(?<![一二两三四五六七八九十几每个半正腊冬闰])(?:" + _alt(_MONTH_PART_WORDS) + ")"),
    ("day", r"(?<![\d.])" + _DAY_NUM + r"\s*[日号號](?![\d])|(?<![" + _CN_NUM + r"千万几多每第])"
     + _DAY_CN + r"[日号號]"),
    ("weekday", r"(?:(?:" + _WEEK_PREFIX + r")(?:一|个|個)?|(?<![一二两三四五六七八九十几每个第]))(?:"
     + _WEEK + r")[一二三四五六日天](?!年)"),
    ("week", r"(?:" + _WEEK_PREFIX + r")(?:一)?(?:个|個)?(?:" + _WEEK + r")(?:末)?(?![一二三四五六日天年])"),
    # 第二周, 第3个星期日, 最后一个星期一: after a month or a year (9月第二周, 2021年第一周)
    ("nthweek", r"(?:第\s*" + _N + r"|最后一)\s*(?:个|個)?\s*(?:" + _WEEK + r")"
     r"(?:[一二三四五六日天](?!年)|(?![期年边围转]))"),
    ("relday", _alt([*_LEX["relative_days"], *_LEX["relative_days_evening"]])),
    ("holiday", r"(?:(?:" + _alt(_BREAK_HOLIDAYS) + r")(?:" + _alt(_LEX["holiday_break_words"]) + r")?|"
     + _alt(_OTHER_HOLIDAYS) + r"|" + _alt(_LEX["solar_terms_need_marker"])
     + r"(?=节气|时节))(?![\d一二三四五六七八九十]+周年)"),
    ("tod", _alt(_LEX["times_of_day"])),
    ("clock", r"(?:(?<![\d.])(?:[01]?\d|2[0-4])|零|[一二]?十[一二三四]?|[一二两三四五六七八九])\s*"
     r"(?:[:：]\s*[0-5]\d|[时点](?:\s*(?:[0-5]?\d\s*分|半|整|许))?)"),
    ("prefix", r"(?:" + _alt(_LEX["from_prefixes"]) + r")(?=\s*[\d"
     + _CN_DIGIT + r"十今去明本上下当前近即])"),
    ("suffix", r"(?<=[年月日号號天周季度底末初旬时点分\d])(?:" + _alt(
        [*_LEX["since_suffixes"], *_LEX["start_suffixes"]]) + ")"),
    ("sep", r"(?:" + _SEP + r")(?=\s*[\d" + _CN_DIGIT + r"十今明去本这這下上次周週星礼禮现目])"),
    ("num", r"(?:(?<![\d.])\d{1,4}|(?<![期周週拜个個第几每])[一二三四五六七八九十]{1,3})(?=\s*(?:"
     + _SEP + r"))"),
]
# Every atom starts with one of these characters; checking it first keeps the scan fast
# (the alternatives' lookbehinds would otherwise run at every position of a clause).
_FIRST_CHARS = "".join(sorted(
    set("0123456789" + _CN_NUM + "兩“\"‘Q第首前头最后後上下本这這今大当同次翌明昨去尋聽初底末春夏秋冬伊")
    | {w[0] for key in ("now", "vague", "not_dates", "review_spans", "relative_days", "relative_days_evening",
                        "relative_years", "reference_years", "context_years", "relative_months",
                        "context_months", "week_prefixes", "week_words", "times_of_day", "fixed_holidays",
                        "lunar_holidays", "lunar_offsets", "weekday_holidays", "solar_terms", "from_prefixes",
                        "since_suffixes",
                        "start_suffixes", "range_separators", "span_past", "span_future", "year_parts",
                        "year_labels", "month_parts")
       for w in _LEX[key]}
))
_ATOM_RE = re.compile("(?=[" + re.escape(_FIRST_CHARS) + "])(?:"
                      + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _ATOMS) + ")")
_BLOCKING = frozenset({"stop", "plan"})  # atoms that are never dates and never join a chain

# Every date atom has a trigger in its clause: one of the characters below, a numeral
# before 时/点/: (a clock), a digit-separator-digit (2024-09-09), or a word of the lists
# that holds none of these (目前, 元旦) — its own, or the 年/月 that a part such as 初
# must follow. Only clauses holding one are scanned (a test checks that no date is lost).
# Each trigger is written to start with a literal, its least frequent character, so that
# re's search skips in C to the next character that can start one.
_TRIGGER_CHARS = "年月日号號天周週季旬午晚晨夜纪拜Q"
_TRIGGER_WORDS = sorted({
    word for key in ("now", "vague", "relative_days", "relative_days_evening", "times_of_day", "week_words",
                     "fixed_holidays", "lunar_holidays", "lunar_offsets", "weekday_holidays", "solar_terms",
                     "year_parts", "year_labels", "review_spans")
    for word in _LEX[key]
    if not set(word) & set(_TRIGGER_CHARS) and word not in _LEX["year_parts_need_year"]
})
_FREQUENT = frozenset(_LEX["frequent_chars"])


def _rare_first(word: str) -> str:
    """``word`` as a pattern that starts with its least frequent character and checks
    the rest around it: 目前 → 目(?=前), 一直以来 → 直(?<=一直)(?=以来)."""
    k = max(range(len(word)), key=lambda i: (word[i] not in _FREQUENT, i))
    head, tail = word[:k + 1], word[k + 1:]
    return (re.escape(word[k]) + (f"(?<={re.escape(head)})" if k else "")
            + (f"(?={re.escape(tail)})" if tail else ""))


_CLOCK_MARKS = "时点:："
_DATE_SEPARATORS = "-/."
# No atom holds one of these, and none starts with one: a clause boundary is safe to
# start or stop a scan at.
_CLAUSE_PUNCT = "，,。；;！？!?、\n"
# a trigger and the rest of its clause, with the punctuation that ends it
_TRIGGERED_TAIL = re.compile("(?:" + "|".join([
    *(re.escape(c) for c in _TRIGGER_CHARS),
    *(f"{re.escape(c)}(?<=[\\d\\s{_CN_NUM}]{re.escape(c)})" for c in _CLOCK_MARKS),
    *(f"{re.escape(c)}(?<=\\d{re.escape(c)})(?=\\d)" for c in _DATE_SEPARATORS),
    *(_rare_first(word) for word in _TRIGGER_WORDS),
]) + ")[^" + _CLAUSE_PUNCT + "]*+[" + _CLAUSE_PUNCT + "]?")
_UP_TO_CLAUSE = re.compile("(?:[^" + _CLAUSE_PUNCT + "]*+[" + _CLAUSE_PUNCT + "])*+")

_GAP_RE = re.compile(r"[\s的]{0,2}")
_WEEKDAY_GAP_RE = re.compile(r"\s*[,，(（]?\s*")
_CLOSE_RE = re.compile(r"\s*[)）]\s*")
_BARE_DAY_BEFORE = frozenset("第每近前后满的个数约共达超逾月")
_BARE_DAY_AFTER = re.compile(r"\s*(?:内|以内|之内|以上|以下|左右|里|之后|以后|后|多|余|时间|工作日)")
_TITLE_RE = re.compile(r"《[^《》\n]{1,60}》")
_CODE_AFTER_YEAR = re.compile(r"\s*(?:" + "|".join(_LEX["code_after_year"]) + ")")
_NAME_AFTER_YEAR = re.compile(
    r"[^，,。；;：:、！？!?\s《》()（）]{0,30}?(?:" + _alt(_LEX["name_suffixes"]) + ")")
_NAME_BLOCKERS = re.compile(_alt(_LEX["name_blockers"]))
_RECURRING = re.compile(r"每(?:年|个?月|周|逢)?$")
_HOLIDAY_BLOCKERS = re.compile("(?:" + "|".join(_LEX["holiday_blockers"]) + ")")
_WEEKDAY_RE = re.compile(r"(" + _WEEK_PREFIX + r")?(?:一|个|個)?(?:" + _WEEK + r")([一二三四五六日天])")
_WEEK_RE = re.compile(r"(" + _WEEK_PREFIX + r")(?:一)?(?:个|個)?(?:" + _WEEK + r")(末)?")
_NTH_WEEK_RE = re.compile(r"(?:第\s*(" + _N + r")|最后一)\s*(?:个|個)?\s*(?:" + _WEEK + r")([一二三四五六日天])?")
_SPAN_RE = re.compile(r"(" + _alt([*_LEX["span_past"], *_LEX["span_future"]]) + r")?\s*(" + _N
                      + r")\s*(" + _alt([*_LEX["span_units"], "多个月", "个月"]) + r")(.*)")
_CLAUSE_END = re.compile(r"[，,；;。！？!?：:\n]")
_UP_TO_CLAUSE_END = re.compile(r"(?:[^，,；;。！？!?：:\n]*+[，,；;。！？!?：:\n])*+")
_CLAUSE_LOOKBACK = 300  # a clause longer than this starts, for us, this far back
_OPENERS = tuple(_LEX["event_openers"])
_FILLERS = frozenset(_LEX["event_fillers"])
_DATELINE_END = re.compile(r"(?<=[日\d）)])\s*[讯电](?![a-zA-Z\u4e00-\u9fff])\s*|(?<=[日\d）)])\s*[讯电]\s+")
_EVENT_MAX = 60
_DATELINE_MARK = re.compile(r"\s*[讯电]")
_YMD_SEP = re.compile(r"[-/.]")
_YEAR_NOISE = re.compile(r"[\s年度]")
_DEADLINE_AFTER = re.compile(r"\s*(?:" + _alt(_LEX["deadline_suffixes"]) + ")(?![后夕])")  # not 前后, 前夕
_FUTURE_BEFORE = re.compile(_alt(_LEX["future_cues"]))
# A year that a review reports on, in a title or lead (合肥市2024年国民经济…统计公报) or
# in a section heading (一、2023年工作回顾): a bare year, not 2024年1月 or 2024年第二期.
_BARE_YEAR = r"((?:19|20)\d{2})\s*年(?!\s*(?:\d|[一二三四五六七八九十]{1,2}\s*月|度?第|代))"
_LEAD_YEAR = re.compile(r"(?<![\d.])" + _BARE_YEAR)
_HEADING_YEAR = re.compile(
    r"(?m)^[ \u3000\t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、])"
    r"[^\n。，,；;]{0,12}?(?<![\d.])" + _BARE_YEAR + r"[^\n。，,；;]{0,20}$")
_LEAD_CHARS = 200      # the title and the lead's first sentence, at most this long
_REVIEW_SEASON = 6     # reviews of last year (bulletins, work reports) appear by June
_MAX_YEAR = 9999

_RELATIVE_DAYS: dict[str, int] = {**_LEX["relative_days"], **_LEX["relative_days_evening"]}
_WEEKDAYS: dict[str, int] = _LEX["weekday_names"]
_WEEK_OFFSETS: dict[str, int] = _LEX["week_prefixes"]
_YEAR_PARTS: dict[str, list[int]] = _LEX["year_parts"]
_MONTH_PARTS: dict[str, list[int]] = _LEX["month_parts"]
_NEED_YEAR = frozenset(_LEX["year_parts_need_year"])
_YEAR_LABELS = frozenset(_LEX["year_labels"])
_SINCE = frozenset(_LEX["since_suffixes"])
_START = frozenset(_LEX["start_suffixes"])
_SPAN_PAST = frozenset(_LEX["span_past"])
_SPAN_UNITS: dict[str, list] = {**_LEX["span_units"], "多个月": ["month", 1]}
_FIXED_HOLIDAYS: dict[str, str] = _LEX["fixed_holidays"]
_TABLED: dict[str, dict[int, str]] = {**_LEX["lunar_holidays"], **_LEX["solar_terms"]}
_WEEKDAY_HOLIDAYS: dict[str, list[int]] = _LEX["weekday_holidays"]
_LUNAR_OFFSETS: dict[str, list] = _LEX["lunar_offsets"]
_BREAK_WORDS = tuple(_LEX["holiday_break_words"])
_CONTEXT_DAYS = frozenset(_LEX["context_days"])
_NOW_THROUGH = frozenset({"至今", "迄今"})  # a 'now' word that ends a since-expression
_YEAR_WORDS: dict[str, int] = {**_LEX["relative_years"], **_LEX["reference_years"], **_LEX["context_years"]}

# Atoms that can start or continue a point (a single date).
_POINT_KINDS = frozenset({
    "year", "year2", "relyear", "refyear", "ctxyear", "ypart", "relmonth", "ctxmonth", "month", "mpart",
    "day", "weekday", "week", "relday", "holiday", "tod", "clock", "num", "ymd", "era",
    "spanpre", "spanpost", "now", "vague", "review", "pair",
})
_DAY = timedelta(days=1)


# --- resolved values -------------------------------------------------------------

@dataclass(slots=True)
class _Res:
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
        return self.iso if self.iso is not None else _render(self.start, self.end, self.prec)


def _render(start: date, end: date, prec: str) -> str:
    last = end - _DAY
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
    bits = [int(b) for b in part.split("-")]
    if len(bits) == 1:
        return date(bits[0], 1, 1), date(bits[0] + 1, 1, 1)
    if len(bits) == 2:
        start = date(bits[0], bits[1], 1)
        return start, _add_months(start, 1)
    day = date(bits[0], bits[1], bits[2])
    return day, day + _DAY


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    year, month = divmod(total, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _add_years(d: date, n: int) -> date:
    return _add_months(d, 12 * n)


def _month_start(year: int, month: int) -> date:
    return _add_months(date(year, 1, 1), month - 1)


def _year_for_month(month: int, today: date) -> int:
    """Today's year, or last year for a month more than 8 months after today's."""
    return today.year - 1 if month - today.month > 8 else today.year


def _matched(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str]:
    """``pattern.match`` for a pattern that always matches there (a repetition that
    may be empty, or one run on an atom it found)."""
    m = pattern.match(text, pos, len(text) if endpos is None else endpos)
    assert m is not None, (pattern.pattern[:40], text[pos:pos + 20])
    return m


@lru_cache(maxsize=4096)
def _number(text: str) -> int | None:
    if text.startswith("初"):  # 初十 (lunar-style day of month)
        text = text[1:]
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None


# --- parsing a chain of atoms ----------------------------------------------------

@dataclass(slots=True)
class _Atom:
    kind: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class _Point:
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
    special: _Atom | None = None     # an atom that is a whole date by itself (近三年, 一年来 …)
    ymd: tuple[int, int, int] | None = None

    def coarsest(self) -> str | None:
        if self.year is not None or self.year_rel is not None or self.year_ctx is not None \
                or self.year_ref is not None:
            return "year"
        if self.month is not None or self.month_rel is not None or self.month_ctx is not None:
            return "month"
        if self.day is not None:
            return "day"
        return None

    def has_year(self) -> bool:
        return self.coarsest() == "year" or self.ymd is not None

    def only_year(self) -> bool:
        return (self.year is not None and self.month is None and self.day is None
                and self.ypart is None and self.holiday is None and self.num is None)


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    res: _Res
    point: _Point | None = None
    code_check: bool = False         # a bare absolute year: may be part of a name


@dataclass(slots=True)
class _Env:
    """What the dates of one text are read against besides the atoms themselves."""

    text: str
    today: date | None
    _marks: list[tuple[int, int]] | None = None  # from _reviews, found on first use

    def review_year(self, pos: int) -> int | None:
        """The year the text reports on at ``pos``, if it is a review (see _reviews)."""
        if self._marks is None:
            self._marks = _reviews(self.text, self.today)  # in text order
        k = bisect_right(self._marks, (pos, _MAX_YEAR)) - 1
        return self._marks[k][1] if k >= 0 else None

    def ahead(self, start: int, end: int) -> bool:
        """A future cue before the date in its clause (将于, 力争到) or a deadline after it (前)."""
        if _DEADLINE_AFTER.match(self.text, end):
            return True
        return bool(_FUTURE_BEFORE.search(self.text, _clause_start(self.text, start), start))


def _reviews(text: str, today: date | None) -> list[tuple[int, int]]:
    """Where the text reports on a year, and which: from the start when the title or
    lead of an article from the first half-year names last year, and after a section
    heading that names a year (see the module docstring).

    >>> _reviews("临沂市2022年卫生健康工作成效明显。全年诊疗量6850万人次。", date(2023, 2, 28))
    [(0, 2022)]
    >>> _reviews("2022年全市新增就业5万人。", date(2023, 9, 1))
    []
    """
    found: list[tuple[int, int]] = []
    if today is not None and today.month <= _REVIEW_SEASON:
        stop = text.find("。", 0, _LEAD_CHARS)
        lead_end = stop if stop >= 0 else _LEAD_CHARS
        for m in _LEAD_YEAR.finditer(text, 0, lead_end):
            if int(m.group(1)) == today.year - 1:
                found.append((0, today.year - 1))
                break
    if "、" in text or "(" in text or "（" in text or "." in text:
        for m in _HEADING_YEAR.finditer(text):
            year = int(m.group(1))
            if today is None or abs(year - today.year) <= 1:
                found.append((m.start(), year))
    return found


class _Parser:
    """Reads the atoms of one chain into date expressions."""

    def __init__(self, env: _Env, atoms: list[_Atom], ctx: list[_Res]) -> None:
        self.env, self.text, self.atoms, self.today, self.ctx = env, env.text, atoms, env.today, ctx

    def run(self) -> list[_Found]:
        found: list[_Found] = []
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

    # expr := prefix? (point (sep point)?) suffix?
    def _expr(self, i: int) -> tuple[_Found, int] | None:
        atoms = self.atoms
        prefix = atoms[i] if atoms[i].kind == "prefix" else None
        j = i + 1 if prefix else i
        got = self._point(j)
        if got is None:
            return None
        a, j = got
        start = prefix.start if prefix else a.start
        b = None
        if j + 2 < len(atoms) and atoms[j].kind == "suffix" and atoms[j].text in _START \
                and atoms[j + 1].kind == "sep":
            j += 1  # 自即日起至12月31日
        if j + 1 < len(atoms) and atoms[j].kind == "sep":
            got_b = self._point(j + 1, tail=True)
            if got_b is not None:
                b, j = got_b
        if a.num is not None and b is None:
            return None
        if b is not None and a.weekday is not None and b.weekday is not None \
                and not (a.week_named or b.week_named):
            return _Found(start, b.end, _Res(None, None, kind="schedule")), j  # 周一至周五
        suffix = atoms[j] if j < len(atoms) and atoms[j].kind in ("suffix", "now") else None
        if suffix is not None and suffix.kind == "now" and suffix.text not in _NOW_THROUGH:
            suffix = None
        if b is not None:
            res = self._range(a, b)
            if res is None:
                if a.num is not None:  # 1月3至2月10: not a range we read; skip it whole
                    return _Found(start, b.end, _Res(None, None, kind="skip")), j
                b, j, suffix = None, self._after(a), None
            else:
                end = b.end
                return self._with_suffix(res, start, end, suffix, prefix, j, ranged=True)
        res = self._resolve(a)
        if res is None:
            return None
        return self._with_suffix(res, start, a.end, suffix, prefix, j, point=a)

    def _after(self, p: _Point) -> int:
        return next(k for k, atom in enumerate(self.atoms) if atom.end == p.end) + 1

    def _with_suffix(self, res: _Res, start: int, end: int, suffix: _Atom | None,
                     prefix: _Atom | None, j: int, ranged: bool = False,
                     point: _Point | None = None) -> tuple[_Found, int]:
        today = self.today
        word = suffix.text if suffix else ""
        if res.kind in ("vague", "now"):
            suffix = None
        elif suffix is not None and (word in _SINCE or word in _NOW_THROUGH or word in _START):
            res = _since(res, today, starting=word in _START)
            end, j = suffix.end, j + 1
        elif prefix is not None and prefix.text == "自从" and not ranged:
            res = _since(res, today, starting=True)
        if prefix is not None and not ranged and suffix is None and prefix.text != "自从":
            start = point.start if point else start
        found = _Found(start, end, res, point=point,
                       code_check=bool(point and point.only_year() and suffix is None and prefix is None))
        if res.start is not None and res.kind not in ("now", "vague"):
            self.ctx.append(res)
        return found, j

    # point := year? (month (day | mpart)? | ypart | holiday)? weekday? tod? clock?  | single atoms
    def _point(self, i: int, tail: bool = False) -> tuple[_Point, int] | None:
        """``tail``: the second end of a range, where a bare day (至十二日) is fine."""
        atoms = self.atoms
        if i >= len(atoms) or atoms[i].kind not in _POINT_KINDS:
            return None
        if atoms[i].kind == "weekday" and i + 1 < len(atoms) and atoms[i + 1].kind in ("month", "year"):
            got = self._point(i + 1)  # 周日, 二月十号: the date says which day
            if got is not None:
                got[0].start = atoms[i].start
            return got
        first = atoms[i]
        p = _Point(first.start, first.end)
        k = first.kind
        if k in ("review", "pair", "era", "spanpre", "spanpost", "now", "vague"):
            p.special = first
            return p, i + 1
        j = i
        if k == "ymd":
            y, m, d = (int(x) for x in _YMD_SEP.split(first.text))
            p.ymd, j = (y, m, d), j + 1
        elif k == "num":
            p.num, j = _number(first.text), j + 1
            if p.num is None:
                return None
            return p, j
        else:
            if k in ("year", "year2", "relyear", "refyear", "ctxyear"):
                self._set_year(p, first)
                j += 1
                if j < len(atoms) and atoms[j].kind == "num":  # 2019年1-5月
                    p.num = _number(atoms[j].text)
                    p.end = atoms[j].end
                    return p, j + 1
            if j < len(atoms) and atoms[j].kind in ("month", "relmonth", "ctxmonth"):
                atom = atoms[j]
                if atom.kind == "month":
                    p.month = _number(atom.text.rstrip("份").rstrip("月").strip())
                elif atom.kind == "relmonth":
                    p.month_rel = _LEX["relative_months"][atom.text]
                else:
                    p.month_ctx = _LEX["context_months"][atom.text]
                j += 1
                if j < len(atoms) and atoms[j].kind == "ctxmonth" and atoms[j].start == atom.end \
                        and p.month_ctx is None:
                    j += 1  # 5月当月: the same month
                if j < len(atoms) and atoms[j].kind == "day":
                    p.day = _number(atoms[j].text[:-1].strip())
                    j += 1
                elif j < len(atoms) and atoms[j].kind == "num":  # 2019年4月12-19日
                    p.num = _number(atoms[j].text)
                    p.end = atoms[j].end
                    return p, j + 1
                if j < len(atoms) and atoms[j].kind in ("mpart", "ypart") and atoms[j].text in _MONTH_PARTS:
                    p.mpart = atoms[j].text
                    j += 1
                elif j < len(atoms) and atoms[j].kind == "nthweek" and p.day is None:
                    p.nth_week = _nth_week(atoms[j].text)
                    j += 1
            elif j > i and j < len(atoms) and atoms[j].kind == "nthweek":  # 2021年第一周
                p.nth_week = _nth_week(atoms[j].text)
                j += 1
            elif j < len(atoms) and atoms[j].kind == "ypart":
                p.ypart = atoms[j].text
                j += 1
            elif j < len(atoms) and atoms[j].kind == "holiday":
                p.holiday = atoms[j].text
                j += 1
            elif j == i and k == "day":
                if not tail and not _bare_day_ok(self.text, first):
                    return None
                p.day = _number(first.text[:-1].strip())
                j += 1
            elif j == i and k == "mpart":
                p.mpart, p.month_rel = first.text, 0
                j += 1
            elif j == i and k == "weekday":
                p.weekday, p.week_named = _weekday(first.text), _matched(_WEEKDAY_RE, first.text).group(1) is not None
                j += 1
            elif j == i and k == "week":
                p.week = _week(first.text)
                j += 1
                if j < len(atoms) and atoms[j].kind == "weekday" and atoms[j].start == first.end \
                        and not p.week[1]:  # 下周周六: that week's Saturday
                    p.weekday, p.week, p.week_named = (p.week[0], _weekday(atoms[j].text)[1]), None, True
                    j += 1
            elif j == i and k == "relday":
                p.relday = _RELATIVE_DAYS[first.text]
                p.tod = first.text in _LEX["relative_days_evening"]
                p.that_day = first.text in _CONTEXT_DAYS
                j += 1
            elif j == i and k in ("tod", "clock"):
                p.tod = True
        if j == i and not p.tod:
            return None
        # a weekday written beside a day (9月9日（星期一）) belongs to it
        if j < len(atoms) and atoms[j].kind == "weekday" and (p.day is not None or p.ymd or p.relday is not None):
            j += 1
        # and so does 当天 right after one (国庆节当天, 9月9日当晚)
        if j < len(atoms) and atoms[j].text in _CONTEXT_DAYS and atoms[j].start == atoms[j - 1].end \
                and (p.day is not None or p.ymd or p.holiday is not None):
            p.tod = p.tod or atoms[j].text in _LEX["relative_days_evening"]
            j += 1
        while j < len(atoms) and atoms[j].kind in ("tod", "clock"):
            if atoms[j].kind == "clock" and not (p.tod or p.day is not None or p.relday is not None or p.ymd):
                break
            p.tod = True
            j += 1
        if j == i:
            return None
        p.end = atoms[j - 1].end
        if p.tod and j - i == sum(1 for a in atoms[i:j] if a.kind in ("tod", "clock")):
            if not any(a.kind == "clock" for a in atoms[i:j]):
                return None  # 上午 alone is not a date; 上午9时 is a time
        return p, j

    def _set_year(self, p: _Point, atom: _Atom) -> None:
        text = atom.text
        if atom.kind == "relyear":
            p.year_rel = _LEX["relative_years"][text]
        elif atom.kind == "refyear":
            p.year_ref = _LEX["reference_years"][text]
        elif atom.kind == "ctxyear":
            p.year_ctx = _LEX["context_years"][text]
        elif atom.kind == "year2":
            short = int(text[:2])
            p.year = 2000 + short if short <= 49 else 1900 + short
        else:
            p.year = _number(_YEAR_NOISE.sub("", text))

    def _year(self, p: _Point) -> tuple[int | None, bool]:
        """The point's year and whether it depended on the article's date or context."""
        if p.year is not None:
            return p.year, False
        if p.year_rel is not None:
            return (self.today.year + p.year_rel if self.today else None), True
        if p.year_ctx is not None:
            base = self.ctx[-1].start.year if self.ctx and self.ctx[-1].start else (
                self.today.year if self.today else None)
            return (base + p.year_ctx if base is not None else None), True
        if p.year_ref is not None:
            base = self._base_year(p)
            return (base + p.year_ref if base is not None else None), True
        return None, True

    def _base_year(self, p: _Point) -> int | None:
        """The year that 全年, 上年 or 一季度 count from: the year a review reports on
        (unless the clause looks ahead: 将于年底前), else the article's year."""
        review = self.env.review_year(p.start)
        if review is not None and not self.env.ahead(p.start, p.end):
            return review
        return self.today.year if self.today else None

    def _month_year(self, p: _Point, month: int) -> int | None:
        """The year of a year-less month (see the module docstring)."""
        today = self.today
        if today is None:
            return None
        if month <= today.month or self.env.ahead(p.start, p.end):
            # 本报2月27日讯 in a review is still this year's; so is 将于11月底前完成
            return today.year
        review = self.env.review_year(p.start)
        return review if review is not None else _year_for_month(month, today)

    def _resolve(self, p: _Point) -> _Res | None:
        today = self.today
        if p.special is not None:
            return _special(p.special, today, self.env.review_year(p.start))
        if p.ymd is not None:
            try:
                day = date(*p.ymd)
            except ValueError:
                return _Res(None, None, "day", "day", False, unresolved=True)
            return _Res(day, day + _DAY, "day", "day", False)
        if p.num is not None:
            return None
        year, relative = self._year(p)
        explicit_year = p.year is not None or p.year_rel is not None or p.year_ctx is not None \
            or p.year_ref is not None
        unresolved = _Res(None, None, "day", "day", True, unresolved=True)
        if p.relday is not None or (p.tod and p.month is None and p.month_rel is None
                                    and p.day is None and p.weekday is None and not explicit_year
                                    and p.holiday is None):
            kind = "day" if p.relday is not None else "time"
            base = today
            if p.that_day:  # 9月5日，大会开幕。当天… is 9月5日
                base = next((r.start for r in reversed(self.ctx) if r.prec == "day" and r.kind == "day"
                             and r.start), today)
            if base is None:
                unresolved.kind = kind
                return unresolved
            day = base + timedelta(days=p.relday or 0)
            return _Res(day, day + _DAY, "day", kind, True)
        if p.weekday is not None:
            if today is None:
                return unresolved
            offset, weekday = p.weekday
            day = today - timedelta(days=today.weekday()) + timedelta(days=7 * offset + weekday)
            return _Res(day, day + _DAY, "day", "day", True)
        if p.week is not None:
            if today is None:
                unresolved.kind = "period"
                return unresolved
            offset, weekend = p.week
            monday = today - timedelta(days=today.weekday()) + timedelta(days=7 * offset)
            first = monday + timedelta(days=5) if weekend else monday
            return _Res(first, monday + timedelta(days=7), "day", "period", True)
        if p.holiday is not None:
            return _holiday(p.holiday, year, today)
        if p.month_rel is not None:
            if today is None:
                return unresolved
            first = _add_months(date(today.year, today.month, 1), p.month_rel)
            return self._in_month(p, first.year, first.month, True)
        if p.month_ctx is not None:
            last = next((r.start for r in reversed(self.ctx) if r.prec != "year" and r.start), today)
            if last is None:
                return unresolved
            first = _add_months(date(last.year, last.month, 1), p.month_ctx)
            return self._in_month(p, first.year, first.month, True)
        if p.month is not None:
            if not 1 <= p.month <= 12:
                return None
            if year is None:
                year = None if explicit_year else self._month_year(p, p.month)
                if year is None:
                    return unresolved
                if (p.month, p.day) == (2, 29):  # the last 2月29日 there was
                    year = next(y for y in range(year, year - 4, -1) if calendar.isleap(y))
            return self._in_month(p, year, p.month, relative)
        if p.day is not None:  # a bare day: 9日
            last_day = next((r for r in reversed(self.ctx) if r.prec == "day" and r.kind == "day"
                             and r.start is not None), None)
            if last_day is not None and last_day.start is not None:
                return self._in_month(p, last_day.start.year, last_day.start.month, True)
            if today is None:
                return unresolved
            first = date(today.year, today.month, 1)
            if p.day > today.day + 6 and p.day <= (first - _DAY).day:
                first = _add_months(first, -1)
            return self._in_month(p, first.year, first.month, True)
        if p.ypart is not None:
            if not explicit_year and p.ypart in _NEED_YEAR:
                return None
            if year is None and not explicit_year:
                year = self._base_year(p)
            if year is None:
                return _Res(None, None, "month", "period", True, unresolved=True)
            return _year_part(p.ypart, year, relative, today)
        if year is None:
            return unresolved if explicit_year else None
        if p.nth_week is not None:
            return _nth_week_in(p.nth_week, date(year, 1, 1), date(year + 1, 1, 1), relative)
        return _Res(date(year, 1, 1), date(year + 1, 1, 1), "year", "year", relative)

    def _in_month(self, p: _Point, year: int, month: int, relative: bool) -> _Res | None:
        first = _month_start(year, month)
        nxt = _add_months(first, 1)
        if p.nth_week is not None:
            return _nth_week_in(p.nth_week, first, nxt, relative)
        if p.day is not None:
            try:
                day = date(year, month, p.day)
            except ValueError:  # 2月30日: a date as written, but no such day
                return _Res(None, None, "day", "day", relative, unresolved=True)
            return _Res(day, day + _DAY, "day", "day", relative)
        if p.mpart is not None:
            lo, hi = _MONTH_PARTS[p.mpart]
            if (lo, hi) == (1, -1):  # 6月底, 月初: the month, as the gold writes it
                return _Res(first, nxt, "month", "period", relative)
            last = (nxt - _DAY).day
            start = date(year, month, lo)
            end = date(year, month, last if hi == -1 else hi) + _DAY
            return _Res(start, end, "day", "period", relative)
        return _Res(first, nxt, "month", "month", relative)

    def _range(self, a: _Point, b: _Point) -> _Res | None:
        if b.special is not None and b.special.kind == "now" and a.special is None and a.num is None:
            ra = self._resolve(a)  # 去年到现在: from the start of last year to today
            return _since(ra, self.today) if ra is not None and ra.kind not in ("vague", "now") else None
        if b.num is not None or b.special is not None or a.special is not None:
            return None
        unit = b.coarsest()
        if a.num is not None:
            if unit == "year" and b.year is not None and a.num >= 1000:
                a.year = a.num
            elif unit == "month" and 1 <= a.num <= 12 and a.month is None and a.month_rel is None:
                a.month = a.num
                if not b.has_year():
                    b.year, b.year_rel, b.year_ctx, b.year_ref = a.year, a.year_rel, a.year_ctx, a.year_ref
            elif unit == "day" and 1 <= a.num <= 31 and a.month is not None:
                a.day = a.num
            else:
                return None
            a.num = None
        if not b.has_year() and a.has_year():
            if b.coarsest() == "day":  # 2019年4月12-19日: the day in the first end's month
                b.month, b.month_rel, b.month_ctx = a.month, a.month_rel, a.month_ctx
            b.year, b.year_rel, b.year_ctx, b.year_ref = a.year, a.year_rel, a.year_ctx, a.year_ref
        elif not a.has_year() and b.has_year() and a.coarsest() == "month":
            a.year, a.year_rel, a.year_ctx, a.year_ref = b.year, b.year_rel, b.year_ctx, b.year_ref
        elif b.coarsest() == "day":
            b.month, b.month_rel, b.month_ctx = a.month, a.month_rel, a.month_ctx
        if not a.has_year() and not b.has_year() and b.coarsest() == "month" and b.day is None \
                and b.month is not None:
            # 1-11月 is reported once it is over: its last month decides the year
            rb = self._resolve(b)
            if rb is not None and rb.start is not None:
                a.year = rb.start.year - (1 if a.month is not None and a.month > b.month else 0)
            ra = self._resolve(a)
        else:
            ra = self._resolve(a)
            if ra is not None and ra.start is not None and not a.has_year() and not b.has_year():
                b.year = ra.start.year  # 2月29日-3月1日: both ends in the year the first one took
            rb = self._resolve(b)
        if ra is None or rb is None or ra.kind in ("vague", "now") or rb.kind in ("vague", "now"):
            return None
        relative = ra.relative or rb.relative
        if ra.unresolved or rb.unresolved:
            return _Res(None, None, "day", "range", relative, unresolved=True)
        first, b_start, b_end = ra.start, rb.start, rb.end
        assert first is not None and b_start is not None and b_end is not None
        if b_end <= first and not b.has_year():  # 12月至1月: the second end is next year's
            b_start, b_end = _add_years(b_start, 1), _add_years(b_end, 1)
        if b_end <= first:
            return None
        order = ("day", "month", "year")
        prec = min(ra.prec, rb.prec, key=order.index)
        same_year = first.year == (b_end - _DAY).year
        kind = "period" if prec == "month" and same_year and ra.kind == rb.kind == "month" else "range"
        return _Res(first, b_end, prec, kind, relative)


def _bare_day_ok(text: str, atom: _Atom) -> bool:
    """A day without a month (9日上午) is a date only when written with Arabic digits and
    日, and not as a count of days (30日内, 15日以上) or a number (1号楼)."""
    if not atom.text[0].isdigit() or atom.text[-1] != "日":
        return False
    if atom.start and text[atom.start - 1] in _BARE_DAY_BEFORE:
        return False
    return not _BARE_DAY_AFTER.match(text, atom.end)


def _weekday(text: str) -> tuple[int, int]:
    m = _WEEKDAY_RE.match(text)
    assert m
    return _WEEK_OFFSETS.get(m.group(1) or "", 0), _WEEKDAYS[m.group(2)]


def _nth_week(text: str) -> tuple[int, int | None]:
    m = _NTH_WEEK_RE.match(text)
    assert m
    n = _number(m.group(1)) if m.group(1) else -1
    return n or 0, _WEEKDAYS[m.group(2)] if m.group(2) else None


def _nth_week_in(nth: tuple[int, int | None], first: date, end: date, relative: bool) -> _Res | None:
    """The N-th week of a month or year (the week of its N-th Monday, as the peers count:
    9月第二周) or its N-th (or last) given weekday (5月第二个星期日).

    >>> _nth_week_in((2, None), date(2024, 9, 1), date(2024, 10, 1), False).rendered()
    '2024-09-09/2024-09-15'
    >>> _nth_week_in((-1, 0), date(2019, 4, 1), date(2019, 5, 1), False).rendered()
    '2019-04-29'
    """
    n, weekday = nth
    target = 0 if weekday is None else weekday
    if n < 0:  # the last one
        day = end - _DAY - timedelta(days=((end - _DAY).weekday() - target) % 7)
    else:
        day = first + timedelta(days=(target - first.weekday()) % 7 + 7 * (n - 1))
    if n == 0 or not first <= day < end:
        return None
    if weekday is None:
        return _Res(day, day + timedelta(days=7), "day", "period", relative)
    return _Res(day, day + _DAY, "day", "day", relative)


def _week(text: str) -> tuple[int, bool]:
    m = _WEEK_RE.match(text)
    assert m
    return _WEEK_OFFSETS[m.group(1)], bool(m.group(2))


def _year_part(word: str, year: int, relative: bool, today: date | None) -> _Res | None:
    if word in _YEAR_LABELS:  # 2024年秋季学期, 今年秋季: the year names it
        return _Res(date(year, 1, 1), date(year + 1, 1, 1), "year", "period", relative)
    months = _quarter_months(word, today) if "季" in word or word.startswith("Q") else None
    if months is None and "月" in word:
        months = _first_months(word)
    if months is None:
        lo, hi = _YEAR_PARTS.get(word, [0, 0])
        months = (lo, hi)
    if not months or months[0] == 0:
        return None
    lo, hi = months
    start = _month_start(year, lo) if lo >= 1 else None
    if start is None:
        return None
    if lo < 1:
        return None
    end = _add_months(_month_start(year, 1), hi)
    if (lo, hi) == (1, 12):
        return _Res(start, end, "year", "year", relative)
    return _Res(start, end, "month", "period", relative)


def _quarter_months(word: str, today: date | None) -> tuple[int, int] | None:
    tail = word[-1] if word[-1] in "初末" else ""
    core = word[:-1] if tail else word
    if core.startswith("前"):  # 前三季度: January to the end of the third quarter
        n = _number(core[1:].replace("个", "").replace("季度", ""))
        return (1, 3 * n) if n else None
    if core[0] in "本上下这":
        if today is None:
            return None
        offset = 0 if core[0] in "本这" else (-1 if core[0] == "上" else 1)
        q = (today.month - 1) // 3 + offset
        first = 3 * (q % 4) + 1
        lo = first
    else:
        digits = re.sub(r"[第季度Q首]", "", core) or "一"
        n = _number(digits)
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
    m = re.search(_N, word)
    n = _number(m.group()) if m else None
    if not n or not 1 <= n <= 12:
        return None
    if word.startswith("第"):
        return n, n
    if word.startswith(("最后", "最後", "后")):
        return 13 - n, 12
    return 1, n


def _holiday(name: str, year: int | None, today: date | None) -> _Res | None:
    """A holiday's day in ``year`` (else its nearest occurrence); 国庆假期 is the break.

    >>> _holiday("国庆假期", 2024, None).rendered()
    '2024-10-01/2024-10-07'
    """
    relative = year is None
    break_days = 0
    word = next((w for w in _BREAK_WORDS if name.endswith(w)), "")
    if word:
        name = name[:-len(word)]
        break_days = _BREAK_HOLIDAYS.get(name, 0)
    anchor, offset = name, 0
    if name in _LUNAR_OFFSETS:
        anchor, offset = _LUNAR_OFFSETS[name]
    table = _TABLED.get(anchor)

    def month_day(y: int) -> date | None:
        if table is not None:
            md = table.get(y)
            return None if md is None else date(y, int(md[:2]), int(md[3:])) + timedelta(days=offset)
        if anchor in _WEEKDAY_HOLIDAYS:
            month, n, weekday = _WEEKDAY_HOLIDAYS[anchor]
            first = date(y, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        md = _FIXED_HOLIDAYS[anchor]
        return date(y, int(md[:2]), int(md[3:]))

    if year is None:
        if today is None:
            return _Res(None, None, "day", "day", True, unresolved=True)
        # the nearest one: 元旦 in a December article is the coming one
        near = [d for d in (month_day(y) for y in (today.year - 1, today.year, today.year + 1)) if d]
        year = min(near, key=lambda d: abs((d - today).days)).year if near else today.year
    day = month_day(year)
    if day is None:
        return None
    if break_days:
        return _Res(day, day + timedelta(days=break_days), "day", "period", relative)
    return _Res(day, day + _DAY, "day", "day", relative)


def _special(atom: _Atom, today: date | None, review: int | None) -> _Res | None:
    """A date written as one atom; ``review`` is the year a review reports on, if any."""
    text, kind = atom.text, atom.kind
    if kind == "vague":
        return _Res(None, None, "day", "vague", True)
    if kind == "now":
        if today is None:
            return _Res(None, None, "day", "now", True, unresolved=True)
        return _Res(today, today + _DAY, "day", "now", True)
    if kind == "era":
        return _era(text)
    if kind == "pair":  # 今明两年: this year and the next
        if today is None:
            return _Res(None, None, "day", "range", True, unresolved=True)
        unit, first, last = _LEX["relative_pairs"][text]
        if unit == "year":
            return _Res(date(today.year + first, 1, 1), date(today.year + last + 1, 1, 1), "year", "range", True)
        return _Res(today + timedelta(days=first), today + timedelta(days=last + 1), "day", "range", True)
    if kind == "review" and review is None and not text.startswith(tuple(_SPAN_PAST)):
        return _Res(None, None, "day", "vague", True)  # 一年来 outside a review: vague
    return _span(text, today, review)


def _era(text: str) -> _Res | None:
    century = 1900
    m = re.match(r"(上|本|.+?)世纪", text)
    if m:
        word = m.group(1)
        if word == "上":
            century = 1900
        elif word == "本":
            century = 2000
        else:
            n = _number(word)
            if n is None:
                return None
            century = (n - 1) * 100
    d = re.search(r"([1-9]0|[一二三四五六七八九]十)年代", text)
    part = re.search(r"(初期?|前期|中期|中叶|末期?|后期)$", text)
    if d:
        decade = _number(d.group(1))
        if decade is None:
            return None
        lo, length, edge, middle = century + decade, 10, 3, (3, 7)
    else:
        lo, length, edge, middle = century, 100, 20, (40, 60)
    hi = lo + length
    if part:
        word = part.group(1)
        if word.startswith(("初", "前")):
            hi = lo + edge
        elif word.startswith(("末", "后")):
            lo = hi - edge
        else:
            lo, hi = lo + middle[0], lo + middle[1]
    return _Res(date(lo, 1, 1), date(hi, 1, 1), "year", "period", False)


def _span(text: str, today: date | None, review: int | None = None) -> _Res | None:
    """近三年, 未来5年, 五年来 (ranges from today); 5年前, 三天后 (points from today).
    In a review of a year, the past N years end with that year (过去五年 in a report on 2023
    is 2019–2023)."""
    m = _SPAN_RE.match(text)
    if not m:
        return None
    lead, count, unit_word, tail = m.groups()
    n = _number(count)
    if not n:
        return None
    unit, per = _SPAN_UNITS[unit_word]
    n *= per
    if review is not None and unit == "year" and (lead in _SPAN_PAST or tail in ("来", "以来")):
        return _Res(date(review - n + 1, 1, 1), date(review + 1, 1, 1), "year",
                    "year" if n == 1 else "range", True)
    if today is None:
        return _Res(None, None, "day", "range", True, unresolved=True)

    def shift(d: date, k: int) -> date:
        if unit == "year":
            return _add_years(d, k)
        if unit == "month":
            return _add_months(d, k)
        return d + timedelta(days=k)

    ahead = lead is not None and lead not in _SPAN_PAST
    if lead is None and tail and tail[-1] in "前后":  # a point: 5年前 is that year
        point = shift(today, n if tail[-1] == "后" else -n)
        if unit == "year":
            return _Res(date(point.year, 1, 1), date(point.year + 1, 1, 1), "year", "year", True)
        if unit == "month":
            first = date(point.year, point.month, 1)
            return _Res(first, _add_months(first, 1), "month", "month", True)
        if per == 7:
            monday = point - timedelta(days=point.weekday())
            return _Res(monday, monday + timedelta(days=7), "day", "period", True)
        return _Res(point, point + _DAY, "day", "day", True)
    if ahead:
        return _Res(today, shift(today, n) + _DAY, "day", "range", True)  # both ends count, as 近5年 does
    return _Res(shift(today, -n), today + _DAY, "day", "range", True)


def _since(res: _Res, today: date | None, starting: bool = False) -> _Res:
    """X以来 / X起: from the start of X to today (X itself when X is still ahead)."""
    if res.kind in ("vague", "now") or res.start is None or res.end is None:
        return _Res(None, None, "day", "period", True, unresolved=True)
    if today is None:
        return _Res(None, None, "day", "period", True, unresolved=True)
    if res.start > today:
        return res
    if res.start <= today < res.end:
        return _Res(res.start, res.end, res.prec, "period", True, iso=res.rendered())
    a = _render(res.start, res.start + _DAY, res.prec).partition("/")[0]
    return _Res(res.start, today + _DAY, "day", "period", True, iso=f"{a}/{today.isoformat()}")


# --- the text: atoms, chains, codes, events ------------------------------------------

def _scan_ranges(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` worth scanning for atoms: runs of whole clauses that
    hold a trigger (see _TRIGGERED_TAIL)."""
    ranges: list[tuple[int, int]] = []
    end = 0
    for m in _TRIGGERED_TAIL.finditer(text):
        start = _matched(_UP_TO_CLAUSE, text, end, m.start()).end()
        if ranges and start == end:
            start = ranges.pop()[0]  # one scan for consecutive clauses
        end = m.end()
        ranges.append((start, end))
    return ranges


def _atoms(text: str) -> list[_Atom]:
    """The date atoms of ``text``, from the stretches _scan_ranges picks."""
    titles = [m.span() for m in _TITLE_RE.finditer(text)] if "《" in text else []
    title_starts = [a for a, _ in titles]
    out: list[_Atom] = []
    for range_start, range_end in _scan_ranges(text):
        for m in _ATOM_RE.finditer(text, range_start, range_end):
            start = m.start()
            kind = m.lastgroup or ""
            if kind in _BLOCKING:
                continue  # consumed, so nothing inside it is read; the gap it leaves ends a chain
            if kind == "ymdsep":
                kind = "ymd"
            if titles:
                k = bisect_right(title_starts, start) - 1
                if k >= 0 and start < titles[k][1]:
                    continue  # a year in 《2024年工作要点》 is part of the title
            out.append(_Atom(kind, start, m.end(), m.group(0)))
    return out


def _chains(text: str, atoms: list[_Atom]) -> list[list[_Atom]]:
    chains: list[list[_Atom]] = []
    current: list[_Atom] = []
    for atom in atoms:
        if current and _joins(text, current[-1], atom):
            current.append(atom)
            continue
        if current:
            chains.append(current)
        current = [atom]
    if current:
        chains.append(current)
    return [c for c in chains if not (len(c) == 1 and c[0].kind in ("prefix", "sep", "suffix", "num"))]


def _joins(text: str, prev: _Atom, atom: _Atom) -> bool:
    gap = text[prev.end:atom.start]
    if not gap:
        return True
    if _GAP_RE.fullmatch(gap):
        return True
    if prev.kind == "weekday" and _CLOSE_RE.fullmatch(gap):  # 9月9日（星期一）上午
        return True
    # 10月12号，星期一 and 周日, 二月十号
    return bool(((atom.kind == "weekday" and prev.kind in ("day", "ymd", "relday"))
                 or (prev.kind == "weekday" and atom.kind in ("month", "year")))
                and _WEEKDAY_GAP_RE.fullmatch(gap))


def _is_code(text: str, found: _Found) -> bool:
    """A bare year that starts a name (2024年第二期…培训班) is a code, not a date."""
    rest = text[found.end:found.end + 40]
    if _CODE_AFTER_YEAR.match(rest):
        return True
    m = _NAME_AFTER_YEAR.match(rest)
    return bool(m and not _NAME_BLOCKERS.search(m.group()))


def _holiday_blocked(text: str, found: _Found) -> bool:
    return bool(_HOLIDAY_BLOCKERS.search(text[max(0, found.start - 8):found.start]))


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (looking back a bounded stretch)."""
    return _matched(_UP_TO_CLAUSE_END, text, max(0, pos - _CLAUSE_LOOKBACK), pos).end()


def _event(text: str, found: _Found, spans: dict[int, int], starts: list[int]) -> str:
    """The clause the date governs (see the module docstring); ``starts`` are the keys of
    ``spans`` in order."""
    clause_start = _clause_start(text, found.start)
    for m in _DATELINE_END.finditer(text, clause_start, found.start):
        clause_start = m.end()  # 本报9月9日讯 ends a clause
    lead = text[clause_start:found.start].strip(" \u3000\t“”\"、和与及")
    if lead:
        for a in starts[bisect_left(starts, clause_start):bisect_left(starts, found.start)]:
            if spans[a] <= found.start:  # 中秋节、国庆节期间: other dates do not make a lead
                lead = lead.replace(text[a:spans[a]], "")
    lead = lead.strip(" \u3000\t“”\"、和与及")
    pos = found.end
    dateline = _DATELINE_MARK.match(text, pos, pos + 3)
    if dateline:
        pos = dateline.end()
    elif deadline := _DEADLINE_AFTER.match(text, pos):
        pos = deadline.end()  # 6月底前完成整改: the deadline word goes with the date
    end = _clause_end(text, pos)
    rest = _skip_dates(text, pos, spans, end)
    if lead and lead not in ("在", "于", "到", "从", "自") and not dateline \
            and text[rest:end].strip(" \u3000\t“”\"") not in _FILLERS | {""}:
        return _trim(text[clause_start:end])
    return _following(text, pos, spans) or _trim(text[clause_start:end])


def _skip_dates(text: str, pos: int, spans: dict[int, int], end: int) -> int:
    """The position after the dates (and 、 between them) that start at ``pos``."""
    while pos < end:
        while pos < end and text[pos] in " \u3000\t、和与及":
            pos += 1
        nxt = spans.get(pos)
        if nxt is None:
            return pos
        pos = nxt
    return pos


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


def _following(text: str, pos: int, spans: dict[int, int]) -> str:
    """The rest of the clause after a leading date, or the sentence's next main clause:
    date-only clauses (今天上午，) and adverbial clauses (在…之际，肩负着…重任，) are
    skipped while the sentence goes on."""
    for _ in range(6):
        end = _clause_end(text, pos)
        pos = _skip_dates(text, pos, spans, end)
        body = text[pos:end].strip(" \u3000\t“”\"")
        more = end < len(text) and text[end] in "，,；;：:"
        if body in _FILLERS:
            body = ""
        if body and not (more and body.startswith(_OPENERS)):
            return _trim(body)
        if not more:
            return _trim(body)
        pos = end + 1
    return ""


def _trim(event: str) -> str:
    event = event.strip(" \u3000\t，,、：:“”\"‘’")
    return event[:_EVENT_MAX]


def find_dates(text: str, today: date | None) -> list[DateMention]:
    """Dates in ``text`` resolved against ``today``; spans are offsets into ``text``.

    >>> from datetime import date
    >>> d = find_dates("本报9月9日讯 今天上午，区人大常委会主任会议召开。", date(2024, 9, 9))
    >>> [(m.text, m.iso, m.kind, m.relative) for m in d]
    [('9月9日', '2024-09-09', 'day', True), ('今天上午', '2024-09-09', 'day', True)]
    >>> d[1].event
    '区人大常委会主任会议召开'
    >>> [m.text for m in find_dates("2024年第二期中青年干部培训班开班", date(2024, 9, 9))]
    []
    """
    atoms = _atoms(text)
    if not atoms:
        return []
    env = _Env(text, today)
    ctx: list[_Res] = []
    found: list[_Found] = []
    for chain in _chains(text, atoms):
        for item in _Parser(env, chain, ctx).run():
            if item.code_check and _is_code(text, item):
                continue
            if item.point is not None and item.point.holiday and _holiday_blocked(text, item):
                continue
            if _RECURRING.search(text, max(0, item.start - 2), item.start):
                continue  # 每年5月至10月 is a schedule, not a date
            found.append(item)
    for f in found:  # 9月9日（星期一）: keep the closing bracket with the weekday
        inside = text[f.start:f.end]
        if f.end < len(text) and text[f.end] in ")）" and inside.count("（") + inside.count("(") > \
                inside.count("）") + inside.count(")"):
            f.end += 1
    spans = {f.start: f.end for f in found}
    starts = list(spans)  # in text order: found is sorted
    out: list[DateMention] = []
    for f in found:
        iso = f.res.rendered()
        out.append(DateMention(
            text=text[f.start:f.end], start=f.start, end=f.end, iso=iso,
            granularity=_granularity(f.res, iso), kind=f.res.kind, relative=f.res.relative,
            event=_event(text, f, spans, starts),
        ))
    return out


def _granularity(res: _Res, iso: str | None) -> str | None:
    if res.kind == "vague":
        return None
    if res.kind in ("now", "range"):
        return res.kind
    if iso is None:
        return res.kind if res.kind in ("day", "month", "year", "period") else None
    if "/" in iso:
        return "period"
    return {4: "year", 7: "month"}.get(len(iso), "day")


def parse_date(expr: str, today: date | None) -> DateMention | None:
    """The date that ``expr`` as a whole writes, or ``None``.

    >>> from datetime import date
    >>> parse_date("1—8月", date(2024, 9, 9)).iso
    '2024-01/2024-08'
    >>> parse_date("2024年6月底", None).iso
    '2024-06'
    >>> parse_date("5年", date(2024, 9, 9)) is None
    True
    """
    stripped = expr.strip()
    offset = expr.index(stripped) if stripped else 0
    found = find_dates(stripped, today)
    whole = [d for d in found if d.start == 0 and d.end == len(stripped)]
    if not whole:
        return None
    d = whole[0]
    d.start += offset
    d.end += offset
    return d
