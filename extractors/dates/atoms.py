"""Date atoms: the pieces a date is written with, and the chains they form.

One compiled regex cuts a clause into atoms (``2024年``, ``9月``, ``9日``, ``今天``,
``上午``, ``上半年``, ``至``, ``以来`` …); atoms that touch each other form a chain,
which grammar.py reads as one or more dates. Only clauses holding a trigger (a
character such as 年/月/日, a clock, or a listed word such as 目前) are cut; the rest
of the text is skipped in C.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..segment import start_class
from .days import matched
from .words import LEX, alt, char_class

CN_DIGIT = "零〇○一二两三四五六七八九"
CN_NUM = "零〇○一二两三四五六七八九十廿百"
N = r"(?:[1-9]\d{0,2}|[一二两兩三四五六七八九十]{1,3})"  # a small count: 3, 十, 二十
HAN = "\u4e00-\u9fff"
_MONTH_NUM = r"(?:1[0-2]|0?[1-9])"
_MONTH_CN = r"(?:十[一二]?|[一二三四五六七八九])"
_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY_CN = r"(?:三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|初[一二三四五六七八九十]|[一二三四五六七八九])"
SEP = alt(LEX["range_separators"])
WEEK = alt(LEX["week_words"])
WEEK_PREFIX = alt(LEX["week_prefixes"])
# A single-character year part (2021年初, 2024年春) only right after 年 or 月, and not
# as the first character of a word (初步, 底线, 春节, 末端).
_AFTER_YM = r"(?:(?<=年)|(?<=月)|(?<=年的)|(?<=月份))"
_SINGLE_PARTS = "|".join(f"{re.escape(part)}(?!{char_class(blockers)})"
                         for part, blockers in LEX["single_part_blockers"].items())
_MULTI_PARTS = [w for w in [*LEX["year_parts"], *LEX["year_labels"]] if len(w) > 1]
_MONTH_PART_WORDS = [w for w in LEX["month_parts"] if len(w) > 1]
_NOT_COUNTED = f"(?<!{char_class(LEX['part_counted_before'])})"
_PLAN = r"(?:十[一二三四五六七八九]?|[一二三四五六七八九])五"
_OTHER_HOLIDAYS = [w for w in [*LEX["fixed_holidays"], *LEX["lunar_holidays"], *LEX["lunar_offsets"],
                               *LEX["weekday_holidays"], *LEX["solar_terms"]]
                   if w not in LEX["holiday_breaks"] and w not in LEX["solar_terms_need_marker"]]
_UNGUARDED_YEARS = [w for w in LEX["relative_years"] if w not in LEX["guarded_relative_years"]]
_CENTURY = r"(?:上|本|\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪"
_WEEK_UNITS = [w for w, (unit, per) in LEX["span_units"].items() if per == 7]
# after a count: 3年, 3年半, 3年多, 3个月, 两个半月, 三个多月, 两周, 三个礼拜, 五天
_POST_UNITS = r"(?:年[半多]?|[个個][半多]?月|多个月|个季度|" + alt(_WEEK_UNITS) + r"|天)"
_POST_TAILS = alt([*LEX["span_since"], *LEX["span_before"], *LEX["span_after"]])
_COUNTED_LEADS = alt([*LEX["span_past_counted"], *LEX["span_future_counted"]])

#: No digit or decimal point right before a number, except the point of a list marker
#: opening a line (1.2017-2021年安排…: the item's year, not 1.2017).
_NOT_AFTER_NUMBER = (r"(?:(?<![\d.])|(?<=\n\d[.．])|(?<=\n\d\d[.．])|(?<=\A\d[.．])|(?<=\A\d\d[.．]))")

#: A date whose 年, 月 and 日 were all lost (2025325, 20230111): alone on its line (a letter's
#: signature), or eight digits in brackets after a title ((20230111)).
COMPACT_DIGITS = r"(?:19|20)\d{5,6}"
_COMPACT_LINE = r"(?<![^\n])" + COMPACT_DIGITS + r"(?=[ \t\u3000]*(?:\n|$))"
_COMPACT_BRACKETED = r"(?:19|20)\d{6}(?=[）)])"
#: A date written day first, as European sites print it (23.07.2014): its digits, and the date as an
#: atom, opening its line and ending at a space or the line's end (read only there, where no figure
#: can be meant).
DAY_FIRST_DIGITS = _DAY_NUM + r"\." + _MONTH_NUM + r"\.(?:19|20)\d{2}"
_DAY_FIRST = r"(?<![^\n])" + DAY_FIRST_DIGITS + r"(?=[ \t\u3000]|\n|$)"

ATOMS: list[tuple[str, str]] = [
    ("stop", alt(LEX["not_dates"])),
    # 十四五 is a plan name, a code (gold README): an atom only so that nothing in it is read
    ("plan", r"[“\"‘]" + _PLAN + r"[”\"’]|" + _PLAN + r"(?=" + alt(LEX["plan_suffixes"]) + ")"),
    # 至今 before 年 is 至 + 今年 (从2020年至今年8月)
    ("now", "(?:" + alt(LEX["now"]) + ")(?!(?<=今)年)"),
    ("vague", alt(LEX["vague"])),
    ("review", alt(LEX["review_spans"])),
    ("pair", alt(LEX["relative_pairs"])),
    ("era", r"(?:" + _CENTURY + r"\s*)?"
     r"(?:[1-9]0|[一二三四五六七八九]十)年代(?:初期?|末期?|中期|前期|后期)?"
     r"|" + _CENTURY + r"(?:初期?|末期?|中叶|中期|前期|后期)?"),
    ("ymd", r"(?<![\d.])(?:19|20)\d{2}(?P<ymdsep>[-/.])" + _MONTH_NUM + r"(?P=ymdsep)" + _DAY_NUM
     + r"(?![\d.])"
     # 20231124日 (2017222日): a full date whose 年 and 月 were lost in copying, digits and 日
     + r"|(?<![\d.])(?:19|20)\d{5,6}日"
     # 2025325 alone on its line, under a letter's signature: the same date with 日 lost too
     + "|" + _COMPACT_LINE
     # (20230111) after a title: eight digits in brackets, a date that reads one way
     + r"|(?<=[（(])" + _COMPACT_BRACKETED
     # 23.07.2014 opening a line (a foreign site's date line): day, month, year
     + "|" + _DAY_FIRST),
    ("year", _NOT_AFTER_NUMBER + r"(?:(?:19|20)\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})\s*年度?"
     # 20251-3月: 2025年1-3月 with its 年 lost in copying, a year glued to a span of months
     + r"|(?<![\d.])(?:19|20)\d{2}(?=(?:1[0-2]|[1-9])[-—–](?:1[0-2]|[1-9])月)"),
    ("year2", r"(?:(?<![\d." + HAN + r"])|(?<=[到至和与、在于从自是]))\d{2}年(?=\s*(?:1[0-2]|0?[1-9])\s*月)"),
    # 这五年 (not 这一年, a context year): the span of years just told of
    ("spanpre", r"(?:" + alt([*LEX["span_past"], *LEX["span_future"]]) + r"|这(?![一壹]))\s*" + N
     + r"\s*(?:" + alt(LEX["span_units"]) + r")(?!(?<=周)年)(?:以来|来|内|里)?"),
    ("spanpost", r"(?<![\d.一二两三四五六七八九十百千万几多第每满])(?:" + N + r"|(?<![上下前后後])半)"
     + r"\s*" + _POST_UNITS + r"(?:" + _POST_TAILS + r")"),
    # 二十几年前 (a range of years), 几十年后, 几天前 (vague)
    ("fuzzyspan", r"(?<![\d一二两三四五六七八九十百千万几])(?:[一二三四五六七八九]?十几|几十|几)"
     r"\s*(?:年|[个個]月|天)(?:" + alt([*LEX["span_before"], *LEX["span_after"]]) + r")"),
    ("relyear", alt(_UNGUARDED_YEARS) + r"|(?:(?<![" + HAN + r"])|(?<=[" + LEX["guard_chars"] + r"]))(?:"
     + alt(LEX["guarded_relative_years"]) + ")"),
    ("refyear", alt(LEX["reference_years"])),
    ("ctxyear", alt(LEX["context_years"])),
    # 1-3季度, 一至三季度: quarters from one to another
    ("ypart", r"(?:[一二三四]|[1-4])(?:[-—－–~～至到])(?:[一二三四]|[1-4])季度"
     r"|(?:第)?(?:[一二三四]|[1-4])季度(?:末|初)?|首季度|Q[1-4](?:季度)?"
     + r"|前[二两三2-3](?:个)?季度|(?:本|上|下|上个|下个|这个)季度(?:末|初)?"
     + r"|(?:(?<=年)|(?<=年的))(?:(?:前|头|最后|最後|后)\s*" + N + r"\s*(?:个|個)?月|第" + N
     + r"个月|首月)"
     # 前5个月 opening a clause or a headline is this year's first five months; so is one
     # compared against (环比前8个月回升) or released (省统计局发布前4个月辽宁经济运行情况)
     + r"|(?:(?<![" + HAN + r"\d])|(?<=[比较])|(?<=发布|公布))(?:前|头)\s*" + N + r"\s*(?:个|個)?月(?!份)"
     # 民和前4月完成固定资产投资: a headline's months after a place's name, before a verb of a tally
     # (not 提前4个月完成, 开工前3个月完成: a time before an event, counted with 个)
     + r"|(?<=[" + HAN + r"])(?<![提之此目以日年当眼事空史先超])前\s*" + N + r"\s*月(?=\s*(?:完成|实现|累计|共|全[省市区县]))"
     + r"|" + _AFTER_YM + r"(?:" + alt(_MULTI_PARTS) + r")"
     + r"|" + _NOT_COUNTED + r"(?:" + alt(_MULTI_PARTS) + r")"
     + r"|" + _AFTER_YM + r"(?:" + _SINGLE_PARTS + r")"),
    # 前两年, 上两周, 下三个月, 后三天 at a clause start (前5个月 there is a ypart, above)
    # (上一周, 下一个月, 前一天 are the week, month or day before or after: not counted)
    ("spanrel", r"(?<![" + HAN + r"\d])(?:" + _COUNTED_LEADS + r")\s*(?!一(?![十百]))" + N + r"\s*(?:"
     + alt(LEX["span_units"]) + r")(?![级度])"),
    ("relmonth", alt(LEX["relative_months"])),
    ("ctxmonth", alt(LEX["context_months"])),
    ("month", r"(?<![\d.])" + _MONTH_NUM + r"\s*月份?|(?<![" + CN_NUM + r"千万几多每个第])"
     + _MONTH_CN + r"月份?"
     # 元月 is January; after a number or a money word it is 元 then 月 (500元月底, 3万元月均)
     + r"|(?<![\d" + CN_NUM + r"千万亿百角])元月份?"
     # 元至九月: January to September, 元 standing for 元月 before a range's second month
     + r"|(?<![\d" + CN_NUM + r"千万亿百角" + HAN + r"])元(?=\s*[至到—–~－-]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)"),
    ("mpart", r"(?<![一二两三四五六七八九十几每个半正腊冬闰])(?:" + alt(_MONTH_PART_WORDS) + ")"),
    # a digit right after 日 ends no day, unless it opens a clock (2021年06月03日15时27分)
    ("day", r"(?<![\d.])" + _DAY_NUM + r"\s*[日号號](?!\d(?!\d?\s*[时点:：]))|(?<![" + CN_NUM + r"千万几多每第])"
     + _DAY_CN + r"[日号號]"),
    ("weekday", r"(?:(?:" + WEEK_PREFIX + r")(?:一|个|個)?|(?<![一二两三四五六七八九十几每个第]))(?:"
     + WEEK + r")[一二三四五六日天](?!年)"),
    ("week", r"(?:" + WEEK_PREFIX + r")(?:一)?(?:个|個)?(?:" + WEEK + r")(?:末)?(?![一二三四五六日天年])"),
    # 第二周, 第3个星期日, 最后一个星期一: after a month or a year (9月第二周, 2021年第一周)
    ("nthweek", r"(?:第\s*" + N + r"|最后一)\s*(?:个|個)?\s*(?:" + WEEK + r")"
     r"(?:[一二三四五六日天](?!年)|(?![期年边围转]))"),
    ("relday", alt([*LEX["relative_days"], *LEX["relative_days_evening"]])),
    ("holiday", r"(?:(?:" + alt(LEX["holiday_breaks"]) + r")(?:" + alt(LEX["holiday_break_words"]) + r")?|"
     + alt(_OTHER_HOLIDAYS) + r"|" + alt(LEX["solar_terms_need_marker"])
     + r"(?=节气|时节))(?![\d一二三四五六七八九十]+周年)"),
    ("tod", alt(LEX["times_of_day"])),
    ("clock", r"(?:(?<![\d.图表A-Za-z])(?:[01]?\d|2[0-4])|零|[一二]?十[一二三四]?|[一二两三四五六七八九])\s*"
     r"(?:[:：]\s*[0-5]\d|[时点](?:\s*(?:[0-5]?\d\s*分|半|整|许))?)"),
    ("prefix", r"(?:" + alt(LEX["from_prefixes"]) + r")(?=\s*[\d"
     + CN_DIGIT + r"十今去明本上下当前近即])"),
    ("suffix", r"(?<=[年月日号號天周季度底末初旬时点分\d])(?:" + alt(
        [*LEX["since_suffixes"], *LEX["start_suffixes"]]) + ")(?!(?<=今)年)"),
    ("sep", r"(?:" + SEP + r")(?=\s*[\d" + CN_DIGIT + r"十今明去本这這下上次周週星礼禮现目])"),
    ("num", r"(?:" + _NOT_AFTER_NUMBER + r"\d{1,4}|(?<![期周週拜个個第几每])[一二三四五六七八九十]{1,3})(?=\s*(?:"
     + SEP + r"))"
     # the first month of 20251-3月, right after its glued year
     + r"|(?<=(?<![\d.])(?:19|20)\d\d)(?:1[0-2]|[1-9])(?=[-—–](?:1[0-2]|[1-9])月)"),
]
# Every atom starts with one of these characters; checking it first keeps the scan fast
# (the alternatives' lookbehinds would otherwise run at every position of a clause).
_FIRST_CHARS = "".join(sorted(
    set("0123456789" + CN_NUM + "兩“\"‘Q第首前头最后後上下本这這今大当同次翌明昨去尋聽初底末春夏秋冬伊几半")
    | {w[0] for key in ("now", "vague", "not_dates", "review_spans", "relative_days", "relative_days_evening",
                        "relative_years", "reference_years", "context_years", "relative_months",
                        "context_months", "week_prefixes", "week_words", "times_of_day", "fixed_holidays",
                        "lunar_holidays", "lunar_offsets", "weekday_holidays", "solar_terms", "from_prefixes",
                        "since_suffixes",
                        "start_suffixes", "range_separators", "span_past", "span_future", "year_parts",
                        "year_labels", "month_parts")
       for w in LEX[key]}
))


def _alternative(name: str, pattern: str) -> str:
    """The atom ``name`` as an alternative of ATOM_RE, behind a look-ahead for the
    characters it can start with: ``re`` enters each alternative in turn at every
    position the scan tries, and the look-ahead turns most of them away with one test
    (the same matches: an alternative cannot match where it cannot start)."""
    starts = start_class(pattern)
    return (f"(?=[{starts}])" if starts else "") + f"(?P<{name}>{pattern})"


ATOM_RE = re.compile("(?=[" + re.escape(_FIRST_CHARS) + "])(?:"
                     + "|".join(_alternative(name, pattern) for name, pattern in ATOMS) + ")")
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
    for word in LEX[key]
    if not set(word) & set(_TRIGGER_CHARS) and word not in LEX["year_parts_need_year"]
})
_FREQUENT = frozenset(LEX["frequent_chars"])


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
    *(f"{re.escape(c)}(?<=[\\d\\s{CN_NUM}]{re.escape(c)})" for c in _CLOCK_MARKS),
    *(f"{re.escape(c)}(?<=\\d{re.escape(c)})(?=\\d)" for c in _DATE_SEPARATORS),
    *(_rare_first(word) for word in _TRIGGER_WORDS),
]) + ")[^" + _CLAUSE_PUNCT + "]*+[" + _CLAUSE_PUNCT + "]?")
_UP_TO_CLAUSE = re.compile("(?:[^" + _CLAUSE_PUNCT + "]*+[" + _CLAUSE_PUNCT + "])*+")
_TITLE_RE = re.compile(r"《[^《》\n]{1,60}》")
_GAP_RE = re.compile(r"[\s的]{0,2}")
_WEEKDAY_GAP_RE = re.compile(r"\s*[,，(（]?\s*")
_CLOSE_RE = re.compile(r"\s*[)）]\s*")
_LONE = frozenset({"prefix", "sep", "suffix", "num"})  # atoms that are no date on their own


@dataclass(slots=True)
class Atom:
    kind: str
    start: int
    end: int
    text: str


def scan_ranges(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` worth scanning for atoms: runs of whole clauses that
    hold a trigger (see _TRIGGERED_TAIL), and lines that are a date of digits alone
    (2025325: a letter's date that lost 年, 月 and 日), found apart so the trigger scan
    keeps its fast first-character test."""
    ranges = _triggered_ranges(text)
    lines = [m.span() for r in (_COMPACT_LINE_RE, _COMPACT_BRACKETED_RE) for m in r.finditer(text)]
    if not lines:
        return ranges
    merged: list[tuple[int, int]] = []
    for a, b in sorted([*ranges, *lines]):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


