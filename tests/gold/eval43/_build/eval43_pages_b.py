"""Annotations of pages 05-08 (庄河市, 葫芦岛市, 沙依巴克区, 白银市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
CPI = "居民消费价格"
IND_VA = "规模以上工业增加值"
RETAIL = "社会消费品零售总额"
SECOND = "第二产业增加值"
THIRD = "第三产业增加值"
STRUCT = "三次产业结构"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 05 庄河市 (辽宁 大连市), 网易大连 on the projects started `昨日` and the 2020 plan
ZH = "庄河市"
ZH_DAY = "2020-03-04"
PLAN = "the 2020 plan (拟实施, 将) of a year not yet over: a target"
PAGES["e43_05_zhuanghe_20200305.txt"] = dict(
    pubdate="2020-03-05",
    pubnote="the address's 20/0305 (dl.news.163.com, 网易大连; the copy has no date line); `昨日` is 2020-03-04",
    area=ZH, period="2020",
    items=[
        D("昨日", ZH_DAY, "day"),
        Q("13个", 13, "个", "集中开复工的重大项目", "level", per=ZH_DAY),
        Q("33亿元", num("33亿"), "元", "集中开复工项目总投资", "level", per=ZH_DAY),
        Q("14亿元", num("14亿"), "元", "集中开复工项目年度投资", "level", q="more_than", target=True,
          note="年度投资将超过: the year's expected investment, a target of 2020"),
        D("2020年", "2020", "year", rel=False),
        Q("69个", 69, "个", "拟实施重大项目", "level", target=True, note=PLAN),
        Q("290亿元", num("290亿"), "元", "拟实施重大项目总投资", "level", target=True, note=PLAN),
        Q("49亿元", num("49亿"), "元", "重大项目年度投资", "level", q="more_than", target=True, note=PLAN),
        D("今年", "2020", "year"),
        Q("30个", 30, "个", "今年续建项目", "level", target=True, note=PLAN),
        Q("21亿元", num("21亿"), "元", "续建项目年度投资", "level", target=True, note=PLAN),
        Q("39个", 39, "个", "新开工项目", "level", target=True, note=PLAN),
        Q("28亿元", num("28亿"), "元", "新开工项目年度投资", "level", q="more_than", target=True, note=PLAN),
        C("亿元以上", "size class (亿元以上重大项目)"),
        Q("39个", 39, "个", "亿元以上重大项目", "level", target=True, note=PLAN),
        C("5000万元至1亿元", "size class"),
        Q("7个", 7, "个", "5000万元至1亿元项目", "level", target=True, note=PLAN),
        C("5000万元以下", "size class"),
        Q("23个", 23, "个", "5000万元以下项目", "level", target=True, note=PLAN),
        Q("13个", 13, "个", "本次集中开复工的项目", "level", per=ZH_DAY),
        C("66KV", "numeral inside a name (新兴66KV变电站)"),
    ],
)

# ---------------------------------------------------------------- 06 葫芦岛市 (辽宁), 辽沈晚报 (本报讯) on the city's third-quarter project start of 8月8日 2024
HLD = "葫芦岛市"
Q3 = "2024-07/2024-09"
PAGES["e43_06_huludao_20240812.txt"] = dict(
    pubdate="2024-08-12",
    pubnote="辽沈晚报's e-paper issue of 2024-08-12 (the address's 202408/12; epaper.lnd.com.cn, 北国网); the meeting `8月8日` is 2024-08-08",
    area=HLD, period="2024",
    items=[
        D("8月8日", "2024-08-08", "day"),
        C("2024年三季度", "year and quarter inside a meeting's name (…重点项目集中开工动员大会)"),
        D("三季度", Q3, "period"),
        Q("68个", 68, "个", "预计新增开工项目", "level", per=Q3, target=True,
          note="预计 about a quarter not yet over: a forecast"),
        Q("97.23亿元", num("97.23亿"), "元", "预计新增开工项目总投资", "level", per=Q3, target=True,
          note="预计 about a quarter not yet over: a forecast"),
        D("今年", "2024", "year"),
        Q("605个", 605, "个", "计划实施的重点项目", "level", target=True, note="计划 of a year not yet over: a target"),
        C("500万元以上", "size class (500万元以上重点项目)"),
        C("亿元以上", "size class"),
        Q("225个", 225, "个", "计划实施的亿元以上项目", "level", target=True, note="计划 of a year not yet over: a target"),
        D("截至7月底", "2024-07", "period"),
        Q("479个", 479, "个", "实现开复工的重点项目", "level", per="2024-07", note="截至7月底: as of the end of July"),
        Q("79.2%", 79.2, "%", "重点项目开复工率", "share", per="2024-07"),
        D("往年", None, "vague"),
        D("上半年", "2024-01/2024-06", "period"),
        Q("15.8%", 15.8, "%", "固定资产投资增长", "growth", ind=FAI, per="2024-01/2024-06"),
        O("第1位", "rank (排名全省第1位)"),
    ],
)

# ---------------------------------------------------------------- 07 沙依巴克区 (新疆 乌鲁木齐市), the district's 2018 statistical bulletin (opening and 表1)
SY = "沙依巴克区"
URUMQI = "乌鲁木齐市"
PAGES["e43_07_shayibake_20190601.txt"] = dict(
    pubdate="2019-06-01",
    pubnote="the bulletin's date line `2019-06-01 16:42 沙区统计局` (kept; www.sayibak.gov.cn, 沙依巴克区人民政府's site)",
    area=SY, period="2018",
    items=[
        C("2018年", "year inside a title (2018年…统计公报)"),
        D("2019-06-01 16:42", "2019-06-01T16:42", "time", rel=False, note="the bulletin's date line"),
        D("2018年", "2018", "year", rel=False),
        C("五位一体", "numeric slogan"),
        C("四个全面", "numeric slogan"),
        O("一、", "section marker"),
        D("2018年", "2018", "year", rel=False),
        Q("363.7亿元", num("363.7亿"), "元", "地区生产总值", "level", ind=GDP),
        D("去年同期", "2017", "period", note="较去年同期: the year before"),
        Q("5.2%", 5.2, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第二产业", "industry ordinal"),
        Q("38.69亿元", num("38.69亿"), "元", "第二产业增加值", "level", ind=SECOND),
        D("去年同期", "2017", "period"),
        Q("2.1%", 2.1, "%", "第二产业增加值增长", "growth", ind=SECOND, change=DOWN, note="降低2.1%"),
        O("第三产业", "industry ordinal"),
        Q("325.01亿元", num("325.01亿"), "元", "第三产业增加值", "level", ind=THIRD),
        D("去年同期", "2017", "period"),
        Q("6.2%", 6.2, "%", "第三产业增加值增长", "growth", ind=THIRD),
        O("二、三产业", "industry ordinals"),
        Q("0.5", 0.5, "百分点", "第二产业拉动经济增长", "points", inherited=True),
        Q("4.7个百分点", 4.7, "百分点", "第三产业拉动经济增长", "points"),
        C("三次产业", "fixed term"),
        Q("0:10.64:89.36", 10.64, "", "三次产业结构", "share", ind=STRUCT, values=[0.0, 10.64, 89.36],
          note="ratio; its first part is 0 (no primary industry), so value is the first part above zero"),
        D("全年", "2018", "year"),
        D("上年", "2017", "year"),
        Q("2.2%", 2.2, "%", "居民消费价格上涨", "growth", ind=CPI),
        Q("3.5%", 3.5, "%", "食品烟酒类价格上涨", "growth"),
        Q("4.1%", 4.1, "%", "生活用品及服务类价格上涨", "growth"),
        Q("0.7%", 0.7, "%", "交通和通讯类价格上涨", "growth"),
        Q("2.6%", 2.6, "%", "教育文化及娱乐类价格上涨", "growth"),
        Q("13.9%", 13.9, "%", "医疗保健类价格上涨", "growth"),
        Q("0.5%", 0.5, "%", "其他用品及服务类价格上涨", "growth"),
        Q("2.4%", 2.4, "%", "衣着类价格下降", "growth", change=DOWN),
        Q("2.6%", 2.6, "%", "居住类价格下降", "growth", change=DOWN),
        O("表1", "table number"),
        O("表1", "table number"),
        C("2018年", "year inside a table's title (表1 2018年居民消费价格变动情况)"),
        Q("2.2", 2.2, "%", "居民消费价格涨跌幅度(表)", "growth", ind=CPI, implied=True,
          note="table cell under 涨跌幅度(%)"),
        Q("3.5", 3.5, "%", "食品烟酒价格涨跌幅度(表)", "growth", implied=True),
        Q("2.4", 2.4, "%", "食品价格涨跌幅度(表)", "growth", implied=True),
        Q("3.1", 3.1, "%", "茶及饮料价格涨跌幅度(表)", "growth", implied=True),
        Q("2.3", 2.3, "%", "烟酒价格涨跌幅度(表)", "growth", implied=True),
        Q("5.9", 5.9, "%", "在外餐饮价格涨跌幅度(表)", "growth", implied=True),
        Q("-2.4", 2.4, "%", "衣着价格涨跌幅度(表)", "growth", change=DOWN, implied=True,
          note="table cell: a fall, its minus sign in the span"),
        Q("-2.6", 2.6, "%", "居住价格涨跌幅度(表)", "growth", change=DOWN, implied=True,
          note="table cell: a fall, its minus sign in the span"),
        Q("4.1", 4.1, "%", "生活用品及服务价格涨跌幅度(表)", "growth", implied=True),
        Q("0.7", 0.7, "%", "交通和通信价格涨跌幅度(表)", "growth", implied=True),
        Q("2.6", 2.6, "%", "教育文化和娱乐价格涨跌幅度(表)", "growth", implied=True),
        Q("13.9", 13.9, "%", "医疗保健价格涨跌幅度(表)", "growth", implied=True),
        Q("0.5", 0.5, "%", "其他用品及服务价格涨跌幅度(表)", "growth", implied=True),
        D("全年", "2018", "year"),
        Q("11.2%", 11.2, "%", "工业生产者出厂价格上涨", "growth",
          note="from 国家统计局新疆调查总队, the place not named: the bulletin's own area"),
        Q("0.2%", 0.2, "%", "轻工业出厂价格下跌", "growth", change=DOWN),
        Q("12.8%", 12.8, "%", "重工业出厂价格上涨", "growth"),
        Q("9.2%", 9.2, "%", "工业生产者购进价格上涨", "growth"),
        D("12月份", "2018-12", "month"),
        C("70个大中城市", "fixed term (the national sample of 70 large and medium cities)"),
        Q("9.8%", 9.8, "%", "新建商品住宅价格月同比上涨", "growth", area=URUMQI, per="2018-12"),
        C("90m2及以下", "size class (90m2及以下住宅)"),
        Q("9.2%", 9.2, "%", "90m2及以下新建住宅价格上涨", "growth", area=URUMQI, per="2018-12"),
        C("90-144m2", "size class"),
        Q("10.4%", 10.4, "%", "90-144m2新建住宅价格上涨", "growth", area=URUMQI, per="2018-12"),
        C("144m2以上", "size class"),
        Q("8.5%", 8.5, "%", "144m2以上新建住宅价格上涨", "growth", area=URUMQI, per="2018-12"),
    ],
)

# ---------------------------------------------------------------- 08 白银市 (甘肃), 本报讯 on the opening of the city congress (`4月27日上午` 2020) and its 2020 aims
BY = "白银市"
BY_DAY = "2020-04-27"
PAGES["e43_08_baiyin_20200427.txt"] = dict(
    pubdate=BY_DAY,
    pubnote="the story's day `4月27日上午` (本报讯); the year and month from the address (202004) and the story (过去的2019年, 疫情, “十三五”规划收官之年); m.yybnet.net gives no date line",
    area=BY, period="2020",
    items=[
        O("九届人大四次", "congress term and session (市九届人大四次会议), headline"),
        D("今年春天", "2020-03/2020-05", "period", note="spring 2020"),
        D("4月27日上午", BY_DAY, "day"),
        O("第九届", "congress term"),
        O("第四次", "session"),
        D("今年", "2020", "year"),
        C("十三五", "fixed term (“十三五”规划收官之年)"),
        C("两会", "fixed term"),
        Q("170万", num("170万"), "人", "白银人民", "level", per=BY_DAY, implied=True, borderline=True,
          note="170万白银人民: the city's people, a rhetorical round count (as eval42's 202万丰台人民); unit implied"),
        D("9时", "2020-04-27T09:00", "time"),
        D("2019年", "2019", "year", rel=False, note="过去的2019年"),
        C("一年", "fixed phrase (极不平凡的一年), not a count"),
        D("这一年", "2019", "year", note="这一年里: 2019, just named"),
        Q("6%", 6, "%", "生产总值增长", "growth", ind=GDP, target=True,
          note="the report's aims for 2020, a year not yet over: a target"),
        Q("5.5%", 5.5, "%", "规模以上工业增加值增长", "growth", ind=IND_VA, target=True),
        Q("6%以上", 6, "%", "固定资产投资增长", "growth", q="at_least", ind=FAI, target=True),
        Q("7%", 7, "%", "社会消费品零售总额增长", "growth", ind=RETAIL, target=True),
    ],
)
