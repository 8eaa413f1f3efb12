"""时间轴: dated events on a timeline; selecting points narrows the list beneath."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, widgets

LIMIT = 1000
COLOR_CHOICES = {"topic": "按主题", "department": "按部门"}


def main() -> None:
    filters = widgets.page_header("事件时间轴")
    color_by = st.segmented_control(
        "着色", list(COLOR_CHOICES), format_func=COLOR_CHOICES.__getitem__, default="topic",
        key="color", bind="query-params", required=True,
    ) or "topic"

    events = data.read("events", filters, LIMIT)
    undated = data.read("undated_events", filters)
    if events.empty:
        widgets.empty_notice(filters, "带日期的事件")
        if undated:
            st.caption(f"另有 {undated} 条事件日期不明（如“近日”），无法画在时间轴上。")
        return

    fig, frame = charts.timeline(events, color_by)
    notes = []
    if len(events) >= LIMIT:
        notes.append(f"仅显示最近的 {LIMIT} 条事件，可用筛选缩小范围")
    if undated:
        notes.append(f"另有 {undated} 条事件日期不明（如“近日”），未画出")
    notes.append("点击或框选图中的点，可筛选下方列表")
    st.caption("；".join(notes) + "。")
    selection = st.plotly_chart(
        fig, key="timeline_chart", on_select="rerun", selection_mode=("points", "box", "lasso"),
    )
    widgets.download(frame, "时间轴", filters, key="dl_timeline", label="下载图表数据 CSV")

    keys = charts.selected_keys(selection)
    listed = frame[frame["编号"].isin(keys)] if keys else frame
    st.subheader(f"事件列表（已选 {len(listed)} 条）" if keys else f"事件列表（{len(listed)} 条）")
    st.dataframe(
        listed.drop(columns=["编号", "起", "止"]), hide_index=True, key="timeline_table",
        column_config={"原文": st.column_config.TextColumn(width="small")},
    )
    widgets.download(listed, "时间轴-事件列表" + ("-已选" if keys else ""), filters,
                     key="dl_timeline_list")


main()
