"""指标: every claim in a table (a selected row opens its article at the claim),
claims by topic and by department. (An indicator's course over time, by area,
is the 指标走势 page.)"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, widgets
from dashboard.formatting import QUALIFIERS, UNIT_KINDS, article_days, format_claim, join_names

LIMIT = 500
TABLE_KEY = "claims_table"


def main() -> None:
    filters = widgets.page_header("指标")
    claims: pd.DataFrame = data.read("claims", filters, LIMIT)
    if claims.empty:
        widgets.empty_notice(filters, "指标")
        return

    total = data.read("claim_count", filters)
    table = claims_table(claims)
    if total > len(table):
        st.caption(f"共 {total} 条，显示最近的 {len(table)} 条；下载的 CSV 含全部 {total} 条。"
                   "选中一行即可打开原文并定位到该句。")
    else:
        st.caption(f"共 {total} 条。选中一行即可打开原文并定位到该句。")
    clicked = st.dataframe(table, hide_index=True, key=TABLE_KEY, selection_mode="single-row",
                           on_select="rerun", placeholder="—",
                           column_config={"数值": st.column_config.NumberColumn(format="%g")})
    widgets.download(
        (lambda: claims_table(data.fresh("claims", filters, None)))
        if total > len(table) else table,
        "指标", filters, key="dl_claims")
    rows = clicked.selection.rows if clicked is not None else []
    if rows and rows[0] < len(claims):
        widgets.open_article(*links(claims)[rows[0]])

    left, right = st.columns(2)
    for column, dimension, label in ((left, "topic", "主题"), (right, "department", "部门")):
        with column:
            fig, frame = charts.ranked_bar(
                data.read("claims_by", filters, dimension), "name", {"claims": "指标数"},
                f"按{label}统计指标", label_name=label,
            )
            if frame.empty:
                st.caption(f"没有带{label}的指标。")
                continue
            st.plotly_chart(fig, key=f"claims_by_{dimension}")
            widgets.download(frame, f"指标-按{label}", filters, key=f"dl_claims_by_{dimension}")


def links(frame: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(article, source, reader key) of each row: where a selected row leads."""
    return list(zip(frame["article_id"].astype(str), frame["source"].astype(str),
                    frame["start"].map(widgets.claim_key), strict=True))


def claims_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims as shown and downloaded: the value both as a number and as
    written; whole lists and titles, Chinese labels, worked-out dates marked."""
    written = [format_claim(*row) for row in zip(
        claims["value"].tolist(), claims["unit"].tolist(), claims["qualifier"].tolist(),
        claims["value_max"].tolist(), claims["change"].tolist(), claims["unit_kind"].tolist(),
        strict=True)]
    return pd.DataFrame({
        "表述": written,
        "数值": claims["value"],
        "单位": claims["unit"],
        "限定": claims["qualifier"].map(lambda q: QUALIFIERS.get(q, q)),
        "指标": claims["subject"],
        "类型": claims["unit_kind"].map(lambda k: UNIT_KINDS.get(k, k)),
        "部门": claims["departments"].map(join_names),
        "主题": claims["topics"].map(join_names),
        "日期": article_days(claims["date"], claims["date_source"]),
        "原文句子": claims["sentence"],
        "来源文章": claims["title"],
    })


main()
