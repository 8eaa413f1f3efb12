"""Annotations of pages 07-08 (贞丰县, 九江市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
BUDGET = "一般公共预算收入"
RETAIL = "社会消费品零售总额"
P1, P2, P3 = "第一产业增加值", "第二产业增加值", "第三产业增加值"
IND = "工业增加值"
GRAIN = "粮食产量"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 07 贞丰县 (贵州 黔西南州), 亮点黔西南's story on the county's 元至7月 2010
ZF = "贞丰县"
ZF_DAY = "2010-08-17"
ZF_P = "2010-01/2010-07"
ZF_PRIOR = "2009-01/2009-07"
ZF_FORECAST = "预计全年 in August 2010, a year not over: a forecast"
PAGES["e45_07_zhenfeng_20100819.txt"] = dict(
    pubdate="2010-08-19",
    pubnote="from the address's 20100819 (ldqxn.com, 亮点黔西南, 黔西南州's news site, 贞丰 column); the story opens `8月17日,笔者从贞丰县统计局获悉` (its day 2010-08-17); the year agrees with 百年不遇的特重旱灾 (the 2010 drought)",
    area=ZF, period=ZF_P,
    items=[
        D("8月17日", ZF_DAY, "day", note="the story's day (笔者获悉); year from the address"),
        D("元至7月", ZF_P, "period", note="元至7月: January to July"),
        Q("4.27亿元", num("4.27亿"), "元", "财政总收入", "level", q="more_than",
          note="突破: more_than"),
        D("上年", "2009", "year", note="the base year of 比上年 (the same months of 2009)"),
        Q("49.77%", 49.77, "%", "财政总收入比上年增长", "growth"),
        Q("1.92亿元", num("1.92亿"), "元", "地方财政收入", "level", ind=BUDGET),
        D("上年", "2009", "year", note="the base year of 比上年"),
        Q("58.71%", 58.71, "%", "地方财政收入比上年增长", "growth", ind=BUDGET),
        D("全年", "2010", "year"),
        Q("7亿元", num("7亿"), "元", "全年财政总收入", "level", per="2010", target=True, note=ZF_FORECAST),
        D("今年以来", "2010", "period"),
        C("百年", "fixed phrase (百年不遇)"),
        C("四大", "named set (四大科学发展战略)"),
        D("元至7月", ZF_P, "period"),
        Q("16.84亿元", num("16.84亿"), "元", "生产总值", "level", ind=GDP),
        D("上年同期", ZF_PRIOR, "period"),
        Q("21.6%", 21.6, "%", "生产总值比上年同期增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("1.23亿元", num("1.23亿"), "元", "第一产业增加值", "level", ind=P1),
        D("上年同期", ZF_PRIOR, "period"),
        Q("0.3%", 0.3, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("11.31亿元", num("11.31亿"), "元", "第二产业增加值", "level", ind=P2),
        D("上年同期", ZF_PRIOR, "period"),
        Q("50.19%", 50.19, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("4.3亿元", num("4.3亿"), "元", "第三产业增加值", "level", ind=P3),
        D("上年同期", ZF_PRIOR, "period"),
        Q("18.12%", 18.12, "%", "第三产业增加值增长", "growth", ind=P3),
        C("五大", "numeric slogan (五大亮点)"),
        D("截至7月底", "2010-07", "period", note="a flow summed to the end of July: the figures take 元至7月"),
        Q("21.78亿元", num("21.78亿"), "元", "工业总产值", "level",
          note="all industry, not the catalogue's 规模以上 figure"),
        D("上年同期", ZF_PRIOR, "period"),
        Q("42.9%", 42.9, "%", "工业总产值比上年同期增长", "growth"),
        Q("9.29亿元", num("9.29亿"), "元", "工业增加值", "level", ind=IND),
        D("上年", "2009", "year", note="the base year of 比上年"),
        Q("52.3%", 52.3, "%", "工业增加值比上年增长", "growth", ind=IND),
        D("7月份", "2010-07", "month"),
        Q("4.22亿元", num("4.22亿"), "元", "7月份工业总产值", "level", per="2010-07"),
        Q("1.69亿元", num("1.69亿"), "元", "7月份工业增加值", "level", ind=IND, per="2010-07"),
        Q("4463公斤", 4463, "公斤", "黄金产量", "level",
          note="a sentence with no time in the paragraph led by 截至7月底: 元至7月"),
        Q("2.6%", 2.6, "%", "黄金产量增长", "growth"),
        Q("110万吨", num("110万"), "吨", "原煤产量", "level"),
        Q("22%", 22, "%", "原煤产量增长", "growth"),
        Q("13.56亿度", num("13.56亿"), "度", "发电量", "level"),
        Q("8.6倍", 8.6, "倍", "发电量增加倍数", "multiple", note="增加8.6倍"),
        Q("87.8%", 87.8, "%", "夏季粮油减产", "growth", change=DOWN, per="2010",
          note="the summer harvest of 2010 (the story's year)"),
        D("今年", "2010", "year", note="今年的大季作物种植"),
        C("两不误", "numeric slogan (“两不误、双促进”)"),
        C("双促进", "numeric slogan"),
        Q("1000亩", 1000, "亩", "水稻覆膜栽培新技术实施面积", "level", per="2010"),
        D("去年", "2009", "year"),
        Q("1万亩", num("1万"), "亩", "玉米地膜覆盖", "level", per="2010"),
        Q("160万元", num("160万"), "元", "玉米增施钾肥投资", "level", per="2010"),
        Q("10万亩", num("10万"), "亩", "增施钾肥的玉米", "level", per="2010"),
        D("全年", "2010", "year"),
        Q("11.23万吨", num("11.23万"), "吨", "全年粮食总量", "level", ind=GRAIN, per="2010", target=True,
          note=ZF_FORECAST),
        D("截至7月底", "2010-07", "period"),
        Q("31385万元", num("31385万"), "元", "社会消费零售总额", "level", ind=RETAIL),
        D("上年", "2009", "year", note="the base year of 比上年"),
        Q("9.6%", 9.6, "%", "社会消费零售总额比上年增长", "growth", ind=RETAIL),
    ],
)

# ---------------------------------------------------------------- 08 九江市 (江西), the city's table of 2025 民生实事 projects as of 5月31日
JJ = "九江市"
JJ_ASOF = "2025-05-31"
CS, LX, XY = "柴桑区", "濂溪区", "浔阳区"
PAGES["e45_08_jiujiang_20250627.txt"] = dict(
    pubdate="2025-06-27",
    pubnote="the date line `发布日期: 2025-06-27 10:22` (kept) and the address's 20250627 (www.jiujiang.gov.cn, 九江市人民政府's site, from 中国九江网); the table is as of 截至5月31日",
    area=JJ, period=JJ_ASOF,
    items=[
        C("2025年", "year inside a title (2025年市人大代表票决民生实事项目进展情况表)"),
        D("截至5月31日", JJ_ASOF, "day", note="the title's as-of day; it governs the table"),
        D("2025-06-27 10:22", "2025-06-27T10:22", "time", rel=False, note="page metadata line"),
        C("2025年", "year inside a title (the title repeated)"),
        D("截至5月31日", JJ_ASOF, "day"),
        Q("十大类", 10, "类", "民生实事项目类别", "level",
          note="the table's scope (共十大类), as of its day"),
        Q("25个", 25, "个", "民生实事子项目", "level"),
        O("1", "list marker (序号 column)"),
        O("①", "list marker"),
        C("九一六", "name with numerals (九一六社区)"),
        Q("约15万平方米", num("15万"), "平方米", "柴桑区九一六社区完整社区建设面积", "level", q="approx", area=CS),
        O("②", "list marker"),
        Q("约17.36万平方米", num("17.36万"), "平方米", "濂溪区赣北商城完整社区改造面积", "level", q="approx", area=LX),
        D("2025年3月", "2025-03", "month", rel=False, note="开工时间 cell"),
        D("2025年12月", "2025-12", "month", rel=False, note="竣工时间 cell"),
        Q("23000", num("23000万"), "元", "中心城区完整社区建设项目总投资", "level", implied=True,
          note="a table cell under 总投资(万元): 万元 from the header"),
        O("①", "list marker"),
        C("九一六", "name with numerals (九一六社区)"),
        D("4月初", "2025-04", "period", note="the start of April 2025"),
        O("②", "list marker"),
        D("2024年6月", "2024-06", "month", rel=False),
        D("目前", JJ_ASOF, "now", note="in a table as of 截至5月31日"),
        O("2", "list marker (序号 column)"),
        O("①", "list marker"),
        Q("190米", 190, "米", "浔阳区武装部南侧道路全长", "level", area=XY),
        Q("12米", 12, "米", "浔阳区武装部南侧道路宽度", "level", area=XY),
        O("②", "list marker"),
        Q("286米", 286, "米", "站前路延伸段立交工程道路全长", "level"),
        Q("30米", 30, "米", "站前路延伸段立交工程桥梁宽度", "level"),
        C("2-32米", "a bridge's span scheme (2-32米桥跨方案: two spans of 32 m)"),
        Q("75米", 75, "米", "站前路延伸段立交工程桥长", "level"),
        D("2024年7月", "2024-07", "month", rel=False, note="开工时间 cell"),
        D("2025年12月", "2025-12", "month", rel=False, note="竣工时间 cell"),
        Q("7300", num("7300万"), "元", "打通断头路项目总投资", "level", implied=True,
          note="a table cell under 总投资(万元)"),
        O("①", "list marker"),
        D("5月31日", JJ_ASOF, "day"),
        O("②", "list marker"),
        D("2024年11月", "2024-11", "month", rel=False),
        D("目前", JJ_ASOF, "now", note="in a table as of 截至5月31日"),
    ],
)
