"""dashboard/charts.py: each builder returns a figure and exactly the frame it draws."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import charts, queries, series
from dashboard.queries import Filters


def test_topic_mix_frame_is_what_the_bars_show(known):
    fig, frame = charts.topic_mix(queries.topic_mix(known, Filters()))
    assert list(frame.columns) == ["主题", "文章数", "指标数"]
    assert frame.to_dict("list") == {"主题": ["金融", "政务服务", "教育"], "文章数": [1, 1, 1],
                                     "指标数": [3, 2, 2]}
    bars = {trace.name: (list(trace.y), list(trace.x)) for trace in fig.data}
    assert bars["指标数"] == (["金融", "政务服务", "教育"], [3, 2, 2])
    assert "Noto Sans CJK SC" in fig.layout.font.family


def test_ranked_bar_sorts_largest_first():
    fig, frame = charts.ranked_bar(
        pd.DataFrame({"name": ["乙", "甲", "丙"], "claims": [2, 5, 2]}), "name",
        {"claims": "指标数"}, "按部门统计指标", label_name="部门")
    assert frame.to_dict("list") == {"部门": ["甲", "丙", "乙"], "指标数": [5, 2, 2]}
    assert fig.layout.title.text == "按部门统计指标"


EMPTY_BUILDERS = [
    ("topic_mix", lambda: charts.topic_mix(pd.DataFrame(columns=["topic", "articles", "claims"]))),
    ("timeline", lambda: charts.timeline(pd.DataFrame())),
    ("area_series", lambda: charts.area_series(series.observations(pd.DataFrame()), "市值", "元", "year")),
]


@pytest.mark.parametrize("build", [pytest.param(b, id=i) for i, b in EMPTY_BUILDERS])
def test_empty_input_gives_an_empty_frame_and_a_no_data_figure(build):
    fig, frame = build()
    assert frame.empty and len(frame.columns) > 0
    assert fig.layout.annotations[0].text == "无数据"


def test_timeline_draws_coarse_dates_as_spans_never_as_days(known):
    events = queries.events(known, Filters())
    fig, frame = charts.timeline(events, "topic")
    assert len(frame) == len(events) == 6
    month = frame[frame["原文"] == "2024年9月"].iloc[0]
    assert (str(month["起"]), str(month["止"]), month["精度"]) == ("2024-09-01", "2024-09-30", "月")
    markers = [t for t in fig.data if t.mode == "markers"]
    spans = [t for t in fig.data if t.mode == "lines"]
    by_key = {}
    for trace in markers:
        for key, x in zip(trace.customdata, trace.x, strict=True):
            by_key[key] = (trace.marker.symbol, pd.Timestamp(x))
    day_key = frame[frame["原文"] == "9月9日"].iloc[0]["编号"]
    month_key = month["编号"]
    assert by_key[day_key] == ("circle", pd.Timestamp("2024-09-09"))
    symbol, middle = by_key[month_key]
    assert symbol == "square-open"
    assert pd.Timestamp("2024-09-10") < middle < pd.Timestamp("2024-09-20")
    # Every coarse event has a bar over its whole span (start to the day after its end).
    span_x = [pd.Timestamp(x) for t in spans for x in t.x if x is not None]
    assert pd.Timestamp("2024-09-01") in span_x and pd.Timestamp("2024-10-01") in span_x
    assert pd.Timestamp("2024-01-01") in span_x and pd.Timestamp("2025-01-01") in span_x


def test_timeline_groups_by_department_and_escapes_hover_text():
    events = pd.DataFrame({
        "key": ["a:1"], "text": ["今天"], "iso": ["2024-09-09"],
        "date_start": [pd.Timestamp("2024-09-09")], "date_end": [pd.Timestamp("2024-09-09")],
        "granularity": ["day"], "kind": ["day"], "event": ["<script>x</script>会议召开"],
        "actor": ["区<b>人大</b>"], "sentence": ["s"], "topics": [[]],
        "departments": [["区人大常委会"]], "article_id": ["a"], "title": ["<i>标题</i>"],
        "source": ["x.txt"],
    })
    fig, frame = charts.timeline(events, "department")
    assert frame.iloc[0]["分组"] == "区人大常委会"
    assert frame.iloc[0]["事件"] == "<script>x</script>会议召开"  # the CSV keeps the real text
    hover = fig.data[-1].hovertext[0]
    assert "&lt;script&gt;x&lt;/script&gt;会议召开" in hover and "区&lt;b&gt;人大&lt;/b&gt;" in hover
    assert "<script>" not in hover and "<i>" not in hover
    assert list(fig.data[-1].customdata) == ["a:1"]
    _, by_topic = charts.timeline(events, "topic")
    assert by_topic.iloc[0]["分组"] == charts.UNGROUPED


SELECTIONS = [
    ("none", None, set()),
    ("empty", {"selection": {"points": [], "box": []}}, set()),
    ("points", {"selection": {"points": [{"customdata": ["a:1", "x"]}, {"customdata": ["b:2"]}]}},
     {"a:1", "b:2"}),
    ("span_lines_have_no_data", {"selection": {"points": [{"x": "2024-01-01", "y": "金融"}]}}, set()),
    ("scalar_customdata", {"selection": {"points": [{"customdata": "a&b:3"}]}}, {"a&b:3"}),
]


@pytest.mark.parametrize("event, keys", [pytest.param(*c[1:], id=c[0]) for c in SELECTIONS])
def test_selected_keys(event, keys):
    assert charts.selected_keys(event) == keys


def test_topic_mix_draws_articles_and_claims_on_their_own_axes(wide):
    fig, frame = charts.topic_mix(queries.topic_mix(wide, Filters()))
    bars = {trace.name: trace for trace in fig.data}
    assert (bars["文章数"].xaxis, bars["指标数"].xaxis) == ("x", "x2")
    assert max(bars["文章数"].x) < 40 < 500 < max(bars["指标数"].x)
    assert [a.text for a in fig.layout.annotations] == ["文章数", "指标数"]
    assert fig.layout.showlegend is False
    assert list(frame.columns) == ["主题", "文章数", "指标数"]


def test_the_timeline_opens_without_the_lone_1904_event_and_keeps_it_reachable(wide):
    events = queries.events(wide, Filters())
    fig, frame = charts.timeline(events, "topic")
    assert "1904" in set(frame["日期"])
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert lo.year == 2007 and hi.year in (2025, 2026)
    assert fig.layout.xaxis.rangeslider.visible
    window = charts.default_window(events["date_start"], events["date_end"])
    assert (window.before, window.after, window.earliest.year) == (1, 0, 1904)
    assert (window.first.year, window.last.year) == (2008, 2025)


def test_the_timeline_by_department_keeps_twelve_rows_and_folds_the_rest(wide):
    events = queries.events(wide, Filters())
    fig, frame = charts.timeline(events, "department")
    rows = list(fig.layout.yaxis.categoryarray)
    assert len(rows) == charts.TOP_GROUPS + 1 and rows[-1] == "其他"
    assert set(frame["分组"]) == set(rows)
    # The folded events keep every department in their own column.
    folded = frame[frame["分组"] == "其他"]
    assert len(folded) > 0 and all(folded["部门"] != "")
def area_chart(con, what, areas, measure, unit):
    observed = series.observations(queries.series_statements(
        con, Filters(), series.keys(what, areas, measure, unit, "year")))
    return observed, charts.area_series(observed, what, unit, "year")


def test_area_series_draws_one_line_per_area_from_its_own_values(areas):
    observed, (fig, frame) = area_chart(areas, "地区生产总值", ["青岛市", "合肥市", "崂山区"], "level", "元")
    lines = {t.name: t for t in fig.data if t.mode == "lines+markers"}
    assert sorted(lines) == ["合肥市", "崂山区", "青岛市"]
    assert fig.layout.yaxis.title.text == "亿元"        # 13507.7亿元 beside 850.2亿元, not "1.35T"
    for area, trace in lines.items():
        own = observed[observed["area"] == area]
        assert list(trace.y) == pytest.approx(list(own["value"] / 1e8))  # nothing from another area
        assert [str(x)[:10] for x in trace.x] == [str(d)[:10] for d in own["period_start"]]
        assert trace.line.dash == "solid" and trace.marker.symbol == "circle"
    assert list(frame.columns) == list(charts.AREA_SERIES_COLUMNS)
    assert len(frame) == len(observed) == 6
    # Named at their ends, not in a legend: 合肥市 and 青岛市 end close, their names do not.
    assert fig.layout.showlegend is False
    names = {a.text: a for a in fig.layout.annotations}
    assert {"合肥市", "崂山区", "青岛市"} <= set(names)
    assert names["青岛市"].font.color == lines["青岛市"].line.color
    assert abs(names["青岛市"].y - names["合肥市"].y) >= 0.07 * (1.67195 - 0.08001) - 1e-9


def test_targets_are_dashed_and_hollow_and_apart_from_the_outcome(areas):
    _, (fig, frame) = area_chart(areas, "地区生产总值", ["合肥市"], "growth", "%")
    by_name = {t.name: t for t in fig.data}
    assert list(by_name["合肥市"].y) == [5.8, 6.1]
    goal = by_name["合肥市（目标）"]
    assert list(goal.y) == [6.5] and goal.line.dash == "dash" and goal.marker.symbol == "circle-open"
    assert goal.line.color == by_name["合肥市"].line.color
    assert [a.text for a in fig.layout.annotations if a.y == 6.5] == ["目标"]
    assert frame["类型"].tolist() == ["实际", "实际", "目标"]


def test_a_conflict_is_ringed_with_the_range_of_its_sources(areas):
    _, (fig, frame) = area_chart(areas, "地区生产总值", ["青岛市"], "level", "元")
    [ring] = [t for t in fig.data if t.name == "来源不一致"]
    assert len(ring.y) == 1 and ring.marker.symbol == "circle-open"
    low, high = ring.y[0] - ring.error_y.arrayminus[0], ring.y[0] + ring.error_y.array[0]
    assert (low, high) == (pytest.approx(1.65), pytest.approx(1.67195))        # 万亿元
    assert frame[frame["状态"] == "来源不一致"]["时期"].tolist() == ["2024年"]
    assert "来源不一致" in [a.text for a in fig.layout.annotations]


def test_area_series_escapes_names_in_labels():
    observed = pd.DataFrame([{
        "area": "<b>区</b>", "what": "x", "measure": "level", "unit": "个", "period_kind": "year",
        "target": False, "period": "2024", "period_start": pd.Timestamp("2024-01-01"),
        "period_end": pd.Timestamp("2024-12-31"), "label": "2024年", "value": 1.0, "low": 1.0,
        "high": 1.0, "status": "consistent", "n_statements": 1, "n_sources": 1,
        "written": "<i>1个</i>", "sentence": "", "title": "", "article_id": "a", "source": "s",
        "start": 0, "date": None, "date_source": None}])
    fig, _ = charts.area_series(observed, "<script>", "个", "year")
    assert fig.data[0].name == "&lt;b&gt;区&lt;/b&gt;"
    assert "<i>" not in str(fig.data[0].customdata) and "<script>" not in fig.layout.title.text
