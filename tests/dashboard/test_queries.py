"""dashboard/queries.py on the hand-made store, whose every record is known.

The known page (tests/dashboard/stores.py) holds three articles:

* 审批服务 2024-09-09, 区行政审批服务局, 政务服务: 年办件量 2万余件, 事项 76个;
  dates 9月9日 (day), 2021年初 (month, actor 区政务服务中心);
* 金融发展 2024-10-15, 区金融局 + 区行政审批服务局, 金融: 金融机构 242家,
  市值 超2500亿元 (money), 年办件量 3万余件; dates 10月15日, 2024年9月 (month);
* 安全测试 2024-11-20, 区教育和体育局, 教育: 学校 12所, 投入 近万亿元 (money);
  dates 11月20日, 今年 (year 2024).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dashboard import queries
from dashboard.queries import AreaNode, Filters, Series

ALL_SUBJECTS = ["事项", "学校", "年办件量", "年办件量", "市值", "投入", "金融机构"]

CLAIM_FILTERS_SINGLE = [
    ("no_filter", Filters(), ALL_SUBJECTS),
    ("department", Filters(departments=("区金融局",)), ["年办件量", "市值", "金融机构"]),
    ("department_shared_by_two_articles", Filters(departments=("区行政审批服务局",)),
     ["事项", "年办件量", "年办件量", "市值", "金融机构"]),
    ("topic", Filters(topics=("教育",)), ["学校", "投入"]),
    ("date_from", Filters(date_from=date(2024, 10, 1)),
     ["学校", "年办件量", "市值", "投入", "金融机构"]),
    ("date_to", Filters(date_to=date(2024, 9, 30)), ["事项", "年办件量"]),
    ("one_day", Filters(date_from=date(2024, 10, 15), date_to=date(2024, 10, 15)),
     ["年办件量", "市值", "金融机构"]),
    ("keyword_in_sentence", Filters(keyword="上市"), ["市值", "金融机构"]),
    # 76个事项 stands in the sentence of 年办件量2万余件, so it matches too.
    ("keyword_trimmed_matches_sentences", Filters(keyword=" 年办件量 "),
     ["事项", "年办件量", "年办件量"]),
    ("unit_kind", Filters(unit_kinds=("money",)), ["市值", "投入"]),
]
CLAIM_FILTERS_COMBINED = [
    ("department_and_kind", Filters(departments=("区行政审批服务局",), unit_kinds=("money",)),
     ["市值"]),
    ("two_departments", Filters(departments=("区金融局", "区教育和体育局")),
     ["学校", "年办件量", "市值", "投入", "金融机构"]),
    ("topic_and_date_disjoint", Filters(topics=("教育",), date_to=date(2024, 10, 1)), []),
]
CLAIM_FILTERS_HOSTILE = [
    ("sql_injection_is_a_plain_string", Filters(keyword="'; DROP TABLE quantities; --"), []),
    ("like_wildcard_is_literal", Filters(keyword="%"), []),
    ("unknown_department", Filters(departments=("不存在的局",)), []),
]


@pytest.mark.parametrize(
    "filters, subjects",
    [pytest.param(*c[1:], id=c[0])
     for c in CLAIM_FILTERS_SINGLE + CLAIM_FILTERS_COMBINED + CLAIM_FILTERS_HOSTILE],
)
def test_claims_under_filters(known, filters, subjects):
    frame = queries.claims(known, filters)
    assert sorted(frame["subject"]) == sorted(subjects)
    assert queries.totals(known, filters)["claims"] == len(subjects)
    assert queries.claim_count(known, filters) == len(subjects)
    assert known.execute("SELECT count(*) FROM quantities").fetchone()[0] == 7


EVENT_FILTERS = [
    ("no_filter", Filters(), ["9月9日", "10月15日", "11月20日", "2024年9月", "今年"]),
    ("month_overlaps_a_later_start", Filters(date_from=date(2024, 9, 15)),
     ["10月15日", "11月20日", "2024年9月", "今年"]),
    ("old_month_only", Filters(date_to=date(2021, 6, 30)), ["2021年初"]),
    ("window_inside_month_and_year", Filters(date_from=date(2024, 9, 10), date_to=date(2024, 9, 20)),
     ["2024年9月", "今年"]),
    ("actor_counts_as_department", Filters(departments=("区政务服务中心",)), ["2021年初"]),
    ("articles_holding_money", Filters(unit_kinds=("money",)),
     ["10月15日", "11月20日", "2024年9月", "今年"]),
    ("keyword_in_event", Filters(keyword="座谈会"), ["2024年9月"]),
]


@pytest.mark.parametrize("filters, texts", [pytest.param(*c[1:], id=c[0]) for c in EVENT_FILTERS])
def test_events_under_filters(known, filters, texts):
    frame = queries.events(known, filters)
    # 2021年初 is dated (2021-01); it only drops out when a filter excludes it.
    expected = set(texts) | ({"2021年初"} if filters == Filters() else set())
    assert set(frame["text"]) == expected
    assert frame["key"].is_unique


ARTICLE_FILTERS = [
    ("unit_kind_means_holding_one", Filters(unit_kinds=("money",)), ["安全测试", "金融发展"]),
    ("keyword_in_text", Filters(keyword="不是标题"), ["安全测试"]),
    ("keyword_in_title", Filters(keyword="加速度"), ["金融发展"]),
    ("date_range", Filters(date_from=date(2024, 9, 1), date_to=date(2024, 10, 31)),
     ["审批服务", "金融发展"]),
]


@pytest.mark.parametrize("filters, keys", [pytest.param(*c[1:], id=c[0]) for c in ARTICLE_FILTERS])
def test_articles_under_filters(known, filters, keys):
    frame = queries.articles(known, filters)
    assert sorted(frame["id"]) == sorted(f"art-{k}" for k in keys)
    assert queries.article_count(known, filters) == len(keys)


def test_where_never_puts_values_into_sql():
    hostile = Filters(departments=("x' OR 1=1 --",), keyword="'; DROP", topics=("$topics",))
    for table in ("quantities", "events", "articles"):
        sql, params = queries.where(hostile, table)
        assert "'" not in sql and "DROP" not in sql and "1=1" not in sql
        assert params["keyword"] == "'; DROP"
        assert params["departments_0"] == "x' OR 1=1 --" and params["topics_0"] == "$topics"


def test_filter_options(known):
    options = queries.filter_options(known)
    assert options.departments == ("区行政审批服务局", "区教育和体育局", "区金融局")
    assert set(options.topics) == {"政务服务", "金融", "教育"}
    assert set(options.unit_kinds) == {"count", "money"}
    assert (options.date_min, options.date_max) == (date(2024, 9, 9), date(2024, 11, 20))


def test_totals(known):
    assert queries.totals(known, Filters()) == {
        "articles": 3, "claims": 7, "events": 6, "departments": 3}
    assert queries.totals(known, Filters(departments=("区金融局",))) == {
        "articles": 1, "claims": 3, "events": 2, "departments": 2}


def test_headline_series_are_series_not_subjects(known):
    """Every claim of the known page is about 青岛西海岸新区 on its article's day:
    年办件量 is the one series with two periods; the target 投入 comes last."""
    frame = queries.headline_series(known, Filters())
    assert list(zip(frame["what"], frame["n_periods"], frame["target"], strict=True)) == [
        ("年办件量", 2, False), ("学校", 1, False), ("市值", 1, False), ("金融机构", 1, False),
        ("事项", 1, False), ("投入", 1, True)]
    assert set(frame["area"]) == {"青岛西海岸新区"} and set(frame["period_kind"]) == {"day", "year"}
    assert len(queries.headline_series(known, Filters(), limit=2)) == 2
    assert queries.headline_series(known, Filters(date_to=date(2024, 1, 1))).empty


def test_headline_series_rank_catalogue_indicators_and_one_pair_at_a_time(areas):
    frame = queries.headline_series(areas, Filters())
    rows = list(zip(frame["what"], frame["area"], frame["measure"], frame["target"], strict=True))
    # Each place's 地区生产总值 (its amount first) before a second measure of the same pair;
    # the one target last; 5G基站 (no catalogue name) finds no room among eight.
    assert rows[:3] == [("地区生产总值", "青岛市", "level", False), ("地区生产总值", "合肥市", "level", False),
                        ("地区生产总值", "崂山区", "level", False)]
    assert rows[3] == ("规模以上工业增加值", "崂山区", "growth", False)
    assert rows[-1] == ("地区生产总值", "合肥市", "growth", True)
    assert "5G基站" not in set(frame["what"])
    # With room to spare, subjects fill it after the catalogue.
    filled = queries.headline_series(areas, Filters(areas=(AreaNode("安徽省"),)), limit=8)
    assert list(filled["what"]) == ["地区生产总值", "地区生产总值", "地区生产总值", "5G基站"]


GDP_QINGDAO = Series("地区生产总值", "青岛市", "level", "元", "year")


def test_series_statements_carry_the_views_status_and_every_statement(areas):
    frame = queries.series_statements(areas, Filters(), (GDP_QINGDAO,))
    assert list(frame.columns) == list(queries.SERIES_COLUMNS)
    rows = [(r.period, r.value, r.status, r.source) for r in frame.itertuples()]
    assert rows == [("2023", pytest.approx(1.57603e12), "consistent", "qingdao_2024.txt"),
                    ("2024", pytest.approx(1.67195e12), "conflict", "qingdao_2025.txt"),
                    ("2024", pytest.approx(1.65e12), "conflict", "qingdao_2025b.txt")]
    assert frame["passes"].all()
    assert (frame["n_statements"] == [1, 2, 2]).all()
    assert queries.series_statements(areas, Filters(), ()).empty


def test_a_series_holds_year_on_year_rates_only(tmp_path):
    """两年平均增长6.2% and 比2019年增长13.4% beside the year's 增长8.7% are rates against other
    bases: neither is a point of the growth series or a conflict with its rate."""
    from extractors.hashing import content_hash
    from extractors.pipeline import extract
    from extractors.store import connect, open_for_reading, write_extraction

    pages = {"a.txt": ("平川区2021年经济运行\n\n　　2021年，平川区地区生产总值比上年增长8.7%，比2019年增长13.4%，"
                       "两年平均增长6.2%。", "2022-01-20"),
             "b.txt": ("平川区2020年经济运行\n\n　　2020年，平川区地区生产总值比上年增长5.0%。", "2021-01-20")}
    path = tmp_path / "s.duckdb"
    con = connect(path)
    for name, (text, pubdate) in pages.items():
        write_extraction(con, extract(text, pubdate=pubdate, source=name), name, content_hash(text), len(text))
    con.close()
    con = open_for_reading(path)
    try:
        growth = Series("地区生产总值", "平川区", "growth", "%", "year")
        frame = queries.series_statements(con, Filters(), (growth,))
        assert [(r.period, r.value, r.status) for r in frame.itertuples()] == [
            ("2020", 5.0, "consistent"), ("2021", 8.7, "consistent")]
        cards = queries.headline_series(con, Filters())
        assert set(cards.loc[cards["measure"] == "growth", "n_statements"]) == {2}
    finally:
        con.close()


def test_a_filter_keeps_an_observation_when_one_of_its_statements_passes(areas):
    """The keyword is in one of the two disagreeing sentences: the 2024 figure
    stays with both statements (and its conflict); 2023's drops out."""
    frame = queries.series_statements(areas, Filters(keyword="16500"), (GDP_QINGDAO,))
    assert list(zip(frame["period"], frame["passes"], strict=True)) == [("2024", False), ("2024", True)]
    assert set(frame["status"]) == {"conflict"}
    assert queries.series_statements(areas, Filters(keyword="没有这句"), (GDP_QINGDAO,)).empty


