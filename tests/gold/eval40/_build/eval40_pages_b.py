"""Annotations of pages 06-10 (西宁经济技术开发区, 双阳区, 辽阳县, 陵水黎族自治县, 延庆区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "工业增加值"
GZ_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"
ALL_INC = "全体居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"

PAGES = {}

# ---------------------------------------------------------------- 06 西宁经济技术开发区 (青海 西宁市), the zone's 1-9月 2017 industrial release (on an aggregator)
XN = "西宁经济技术开发区"
XN_Q3 = "2017-01/2017-09"
XN_END = "2017-09"
PAGES["e40_06_xiningjkq_20171026.txt"] = dict(
    pubdate="2017-10-26",
    pubnote="the copy's date line `26.10.2017  20:01` (day.month.year; kept; xining.baogaosu.com, an aggregator)",
    area=XN, period=XN_Q3,
    items=[
        C("1-9月", "period inside the release's title"),
        D("26.10.2017  20:01", "2017-10-26T20:01", "time", rel=False, note="the copy's date line (day.month.year)"),
        D("1-9月", XN_Q3, "period", note="no year in the text: the date line's 2017"),
        D("截至9月底", XN_END, "month"),
        Q("325户", 325, "户", "西宁经济技术开发区工业企业", "level", per=XN_END),
        Q("197户", 197, "户", "规模以上工业企业", "level", per=XN_END),
        Q("9.4%", 9.4, "%", "规模以上工业企业户数增长", "growth", per=XN_END),
        Q("12.51%", 12.51, "%", "园区工业增加值同比增长", "growth", ind=IND_VA),
        Q("3.87个百分点", 3.87, "百分点", "工业增加值增速高出全市", "points", ind=IND_VA),
        Q("15.43%", 15.43, "%", "东川工业园区工业增加值增长", "growth", ind=IND_VA, area="东川工业园区"),
        Q("16.49%", 16.49, "%", "生物产业园区工业增加值增长", "growth", ind=IND_VA, area="生物产业园区"),
        Q("0.60%", 0.60, "%", "甘河工业园区工业增加值增长", "growth", ind=IND_VA, area="甘河工业园区"),
        Q("23.19%", 23.19, "%", "南川工业园工业增加值增长", "growth", ind=IND_VA, area="南川工业园"),
        D("1-9月", XN_Q3, "period"),
        Q("97.51%", 97.51, "%", "产销率", "share"),
        D("同期", "2016-01/2016-09", "period", note="高于同期: the same months of the year before"),
        Q("1.17个百分点", 1.17, "百分点", "产销率高于上年同期", "points"),
        Q("1184.19亿元", num("1184.19亿"), "元", "园区工业企业资产总计", "level", per=XN_END),
        Q("2.1%", 2.1, "%", "资产总计同比增长", "growth", per=XN_END),
        Q("612.89亿元", num("612.89亿"), "元", "主营业务收入", "level"),
        Q("14.8%", 14.8, "%", "主营业务收入增长", "growth"),
        Q("568.92亿元", num("568.92亿"), "元", "主营业务成本", "level"),
        Q("14.2%", 14.2, "%", "主营业务成本增长", "growth"),
        Q("0.54亿元", num("0.54亿"), "元", "园区工业企业利润", "level"),
    ],
)

# ---------------------------------------------------------------- 07 双阳区 (吉林 长春市), the district's reply to a deputy's proposal (区人大六届二次会议第32号建议)
SY = "双阳区"
SY_NOW = "2023-08-15"
PAGES["e40_07_shuangyang_20230815.txt"] = dict(
    pubdate=SY_NOW,
    pubnote="the page's date line `发布时间:2023-08-15 13:46` (kept; www.shuangyang.gov.cn, 长春市双阳区人民政府's site); the copy of the letter is cut before its own date",
    area=SY, period=SY_NOW,
    items=[
        O("六届", "congress term"),
        O("二次", "session"),
        O("第32号", "proposal number"),
        D("2023-08-15 13:46", "2023-08-15T13:46", "time", rel=False, note="the page's date line (发布时间)"),
        O("六届", "congress term"),
        O("二次", "session"),
        C("一处", "numeral inside the proposal's title (《关于修建一处大型公园的建议》)"),
        D("目前", SY_NOW, "now", note="the page's date (the letter's own date is cut off)"),
        O("二期", "project phase"),
        O("三期", "project phase"),
        Q("五大部分", 5, "部分", "如意湖片区基础设施开发工程的组成部分", "level", borderline=True,
          note="a count of the five parts just listed, not an indicator"),
        C("三河湾", "place name with a numeral"),
        D("目前", SY_NOW, "now", note="the page's date"),
        Q("11万立方米", num("11万"), "立方米", "东桥至北桥段河道清淤挖土", "level"),
        O("一期", "project phase"),
        Q("25万平方米", num("25万"), "平方米", "湖体累计完成挖土", "level", note="累计 to the reply's date; the unit as written"),
        Q("两处", 2, "处", "完成施工的临时用电现场", "level", borderline=True),
        D("近期", None, "vague", note="added after the first sight: missed in the annotation (a vague date, as earlier sets' 近期)"),
        D("目前", SY_NOW, "now", note="the page's date"),
        Q("597米", 597, "米", "水利护岸(右岸)可实施段", "level"),
        D("目前", SY_NOW, "now", note="the page's date"),
        Q("573米", 573, "米", "完成挡墙浇筑", "level"),
        O("一方面", "list marker"),
        O("另一方面", "list marker"),
    ],
)

# ---------------------------------------------------------------- 08 辽阳县 (辽宁 辽阳市), the county's 2020 work report (opening, 2019 review), delivered 2019-12-26
LY = "辽阳县"
LY_DAY = "2019-12-26"
LY_EST = ("预计 for a year not yet over (the report was delivered 2019-12-26, `即将过去的2019年`): "
          "an estimate of the period's outcome, read as target (as eval26's 木镇镇 and eval38's 林周县)")
PAGES["e40_08_liaoyang_20191226.txt"] = dict(
    pubdate=LY_DAY,
    pubnote="the report's delivery date in its subtitle (——2019年12月26日在…会议上); the repost on mp.123yiche.com gives no posting date",
    area=LY, period="2019",
    items=[
        C("2020年", "year inside the report's title"),
        D("2019年12月26日", LY_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十六届", "congress term"),
        O("第三次", "session"),
        D("现在", LY_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("一、", "list marker"),
        D("2019年", "2019", "year", rel=False),
        D("2019年", "2019", "year", rel=False, note="即将过去的2019年"),
        D("一年来", "2019", "year", note="in a work report 一年来 is the reporting year"),
        D("全年", "2019", "year"),
        Q("127亿元", num("127亿"), "元", "全年地区生产总值", "level", ind=GDP, target=True, note=LY_EST),
        Q("7 %", 7, "%", "地区生产总值同比增长", "growth", ind=GDP, target=True, note=LY_EST),
        Q("34.2亿元", num("34.2亿"), "元", "固定资产投资", "level", ind=FAI, target=True, note=LY_EST),
        Q("50%", 50, "%", "固定资产投资增长", "growth", ind=FAI, target=True, note=LY_EST),
        Q("230亿元", num("230亿"), "元", "规上工业产值", "level", ind=GZ_OUT, target=True, note=LY_EST),
        Q("10%", 10, "%", "规上工业产值增长", "growth", ind=GZ_OUT, target=True, note=LY_EST),
        Q("13.4亿元", num("13.4亿"), "元", "一般公共预算收入", "level", ind=BUDGET, target=True, note=LY_EST),
        Q("17%", 17, "%", "一般公共预算收入增长", "growth", ind=BUDGET, target=True, note=LY_EST),
        Q("16745元", 16745, "元", "农村居民人均可支配收入", "level", ind=RURAL_INC, target=True, note=LY_EST),
        Q("7.2%", 7.2, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL_INC, target=True, note=LY_EST),
        D("一年来", "2019", "year", note="in a work report 一年来 is the reporting year"),
        Q("一次", 1, "次", "每周召开项目调度会", "level", borderline=True, note="a frequency (每周召开一次), not an indicator"),
        Q("22个", 22, "个", "亿元以上项目", "level"),
        C("亿元以上", "size class (亿元以上项目)"),
        Q("100%", 100, "%", "亿元以上项目开复工率", "share"),
        Q("24亿元", num("24亿"), "元", "亿元以上项目完成投资", "level"),
        Q("100个", 100, "个", "全省县区", "level", area="辽宁省", borderline=True,
          note="the province's counties and districts (稳居全省100个县区前列), not an indicator of the county"),
        Q("14天", 14, "天", "项目洽谈引进用时", "level"),
        C("一百岁", "company name (浙江一百岁集团)"),
        Q("50亿元", num("50亿"), "元", "东北亚轻工产业基地项目投资", "level"),
        Q("60天", 60, "天", "项目一期主体厂房封顶用时", "level"),
        O("一期", "project phase"),
        Q("36亿元", num("36亿"), "元", "引进域外资金", "level"),
        Q("69.6%", 69.6, "%", "引进域外资金同比增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 09 陵水黎族自治县 (海南), 海南日报 (本报椰林4月25日电) on the county's 2019 investment plan
LSX = "陵水黎族自治县"
LSX_DAY = "2019-04-25"
LSX_Q1 = "2019-01/2019-03"
PLAN = "计划投资 for 2019, a year not over at the dateline: a plan"
PAGES["e40_09_lingshui_20190426.txt"] = dict(
    pubdate="2019-04-26",
    pubnote="the date line `来源:海南日报 2019-04-26 07:37` (kept; www.zgzxcmw.com, 大琼网, reposting 海南日报); the dateline is 4月25日",
    area=LSX, period="2019",
    items=[
        D("今年", "2019", "year", note="headline; the year from the page's date"),
        Q("120.7亿元", num("120.7亿"), "元", "拟完成项目投资", "level", target=True, note="拟完成: the year's plan; in the headline"),
        D("2019-04-26 07:37", "2019-04-26T07:37", "time", rel=False, note="the page's date line"),
        D("4月25日", LSX_DAY, "day", note="the dateline (本报椰林4月25日电): the article's today"),
        D("近日", None, "vague"),
        D("2019年", "2019", "year", rel=False),
        Q("9个", 9, "个", "列入省重点项目的项目", "level"),
        D("全年", "2019", "year"),
        Q("93亿元", num("93亿"), "元", "省重点项目全年计划投资", "level", target=True, note=PLAN),
        Q("185个", 185, "个", "安排政府投资项目", "level", target=True, note="安排: the year's planned projects"),
        Q("27.7亿元", num("27.7亿"), "元", "政府投资项目年度计划投资", "level", target=True, note=PLAN),
        Q("120.7亿元", num("120.7亿"), "元", "项目计划投资总计", "level", target=True, note=PLAN),
        D("今年", "2019", "year"),
        Q("3个", 3, "个", "污水处理设施工程涉及的乡镇", "level", borderline=True),
        D("往年", None, "vague", note="added after the first sight: missed in the annotation (a vague date, as heldout's 往年)"),
        D("今年", "2019", "year"),
        Q("9个", 9, "个", "省重点项目", "level"),
        Q("7个", 7, "个", "涉及生态环保领域的省重点项目", "level"),
        D("今年", "2019", "year"),
        Q("两大部分", 2, "部分", "南平医疗养生产业园项目建设内容", "level", borderline=True,
          note="a count of the two parts just named, not an indicator"),
        D("目前", LSX_DAY, "now", note="the dateline's day"),
        D("2019年", "2019", "year", rel=False),
        Q("185个", 185, "个", "安排政府投资项目", "level", target=True, note="安排: the year's planned projects"),
        Q("114个", 114, "个", "新开工项目", "level", target=True, note="part of the year's planned projects"),
        Q("71个", 71, "个", "续建项目", "level", target=True, note="part of the year's planned projects"),
        Q("179.1亿元", num("179.1亿"), "元", "政府投资项目总投资", "level", note="the projects' total cost, not the year's plan"),
        Q("27.7亿元", num("27.7亿"), "元", "政府投资项目年度计划投资", "level", target=True, note=PLAN),
        D("截至3月", "2019-03", "month"),
        Q("4.3亿元", num("4.3亿"), "元", "政府投资项目完成投资", "level", per=LSX_Q1,
          note="截至3月: the running total of the year to the end of March"),
        D("今年", "2019", "year"),
    ],
)

# ---------------------------------------------------------------- 10 延庆区 (北京), the district's 2023 work report (opening, 2022 review), delivered 2022-12-21
YQ = "延庆区"
YQ_DAY = "2022-12-21"
YQ_EST = ("预计 for a year not yet over (the report was delivered 2022-12-21): an estimate of the period's outcome, "
          "read as target (as eval26's 木镇镇 and eval38's 林周县)")
PAGES["e40_10_yanqing_20221221.txt"] = dict(
    pubdate=YQ_DAY,
    pubnote="the report's delivery date in its subtitle (——2022年12月21日在…会议上); the copy (nextlevelartsconsulting.com) gives no posting date",
    area=YQ, period="2022",
    items=[
        D("2022年12月21日", YQ_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第三届", "congress term"),
        O("第三次", "session"),
        D("现在", YQ_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("第一部分", "part number"),
        D("2022年", "2022", "year", rel=False),
        D("2022年", "2022", "year", rel=False),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        O("十九大", "party congress"),
        O("十九届", "party central committee term (十九届历次全会)"),
        O("二十大", "party congress"),
        O("第十三次", "party congress number (市第十三次党代会)"),
        O("第三次", "party congress number (区第三次党代会)"),
        D("三年以来", "2020/2022", "period", note="the three years of the epidemic up to the report"),
        O("二十大", "party congress"),
        Q("超120亿元", num("120亿"), "元", "全口径税费收入", "level", q="more_than"),
        Q("超1万家", num("1万"), "家", "新增企业", "level", q="more_than"),
        D("今年", "2022", "year"),
        Q("213亿元", num("213亿"), "元", "全区地区生产总值", "level", ind=GDP, target=True, note=YQ_EST),
        Q("4%", 4, "%", "地区生产总值按不变价计算增长", "growth", ind=GDP, target=True, note=YQ_EST),
        Q("100亿元", num("100亿"), "元", "固定资产投资", "level", ind=FAI, target=True, note=YQ_EST),
        Q("1.5%", 1.5, "%", "固定资产投资同比增长", "growth", ind=FAI, target=True, note=YQ_EST),
        Q("70亿元", num("70亿"), "元", "建安投资", "level", target=True, note=YQ_EST),
        Q("214亿元", num("214亿"), "元", "市场总消费", "level", target=True, note=YQ_EST),
        Q("2%", 2, "%", "市场总消费同比增长", "growth", target=True, note=YQ_EST),
        Q("43.1亿元", num("43.1亿"), "元", "地方级一般公共预算收入", "level", target=True,
          note="地方级 (with the city's share), not the district's own 区级 revenue that follows; " + YQ_EST),
        Q("5.5%", 5.5, "%", "地方级一般公共预算收入同口径增长", "growth", target=True, note=YQ_EST),
        Q("24.3亿元", num("24.3亿"), "元", "区级一般公共预算收入", "level", ind=BUDGET, target=True, note=YQ_EST),
        Q("8.8%", 8.8, "%", "区级一般公共预算收入同口径增长", "growth", ind=BUDGET, target=True, note=YQ_EST),
        D("近年", None, "vague", note="added after the first sight: missed in the annotation (a vague date, as eval36's 近年来 新高)"),
        Q("41754元", 41754, "元", "全区居民人均可支配收入", "level", ind=ALL_INC, target=True, note=YQ_EST),
        Q("4%", 4, "%", "农民人均可支配收入同比增长", "growth", ind=RURAL_INC, target=True, note=YQ_EST),
        Q("271项", 271, "项", "区政府折子工程", "level"),
        Q("31项", 31, "项", "民生实事", "level"),
        O("一、", "list marker"),
    ],
)
