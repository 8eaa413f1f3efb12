"""Annotations of pages 05-09 (临夏县, 昌江黎族自治县, 雨花经开区, 广丰区, 东方市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND = "工业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"

PAGES = {}

# ---------------------------------------------------------------- 05 临夏县 (甘肃 临夏州)
LX_DAY = "2021-11-18"
LX = "2016-01-01/2021-11-18"
PAGES["e24_05_linxia_20211118.txt"] = dict(
    pubdate=LX_DAY,
    pubnote="the report's delivery date in its subtitle (2021年11月18日); the collector page (nec-driver.com) shows no date of its own",
    area="临夏县", period=LX,
    items=[
        D("2021年11月18日", LX_DAY, "day", rel=False, note="delivery date (subtitle)"),
        O("第十八届", "term of the county people's congress"),
        O("第一次", "session number"),
        D("现在", LX_DAY, "now", note="the day the report was delivered"),
        O("十七届", "term of the county government (section heading)"),
        D("2016年以来", LX, "period", rel=False, note="since-interval to the report's day"),
        O("十九大", "party congress"),
        O("十九届二中、三中、四中、五中全会", "party plenums"),
        C("十三五", "fixed term (five-year plan)"),
        C("3 1 1", "numeric slogan, plus signs lost in the copy (“3+1+1”)"),
        O("[1]", "note marker"),
        C("5 1", "numeric slogan, plus sign lost in the copy (“5+1”)"),
        O("[2]", "note marker"),
        C("两不愁三保障", "numeric slogan"),
        O("[3]", "note marker"),
        Q("97.39%", 97.39, "%", "义务教育巩固率", "share", per=LX_DAY,
          note="a rate reached (提高到): as of the report's day"),
        Q("100%", 100, "%", "贫困人口医保、社保参保率", "share", per=LX_DAY),
        Q("9767户", 9767, "户", "改造农村危房", "level"),
        Q("2329户", 2329, "户", "易地扶贫搬迁", "level"),
        Q("90%以上", 90, "%", "得到产业扶贫、就业扶贫和信贷支持的贫困户比例", "share", q="at_least"),
        Q("116个", 116, "个", "贫困村全部出列", "level"),
        Q("13.81万", num("13.81万"), "人", "贫困人口全部脱贫", "level", implied=True,
          note="13.81万贫困人口: the counting word is the noun"),
    ],
)

# ---------------------------------------------------------------- 06 昌江黎族自治县 (海南)
CJ_DAY = "2021-02-03"
CJ = "2020"
PAGES["e24_06_changjiang_20210203.txt"] = dict(
    pubdate=CJ_DAY,
    pubnote="the report's delivery date in its subtitle (2021年2月3日); the collector page (cppc-bj.com/…/2021/0715/…) is dated later",
    area="昌江黎族自治县", period=CJ,
    items=[
        D("2021年2月3日", CJ_DAY, "day", rel=False, note="delivery date (subtitle)"),
        O("第十五届", "term of the county people's congress"),
        O("第七次", "session number"),
        D("现在", CJ_DAY, "now", note="the day the report was delivered"),
        O("一、", "section marker"),
        D("2020年", CJ, "year", rel=False, note="section heading 2020年回顾"),
        C("十三五", "fixed term (five-year plan)"),
        D("2020年", CJ, "year", rel=False),
        C("三个大考", "numeric slogan"),
        C("三张答卷", "numeric slogan"),
        O("[1]", "note marker"),
        Q("6个", 6, "个", "国字号荣誉", "level"),
        C("四好", "numeric slogan (四好农村路)"),
        Q("33项", 33, "项", "获得省级以上通报表扬的工作", "level"),
        Q("13项", 13, "项", "位居全省第一的公共服务质量满意度测评指标", "level"),
        O("第一", "rank (位居全省第一)"),
        O("(一)", "section marker"),
        C("四早", "numeric slogan"),
        O("[2]", "note marker"),
        Q("15天", 15, "天", "控制住疫情用时", "level", borderline=True, note="a duration (仅用15天)"),
        C("一抗三保", "numeric slogan"),
        O("[3]", "note marker"),
        Q("32条", 32, "条", "超常规举措", "level"),
        Q("12条", 12, "条", "支持中小企业共渡难关措施", "level"),
        Q("1.1%", 1.1, "%", "固定资产投资增速", "growth", ind=FAI),
        Q("12.4%", 12.4, "%", "地方一般公共预算收入增速", "growth", ind=BUDGET),
        Q("3%", 3, "%", "城镇居民人均可支配收入增速", "growth", ind=URBAN_INC,
          note="城乡居民…分别增长3%和7.5%: the first is the towns'"),
        Q("7.5%", 7.5, "%", "农村居民人均可支配收入增速", "growth", ind=RURAL_INC),
        Q("77个", 77, "个", "超额完成年度投资计划的省县重点项目", "level"),
        Q("20个", 20, "个", "集中开工或签约的自贸港项目", "level"),
        Q("39.4亿元", num("39.4亿"), "元", "自贸港项目投资", "level"),
        C("十四五", "fixed term (five-year plan)"),
        O("(二)", "section marker"),
    ],
)

# ---------------------------------------------------------------- 07 雨花经开区 (湖南 长沙市雨花区), a development zone
YH_DAY = "2022-12-28"
YH = "2022"
YH_P = "2022-01/2022-11"
PAGES["e24_07_yuhua_20230103.txt"] = dict(
    pubdate="2023-01-03",
    pubnote="the address's date (so.icswb.com/h/104029/20230103/…); the lead's 12月28日 is 2022-12-28",
    area="雨花经开区", period=YH,
    items=[
        C("2022年", "year inside the name of a list (2022年工业和信息化领域真抓实干督查激励建议名单)"),
        D("12月28日", YH_DAY, "day"),
        C("2022年度", "year inside the name of a list (…2022年度真抓实干督查激励拟推荐名单)"),
        D("2022年以来", "2022-01-01/2022-12-28", "period", rel=False, note="since-interval to the lead's day"),
        D("2022年", YH, "year", rel=False),
        C("千亿", "size class of the goal (打造千亿…园区)"),
        C("五好", "numeric slogan (“五好”园区)"),
        D("近年来", None, "vague"),
        Q("9年", 9, "年", "连续居全市省级园区第一", "level", borderline=True, per="2014/2022",
          note="a span of years (连续9年) ending in 2022"),
        O("第一", "rank"),
        Q("3次", 3, "次", "位列全省省级园区第一", "level", per="2014/2022"),
        O("第一", "rank"),
        Q("5年", 5, "年", "连续位列内五区第一", "level", borderline=True, per="2018/2022",
          note="a span of years (连续5年) ending in 2022"),
        C("内五区", "fixed term (the five inner districts)"),
        O("第一", "rank"),
        C("2020、2021年度", "years inside the name of an appraisal (2020、2021年度全省产业园区综合评价)"),
        C("五好", "numeric slogan (‘五好’园区创建工作先进)"),
        C("2021年", "year inside the name of a commendation (2021年长沙市创新实干督查激励表彰)"),
        Q("4项", 4, "项", "表扬激励", "level", per="2021"),
        D("2022年1-11月", YH_P, "period", rel=False),
        Q("25.9%", 25.9, "%", "园区规模工业增加值增速", "growth", ind=IND_VA, per=YH_P),
        Q("524.6亿元", num("524.6亿"), "元", "长沙比亚迪汽车总产值", "level", per=YH_P),
        Q("69.5%", 69.5, "%", "长沙比亚迪汽车总产值增速", "growth", per=YH_P),
        D("今年", YH, "year"),
        O("首个", "first-of-kind (全省首个)"),
        Q("600亿", num("600亿"), "元", "长沙比亚迪汽车产值(有望过)", "level", q="more_than", implied=True,
          target=True, note="有望…过600亿: a forecast for 2022, not over on 12月28日; no 元 written"),
        Q("一半以上", 0.5, "", "工业投资占园区全社会固投比重", "share", q="at_least", per=YH_P,
          note="fraction 1/2, no unit, as eval gold writes 一半"),
        D("三季度", "2022-07/2022-09", "period"),
        Q("535.5亿", num("535.5亿"), "元", "高新技术产业总产值", "level", ind="高新技术产业产值",
          implied=True, per="2022-07/2022-09"),
        Q("60.7%", 60.7, "%", "高新技术产业总产值增速", "growth", ind="高新技术产业产值",
          per="2022-07/2022-09"),
        Q("104亿", num("104亿"), "元", "高新技术增加值", "level", implied=True, per="2022-07/2022-09"),
        Q("52.8%", 52.8, "%", "高新技术增加值增速", "growth", per="2022-07/2022-09"),
    ],
)

# ---------------------------------------------------------------- 08 广丰区 (江西 上饶市), a reply
GF_DAY = "2019-07-16"
PAGES["e24_08_guangfeng_20190716.txt"] = dict(
    pubdate=GF_DAY,
    pubnote="the letter's date at its end (printed 2019716, separators lost); the address (gfx.gov.cn/…/201907/…) agrees on the month",
    area="上饶市广丰区", period="2016",
    items=[
        O("十二届", "term of the district CPPCC (title)"),
        O("四次", "session number (title)"),
        O("第23号", "proposal number (title)"),
        O("十二届", "term of the district CPPCC"),
        O("四次", "session number"),
        O("23号", "proposal number"),
        D("目前", GF_DAY, "now"),
        D("2016年", "2016", "year", rel=False),
        Q("300万元", num("300万"), "元", "农村公路日常养护资金", "level"),
        Q("3000/年公里", 3000, "元/年公里", "县道养护补助标准", "level", implied=True,
          note="no 元 written: a money rate by context"),
        Q("1500/年公里", 1500, "元/年公里", "乡道养护补助标准", "level", implied=True),
        Q("500/年公里", 500, "元/年公里", "村道养护补助标准", "level", implied=True),
        C("赣府厅发[2007]48号", "document number"),
        D("2019716", GF_DAY, "day", rel=False, note="the letter's date, printed without separators"),
    ],
)

# ---------------------------------------------------------------- 09 东方市 (海南)
DF = "2015-01/2015-07"
PAGES["e24_09_dongfang_20150919.txt"] = dict(
    pubdate="2015-09-19",
    pubnote="the address's date (news.hndaily.cn/html/2015-09/19/…, 海南日报 e-paper)",
    area="东方市", period=DF,
    items=[
        D("今年1-7月份", DF, "period"),
        Q("约112亿元", num("112亿"), "元", "规模以上工业总产值", "level", q="approx", ind=IND_OUT),
        Q("34.8%", 34.8, "%", "规模以上工业总产值增速", "growth", ind=IND_OUT),
        D("去年同期", "2014-01/2014-07", "period"),
        Q("16.6个百分点", 16.6, "百分点", "增速比去年同期快", "points", ind=IND_OUT),
        Q("约32亿元", num("32亿"), "元", "工业增加值", "level", q="approx", ind=IND),
        Q("10.3%", 10.3, "%", "工业增加值增速", "growth", ind=IND),
        Q("13.4个百分点", 13.4, "百分点", "大项目拉动全市规模以上工业增加值增长", "points"),
    ],
)
