"""Annotations of pages 01-04 (梁平区, 中塘镇, 土默特左旗, 剑阁县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND = "工业增加值"
IND_VA = "规模以上工业增加值"
FAI = "固定资产投资"
IND_INV = "工业投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
TAX = "税收收入"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 梁平区 (重庆), the district government's report on the 2022年1-6月 plan, on its own site
LP_DAY = "2022-09-14"
LP = "重庆市梁平区"
LP_H1 = "2022-01/2022-06"
PAGES["e33_01_liangping_20220914.txt"] = dict(
    pubdate=LP_DAY,
    pubnote="[ 发布日期 ] 2022-09-14 in the page's metadata rows (kept; www.cqlp.gov.cn, 发布机构 梁平区人民政府)",
    area=LP, period=LP_H1,
    items=[
        C("11500228008652038C/2022-00037", "index number"),
        D("2022-09-14", LP_DAY, "day", rel=False, note="page metadata row (成文日期)"),
        D("2022-09-14", LP_DAY, "day", rel=False, note="page metadata row (发布日期)"),
        C("2022年1-6月", "year and period inside the report's title"),
        D("20221-6月", LP_H1, "period", rel=False,
          note="as stored: 2022年1-6月 with its 年 lost in the copy"),
        O("一、", "section marker"),
        D("1-6", LP_H1, "period", note="section heading 1-6(月) as stored, 月 lost in the copy"),
        D("今年以来", "2022", "period"),
        O("十九大", "party congress"),
        O("十九届", "party congress term (十九届历次全会)"),
        C("四个", "numeric slogan (四个意识)"),
        C("四个", "numeric slogan (四个自信)"),
        C("两个", "numeric slogan (两个维护)"),
        C("两手抓", "numeric slogan"),
        Q("260.1亿元", num("260.1亿"), "元", "全区地区生产总值", "level", ind=GDP),
        Q("6.1%", 6.1, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("15.6亿元", num("15.6亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("6.9%", 6.9, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("132.5亿元", num("132.5亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("6.3%", 6.3, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("112亿元", num("112亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("5.8%", 5.8, "%", "第三产业增加值增长", "growth", ind=P3),
        Q("87.6亿元", num("87.6亿"), "元", "工业增加值", "level", ind=IND),
        Q("5.5%", 5.5, "%", "工业增加值增长", "growth", ind=IND),
        Q("15.2%", 15.2, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("43.7%", 43.7, "%", "工业投资增长", "growth", ind=IND_INV),
        Q("152.1亿元", num("152.1亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("2.5%", 2.5, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("12.5亿元", num("12.5亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("9.4%", 9.4, "%", "一般公共预算收入下降", "growth", ind=BUDGET, change=DOWN),
        Q("5.5亿元", num("5.5亿"), "元", "税收收入", "level", ind=TAX),
        Q("28.7%", 28.7, "%", "税收收入下降", "growth", ind=TAX, change=DOWN),
        O("十八", "congress term (区人大十八(届)1次会议, as stored)"),
        O("1次会议", "session number"),
        Q("38项", 38, "项", "区人大批准的计划目标", "level", per="2022", borderline=True,
          note="the count of the year's plan targets, the text's own list"),
        Q("14项", 14, "项", "属年度统计指标或尚无统计数据的计划目标", "level", borderline=True),
        Q("10项", 10, "项", "没达到预期的指标", "level", borderline=True),
        Q("14项", 14, "项", "进展好于或达到预期的指标", "level", borderline=True),
        D("年初", "2022-01", "period"),
        D("上半年", LP_H1, "period"),
    ],
)

# ---------------------------------------------------------------- 02 中塘镇 (天津市滨海新区), the district's interview with the town's party secretary
ZT_DAY = "2026-01-22"
ZT = "中塘镇"
PAGES["e33_02_zhongtang_20260122.txt"] = dict(
    pubdate=ZT_DAY,
    pubnote="发布日期: 2026-01-22 15:44 in the page's date line (kept; www.tjbh.gov.cn, 滨海新区's portal, 来源 滨海发布)",
    area=ZT, period="2025",
    items=[
        D("2026-01-22 15:44", "2026-01-22T15:44", "time", rel=False, note="the page's date line"),
        C("八大", "numeric category (八大支撑引领街镇)"),
        C("十四五", "fixed term"),
        D("近日", None, "vague"),
        C("两会", "fixed term (滨海新区“两会”)"),
        D("2025年", "2025", "year", rel=False),
        D("2025年", "2025", "year", rel=False),
        Q("2亿元", num("2亿"), "元", "区级税收留成", "level",
          note="the town's share of district tax; not the catalogue's 税收收入"),
        Q("1.28%", 1.28, "%", "区级税收留成同比增长", "growth"),
        D("目前", ZT_DAY, "now", note="the interview's page date"),
        Q("5家", 5, "家", "在园区购地建厂的知名汽车零部件企业", "level", per=ZT_DAY),
        D("今年", "2026", "year"),
        Q("20个", 20, "个", "已竣工投产项目", "level", per=ZT_DAY),
        Q("约4亿元", num("4亿"), "元", "已竣工投产项目总投资", "level", q="approx", per=ZT_DAY),
        Q("22个", 22, "个", "正在加快建设的项目", "level", per=ZT_DAY),
        Q("19亿元", num("19亿"), "元", "在建项目总投资", "level", per=ZT_DAY),
        Q("20个", 20, "个", "成功落地项目", "level", per=ZT_DAY),
        Q("近9亿元", num("9亿"), "元", "落地项目总投资", "level", q="nearly", per=ZT_DAY),
    ],
)

# ---------------------------------------------------------------- 03 土默特左旗 (呼和浩特市, 内蒙古), the banner congress's opening (1月5日) with the 2024 targets
TZ_DAY = "2024-01-05"
TZ = "土默特左旗"
PAGES["e33_03_tuzuoqi_20240105.txt"] = dict(
    pubdate=TZ_DAY,
    pubnote="no date line in the copy (www.tmtzqrd.gov.cn, 土默特左旗人大); the lead's day 1月5日, of 2024 (the report reviews 2023 and plans 2024)",
    area=TZ, period="2024",
    items=[
        D("1月5日上午9时", "2024-01-05T09:00", "time", note="the lead's day"),
        O("第十八届", "congress term"),
        O("第三次会议", "session number"),
        Q("215名", 215, "名", "应到代表", "level", per=TZ_DAY),
        Q("199名", 199, "名", "实到代表", "level", per=TZ_DAY),
        Q("三个", 3, "个", "政府工作报告的部分", "level", per=TZ_DAY, borderline=True,
          note="count of the text's own parts (三个部分)"),
        O("一是", "list marker"),
        D("2023年", "2023", "year", rel=False),
        O("二是", "list marker"),
        D("2024年", "2024", "year", rel=False),
        O("三是", "list marker"),
        D("2023年", "2023", "year", rel=False),
        Q("六个", 6, "个", "总结工作的方面", "level", per="2023", borderline=True,
          note="count of the text's own headings (六个方面)"),
        D("2023年", "2023", "year", rel=False),
        D("一年来", "2023", "year"),
        D("一年来", "2023", "year"),
        D("一年来", "2023", "year"),
        D("一年来", "2023", "year"),
        D("一年来", "2023", "year"),
        D("一年来", "2023", "year"),
        D("2024年", "2024", "year", rel=False),
        Q("8%左右", 8, "%", "地区生产总值增长预期目标", "growth", q="approx", ind=GDP, target=True),
        Q("16%左右", 16, "%", "规模以上工业增加值增长预期目标", "growth", q="approx", ind=IND_VA, target=True),
        Q("20%左右", 20, "%", "固定资产投资增长预期目标", "growth", q="approx", ind=FAI, target=True),
        Q("10%左右", 10, "%", "社会消费品零售总额增长预期目标", "growth", q="approx", ind=RETAIL, target=True),
        Q("6%左右", 6, "%", "一般公共预算收入增长预期目标", "growth", q="approx", ind=BUDGET, target=True),
    ],
)

# ---------------------------------------------------------------- 04 剑阁县 (广元市, 四川), the county transport bureau's reply to a CPPCC proposal
JG_DAY = "2022-11-04"
JG_LETTER = "2022-09-08"
JG = "剑阁县"
PAGES["e33_04_jiange_20221104.txt"] = dict(
    pubdate=JG_DAY,
    pubnote="the address's stamp 20221104144306 (www.cnjg.gov.cn, 剑阁县人民政府's site); the letter itself is dated 2022年9月8日",
    area=JG, period="2022",
    items=[
        C("〔2022〕52号", "document number (剑交函〔2022〕52号)"),
        C("第49号", "number of the proposal"),
        C("十四五", "fixed term"),
        O("一是", "list marker"),
        O("二是", "list marker"),
        C("30户及以上", "size class (30户及以上通村组硬化路)"),
        O("三是", "list marker"),
        D("2022年", "2022", "year", rel=False),
        Q("五批次", 5, "批次", "计划实施批次", "level", borderline=True, target=True),
        Q("166个", 166, "个", "计划实施农村公路建设项目", "level", target=True,
          note="计划 for 2022, a year not over at the letter's date"),
        Q("369.80公里", 369.8, "公里", "计划实施农村公路建设里程", "level", target=True),
        Q("11406.4万元", num("11406.4万"), "元", "投入补助资金", "level", target=True),
        O("第三批", "batch number"),
        D("目前", JG_LETTER, "now", note="the letter's date (2022年9月8日)"),
        D("2022年9月份", "2022-09", "month", rel=False),
        D("2022年10月份", "2022-10", "month", rel=False),
        D("长期以来", None, "vague"),
        D("2022年9月 8日", JG_LETTER, "day", rel=False, note="the letter's date, with the space as stored"),
    ],
)
