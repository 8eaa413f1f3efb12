"""概览: headline indicators as metric cards, the counts, the topic mix."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, widgets
from dashboard.formatting import article_day, format_claim, format_delta, md_escape

CARDS = 8
COLUMNS = 4


def main() -> None:
    filters = widgets.page_header("指标看板")

    totals = data.read("totals", filters)
    for column, (label, key) in zip(
        st.columns(4),
        [("文章", "articles"), ("指标", "claims"), ("事件", "events"), ("部门", "departments")],
        strict=True,
    ):
        column.metric(label, f"{totals[key]:,}")

    st.subheader("重点指标")
    st.caption("筛选范围内最新一年的指标，各取最近一次的数值；"
               "折线与涨跌为该指标在筛选范围内历次报道的数值。")
    until = data.read("latest_claim_date", filters)
    headline: pd.DataFrame = data.read("headline_indicators", filters, CARDS, 365, until)
    if headline.empty:
        widgets.empty_notice(filters, "指标")
    else:
        pairs = tuple(zip(headline["subject"], headline["unit"], strict=True))
        history: pd.DataFrame = data.read("indicator_history", filters, pairs)
        rows = headline.to_dict("records")
        for first in range(0, len(rows), COLUMNS):
            for column, row in zip(st.columns(COLUMNS), rows[first:first + COLUMNS], strict=False):
                with column:
                    card(row, history)

    fig, frame = charts.topic_mix(data.read("topic_mix", filters))
    if frame.empty:
        widgets.empty_notice(filters, "带主题的文章")
    else:
        st.plotly_chart(fig, key="topic_mix_chart")
        widgets.download(frame, "概览-主题构成", filters, key="dl_topic_mix")


def card(row: dict, history: pd.DataFrame) -> None:
    """One indicator: its latest value the Chinese way, the change since the
    previous date and a sparkline when it was reported on several dates."""
    value = format_claim(row["value"], row["unit"], row["qualifier"], row["value_max"],
                         row["change"], row["unit_kind"])
    series = history[(history["subject"] == row["subject"]) & (history["unit"] == row["unit"])]
    values = series["value"].tolist()
    delta = format_delta(values[-1], values[-2], row["unit"]) if len(values) >= 2 else None
    with st.container(border=True, height="stretch"):
        st.metric(
            md_escape(str(row["subject"])), value, delta=delta,
            chart_data=values if len(values) >= 2 else None, chart_type="line",
            help=md_escape(str(row["sentence"] or "")),
        )
        when = article_day(row["date"], row["date_source"])
        st.page_link(
            widgets.ARTICLES_PAGE, label=md_escape(f"{row['title'] or '（无标题）'} · {when}"),
            icon=":material/article:", help="打开原文，定位到这一句",
            query_params=widgets.link_params(str(row["article_id"]), str(row["source"]),
                                             widgets.claim_key(row["start"])),
        )


main()
