"""Annotations of pages 01-04 (桦川县's, 察右后旗's and 河西区's work reports, 岳阳县's 1-6月 release), in document
order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
GO = "规模以上工业总产值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
REV = "一般公共预算收入"
TRADE = "进出口总额"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 01 桦川县 (黑龙江 佳木斯市), the county's 2023 work report (2023-01-08)
HC = "桦川县"
PAGES["e55_01_huachuan_20230108.txt"] = dict(
    pubdate="2023-01-08",
    pubnote="the report's subtitle `── 2023年1月8日在县第十八届人民代表大会第二次会议上` (the day it was delivered); the "
            "reposting site (nec-driver.com) gives no date of its own",
    area=HC, period="2022",
    items=[
        D("2023年1月8日", "2023-01-08", "day", rel=False, note="the report's subtitle"),
        O("第十八届", "congress term"),
        O("第二次", "session"),
        D("现在", "2023-01-08", "now", note="the day the report was delivered (a work report's opening 现在, as eval4's, eval8's, eval11's, eval44's and eval54's); left out by slip, added after seeing the first run's output"),
        O("一、", "list marker"),
        D("2022年", "2022", "year", rel=False, note="part name (2022年工作回顾), as eval49's to eval51's"),
        D("2022年", "2022", "year", rel=False),
        D("2022年", "2022", "year", rel=False),
        Q("6%左右", 6, "%", "地区生产总值增长", "growth", q="approx", ind=GDP,
          note="预计 of 2022, a year that had ended when the report was given: an early estimate, not a target"),
        Q("3%", 3, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("3%", 3, "%", "规模以上工业增加值累计增幅", "growth", ind=VA),
        Q("2.6%", 2.6, "%", "一般公共预算收入增长(扣除政策性减收和一次性收入因素)", "growth", ind=REV,
          note="growth on a like-for-like basis; still the indicator's growth"),
        Q("12%", 12, "%", "社会消费品零售总额增长", "growth", ind=RETAIL, note="预计 of the ended year: not a target"),
        Q("35%", 35, "%", "外贸进出口总额增长", "growth", ind=TRADE),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        C("十九连丰", "numeric slogan (nineteen good harvests in a row), as the earlier sets' 二十连丰"),
        D("本年度", "2022", "year", note="the reviewed year"),
        C("两园", "numeric slogan (“两园”同步建设)"),
        Q("10万亩", num("10万"), "亩", "黑土地保护工程实施面积", "level"),
        Q("10.2万亩", num("10.2万"), "亩", "新建高标准农田", "level"),
        Q("31万亩", num("31万"), "亩", "水稻良种繁育面积", "level"),
        Q("43%", 43, "%", "制种量占全省比重", "share"),
    ],
)

# ---------------------------------------------------------------- 02 察右后旗 (内蒙古 乌兰察布市), the banner's 2023 work report (2023-01-15)
CY = "察右后旗"
PAGES["e55_02_chayouhouqi_20230115.txt"] = dict(
    pubdate="2023-01-15",
    pubnote="the report's subtitle `——2023年1月15日在察右后旗第十六届 / 人民代表大会第二次会议上` (the day it was "
            "delivered); the reposting site (edutainingadventures.com) gives no date of its own",
    area=CY, period="2022",
    items=[
        D("2023年1月15日", "2023-01-15", "day", rel=False, note="the report's subtitle"),
        O("第十六届", "congress term"),
        O("第二次", "session"),
        D("现在", "2023-01-15", "now", note="the day the report was delivered (a work report's opening 现在, as eval4's, eval8's, eval11's, eval44's and eval54's); left out by slip, added after seeing the first run's output"),
        O("一、", "list marker"),
        D("2022年", "2022", "year", rel=False, note="part name (2022年工作回顾)"),
        D("2022年", "2022", "year", rel=False, note="刚刚过去的2022年"),
        D("全年", "2022", "year"),
        Q("26个", 26, "个", "实施重大项目", "level"),
        Q("118%", 118, "%", "重大项目完成年度投资任务的比例", "share"),
        Q("75%", 75, "%", "新材料、新能源、旅游业、农牧业项目拉动投资份额", "share"),
        Q("82.89亿元", num("82.89亿"), "元", "地区生产总值", "level", ind=GDP,
          note="预计完成 of 2022, a year that had ended: an early estimate, not a target"),
        Q("9.5%", 9.5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("30%", 30, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("18%", 18, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("3.6亿元", num("3.6亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("26.2%", 26.2, "%", "一般公共预算收入增长(自然口径)", "growth", ind=REV),
        Q("36848元", 36848, "元", "城镇居民人均可支配收入", "level", ind=URBAN, note="城乡…分别: the first is the urban figure"),
        Q("16538元", 16538, "元", "农村居民人均可支配收入", "level", ind=RURAL),
        Q("6.1%", 6.1, "%", "城镇居民人均可支配收入增长", "growth", ind=URBAN),
        Q("8.05%", 8.05, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL),
        Q("7项", 7, "项", "主要经济指标", "level", borderline=True, note="a count of indicators, not an indicator"),
        Q("5项", 5, "项", "增速位居全市前三的主要经济指标", "level", borderline=True),
        O("前三", "rank (位居全市前三)"),
        Q("17项", 17, "项", "抗旱救灾措施", "level", borderline=True, note="a count of measures (as the earlier sets' policy counts)"),
        Q("1.3亿元", num("1.3亿"), "元", "发放各类惠农补贴资金", "level"),
        Q("7.4万亩", num("7.4万"), "亩", "新建高标准农田", "level"),
        Q("11.6万亩", num("11.6万"), "亩", "农机深松项目面积", "level"),
        Q("12.6亿元", num("12.6亿"), "元", "奶牛养殖项目投资", "level"),
        Q("3万头", num("3万"), "头", "奶牛养殖项目规模", "level", note="the two projects' sizes (3万头 and 1.2万头)"),
        Q("1.2万头", num("1.2万"), "头", "奶牛养殖项目规模", "level"),
        O("一期", "project phase"),
        C("3000万元以上", "size class (3000万元以上重点工业项目)"),
        Q("12个", 12, "个", "3000万元以上重点工业项目", "level"),
    ],
)

# ---------------------------------------------------------------- 03 岳阳县 (湖南 岳阳市), the county statistics bureau's 1-6月 2020 release
YY = "岳阳县"
YY_H1 = "2020-01/2020-06"
YY_END = "2020-06"
PAGES["e55_03_yueyang_20200803.txt"] = dict(
    pubdate="2020-08-03",
    pubnote="the kept line `来源:县统计局   2020-08-03 16:01` (yyx.gov.cn, 岳阳县人民政府's site)",
    area=YY, period=YY_H1,
    items=[
        C("2020年1-6月", "period inside the release's title (as eval52's 2011年10月份)"),
        D("2020-08-03 16:01", "2020-08-03T16:01", "time", rel=False, note="the page's date line"),
        D("2020年1-6月", YY_H1, "period", rel=False),
        Q("161.41亿元", num("161.41亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("0.8%", 0.8, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("23.14亿元", num("23.14亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("1.7%", 1.7, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("73.72亿元", num("73.72亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("2.4%", 2.4, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("64.55亿元", num("64.55亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("1.4%", 1.4, "%", "第三产业增加值下降", "growth", ind="第三产业增加值", change="decrease",
          note="written `下降-1.4%` (a doubled sign): the span is the number without its stray minus; a fall of 1.4%"),
        C("三次产业", "fixed term"),
        Q("14.3:45.7:40.0", 14.3, "", "三次产业结构", "share", ind="三次产业结构", values=[14.3, 45.7, 40.0]),
        O("一、", "list marker"),
        Q("1.9%", 1.9, "%", "农林牧渔业增加值增长", "growth", note="the section's heading"),
        D("1-6月", YY_H1, "period"),
        Q("24.24亿元", num("24.24亿"), "元", "农林牧渔业增加值", "level"),
        Q("1.9%", 1.9, "%", "农林牧渔业增加值增长", "growth"),
        Q("1.10亿元", num("1.10亿"), "元", "农林牧渔服务业增加值", "level"),
        Q("7.2%", 7.2, "%", "农林牧渔服务业增加值增长", "growth"),
        D("1-6月", YY_H1, "period"),
        Q("58万头", num("58万"), "头", "牲猪存栏", "level", per=YY_END, note="a stock: as of the period's end"),
        Q("3.0%", 3.0, "%", "牲猪存栏下降", "growth", change="decrease", per=YY_END),
        Q("31.3万头", num("31.3万"), "头", "牲猪出栏", "level"),
        Q("31.5%", 31.5, "%", "牲猪出栏下降", "growth", change="decrease"),
        O("二、", "list marker"),
        Q("3.0%", 3.0, "%", "规模工业增加值增长", "growth", ind=VA, note="规模工业: the 规模以上 enterprises"),
        Q("6.8%", 6.8, "%", "园区规模工业增加值增长", "growth"),
        Q("71.5%", 71.5, "%", "园区增加值占规模工业比重", "share"),
        D("1-6月", YY_H1, "period"),
        Q("4.2%", 4.2, "%", "规模工业企业总产值增长", "growth", ind=GO),
        C("四大", "named set (四大支柱产业), as the earlier sets' 四大战略"),
        Q("11.9%", 11.9, "%", "生物医药产值下降", "growth", change="decrease", note="分别: the first of two rates"),
        Q("3.7%", 3.7, "%", "农副产品加工产值下降", "growth", change="decrease"),
        Q("8.4%", 8.4, "%", "机械制造产值增长", "growth"),
        Q("8.1%", 8.1, "%", "建筑建材产值增长", "growth"),
        Q("77.5%", 77.5, "%", "四大支柱产业占全县规模工业总产值比重", "share"),
        Q("1.3个百分点", 1.3, "百分点", "四大支柱产业占比同比下降", "points", change="decrease"),
        O("三、", "list marker"),
        Q("19.4%", 19.4, "%", "固定资产投资下降", "growth", ind=FAI, change="decrease", note="the section's heading"),
        D("1-6月", YY_H1, "period"),
        Q("19.4%", 19.4, "%", "固定资产投资下降", "growth", ind=FAI, change="decrease"),
        O("一、二、三产业", "industry ordinals (一、二、三产业投资)"),
        Q("7.4:49.5:43.1", 7.4, "", "三次产业投资占比", "share", values=[7.4, 49.5, 43.1],
          note="the investment's split, not the economy's 三次产业结构"),
        D("6月底", YY_END, "period", note="截止6月底 (as the earlier sets' 6月末)"),
        C("5000万以上", "size class (5000万以上投资项目)"),
        Q("49个", 49, "个", "5000万以上投资项目", "level", per=YY_END, note="截止6月底: a stock as of the month's end"),
        Q("116.32亿元", num("116.32亿"), "元", "5000万以上项目计划总投资", "level", per=YY_END),
        Q("6.1%", 6.1, "%", "5000万以上项目计划总投资增长", "growth", per=YY_END),
        C("5000万以上", "size class (5000万以上项目)"),
        Q("80.22%", 80.22, "%", "5000万以上项目完成投资占全部投资比重", "share"),
        O("四、", "list marker"),
        Q("6.5%", 6.5, "%", "社会消费品零售总额下降", "growth", ind=RETAIL, change="decrease", note="the section's heading"),
        D("1-6月", YY_H1, "period"),
        Q("59.78亿元", num("59.78亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("6.5%", 6.5, "%", "社会消费品零售总额下降", "growth", ind=RETAIL, change="decrease"),
        Q("3.1%", 3.1, "%", "城镇社会消费品零售总额下降", "growth", change="decrease"),
        Q("13.2%", 13.2, "%", "农村社会消费品零售总额下降", "growth", change="decrease"),
        Q("11.3%", 11.3, "%", "批发业销售额下降", "growth", change="decrease"),
        Q("0.9%", 0.9, "%", "零售业销售额下降", "growth", change="decrease"),
        Q("56.3%", 56.3, "%", "住宿业营业额下降", "growth", change="decrease"),
        Q("25.2%", 25.2, "%", "餐饮业营业额下降", "growth", change="decrease"),
        O("五、", "list marker"),
        Q("3.6%", 3.6, "%", "城镇居民人均可支配收入增长", "growth", ind=URBAN, note="城乡…3.6%、5.7%: urban first"),
        Q("5.7%", 5.7, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL),
    ],
)

# ---------------------------------------------------------------- 04 河西区 (天津), the district's 2024 work report (2024-01-17)
HX = "河西区"
PAGES["e55_04_hexi_20240117.txt"] = dict(
    pubdate="2024-01-17",
    pubnote="the report's subtitle `——2024年1月17日在河西区第十八届人民代表大会第四次会议上` (the day it was delivered); "
            "the reposting site (edutainingadventures.com) gives no date of its own",
    area=HX, period="2023",
    items=[
        D("2024年1月17日", "2024-01-17", "day", rel=False, note="the report's subtitle"),
        O("第十八届", "congress term"),
        O("第四次", "session"),
        D("现在", "2024-01-17", "now", note="the day the report was delivered (a work report's opening 现在, as eval4's, eval8's, eval11's, eval44's and eval54's); left out by slip, added after seeing the first run's output"),
        D("2023年", "2023", "year", rel=False, note="part name (2023年主要工作回顾)"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        Q("三年", 3, "年", "新冠疫情防控的年数", "level", borderline=True, per="2020/2022",
          note="三年新冠疫情防控: a duration, the three years before 2023"),
        D("一年来", "2023", "year", note="in a work report 一年来 is the reporting year"),
        O("二十大", "party congress"),
        O("二十届二中全会", "party plenum"),
        Q("4%以上", 4, "%", "地区生产总值增长", "growth", q="at_least", ind=GDP,
          note="预计 of 2023, a year that had ended: an early estimate, not a target"),
        Q("57.18亿元", num("57.18亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("13.1%", 13.1, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("147.87亿元", num("147.87亿"), "元", "全社会固定资产投资", "level", ind=FAI),
        O("首位", "rank (总量位居中心城区首位)"),
        D("一年来", "2023", "year", note="in a work report 一年来 is the reporting year"),
        C("十项行动", "numeric slogan (高质量发展十项行动)"),
        C("1 10", "numeric name (全区“1 10”实施方案; the store lost a sign between the digits)"),
        Q("42.6亿元", num("42.6亿"), "元", "引进北京资源在津落地项目总投资", "level"),
        C("五大五小", "numeric slogan (“五大五小”产业)"),
        Q("超94%", 94, "%", "服务业增加值占地区生产总值比重", "share", q="more_than", ind="第三产业增加值",
          note="服务业增加值 = 第三产业增加值, as the earlier sets read it (their 服务业增加值占GDP比重); written null "
               "by slip, fixed after seeing the first run's output"),
        Q("210家", 210, "家", "新增纳统企业", "level"),
        C("四上", "size class (“四上”企业)"),
        Q("1402家", 1402, "家", "“四上”企业总数", "level",
          note="a stock, in the review of 2023: the section's period"),
    ],
)