def test_series_statements_keep_targets_and_period_lengths_apart(areas):
    actual = Series("地区生产总值", "合肥市", "growth", "%", "year")
    target = Series("地区生产总值", "合肥市", "growth", "%", "year", target=True)
    frame = queries.series_statements(areas, Filters(), (actual,))
    assert list(zip(frame["period"], frame["value"], frame["target"], strict=True)) == [
        ("2023", 5.8, False), ("2024", 6.1, False)]
    frame = queries.series_statements(areas, Filters(), (target,))
    assert list(zip(frame["period"], frame["value"], frame["qualifier"], strict=True)) == [
        ("2025", 6.5, "approx")]
    assert queries.series_statements(areas, Filters(), (Series(*dataclasses.astuple(GDP_QINGDAO)[:4], "half"),)).empty


def test_indicator_choices_and_coverage(areas):
    choices = queries.indicator_choices(areas, Filters())
    assert list(zip(choices["what"], choices["catalogued"], choices["n_statements"], strict=True)) == [
        ("地区生产总值", True, 13), ("规模以上工业增加值", True, 2), ("5G基站", False, 2)]
    # A subject stated once is no series; under a filter that leaves one year, 5G基站 goes.
    assert list(queries.indicator_choices(areas, Filters(keyword="2024年"))["what"]) == [
        "地区生产总值", "规模以上工业增加值"]
    coverage = queries.indicator_coverage(areas, Filters(), "地区生产总值")
    level = coverage[(coverage["measure"] == "level") & ~coverage["target"]]
    assert dict(zip(level["area"], level["n_periods"], strict=True)) == {
        "青岛市": 2, "合肥市": 2, "崂山区": 2}
    assert dict(zip(level["area"], level["province"], strict=True))["崂山区"] == "山东省"
    targets = coverage[coverage["target"]]
    assert list(zip(targets["area"], targets["measure"], strict=True)) == [("合肥市", "growth")]
    subject = queries.indicator_coverage(areas, Filters(), "5G基站")
    assert list(zip(subject["area"], subject["n_periods"], strict=True)) == [("合肥市", 2)]
    assert queries.indicator_coverage(areas, Filters(areas=(AreaNode("山东省"),)), "5G基站").empty


