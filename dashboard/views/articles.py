"""文章: the filterable article table; a selected row opens the article with its
claims and dates highlighted and listed beside it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, widgets
from dashboard.formatting import QUALIFIERS, format_claim, iso_day, iso_days, join_names, md_escape

LIMIT = 2000
TABLE_KEY = "articles_table"


def main() -> None:
    filters = widgets.page_header("文章")
    articles: pd.DataFrame = data.read("articles", filters, LIMIT)
    if articles.empty:
        widgets.empty_notice(filters, "文章")
        return

    table = pd.DataFrame({
        "标题": articles["title"].fillna(""),
        "日期": iso_days(articles["date"]),
        "记者": articles["reporters"].map(join_names),
        "部门": articles["departments"].map(lambda d: join_names(d, limit=3)),
        "主题": articles["topics"].map(join_names),
        "指标数": articles["claims"],
        "日期数": articles["dates"],
        "来源文件": articles["source"],
    })
    note = f"（仅显示最近的 {LIMIT} 篇）" if len(articles) >= LIMIT else ""
    st.caption(f"共 {len(articles)} 篇{note}。选中一行即可阅读全文。")
    event = st.dataframe(
        table, hide_index=True, key=TABLE_KEY, on_select="rerun", selection_mode="single-row",
    )
    widgets.download(table, "文章", filters, key="dl_articles")

    rows = event.selection.rows if event is not None else []
    if rows and rows[0] < len(articles):
        chosen = articles.iloc[rows[0]]
        show_article(str(chosen["id"]), str(chosen["source"]))


def show_article(article_id: str, source: str) -> None:
    article = data.read("article", article_id, source)
    if article is None:
        st.warning("这篇文章已不在数据库中。")
        return
    claims: pd.DataFrame = data.read("article_claims", article_id, source)
    dates: pd.DataFrame = data.read("article_dates", article_id, source)
    st.divider()
    st.subheader(md_escape(str(article["title"] or "（无标题）")))
    when = iso_day(article["date"], "日期不明")
    st.caption(md_escape(" · ".join(filter(None, [
        when, join_names(article["reporters"]), join_names(article["departments"]),
        join_names(article["topics"]), str(article["source"]),
    ]))))
    text_col, side_col = st.columns([3, 2])
    with text_col:
        st.caption("黄色：指标　蓝色：日期")
        widgets.article_reader(article, claims, dates)
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
                "原文": claims["text"],
            })
            st.dataframe(claim_table, hide_index=True, key="article_claims")
            widgets.download(claim_table, f"文章指标-{article_id}", widgets.current_filters(),
                             key="dl_article_claims")
        st.markdown(f"**日期（{len(dates)}）**")
        if dates.empty:
            st.caption("本文没有识别出日期。")
            return
        date_table = pd.DataFrame({
            "原文": dates["text"], "日期": dates["iso"].fillna("不明"),
            "事件": dates["event"], "主体": dates["actor"],
        })
        st.dataframe(date_table, hide_index=True, key="article_dates")
        widgets.download(date_table, f"文章日期-{article_id}", widgets.current_filters(),
                         key="dl_article_dates")


main()
