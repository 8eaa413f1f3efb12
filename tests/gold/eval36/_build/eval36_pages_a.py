"""Annotations of pages 01-05 (高港区, 开平市, 舞钢市, 吴忠市, 镇安县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
EXPORT = "出口总额"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
DOWN = "decrease"
CUT = "the store breaks off in this sentence; the figures before the cut are read as stored"

PAGES = {}

# ---------------------------------------------------------------- 01 高港区 (江苏 泰州), the district's inspection tour of 3月30日 2016, with its 1-3月份 new projects
GG_DAY = "2016-03-30"
GG = "高港区"
GG_Q1 = "2016-01/2016-03"
PAGES["e36_01_gaogang_20160330.txt"] = dict(
    pubdate=GG_DAY,
    pubnote="发布时间: 2016-03-30 in the page's date line (kept; hrbwhkj.com, a copy of 高港区发展和改革委员会's 工作动态 column)",
    area=GG, period=GG_Q1,
    items=[
        C("两代表一委员", "fixed term (party and people's-congress deputies and CPPCC members)"),
        C("亿元以上", "size class (亿元以上新开工项目)"),
        D("2016-03-30", GG_DAY, "day", rel=False, note="the page's date line"),
        D("3月30日下午", GG_DAY, "day", note="the tour's day, the date line's day"),
        C("四套班子", "fixed term (the district's four leading bodies)"),
        C("两代表一委员", "fixed term (party and people's-congress deputies and CPPCC members)"),
        C("亿元以上", "size class (亿元以上新开工项目)"),
        Q("24个", 24, "个", "观摩检查的亿元以上新开工项目", "level", per=GG_DAY),
        D("1-3月份", GG_Q1, "period"),
        C("亿元以上", "size class (亿元以上新开工项目)"),
        Q("49个", 49, "个", "亿元以上新开工项目", "level"),
        Q("92.8亿元", num("92.8亿"), "元", "亿元以上新开工项目总投资", "level"),
        D("2016年", "2016", "year", rel=False),
        Q("46.3亿元", num("46.3亿"), "元", "新开工项目2016年计划完成投资", "level", per="2016", target=True),
        C("5亿元以上", "size class (5亿元以上项目)"),
        Q("5个", 5, "个", "5亿元以上新开工项目", "level"),
        C("10亿元以上", "size class (10亿元以上项目)"),
        Q("2个", 2, "个", "10亿元以上新开工项目", "level"),
        Q("10.6亿元", num("10.6亿"), "元", "龙凤堂物流基地项目总投资", "level"),
        Q("13亿元", num("13亿"), "元", "凤栖湖景观区项目总投资", "level"),
        D("截止3月底", "2016-03", "month"),
        D("1-2月份", "2016-01/2016-02", "period"),
        Q("5.9亿元", num("5.9亿"), "元", "1-2月份新开工项目完成投资(截止3月底)", "level",
          note="the work done up to the end of March on the projects begun in 1-2月份"),
        Q("26.6%", 26.6, "%", "新开工项目完成投资占年度计划比例", "share"),
    ],
)

# ---------------------------------------------------------------- 02 开平市 (广东 江门), the city statistics bureau's note on its 第三季度 (1-9月) 2018
KP_DAY = "2018-10-24"
KP = "开平市"
KP_Q3 = "2018-01/2018-09"
KP_H1 = "2018-01/2018-06"
Q3NOTE = "the note's 第三季度 reports the year to date: its figures are the 1-9月 totals (as 三季度 in earlier sets)"
Q2NOTE = "第二季度 set against 1-9月: the half-year's cumulative rate (1-6月)"
PAGES["e36_02_kaiping_20181024.txt"] = dict(
    pubdate=KP_DAY,
    pubnote="the note's signature date 2018年10月24日 (kept) and the address (www.kaiping.gov.cn, 开平市人民政府's site, 开平市统计局)",
    area=KP, period=KP_Q3,
    items=[
        D("第三季度", KP_Q3, "period", note=Q3NOTE),
        D("全年", "2018", "year"),
        D("第三季度", KP_Q3, "period", note=Q3NOTE),
        Q("274.79亿元", num("274.79亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.2%", 7.2, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("21项", 21, "项", "基础核算指标", "level", borderline=True, note="the base of a count (在21项…中)"),
        Q("17项", 17, "项", "处于上升区间的基础核算指标", "level"),
        O("(一)", "list marker"),
        D("1-9月", KP_Q3, "period"),
        Q("9.5%", 9.5, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        D("6月份", "2018-06", "month"),
        D("前三季度", KP_Q3, "period"),
        Q("9%左右", 9, "%", "规模以上工业增加值增长(前三季度基本保持)", "growth", q="approx", ind=IND_VA),
        O("(二)", "list marker"),
        D("1-9月", KP_Q3, "period"),
        Q("18.98%", 18.98, "%", "固定资产投资增长", "growth", ind=FAI),
        D("第二季度", KP_H1, "period", note=Q2NOTE),
        Q("1.66个百分点", 1.66, "百分点", "固定资产投资增速比第二季度加快", "points", ind=FAI),
        O("(三)", "list marker"),
        D("1-9月", KP_Q3, "period"),
        Q("10.04%", 10.04, "%", "社会消费品零售总额增长", "growth", ind=RETAIL,
          note="the copy writes 社会品零售总额 for 社会消费品零售总额"),
        Q("25.4倍", 25.4, "倍", "通过公共网络实现的商品销售增长", "multiple"),
        O("(四)", "list marker"),
        D("1-9月", KP_Q3, "period"),
        Q("18.87亿元", num("18.87亿"), "元", "地方一般公共预算收入", "level", ind=BUDGET),
        Q("13.10%", 13.1, "%", "地方一般公共预算收入增长", "growth", ind=BUDGET),
        D("第二季度", KP_H1, "period", note=Q2NOTE),
        Q("1.01个百分点", 1.01, "百分点", "地方一般公共预算收入增速比第二季度加快", "points", ind=BUDGET),
        O("(五)", "list marker"),
        D("1-9月", KP_Q3, "period"),
        Q("98.9亿元", num("98.9亿"), "元", "出口总值", "level", ind=EXPORT),
        Q("16.9%", 16.9, "%", "出口总值增长", "growth", ind=EXPORT),
        D("第二季度", KP_H1, "period", note=Q2NOTE),
        Q("5.3个百分点", 5.3, "百分点", "出口增速比第二季度加快", "points", ind=EXPORT),
        O("(六)", "list marker"),
        D("至9月份止", "2018-09", "month"),
        Q("十家", 10, "家", "累计新增入库统计的房地产企业", "level"),
        Q("19.93%", 19.93, "%", "房地产业从业人员增长", "growth"),
        Q("15.57%", 15.57, "%", "房地产业劳动报酬增长", "growth"),
        D("2018年10月24日", KP_DAY, "day", rel=False, note="the note's signature date"),
    ],
)

# ---------------------------------------------------------------- 03 舞钢市 (河南 平顶山), the city administration bureau's reply to deputies' suggestion No. 60 (posted 2022-10-20)
WG_DAY = "2022-10-20"
WG = "舞钢市"
PAGES["e36_03_wugang_20221020.txt"] = dict(
    pubdate=WG_DAY,
    pubnote="发布日期:2022-10-20 in the page's date line (kept; www.mgm-bc.com, a copy of 舞钢市人民政府's site); the letter's own date is cut off by the store",
    area=WG, period=WG_DAY,
    items=[
        O("十一届", "congress term"),
        O("一次会议", "session number"),
        O("第60号", "suggestion number"),
        D("2022-10-20", WG_DAY, "day", rel=False, note="the page's date line"),
        C("舞城管2022〕86号", "document number"),
        O("十一届", "congress term"),
        O("一次会议", "session number"),
        O("第60号", "suggestion number"),
        Q("1730米", 1730, "米", "已完成招标手续的北环路段长度", "level"),
        Q("35米", 35, "米", "北环路段宽度", "level"),
        Q("22米", 22, "米", "道路设计断面主路面宽度", "level"),
        Q("6.5米", 6.5, "米", "道路设计断面单侧人行道宽度", "level"),
        Q("13米", 13, "米", "道路设计断面人行道宽度(两侧)", "level"),
        D("2018年", "2018", "year", rel=False),
        O("一期", "project phase"),
        Q("800米", 800, "米", "完成的一期路网", "level", per="2018"),
        D("至今", WG_DAY, "now", note="the letter's date is cut off; the page's date"),
        D("2021年", "2021", "year", rel=False),
        D("2021年", "2021", "year", rel=False),
        Q("280", 280, "米", "向东推进至站前路的路段(基础已完工)", "level", per="2021", implied=True,
          borderline=True, note="the copy prints 站前路280路段 with no unit; read as a 280-metre section, as the letter's other lengths are in 米"),
        D("至今", WG_DAY, "now", note="the letter's date is cut off; the page's date"),
        Q("360万元", num("360万"), "元", "北环路材料资金", "level", q="approx"),
    ],
)

# ---------------------------------------------------------------- 04 吴忠市 (宁夏), the city transport bureau's reply to deputies' suggestion No. 21 (address t20211130)
WZ_DAY = "2021-11-30"
WZ = "吴忠市"
PAGES["e36_04_wuzhong_20211130.txt"] = dict(
    pubdate=WZ_DAY,
    pubnote="the address's t20211130 (www.wuzhong.gov.cn, 吴忠市人民政府's site); the copy has no date line",
    area=WZ, period=WZ_DAY,
    items=[
        O("五届", "congress term"),
        O("六次会议", "session number"),
        O("第21号", "suggestion number"),
        D("近年来", None, "vague"),
        C("五纵三横", "numeric slogan (road-network layout)"),
        C("七纵六横", "numeric slogan (road-network layout)"),
        O("一、", "list marker"),
        C("四好农村路", "fixed term"),
        O("一是", "list marker"),
        C("20户以上", "size class (常驻人口20户以上规模自然村)"),
        Q("91公里", 91, "公里", "新建改建农村公路", "level", per="2021",
          note="the year's rural-road works, partly under way (目前…已开工); read as the year's programme of 2021"),
        D("目前", WZ_DAY, "now"),
        C("国道110", "road name with a numeral"),
        O("四期", "project phase"),
        C("二号路", "road name with a numeral"),
        D("目前", WZ_DAY, "now"),
        O("二是", "list marker"),
        D("目前", WZ_DAY, "now"),
        D("今年", "2021", "year"),
        Q("1.1809亿元", num("1.1809亿"), "元", "获得农村公路车购税补贴资金", "level", per="2021"),
        O("三是", "list marker"),
        C("四好农村路", "fixed term"),
        D("目前", WZ_DAY, "now"),
        C("四好农村公路", "fixed term"),
        O("二、", "list marker"),
    ],
)

# ---------------------------------------------------------------- 05 镇安县 (陕西 商洛), 商洛日报's story on the county congress's opening (3月2日上午 2016)
ZA_DAY = "2016-03-03"
ZA_EVENT = "2016-03-02"
ZA = "镇安县"
PAGES["e36_05_zhenan_20160303.txt"] = dict(
    pubdate=ZA_DAY,
    pubnote="the address's 2016-03-03 (www.slrbs.com, 商洛日报's site, its 县区动态 column); the copy has no date line",
    area=ZA, period="2015",
    items=[
        O("第十七届", "congress term"),
        O("第六次会议", "session number"),
        D("3月2日上午", ZA_EVENT, "day"),
        O("第十七届", "congress term"),
        O("第六次会议", "session number"),
        Q("160多名", 160, "名", "与会人大代表", "level", q="more_than", per=ZA_EVENT),
        D("2015年", "2015", "year", rel=False),
        C("十二五", "fixed term (the 12th five-year plan)"),
        D("2015年", "2015", "year", rel=False),
        D("全年", "2015", "year"),
        Q("83.91亿元", num("83.91亿"), "元", "生产总值", "level", ind=GDP),
        Q("10.8%", 10.8, "%", "生产总值增长", "growth", ind=GDP),
        Q("4.17亿元", num("4.17亿"), "元", "财政总收入", "level"),
        Q("6.1%", 6.1, "%", "财政总收入增长", "growth"),
        Q("3.02亿元", num("3.02亿"), "元", "地方财政收入", "level", ind=BUDGET),
        Q("9.2%", 9.2, "%", "地方财政收入增长", "growth", ind=BUDGET),
        Q("23292元", 23292, "元", "城镇居民收入", "level", ind=URBAN_INC),
        Q("7750元", 7750, "元", "农村居民收入", "level", ind=RURAL_INC),
        Q("8.8%", 8.8, "%", "城镇居民收入增长", "growth", ind=URBAN_INC),
        Q("10%", 10, "%", "农村居民收入增长", "growth", ind=RURAL_INC),
        D("2015年", "2015", "year", rel=False),
        C("十二五", "fixed term (the 12th five-year plan)"),
        C("十二五", "fixed term (the 12th five-year plan)"),
        Q("9项", 9, "项", "十二五确定的约束性指标(全部完成)", "level", per="2011/2015"),
        Q("15项", 15, "项", "十二五确定的预期性指标(基本完成)", "level", per="2011/2015"),
        C("十三五", "fixed term (the 13th five-year plan)"),
        C("十三五", "fixed term (the 13th five-year plan)"),
        C("十三五", "fixed term (the 13th five-year plan)"),
        O("十八大", "party congress"),
        O("十八届", "term number"),
        O("三中", "plenary session (三中全会)"),
        O("四中", "plenary session (四中全会)"),
        O("五中", "plenary session (五中全会)"),
    ],
)
