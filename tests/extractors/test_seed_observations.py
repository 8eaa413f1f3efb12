"""Figures of the sample corpus (seeds/) that the default app draws on 指标走势.

Issue 12 asks the default store to show one indicator over several years and
between areas; the chart it opens on is 地区生产总值 (数值, 年度) of 青岛市,
青岛西海岸新区, 崂山区 and 山东省 (tests/e2e/test_default_store_browser.py). Each
case is an opening excerpt of one seed document, quoted as published (whole
lines, the last one cut at a sentence's end), with its issue date from
seeds/pubdates.csv: these tests keep their own text and never read seeds/.
Each case is a point on that chart.
"""

from __future__ import annotations

import pytest

from extractors import extract

# seeds/002_qingdao_xinwen_20140220.txt: news of 青岛市's work report, which reviews 2013.
REVIEW_OF_2013 = (
    "大众网青岛2月19日讯\n"
    "(记者 安玉生 刘岳超 刘宇昕)今天上午,青岛市第十五届人民代表大会第三次会议在青岛人民"
    "会堂开幕。市人大代表汇聚一堂、共绘青岛发展蓝图。省委常委、青岛市委书记李群出席会议,市委"
    "副书记、市长张新起作政府工作报告,市人大常委会主任王文华主持会议。\n"
    "张新起在回顾2013年的工作中指出:2013年是全面贯彻党的十八大精神的第一年。在中共青"
    "岛市委的领导下,我们团结依靠全市人民,开拓奋进,积极作为,努力寻标对标达标夺标创标,在率"
    "先科学发展、实现蓝色跨越,加快建设宜居幸福现代化国际城市的进程中迈出坚实步伐。全市生产总"
    "值实现8006.6亿元,增长10%;公共财政预算收入增长17.7%;固定资产投资增长21"
    ".1%;社会消费品零售总额增长13.3%;城市居民人均可支配收入、农民人均纯收入分别增长"
    "9.6%、12.4%;城镇登记失业率2.98%;居民消费价格上涨2.5%;人口自然增长率"
    "1.64‰;完成了节能减排各项任务。")

# seeds/016_qingdao_xinwen_20230201.txt: its headline and first paragraph.
GDP_TOTAL_2022 = (
    "青岛:“稳”的基础更牢固,“进”的动能更强劲\n"
    "\n"
    "  大众网·海报新闻 王熠 青岛报道\n"
    "\n"
    "  2022年,山东全省高效统筹疫情防控与经济社会发展,全省GDP总值为87435亿元,"
    "同比增长3.9%;青岛2022年全市生产总值为14920.75亿元,增速为3.9%,与全"
    "省持平,经济“稳”的基础更加牢固,“进”的动能更加强劲。")

# seeds/003_xihaian_baogao_20160301.txt: 黄岛区's work report of February 2016, reviewing 2015.
REVIEW_OF_2015 = (
    "——2016年2月25日在青岛市黄岛区\n"
    "第一届人民代表大会第四次会议上\n"
    "青岛市黄岛区代区长 李奉利\n"
    " \n"
    "各位代表:\n"
    "现在,我代表区人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n"
    "一、2015年和“十二五”时期工作回顾\n"
    "过去一年,是全区上下激情干事的一年。在市委、市政府和区委的领导下,我们团结依靠全区人民,"
    "以承担和落实国家战略为使命,拼搏进取、持续奋战,干出了新区速度,完成地区生产总值2594"
    ".7亿元,可比增长12%,分别高于省市4个和3.9个百分点;实现公共财政预算收入197."
    "7亿元,增长12.8%;完成固定资产投资1714.7亿元,增长15.8%;230个市区重"
    "点产业项目全部开工,开竣工项目数和完成投资额均居全市首位;560个政府投资项目开竣工率达"
    "90%。")

# seeds/022_qingdao_baogao_20260120.txt: 青岛市's work report of January 2026, reviewing 2025.
REVIEW_OF_2025 = (
    "政府工作报告\n"
    "——二〇二六年一月二十日在青岛市第十七届人民代表大会第五次会议上\n"
    "青岛市市长 任刚\n"
    "各位代表:\n"
    "现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。\n"
    "一、2025年及“十四五”时期工作回顾\n"
    "2025年是很不平凡的一年。一年来,我们深入贯彻落实习近平总书记对山东、对青岛工作的重要"
    "指示要求,在省委省政府和市委的坚强领导下,锚定“走在前、挑大梁”,奋力“打头阵、当先锋”"
    ",顶压前行、开拓奋进,稳扎稳打、踏踏实实做好各方面工作,中国式现代化青岛实践迈出新的坚实"
    "步伐。\n"
    "预计全市生产总值突破1.7万亿元;一般公共预算收入达到1340.7亿元,增长0.1%;规"
    "上工业增加值增长7.9%;全体居民人均可支配收入超过6万元;完成节能减排降碳任务。")

# (id, page, pubdate, figure as written, area, period, indicator, measure, target)
CASES = [
    ("a-work-report-reviews-the-year-before", REVIEW_OF_2015, "2016-03-01",
     "2594.7亿元", "青岛西海岸新区", "2015", "地区生产总值", "level", False),
    ("an-estimate-of-the-year-under-review", REVIEW_OF_2025, "2026-01-20",
     "1.7万亿元", "青岛市", "2025", "地区生产总值", "level", False),
    ("a-city-after-its-province-in-one-sentence", GDP_TOTAL_2022, "2023-02-01",
     "14920.75亿元", "青岛市", "2022", "地区生产总值", "level", False),
    # 在回顾2013年的工作中指出 in a story of the congress: its figures are of 2013
    ("a-news-report-of-a-review-gives-its-year", REVIEW_OF_2013, "2014-02-20",
     "8006.6亿元", "青岛市", "2013", "地区生产总值", "level", False),
    ("the-growth-of-that-review", REVIEW_OF_2013, "2014-02-20",
     "10%", "青岛市", "2013", "地区生产总值", "growth", False),
    # 全省GDP总值 is 地区生产总值: 山东省's 2022 point beside 青岛市's
    ("gdp-zongzhi-is-gdp", GDP_TOTAL_2022, "2023-02-01",
     "87435亿元", "山东省", "2022", "地区生产总值", "level", False),
    # 可比增长12% after 完成地区生产总值2594.7亿元: the same indicator's growth
    ("comparable-growth-continues-the-indicator", REVIEW_OF_2015, "2016-03-01",
     "12%", "青岛西海岸新区", "2015", "地区生产总值", "growth", False),
]



@pytest.mark.parametrize(
    ("case", "page", "pubdate", "text", "area", "period", "indicator", "measure", "target"),
    [pytest.param(*c, id=c[0]) for c in CASES])
def test_seed_figure(case: str, page: str, pubdate: str, text: str, area: str, period: str,
                     indicator: str, measure: str, target: bool) -> None:
    found = [q for q in extract(page, pubdate=pubdate, source="seed.txt").quantities
             if q.text.replace("\n", "") == text]
    assert found, f"{case}: {text} not found"
    q = found[0]
    assert (q.area, q.period, q.indicator, q.measure.value, q.target) == (
        area, period, indicator, measure, target)
