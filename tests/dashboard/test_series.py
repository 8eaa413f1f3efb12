"""dashboard/series.py on the areas store (tests/dashboard/stores.py): three
places, two years, one target, one disagreement, one fall.

The point of every test here: a card or a line compares an area's figure
only with the same area's figures of the same measure, unit and period length
— never another place's, never a target with an outcome.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import queries, series
from dashboard.formatting import STATUSES
from dashboard.queries import Filters, Series
from dashboard.widgets import claim_url

GDP = "地区生产总值"
PLACES = ("合肥市", "青岛市", "崂山区")


def observed(con, keys) -> pd.DataFrame:
    return series.observations(queries.series_statements(con, Filters(), tuple(keys)))


def test_observations_are_one_row_per_period_with_the_views_value(areas):
    frame = observed(areas, series.keys(GDP, PLACES, "level", "元", "year"))
    assert list(zip(frame["area"], frame["label"], strict=True)) == [
        ("合肥市", "2023年"), ("合肥市", "2024年"), ("崂山区", "2023年"), ("崂山区", "2024年"),
        ("青岛市", "2023年"), ("青岛市", "2024年")]
    conflict = frame[frame["status"] == "conflict"].iloc[0]
    assert (conflict["area"], conflict["label"], conflict["n_statements"]) == ("青岛市", "2024年", 2)
    assert (conflict["low"], conflict["high"]) == (pytest.approx(1.65e12), pytest.approx(1.67195e12))
    # The figure shown is the one the view gives, with the sentence that states it.
    giving = {1.65e12: "16500.0亿元", 1.67195e12: "16719.5亿元"}
    assert giving[min(giving, key=lambda v: abs(v - conflict["value"]))] in conflict["sentence"]


def test_a_fall_is_a_negative_value(areas):
    frame = observed(areas, series.keys("规模以上工业增加值", ["崂山区"], "growth", "%", "year"))
    assert list(zip(frame["label"], frame["value"], frame["written"], strict=True)) == [
        ("2023年", -3.4, "下降3.4%"), ("2024年", 4.1, "增长4.1%")]


def test_each_card_compares_its_area_with_itself(areas):
    keys = [Series(GDP, place, "level", "元", "year") for place in PLACES]
    frame = observed(areas, keys)
    cards = {c.series.area: c for c in (series.card(frame, k) for k in keys)}
    hefei, laoshan, qingdao = cards["合肥市"], cards["崂山区"], cards["青岛市"]
    assert (hefei.value, hefei.place, hefei.delta, hefei.against) == (
        "1.35万亿元", "合肥市 · 2024年", "+6.6%", "较2023年")        # 13507.7 / 12673.8
    assert (laoshan.value, laoshan.delta) == ("850.2亿元", "+6.3%")  # 850.2 / 800.1
    assert laoshan.history == (pytest.approx(8.001e10), pytest.approx(8.502e10))
    # 青岛市's 2024 is stated twice, differently: the card says so, and its change
    # is against 青岛市's own 2023 whichever of the two is shown.
    assert qingdao.status == "conflict" and qingdao.note.startswith("来源不一致：2 处报道")
    assert qingdao.delta in {"+6.1%", "+4.7%"}                       # 16719.5 or 16500.0 / 15760.3
    across = {f"{(a.history[-1] - b.history[-1]) / b.history[-1] * 100:+.1f}%"
              for a in cards.values() for b in cards.values() if a is not b}
    assert not {c.delta for c in cards.values()} & across


def test_a_target_is_its_own_series_and_says_so(areas):
    target = Series(GDP, "合肥市", "growth", "%", "year", target=True)
    actual = Series(GDP, "合肥市", "growth", "%", "year")
    frame = observed(areas, [target, actual])
    goal = series.card(frame, target)
    assert (goal.name, goal.value, goal.place) == ("地区生产总值增速（目标）", "增长约6.5%", "合肥市 · 2025年 · 目标")
    assert goal.delta is None and goal.history == (6.5,)            # no outcome in its line
    outcome = series.card(frame, actual)
    assert (outcome.name, outcome.delta, outcome.against) == ("地区生产总值增速", "+0.3个百分点", "较2023年")
    assert outcome.history == (5.8, 6.1)


def test_no_card_for_a_series_with_nothing_under_the_filters(areas):
    frame = observed(areas, [Series(GDP, "合肥市", "level", "元", "half")])
    assert frame.empty
    assert series.card(frame, Series(GDP, "合肥市", "level", "元", "half")) is None


def test_the_statement_table_lists_what_the_filters_keep_with_links(areas):
    statements = queries.series_statements(areas, Filters(keyword="16500"),
                                           series.keys(GDP, ["青岛市"], "level", "元", "year"))
    table = series.statement_table(statements, link=claim_url)
    assert list(table.columns) == ["时期", "地区", "表述", "口径", "类型", "状态", "原文",
                                   "原文句子", "来源文章", "文章日期", "数值", "单位"]
    assert table.iloc[0][["时期", "地区", "表述", "口径", "类型", "状态"]].tolist() == [
        "2024年", "青岛市", "1.65万亿元", "数值", "实际", "来源不一致"]
    assert table.iloc[0]["原文"].startswith("articles?art=") and "src=qingdao_2025b.txt" in table.iloc[0]["原文"]
    assert len(table) == 1                                           # the other statement does not pass
    assert "原文" not in series.statement_table(statements).columns


def test_area_order_and_choices(areas):
    coverage = queries.indicator_coverage(areas, Filters(), GDP)
    assert series.choices(coverage, ("measure", "unit")) == [("level", "元"), ("growth", "%")]
    assert series.choices(coverage, ("period_kind",)) == [("year",)]
    assert series.area_order(coverage, "level", "元", "year") == ["青岛市", "合肥市", "崂山区"]
    # 合肥市 has a growth target besides its two actual rates: it still ranks by periods.
    assert series.area_order(coverage, "growth", "%", "year")[:2] == ["合肥市", "青岛市"]
    assert series.area_order(coverage, "share", "%", "year") == []
    assert series.area_order(coverage.iloc[0:0], "level", "元", "year") == []


SIGN_PAGES = (  # file, text; the first is issued on 2025-01-20
    ("rise.txt", "合肥工业稳步增长\n本报讯 2024年，合肥市规模以上工业增加值增长3.8%。"),
    ("fall.txt", "合肥工业数据发布\n本报讯 2024年，合肥市规模以上工业增加值下降3.8%。"),
)


@pytest.mark.parametrize("second_issue, status", [
    pytest.param("2025-01-20", "conflict", id="same_day_conflict"),
    pytest.param("2025-03-01", "revision", id="later_revision"),
])
def test_a_rise_and_a_fall_of_one_size_do_not_agree(tmp_path, second_issue, status):
    """增长3.8% and 下降3.8% of one area, indicator and period: the store's view and
    the dashboard both compare signed values and say that the sources differ."""
    from extractors import extract
    from extractors.hashing import content_hash
    from extractors.store import connect, open_for_reading, write_extraction

    path = tmp_path / "sign.duckdb"
    con = connect(path)
    try:
        for (name, text), issued in zip(SIGN_PAGES, ("2025-01-20", second_issue), strict=True):
            ex = extract(text, pubdate=issued, source=name)
            write_extraction(con, ex, name, content_hash(text), len(text.encode()))
        # Both are read as the same observation, and the view compares them signed.
        assert con.execute("SELECT status, n_statements, value_min, value_max FROM observations"
                           ).fetchall() == [(status, 2, -3.8, 3.8)]
    finally:
        con.close()
    con = open_for_reading(path)
    try:
        key = Series("规模以上工业增加值", "合肥市", "growth", "%", "year")
        statements = queries.series_statements(con, Filters(), (key,))
        frame = series.observations(statements)
    finally:
        con.close()
    assert list(zip(frame["low"], frame["high"], frame["status"], strict=True)) == [
        (-3.8, 3.8, status)]
    card = series.card(frame, key)
    assert card is not None and card.status == status
    assert card.note is not None and "下降3.8% 至 增长3.8%" in card.note
    # The indicator page's table says the same of both statements.
    table = series.statement_table(statements)
    assert sorted(zip(table["表述"], table["状态"], strict=True)) == [
        ("下降3.8%", STATUSES[status]), ("增长3.8%", STATUSES[status])]


def test_a_ratio_is_written_whole_listed_and_never_a_card(tmp_path):
    """三次产业结构为7.1∶39.1∶53.8 is stored with its first term as its value; the
    dashboard writes every term, draws no line of first terms and makes no card."""
    from extractors import extract
    from extractors.hashing import content_hash
    from extractors.store import connect, open_for_reading, write_extraction

    path = tmp_path / "ratio.duckdb"
    con = connect(path)
    text = "山东经济统计公报\n本报讯 2023年，山东省三次产业结构为7.1∶39.1∶53.8。全省地区生产总值92068.7亿元。"
    ex = extract(text, pubdate="2024-03-03", source="gongbao.txt")
    write_extraction(con, ex, "gongbao.txt", content_hash(text), len(text.encode()))
    con.close()
    con = open_for_reading(path)
    try:
        assert con.execute("SELECT unit_kind, value FROM quantities WHERE indicator = '三次产业结构'"
                           ).fetchall() == [("ratio", 7.1)]  # the premise
        cards = queries.headline_series(con, Filters())
        key = Series("三次产业结构", "山东省", "share", "", "year")
        statements = queries.series_statements(con, Filters(), (key,))
    finally:
        con.close()
    assert "三次产业结构" not in set(cards["what"]) and GDP in set(cards["what"])
    table = series.statement_table(statements)
    assert table[["表述", "数值"]].values.tolist() == [["7.1:39.1:53.8", None]]


def test_the_longest_line_comes_before_the_most_statements():
    """Rates stated more often than levels still come second when one area's levels
    span more periods: a newcomer meets a line over the most years."""
    coverage = pd.DataFrame({
        "area": ["青岛市", "合肥市", "青岛市", "合肥市"],
        "measure": ["level", "level", "growth", "growth"], "unit": ["元", "元", "%", "%"],
        "period_kind": ["year"] * 4, "n_periods": [5, 1, 3, 3], "n_statements": [5, 1, 9, 9]})
    assert series.choices(coverage, ("measure", "unit")) == [("level", "元"), ("growth", "%")]
    assert series.choices(coverage[coverage["area"] == "合肥市"], ("measure", "unit")) == [
        ("growth", "%"), ("level", "元")]
