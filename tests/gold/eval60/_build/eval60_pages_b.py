"""Annotations of pages 05-08 (高青县's reply, 山亭区's note on its handling of suggestions, 上饶县's congress story, 山西日报 on 临县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q

PAGES = {}

# ---------------------------------------------------------------- 05 高青县 (山东 淄博市), the county 自然资源局's reply to suggestion 第33号 of the county congress (17th term, 5th session)
GQ = "高青县"
PAGES["e60_05_gaoqing_20210526.txt"] = dict(
    pubdate="2021-05-26",
    pubnote="the kept field `答复时间: 2021-05-26` and the letter's own date `2021年5月26日` (www.gaoqing.gov.cn, 高青县人民政府's "
            "open-government site; 高青县自然资源局)",
    area=GQ, period="2021-05-26",
    items=[
        O("十七届人大五次", "congress term and session as one span (as eval51's)"),
        O("第33号", "suggestion number"),
        O("十七届人大五次", "congress term and session"),
        O("33", "suggestion number (the page's field)"),
        D("2021-05-26", "2021-05-26", "day", rel=False, note="page field (答复时间)"),
        D("近年来", None, "vague"),
        D("2021年5月26日", "2021-05-26", "day", rel=False, note="the letter's date"),
        C("6967741", "phone number"),
        O("一是", "list marker"),
        O("二是", "list marker"),
    ],
)

# ---------------------------------------------------------------- 06 山亭区 (山东 枣庄市), the district farm bureau's note on its handling of 2021's suggestions and proposals
ST = "山亭区"
PAGES["e60_06_shanting_20211109.txt"] = dict(
    pubdate="2021-11-09",
    pubnote="the kept rows `- 成文时间:2021年11月09日` and `- 发文时间:2021年11月09日` (www.shanting.gov.cn, 山亭区人民政府's "
            "site; 区农业农村局) and the address t20211109",
    area=ST, period="2021",
    items=[
        D("2021年11月09日", "2021-11-09", "day", rel=False, note="metadata row (成文时间)"),
        D("2021年11月09日", "2021-11-09", "day", rel=False, note="metadata row (发文时间)"),
        C("2021年", "year inside the note's title (2021年度山亭区农业农村局…办理情况)"),
        O("一、", "list marker"),
        D("2021年", "2021", "year", rel=False),
        Q("32件", 32, "件", "收到转办件", "level"),
        Q("15件", 15, "件", "人大代表建议", "level"),
        Q("4件", 4, "件", "人大代表建议独办", "level"),
        Q("12件", 12, "件", "人大代表建议主办", "level"),
        Q("3件", 3, "件", "人大代表建议协办", "level"),
        D("7月底", "2021-07", "period", note="as the earlier sets' 6月底"),
        Q("17件", 17, "件", "政协委员提案", "level"),
        Q("4件", 4, "件", "政协委员提案独办", "level"),
        Q("14件", 14, "件", "政协委员提案主办", "level"),
        Q("3件", 3, "件", "政协委员提案协办", "level"),
        D("7月底", "2021-07", "period"),
        Q("100%", 100, "%", "面复率", "share"),
        Q("100%", 100, "%", "满意率", "share"),
        O("二、", "list marker"),
        C("三级", "fixed term (三级责任制)"),
        D("2021年度", "2021", "year", rel=False),
    ],
)

# ---------------------------------------------------------------- 07 上饶县 (江西 上饶市), a story on the county congress (16th term, 4th session) and the 2018 review of the work report
SR = "上饶县"
SR_DAY = "2019-03-06"
PAGES["e60_07_shangraoxian_20190306.txt"] = dict(
    pubdate=SR_DAY,
    pubnote="the dateline `3月6日` with the report's `回顾了2018年县人民政府工作` (the session of 2019); m.srxzc.com gives no date — "
            "unsure: the page's own day is not given, the session's day is used (as eval51's 隆回)",
    area=SR, period="2018",
    items=[
        D("3月6日", SR_DAY, "day", note="the session's day; the year from the reviewed 2018"),
        O("第十六届", "congress term"),
        O("第四次", "session"),
        O("第一次", "plenary meeting"),
        D("上午9时", "2019-03-06T09:00", "time"),
        Q("256名", 256, "名", "大会应到代表", "level", per=SR_DAY),
        Q("242名", 242, "名", "大会实到代表", "level", per=SR_DAY),
        D("2018年", "2018", "year", rel=False),
        D("2018年", "2018", "year", rel=False),
        O("十九大", "party congress"),
        O("十六届人大三次", "congress term and session as one span"),
        D("全年", "2018", "year", note="the reviewed year"),
        Q("237.2亿元", 237.2e8, "元", "生产总值", "level", ind="地区生产总值"),
        Q("9.4%", 9.4, "%", "生产总值增长", "growth", ind="地区生产总值"),
        O("第三", "rank (全市第三)"),
        Q("三个", 3, "个", "财政收入全市第一的项数", "level", borderline=True,
          note="三个全市第一: a count of first places, arguably not an indicator"),
        O("第一", "rank (全市第一)"),
        Q("26.42亿元", 26.42e8, "元", "财政收入总量", "level",
          note="total fiscal revenue: no catalogue indicator (as eval51's 盐都 财政收入)"),
        Q("12.1%", 12.1, "%", "财政收入增长", "growth"),
        Q("21.15亿元", 21.15e8, "元", "税收收入", "level", ind="税收收入"),
        Q("20.8%", 20.8, "%", "税收收入增长", "growth", ind="税收收入"),
        Q("16.6亿元", 16.6e8, "元", "一般公共预算收入", "level", ind="一般公共预算收入"),
        Q("7.4%", 7.4, "%", "一般公共预算收入增长", "growth", ind="一般公共预算收入"),
        O("第一", "rank (排名全市第一)"),
        Q("10.6%", 10.6, "%", "全社会固定资产投资增长", "growth", ind="固定资产投资"),
        C("三产", "fixed term (三产结构比, 三次产业)"),
        Q("8.4:76.4:15.2", 8.4, "", "三产结构比(调整前)", "share", ind="三次产业结构", values=[8.4, 76.4, 15.2],
          per="2017", note="the structure before the reviewed year (由…调整为): the year before; value is the first part"),
        Q("8.1:75.2:16.7", 8.1, "", "三产结构比", "share", ind="三次产业结构", values=[8.1, 75.2, 16.7]),
    ],
)

# ---------------------------------------------------------------- 08 临县 (山西 吕梁市), 山西日报's 本报讯 on the county's 村村通 roads in 2004, on 新浪
LX = "临县"
PAGES["e60_08_linxian_20050118.txt"] = dict(
    pubdate="2005-01-18",
    pubnote="the kept line `http://www.sina.com.cn 2005年01月18日03:37 山西日报` (新浪's copy of 山西日报) and the address 2005-01-18",
    area=LX, period="2004",
    items=[
        D("2005年01月18日03:37", "2005-01-18T03:37", "time", rel=False, note="the copy's metadata line"),
        D("目前", "2005-01-18", "now"),
        D("去年", "2004", "year"),
        D("去年12月底", "2004-12", "period", note="到去年12月底: as the earlier sets' 6月底"),
        Q("1.1亿元", 1.1e8, "元", "村村通工程多方筹资", "level"),
        Q("396公里", 396, "公里", "完成村村通工程里程", "level"),
        Q("120公里", 120, "公里", "吕梁市下达的村村通任务", "level",
          note="a task for 2004, a year that had ended: not a target"),
        Q("330%", 330, "%", "村村通工程完成任务比例", "share"),
    ],
)