#: _COMPACT_LINE and _COMPACT_BRACKETED as scans of their own, with no lookbehind to run at every
#: position (two scans take less time than one alternation of both).
_COMPACT_LINE_RE = re.compile(r"(?m)^" + COMPACT_DIGITS + r"(?=[ \t\u3000]*$)")
_COMPACT_BRACKETED_RE = re.compile("[（(]" + _COMPACT_BRACKETED)


def _triggered_ranges(text: str) -> list[tuple[int, int]]:
    """The runs of whole clauses of ``text`` that hold a trigger."""
    ranges: list[tuple[int, int]] = []
    end = 0
    for m in _TRIGGERED_TAIL.finditer(text):
        start = matched(_UP_TO_CLAUSE, text, end, m.start()).end()
        if ranges and start == end:
            start = ranges.pop()[0]  # one scan for consecutive clauses
        end = m.end()
        ranges.append((start, end))
    return ranges


def compact_ymd(text: str) -> tuple[int, int, int] | None:
    """Year, month and day of a date that lost its 年 and 月 (20231124日; 2017222日, where only
    2月22日 is a date), None when no split or more than one makes a date (2017111日).

    >>> compact_ymd("20231124日"), compact_ymd("2017222日"), compact_ymd("2017111日")
    ((2023, 11, 24), (2017, 2, 22), None)
    """
    digits = text.rstrip("日")
    year, rest = int(digits[:4]), digits[4:]
    splits = [(rest[:k], rest[k:]) for k in (1, 2)] if len(rest) == 3 else [(rest[:2], rest[2:])]
    found = set()
    for month, day in splits:
        if len(rest) == 3 and (month.startswith("0") or day.startswith("0")):
            continue   # a lost 年 and 月 leave no leading zero in a three-digit month and day
        if 1 <= int(month) <= 12 and 1 <= int(day) <= _MONTH_DAYS[int(month)]:
            found.add((year, int(month), int(day)))
    return found.pop() if len(found) == 1 else None


