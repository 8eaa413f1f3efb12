"""Annotations of pages 05-08 (金凤区, 山西转型综改示范区, 肃南县, 东乌珠穆沁旗), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
THIRD = "第三产业增加值"
IND_INV = "工业投资"
TRADE = "进出口总额"

PAGES = {}

# ---------------------------------------------------------------- 05 金凤区 (宁夏 银川市), news on the district's 上半年 2021
JF = "金凤区"
H1 = "2021-01/2021-06"
TWO = "2020-01/2021-06"
TWO_NOTE = "两年平均: the average growth over the two years to the first half of 2021"
PAGES["e44_05_jinfeng_20210728.txt"] = dict(
    pubdate="2021-07-28",
    pubnote="the address's 20210728 (chinawznews.net; the copy has no date line); the year also from 两年平均 and 十三五 behind",
    area=JF, period=H1,
    items=[
        D("日前", None, "vague"),
        D("上半年", H1, "period"),
        Q("159.68亿元", num("159.68亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("12.7%", 12.7, "%", "地区生产总值同比增长", "growth", ind=GDP),
        D("年初", "2021-01", "period"),
        Q("5.7个百分点", 5.7, "百分点", "地区生产总值增速高于年初目标", "points", ind=GDP),
        Q("6.2%", 6.2, "%", "地区生产总值两年平均增长", "growth", ind=GDP, per=TWO, note=TWO_NOTE),
        C("十三五", "fixed term"),
        Q("7项", 7, "项", "两位数增长的指标", "level", borderline=True),
        Q("两位数", 10, "%", "7项指标增长", "growth", q="at_least",
          note="两位数增长: at least 10%, as eval40's"),
        D("上半年", H1, "period"),
        C("六大", "numeral inside a campaign's name (服务业发展六大行动)"),
        D("上半年", H1, "period"),
        O("第三产业", "industry ordinal"),
        Q("131.82亿元", num("131.82亿"), "元", "第三产业增加值", "level", ind=THIRD),
        Q("82.5%", 82.5, "%", "第三产业增加值占地区生产总值比重", "share", ind=THIRD),
        Q("11.8%", 11.8, "%", "第三产业增加值同比增长", "growth", ind=THIRD),
        Q("9.9个百分点", 9.9, "百分点", "第三产业拉动地区生产总值增长", "points", ind=THIRD),
        Q("3条", 3, "条", "场景化改造示范街区", "level"),
        Q("14.7%", 14.7, "%", "网上销售额同比增长", "growth"),
        C("六大", "numeral inside a name (“六大商圈”)"),
        Q("18.23亿元", num("18.23亿"), "元", "六大商圈销售额", "level"),
        Q("8.5万人次", num("8.5万"), "人次", "六大商圈日均客流", "level"),
        Q("28.7%", 28.7, "%", "日均客流同比增长", "growth"),
        Q("78.61亿元", num("78.61亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("14.5%", 14.5, "%", "社会消费品零售总额同比增长", "growth", ind=RETAIL),
        O("第一", "rank (增速居自治区各县(市)区第一)"),
        D("上半年", H1, "period"),
        Q("6家", 6, "家", "新增规上工业企业", "level"),
        Q("36.5%", 36.5, "%", "规上工业总产值同比增长", "growth", ind=IND_OUT),
        Q("33.5%", 33.5, "%", "规上工业总产值两年平均增长", "growth", ind=IND_OUT, per=TWO, note=TWO_NOTE),
        Q("30.8%", 30.8, "%", "规上工业增加值同比增长", "growth", ind=IND_VA),
        Q("19.8%", 19.8, "%", "规上工业增加值两年平均增长", "growth", ind=IND_VA, per=TWO, note=TWO_NOTE),
        O("第一", "rank"),
        D("上半年", H1, "period"),
        Q("9450户", 9450, "户", "新增市场主体", "level"),
        Q("140%", 140, "%", "新增市场主体同比增长", "growth"),
        Q("74家", 74, "家", "日均新增市场主体", "level"),
        Q("90%", 90, "%", "重点项目开工率", "share", q="more_than", note="超过90%"),
        Q("31个", 31, "个", "现场签约项目", "level"),
    ],
)

# ---------------------------------------------------------------- 06 山西转型综改示范区 (山西 太原市), 山西青年报 (from 山西日报) on the zone's 上半年 2024
ZG = "山西转型综改示范区"
ZG_H1 = "2024-01/2024-06"
WS = "太原武宿综保区"
PAGES["e44_06_zonggaiqu_20240812.txt"] = dict(
    pubdate="2024-08-12",
    pubnote="the address's 20240812 (sxqnb.com.cn, 山西青年报; the story is credited to 山西日报); `今年` is 2024",
    area=ZG, period=ZG_H1,
    items=[
        Q("七成以上", 70, "%", "工业投资中来自新开工项目的比重", "share", q="at_least",
          note="七成 = 70%, in the subheading; the body's 72.4% (the first half of 2024, as the story)"),
        D("今年上半年", ZG_H1, "period"),
        Q("11.1%", 11.1, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        Q("34.4%", 34.4, "%", "固定投资增长", "growth", ind=FAI),
        Q("59.8%", 59.8, "%", "工业投资增长", "growth", ind=IND_INV),
        Q("19.2%", 19.2, "%", "进出口总额增长", "growth", ind=TRADE),
        D("今年以来", "2024", "period"),
        D("今年上半年", ZG_H1, "period"),
        Q("32家", 32, "家", "小升规企业", "level"),
        Q("36家", 36, "家", "新入统企业", "level"),
        Q("111亿元", num("111亿"), "元", "小升规和新入统企业贡献产值", "level"),
        Q("15.3%", 15.3, "%", "制造业增加值增长", "growth"),
        Q("76.8%", 76.8, "%", "制造业增加值占规上工业增加值比重", "share"),
        Q("59.8%", 59.8, "%", "工业投资增长", "growth", ind=IND_INV),
        Q("72.4%", 72.4, "%", "工业投资中来自新开工项目的比重", "share"),
        Q("50个", 50, "个", "全程调度的省级重点工程", "level"),
        D("上半年", ZG_H1, "period"),
        Q("62.9%", 62.9, "%", "省级重点工程投资完成率", "share"),
        Q("56个", 56, "个", "新谋划储备项目", "level"),
        Q("400亿元", num("400亿"), "元", "储备项目总投资", "level"),
        Q("18.4%", 18.4, "%", "高技术制造业增长", "growth"),
        Q("38家", 38, "家", "重点战新企业", "level"),
        Q("40%以上", 40, "%", "重点战新企业产值增速", "growth", q="at_least"),
        Q("111.4%", 111.4, "%", "武宿综保区进出口值增长", "growth", area=WS),
        O("第18位", "rank (增速居全国第18位)"),
        Q("257.7%", 257.7, "%", "保税业务进出口值增长", "growth", area=WS),
        C("9610", "customs trade code (“9610”跨境电商零售)"),
    ],
)

# ---------------------------------------------------------------- 07 肃南县 (甘肃 张掖市), the county government's report on deputies' proposals (2023-11-24)
SN = "肃南县"
SN_DAY = "2023-11-24"
PAGES["e44_07_sunan_20231212.txt"] = dict(
    pubdate="2023-12-12",
    pubnote="the date line `发布时间: 2023-12-12 10:35` (kept; gssn.gov.cn, 肃南裕固族自治县人民政府's site); the report was made `20231124日` (2023-11-24)",
    area=SN, period=SN_DAY,
    items=[
        O("十九届人大二次", "congress term and session (title)"),
        D("2023-12-12 10:35", "2023-12-12T10:35", "time", rel=False, note="page metadata line"),
        O("十届人大次", "congress term and session, the session's number lost in the copy"),
        D("20231124日", SN_DAY, "day", rel=False,
          note="the copy has lost characters (2023年11月24日), kept as stored, as eval43's 2017222日"),
        O("十届", "standing committee term (自治县十届人大常委会)"),
        O("第十四次", "meeting number"),
        O("十届人大次", "congress term and session, the session's number lost in the copy"),
        O("一、", "section marker"),
        O("十九届人大二次", "congress term and session"),
        O("十九届人大二次", "congress term and session"),
        Q("80件", 80, "件", "交办人大代表意见建议", "level",
          note="counted in the report of 2023-11-24: that day"),
        Q("30个", 30, "个", "承办部门单位", "level"),
        Q("68件", 68, "件", "已经落实的A类建议", "level"),
        Q("85%", 85, "%", "A类建议占比", "share"),
        Q("7件", 7, "件", "正在落实或列入计划落实的B类建议", "level"),
        Q("8.75%", 8.75, "%", "B类建议占比", "share"),
        Q("5件", 5, "件", "暂时难以落实的C类建议", "level"),
        Q("6.25%", 6.25, "%", "C类建议占比", "share"),
        O("(一)", "list marker"),
        Q("68件", 68, "件", "已经落实的建议", "level"),
        Q("85%", 85, "%", "已经落实的建议占总承办量", "share"),
        Q("26件", 26, "件", "农牧水方面建议", "level"),
    ],
)

# ---------------------------------------------------------------- 08 东乌珠穆沁旗 (内蒙古 锡林郭勒盟), the banner's 2022 work report: review of four years
DW = "东乌珠穆沁旗"
FOUR = "2018/2021"
PAGES["e44_08_dongwuqi_20220211.txt"] = dict(
    pubdate="2022-02-11",
    pubnote="the date line `发布日期:2022-02-11 19:15` (kept; www.dwq.gov.cn, 东乌珠穆沁旗人民政府's site); the report was made 2022-01-05",
    area=DW, period=FOUR,
    items=[
        C("2022年", "year inside a title (政 府 工 作 报 告(2022年))"),
        D("2022-02-11 19:15", "2022-02-11T19:15", "time", rel=False, note="page metadata line"),
        O("第十六届", "congress term"),
        O("第一", "session (第一会议, the copy has lost 次)"),
        D("2022年1月5日", "2022-01-05", "day", rel=False),
        D("现在", "2022-01-05", "now", note="the day the report was delivered (added after seeing the first run's output: eval4, eval8 and eval11 annotate this opening 现在)"),
        O("一、", "section marker"),
        D("过去四年", FOUR, "period", note="the four years of the government's term, 2018-2021"),
        D("过去的四年", FOUR, "period"),
        C("四年", "fixed phrase (…开拓进取的四年), as eval43's 极不平凡的一年"),
        D("四年来", FOUR, "period"),
        O("十九大", "party congress"),
        O("十九届二中、三中、四中、五中、六中全会", "party plenums"),
        Q("232.75亿元", num("232.75亿"), "元", "地区生产总值累计", "level", ind=GDP,
          note="预计, the sum of four years ended: an estimate, not a target"),
        Q("3.56%", 3.56, "%", "地区生产总值年均增长", "growth", ind=GDP),
        Q("25.32亿元", num("25.32亿"), "元", "一般公共预算收入累计", "level", ind=BUDGET),
        Q("65.3亿元", num("65.3亿"), "元", "固定资产投资累计", "level", ind=FAI),
        Q("2.3%", 2.3, "%", "固定资产投资年均增长", "growth", ind=FAI),
        Q("43.5亿元", num("43.5亿"), "元", "社会消费品零售总额累计", "level", ind=RETAIL),
        Q("1.3%", 1.3, "%", "社会消费品零售总额年均增长", "growth", ind=RETAIL),
        Q("44846元", 44846, "元", "城镇常住居民人均可支配收入", "level", ind=URBAN_INC, per="2021",
          note="达到: the level reached at the end of the four years"),
        Q("37342元", 37342, "元", "农村常住居民人均可支配收入", "level", ind=RURAL_INC, per="2021"),
        Q("4.9%", 4.9, "%", "城镇常住居民人均可支配收入年均增长", "growth", ind=URBAN_INC),
        Q("7.2%", 7.2, "%", "农村常住居民人均可支配收入年均增长", "growth", ind=RURAL_INC),
        Q("33年", 33, "年", "牧区居民收入连续居首位的年数", "level", per="1989/2021", borderline=True,
          note="连续33年 to 2021"),
        D("四年来", FOUR, "period"),
        Q("1.2亿元", num("1.2亿"), "元", "累计投入扶贫资金", "level"),
        Q("165户", 165, "户", "稳定脱贫的建档立卡贫困户", "level"),
        Q("568名", 568, "名", "稳定脱贫的建档立卡贫困人口", "level"),
        Q("2.9万元", num("2.9万"), "元", "脱贫户人均年纯收入", "level", per="2021"),
        Q("7倍", 7, "倍", "人均年纯收入高于全国脱贫标准", "multiple", per="2021"),
        C("两不愁三保障", "numeric slogan"),
    ],
)
