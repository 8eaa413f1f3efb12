"""How figures, names and article text are written on screen and in downloads.

Pure functions, no Streamlit. Values are written the Chinese way, with the
hedge where the text had one:

>>> format_claim(20000, "件", "more_than")
'2万余件'
>>> format_claim(250000000000, "元", "more_than", unit_kind="money")
'超2500亿元'
>>> format_claim(1e12, "元", "nearly", unit_kind="money")
'近万亿元'
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from extractors.numerals import format_chinese

LABELS: dict[str, Any] = yaml.safe_load(
    (Path(__file__).with_name("labels.yaml")).read_text(encoding="utf-8")
)
UNIT_KINDS: dict[str, str] = LABELS["unit_kinds"]
QUALIFIERS: dict[str, str] = LABELS["qualifiers"]
GRANULARITIES: dict[str, str] = LABELS["granularities"]
DATE_SOURCES: dict[str, dict[str, Any]] = LABELS["date_sources"]
WORDS: dict[str, str] = LABELS["words"]
UNDATED: str = WORDS["undated"]
MEASURES: dict[str, str] = LABELS["measures"]
STATUSES: dict[str, str] = LABELS["statuses"]
TARGET, ACTUAL, UNKNOWN_AREA = LABELS["target"], LABELS["actual"], LABELS["unknown_area"]
#: Units whose differences are written in 个百分点 (a rate minus a rate).
RATE_UNITS = frozenset({"%", "百分点", "个百分点"})

# A value of exactly one scale unit reads without the 1 after a hedge (近万亿元, 超万家).
_ONE_SCALE = re.compile(r"1(万亿|亿|万)")
_ROUND_BODY = re.compile(r"\d+(万亿|亿|万)|[1-9]\d*0")


def format_claim(
    value: float,
    unit: str,
    qualifier: str = "exact",
    value_max: float | None = None,
    change: str | None = None,
    unit_kind: str = "count",
) -> str:
    """A claim as a Chinese report would write it.

    余 follows a round count only; other hedges stand before the number:

    >>> format_claim(300, "家", "more_than")
    '300余家'
    >>> format_claim(242, "家", "more_than")
    '超242家'
    >>> format_claim(3000, "人", "approx")
    '约3000人'
    >>> format_claim(3000, "人", "at_least")
    '3000人以上'
    >>> format_claim(3, "年", "range", value_max=5)
    '3至5年'
    >>> format_claim(3.3, "%", change="decrease")
    '下降3.3%'
    >>> format_claim(76, "个")
    '76个'
    """
    if qualifier == "range" and value_max is not None and value_max == value_max:  # not NaN
        text = format_chinese(value, "") + LABELS["range_joiner"] + format_chinese(value_max, unit)
    else:
        body = format_chinese(value, "")
        hedge: dict[str, str] = LABELS["hedges"].get(qualifier, {})
        round_hedge = LABELS["round_hedge"].get(qualifier)
        if round_hedge and unit_kind == "count" and _ROUND_BODY.fullmatch(body):
            text = body + round_hedge + unit
        elif "before" in hedge:
            if hedge["before"] in ("近", "超") and _ONE_SCALE.fullmatch(body):
                body = body[1:]
            text = hedge["before"] + body + unit
        else:
            text = body + unit + hedge.get("suffix", "")
    verb = LABELS["changes"].get(change or "", "")
    return verb + text


def format_delta(latest: float, previous: float, unit: str) -> str:
    """The change between two values of one indicator, signed for ``st.metric``.

    >>> format_delta(25000, 20000, "件")
    '+5000件'
    >>> format_delta(12.5, 13.0, "%")
    '-0.5个百分点'
    """
    diff = latest - previous
    sign = "+" if diff >= 0 else "-"
    return sign + format_chinese(abs(diff), "个百分点" if unit in RATE_UNITS else unit)


#: Chinese scale words, largest first: a chart's axis counts in one of them.
_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))


def axis_scale(values: Iterable[float], unit: str) -> tuple[float, str]:
    """The divisor and unit for a chart axis of these values, the Chinese way
    (never "1.35T"); rates stay as they are. The scale is the one the smallest
    value is written in, as a bulletin writes a city's 13507.7亿元 beside a
    district's 850.2亿元 (in 万亿元 the district would read 0.09), unless the
    largest would then need more than five digits.

    >>> axis_scale([1.35e12, 8.5e10], "元"), axis_scale([3.2e4, 1.1e4], "个"), axis_scale([6.1], "%")
    ((100000000.0, '亿元'), (10000.0, '万个'), (1.0, '%'))
    >>> axis_scale([1.35e12, 1.67e12], "元"), axis_scale([1.35e12, 5.0], "元")
    ((1000000000000.0, '万亿元'), (100000000.0, '亿元'))
    """
    sizes = [abs(v) for v in values if v == v and v]
    if unit in RATE_UNITS or not sizes:
        return 1.0, unit
    smallest, largest = min(sizes), max(sizes)
    divisor, word = 1.0, ""
    for size, name in _SCALES:
        if smallest >= size:
            divisor, word = size, name
            break
    for size, name in reversed(_SCALES):
        if largest / divisor < 1e5:
            break
        if size > divisor:
            divisor, word = size, name
    return divisor, word + unit


def series_delta(latest: float, previous: float, measure: str, unit: str) -> str:
    """The change from one period of a series to the one before, signed for
    ``st.metric``: a level moves by a share of itself, a rate by points, any
    other figure by its own unit.

    >>> series_delta(13507.7, 12673.8, "level", "亿元")
    '+6.6%'
    >>> series_delta(6.1, 5.8, "growth", "%")
    '+0.3个百分点'
    >>> series_delta(-3.4, 4.1, "growth", "%")
    '-7.5个百分点'
    >>> series_delta(5, 0, "level", "个")
    '+5个'
    """
    if measure == "level" and unit not in RATE_UNITS and previous:
        share = (latest - previous) / abs(previous) * 100
        return f"{share:+.1f}%"
    return format_delta(round(latest, 6), round(previous, 6), unit)


_QUARTERS: list[str] = LABELS["quarters"]


def period_label(period: str | None, missing: str = "") -> str:
    """An ISO period (a store ``period``) the way a Chinese report names it.

    >>> [period_label(p) for p in ("2024", "2024-01/2024-12", "2024-01/2024-06",
    ...     "2024-07/2024-12", "2024-04/2024-06", "2024-01/2024-09", "2024-09", "2024-09-09",
    ...     "2021/2025", "2023-11/2024-02", "2024-09-09/2029-09-09")]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['2024年', '2024年', '2024年上半年', '2024年下半年', '2024年二季度', '2024年1—9月',
     '2024年9月', '2024年9月9日', '2021—2025年', '2023年11月—2024年2月',
     '2024年9月9日—2029年9月9日']
    >>> period_label(None, "时期不明")
    '时期不明'
    """
    if not period:
        return missing
    first, _, last = period.partition("/")
    if not last or last == first:
        return _point_label(first)
    if len(first) == len(last) == 4:
        return f"{first}—{last}年"
    if len(first) == len(last) == 7 and first[:4] == last[:4]:
        year, m1, m2 = first[:4], int(first[5:]), int(last[5:])
        if (m1, m2) == (1, 12):
            return f"{year}年"
        if (m1, m2) in ((1, 6), (7, 12)):
            return f"{year}年{'上' if m1 == 1 else '下'}半年"
        if m2 - m1 == 2 and m1 % 3 == 1:
            return f"{year}年{_QUARTERS[m1 // 3]}季度"
        return f"{year}年{m1}—{m2}月"
    return f"{_point_label(first)}—{_point_label(last)}"


def _point_label(iso: str) -> str:
    bits = iso.split("-")
    names = ("年", "月", "日")
    try:
        return "".join(f"{int(b) if i else b}{names[i]}" for i, b in enumerate(bits[:3]))
    except ValueError:
        return iso


def period_kind_label(kind: str | None) -> str:
    """The length of a period in words (``quantities.period_kind``).

    >>> [period_kind_label(k) for k in ("year", "half", "9m", "5y", "day", None)]
    ['年度', '半年', '9个月累计', '5年', '时点', '']
    """
    if not kind:
        return ""
    kinds: dict[str, str] = LABELS["period_kinds"]
    if kind in kinds:
        return kinds[kind]
    number, unit = kind[:-1], kind[-1:]
    if number.isdigit() and unit in ("m", "y"):
        return kinds["months" if unit == "m" else "years"].format(n=int(number))
    return kind


def area_label(parts: Iterable[str]) -> str:
    """A node of the 地区 tree by its path; the unknown area by name.

    >>> area_label(("山东省", "青岛市", "崂山区")), area_label(())
    ('山东省 › 青岛市 › 崂山区', '地区不明')
    """
    return str(LABELS["area_separator"]).join(parts) or UNKNOWN_AREA


def measure_label(measure: str, unit: str) -> str:
    """A measure with its unit, as the indicator page offers it.

    >>> measure_label("growth", "%"), measure_label("level", "元")
    ('增速（%）', '数值（元）')
    """
    return f"{MEASURES.get(measure, measure)}（{unit}）"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: str) -> str:
    """Text that Streamlit's Markdown shows literally (labels, captions, help).

    >>> md_escape("**加粗** <b>x</b>")
    '\\\\*\\\\*加粗\\\\*\\\\* \\\\<b\\\\>x\\\\</b\\\\>'
    """
    return _MD_SPECIAL.sub(r"\\\1", text)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV that Excel opens with the Chinese intact (UTF-8 with a BOM)."""
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8-sig")


