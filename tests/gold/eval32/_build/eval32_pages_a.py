"""Annotations of pages 01-05 (闵行区, 和平区, 天津经开区, 龙华区, 顺德区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
REALTY = "房地产开发投资"
RETAIL = "社会消费品零售总额"
TRADE = "进出口总额"
EXPORT = "出口总额"
IMPORT = "进口总额"
BUDGET = "一般公共预算收入"
BUDGET_OUT = "一般公共预算支出"
TAX = "税收收入"
INC_ALL = "全体居民人均可支配收入"
HNTE = "高新技术企业"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 闵行区 (上海), the district's 2018 statistical bulletin on a forum, with 表1
MH_DAY = "2019-05-14"
MH = "上海市闵行区"
PAGES["e32_01_minhang_20190514.txt"] = dict(
    pubdate=MH_DAY,
    pubnote="发表于 2019-5-14 15:44:21, the forum post line (kept; quyushuju.com, a collector forum); the bulletin's own date is not in the copy",
    area=MH, period="2018",
    items=[
        C("2018年", "year inside the bulletin's title (the forum thread's title)"),
        D("2019-5-14 15:44:21", "2019-05-14T15:44", "time", rel=False, note="the forum's post line"),
        C("2018年", "year inside the bulletin's title"),
        D("2018年", "2018", "year", rel=False),
        O("十九大", "party congress"),
        O("十九届二中、三中全会", "party plenums"),
        O("一、", "section marker"),
        D("2018年", "2018", "year", rel=False),
        Q("2013.65亿元", num("2013.65亿"), "元", "全区生产总值", "level", ind=GDP),
        D("上年", "2017", "year", note="the base year of 比上年"),
        Q("6.5%", 6.5, "%", "生产总值比上年增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("1.11亿元", num("1.11亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("3.6%", 3.6, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("889.10亿元", num("889.10亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("2.4%", 2.4, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("1123.44亿元", num("1123.44亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("9.8%", 9.8, "%", "第三产业增加值增长", "growth", ind=P3),
        O("第三产业", "industry ordinal"),
        Q("55.8%", 55.8, "%", "第三产业增加值占全区生产总值比重", "share", ind=P3),
        D("上年", "2017", "year", note="the base year of 比上年"),
        Q("1.2个百分点", 1.2, "百分点", "第三产业比重比上年提高", "points", ind=P3),
        O("图1", "figure number"),
        D("全年", "2018", "year"),
        Q("831.03亿元", num("831.03亿"), "元", "财政总收入", "level"),
        D("上年", "2017", "year", note="the base year of 比上年"),
        Q("6.1%", 6.1, "%", "财政总收入增长", "growth"),
        Q("296.80亿元", num("296.80亿"), "元", "区级地方收入", "level", ind=BUDGET,
          note="区级地方收入: the district's own general-budget revenue"),
        D("上年", "2017", "year", note="the base year of 比上年"),
        Q("6.5%", 6.5, "%", "区级地方收入增长", "growth", ind=BUDGET),
        D("全年", "2018", "year"),
        Q("408.63亿元", num("408.63亿"), "元", "地方财政支出", "level", ind=BUDGET_OUT),
        D("上年", "2017", "year", note="the base year of 比上年"),
        Q("1.8%", 1.8, "%", "地方财政支出下降", "growth", ind=BUDGET_OUT, change=DOWN),
        O("表1", "table number"),
        O("表1", "table number"),
        C("2018年", "year inside the table's title"),
        D("上年", "2017", "year", note="column head 比上年增长(%)"),
        Q("831.03", num("831.03亿"), "元", "财政总收入(表)", "level", implied=True,
          note="表1 cell; unit from the column header 绝对值(亿元)"),
        Q("6.1", 6.1, "%", "财政总收入增长(表)", "growth", implied=True,
          note="表1 cell; unit from the column header 比上年增长(%)"),
        Q("373.88", num("373.88亿"), "元", "增值税(表)", "level", implied=True),
        Q("5.8", 5.8, "%", "增值税增长(表)", "growth", implied=True),
        Q("195.03", num("195.03亿"), "元", "企业所得税(表)", "level", implied=True),
        Q("5.0", 5.0, "%", "企业所得税增长(表)", "growth", implied=True),
        Q("97.76", num("97.76亿"), "元", "个人所得税(表)", "level", implied=True),
        Q("10.9", 10.9, "%", "个人所得税增长(表)", "growth", implied=True),
        Q("296.80", num("296.80亿"), "元", "区级地方收入(表)", "level", ind=BUDGET, implied=True),
        Q("6.5", 6.5, "%", "区级地方收入增长(表)", "growth", ind=BUDGET, implied=True),
        Q("408.63", num("408.63亿"), "元", "地方财政支出(表)", "level", ind=BUDGET_OUT, implied=True),
        Q("-1.8", 1.8, "%", "地方财政支出增长(表)", "growth", ind=BUDGET_OUT, change=DOWN, implied=True),
        Q("42.06", num("42.06亿"), "元", "一般公共服务支出(表)", "level", implied=True),
        Q("30.8", 30.8, "%", "一般公共服务支出增长(表)", "growth", implied=True),
    ],
)

# ---------------------------------------------------------------- 02 和平区 (天津), the district government work report of 2025 (the 2024 review), on a collector
HP_DAY = "2025-01-08"
HP = "天津市和平区"
PAGES["e32_02_heping_20250108.txt"] = dict(
    pubdate=HP_DAY,
    pubnote="the report's delivery date in the collector's title and in its subtitle (2025年1月8日); bx2200.com shows no date of its own",
    area=HP, period="2024",
    items=[
        D("2025年1月8日", HP_DAY, "day", rel=False, note="delivery date in the collector's title"),
        D("2025年1月8日", HP_DAY, "day", rel=False, note="delivery date (subtitle)"),
        O("第十八届", "congress term"),
        O("第五次会议", "session number"),
        D("现在", HP_DAY, "now", note="the report's delivery day"),
        O("一、", "section marker"),
        D("2024年", "2024", "year", rel=False, note="section heading (2024年工作回顾)"),
        D("2024年", "2024", "year", rel=False),
        D("这一年", "2024", "year", note="the reporting year"),
        C("十项", "numeric slogan (十项行动)"),
        O("第十八届", "congress term"),
        O("第四次会议", "session number"),
        D("全年", "2024", "year"),
        Q("5%以上", 5, "%", "地区生产总值增长", "growth", q="at_least", ind=GDP,
          note="预计全年 in a report on a year that has ended: an early estimate, not a target"),
        Q("13.4%", 13.4, "%", "一般公共预算收入增长", "growth", ind=BUDGET),
        Q("22.5%", 22.5, "%", "税收收入增长", "growth", ind=TAX),
        O("第一", "rank (增速全市第一)"),
        Q("10%以上", 10, "%", "固定资产投资增长", "growth", q="at_least", ind=FAI),
        Q("四年", 4, "年", "固定资产投资连续高位增长的年数", "level", borderline=True, per="2021/2024",
          note="a duration (连续四年)"),
        Q("七万元", 70000, "元", "居民人均可支配收入", "level", q="more_than", ind=INC_ALL,
          note="突破七万元: the threshold passed"),
        D("这一年", "2024", "year", note="the reporting year"),
        C("五大道", "place name with a numeral (五大道海棠花节)"),
        C("2.0", "version number (2.0版本)"),
        Q("1660余万人次", num("1660万"), "人次", "累计接待市民游客", "level", q="more_than",
          note="tied to the 海棠花节 campaign in the sentence, not the district's visitor total"),
        Q("32.7亿元", num("32.7亿"), "元", "文商旅综合收入", "level"),
        C("十佳", "size class (十佳案例)"),
    ],
)

# ---------------------------------------------------------------- 03 天津经开区 (天津), 天津日报's item on the zone's projects, on a portal
JK_DAY = "2022-07-28"
JK_LEAD = "2022-07-27"
JK_H1 = "2022-01/2022-06"
JK = "天津经开区"
PAGES["e32_03_tianjinjkq_20220728.txt"] = dict(
    pubdate=JK_DAY,
    pubnote="时间:2022-07-28 10:21 in the copy's date line (kept; tm022.com, 天穆网, a portal holding 天津日报's story); the lead's day is 7月27日",
    area=JK, period=JK_H1,
    items=[
        Q("超千亿元", num("1000亿"), "元", "谋划储备项目总投资", "level", q="more_than",
          note="headline; the body gives 1385亿元"),
        Q("超3000亿元", num("3000亿"), "元", "重点在建项目总投资", "level", q="more_than", per=JK_LEAD,
          note="headline; a stock (在建)"),
        D("2022-07-28 10:21", "2022-07-28T10:21", "time", rel=False, note="the copy's date line"),
        C("0", "the page's comment counter (评论:0), kept because it shares the date line; a zero counts nothing"),
        D("7月27日", JK_LEAD, "day", note="the lead's day (dateline)"),
        D("今年上半年", JK_H1, "period"),
        D("目前", JK_LEAD, "now"),
        Q("19.1%", 19.1, "%", "在建重点项目数同比增长", "growth", per=JK_LEAD),
        Q("11.6%", 11.6, "%", "新开工项目数同比增长", "growth", per=JK_LEAD),
        Q("3000亿元", num("3000亿"), "元", "在建项目总投资", "level", q="more_than", per=JK_LEAD,
          note="超过 before the number"),
        C("百亿级", "size class"),
        Q("2个", 2, "个", "百亿级在建项目", "level", per=JK_LEAD),
        C("50亿级", "size class"),
        Q("4个", 4, "个", "50亿级在建项目", "level", per=JK_LEAD),
        C("10亿级", "size class"),
        Q("54个", 54, "个", "10亿级在建项目", "level", per=JK_LEAD),
        Q("超600亿元", num("600亿"), "元", "项目达产后预计新增年产值", "level", q="more_than", target=True,
          per="NULL", note="a forecast for an unnamed future year"),
        D("今年上半年", JK_H1, "period"),
        C("四大", "numeric slogan (四大主导产业集群)"),
        Q("2个", 2, "个", "谋划储备百亿级项目", "level"),
        C("百亿级", "size class"),
        Q("5个", 5, "个", "谋划储备50亿级项目", "level"),
        C("50亿级", "size class"),
        Q("4个", 4, "个", "谋划储备30亿级项目", "level"),
        C("30亿级", "size class"),
        Q("79个", 79, "个", "谋划储备重点项目", "level"),
        Q("1385亿元", num("1385亿"), "元", "谋划储备重点项目总投资", "level"),
    ],
)

# ---------------------------------------------------------------- 04 龙华区 (深圳市, 广东), the city news site on the district congress's opening (the 2017 review)
LH_DAY = "2018-01-24"
LH = "龙华区"
PAGES["e32_04_longhua_20180124.txt"] = dict(
    pubdate=LH_DAY,
    pubnote="2018-01-24 16:20 in the copy's editor line (kept; ilonghua.sznews.com, 深圳新闻网's 龙华 channel, 内容来源 龙华网); dateline 1月24日",
    area=LH, period="2017",
    items=[
        D("2018-01-24 16:20", "2018-01-24T16:20", "time", rel=False, note="the copy's editor/date line"),
        O("第一届", "congress term"),
        O("第二次会议", "session number"),
        D("1月24日", LH_DAY, "day", note="dateline"),
        D("1月24日上午9时", "2018-01-24T09:00", "time"),
        O("第一届", "congress term"),
        O("第二次会议", "session number"),
        D("今年", "2018", "year"),
        Q("八个方面", 8, "个", "今年重点抓好的工作", "level", borderline=True, target=True, per="2018",
          note="a count of the report's own headings"),
        D("一年以来", "2017", "period", note="since the district was set up a year before; the report's year"),
        D("全年", "2017", "year"),
        Q("2100亿元", num("2100亿"), "元", "地区生产总值", "level", q="more_than", ind=GDP,
          note="预计 for a year that has ended: an early estimate; 超过 before the number"),
        Q("8.8%左右", 8.8, "%", "地区生产总值增长", "growth", q="approx", ind=GDP),
        Q("1100亿元", num("1100亿"), "元", "规模以上工业增加值", "level", q="more_than", ind=IND_VA,
          note="突破 before the number"),
        Q("10%以上", 10, "%", "规模以上工业增加值增长", "growth", q="at_least", ind=IND_VA),
        Q("616亿元", num("616亿"), "元", "全社会固定资产投资", "level", ind=FAI),
        Q("24.5%", 24.5, "%", "固定资产投资增长", "growth", ind=FAI),
        C("三大", "numeric slogan (三大指标)"),
        Q("285亿元", num("285亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("9.3%", 9.3, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("超3600亿元", num("3600亿"), "元", "进出口总额", "level", q="more_than", ind=TRADE),
        Q("15%", 15, "%", "进出口总额增长", "growth", ind=TRADE),
        Q("560家", 560, "家", "新增国家高新技术企业", "level", ind=HNTE, note="新增: the year's additions"),
        Q("47%", 47, "%", "新增国家高新技术企业增长", "growth", ind=HNTE),
        O("第三", "rank (总量全市第三)"),
        O("第二产业", "industry ordinal"),
        Q("1个百分点", 1, "百分点", "第二产业占比提高", "points", ind=P2),
        Q("40%", 40, "%", "先进制造业增加值占GDP比重", "share"),
        Q("100亿元", num("100亿"), "元", "金融业增加值", "level", q="more_than", note="突破 before the number"),
        C("两税", "fixed term (两税收入: the national and local taxes)"),
        Q("386.6亿元", num("386.6亿"), "元", "两税收入", "level"),
        Q("50亿元", num("50亿"), "元", "两税收入净增", "difference"),
        Q("2.3亿元", num("2.3亿"), "元", "发放创新扶持资金", "level"),
        Q("560家", 560, "家", "新增国家高新技术企业", "level", ind=HNTE, note="repeated in the same list"),
        Q("47%", 47, "%", "新增国家高新技术企业增长", "growth", ind=HNTE),
        O("第三", "rank (总量全市第三)"),
        Q("135亿元", num("135亿"), "元", "民生投入", "level"),
        Q("60件", 60, "件", "民生实事", "level"),
    ],
)

# ---------------------------------------------------------------- 05 顺德区 (佛山市, 广东), 南方Plus on the district's 1-6月 release, on a portal
SD_DAY = "2023-07-28"
SD_H1 = "2023-01/2023-06"
SD = "佛山市顺德区"
PAGES["e32_05_shunde_20230728.txt"] = dict(
    pubdate=SD_DAY,
    pubnote="the lead's day 7月28日 and the address's 2023/0728 (m.jinbaonet.com, a portal holding 南方Plus's story); no date line in the copy",
    area=SD, period=SD_H1,
    items=[
        D("7月28日", SD_DAY, "day", note="the lead's day"),
        C("2023年1-6月", "period inside the release's name (2023年1-6月经济运行简况)"),
        D("上半年", SD_H1, "period"),
        Q("2050.96亿元", num("2050.96亿"), "元", "顺德区地区生产总值", "level", ind=GDP),
        Q("4.5%", 4.5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("约1/3", 1 / 3, "", "占佛山市比重", "share", q="approx", ind=GDP, values=[1.0, 3.0]),
        D("同期", SD_H1, "period"),
        Q("5%", 5, "%", "广东省GDP同比增长", "growth", ind=GDP, area="广东省"),
        Q("5.2%", 5.2, "%", "佛山市GDP同比增长", "growth", ind=GDP, area="佛山市"),
        D("2023年上半年", SD_H1, "period", rel=False),
        O("第一产业", "industry ordinal"),
        Q("25.34亿元", num("25.34亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("2.5%", 2.5, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("1177.56亿元", num("1177.56亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("6.1%", 6.1, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("848.06亿元", num("848.06亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("2.6%", 2.6, "%", "第三产业增加值增长", "growth", ind=P3),
        D("1-6月", SD_H1, "period"),
        Q("7.9%", 7.9, "%", "规模以上工业总产值同比增长", "growth", ind=IND_OUT),
        Q("7.6%", 7.6, "%", "规模以上工业增加值同比增长", "growth", ind=IND_VA),
        Q("8.8%", 8.8, "%", "先进制造业增加值增长", "growth"),
        Q("3.9%", 3.9, "%", "装备制造业增加值增长", "growth"),
        Q("0.8%", 0.8, "%", "高技术制造业增加值下降", "growth", change=DOWN),
        D("1-6月", SD_H1, "period"),
        Q("7.2%", 7.2, "%", "固定资产投资总额同比下降", "growth", ind=FAI, change=DOWN),
        Q("25.6%", 25.6, "%", "项目投资同比增长", "growth"),
        Q("28.1%", 28.1, "%", "房地产开发投资额同比下降", "growth", ind=REALTY, change=DOWN),
        O("第二产业", "industry ordinal"),
        Q("38.2%", 38.2, "%", "第二产业投资额增长", "growth"),
        Q("38.8%", 38.8, "%", "制造业投资额增长", "growth"),
        Q("37.1%", 37.1, "%", "工业技改投资额增长", "growth"),
        O("第三产业", "industry ordinal"),
        Q("20.0%", 20.0, "%", "第三产业投资额下降", "growth", change=DOWN),
        D("1-6月", SD_H1, "period"),
        Q("627.74 亿元", num("627.74亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("4.6%", 4.6, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        D("一季度", "2023-01/2023-03", "period"),
        Q("2.5个百分点", 2.5, "百分点", "社零增速比一季度提升", "points", ind=RETAIL),
        D("1-6月", SD_H1, "period"),
        Q("1381.1亿元", num("1381.1亿"), "元", "外贸进出口总值", "level", ind=TRADE,
          note="人民币 after the unit"),
        Q("0.8%", 0.8, "%", "外贸进出口总值下降", "growth", ind=TRADE, change=DOWN),
        Q("1212.2亿元", num("1212.2亿"), "元", "出口", "level", ind=EXPORT),
        Q("1.8%", 1.8, "%", "出口增长", "growth", ind=EXPORT),
        Q("168.9亿元", num("168.9亿"), "元", "进口", "level", ind=IMPORT),
        Q("16.2%", 16.2, "%", "进口下降", "growth", ind=IMPORT, change=DOWN),
        D("1-6月", SD_H1, "period"),
        Q("136.06亿元", num("136.06亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("0.7%", 0.7, "%", "一般公共预算收入增长", "growth", ind=BUDGET),
        Q("145.09亿元", num("145.09亿"), "元", "一般公共预算支出", "level", ind=BUDGET_OUT),
        Q("4.7%", 4.7, "%", "一般公共预算支出增长", "growth", ind=BUDGET_OUT),
    ],
)
