"""概览: the counts, the headline series as cards (each compares an area's
indicator only with its own earlier periods), the topic mix."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, series, widgets
from dashboard.formatting import md_escape
from dashboard.queries import Series

CARDS = 8
COLUMNS = 3   # a card's figure (超1.7万亿元) must fit a laptop's screen whole


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
    st.caption("每张卡片是一个地区的一项指标，只与该地区同一口径、同一周期长度的上一期相比；"
               "目标值单独成卡，不与实际值相比。")
    headline: pd.DataFrame = data.read("headline_series", filters, CARDS)
    keys = tuple(Series(*row) for row in headline[
        ["what", "area", "measure", "unit", "period_kind", "target"]].itertuples(index=False))
    statements: pd.DataFrame = data.read("series_statements", filters, keys)
    observed = series.observations(statements)
    cards = [c for c in (series.card(observed, key) for key in keys) if c is not None]
    if not cards:
        widgets.empty_notice(filters, "可比较的指标（带地区和时期的数值）")
    for first in range(0, len(cards), COLUMNS):
        for column, item in zip(st.columns(COLUMNS), cards[first:first + COLUMNS], strict=False):
            with column:
                card(item)

    fig, frame = charts.topic_mix(data.read("topic_mix", filters))
    if frame.empty:
        widgets.empty_notice(filters, "带主题的文章")
    else:
        st.plotly_chart(fig, key="topic_mix_chart")
        widgets.download(frame, "概览-主题构成", filters, key="dl_topic_mix")


def card(item: series.Card) -> None:
    """One series: its latest figure as written, where and when it holds, the
    change from the period before in the same series, and its recent values."""
    with st.container(border=True, height="stretch"):
        st.caption(md_escape(item.place))
        st.metric(
            md_escape(item.name), item.value, delta=item.delta,
            delta_description=md_escape(item.against) if item.against else None,
            chart_data=list(item.history) if len(item.history) >= 2 else None,
            chart_type="line", help=md_escape(item.sentence),
        )
        if item.note:
            st.caption(":material/warning: " + md_escape(item.note))
        st.page_link(
            widgets.ARTICLES_PAGE, label=md_escape(f"{item.title or '（无标题）'} · {item.date}"),
            icon=":material/article:", help="打开原文，定位到这一句",
            query_params=widgets.link_params(item.article_id, item.source,
                                             widgets.claim_key(item.start)),
        )


main()
