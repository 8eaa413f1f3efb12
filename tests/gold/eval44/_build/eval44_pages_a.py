"""Annotations of pages 01-04 (昌都市, 林芝市, 文昌市, 锡林浩特市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
PRIMARY = "第一产业增加值"
THIRD = "第三产业增加值"
STRUCT = "三次产业结构"
VISITORS = "接待游客"
TOURISM = "旅游总收入"

PAGES = {}

# ---------------------------------------------------------------- 01 昌都市 (西藏), 昌都报 on the city's 十四五 industry and IT years
CD = "昌都市"
CD_DAY = "2026-02-10"
FIVE = "2021/2025"
EST = "预计 for 2025, a year ended when the story ran: an early estimate, not a target"
PAGES["e44_01_changdu_20260210.txt"] = dict(
    pubdate=CD_DAY,
    pubnote="the story's line `来源:昌都报 2026-02-10` (kept) and the address's 2026-02/10 (www.cdbao.cn, 昌都报)",
    area=CD, period="2025",
    items=[
        C("十四五", "fixed term (headline)"),
        D("2026-02-10", CD_DAY, "day", rel=False, note="the story's source line"),
        C("十四五", "fixed term"),
        D("过去五年", FIVE, "period", note="the five 十四五 years, 2021-2025"),
        O("第二", "rank (稳居全区第二)"),
        D("如今", CD_DAY, "now"),
        C("十五五", "fixed term"),
        C("十四五", "fixed term (“十四五”期间)"),
        D("2025年", "2025", "year", rel=False),
        Q("151.06亿元", num("151.06亿"), "元", "规上工业总产值", "level", ind=IND_OUT, note=EST),
        Q("6.4%", 6.4, "%", "规上工业总产值同比增长", "growth", ind=IND_OUT),
        D("2020年", "2020", "year", rel=False),
        Q("6倍", 6, "倍", "规上工业总产值是2020年的倍数", "multiple", ind=IND_OUT),
        Q("90亿元", num("90亿"), "元", "规上工业增加值", "level", ind=IND_VA),
        D("2020年", "2020", "year", rel=False),
        Q("8.5倍", 8.5, "倍", "规上工业增加值较2020年增长", "multiple", ind=IND_VA,
          note="增长X倍 against 2020's level: the later year's period"),
        Q("三年", 3, "年", "规上工业增加值名列全区第一的年数", "level", per=FIVE, borderline=True,
          note="three of the five years ranked first"),
        O("第一", "rank (名列全区第一)"),
        D("五年来", FIVE, "period"),
        Q("50.32亿元", num("50.32亿"), "元", "重点工业项目累计完成投资", "level", per=FIVE),
        Q("4条", 4, "条", "建成新型干法水泥生产线", "level", per=FIVE),
        Q("270万吨", num("270万"), "吨", "熟料产能", "level", per=FIVE,
          note="a capacity reached in the paragraph led by 五年来"),
        D("目前", CD_DAY, "now"),
        Q("19家", 19, "家", "规上工业企业", "level", per=CD_DAY),
        Q("1家", 1, "家", "国家级绿色工厂", "level", per=CD_DAY, note="累计获评, as of 目前"),
        Q("4家", 4, "家", "自治区级绿色工厂", "level", per=CD_DAY),
        Q("4家", 4, "家", "专精特新企业", "level", per=CD_DAY),
        Q("7家", 7, "家", "创新型中小企业", "level", per=CD_DAY),
        Q("8215万元", num("8215万"), "元", "为中小企业争取扶持资金(累计)", "level", per=CD_DAY),
        C("十四五", "fixed term (“十四五”期间)"),
        Q("2000余座", 2000, "座", "新建通信基站", "level", q="more_than", per=FIVE),
        C("5G", "numeral inside a name (5G网络)"),
        Q("93%", 93, "%", "5G网络通达率", "share", per=FIVE, note="the sentence led by “十四五”期间"),
        Q("100%", 100, "%", "建制村通信覆盖率", "share", per=FIVE),
        Q("98.85%", 98.85, "%", "光纤通达率", "share", per=FIVE),
        C("5G", "numeral inside a name (5G基站)"),
        Q("51.6个", 51.6, "个", "每万人5G基站拥有量", "level", per=CD_DAY,
          note="a rate per 万人 (the 万人 is the rate's base, not a count); no time given: the story's date"),
        Q("超42%", 42, "%", "千兆宽带接入用户占比", "share", q="more_than", per=CD_DAY),
    ],
)

# ---------------------------------------------------------------- 02 林芝市 (西藏), 西藏日报's review of the city's 2023
LZ = "林芝市"
LZ_EST = "全年预计 for 2023, a year ended when the story ran (2024-01-03): an early estimate, not a target"
PAGES["e44_02_linzhi_20240103.txt"] = dict(
    pubdate="2024-01-03",
    pubnote="西藏日报's page 1 of 2024-01-03, from the copy's header `西藏日报(汉)/2024 年/1 月/3 日/第 001 版` (kept, page furniture, not annotated); dawenge.com, a document-sharing site",
    area=LZ, period="2023",
    items=[
        C("二〇二三年", "year inside a title (二〇二三年林芝市经济社会发展综述)"),
        D("2023 年", "2023", "year", rel=False, note="刚刚过去的 2023 年"),
        D("全年", "2023", "year"),
        Q("230 亿元", num("230亿"), "元", "地区生产总值", "level", ind=GDP, note=LZ_EST + "; a space inside the stored copy's span"),
        Q("10%", 10, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("140 亿元", num("140亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("17.7%", 17.7, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("10.5 亿元", num("10.5亿"), "元", "规上工业增加值", "level", ind=IND_VA),
        Q("10%", 10, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        Q("47125 元", 47125, "元", "城镇居民人均可支配收入", "level", ind=URBAN_INC),
        Q("25913 元", 25913, "元", "农村居民人均可支配收入", "level", ind=RURAL_INC),
        Q("8.5%", 8.5, "%", "城镇居民人均可支配收入增长", "growth", ind=URBAN_INC),
        Q("11%", 11, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL_INC),
        Q("60.5 亿元", num("60.5亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("16%", 16, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("24%", 24, "%", "用电总量增长", "growth", note="预计 for a year ended: an estimate"),
        Q("130%", 130, "%", "民航客运量增长", "growth"),
        Q("47%", 47, "%", "民航货邮吞吐量增长", "growth"),
        Q("103.4%", 103.4, "%", "公路客运周转量增长", "growth"),
        Q("26.4%", 26.4, "%", "公路货运周转量增长", "growth"),
        C("一年", "fixed phrase (一年到头), not a count"),
        D("2023 年", "2023", "year", rel=False),
        C("双十一", "named shopping festival (双十一)"),
        D("近年来", None, "vague"),
        C("两委", "fixed term (村“两委”)"),
        D("不久前", None, "vague"),
        D("2023 年以来", "2023", "period"),
    ],
)

# ---------------------------------------------------------------- 03 文昌市 (海南), the city's reading of its 2020 work report: the 2019 review
WC = "文昌市"
PAGES["e44_03_wenchang_20200514.txt"] = dict(
    pubdate="2020-05-14",
    pubnote="the date line `发布日期:2020-05-14 17:30` (kept; wenchang.hainan.gov.cn, 文昌市人民政府's site, from 侨乡文昌报)",
    area=WC, period="2019",
    items=[
        C("2020年", "year inside a title (2020年文昌市政府工作报告解读)"),
        O("(一)", "part number in the title"),
        D("2020-05-14 17:30", "2020-05-14T17:30", "time", rel=False, note="page metadata line"),
        D("一年来", "2019", "period", note="the review of the year before the 2020 report"),
        O("十九大", "party congress"),
        O("十九届二中、三中、四中全会", "party plenums"),
        C("4·13", "date-named speech (“4·13”重要讲话)"),
        C("12号", "document number (中央12号文件)"),
        O("第七次", "party congress number (省第七次党代会)"),
        O("七届", "party committee term (省委七届历次全会)"),
        O("十五届人大五次", "congress term and session (市十五届人大五次会议)"),
        Q("257.02亿元", num("257.02亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("5.2%", 5.2, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("211.89亿元", num("211.89亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("5.8%", 5.8, "%", "固定资产投资增长", "growth", ind=FAI),
        O("第一", "rank (在东部市县排名第一)"),
        Q("88.12亿元", num("88.12亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("5.8%", 5.8, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("0.5个百分点", 0.5, "百分点", "社零增速高于全省平均", "points", ind=RETAIL),
        Q("35555元", 35555, "元", "城镇常住居民人均可支配收入", "level", ind=URBAN_INC),
        Q("16070元", 16070, "元", "农村常住居民人均可支配收入", "level", ind=RURAL_INC),
        Q("8.3%", 8.3, "%", "城镇常住居民人均可支配收入增长", "growth", ind=URBAN_INC),
        Q("8.4%", 8.4, "%", "农村常住居民人均可支配收入增长", "growth", ind=RURAL_INC),
        Q("0.3", 0.3, "百分点", "城镇居民收入增速高于全省平均", "points", ind=URBAN_INC, inherited=True),
        Q("0.4个百分点", 0.4, "百分点", "农村居民收入增速高于全省平均", "points", ind=RURAL_INC),
        Q("13.87亿元", num("13.87亿"), "元", "地方一般公共预算收入", "level", ind=BUDGET),
        Q("1.2%", 1.2, "%", "地方一般公共预算收入增长", "growth", ind=BUDGET),
        C("三次产业", "fixed term"),
        D("上年", "2018", "year"),
        Q("33.5:21.6:44.9", 33.5, "", "三次产业结构(上年)", "share", ind=STRUCT, per="2018",
          values=[33.5, 21.6, 44.9], note="ratio; value is its first part"),
        Q("34.1:20.5:45.4", 34.1, "", "三次产业结构", "share", ind=STRUCT, values=[34.1, 20.5, 45.4],
          note="ratio; value is its first part"),
        O("第三产业", "industry ordinal"),
        Q("0.5个百分点", 0.5, "百分点", "第三产业比重提高", "points", ind=THIRD),
        O("第三产业", "industry ordinal"),
        Q("5.8%", 5.8, "%", "第三产业增加值增长", "growth", ind=THIRD),
        Q("384.6万人次", num("384.6万"), "人次", "接待游客总数", "level", ind=VISITORS),
        Q("14.3%", 14.3, "%", "接待游客总数增长", "growth", ind=VISITORS),
        Q("19.7亿元", num("19.7亿"), "元", "旅游总收入", "level", ind=TOURISM),
        Q("26.1%", 26.1, "%", "旅游总收入增长", "growth", ind=TOURISM),
        O("第一产业", "industry ordinal"),
        Q("4.9%", 4.9, "%", "第一产业增加值增长", "growth", ind=PRIMARY),
        O("第一", "rank (增速排名全省第一)"),
        Q("31.3%", 31.3, "%", "畜牧业总产值增长", "growth"),
        Q("60.9亿元", num("60.9亿"), "元", "民生支出", "level"),
        Q("83.8%", 83.8, "%", "民生支出占地方一般公共预算支出", "share"),
        Q("9.83亿元", num("9.83亿"), "元", "为民办实事投入", "level"),
        D("年初", "2019-01", "period"),
        Q("17件", 17, "件", "为民办实事事项", "level"),
    ],
)

# ---------------------------------------------------------------- 04 锡林浩特市 (内蒙古 锡林郭勒盟), the city's 2021 plan report (opening)
XL = "锡林浩特市"
TITLE = "year inside the report's title"
PAGES["e44_04_xilinhaote_20220112.txt"] = dict(
    pubdate="2022-01-12",
    pubnote="the page's 公开日期 2022-01-12 18:30:12 and 发布日期 2022-01-12 18:30 (kept; www.xilinhaote.gov.cn, 锡林浩特市人民政府's site); the report was made 2022-01-07",
    area=XL, period="2021",
    items=[
        C("2021年", TITLE), C("2022年", TITLE),
        C("01166760-1/2023-00005", "index number (索引号)"),
        C("2021年", TITLE), C("2022年", TITLE),
        D("2022-01-12 00:00:00", "2022-01-12T00:00", "time", rel=False, note="page metadata line (成文日期)"),
        D("2022-01-12 18:30:12", "2022-01-12T18:30", "time", rel=False, note="page metadata line (公开日期)"),
        C("2021年", TITLE), C("2022年", TITLE),
        D("2022-01-12 18:30", "2022-01-12T18:30", "time", rel=False, note="page metadata line (发布日期)"),
        C("2021年", TITLE), C("2022年", TITLE),
        D("2022年1月7日", "2022-01-07", "day", rel=False),
        O("第十六届", "congress term"),
        O("第一次", "session"),
        O("一、", "section marker"),
        D("2021年", "2021", "year", rel=False, note="the section heading's year"),
        D("2021年", "2021", "year", rel=False),
        O("100周年", "anniversary"),
        C("十四五", "fixed term"),
        O("第一年", "first-of-kind (新征程的第一年)"),
        O("十九大", "party congress"),
        O("十九届", "party committee term (十九届历次全会)"),
        D("2021年前三季度", "2021-01/2021-09", "period", rel=False),
        Q("206.5亿元", num("206.5亿"), "元", "地区生产总值", "level", ind=GDP, per="2021-01/2021-09"),
        Q("7.7%", 7.7, "%", "地区生产总值增长", "growth", ind=GDP, per="2021-01/2021-09"),
    ],
)
