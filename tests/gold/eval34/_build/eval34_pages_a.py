"""Annotations of pages 01-05 (贺兰县, 淳安县, 天津滨海高新区, 三合镇, 临泉县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
STRUCT = "三次产业结构"
IND = "工业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
IND_INV = "工业投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
DEPOSIT = "金融机构存款余额"
RURAL_INC = "农村居民人均可支配收入"
CPI = "居民消费价格"
DOWN = "decrease"
RATIO = "ratio; value is the first part"

PAGES = {}

# ---------------------------------------------------------------- 01 贺兰县 (宁夏), the county statistics bureau's 三季度 release, on the county's site
HL_DAY = "2019-10-31"
HL = "贺兰县"
HL_Q3 = "2019-01/2019-09"
HL_H1 = "2019-01/2019-06"
HL_LY = "2018-01/2018-09"
Q3_NOTE = "the release's 三季度 is the cumulative first three quarters (its figures are those of 前三季度)"
PAGES["e34_01_helan_20191031.txt"] = dict(
    pubdate=HL_DAY,
    pubnote="no date line in the copy; the address's t20191031 (www.nxhl.gov.cn, 贺兰县人民政府's site, 贺兰县统计局's column)",
    area=HL, period=HL_Q3,
    items=[
        D("三季度", HL_Q3, "period", note=Q3_NOTE),
        D("三季度", HL_Q3, "period", note=Q3_NOTE),
        O("一、", "section marker"),
        O("(一)", "list marker"),
        O("1.", "list marker"),
        D("三季度", HL_Q3, "period", note=Q3_NOTE),
        Q("93.43亿元", num("93.43亿"), "元", "全县地区生产总值", "level", ind=GDP),
        Q("10.6%", 10.6, "%", "地区生产总值同比增长", "growth", ind=GDP),
        D("上半年", HL_H1, "period"),
        Q("0.2个百分点", 0.2, "百分点", "地区生产总值增幅比上半年加快", "points", ind=GDP),
        D("上年同期", HL_LY, "period"),
        Q("15.1个百分点", 15.1, "百分点", "地区生产总值增幅比上年同期加快", "points", ind=GDP),
        O("第二", "rank (位于全区第二)"),
        Q("六县", 6, "县", "川区县(排名所在的一组)", "level", area="宁夏回族自治区", per=HL_DAY,
          borderline=True, note="the group its rank is taken in (川区六县)"),
        O("首位", "rank"),
        C("三次产业", "fixed term"),
        O("第一产业", "industry ordinal"),
        Q("12.77亿元", num("12.77亿"), "元", "第一产业增加值", "level", ind=P1),
        D("上年同期", HL_LY, "period"),
        O("第二产业", "industry ordinal"),
        Q("48.43亿元", num("48.43亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("13.7%", 13.7, "%", "第二产业增加值同比增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("32.23亿元", num("32.23亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("12.0%", 12.0, "%", "第三产业增加值同比增长", "growth", ind=P3),
        C("三次产业", "fixed term"),
        D("上年同期", HL_LY, "period"),
        Q("17.1:48.6:34.3", 17.1, "", "三次产业比(上年同期)", "share", ind=STRUCT, per=HL_LY,
          values=[17.1, 48.6, 34.3], note=RATIO),
        Q("13.7:51.8:34.5", 13.7, "", "三次产业比", "share", ind=STRUCT, values=[13.7, 51.8, 34.5], note=RATIO),
        Q("59.6%", 59.6, "%", "第二产业对经济增长的贡献率", "share"),
        Q("40.4%", 40.4, "%", "第三产业对经济增长的贡献率", "share"),
        Q("6.3", 6.3, "百分点", "第二产业拉动经济增长", "points", inherited=True),
        Q("4.3个百分点", 4.3, "百分点", "第三产业拉动经济增长", "points"),
        O("2.", "list marker"),
        D("前三季度", HL_Q3, "period"),
        Q("27.2亿元", num("27.2亿"), "元", "农林牧渔业总产值", "level"),
        Q("1.3%", 1.3, "%", "农林牧渔业总产值同比增长", "growth"),
        Q("13.25亿元", num("13.25亿"), "元", "农林牧渔业增加值", "level"),
        Q("0.1%", 0.1, "%", "农林牧渔业增加值同比增长", "growth"),
        O("第一产业", "industry ordinal"),
        Q("12.77亿元", num("12.77亿"), "元", "第一产业增加值", "level", ind=P1),
        D("去年同期", HL_LY, "period"),
        O("末位", "rank (位于全区末位)"),
        O("第一产业", "industry ordinal"),
        C("三升一降", "numeric slogan"),
        D("上半年", HL_H1, "period"),
        Q("69.0:0.1:20.4:10.5", 69.0, "", "农林牧渔业增加值比重(上半年)", "share", per=HL_H1,
          values=[69.0, 0.1, 20.4, 10.5], note=RATIO),
        Q("61.7:0.4:25.2:12.7", 61.7, "", "农林牧渔业增加值比重", "share",
          values=[61.7, 0.4, 25.2, 12.7], note=RATIO),
        D("去年", "2018", "year"),
        Q("4.8", 4.8, "百分点", "畜牧业占比较去年提高", "points", inherited=True),
        Q("2.2个百分点", 2.2, "百分点", "水产(渔业)占比较去年提高", "points"),
        O("第一产业", "industry ordinal"),
        Q("-3.1", 3.1, "百分点", "农业增加值拉动第一产业增长", "points", change=DOWN, inherited=True,
          note="a negative pull (-3.1)"),
        Q("0.3", 0.3, "百分点", "林业增加值拉动第一产业增长", "points", inherited=True),
        Q("1.2", 1.2, "百分点", "牧业增加值拉动第一产业增长", "points", inherited=True),
        Q("1.6个百分点", 1.6, "百分点", "渔业增加值拉动第一产业增长", "points"),
        O("3.", "list marker"),
        D("三季度", HL_Q3, "period", note=Q3_NOTE),
        Q("35.46亿元", num("35.46亿"), "元", "工业增加值", "level", ind=IND),
        Q("15.2%", 15.2, "%", "工业增加值同比增长", "growth", ind=IND),
        Q("5.0个百分点", 5.0, "百分点", "工业拉动GDP增长", "points"),
        Q("28.8%", 28.8, "%", "规上工业增加值同比增长", "growth", ind=IND_VA),
        Q("六县", 6, "县", "川区县(排名所在的一组)", "level", area="宁夏回族自治区", per=HL_DAY,
          borderline=True, note="the group its rank is taken in (川区六县)"),
        O("首位", "rank"),
    ],
)

# ---------------------------------------------------------------- 02 淳安县 (浙江), 千岛湖新闻网 on the county congress's opening (昨日 = 1月16日)
CA_DAY = "2018-01-17"
CA_EVENT = "2018-01-16"
CA = "淳安县"
PAGES["e34_02_chunan_20180117.txt"] = dict(
    pubdate=CA_DAY,
    pubnote="no date line in the copy; the address's 2018-01/17 (qdhnews.com.cn, 淳安县千岛湖传媒中心's 千岛湖新闻网)",
    area=CA, period="2017",
    items=[
        D("昨日", CA_EVENT, "day", note="the day before the page's date"),
        O("第十六届", "congress term"),
        O("第二次会议", "session number"),
        Q("230名", 230, "名", "来到会场的人大代表", "level", per=CA_EVENT),
        D("现在", CA_EVENT, "now", note="in a deputy's words at the session"),
        D("下午1时30分", "2018-01-16T13:30", "time"),
        D("2017年", "2017", "year", rel=False),
        Q("255亿元", num("255亿"), "元", "全县生产总值", "level", ind=GDP),
        Q("8.5%", 8.5, "%", "生产总值按可比价增长", "growth", ind=GDP),
        Q("30.9亿元", num("30.9亿"), "元", "财政总收入", "level"),
        Q("17.3亿元", num("17.3亿"), "元", "地方财政收入", "level", ind=BUDGET,
          note="地方财政收入, as earlier sets read it: the 一般公共预算收入"),
        Q("13.3%", 13.3, "%", "财政总收入增长", "growth"),
        Q("8.6%", 8.6, "%", "地方财政收入增长", "growth", ind=BUDGET),
        D("过去一年", "2017", "year"),
        D("2018年", "2018", "year", rel=False),
        Q("8.5%以上", 8.5, "%", "生产总值增长(预期目标)", "growth", q="at_least", ind=GDP, per="2018", target=True),
        Q("13%以上", 13, "%", "服务业增加值增长(预期目标)", "growth", q="at_least", ind=P3, per="2018",
          target=True, note="服务业增加值 = 第三产业增加值"),
        Q("11%以上", 11, "%", "社会消费品零售总额增长(预期目标)", "growth", q="at_least", ind=RETAIL,
          per="2018", target=True),
        Q("5%以上", 5, "%", "规上工业销售产值增长(预期目标)", "growth", q="at_least", per="2018", target=True),
        D("新一年", "2018", "year"),
    ],
)

# ---------------------------------------------------------------- 03 天津滨海高新区 (天津), a portal's copy of 北方网 on the zone's mid-year meeting
BH_DAY = "2023-07-29"
BH = "天津滨海高新区"
BH_H1 = "2023-01/2023-06"
PAGES["e34_03_binhaigaoxin_20230729.txt"] = dict(
    pubdate=BH_DAY,
    pubnote="发布时间:2023-07-29 22:23:23 in the page's date line (kept; zhiliang.gangao.com, a portal, 来源 北方网)",
    area=BH, period=BH_H1,
    items=[
        D("上半年", BH_H1, "period"),
        Q("6.7%", 6.7, "%", "GDP增长", "growth", ind=GDP),
        D("2023-07-29 22:23:23", "2023-07-29T22:23", "time", rel=False, note="the page's date line"),
        D("日前", None, "vague"),
        C("2023年", "year inside a meeting's name (2023年中期工作推动会)"),
        D("今年上半年", BH_H1, "period"),
        Q("6.7%", 6.7, "%", "GDP增长", "growth", ind=GDP),
        Q("7.4%", 7.4, "%", "规上工业总产值增长", "growth", ind=IND_OUT),
        Q("19.4%", 19.4, "%", "规上服务业营收增长", "growth", per="2023-01/2023-05"),
        D("1-5月", "2023-01/2023-05", "period"),
        Q("16.1%", 16.1, "%", "社零额增长", "growth", ind=RETAIL),
        Q("13.2%", 13.2, "%", "实际利用内资增长", "growth"),
        Q("五条", 5, "条", "主导产业链", "level", borderline=True, implied=False,
          note="a named set of chains (五条主导产业链)"),
        Q("16.3%", 16.3, "%", "五条主导产业链同比增长", "growth"),
        D("今年上半年", BH_H1, "period"),
        Q("1435家", 1435, "家", "入库国科小(科技型中小企业)", "level"),
        Q("338家", 338, "家", "雏鹰企业", "level"),
        Q("40家", 40, "家", "瞪羚企业", "level"),
        Q("47家", 47, "家", "科技领军(培育)企业", "level"),
        Q("15家", 15, "家", "科技型上市企业", "level", per="2023-06"),
        Q("三分之一", 1 / 3, "", "科技型上市企业全市占比", "share", per="2023-06", note="fraction, no unit (1/3)"),
        D("今年以来", "2023", "period"),
        O("首批", "first-of-kind"),
        Q("18支", 18, "支", "首批入驻细胞生态海河实验室的科研团队", "level", per="2023",
          note="in the sentence 今年以来 leads"),
        Q("2家", 2, "家", "新增国家级孵化器", "level"),
        Q("100余家", 100, "家", "获纯信用授信的企业(科创积分贷)", "level", q="more_than"),
        Q("超4亿元", num("4亿"), "元", "纯信用授信(科创积分贷)", "level", q="more_than"),
        Q("12支", 12, "支", "基金总数", "level", per="2023-06"),
        Q("280亿元", num("280亿"), "元", "基金总规模", "level", q="more_than", per="2023-06"),
        D("今年上半年", BH_H1, "period"),
        Q("1204个", 1204, "个", "完成招商项目", "level"),
        Q("1645亿元", num("1645亿"), "元", "招商项目总投资额", "level"),
        Q("150亿元", num("150亿"), "元", "中电科蓝天产业园总投资", "level"),
        C("360", "company name with digits (360科创园)"),
        C("一中", "name with a numeral (塘沽一中, a school)"),
        O("首单", "first-of-kind"),
    ],
)

# ---------------------------------------------------------------- 04 三合镇 (四川 江油市), 绵阳市场信息网 on the town's 1-9月
SH_DAY = "2019-11-25"
SH = "三合镇"
SH_Q3 = "2019-01/2019-09"
PAGES["e34_04_sanhe_20191125.txt"] = dict(
    pubdate=SH_DAY,
    pubnote="no date line in the copy; the address's 2019-11-25 (www.myscxx.com, 绵阳市场信息网, its 江油 column)",
    area=SH, period=SH_Q3,
    items=[
        D("今年以来", "2019", "period"),
        D("1-9月", SH_Q3, "period"),
        Q("71亿元", num("71亿"), "元", "规模工业总产值", "level", ind=IND_OUT),
        Q("4.75亿元", num("4.75亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("3.06亿元", num("3.06亿"), "元", "社消零(社会消费品零售总额)", "level", ind=RETAIL),
        D("1-9月", SH_Q3, "period"),
        Q("100%", 100, "%", "规模工业总产值完成1-9月目标任务", "share"),
        Q("113 %", 113, "%", "固定资产投资完成1-9月目标任务", "share"),
        Q("100%", 100, "%", "社消零完成1-9月目标任务", "share"),
        D("1-9月", SH_Q3, "period"),
        Q("100%", 100, "%", "工业投资和技改投资完成1-9月任务", "share"),
        D("1-9月", SH_Q3, "period"),
        Q("4.65亿元", num("4.65亿"), "元", "招商引资到位资金", "level"),
        Q("5个", 5, "个", "签约落地项目", "level"),
        C("1 亿元", "size class (1 亿元项目)"),
        Q("1 个", 1, "个", "1亿元签约项目", "level"),
        C("5000 万", "size class (5000 万项目)"),
        Q("2个", 2, "个", "5000万元签约项目", "level"),
        C("2000万", "size class (2000万项目)"),
        Q("2 个", 2, "个", "2000万元签约项目", "level"),
        Q("13项", 13, "项", "获用地保障的全市重大工业项目", "level", per=SH_DAY),
        D("目前", SH_DAY, "now"),
        C("3号线", "name with a numeral (热电联产3号线)"),
        Q("25家", 25, "家", "集中反映贷款难等问题的镇内企业", "level", per=SH_DAY),
    ],
)

# ---------------------------------------------------------------- 05 临泉县 (安徽 阜阳市), a portal's copy of a report on the county's 上半年
LQ_DAY = "2023-08-11"
LQ = "临泉县"
LQ_H1 = "2023-01/2023-06"
PAGES["e34_05_linquan_20230811.txt"] = dict(
    pubdate=LQ_DAY,
    pubnote="no date line in the copy; the address's 20230811 (wuhu.gqsoso.com, a portal's 芜湖 channel)",
    area=LQ, period=LQ_H1,
    items=[
        D("上半年", LQ_H1, "period"),
        Q("234.5亿元", num("234.5亿"), "元", "生产总值", "level", ind=GDP),
        D("上半年", LQ_H1, "period"),
        Q("234.5亿元", num("234.5亿"), "元", "生产总值", "level", ind=GDP),
        Q("8.0%", 8.0, "%", "生产总值同比增长", "growth", ind=GDP),
        D("上半年", LQ_H1, "period"),
        Q("79.1亿元", num("79.1亿"), "元", "农林牧渔业总产值", "level"),
        Q("4.1%", 4.1, "%", "农林牧渔业总产值同比增长", "growth"),
        Q("160.3万亩", num("160.3万"), "亩", "粮食(夏粮)播种面积", "level"),
        Q("68.1万吨", num("68.1万"), "吨", "粮食(夏粮)产量", "level",
          note="the summer harvest, not the year's 粮食产量"),
        Q("6.8%", 6.8, "%", "规模以上工业增加值同比增长", "growth", ind=IND_VA),
        Q("2.1%", 2.1, "%", "规模以上工业总产值增长", "growth", ind=IND_OUT),
        Q("23.3%", 23.3, "%", "高技术工业增加值增长", "growth"),
        Q("16.5个百分点", 16.5, "百分点", "高技术工业增加值增速快于规上工业", "points"),
        D("上半年", LQ_H1, "period"),
        O("一产", "industry ordinal (第一产业)"),
        Q("2.4%", 2.4, "%", "一产投资占比", "share"),
        O("二产", "industry ordinal (第二产业)"),
        Q("23%", 23, "%", "二产投资占比", "share"),
        O("三产", "industry ordinal (第三产业)"),
        Q("74.6%", 74.6, "%", "三产投资占比", "share"),
        D("上年同期", "2022-01/2022-06", "period"),
        O("二产", "industry ordinal (第二产业)"),
        Q("11.2个百分点", 11.2, "百分点", "二产投资占比比上年同期提高", "points"),
        Q("81.9%", 81.9, "%", "工业投资同比增长", "growth", ind=IND_INV),
        Q("204.3%", 204.3, "%", "高技术产业投资增长", "growth"),
        Q("59.3%", 59.3, "%", "战略性新兴产业投资增长", "growth"),
        Q("11.8%", 11.8, "%", "新兴领域投资占全部投资的比重", "share"),
        Q("103.5%", 103.5, "%", "制造业投资增长", "growth"),
        Q("8.7个百分点", 8.7, "百分点", "制造业投资拉动全部投资增长", "points"),
        Q("217.2%", 217.2, "%", "新开工制造业项目投资增长", "growth"),
        Q("9.5亿元", num("9.5亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("7.0%", 7.0, "%", "一般公共预算收入同比增长", "growth", ind=BUDGET),
        Q("877.7亿元", num("877.7亿"), "元", "金融机构人民币存款余额", "level", ind=DEPOSIT, per="2023-06"),
        Q("10.7%", 10.7, "%", "人民币存款余额同比增长", "growth", ind=DEPOSIT, per="2023-06"),
        Q("9193元", 9193, "元", "农村常住居民人均可支配收入", "level", ind=RURAL_INC),
        Q("8.2%", 8.2, "%", "农村常住居民人均可支配收入增长", "growth", ind=RURAL_INC),
        D("上半年", LQ_H1, "period"),
        Q("0.01%", 0.01, "%", "居民消费价格同比下降", "growth", ind=CPI, change=DOWN),
        Q("169.8亿元", num("169.8亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("10.9%", 10.9, "%", "社会消费品零售总额同比增长", "growth", ind=RETAIL),
        Q("280.3%", 280.3, "%", "新能源汽车类商品增长", "growth"),
        Q("61.0%", 61.0, "%", "智能家用电器和音像器材类商品增长", "growth"),
        Q("23.9%", 23.9, "%", "智能手机类商品增长", "growth"),
    ],
)
