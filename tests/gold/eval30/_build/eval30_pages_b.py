"""Annotations of pages 07-13 (金秀县, 马港镇, 景县, 怀宁县, 天峻县, 青龙满族自治县, 正蓝旗), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_OUT = "规模以上工业总产值"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
TAX = "税收收入"
INC_ALL = "全体居民人均可支配收入"
INC_URBAN = "城镇居民人均可支配收入"
INC_RURAL = "农村居民人均可支配收入"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 07 金秀瑶族自治县 (广西), 交通运输局's reply to a deputy's motion
JX_DAY = "2017-03-27"
PAGES["e30_07_jinxiu_20170327.txt"] = dict(
    pubdate=JX_DAY,
    pubnote="the letter's date 2017年3月27日 (kept; uggoflondon.com, a mirror of 金秀瑶族自治县人民政府's portal; no posting date in the copy)",
    area="金秀瑶族自治县", period=JX_DAY,
    items=[
        C("百丈", "place name with a numeral (百丈乡)"),
        C("二级", "road grade (二级公路)"),
        C("百丈", "place name with a numeral"),
        C("三级", "road grade (三级公路)"),
        Q("7.069公里", 7.069, "公里", "百丈至大樟三级公路长度", "level"),
        D("2016年3月", "2016-03", "month", rel=False),
        D("目前", JX_DAY, "now"),
        C("二级", "road grade"),
        D("目前", JX_DAY, "now"),
        C("二级", "road grade"),
        D("2017年", "2017", "year", rel=False),
        D("2017年3月27日", JX_DAY, "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 08 马港镇 (通城县, 湖北), the town congress on 4月3日 (2024 review)
MG_DAY = "2025-04-03"
MG = "2024"
PAGES["e30_08_magang_20250403.txt"] = dict(
    pubdate=MG_DAY,
    pubnote="the lead's 4月3日; the year from the report on 2024 and the plans for 2025 (m.hbtctv.cn, 通城县's broadcaster; no date line in the copy)",
    area="马港镇", period=MG,
    items=[
        D("4月3日", MG_DAY, "day", note="the congress's day; year inferred (see pubnote)"),
        O("第十届", "congress term"),
        O("第八次", "session number"),
        Q("105名", 105, "名", "出席会议的人大代表", "level", per=MG_DAY, borderline=True,
          note="attendance of the meeting"),
        D("2024年", MG, "year", rel=False),
        C("八项", "named set (八项重点工作)"),
        D("全年", MG, "year"),
        Q("11家", 11, "家", "规模以上工业企业", "level"),
        Q("10.2亿元", num("10.2亿"), "元", "规上工业企业累计产值", "level", ind=IND_OUT,
          note="预计 of a year that has ended: an estimate of the outcome"),
        Q("4.54%", 4.54, "%", "规上工业企业产值增长", "growth", ind=IND_OUT),
        Q("769.7万元", num("769.7万"), "元", "税收收入", "level", ind=TAX),
        Q("21.4%", 21.4, "%", "税收收入增长", "growth", ind=TAX),
        Q("8条", 8, "条", "完成四好农村路建设", "level"),
        Q("约60公里", 60, "公里", "完成四好农村路建设里程", "level", q="approx"),
        C("四好", "fixed term (四好农村路)"),
        D("2025年", "2025", "year", rel=False),
        O("第一", "first-of-kind inside a meeting's name (新春第一会)"),
        C("四大", "named set (四大工程)"),
        C("两区", "numeric slogan (两区两基地)"),
        C("两基地", "numeric slogan"),
        D("当天", MG_DAY, "day"),
    ],
)

# ---------------------------------------------------------------- 09 景县 (衡水市, 河北), the county news site on the 2月27日 project-start day
JG_DAY = "2017-02-28"
JG_EVENT = "2017-02-27"
PAGES["e30_09_jingxian_20170228.txt"] = dict(
    pubdate=JG_DAY,
    pubnote="时间:2017-02-28 11:55 in the source line (kept; jingxian.hebei.com.cn, 景县新闻网)",
    area="景县", period=JG_EVENT,
    items=[
        C("上半年", "period inside an activity's name (上半年重点项目集中开工活动, headline)"),
        D("2017-02-28 11:55", "2017-02-28T11:55", "time", rel=False, note="source line"),
        D("2月27日", JG_EVENT, "day"),
        C("上半年", "period inside an activity's name (上半年项目集中开工活动)"),
        D("今年", "2017", "year"),
        C("十三五", "fixed term"),
        D("当前", JG_DAY, "now", note="added after the first run: left out by the annotator, found in that run's output"),
        O("2期", "project phase"),
        Q("9个", 9, "个", "集中开工重点项目", "level"),
        Q("44亿元", num("44亿"), "元", "集中开工项目总投资", "level"),
    ],
)

# ---------------------------------------------------------------- 10 怀宁县 (安徽), the county CPPCC's item on a city CPPCC inspection (11月27日)
HN_DAY = "2018-11-27"
HN_3Y = "2016/2018"
PAGES["e30_10_huaining_20181127.txt"] = dict(
    pubdate=HN_DAY,
    pubnote="the lead's 11月27日; the year inferred from the text (figures up to 2018, 2019年计划 still to come, 目前已完成设计); ahhnzx.gov.cn (怀宁县政协's site) gives no date in the copy",
    area="怀宁县", period="2018",
    items=[
        C("四好", "fixed term (四好农村路, headline)"),
        D("11月27日", HN_DAY, "day", note="the inspection's day; year inferred (see pubnote)"),
        C("四好", "fixed term"),
        C("G206", "road number"),
        C("四好", "fixed term"),
        D("2016-2018年", HN_3Y, "range", rel=False),
        C("四好", "fixed term"),
        Q("1102.963公里", 1102.963, "公里", "建设四好农村路", "level", per=HN_3Y),
        Q("约8亿元", num("8亿"), "元", "四好农村路总投资", "level", q="approx", per=HN_3Y),
        D("2016年", "2016", "year", rel=False),
        Q("480.073公里", 480.073, "公里", "建设四好农村路", "level", per="2016"),
        D("2017年", "2017", "year", rel=False),
        Q("398.455公里", 398.455, "公里", "建设四好农村路", "level", per="2017"),
        D("2018年", "2018", "year", rel=False),
        Q("224.435公里", 224.435, "公里", "建设四好农村路", "level", per="2018"),
        Q("7000万元", num("7000万"), "元", "农村道路安全防护工程投资", "level", per=HN_3Y),
        D("2018年", "2018", "year", rel=False),
        Q("699.015公里", 699.015, "公里", "上报农村道路扩面延伸计划", "level", target=True,
          note="a plan reported in 2018; the years it covers are not given"),
        Q("约4.5亿元", num("4.5亿"), "元", "扩面延伸计划总投资", "level", q="approx", target=True),
        Q("4.5米", 4.5, "米", "补助档次路面宽度", "level", per=HN_DAY, borderline=True,
          note="a width defining a subsidy class"),
        Q("4米", 4, "米", "补助档次路面宽度", "level", per=HN_DAY, borderline=True),
        Q("3.5米", 3.5, "米", "补助档次路面宽度", "level", per=HN_DAY, borderline=True),
        Q("30", num("30万"), "元", "每公里补助(4.5米)", "level", per=HN_DAY, inherited=True),
        Q("25", num("25万"), "元", "每公里补助(4米)", "level", per=HN_DAY, inherited=True),
        Q("20万元", num("20万"), "元", "每公里补助(3.5米)", "level", per=HN_DAY),
        D("2019年", "2019", "year", rel=False),
        Q("340公里", 340, "公里", "计划实施农村道路", "level", per="2019", target=True),
        D("目前", HN_DAY, "now"),
    ],
)

# ---------------------------------------------------------------- 11 天峻县 (青海), government work report 2022 (the 2021 review), county not named in the copy
TJ_DAY = "2022-03-09"
TJ = "2021"
PAGES["e30_11_tianjun_20220309.txt"] = dict(
    pubdate=TJ_DAY,
    pubnote="no posting date in the copy (zgcounty.com); the delivery day 2022 年 3 月 9 日 from the subtitle (kept); the copy never names the county (天峻县, known only from another page on the same congress)",
    area="天峻县", period=TJ,
    items=[
        D("2022 年 3 月 9 日", TJ_DAY, "day", rel=False, note="subtitle: the day the report was delivered"),
        O("第十六届", "congress term"),
        O("第二次", "session number"),
        D("现在", TJ_DAY, "now", note="the report's delivery day (subtitle)"),
        O("一、", "section marker"),
        D("2021 年", TJ, "year", rel=False, note="section heading"),
        D("2021 年", TJ, "year", rel=False),
        O("十九大", "party congress"),
        O("十九届", "party central committee term"),
        C("四县", "numeric slogan (四县战略)"),
        C("两个", "numeric slogan (两个样板县)"),
        O("十六届", "congress term"),
        O("一次", "session number"),
        D("全\n年", TJ, "year", note="全年, broken by the copy's line wrap"),
        Q("21.5 亿元", num("21.5亿"), "元", "地区生产总值", "level", ind=GDP,
          note="the copy never names the county: 天峻县 from another page on the same congress (县长桑周, 2022-03-09)"),
        D("年初", "2021-01", "period", note="added after the first run: left out by the annotator, found in that run's output"),
        Q("3.2 亿元", num("3.2亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("9.7%", 9.7, "%", "社会消费品零售总额下降", "growth", ind=RETAIL, change=DOWN),
        Q("26391 元", 26391, "元", "居民人均可支配收入", "level", ind=INC_ALL),
        Q("7.6%", 7.6, "%", "居民人均可支配收入增长", "growth", ind=INC_ALL),
        Q("40145 元", 40145, "元", "城镇常住居民人均可支配收入", "level", ind=INC_URBAN),
        Q("5.5%", 5.5, "%", "城镇常住居民人均可支配收入增长", "growth", ind=INC_URBAN),
        Q("16883", 16883, "元", "农村常住居民人均可支配收入", "level", ind=INC_RURAL, implied=True,
          note="its unit 元 stands after the copy's page-number line (- 2 -)"),
        O("2", "page number of the copy (- 2 -)"),
        Q("9.7%", 9.7, "%", "农村常住居民人均可支配收入增长", "growth", ind=INC_RURAL),
        D("一年来", TJ, "period"),
    ],
)

# ---------------------------------------------------------------- 12 青龙满族自治县 (秦皇岛市, 河北), government work report 2026 (十四五 review)
QL_DAY = "2026-01-27"
QL_5Y = "2021/2025"
PAGES["e30_12_qinglong_20260228.txt"] = dict(
    pubdate="2026-02-28",
    pubnote="发布时间:2026-02-28 in the metadata line (kept; www.chinaqinglong.gov.cn, the county government's own site); delivered 2026年1月27日 (subtitle, kept)",
    area="青龙满族自治县", period=QL_5Y,
    items=[
        C("2026年", "year inside the report's title"),
        D("2026-02-28", "2026-02-28", "day", rel=False, note="metadata line"),
        D("2026年1月27日", QL_DAY, "day", rel=False, note="subtitle: the day the report was delivered"),
        O("第九届", "congress term"),
        O("第六次", "session number"),
        D("现在", QL_DAY, "now", note="the report's delivery day (subtitle)"),
        O("一、", "section marker"),
        C("十四五", "fixed term"),
        D("2025年", "2025", "year", rel=False, note="section heading"),
        D("过去五年", QL_5Y, "period"),
        D("五年", QL_5Y, "period", note="起势突破的五年: the same five years"),
        C("十四五", "fixed term"),
        D("五年来", QL_5Y, "period"),
        Q("150亿元", num("150亿"), "元", "全县地区生产总值", "level", q="more_than", ind=GDP, per="2025",
          note="突破150亿元: the level reached by 2025"),
        Q("23家", 23, "家", "规模以上工业企业(十四五初)", "level", per="2020",
          note="由23家增至45家: the level at the start"),
        Q("45家", 45, "家", "规模以上工业企业", "level", per="2025"),
        Q("两位数以上", 10, "%", "固定资产投资年增长", "growth", q="at_least", ind="固定资产投资", implied=True,
          note="保持两位数以上增长: each year at least 10 %"),
        O("首位", "rank (增速居全市首位)"),
        Q("7亿元", num("7亿"), "元", "一般公共预算收入", "level", ind=BUDGET, per="2025"),
        Q("140亿元", num("140亿"), "元", "争取上级转移支付资金", "level", note="over the five years"),
        Q("109个", 109, "个", "获批中央预算内投资、各类债券项目", "level"),
        Q("70余项", 70, "项", "省级以上荣誉", "level", q="more_than"),
        D("五年来", QL_5Y, "period"),
        Q("79个", 79, "个", "实施矿业技改项目", "level"),
        C("一企一策", "numeric slogan"),
        Q("3家", 3, "家", "复工复产企业", "level"),
        Q("4家", 4, "家", "开展三同时建设的企业", "level"),
        C("三同时", "fixed term (a safety rule)"),
        Q("45%", 45, "%", "钢铁产业税收占比", "share", per="2025"),
        Q("10个", 10, "个", "竣工投产新能源项目", "level"),
        Q("125.8万千瓦", num("125.8万"), "千瓦", "新能源并网规模", "level", per="2025"),
        D("2020年", "2020", "year", rel=False),
        Q("5倍", 5, "倍", "新能源并网规模较2020年增长", "multiple"),
    ],
)

# ---------------------------------------------------------------- 13 正蓝旗 (锡林郭勒盟, 内蒙古), government work report 2019 (the 2018 review) on a collector site
ZL_DAY = "2019-03-21"
ZL = "2018"
PAGES["e30_13_zhenglan_20210727.txt"] = dict(
    pubdate="2021-07-27",
    pubnote="公文搜 2021-07-27 17:24:44 in the copy's date line (kept; gongwensou.com, a document collector); the report was delivered 2019年3月21日 (subtitle, kept): the copy is dated two years after its figures",
    area="正蓝旗", period=ZL,
    items=[
        C("2019年", "year inside the page's title"),
        D("2021-07-27 17:24:44", "2021-07-27T17:24", "time", rel=False, note="the collector's date line"),
        C("2019年", "year inside the title (the site's summary line)"),
        D("2019年3月21日", ZL_DAY, "day", rel=False, note="the summary line's copy of the subtitle"),
        O("第十五届", "congress term"),
        O("第二次", "session number"),
        C("2019年", "year inside the title (repeated)"),
        D("2019年3月21日", ZL_DAY, "day", rel=False, note="subtitle: the day the report was delivered"),
        O("第十五届", "congress term"),
        O("第二次", "session number"),
        D("现在", ZL_DAY, "now", note="the report's delivery day (subtitle), not the copy's date"),
        O("一、", "section marker"),
        D("2018年", ZL, "year", rel=False, note="section heading"),
        D("过去的一年", ZL, "year"),
        D("全年", ZL, "year"),
        D("一年来", ZL, "period"),
        Q("5.1%", 5.1, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("3.98亿元", num("3.98亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("15亿元", num("15亿"), "元", "固定资产投资", "level", ind="固定资产投资"),
        Q("16亿元", num("16亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("37462元", 37462, "元", "城镇常住居民人均可支配收入", "level", ind=INC_URBAN),
        Q("17597元", 17597, "元", "农村常住居民人均可支配收入", "level", ind=INC_RURAL),
        Q("7%", 7, "%", "城镇常住居民人均可支配收入增长", "growth", ind=INC_URBAN),
        Q("10%", 10, "%", "农村常住居民人均可支配收入增长", "growth", ind=INC_RURAL),
        D("一年来", ZL, "period"),
        O("(一)", "section marker"),
        C("三大", "named set (三大攻坚战)"),
        D("2018年", ZL, "year", rel=False),
        Q("4.75亿元", num("4.75亿"), "元", "化解政府性债务", "level"),
        Q("115%", 115, "%", "化解政府性债务完成年度任务的比例", "share"),
        C("十个", "numeric slogan (十个全覆盖)"),
        Q("5500万元", num("5500万"), "元", "争取上级化债奖励资金", "level"),
        Q("70%", 70, "%", "民间借贷户数下降", "growth", change=DOWN),
        Q("69%", 69, "%", "民间借贷余额下降", "growth", change=DOWN),
        Q("7起", 7, "起", "打击非法金融活动", "level"),
        Q("537万元", num("537万"), "元", "非法金融活动涉及金额", "level"),
    ],
)
