"""Annotations of pages 06-09 (平邑县, 斜桥镇, 松江区, 桐乡经济开发区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

IND_OUT = "规模以上工业总产值"
IND_INV = "工业投资"
SEI = "战略性新兴产业产值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
FDI = "实际使用外资"
HNTE = "高新技术企业"

PAGES = {}

# ---------------------------------------------------------------- 06 平邑县 (临沂市, 山东), the county transport bureau's reply to a deputies' suggestion
PY_DAY = "2025-07-11"
PY = "平邑县"
TS = "铜石镇"
PAGES["e32_06_pingyi_20250711.txt"] = dict(
    pubdate=PY_DAY,
    pubnote="发布日期 2025-07-11 in the page's metadata rows (kept; www.pingyi.gov.cn, 发布机构 平邑县交通运输局); the letter's own date is cut off by the store",
    area=PY, period=PY_DAY,
    items=[
        C("pingyijtysj/2025-0000037", "index number"),
        D("2025-07-11", PY_DAY, "day", rel=False, note="page metadata row (发布日期)"),
        O("十九届", "congress term"),
        O("四次会议", "session number"),
        C("第59号", "number of the deputies' suggestion"),
        C("四好", "slogan (四好公路, after 四好农村路)"),
        C("四好", "slogan (四好公路, after 四好农村路)"),
        C("三年", "name of the campaign (农村公路三年攻坚集中行动)"),
        Q("9100余万元", num("9100万"), "元", "铜石镇农村公路累计投资", "level", q="more_than", area=TS,
          note="累计 since the campaign began: a stock, the page's date"),
        Q("88公里", 88, "公里", "改造镇域内农村公路", "level", area=TS),
        D("2025年6月份", "2025-06", "month", rel=False),
        Q("3条", 3, "条", "建议中提出的道路", "level", area=TS),
        O("1.", "list marker"),
        C("九间棚", "place name with a numeral (九间棚 scenic area)"),
        D("目前", PY_DAY, "now"),
        O("2.", "list marker"),
        Q("6.8公里", 6.8, "公里", "和气庄村至李家庄道路全长", "level", area=TS),
        Q("6米", 6, "米", "和气庄村至李家庄道路宽度", "level", area=TS),
        C("2025年", "year inside the name of the project library (2025年全县农村公路提质增效建设项目库)"),
        Q("800万元", num("800万"), "元", "和气庄村至李家庄道路预计投资", "level", area=TS, target=True, per="2025"),
        Q("20Bm", 20, "Bm", "水稳层厚度", "level", area=TS, borderline=True, target=True, per="2025",
          note="a construction standard; the copy prints Bm for cm"),
        Q("5Bm", 5, "Bm", "沥青路面厚度", "level", area=TS, borderline=True, target=True, per="2025",
          note="a construction standard; the copy prints Bm for cm"),
        D("下一步", None, "vague"),
        O("第一时间", "first-of-kind phrase (at once)"),
        O("3.", "list marker"),
    ],
)

# ---------------------------------------------------------------- 07 斜桥镇 (靖江市, 江苏), 人民网's item on the town congress (日前), on a provincial portal
XQ_DAY = "2019-03-12"
XQ = "斜桥镇"
PAGES["e32_07_xieqiao_20190312.txt"] = dict(
    pubdate=XQ_DAY,
    pubnote="发布时间:2019-03-12 08:35:39 in the copy's source line (kept; jiangsu.china.com.cn, 中国网江苏, 来源 人民网)",
    area=XQ, period="2018",
    items=[
        D("2019-03-12 08:35:39", "2019-03-12T08:35", "time", rel=False, note="the copy's date line"),
        D("日前", None, "vague"),
        O("第十九届", "congress term"),
        O("第五次会议", "session number"),
        D("2019年", "2019", "year", rel=False),
        Q("三条", 3, "条", "聚焦的主线", "level", borderline=True, target=True, per="2019",
          note="a count of the town's own themes (the page's summary, cut short by the publisher)"),
        D("日前", None, "vague"),
        O("第十九届", "congress term"),
        O("第五次会议", "session number"),
        D("2019年", "2019", "year", rel=False),
        Q("三条", 3, "条", "聚焦的主线", "level", borderline=True, target=True, per="2019",
          note="a count of the town's own themes"),
        D("2018年", "2018", "year", rel=False),
        D("全年", "2018", "year"),
        Q("219户", 219, "户", "完成民房拆迁", "level"),
        D("全年", "2018", "year"),
        Q("2个", 2, "个", "新开工亿元项目", "level"),
        C("亿元", "size class (亿元项目)"),
        Q("4家", 4, "家", "新增规模以上企业", "level"),
        Q("2家", 2, "家", "新增高新技术企业", "level", ind=HNTE, note="新增: the year's additions"),
        Q("6.32亿元", num("6.32亿"), "元", "工业投资累计完成", "level", ind=IND_INV),
        D("2019年", "2019", "year", rel=False),
        Q("三个", 3, "个", "聚焦的层面", "level", borderline=True, target=True, per="2019",
          note="家庭、邻里、社会: a count of the plan's own headings"),
        D("今年", "2019", "year"),
        O("四", "branch number (渔业四、五分公司)"),
        O("五", "branch number (渔业四、五分公司)"),
        Q("10项", 10, "项", "重点落实民生实事", "level", target=True, per="2019"),
    ],
)

# ---------------------------------------------------------------- 08 松江区 (上海), 上海证券报's item on a news briefing of 6月7日, on a factory-leasing site
SJ_DAY = "2024-09-21"
SJ_LEAD = "2024-06-07"
SJ_4M = "2024-01/2024-04"
SJ = "上海市松江区"
PAGES["e32_08_songjiang_20240921.txt"] = dict(
    pubdate=SJ_DAY,
    pubnote="the collector's date stamp (2024-09-21) in the line under the headline (kept; shcfck.com, a factory-leasing site holding 上海证券报·中国网's story); the briefing was 6月7日",
    area=SJ, period=SJ_4M,
    items=[
        D("今年前四月", SJ_4M, "period", note="headline"),
        Q("113895亿元", num("113895亿"), "元", "属地规上工业产值(标题)", "level", ind=IND_OUT,
          note="the headline's slip for 1138.95亿元 (the body); value as printed"),
        D("1年前", None, "vague", note="the collector's age stamp, relative to the viewing day"),
        D("2024-09-21", SJ_DAY, "day", rel=False, note="the collector's date stamp"),
        C("279", "the page's view counter, glued to the collector's column name"),
        D("6月7日", SJ_LEAD, "day", note="the lead's day"),
        Q("1668家", 1668, "家", "集聚规上工业企业", "level", per=SJ_LEAD),
        Q("三年", 3, "年", "规上工业企业数连续位列全市第一的年数", "level", borderline=True, per="2022/2024",
          note="a duration (连续三年)"),
        O("第一", "rank (位列上海市第一)"),
        D("今年1月至4月", SJ_4M, "period"),
        Q("1138.95亿元", num("1138.95亿"), "元", "属地规上工业产值", "level", ind=IND_OUT),
        Q("43.87亿元", num("43.87亿"), "元", "工业固定资产投资", "level", ind=IND_INV),
        Q("660亿元", num("660亿"), "元", "战略性新兴产业(制造业部分)规上工业产值", "level", ind=SEI),
        Q("847.54亿元", num("847.54亿"), "元", "限上商品销售额", "level"),
        Q("230.25亿元", num("230.25亿"), "元", "社会消费品零售额", "level", ind=RETAIL),
        Q("5.24亿美元", num("5.24亿"), "美元", "合同外资", "level"),
        Q("3.41亿美元", num("3.41亿"), "美元", "到位资金(外资)", "level", ind=FDI,
          note="到位资金 beside 合同外资: the foreign capital that arrived"),
        Q("11929户", 11929, "户", "新发展民营企业", "level"),
        Q("129亿元", num("129亿"), "元", "民营经济税收", "level"),
        Q("61.6%", 61.6, "%", "民营经济税收占总税收比重", "share"),
        Q("158.4平方公里", 158.4, "平方公里", "松江新城面积", "level", per=SJ_LEAD),
        Q("四分之一", 0.25, "", "松江新城占松江区总面积比重", "share", q="approx", per=SJ_LEAD,
          values=[1.0, 4.0], note="约为 before the number"),
        C("一廊九区", "programme name with numerals"),
        Q("九个", 9, "个", "产业功能版块", "level", borderline=True, per=SJ_LEAD,
          note="the count inside the programme's own name (一廊九区)"),
        Q("7个", 7, "个", "位于松江新城范围内的产业功能版块", "level", per=SJ_LEAD),
        Q("2个", 2, "个", "位于新城协同区的产业功能版块", "level", per=SJ_LEAD),
        D("2023年", "2023", "year", rel=False),
        Q("1359.24亿元", num("1359.24亿"), "元", "新一代电子信息产业规上工业产值", "level", per="2023"),
        Q("36.6%", 36.6, "%", "电子信息产业占规上工业产值比重", "share", per="2023"),
        C("G60", "name with digits (G60电子信息国际创新产业园)"),
        C("6+X", "industry-chain code (“6+X”产业)"),
        Q("近3000家", 3000, "家", "生物医药领域企业", "level", q="nearly", per=SJ_LEAD),
        D("2023年", "2023", "year", rel=False),
        Q("76家", 76, "家", "生物医药规上工业企业", "level", per="2023"),
        Q("112.4亿元", num("112.4亿"), "元", "生物医药规上工业产值", "level", per="2023"),
        C("G60", "name with digits (G60生物医药产业基地)"),
    ],
)

# ---------------------------------------------------------------- 09 桐乡经济开发区 (高桥街道, 桐乡市, 浙江), the city government's item on the zone's Q1 award
TX_DAY = "2023-07-28"
TX_Q1 = "2023-01/2023-03"
TX = "桐乡经济开发区"
PAGES["e32_09_tongxiang_20230728.txt"] = dict(
    pubdate=TX_DAY,
    pubnote="the address's date art/2023/7/28 (www.tx.gov.cn, 桐乡市人民政府); no date line in the copy; the meeting was 5月9日",
    area=TX, period=TX_Q1,
    items=[
        C("一季度", "period inside the award's name (一季度“流动红旗奖”), headline"),
        D("5月9日上午", "2023-05-09", "day"),
        C("三大", "numeric slogan (三大提升行动)"),
        C("2023年一季度", "period inside the award's name (2023年一季度“流动红旗奖”)"),
        O("第一组", "group number"),
        D("今年以来", "2023", "period"),
        C("三大", "numeric slogan (三大攻坚)"),
        C("七大", "numeric slogan (七大工程)"),
        C("三个", "numeric slogan (三个“一号工程”)"),
        C("一号", "numeric slogan (一号工程)"),
        C("六张", "numeric slogan (六张图表)"),
        C("五个", "numeric slogan (五个提升)"),
        D("一季度", TX_Q1, "period"),
        Q("181.6亿元", num("181.6亿"), "元", "区街规上工业产值", "level", ind=IND_OUT),
        D("3月份", "2023-03", "month"),
        Q("75.9亿元", num("75.9亿"), "元", "3月份单月规上工业产值", "level", ind=IND_OUT, per="2023-03"),
        Q("75亿元", num("75亿"), "元", "单月产值首次突破", "level", q="more_than", ind=IND_OUT, per="2023-03",
          borderline=True, note="突破: the threshold passed"),
        Q("29.6亿元", num("29.6亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("19.6%", 19.6, "%", "固定资产投资同比增长", "growth", ind=FAI),
        Q("17.1亿元", num("17.1亿"), "元", "工业投资", "level", ind=IND_INV),
        Q("12.5亿元", num("12.5亿"), "元", "服务业投资", "level"),
        Q("16.9%", 16.9, "%", "工业投资同比增长", "growth", ind=IND_INV),
        Q("23.1%", 23.1, "%", "服务业投资同比增长", "growth"),
        D("接下去", None, "vague"),
        C("双过半", "slogan (时间任务双过半)"),
        C("半年红", "slogan (半年红)"),
    ],
)
