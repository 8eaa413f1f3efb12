"""Annotations of pages 06-09 (东丽区, 赤城县, 四川省, 双峰县), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"

PAGES = {}

DL = "2009-01/2009-09"
PAGES["e12_06_dongli_20091028.txt"] = dict(
    pubdate="2009-10-28", pubnote="from the address (…/20091028/20955.html); the copy has no date line",
    area="东丽区", period=DL,
    items=[
        D("今年以来", "2009", "period"),
        C("2009年", "year inside the campaign's name (2009年招商引资专项行动)"),
        C("百日", "name with a numeral (百日专项战役)"),
        D("1—9月", DL, "period"),
        Q("156.5亿元", num("156.5亿"), "元", "引进内资", "level", note="156.5亿元人民币"),
        Q("65%", 65, "%", "引进内资增速", "growth"),
        D("全年", "2009", "year"),
        Q("85.9%", 85.9, "%", "引进内资完成全年任务", "share"),
        Q("88.31亿元", num("88.31亿"), "元", "引进市外资金", "level", note="88.31亿元人民币"),
        Q("35%", 35, "%", "市外资金增速", "growth"),
        D("全年", "2009", "year"),
        Q("97%", 97, "%", "市外资金完成全年任务", "share"),
        Q("8家", 8, "家", "新批外资企业", "level"),
        Q("3家", 3, "家", "新批合资企业", "level"),
        Q("5家", 5, "家", "新批独资企业", "level"),
        Q("20家", 20, "家", "增资企业", "level"),
    ])

PAGES["e12_07_chicheng_20191029.txt"] = dict(
    pubdate="2019-10-29", pubnote="metadata line 时间:2019-10-29 11:36 (second page of the article on govfoods.com)",
    area="赤城县", period="2018",
    items=[
        O("2", "page number of the article ((2), its second page)"),
        D("2019-10-29 11:36", "2019-10-29T11:36", "time", rel=False, note="page metadata line"),
        C("WB11", "author's user name with digits"),
        D("2014年", "2014", "year", rel=False),
        Q("272个", 272, "个", "贫困村", "level", per="2014"),
        Q("32076户", 32076, "户", "建档立卡贫困户", "level", per="2014"),
        Q("68242人", 68242, "人", "建档立卡贫困人口", "level", per="2014"),
        Q("28.2%", 28.2, "%", "贫困发生率", "share", per="2014"),
        D("短短几年", None, "vague"),
        D("2018年", "2018", "year", rel=False),
        Q("135个", 135, "个", "精准脱贫出列村", "level"),
        Q("11359人", 11359, "人", "精准脱贫出列人口", "level"),
        Q("2.69%", 2.69, "%", "贫困发生率", "share"),
        D("去年", "2018", "year", note="said in 2019"),
        Q("4000户", 4000, "户", "收入过万元的建档立卡贫困户", "level"),
        Q("万元", num("1万"), "元", "贫困户收入门槛", "level", q="more_than", borderline=True,
          note="收入过万元: an income threshold that defines the count before it"),
        Q("4160元", 4160, "元", "贫困户收入线", "level", q="less_than", borderline=True,
          note="低于4160元: an income threshold that defines the count after it"),
        Q("1700户", 1700, "户", "收入低于4160元的贫困户", "level"),
        Q("10700元", 10700, "元", "农村人均纯收入", "level"),
        D("2017年", "2017", "year", rel=False),
        Q("11%", 11, "%", "农村人均纯收入增速", "growth"),
        Q("102亿元", num("102亿"), "元", "个人存款", "level", per="2018-12",
          note="a balance at the end of 去年"),
        D("2017年", "2017", "year", rel=False),
        Q("14.6亿元", num("14.6亿"), "元", "个人存款比2017年净增", "difference", per="2018-12"),
        Q("60%", 60, "%", "收入中经营性、产业性、工资性收入比重", "share"),
        Q("40%", 40, "%", "收入中财政转移支付比重", "share"),
    ])

SC_Q = "2014-01/2014-09"
SC_M = "2014-09"
PAGES["e12_08_sichuan_20141031.txt"] = dict(
    pubdate="2014-10-31", pubnote="metadata line 2014年10月31日 07时29分, 来源: 四川日报",
    area="四川省", period=SC_M,
    items=[
        D("前三季度", SC_Q, "period", note="in the headline"),
        Q("逾47万户", num("47万"), "户", "农村住房开工", "level", q="more_than", per=SC_Q,
          note="in the headline; 逾 (like 超) kept in the span"),
        D("2014年10月31日 07时29分", "2014-10-31T07:29", "time", rel=False, note="page metadata line"),
        D("10月29日", "2014-10-29", "day"),
        D("截至9月底", SC_M, "period"),
        C("百万", "name with a numeral (百万安居工程建设行动)"),
        Q("47.04万户", num("47.04万"), "户", "农村住房开工", "level", note="截至9月底 共开工: as of the end of September"),
        Q("94.1%", 94.1, "%", "开工占年度目标", "share"),
        Q("29.22万户", num("29.22万"), "户", "农村住房竣工", "level"),
        D("前三季度", SC_Q, "period"),
        O("前5位", "rank"),
        Q("235.4%", 235.4, "%", "农村住房开工进度", "share", area="甘孜", per=SC_Q),
        Q("183.5%", 183.5, "%", "农村住房开工进度", "share", area="成都", per=SC_Q),
        Q("151.2%", 151.2, "%", "农村住房开工进度", "share", area="阿坝", per=SC_Q),
        Q("114.3%", 114.3, "%", "农村住房开工进度", "share", area="眉山", per=SC_Q),
        Q("111.8%", 111.8, "%", "农村住房开工进度", "share", area="巴中", per=SC_Q),
        O("前5位", "rank"),
        Q("107.9%", 107.9, "%", "农村住房完工进度", "share", area="眉山", per=SC_Q),
        Q("95.9%", 95.9, "%", "农村住房完工进度", "share", area="巴中", per=SC_Q),
        Q("71.6%", 71.6, "%", "农村住房完工进度", "share", area="达州", per=SC_Q),
        Q("68.9%", 68.9, "%", "农村住房完工进度", "share", area="甘孜", per=SC_Q),
        Q("64.7%", 64.7, "%", "农村住房完工进度", "share", area="内江", per=SC_Q),
        C("百万", "name with a numeral (百万安居工程建设行动)"),
        D("年内", "2014", "year"),
        Q("100万户(套)", num("100万"), "户(套)", "新建、改造城乡住房计划", "level", per="2014", target=True),
        Q("50万户", num("50万"), "户", "建设、改造农房计划", "level", per="2014", target=True),
    ])

SF_DAY = "2017-12-08"
SF_11 = "2017-01/2017-11"
PAGES["e12_09_shuangfeng_20171210.txt"] = dict(
    pubdate="2017-12-10", pubnote="metadata line 时间:2017-12-10 22:06 来源:湖南日报 (湖南民生在线 reposting); the event 12月8日",
    area="双峰县", period=SF_DAY,
    items=[
        Q("7个", 7, "个", "集中开工竣工重点项目", "level", note="in the headline"),
        D("2017-12-10 22:06", "2017-12-10T22:06", "time", rel=False, note="page metadata line"),
        D("12月8日上午", SF_DAY, "day"),
        C("2017年度", "year inside a project's name (2017年度易地扶贫搬迁安置点)"),
        Q("7个", 7, "个", "集中开工竣工重点项目", "level"),
        D("今年来", "2017", "period", note="as 今年以来: the year"),
        D("今年前三季度", "2017-01/2017-09", "period"),
        Q("151.28亿元", num("151.28亿"), "元", "地区生产总值", "level", ind=GDP, per="2017-01/2017-09"),
        Q("8.3%", 8.3, "%", "地区生产总值增速", "growth", ind=GDP, per="2017-01/2017-09"),
        D("1至11月", SF_11, "period"),
        Q("206个", 206, "个", "重点项目", "level", per=SF_11),
        Q("113亿元", num("113亿"), "元", "重点项目完成投资", "level", per=SF_11),
        Q("95%", 95, "%", "完成投资占目标任务", "share", per=SF_11),
        D("全年", "2017", "year"),
        Q("126亿元", num("126亿"), "元", "重点项目全年预计完成投资", "level", per="2017", target=True,
          note="预计全年将完成: a forecast for a year not yet over (article of 10 December)"),
        Q("7个", 7, "个", "开工竣工重点项目", "level"),
        Q("5个", 5, "个", "竣工项目", "level"),
        Q("2个", 2, "个", "开工项目", "level"),
        C("万亩", "name with a numeral (万亩红心脐橙基地)"),
        Q("1.24亿元", num("1.24亿"), "元", "桑圆门业生产线投资", "level"),
        Q("50万樘", num("50万"), "樘", "门生产线年产能", "level", per="NULL", target=True,
          note="年产50万樘: the line's capacity once built, a plan with no year"),
    ])
