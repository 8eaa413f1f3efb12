"""Annotations of pages 01-05 (西城区, 崇明区, 南开区, 阿克苏地区, 拉萨市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PRIMARY = "第一产业增加值"
SECONDARY = "第二产业增加值"
TERTIARY = "第三产业增加值"
IND_VA = "工业增加值"
GZ_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
SPEND = "一般公共预算支出"
ALL_INC = "全体居民人均可支配收入"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
CPI = "居民消费价格"
GRAIN = "粮食产量"
JOBS = "城镇新增就业"
UNEMP = "城镇登记失业率"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 西城区 (北京), the district's release of its 2021 1-12月 main indicators
XC = "西城区"
XC_Y = "2021-01/2021-12"
PAGES["e40_01_xicheng_20220127.txt"] = dict(
    pubdate="2022-01-27",
    pubnote="the page's date line `发布时间:2022-01-27` (kept; www.bjxch.gov.cn, 北京市西城区人民政府's site)",
    area=XC, period="2021",
    items=[
        C("2021年1-12月", "period inside the release's title; the body's 1-12月 have no year"),
        D("2022-01-27", "2022-01-27", "day", rel=False, note="the page's date line (发布时间)"),
        D("1-12月", XC_Y, "period", note="no year in the sentence: the title's 2021"),
        C("一增一降", "fixed phrase (财政收支“一增一降”)"),
        O("一、", "list marker"),
        D("1-12月", XC_Y, "period"),
        Q("5408.1亿元", num("5408.1亿"), "元", "西城区地区生产总值", "level", ind=GDP),
        Q("8.1%", 8.1, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第二产业", "industry ordinal"),
        Q("274.7亿元", num("274.7亿"), "元", "第二产业增加值", "level", ind=SECONDARY),
        Q("4.5%", 4.5, "%", "第二产业增加值同比增长", "growth", ind=SECONDARY),
        O("第三产业", "industry ordinal"),
        Q("5133.4亿元", num("5133.4亿"), "元", "第三产业增加值", "level", ind=TERTIARY),
        Q("94.9%", 94.9, "%", "第三产业增加值占地区生产总值的比重", "share", ind=TERTIARY),
        Q("8.3%", 8.3, "%", "第三产业增加值同比增长", "growth", ind=TERTIARY),
        O("二、", "list marker"),
        D("1-12月", XC_Y, "period"),
        Q("597.2亿元", num("597.2亿"), "元", "规模以上工业总产值", "level", ind=GZ_OUT),
        Q("7.4%", 7.4, "%", "规模以上工业总产值同比增长", "growth", ind=GZ_OUT),
        Q("596.6亿元", num("596.6亿"), "元", "规模以上工业销售产值", "level"),
        Q("6.2%", 6.2, "%", "工业销售产值同比增长", "growth"),
        Q("99.9%", 99.9, "%", "规模以上工业产销率", "share"),
        O("三、", "list marker"),
        D("1-12月", XC_Y, "period"),
        Q("14867.7亿元", num("14867.7亿"), "元", "北京市社会消费品零售总额", "level", ind=RETAIL, area="北京市"),
        Q("8.4%", 8.4, "%", "北京市社会消费品零售总额同比增长", "growth", ind=RETAIL, area="北京市"),
        Q("1089.4亿元", num("1089.4亿"), "元", "西城区社会消费品零售总额", "level", ind=RETAIL),
        Q("9.7%", 9.7, "%", "社会消费品零售总额同比增长", "growth", ind=RETAIL),
        Q("7.3%", 7.3, "%", "社会消费品零售总额占北京市的比重", "share", ind=RETAIL),
        Q("383.2亿元", num("383.2亿"), "元", "限额以上商业企业网上零售额", "level"),
        Q("19.6%", 19.6, "%", "网上零售额同比增长", "growth"),
        Q("840.5亿元", num("840.5亿"), "元", "零售业零售额", "level"),
        Q("6.8%", 6.8, "%", "零售业零售额同比增长", "growth"),
        Q("112.9亿元", num("112.9亿"), "元", "批发业零售额", "level"),
        Q("11.7%", 11.7, "%", "批发业零售额同比增长", "growth"),
        Q("13.0亿元", num("13.0亿"), "元", "住宿业零售额", "level"),
        Q("36.9%", 36.9, "%", "住宿业零售额同比增长", "growth"),
        Q("123.0亿元", num("123.0亿"), "元", "餐饮业零售额", "level"),
        Q("27.9%", 27.9, "%", "餐饮业零售额同比增长", "growth"),
        O("四、", "list marker"),
        D("1-12月", XC_Y, "period"),
        Q("4.5%", 4.5, "%", "固定资产投资(不含农户)同比下降", "growth", ind=FAI, change=DOWN),
        Q("5.0%", 5.0, "%", "建安投资同比下降", "growth", change=DOWN),
        O("五、", "list marker"),
        D("1-4季度", XC_Y, "period", note="the four quarters of the title's year"),
        Q("96949元", 96949, "元", "居民人均可支配收入", "level", ind=ALL_INC),
        O("首位", "rank (居全市首位)"),
        Q("7.4%", 7.4, "%", "居民人均可支配收入同比增长", "growth", ind=ALL_INC),
        Q("57396元", 57396, "元", "居民人均消费支出", "level"),
        O("第二位", "rank (居全市第二位)"),
        Q("11.5%", 11.5, "%", "居民人均消费支出同比增长", "growth"),
        O("六、", "list marker"),
        C("一增一降", "fixed phrase (财政收支“一增一降”), in the heading"),
        D("1-12月", XC_Y, "period"),
        Q("428.1亿元", num("428.1亿"), "元", "公共财政预算收入", "level", ind=BUDGET),
        Q("3.4%", 3.4, "%", "公共财政预算收入同比增长", "growth", ind=BUDGET),
    ],
)

# ---------------------------------------------------------------- 02 崇明区 (上海), the district's 2018 work report on its own site (opening, 2017 review)
CM = "崇明区"
CM_DAY = "2018-01-16"
CM_EST = "预计全年: the report was given in 2018 on the year 2017, which has ended: an early estimate of the outcome, not a target"
PAGES["e40_02_chongming_20180116.txt"] = dict(
    pubdate=CM_DAY,
    pubnote="the page's date line `发布时间:2018-01-16 00:00` (kept; shcm.gov.cn, 上海市崇明区人民政府's site); the copy gives no delivery day",
    area=CM, period="2017",
    items=[
        C("2018年", "year inside the report's title"),
        D("2018-01-16 00:00", "2018-01-16T00:00", "time", rel=False, note="the page's date line (发布时间)"),
        D("现在", CM_DAY, "now", note="a work report's opening; the copy gives no delivery day: the page's date"),
        O("一、", "list marker"),
        D("2017年", "2017", "year", rel=False),
        D("2017年", "2017", "year", rel=False),
        O("第一届", "government term (第一届区政府)"),
        O("十八届六中、七中全会", "party plenums"),
        O("十九大", "party congress"),
        D("年初", "2017-01", "period"),
        D("全年", "2017", "year"),
        Q("332.8亿元", num("332.8亿"), "元", "全区增加值", "level", ind=GDP,
          note="上海's districts call their GDP 增加值; " + CM_EST),
        D("上年", "2016", "year", note="the base year of 比上年"),
        Q("6.8%", 6.8, "%", "全区增加值比上年增长", "growth", ind=GDP),
        Q("67.0亿元", num("67.0亿"), "元", "区级一般公共预算收入", "level", ind=BUDGET),
        D("上年", "2016", "year", note="the base year of 比上年"),
        Q("15.1%", 15.1, "%", "区级一般公共预算收入比上年同口径增长", "growth", ind=BUDGET),
        Q("149.5亿元", num("149.5亿"), "元", "全社会固定资产投资总额", "level", ind=FAI),
        D("上年", "2016", "year", note="the base year of 比上年"),
        Q("6.7%", 6.7, "%", "全社会固定资产投资总额比上年增长", "growth", ind=FAI),
        Q("6.5%", 6.5, "%", "环保投入相当于全区增加值的比例", "share"),
        C("万元", "base of an intensity (万元增加值综合能耗)"),
        D("上年", "2016", "year", note="the base year of 比上年"),
        Q("1.5%", 1.5, "%", "万元增加值综合能耗比上年下降", "growth", change=DOWN),
        Q("25.1%", 25.1, "%", "森林覆盖率", "share"),
        Q("90%", 90, "%", "地表水环境功能区达标率", "share"),
        Q("76.4%", 76.4, "%", "环境空气质量(AQI)优良率", "share"),
        Q("23120元", 23120, "元", "农村居民家庭人均可支配收入", "level", ind=RURAL_INC),
        D("上年", "2016", "year", note="the base year of 比上年"),
        Q("10.1%", 10.1, "%", "农村居民家庭人均可支配收入比上年增长", "growth", ind=RURAL_INC),
        D("一年来", "2017", "year", note="in a work report 一年来 is the reporting year"),
        O("(一)", "list marker"),
        C("十三五", "fixed term"),
        C("三年行动计划", "name of a plan"),
        Q("四大", 4, "个", "区级推进机制", "level", implied=True, borderline=True,
          note="a count of the four mechanisms just listed (as eval26's 四大 产业集群)"),
        C("三级", "fixed term (市、区、乡镇三级联动)"),
    ],
)

# ---------------------------------------------------------------- 03 南开区 (天津), the district finance bureau's report on the 2023 budget's execution
NK = "南开区"
NK_EST = "预计完成: a report of 2024-01-11 on the year 2023, which has ended: an early estimate of the outcome, not a target"
NK_PLAN = "the adjusted budget (a plan) of 2023, a year over at the report's date: not a target"
PAGES["e40_03_nankai_20240130.txt"] = dict(
    pubdate="2024-01-30",
    pubnote="from the address (www.tjnk.gov.cn/…/202401/t20240130_6524095.html, 天津市南开区人民政府's site); the copy has no date line; the report was delivered 2024-01-11 (subtitle)",
    area=NK, period="2023",
    items=[
        C("2023年", "year inside the report's title"),
        C("2024年", "year inside the report's title"),
        D("2024年1月11日", "2024-01-11", "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十八届", "congress term"),
        O("第五次", "session"),
        C("2023年", "year inside the report's title (quoted in the opening)"),
        C("2024年", "year inside the report's title (quoted in the opening)"),
        D("2023年", "2023", "year", rel=False, note="section heading (2023年预算执行情况)"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        O("二十届二中全会", "party plenum"),
        C("三个着力", "slogan"),
        C("十项行动", "slogan"),
        C("一三二一", "numeric slogan (一三二一 工作思路)"),
        C("三保", "numeric slogan"),
        D("全年", "2023", "year"),
        O("一、", "list marker"),
        O("(一)", "list marker"),
        O("1.", "list marker"),
        D("2023年", "2023", "year", rel=False),
        Q("39.1亿元", num("39.1亿"), "元", "区级一般公共预算收入", "level", ind=BUDGET, note=NK_EST),
        O("第十八届", "congress term (区第十八届人大常委会)"),
        O("第十九次", "session (常委会第十九次会议)"),
        Q("37.5亿元", num("37.5亿"), "元", "批准收入调整预算", "level", note=NK_PLAN),
        Q("104.3%", 104.3, "%", "区级一般公共预算收入完成调整预算的比例", "share"),
        Q("27.23亿元", num("27.23亿"), "元", "税收返还和转移支付等资金", "level"),
        D("上年", "2022", "year", note="上年结转: carried over from 2022 into 2023's revenue"),
        Q("5.45亿元", num("5.45亿"), "元", "上年结转", "level"),
        Q("17.75亿元", num("17.75亿"), "元", "一般债券转贷收入", "level"),
        Q("1.72亿元", num("1.72亿"), "元", "动用预算稳定调节基金", "level"),
        Q("12.79亿元", num("12.79亿"), "元", "调入资金", "level"),
        D("2023年", "2023", "year", rel=False),
        Q("104.05亿元", num("104.05亿"), "元", "一般公共预算总收入", "level",
          note="the total with transfers, carry-over and bonds, not the catalogue's 一般公共预算收入"),
        O("2.", "list marker"),
        D("2023年", "2023", "year", rel=False),
        Q("76.14亿元", num("76.14亿"), "元", "区级一般公共预算支出", "level", ind=SPEND, note=NK_EST),
        O("十八届", "congress term (区十八届人大常委会)"),
        O("第十九次", "session (常委会第十九次会议)"),
        Q("76.35亿元", num("76.35亿"), "元", "批准支出调整预算", "level", note=NK_PLAN),
        Q("99.7%", 99.7, "%", "区级一般公共预算支出完成调整预算的比例", "share"),
        Q("8.59亿元", num("8.59亿"), "元", "一般公共服务支出", "level"),
        Q("352万元", num("352万"), "元", "国防支出", "level"),
        Q("6.49亿元", num("6.49亿"), "元", "公共安全支出", "level"),
        Q("16.27亿元", num("16.27亿"), "元", "教育支出", "level"),
    ],
)

# ---------------------------------------------------------------- 04 阿克苏地区 (新疆), 中国日报网 on the prefecture's 1—9月 2022
AKS = "阿克苏地区"
AKS_Q3 = "2022-01/2022-09"
AKS_NOW = "2022-11-03"
AWT = "阿瓦提县"
PAGES["e40_04_akesu_20221103.txt"] = dict(
    pubdate=AKS_NOW,
    pubnote="the date line `2022-11-03 19:16` (kept; xj.chinadaily.com.cn, 中国日报网's 新疆 channel)",
    area=AKS, period=AKS_Q3,
    items=[
        D("1—9月", AKS_Q3, "period", note="headline; the year from the page's date"),
        Q("1222.55亿元", num("1222.55亿"), "元", "阿克苏地区生产总值", "level", ind=GDP, note="in the headline"),
        D("1—9月", AKS_Q3, "period", note="headline (repeated as stored)"),
        Q("1222.55亿元", num("1222.55亿"), "元", "阿克苏地区生产总值", "level", ind=GDP, note="in the repeated headline"),
        D("2022-11-03 19:16", "2022-11-03T19:16", "time", rel=False, note="the page's date line"),
        D("1—9月", AKS_Q3, "period"),
        Q("1222.55亿元", num("1222.55亿"), "元", "阿克苏地区生产总值", "level", ind=GDP),
        Q("7.2%", 7.2, "%", "地区生产总值同比增长", "growth", ind=GDP),
        D("近日", None, "vague"),
        O("二期", "project phase"),
        D("2023年6月", "2023-06", "month", rel=False),
        D("今年", "2022", "year"),
        Q("11个", 11, "个", "阿瓦提县实施重点项目", "level", area=AWT, per="2022"),
        Q("5个", 5, "个", "新建项目", "level", area=AWT, per="2022"),
        Q("6个", 6, "个", "续建项目", "level", area=AWT, per="2022"),
        D("截至目前", AKS_NOW, "now", note="the page's date"),
        Q("11个", 11, "个", "已开复工项目", "level", area=AWT, per=AKS_NOW),
        Q("100%", 100, "%", "重点项目开工率", "share", area=AWT, per=AKS_NOW),
        D("今年以来", "2022", "period"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("76331", "numeric slogan (“76331”战略)"),
        C("6+2", "numeric slogan (“6+2”产业布局)"),
        O("第一产业", "industry ordinal"),
        Q("193.85亿元", num("193.85亿"), "元", "第一产业增加值", "level", ind=PRIMARY),
        Q("4%", 4, "%", "第一产业增加值同比增长", "growth", ind=PRIMARY),
        O("第二产业", "industry ordinal"),
        Q("513.56亿元", num("513.56亿"), "元", "第二产业增加值", "level", ind=SECONDARY),
        Q("13.2%", 13.2, "%", "第二产业增加值同比增长", "growth", ind=SECONDARY),
        O("第三产业", "industry ordinal"),
        Q("515.14亿元", num("515.14亿"), "元", "第三产业增加值", "level", ind=TERTIARY),
        Q("4.0%", 4.0, "%", "第三产业增加值同比增长", "growth", ind=TERTIARY),
        O("第二产业", "industry ordinal"),
        O("第一、三产业", "industry ordinals"),
        Q("26%", 26, "%", "建筑业增加值同比增长", "growth"),
        Q("9.2%", 9.2, "%", "金融业增加值同比增长", "growth"),
        Q("8.8%", 8.8, "%", "工业增加值同比增长", "growth", ind=IND_VA),
        Q("6.2%", 6.2, "%", "房地产业增加值同比增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 05 拉萨市 (西藏), 中国西藏网 on the city's press conference on its 2021 economy
LS = "拉萨市"
TWO_YEARS = "2020/2021"
PAGES["e40_05_lasa_20220301.txt"] = dict(
    pubdate="2022-03-01",
    pubnote="the date line `发布时间:2022-03-01 10:55:00来源: 中国西藏网` (kept; ttt.tibet.cn, a host of 中国西藏网's pages)",
    area=LS, period="2021",
    items=[
        C("十四五", "fixed term"),
        D("2022-03-01 10:55:00", "2022-03-01T10:55", "time", rel=False, note="the page's date line"),
        D("2月28日", "2022-02-28", "day", note="the press conference's day; the year from the page's date"),
        D("2021年", "2021", "year", rel=False),
        C("十四五", "fixed term"),
        D("2021年", "2021", "year", rel=False),
        Q("700亿元", num("700亿"), "元", "地区生产总值突破", "level", q="more_than", ind=GDP,
          note="突破700亿元: the threshold passed"),
        Q("741.84亿元", num("741.84亿"), "元", "拉萨地区生产总值", "level", ind=GDP),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("6.7%", 6.7, "%", "地区生产总值比上年增长", "growth", ind=GDP),
        Q("7.2%", 7.2, "%", "地区生产总值两年平均增长", "growth", ind=GDP, per=TWO_YEARS),
        Q("15.84万吨", num("15.84万"), "吨", "粮食总产量", "level", ind=GRAIN),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("1.9%", 1.9, "%", "粮食总产量比上年增长", "growth", ind=GRAIN),
        Q("15万吨以上", num("15万"), "吨", "粮食总产量稳定在", "level", q="at_least", ind=GRAIN),
        Q("98.09亿元", num("98.09亿"), "元", "工业增加值", "level", ind=IND_VA),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("21.0%", 21.0, "%", "工业增加值比上年增长", "growth", ind=IND_VA),
        Q("15.9%", 15.9, "%", "工业增加值两年平均增长", "growth", ind=IND_VA, per=TWO_YEARS),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("10.8%", 10.8, "%", "服务业增加值比上年增长", "growth", ind=TERTIARY),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("19.0%", 19.0, "%", "固定资产投资比上年下降", "growth", ind=FAI, change=DOWN),
        D("上月", "2021-11", "month", note="the month before the year's last: the 1-11月 rate"),
        Q("1.1个百分点", 1.1, "百分点", "固定资产投资降幅较上月收窄", "points", ind=FAI),
        Q("7.6%", 7.6, "%", "固定资产投资两年平均下降", "growth", ind=FAI, per=TWO_YEARS, change=DOWN),
        D("2021年", "2021", "year", rel=False),
        Q("399.35亿元", num("399.35亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("8.1%", 8.1, "%", "社会消费品零售总额比上年增长", "growth", ind=RETAIL),
        Q("2.0%", 2.0, "%", "社会消费品零售总额两年平均增长", "growth", ind=RETAIL, per=TWO_YEARS),
        Q("49299元", 49299, "元", "城镇居民人均可支配收入", "level", ind=URBAN_INC),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("13.0%", 13.0, "%", "城镇居民人均可支配收入比上年增长", "growth", ind=URBAN_INC),
        Q("21198元", 21198, "元", "农村居民人均可支配收入", "level", ind=RURAL_INC),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("16.0%", 16.0, "%", "农村居民人均可支配收入比上年增长", "growth", ind=RURAL_INC),
        Q("0.5%", 0.5, "%", "居民消费价格指数上涨", "growth", ind=CPI),
        D("上年同期", "2020", "period", note="the base of 比上年同期"),
        Q("1.5个百分点", 1.5, "百分点", "居民消费价格涨幅比上年同期收窄", "points", ind=CPI, change=DOWN),
        Q("106.94亿元", num("106.94亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("0.3%", 0.3, "%", "一般公共预算收入比上年下降", "growth", ind=BUDGET, change=DOWN),
        Q("318.38亿元", num("318.38亿"), "元", "一般公共预算支出", "level", ind=SPEND),
        Q("8.9%", 8.9, "%", "一般公共预算支出下降", "growth", ind=SPEND, change=DOWN),
        Q("1.26万人", num("1.26万"), "人", "城镇新增就业人数", "level", ind=JOBS),
        Q("8.57万人", num("8.57万"), "人", "农牧民转移就业", "level"),
        Q("4708人", 4708, "人", "应届高校毕业生就业人数", "level"),
        Q("99.7%", 99.7, "%", "应届高校毕业生就业率", "share"),
        D("全年", "2021", "year"),
        Q("3.0%以内", 3.0, "%", "城镇登记失业率(控制在以内)", "share", q="less_than", ind=UNEMP),
    ],
)
