"""The sidebar filters, bound to the URL so a filtered view is a shareable link.

Each widget's key is its query parameter: ``?dept=区金融局&topic=金融&date=2024-09-01&date=2024-09-30&q=上市&kind=金额``.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from .formatting import UNIT_KINDS
from .queries import Filters, Options

DEPARTMENT, TOPIC, DATES, KEYWORD, UNIT_KIND = "dept", "topic", "date", "q", "kind"


def sidebar(options: Options) -> Filters:
    """Draw the filters in the sidebar and return what they select."""
    with st.sidebar:
        st.subheader("筛选")
        departments = st.multiselect(
            "部门/机构", options.departments, key=DEPARTMENT, bind="query-params",
            placeholder="全部部门",
        )
        topics = st.multiselect(
            "主题", options.topics, key=TOPIC, bind="query-params", placeholder="全部主题",
        )
        date_from = date_to = None
        if options.date_min and options.date_max:
            picked = st.date_input(
                "日期范围", value=(options.date_min, options.date_max),
                min_value=options.date_min, max_value=options.date_max,
                key=DATES, bind="query-params", format="YYYY-MM-DD",
            )
            date_from, date_to = _date_range(picked, options)
        else:
            st.caption("日期范围：库中尚无带日期的文章")
        keyword = st.text_input(
            "关键词", key=KEYWORD, bind="query-params", placeholder="句子、指标或标题中的文字",
        )
        unit_kinds = st.multiselect(
            "单位类型", options.unit_kinds, key=UNIT_KIND, bind="query-params",
            format_func=lambda kind: UNIT_KINDS.get(kind, kind), placeholder="全部类型",
        )
        filters = Filters(
            departments=tuple(departments), topics=tuple(topics), date_from=date_from,
            date_to=date_to, keyword=(keyword or "").strip(), unit_kinds=tuple(unit_kinds),
        )
        if filters.active():
            st.button("清除筛选", on_click=_clear, args=(options,), icon=":material/filter_alt_off:")
    return filters


def _date_range(picked: object, options: Options) -> tuple[date | None, date | None]:
    """The chosen bounds; the store's own bounds (the default) filter nothing.

    A range being picked has one end only until the second click.
    """
    given = list(picked) if isinstance(picked, (tuple, list)) else [picked]
    bounds = [b for b in given if isinstance(b, date)]
    if not bounds:
        return None, None
    lo, hi = bounds[0], bounds[-1] if len(bounds) > 1 else options.date_max
    return (None if lo == options.date_min else lo), (None if hi == options.date_max else hi)


def _clear(options: Options) -> None:
    st.session_state[DEPARTMENT] = []
    st.session_state[TOPIC] = []
    st.session_state[KEYWORD] = ""
    st.session_state[UNIT_KIND] = []
    if options.date_min and options.date_max:
        st.session_state[DATES] = (options.date_min, options.date_max)


def describe(filters: Filters) -> list[str]:
    """The active filters in words, for captions and download names.

    >>> describe(Filters(departments=("区金融局",), date_from=date(2024, 9, 1), keyword="上市"))
    ['部门=区金融局', '日期=2024-09-01至', '关键词=上市']
    """
    parts = []
    if filters.departments:
        parts.append("部门=" + "+".join(filters.departments))
    if filters.topics:
        parts.append("主题=" + "+".join(filters.topics))
    if filters.date_from or filters.date_to:
        lo = filters.date_from.isoformat() if filters.date_from else ""
        hi = filters.date_to.isoformat() if filters.date_to else ""
        parts.append(f"日期={lo}至{hi}")
    if filters.keyword:
        parts.append("关键词=" + filters.keyword)
    if filters.unit_kinds:
        parts.append("单位=" + "+".join(UNIT_KINDS.get(k, k) for k in filters.unit_kinds))
    return parts
