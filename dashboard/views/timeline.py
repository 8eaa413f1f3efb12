"""时间轴: dated events on a timeline; selecting points narrows the list beneath,
and a row of the list opens its article at the event."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, widgets

LIMIT = 1000
TABLE_KEY = "timeline_table"
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
    window = charts.default_window(events["date_start"], events["date_end"])
    notes = []
    if len(events) >= LIMIT:
        notes.append(f"图中为最近的 {LIMIT} 条事件，可用筛选缩小范围；下载的 CSV 含全部事件")
    if undated:
        notes.append(f"另有 {undated} 条事件日期不明（如“近日”），未画出")
    if window is not None:
        far = []
        if window.before:
            far.append(f"{window.before} 条较早（最早 {window.earliest.year} 年）")
        if window.after:
            far.append(f"{window.after} 条较晚（最晚 {window.latest.year} 年）")
        notes.append(f"图中先显示大多数事件所在的 {window.first.year}—{window.last.year} 年；"
                     f"另有 {'、'.join(far)}，拖动图下方的范围条或双击图表即可看到")
    notes.append("点击或框选图中的点，可筛选下方列表")
    st.caption(charts.TIMELINE_KEY)
    st.caption("；".join(notes) + "。")
    selection = st.plotly_chart(
        fig, key="timeline_chart", on_select="rerun", selection_mode=("points", "box", "lasso"),
    )
    widgets.download(frame, "时间轴", filters, key="dl_timeline", label="下载图表数据 CSV")

    keys = charts.selected_keys(selection)
    listed = frame[frame["编号"].isin(keys)] if keys else frame
    st.subheader(f"事件列表（已选 {len(listed)} 条）" if keys else f"事件列表（{len(listed)} 条）")
    st.caption("选中一行即可打开原文并定位到该日期。")
    picked = st.dataframe(
        listed.drop(columns=["编号", "起", "止"]), hide_index=True, key=TABLE_KEY,
        column_config={"原文": st.column_config.TextColumn(width="small")},
        selection_mode="single-row", on_select="rerun", placeholder="—",
    )
    whole = not keys and len(events) >= LIMIT
    widgets.download(
        (lambda: charts.timeline_frame(data.fresh("events", filters, None), color_by))
        if whole else listed,
        "时间轴-事件列表" + ("-已选" if keys else ""), filters, key="dl_timeline_list")
    rows = picked.selection.rows if picked is not None else []
    if rows and rows[0] < len(listed):
        chosen = events.loc[listed.index[rows[0]]]
        widgets.open_article(str(chosen["article_id"]), str(chosen["source"]),
                             widgets.date_key(chosen["start"]))


main()
