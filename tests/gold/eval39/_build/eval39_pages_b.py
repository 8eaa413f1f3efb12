"""Annotations of pages 05-08 (米易县, 宁东镇, 罗城县, 正蓝旗), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
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
JOBS = "城镇新增就业"
UNEMP = "城镇登记失业率"
DOWN = "decrease"
TWO_YEARS = "2020/2021"

PAGES = {}

# ---------------------------------------------------------------- 05 米易县 (四川 攀枝花市), the county water bureau's reply to a deputy's proposal (第34号)
MY = "米易县"
VILLAGE = "攀莲镇水塘村"
MY_15 = "2025-01/2025-05"
PAGES["e39_05_miyi_20251114.txt"] = dict(
    pubdate="2025-11-14",
    pubnote="the page's date line `发布时间:2025-11-14` (kept; www.scmiyi.gov.cn, 米易县人民政府's site); the letter is dated 2025-09-23",
    area=MY, period="2025",
    items=[
        O("十九届", "congress term"),
        O("五次", "session"),
        O("第34号", "proposal number"),
        D("2025-11-14", "2025-11-14", "day", rel=False, note="the page's date line (发布时间)"),
        O("十九届", "congress term (the letter's title)"),
        O("五次", "session"),
        O("第34号", "proposal number"),
        C("9-15社", "names of village groups (水塘村9-15社)"),
        D("2025年5月21日", "2025-05-21", "day", rel=False),
        D("6月17日", "2025-06-17", "day"),
        D("6月25日", "2025-06-25", "day"),
        D("近几年", None, "vague"),
        C("9-15社", "names of village groups"),
        Q("743户", 743, "户", "水塘村9-15社饮水困难农户", "level", area=VILLAGE, per=MY_15),
        Q("3152人", 3152, "人", "水塘村9-15社饮水困难人口", "level", area=VILLAGE, per=MY_15),
        D("1-5月", MY_15, "period", note="no year in the text: the letter's year (2025)"),
        C("9-15社", "names of village groups"),
        Q("三个方面", 3, "个", "发力的方面", "level", borderline=True,
          note="a count of the letter's own headings, not an indicator"),
        O("一是", "list marker"),
        C("9-15社", "names of village groups"),
        O("二是", "list marker"),
        D("2025年", "2025", "year", rel=False, note="2025年省级水利发展资金: the year's provincial funds"),
        Q("42万元", num("42万"), "元", "拟使用省级水利发展资金", "level", area=VILLAGE, target=True,
          note="拟使用: planned spending"),
        C("9-15社", "names of village groups"),
        O("三是", "list marker"),
        D("2025年9月23日", "2025-09-23", "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 06 宁东镇 (宁夏 宁东能源化工基地), the base's site on the town's place among the west's top 100 towns
ND = "宁东镇"
ND_NOW = "2024-08-14"
ND_H1 = "2024-01/2024-06"
PAGES["e39_06_ningdong_20240814.txt"] = dict(
    pubdate="2024-08-14",
    pubnote="from the address (ningdong.nx.gov.cn/…/202408/t20240814_4623316.html); the copy has no date line",
    area=ND, period=ND_H1,
    items=[
        D("7月27日", "2024-07-27", "day"),
        C("2024年", "year inside the meeting's name (2024年乡镇高质量发展交流会)"),
        C("2024", "year inside the report's title (中国乡镇综合竞争力报告2024)"),
        C("2024", "year inside the list's name (2024中国西部百强镇名单)"),
        C("百强", "size class (西部百强镇)"),
        O("第45名", "rank"),
        D("2015年", "2015", "year", rel=False),
        Q("12个部委", 12, "个", "联合发文的部委", "level", borderline=True, area="全国", per="2015",
          note="the ministries that issued the document, not an indicator of the town"),
        O("第二批", "batch ordinal"),
        D("2018年", "2018", "year", rel=False),
        D("近年来", None, "vague"),
        O("二十大", "party congress"),
        C("二次创业", "fixed term"),
        D("目前", ND_NOW, "now", note="the page's date"),
        Q("5个村", 5, "个", "宁东镇村数", "level", borderline=True, per=ND_NOW),
        Q("2.45亿元", num("2.45亿"), "元", "村集体资产", "level", per=ND_NOW),
        D("2024年上半年", ND_H1, "period", rel=False),
        Q("5080万元", num("5080万"), "元", "村集体收入", "level"),
        Q("4630万元", num("4630万"), "元", "村集体提留收入", "level"),
        Q("450万元", num("450万"), "元", "村集体经营性收入", "level"),
        C("百强", "size class (西部百强镇)"),
    ],
)

# ---------------------------------------------------------------- 07 罗城仫佬族自治县 (广西 河池市), the county's 2021 statistical bulletin (opening)
LC = "罗城仫佬族自治县"
LC_END = "2021-12"
PAGES["e39_07_luocheng_20220608.txt"] = dict(
    pubdate="2022-06-08",
    pubnote="the date line `2022年06月08日 罗城仫佬族自治县统计局` under the title (kept; a copy at b1.hcnu.edu.cn)",
    area=LC, period="2021",
    items=[
        C("2021年", "year inside the bulletin's title"),
        D("2022年06月08日", "2022-06-08", "day", rel=False, note="the page's date line"),
        D("2021年", "2021", "year", rel=False),
        C("4·27", "date-name of a speech (“4·27”重要讲话)"),
        C("十四五", "fixed term"),
        O("一、", "list marker"),
        D("全年", "2021", "year"),
        Q("65.5亿元", num("65.5亿"), "元", "全县生产总值", "level", ind=GDP),
        Q("8.5%", 8.5, "%", "生产总值同比增长", "growth", ind=GDP),
        Q("5.3%", 5.3, "%", "生产总值两年平均增长", "growth", ind=GDP, per=TWO_YEARS),
        O("第一产业", "industry ordinal"),
        Q("26.44亿元", num("26.44亿"), "元", "第一产业增加值", "level", ind=PRIMARY),
        Q("10.9%", 10.9, "%", "第一产业增加值增长", "growth", ind=PRIMARY),
        Q("6.4%", 6.4, "%", "第一产业增加值两年平均增长", "growth", ind=PRIMARY, per=TWO_YEARS),
        O("第二产业", "industry ordinal"),
        Q("5.34亿元", num("5.34亿"), "元", "第二产业增加值", "level", ind=SECONDARY),
        Q("4.5%", 4.5, "%", "第二产业增加值增长", "growth", ind=SECONDARY),
        Q("5.9%", 5.9, "%", "第二产业增加值两年平均增长", "growth", ind=SECONDARY, per=TWO_YEARS),
        O("第三产业", "industry ordinal"),
        Q("33.72亿元", num("33.72亿"), "元", "第三产业增加值", "level", ind=TERTIARY),
        Q("7.2%", 7.2, "%", "第三产业增加值增长", "growth", ind=TERTIARY),
        Q("4.3%", 4.3, "%", "第三产业增加值两年平均增长", "growth", ind=TERTIARY, per=TWO_YEARS),
        O("第一、二、三产业", "industry ordinals"),
        Q("40.4%", 40.4, "%", "第一产业增加值占地区生产总值的比重", "share", ind=PRIMARY),
        Q("8.1%", 8.1, "%", "第二产业增加值占地区生产总值的比重", "share", ind=SECONDARY),
        Q("51.5%", 51.5, "%", "第三产业增加值占地区生产总值的比重", "share", ind=TERTIARY),
        Q("51.9%", 51.9, "%", "第一产业对经济增长的贡献率", "share"),
        Q("4.2%", 4.2, "%", "第二产业对经济增长的贡献率", "share"),
        Q("43.9%", 43.9, "%", "第三产业对经济增长的贡献率", "share"),
        Q("4.4", 4.4, "百分点", "第一产业拉动地区生产总值增长", "points", inherited=True),
        Q("0.4", 0.4, "百分点", "第二产业拉动地区生产总值增长", "points", inherited=True),
        Q("3.7个百分点", 3.7, "百分点", "第三产业拉动地区生产总值增长", "points"),
        D("全年", "2021", "year"),
        Q("24010元", 24010, "元", "人均地区生产总值", "level", ind=GDP_PC),
        D("上年", "2020", "year"),
        Q("9.1%", 9.1, "%", "人均地区生产总值比上年增长", "growth", ind=GDP_PC),
        D("年末", LC_END, "period"),
        Q("38.74万人", num("38.74万"), "人", "年末全县户籍总人口", "level", ind=HUJI, per=LC_END),
        D("上年末", "2020-12", "period"),
        Q("0.11万人", num("0.11万"), "人", "户籍总人口比上年末减少", "difference", ind=HUJI, per=LC_END, change=DOWN),
        Q("12.19万人", num("12.19万"), "人", "城镇户籍人口", "level", per=LC_END),
        Q("31.47%", 31.47, "%", "户籍人口城镇化率", "share", per=LC_END),
        D("上年末", "2020-12", "period"),
        Q("3.58个百分点", 3.58, "百分点", "户籍人口城镇化率比上年末提高", "points", per=LC_END),
        D("年末", LC_END, "period"),
        O("[4]", "note marker"),
        Q("27.26万人", num("27.26万"), "人", "年末全县常住人口", "level", ind=POP, per=LC_END),
        D("上年末", "2020-12", "period"),
        Q("0.04万人", num("0.04万"), "人", "常住人口比上年末减少", "difference", ind=POP, per=LC_END, change=DOWN),
        Q("12.51万人", num("12.51万"), "人", "城镇常住人口", "level", per=LC_END),
        O("[5]", "note marker"),
        Q("45.89%", 45.89, "%", "常住人口城镇化率", "share", per=LC_END),
        D("上年末", "2020-12", "period"),
        Q("1.09个百分点", 1.09, "百分点", "常住人口城镇化率比上年末提高", "points", per=LC_END),
        D("全年", "2021", "year"),
        Q("0.24万人", num("0.24万"), "人", "出生人口", "level"),
        Q("6.03‰", 6.03, "‰", "出生率", "level"),
        Q("0.22万人", num("0.22万"), "人", "死亡人口", "level"),
        Q("5.59‰", 5.59, "‰", "死亡率", "level"),
        Q("0.44‰", 0.44, "‰", "自然增长率", "level"),
        D("全年", "2021", "year"),
        Q("812人", 812, "人", "城镇新增就业", "level", ind=JOBS),
        D("上年", "2020", "year"),
        Q("97人", 97, "人", "城镇新增就业比上年减少", "difference", ind=JOBS, change=DOWN),
        D("年末", LC_END, "period"),
        Q("3.12%", 3.12, "%", "年末城镇登记失业率", "share", ind=UNEMP, per=LC_END),
        D("上年", "2020", "year"),
        Q("0.45个百分点", 0.45, "百分点", "城镇登记失业率比上年上升", "points", ind=UNEMP, per=LC_END),
        O("二、", "list marker"),
        D("全年", "2021", "year"),
        Q("44.39亿元", num("44.39亿"), "元", "农林牧渔业总产值", "level"),
        D("上年", "2020", "year"),
        Q("12.2%", 12.2, "%", "农林牧渔业总产值比上年增长", "growth"),
        D("全年", "2021", "year"),
        Q("61327公顷", 61327, "公顷", "农作物播种面积", "level"),
        D("上年", "2020", "year"),
        Q("4096公顷", 4096, "公顷", "农作物播种面积比上年增加", "difference"),
    ],
)

# ---------------------------------------------------------------- 08 正蓝旗 (内蒙古 锡林郭勒盟), the banner's 2019 work report (opening, 2018 review)
ZL = "正蓝旗"
PAGES["e39_08_zhenglanqi_20210727.txt"] = dict(
    pubdate="2021-07-27",
    pubnote="the portal's post line `公文搜 2021-07-27 17:24:44` (kept); the report itself was delivered 2019-03-21 (subtitle)",
    area=ZL, period="2018",
    items=[
        C("2019年", "year inside the report's title"),
        D("2021-07-27 17:24:44", "2021-07-27T17:24", "time", rel=False, note="the portal's post line"),
        C("2019年", "year inside the report's title (the page's summary line)"),
        D("2019年3月21日", "2019-03-21", "day", rel=False, note="the report's subtitle day (summary line)"),
        O("第十五届", "congress term"),
        O("第二次", "session"),
        C("2019年", "year inside the report's title (repeated)"),
        D("2019年3月21日", "2019-03-21", "day", rel=False, note="the report's subtitle day"),
        O("第十五届", "congress term"),
        O("第二次", "session"),
        D("现在", "2019-03-21", "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("一、", "list marker"),
        D("2018年", "2018", "year", rel=False),
        D("过去的一年", "2018", "year"),
        D("全年", "2018", "year"),
        D("一年来", "2018", "year", note="in a work report 一年来 is the reporting year"),
        Q("5.1%", 5.1, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("3.98亿元", num("3.98亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("15亿元", num("15亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("16亿元", num("16亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("37462元", 37462, "元", "城镇常住居民人均可支配收入", "level", ind=URBAN_INC),
        Q("17597元", 17597, "元", "农村常住居民人均可支配收入", "level", ind=RURAL_INC),
        Q("7%", 7, "%", "城镇常住居民人均可支配收入增长", "growth", ind=URBAN_INC),
        Q("10%", 10, "%", "农村常住居民人均可支配收入增长", "growth", ind=RURAL_INC),
        D("一年来", "2018", "year", note="in a work report 一年来 is the reporting year"),
        O("(一)", "list marker"),
        C("三大攻坚战", "fixed term"),
        D("2018年", "2018", "year", rel=False),
        Q("4.75亿元", num("4.75亿"), "元", "化解政府性债务", "level"),
        Q("115%", 115, "%", "化解政府性债务完成年度任务的比例", "share"),
        C("十个全覆盖", "slogan"),
        Q("5500万元", num("5500万"), "元", "争取上级化债奖励资金", "level"),
        Q("70%", 70, "%", "民间借贷户数下降", "growth", change=DOWN),
        Q("69%", 69, "%", "民间借贷余额下降", "growth", change=DOWN),
        Q("7起", 7, "起", "打击非法金融活动", "level"),
        Q("537万元", num("537万"), "元", "非法金融活动涉及金额", "level"),
        D("2\n018年", "2018", "year", rel=False, note="the line break falls inside the year, as stored"),
        Q("3380万元", num("3380万"), "元", "投入各类扶贫资金", "level"),
        D("全年", "2018", "year"),
        Q("324户", 324, "户", "脱贫户数", "level"),
        Q("743人", 743, "人", "脱贫人数", "level"),
    ],
)
