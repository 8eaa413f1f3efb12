"""Annotations of pages 04-06 (上高县, 罗山县, 通许县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

# ---------------------------------------------------------------- 04 上高县 (江西 宜春市), the county's work report delivered 2024-02-27 (opening and the start of the 2023 review)
SG = "上高县"
SG_DAY = "2024-02-27"
PAGES["e47_04_shanggao_20240227.txt"] = dict(
    pubdate=SG_DAY,
    pubnote="the subtitle `——2024年2月27日在上高县第十七届人民代表大会第五次会议上` (kept; edutainingadventures.com, a document site; no date of its own)",
    area=SG, period="2023",
    items=[
        D("2024年2月27日", SG_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十七届", "congress term"),
        O("第五次", "session"),
        D("现在", SG_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="section heading (2023年工作回顾)"),
        D("刚刚过去的一年", "2023", "year", note="in a report of 2024-02-27: the year just ended"),
        O("二十大", "party congress"),
        C("十四五", "fixed term"),
        Q("四年", 4, "年", "总书记再次考察江西相隔年数", "level", per="NULL", area="江西",
          borderline=True, note="时隔四年: a duration, arguably not an indicator; of 江西, no period of its own"),
        D("一年来", "2023", "year", note="in a work report 一年来 is the reporting year"),
        C("三大高地", "numeric slogan"),
        C("五大战略", "numeric slogan"),
        C("一个目标", "numeric slogan"),
        C("五个突破", "numeric slogan"),
        C("八大攻坚", "numeric slogan"),
        C("百强县", "size class (中部百强县)"),
        O("首次", "first-of-kind word"),
        Q("1000亩", 1000, "亩", "获得土地计划指标奖励", "level"),
        Q("15个", 15, "个", "获国务院督查激励的县市区", "level", area="全国", borderline=True,
          note="为全国15个县市区之一: the size of the group the county is one of"),
        O("第三次", "survey number (第三次全国土壤普查)"),
        Q("3年", 3, "年", "连续获评全省高质量发展综合绩效先进县的年数", "level", borderline=True,
          note="连续3年: a duration, arguably not an indicator"),
        O("第13次", "count as an ordinal (第13次获评)"),
        O("首位", "rank"),
        O("第一等次", "rank"),
        O("首个", "first-of-kind word"),
        C("1号", "name with a digit (中科发早粳1号, a rice variety)"),
        C("千亩", "size class in a name (千亩示范现场会)"),
        D("2023年三季度", "2023-07/2023-09", "period", rel=False, note="the store breaks off after it"),
    ],
)

# ---------------------------------------------------------------- 05 罗山县 (河南 信阳市), the county site's story (from the county TV) on a project start of 2021-10-08
LS = "罗山县"
LS_DAY = "2021-10-08"
LS_SEP = "2021-01/2021-09"
PAGES["e47_05_luoshan_20211009.txt"] = dict(
    pubdate="2021-10-09",
    pubnote="the date line `时间 : 2021年10月09日` (kept; www.luoshan.gov.cn, 罗山县人民政府's site, from the county's TV station)",
    area=LS, period=LS_DAY,
    items=[
        O("第二期", "batch number (全省第二期“三个一批”活动), headline"),
        C("三个一批", "numeric slogan"),
        O("二期", "project phase"),
        D("2021年10月09日", "2021-10-09", "day", rel=False, note="page metadata line"),
        D("10月8日上午", LS_DAY, "day"),
        O("第二期", "batch number"),
        C("三个一批", "numeric slogan"),
        O("二期", "project phase"),
        C("2021年", "year inside a batch's name (2021年第四批…重点项目)"),
        O("第四批", "batch number"),
        Q("10个", 10, "个", "第四批重点项目", "level"),
        O("第六次", "party congress number (市第六次党代会)"),
        D("今年以来", "2021", "period"),
        C("百园增效", "numeric slogan"),
        D("截9月底", "2021-09", "period", note="截至9月底 as 截"),
        Q("133个", 133, "个", "全县重点项目", "level", per="2021-09"),
        Q("167.1亿元", num("167.1亿"), "元", "重点项目累计完成投资", "level", per=LS_SEP),
        Q("75%", 75, "%", "重点项目完成投资占年度投资计划", "share", per=LS_SEP),
        Q("42个", 42, "个", "涉市重点项目", "level", per="2021-09"),
        Q("111.4亿元", num("111.4亿"), "元", "涉市重点项目累计完成投资", "level", per=LS_SEP),
        Q("96.4%", 96.4, "%", "涉市重点项目完成投资占年度计划", "share", per=LS_SEP),
        Q("21.4个百分点", 21.4, "百分点", "涉市重点项目投资超时序进度", "points", per=LS_SEP),
        Q("10个", 10, "个", "此次集中开工的重点项目", "level"),
        Q("20亿元", num("20亿"), "元", "集中开工项目总投资", "level"),
        Q("3.66亿元", num("3.66亿"), "元", "集中开工项目年度投资", "level", per="2021", target=True,
          note="the year's planned investment in the projects just started"),
    ],
)

# ---------------------------------------------------------------- 06 通许县 (河南 开封市), a news portal's story on the county's signing meeting of 2022-04-03
TX = "开封市通许县"
TX_DAY = "2022-04-03"
PAGES["e47_06_tongxu_20220412.txt"] = dict(
    pubdate="2022-04-12",
    pubnote="from the address's 2022/0412 (finance.3news.cn, a news portal); the meeting was on 4月3日",
    area=TX, period=TX_DAY,
    items=[
        D("4月3日上午", TX_DAY, "day"),
        C("2022年", "year inside a meeting's name (2022年开封市通许县春季线上项目签约暨招商大会)"),
        Q("3个", 3, "个", "线上签约项目", "level"),
        Q("9个", 9, "个", "线下签约项目", "level"),
        Q("12个", 12, "个", "签约项目", "level"),
        Q("94.46亿元", num("94.46亿"), "元", "签约项目投资总金额", "level"),
    ],
)
