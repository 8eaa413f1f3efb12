"""Dates in a text: atoms → chains → dates, minus those that are codes or schedules."""

from __future__ import annotations

import re
from datetime import date

from ..records import DateMention
from . import atoms as atoms_module
from .context import Env
from .days import Res
from .events import event
from .grammar import Parser
from .points import Found
from .words import LEX, alt

_CODE_AFTER_YEAR = re.compile(r"\s*(?:" + "|".join(LEX["code_after_year"]) + ")")
# a title may set its last words apart with a space (2019年长顺县国民经济和社会发展 统计公报)
_NAME_AFTER_YEAR = re.compile(
    r"(?![ \u3000])[^，,。；;：:、！？!?\n\r\t《》()（）]{0,30}?(?:" + alt(LEX["name_suffixes"]) + ")")
_NAME_BLOCKERS = re.compile(alt(LEX["name_blockers"]))
#: A verb telling of a period's state of affairs, right before its year (介绍2025年上半年…; 介绍下2025年…).
#: A division's name may stand between (介绍贵州省2023年上半年…).
_DIVISION_BETWEEN = r"(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗))?"
_CONTENT_VERB = re.compile("(?:" + alt(LEX["content_verbs"]) + r")下?了?" + _DIVISION_BETWEEN + r"\Z")
_CONTENT_VERB_REACH = 14
#: A verb releasing figures right before a year, and what such a release tells of (经济运行情况).
_RELEASE_VERB = re.compile("(?:" + alt(LEX["release_verbs"]) + r")了?" + _DIVISION_BETWEEN + r"\Z")
_RELEASE_STATES = tuple(LEX["release_states"])
_HOLIDAY_BLOCKERS = re.compile("(?:" + "|".join(LEX["holiday_blockers"]) + ")")
_RECURRING = re.compile("(?:" + alt(LEX["recurring"]) + ")$")
_RECURRING_CHARS = max(map(len, LEX["recurring"]))


def find_dates(text: str, today: date | None, title: str = "", events: bool = True) -> list[DateMention]:
    """Dates in ``text`` resolved against ``today``; spans are offsets into ``text``,
    ``title`` the headline ``text`` opens with, when known. Without ``events`` no
    date's event is read (a caller that wants the dates alone).

    >>> from datetime import date
    >>> d = find_dates("本报9月9日讯 今天上午，区人大常委会主任会议召开。", date(2024, 9, 9))
    >>> [(m.text, m.iso, m.kind, m.relative) for m in d]
    [('9月9日', '2024-09-09', 'day', True), ('今天上午', '2024-09-09', 'day', True)]
    >>> d[1].event
    '区人大常委会主任会议召开'
    >>> [m.text for m in find_dates("2024年第二期中青年干部培训班开班", date(2024, 9, 9))]
    []
    """
    atoms = atoms_module.atoms(text)
    if not atoms:
        return []
    env = Env(text, today, title)
    ctx: list[Res] = []
    found = [item for chain in atoms_module.chains(text, atoms)
             for item in Parser(env, chain, ctx).run() if _is_date(text, item)]
    for f in found:  # 9月9日（星期一）: keep the closing bracket with the weekday
        inside = text[f.start:f.end]
        if f.end < len(text) and text[f.end] in ")）" and inside.count("（") + inside.count("(") > \
                inside.count("）") + inside.count(")"):
            f.end += 1
    spans = {f.start: f.end for f in found}
    starts = list(spans)  # in text order: found is sorted
    return [_mention(text, f, spans, starts, events) for f in found]


_TITLE_QUOTES: dict[str, str] = LEX["title_quotes"]
_CLOSING = {"《": "》", "“": "”"}
_TITLE_REACH = 80   # how far a title's opening quote may stand before a date in it


def _is_date(text: str, item: Found) -> bool:
    """Not a year that is part of a name, an anniversary or a schedule (每年5月)."""
    if item.code_check and (_is_code(text, item) or _in_title(text, item.start) or _in_document_name(text, item.start)):
        return False
    if _names_an_event(text, item) or _names_a_part_report(text, item):
        return False
    if text.startswith("这", item.start) and text[item.start - 1:item.start] in ("日", "月", "年"):
        return False   # 3月18日至6月26日这100天: the span just written, told again by its length
    if item.point is not None and item.point.holiday and _HOLIDAY_BLOCKERS.search(
            text, max(0, item.start - 8), item.start):
        return False
    return not _RECURRING.search(text, max(0, item.start - _RECURRING_CHARS), item.start)


def _names_a_part_report(text: str, item: Found) -> bool:
    """A bare part of this year inside a report's name written out (区政府上半年工作情况的报告,
    评议区政府上半年工作报告, 南山区上半年计划预算执行情况初审会): part of the name, a code."""
    return _bare_part(item) and (
        _in_document_name(text, item.start) or _PART_REPORT_AFTER.match(text, item.end) is not None)


