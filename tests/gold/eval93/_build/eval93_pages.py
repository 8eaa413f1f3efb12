"""Annotations of the eight pages, in document order, by reading only (before any extractor was run on them)."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
I1, I2, I3 = "第一产业增加值", "第二产业增加值", "第三产业增加值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RS = "社会消费品零售总额"
GBR = "一般公共预算收入"
DEP = "金融机构存款余额"
STRUCT = "三次产业结构"
PAGES = {}
RANK = "rank"
CT = "congress term"
SN = "session number"
IND = "industry ordinal"
LM = "list marker"

# ---------------------------------------------------------------- 01 衢江区 (浙江 衢州市), the district education bureau's reply to deputies
QJ = "衢州市衢江区"
QJ_DAY = "2023-08-10"
PAGES["e93_01_qujiang_20231218.txt"] = dict(
    pubdate="2023-12-18",
    pubnote="the page's own metadata row (发文日期: 2023-12-18) and the address (art/2023/12/18); the reply is signed 2023年8月10日",
    area=QJ, period="2022",
    items=[
        D("2023-12-18", "2023-12-18", "day", rel=False, note="metadata row (发文日期), kept"),
        Q("10位", 10, "位", "提出议案的代表", "level", borderline=True, per=QJ_DAY,
          note="姜欣(等10位)代表: the deputies who made the suggestion"),
        O("十六届", CT),
        O("二次", SN),
        C("第088号", "number of the deputies' suggestion"),
        C("两区一地", "numeric slogan (“两区一地”总目标)"),
        D("2022年", "2022", "year", rel=False),
        Q("10所", 10, "所", "民办园转公", "level"),
        Q("9所", 9, "所", "转公的城区幼儿园", "level"),
        D("2021年", "2021", "year", rel=False),
        Q("27%", 27, "%", "公办园覆盖面(2021年)", "share", per="2021"),
        Q("55%", 55, "%", "公办园覆盖面", "share"),
        O("第一", RANK),
        D("截至目前", QJ_DAY, "now", note="the reply's own date (signed 2023年8月10日): the letter's today"),
        Q("16所", 16, "所", "衢江城区公办幼儿园", "level", per=QJ_DAY),
        D("2023年9月", "2023-09", "month", rel=False),
        Q("18所", 18, "所", "衢江城区公办幼儿园数量(将升至)", "level", per="2023-09", target=True,
          note="将升至: a forecast, in a reply of August 2023, of September 2023"),
        O("二期", "project phase (缪家二期幼儿园)"),
        D("2023年8月10日", QJ_DAY, "day", rel=False, note="the reply's date"),
    ],
)

# ---------------------------------------------------------------- 02 繁昌县 (安徽 芜湖市), 今日繁昌's own story (本记) on the county's rank, with 2008's figures
FC = "繁昌县"
FC_DAY = "2009-08-21"
PAGES["e93_02_fanchang_20090821.txt"] = dict(
    pubdate=FC_DAY,
    pubnote="the dropped posting line (2009-08-21 15:16:52) under the headline; the address (…/202010/t20201031_…) is a later re-filing",
    area=FC, period="2008",
    items=[
        C("百强", "size class (中国中部百强县), headline"),
        D("最近", None, "vague"),
        C("2009年", "year inside the meeting's name (2009年全国县域经济科学发展交流年会)"),
        O("第九届", "edition of the ranking"),
        C("百强", "size class (中国中部百强县)"),
        C("一类", "class (科学发展先进县一类县)"),
        C("十强", "rank class (县域经济综合十强县)"),
        Q("6省", 6, "省", "中部省份", "level", borderline=True, area="中部", per=FC_DAY),
        Q("497个", 497, "个", "中部县(市)", "level", borderline=True, area="中部", per=FC_DAY,
          note="the base of the ranking"),
        O("第55位", RANK),
        D("近年来", None, "vague"),
        C("三农", "fixed term (“三农”)"),
        D("2008年", "2008", "year", rel=False),
        Q("72.7亿元", num("72.7亿"), "元", "全县地区生产总值", "level", ind=GDP),
        D("上年", "2007", "year"),
        Q("19.4%", 19.4, "%", "地区生产总值比上年增长", "growth", ind=GDP),
        Q("69.5亿元", num("69.5亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("49.3%", 49.3, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("11亿元", num("11亿"), "元", "财政收入", "level", q="more_than", note="突破 sets more_than"),
        Q("28.7%", 28.7, "%", "财政收入增长", "growth"),
        Q("14.8亿元", num("14.8亿"), "元", "社会消费品零售额", "level", ind=RS),
        Q("24.1%", 24.1, "%", "社会消费品零售额增长", "growth", ind=RS),
        Q("6218元", 6218, "元", "农民人均纯收入", "level"),
        Q("19.8%", 19.8, "%", "农民人均纯收入增长", "growth"),
        D("年末", "2008-12", "period", note="the end of 2008"),
        Q("58.6亿元", num("58.6亿"), "元", "年末金融机构各项存款余额", "level", ind=DEP, per="2008-12"),
        Q("17.8%", 17.8, "%", "金融机构各项存款余额增长", "growth", ind=DEP, per="2008-12"),
        Q("11个", 11, "个", "安徽省入选中部百强县的县", "level", area="安徽省", per=FC_DAY),
        O("第九届", "edition of the ranking"),
        C("百强", "size class (中国中部百强县)"),
        C("百强", "size class (中国中部百强县)"),
        O("96位", RANK),
        D("上年", "2008", "year", note="the previous edition (上届), a year before"),
        Q("41位", 41, "位", "中部百强县排名提升", "difference", per="2009",
          note="较上年提升了41位: the rank's change between the 2008 and 2009 editions"),
    ],
)

# ---------------------------------------------------------------- 03 双柏县 (云南 楚雄州), the county's government work report of 2020-05-20: opening and the 2019 review
SB = "双柏县"
SB_DAY = "2020-05-20"
PAGES["e93_03_shuangbai_20200520.txt"] = dict(
    pubdate=SB_DAY,
    pubnote="the report's delivery date (subtitle: 2020年5月20日在双柏县第十七届人民代表大会第四次会议上); the copying site gives none",
    area=SB, period="2019",
    items=[
        C("2020年", "year inside the report's title"),
        D("2020年5月20日", SB_DAY, "day", rel=False),
        O("第十七届", CT),
        O("第四次", SN),
        D("现在", SB_DAY, "now"),
        O("一、", LM),
        D("2019年", "2019", "year", rel=False, note="section heading (2019年工作回顾)"),
        D("2019年", "2019", "year", rel=False),
        O("70周年", "anniversary (新中国成立70周年)"),
        D("一年来", "2019", "year"),
        O("十九大", "party congress"),
        O("十九届二中、三中、四中全会", "plenary sessions of the 19th central committee"),
        C("1133", "numeric strategy code (州委“1133”战略部署)"),
        C("六稳", "numeric slogan"),
        C("七五", "fixed term (“七五”普法)"),
        C("三无", "numeric slogan (信访工作“三无”县)"),
        Q("三年", 3, "年", "连续被考评为县域跨越发展先进县", "level", borderline=True, per="2017/2019",
          note="连续三年: a span of years, the three years to the reviewed year"),
        C("十三五", "fixed term (five-year plan)"),
        D("2019年", "2019", "year", rel=False),
        Q("53.11亿元", num("53.11亿"), "元", "全县地区生产总值", "level", ind=GDP),
        Q("11.3%", 11.3, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("26: 32.5: 41.5", 26, "", "产业结构", "share", ind=STRUCT, values=[26.0, 32.5, 41.5],
          note="ratio; value is the first part (as the earlier sets')"),
        Q("18.5%", 18.5, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("21.7%", 21.7, "%", "规模以上工业增加值增长", "growth", ind=VA),
        Q("3.35亿元", num("3.35亿"), "元", "一般公共预算收入", "level", ind=GBR),
        Q("5%", 5, "%", "一般公共预算收入增长", "growth", ind=GBR),
        Q("13.54亿元", num("13.54亿"), "元", "社会消费品零售总额", "level", ind=RS),
        Q("12%", 12, "%", "社会消费品零售总额增长", "growth", ind=RS),
    ],
)

# ---------------------------------------------------------------- 04 秦州区 (甘肃 天水市), the district transport bureau's reply to deputies (第30号建议)
QZ = "天水市秦州区"
QZ_DAY = "2021-07-06"
PAGES["e93_04_qinzhou_20210706.txt"] = dict(
    pubdate=QZ_DAY,
    pubnote="the page's own time line (时间:2021-07-06, kept) and its dropped metadata row (发布时间: 2021-07-06); the signature gives only 2021",
    area=QZ, period="2020",
    items=[
        O("八届", CT),
        O("六次", SN),
        C("第30号", "number of the deputies' suggestion"),
        D("2021-07-06", QZ_DAY, "day", rel=False, note="the page's time line, kept"),
        O("八届", CT),
        O("六次", SN),
        C("第30号", "number of the deputies' suggestion"),
        D("2020年", "2020", "year", rel=False),
        Q("228条", 228, "条", "受损道路", "level"),
        Q("36.02公里", 36.02, "公里", "受损道路里程", "level"),
        Q("6000余万元", num("6000万"), "元", "水毁直接经济损失", "level", q="more_than"),
        C("一路一方案", "numeric slogan"),
        Q("2799万元", num("2799万"), "元", "衔接省市补助资金", "level",
          note="the paragraph 2020年 leads (OBSERVATIONS' reach rule)"),
        Q("1499万元", num("1499万"), "元", "车购税补助资金", "level"),
        Q("1300万元", num("1300万"), "元", "一般政府债券", "level"),
        D("截至目前", QZ_DAY, "now"),
        Q("1499万元", num("1499万"), "元", "国家灾后重建车购税补助资金", "level", per=QZ_DAY),
        Q("29条", 29, "条", "已完成路面施工的道路", "level", per=QZ_DAY),
        Q("1300万元", num("1300万"), "元", "财政部门分配的一般债券", "level", per=QZ_DAY),
        C("X442", "road number"),
        Q("6条", 6, "条", "灾毁修复基本完工的道路", "level", per=QZ_DAY),
        D("2021年", "2021", "year", rel=False),
        Q("1000万元", num("1000万"), "元", "争取扶贫资金", "level", per="2021"),
        Q("9.01公里", 9.01, "公里", "在毁修复道路里程", "level", per="2021"),
        D("目前", QZ_DAY, "now"),
        D("8月底", "2021-08", "month"),
        D("2021", "2021", "year", rel=False, note="the reply's signature, its year only"),
    ],
)

# ---------------------------------------------------------------- 05 内蒙古 (the region), 内蒙古日报's story on the region's 前三季度 2020 figures (on nmginfo.org)
NM = "内蒙古自治区"
NM_P = "2020-01/2020-09"
NM_H = "2020-01/2020-06"
NM_DAY = "2020-10-21"
PAGES["e93_05_neimenggu_20201021.txt"] = dict(
    pubdate=NM_DAY,
    pubnote="unsure: the story's own metadata line (发布时间:2020-10-21, kept); the reposting site's address reads 20201022…",
    area=NM, period=NM_P,
    items=[
        C("前三季度", "period inside the press conference's name (headline)"),
        D("2020-10-21", NM_DAY, "day", rel=False, note="metadata line (发布时间), kept"),
        D("10月20日", "2020-10-20", "day"),
        C("今年前三季度", "period inside the press conference's name (今年前三季度全区经济运行基本情况新闻发布会)"),
        D("今年前三季度", NM_P, "period"),
        D("今年以来", "2020", "period", note="changed after the first run: the year, as every earlier set but eval91 writes 今年以来 (written first as the interval 2020-01-01/2020-10-21)"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        D("2020年前三季度", NM_P, "period", rel=False),
        Q("12320.0亿元", num("12320.0亿"), "元", "全区地区生产总值", "level", ind=GDP),
        Q("1.9%", 1.9, "%", "地区生产总值同比下降", "growth", ind=GDP, change="decrease"),
        O("第一产业", IND),
        Q("740.3亿元", num("740.3亿"), "元", "第一产业增加值", "level", ind=I1),
        Q("0.2%", 0.2, "%", "第一产业增加值同比增长", "growth", ind=I1),
        O("第二产业", IND),
        Q("5152.6亿元", num("5152.6亿"), "元", "第二产业增加值", "level", ind=I2),
        Q("0.9%", 0.9, "%", "第二产业增加值同比下降", "growth", ind=I2, change="decrease"),
        O("第三产业", IND),
        Q("6427.2亿元", num("6427.2亿"), "元", "第三产业增加值", "level", ind=I3),
        Q("3.0%", 3.0, "%", "第三产业增加值同比下降", "growth", ind=I3, change="decrease"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        Q("六个方面", 6, "个", "经济运行成效体现的方面", "level", borderline=True, per=NM_DAY,
          note="a count of the story's own headings (as eval51's and eval54's)"),
        D("前三季度", NM_P, "period"),
        Q("1363.0亿元", num("1363.0亿"), "元", "农林牧渔业总产值", "level"),
        D("上半年", NM_H, "period"),
        Q("0.3%", 0.3, "%", "农林牧渔业总产值上半年下降", "growth", change="decrease", per=NM_H),
        Q("0.2%", 0.2, "%", "农林牧渔业总产值增长", "growth"),
        D("前三季度", NM_P, "period"),
        Q("1.9%", 1.9, "%", "规模以上工业增加值同比下降", "growth", ind=VA, change="decrease"),
        D("上半年", NM_H, "period"),
        Q("0.2个百分点", 0.2, "百分点", "规上工业增加值降幅较上半年收窄", "points", ind=VA),
        Q("41个", 41, "个", "工业行业大类", "level", borderline=True, note="the base of the count that follows"),
        Q("26个", 26, "个", "增加值同比增长的行业", "level"),
        Q("63.4%", 63.4, "%", "工业行业增长面", "share"),
        D("上半年", NM_H, "period"),
        Q("7.3个百分点", 7.3, "百分点", "行业增长面较上半年扩大", "points"),
    ],
)

# ---------------------------------------------------------------- 06 陕西 (the province), 西北信息报's story on the province's 一季度 2021 figures
SX = "陕西省"
SX_P = "2021-01/2021-03"
SX_PREV = "2020-01/2020-03"
TEN = "2012/2021"
PAGES["e93_06_shaanxi_20210421.txt"] = dict(
    pubdate="2021-04-21",
    pubnote="the dropped posting line (2021-04-21 11:36 西北信息报)",
    area=SX, period=SX_P,
    items=[
        Q("6352.79亿元", num("6352.79亿"), "元", "一季度GDP", "level", ind=GDP, note="headline"),
        D("一季度", SX_P, "period"),
        Q("15.4%", 15.4, "%", "GDP同比增长", "growth", ind=GDP),
        D("今年一季度", SX_P, "period"),
        D("一季度", SX_P, "period"),
        Q("6352.79亿元", num("6352.79亿"), "元", "陕西省地区生产总值", "level", ind=GDP),
        Q("15.4%", 15.4, "%", "地区生产总值同比增长", "growth", ind=GDP),
        Q("4.4%", 4.4, "%", "地区生产总值两年平均增长", "growth", ind=GDP),
        D("4月20日", "2021-04-20", "day"),
        D("一季度", SX_P, "period"),
        O("第一产业", IND),
        Q("240.84亿元", num("240.84亿"), "元", "第一产业增加值", "level", ind=I1),
        Q("6.9%", 6.9, "%", "第一产业增加值同比增长", "growth", ind=I1),
        Q("1.8%", 1.8, "%", "第一产业增加值两年平均增长", "growth", ind=I1),
        O("第二产业", IND),
        Q("2895.35亿元", num("2895.35亿"), "元", "第二产业增加值", "level", ind=I2),
        Q("18.0%", 18.0, "%", "第二产业增加值增长", "growth", ind=I2),
        Q("4.8%", 4.8, "%", "第二产业增加值两年平均增长", "growth", ind=I2),
        O("第三产业", IND),
        Q("3216.60亿元", num("3216.60亿"), "元", "第三产业增加值", "level", ind=I3),
        Q("13.8%", 13.8, "%", "第三产业增加值增长", "growth", ind=I3),
        Q("4.2%", 4.2, "%", "第三产业增加值两年平均增长", "growth", ind=I3),
        Q("15.4%", 15.4, "%", "增速同比增长", "growth", ind=GDP, note="subheading"),
        D("近十年", TEN, "period", note="the ten years to the reported quarter's year (as eval48's 十年来)"),
        D("今年", "2021", "year"),
        D("往年", None, "vague"),
        D("一季度", SX_P, "period"),
        Q("15.4%", 15.4, "%", "经济同比增长", "growth", ind=GDP),
        D("最近十年", TEN, "period"),
        D("去年同期", SX_PREV, "period"),
        D("一季度", SX_P, "period"),
        Q("两位数以上", 10, "%", "主要经济指标同比增速", "growth", q="at_least",
          note="两位数以上: at least 10 % (as eval6 and later)"),
        D("一季度", SX_P, "period"),
        Q("18.9%", 18.9, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("30%及以上", 30, "%", "投资、消费增速", "growth", q="at_least"),
        D("去年全年", "2020", "year", note="the comparison year"),
        Q("2位", 2, "位", "GDP增速全国位次前移", "difference", ind=GDP),
        Q("8位", 8, "位", "规上工业增加值增速位次前移", "difference", ind=VA),
        O("第7位", RANK),
        D("去年全年", "2020", "year"),
        Q("9位", 9, "位", "固定资产投资增速位次前移", "difference", ind=FAI),
        O("第10位", RANK),
        D("去年全年", "2020", "year"),
        Q("11位", 11, "位", "社会消费品零售总额增速位次前移", "difference", ind=RS),
    ],
)

# ---------------------------------------------------------------- 07 辽宁 (the province), 辽宁日报's story on the province's 前三季度 2023 figures (on 盘锦市城管局's site)
LN = "辽宁省"
LN_P = "2023-01/2023-09"
PAGES["e93_07_liaoning_20231023.txt"] = dict(
    pubdate="2023-10-23",
    pubnote="from the address (…/2023_10/23_08/…); the story's press conference was 10月20日",
    area=LN, period=LN_P,
    items=[
        D("前三季度", LN_P, "period", note="headline"),
        Q("5.3%", 5.3, "%", "全省地区生产总值同比增长", "growth", ind=GDP),
        D("10月20日", "2023-10-20", "day"),
        D("前三季度", LN_P, "period"),
        D("前三季度", LN_P, "period"),
        C("三年行动", "fixed term (全面振兴新突破三年行动)"),
        D("前三季度", LN_P, "period"),
        Q("21692.2亿元", num("21692.2亿"), "元", "全省地区生产总值", "level", ind=GDP),
        Q("5.3%", 5.3, "%", "地区生产总值同比增长", "growth", ind=GDP),
        Q("0.1个百分点", 0.1, "百分点", "GDP增速比全国高", "points", ind=GDP),
        O("第一产业", IND),
        Q("1572.8亿元", num("1572.8亿"), "元", "第一产业增加值", "level", ind=I1),
        Q("4.1%", 4.1, "%", "第一产业增加值增长", "growth", ind=I1),
        O("第二产业", IND),
        Q("8676.0亿元", num("8676.0亿"), "元", "第二产业增加值", "level", ind=I2),
        Q("4.8%", 4.8, "%", "第二产业增加值增长", "growth", ind=I2),
        O("第三产业", IND),
        Q("11443.3亿元", num("11443.3亿"), "元", "第三产业增加值", "level", ind=I3),
        Q("5.8%", 5.8, "%", "第三产业增加值增长", "growth", ind=I3),
        D("前三季度", LN_P, "period"),
        D("前三季度", LN_P, "period"),
        Q("5.6%", 5.6, "%", "水果产量同比增长", "growth"),
        Q("5.0%", 5.0, "%", "蔬菜及食用菌产量同比增长", "growth"),
        Q("3.4%", 3.4, "%", "猪牛羊禽肉产量同比增长", "growth"),
        Q("0.7%", 0.7, "%", "禽蛋产量同比增长", "growth"),
        Q("1.1%", 1.1, "%", "牛奶产量同比增长", "growth"),
        Q("5.6%", 5.6, "%", "水产品产量同比增长", "growth"),
        Q("4.5%", 4.5, "%", "规上工业增加值同比增长", "growth", ind=VA),
        Q("0.5个百分点", 0.5, "百分点", "规上工业增加值增速比全国高", "points", ind=VA),
        Q("7.4%", 7.4, "%", "高技术制造业增加值增长", "growth"),
        Q("36.1%", 36.1, "%", "食品制造业增加值同比增长", "growth"),
        Q("20.0%", 20.0, "%", "计算机、通信和其他电子设备制造业增加值同比增长", "growth"),
        Q("18.2%", 18.2, "%", "化学原料和化学制品制造业增加值同比增长", "growth"),
        Q("15.7%", 15.7, "%", "汽车制造业增加值同比增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 08 海南 (the province), 海南日报's 本报讯 on the province's 一季度 2021 figures (on 中新网海南)
HN = "海南省"
HN_P = "2021-01/2021-03"
PAGES["e93_08_hainan_20210421.txt"] = dict(
    pubdate="2021-04-21",
    pubnote="from the address (…/2021-04-21/…) and the dropped posting line (2021年04月21日 08:47 来源:海南日报)",
    area=HN, period=HN_P,
    items=[
        D("一季度", HN_P, "period", note="headline"),
        Q("19.8%", 19.8, "%", "海南地区生产总值同比增长", "growth", ind=GDP),
        D("一季度", HN_P, "period", note="subheading"),
        Q("19.8%", 19.8, "%", "全省地区生产总值同比增长", "growth", ind=GDP),
        D("一季度", HN_P, "period"),
        C("七个向好", "numeric slogan"),
        D("4月20日", "2021-04-20", "day", note="the dateline (本报海口4月20日讯)"),
        D("4月20日", "2021-04-20", "day"),
        C("一季度", "period inside the press conference's name (一季度全省经济运行情况新闻发布会)"),
        D("一季度", HN_P, "period"),
        C("七个向好", "numeric slogan"),
        D("一季度", HN_P, "period"),
        Q("19.8%", 19.8, "%", "全省地区生产总值同比增长", "growth", ind=GDP),
        Q("20.3%", 20.3, "%", "固定资产投资同比增长", "growth", ind=FAI),
        Q("61.6%", 61.6, "%", "社会消费品零售总额同比增长", "growth", ind=RS),
        Q("7.0%", 7.0, "%", "地区生产总值两年平均增速", "growth", ind=GDP),
        D("2019年同期", "2019-01/2019-03", "period"),
        Q("1.5个百分点", 1.5, "百分点", "GDP两年平均增速高于2019年同期", "points", ind=GDP),
        Q("8.8%", 8.8, "%", "固定资产投资两年平均增长", "growth", ind=FAI),
        D("2016-2017年", "2016/2017", "range", rel=False),
        Q("5.3%", 5.3, "%", "社会消费品零售总额两年平均增长", "growth", ind=RS),
        D("2019年", "2019", "year", rel=False),
        D("一季度", HN_P, "period"),
        Q("1.5个百分点", 1.5, "百分点", "地区生产总值同比增速高于全国平均水平", "points", ind=GDP),
        Q("27.7个百分点", 27.7, "百分点", "社会消费品零售总额增速高于全国平均水平", "points", ind=RS),
        Q("2.0个百分点", 2.0, "百分点", "地区生产总值两年平均增速好于全国", "points", ind=GDP),
        Q("5.9个百分点", 5.9, "百分点", "固定资产投资两年平均增速好于全国", "points", ind=FAI),
        Q("1.1个百分点", 1.1, "百分点", "社会消费品零售总额两年平均增速好于全国", "points", ind=RS),
        Q("1.2个百分点", 1.2, "百分点", "服务业占GDP比重同比提高", "points"),
        Q("8.0个百分点", 8.0, "百分点", "高技术制造业占投资比重同比提高", "points"),
        Q("0.5个百分点", 0.5, "百分点", "装备制造业占规模以上工业增加值比重同比提高", "points"),
        Q("7.6个百分点", 7.6, "百分点", "其他营利性服务业和批发零售业合计拉动GDP增长", "points"),
        Q("0.7", 0.7, "百分点", "信息传输软件和信息技术服务业拉动GDP增长", "points", inherited=True),
        Q("0.6个百分点", 0.6, "百分点", "租赁和商务服务业拉动GDP增长", "points"),
    ],
)
