"""Small pieces the pages share: downloads, empty states, links to an article, the reader."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from . import data
from .filters import describe
from .formatting import UNDATED, csv_bytes, file_name, format_claim, md_escape
from .queries import Filters
from .reader import CSS, SCROLL_SCRIPT, Mark, article_html

FILTERS_STATE = "zb_filters"
ARTICLES_PAGE = "views/articles.py"
#: Query parameters naming the article to open and the record to point at.
ARTICLE, SOURCE, AT = "art", "src", "at"
LINK_PARAMS = (ARTICLE, SOURCE, AT)


def current_filters() -> Filters:
    """The filters the sidebar set on this run (app.py draws them before the page)."""
    value = st.session_state.get(FILTERS_STATE)
    return value if isinstance(value, Filters) else Filters()


def download(table: pd.DataFrame | Callable[[], pd.DataFrame], view: str, filters: Filters,
             key: str, label: str = "下载 CSV") -> None:
    """A button for a table as Excel-safe CSV, named after the view and filters.

    ``table`` is the frame itself, or a function that reads the whole table
    when the button is clicked: a table shown cut to its newest rows still
    downloads every row of the filter.
    """
    read = table if callable(table) else (lambda: table)
    st.download_button(
        label, data=lambda: csv_bytes(read()), file_name=file_name(view, describe(filters)),
        mime="text/csv", key=key, on_click="ignore", icon=":material/download:",
        disabled=isinstance(table, pd.DataFrame) and table.empty,
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
    """The active filters in words, and what a date range leaves out."""
    parts = describe(filters)
    if parts:
        st.caption("当前筛选：" + md_escape("；".join(parts)))
    articles, claims = data.read("undated_left_out", filters)
    if articles:
        st.caption(left_out_note(articles, claims))


def left_out_note(articles: int, claims: int) -> str:
    """The caption for undated records a date range leaves out.

    >>> left_out_note(25, 310)
    '所选日期范围不含日期不明的 25 篇文章（310 条指标）；在左侧“日期”中选“日期不明”可查看。'
    """
    return (f"所选日期范围不含{UNDATED}的 {articles} 篇文章（{claims} 条指标）；"
            f"在左侧“日期”中选“{UNDATED}”可查看。")


def link_params(article_id: str, source: str, at: str = "") -> dict[str, str]:
    """The query parameters that open an article (at record ``at``). The
    filters need none: their widgets are bound to the URL and carry over."""
    params = {ARTICLE: article_id, SOURCE: source}
    if at:
        params[AT] = at
    return params


def open_article(article_id: str, source: str, at: str = "") -> None:
    """Go to the 文章 page with this article open at record ``at``."""
    st.switch_page(ARTICLES_PAGE, query_params=link_params(article_id, source, at))


def claim_key(start: Any) -> str:
    """The reader's key of a claim: ``c`` and its offset in the source document."""
    return f"c{int(start)}"


def date_key(start: Any) -> str:
    """The reader's key of a date mention."""
    return f"d{int(start)}"


def claim_url(article_id: str, source: str, start: Any) -> str:
    """A relative link to the 文章 page open at a claim (for a table's link column).

    >>> claim_url("a1", "青岛 市.txt", 120)
    'articles?art=a1&src=%E9%9D%92%E5%B2%9B+%E5%B8%82.txt&at=c120'
    """
    return "articles?" + urlencode(link_params(article_id, source, claim_key(start)))


def article_marks(article_start: int, claims: pd.DataFrame, dates: pd.DataFrame) -> list[Mark]:
    """Highlights for an article: claim and date spans, shifted from document to article offsets."""
    marks = [
        Mark(int(r["start"]) - article_start, int(r["end"]) - article_start, "claim",
             f"{r['subject'] or ''} {format_claim(r['value'], r['unit'], r['qualifier'])}".strip(),
             claim_key(r["start"]))
        for r in claims.to_dict("records")
    ]
    marks += [
        Mark(int(r["start"]) - article_start, int(r["end"]) - article_start, "date",
             str(r["iso"] or UNDATED), date_key(r["start"]))
        for r in dates.to_dict("records")
    ]
    return marks


def article_reader(article: Mapping[str, Any], claims: pd.DataFrame, dates: pd.DataFrame,
                   focus: str = "") -> None:
    """The article's text in de-wrapped paragraphs, escaped, with every claim and
    date highlighted; ``focus`` (a claim or date key) is pointed at and scrolled to."""
    text = str(article.get("text") or "")
    marks = article_marks(int(article.get("start") or 0), claims, dates)
    sentence = ""
    if focus.startswith("c") and not claims.empty:
        chosen = claims[[claim_key(s) == focus for s in claims["start"]]]
        sentence = str(chosen["sentence"].iloc[0] or "") if not chosen.empty else ""
    body = CSS + article_html(text, marks, focus=focus, sentence=sentence,
                              title=str(article.get("title") or ""))
    if focus:
        # The script is a constant; the article text in ``body`` is escaped.
        st.html(body + SCROLL_SCRIPT, unsafe_allow_javascript=True)
    else:
        st.html(body)
