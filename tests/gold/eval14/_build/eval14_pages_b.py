"""Annotations of pages 05-08 (昆明市西山区, 岫岩满族自治县, 清涧县, 宜良县), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

XS_DAY = "2023-11-21"
XS_GROUP = "妥排社区"
PAGES["e14_05_xishan_20231121.txt"] = dict(
    pubdate="2023-11-21", pubnote="metadata 发布日期: 2023-11-21 14:44 (昆明市西山区 government site); the stored copy ends before the letter's signature",
    area="昆明市西山区", period=XS_DAY,
    items=[
        C("015116516-202311-796777", "index number"),
        C("2023", "a year as the subject class (主题分类: 2023)"),
        D("2023-11-21 14:44", "2023-11-21T14:44", "time", rel=False, note="page metadata (发布日期)"),
        O("第十七届", "term number"),
        O("二次", "session number"),
        O("第172261号", "proposal number"),
        O("第十七届", "term number"),
        O("二次", "session number"),
        O("第172261号", "proposal number"),
        D("2023-11-21 14:44", "2023-11-21T14:44", "time", rel=False, note="page metadata (发布时间)"),
        O("第十七届", "term number"),
        O("第172261号", "proposal number; the copy drops the session's number (人大次会议)"),
        O("一、", "section marker"),
        Q("31户", 31, "户", "小乐居居民小组户数", "level", area=XS_GROUP,
          note="a residents' group of 妥排社区: the smallest administrative area named; a stock at the page's date"),
        Q("162人", 162, "人", "小乐居居民小组人口", "level", area=XS_GROUP),
        D("2011年", "2011", "year", rel=False),
        Q("5万元", num("5万"), "元", "区扶贫办补助资金(架设彩钢瓦)", "level", area=XS_GROUP,
          note="spent some time after 2011 (后来), no date given: the page's date"),
        D("现在", XS_DAY, "now", note="the page's date (the letter's own date is not in the stored copy)"),
        Q("32万元", num("32万"), "元", "活动室改造所需资金", "level", q="approx", area=XS_GROUP,
          note="大约需资金32万元: 大约 outside the span sets the qualifier; an estimate (经预算), not a plan"),
        Q("270平方米", 270, "平方米", "玻璃顶面积", "level", area=XS_GROUP),
        Q("1200元/平方米", 1200, "元/平方米", "玻璃顶单价", "level", area=XS_GROUP),
        Q("32.4万元", num("32.4万"), "元", "玻璃顶改造预算(计算)", "level", area=XS_GROUP),
        O("二、", "section marker"),
        C("2023年", "year inside a notice's title"),
        D("今年", "2023", "year"),
    ])

PAGES["e14_06_xiuyan_20231107.txt"] = dict(
    pubdate="2023-11-07", pubnote="page date line 时间:2023-11-07 08:53 (岫岩满族自治县 government site); the letter is dated 2023-04-13",
    area="岫岩满族自治县", period="2023-04-13",
    items=[
        O("十届", "term number"),
        O("第二次", "session number"),
        O("第025号", "proposal number"),
        D("2023-11-07 08:53", "2023-11-07T08:53", "time", rel=False, note="page date line"),
        D("近几年", None, "vague"),
        D("今后", None, "vague"),
        D("2023年4月13日", "2023-04-13", "day", rel=False),
    ])

QJ = "2022"
QJ_Q2 = "2022-04/2022-06"
PAGES["e14_07_qingjian_20220414.txt"] = dict(
    pubdate="2022-04-14", pubnote="from the address (fabugov.com/…/yl_xianquliangdian/2022/0414/18353.html); the event was on 4月12日",
    area="清涧县", period=QJ,
    items=[
        D("4月12日", "2022-04-12", "day"),
        D("2022年第二季度", QJ_Q2, "period", rel=False,
          note="the batch of projects named by its quarter; no event name here (unlike eval4's …集中开工活动)"),
        Q("23个", 23, "个", "第二季度集中开工重点项目", "level", per=QJ_Q2),
        D("2022年第二季度", QJ_Q2, "period", rel=False, note="宣布…集中开工: the batch of the first sentence"),
        D("2022年", QJ, "year", rel=False),
        D("二季度", QJ_Q2, "period"),
        D("今年", QJ, "year"),
        Q("79个", 79, "个", "重点项目", "level", note="the projects arranged for 2022 (今年我县共安排)"),
        Q("55亿元", num("55亿"), "元", "重点项目总投资", "level"),
        Q("31.52亿元", num("31.52亿"), "元", "重点项目年度计划投资", "level", target=True,
          note="a plan for 2022, in April"),
        Q("65个", 65, "个", "新建项目", "level"),
        Q("39.6亿元", num("39.6亿"), "元", "新建项目总投资", "level"),
        Q("24.3亿元", num("24.3亿"), "元", "新建项目年度投资", "level", target=True,
          note="年度投资 of the year's plan, as 年度计划投资"),
        D("第二季度", QJ_Q2, "period"),
        Q("23个", 23, "个", "第二季度集中开工项目", "level", per=QJ_Q2),
    ])

YL_DAY = "2020-09-16"
PAGES["e14_08_yiliang_20201201.txt"] = dict(
    pubdate="2020-12-01", pubnote="metadata 发布时间:2020-12-01 10:23 (宜良县人民政府 site, 发布人 宜良县交运局); the letter is dated 2020916 (2020-09-16)",
    area="宜良县", period=YL_DAY,
    items=[
        O("第十七届", "term number"),
        O("第五次", "session number"),
        O("第28号", "proposal number"),
        D("2020-12-01 10:23", "2020-12-01T10:23", "time", rel=False, note="page metadata (发布时间)"),
        O("第十七届", "term number"),
        O("28号", "proposal number; the copy drops the session's number (第次会议)"),
        Q("约2公里", 2, "公里", "永丰新桥至梅家营桥沿河道路长度", "level", q="approx",
          note="长约2公里; the road runs between two communities: the county's"),
        D("近年来", None, "vague"),
        Q("3亿元左右", num("3亿"), "元", "农村公路建设工程欠款", "level", q="approx",
          note="a stock at the letter's date"),
        D("2020916", YL_DAY, "day", rel=False, note="the letter's date written without separators"),
    ])
