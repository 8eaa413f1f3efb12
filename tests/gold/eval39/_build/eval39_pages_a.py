"""Annotations of pages 01-04 (临高县, 寿县, 虎林市, 河西区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
STRUCT = "三次产业结构"
IND_VA = "工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
PRIMARY = "第一产业增加值"
SECONDARY = "第二产业增加值"
TERTIARY = "第三产业增加值"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
POP = "常住人口"
HUJI = "户籍人口"
DOWN = "decrease"
PERMIL = "个千分点: a change of a ‰ rate, written in ‰ as a difference (points is kept for 个百分点)"
CELL_Y = "table cell: the unit is the column's (绝对数(万元))"
CELL_G = "table cell: the unit is the column's (比上年增长%)"

PAGES = {}

# ---------------------------------------------------------------- 01 临高县 (海南), the county's 2023 work report (opening, 2022 review)
LG = "临高县"
PAGES["e39_01_lingao_20230108.txt"] = dict(
    pubdate="2023-01-08",
    pubnote="the report's date in the portal's title and subtitle (`2023年1月8日`); bx2200.com, a portal collecting reports",
    area=LG, period="2022",
    items=[
        D("2023年1月8日", "2023-01-08", "day", rel=False, note="the report's date in the portal's title"),
        D("2023年1月8日", "2023-01-08", "day", rel=False, note="the report's subtitle day"),
        O("第十六届", "congress term"),
        O("第三次", "session"),
        D("现在", "2023-01-08", "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("十六届", "government term (十六届县人民政府)"),
        O("一、", "list marker"),
        D("2022年", "2022", "year", rel=False),
        D("过去一年", "2022", "year"),
        O("二十大", "party congress"),
        C("一本三基四梁八柱", "slogan"),
        O("[1]", "note marker"),
        C("三区一园", "slogan"),
        O("[2]", "note marker"),
        D("全年", "2022", "year"),
        Q("231亿元", num("231亿"), "元", "全县地区生产总值", "level", ind=GDP),
        Q("0.1%", 0.1, "%", "地区生产总值同比增长", "growth", ind=GDP),
        Q("4.8亿元", num("4.8亿"), "元", "一般公共财政预算收入", "level", ind=BUDGET),
        Q("16.3%", 16.3, "%", "一般公共财政预算收入同比增长", "growth", ind=BUDGET),
        Q("52.42亿元", num("52.42亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("20.5%", 20.5, "%", "固定资产投资同比增长", "growth", ind=FAI),
        Q("41.89亿元", num("41.89亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("8.3%", 8.3, "%", "社会消费品零售总额同比下降", "growth", ind=RETAIL, change=DOWN),
        Q("33773元", 33773, "元", "城镇居民人均可支配收入", "level", ind=URBAN_INC),
        Q("17872元", 17872, "元", "农村居民人均可支配收入", "level", ind=RURAL_INC),
        Q("0.2%", 0.2, "%", "城镇居民人均可支配收入增长", "growth", ind=URBAN_INC),
        Q("5.9%", 5.9, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL_INC),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        C("三件大事", "fixed phrase (办成了三件大事), as eval38's 四件大事"),
        O("第一件", "list ordinal"),
        C("0801", "name of an outbreak (“0801”疫情)"),
        Q("22天", 22, "天", "疫情防控阻击战历时", "level"),
    ],
)

# ---------------------------------------------------------------- 02 寿县 (安徽 淮南市), the county's 2021 statistical bulletin (opening, with its table)
SX = "寿县"
SX_END = "2021-12"
PAGES["e39_02_shouxian_20220620.txt"] = dict(
    pubdate="2022-06-20",
    pubnote="the bulletin's date `(2022年6月20日)` under its authors (kept; tjgb.hongheiku.com, a portal collecting bulletins)",
    area=SX, period="2021",
    items=[
        C("2021年", "year inside the bulletin's title"),
        C("2021", "the collector's year tag after the title"),
        C("2021年", "year inside the bulletin's title (repeated)"),
        O("[1]", "note marker"),
        D("2022年6月20日", "2022-06-20", "day", rel=False, note="the bulletin's date under its authors"),
        D("2021年", "2021", "year", rel=False),
        O("100周年", "anniversary (建党100周年)"),
        C("十四五", "fixed term"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        D("全年", "2021", "year", note="全年目标任务: the year's targets"),
        O("一、", "list marker"),
        D("年末", SX_END, "period"),
        Q("139.29万人", num("139.29万"), "人", "年末全县户籍人口", "level", ind=HUJI, per=SX_END),
        Q("74.24万人", num("74.24万"), "人", "男性户籍人口", "level", per=SX_END),
        Q("65.04万人", num("65.04万"), "人", "女性户籍人口", "level", per=SX_END),
        D("全年", "2021", "year"),
        O("[2]", "note marker"),
        Q("6.39‰", 6.39, "‰", "人口出生率", "level"),
        D("上年", "2020", "year"),
        Q("2.14个千分点", 2.14, "‰", "出生率比上年减少", "difference", change=DOWN, note=PERMIL),
        Q("5.12‰", 5.12, "‰", "死亡率", "level"),
        D("上年", "2020", "year"),
        Q("0.15个千分点", 0.15, "‰", "死亡率比上年增加", "difference", note=PERMIL),
        Q("1.26‰", 1.26, "‰", "自然增长率", "level"),
        D("上年", "2020", "year"),
        Q("2.3个千分点", 2.3, "‰", "自然增长率比上年减少", "difference", change=DOWN, note=PERMIL),
        D("年末", SX_END, "period"),
        Q("83.78万人", num("83.78万"), "人", "年末常住人口", "level", ind=POP, per=SX_END),
        D("全年", "2021", "year"),
        O("[3]", "note marker"),
        Q("243.8亿元", num("243.8亿"), "元", "全年地区生产总值", "level", ind=GDP),
        D("上年", "2020", "year"),
        Q("8.9%", 8.9, "%", "地区生产总值比上年增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("58.8亿元", num("58.8亿"), "元", "第一产业增加值", "level", ind=PRIMARY),
        Q("7.1%", 7.1, "%", "第一产业增加值同比增长", "growth", ind=PRIMARY),
        O("第二产业", "industry ordinal"),
        Q("63.1亿元", num("63.1亿"), "元", "第二产业增加值", "level", ind=SECONDARY),
        Q("10%", 10, "%", "第二产业增加值同比增长", "growth", ind=SECONDARY),
        O("第三产业", "industry ordinal"),
        Q("121.9亿元", num("121.9亿"), "元", "第三产业增加值", "level", ind=TERTIARY),
        Q("9.3%", 9.3, "%", "第三产业增加值同比增长", "growth", ind=TERTIARY),
        C("三次产业", "fixed term"),
        D("上年", "2020", "year"),
        Q("25.5:24.6:49.9", 25.5, "", "上年三次产业结构", "share", ind=STRUCT, per="2020",
          values=[25.5, 24.6, 49.9]),
        Q("24.1:25.9:50.0", 24.1, "", "三次产业结构", "share", ind=STRUCT, values=[24.1, 25.9, 50.0]),
        Q("18.8%", 18.8, "%", "工业增加值占GDP的比重", "share", ind=IND_VA),
        D("全年", "2021", "year"),
        Q("29057元", 29057, "元", "常住居民人均地区生产总值", "level", ind=GDP_PC),
        Q("4505美元", 4505, "美元", "人均地区生产总值(折合美元)", "level", ind=GDP_PC),
        D("上年", "2020", "year"),
        Q("3495元", 3495, "元", "人均地区生产总值比上年增加", "difference", ind=GDP_PC),
        C("2021年", "year inside the table's title (2021年全县生产总值)"),
        D("上年", "2020", "year", note="in the table's column header (比上年增长%)"),
        Q("2437875", num("2437875万"), "元", "全县生产总值(表)", "level", ind=GDP, implied=True, note=CELL_Y),
        Q("8.9", 8.9, "%", "全县生产总值增长(表)", "growth", ind=GDP, implied=True, note=CELL_G),
        O("第一产业", "industry ordinal (table row)"),
        Q("588125", num("588125万"), "元", "第一产业增加值(表)", "level", ind=PRIMARY, implied=True, note=CELL_Y),
        Q("7.1", 7.1, "%", "第一产业增加值增长(表)", "growth", ind=PRIMARY, implied=True, note=CELL_G),
        O("第二产业", "industry ordinal (table row)"),
        Q("630800", num("630800万"), "元", "第二产业增加值(表)", "level", ind=SECONDARY, implied=True, note=CELL_Y),
        Q("10", 10, "%", "第二产业增加值增长(表)", "growth", ind=SECONDARY, implied=True, note=CELL_G),
        Q("458557", num("458557万"), "元", "工业增加值(表)", "level", ind=IND_VA, implied=True, note=CELL_Y),
        Q("8.1", 8.1, "%", "工业增加值增长(表)", "growth", ind=IND_VA, implied=True, note=CELL_G),
        O("第三产业", "industry ordinal (table row)"),
        Q("1218950", num("1218950万"), "元", "第三产业增加值(表)", "level", ind=TERTIARY, implied=True, note=CELL_Y),
        Q("9.3", 9.3, "%", "第三产业增加值增长(表)", "growth", ind=TERTIARY, implied=True, note=CELL_G),
        Q("133353", num("133353万"), "元", "运输邮电、仓储业增加值(表)", "level", implied=True, note=CELL_Y),
        Q("7.2", 7.2, "%", "运输邮电、仓储业增加值增长(表)", "growth", implied=True, note=CELL_G),
        Q("205365", num("205365万"), "元", "批发零售业增加值(表)", "level", implied=True, note=CELL_Y),
        Q("7.3", 7.3, "%", "批发零售业增加值增长(表)", "growth", implied=True, note=CELL_G),
        Q("71075", num("71075万"), "元", "住宿和餐饮业增加值(表)", "level", implied=True, note=CELL_Y),
        Q("20.8", 20.8, "%", "住宿和餐饮业增加值增长(表)", "growth", implied=True, note=CELL_G),
        Q("161002", num("161002万"), "元", "金融业增加值(表)", "level", implied=True, note=CELL_Y),
        Q("5.8", 5.8, "%", "金融业增加值增长(表)", "growth", implied=True, note=CELL_G),
        Q("246973", num("246973万"), "元", "房地产业增加值(表)", "level", implied=True, note=CELL_Y),
        Q("13.7", 13.7, "%", "房地产业增加值增长(表)", "growth", implied=True, note=CELL_G),
        Q("99482", num("99482万"), "元", "营利性服务业增加值(表)", "level", implied=True, note=CELL_Y),
        Q("11.8", 11.8, "%", "营利性服务业增加值增长(表)", "growth", implied=True, note=CELL_G),
        Q("289657", num("289657万"), "元", "非营利性服务业增加值(表)", "level", implied=True, note=CELL_Y),
        Q("6.9", 6.9, "%", "非营利性服务业增加值增长(表)", "growth", implied=True, note=CELL_G),
        O("二、", "list marker"),
        D("全年", "2021", "year"),
        Q("482.6万亩", num("482.6万"), "亩", "农作物总播种面积", "level"),
        Q("172.5万亩", num("172.5万"), "亩", "小麦面积", "level"),
        Q("0.6%", 0.6, "%", "小麦面积同比增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 03 虎林市 (黑龙江 鸡西市), 东北网 on the province's inspection team's visit (`10月15日`)
HL = "虎林市"
HL_19 = "2008-01/2008-09"
PAGES["e39_03_hulin_20081016.txt"] = dict(
    pubdate="2008-10-16",
    pubnote="the dateline `东北网虎林10月16日电`, the year from the address (hulin.dbw.cn/system/2008/10/16/…)",
    area=HL, period="2007",
    items=[
        D("10月16日", "2008-10-16", "day", note="the dateline (东北网虎林10月16日电)"),
        D("10月15日", "2008-10-15", "day", note="the visit's day in the lead"),
        O("第二", "ordinal (省委第二巡视组)"),
        D("近年来", None, "vague"),
        D("2007年", "2007", "year", rel=False),
        Q("59亿元", num("59亿"), "元", "全市生产总值", "level", ind=GDP),
        Q("1.7亿元", num("1.7亿"), "元", "财政收入", "level"),
        Q("9309元", 9309, "元", "城镇人均可支配收入", "level", ind=URBAN_INC),
        Q("5068元", 5068, "元", "农村人均纯收入", "level"),
        Q("11%", 11, "%", "生产总值同比增长", "growth", ind=GDP),
        Q("7.1%", 7.1, "%", "财政收入同比增长", "growth"),
        Q("12.6%", 12.6, "%", "城镇人均可支配收入同比增长", "growth", ind=URBAN_INC),
        Q("13.6%", 13.6, "%", "农村人均纯收入同比增长", "growth"),
        D("今年1-9月", HL_19, "period"),
        Q("29.6亿元", num("29.6亿"), "元", "全市地方生产总值", "level", ind=GDP, per=HL_19),
        Q("1.62亿元", num("1.62亿"), "元", "财政收入", "level", per=HL_19),
        Q("9.8%", 9.8, "%", "地方生产总值同比增长", "growth", ind=GDP, per=HL_19),
        Q("32.8%", 32.8, "%", "财政收入同比增长", "growth", per=HL_19),
        D("近年来", None, "vague"),
    ],
)

# ---------------------------------------------------------------- 04 河西区 (天津), news of the district congress's opening (`1月8日上午`) and the 2024 review
HX = "河西区"
EST = "预计 in a report on a year that has ended: an early estimate of the outcome, not a target"
PAGES["e39_04_hexi_20250108.txt"] = dict(
    pubdate="2025-01-08",
    pubnote="the date line `民生   2025-01-08 19:30   天津` under the headline (kept; wxredian.com, a site reposting WeChat articles)",
    area=HX, period="2024",
    items=[
        O("第十八届", "congress term"),
        O("第五次", "session"),
        D("2025-01-08 19:30", "2025-01-08T19:30", "time", rel=False, note="the page's date line"),
        D("1月8日上午", "2025-01-08", "day", note="the event day in the lead"),
        O("第十八届", "congress term"),
        O("第五次", "session"),
        O("十八届", "congress term (市十八届人大代表)"),
        O("十五届", "CPPCC term (区十五届政协委员)"),
        D("上午9:00", "2025-01-08T09:00", "time"),
        O("第一次", "plenary meeting number"),
        D("2024年", "2024", "year", rel=False),
        O("75周年", "anniversary"),
        C("十四五", "fixed term"),
        D("一年来", "2024", "year", note="in a work report 一年来 is the reporting year"),
        O("二十大", "party congress"),
        O("二十届", "party central committee term"),
        O("二中", "plenary session (二中全会)"),
        O("三中", "plenary session (三中全会)"),
        C("十项行动", "slogan"),
        C("四个高地", "slogan"),
        Q("1200亿元以上", num("1200亿"), "元", "地区生产总值(预计)", "level", q="at_least", ind=GDP, note=EST),
        Q("5%以上", 5, "%", "地区生产总值同比增长(预计)", "growth", q="at_least", ind=GDP, note=EST),
        Q("60.09亿元", num("60.09亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("5.1%", 5.1, "%", "一般公共预算收入同比增长", "growth", ind=BUDGET),
        Q("167.8亿元", num("167.8亿"), "元", "全社会固定资产投资", "level", ind=FAI),
        Q("13.5%", 13.5, "%", "全社会固定资产投资同比增长", "growth", ind=FAI),
        D("过去一年", "2024", "year"),
    ],
)
