"""Annotations of pages 01-04 (衡南县, 汉中市, 宜君县, 舟曲县), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GYZJ = "规模以上工业增加值"
GYZCZ = "规模以上工业总产值"
GGYS = "一般公共预算收入"
GDTZ = "固定资产投资"
SXL = "社会消费品零售总额"

PAGES = {}

HN = "2019-01/2019-06"
PAGES["e13_01_hengnan_20190816.txt"] = dict(
    pubdate="2019-08-16", pubnote="metadata line 2019-08-16 11:36:56 [来源:衡阳日报] (华声在线 reposting 衡阳日报); 衡阳日报讯 without a day",
    area="衡南县", period=HN,
    items=[
        D("上半年", HN, "period", note="in the headline"),
        D("2019-08-16 11:36:56", "2019-08-16T11:36", "time", rel=False, note="page metadata line"),
        Q("6.01亿元", num("6.01亿"), "元", "地方一般公共预算收入", "level", ind=GGYS,
          note="in the subheadline; the headline's 上半年 governs it"),
        Q("8.85%", 8.85, "%", "地方一般公共预算收入增速", "growth", ind=GGYS),
        Q("9.8%", 9.8, "%", "规上工业增加值增速", "growth", ind=GYZJ),
        D("今年来", "2019", "period", note="as 今年以来: the year"),
        C("四区一花园", "numeric slogan"),
        D("上半年", HN, "period"),
        Q("8.2%", 8.2, "%", "地区生产总值增速", "growth", ind=GDP),
        Q("6.01亿元", num("6.01亿"), "元", "地方一般公共预算收入", "level", ind=GGYS),
        Q("8.85%", 8.85, "%", "地方一般公共预算收入增速", "growth", ind=GGYS),
        Q("9.8%", 9.8, "%", "规上工业增加值增速", "growth", ind=GYZJ),
        Q("11.1%", 11.1, "%", "社会固定资产投资增速", "growth", ind=GDTZ),
        Q("61.85亿元", num("61.85亿"), "元", "社会消费品零售总额", "level", ind=SXL),
        Q("9.8%", 9.8, "%", "社会消费品零售总额增速", "growth", ind=SXL),
        Q("七县", 7, "县", "全市县(市)", "level", area="衡阳市", per="2019-08-16", borderline=True,
          note="the base of a rank (全市七县(市)第二), not an indicator"),
        O("第二", "rank"),
        D("上半年", HN, "period"),
        Q("42.65亿元", num("42.65亿"), "元", "农林牧渔业总产值", "level"),
        Q("2.7%", 2.7, "%", "农林牧渔业总产值增速", "growth"),
        Q("68万亩", num("68万"), "亩", "种植水稻", "level"),
        Q("14万亩", num("14万"), "亩", "种植旱粮", "level"),
        Q("1.26万亩", num("1.26万"), "亩", "种植烟叶", "level"),
        Q("28429亩", 28429, "亩", "新造油茶林", "level"),
        Q("1160亩", 1160, "亩", "低改垦复老油茶林", "level"),
        Q("28个", 28, "个", "打造油茶庄园", "level"),
        Q("2.35万亩", num("2.35万"), "亩", "中药材种植面积", "level"),
        Q("4.12%", 4.12, "%", "农产品加工产值增速", "growth"),
        D("上半年", HN, "period"),
        Q("43.62亿元", num("43.62亿"), "元", "规模工业总产值", "level", ind=GYZCZ,
          note="a space before the number in the stored copy (总产值 43.62亿元)"),
        Q("12.6%", 12.6, "%", "规模工业总产值增速", "growth", ind=GYZCZ),
        Q("45.4亿元", num("45.4亿"), "元", "工业固定资产投资", "level", ind="工业投资"),
        Q("36%", 36, "%", "工业固定资产投资增速", "growth", ind="工业投资"),
        Q("2.29亿千瓦时", num("2.29亿"), "千瓦时", "工业用电", "level"),
        Q("22.1%", 22.1, "%", "工业用电增速", "growth"),
        Q("2家", 2, "家", "工业集中区新增规上企业", "level"),
        Q("11亿元", num("11亿"), "元", "工业集中区规模工业增加值", "level",
          note="the industrial park's part of the county's figure: no catalogue indicator of the county"),
        Q("70%", 70, "%", "工业集中区规模工业增加值占全县比重", "share"),
        Q("4600万元", num("4600万"), "元", "工业集中区实现税收", "level",
          note="the park's taxes, a part of the county's: no catalogue indicator"),
        Q("千万元", num("1000万"), "元", "天津大桥税收", "level", q="more_than",
          note="税收过千万元: a threshold passed"),
        Q("500万元", num("500万"), "元", "得意电子税收", "level", q="more_than", note="税收过500万元"),
    ])

HZ = "2018-01/2018-08"
HZ_Y = "2018"
PAGES["e13_02_hanzhong_20180919.txt"] = dict(
    pubdate="2018-09-19", pubnote="from the address (hanzhong.gov.cn/…/201809/t20180919_538245.shtml); the stored copy shows no date line",
    area="汉中市", period=HZ,
    items=[
        D("前八月", HZ, "period", note="in the headline"),
        D("今年以来", HZ_Y, "period"),
        C("三市", "numeric slogan (高质量建设三市)"),
        D("前8月", HZ, "period"),
        O("一、", "section marker"),
        D("2018年", HZ_Y, "year", rel=False),
        Q("458个", 458, "个", "市级重点项目", "level", per=HZ_Y,
          note="the projects arranged for 2018 (2018年,全市安排重点项目458个)"),
        Q("7206.7亿元", num("7206.7亿"), "元", "重点项目总投资", "level", per=HZ_Y,
          note="the projects' total investment, an attribute of the list"),
        Q("853.8亿元", num("853.8亿"), "元", "重点项目年度计划投资", "level", per=HZ_Y, target=True),
        D("1-8月", HZ, "period"),
        Q("622.2亿元", num("622.2亿"), "元", "重点项目完成投资", "level"),
        Q("73%", 73, "%", "完成投资占年度投资计划比重", "share"),
        Q("133个", 133, "个", "续建项目", "level", per=HZ_Y,
          note="a part of the 458 projects of 2018's list"),
        Q("454.31亿元", num("454.31亿"), "元", "续建项目完成投资", "level"),
        Q("75%", 75, "%", "续建项目完成投资占年度计划比重", "share",
          note="the stored copy runs on without punctuation: 75%124个"),
        Q("124个", 124, "个", "新建项目", "level", per=HZ_Y),
        Q("122个", 122, "个", "新建项目已开工", "level"),
        Q("98.4%", 98.4, "%", "新建项目开工率", "share", note="a space before the number in the stored copy"),
        Q("124.06亿元", num("124.06亿"), "元", "新建项目完成投资", "level"),
        Q("64%", 64, "%", "新建项目完成投资占年度计划比重", "share"),
        Q("50个", 50, "个", "建成项目", "level", per=HZ_Y),
        Q("40.48亿元", num("40.48亿"), "元", "建成项目完成投资", "level"),
        Q("73%", 73, "%", "建成项目完成投资占年度计划比重", "share"),
        Q("151个", 151, "个", "前期项目", "level", per=HZ_Y),
        O("二、", "section marker"),
        D("今年", HZ_Y, "year"),
        Q("17个", 17, "个", "列入省级重点项目", "level", per=HZ_Y),
        Q("258.08亿元", num("258.08亿"), "元", "省级重点项目年度计划投资", "level", per=HZ_Y, target=True),
        D("1-8月", HZ, "period"),
        Q("277.58亿元", num("277.58亿"), "元", "省级重点项目完成投资", "level"),
        Q("107.56%", 107.56, "%", "省级重点项目完成投资占年计划比重", "share"),
    ])

YJ_DAY = "2018-08-28"
PAGES["e13_03_yijun_20180829.txt"] = dict(
    pubdate="2018-08-29", pubnote="metadata line 发布时间:2018-08-29 11:48 (宜君县教育科技体育局 on the county site); the letter is dated 2018-08-28",
    area="宜君县", period=YJ_DAY,
    items=[
        O("九届", "term number"),
        O("二次", "session number"),
        O("第4号", "proposal number"),
        D("2018-08-29 11:48", "2018-08-29T11:48", "time", rel=False, note="page metadata line"),
        O("第4号", "proposal number"),
        Q("5个月", 5, "个月", "高级中学采暖期", "level", borderline=True,
          note="a length of the heating season, arguably not an indicator"),
        O("高三", "school grade (高三年级)"),
        Q("4个月", 4, "个月", "其他中小学校及幼儿园采暖期", "level", borderline=True),
        Q("1200.9万元", num("1200.9万"), "元", "公办中小学(幼儿园)冬季供暖所需资金", "level", q="approx",
          note="约需资金1200.9万元: 约 outside the span sets the qualifier; an estimate of the need (经测算), at the letter's date"),
        D("2018年", "2018", "year", rel=False),
        Q("36.7万元", num("36.7万"), "元", "下达冬季取暖费资金", "level", per="2018"),
        D("年初", "2018-01", "period"),
        Q("300万元", num("300万"), "元", "城市教育费附加列支取暖运转费用", "level", per="2018",
          note="列支 at the start of the year for the year's heating"),
        Q("864万元", num("864万"), "元", "冬季取暖缺口资金", "level", note="the gap at the letter's date"),
        D("目前", YJ_DAY, "now", note="the letter's date"),
        D("今年", "2018", "year"),
        D("2018年8月28日", YJ_DAY, "day", rel=False),
    ])

ZQ = "2020"
PAGES["e13_04_zhouqu_20210407.txt"] = dict(
    pubdate="2021-04-07", pubnote="metadata table 公开日期 2021-04-07 (舟曲县教育局 on the county site); the letter is dated 2021-04-06",
    area="舟曲县", period=ZQ,
    items=[
        C("jyjl/2021-00030", "index number"),
        O("第十五届", "term number"),
        O("五次", "session number"),
        O("第64号", "proposal number"),
        D("2021-04-07", "2021-04-07", "day", rel=False, note="page metadata (公开日期)"),
        O("第十五届", "term number"),
        O("五次", "session number"),
        O("〔064〕号", "proposal number"),
        D("近几年来", None, "vague"),
        D("2020年", ZQ, "year", rel=False),
        Q("54所", 54, "所", "各级各类幼儿园", "level", note="2020年全县共有: a stock of 2020"),
        Q("35所", 35, "所", "小学", "level"),
        Q("56所", 56, "所", "教学点", "level"),
        Q("100%", 100, "%", "村级幼儿园覆盖率", "share"),
        D("下一步", None, "vague"),
        C("两委", "fixed term (村两委)"),
        D("2021年4月6日", "2021-04-06", "day", rel=False),
    ])
