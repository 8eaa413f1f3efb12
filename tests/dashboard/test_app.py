"""The whole app under streamlit.testing.v1.AppTest: every page on every store,
filters, the URL binding, opening an article, metric values, uploads."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.formatting import format_claim
from dashboard.queries import AreaNode
from extractors.store import open_for_reading

from .stores import PROJECT, SAMPLE

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
PAGES = {
    "views/overview.py": "指标看板",
    "views/series.py": "指标走势",
    "views/timeline.py": "事件时间轴",
    "views/articles.py": "文章",
    "views/indicators.py": "指标",
    "views/upload.py": "上传新闻稿",
}
STORES = ["known_store", "sample_store", "areas_store", "empty_store"]
TIMEOUT = 60


def open_app(store: Path, monkeypatch: pytest.MonkeyPatch, page: str | None = None,
             query: dict | None = None) -> AppTest:
    monkeypatch.setenv("ZHIBIAO_DB", str(store))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(query or {})
    at.run()
    if page:
        at.switch_page(page).run()
    return at


def plain(markdown: str) -> str:
    """Markdown source without its backslash escapes: the text a reader sees."""
    return re.sub(r"\\(.)", r"\1", markdown)


def table(at: AppTest, column: str) -> pd.DataFrame:
    """The first table on the page with this column (plain tables carry no key)."""
    for frame in at.dataframe:
        if column in frame.value.columns:
            return frame.value
    raise AssertionError(f"no table with column {column!r}")


def texts(at: AppTest) -> list[str]:
    """Every piece of text the app wrote through Markdown-rendering elements."""
    out = []
    for kind in ("markdown", "caption", "title", "subheader", "info", "error", "success", "warning"):
        out += [str(e.value) for e in getattr(at, kind)]
    out += [m.label for m in at.metric]
    return out


@pytest.mark.parametrize("store_name", STORES)
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_on_every_store(request, monkeypatch, store_name, page):
    at = open_app(request.getfixturevalue(store_name), monkeypatch, page)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]  # app.py turns page failures into errors
    assert [t.value for t in at.title] == [PAGES[page]]
    if store_name == "empty_store" and page != "views/upload.py":
        assert any("还没有" in i.value for i in at.info), "an empty store must say so plainly"


def test_first_run_builds_the_default_store_from_seeds(tmp_path, monkeypatch):
    store = tmp_path / "data" / "zhibiao.duckdb"
    at = open_app(store, monkeypatch)
    assert not at.exception, [e.value for e in at.exception]
    assert store.exists()
    assert [s.label for s in at.status] == ["数据库已建立"]
    con = open_for_reading(store)
    try:
        n_articles, n_sources = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sources)").fetchone()
    finally:
        con.close()
    assert n_sources == len(list((PROJECT / "seeds").glob("*.txt")))
    assert {m.label: m.value for m in at.metric}["文章"] == str(n_articles)
    at.run()  # the second run opens the store it built
    assert not at.status


def test_a_broken_store_is_reported_in_words(tmp_path, monkeypatch):
    store = tmp_path / "broken.duckdb"
    store.write_bytes(b"this is not a DuckDB file" * 100)
    at = open_app(store, monkeypatch)
    assert not at.exception
    assert any("无法打开数据库" in e.value for e in at.error)


def test_overview_metrics_equal_the_store(known_store, monkeypatch):
    at = open_app(known_store, monkeypatch)
    metrics = {m.label: m for m in at.metric}
    con = open_for_reading(known_store)
    try:
        for label, table in (("文章", "articles"), ("指标", "quantities"), ("事件", "events")):
            assert metrics[label].value == str(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        # Each card is a series' claim of its latest period, written the Chinese way.
        latest = con.execute("""
            SELECT subject, arg_max(value, period_end), arg_max(unit, period_end),
                   arg_max(qualifier, period_end), arg_max(unit_kind, period_end), bool_or(target)
            FROM quantities GROUP BY subject""").fetchall()
    finally:
        con.close()
    expected = {s + ("（目标）" if t else ""): format_claim(v, u, q, unit_kind=k)
                for s, v, u, q, k, t in latest}
    cards = {label: m.value for label, m in metrics.items() if label in expected}
    assert cards == expected
    assert cards == {"年办件量": "3万余件", "投入（目标）": "近万亿元", "市值": "超2500亿元",
                     "金融机构": "242家", "事项": "76个", "学校": "12所"}
    # 2万余件 on 9月9日 → 3万余件 on 10月15日, both 青岛西海岸新区's.
    assert (metrics["年办件量"].delta, metrics["年办件量"].proto.delta_description) == (
        "+50.0%", "较2024年9月9日")
    captions = [plain(c.value) for c in at.caption]
    assert "青岛西海岸新区 · 2024年10月15日" in captions
    assert "青岛西海岸新区 · 2024年 · 目标" in captions


def test_overview_cards_name_their_place_and_never_mix_two(areas_store, monkeypatch):
    at = open_app(areas_store, monkeypatch)
    cards = [(m.label, m.value, m.delta, m.proto.delta_description) for m in at.metric][4:]
    places = [plain(c.value) for c in at.caption if " · " in c.value]
    assert places[:3] == ["青岛市 · 2024年", "合肥市 · 2024年", "崂山区 · 2024年"]
    assert cards[1] == ("地区生产总值", "1.35万亿元", "+6.6%", "较2023年")     # 合肥市 over 合肥市
    assert cards[2] == ("地区生产总值", "850.2亿元", "+6.3%", "较2023年")      # 崂山区 over 崂山区
    assert cards[3] == ("规模以上工业增加值增速", "增长4.1%", "+7.5个百分点", "较2023年")
    assert cards[-1][:3] == ("地区生产总值增速（目标）", "增长约6.5%", "")  # nothing to compare with
    assert places[-1] == "合肥市 · 2025年 · 目标"
    assert any(plain(c.value).endswith("来源不一致：2 处报道给出 1.65万亿元 至 1.67万亿元")
               for c in at.caption)


def test_the_area_filter_narrows_every_figure_and_goes_by_its_path(areas_store, monkeypatch):
    at = open_app(areas_store, monkeypatch)
    assert [o for o in at.multiselect(key="area").options] == [
        "安徽省", "安徽省 › 合肥市", "山东省", "山东省 › 青岛市", "山东省 › 青岛市 › 崂山区"]
    at.multiselect(key="area").set_value([AreaNode("山东省", "青岛市", "崂山区")]).run()
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["文章"], metrics["指标"]) == ("2", "5")
    assert {plain(c.value) for c in at.caption if " · " in c.value} == {"崂山区 · 2024年"}
    assert any("地区=崂山区" in c.value for c in at.caption)
    # A link with the path opens the same view.
    at = open_app(areas_store, monkeypatch, query={"area": "安徽省"})
    assert {m.label: m.value for m in at.metric}["指标"] == "7"
    assert at.multiselect(key="area").value == [AreaNode("安徽省")]


def test_the_series_page_draws_one_line_per_area(areas_store, monkeypatch):
    at = open_app(areas_store, monkeypatch, "views/series.py")
    assert not at.exception and not at.error
    assert at.selectbox(key="ind").options == ["地区生产总值", "规模以上工业增加值", "5G基站"]
    assert at.multiselect(key="cmp").value == ["青岛市", "合肥市", "崂山区"]
    figure = go.Figure(json.loads(at.get("plotly_chart")[0].proto.spec))
    lines = {t.name: list(t.y) for t in figure.data if t.mode == "lines+markers"}
    # In 亿元, as the pages write them: 崂山区's 850.2 does not read as 0.09 万亿元.
    assert lines == {"青岛市": [15760.3, pytest.approx(16719.5, rel=0.02)],
                     "合肥市": [12673.8, 13507.7], "崂山区": [800.1, 850.2]}
    assert [t.name for t in figure.data if t.mode == "markers"] == ["来源不一致"]
    rows = table(at, "原文句子")
    assert len(rows) == 7 and set(rows["状态"]) == {"一致", "来源不一致"}
    assert all(link.startswith("articles?art=") for link in rows["原文"])
    # The growth rates: 合肥市's target is a dashed line of its own.
    at.button_group(key="m").set_value("增速（%）").run()
    figure = go.Figure(json.loads(at.get("plotly_chart")[0].proto.spec))
    goal = [t for t in figure.data if t.name == "合肥市（目标）"]
    assert len(goal) == 1 and goal[0].line.dash == "dash" and list(goal[0].y) == [6.5]
    assert "目标" in set(table(at, "原文句子")["类型"])


def test_another_indicator_brings_its_own_measures_and_places(areas_store, monkeypatch):
    at = open_app(areas_store, monkeypatch, "views/series.py")
    at.button_group(key="m").set_value("增速（%）").run()
    at.multiselect(key="cmp").set_value(["合肥市"]).run()
    at.selectbox(key="ind").set_value("规模以上工业增加值").run()
    assert not at.exception and not at.error
    assert at.button_group(key="m").value == "增速（%）"
    assert at.multiselect(key="cmp").value == ["崂山区"]   # 合肥市 states none of it
    at.selectbox(key="ind").set_value("5G基站").run()
    assert (at.button_group(key="m").value, at.multiselect(key="cmp").value) == ("数值（个）", ["合肥市"])


def test_the_series_page_follows_a_link_and_the_area_filter(areas_store, monkeypatch):
    at = open_app(areas_store, monkeypatch, "views/series.py",
                  query={"ind": "规模以上工业增加值", "area": "山东省"})
    assert at.selectbox(key="ind").value == "规模以上工业增加值"
    assert at.multiselect(key="cmp").value == ["崂山区"]
    assert list(table(at, "原文句子")["表述"]) == ["下降3.4%", "增长4.1%"]
    # A place the filter leaves out is not offered; another indicator picks its own places.
    at.multiselect(key="area").set_value([AreaNode("安徽省")]).run()
    assert not at.exception and not at.error
    assert at.selectbox(key="ind").value == "地区生产总值"
    assert at.multiselect(key="cmp").value == ["合肥市"]


def test_overview_metrics_equal_the_sample_store(sample_store, monkeypatch):
    at = open_app(sample_store, monkeypatch)
    metrics = {m.label: m.value for m in at.metric}
    con = open_for_reading(sample_store)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "quantities", "events")}
    finally:
        con.close()
    assert metrics["文章"] == str(counts["articles"]) == "5"
    assert metrics["指标"] == str(counts["quantities"])
    assert metrics["事件"] == str(counts["events"])


def test_a_department_filter_changes_the_figures(known_store, monkeypatch):
    at = open_app(known_store, monkeypatch)
    before = {m.label: m.value for m in at.metric}
    at.multiselect(key="dept").set_value(["区金融局"]).run()
    after = {m.label: m.value for m in at.metric}
    assert (before["文章"], after["文章"]) == ("3", "1")
    assert (before["指标"], after["指标"]) == ("7", "3")
    assert "学校" in before and "学校" not in after
    # The browser writes a bound widget into the URL (tests/e2e checks it); here the
    # caption and the download names carry the filter.
    assert any("部门=区金融局" in c.value for c in at.caption)


def test_a_shared_link_opens_filtered(known_store, monkeypatch):
    at = open_app(known_store, monkeypatch, "views/indicators.py",
                  query={"kind": "金额", "topic": "教育"})
    assert at.multiselect(key="kind").value == ["money"]
    table_ = table(at, "原文句子")
    assert list(table_["指标"]) == ["投入"]
    assert list(table_["表述"]) == ["近万亿元"]


def test_a_filter_that_matches_nothing_says_so_on_every_page(known_store, monkeypatch):
    for page in [p for p in PAGES if p != "views/upload.py"]:
        at = open_app(known_store, monkeypatch, page, query={"q": "没有这个词"})
        assert not at.exception
        assert any("没有符合当前筛选条件" in i.value for i in at.info), page


def test_a_link_opens_that_article_escaped_with_every_claim_marked(known_store, monkeypatch):
    at = open_app(known_store, monkeypatch, "views/articles.py",
                  query={"art": "art-安全测试", "src": "known.txt"})
    assert not at.exception
    body = "".join(h.value for h in at.html)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;**粗体**" in body
    assert "<script>" not in body
    assert re.search(r'<mark class="zb-claim" data-key="c\d+" title="学校 12所">12所</mark>', body)
    assert re.search(r'<mark class="zb-claim" data-key="c\d+" title="投入 近万亿元">近万亿元</mark>',
                     body)
    assert re.search(r'<mark class="zb-date" data-key="d\d+" title="2024-11-20">11月20日</mark>', body)
    claims = table(at, "表述")
    assert list(claims["表述"]) == ["12所", "近万亿元"]
    assert len(set(re.findall(r'data-key="(c\d+)"', body))) == len(claims)
    for text in texts(at):
        assert "<script>" not in text and "**粗体**" not in text, text


def test_a_link_with_a_claim_points_the_reader_at_it(known_store, monkeypatch):
    con = open_for_reading(known_store)
    try:
        start, stored = con.execute(
            "SELECT start, sentence FROM quantities WHERE subject = '投入'").fetchone()
    finally:
        con.close()
    at = open_app(known_store, monkeypatch, "views/articles.py",
                  query={"art": "art-安全测试", "src": "known.txt", "at": f"c{start}"})
    body = "".join(h.value for h in at.html)
    assert re.search(rf'<mark class="zb-claim zb-focus" id="zb-focus" data-key="c{start}"', body)
    assert "scrollIntoView" in body
    sentence = re.findall(r'<span class="zb-sentence">(.*?)</span>', body, re.S)
    assert re.sub("<[^>]+>", "", "".join(sentence)) == stored
    assert stored.endswith("今年计划投入近万亿元。")


def test_the_timeline_lists_events_and_colours_by_department(known_store, monkeypatch):
    at = open_app(known_store, monkeypatch, "views/timeline.py")
    listed = table(at, "分组")
    assert len(listed) == 6
    assert set(listed["精度"]) == {"日", "月", "年"}
    at = open_app(known_store, monkeypatch, "views/timeline.py",
                  query={"color": "按部门", "from": "2024-09-10", "to": "2024-09-20"})
    listed = table(at, "分组")
    assert sorted(listed["原文"]) == ["2024年9月", "今年"]
    assert set(listed["分组"]) == {"区金融局", "区教育和体育局"}


def test_indicators_page_lists_claims_and_their_counts(known_store, monkeypatch):
    at = open_app(known_store, monkeypatch, "views/indicators.py")
    assert len(table(at, "原文句子")) == 7
    assert len(at.get("plotly_chart")) == 2  # by topic, by department (lines are on 指标走势)


def test_upload_ingests_good_files_and_rejects_bad_ones(known_store, tmp_path, monkeypatch):
    store = tmp_path / "data" / "store.duckdb"
    store.parent.mkdir()
    shutil.copy(known_store, store)
    at = open_app(store, monkeypatch, "views/upload.py")
    page = SAMPLE.read_bytes()
    at.file_uploader(key="uploader").set_value([
        ("../../新区报.txt", page, "text/plain"),
        ("照片.jpg", b"\xff\xd8\xff", "image/jpeg"),
        ("空.txt", b"", "text/plain"),
    ]).run()
    at.button(key="ingest").click().run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [plain(e.value) for e in at.error]
    assert any("照片.jpg" in e and "不支持的文件类型" in e for e in errors)
    assert any("空.txt" in e and "空" in e for e in errors)
    kept = sorted((store.parent / "uploads").iterdir())
    assert [p.read_bytes() for p in kept] == [page]          # the rejected files are not kept
    assert kept[0].name.endswith("_新区报.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert [plain(s.value) for s in at.success] == ["../../新区报.txt：已导入"]
    new = table(at, "文件")
    assert len(new) == 5 and "区第三届人大常委会第三十一次主任会议召开" in list(new["标题"])
    assert set(new["文件"]) == {"../../新区报.txt"}
    # Without a restart, the other pages see the new articles.
    at.switch_page("views/overview.py").run()
    assert {m.label: m.value for m in at.metric}["文章"] == "8"


def test_served_to_others_uploading_needs_the_configured_password(known_store, tmp_path, monkeypatch):
    from streamlit import config

    store = tmp_path / "data" / "store.duckdb"
    store.parent.mkdir()
    shutil.copy(known_store, store)
    before = config.get_option("server.address")
    config.set_option("server.address", "0.0.0.0")
    try:
        _served_to_others(store, monkeypatch)
    finally:
        config.set_option("server.address", before)


def _served_to_others(store, monkeypatch):  # type: ignore[no-untyped-def]
    at = open_app(store, monkeypatch, "views/upload.py")
    assert not at.exception
    assert any("上传功能默认关闭" in plain(i.value) for i in at.info)
    assert not at.get("file_uploader")
    at.secrets["upload_password"] = "秘密123"
    at.run()
    at.text_input(key="upload_password").input("wrong").run()
    assert any("密码不正确" in plain(e.value) for e in at.error) and not at.get("file_uploader")
    at.text_input(key="upload_password").input("秘密123").run()
    assert at.get("file_uploader")


def test_a_timeline_row_opens_its_article_at_that_date(wide_store, monkeypatch):
    at = open_app(wide_store, monkeypatch, "views/timeline.py")
    listed = table(at, "事件")
    at.session_state["timeline_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert [t.value for t in at.title] == ["文章"]
    params = dict(at.query_params)
    assert params["at"].startswith("d") and params["src"] == "wide.txt"
    body = "".join(h.value for h in at.html)
    focused = re.search(r'<mark class="zb-date zb-focus" id="zb-focus" data-key="(d\d+)"', body)
    assert focused and focused.group(1) == params["at"]
    assert listed.iloc[0]["来源文章"] in [plain(s.value) for s in at.subheader]


def test_indicators_download_reads_every_row_while_the_table_shows_500(wide_store, monkeypatch):
    at = open_app(wide_store, monkeypatch, "views/indicators.py")
    assert len(table(at, "原文句子")) == 500
    con = open_for_reading(wide_store)
    try:
        total = con.execute("SELECT count(*) FROM quantities").fetchone()[0]
    finally:
        con.close()
    assert any(f"共 {total} 条，显示最近的 500 条" in c.value for c in at.caption)


def test_the_indicator_page_lists_a_ratio_and_draws_no_line_of_first_terms(tmp_path, monkeypatch):
    from extractors import extract
    from extractors.hashing import content_hash
    from extractors.store import connect, write_extraction

    store = tmp_path / "ratio.duckdb"
    con = connect(store)
    text = "山东经济统计公报\n本报讯 2023年，山东省三次产业结构为7.1∶39.1∶53.8。"
    ex = extract(text, pubdate="2024-03-03", source="gongbao.txt")
    write_extraction(con, ex, "gongbao.txt", content_hash(text), len(text.encode()))
    con.close()
    at = open_app(store, monkeypatch, "views/series.py", query={"ind": "三次产业结构"})
    assert not at.exception, [e.value for e in at.exception]
    assert not at.get("plotly_chart")
    assert any("比例" in c.value for c in at.caption)
    assert list(table(at, "原文句子")["表述"]) == ["7.1:39.1:53.8"]
