"""Annotations of pages 01-05 (云龙县, 河口县, 白城经开区, 王场镇, 襄城县), in document order, by reading only."""
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
BUDGET = "一般公共预算收入"
TAX = "税收收入"
CPI = "居民消费价格"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 云龙县 (云南 大理州)
YL = "2025"
PAGES["e25_01_yunlong_20260119.txt"] = dict(
    pubdate="2026-01-19",
    pubnote="the address's date (dalidaily.com/xs/ylx/2026/0119/…, 大理日报's county channel); the copy has no date line",
    area="云龙县", period=YL,
    items=[
        D("2025年", YL, "year", rel=False),
        C("一区一县", "numeric slogan (发展定位)"),
        C("2025年", "year inside the title of a plan (《云龙县2025年项目攻坚行动方案》)"),
        D("全年", YL, "year"),
        Q("86个", 86, "个", "在建在库项目", "level"),
        Q("36个", 36, "个", "新入库项目", "level"),
        Q("34.02亿元", num("34.02亿"), "元", "项目完成投资", "level"),
        Q("约3.8亿元", num("3.8亿"), "元", "争取到中央预算内等各类资金", "level", q="approx"),
        Q("156个", 156, "个", "建成充电桩", "level"),
        O("首位", "rank (均居全州首位)"),
        Q("55万千瓦", num("55万"), "千瓦", "纳入省级清单的光伏发电项目总装机", "level"),
        Q("10个", 10, "个", "纳入省级清单的光伏发电项目", "level"),
        Q("6个", 6, "个", "完成竞配的集中式光伏项目", "level"),
        O("二期", "project phase (漕涧梁子(二期)风电场)"),
        C("500千伏", "voltage class in a project's name (500千伏长新输变电工程)"),
        Q("243万千瓦", num("243万"), "千瓦", "全县水电装机容量", "level"),
        Q("5家", 5, "家", "省级产业园区招引企业", "level"),
        O("首个", "first-of-kind word (全国首个)"),
        C("万头", "size in a farm's name (漕涧万头奶牛牧场)"),
        Q("4.94万亩", num("4.94万"), "亩", "烤烟种植面积", "level"),
        Q("超2.22亿元", num("2.22亿"), "元", "烟农收入", "level", q="more_than"),
        Q("4900万元", num("4900万"), "元", "烟叶税", "level", q="more_than", note="突破 sets the qualifier"),
        Q("3.5万亩", num("3.5万"), "亩", "白芸豆种植面积", "level"),
        O("一期", "project phase"),
        O("首条", "first-of-kind word (全国首条)"),
    ],
)

# ---------------------------------------------------------------- 02 河口瑶族自治县 (云南 红河州), reply to a deputy's proposal
HK_LETTER = "2018-07-17"
PAGES["e25_02_hekou_20190118.txt"] = dict(
    pubdate="2019-01-18",
    pubnote="发布日期 2019-01-18 in the metadata line (hhhk.gov.cn, 河口县's site); the letter itself is dated 2018717 (2018-07-17)",
    area="河口瑶族自治县", period=HK_LETTER,
    items=[
        O("第十四届", "term of the county people's congress (headline)"),
        O("第二次", "session number (headline)"),
        O("第74号", "proposal number (headline)"),
        D("2019-01-18", "2019-01-18", "day", rel=False, note="发布日期 in the metadata line"),
        O("十四届", "term of the county people's congress"),
        O("第2次", "session number"),
        O("第74号", "proposal number"),
        D("现在", HK_LETTER, "now", note="现在的新校址: as of the letter"),
        Q("42亩", 42, "亩", "新校址拟新征地", "level", target=True),
        Q("一所", 1, "所", "新建寄宿制学校", "level", target=True, borderline=True),
        Q("18个", 18, "个", "新校规模教学班", "level", target=True),
        Q("810人", 810, "人", "新校规模在校生", "level", target=True),
        Q("18392平方米", 18392, "平方米", "新校建筑面积", "level", target=True),
        Q("7500万元", num("7500万"), "元", "新校估算投资", "level", target=True),
        D("目前", HK_LETTER, "now"),
        D("2018717", HK_LETTER, "day", rel=False, note="the letter's date, printed without separators"),
    ],
)

