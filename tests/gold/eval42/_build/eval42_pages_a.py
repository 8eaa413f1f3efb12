"""Annotations of pages 01-02 (丰台区, 石景山区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"

PAGES = {}

# ---------------------------------------------------------------- 01 丰台区 (北京), 丰台报 (本报讯) on the opening of the district congress, 2023-01-05
FT = "丰台区"
FT_DAY = "2023-01-05"
PAGES["e42_01_fengtai_20230106.txt"] = dict(
    pubdate="2023-01-06",
    pubnote="丰台报's issue of 2023-01-06 (the address's 2023-01/06; www.bjft.gov.cn, 北京市丰台区人民政府's site); the story (本报讯) reports the session opened `1月5日上午`",
    area=FT, period="2022",
    items=[
        D("1月5日上午", FT_DAY, "day", note="the session's opening day, the year from the issue (2023-01-06)"),
        O("第十七届", "congress term"),
        O("第三次", "session"),
        D("2022年", "2022", "year", rel=False, note="the report's review part (2022年工作回顾)"),
        D("2023年", "2023", "year", rel=False, note="the report's plan part (2023年工作安排)"),
        Q("两个部分", 2, "部分", "政府工作报告的部分数", "level", per=FT_DAY, borderline=True,
          note="the report's two parts: a count of a text's parts, arguably not an indicator"),
        D("2022年", "2022", "year", rel=False),
        C("一年", "fixed phrase (极不平凡的一年), not a count"),
        O("二十大", "party congress"),
        O("第十三次", "party congress (市第十三次党代会)"),
        O("一是", "list marker"),
        C("8小时", "numeral inside a name (“8小时指挥部”)"),
        C("24小时", "fixed phrase (24小时实体化运作: round the clock)"),
        C("国十条", "numeric slogan (a set of measures)"),
        C("京十条", "numeric slogan (a set of measures)"),
        C("丰台16条", "numeric slogan (a set of measures)"),
        C("1+3+N", "policy-package code"),
        Q("17.3万名", num("17.3万"), "名", "闻令而动的党员干部", "level",
          note="in the review of 2022 (the epidemic year)"),
        Q("2万余名", num("2万"), "名", "医务工作者", "level", q="more_than"),
        Q("202万", num("202万"), "人", "丰台人民", "level", implied=True, borderline=True,
          note="202万丰台人民: the district's people, a rhetorical round count; unit implied"),
    ],
)

# ---------------------------------------------------------------- 02 石景山区 (北京), 人民网 (reposted) on the district's 上半年 2025 and the 十四五
SJS = "石景山区"
SJS_DAY = "2025-08-22"
H1 = "2025-01/2025-06"
PAGES["e42_02_shijingshan_20250822.txt"] = dict(
    pubdate=SJS_DAY,
    pubnote="the dateline `人民网北京8月22日电` (the year from the headline's 2025年 and the story's 今年上半年); the repost on www.wendacn.cn gives no date of its own",
    area=SJS, period=H1,
    items=[
        D("2025年上半年", H1, "period", rel=False, note="headline"),
        Q("696.6亿元", num("696.6亿"), "元", "石景山地区生产总值", "level", ind=GDP, note="headline"),
        O("第一", "rank (增速居中心城区第一), headline"),
        D("8月22日", SJS_DAY, "day", note="dateline (人民网北京8月22日电)"),
        D("8月21日", "2025-08-21", "day", note="the press conference's day"),
        C("一把手", "numeral inside a name (“一把手发布·京华巡礼”系列主题新闻发布会)"),
        D("今年上半年", H1, "period"),
        Q("696.6亿元", num("696.6亿"), "元", "石景山区地区生产总值", "level", ind=GDP),
        Q("7.6%", 7.6, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一", "rank (增速居中心城区第一)"),
        C("十四五", "fixed term (“十四五”以来)"),
        C("三区定位", "numeric slogan"),
        C("两大战略", "numeric slogan"),
        C("四篇文章", "numeric slogan"),
        C("十四五", "fixed term (“十四五”以来)"),
        C("一年一个", "fixed phrase (一年一个百亿台阶: a step a year), not a count"),
        C("百亿", "size class (百亿台阶)"),
        D("2020年", "2020", "year", rel=False),
        Q("973.8亿元", num("973.8亿"), "元", "2020年地区生产总值", "level", ind=GDP, per="2020"),
        D("2024年", "2024", "year", rel=False),
        Q("1312.9亿元", num("1312.9亿"), "元", "2024年地区生产总值", "level", ind=GDP, per="2024"),
        D("2021至2024年", "2021/2024", "range", rel=False),
        Q("近1800亿元", num("1800亿"), "元", "累计完成固定资产投资", "level", q="nearly", ind=FAI, per="2021/2024",
          note="累计 over 2021至2024年"),
        Q("5.2%", 5.2, "%", "固定资产投资占全市投资总量的比重", "share", per="2021/2024"),
        D("2021至2023年", "2021/2023", "range", rel=False),
        Q("三年", 3, "年", "地均投资强度全市第一的连续年数", "level", per="2021/2023", borderline=True,
          note="连续三年: a span of years, arguably not an indicator (as earlier sets)"),
        O("第一", "rank (地均投资强度全市第一)"),
        Q("7.7%", 7.7, "%", "一般公共预算收入年均增速", "growth", ind=BUDGET, per="2021/2024",
          note="年均 over the 十四五 years to date: the sentence's lead 2021至2024年 (the 2021至2023年 clause is the rank's)"),
        O("第一", "rank (居中心城区第一)"),
        D("今年上半年", H1, "period"),
        Q("696.6亿元", num("696.6亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.6%", 7.6, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一", "rank (增速居中心城区第一)"),
        Q("两轮", 2, "轮", "接续实施的高精尖产业行动计划", "level", per=SJS_DAY, borderline=True,
          note="rounds of a plan, in a subheading: arguably not an indicator; no time of its own: the story's day"),
        Q("两轮", 2, "轮", "接续实施的高精尖产业行动计划", "level", per=SJS_DAY, borderline=True,
          note="rounds of a plan: arguably not an indicator; the story's day"),
        C("1+3+1", "industry-system code"),
        C("新一代", "fixed term (新一代信息技术)"),
        C("1+3+1", "industry-system code"),
        C("2+4+4", "industry-system code"),
        Q("两个", 2, "个", "作为主导的千亿级产业", "level", per=SJS_DAY, borderline=True,
          note="两个千亿级产业: the two leading industries named, arguably not an indicator"),
        C("千亿级", "size class"),
    ],
)
