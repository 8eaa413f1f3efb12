"""Annotations of pages 05-08 (虹口区's 人大 story on 上半年 2005, 天门市's CPPCC proposals report, 南山区's 人大 story on
上半年 2021, 历城区's 2025 aims), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
RET = "社会消费品零售总额"
TRADE = "进出口总额"
FDI = "实际使用外资"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 05 虹口区 (上海), 东方网's 人大 page on the district 人大常委会's review of the 上半年 2005 report
HK = "虹口区"
HK_H1 = "2005-01/2005-06"
PAGES["e64_05_hongkou_20050728.txt"] = dict(
    pubdate="2005-07-28",
    pubnote="unsure: the copy and its address (gov.eastday.com/renda/qxrdzc/node74/userobject1ai35210.html) give no date; "
            "the year is told by `批准了虹口区2004年决算` (the 2004 accounts approved in the next year) and the session "
            "`区十三届人大三次会议` (2005); the story's latest day, `常委会第25次会议7月28日结束`, is used (as eval51's "
            "隆回 used the session's day)",
    area=HK, period=HK_H1,
    items=[
        C("上半年", "period inside a report's name (区政府上半年工作报告)"),
        D("上半年", HK_H1, "period"),
        Q("23.2亿元", num("23.2亿"), "元", "区级财政收入", "level", note="as eval41's 普陀: not the catalogue's 一般公共预算收入"),
        Q("33.1%", 33.1, "%", "区级财政收入增长", "growth"),
        O("第五位", "rank among the central districts"),
        O("第25次", "session number"),
        D("7月26日", "2005-07-26", "day"),
        O("第25次", "session number"),
        C("上半年", "period inside a report's name (关于区政府上半年工作情况的报告)"),
        O("十三届人大三次", "congress term and session as one span (as eval51's 十七届人大五次)"),
        D("下半年", "2005-07/2005-12", "period"),
        D("年初", "2005-01", "period"),
        C("两翼", "fixed term (两翼开发)"),
        O("第25次", "session number"),
        D("7月28日", "2005-07-28", "day"),
        O("首次", "first-of-kind word"),
        D("上半年", HK_H1, "period", note="评议政府上半年工作"),
        C("2004年", "year inside a report's name (虹口区2004年决算的报告)"),
        C("2004年", "year inside a report's name (2004年预算执行和其他财政收入的审计工作报告)"),
        C("2004年", "year inside a report's name (2004年决算的初审报告)"),
        C("2004年", "year inside a document's name (虹口区2004年决算)"),
    ],
)

# ---------------------------------------------------------------- 06 天门市 (湖北), 天门日报's text of the city CPPCC proposals committee's report (九届四次)
TM = "天门市"
TM_CUT = "2025-01-08"
PAGES["e64_06_tianmen_20250110.txt"] = dict(
    pubdate="2025-01-10",
    pubnote="the kept line `发布日期:2025年01月10日` (tmrb.tmwcn.com, 天门日报's e-paper, 02版; the address 20250110); "
            "the report was adopted `2025年1月9日`",
    area=TM, period=TM_CUT,
    items=[
        D("2025年01月10日", "2025-01-10", "day", rel=False, note="the e-paper's 发布日期 line"),
        O("第九届", "CPPCC term"),
        O("九届四次", "CPPCC term and session as one span"),
        D("2025年1月9日", "2025-01-09", "day", rel=False, note="the report's subtitle"),
        O("第九届", "CPPCC term"),
        O("第四次", "session number"),
        O("九届四次", "CPPCC term and session as one span"),
        C("四化同步", "fixed term (四化同步发展示范区)"),
        C("一城四基地", "numeric slogan"),
        D("2025年1月8日12时", "2025-01-08T12:00", "time", rel=False, note="截至…: the count's cut-off"),
        Q("169件", 169, "件", "收到提案", "level",
          note="counted 截至2025年1月8日12时; the same as-of day for the breakdown the paragraph leads (the categories "
               "that follow add up to 169 less the 17 not filed)"),
        Q("148件", 148, "件", "委员个人或联名提案", "level"),
        Q("87.6%", 87.6, "%", "委员个人或联名提案占比", "share"),
        Q("21件", 21, "件", "集体提案", "level"),
        Q("12.4%", 12.4, "%", "集体提案占比", "share"),
        Q("40件", 40, "件", "经济建设方面立案提案", "level"),
        Q("26.3%", 26.3, "%", "经济建设方面立案占比", "share"),
        C("125工程", "programme name with digits (工业倍增125工程)"),
        Q("7件", 7, "件", "政治建设方面立案提案", "level"),
        Q("4.6%", 4.6, "%", "政治建设方面立案占比", "share"),
        Q("16件", 16, "件", "文化建设方面立案提案", "level"),
        Q("10.5%", 10.5, "%", "文化建设方面立案占比", "share"),
        Q("79件", 79, "件", "社会建设方面立案提案", "level"),
        Q("51.9%", 51.9, "%", "社会建设方面立案占比", "share"),
        Q("10件", 10, "件", "生态文明建设方面立案提案", "level"),
        Q("6.7%", 6.7, "%", "生态文明建设方面立案占比", "share"),
        Q("17件", 17, "件", "未立案提案", "level"),
    ],
)

# ---------------------------------------------------------------- 07 南山区 (广东 深圳市), a portal's story on the district 人大财经委's review of the 上半年 2021 plan and budget
NS = "南山区"
NS_H1 = "2021-01/2021-06"
PAGES["e64_07_nanshan_20210831.txt"] = dict(
    pubdate="2021-08-31",
    pubnote="the kept line `来源: 时间: 2021-08-31 14:47:57` (cnbzol.com, a news portal; the address 2021/0831); the "
            "meeting was `8月26日上午`",
    area=NS, period=NS_H1,
    items=[
        C("上半年", "period inside the meeting's name (南山区上半年计划预算执行情况初审会)"),
        D("2021-08-31 14:47:57", "2021-08-31T14:47", "time", rel=False, note="page metadata line"),
        D("8月26日上午", "2021-08-26", "day"),
        C("2021年", "year inside the meeting's name (南山区2021年上半年计划预算执行情况初审会)"),
        C("上半年", "period inside the meeting's name"),
        D("今年上半年", NS_H1, "period"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("一手抓", "numeric slogan (一手抓…,一手抓…)"),
        C("一手抓", "numeric slogan"),
        D("今年上半年", NS_H1, "period"),
        Q("3650.61亿元", num("3650.61亿"), "元", "本地生产总值", "level", ind=GDP),
        Q("11.1%", 11.1, "%", "本地生产总值增长", "growth", ind=GDP),
        C("时间过半、任务过半", "fixed term (as the earlier sets' 双过半)"),
        C("上半年", "period inside a report's name (南山区上半年国民经济和社会发展计划执行情况)"),
        C("下半年", "period inside a report's name (下半年计划安排草案)"),
        C("上半年", "period inside a report's name (南山区上半年财政预算执行情况)"),
        D("今年上半年", NS_H1, "period"),
    ],
)

# ---------------------------------------------------------------- 08 历城区 (山东 济南市), 大众新闻's story on the district congress (19th term, 4th session): 2025's aims
LC = "历城区"
LC_Y = "2025"
PAGES["e64_08_licheng_20250109.txt"] = dict(
    pubdate="2025-01-09",
    pubnote="the dateline `1月9日` with the story's `2025年` and the address 20250109 (news.qq.com, 腾讯新闻's copy of "
            "大众新闻's story)",
    area=LC, period=LC_Y,
    items=[
        Q("5.6%以上", 5.6, "%", "地区生产总值增长目标", "growth", q="at_least", ind=GDP, target=True,
          note="headline: the 2025 aim"),
        D("2025年", LC_Y, "year", rel=False),
        D("1月9日", "2025-01-09", "day"),
        O("第十九届", "congress term"),
        O("第四次", "session number"),
        D("2025年", LC_Y, "year", rel=False),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums"),
        C("十四五", "plan name"),
        D("新的一年", LC_Y, "year"),
        C("五大攻坚行动", "numeric slogan"),
        Q("5.6%以上", 5.6, "%", "地区生产总值增长目标", "growth", q="at_least", ind=GDP, target=True),
        Q("7.5%以上", 7.5, "%", "规模以上工业增加值增长目标", "growth", q="at_least", ind=VA, target=True),
        Q("3.5%以上", 3.5, "%", "社会消费品零售总额增长目标", "growth", q="at_least", ind=RET, target=True),
        Q("5%", 5, "%", "货物进出口总额增长目标", "growth", ind=TRADE, target=True),
        Q("1.6亿美元", num("1.6亿"), "美元", "实际使用外资目标", "level", ind=FDI, target=True),
        Q("5.5%", 5.5, "%", "城镇居民人均可支配收入增长目标", "growth", ind=URB, target=True,
          note="分别增长5.5%、6%以上: 以上 is read as the second figure's"),
        Q("6%以上", 6, "%", "农村居民人均可支配收入增长目标", "growth", q="at_least", ind=RUR, target=True),
    ],
)
