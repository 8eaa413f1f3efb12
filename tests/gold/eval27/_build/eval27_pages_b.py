"""Annotations of pages 06-09 (成渝地区双城经济圈, 振文镇, 新疆, 大江镇), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
IND = "工业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
IND_REV = "规模以上工业营业收入"
FAI = "固定资产投资"
IND_INV = "工业投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
FDI = "实际使用外资"
TRADE = "进出口总额"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 06 成渝地区双城经济圈 (重庆 and 四川), first half 2024
CY = "2024-01/2024-06"
CY_AREA = "成渝地区双城经济圈"
PAGES["e27_06_chengyu_20240823.txt"] = dict(
    pubdate="2024-08-23",
    pubnote="the metadata line 2024-08-23 09:38:12 (kept; zgcxtc.cn, 城乡统筹发展网 of 重庆农家科技杂志社, reposting 重庆日报)",
    area=CY_AREA, period=CY,
    items=[
        D("上半年", CY, "period", note="headline"),
        Q("40365.7亿元", num("40365.7亿"), "元", "双城经济圈GDP", "level", ind=GDP),
        Q("超三成", 30, "%", "占西部地区总量", "share", q="more_than", ind=GDP, note="三成 = 30%"),
        D("2024-08-23 09:38:12", "2024-08-23", "day", rel=False, note="metadata line"),
        D("8月22日", "2024-08-22", "day"),
        D("今年上半年", CY, "period"),
        Q("40365.7亿元", num("40365.7亿"), "元", "双城经济圈地区生产总值", "level", ind=GDP),
        Q("6.5%", 6.5, "%", "占全国总量", "share", ind=GDP),
        Q("30.7%", 30.7, "%", "占西部地区总量", "share", ind=GDP),
        D("上年同期", "2023-01/2023-06", "period"),
        Q("0.1个", 0.1, "百分点", "占全国比重提高", "points", ind=GDP, inherited=True),
        Q("0.2个百分点", 0.2, "百分点", "占西部比重提高", "points", ind=GDP),
        Q("14098.2亿元", num("14098.2亿"), "元", "重庆部分地区生产总值", "level", ind=GDP, area="重庆市"),
        Q("6.1%", 6.1, "%", "重庆部分增长", "growth", ind=GDP, area="重庆市"),
        Q("26267.5亿元", num("26267.5亿"), "元", "四川部分地区生产总值", "level", ind=GDP, area="四川省"),
        Q("5.6%", 5.6, "%", "四川部分增长", "growth", ind=GDP, area="四川省"),
        D("上半年", CY, "period"),
        D("上半年", CY, "period"),
        O("第一产业", "industry ordinal"),
        Q("3%", 3, "%", "第一产业增加值增长", "growth", ind=P1),
        D("一季度", "2024-01/2024-03", "period"),
        Q("0.1个百分点", 0.1, "百分点", "第一产业增速比一季度加快", "points", ind=P1),
        Q("6.3%", 6.3, "%", "工业增加值增长", "growth", ind=IND),
        Q("6.5%", 6.5, "%", "制造业增加值增长", "growth"),
        Q("5.9%", 5.9, "%", "服务业增加值增长", "growth"),
        D("上半年", CY, "period"),
        Q("300个", 300, "个", "共建重大项目", "level"),
        Q("2453.4亿元", num("2453.4亿"), "元", "重大项目完成投资", "level"),
        Q("56.2%", 56.2, "%", "年度投资完成率", "share"),
        Q("14.5%", 14.5, "%", "工业投资增长", "growth", ind=IND_INV),
        Q("12.5%", 12.5, "%", "制造业投资增长", "growth"),
        Q("5.3%", 5.3, "%", "民间投资增长", "growth"),
        D("上半年", CY, "period"),
        Q("4.4%", 4.4, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("7.8%", 7.8, "%", "限上企业网上商品零售额增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 07 振文镇 (广东 湛江市 吴川市), town's 2016 gazetteer return
ZW = "2016"
PAGES["e27_07_zhenwen_20170715.txt"] = dict(
    pubdate="2017-07-15",
    pubnote="报送时间: 2017年7月15日 in the return's cover (www.gdwc.gov.cn, 吴川市's site, 振文镇's column)",
    area="振文镇", period=ZW,
    items=[
        C("2016年", "year inside the title (2016年年鉴)"),
        D("2016年", ZW, "year", rel=False, note="the return's year, under its title"),
        D("2017年7月15日", "2017-07-15", "day", rel=False),
        O("一、", "section marker (contents)"),
        O("(4)", "page number"),
        O("二、", "section marker (contents)"),
        O("(5)", "page number"),
        O("三、", "section marker (contents)"),
        O("(19)", "page number"),
        O("四、", "section marker (contents)"),
        O("(25)", "page number"),
        O("五、", "section marker (contents)"),
        O("(58)", "page number"),
        O("一、", "section marker"),
        Q("135558人", 135558, "人", "全镇总人口", "level"),
        Q("44587亩", 44587, "亩", "耕地总面积", "level"),
        Q("58.21平方公里", 58.21, "平方公里", "镇总面积", "level"),
        Q("16个", 16, "个", "管辖村委会", "level"),
        Q("1个", 1, "个", "管辖居委会", "level"),
        Q("204条", 204, "条", "自然村", "level"),
        D("目前", "2017-07-15", "now"),
        C("省道373线", "road number"),
        Q("九成以上", 90, "%", "耕地属于鉴江下游冲积平原", "share", q="at_least", note="九成 = 90%"),
        Q("三熟", 3, "熟", "农作物一年可熟次数", "level", borderline=True),
        C("万亩", "size class (万亩优质稻高产示范区)"),
        Q("95%以上", 95, "%", "良种覆盖率", "share", q="at_least"),
        C("五大", "named set (五大支柱产业)"),
        D("2016年", ZW, "year", rel=False),
        Q("11.9亿元", num("11.9亿"), "元", "工业产值", "level"),
        D("上年同期", "2015", "year"),
        Q("51.91%", 51.91, "%", "工业产值增长", "growth"),
        Q("11.41亿元", num("11.41亿"), "元", "规模以上工业企业产值", "level", ind=IND_OUT),
        D("上年", "2015", "year"),
        Q("3.415亿元", num("3.415亿"), "元", "规模以上工业企业产值增加", "difference", ind=IND_OUT),
        Q("42.7%", 42.7, "%", "规模以上工业企业产值增长", "growth", ind=IND_OUT),
    ],
)

# ---------------------------------------------------------------- 08 新疆维吾尔自治区, first half 2021 economy
XJ = "2021-01/2021-06"
XJ_AREA = "新疆维吾尔自治区"
PAGES["e27_08_xinjiang_20210730.txt"] = dict(
    pubdate="2021-07-30",
    pubnote="the metadata line 2021-07-30 09:11:05 (kept; news.cnstock.com, 中国证券网, reposting 新疆日报)",
    area=XJ_AREA, period=XJ,
    items=[
        D("上半年", XJ, "period", note="headline"),
        Q("9.9%", 9.9, "%", "生产总值增长", "growth", ind=GDP),
        D("2021-07-30 09:11:05", "2021-07-30", "day", rel=False, note="metadata line"),
        D("29日", "2021-07-29", "day"),
        C("十三五", "fixed term (five-year plan)"),
        C("2021年上半年", "period inside the name of a press conference"),
        D("上半年", XJ, "period"),
        Q("7328.90亿元", num("7328.90亿"), "元", "生产总值(GDP)", "level", ind=GDP),
        Q("9.9%", 9.9, "%", "生产总值增长", "growth", ind=GDP),
        D("上半年", XJ, "period"),
        C("十四五", "fixed term (five-year plan)"),
        D("上半年", XJ, "period"),
        Q("1137.74亿元", num("1137.74亿"), "元", "农林牧渔业总产值", "level"),
        D("上年同期", "2020-01/2020-06", "period"),
        Q("5.1%", 5.1, "%", "农林牧渔业总产值增长", "growth"),
        C("两年平均", "fixed statistical term (两年平均增速)"),
        Q("4.9%", 4.9, "%", "农林牧渔业总产值两年平均增长", "growth", note="two-year average growth"),
        D("2021年", "2021", "year", rel=False),
        Q("1708.95万亩", num("1708.95万"), "亩", "夏粮种植面积", "level", per="2021"),
        D("上年", "2020", "year"),
        Q("6.2%", 6.2, "%", "夏粮种植面积增长", "growth", per="2021"),
        Q("628.1万吨", num("628.1万"), "吨", "夏粮预计产量", "level", per="2021"),
        Q("7.7%", 7.7, "%", "夏粮产量增长", "growth", per="2021"),
        D("上年同期", "2020-01/2020-06", "period"),
        Q("11.4%", 11.4, "%", "规模以上工业企业增加值增长", "growth", ind=IND_VA),
        C("两年平均", "fixed statistical term (两年平均增速)"),
        Q("8.7%", 8.7, "%", "规模以上工业增加值两年平均增长", "growth", ind=IND_VA, note="two-year average growth"),
        D("1—5月", "2021-01/2021-05", "period"),
        Q("5357.80亿元", num("5357.80亿"), "元", "规模以上工业营业收入", "level", ind=IND_REV, per="2021-01/2021-05"),
        Q("30.6%", 30.6, "%", "规模以上工业营业收入增长", "growth", ind=IND_REV, per="2021-01/2021-05"),
        Q("715.09亿元", num("715.09亿"), "元", "规模以上工业利润", "level", per="2021-01/2021-05"),
        Q("2.2倍", 2.2, "倍", "规模以上工业利润增长", "multiple", per="2021-01/2021-05"),
        C("两年平均", "fixed statistical term (两年平均增速)"),
        Q("47.1%", 47.1, "%", "规模以上工业利润两年平均增长", "growth", per="2021-01/2021-05",
          note="two-year average growth"),
        Q("1609.8亿元", num("1609.8亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        D("上年同期", "2020-01/2020-06", "period"),
        Q("19.8%", 19.8, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        D("上半年", XJ, "period"),
        D("上年同期", "2020-01/2020-06", "period"),
        Q("44.1%", 44.1, "%", "限额以上批发零售企业网上商品销售增长", "growth"),
        Q("87.4%", 87.4, "%", "限额以上住宿业网上客房收入增长", "growth"),
        Q("35.0%", 35.0, "%", "限额以上餐饮业网上餐费收入增长", "growth"),
        D("上年同期", "2020-01/2020-06", "period"),
        Q("25.6%", 25.6, "%", "固定资产投资(不含农户)增长", "growth", ind=FAI),
        C("两年平均", "fixed statistical term (两年平均增速)"),
        Q("27.1%", 27.1, "%", "固定资产投资两年平均增长", "growth", ind=FAI, note="two-year average growth"),
        D("1—5月", "2021-01/2021-05", "period"),
        Q("1103.79亿元", num("1103.79亿"), "元", "规模以上服务业企业营业收入", "level", per="2021-01/2021-05"),
        D("上年同期", "2020-01/2020-05", "period"),
        Q("16.5%", 16.5, "%", "规模以上服务业企业营业收入增长", "growth", per="2021-01/2021-05"),
    ],
)

# ---------------------------------------------------------------- 09 大江镇 (广东 江门市 台山市), town government work report (2019 review, opening)
DJ = "2019"
DJ_DAY = "2020-05-09"
PAGES["e27_09_dajiang_20200509.txt"] = dict(
    pubdate=DJ_DAY,
    pubnote="the delivery date in the report's subtitle, 2020年5月9日 (xiaoxianw.com, a collector of town reports)",
    area="大江镇", period=DJ,
    items=[
        D("2020年5月9日", DJ_DAY, "day", rel=False, note="the report's subtitle"),
        O("第十七届", "congress term"),
        O("第十次", "session number"),
        D("现在", DJ_DAY, "now"),
        D("2019年", DJ, "year", rel=False, note="section heading"),
        D("2019年", DJ, "year", rel=False),
        O("70周年", "anniversary"),
        C("十三五", "fixed term (five-year plan)"),
        D("2019年", DJ, "year", rel=False),
        O("十九大", "party congress"),
        O("十九届", "party central committee term"),
        O("二中", "plenum"),
        O("三中", "plenum"),
        O("四中", "plenum"),
        C("两园一埠一商圈", "numeric slogan"),
        O("一、", "section marker"),
        D("2019年", DJ, "year", rel=False),
        D("全年", DJ, "year"),
        Q("13295.84万元", num("13295.84万"), "元", "一般财政预算收入", "level", ind=BUDGET),
        Q("11.98 %", 11.98, "%", "一般财政预算收入下降", "growth", ind=BUDGET, change=DOWN),
        Q("两个", 2, "个", "省级重点项目", "level", borderline=True, per=DJ_DAY),
        D("全年", DJ, "year"),
        Q("96.88亿元", num("96.88亿"), "元", "规上工业产值", "level", ind=IND_OUT),
        Q("4.5%", 4.5, "%", "工业增加值增长", "growth", ind=IND),
        Q("11.93亿元", num("11.93亿"), "元", "工业投资", "level", ind=IND_INV),
        Q("109.5%", 109.5, "%", "工业投资完成全年任务", "share", ind=IND_INV),
        Q("13.84亿元", num("13.84亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("20.5%", 20.5, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("454.2万美元", num("454.2万"), "美元", "实际利用外资", "level", ind=FDI),
        Q("100.8%", 100.8, "%", "实际利用外资完成全年任务", "share", ind=FDI),
        Q("3个", 3, "个", "新引进项目", "level"),
        Q("3个", 3, "个", "新开工项目", "level"),
        Q("102亩", 102, "亩", "盘活土地", "level"),
        Q("5760平方米", 5760, "平方米", "盘活厂房", "level"),
        Q("3.78亿元", num("3.78亿"), "元", "批发业销售额", "level"),
        Q("17%", 17, "%", "批发业销售额增长", "growth"),
        Q("9.69亿元", num("9.69亿"), "元", "外贸进出口", "level", ind=TRADE),
    ],
)
