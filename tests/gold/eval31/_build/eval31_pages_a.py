"""Annotations of pages 01-06 (沈阳市县域, 新平县, 双凫铺镇, 咸阳经开区, 尉犁县, 茶陵县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
STRUCT = "三次产业结构"
IND_VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
TAX = "税收收入"
GRAIN = "粮食产量"
INC_URBAN = "城镇居民人均可支配收入"
INC_RURAL = "农村居民人均可支配收入"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 沈阳市县域 (辽宁), the city statistics bureau's 前三季度 release
SY_DAY = "2023-11-09"
SY_Q3 = "2023-01/2023-09"
SY_H1 = "2023-01/2023-06"
SY = "沈阳市县域地区"
PAGES["e31_01_shenyang_20231109.txt"] = dict(
    pubdate=SY_DAY,
    pubnote="时间:2023年11月09日 in the metadata line (kept; tjj.shenyang.gov.cn, 沈阳市统计局)",
    area=SY, period=SY_Q3,
    items=[
        D("前三季度", SY_Q3, "period", note="headline"),
        D("2023年11月09日", SY_DAY, "day", rel=False, note="page metadata line (时间)"),
        D("今年以来", "2023", "period"),
        O("二十大", "party congress"),
        O("一、", "section marker"),
        D("前三季度", SY_Q3, "period"),
        Q("443.9亿元", num("443.9亿"), "元", "县域地区生产总值", "level", ind=GDP),
        Q("7.6%", 7.6, "%", "县域生产总值占全市比重", "share", ind=GDP),
        D("上半年", SY_H1, "period"),
        Q("0.2个百分点", 0.2, "百分点", "占全市比重比上半年提高", "points", ind=GDP),
        Q("3.7%", 3.7, "%", "县域生产总值同比增长", "growth", ind=GDP),
        D("上半年", SY_H1, "period"),
        Q("1.2个百分点", 1.2, "百分点", "增速比上半年提高", "points", ind=GDP),
        D("上半年", SY_H1, "period"),
        Q("1.8个百分点", 1.8, "百分点", "与全市增速差缩小", "points", ind=GDP),
        Q("87.4亿元", num("87.4亿"), "元", "康平县地区生产总值", "level", ind=GDP, area="康平县"),
        Q("1.3%", 1.3, "%", "康平县生产总值增长", "growth", ind=GDP, area="康平县"),
        Q("4.7个百分点", 4.7, "百分点", "康平县增速低于全市", "points", ind=GDP, area="康平县"),
        Q("144.7亿元", num("144.7亿"), "元", "法库县地区生产总值", "level", ind=GDP, area="法库县"),
        Q("1.9%", 1.9, "%", "法库县生产总值增长", "growth", ind=GDP, area="法库县"),
        Q("4.1个百分点", 4.1, "百分点", "法库县增速低于全市", "points", ind=GDP, area="法库县"),
        Q("211.8亿元", num("211.8亿"), "元", "新民市地区生产总值", "level", ind=GDP, area="新民市"),
        Q("6.0%", 6.0, "%", "新民市生产总值增长", "growth", ind=GDP, area="新民市"),
        D("前三季度", SY_Q3, "period"),
        O("第一产业", "industry ordinal"),
        Q("103.9亿元", num("103.9亿"), "元", "县域第一产业增加值", "level", ind=P1),
        Q("4.6%", 4.6, "%", "县域第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("108.4亿元", num("108.4亿"), "元", "县域第二产业增加值", "level", ind=P2),
        Q("1.7%", 1.7, "%", "县域第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("231.6亿元", num("231.6亿"), "元", "县域第三产业增加值", "level", ind=P3),
        Q("4.1%", 4.1, "%", "县域第三产业增加值增长", "growth", ind=P3),
        C("三次产业", "fixed term (三次产业)"),
        Q("23.4:24.452.2", 23.4, "", "县域三次产业占比", "share", ind=STRUCT,
          values=[23.4, 24.4, 52.2],
          note="ratio; value is the first part; the copy lost the second colon (23.4:24.4:52.2)"),
        O("二、", "section marker"),
        D("前三季度", SY_Q3, "period"),
        Q("219.4亿元", num("219.4亿"), "元", "县域农林牧渔业总产值", "level"),
        Q("4.5%", 4.5, "%", "县域农林牧渔业总产值可比增长", "growth"),
        Q("0.3个百分点", 0.3, "百分点", "农林牧渔业总产值增速高于全市", "points"),
        D("上半年", SY_H1, "period"),
        Q("0.5个百分点", 0.5, "百分点", "农林牧渔业增速比上半年提高", "points"),
        Q("12.5万吨", num("12.5万"), "吨", "县域猪肉产量", "level"),
        Q("44.5%", 44.5, "%", "猪肉产量增长", "growth"),
        Q("5.3万吨", num("5.3万"), "吨", "县域牛肉产量", "level"),
        Q("6.5", 6.5, "%", "牛肉产量下降", "growth", change=DOWN, implied=True,
          note="the copy drops the % and the semicolon (下降6.5羊肉产量…)"),
        Q("0.7万吨", num("0.7万"), "吨", "县域羊肉产量", "level"),
        Q("4.7%", 4.7, "%", "羊肉产量下降", "growth", change=DOWN),
        Q("6.6万吨", num("6.6万"), "吨", "县域禽肉产量", "level"),
        Q("8.4%", 8.4, "%", "禽肉产量增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 02 新平彝族傣族自治县 (玉溪市, 云南), the provincial department's reply to a deputy
XP_DAY = "2024-07-08"
XP = "新平彝族傣族自治县"
PAGES["e31_02_xinping_20240708.txt"] = dict(
    pubdate=XP_DAY,
    pubnote="2024-07-08 16:35:37 in the source line (kept; nync.yn.gov.cn, 云南省农业农村厅); the reply carries no other date",
    area=XP, period=XP_DAY,
    items=[
        O("十四届", "congress term"),
        O("二次会议", "session number"),
        C("第0195号", "number of the deputy's suggestion"),
        D("2024-07-08 16:35:37", "2024-07-08T16:35", "time", rel=False, note="page metadata line (来源 … time)"),
        C("第0195号", "number of the deputy's suggestion"),
        O("一、", "section marker"),
        O("十四届", "congress term"),
        O("二次会议", "session number"),
        C("云人办发〔2024〕16号", "document number"),
        D("3月14日", "2024-03-14", "day"),
        O("二、", "section marker"),
        D("截至目前", XP_DAY, "now", note="inside the deputy's quoted suggestion; resolved to the page's date"),
        Q("39个", 39, "个", "累计实施高标准农田建设项目", "level"),
        Q("28.97万亩", num("28.97万"), "亩", "高标准农田建设面积", "level"),
        C("2023年", "year inside a name (2023年增发国债项目)"),
        Q("5万亩", num("5万"), "亩", "2023年增发国债项目建设面积", "level"),
        Q("68.24万亩", num("68.24万"), "亩", "全县耕地面积", "level"),
        Q("42.45%", 42.45, "%", "高标准农田占耕地面积比重", "share"),
        O("一是", "list marker"),
        O("十八大", "party congress"),
        O("二是", "list marker"),
        D("2019年至2023年", "2019/2023", "range", rel=False),
        Q("17726.72万元", num("17726.72万"), "元", "下达农田建设资金", "level", per="2019/2023"),
        D("2019年", "2019", "year", rel=False),
        Q("2165.88万元", num("2165.88万"), "元", "2019年下达农田建设资金", "level", per="2019"),
        D("2020年", "2020", "year", rel=False),
        Q("2899.17万元", num("2899.17万"), "元", "2020年下达农田建设资金", "level", per="2020"),
        D("2021年", "2021", "year", rel=False),
        Q("3057.77万元", num("3057.77万"), "元", "2021年下达农田建设资金", "level", per="2021"),
        D("2022年", "2022", "year", rel=False),
        Q("6593.9万元", num("6593.9万"), "元", "2022年下达农田建设资金", "level", per="2022"),
        D("2023年", "2023", "year", rel=False),
        Q("3010万元", num("3010万"), "元", "2023年下达农田建设资金", "level", per="2023"),
    ],
)

# ---------------------------------------------------------------- 03 双凫铺镇 (宁乡市, 湖南), the city media centre on the town's economic work meeting
SF_DAY = "2021-03-15"
SF = "双凫铺镇"
PAGES["e31_03_shuangfupu_20210315.txt"] = dict(
    pubdate=SF_DAY,
    pubnote="the address's date content/2021/03/15 (wap.ningxiangnews.net, 宁乡市融媒体中心); no date line in the copy",
    area=SF, period="2020",
    items=[
        D("近日", None, "vague"),
        C("2021年", "year inside the meeting's name (2021年经济工作会议)"),
        D("2020年", "2020", "year", rel=False),
        Q("近10家", 10, "家", "成鞋及配套企业", "level", q="nearly", per=SF_DAY,
          note="现有: a stock, the page's date"),
        D("2021年上半年", "2021-01/2021-06", "period", rel=False),
        C("3个3", "numeric slogan (“3个3”项目)"),
        C("2020年度", "year inside the name of an award (2020年度烟叶收购奖)"),
        Q("超20万元", num("20万"), "元", "每个村(社区)集体经济收入", "level", q="more_than"),
        Q("超50万元", num("50万"), "元", "村集体经济收入档次", "level", q="more_than", borderline=True,
          note="a threshold defining a class of villages (超50万元的6个)"),
        Q("6个", 6, "个", "集体经济收入超50万元的村", "level"),
        Q("超100万元", num("100万"), "元", "村集体经济收入档次", "level", q="more_than", borderline=True,
          note="a threshold defining a class of villages (超100万元的2个)"),
        Q("2个", 2, "个", "集体经济收入超100万元的村", "level"),
        D("2020年", "2020", "year", rel=False),
        Q("1744万元", num("1744万"), "元", "地方一般公共预算收入", "level", ind=BUDGET),
        Q("111%", 111, "%", "一般公共预算收入完成年任务比例", "share", ind=BUDGET),
        Q("17%", 17, "%", "一般公共预算收入同比增长", "growth", ind=BUDGET),
        D("目前", SF_DAY, "now"),
        Q("2000亩", 2000, "亩", "粟江村油菜花面积", "level", per=SF_DAY, area="双凫铺镇粟江村"),
        D("2020年", "2020", "year", rel=False),
        C("万亩", "size class in a name (种植结构调整万亩示范区)"),
        C("千亩", "size class in a name (千亩糯谷种植基地)"),
    ],
)

# ---------------------------------------------------------------- 04 咸阳经济技术开发区 (陕西), 本报讯 of the city paper on a portal
XY_DAY = "2021-09-22"
XY = "咸阳经济技术开发区"
PAGES["e31_04_xianyangjkq_20210922.txt"] = dict(
    pubdate=XY_DAY,
    pubnote="咸阳日报 2021-09-22 08:11 in the copy's date line (kept; m.yybnet.net, a portal holding the city paper)",
    area=XY, period="2020",
    items=[
        D("2021-09-22 08:11", "2021-09-22T08:11", "time", rel=False, note="the copy's date line"),
        D("近日", None, "vague"),
        C("2020年度", "year inside the name of the assessment (2020年度综合发展水平考核)"),
        O("第5名", "rank"),
        C("2019年度", "year inside the name of the assessment (2019年度综合发展水平考核)"),
        Q("1个位次", 1, "个位次", "考核排名较2019年度前进", "difference", borderline=True,
          note="a move in rank, arguably not an indicator"),
        C("2018年度", "year inside the name of the assessment (2018年度综合发展水平考核)"),
        Q("7个位次", 7, "个位次", "考核排名较2018年度跃升", "difference", borderline=True,
          note="a move in rank, arguably not an indicator"),
        Q("两年", 2, "年", "排名连续进位的年数", "level", borderline=True, per="2019/2020",
          note="a duration (连续两年)"),
        Q("6大类", 6, "大类", "考核评价指标大类", "level", borderline=True,
          note="the size of the assessment's scheme"),
        Q("41项", 41, "项", "考核评价指标", "level", borderline=True,
          note="the size of the assessment's scheme"),
        D("2020年", "2020", "year", rel=False),
        D("全年", "2020", "year"),
        Q("20个", 20, "个", "签约项目", "level"),
        Q("476.24亿元", num("476.24亿"), "元", "签约项目总投资", "level"),
        Q("44个", 44, "个", "重点项目", "level"),
        Q("88.72亿元", num("88.72亿"), "元", "重点项目完成年度投资", "level"),
        Q("110.64亿元", num("110.64亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("6.9%", 6.9, "%", "地区生产总值同比增长", "growth", ind=GDP),
        D("下一步", None, "vague"),
        C("⑩", "the paper's editor mark after the article ((B)⑩)"),
    ],
)

# ---------------------------------------------------------------- 05 尉犁县 (巴音郭楞州, 新疆), the county's government work report of 2025 (the 2024 review)
YL_DAY = "2025-01-06"
YL = "2024"
PAGES["e31_05_yuli_20250106.txt"] = dict(
    pubdate=YL_DAY,
    pubnote="no posting date in the copy (www.yuli.gov.cn, 尉犁县人民政府; address month 202501); the delivery day 2025年1月6日 from the subtitle (kept)",
    area="尉犁县", period=YL,
    items=[
        O("第十八届", "congress term"),
        O("第五次", "session number"),
        D("2025年1月6日", YL_DAY, "day", rel=False, note="delivery date (subtitle)"),
        D("现在", YL_DAY, "now", note="the report's delivery day"),
        D("2024年", YL, "year", rel=False, note="section heading (2024年工作回顾)"),
        D("2024年", YL, "year", rel=False),
        O("75周年", "anniversary"),
        C("十四五", "fixed term (十四五 plan)"),
        O("二十大", "party congress"),
        O("二十届", "party central committee term"),
        O("二中", "plenary session (二中全会)"),
        O("三中", "plenary session (三中全会)"),
        O("十届", "party committee term (自治区党委十届)"),
        O("十一届", "party committee term (自治州党委十一届)"),
        O("十三届", "party committee term (县委十三届)"),
        D("全年", YL, "year"),
        Q("90.82亿元", num("90.82亿"), "元", "地区生产总值", "level", ind=GDP,
          note="预计完成 in a report on a year that has ended: an early estimate, not a target"),
        Q("8%", 8, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("34亿元", num("34亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("28.3%", 28.3, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("2.69亿元", num("2.69亿"), "元", "规模以上工业增加值", "level", ind=IND_VA),
        Q("31.92%", 31.92, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        Q("2.82亿元", num("2.82亿"), "元", "一般公共财政预算收入", "level", ind=BUDGET),
        Q("20.1%", 20.1, "%", "一般公共财政预算收入增长", "growth", ind=BUDGET),
        Q("5.88亿元", num("5.88亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("3%", 3, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("39047元", 39047, "元", "城镇居民人均可支配收入", "level", ind=INC_URBAN),
        Q("25479元", 25479, "元", "农村居民人均可支配收入", "level", ind=INC_RURAL),
        Q("7.5%", 7.5, "%", "城镇居民人均可支配收入增长", "growth", ind=INC_URBAN),
        Q("8%", 8, "%", "农村居民人均可支配收入增长", "growth", ind=INC_RURAL),
        D("一年来", YL, "year", note="in a work report 一年来 is the reporting year"),
        O("(一)", "section marker"),
        O("一是", "list marker"),
        Q("6098亩", 6098, "亩", "新增耕地", "level"),
        Q("12万亩以上", num("12万"), "亩", "粮食种植面积", "level", q="at_least"),
        Q("6.4万吨", num("6.4万"), "吨", "粮食总产", "level", ind=GRAIN),
        Q("1.7万亩", num("1.7万"), "亩", "改造提升高标准农田", "level"),
        Q("114.5万亩", num("114.5万"), "亩", "棉花种植面积", "level"),
        Q("18.85万亩", num("18.85万"), "亩", "良繁田", "level"),
        Q("55.6万吨", num("55.6万"), "吨", "收购棉花", "level"),
        Q("181.3公斤", 181.3, "公斤", "皮棉亩均单产", "level"),
        Q("3.8%", 3.8, "%", "皮棉亩均单产同比增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 06 茶陵县 (株洲市, 湖南), a provincial portal's county station on the meeting of 4月17日
CL_DAY = "2015-04-17"
CL_Q1 = "2015-01/2015-03"
PAGES["e31_06_chaling_20150417.txt"] = dict(
    pubdate=CL_DAY,
    pubnote="the dateline 红网茶陵站4月17日讯 and the address's date 2015/04/17 (hn.rednet.cn, 红网's 茶陵 station)",
    area="茶陵县", period=CL_Q1,
    items=[
        D("4月17日", CL_DAY, "day", note="dateline"),
        D("4月17日", CL_DAY, "day"),
        C("2015年一季度", "period inside the meeting's name (2015年一季度经济形势分析会议)"),
        D("一季度", CL_Q1, "period"),
        D("一季度", CL_Q1, "period"),
        D("一季度", CL_Q1, "period"),
        C("三联三包", "numeric slogan"),
        C("三联三包", "numeric slogan"),
        D("1-3月份", CL_Q1, "period"),
        Q("31753万元", num("31753万"), "元", "公共财政收入", "level", ind=BUDGET),
        D("去年同期", "2014-01/2014-03", "period"),
        Q("3.5%", 3.5, "%", "公共财政收入增长", "growth", ind=BUDGET),
        D("首季", CL_Q1, "period"),
        Q("17681万元", num("17681万"), "元", "税收收入", "level", ind=TAX),
        D("去年同期", "2014-01/2014-03", "period"),
        Q("6.2%", 6.2, "%", "税收收入增长", "growth", ind=TAX),
        Q("55.7%", 55.7, "%", "税收占财政总收入比重", "share", ind=TAX),
        C("南五县市", "fixed term (南五县市)"),
        Q("7.7%", 7.7, "%", "税比高于南五县市平均", "difference",
          note="a gap between two shares, written with %"),
        O("第一", "rank"),
        Q("2727.3万元", num("2727.3万"), "元", "乡镇(街道)财税收入", "level"),
        Q("1622.8万元", num("1622.8万"), "元", "开发区税收", "level"),
        Q("268.8万元", num("268.8万"), "元", "龙下工业园税收", "level"),
        D("一季度", CL_Q1, "period"),
        Q("60%", 60, "%", "县重点项目开工率", "share"),
        Q("65%", 65, "%", "产业培育项目开工率", "share"),
        D("当前", CL_DAY, "now"),
        D("下阶段", None, "vague"),
        D("全年", "2015", "year"),
        O("第一要务", "rank word in a fixed phrase (稳增长第一要务)"),
        O("第一要务", "rank word in a fixed phrase (抓落实第一要务)"),
        C("三联三包", "numeric slogan"),
    ],
)
