"""Annotations of pages 05-08 (林周县, 忠县, 杭锦后旗, 乌审旗), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
SPEND = "一般公共预算支出"
PRIMARY = "第一产业增加值"
SECONDARY = "第二产业增加值"
TERTIARY = "第三产业增加值"
STRUCT = "三次产业结构"
RURAL_INC = "农村居民人均可支配收入"
POP = "常住人口"
JOBS = "城镇新增就业"
UNEMP = "城镇登记失业率"
TAX = "税收收入"
VISITORS = "接待游客"
DOWN = "decrease"
CUT = "the store breaks off in this sentence; the figures before the cut are read as stored"
TWO_YEARS = "2020/2021"

PAGES = {}

# ---------------------------------------------------------------- 05 林周县 (西藏 拉萨市), news of the city's press conference on the county's 2023
LZ_DAY = "2023-12-21"
LZ_EVENT = "2023-12-20"
LZ = "林周县"
LZ_Q3 = "2023-01/2023-09"
LZ_NOV = "2023-01/2023-11"
PAGES["e38_05_linzhou_20231221.txt"] = dict(
    pubdate=LZ_DAY,
    pubnote="2023-12-21 from the address (tibet.cn/cn/edu/202312/t20231221_7543114.html, 中国西藏网); the press conference was 12月20日上午",
    area=LZ, period="2023",
    items=[
        C("2023年", "year inside the headline (2023年林周县经济社会发展态势良好)"),
        D("12月20日上午", LZ_EVENT, "day", note="the press conference, the day before the page's date"),
        C("2023年", "year inside the press conference's name (2023年林周县经济社会发展新闻发布会)"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        C("四件大事", "slogan"),
        C("四个创建", "slogan"),
        C("七个排头兵", "slogan"),
        O("一是", "list marker"),
        D("前三季度", LZ_Q3, "period"),
        Q("15.15亿元", num("15.15亿"), "元", "全县地区生产总值(前三季度)", "level", ind=GDP, per=LZ_Q3),
        Q("10.4%", 10.4, "%", "地区生产总值同比增长(前三季度)", "growth", ind=GDP, per=LZ_Q3),
        D("截至11月末", "2023-11", "month", note="the running totals to the end of November: 1-11月"),
        Q("90.2%", 90.2, "%", "规模以上工业增加值同比增长", "growth", ind=IND_VA, per=LZ_NOV),
        Q("193.5%", 193.5, "%", "固定资产投资同比增长", "growth", ind=FAI, per=LZ_NOV),
        Q("3.78亿元", num("3.78亿"), "元", "社会消费品零售总额", "level", ind=RETAIL, per=LZ_NOV),
        Q("22.9%", 22.9, "%", "社会消费品零售总额同比增长", "growth", ind=RETAIL, per=LZ_NOV),
        Q("4.17亿元", num("4.17亿"), "元", "一般公共预算收入", "level", ind=BUDGET, per=LZ_NOV),
        Q("18.4%", 18.4, "%", "一般公共预算收入同比增长", "growth", ind=BUDGET, per=LZ_NOV),
        D("全年", "2023", "year"),
        Q("16.02万亩", num("16.02万"), "亩", "种植粮食作物面积", "level"),
        Q("3.82万头", num("3.82万"), "头", "出栏牲畜", "level"),
        D("今年", "2023", "year"),
        Q("21.66万人次", num("21.66万"), "人次", "接待游客", "level", ind=VISITORS),
        O("二是", "list marker"),
        Q("2.47亿元", num("2.47亿"), "元", "投资实施乡村振兴项目", "level"),
        Q("20个", 20, "个", "乡村振兴项目", "level"),
        Q("100%", 100, "%", "全县行政村道路通达率、通畅率", "share", per=LZ_EVENT,
          note="one figure for both rates; the state reached, as of the press conference"),
        O("三是", "list marker"),
        O("第一", "rank (第一民生工程)"),
        D("上年同期", "2022", "year", note="the base of 比上年同期"),
        Q("2661元", 2661, "元", "预计农村居民人均可支配收入比上年同期增加", "difference", ind=RURAL_INC, target=True,
          note="预计 for a year not yet over (the press conference of 2023-12-20): an estimate of the period's outcome, read as target"),
        Q("98.7%", 98.7, "%", "应届毕业生就业率", "share"),
        Q("1.4万人", num("1.4万"), "人", "农牧民组织化转移就业", "level"),
        Q("99.7%以上", 99.7, "%", "城乡社保参保率", "share", q="at_least", per=LZ_EVENT, note=CUT),
    ],
)

# ---------------------------------------------------------------- 06 忠县 (重庆), 重庆晨报's report on the county's 2018 work report and its targets
ZX_DAY = "2018-01-16"
ZX = "忠县"
PAGES["e38_06_zhongxian_20180116.txt"] = dict(
    pubdate=ZX_DAY,
    pubnote="`01-16 15:28:56` under the headline (kept); the year from the address (cqcb.com/topics/jjzqqxlh/2018-01-16/640372_pc.html)",
    area=ZX, period="2018",
    items=[
        D("今年", "2018", "year", note="headline"),
        D("01-16 15:28:56", "2018-01-16T15:28", "time", note="the page's date line; the year from the address"),
        D("1月12日", "2018-01-12", "day", note="the congress's day, when the report was delivered"),
        O("第十七届", "congress term"),
        O("第二次", "congress session"),
        D("2018年", "2018", "year", rel=False),
        Q("11.5%左右", 11.5, "%", "地区生产总值预期增长(发展目标)", "growth", q="approx", ind=GDP, target=True),
        D("今年", "2018", "year"),
        O("一二三产业", "industry ordinals"),
        C("三区六园", "numeric slogan"),
        C("2018年", "year inside the festival's name (2018年长江三峡国际电竞节)"),
        Q("10亿元", num("10亿"), "元", "全国柑橘交易中心线上交易额(力争突破)", "level", q="more_than", target=True),
        Q("5个", 5, "个", "新增全域旅游示范乡镇、示范村(各)", "level", target=True,
          note="各5个: five of each, one span"),
        Q("三条", 3, "条", "铁路(加快推进前期工作)", "level", target=True, borderline=True,
          note="a subheading's count of projects to prepare"),
        Q("两条", 2, "条", "高速(加快推进前期工作)", "level", target=True, borderline=True,
          note="a subheading's count of projects to prepare"),
        Q("68万亩", num("68万"), "亩", "特色效益农业基地面积(力争达到)", "level", target=True),
        Q("1万亩", num("1万"), "亩", "启动建设柑橘果园生态示范基地", "level", target=True),
        Q("1万亩", num("1万"), "亩", "改造老旧果园", "level", target=True),
        Q("2500亩", 2500, "亩", "新建高标准笋竹基地", "level", target=True),
        Q("2个", 2, "个", "市级以上农业标准化示范区(力争打造)", "level", target=True),
        Q("50万头", num("50万"), "头", "生猪养殖一体化项目规模", "level", target=True,
          note="the planned project's scale"),
        Q("45万平方米", num("45万"), "平方米", "建设祖代种猪场、父母代种场、选育场等", "level", target=True),
    ],
)

# ---------------------------------------------------------------- 07 杭锦后旗 (内蒙古 巴彦淖尔市), the banner's 2021 bulletin (opening, with a table)
HJ_DAY = "2022-08-09"
HJ = "杭锦后旗"
HJ_END = "2021-12"
PAGES["e38_07_hangjinhouqi_20220809.txt"] = dict(
    pubdate=HJ_DAY,
    pubnote="`发表于 2022-8-9 16:34:46` (kept; quyushuju.com, a forum collecting bulletins)",
    area=HJ, period="2021",
    items=[
        C("2021年", "year inside the thread's title"),
        D("2022-8-9 16:34:46", "2022-08-09T16:34", "time", rel=False, note="the post's date line"),
        C("2021年", "year inside the bulletin's title"),
        D("2021年", "2021", "year", rel=False),
        O("十九大", "party congress"),
        O("十九届", "party central committee term"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("十四五", "fixed term (five-year plan)"),
        O("一、", "list marker"),
        D("年末", HJ_END, "period"),
        Q("21.35万人", num("21.35万"), "人", "年末全旗常住人口", "level", ind=POP, per=HJ_END),
        Q("11.31万人", num("11.31万"), "人", "城镇人口", "level", per=HJ_END),
        Q("52.99%", 52.99, "%", "城镇人口占总人口的比重", "share", per=HJ_END),
        Q("10.04万人", num("10.04万"), "人", "乡村人口", "level", per=HJ_END),
        Q("47.01%", 47.01, "%", "乡村人口占总人口的比重", "share", per=HJ_END),
        O("表1", "table number"),
        C("2021年年末", "period inside the table's title (2021年年末人口数及其构成)"),
        Q("21.35", num("21.35万"), "人", "全旗常住人口(表)", "level", ind=POP, per=HJ_END, implied=True,
          note="table cell: the unit is the column's (年末数(万人))"),
        Q("100", 100, "%", "全旗常住人口比重(表)", "share", per=HJ_END, implied=True,
          note="table cell: the unit is the column's (比重(%))"),
        Q("11.31", num("11.31万"), "人", "城镇人口(表)", "level", per=HJ_END, implied=True,
          note="table cell: the unit is the column's (年末数(万人))"),
        Q("52.99", 52.99, "%", "城镇人口比重(表)", "share", per=HJ_END, implied=True,
          note="table cell: the unit is the column's (比重(%))"),
        Q("10.04", num("10.04万"), "人", "农村人口(表)", "level", per=HJ_END, implied=True,
          note="table cell: the unit is the column's (年末数(万人))"),
        Q("47.01", 47.01, "%", "农村人口比重(表)", "share", per=HJ_END, implied=True,
          note="table cell: the unit is the column's (比重(%))"),
        Q("125.48亿元", num("125.48亿"), "元", "全旗地区生产总值", "level", ind=GDP),
        Q("3.8%", 3.8, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("49.82亿元", num("49.82亿"), "元", "第一产业增加值", "level", ind=PRIMARY),
        Q("5.3%", 5.3, "%", "第一产业增加值同比增长", "growth", ind=PRIMARY),
        O("第二产业", "industry ordinal"),
        Q("22.71亿元", num("22.71亿"), "元", "第二产业增加值", "level", ind=SECONDARY),
        Q("-0.1%", 0.1, "%", "第二产业增加值同比增长", "growth", ind=SECONDARY, change=DOWN,
          note="written 增长-0.1%: the sign goes to change"),
        O("第三产业", "industry ordinal"),
        Q("52.94亿元", num("52.94亿"), "元", "第三产业增加值", "level", ind=TERTIARY),
        Q("4.0%", 4.0, "%", "第三产业增加值同比增长", "growth", ind=TERTIARY),
        C("三次产业", "fixed term"),
        D("上年", "2020", "year", note="the year of the earlier structure"),
        Q("38.8:17.0:44.2", 38.8, "", "上年三次产业结构", "share", ind=STRUCT, per="2020",
          values=[38.8, 17.0, 44.2]),
        Q("39.7:18.1:42.2", 39.7, "", "三次产业结构", "share", ind=STRUCT, values=[39.7, 18.1, 42.2]),
        Q("1081人", 1081, "人", "全旗新增城镇就业", "level", ind=JOBS),
        Q("24008人", 24008, "人", "就地就近转移农村劳动力", "level"),
        Q("3.81%以内", 3.81, "%", "城镇登记失业率(控制在以内)", "share", q="less_than", ind=UNEMP),
        Q("2147人", 2147, "人", "培训城乡劳动者", "level", note=CUT),
    ],
)

# ---------------------------------------------------------------- 08 乌审旗 (内蒙古 鄂尔多斯市), the banner statistics bureau's 2021 economy release
WS_DAY = "2022-01-24"
WS = "乌审旗"
PAGES["e38_08_wushen_20220124.txt"] = dict(
    pubdate=WS_DAY,
    pubnote="the date line `2022年 / 01月24日 / 14:56` (kept, over three lines; www.wsq.gov.cn, 乌审旗's site, 来源 乌审旗统计局)",
    area=WS, period="2021",
    items=[
        D("2022年", "2022", "year", rel=False, note="the page's date line, split over three lines"),
        D("01月24日", WS_DAY, "day", rel=False, note="the page's date line (its year on the line above)"),
        D("14:56", "2022-01-24T14:56", "time", rel=False, note="the page's date line (time)"),
        C("2021年", "year inside the release's title (乌审旗2021年经济运行情况)"),
        D("2021年", "2021", "year", rel=False),
        D("一年来", "2021", "year"),
        O("一、", "list marker"),
        D("2021年", "2021", "year", rel=False),
        Q("398.3亿元", num("398.3亿"), "元", "全旗地区生产总值", "level", ind=GDP),
        Q("3.4%", 3.4, "%", "地区生产总值同比增长", "growth", ind=GDP),
        D("2019年", "2019", "year", rel=False, note="the base of 比2019年"),
        Q("4.6%", 4.6, "%", "地区生产总值比2019年增长", "growth", ind=GDP, per=TWO_YEARS,
          note="growth over the two years 2020-2021"),
        Q("2.3%", 2.3, "%", "地区生产总值两年平均增长", "growth", ind=GDP, per=TWO_YEARS),
        D("一季度", "2021-01/2021-03", "period"),
        Q("16.8%", 16.8, "%", "地区生产总值一季度同比增长", "growth", ind=GDP, per="2021-01/2021-03"),
        D("上半年", "2021-01/2021-06", "period"),
        Q("9%", 9, "%", "地区生产总值上半年同比增长", "growth", ind=GDP, per="2021-01/2021-06"),
        D("前三季度", "2021-01/2021-09", "period"),
        Q("5.3%", 5.3, "%", "地区生产总值前三季度同比增长", "growth", ind=GDP, per="2021-01/2021-09"),
        D("全年", "2021", "year"),
        Q("3.4%", 3.4, "%", "地区生产总值全年同比增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("18.98亿元", num("18.98亿"), "元", "第一产业增加值", "level", ind=PRIMARY),
        Q("4.3%", 4.3, "%", "第一产业增加值同比增长", "growth", ind=PRIMARY),
        Q("3.8%", 3.8, "%", "第一产业增加值两年平均增长", "growth", ind=PRIMARY, per=TWO_YEARS),
        O("第二产业", "industry ordinal"),
        Q("295.68亿元", num("295.68亿"), "元", "第二产业增加值", "level", ind=SECONDARY),
        Q("1.7%", 1.7, "%", "第二产业增加值同比增长", "growth", ind=SECONDARY),
        Q("1.3%", 1.3, "%", "第二产业增加值两年平均增长", "growth", ind=SECONDARY, per=TWO_YEARS),
        O("第三产业", "industry ordinal"),
        Q("83.64亿元", num("83.64亿"), "元", "第三产业增加值", "level", ind=TERTIARY),
        Q("8%", 8, "%", "第三产业增加值同比增长", "growth", ind=TERTIARY),
        Q("4.8%", 4.8, "%", "第三产业增加值两年平均增长", "growth", ind=TERTIARY, per=TWO_YEARS),
        C("三次产业", "fixed term"),
        Q("4.874.221", 4.8, "", "三次产业比", "share", ind=STRUCT, values=[4.8, 74.2, 21.0],
          note="printed without its colons (4.8:74.2:21, the parts' shares of 398.3亿元); read as the structure"),
        O("二、", "list marker"),
        D("2021年", "2021", "year", rel=False),
        Q("344035万元", num("344035万"), "元", "全旗公共财政预算收入", "level", ind=BUDGET),
        Q("42801万元", num("42801万"), "元", "公共财政预算收入同比增加", "difference", ind=BUDGET),
        Q("14.2%", 14.2, "%", "公共财政预算收入同比增长", "growth", ind=BUDGET),
        D("2019年", "2019", "year", rel=False, note="the base of 比2019年"),
        Q("31.8%", 31.8, "%", "公共财政预算收入比2019年增长", "growth", ind=BUDGET, per=TWO_YEARS),
        Q("14.8%", 14.8, "%", "公共财政预算收入两年平均增长", "growth", ind=BUDGET, per=TWO_YEARS),
        Q("269609万元", num("269609万"), "元", "税收收入", "level", ind=TAX),
        Q("57714万元", num("57714万"), "元", "税收收入同比增加", "difference", ind=TAX),
        Q("27.2%", 27.2, "%", "税收收入增长", "growth", ind=TAX),
        Q("74426万元", num("74426万"), "元", "非税收入", "level"),
        Q("14913万元", num("14913万"), "元", "非税收入同比减少", "difference", change=DOWN),
        Q("16.7%", 16.7, "%", "非税收入下降", "growth", change=DOWN),
        Q("85207万元", num("85207万"), "元", "增值税", "level"),
        Q("90.8%", 90.8, "%", "增值税增长", "growth"),
        Q("33045万元", num("33045万"), "元", "企业所得税", "level"),
        Q("142.7%", 142.7, "%", "企业所得税增长", "growth"),
        Q("3373万元", num("3373万"), "元", "个人所得税", "level"),
        Q("4.6%", 4.6, "%", "个人所得税增长", "growth"),
        D("2021年", "2021", "year", rel=False),
        Q("556383万元", num("556383万"), "元", "全旗公共财政预算支出", "level", ind=SPEND),
        Q("52382万元", num("52382万"), "元", "公共财政预算支出同比增加", "difference", ind=SPEND),
        Q("10.4%", 10.4, "%", "公共财政预算支出增长", "growth", ind=SPEND),
        Q("43261万元", num("43261万"), "元", "一般公共服务支出", "level"),
        Q("4.4%", 4.4, "%", "一般公共服务支出增长", "growth"),
        Q("76650万元", num("76650万"), "元", "教育支出", "level"),
        Q("41.7%", 41.7, "%", "教育支出增长", "growth"),
        Q("52369万元", num("52369万"), "元", "社会保障与就业支出", "level"),
        Q("17%", 17, "%", "社会保障与就业支出增长", "growth"),
        Q("3056万元", num("3056万"), "元", "科学技术支出", "level"),
        Q("12%", 12, "%", "科学技术支出下降", "growth", change=DOWN, note=CUT),
    ],
)
