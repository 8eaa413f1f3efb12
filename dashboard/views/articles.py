"""文章: the filterable article table; a selected row, or a link from a claim
anywhere (``?art=…&src=…&at=…``), opens the article with its claims and dates
highlighted and listed beside it."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from dashboard import data, widgets
from dashboard.formatting import (
    QUALIFIERS,
    UNDATED,
    article_day,
    article_days,
    format_claim,
    join_names,
    md_escape,
)
from dashboard.reader import dewrap

LIMIT = 2000
TABLE_KEY = "articles_table"
CLAIMS_KEY = "article_claims"
DATES_KEY = "article_dates"


def main() -> None:
    filters = widgets.page_header("文章")
    articles: pd.DataFrame = data.read("articles", filters, LIMIT)
    if articles.empty:
        widgets.empty_notice(filters, "文章")
    else:
        table = article_table(articles)
        total = len(articles)
        if total >= LIMIT:
            total = data.read("article_count", filters)
            st.caption(f"共 {total} 篇，显示最近的 {LIMIT} 篇；下载的 CSV 含全部 {total} 篇。"
                       "选中一行即可阅读全文。")
        else:
            st.caption(f"共 {total} 篇。选中一行即可阅读全文。")
        st.dataframe(
            table, hide_index=True, key=TABLE_KEY, selection_mode="single-row",
            on_select=partial(open_selected, list(zip(articles["id"], articles["source"],
                                                      strict=True))),
            placeholder="—",
        )
        widgets.download(
            (lambda: article_table(data.fresh("articles", filters, None)))
            if total > len(articles) else table,
            "文章", filters, key="dl_articles")

    article_id = st.query_params.get(widgets.ARTICLE)
    source = st.query_params.get(widgets.SOURCE)
    if article_id and source:
        show_article(article_id, source, st.query_params.get(widgets.AT) or "")


def article_table(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles as shown and downloaded: whole lists, whole titles, marked dates."""
    return pd.DataFrame({
        "标题": articles["title"].fillna(""),
        "日期": article_days(articles["date"], articles["date_source"]),
        "记者": articles["reporters"].map(join_names),
        "部门": articles["departments"].map(join_names),
        "主题": articles["topics"].map(join_names),
        "指标数": articles["claims"],
        "日期数": articles["dates"],
        "来源文件": articles["source"],
    })


def unwrapped(text: object) -> str:
    """A record's own text as the reader shows it: 近万亿\\n元 → 近万亿元."""
    return dewrap(str(text or "")).text


def _selected_row(key: str) -> int | None:
    state = st.session_state.get(key)
    rows = state["selection"]["rows"] if state else []
    return rows[0] if rows else None


def open_selected(listed: list[tuple[str, str]]) -> None:
    """A row the user selects opens its article (the URL says which, so the view
    is a link); clearing the selection closes it."""
    row = _selected_row(TABLE_KEY)
    for name in widgets.LINK_PARAMS:
        st.query_params.pop(name, None)
    if row is not None and row < len(listed):
        st.query_params[widgets.ARTICLE], st.query_params[widgets.SOURCE] = listed[row]


def point_at(key: str, keys: list[str]) -> None:
    """A row the user picks in the article's own lists points the reader at it."""
    row = _selected_row(key)
    if row is not None and row < len(keys):
        st.query_params[widgets.AT] = keys[row]


def show_article(article_id: str, source: str, focus: str) -> None:
    article = data.read("article", article_id, source)
    if article is None:
        st.warning("这篇文章已不在数据库中。")
        return
    claims: pd.DataFrame = data.read("article_claims", article_id, source)
    dates: pd.DataFrame = data.read("article_dates", article_id, source)
    st.divider()
    st.subheader(md_escape(str(article["title"] or "（无标题）")))
    st.caption(md_escape(" · ".join(filter(None, [
        article_day(article["date"], article["date_source"]), join_names(article["reporters"]),
        join_names(article["departments"]), join_names(article["topics"]),
        str(article["source"]),
    ]))))
    text_col, side_col = st.columns([3, 2])
    with text_col:
        st.caption("黄色：指标　蓝色：日期" + ("　橙色：所选指标及其句子" if focus else ""))
        widgets.article_reader(article, claims, dates, focus)
    with side_col:
        st.markdown(f"**指标（{len(claims)}）**")
        if claims.empty:
            st.caption("本文没有识别出指标。")
        else:
            claim_table = pd.DataFrame({
                "表述": [format_claim(r["value"], r["unit"], r["qualifier"], r["value_max"],
                                      r["change"], r["unit_kind"])
                         for r in claims.to_dict("records")],
                "指标": claims["subject"],
                "限定": claims["qualifier"].map(lambda q: QUALIFIERS.get(q, q)),
                "原文": claims["text"].map(unwrapped),
            })
            st.caption("选中一行，原文中即标出该指标。")
            key = f"{CLAIMS_KEY}-{source}-{article_id}"
            st.dataframe(claim_table, hide_index=True, key=key, selection_mode="single-row",
                         on_select=partial(point_at, key,
                                           claims["start"].map(widgets.claim_key).tolist()),
                         placeholder="—")
            widgets.download(claim_table, f"文章指标-{article_id}", widgets.current_filters(),
                             key="dl_article_claims")
        st.markdown(f"**日期（{len(dates)}）**")
        if dates.empty:
            st.caption("本文没有识别出日期。")
            return
        date_table = pd.DataFrame({
            "原文": dates["text"].map(unwrapped), "日期": dates["iso"].fillna(UNDATED),
            "事件": dates["event"], "主体": dates["actor"],
        })
        key = f"{DATES_KEY}-{source}-{article_id}"
        st.dataframe(date_table, hide_index=True, key=key, selection_mode="single-row",
                     on_select=partial(point_at, key, dates["start"].map(widgets.date_key).tolist()),
                     placeholder="—")
        widgets.download(date_table, f"文章日期-{article_id}", widgets.current_filters(),
                         key="dl_article_dates")


main()