def test_the_dashboards_what_is_the_views(areas, sample_store):
    """A series ranked from claims must be one the view has: for every claim,
    WHAT gives the observation key the view groups it under."""
    from extractors.store import open_for_reading

    for con in (areas, open_for_reading(sample_store)):
        mine = con.execute(f"""
            SELECT DISTINCT x.area, {queries.WHAT} AS what, x.measure, x.unit, x.period, x.target, x.basis
            FROM quantities x WHERE x.area IS NOT NULL AND x.period IS NOT NULL""").fetchall()
        view = con.execute(
            "SELECT area, what, measure, unit, period, target, basis FROM observations").fetchall()
        assert sorted(mine, key=str) == sorted(view, key=str)
        assert len(view) > 10


def test_topic_mix_and_claims_by(known):
    mix = queries.topic_mix(known, Filters())
    assert mix.to_dict("list") == {
        "topic": ["金融", "政务服务", "教育"], "articles": [1, 1, 1], "claims": [3, 2, 2]}
    by_department = queries.claims_by(known, Filters(), "department")
    assert by_department.to_dict("list") == {
        "name": ["区行政审批服务局", "区金融局", "区教育和体育局"], "claims": [5, 3, 2]}
    by_topic = queries.claims_by(known, Filters(unit_kinds=("money",)), "topic")
    assert by_topic.to_dict("list") == {"name": ["教育", "金融"], "claims": [1, 1]}