# ---------------------------------------------------------------- 03 白城经济开发区 (吉林 白城市), a development zone
BC_DAY = "2015-06-01"
BC_Q1 = "2015-01/2015-03"
BC_APR = "2015-04"
PAGES["e25_03_baicheng_20150601.txt"] = dict(
    pubdate=BC_DAY,
    pubnote="the address's date (bcrbszb.bcxww.com/old/html/2015-06/01/…, 白城日报's e-paper)",
    area="白城经济开发区", period=BC_Q1,
    items=[
        D("年初以来", "2015", "period"),
        D("今年一季度", BC_Q1, "period"),
        Q("9.09亿元", num("9.09亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("15%", 15, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("16.7亿元", num("16.7亿"), "元", "规上工业总产值", "level", ind=IND_OUT),
        Q("10.1%", 10.1, "%", "规上工业总产值增长", "growth", ind=IND_OUT),
        Q("4.34亿元", num("4.34亿"), "元", "规模工业增加值", "level", ind=IND_VA),
        Q("8.1%", 8.1, "%", "规模工业增加值增长", "growth", ind=IND_VA),
        Q("0.45亿元", num("0.45亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("7%", 7, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("1.92亿元", num("1.92亿"), "元", "全口径财政收入", "level"),
        Q("22%", 22, "%", "全口径财政收入增长", "growth"),
        Q("0.67亿元", num("0.67亿"), "元", "地方级财政收入", "level", ind=BUDGET,
          note="地方级财政收入: the local general budget revenue"),
        Q("8%", 8, "%", "地方级财政收入增长", "growth", ind=BUDGET),
        D("一季度", BC_Q1, "period"),
        Q("17.3亿元", num("17.3亿"), "元", "全口径招商引资", "level"),
        Q("19个", 19, "个", "新建项目", "level"),
        Q("6.2亿元", num("6.2亿"), "元", "新建项目到位资金", "level"),
        Q("12个", 12, "个", "续建项目", "level"),
        Q("11.1亿元", num("11.1亿"), "元", "续建项目到位资金", "level"),
        Q("4个", 4, "个", "纳入省调度系统新续建项目", "level"),
        Q("9.8亿元", num("9.8亿"), "元", "纳入省调度系统项目到位资金", "level"),
        D("截止到4月末", BC_APR, "month"),
        Q("23个", 23, "个", "签约、协议、意向项目累计", "level", per=BC_APR),
        Q("285.75亿元", num("285.75亿"), "元", "协议资金额", "level", per=BC_APR),
        Q("11个", 11, "个", "签约项目", "level", per=BC_APR),
        Q("32.24亿元", num("32.24亿"), "元", "签约项目引资额", "level", per=BC_APR),
        Q("2个", 2, "个", "协议项目", "level", per=BC_APR),
        Q("0.6亿元", num("0.6亿"), "元", "协议项目引资额", "level", per=BC_APR),
        Q("10个", 10, "个", "意向项目", "level", per=BC_APR),
        Q("251.9亿元", num("251.9亿"), "元", "意向项目引资额", "level", per=BC_APR),
        D("今年", "2015", "year"),
        C("3000万元以上", "size class (3000万元以上签约项目)"),
        Q("10个", 10, "个", "新增签约项目目标", "level", per="2015", target=True),
        Q("40个", 40, "个", "洽谈项目目标", "level", per="2015", target=True),
        Q("120个", 120, "个", "储备项目目标", "level", per="2015", target=True),
        Q("三个", 3, "个", "主导产业", "level", per=BC_DAY, borderline=True),
        O("四版", "page number (下转四版)"),
    ],
)

# ---------------------------------------------------------------- 04 王场镇 (湖北 潜江市), a town
WC_DAY = "2017-03-03"
WC = "2016"
PAGES["e25_04_wangchang_20170303.txt"] = dict(
    pubdate=WC_DAY,
    pubnote="the date line 03-03 09:54 (m-qianjiang.cjyun.org, 云上潜江, the city's media); its year 2017 is read from the text (2016年 is 过去的一年)",
    area="王场镇", period=WC,
    items=[
        D("03-03 09:54", "2017-03-03T09:54", "time", note="the date line, without a year"),
        D("3月1日", "2017-03-01", "day"),
        D("过去的一年", WC, "year"),
        C("十强", "numeric slogan (缩差争先、拼劲十强)"),
        D("2016年", WC, "year", rel=False),
        Q("40.54亿元", num("40.54亿"), "元", "工业总产值", "level"),
        Q("8.91亿元", num("8.91亿"), "元", "工业增加值", "level", ind=IND),
        Q("19.39%", 19.39, "%", "工业总产值增长", "growth"),
        Q("23.61%", 23.61, "%", "工业增加值增长", "growth", ind=IND),
        Q("23.27亿元", num("23.27亿"), "元", "招商引资到位资金", "level"),
        O("第一", "rank (居全市第一)"),
        Q("4138.25万元", num("4138.25万"), "元", "完成税收", "level", ind=TAX),
        O("第一", "rank (增幅居全市第一)"),
        D("今年", "2017", "year"),
        C("三大主题", "numeric slogan"),
        C("五年规划", "fixed term (镇域发展五年规划)"),
    ],
)

# ---------------------------------------------------------------- 05 襄城县 (河南 许昌市), statistical bulletin for 2020
XC = "2020"
PAGES["e25_05_xiangcheng_20210401.txt"] = dict(
    pubdate="2021-04-01",
    pubnote="the bulletin's date line says 2021年4月 only (qinglite.cn, a document portal's copy); the first of the month stands for it",
    area="襄城县", period=XC,
    items=[
        C("2020年", "year inside the bulletin's title"),
        C("2020", "year printed after the title (a tag of the copy)"),
        D("2021年4月", "2021-04", "month", rel=False, note="the bulletin's release line"),
        D("2020年", XC, "year", rel=False),
        O("十九大", "party congress"),
        O("十九届二中、三中、四中、五中全会", "party plenums"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        O("一、", "section marker"),
        D("全年", XC, "year"),
        Q("463.9亿元", num("463.9亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("2.7%", 2.7, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("43亿元", num("43亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("2.4%", 2.4, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("195.1亿元", num("195.1亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("4.6%", 4.6, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("225.8亿元", num("225.8亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("0.9%", 0.9, "%", "第三产业增加值增长", "growth", ind=P3),
        C("三次产业", "fixed term"),
        Q("9.2:42.1:48.7", 9.2, "", "三次产业的比重", "share", ind=STRUCT, values=[9.2, 42.1, 48.7]),
        D("全年", XC, "year"),
        Q("2.7%", 2.7, "%", "居民消费价格总指数上涨", "growth", ind=CPI),
        C("五升三降", "numeric slogan (格局)"),
        Q("7.5%", 7.5, "%", "食品烟酒类价格上涨", "growth"),
        Q("0.3%", 0.3, "%", "居住类价格上涨", "growth"),
        Q("2.8%", 2.8, "%", "教育文化和娱乐类价格上涨", "growth"),
        Q("5.9%", 5.9, "%", "医疗保健价格上涨", "growth"),
        Q("10.6%", 10.6, "%", "其他用品和服务类价格上涨", "growth"),
        Q("4.0%", 4.0, "%", "交通和通信类价格下降", "growth", change=DOWN),
        Q("5.3%", 5.3, "%", "衣着类价格下降", "growth", change=DOWN),
        Q("0.4%", 0.4, "%", "生活用品及服务类价格下降", "growth", change=DOWN),
        O("表1", "table number"),
        C("2020年", "year inside the table's title"),
        C("100", "index base in the column header (上年同期=100)"),
        Q("102.7", 102.7, "", "居民消费价格总指数(表)", "level", ind=CPI,
          note="table cell: an index on 上年同期=100, no unit"),
        O("一、", "list marker in the table"),
        Q("107.5", 107.5, "", "食品烟酒价格指数(表)", "level", note="table cell: an index on 上年同期=100"),
        Q("95.9", 95.9, "", "粮食价格指数(表)", "level"),
        Q("108.9", 108.9, "", "鲜菜价格指数(表)", "level"),
        Q("139.2", 139.2, "", "畜肉价格指数(表)", "level"),
        Q("102.5", 102.5, "", "水产品价格指数(表)", "level"),
        Q("85.8", 85.8, "", "蛋价格指数(表)", "level"),
        Q("81.9", 81.9, "", "鲜果价格指数(表)", "level"),
        O("二、", "list marker in the table"),
        Q("94.7", 94.7, "", "衣着价格指数(表)", "level"),
        O("三、", "list marker in the table"),
        Q("100.3", 100.3, "", "居住价格指数(表)", "level"),
        O("四、", "list marker in the table"),
        Q("99.6", 99.6, "", "生活用品及服务价格指数(表)", "level"),
        O("五、", "list marker in the table"),
        Q("96.0", 96.0, "", "交通和通信价格指数(表)", "level"),
        O("六、", "list marker in the table"),
        Q("102.8", 102.8, "", "教育文化和娱乐价格指数(表)", "level"),
        O("七、", "list marker in the table"),
        Q("105.9", 105.9, "", "医疗保健价格指数(表)", "level"),
        O("八、", "list marker in the table"),
        Q("110.6", 110.6, "", "其他用品和服务价格指数(表)", "level"),
        O("二、", "section marker"),
        D("全年", XC, "year"),
        Q("135.96万亩", num("135.96万"), "亩", "粮食种植面积", "level"),
        Q("0.46万亩", num("0.46万"), "亩", "粮食种植面积比上年增加", "difference"),
        Q("67.63万亩", num("67.63万"), "亩", "夏粮种植面积", "level"),
        Q("68.33万亩", num("68.33万"), "亩", "秋粮种植面积", "level"),
        Q("0.46万亩", num("0.46万"), "亩", "秋粮种植面积比上年增加", "difference"),
    ],
)
