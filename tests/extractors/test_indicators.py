"""The indicator catalogue (lexicon/indicators.yaml): aliases and unit kinds."""

from __future__ import annotations

import pytest

from extractors.indicators import catalogue
from extractors.wordlists import load

C = catalogue()

CASES = [
    ("alias", "GDP", "money", "地区生产总值"),
    ("alias-growth", "生产总值", "percent", "地区生产总值"),
    ("longest-alias", "人均地区生产总值", "money", "人均地区生产总值"),
    ("short-form", "规上工业增加值", "percent", "规模以上工业增加值"),
    ("retail", "社零额", "money", "社会消费品零售总额"),
    ("trade", "外贸进出口", "money", "进出口总额"),
    ("count-indicator", "境内外上市公司", "count", "上市公司"),
    ("wrong-unit-kind", "上市公司市值", "money", None),
    ("share-of-a-whole", "第三产业增加值占地区生产总值比重", "percent", "第三产业增加值"),
    ("the-whole-alone", "占地区生产总值比重", "percent", None),
    ("not-a-catalogue-figure", "金融机构", "count", None),
    # a Shanghai district's own share of the budget revenue (闵行区 区级地方收入296.80亿元)
    ("district-level-revenue", "区级地方收入", "money", "一般公共预算收入"),
    ("district-level-fiscal-revenue", "区级地方财政收入", "percent", "一般公共预算收入"),
    ("enterprises-value-added", "全市484家规上工业企业增加值", "percent", "规模以上工业增加值"),
    ("main-business-revenue", "规模以上工业企业实现主营业务收入", "money", "规模以上工业营业收入"),
    ("retail-short-total", "社消零总额", "money", "社会消费品零售总额"),
    # the budget's revenue and spending without 一般 (公共预算收入完成26.8亿元)
    ("public-budget-revenue", "公共预算收入", "money", "一般公共预算收入"),
    ("public-budget-spending", "公共预算支出", "percent", "一般公共预算支出"),
    # a 是…的 in an earlier clause names no whole (eval52); one in the figure's own clause does
    ("part-of-in-an-earlier-clause", "喜人的镜头后是一组硕果累累的数字：2004年中宁县粮食总产量达", "measure", "粮食产量"),
    ("part-of-in-the-same-clause", "是粮食总产量的", "multiple", None),
    # 农村 without 居民, and 进出口贸易总额 (eval54)
    ("rural-income-without-residents", "农村人均可支配收入", "money", "农村居民人均可支配收入"),
    ("trade-total-with-trade", "西藏完成进出口贸易总额", "money", "进出口总额"),
    ("budget-revenue-with-fiscal", "财政一般公共预算收入", "money", "一般公共预算收入"),
    # eval58's names: visitors counted in 人次, a budget's spending with 财政, the main ports' throughput
    ("visitors-in-person-times", "上半年，我区共接待旅游人次", "count", "接待游客"),
    ("public-fiscal-budget-spending", "一般公共财政预算支出", "money", "一般公共预算支出"),
    ("main-ports-throughput", "主要港口货物吞吐量", "measure", "港口货物吞吐量"),
]


@pytest.mark.parametrize(("text", "kind", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find(text: str, kind: str, expected: str | None) -> None:
    assert C.find(text, kind) == expected


def test_catalogue_holds_the_spec_names() -> None:
    """Every name of the observation spec's catalogue is in the data file."""
    spec = ("地区生产总值 人均地区生产总值 第一产业增加值 第二产业增加值 第三产业增加值 三次产业结构 "
            "工业增加值 规模以上工业增加值 规模以上工业总产值 规模以上工业营业收入 高新技术产业产值 "
            "战略性新兴产业产值 固定资产投资 工业投资 房地产开发投资 社会消费品零售总额 进出口总额 "
            "出口总额 进口总额 实际使用外资 一般公共预算收入 税收收入 一般公共预算支出 居民消费价格 "
            "金融机构存款余额 金融机构贷款余额 海洋生产总值 港口货物吞吐量 集装箱吞吐量 旅游总收入 "
            "接待游客 粮食产量 常住人口 户籍人口 城镇新增就业 城镇登记失业率 全体居民人均可支配收入 "
            "城镇居民人均可支配收入 农村居民人均可支配收入 研发经费投入 研发经费投入强度 专利授权量 "
            "发明专利拥有量 高新技术企业 市场主体 上市公司").split()
    assert set(spec) <= set(C.names())


def test_every_alias_names_one_indicator() -> None:
    seen: dict[str, str] = {}
    for name, info in load("indicators")["indicators"].items():
        assert set(info["kinds"]) <= {"money", "count", "percent", "points", "multiple", "ratio", "measure", "index"}
        assert info["nature"] in ("flow", "stock", "rate")
        for alias in (name, *info["aliases"]):
            assert seen.setdefault(alias, name) == name, f"{alias} names {seen[alias]} and {name}"
