"""Small pieces the pages share: downloads, empty states, the article reader."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from .filters import describe
from .formatting import Mark, csv_bytes, file_name, format_claim, highlight_html, md_escape
from .queries import Filters

FILTERS_STATE = "zb_filters"

ARTICLE_CSS = """
<style>
.zb-article { white-space: pre-wrap; line-height: 1.9; font-size: 1rem; }
.zb-article mark { padding: 0 .1em; border-radius: .2em; }
.zb-article mark.zb-claim { background: #ffe08a; }
.zb-article mark.zb-date { background: #bde0fe; }
</style>
"""


def current_filters() -> Filters:
    """The filters the sidebar set on this run (app.py draws them before the page)."""
    value = st.session_state.get(FILTERS_STATE)
    return value if isinstance(value, Filters) else Filters()


def download(frame: pd.DataFrame, view: str, filters: Filters, key: str,
             label: str = "下载 CSV") -> None:
    """A button for exactly ``frame`` as Excel-safe CSV, named after the view and filters."""
    st.download_button(
        label, data=lambda: csv_bytes(frame), file_name=file_name(view, describe(filters)),
        mime="text/csv", key=key, on_click="ignore", icon=":material/download:",
        disabled=frame.empty,
    )


def empty_notice(filters: Filters, what: str) -> None:
    """Say plainly that nothing matched, and why that may be."""
    if filters.active():
        st.info(f"没有符合当前筛选条件的{what}。可在左侧放宽或清除筛选。", icon=":material/search_off:")
    else:
        st.info(f"数据库中还没有{what}。可在“上传”页导入新闻稿。", icon=":material/inbox:")


def page_header(title: str) -> Filters:
    """A page's title and a line saying which filters apply; returns those filters."""
    st.title(title)
    filters = current_filters()
    filter_caption(filters)
    return filters


def filter_caption(filters: Filters) -> None:
    parts = describe(filters)
    if parts:
        st.caption("当前筛选：" + md_escape("；".join(parts)))


def article_marks(article_start: int, claims: pd.DataFrame, dates: pd.DataFrame) -> list[Mark]:
    """Highlights for an article: claim and date spans, shifted from document to article offsets."""
    marks = [
        Mark(int(r["start"]) - article_start, int(r["end"]) - article_start, "claim",
             f"{r['subject'] or ''} {format_claim(r['value'], r['unit'], r['qualifier'])}".strip())
        for r in claims.to_dict("records")
    ]
    marks += [
        Mark(int(r["start"]) - article_start, int(r["end"]) - article_start, "date",
             str(r["iso"] or "日期不明"))
        for r in dates.to_dict("records")
    ]
    return marks


def article_reader(article: Mapping[str, Any], claims: pd.DataFrame, dates: pd.DataFrame) -> None:
    """The article's text, escaped, with every claim and date highlighted."""
    text = str(article.get("text") or "")
    marks = article_marks(int(article.get("start") or 0), claims, dates)
    st.html(ARTICLE_CSS + highlight_html(text, marks))
