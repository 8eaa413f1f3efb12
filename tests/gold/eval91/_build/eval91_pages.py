"""Annotations of the eight pages, in document order, by reading only (before any extractor was run on them)."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
I1, I2, I3 = "第一产业增加值", "第二产业增加值", "第三产业增加值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RS = "社会消费品零售总额"
AI = "全体居民人均可支配收入"
UI = "城镇居民人均可支配收入"
RI = "农村居民人均可支配收入"
CPI = "居民消费价格"
FDI = "实际使用外资"
PAGES = {}
RANK = "rank"
CT = "congress term"
IND = "industry ordinal"
LM = "list marker"

# ---------------------------------------------------------------- 01 闻喜县 (山西 运城市), the county statistics bureau's 2022 bulletin
WX = "闻喜县"
PAGES["e91_01_wenxi_20230411.txt"] = dict(
    pubdate="2023-04-11",
    pubnote="unsure: the bulletin's own date line (2023年4月11日); the forum copy's address gives no date",
    area=WX, period="2022",
    items=[
        C("2022年", "year inside the bulletin's title"),
        D("2023年4月11日", "2023-04-11", "day", rel=False, note="the bulletin's date line"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        O("一、", LM),
        D("2022年", "2022", "year", rel=False),
        Q("2252248万元", num("2252248万"), "元", "地区生产总值", "level", ind=GDP),
        Q("6.4%", 6.4, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一产业", IND),
        Q("261497万元", num("261497万"), "元", "第一产业增加值", "level", ind=I1),
        Q("5.1%", 5.1, "%", "第一产业增加值同比增长", "growth", ind=I1),
        O("第二产业", IND),
        Q("1221623万元", num("1221623万"), "元", "第二产业增加值", "level", ind=I2),
        Q("8.2%", 8.2, "%", "第二产业增加值同比增长", "growth", ind=I2),
        O("第三产业", IND),
        Q("769128万元", num("769128万"), "元", "第三产业增加值", "level", ind=I3),
        Q("4.7%", 4.7, "%", "第三产业增加值同比增长", "growth", ind=I3),
        C("三次产业", "fixed term"),
        Q("11.6:54.3:34.1", 11.6, "", "三次产业比重", "share", ind="三次产业结构",
          values=[11.6, 54.3, 34.1], note="ratio; value is the first part (as the earlier sets')"),
        Q("100.8%", 100.8, "%", "居民消费价格总指数", "level", ind=CPI,
          note="an index on 上年=100, written with %"),
    ],
)

# ---------------------------------------------------------------- 02 山西 (the province), 山西经济日报's story on 8月份 2021 industry
SX = "山西省"
SX_M = "2021-08"
PAGES["e91_02_shanxi_20210927.txt"] = dict(
    pubdate="2021-09-27",
    pubnote="unsure: the address gives only the month (202109); the day is the story's own 9月27日",
    area=SX, period=SX_M,
    items=[
        D("8月份", SX_M, "month", note="in the headline (原标题)"),
        Q("9.5%", 9.5, "%", "全省工业增加值同比增长", "growth", ind=VA),
        D("9月27日", "2021-09-27", "day"),
        D("8月份", SX_M, "month"),
        Q("9.5%", 9.5, "%", "规模以上工业增加值同比增长", "growth", ind=VA),
        C("三大门类", "fixed term (三大门类 of industry)"),
        Q("5.4%", 5.4, "%", "采矿业增加值同比增长", "growth"),
        Q("17.6%", 17.6, "%", "制造业增加值增长", "growth"),
        Q("4.8%", 4.8, "%", "电力、热力、燃气及水生产和供应业增加值增长", "growth"),
        Q("7.3%", 7.3, "%", "国有控股企业增加值同比增长", "growth"),
        Q("10.3%", 10.3, "%", "股份制企业增加值增长", "growth"),
        Q("7.8%", 7.8, "%", "外商及港澳台商投资企业增加值增长", "growth"),
        Q("8.5%", 8.5, "%", "私营企业增加值增长", "growth"),
        Q("6.2%", 6.2, "%", "煤炭工业增加值同比增长", "growth"),
        Q("12%", 12, "%", "炼焦工业增加值下降", "growth", change="decrease"),
        Q("3.5%", 3.5, "%", "钢铁工业增加值下降", "growth", change="decrease"),
        Q("17.5%", 17.5, "%", "有色金属工业增加值增长", "growth"),
        Q("3.9%", 3.9, "%", "电力工业增加值增长", "growth"),
        Q("20.5%", 20.5, "%", "装备制造业增加值增长", "growth"),
        Q("4.2%", 4.2, "%", "化学工业增加值增长", "growth"),
        Q("12.6%", 12.6, "%", "建材工业增加值增长", "growth"),
        Q("57.2%", 57.2, "%", "食品工业增加值增长", "growth"),
        Q("38.7%", 38.7, "%", "医药工业增加值增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 03 湖北 (the province), a story (澎湃新闻) on the province's 一季度 2022 figures
HB = "湖北省"
HB_P = "2022-01/2022-03"
HB_J = "2022-01/2022-02"
HB_PREV = "2021-01/2021-03"
PAGES["e91_03_hubei_20220422.txt"] = dict(
    pubdate="2022-04-22",
    pubnote="from the address (…/2022/0422/…) and the dropped posting line (2022-04-22 09:07:27)",
    area=HB, period=HB_P,
    items=[
        D("一季度", HB_P, "period", note="in the headline"),
        Q("10804.66亿元", num("10804.66亿"), "元", "湖北一季度GDP", "level", ind=GDP),
        Q("6.7%", 6.7, "%", "GDP同比增长", "growth", ind=GDP),
        D("4月22日", "2022-04-22", "day"),
        D("2022年一季度", HB_P, "period", rel=False),
        D("2022年", "2022", "year", rel=False),
        D("一季度", HB_P, "period"),
        Q("10804.66亿元", num("10804.66亿"), "元", "全省地区生产总值", "level", ind=GDP),
        D("上年同期", HB_PREV, "period"),
        Q("6.7%", 6.7, "%", "地区生产总值比上年同期增长", "growth", ind=GDP),
        O("第一产业", IND),
        Q("724.54亿元", num("724.54亿"), "元", "第一产业增加值", "level", ind=I1),
        Q("5.8%", 5.8, "%", "第一产业增加值增长", "growth", ind=I1),
        O("第二产业", IND),
        Q("4669.97亿元", num("4669.97亿"), "元", "第二产业增加值", "level", ind=I2),
        Q("7.9%", 7.9, "%", "第二产业增加值增长", "growth", ind=I2),
        O("第三产业", IND),
        Q("5410.15亿元", num("5410.15亿"), "元", "第三产业增加值", "level", ind=I3),
        Q("5.9%", 5.9, "%", "第三产业增加值增长", "growth", ind=I3),
        D("一季度", HB_P, "period"),
        Q("9.8%", 9.8, "%", "规模以上工业增加值同比增长", "growth", ind=VA),
        C("三大门类", "fixed term (三大门类 of industry)"),
        Q("17.6%", 17.6, "%", "采矿业增加值增长", "growth"),
        Q("10.4%", 10.4, "%", "制造业增加值增长", "growth"),
        Q("8.3%", 8.3, "%", "电力、热力、燃气及水生产和供应业增加值增长", "growth"),
        Q("22.7%", 22.7, "%", "高技术制造业增加值增长", "growth"),
        Q("12.9个百分点", 12.9, "百分点", "高技术制造业增速高于规上工业", "points"),
        Q("9.9%", 9.9, "%", "装备制造业增加值增长", "growth"),
        Q("22.4%", 22.4, "%", "计算机通信和其他电子设备制造业增加值增长", "growth"),
        Q("22.1%", 22.1, "%", "电气机械和器材制造业增加值增长", "growth"),
        Q("26.0%", 26.0, "%", "光纤产量增长", "growth"),
        Q("24.5%", 24.5, "%", "光缆产量增长", "growth"),
        Q("30.1%", 30.1, "%", "锂离子电池产量增长", "growth"),
        D("1-2月", HB_J, "period"),
        Q("463.75亿元", num("463.75亿"), "元", "规上工业利润总额", "level", per=HB_J),
        Q("8.1%", 8.1, "%", "规上工业利润总额同比增长", "growth", per=HB_J),
        D("一季度", HB_P, "period"),
        Q("5158.19亿元", num("5158.19亿"), "元", "社会消费品零售总额", "level", ind=RS),
        Q("7.8%", 7.8, "%", "社会消费品零售总额同比增长", "growth", ind=RS),
        Q("19.1%", 19.1, "%", "批发业销售额增长", "growth"),
        Q("7.3%", 7.3, "%", "零售业销售额增长", "growth"),
        Q("8.2%", 8.2, "%", "住宿业营业额增长", "growth"),
        Q("5.5%", 5.5, "%", "餐饮业营业额增长", "growth"),
        Q("22.5%", 22.5, "%", "限额以上粮油食品类零售额增长", "growth"),
        Q("18.8%", 18.8, "%", "限额以上饮料类零售额增长", "growth"),
        Q("43.3%", 43.3, "%", "限额以上金银珠宝类零售额增长", "growth"),
        Q("39.2%", 39.2, "%", "限额以上家用电器和音像器材类零售额增长", "growth"),
        Q("12.6%", 12.6, "%", "限额以上体育娱乐用品类零售额增长", "growth"),
        Q("28.6%", 28.6, "%", "限额以上企业网上商品零售额增长", "growth"),
        Q("19.0%", 19.0, "%", "网上零售额占限上商品零售额比重", "share"),
        Q("1.7个百分点", 1.7, "百分点", "网上零售额比重同比提高", "points"),
        D("一季度", HB_P, "period"),
        Q("20.79万人", num("20.79万"), "人", "城镇新增就业人员", "level", ind="城镇新增就业"),
        D("全年", "2022", "year"),
        Q("29.7%", 29.7, "%", "城镇新增就业完成全年目标任务", "share", ind="城镇新增就业"),
        D("一季度", HB_P, "period"),
        Q("9448元", 9448, "元", "全体居民人均可支配收入", "level", ind=AI),
        Q("7.4%", 7.4, "%", "全体居民人均可支配收入同比增长", "growth", ind=AI),
        Q("12296元", 12296, "元", "城镇居民人均可支配收入", "level", ind=UI),
        Q("6.2%", 6.2, "%", "城镇居民人均可支配收入增长", "growth", ind=UI),
        Q("5680元", 5680, "元", "农村居民人均可支配收入", "level", ind=RI),
        Q("9.1%", 9.1, "%", "农村居民人均可支配收入增长", "growth", ind=RI),
    ],
)

# ---------------------------------------------------------------- 04 新疆 (the region), 天山网-新疆日报's story on the region's 一季度 2022 figures
XJ = "新疆"
XJ_P = "2022-01/2022-03"
XJ_PREV = "2021-01/2021-03"
BLK = "巴里坤哈萨克自治县"
PAGES["e91_04_xinjiang_20220428.txt"] = dict(
    pubdate="2022-04-28",
    pubnote="from the address (…/202204/t20220428_…) and the dropped posting line (2022年04月28日 21:32:30)",
    area=XJ, period=XJ_P,
    items=[
        D("一季度", XJ_P, "period", note="in the headline; its figures are the quarter's (the headline names their period)"),
        D("4月25日", "2022-04-25", "day", note="photo caption"),
        C("G575", "road number"),
        O("二期", "project phase"),
        Q("18.21公里", 18.21, "公里", "公路线路全长", "level", area=BLK, per="2022-04-25"),
        Q("8.21亿元", num("8.21亿"), "元", "公路项目总投资", "level", area=BLK, per="2022-04-25"),
        D("2023年9月", "2023-09", "month", rel=False),
        D("4月2日", "2022-04-02", "day", note="photo caption"),
        D("4月23日", "2022-04-23", "day", note="photo caption"),
        D("4月21日", "2022-04-21", "day", note="photo caption (4月21日晚)"),
        Q("3975.30亿元", num("3975.30亿"), "元", "生产总值", "level", ind=GDP),
        D("上年同期", XJ_PREV, "period"),
        Q("7.0%", 7.0, "%", "生产总值比上年同期增长", "growth", ind=GDP),
        Q("24.8%", 24.8, "%", "固定资产投资(不含农户)同比增长", "growth", ind=FAI),
        Q("818.57亿元", num("818.57亿"), "元", "社会消费品零售总额", "level", ind=RS),
        D("上年同期", XJ_PREV, "period"),
        Q("7.9%", 7.9, "%", "社会消费品零售总额比上年同期增长", "growth", ind=RS),
        Q("378.30亿元", num("378.30亿"), "元", "进出口总额", "level", ind="进出口总额"),
        Q("34.9%", 34.9, "%", "进出口总额同比增长", "growth", ind="进出口总额"),
        C("三驾马车", "fixed term (投资、消费、出口)"),
        Q("9.64万人", num("9.64万"), "人", "城镇新增就业", "level", ind="城镇新增就业"),
        D("上年同期", XJ_PREV, "period"),
        Q("4.74", 4.74, "", "城乡居民收入之比(上年同期)", "share", per=XJ_PREV, note="a ratio of incomes, no unit"),
        Q("4.66", 4.66, "", "城乡居民收入之比", "share", note="a ratio of incomes, no unit"),
        D("上年同期", XJ_PREV, "period"),
        Q("0.4%", 0.4, "%", "居民消费价格比上年同期上涨", "growth", ind=CPI),
        D("4月28日", "2022-04-28", "day"),
        C("2022年一季度", "year and quarter inside the press conference's name (2022年一季度自治区国民经济运行情况新闻发布会)"),
        D("一季度", XJ_P, "period"),
        D("今年以来", "2022-01-01/2022-04-28", "period"),
    ],
)

# ---------------------------------------------------------------- 05 黑龙江 (the province), the province's government work report of 2023-01-12: opening and the five-year review
HLJ = "黑龙江省"
FIVE = "2018/2022"
PAGES["e91_05_heilongjiang_20230112.txt"] = dict(
    pubdate="2023-01-12",
    pubnote="the report's delivery date (subtitle: 2023年1月12日在黑龙江省第十四届人民代表大会第一次会议上); the copying site gives none",
    area=HLJ, period=FIVE,
    items=[
        D("2023年1月12日", "2023-01-12", "day", rel=False),
        O("第十四届", CT),
        O("第一次", "session number"),
        D("现在", "2023-01-12", "now"),
        O("一、", LM),
        D("过去五年", FIVE, "period", note="the five years the report reviews (2018-2022)"),
        D("2022年", "2022", "year", rel=False),
        D("过去的五年", FIVE, "period"),
        D("五年", FIVE, "period", note="…的五年: the same five years"),
        O("十九大", "party congress"),
        O("十九届", "party congress term (十九届历次全会)"),
        O("二十大", "party congress"),
        D("五年来", FIVE, "period"),
        Q("1500亿斤以上", num("1500亿"), "斤", "粮食产量", "level", q="at_least", ind="粮食产量",
          note="稳定在…以上 in each of the five years"),
        O("第一", RANK),
        C("五连优", "fixed phrase (五连优, five top grades in a row)"),
        Q("1亿亩", num("1亿"), "亩", "高标准农田", "level", q="more_than", note="突破 sets more_than"),
        O("首位", RANK),
        D("五年来", FIVE, "period"),
        Q("5%", 5, "%", "研发经费投入年均增长", "growth", ind="研发经费投入"),
        Q("28.5%", 28.5, "%", "技术合同成交额年均增长", "growth"),
        D("2017年", "2017", "year", rel=False),
        Q("929家", 929, "家", "国家认定的高新技术企业(2017年)", "level", ind="高新技术企业", per="2017"),
        Q("3605家", 3605, "家", "国家认定的高新技术企业", "level", ind="高新技术企业", per="2022",
          note="a stock at the end of the reviewed five years"),
        C("国和一号", "name with a numeral (“国和一号” reactor)"),
        Q("百万千瓦", num("100万"), "千瓦", "哈电集团机组单机容量", "level", borderline=True,
          note="a size class of a generating unit (世界最大百万千瓦机组)"),
        D("五年来", FIVE, "period"),
        C("三年行动", "fixed term (国企改革三年行动)"),
    ],
)

# ---------------------------------------------------------------- 06 都安县 (广西 河池市), the county transport bureau's reply to a reader's message
DA = "都安瑶族自治县"
PAGES["e91_06_duan_20120307.txt"] = dict(
    pubdate="2012-03-07",
    pubnote="unsure: the reply's own date (2012年3月7日) in the month the address gives (201203); the site gives no day",
    area=DA, period="2012-03-07",
    items=[
        D("2012年2月24日", "2012-02-24", "day", rel=False, note="the reader's message's date"),
        D("多年前", None, "vague"),
        D("目前", "2012-03-07", "now"),
        Q("十几条", 10, "条", "与周边县市区之间还需建设的公路", "level", q="more_than",
          note="十几: more than ten"),
        C("十二五", "fixed term (five-year plan)"),
        Q("两个", 2, "个", "列入规划的项目", "level", borderline=True, note="这两个项目: the two roads just named"),
        C("十二五", "fixed term (five-year plan)"),
        C("十二五", "fixed term (five-year plan)"),
        C("十二五", "fixed term (five-year plan)"),
        D("2014年至2015年", "2014/2015", "range", rel=False),
        C("四级", "road grade (四级砂土路)"),
        D("2012年3月7日", "2012-03-07", "day", rel=False, note="the reply's date"),
    ],
)

# ---------------------------------------------------------------- 07 天津 (the city), 中国网's story on the city's 上半年 2009 figures
TJ = "天津市"
TJ_P = "2009-01/2009-06"
TJ_Q1 = "2009-01/2009-03"
PAGES["e91_07_tianjin_20090720.txt"] = dict(
    pubdate="2009-07-20",
    pubnote="from the address (…/2009/07-20/…) and the story's own 7月20日",
    area=TJ, period=TJ_P,
    items=[
        D("7月20日下午3时", "2009-07-20T15:00", "time"),
        C("2009年上半年", "year and half inside the press conference's name (天津市2009年上半年经济社会发展情况统计新闻发布会)"),
        D("上半年", TJ_P, "period"),
        D("上半年", TJ_P, "period"),
        D("上半年", TJ_P, "period"),
        Q("3154.85亿元", num("3154.85亿"), "元", "全市生产总值", "level", ind=GDP),
        Q("16.2%", 16.2, "%", "生产总值增长", "growth", ind=GDP),
        D("一季度", TJ_Q1, "period"),
        Q("0.2个百分点", 0.2, "百分点", "生产总值增幅比一季度提高", "points", ind=GDP),
        D("上半年", TJ_P, "period"),
        Q("17.1%", 17.1, "%", "区县属工业总产值增长", "growth"),
        Q("18个", 18, "个", "区县", "level", borderline=True, note="the city's 18 districts and counties"),
        Q("31.2%", 31.2, "%", "区县财政收入平均增长", "growth"),
        D("一季度", TJ_Q1, "period"),
        Q("13.3个百分点", 13.3, "百分点", "区县财政收入增幅比一季度提高", "points"),
        Q("7个", 7, "个", "财政收入增幅超过30%的区县", "level"),
        Q("30%", 30, "%", "区县财政收入增幅", "growth", q="more_than", note="增幅超过了30%"),
        Q("12个", 12, "个", "区县", "level", borderline=True),
        Q("18.9%", 18.9, "%", "12个区县实际直接利用外资增长", "growth"),
        C("中心六区", "fixed term (the city's six central districts)"),
        Q("36%", 36, "%", "中心六区实际直接利用外资增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 08 吉林 (the province), 新文化报's 本报讯 on the province's 上半年 2005 figures (on sina)
JL = "吉林省"
JL_P = "2005-01/2005-06"
JL_J = "2005-01/2005-05"
JL_PREV = "2004-01/2004-06"
PAGES["e91_08_jilin_20050719.txt"] = dict(
    pubdate="2005-07-19",
    pubnote="from the address (…/2005-07-19/…) and the dropped posting line (2005年07月19日13:05 新文化报)",
    area=JL, period=JL_P,
    items=[
        C("一汽", "company name (一汽, 中国第一汽车集团)"),
        D("昨日", "2005-07-18", "day"),
        D("当前", "2005-07-19", "now", note="added after the first run: left out when written; the page's date, as its 目前"),
        D("三年", "2005-07-19/2008-07-19", "period", note="苦干三年: the coming three years"),
        Q("近千亿", num("1000亿"), "元", "农产品加工产值", "level", q="nearly", per="2005", target=True,
          implied=True, note="headline; 预计 about the year not yet over"),
        D("上半年", JL_P, "period"),
        Q("8.9个百分点", 8.9, "百分点", "规模以上工业增加值增幅比全国平均水平低", "points", ind=VA, change="decrease"),
        D("上半年", JL_P, "period"),
        C("一汽", "company name (一汽集团)"),
        C("一汽", "company name (一汽大众)"),
        Q("15.6%", 15.6, "%", "一汽集团和一汽大众汽车生产量下降", "growth", change="decrease"),
        Q("119.9亿元", num("119.9亿"), "元", "一汽产值同比减少", "difference", change="decrease"),
        D("1月~5月", JL_J, "period"),
        Q("39.9亿元", num("39.9亿"), "元", "全省汽车行业利润减少", "difference", change="decrease", per=JL_J),
        D("1月~5月", JL_J, "period"),
        Q("10.1亿元", num("10.1亿"), "元", "农产品加工业实现利润", "level", per=JL_J),
        Q("2倍", 2, "倍", "农产品加工业利润同比增长", "multiple", per=JL_J),
        D("全年", "2005", "year"),
        Q("近1000亿元", num("1000亿"), "元", "农产品加工业全年产值", "level", q="nearly", per="2005", target=True,
          note="预计全年 in July: a forecast of a year not over"),
        O("第一大", RANK),
        D("今年", "2005", "year", note="in a subheading"),
        D("今年", "2005", "year"),
        D("近期", None, "vague", note="added after the first run: left out when written (as eval12's and eval22's 近期)"),
        D("今年", "2005", "year"),
        O("第五", RANK),
        D("去年同期", JL_PREV, "period"),
        O("第30位", RANK),
        O("第5位", RANK),
        D("上半年", JL_P, "period"),
        Q("1229.7亿元", num("1229.7亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("479.9亿元", num("479.9亿"), "元", "城镇以上固定资产投资", "level", ind=FAI),
        Q("10.9个百分点", 10.9, "百分点", "固定资产投资增速比全国平均水平高", "points", ind=FAI),
        D("往年", None, "vague"),
        D("上半年", JL_P, "period"),
        Q("2.85亿美元", num("2.85亿"), "美元", "外商直接投资", "level", ind=FDI),
        D("去年同期", JL_PREV, "period"),
        Q("83.4%", 83.4, "%", "外商直接投资比去年同期增长", "growth", ind=FDI),
        O("首届", "first edition (首届东博会)"),
        D("9月2日~6日", "2005-09-02/2005-09-06", "range"),
        D("目前", "2005-07-19", "now"),
    ],
)