AGGREGATE_FILTERS = [
    ("none", Filters()),
    ("department", Filters(departments=("区行政审批服务局",))),
    ("topic_and_date", Filters(topics=("金融", "教育"), date_from=date(2024, 10, 1))),
    ("nothing_matches", Filters(departments=("不存在的局",))),
]


@pytest.mark.parametrize("filters", [pytest.param(c[1], id=c[0]) for c in AGGREGATE_FILTERS])
def test_article_level_counts_equal_counting_the_claims(known, filters):
    """The articles-table shortcut gives what counting the claims gives."""
    forced = dataclasses.replace(filters, unit_kinds=("money", "count"))  # all kinds: same rows
    for dimension in ("topic", "department"):
        fast = queries.claims_by(known, filters, dimension)
        slow = queries.claims_by(known, forced, dimension)
        assert fast.to_dict("list") == slow.to_dict("list"), dimension
    assert queries.claim_count(known, filters) == queries.claim_count(known, forced)
    fast_mix = queries.topic_mix(known, filters)
    slow_mix = queries.topic_mix(known, forced)
    assert fast_mix["claims"].tolist() == slow_mix["claims"].tolist()


def test_article_and_its_marks(known):
    article = queries.article(known, "art-安全测试", "known.txt")
    assert article is not None and article["text"].startswith("<script>")
    claims = queries.article_claims(known, "art-安全测试", "known.txt")
    text = article["text"]
    start = int(article["start"])
    assert [text[s - start:e - start] for s, e in zip(claims["start"], claims["end"], strict=True)] == [
        "12所", "近万亿元"]
    dates = queries.article_dates(known, "art-安全测试", "known.txt")
    assert list(dates["text"]) == ["11月20日", "今年"]
    assert queries.article(known, "no-such-id", "known.txt") is None
    assert queries.article(known, "art-安全测试", "other.txt") is None


