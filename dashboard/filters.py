"""The sidebar filters, bound to the URL so a filtered view is a shareable link.

Each widget's key is its query parameter: ``?dept=区金融局&topic=金融&from=2024-09-01&to=2024-09-30&q=上市&kind=金额``;
``?when=日期不明`` shows the records of undated articles instead of a date range.

No widget speaks English to the user: multiselects never offer Streamlit's
"Select all" (``select_all=False``; typing a name and pressing Enter must pick
that name, not every option), and the date range is two single dates, because
a range picker adds an English "Date range / Past week …" quick-select menu.

A place of the 地区 tree is written as its path: ``?area=山东省 › 青岛市``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import streamlit as st

from .formatting import UNDATED, UNIT_KINDS, area_label
from .queries import AreaNode, Filters, Options

DEPARTMENT, TOPIC, DATE_FROM, DATE_TO, KEYWORD, UNIT_KIND = (
    "dept", "topic", "from", "to", "q", "kind")
DATE_MODE = "when"
IN_RANGE = "range"
DATE_MODES = {IN_RANGE: "按日期范围", "undated": UNDATED}
AREA = "area"


def sidebar(options: Options) -> Filters:
    """Draw the filters in the sidebar and return what they select."""
    with st.sidebar:
        st.subheader("筛选")
        # One list of the whole tree, parents before children: choosing 青岛市
        # takes its districts with it; choosing two districts compares them.
        areas = st.multiselect(
            "地区", options.areas, key=AREA, bind="query-params", placeholder="全部地区",
            format_func=node_label, select_all=False,
            help="选省或市即包含其下各区县、园区；也可多选几个地区。",
        )
        departments = st.multiselect(
            "部门/机构", options.departments, key=DEPARTMENT, bind="query-params",
            placeholder="全部部门", select_all=False,
        )
        topics = st.multiselect(
            "主题", options.topics, key=TOPIC, bind="query-params", placeholder="全部主题",
            select_all=False,
        )
        mode = st.segmented_control(
            "日期", list(DATE_MODES), format_func=DATE_MODES.__getitem__, default=IN_RANGE,
            required=True, key=DATE_MODE, bind="query-params",
        ) or IN_RANGE
        date_from = date_to = None
        undated = mode != IN_RANGE
        if undated:
            st.caption(f"只看没有日期的文章及其指标（库中共 {options.undated_articles} 篇）。")
        elif options.date_min and options.date_max:
            picked = [
                st.date_input(
                    label, value=default, min_value=options.date_min,
                    max_value=options.date_max, key=key, bind="query-params",
                    format="YYYY-MM-DD",
                )
                for label, default, key in (("起始日期", options.date_min, DATE_FROM),
                                            ("截止日期", options.date_max, DATE_TO))
            ]
            date_from, date_to = _date_range(picked, options)
        else:
            st.caption("库中尚无带日期的文章。")
        keyword = st.text_input(
            "关键词", key=KEYWORD, bind="query-params", placeholder="句子、指标或标题中的文字",
        )
        unit_kinds = st.multiselect(
            "单位类型", options.unit_kinds, key=UNIT_KIND, bind="query-params",
            format_func=lambda kind: UNIT_KINDS.get(kind, kind), placeholder="全部类型",
            select_all=False,
        )
        filters = Filters(
            departments=tuple(departments), topics=tuple(topics), date_from=date_from,
            date_to=date_to, keyword=(keyword or "").strip(), unit_kinds=tuple(unit_kinds),
            undated=undated,
            areas=tuple(areas),
        )
        if filters.active():
            st.button("清除筛选", on_click=_clear, args=(options,), icon=":material/filter_alt_off:")
    return filters


def _date_range(picked: Sequence[object], options: Options) -> tuple[date | None, date | None]:
    """The chosen bounds, in order; the store's own bounds (the default) filter nothing.

    >>> store = Options(date_min=date(2008, 1, 5), date_max=date(2025, 7, 26))
    >>> _date_range([date(2008, 1, 5), date(2025, 7, 26)], store)
    (None, None)
    >>> _date_range([date(2025, 1, 1), date(2018, 1, 1)], store)
    (datetime.date(2018, 1, 1), datetime.date(2025, 1, 1))
    """
    lo, hi = (b if isinstance(b, date) else None for b in picked)
    if lo and hi and lo > hi:
        lo, hi = hi, lo
    return (None if lo in (None, options.date_min) else lo), (
        None if hi in (None, options.date_max) else hi)


def node_label(node: AreaNode) -> str:
    """A place of the 地区 tree by its path (also its value in the URL)."""
    return area_label(node.parts)


def _clear(options: Options) -> None:
    st.session_state[AREA] = []
    st.session_state[DEPARTMENT] = []
    st.session_state[TOPIC] = []
    st.session_state[KEYWORD] = ""
    st.session_state[UNIT_KIND] = []
    st.session_state[DATE_MODE] = IN_RANGE
    if options.date_min and options.date_max:
        st.session_state[DATE_FROM] = options.date_min
        st.session_state[DATE_TO] = options.date_max


def describe(filters: Filters) -> list[str]:
    """The active filters in words, for captions and download names.

    >>> describe(Filters(departments=("区金融局",), date_from=date(2024, 9, 1), keyword="上市"))
    ['部门=区金融局', '日期=2024-09-01至', '关键词=上市']
    >>> describe(Filters(undated=True, unit_kinds=("fraction",)))
    ['日期=日期不明', '单位=分数']
    >>> describe(Filters(areas=(AreaNode("山东省", "青岛市"), AreaNode("安徽省", "合肥市", "蜀山区"))))
    ['地区=青岛市+蜀山区']
    """
    parts = []
    if filters.areas:
        parts.append("地区=" + "+".join(area_label(n.parts[-1:]) for n in filters.areas))
    if filters.departments:
        parts.append("部门=" + "+".join(filters.departments))
    if filters.topics:
        parts.append("主题=" + "+".join(filters.topics))
    if filters.undated:
        parts.append("日期=" + UNDATED)
    elif filters.date_from or filters.date_to:
        lo = filters.date_from.isoformat() if filters.date_from else ""
        hi = filters.date_to.isoformat() if filters.date_to else ""
        parts.append(f"日期={lo}至{hi}")
    if filters.keyword:
        parts.append("关键词=" + filters.keyword)
    if filters.unit_kinds:
        parts.append("单位=" + "+".join(UNIT_KINDS.get(k, k) for k in filters.unit_kinds))
    return parts
