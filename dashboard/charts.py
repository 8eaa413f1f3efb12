"""Chart builders: pure functions ``(frame, options) → (figure, frame behind it)``.

The returned frame has Chinese column names and holds exactly what the chart
draws, so the page's CSV download and the tests both use it. Builders never
query, never call Streamlit, and escape every piece of article text they put
into hover labels (Plotly reads a subset of HTML there).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .formatting import (
    GRANULARITIES,
    STATUSES,
    WORDS,
    axis_scale,
    format_claim,
    iso_days,
    join_names,
)

Chart = tuple[go.Figure, pd.DataFrame]

#: The CJK-capable font stack of every chart (.streamlit/config.toml uses the same).
FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
PALETTE = (
    "#1f5fa8", "#d9822b", "#2e9e6a", "#c2413b", "#7a5ab8", "#8c6d46", "#d45a9f", "#5f6b7a",
    "#a5a617", "#1aa3b8",
)
UNGROUPED = WORDS["ungrouped"]
OTHER = WORDS["other"]
#: The timeline draws this many topics or departments, each on its own row; the rest share `其他`.
TOP_GROUPS = 12
MONTH_TICKS = "%Y年%-m月"
DAY_TICKS = "%Y年%-m月%-d日"


#: The band at the top of every figure where Plotly's mode bar (and Streamlit's
#: own chart buttons) appear on hover; no title or label is drawn in it.
TOOLBAR_BAND = 40


def _layout(fig: go.Figure, title: str, height: int = 360, top: int = 48) -> go.Figure:
    """The house layout. The title sits under the toolbar band, so the mode bar
    never covers it at any width; no chart draws a legend — every series is
    named where it is drawn (an axis, a panel title) — so nothing else can
    collide with the bar either. ``top`` is the margin below the band."""
    fig.update_layout(
        title={"text": html.escape(title), "x": 0, "xanchor": "left", "xref": "container",
               "y": 1, "yref": "container", "yanchor": "top",
               "pad": {"t": TOOLBAR_BAND, "l": 10}}
        if title else None,
        font={"family": FONT, "size": 13}, height=height + TOOLBAR_BAND,
        margin={"l": 10, "r": 10, "t": top + TOOLBAR_BAND, "b": 10},
        showlegend=False,
        hoverlabel={"font": {"family": FONT}},
    )
    return fig


def _empty(title: str, columns: Iterable[str]) -> Chart:
    fig = _layout(go.Figure(), title, height=200)
    fig.add_annotation(text="无数据", showarrow=False, font={"size": 16})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig, pd.DataFrame(columns=list(columns))


def ranked_bar(
    frame: pd.DataFrame, label: str, values: Mapping[str, str], title: str,
    label_name: str = "名称",
) -> Chart:
    """Horizontal bars, largest on top (by each value column in turn, then by name):
    ``values`` maps value columns to their names. Two or more value columns are
    drawn side by side, one panel each with its own scale, so a column of small
    counts never vanishes beside one of large counts.

    >>> fig, data = ranked_bar(pd.DataFrame({"name": ["金融", "教育"], "claims": [3, 5]}),
    ...                        "name", {"claims": "指标数"}, "按主题", label_name="主题")
    >>> data.to_dict("list")
    {'主题': ['教育', '金融'], '指标数': [5, 3]}
    """
    columns = {label: label_name, **values}
    if frame.empty:
        return _empty(title, columns.values())
    order = [*values, label]
    data = (frame.loc[:, list(columns)]
            .sort_values(order, ascending=[False] * len(values) + [True])
            .rename(columns=columns).reset_index(drop=True))
    names = list(values.values())
    panels = len(names)
    # Panels side by side on one category axis, laid out by hand: make_subplots
    # costs more than the rest of the chart.
    width, gap = 1 / panels, 0.02 if panels > 1 else 0
    traces, axes, titles = [], {}, []
    for i, name in enumerate(names):
        traces.append(go.Bar(
            y=data[label_name], x=data[name], name=html.escape(name), orientation="h",
            marker_color=PALETTE[i % len(PALETTE)], xaxis="x" if i == 0 else f"x{i + 1}",
            yaxis="y", hovertemplate=f"%{{y}}<br>{html.escape(name)}：%{{x}}<extra></extra>",
        ))
        domain = [i * width + (gap if i else 0), (i + 1) * width - (gap if i < panels - 1 else 0)]
        # Counts: whole-number ticks even when the largest bar is small.
        axes["xaxis" if i == 0 else f"xaxis{i + 1}"] = {
            "domain": domain, "anchor": "y", "title": None,
            "dtick": 1 if data[name].max() <= 10 else None}
        if panels > 1:
            titles.append({"text": html.escape(name), "x": sum(domain) / 2, "xref": "paper",
                           "y": 1, "yref": "paper", "yanchor": "bottom", "yshift": 4,
                           "showarrow": False, "font": {"size": 13}})
    fig = go.Figure(data=traces, layout={
        **axes, "annotations": titles,
        "yaxis": {"autorange": "reversed", "title": None, "type": "category"}})
    top = 76 if panels > 1 else 48
    return _layout(fig, title, height=max(220, top + 20 + 28 * len(data)), top=top), data


def topic_mix(frame: pd.DataFrame) -> Chart:
    """Articles and claims per topic (``queries.topic_mix``)."""
    return ranked_bar(frame, "topic", {"articles": "文章数", "claims": "指标数"}, "主题构成",
                      label_name="主题")


def _first(items: Any) -> str:
    if items is None:
        return UNGROUPED
    for item in items:
        if item:
            return str(item)
    return UNGROUPED


TIMELINE_COLUMNS = ("编号", "日期", "起", "止", "精度", "分组", "事件", "主体", "主题", "部门",
                    "来源文章", "原文")


#: What the timeline's marks mean (the page writes it above the chart, where it
#: can wrap on a phone instead of running under the mode bar).
TIMELINE_KEY = "● 具体日期　□ 月、年或时段（横条为其覆盖范围）"


def top_groups(groups: pd.Series, keep: int = TOP_GROUPS) -> pd.Series:
    """Each value, or `其他` when it is not among the ``keep`` most frequent
    (ties by name); nothing is folded when only one value would be.

    >>> list(top_groups(pd.Series(list("aabbbcd")), keep=2))
    ['a', 'a', 'b', 'b', 'b', '其他', '其他']
    >>> list(top_groups(pd.Series(list("aabc")), keep=2))
    ['a', 'a', 'b', 'c']
    """
    counts = groups.value_counts()
    if len(counts) <= keep + 1:
        return groups
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    kept = {name for name, _ in ranked[:keep]}
    return groups.where(groups.isin(kept), OTHER)


@dataclass(frozen=True, slots=True)
class Window:
    """The part of the time axis a timeline opens on, and what lies outside it."""

    start: pd.Timestamp  # the axis range, padded
    end: pd.Timestamp
    first: pd.Timestamp  # the first and last day of the events in it
    last: pd.Timestamp
    before: int          # events wholly before the window
    after: int           # events wholly after it
    earliest: pd.Timestamp
    latest: pd.Timestamp


def default_window(starts: pd.Series, ends: pd.Series) -> Window | None:
    """Where most events are, or ``None`` when every event is near the others.

    An event is far when its middle lies more than twice the spread of the
    central 80 % of events (at least a year) beyond that central part — a lone
    ``1904年`` among events of 2018–2025. The window spans the other events,
    padded; the far ones stay reachable by zooming out or by the range slider.

    >>> days = pd.to_datetime(pd.Series(["1904-01-01"] + [f"20{y}-06-01" for y in range(18, 26)]))
    >>> w = default_window(days, days)
    >>> (w.first.year, w.last.year, w.before, w.after, w.earliest.year)
    (2018, 2025, 1, 0, 1904)
    >>> default_window(days[1:], days[1:]) is None
    True
    """
    start, end = pd.to_datetime(starts), pd.to_datetime(ends).fillna(pd.to_datetime(starts))
    if start.isna().all():
        return None
    # Any: pandas-stubs type quantile() for numbers only; it works on datetimes.
    middle: Any = start + (end - start) / 2
    lo, hi = middle.quantile(0.1), middle.quantile(0.9)
    spread = max(hi - lo, pd.Timedelta(days=365))
    near = (middle >= lo - 2 * spread) & (middle <= hi + 2 * spread)
    if near.all() or not near.any():
        return None
    first, last = start[near].min(), (end[near] + pd.Timedelta(days=1)).max()
    pad = max((last - first) * 0.03, pd.Timedelta(days=15))
    return Window(start=first - pad, end=last + pad, first=first,
                  last=last - pd.Timedelta(days=1),
                  before=int((~near & (middle < lo)).sum()), after=int((~near & (middle > hi)).sum()),
                  earliest=start.min(), latest=end.max())


def timeline_frame(frame: pd.DataFrame, color_by: str = "topic") -> pd.DataFrame:
    """The events as the timeline lists and downloads them (``queries.events``),
    without drawing them: a download of every event needs no figure."""
    if frame.empty:
        return pd.DataFrame(columns=list(TIMELINE_COLUMNS))
    group_col = {"topic": "topics", "department": "departments"}[color_by]
    start = pd.to_datetime(frame["date_start"])
    end = pd.to_datetime(frame["date_end"]).fillna(start)
    return pd.DataFrame({
        "编号": frame["key"],
        "日期": frame["iso"].str.replace("T", " ", regex=False),   # 2021-06-03T15:27 as people write it
        "起": iso_days(start),
        "止": iso_days(end),
        "精度": frame["granularity"].map(lambda g: GRANULARITIES.get(g, g or "")),
        "分组": top_groups(frame[group_col].map(_first)),
        "事件": frame["event"].fillna(""),
        "主体": frame["actor"].fillna(""),
        "主题": frame["topics"].map(join_names),
        "部门": frame["departments"].map(join_names),
        "来源文章": frame["title"].fillna(""),
        "原文": frame["text"].fillna(""),
    })


def timeline(frame: pd.DataFrame, color_by: str = "topic") -> Chart:
    """Dated events on a time axis, one row per topic or department (the
    :data:`TOP_GROUPS` most frequent; the rest on one row `其他`).

    A day is a dot. A coarser date (a month, a year, a period) is drawn as a
    bar over the whole span it covers with a hollow square at its middle, so
    it never passes for a precise day. The ``customdata`` of each point is the
    event's key, which is how a selection maps back to the list. The axis
    opens on :func:`default_window`; a range slider below reaches the rest.
    """
    if frame.empty:
        return _empty("事件时间轴", TIMELINE_COLUMNS)
    data = timeline_frame(frame, color_by)
    start = pd.to_datetime(frame["date_start"])
    end = pd.to_datetime(frame["date_end"]).fillna(start)
    is_day = (frame["granularity"].fillna("") == "day") & (start == end)
    # The middle of a span, a day's own date.
    middle = start + (end + timedelta(days=1) - start) / 2
    x = start.where(is_day, middle).to_numpy(dtype="datetime64[ns]")
    after_end = (end + timedelta(days=1)).to_numpy()
    day = is_day.to_numpy()
    # Plotly validates every element of a list; numpy arrays of one string per
    # point keep a 2000-event figure fast.
    keys = data["编号"].to_numpy(dtype=str)
    hover = np.array([
        f"<b>{html.escape(str(ev))}</b><br>日期：{html.escape(str(iso))}（{html.escape(str(g))}）"
        f"<br>主体：{html.escape(str(actor))}<br>来源：{html.escape(str(title))}"
        for ev, iso, g, actor, title in zip(
            data["事件"].tolist(), data["日期"].tolist(), data["精度"].tolist(),
            data["主体"].tolist(), data["来源文章"].tolist(), strict=True)
    ], dtype=str)
    counts = data["分组"].value_counts()
    groups = sorted(counts.index, key=lambda g: (g == OTHER, -counts[g], g))
    group_of = data["分组"].to_numpy()
    fig = go.Figure()
    for i, group in enumerate(groups):
        color = PALETTE[i % len(PALETTE)]
        in_group = group_of == group
        spans = in_group & ~day
        if spans.any():
            # One line trace per group: start, day after the end, gap; repeated.
            xs = np.empty((int(spans.sum()), 3), dtype=object)
            xs[:, 0], xs[:, 1], xs[:, 2] = start.to_numpy()[spans], after_end[spans], None
            ys = np.full(xs.shape, group, dtype=object)
            ys[:, 2] = None
            fig.add_scatter(
                x=xs.ravel(), y=ys.ravel(), mode="lines", line={"width": 10, "color": color},
                opacity=0.35, hoverinfo="skip", showlegend=False, legendgroup=group,
            )
        # Days and coarser dates as two traces: one marker symbol each.
        for precise, symbol in ((True, "circle"), (False, "square-open")):
            chosen = in_group & (day == precise)
            if not chosen.any():
                continue
            fig.add_scatter(
                x=x[chosen], y=np.full(int(chosen.sum()), group), mode="markers",
                name=html.escape(group), legendgroup=group,
                marker={"color": color, "size": 11, "symbol": symbol,
                        "line": {"width": 2, "color": color}},
                customdata=keys[chosen], hovertext=hover[chosen],
                hovertemplate="%{hovertext}<extra></extra>",
            )
    # Most frequent group on top, 其他 last; every row labelled (the figure is
    # tall enough for each label, so Plotly skips none).
    fig.update_yaxes(title=None, type="category", categoryorder="array",
                     categoryarray=groups, autorange="reversed", automargin=True)
    window = default_window(start, end)
    fig.update_xaxes(
        title=None, type="date", tickformat=MONTH_TICKS, hoverformat=DAY_TICKS,
        range=[window.start, window.end] if window else None,
        rangeslider={"visible": True, "thickness": 0.07},
    )
    # No dragmode of our own: with "select" as the drag, a click no longer selects a
    # point in Streamlit; the box and lasso tools stay in the mode bar.
    height = 120 + 40 * len(groups)
    return _layout(fig, "", height=max(320, min(height, 900)), top=4), data


def selected_keys(event: Any) -> set[str]:
    """Event keys of the points selected on the timeline (``st.plotly_chart`` state).

    >>> sorted(selected_keys({"selection": {"points": [{"customdata": "a:1"}, {"x": 1},
    ...                                                 {"customdata": ["b:2", "2024"]}]}}))
    ['a:1', 'b:2']
    >>> selected_keys(None)
    set()
    """
    if not event:
        return set()
    selection = event.get("selection") or {}
    keys = set()
    for point in selection.get("points") or []:
        data = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(data, (list, tuple)):
            data = data[0] if data else None
        if data:
            keys.add(str(data))
    return keys


YEAR_TICKS = "%Y年"
CONFLICT_COLOR = "#c2413b"
AREA_SERIES_COLUMNS = ("地区", "时期", "起", "止", "类型", "数值", "最低", "最高", "单位", "表述",
                       "状态", "报道数")


def _spread(values: list[float], gap: float) -> list[float]:
    """Label heights at least ``gap`` apart, each as near its own value as that allows.

    >>> _spread([1.0, 1.05, 3.0], 0.2)
    [0.925, 1.125, 3.0]
    """
    order = sorted(range(len(values)), key=values.__getitem__)
    placed = [values[i] for i in order]
    for i in range(1, len(placed)):
        placed[i] = max(placed[i], placed[i - 1] + gap)
    # Centre each pushed run on its values rather than letting it climb.
    runs: list[list[int]] = []
    for i in range(len(placed)):
        if runs and placed[i] - placed[i - 1] <= gap + 1e-12:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        shift = (sum(values[order[i]] for i in run) - sum(placed[i] for i in run)) / len(run)
        for i in run:
            placed[i] += shift
    out = [0.0] * len(values)
    for rank, i in enumerate(order):
        out[i] = round(placed[rank], 9)
    return out


def _label_lines(fig: go.Figure, areas: list[str], data: pd.DataFrame, x: pd.Series,
                 y: pd.Series) -> None:
    """Each line named at its last point, as Our World in Data labels its lines
    (no legend to look up); a target and a disagreement named where they are."""
    ends: list[tuple[str, object, float, str]] = []
    for i, area in enumerate(areas):
        color = PALETTE[i % len(PALETTE)]
        mine = (data["地区"] == area).to_numpy()
        actual = mine & (data["类型"] == "实际").to_numpy()
        last = int(np.flatnonzero(actual if actual.any() else mine)[-1])
        ends.append((area, x[last], float(y[last]), color))
        for j in np.flatnonzero(mine & (data["类型"] == "目标").to_numpy()):
            fig.add_annotation(x=x[j], y=float(y[j]), text="目标", showarrow=False, yshift=-16,
                               font={"size": 11, "color": color})
    span = float(y.max() - y.min()) if len(y) else 0.0
    heights = _spread([e[2] for e in ends], span * 0.07)
    for (area, at, _, color), height in zip(ends, heights, strict=True):
        fig.add_annotation(x=at, y=height, text=html.escape(area), showarrow=False,
                           xanchor="left", xshift=10, font={"size": 13, "color": color})
    for j in np.flatnonzero((data["状态"] == STATUSES["conflict"]).to_numpy()):
        fig.add_annotation(x=x[j], y=float(y[j]), text=STATUSES["conflict"], showarrow=False,
                           yshift=22, font={"size": 11, "color": CONFLICT_COLOR})


def area_series(frame: pd.DataFrame, title: str, unit: str, period_kind: str) -> Chart:
    """One line per area over periods (``series.observations`` of one indicator,
    measure, unit and period length), as Our World in Data's grapher draws it,
    each named at its end.

    Actual figures are solid lines with filled markers; targets are dashed
    lines with hollow markers of the same area's colour, never joined to the
    actual line, and named 目标. An observation whose sources disagree is
    ringed in red and named so, with a bar over the range they give. Nothing
    is computed across areas.
    """
    if frame.empty:
        return _empty(title, AREA_SERIES_COLUMNS)
    data = pd.DataFrame({
        "地区": frame["area"],
        "时期": frame["label"],
        "起": iso_days(frame["period_start"]),
        "止": iso_days(frame["period_end"]),
        "类型": ["目标" if t else "实际" for t in frame["target"]],
        "数值": frame["value"],
        "最低": frame["low"],
        "最高": frame["high"],
        "单位": frame["unit"],
        "表述": frame["written"],
        "状态": frame["status"].map(lambda s: STATUSES.get(s, s)),
        "报道数": frame["n_statements"],
    }).reset_index(drop=True)
    # A period is drawn where it starts: every point of a chart has the same length.
    x = pd.to_datetime(frame["period_start"]).reset_index(drop=True)
    divisor, axis_unit = axis_scale(data["数值"].tolist() + data["最高"].tolist(), unit)
    y = data["数值"] / divisor
    fig = go.Figure()
    areas = list(dict.fromkeys(data["地区"]))
    for i, area in enumerate(areas):
        color = PALETTE[i % len(PALETTE)]
        for is_target in (False, True):
            chosen = ((data["地区"] == area) & (data["类型"] == ("目标" if is_target else "实际"))).to_numpy()
            if not chosen.any():
                continue
            part = data[chosen]
            # Plain lists (a chart of a few areas): the figure's JSON reads as numbers.
            fig.add_scatter(
                x=x[chosen].tolist(), y=y[chosen].tolist(), mode="lines+markers",
                name=html.escape(f"{area}（目标）" if is_target else area), legendgroup=area,
                line={"color": color, "width": 2, "dash": "dash" if is_target else "solid"},
                marker={"color": "white" if is_target else color, "size": 10,
                        "symbol": "circle-open" if is_target else "circle",
                        "line": {"color": color, "width": 2}},
                customdata=[[html.escape(str(a)), html.escape(str(b)), html.escape(str(c))]
                            for a, b, c in zip(part["时期"], part["表述"], part["状态"], strict=True)],
                hovertemplate=(f"{html.escape(area)}{'（目标）' if is_target else ''}"
                               "<br>%{customdata[0]}：%{customdata[1]}<br>%{customdata[2]}<extra></extra>"),
            )
    conflict = (frame["status"] == "conflict").to_numpy()
    if conflict.any():
        part = data[conflict]
        fig.add_scatter(
            x=x[conflict].tolist(), y=y[conflict].tolist(), mode="markers", name="来源不一致",
            marker={"symbol": "circle-open", "size": 20, "color": CONFLICT_COLOR,
                    "line": {"width": 3, "color": CONFLICT_COLOR}},
            error_y={"type": "data", "symmetric": False, "color": CONFLICT_COLOR, "thickness": 2,
                     "array": ((part["最高"] - part["数值"]) / divisor).tolist(),
                     "arrayminus": ((part["数值"] - part["最低"]) / divisor).tolist()},
            customdata=[[html.escape(str(a)), html.escape(str(p)), html.escape(format_claim(lo, unit)),
                         html.escape(format_claim(hi, unit))]
                        for a, p, lo, hi in zip(part["地区"], part["时期"], part["最低"], part["最高"],
                                                strict=True)],
            hovertemplate=("%{customdata[0]} %{customdata[1]}：来源不一致<br>"
                           "各来源数值 %{customdata[2]} 至 %{customdata[3]}<extra></extra>"),
        )
    _label_lines(fig, areas, data, x, y)
    years = period_kind == "year" or period_kind.endswith("y")
    fig.update_xaxes(title=None, type="date", tickformat=YEAR_TICKS if years else MONTH_TICKS,
                     hoverformat=DAY_TICKS, dtick="M12" if years else None)
    # Axis numbers in full (no SI "T" or "k"): the unit says the scale.
    fig.update_yaxes(title=html.escape(axis_unit), zeroline=True, exponentformat="none",
                     separatethousands=True)
    fig = _layout(fig, title, height=420)
    # Room on the right for the names at the lines' ends.
    longest = max(len(str(a)) for a in areas) + 3
    fig.update_layout(margin_r=min(40 + 14 * longest, 160))
    return fig, data