_UNSAFE_NAME = re.compile(r"[^\w\u3400-\u9fff.-]+|\.{2,}")


def file_name(view: str, parts: Iterable[str], extension: str = "csv") -> str:
    """A download name made of the view and its filters, safe on every OS.

    >>> file_name("指标", ["部门=区行政审批服务局", "日期=2024-09-01至2024-09-30"])
    '指标_部门-区行政审批服务局_日期-2024-09-01至2024-09-30.csv'
    >>> file_name("文章", [])
    '文章_全部.csv'
    """
    bits = [view, *parts] if parts else [view, "全部"]
    cleaned = (re.sub("-{2,}", "-", _UNSAFE_NAME.sub("-", bit)).strip("-.") for bit in bits if bit)
    name = "_".join(cleaned)
    return f"{name[:150]}.{extension}"


def iso_day(value: Any, missing: str = "") -> str:
    """A date as ``YYYY-MM-DD``, or ``missing`` when there is none.

    >>> iso_day(pd.Timestamp("2024-09-09")), iso_day(None, "日期不明"), iso_day(pd.NaT)
    ('2024-09-09', '日期不明', '')
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return missing
    return pd.Timestamp(value).date().isoformat()


def iso_days(values: Iterable[Any]) -> list[str]:
    """:func:`iso_day` of each value (table columns)."""
    return [iso_day(v) for v in values]


def date_note(source: Any) -> str:
    """How an article date was found, when it was not printed with the article
    (a dateline or the issue date): ``据文件名``, ``推断``; else ``""``.

    A source this version does not know is marked as worked out too: only the
    sources known to be printed pass unmarked.

    >>> date_note("filename"), date_note("dateline"), date_note(None), date_note("guess")
    ('据文件名', '', '', '推断')
    """
    if source is None or (not isinstance(source, str) and pd.isna(source)) or source == "":
        return ""
    known = DATE_SOURCES.get(str(source))
    if known is None:
        return DATE_SOURCES["inferred"]["note"]
    return "" if known["stated"] else str(known["note"])


def article_day(value: Any, source: Any = None) -> str:
    """An article's date as shown everywhere: the day, marked when worked out.

    >>> article_day(pd.Timestamp("2024-09-09"), "filename")
    '2024-09-09（据文件名）'
    >>> article_day(None, None), article_day("2024-09-09", "dateline")
    ('日期不明', '2024-09-09')
    """
    day = iso_day(value, UNDATED)
    note = date_note(source) if day != UNDATED else ""
    return f"{day}（{note}）" if note else day


def article_days(values: Iterable[Any], sources: Iterable[Any] | None = None) -> list[str]:
    """:func:`article_day` of each (date, date source) pair (table columns)."""
    values = list(values)
    notes = list(sources) if sources is not None else [None] * len(values)
    return [article_day(v, s) for v, s in zip(values, notes, strict=True)]


def join_names(names: Iterable[str] | None, limit: int = 0) -> str:
    """A list of names in one cell, joined with the Chinese enumeration comma.

    >>> join_names(["区金融局", "区海洋发展局", "区人大常委会"], limit=2)
    '区金融局、区海洋发展局等'
    """
    items = [n for n in (names if names is not None else []) if n]
    if limit and len(items) > limit:
        return "、".join(items[:limit]) + "等"
    return "、".join(items)


def relabel(frame: pd.DataFrame, columns: Mapping[str, str]) -> pd.DataFrame:
    """The frame with only ``columns`` (in that order), renamed for display and download."""
    return frame.loc[:, list(columns)].rename(columns=dict(columns))
