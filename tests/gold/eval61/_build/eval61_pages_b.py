"""Annotations of pages 05-08 (米脂县's CPPCC proposals story, 崇信县人大's review of the 2017 上半年 plan, 陇县's 本报讯, 郧阳区's congress story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 05 米脂县 (陕西 榆林市), the county news site's story on the CPPCC session's proposals review
MZ = "米脂县"
MZ_DAY = "2022-03-15"
PAGES["e61_05_mizhi_20220317.txt"] = dict(
    pubdate="2022-03-17",
    pubnote="the kept line `来源:米脂新闻网 作者:李苑祯 陈思 时间:2022-03-17 10:50` and the address 2022/0317 (xmz.gov.cn, "
            "米脂县's site, 米脂新闻)",
    area=MZ, period=MZ_DAY,
    items=[
        O("十届一次", "CPPCC term and session as one span (headline)"),
        D("2022-03-17 10:50", "2022-03-17T10:50", "time", rel=False, note="page metadata line"),
        D("3月15日晚上", MZ_DAY, "day", note="the meeting's day, two days before the story; the year from the page's date"),
        O("十届一次", "CPPCC term and session as one span"),
        D("3月15 日下午2 时", "2022-03-15T14:00", "time", note="the deadline for proposals (as stored, with spaces)"),
        Q("86件", 86, "件", "收到提案", "level", note="the proposals received by the deadline: the count at the meeting's day"),
        Q("62件", 62, "件", "立案提案", "level"),
        Q("8件", 8, "件", "并案提案", "level"),
        Q("72.1%", 72.1, "%", "立案占提案总数比例", "share"),
        Q("15件", 15, "件", "文教卫生方面立案提案", "level"),
        Q("24.2%", 24.2, "%", "文教卫生方面占立案总数比例", "share"),
        Q("18件", 18, "件", "城建环保方面立案提案", "level"),
        Q("29.0%", 29.0, "%", "城建环保方面占立案总数比例", "share"),
        Q("6件", 6, "件", "农业农村方面立案提案", "level"),
        Q("9.7%", 9.7, "%", "农业农村方面占立案总数比例", "share"),
        Q("23件", 23, "件", "社会热点方面立案提案", "level"),
        Q("37.1%", 37.1, "%", "社会热点方面占立案总数比例", "share"),
        Q("21件", 21, "件", "不予立案转委员来信处理提案", "level"),
        Q("24.4%", 24.4, "%", "不予立案占提案总数比例", "share"),
        Q("3件", 3, "件", "撤案提案", "level"),
        Q("3.5%", 3.5, "%", "撤案占提案总数比例", "share"),
    ],
)

# ---------------------------------------------------------------- 06 崇信县 (甘肃 平凉市), the county congress standing committee's review of the 2017 上半年 plan execution
CX = "崇信县"
CX_H1 = "2017-01/2017-06"
PAGES["e61_06_chongxin_20171122.txt"] = dict(
    pubdate="2017-11-22",
    pubnote="the kept line `时间:2017-11-22 来源:` and the address t20171122 (jxjyxjx.com, a copy of 崇信县人大's page, `cxrd` in "
            "the address); the review was adopted on 2017-09-01",
    area=CX, period=CX_H1,
    items=[
        C("2017年上半年", "period inside a document's name (the review's title), as eval56's"),
        D("2017-11-22", "2017-11-22", "day", rel=False, note="page metadata line"),
        C("2017年上半年", "period inside a document's name (the title, repeated)"),
        C("崇人大常发〔2017〕27号", "document number"),
        D("2017年9月1日", "2017-09-01", "day", rel=False, note="the day the review was adopted"),
        O("第十七届", "congress term"),
        O("第六次", "session of the standing committee"),
        D("2017年9月1日", "2017-09-01", "day", rel=False),
        O("十七届", "congress term"),
        O("第六次", "session"),
        C("2017年上半年", "period inside a document's name (the government's report)"),
        C("2017年上半年", "period inside a document's name (the committee's report)"),
        D("上半年", CX_H1, "period"),
        Q("11.3亿元", num("11.3亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("41.8%", 41.8, "%", "地区生产总值完成占年计划比例", "share",
          note="the half-year's output against the year's plan: a share, not the indicator itself (as eval6's 完成年计划投资比例)"),
        Q("9.3%", 9.3, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("4亿元", num("4亿"), "元", "规模以上工业增加值", "level", ind=VA),
        Q("53.1%", 53.1, "%", "规上工业增加值完成占年计划比例", "share"),
        Q("13%", 13, "%", "规模以上工业增加值增长", "growth", ind=VA),
        Q("28.1亿元", num("28.1亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("38.9%", 38.9, "%", "固定资产投资完成占年计划比例", "share"),
        Q("24%", 24, "%", "固定资产投资下降", "growth", ind=FAI, change="decrease"),
        Q("4.6亿元", num("4.6亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("49.6%", 49.6, "%", "社会消费品零售总额完成占年计划比例", "share"),
        Q("11%", 11, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("15462元", 15462, "元", "城镇居民可支配收入", "level", ind=URB,
          note="城镇居民可支配收入 (人均 left out in the text): the urban per-capita income, beside the rural 人均 figure"),
        Q("50.3%", 50.3, "%", "城镇居民可支配收入完成占年计划比例", "share"),
        Q("8.7%", 8.7, "%", "城镇居民可支配收入增长", "growth", ind=URB),
        Q("3274元", 3274, "元", "农村居民人均可支配收入", "level", ind=RUR),
        Q("42.7%", 42.7, "%", "农村居民人均可支配收入完成占年计划比例", "share"),
        Q("8.1%", 8.1, "%", "农村居民人均可支配收入增长", "growth", ind=RUR),
        Q("1.5亿元", num("1.5亿"), "元", "公共财政预算收入", "level", ind=REV,
          note="公共财政预算收入: the older name of 一般公共预算收入 (as the earlier sets')"),
        Q("52.6%", 52.6, "%", "公共财政预算收入完成占预算比例", "share"),
        Q("18.6%", 18.6, "%", "公共财政预算收入增长", "growth", ind=REV),
        D("上半年", CX_H1, "period"),
        D("今年上半年", CX_H1, "period"),
        O("一是", "list marker"),
        Q("11项", 11, "项", "主要经济指标", "level", note="the indicators the plan tracks, counted at the half-year"),
        Q("6项", 6, "项", "未完成双过半的指标", "level"),
        C("双过半", "fixed term (双过半: half the year's targets met by mid-year), as eval54's"),
        O("二是", "list marker"),
        O("三是", "list marker"),
    ],
)

# ---------------------------------------------------------------- 07 陇县 (陕西 宝鸡市), 陕西农村报's 本报讯 on the county's 十四五 record (a press conference of 2025-07-24)
LX = "陇县"
LX_DAY = "2025-07-24"
LX_SPAN = "2020/2024"
PAGES["e61_07_longxian_20250728.txt"] = dict(
    pubdate="2025-07-28",
    pubnote="the kept lines `发布日期:` and `2025年07月28日` and the address 20250728 (sxncb.joyhua.cn, 陕西农村报's e-paper); "
            "the dateline `7月24日` is the press conference's day",
    area=LX, period=LX_DAY,
    items=[
        D("2025年07月28日", "2025-07-28", "day", rel=False, note="the e-paper's 发布日期 line (a metadata line, kept)"),
        D("7月24日", LX_DAY, "day", note="dateline: the press conference's day"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        D("2020 年至2024年", LX_SPAN, "range", rel=False, note="as stored, with a space"),
        C("百亿", "size class (稳定保持在百亿规模, as eval7's 百亿台阶 and eval42's 百亿级): no unit, a band rather than a figure"),
        Q("4.25%", 4.25, "%", "地区生产总值年均增速", "growth", ind=GDP, per=LX_SPAN,
          note="年均增速 over the years the sentence names (2020 年至2024年间)"),
        Q("38922元", 38922, "元", "城镇居民人均可支配收入", "level", ind=URB, per="2024",
          note="城乡居民…人均可支配收入分别达: the first is the urban income; the last year of the span the paragraph names"),
        Q("17998元", 17998, "元", "农村居民人均可支配收入", "level", ind=RUR, per="2024"),
        D("2020 年", "2020", "year", rel=False, note="as stored, with a space"),
        Q("25%", 25, "%", "城镇居民人均可支配收入较2020年增长", "growth", ind=URB, per=LX_SPAN,
          note="2024's income against 2020's"),
        Q("38%", 38, "%", "农村居民人均可支配收入较2020年增长", "growth", ind=RUR, per=LX_SPAN),
        Q("578 个", 578, "个", "累计实施重点项目", "level", per=LX_SPAN, note="as stored, with spaces"),
        Q("435.1亿元", num("435.1亿"), "元", "重点项目完成投资", "level", per=LX_SPAN),
        C("344国道", "road name with a numeral"),
        Q("57.3万只", num("57.3万"), "只", "奶山羊存栏量", "level",
          note="a stock with no time given: the article's day (its dateline)"),
        Q("80亿元", num("80亿"), "元", "奶山羊全产业链产值", "level", q="more_than",
          note="突破80亿元: the mark passed; no time given in its paragraph: the article's day"),
        Q("2.4万人", num("2.4万"), "人", "奶山羊产业带动就业", "level"),
        C("5A级", "grade (5A级景区)"),
        C("一心一环两线五大景区", "numeric slogan (the county's tourism layout)"),
        Q("1.6吉瓦", 1.6, "吉瓦", "新能源产业装机容量", "level", target=True,
          note="将达: a capacity to come, no year given: the article's day"),
        C("2531", "numeric name (“2531”动态监测帮扶机制)"),
        C("五宝", "named set (“陇县五宝”, named after it)"),
        D("2020年", "2020", "year", rel=False),
        Q("23天", 23, "天", "空气优良天数较2020年增加", "difference",
          note="较2020年增加: no later year given in its paragraph: the article's day (OBSERVATIONS' reach rule)"),
        Q("60%", 60, "%", "森林覆盖率", "share"),
        C("千河", "river name with a numeral (千河水质), as the earlier sets' place names with numerals"),
        C("Ⅲ类", "grade (Ⅲ类水质标准)"),
        D("到2030年", "2030", "year", rel=False, note="as eval25's 到2025年"),
        O("第一方阵", "rank tier (宝鸡市第一方阵), as the earlier sets'"),
    ],
)

# ---------------------------------------------------------------- 08 郧阳区 (湖北 十堰市), 十堰广电's story on the district congress (2022-12-26) and its 2023 aims
YY = "郧阳区"
YY_DAY = "2022-12-26"
YY_Y = "2023"
PAGES["e61_08_yunyang_20221226.txt"] = dict(
    pubdate=YY_DAY,
    pubnote="the kept line `时间:2022-12-26 16:52 来源:十堰广电` (www.syiptv.com, 十堰广电's site) and the dateline `12月26日上午`",
    area=YY, period=YY_Y,
    items=[
        O("第十八届", "congress term (headline)"),
        O("第二次", "session (headline)"),
        D("2022-12-26 16:52", "2022-12-26T16:52", "time", rel=False, note="page metadata line"),
        C("十堰", "place name with a numeral (十堰广电, the source's name)"),
        O("第十八届", "congress term (原标题)"),
        O("第二次", "session (原标题)"),
        C("百强县", "size class (中部百强县)"),
        C("十堰", "place name with a numeral (十堰广电讯)"),
        D("12月26日上午", YY_DAY, "day", note="dateline; the year from the page's date"),
        O("第十八届", "congress term"),
        O("第二次", "session"),
        D("2023年", YY_Y, "year", rel=False),
        C("百强县", "size class"),
        C("一主三优", "numeric slogan (“一主三优”产业体系)"),
        Q("15%以上", 15, "%", "地区生产总值增长(目标)", "growth", q="at_least", ind=GDP, target=True,
          note="力争: the aims for 2023, a year not begun"),
        Q("16%以上", 16, "%", "地方一般公共预算收入增长(目标)", "growth", q="at_least", ind=REV, target=True),
        Q("20%以上", 20, "%", "固定资产投资增长(目标)", "growth", q="at_least", ind=FAI, target=True),
        Q("20%以上", 20, "%", "高新技术产业增加值增长(目标)", "growth", q="at_least", target=True,
          note="增加值, not the catalogue's 高新技术产业产值"),
        Q("7%以上", 7, "%", "城镇居民人均可支配收入增长(目标)", "growth", q="at_least", ind=URB, target=True),
        D("全年", YY_Y, "year", note="力争全年: 2023, the year the aims are for"),
        Q("570亿元", num("570亿"), "元", "规上工业总产值(目标)", "level", ind="规模以上工业总产值", target=True),
    ],
)
