"""Annotations of pages 06-09 (龙亢镇, 歙县经济开发区, 香河县, 兴安县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

FAI = "固定资产投资"

PAGES = {}

# ---------------------------------------------------------------- 06 龙亢镇 (安徽 蚌埠市怀远县)
LK_DAY = "2023-06-26"
PAGES["e22_06_longkang_20230627.txt"] = dict(
    pubdate="2023-06-27", pubnote="the metadata line 2023-06-27 10:40:29 under the headline (新华丝路, a national portal)",
    area="龙亢镇", period=LK_DAY,
    items=[
        Q("7.6亿元", num("7.6亿"), "元", "集中开工重点项目总投资", "level", note="in the headline"),
        D("2023-06-27 10:40:29", "2023-06-27T10:40", "time", rel=False, note="page metadata line"),
        D("6月26日上午", LK_DAY, "day", note="the ceremony's day (no dateline; year from the page's date)"),
        D("当天", LK_DAY, "day"),
        Q("7.6亿元", num("7.6亿"), "元", "集中开工项目总投资", "level"),
        D("今年以来", "2023", "period"),
        D("1-5月", "2023-01/2023-05", "period"),
        Q("64.9%", 64.9, "%", "工业投资增速", "growth", ind="工业投资", area="怀远县", per="2023-01/2023-05"),
        Q("108%", 108, "%", "技改投资增速", "growth", area="怀远县", per="2023-01/2023-05"),
        O("第一", "rank in the city (位列全市第一)"),
        C("亿元以上", "size class (亿元以上项目)"),
        Q("34个", 34, "个", "新签约亿元以上项目", "level", area="怀远县", per="2023",
          note="the paragraph's 今年以来 governs (the 1-5月 sentence ends before it)"),
        Q("215.9亿元", num("215.9亿"), "元", "新签约项目协议总投资", "level", area="怀远县", per="2023"),
    ],
)

# ---------------------------------------------------------------- 07 歙县经济开发区 (安徽 黄山市歙县)
SX_DAY = "2010-04-18"
ZONE = "歙县经济开发区"
PAGES["e22_07_shexian_20100420.txt"] = dict(
    pubdate="2010-04-20", pubnote="the metadata line 黄山日报 2010-04-20 18:19 (yybnet.net, a portal reposting the city paper)",
    area="歙县", period=SX_DAY,
    items=[
        Q("四", 4, "个", "集中开工的重点项目", "level", area=ZONE, implied=True,
          note="headline 四重点项目: no measure word"),
        D("2010-04-20 18:19", "2010-04-20T18:19", "time", rel=False, note="page metadata line"),
        D("4月18日上午", SX_DAY, "day", note="本报讯 without a date; the lead's day, year from the page's date"),
        O("二期", "project phase (杭罗二期)"),
        O("二期", "project phase (久利二期)"),
        Q("4个", 4, "个", "集中开工的重点项目", "level", area=ZONE),
        Q("4个", 4, "个", "集体开工的工业项目", "level", area=ZONE),
        Q("96亩", 96, "亩", "开工项目占地总面积", "level", area=ZONE),
        Q("1.23亿元", num("1.23亿"), "元", "开工项目总投资", "level", area=ZONE),
        Q("3000万元以上", num("3000万"), "元", "单体项目平均投资规模", "level", q="at_least", area=ZONE),
        D("今年", "2010", "year"),
        Q("34个", 34, "个", "园区确定的重点项目", "level", area=ZONE, per="2010"),
        C("500万元以上", "size class (投资500万元以上重点项目)"),
        C("六超", "numeric slogan (开发区“六超”目标)"),
        D("一季度", "2010-01/2010-03", "period"),
        Q("2.5亿元", num("2.5亿"), "元", "园区固定资产投资", "level", ind=FAI, area=ZONE,
          per="2010-01/2010-03"),
        Q("20%", 20, "%", "固定资产投资占年度计划", "share", area=ZONE, per="2010-01/2010-03"),
        Q("1875万元", num("1875万"), "元", "基础设施投资", "level", area=ZONE, per="2010-01/2010-03"),
        Q("2.3亿元", num("2.3亿"), "元", "企业完成投资", "level", area=ZONE, per="2010-01/2010-03"),
        Q("6个", 6, "个", "新试投产项目", "level", area=ZONE, per="2010-01/2010-03"),
        Q("10个", 10, "个", "新开工项目", "level", area=ZONE, per="2010-01/2010-03"),
    ],
)

# ---------------------------------------------------------------- 08 香河县 (河北 廊坊市)
XH = "2013"
PAGES["e22_08_xianghe_20130606.txt"] = dict(
    pubdate="2013-06-06", pubnote="the address's date (fidreport.com/2013-06/06/content_3289552.htm, a copy of 河北新闻网's page)",
    area="香河县", period=XH,
    items=[
        D("6月底前", "2013-06", "period"),
        O("二期", "project phase (双叶二期)"),
        D("10月底前", "2013-10", "period"),
        O("二期", "project phase (香江二期)"),
        D("年底前", "2013-12", "period"),
        D("连日来", None, "vague"),
        D("今年前4个月", "2013-01/2013-04", "period"),
        Q("12.5亿元", num("12.5亿"), "元", "财政收入", "level", per="2013-01/2013-04"),
        O("第3位", "rank in 廊坊 (居廊坊第3位)"),
        Q("8.4亿元", num("8.4亿"), "元", "地方公共预算收入", "level", ind="一般公共预算收入",
          per="2013-01/2013-04"),
        O("第8位", "rank in the province (居全省第8位)"),
        Q("三至四年", 3, "年", "跻身全省十强的努力期限", "level", value_max=4, borderline=True, target=True,
          per="2013-06-06/2017-06-06", note="通过三至四年努力: a span of effort, read from the article's date"),
        C("十强", "rank class (全省十强, like 百强)"),
        D("2017年", "2017", "year", rel=False, note="到2017年: the year the goals aim at"),
        Q("60亿元", num("60亿"), "元", "全县财政收入目标", "level", q="more_than", per="2017", target=True,
          note="突破60亿元: 突破 outside the span sets the qualifier"),
        Q("60%", 60, "%", "城镇化率目标", "share", per="2017", target=True),
        D("今年", "2013", "year"),
        Q("120亿元", num("120亿"), "元", "全县固定资产投资目标", "level", ind=FAI, q="more_than", target=True,
          note="力争超过120亿元"),
        Q("20%", 20, "%", "固定资产投资增速目标", "growth", ind=FAI, target=True),
    ],
)

# ---------------------------------------------------------------- 09 兴安县 (广西 桂林市)
XA_DAY = "2022-09-24"
PAGES["e22_09_xingan_20220925.txt"] = dict(
    pubdate="2022-09-25", pubnote="the date on the title line 2022-09-25 15:39:51 (a mirror of 央视网's page)",
    area="兴安县", period=XA_DAY,
    items=[
        D("2022-09-25 15:39:51", "2022-09-25T15:39", "time", rel=False, note="page date on the title line"),
        D("今天", XA_DAY, "day", note="新闻联播 of 9月24日: 今天(9月24日)"),
        D("9月24日", XA_DAY, "day"),
        O("十八大", "party congress"),
        D("眼下", XA_DAY, "now"),
        Q("15万亩", num("15万"), "亩", "葡萄种植面积", "level"),
        Q("60亩", 60, "亩", "唐诚旺一家的葡萄", "level", area="溶江镇",
          note="the family's farm is in 溶江镇 (named in the next line)"),
        D("现在", XA_DAY, "now"),
        Q("2500斤左右", 2500, "斤", "葡萄平均亩产", "level", q="approx", area="溶江镇"),
        O("十八大", "party congress"),
        Q("约30个", 30, "个", "葡萄品种", "level", q="approx"),
        Q("15万亩", num("15万"), "亩", "葡萄种植面积", "level"),
        Q("约31万吨", num("31万"), "吨", "葡萄年产量", "level", q="approx"),
        D("目前", XA_DAY, "now"),
        Q("11条", 11, "条", "民居旅游示范带", "level"),
        D("今年上半年", "2022-01/2022-06", "period"),
        Q("360多万人次", num("360万"), "人次", "接待游客", "level", q="more_than", ind="接待游客",
          per="2022-01/2022-06"),
        D("2021年底", "2021-12", "period", rel=False, note="截至2021年底"),
        D("2012年", "2012", "year", rel=False),
        Q("88%", 88, "%", "城镇居民人均可支配收入较2012年增长", "growth", ind="城镇居民人均可支配收入",
          per="2012/2021"),
        Q("141%", 141, "%", "农村居民人均可支配收入较2012年增长", "growth", ind="农村居民人均可支配收入",
          per="2012/2021"),
        O("一二三产", "industry ordinals (第一、二、三产业)"),
        O("二十大", "party congress"),
    ],
)

# ---------------------------------------------------------------- 10 阜阳合肥现代产业园区 (安徽 阜阳市, a development zone)
FH = "2014-11-18"
FH10 = "2014-01/2014-10"
PAGES["e22_10_fuhe_20141118.txt"] = dict(
    pubdate="2014-11-18", pubnote="the date line 18.11.2014 19:58 under the headline (hefei.baogaosu.com, a news aggregator)",
    area="阜阳合肥现代产业园区", period=FH,
    items=[
        D("18.11.2014  19:58", "2014-11-18T19:58", "time", rel=False, note="page date line (day.month.year)"),
        C("四化同步", "numeric slogan"),
        D("今年1~10月份", FH10, "period"),
        Q("15.6亿元", num("15.6亿"), "元", "园区固定资产投资", "level", ind=FAI, per=FH10),
        Q("7.9亿元", num("7.9亿"), "元", "园区工业投资", "level", ind="工业投资", per=FH10),
        Q("11556万元", num("11556万"), "元", "园区财政收入", "level", per=FH10),
        Q("8个", 8, "个", "新签约项目", "level", per=FH10),
        Q("26.6亿元", num("26.6亿"), "元", "新签约项目协议总投资", "level", per=FH10),
        Q("10个", 10, "个", "新开工项目", "level", per=FH10),
        Q("13个", 13, "个", "新投产项目", "level", per=FH10),
        Q("两年多", 2, "年", "园区建设时间", "level", q="more_than", borderline=True,
          note="刚刚建设才两年多时间: the zone's age"),
        Q("两市", 2, "市", "共建园区的城市(合肥、阜阳)", "level", borderline=True),
        Q("20亿元", num("20亿"), "元", "中航江淮汽车阜阳专用车底盘及车辆制造基地项目总投资", "level"),
        D("近日", None, "vague", note="近日将正式开工: soon"),
        D("年内", "2014", "year"),
        Q("2100平方米", 2100, "平方米", "振展汽车新能源项目租赁标准化厂房", "level"),
        Q("两条", 2, "条", "振展项目开工建设生产线", "level"),
        O("一期", "project phase (洽洽食品项目一期)"),
        Q("150名", 150, "名", "洽洽食品项目吸纳当地群众就业", "level"),
        Q("2亿元", num("2亿"), "元", "苏宁玻璃深加工及幕墙门窗制造项目总投资", "level"),
        D("目前", FH, "now"),
        Q("1.2亿元", num("1.2亿"), "元", "康师傅矿物质水项目总投资", "level"),
        D("近期", None, "vague"),
        D("截至目前", FH, "now"),
        Q("41个", 41, "个", "园区引进项目", "level"),
        Q("29个", 29, "个", "引进工业项目", "level"),
        Q("12个", 12, "个", "引进服务业项目", "level"),
        Q("约133亿元", num("133亿"), "元", "引进项目协议总投资", "level", q="approx"),
        Q("24个", 24, "个", "已开工建设项目", "level"),
        O("一期", "project phase (工投中小企业园一期)"),
        Q("13个", 13, "个", "已建成运营项目", "level"),
        Q("50个", 50, "个", "在谈项目", "level"),
    ],
)
