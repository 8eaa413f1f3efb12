"""Annotations of pages 01-04 (左云县, 永康经济开发区, 钟山县, 果洛州), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
SPEND = "一般公共预算支出"
PRIMARY = "第一产业增加值"
SECONDARY = "第二产业增加值"
TERTIARY = "第三产业增加值"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
CPI = "居民消费价格"
JOBS = "城镇新增就业"
UNEMP = "城镇登记失业率"
GRAIN = "粮食产量"
TAX = "税收收入"
DOWN = "decrease"
CUT = "the store breaks off in this sentence; the figures before the cut are read as stored"

PAGES = {}

# ---------------------------------------------------------------- 01 左云县 (山西 大同市), the county's 2020 statistical bulletin (opening)
ZY = "左云县"
PAGES["e38_01_zuoyun_20210521.txt"] = dict(
    pubdate="2021-05-21",
    pubnote="the bulletin's date `2021年 5月 21日` under its author (kept; tjgb.hongheiku.com, a portal collecting bulletins)",
    area=ZY, period="2020",
    items=[
        C("2020年", "year inside the bulletin's title"),
        C("2020", "the collector's year tag after the title"),
        D("2021年 5月 21日", "2021-05-21", "day", rel=False, note="the bulletin's date under its author"),
        D("2020年", "2020", "year", rel=False),
        O("十九大", "party congress"),
        O("十九届", "party central committee term"),
        O("二中", "plenary session (二中全会)"),
        O("三中", "plenary session (三中全会)"),
        O("四中", "plenary session (四中全会)"),
        O("五中", "plenary session (五中全会)"),
        C("四为四高两同步", "slogan"),
        C("136", "numeric slogan (市委“136”发展战略)"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        O("一、", "list marker"),
        D("全年", "2020", "year"),
        Q("1061209万元", num("1061209万"), "元", "全县地区生产总值", "level", ind=GDP),
        Q("6%", 6, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("29446万元", num("29446万"), "元", "第一产业增加值", "level", ind=PRIMARY),
        Q("0.7%", 0.7, "%", "第一产业增加值增长", "growth", ind=PRIMARY),
        Q("2.8%", 2.8, "%", "第一产业占生产总值的比重", "share", ind=PRIMARY),
        O("第二产业", "industry ordinal"),
        Q("624771万元", num("624771万"), "元", "第二产业增加值", "level", ind=SECONDARY),
        Q("9.0%", 9.0, "%", "第二产业增加值增长", "growth", ind=SECONDARY),
        Q("58.9%", 58.9, "%", "第二产业占生产总值的比重", "share", ind=SECONDARY),
        O("第三产业", "industry ordinal"),
        Q("406992万元", num("406992万"), "元", "第三产业增加值", "level", ind=TERTIARY),
        Q("2.3%", 2.3, "%", "第三产业增加值增长", "growth", ind=TERTIARY),
        Q("38.4%", 38.4, "%", "第三产业占生产总值的比重", "share", ind=TERTIARY),
        D("全年", "2020", "year"),
        Q("3273人", 3273, "人", "城镇新增就业", "level", ind=JOBS),
        Q("1509人", 1509, "人", "转移农村劳动力", "level"),
        D("年末", "2020-12", "period"),
        Q("1%", 1, "%", "年末城镇登记失业率", "share", ind=UNEMP, per="2020-12"),
        O("二、", "list marker"),
        D("全年", "2020", "year"),
        Q("28610.94公顷", 28610.94, "公顷", "农作物种植面积", "level"),
        Q("23003.58公顷", 23003.58, "公顷", "粮食种植面积", "level"),
        Q("3008.58公顷", 3008.58, "公顷", "粮食种植面积增加", "difference"),
        Q("5607.36公顷", 5607.36, "公顷", "油料种植面积", "level"),
        Q("418.64公顷", 418.64, "公顷", "油料种植面积减少", "difference", change=DOWN),
        D("全年", "2020", "year"),
        Q("47644.65吨", 47644.65, "吨", "粮食产量", "level", ind=GRAIN),
        Q("22.6%", 22.6, "%", "粮食产量增长", "growth", ind=GRAIN),
        Q("5590.94吨", 5590.94, "吨", "油料产量", "level"),
        Q("7.9%", 7.9, "%", "油料产量增长", "growth"),
        D("全年", "2020", "year"),
        Q("467公顷", 467, "公顷", "造林面积", "level"),
        C("四旁", "fixed term (四旁植树)"),
        Q("65万株", num("65万"), "株", "四旁植树", "level"),
        Q("500公顷", 500, "公顷", "育苗面积", "level"),
        D("全年", "2020", "year"),
        Q("3776吨", 3776, "吨", "猪牛羊肉总产量", "level"),
        Q("3.4%", 3.4, "%", "猪牛羊肉总产量增长", "growth"),
        Q("1632吨", 1632, "吨", "猪肉产量", "level"),
        Q("4.9%", 4.9, "%", "猪肉产量增长", "growth"),
        Q("652吨", 652, "吨", "牛肉产量", "level"),
        Q("32.5%", 32.5, "%", "牛肉产量增长", "growth"),
        Q("1492吨", 1492, "吨", "羊肉产量", "level"),
        Q("6.98%", 6.98, "%", "羊肉产量下降", "growth", change=DOWN),
        D("年末", "2020-12", "period"),
        Q("12807头", 12807, "头", "年末生猪存栏", "level", per="2020-12"),
        Q("16398头", 16398, "头", "生猪出栏", "level", note="出栏 is the year's flow, not a year-end stock"),
        Q("94769只", 94769, "只", "年末羊存栏", "level", per="2020-12"),
        Q("102266头", 102266, "头", "羊出栏", "level", note="written 头 for sheep, as stored; the year's flow"),
        Q("3033吨", 3033, "吨", "牛奶产量", "level"),
        Q("16%", 16, "%", "牛奶产量下降", "growth", change=DOWN),
        Q("803吨", 803, "吨", "禽蛋产量", "level"),
        Q("7.7%", 7.7, "%", "禽蛋产量下降", "growth", change=DOWN),
        D("年末", "2020-12", "period"),
        Q("8.2万千瓦", num("8.2万"), "千瓦", "年末农业机械总动力", "level", per="2020-12"),
        Q("3.8%", 3.8, "%", "农业机械总动力增长", "growth", per="2020-12"),
        Q("4990.4吨", 4990.4, "吨", "使用化肥", "level", note="the year's use, a flow"),
        Q("2.8%", 2.8, "%", "化肥使用量下降", "growth", change=DOWN),
        Q("160.4吨", 160.4, "吨", "地膜使用量", "level"),
        Q("27.7%", 27.7, "%", "地膜使用量增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 02 永康经济开发区 (浙江 永康市), city paper's report on the zone's half-year meeting, 1-5月
YK_DAY = "2017-06-22"
YK = "永康经济开发区"
YK_P = "2017-01/2017-05"
PAGES["e38_02_yongkang_20170622.txt"] = dict(
    pubdate=YK_DAY,
    pubnote="issue 2017-06-22 of 永康日报 (from the address paper.lifeyk.com/html/2017-06/22/...; page 6 经济开发区)",
    area=YK, period=YK_P,
    items=[
        D("上半年", "2017-01/2017-06", "period", note="headline"),
        D("1-5月", YK_P, "period"),
        Q("202.4亿元", num("202.4亿"), "元", "开发区规上工业总产值(标题)", "level", ind=IND_OUT),
        Q("18.7%", 18.7, "%", "规上工业总产值同比增长(标题)", "growth", ind=IND_OUT),
        D("近日下午", None, "vague", note="the meeting's day is not given"),
        C("半年", "period inside the meeting's name (半年经济形势分析会)"),
        D("今年上半年", "2017-01/2017-06", "period"),
        D("今年上半年", "2017-01/2017-06", "period"),
        D("1-5月份", YK_P, "period"),
        Q("202.4亿元", num("202.4亿"), "元", "开发区规上工业总产值", "level", ind=IND_OUT),
        Q("18.7%", 18.7, "%", "规上工业总产值同比增长", "growth", ind=IND_OUT),
        Q("11.34亿元", num("11.34亿"), "元", "乡镇税收", "level",
          note="乡镇税收 (the zone's tax take as the city counts towns), not the catalogue's 税收收入"),
        Q("16.76%", 16.76, "%", "乡镇税收同比增长", "growth"),
        Q("8.29亿元", num("8.29亿"), "元", "工业税收", "level"),
        Q("30.18%", 30.18, "%", "工业税收同比增长", "growth"),
        D("上半年", "2017-01/2017-06", "period"),
        D("下半年", "2017-07/2017-12", "period"),
        C("十三五", "fixed term (five-year plan)"),
        C("六区", "numeric slogan (“六区”创建)"),
        D("下半年", "2017-07/2017-12", "period"),
        C("两化融合", "fixed term"),
        C("四名三换", "numeric slogan"),
    ],
)

# ---------------------------------------------------------------- 03 钟山县 (广西 贺州市), the county transport bureau's reply to a deputies' proposal
ZS_DAY = "2024-01-10"
ZS = "钟山县"
HJ = "钟山镇百富村委何家自然村"
PAGES["e38_03_zhongshan_20240110.txt"] = dict(
    pubdate=ZS_DAY,
    pubnote="the letter's date 2024年1月10日 (kept); the copy (广西's 法规库 at flfgk.zhpt.yjglt.gxzf.gov.cn) has no date line",
    area=ZS, period="2023",
    items=[
        O("十七届", "congress term (县十七届人大)"),
        O("三次", "congress session"),
        O("第5号", "proposal number"),
        O("十七届", "congress term (县十七届人大), the title repeated"),
        O("三次", "congress session, the title repeated"),
        O("第5号", "proposal number, the title repeated"),
        C("钟交函〔2024〕5号", "document number"),
        D("2023年", "2023", "year", rel=False),
        Q("1.75公里", 1.75, "公里", "何家村进村主干道路线全长(加宽及沥青铺筑)", "level", area=HJ),
        D("2023年5月10日", "2023-05-10", "day", rel=False),
        D("2023年6月30日", "2023-06-30", "day", rel=False),
        Q("258.0244万元", num("258.0244万"), "元", "何家村进村主干道项目总预算", "level", area=HJ),
        D("目前", ZS_DAY, "now"),
        D("下一步", None, "vague"),
        D("2024年1月10日", ZS_DAY, "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 04 果洛藏族自治州 (青海), the prefecture's 2018 work report (opening, 2017 review)
GL_DAY = "2018-03-26"
GL = "果洛藏族自治州"
PAGES["e38_04_guoluo_20180712.txt"] = dict(
    pubdate="2018-07-12",
    pubnote="posted 2018-07-12 (from the address .../201807/t20180712_195665.html); the report was delivered 2018-03-26 (its subtitle)",
    area=GL, period="2017",
    items=[
        D("2018年3月26日", GL_DAY, "day", rel=False, note="the report's subtitle: the day it was delivered"),
        O("第十四届", "congress term"),
        O("第四次", "congress session"),
        D("现在", GL_DAY, "now", note="the report's opening, on the day it was delivered"),
        O("一、", "list marker"),
        D("2017年", "2017", "year", rel=False, note="section heading (一、2017年工作回顾)"),
        D("过去一年", "2017", "year"),
        O("十九大", "party congress"),
        O("第十三次", "provincial party congress"),
        Q("37.27亿元", num("37.27亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("2.6%", 2.6, "%", "地区生产总值同比下降", "growth", ind=GDP, change=DOWN),
        Q("71.41亿元", num("71.41亿"), "元", "州属固定资产投资", "level", ind=FAI,
          note="州属 (the prefecture's own) fixed-asset investment"),
        Q("0.39%", 0.39, "%", "州属固定资产投资同比增长", "growth", ind=FAI),
        Q("2.5亿元", num("2.5亿"), "元", "地方公共财政预算收入", "level", ind=BUDGET),
        Q("19.59%", 19.59, "%", "地方公共财政预算收入下降(同口径)", "growth", ind=BUDGET, change=DOWN),
        Q("71.79亿元", num("71.79亿"), "元", "地方公共财政支出", "level", ind=SPEND),
        Q("2.34%", 2.34, "%", "地方公共财政支出同比增长", "growth", ind=SPEND),
        Q("6.48亿元", num("6.48亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("10%", 10, "%", "社会消费品零售总额同比增长", "growth", ind=RETAIL),
        Q("30678元", 30678, "元", "城镇常住居民人均可支配收入", "level", ind=URBAN_INC),
        Q("9%", 9, "%", "城镇常住居民人均可支配收入同比增长", "growth", ind=URBAN_INC),
        Q("6625元", 6625, "元", "农村常住居民人均可支配收入", "level", ind=RURAL_INC),
        Q("10.1%", 10.1, "%", "农村常住居民人均可支配收入同比增长", "growth", ind=RURAL_INC),
        Q("1.3%", 1.3, "%", "居民消费价格累计同比上涨", "growth", ind=CPI),
        Q("0.2个百分点", 0.2, "百分点", "居民消费价格涨幅低于全省", "points", ind=CPI, change=DOWN),
        D("一年来", "2017", "year"),
        C("三江源", "name with a numeral (三江源)"),
        Q("1.97亿元", num("1.97亿"), "元", "三江源二期工程实施投资", "level"),
        C("三江源", "name with a numeral (三江源)"),
        O("二期", "project phase"),
        Q("100%", 100, "%", "三江源二期工程完成省定目标的比例", "share"),
        Q("5230万元", num("5230万"), "元", "退耕还林、退牧还草专项工程完成投资", "level"),
        D("年内", "2017", "year"),
        Q("4.65亿元", num("4.65亿"), "元", "发放草原生态补奖资金", "level", note=CUT),
    ],
)
