"""Annotations of pages 01-04 (新宾满族自治县's work report, 海南省's 2010 work report, 西藏自治区's plan report of
2023, 中国台湾网 on 天津市's 前三季度 2012), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
REV = "一般公共预算收入"
EXP = "一般公共预算支出"
TRADE = "进出口总额"
RURAL = "农村居民人均可支配收入"
ALL = "全体居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 01 新宾满族自治县 (辽宁 抚顺市), the county's work report (2023-12-13)
XB = "新宾满族自治县"
EST = ("预计2023年 in a report delivered 2023-12-13, before the year was over: an estimate of the period's outcome, "
       "read as target (a forecast of a period not yet over), as eval56's 北票市 and eval54's 建平县")
PAGES["e57_01_xinbin_20231213.txt"] = dict(
    pubdate="2023-12-13",
    pubnote="the report's subtitle `——2023年12月13日在新宾满族自治县第十届人民代表大会第三次会议上` (the day it was "
            "delivered); the reposting site (nec-driver.com) gives no date of its own",
    area=XB, period="2023",
    items=[
        D("2023年12月13日", "2023-12-13", "day", rel=False, note="the report's subtitle"),
        O("第十届", "congress term"),
        O("第三次", "session"),
        D("现在", "2023-12-13", "now", note="the day the report was delivered (a work report's opening 现在, as eval55's and eval56's)"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="part name (2023年工作回顾)"),
        D("过去一年", "2023", "year", note="in a work report 过去一年 is the reviewed year"),
        O("二十大", "party congress"),
        C("三年", "campaign name (全面振兴新突破三年行动), as the earlier sets'"),
        D("2023年", "2023", "year", rel=False, note="预计2023年"),
        Q("56.3亿元", num("56.3亿"), "元", "地区生产总值", "level", ind=GDP, target=True, note=EST),
        Q("5%", 5, "%", "地区生产总值同比增长", "growth", ind=GDP, target=True, note=EST),
        Q("5.7亿元", num("5.7亿"), "元", "财政一般公共预算收入", "level", ind=REV, target=True, note=EST),
        Q("21.8%", 21.8, "%", "一般公共预算收入同比增长", "growth", ind=REV, target=True, note=EST),
        Q("8.2亿元", num("8.2亿"), "元", "全社会固定资产投资", "level", ind=FAI, target=True, note=EST),
        Q("14.6%", 14.6, "%", "固定资产投资同比增长", "growth", ind=FAI, target=True, note=EST),
        Q("13.7亿元", num("13.7亿"), "元", "社会消费品零售总额", "level", ind=RETAIL, target=True, note=EST),
        Q("8%", 8, "%", "社会消费品零售总额同比增长", "growth", ind=RETAIL, target=True, note=EST),
        Q("19130元", 19130, "元", "农村居民人均可支配收入", "level", ind=RURAL, target=True, note=EST),
        Q("5.9%", 5.9, "%", "农村居民人均可支配收入同比增长", "growth", ind=RURAL, target=True, note=EST),
        D("这一年", "2023", "year", note="the reviewed year (这一年,我们…)"),
        Q("74亿元", num("74亿"), "元", "苇子峪抽水蓄能电站项目投资", "level",
          note="a project's planned investment (投资74亿元的…项目), not a target of a period, as the earlier sets'"),
        Q("9亿元", num("9亿"), "元", "压缩空气飞轮储能示范项目投资", "level"),
        O("第一批", "batch number (全省第一批试点)"),
        Q("6.5亿元", num("6.5亿"), "元", "分散式风力发电项目投资", "level"),
        Q("100兆瓦", 100, "兆瓦", "分散式风力发电项目装机容量", "level"),
        Q("3个", 3, "个", "申报区域协调发展专项资金支持项目", "level"),
        Q("1200余万元", num("1200万"), "元", "获批专项资金", "level", q="more_than"),
        Q("2100万元", num("2100万"), "元", "榆树园区污水处理厂及管网建设投资", "level"),
    ],
)

# ---------------------------------------------------------------- 02 海南省, the province's 2010 work report (2010-01-25)
HN = "海南省"
PAGES["e57_02_hainan_20100125.txt"] = dict(
    pubdate="2010-01-25",
    pubnote="the report's subtitle `——2010年1月25日在海南省第四届人民代表大会第三次会议上` (the day it was delivered); "
            "the portal's line `来源:海南日报 更新时间:2012-04-14` is its repost two years later — unsure which day the page "
            "should carry; the report's day is used (as eval56's 银川 took the story's day over a mirror's)",
    area=HN, period="2009",
    items=[
        C("2010年", "year inside the report's title (海南省2010年政府工作报告)"),
        D("2012-04-14", "2012-04-14", "day", rel=False, note="the portal's metadata line (更新时间), text"),
        D("2010年1月25日", "2010-01-25", "day", rel=False, note="the report's subtitle"),
        O("第四届", "congress term"),
        O("第三次", "session"),
        D("现在", "2010-01-25", "now", note="the day the report was delivered"),
        O("一、", "list marker"),
        D("2009年", "2009", "year", rel=False, note="part name (2009年工作回顾)"),
        D("2009年", "2009", "year", rel=False),
        D("一年来", "2009", "year", note="in a work report 一年来 is the reviewed year"),
        Q("1646.6亿元", num("1646.6亿"), "元", "全省生产总值", "level", ind=GDP),
        D("上年", "2008", "year"),
        Q("11.7%", 11.7, "%", "生产总值比上年增长", "growth", ind=GDP),
        Q("1002.5亿元", num("1002.5亿"), "元", "全社会固定资产投资", "level", ind=FAI),
        Q("41.4%", 41.4, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("534.5亿元", num("534.5亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("19.2%", 19.2, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("178.2亿元", num("178.2亿"), "元", "地方一般预算收入", "level", ind=REV,
          note="地方一般预算收入, the older name of 一般公共预算收入, as the earlier sets'"),
        Q("23%", 23, "%", "地方一般预算收入增长", "growth", ind=REV),
        D("上年", "2008", "year"),
        Q("9.6%", 9.6, "%", "地方一般预算收入占生产总值比重(上年)", "share", ind=REV, per="2008"),
        Q("10.8%", 10.8, "%", "地方一般预算收入占生产总值比重", "share", ind=REV),
        Q("84.9%", 84.9, "%", "税收占地方一般预算收入比重", "share", ind="税收收入"),
        Q("1.7个百分点", 1.7, "百分点", "税收占比同比提高", "points", ind="税收收入"),
        Q("484.5亿元", num("484.5亿"), "元", "地方一般预算支出", "level", ind=EXP),
        D("上年", "2008", "year"),
        Q("126.5亿元", num("126.5亿"), "元", "地方一般预算支出比上年增支", "difference", ind=EXP),
        Q("35%", 35, "%", "金融机构存款增长", "growth", ind="金融机构存款余额", per="2009-12",
          note="a balance's growth over the year: its as-of date, the year's end (as the earlier sets')"),
        Q("40.1%", 40.1, "%", "金融机构贷款增长", "growth", ind="金融机构贷款余额", per="2009-12"),
        Q("40.3亿元", num("40.3亿"), "元", "银行业盈利", "level"),
        Q("1.1倍", 1.1, "倍", "银行业盈利增长", "multiple"),
        Q("1.5个百分点", 1.5, "百分点", "不良贷款率下降", "points", change="decrease", per="2009-12",
          note="a ratio of balances: its change to the year's end"),
        Q("8个", 8, "个", "城镇固定资产投资增速超过50%的市县", "level", borderline=True,
          note="a tally of the counties meeting a mark, as eval56's counts of indicators"),
        Q("50%", 50, "%", "市县城镇固定资产投资增速门槛", "growth", q="more_than", borderline=True,
          note="增速超过50%: a mark the counties passed, of no one place; 超过 outside the span sets the qualifier"),
        Q("16个", 16, "个", "一般预算收入增速超过全省平均水平的市县", "level", borderline=True),
        Q("14个", 14, "个", "一般预算收入过亿元的市县", "level", borderline=True),
        C("亿元", "size class (一般预算收入过亿元)"),
    ],
)

# ---------------------------------------------------------------- 03 西藏自治区, 西藏日报's text of the region's plan report (2024-01-21)
XZ = "西藏自治区"
PRELIM = "预计 in a report of January 2024 on 2023, a year that had ended: an early estimate of the outcome, target false (README)"
PAGES["e57_03_xizang_20240121.txt"] = dict(
    pubdate="2024-01-21",
    pubnote="the e-paper's issue date `2024年01月21日` above the article (dropped as page furniture) and the address "
            "(xzrb/202401/21); the report went to the region's congress (12th term, 2nd session) in January 2024",
    area=XZ, period="2023",
    items=[
        C("2023年", "year inside the report's title"),
        C("2024年", "year inside the report's title"),
        C("2023年", "year inside the report's title, repeated in the opening"),
        C("2024年", "year inside the report's title, repeated in the opening"),
        O("第十二届", "congress term"),
        O("第二次", "session"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="part name (2023年国民经济和社会发展计划执行情况)"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        Q("三年", 3, "年", "三年新冠疫情防控", "level", per="2020/2022", borderline=True,
          note="三年新冠疫情防控: a duration naming a past period, arguably not an indicator (as the earlier sets')"),
        O("第七次", "session number (中央第七次西藏工作座谈会)"),
        O("第十次", "party congress number (自治区第十次党代会)"),
        O("十届三次", "term and plenum as one span (自治区党委十届三次、四次全会)"),
        O("四次", "plenum"),
        C("四件大事", "slogan (“四件大事”)"),
        C("四个创建", "numeric slogan (“四个创建”)"),
        C("三个赋予一个有利于", "numeric slogan"),
        D("2024年", "2024", "year", rel=False),
        D("2023年全年", "2023", "year", rel=False, note="预计,2023年全年…: the whole year as one span"),
        Q("9%左右", 9, "%", "地区生产总值增长", "growth", q="approx", ind=GDP, note=PRELIM),
        Q("30%以上", 30, "%", "全社会固定资产投资增长", "growth", q="at_least", ind=FAI, note=PRELIM),
        Q("10%以上", 10, "%", "规上工业增加值增长", "growth", q="at_least", ind=VA, note=PRELIM),
        Q("22%以上", 22, "%", "社会消费品零售总额增长", "growth", q="at_least", ind=RETAIL, note=PRELIM),
        Q("20%以上", 20, "%", "规上服务业企业营业收入增长", "growth", q="at_least", note=PRELIM),
        Q("130%以上", 130, "%", "进出口总额增长", "growth", q="at_least", ind=TRADE, note=PRELIM),
        Q("8%左右", 8, "%", "全体居民人均可支配收入增长", "growth", q="approx", ind=ALL, note=PRELIM),
    ],
)

# ---------------------------------------------------------------- 04 天津市, 中国台湾网 on the city's 前三季度 2012 (2012-11-01)
TJ = "天津市"
TJ_Q3 = "2012-01/2012-09"
TJ_END = "2012-09"
PAGES["e57_04_tianjin_20121101.txt"] = dict(
    pubdate="2012-11-01",
    pubnote="the address (t20121101); the story carries no dateline or date line of its own",
    area=TJ, period=TJ_Q3,
    items=[
        D("今年前三季度", TJ_Q3, "period"),
        Q("9188.45亿元", num("9188.45亿"), "元", "生产总值", "level", ind=GDP),
        Q("13.9%", 13.9, "%", "生产总值同比增长", "growth", ind=GDP),
        Q("23.7%", 23.7, "%", "地方一般预算收入增长", "growth", ind=REV, note="地方一般预算收入, the older name"),
        Q("25.2%", 25.2, "%", "全社会固定资产投资增长", "growth", ind=FAI),
        Q("15.2%", 15.2, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("17.3%", 17.3, "%", "外贸进出口增长", "growth", ind=TRADE),
        D("今年以来", "2012", "period"),
        D("前三季度", TJ_Q3, "period"),
        O("第二产业", "industry ordinal"),
        Q("4964.52亿元", num("4964.52亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("15.3%", 15.3, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        Q("4591.54亿元", num("4591.54亿"), "元", "工业增加值", "level", ind="工业增加值"),
        Q("15.9%", 15.9, "%", "工业增加值增长", "growth", ind="工业增加值"),
        Q("1.26万家", num("1.26万"), "家", "新增科技型中小企业", "level"),
        Q("3.36万家", num("3.36万"), "家", "科技型中小企业累计", "level", per=TJ_END,
          note="累计达到: a stock, at the period's end"),
        Q("5227.26亿元", num("5227.26亿"), "元", "高新技术产业工业总产值", "level", ind="高新技术产业产值"),
        Q("16.8%", 16.8, "%", "高新技术产业产值增长", "growth", ind="高新技术产业产值"),
        Q("30.2%", 30.2, "%", "高新技术产业产值占规模以上工业比重", "share", ind="高新技术产业产值"),
        C("八大", "named set (八大优势产业, named before it), as eval49's 五大"),
        D("前三季度", TJ_Q3, "period"),
        Q("15736.83亿元", num("15736.83亿"), "元", "八大优势产业工业总产值", "level"),
        Q("90.8%", 90.8, "%", "八大优势产业占规模以上工业比重", "share"),
        Q("15.5%", 15.5, "%", "八大优势产业工业总产值增长", "growth"),
        Q("14.0个百分点", 14.0, "百分点", "八大优势产业拉动全市工业增长", "points"),
        Q("93.1%", 93.1, "%", "八大优势产业贡献率", "share"),
        O("第三产业", "industry ordinal"),
        Q("4114.42亿元", num("4114.42亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("12.4%", 12.4, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        Q("109家", 109, "家", "开业运营的小额贷款公司", "level", per=TJ_END,
          note="how many operate: a stock, at the period's end"),
        Q("370座", 370, "座", "纳入税务监管的楼宇", "level", per=TJ_END),
        Q("219.2亿元", num("219.2亿"), "元", "楼宇地税收入", "level"),
        Q("22.5%", 22.5, "%", "楼宇地税收入增长", "growth"),
        D("前三季度", TJ_Q3, "period"),
        Q("7.87亿美元", num("7.87亿"), "美元", "服务外包执行额", "level"),
        Q("1.1倍", 1.1, "倍", "服务外包执行额增长", "multiple"),
        Q("6795.55亿元", num("6795.55亿"), "元", "全社会固定资产投资", "level", ind=FAI),
        Q("25.2%", 25.2, "%", "全社会固定资产投资增长", "growth", ind=FAI),
        Q("3274.26亿元", num("3274.26亿"), "元", "民间投资", "level"),
        Q("50.1%", 50.1, "%", "民间投资增长", "growth"),
        Q("48.2%", 48.2, "%", "民间投资占全社会投资比重", "share"),
        Q("14797元", 14797, "元", "城市居民人均消费性支出", "level"),
        Q("10.7%", 10.7, "%", "城市居民人均消费性支出增长", "growth"),
        Q("878.66亿美元", num("878.66亿"), "美元", "外贸进出口总额", "level", ind=TRADE),
        Q("17.3%", 17.3, "%", "外贸进出口总额增长", "growth", ind=TRADE),
    ],
)