_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def atoms(text: str) -> list[Atom]:
    """The date atoms of ``text``, from the stretches scan_ranges picks."""
    titles = [m.span() for m in _TITLE_RE.finditer(text)] if "《" in text else []
    title_starts = [a for a, _ in titles]
    out: list[Atom] = []
    for range_start, range_end in scan_ranges(text):
        for m in ATOM_RE.finditer(text, range_start, range_end):
            start = m.start()
            kind = m.lastgroup or ""
            if kind in _BLOCKING:
                continue  # consumed, so nothing inside it is read; the gap it leaves ends a chain
            if kind == "ymdsep":
                kind = "ymd"
            if kind == "ymd" and (m.group(0).endswith("日") or m.group(0).isdigit()) \
                    and compact_ymd(m.group(0)) is None:
                continue   # 2017111日: 1月11日 or 11月1日, no telling which
            if titles:
                k = bisect_right(title_starts, start) - 1
                if k >= 0 and start < titles[k][1]:
                    continue  # a year in 《2024年工作要点》 is part of the title
            out.append(Atom(kind, start, m.end(), m.group(0)))
    return out


def chains(text: str, found: list[Atom]) -> list[list[Atom]]:
    """Runs of atoms that touch (or are apart by at most two spaces or 的)."""
    out: list[list[Atom]] = []
    current: list[Atom] = []
    for atom in found:
        if current and _joins(text, current[-1], atom):
            current.append(atom)
            continue
        if current:
            out.append(current)
        current = [atom]
    if current:
        out.append(current)
    return [c for c in out if not (len(c) == 1 and c[0].kind in _LONE)]


def _joins(text: str, prev: Atom, atom: Atom) -> bool:
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