#: A report's or its review's name running on from a bare part of the year (…工作报告, …初审会, …草案).
_PART_REPORT_AFTER = re.compile(r"[^，,。；;：:、！？!?\n《》()（）]{0,30}?(?:" + alt(LEX["part_report_ends"]) + ")")


def _names_an_event(text: str, item: Found) -> bool:
    """A bare part of this year that opens an event's name (上半年经济运行情况新闻发布会,
    上半年重点项目集中开工活动): part of the name, a code, as a year there is."""
    if not _bare_part(item):
        return False
    m = _EVENT_AFTER_PART.match(text, item.end)
    return m is not None and not _NAME_BLOCKERS.search(m.group())


def _bare_part(item: Found) -> bool:
    """Whether ``item`` is a part of the year written with no year nor month (上半年, 下半年)."""
    point = item.point
    return point is not None and point.ypart is not None and not point.explicit_year() and point.month is None


#: A name running on to an event's ending (…新闻发布会, …集中开工活动) with no clause mark.
_EVENT_AFTER_PART = re.compile(r"[^，,。；;：:、！？!?\n《》()（）]{0,24}?(?:" + alt(LEX["event_name_ends"]) + ")")


def _in_title(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quoted document title (《…》, “关于…”), whose
    year is part of the title (《关于将…纳入2019年老旧小区改造项目的建议》)."""
    window = text[max(0, pos - _TITLE_REACH):pos]
    for opening, first_words in _TITLE_QUOTES.items():
        at = window.rfind(opening)
        closing = _CLOSING[opening]
        if at < 0 or closing in window[at:] or "\n" in window[at:]:
            continue
        if window.startswith(first_words, at + 1) and text.find(closing, pos, pos + _TITLE_REACH) >= 0:
            return True
    return False


def _in_document_name(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside an official document's name written out unquoted, its own
    title or one a sentence names (标题:关于2021年…计划草案的报告; 听取和审议鸿山镇2020年财政预算执行
    情况和2021年财政预算的报告): the name runs on to its ending with no clause mark, and its
    years name the document (the gold README: a year inside a title is a code)."""
    m = _NAME_END.search(text, pos, pos + _NAME_REACH)
    return m is not None and not _CLAUSE_BREAK.search(text, pos, m.start())


_NAME_REACH = 120   # how far after a year an unquoted document name may end
_CLAUSE_BREAK = re.compile(r"[，,。；;！？!?、\n]")
#: How an official document's name ends (…计划草案的报告).
_NAME_END = re.compile(alt(LEX["title_line_ends"]))


def _is_code(text: str, found: Found) -> bool:
    """A bare year that starts a name (2024年第二期…培训班) is a code, not a date; not one right
    after a verb telling of the period (介绍2025年上半年…经济运行情况)."""
    rest = text[found.end:found.end + 40]
    if _CODE_AFTER_YEAR.match(rest) or _PROJECT_SIZED.search(text, max(0, found.start - _SIZE_REACH), found.start):
        return True   # 投资8550万元的2011年整村推进: a project named after its size, the year in its name
    if _CONTENT_VERB.search(text, max(0, found.start - _CONTENT_VERB_REACH), found.start):
        return False
    m = _NAME_AFTER_YEAR.match(rest)
    if m and m.group().endswith(_RELEASE_STATES) \
            and _RELEASE_VERB.search(text, max(0, found.start - _CONTENT_VERB_REACH), found.start):
        return False   # 统计局29日发布2020年一季度全区经济运行情况: the period released, no document's name
    if m and _AFTER_THE_EVENT.match(rest, m.end()):
        return False   # 2022年省“两会”召开以后: the year of an event things are dated after
    return bool(m and not _NAME_BLOCKERS.search(m.group()))


#: A project's size right before its name (投资8550万元的), and how far back it is looked for.
_PROJECT_SIZED = re.compile(r"\d[\d.]*(?:万|亿)?元的$")
_SIZE_REACH = 12
#: What after an event's name makes the year before it date the time after the event.
_AFTER_THE_EVENT = re.compile(r"[”’\"]?(?:召开|举行|举办|开幕|闭幕|结束)(?:以后|之后|后|以来)")


def _mention(text: str, f: Found, spans: dict[int, int], starts: list[int],
             events: bool = True) -> DateMention:
    iso = f.res.rendered()
    return DateMention(
        text=text[f.start:f.end], start=f.start, end=f.end, iso=iso,
        granularity=_granularity(f.res, iso), kind=f.res.kind, relative=f.res.relative,
        event=event(text, f, spans, starts) if events else "",
    )


def _granularity(res: Res, iso: str | None) -> str | None:
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
    whole = [d for d in find_dates(stripped, today) if d.start == 0 and d.end == len(stripped)]
    if not whole:
        return None
    d = whole[0]
    d.start += offset
    d.end += offset
    return d
