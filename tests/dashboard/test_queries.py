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
from dashboard.queries import Filters

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


def test_headline_indicators_window_keeps_what_is_current(known):
    # 年办件量 of 9月9日 lies outside a 30-day window before 11月20日; so does its history.
    frame = queries.headline_indicators(known, Filters(), window_days=40)
    assert list(frame["subject"]) == ["投入", "市值", "年办件量", "金融机构", "学校"]
    assert not frame["tracked"].any()
    undated = queries.headline_indicators(known, Filters(date_to=date(2024, 1, 1)))
    assert undated.empty
    newest = queries.latest_claim_date(known, Filters())
    assert newest == date(2024, 11, 20)
    given = queries.headline_indicators(known, Filters(), window_days=40, until=newest)
    assert given.equals(frame)
    assert queries.latest_claim_date(known, Filters(keyword="没有")) is None


def test_headline_indicators_rank_tracked_then_money_then_size(known):
    frame = queries.headline_indicators(known, Filters(), limit=8)
    assert list(frame["subject"]) == ["年办件量", "投入", "市值", "金融机构", "事项", "学校"]
    top = frame.iloc[0]
    assert (top["value"], top["unit"], top["qualifier"], top["tracked"]) == (30000, "件", "more_than", True)
    assert top["title"] == "金融发展加速度"
    assert queries.headline_indicators(known, Filters(), limit=2).shape[0] == 2


def test_indicator_history_is_the_value_by_date(known):
    frame = queries.indicator_history(known, Filters(), (("年办件量", "件"), ("市值", "元")))
    rows = [(r.subject, str(r.date)[:10], r.value) for r in frame.itertuples()]
    assert rows == [("市值", "2024-10-15", 2.5e11),
                    ("年办件量", "2024-09-09", 20000.0), ("年办件量", "2024-10-15", 30000.0)]
    assert queries.indicator_history(known, Filters(), ()).empty
    latest_only = queries.indicator_history(known, Filters(), (("年办件量", "件"),), last=1)
    assert list(latest_only["value"]) == [30000.0]


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
    assert queries.latest_claim_date(known, filters) == queries.latest_claim_date(known, forced)
    fast_mix = queries.topic_mix(known, filters)
    slow_mix = queries.topic_mix(known, forced)
    assert fast_mix["claims"].tolist() == slow_mix["claims"].tolist()


def test_repeated_subjects_and_series(known):
    repeated = queries.repeated_subjects(known, Filters())
    assert list(zip(repeated["subject"], repeated["unit"], repeated["n"], strict=True)) == [
        ("年办件量", "件", 2)]
    series = queries.subject_series(known, Filters(), "年办件量", "件")
    assert list(series["value"]) == [20000.0, 30000.0]
    assert queries.repeated_subjects(known, Filters(departments=("区金融局",))).empty


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
    ("headline_indicators", (Filters(),)), ("topic_mix", (Filters(),)),
    ("claims_by", (Filters(), "topic")), ("repeated_subjects", (Filters(),)),
    ("subject_series", (Filters(), "x", "个")), ("indicator_history", (Filters(), (("x", "个"),))),
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
    assert queries.latest_claim_date(empty, Filters()) is None
    assert queries.article_count(empty, Filters()) == 0
    assert queries.undated_left_out(empty, Filters(date_from=date(2024, 1, 1))) == (0, 0)


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