def test_articles_of_sources(known):
    frame = queries.articles_of_sources(known, ["known.txt"])
    assert len(frame) == 3
    assert queries.articles_of_sources(known, ["other.txt"]).empty


QUERIES_ON_EMPTY = [
    ("claims", (Filters(),)), ("events", (Filters(),)), ("articles", (Filters(),)),
    ("headline_series", (Filters(),)), ("topic_mix", (Filters(),)),
    ("claims_by", (Filters(), "topic")), ("indicator_choices", (Filters(),)),
    ("indicator_coverage", (Filters(), "x")), ("series_statements", (Filters(), (GDP_QINGDAO,))),
    ("article_claims", ("x", "x.txt")), ("article_dates", ("x", "x.txt")), ("articles_of_sources", (["x"],)),
]


@pytest.mark.parametrize("name, args", [pytest.param(*c, id=c[0]) for c in QUERIES_ON_EMPTY])
def test_queries_on_an_empty_store_return_empty_frames(empty, name, args):
    assert getattr(queries, name)(empty, *args).empty


def test_summaries_on_an_empty_store(empty):
    assert queries.totals(empty, Filters(keyword="x")) == {
        "articles": 0, "claims": 0, "events": 0, "departments": 0}
    options = queries.filter_options(empty)
    assert options.departments == () and options.date_min is None
    assert queries.undated_events(empty, Filters()) == 0
    assert queries.article(empty, "x", "x.txt") is None
    assert queries.article_count(empty, Filters()) == 0
    assert queries.undated_left_out(empty, Filters(date_from=date(2024, 1, 1))) == (0, 0)
    assert options.areas == ()


# --------------------------------------------------------------------------- the wide store
# 39 articles from 2008-03-15 to 2025-09-15; one undated (社区服务中心完成改造, 2 claims,
# topic 民生社保), one dated from its file name (农村公路养护提质, 2023-06-01).


def test_filter_options_span_every_date_and_count_the_undated(wide):
    options = queries.filter_options(wide)
    assert (options.date_min, options.date_max) == (date(2008, 3, 15), date(2025, 9, 15))
    assert options.undated_articles == 1


def test_undated_selects_the_records_of_undated_articles_in_place_of_a_range(wide):
    for filters in (Filters(undated=True), Filters(undated=True, date_from=date(2020, 1, 1))):
        assert list(queries.articles(wide, filters)["title"]) == ["社区服务中心完成改造"]
        assert sorted(queries.claims(wide, filters)["subject"]) == ["服务中心", "服务人次"]
        totals = queries.totals(wide, filters)
        assert (totals["articles"], totals["claims"]) == (1, 2)
    # Other filters still apply.
    assert queries.totals(wide, Filters(undated=True, topics=("交通",)))["articles"] == 0


def test_a_date_range_counts_the_undated_records_it_leaves_out(wide):
    moved = Filters(date_to=date(2025, 9, 14))
    assert queries.totals(wide, moved)["articles"] == 37
    assert queries.undated_left_out(wide, moved) == (1, 2)
    assert queries.undated_left_out(wide, Filters()) == (0, 0)  # no range, nothing left out
    assert queries.undated_left_out(wide, Filters(undated=True)) == (0, 0)
    # Under a topic the undated article lacks, the range leaves nothing of it out.
    assert queries.undated_left_out(wide, Filters(date_to=date(2025, 9, 14),
                                                  topics=("经济运行",))) == (0, 0)


