"""Annotations of pages 05-08 (西城区's 2023 plan report, 温县's reply to deputies' suggestion 第44号, 香格里拉市's congress story, 大宁县's 2024 work report), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 05 西城区 (北京), the district 发改委's report on the 2022 plan and the 2023 plan
XC = "北京市西城区"
XC_DAY = "2023-01-04"
PAGES["e63_05_xicheng_20230104.txt"] = dict(
    pubdate=XC_DAY,
    pubnote="the delivery date in the kept subtitle `——2023年1月4日在北京市西城区第十七届人民代表大会第三次会议上` "
            "(www.bjxch.gov.cn, 北京市西城区人民政府's site) — unsure: the copy gives no date of the page's own",
    area=XC, period="2022",
    items=[
        D("2023年1月4日", XC_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十七届", "congress term"),
        O("第三次", "session number"),
        C("2022年", "year inside the report's name (2022年国民经济和社会发展计划执行情况…)"),
        C("2023年", "year inside the report's name (…2023年国民经济和社会发展计划草案的报告)"),
        O("一、", "list marker"),
        C("2022年", "year inside the section heading naming the plan (as eval62's 东安 heading)"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        D("2020年以来", "2020-01-01/2023-01-04", "period", rel=False,
          note="since-interval to the report's day (as eval24's)"),
        D("今年以来", "2022", "period", note="the report was written in 2022 about 2022: 今年 is 2022"),
        O("第十三次", "party congress number (区第十三次党代会)"),
        C("2022年", "year inside documents' names (2022年政府工作报告与国民经济和社会发展计划)"),
        D("全年", "2022", "year"),
        Q("5700.1亿元", num("5700.1亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("4.1%", 4.1, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("5.6%", 5.6, "%", "一般公共预算收入同口径增长", "growth", ind=REV,
          note="扣除留抵退税后、同口径增长5.6%"),
        O("第一", "rank (保持全市第一)"),
        D("一年来", "2022", "year", note="in a report on the year's plan 一年来 is the reviewed year"),
    ],
)

# ---------------------------------------------------------------- 06 温县 (河南 焦作市), the county transport bureau's reply to deputies' suggestion 第44号
WX = "温县"
WX_LETTER = "2024-09-20"
PAGES["e63_06_wenxian_20241205.txt"] = dict(
    pubdate="2024-12-05",
    pubnote="the kept line `温县人民政府门户网站 www.wenxian.gov.cn 发布日期:2024-12-05 15:42` and the address 2024/12-05; "
            "the letter is dated `2024年9月20日`",
    area=WX, period="2024",
    items=[
        O("十五届人大四次", "congress term and session as one span (as eval50's and eval51's)"),
        O("第44号", "suggestion number"),
        D("2024-12-05 15:42", "2024-12-05T15:42", "time", rel=False, note="page metadata line (发布日期)"),
        C("四好", "fixed term (四好公路, as 四好农村路)"),
        C("一号路", "road name with a numeral"),
        C("一号路", "road name with a numeral"),
        D("年初", "2024-01", "period", note="the letter's year (2024)"),
        Q("354万元", num("354万"), "元", "争取的一号路改建资金", "level",
          note="年初 leads the sentence: 2024"),
        D("4月初", "2024-04", "period", note="the start of April 2024"),
        Q("2.36公里", 2.36, "公里", "西一号路改建长度", "level", per="2024-04",
          note="完成了全长2.36公里的…改建任务 at 4月初"),
        C("一号路", "road name with a numeral (西一号路)"),
        D("目前", WX_LETTER, "now", note="the letter's date"),
        D("2024年9月20日", WX_LETTER, "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 07 香格里拉市 (云南 迪庆州), the city site's story on its congress (3rd term, 3rd session)
XG = "香格里拉市"
XG_DAY = "2024-02-28"
PAGES["e63_07_xianggelila_20240301.txt"] = dict(
    pubdate="2024-03-01",
    pubnote="the address 202403/20240301 (www.xianggelila.gov.cn, 香格里拉市人民政府's site, 要闻); the dateline `2月28日上午` "
            "is the session's day",
    area=XG, period="2023",
    items=[
        D("2月28日上午", XG_DAY, "day", note="the dateline: the session's day"),
        O("第三届", "congress term"),
        O("第三次", "session number"),
        Q("171名", 171, "名", "应出席代表", "level", per=XG_DAY),
        Q("145名", 145, "名", "实际出席代表", "level", per=XG_DAY),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        C("3815", "numeric code of the province's strategy (省委“3815”战略发展目标)"),
        C("三年上台阶", "numeric slogan"),
        O("第一年", "first-of-kind (的第一年)"),
        O("二十大", "party congress"),
        C("四件大事", "numeric slogan"),
        C("三个着力", "numeric slogan"),
        C("十大工程", "numeric slogan"),
        C("五大难题", "numeric slogan"),
        D("2023年", "2023", "year", rel=False),
        Q("186.2亿元", num("186.2亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("1.2%", 1.2, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("87.9亿元", num("87.9亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("5.3%", 5.3, "%", "规模以上工业增加值增长", "growth", ind=VA),
    ],
)

# ---------------------------------------------------------------- 08 大宁县 (山西 临汾市), the county's 2024 government work report (a reposting site)
DN = "大宁县"
DN_DAY = "2024-03-11"
PAGES["e63_08_daning_20240311.txt"] = dict(
    pubdate=DN_DAY,
    pubnote="the delivery date in the kept subtitle `——2024年3月11日在大宁县第十七届人民代表大会第四次会议上` "
            "(nextlevelartsconsulting.com, a site reposting work reports) — unsure: the site gives no date of its own",
    area=DN, period="2023",
    items=[
        O("十七届人大四次", "congress term and session as one span (大宁县十七届人大四次会议文件)"),
        D("2024年3月11日", DN_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十七届", "congress term"),
        O("第四次", "session number"),
        D("现在", DN_DAY, "now", note="a work report's opening: the day it is delivered"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="part name (2023年工作回顾)"),
        D("过去一年", "2023", "year", note="in a work report 过去一年 is the reviewed year"),
        O("二十大", "party congress"),
        D("一年来", "2023", "year", note="in a work report 一年来 is the reviewed year"),
        Q("6%", 6, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("4.7%", 4.7, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("20.8%", 20.8, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("10.5%", 10.5, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("22.3%", 22.3, "%", "限额以上社会消费品零售额增长", "growth"),
        Q("17%", 17, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("6.2%", 6.2, "%", "城镇居民人均可支配收入增长", "growth", ind=URB),
        Q("11.5%", 11.5, "%", "农村居民人均可支配收入增长", "growth", ind=RUR),
        D("上年", "2022", "year", note="好于上年: the year before the reviewed year"),
        D("一年来", "2023", "year", note="in a work report 一年来 is the reviewed year"),
        C("三次产业", "fixed term"),
        Q("2万亩", num("2万"), "亩", "“宁脆”苹果种植规模", "level"),
        O("首个", "first-of-kind word (全省首个)"),
    ],
)
