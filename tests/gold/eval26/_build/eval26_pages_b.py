"""Annotations of pages 05-08 (木镇镇, 宿松县, 海东工业园区, 准格尔旗), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND = "工业增加值"
IND_VA = "规模以上工业增加值"
FAI = "固定资产投资"
IND_INV = "工业投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
INCOME = "全体居民人均可支配收入"

PAGES = {}

# ---------------------------------------------------------------- 05 木镇镇 (安徽 池州市 青阳县), a town's year item
MZ_DAY = "2018-12-01"
MZ = "2018"
PAGES["e26_05_muzhen_20181201.txt"] = dict(
    pubdate=MZ_DAY,
    pubnote="the address gives the month only (yybnet.net/chizhou/qingyang/201812/…); the first of the month stands for it; the copy has no date line",
    area="木镇镇", period=MZ,
    items=[
        O("四十年", "anniversary (四十年砥砺奋进: forty years of reform and opening)"),
        O("四十年", "anniversary (四十年春风化雨)"),
        D("四十年来", "1978/2018", "period", note="改革开放四十年来: since 1978"),
        D("1991年", "1991", "year", rel=False, note="1991年以前"),
        C("318国道", "road name with digits"),
        C("103省道", "road name with digits"),
        Q("300多年", 300, "年", "木镇镇历史", "level", q="more_than", per=MZ_DAY),
        D("今年以来", MZ, "period"),
        D("2018年", MZ, "year", rel=False),
        Q("7.1亿元", num("7.1亿"), "元", "固定资产投资(预计)", "level", ind=FAI, target=True,
          note="预计完成 in December, the year not yet over"),
        Q("6.61亿元", num("6.61亿"), "元", "工业投资(预计)", "level", ind=IND_INV, target=True),
        Q("4.42亿元", num("4.42亿"), "元", "技改投资(预计)", "level", target=True),
        Q("5.43亿元", num("5.43亿"), "元", "规模工业增加值(预计)", "level", ind=IND_VA, target=True),
        Q("6.1%", 6.1, "%", "规模工业增加值增幅(预计)", "growth", ind=IND_VA, target=True),
        Q("7100万元", num("7100万"), "元", "财政收入(预计)", "level", target=True),
        D("目前", MZ_DAY, "now"),
        Q("13个", 13, "个", "新引规项目", "level"),
        Q("9个", 9, "个", "完成工业项目", "level"),
        Q("5个", 5, "个", "竣工投产工业项目", "level"),
        C("亿元以上", "size class"),
        Q("6个", 6, "个", "新引进省外亿元以上项目", "level"),
        Q("150%", 150, "%", "新引进省外亿元以上项目占年度任务", "share"),
        Q("21.8亿元", num("21.8亿"), "元", "招商引资到位", "level"),
        C("亿元以上", "size class"),
        Q("13.6亿元", num("13.6亿"), "元", "省外亿元以上项目到位资金", "level"),
        D("2018年", MZ, "year", rel=False),
        Q("13个", 13, "个", "新引进项目完成", "level"),
        Q("12个", 12, "个", "新引进项目开工", "level"),
        Q("12个", 12, "个", "工业项目", "level"),
        C("亿元", "size class (省外亿元项目)"),
        Q("6个", 6, "个", "省外亿元项目", "level"),
        C("亿元", "size class (省外亿元项目)"),
        Q("13.6亿元", num("13.6亿"), "元", "省外亿元项目到位资金", "level"),
    ],
)

# ---------------------------------------------------------------- 06 宿松县 (安徽 安庆市), county government work report (opening)
SS_DAY = "2019-01-04"
SS = "2018"
PAGES["e26_06_susong_20190104.txt"] = dict(
    pubdate=SS_DAY,
    pubnote="the report's delivery date in its subtitle (2019年1月4日) (guanchang.qwyd.net, a collector of reports)",
    area="宿松县", period=SS,
    items=[
        D("2019年1月4日", SS_DAY, "day", rel=False, note="delivery date (subtitle)"),
        O("第十六届", "term of the county people's congress"),
        O("第三次", "session number"),
        D("现在", SS_DAY, "now", note="the day the report was delivered"),
        O("一、", "section marker"),
        D("2018年", SS, "year", rel=False, note="section heading"),
        D("过去一年", SS, "year"),
        O("十九大", "party congress"),
        O("十九届二中、三中全会", "party plenums"),
        D("全年", SS, "year"),
        Q("197.4亿元", num("197.4亿"), "元", "地区生产总值", "level", ind=GDP,
          note="预计全年 in a report on a year that has ended: an early estimate, not a target"),
        Q("8.5%", 8.5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("12.55亿元", num("12.55亿"), "元", "财政一般预算收入", "level", ind=BUDGET),
        Q("8.5%", 8.5, "%", "财政一般预算收入增长", "growth", ind=BUDGET),
        Q("13%", 13, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("12.2%", 12.2, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("16491元", 16491, "元", "城乡居民人均可支配收入", "level", ind=INCOME),
        Q("9.5%", 9.5, "%", "城乡居民人均可支配收入增长", "growth", ind=INCOME),
        D("一年来", SS, "period"),
        D("过去一年", SS, "year"),
        O("第一", "rank (第一使命)"),
        Q("37.7亿元", num("37.7亿"), "元", "统筹投入扶贫资金", "level"),
        C("千干", "numeric slogan (千干下基层)"),
        C("十大工程", "numeric slogan"),
        Q("9.4万个", num("9.4万"), "个", "新增到户项目", "level"),
        Q("384个", 384, "个", "新增到村项目", "level"),
        C("四带一自", "numeric slogan"),
        Q("70个", 70, "个", "带动增收的贫困村", "level"),
        Q("3.2万户", num("3.2万"), "户", "带动增收的贫困户", "level"),
        Q("24个", 24, "个", "光伏扶贫电站并网发电的贫困村", "level"),
        Q("2.3亿元", num("2.3亿"), "元", "新增扶贫小额信贷", "level"),
        Q("6760万元", num("6760万"), "元", "扶贫小额信贷风险补偿基金", "level", per=SS_DAY,
          note="增至: a balance reached, as of the report's day"),
        Q("1473万元", num("1473万"), "元", "财政贴息", "level"),
        Q("132个", 132, "个", "新建就业扶贫基地(车间)", "level"),
        Q("2000余名", 2000, "名", "安置贫困人口就业", "level", q="more_than"),
    ],
)

# ---------------------------------------------------------------- 07 海东工业园区 (青海 海东市), a development zone's first quarter
HD_DAY = "2016-04-20"
HD_Q1 = "2016-01/2016-03"
PAGES["e26_07_haidong_20160420.txt"] = dict(
    pubdate=HD_DAY,
    pubnote="the date line 20.04.2016 10:04 under the headline (来源:青海日报); the store gives no address for the copy",
    area="海东工业园区", period=HD_Q1,
    items=[
        D("一季度", HD_Q1, "period", note="headline"),
        D("20.04.2016  10:04", "2016-04-20T10:04", "time", rel=False, note="the copy's date line"),
        D("今年以来", "2016", "period"),
        D("全年", "2016", "year"),
        D("一季度", HD_Q1, "period"),
        Q("8.44亿元", num("8.44亿"), "元", "园区生产总值", "level", ind=GDP),
        Q("13.7%", 13.7, "%", "园区生产总值为年计划的", "share", ind=GDP),
        Q("7.33亿元", num("7.33亿"), "元", "工业增加值", "level", ind=IND),
        Q("15.6%", 15.6, "%", "工业增加值为年计划的", "share", ind=IND),
        Q("11.08亿元", num("11.08亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("7.7%", 7.7, "%", "固定资产投资为年计划的", "share", ind=FAI),
        Q("43.7%", 43.7, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("9394万元", num("9394万"), "元", "一般性预算收入", "level", ind=BUDGET),
        Q("25.03%", 25.03, "%", "一般性预算收入为年计划的", "share", ind=BUDGET),
        Q("8.5亿元", num("8.5亿"), "元", "招商引资到位资金", "level"),
        Q("10%", 10, "%", "招商引资到位资金为年计划的", "share"),
        Q("21.4亿元", num("21.4亿"), "元", "工业销售产值", "level"),
        Q("87.7%", 87.7, "%", "工业产品产销率", "share"),
        D("目前", HD_DAY, "now"),
        C("亿通", "numeral inside a company's name (青海亿通太阳能新材料)"),
        C("万康", "numeral inside a company's name (民和万康铝业)"),
        Q("14户", 14, "户", "产值增长的入驻企业", "level"),
        Q("55.33%", 55.33, "%", "青海国泰盐湖产值增长", "growth"),
        C("亿通", "numeral inside a company's name (青海亿通太阳能新材料)"),
        Q("48.07%", 48.07, "%", "青海亿通太阳能新材料产值增长", "growth"),
        D("今年", "2016", "year"),
        Q("3家", 3, "家", "新入规企业", "level"),
        D("第一季度", HD_Q1, "period"),
        Q("1.19亿元", num("1.19亿"), "元", "新入规企业产值", "level"),
    ],
)

# ---------------------------------------------------------------- 08 准格尔旗 (内蒙古 鄂尔多斯市), banner government work report (十二五 review)
ZG_DAY = "2016-02-19"
ZG = "2011/2015"
PAGES["e26_08_zhungeer_20160219.txt"] = dict(
    pubdate=ZG_DAY,
    pubnote="the report's delivery date in its subtitle (2016年2月19日) (ordos.gov.cn, 鄂尔多斯市's government site, its 政府工作报告 column)",
    area="准格尔旗", period=ZG,
    items=[
        D("2016年2月19日", ZG_DAY, "day", rel=False, note="delivery date (subtitle)"),
        O("第十六届", "term of the banner people's congress"),
        O("第五次", "session number"),
        D("现在", ZG_DAY, "now", note="the day the report was delivered"),
        C("十三五", "fixed term inside the name of a plan"),
        O("一、", "section marker"),
        C("十二五", "fixed term (five-year plan), in the section heading"),
        D("2015年", "2015", "year", rel=False, note="section heading"),
        C("十二五", "fixed term (five-year plan)"),
        D("五年", ZG, "period", note="实现持续发展的五年: the 十二五 years"),
        D("五年来", ZG, "period"),
        O("十八大", "party congress"),
        C("十二五", "fixed term (five-year plan)"),
        D("过去的五年", ZG, "period"),
        D("2010年", "2010", "year", rel=False),
        Q("671.1亿元", num("671.1亿"), "元", "地区生产总值(起点)", "level", ind=GDP, per="2010"),
        D("2015年", "2015", "year", rel=False),
        Q("1107.8亿元", num("1107.8亿"), "元", "地区生产总值", "level", ind=GDP, per="2015"),
        Q("10.5%", 10.5, "%", "地区生产总值年均增长", "growth", ind=GDP),
        Q("40.6亿元", num("40.6亿"), "元", "一般公共预算收入(起点)", "level", ind=BUDGET, per="2010"),
        Q("79亿元", num("79亿"), "元", "一般公共预算收入", "level", ind=BUDGET, per="2015"),
        Q("14.3%", 14.3, "%", "一般公共预算收入年均增长", "growth", ind=BUDGET),
        Q("2867亿元", num("2867亿"), "元", "固定资产投资累计", "level", ind=FAI),
        Q("418亿元", num("418亿"), "元", "社会消费品零售总额累计", "level", ind=RETAIL),
        Q("11.7%", 11.7, "%", "社会消费品零售总额年均增长", "growth", ind=RETAIL),
        Q("30个", 30, "个", "自治区推出的典型旗县区", "level", area="内蒙古自治区", per=ZG_DAY, borderline=True,
          note="the text says 自治区 (内蒙古)"),
        C("百强", "size class (全国百强)"),
        D("过去的五年", ZG, "period"),
        Q("四大", 4, "个", "产业集群", "level", implied=True, borderline=True),
        C("亿元以上", "size class"),
        Q("262个", 262, "个", "累计实施亿元以上项目", "level"),
        Q("2534亿元", num("2534亿"), "元", "亿元以上项目完成投资", "level"),
        C("十一五", "fixed term (five-year plan)"),
        Q("164%", 164, "%", "亿元以上项目完成投资较十一五增长", "growth"),
        Q("482万吨", num("482万"), "吨", "煤化工产能", "level", per=ZG_DAY, note="达到: a capacity reached, as of the report's day"),
        Q("8000万件", num("8000万"), "件", "陶瓷产能", "level", per=ZG_DAY),
        Q("421.6万千瓦", num("421.6万"), "千瓦", "电力装机", "level", per=ZG_DAY),
        Q("12.6万亩", num("12.6万"), "亩", "累计建成现代农牧业节水示范基地", "level"),
        Q("1.8万亩", num("1.8万"), "亩", "设施农业示范基地", "level"),
        Q("12个", 12, "个", "养殖园区", "level"),
    ],
)
