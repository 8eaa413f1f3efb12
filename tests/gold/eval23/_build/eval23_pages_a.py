"""Annotations of pages 01-04 (嘉祥县, 平阴县, 永川区, 安居区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
RETAIL = "社会消费品零售总额"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"

PAGES = {}

# ---------------------------------------------------------------- 01 嘉祥县 (山东 济宁市)
JX_DAY = "2020-10-16"
PAGES["e23_01_jiaxiang_20201017.txt"] = dict(
    pubdate="2020-10-17",
    pubnote="the address's date (m.jiangsulong.com/a/2020/1017/…, a portal's copy); the lead's 10月16日上午 is the ceremony day",
    area="嘉祥县", period=JX_DAY,
    items=[
        Q("近14亿元", num("14亿"), "元", "8个重点项目总投资", "level", q="nearly", note="headline"),
        Q("8个", 8, "个", "集中开工的重点项目", "level", note="headline"),
        D("10月16日上午", JX_DAY, "day", note="the ceremony day; year from the address and the event's name"),
        C("2020年", "year inside the ceremony's name (2020年“四个一批”项目建设四季度集中开工仪式)"),
        C("四个一批", "numeric slogan"),
        C("四季度", "quarter inside the ceremony's name"),
        Q("近14亿元", num("14亿"), "元", "8个重点项目总投资", "level", q="nearly", note="headline repeated"),
        Q("8个", 8, "个", "集中开工的重点项目", "level", note="headline repeated"),
        Q("近14亿元", num("14亿"), "元", "8个重点项目总投资", "level", q="nearly", note="headline in 【】"),
        Q("8个", 8, "个", "集中开工的重点项目", "level", note="headline in 【】"),
        Q("8个", 8, "个", "顺利开工的项目", "level"),
        D("今天", JX_DAY, "day", note="in the speech given at the ceremony"),
        Q("8个", 8, "个", "集中开工的重点项目", "level"),
        Q("近14亿元", num("14亿"), "元", "8个重点项目总投资", "level", q="nearly"),
        Q("18亿元", num("18亿"), "元", "项目建成投产后销售收入", "level", target=True,
          note="建成投产后: a forecast"),
        Q("3.5亿元", num("3.5亿"), "元", "项目建成投产后利税", "level", q="more_than", target=True,
          note="超过 outside the span sets the qualifier"),
        Q("近14亿元", num("14亿"), "元", "8个重点项目总投资", "level", q="nearly", note="headline repeated"),
        Q("8个", 8, "个", "集中开工的重点项目", "level", note="headline repeated"),
    ],
)

# ---------------------------------------------------------------- 02 平阴县 (山东 济南市)
PY = "2018"
PAGES["e23_02_pingyin_20190120.txt"] = dict(
    pubdate="2019-01-20",
    pubnote="the report's delivery date in its subtitle (2019年1月20日); the collector page (guanchang.qwyd.net) shows no date of its own",
    area="平阴县", period=PY,
    items=[
        D("2019年1月20日", "2019-01-20", "day", rel=False, note="delivery date (subtitle)"),
        O("第十八届", "term of the county people's congress"),
        O("第三次", "session number"),
        D("现在", "2019-01-20", "now", note="the day the report was delivered"),
        D("2018年", "2018", "year", rel=False, note="section heading 2018年工作回顾"),
        D("2018年", "2018", "year", rel=False),
        O("十九大", "party congress"),
        Q("8%", 8, "%", "地区生产总值增速(预计)", "growth", ind=GDP,
          note="预计 in a report on a year that has ended: an early estimate of the outcome"),
        Q("21.9亿元", num("21.9亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("9.1%", 9.1, "%", "一般公共预算收入增速", "growth", ind=BUDGET),
        Q("109亿元", num("109亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("8.5%", 8.5, "%", "社会消费品零售总额增速", "growth", ind=RETAIL),
        Q("28656元", 28656, "元", "城镇居民人均可支配收入", "level", ind=URBAN_INC),
        Q("14775元", 14775, "元", "农村居民人均可支配收入", "level", ind=RURAL_INC),
        Q("8%", 8, "%", "城镇居民人均可支配收入增速", "growth", ind=URBAN_INC),
        Q("7.5%", 7.5, "%", "农村居民人均可支配收入增速", "growth", ind=RURAL_INC),
        Q("三年", 3, "年", "全市重点项目督查评议连续取得较好成绩", "level", borderline=True,
          per="2016/2018", note="a span of years (连续三年)"),
        D("今年", "2018", "year", note="in the review of 2018: the year reviewed"),
        O("第六名", "rank"),
        Q("50亿元", num("50亿"), "元", "合景泰富团队投资(玫瑰谷田园综合体)", "level"),
        Q("40亿元", num("40亿"), "元", "东方希望集团投资", "level"),
        O("首个", "first-of-kind (全省首个)"),
        Q("13万亩", num("13万"), "亩", "带动田园综合体建设", "level", target=True,
          note="带动…建设: the area the project is to drive"),
        Q("30亿元", num("30亿"), "元", "伊利集团追加投资", "level"),
        O("第一", "rank (位居亚洲第一)"),
        C("5大", "the five named parks as a set (5大园区)"),
        Q("50万平方米", num("50万"), "平方米", "标准厂房全部开工", "level"),
        Q("26家", 26, "家", "拎包入驻企业", "level"),
    ],
)

# ---------------------------------------------------------------- 03 永川区 (重庆)
YC_DAY = "2022-01-08"
FIVE = "2017/2021"
PAGES["e23_03_yongchuan_20220108.txt"] = dict(
    pubdate="2022-01-08",
    pubnote="the report's delivery date in its subtitle (2022年1月8日); the collector page (edutainingadventures.com) shows no date of its own",
    area="重庆市永川区", period="2021",
    items=[
        D("2022年1月8日", YC_DAY, "day", rel=False, note="delivery date (subtitle)"),
        O("第十八届", "term of the district people's congress"),
        O("第一次", "session number"),
        D("现在", YC_DAY, "now", note="the day the report was delivered"),
        O("一、", "section marker"),
        D("过去五年", FIVE, "period", note="section heading: the term 2017-2021"),
        D("过去五年", FIVE, "period"),
        O("十九大", "party congress"),
        O("十九届", "central committee term"),
        D("五年", FIVE, "period", note="…的五年: the same five years"),
        C("千年", "fixed phrase (千年梦想)"),
        C("百年", "fixed phrase (百年目标)"),
        C("百年", "fixed phrase (百年变局)"),
        C("三大攻坚战", "fixed term"),
        C("八项行动计划", "numeric slogan"),
        O("第十七届", "term of the district people's congress"),
        O("第一次", "session number"),
        D("2016年", "2016", "year", rel=False),
        Q("695.7亿元", num("695.7亿"), "元", "地区生产总值(2016年)", "level", ind=GDP, per="2016"),
        D("2021年", "2021", "year", rel=False),
        Q("1144.2亿元", num("1144.2亿"), "元", "地区生产总值(2021年)", "level", ind=GDP, per="2021"),
        Q("8.7%", 8.7, "%", "地区生产总值年均增速", "growth", ind=GDP, per="2016/2021",
          note="年均增长 from 2016 to 2021"),
        O("第8个", "rank (全市第8个…突破千亿大关的区县)"),
        Q("千亿", num("1000亿"), "元", "地区生产总值(突破千亿大关)", "level", q="more_than", ind=GDP,
          implied=True, per="2021", note="突破千亿大关: the threshold passed, as eval10 annotates it"),
        Q("742亿元", num("742亿"), "元", "规上工业总产值(2016年)", "level", ind=IND_OUT, per="2016"),
        Q("1550.2亿元", num("1550.2亿"), "元", "规上工业总产值(2021年)", "level", ind=IND_OUT, per="2021"),
        Q("15.3%", 15.3, "%", "规上工业总产值年均增速", "growth", ind=IND_OUT, per="2016/2021"),
        D("五年", FIVE, "period", note="五年累计"),
        Q("2413.8亿元", num("2413.8亿"), "元", "五年累计完成固定资产投资", "level", ind=FAI, per=FIVE),
        Q("10.1%", 10.1, "%", "固定资产投资年均增速", "growth", ind=FAI, per=FIVE),
        Q("308.3亿元", num("308.3亿"), "元", "社会消费品零售总额(2016年)", "level", ind=RETAIL, per="2016"),
        Q("505.8亿元", num("505.8亿"), "元", "社会消费品零售总额(2021年)", "level", ind=RETAIL, per="2021"),
        Q("13.2%", 13.2, "%", "社会消费品零售总额年均增速", "growth", ind=RETAIL, per="2016/2021"),
        Q("43.8亿元", num("43.8亿"), "元", "一般公共预算收入", "level", ind=BUDGET, per="2021"),
        D("过去五年", FIVE, "period"),
    ],
)

# ---------------------------------------------------------------- 04 安居区 (四川 遂宁市)
AJ = "2021"
PAGES["e23_04_anju_20220119.txt"] = dict(
    pubdate="2022-01-19",
    pubnote="the report's delivery date under its title (2022年1月19日); the collector page (edutainingadventures.com) shows no date of its own",
    area="遂宁市安居区", period=AJ,
    items=[
        D("2022年1月19日", "2022-01-19", "day", rel=False, note="delivery date"),
        O("第五届", "term of the district people's congress"),
        O("第二次", "session number"),
        D("2021年", AJ, "year", rel=False, note="section heading 2021年工作回顾"),
        D("2021年", AJ, "year", rel=False),
        C("1336", "numeric name of the district's strategy (“1336”发展战略)"),
        O("〔1〕", "note marker"),
        C("五个领跑", "numeric slogan"),
        C("两个提升", "numeric slogan"),
        O("〔2〕", "note marker"),
        C("十四五", "fixed term"),
        C("双胜利", "numeric slogan (“双胜利”年度目标)"),
        D("这一年", AJ, "year"),
        Q("210.42亿元", num("210.42亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("8.7%", 8.7, "%", "地区生产总值增速", "growth", ind=GDP),
        Q("三年", 3, "年", "地区生产总值增速连续居全市第一", "level", borderline=True,
          per="2019/2021", note="a span of years (连续三年)"),
        O("第一", "rank (全市第一)"),
        Q("11.6%", 11.6, "%", "固定资产投资增速", "growth", ind=FAI),
        Q("11.5%", 11.5, "%", "规上工业增加值增速", "growth", ind=IND_VA),
        Q("两项", 2, "项", "稳居全市第一的指标", "level", borderline=True, note="the two indicators just named"),
        O("第一", "rank (全市第一)"),
        Q("18.2%", 18.2, "%", "社会消费品零售总额增速", "growth", ind=RETAIL),
        O("第二", "rank (全市第二)"),
        Q("15%", 15, "%", "一般公共预算收入增速", "growth", ind=BUDGET),
        Q("8.5%", 8.5, "%", "城镇居民人均可支配收入增速", "growth", ind=URBAN_INC),
        Q("10.6%", 10.6, "%", "农村居民人均可支配收入增速", "growth", ind=RURAL_INC),
        O("首批", "first batch"),
        C("5 1", "name of a programme (“5+1” with the plus sign lost in the stored copy)"),
    ],
)