def test_downloads_read_whole_tables(wide):
    total = wide.execute("SELECT count(*) FROM quantities").fetchone()[0]
    assert total > 500
    assert len(queries.claims(wide, Filters(), 500)) == 500
    assert len(queries.claims(wide, Filters(), None)) == total
    assert len(queries.articles(wide, Filters(), 10)) == 10
    assert len(queries.articles(wide, Filters(), None)) == 39
    assert len(queries.events(wide, Filters(), None)) == len(queries.events(wide, Filters(), 10**6))


def test_claims_and_articles_say_where_their_date_came_from(wide):
    claims = queries.claims(wide, Filters(keyword="农村公路"))
    assert list(claims["date_source"]) == ["filename"]
    assert {"source", "start", "article_id"} <= set(claims.columns)
    articles = queries.articles(wide, Filters(keyword="农村公路养护"))
    assert list(articles["date_source"]) == ["filename"]




# ---------------------------------------------------------------- the 地区 filter
# The areas store (tests/dashboard/stores.py): 合肥市 (安徽省) on two pages, 青岛市
# (山东省) on three, its district 崂山区 on two; 17 claims in all.

SHANDONG, QINGDAO = AreaNode("山东省"), AreaNode("山东省", "青岛市")
HEFEI, LAOSHAN = AreaNode("安徽省", "合肥市"), AreaNode("山东省", "青岛市", "崂山区")

AREA_FILTERS = [
    ("province_takes_its_cities_and_districts", (SHANDONG,), {"青岛市": 5, "崂山区": 5}),
    ("city_takes_its_districts", (QINGDAO,), {"青岛市": 5, "崂山区": 5}),
    ("a_district_alone", (LAOSHAN,), {"崂山区": 5}),
    ("two_places_to_compare", (HEFEI, LAOSHAN), {"合肥市": 7, "崂山区": 5}),
    ("no_place_known", (AreaNode(),), {}),
    ("a_namesake_elsewhere_is_another_place", (AreaNode("安徽省", "青岛市"),), {}),
]


@pytest.mark.parametrize("nodes, claims", [pytest.param(*c[1:], id=c[0]) for c in AREA_FILTERS])
def test_claims_under_the_area_filter(areas, nodes, claims):
    filters = Filters(areas=nodes)
    frame = queries.claims(areas, filters)
    found = areas.execute(f"""
        SELECT x.area, count(*) FROM quantities x WHERE {queries.where(filters, "quantities")[0]}
        GROUP BY ALL""", queries.where(filters, "quantities")[1]).fetchall()
    assert dict(found) == claims
    assert len(frame) == queries.claim_count(areas, filters) == sum(claims.values())
    assert queries.totals(areas, filters)["claims"] == sum(claims.values())


def test_articles_and_events_under_the_area_filter(areas):
    """An article is in when its own place is, or when it states a figure about
    a place that is (青岛市's pages say nothing of 崂山区 here)."""
    titles = set(queries.articles(areas, Filters(areas=(LAOSHAN,)))["title"])
    assert titles == {"崂山区经济运行", "崂山区2024年经济运行"}
    assert len(queries.articles(areas, Filters(areas=(QINGDAO,)))) == 5
    assert len(queries.articles(areas, Filters(areas=(HEFEI,)))) == 2
    events = queries.events(areas, Filters(areas=(HEFEI,)))
    assert set(events["article_id"]) == set(queries.articles(areas, Filters(areas=(HEFEI,)))["id"])
    assert queries.totals(areas, Filters(areas=(HEFEI,)))["articles"] == 2


def test_the_area_tree_of_a_store(areas):
    options = queries.filter_options(areas)
    assert [n.parts for n in options.areas] == [
        ("安徽省",), ("安徽省", "合肥市"), ("山东省",), ("山东省", "青岛市"), ("山东省", "青岛市", "崂山区")]
    assert [n.level for n in options.areas] == ["province", "city", "province", "city", "area"]


def test_area_names_never_go_into_sql():
    hostile = Filters(areas=(AreaNode("x' OR 1=1 --", "$area_0_p", "'; DROP TABLE quantities; --"),))
    for table in ("quantities", "events", "articles"):
        sql, params = queries.where(hostile, table)
        assert "'" not in sql and "DROP" not in sql and "1=1" not in sql
        assert params["area_0_a"] == "'; DROP TABLE quantities; --"
