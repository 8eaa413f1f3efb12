"""Annotations of pages 01-04 (木棠镇, 菁芜洲镇, 宁县, 兴山县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
PRIMARY = "第一产业增加值"
SECONDARY = "第二产业增加值"
TERTIARY = "第三产业增加值"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
DEPOSITS = "金融机构存款余额"
LOANS = "金融机构贷款余额"
TAX = "税收收入"
DOWN = "decrease"
CUT = "the store breaks off in this sentence; the figures before the cut are read as stored"

PAGES = {}

# ---------------------------------------------------------------- 01 木棠镇 (海南 儋州市), the town's 2024 work report, its 2023 review
MT_DAY = "2024-03-18"
MT = "木棠镇"
PAGES["e37_01_mutang_20240318.txt"] = dict(
    pubdate=MT_DAY,
    pubnote="发布时间:2024-03-18 08:55 above the title (kept; www.danzhou.gov.cn, 儋州市人民政府's site, column 2024年乡镇政府工作报告)",
    area=MT, period="2023",
    items=[
        D("2024-03-18 08:55", MT_DAY, "time", rel=False, note="the page's date line"),
        C("2024年", "year inside the report's title"),
        O("第十七届", "congress term"),
        O("第五次", "congress session"),
        D("现在", MT_DAY, "now", note="the report's opening; the copy gives no day of delivery, so the page's date"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="section heading (一、2023年工作回顾)"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        O("第八次", "provincial party congress"),
        O("第十三次", "city party congress"),
        D("一年来", "2023", "year"),
        Q("16.84亿元", num("16.84亿"), "元", "镇域地区生产总值", "level", ind=GDP),
        Q("6.2%", 6.2, "%", "镇域地区生产总值增长", "growth", ind=GDP),
        O("一产", "industry ordinal"),
        O("二产", "industry ordinal"),
        O("三产", "industry ordinal"),
        Q("8.08亿元", num("8.08亿"), "元", "一产增加值", "level", ind=PRIMARY),
        Q("2.08亿元", num("2.08亿"), "元", "二产增加值", "level", ind=SECONDARY),
        Q("6.68亿元", num("6.68亿"), "元", "三产增加值", "level", ind=TERTIARY),
        Q("5.39亿元", num("5.39亿"), "元", "固定资产投资", "level", ind=FAI),
        C("500万元以上", "size class (500万元以上项目)"),
        Q("4.86亿元", num("4.86亿"), "元", "500万元以上项目累计投资", "level"),
        C("10至500万元", "size class (10至500万元项目)"),
        Q("0.54亿元", num("0.54亿"), "元", "10至500万元项目累计投资", "level"),
        Q("158.9万元", num("158.9万"), "元", "地方一般预算总收入", "level", ind=BUDGET),
        Q("52.3%", 52.3, "%", "地方一般预算总收入增长", "growth", ind=BUDGET),
        D("一年来", "2023", "year"),
        O("(一)", "list marker"),
        O("一是", "list marker"),
        C("三保障", "fixed term"),
        Q("100%", 100, "%", "脱贫人口和监测对象基本医保参保率", "share"),
        Q("411.59万元", num("411.59万"), "元", "发放特惠性学生生活补助及雨露计划补助", "level"),
        Q("3304人次", 3304, "人次", "补助惠及人次", "level"),
        Q("2名", 2, "名", "义务教育阶段送教上门学生", "level"),
        Q("17户", 17, "户", "完成危房改造的困难群众", "level"),
        Q("25个", 25, "个", "全镇行政村(安全饮水检测全覆盖)", "level", borderline=True,
          note="all the town's villages, the base of a coverage"),
        O("二是", "list marker"),
    ],
)

# ---------------------------------------------------------------- 02 菁芜洲镇 (湖南 怀化市 通道县), the town's 2024 work plan with its targets
JW_DAY = "2024-01-18"
JW = "菁芜洲镇"
PAGES["e37_02_jingwuzhou_20240118.txt"] = dict(
    pubdate=JW_DAY,
    pubnote="发布时间:2024-01-18 15:22 under the title (kept; www.tongdao.gov.cn, 通道县人民政府's site, 信息来源 通道县菁芜洲镇)",
    area=JW, period="2024",
    items=[
        C("2024年", "year inside the plan's title (菁芜洲镇2024年度政府工作计划)"),
        D("2024-01-18 15:22", JW_DAY, "time", rel=False, note="the page's date line"),
        D("2024年", "2024", "year", rel=False),
        O("75周年", "anniversary"),
        C("十四五", "fixed term (five-year plan)"),
        O("70周年", "anniversary"),
        D("2024年", "2024", "year", rel=False),
        C("三高四新", "slogan"),
        C("五新四城", "slogan"),
        Q("6%以上", 6, "%", "地区生产总值增长(预期目标)", "growth", q="at_least", ind=GDP, target=True),
        Q("8%以上", 8, "%", "全社会固定资产投资增长(预期目标)", "growth", q="at_least", ind=FAI, target=True),
        Q("6%", 6, "%", "城镇居民人均可支配收入增长(预期目标)", "growth", q="at_least", ind=URBAN_INC, target=True,
          note="分别增长6%、9%以上: 以上 after the list is read for both"),
        Q("9%以上", 9, "%", "农村居民人均可支配收入增长(预期目标)", "growth", q="at_least", ind=RURAL_INC, target=True),
        O("(一)", "list marker"),
        D("全年", "2024", "year"),
        O("(二)", "list marker"),
    ],
)

# ---------------------------------------------------------------- 03 宁县 (甘肃 庆阳市), the county office's report on the handling of CPPCC proposals, 2025
NX_DAY = "2025-11-24"
NX_REPORT = "2025-11-19"
NX = "宁县"
PAGES["e37_03_ningxian_20251124.txt"] = dict(
    pubdate=NX_DAY,
    pubnote="生效日期 2025-11-24 in the dropped index block (索引号 621026xzf000/20251124-00055; www.ningxian.gov.cn, 宁县人民政府's site); the report is dated 2025年11月19日",
    area=NX, period="2025",
    items=[
        O("十届", "CPPCC term"),
        O("四次", "CPPCC session"),
        D("2025年11月19日", NX_REPORT, "day", rel=False, note="the report's date under its author"),
        D("今年以来", "2025", "period"),
        O("十届", "CPPCC term"),
        O("四次", "CPPCC session"),
        O("一、", "list marker"),
        O("(一)", "list marker"),
        D("年初", "2025-01", "period"),
        C("2025年", "year inside a notice's title"),
        C("宁政办发〔2025〕19号", "document number"),
        O("(二)", "list marker"),
        Q("3次", 3, "次", "向县政府常务会议汇报提案办理", "level"),
        Q("8次", 8, "次", "向县政府领导报送调度台账", "level"),
        O("(三)", "list marker"),
        C("2025年", "year inside a plan's name (全县2025年度重点工作督查计划)"),
        O("二、", "list marker"),
        D("2025年", "2025", "year", rel=False),
        Q("26件", 26, "件", "县政府办公室承接协调督办的政协委员提案", "level"),
        D("至目前", NX_REPORT, "now", note="the report's date"),
        Q("25件", 25, "件", "已完成或按计划推进的提案", "level", per=NX_REPORT),
        Q("96.15%", 96.15, "%", "已完成或按计划推进的提案占比", "share", per=NX_REPORT),
        Q("1件", 1, "件", "列入规划逐步办理的提案", "level", per=NX_REPORT),
        Q("3.85%", 3.85, "%", "列入规划逐步办理的提案占比", "share", per=NX_REPORT),
        O("(一)", "list marker"),
        Q("20件", 20, "件", "已完成或基本完成的提案", "level", per=NX_REPORT),
        O("1.", "list marker"),
        O("第1号", "proposal number"),
    ],
)

# ---------------------------------------------------------------- 04 兴山县 (湖北 宜昌市), the county congress's opening of 4月20日 2018, with the 2017 figures
XS_DAY = "2018-04-24"
XS_EVENT = "2018-04-20"
XS = "兴山县"
PAGES["e37_04_xingshan_20180424.txt"] = dict(
    pubdate=XS_DAY,
    pubnote="| 招商动态 |2018-04-24 under the headline (kept; kbhxn.com, a portal's copy)",
    area=XS, period="2017",
    items=[
        O("第十八届", "congress term"),
        O("第四次", "congress session"),
        D("2018-04-24", XS_DAY, "day", rel=False, note="the page's date line"),
        D("4月20日上午", XS_EVENT, "day", note="the session's opening day"),
        O("第 十八届", "congress term (the copy has a space after 第)"),
        O("第四次", "congress session"),
        C("两会", "fixed term (the people's congress and the CPPCC sessions)"),
        Q("169人", 169, "人", "应到代表", "level", per=XS_EVENT),
        Q("153人", 153, "人", "实际到会代表", "level", per=XS_EVENT),
        D("上午8时", XS_EVENT, "time"),
        D("过去一年", "2017", "year"),
        O("第十四次", "county party congress"),
        C("两地两县", "slogan"),
        Q("4.3%", 4.3, "%", "规模工业增加值增长", "growth", ind=IND_VA),
        O("第一", "rank"),
        Q("7.43亿元", num("7.43亿"), "元", "地方公共财政预算收入", "level", ind=BUDGET),
        Q("66%", 66, "%", "税收占地方公共财政预算收入比重", "share", ind=TAX),
        O("第四", "rank"),
        Q("40.68亿元", num("40.68亿"), "元", "县内固定资产投资", "level", ind=FAI),
        O("第四", "rank"),
        Q("36.2亿元", num("36.2亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        O("第一", "rank"),
        Q("9518万元", num("9518万"), "元", "飞地经济税收", "level"),
        Q("1.7倍", 1.7, "倍", "飞地经济税收同比增长", "multiple"),
        Q("107.64亿元", num("107.64亿"), "元", "各金融机构存款余额", "level", ind=DEPOSITS, per="2017-12"),
        Q("3%", 3, "%", "各金融机构存款余额增长", "growth", ind=DEPOSITS, per="2017-12"),
        Q("100.68亿元", num("100.68亿"), "元", "贷款余额", "level", ind=LOANS, per="2017-12"),
        Q("9%", 9, "%", "贷款余额增长", "growth", ind=LOANS, per="2017-12"),
        D("今年", "2018", "year"),
        D("今年", "2018", "year"),
        O("十九大", "party congress"),
        O("十九届", "party central committee term"),
        O("二中", "plenum"),
        O("三中", "plenum"),
        C("两会", "fixed term (the national people's congress and CPPCC sessions)"),
    ],
)
