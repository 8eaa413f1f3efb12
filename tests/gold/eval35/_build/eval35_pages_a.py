"""Annotations of pages 01-05 (石嘴山市, 湟源县, 镇赉县, 荣昌区, 洪山镇), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PER_GDP = "人均地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND_VA = "规模以上工业增加值"
IND_REV = "规模以上工业营业收入"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
RESIDENT = "常住人口"
HUKOU = "户籍人口"
NEW_JOBS = "城镇新增就业"
GRAIN = "粮食产量"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
DOWN = "decrease"
CUT = "the store breaks off in this sentence; the figures before the cut are read as stored"

PAGES = {}

# ---------------------------------------------------------------- 01 石嘴山市 (宁夏), 人民网's story on the city congress's opening (今天上午 = 12月28日), with the 2022 预期目标
SZS_DAY = "2021-12-28"
SZS = "石嘴山市"
PAGES["e35_01_shizuishan_20211228.txt"] = dict(
    pubdate=SZS_DAY,
    pubnote="dateline 人民网银川12月28日电 and the address's 2021/1228 (nx.people.com.cn, 人民网宁夏频道)",
    area=SZS, period="2022",
    items=[
        O("第十五届", "congress term"),
        O("第一次会议", "session number"),
        D("12月28日", SZS_DAY, "day", note="the dateline"),
        D("今天上午", SZS_DAY, "day"),
        O("第十五届", "congress term"),
        O("第一次会议", "session number"),
        Q("267人", 267, "人", "应到代表", "level", per=SZS_DAY),
        Q("242人", 242, "人", "实到代表", "level", per=SZS_DAY),
        D("过去的五年", "2017/2021", "range"),
        D("五年", "2017/2021", "range", note="the same five years (极不平凡的五年)"),
        D("今后五年", "2022/2026", "range"),
        C("三条生命线", "numeric slogan"),
        D("2022年", "2022", "year", rel=False),
        C("十四五", "fixed term (the 14th five-year plan)"),
        D("五年", "2022/2026", "range", note="the coming five years (着眼五年)"),
        D("当前", SZS_DAY, "now", note="立足当前"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        D("2022年", "2022", "year", rel=False),
        Q("7%", 7, "%", "地区生产总值增长(预期目标)", "growth", ind=GDP, target=True),
        Q("8%以上", 8, "%", "固定资产投资增长(预期目标)", "growth", q="at_least", ind=FAI, target=True),
        Q("7%左右", 7, "%", "一般公共预算收入增长(预期目标)", "growth", q="approx", ind=BUDGET, target=True),
        Q("7.5%", 7.5, "%", "城镇居民人均可支配收入增长(预期目标)", "growth", ind=URBAN_INC, target=True),
        Q("8.5%", 8.5, "%", "农村居民人均可支配收入增长(预期目标)", "growth", ind=RURAL_INC, target=True,
          note=CUT),
    ],
)

# ---------------------------------------------------------------- 02 湟源县 (青海), 西宁晚报 on the county congress's opening (2月27日上午), with the 2024 预期目标
HY_DAY = "2024-02-28"
HY_EVENT = "2024-02-27"
HY = "湟源县"
PAGES["e35_02_huangyuan_20240228.txt"] = dict(
    pubdate=HY_DAY,
    pubnote="日期:2024-02-28 in the page's date line (kept; zhdj.xndjw.gov.cn, 来源 西宁晚报)",
    area=HY, period="2024",
    items=[
        O("十九届", "congress term"),
        O("四次会议", "session number"),
        D("2024-02-28", HY_DAY, "day", rel=False, note="the page's date line"),
        D("2月27日上午", HY_EVENT, "day"),
        O("第十九届", "congress term"),
        O("第四次会议", "session number"),
        Q("三个部分", 3, "个", "政府工作报告的部分", "level", per=HY_EVENT, borderline=True,
          note="the report's parts"),
        O("一是", "list marker"),
        D("2023年", "2023", "year", rel=False),
        O("二是", "list marker"),
        D("2024年", "2024", "year", rel=False),
        O("三是", "list marker"),
        D("2023年", "2023", "year", rel=False),
        O("十九届", "congress term"),
        O("三次会议", "session number"),
        D("今年", "2024", "year"),
        O("75周年", "anniversary"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        C("四个抓落实", "numeric slogan"),
        C("四地", "numeric slogan (产业“四地”)"),
        D("今年", "2024", "year"),
        Q("5.5%左右", 5.5, "%", "地区生产总值增长(预期目标)", "growth", q="approx", ind=GDP, target=True),
        Q("1000人以上", 1000, "人", "城镇新增就业(预期目标)", "level", q="at_least", ind=NEW_JOBS, target=True),
        Q("5万人次以上", num("5万"), "人次", "农村劳动力转移就业(预期目标)", "level", q="at_least", target=True),
        Q("2.4万吨以上", num("2.4万"), "吨", "粮食总产量(预期目标)", "level", q="at_least", ind=GRAIN, target=True),
        C("Ⅱ类", "grade (water-quality class II)"),
    ],
)

# ---------------------------------------------------------------- 03 镇赉县 (吉林), the county's 2022 plan-execution report (delivered 2022-12-23), on the county's site
ZL_DAY = "2023-02-08"
ZL_REPORT = "2022-12-23"
ZL = "镇赉县"
EST = "预计全年 in a report of 2022-12-23: an early estimate of the year's outcome, not a target"
PAGES["e35_03_zhenlai_20230208.txt"] = dict(
    pubdate=ZL_DAY,
    pubnote="发布时间:2023-02-08 07:34:00 in the page's date line (kept; www.jlzhenlai.gov.cn, 镇赉县人民政府's site)",
    area=ZL, period="2022",
    items=[
        D("2023-02-08 07:34:00", "2023-02-08T07:34", "time", rel=False, note="the page's date line"),
        C("2022年", "year inside the report's title"),
        C("2023年", "year inside the report's title"),
        D("2022年12月23日", ZL_REPORT, "day", rel=False, note="the report's subtitle"),
        O("第十九届", "congress term"),
        O("第二次会议", "session number"),
        D("现在", ZL_REPORT, "now"),
        C("2022年", "year inside the report's name (2022年国民经济和社会发展计划)"),
        C("2023年", "year inside the plan's name (2023年计划安排草案)"),
        O("一、", "section marker"),
        D("2022年", "2022", "year", rel=False, note="section heading"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        C("三双一旅", "numeric slogan"),
        C("两大", "numeric phrase (两大“百日攻坚”行动)"),
        C("百日", "numeric term in a campaign name (百日攻坚)"),
        D("全年", "2022", "year"),
        Q("2.5%", 2.5, "%", "地区生产总值同比增长(预计)", "growth", ind=GDP, note=EST),
        Q("10%", 10, "%", "固定资产投资同比增长(预计)", "growth", ind=FAI),
        Q("3.4%", 3.4, "%", "规上工业增加值下降(预计)", "growth", ind=IND_VA, change=DOWN),
        Q("5%", 5, "%", "社会消费品零售总额增长(预计)", "growth", ind=RETAIL),
        Q("50%", 50, "%", "地方级财政收入下降(预计)", "growth", ind=BUDGET, change=DOWN,
          note="地方级财政收入, as earlier sets read 地方财政收入: the 一般公共预算收入"),
        Q("6%", 6, "%", "城镇居民人均可支配收入同比增长(预计)", "growth", ind=URBAN_INC),
        Q("9.5%", 9.5, "%", "农村居民人均可支配收入同比增长(预计)", "growth", ind=RURAL_INC),
        O("(一)", "list marker"),
        C("三次产业", "fixed term"),
        C("十四连丰", "numeric slogan (fourteen good harvests in a row)"),
        Q("23.5万亩", num("23.5万"), "亩", "建成高标准农田", "level"),
        Q("118.8万亩", num("118.8万"), "亩", "实施保护性耕作", "level"),
        Q("53.15万亩", num("53.15万"), "亩", "深松整地", "level"),
        Q("11.0万头", num("11.0万"), "头", "肉牛", "level"),
        Q("2.1万头", num("2.1万"), "头", "奶牛存栏", "level"),
        Q("51.0万只", num("51.0万"), "只", "羊", "level"),
        Q("2.2万匹", num("2.2万"), "匹", "马驴骡", "level"),
        Q("196.8万羽", num("196.8万"), "羽", "家禽", "level"),
        Q("2.0万吨", num("2.0万"), "吨", "肉总产量", "level"),
        Q("0.55万吨", num("0.55万"), "吨", "蛋总产量", "level"),
        Q("7.9万吨", num("7.9万"), "吨", "奶总产量", "level"),
        Q("13.2万头", num("13.2万"), "头", "生猪", "level"),
    ],
)

# ---------------------------------------------------------------- 04 荣昌区 (重庆), the district's 2021 statistical bulletin (opening), on the district's site
RC_DAY = "2022-03-22"
RC = "重庆市荣昌区"
RC_END = "2021-12"
PAGES["e35_04_rongchang_20220322.txt"] = dict(
    pubdate=RC_DAY,
    pubnote="日期:2022-03-22 under the title (kept; www.rongchang.gov.cn, 荣昌区统计局's bulletin on the district's site)",
    area=RC, period="2021",
    items=[
        C("2021年", "year inside the bulletin's title"),
        D("2022-03-22", RC_DAY, "day", rel=False, note="the page's date line"),
        C("2021年", "year inside the bulletin's title"),
        D("2022年3月14日", "2022-03-14", "day", rel=False, note="the bulletin's date line"),
        D("2021年", "2021", "year", rel=False),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        O("一、", "section marker"),
        D("全年", "2021", "year"),
        Q("8134660万元", num("8134660万"), "元", "地区生产总值", "level", ind=GDP),
        D("上年", "2020", "year", note="added after the first run: a gold omission (比上年增长9.4%)"),
        Q("9.4%", 9.4, "%", "地区生产总值比上年增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("662812万元", num("662812万"), "元", "第一产业增加值", "level", ind=P1),
        Q("8.8 %", 8.8, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("4498274万元", num("4498274万"), "元", "第二产业增加值", "level", ind=P2),
        Q("9.8%", 9.8, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("2973574万元", num("2973574万"), "元", "第三产业增加值", "level", ind=P3),
        Q("9.0%", 9.0, "%", "第三产业增加值增长", "growth", ind=P3),
        O("第一产业", "industry ordinal"),
        Q("8.1%", 8.1, "%", "第一产业增加值占地区生产总值比重", "share"),
        D("上年", "2020", "year"),
        Q("0.9个百分点", 0.9, "百分点", "第一产业比重比上年下降", "points", change=DOWN),
        O("第二产业", "industry ordinal"),
        Q("55.3%", 55.3, "%", "第二产业增加值比重", "share"),
        D("上年", "2020", "year"),
        Q("0.4个百分点", 0.4, "百分点", "第二产业比重比上年提高", "points"),
        O("第三产业", "industry ordinal"),
        Q("36.6%", 36.6, "%", "第三产业增加值比重", "share"),
        D("上年", "2020", "year"),
        Q("0.5个百分点", 0.5, "百分点", "第三产业比重比上年提高", "points"),
        D("2021年", "2021", "year", rel=False),
        Q("121485元", 121485, "元", "人均生产总值", "level", ind=PER_GDP),
        D("上年", "2020", "year"),
        Q("9.3%", 9.3, "%", "人均生产总值比上年增长", "growth", ind=PER_GDP),
        D("年末", RC_END, "period"),
        Q("67.00万人", num("67.00万"), "人", "年末常住人口", "level", ind=RESIDENT, per=RC_END),
        D("上年", "2020", "year"),
        Q("0.08万人", num("0.08万"), "人", "常住人口比上年增加", "difference", ind=RESIDENT, per=RC_END),
        Q("40.76万人", num("40.76万"), "人", "城镇人口(常住)", "level", per=RC_END),
        Q("0.69万人", num("0.69万"), "人", "城镇人口增加", "difference", per=RC_END),
        Q("60.84%", 60.84, "%", "城镇化率", "share", per=RC_END),
        D("上年", "2020", "year"),
        Q("0.96个百分点", 0.96, "百分点", "城镇化率比上年提高", "points", per=RC_END),
        D("年末", RC_END, "period"),
        Q("843484人", 843484, "人", "年末户籍人口", "level", ind=HUKOU, per=RC_END),
        D("上年", "2020", "year"),
        Q("3584人", 3584, "人", "户籍人口比上年减少", "difference", ind=HUKOU, change=DOWN, per=RC_END),
        Q("426758人", 426758, "人", "户籍城镇人口", "level", per=RC_END, note=CUT),
    ],
)

# ---------------------------------------------------------------- 05 洪山镇 (山东 淄博市淄川区, town), 大众日报's 本报淄博讯11月24日 on a press tour to the town, on a portal
HS_DAY = "2017-11-30"
HS = "洪山镇"
HS_9M = "2017-01/2017-09"
PAGES["e35_05_hongshan_20171130.txt"] = dict(
    pubdate=HS_DAY,
    pubnote="大众日报 2017-11-30 02:35 under the headline (kept; m.yybnet.net, a portal reposting 大众日报)",
    area=HS, period=HS_9M,
    items=[
        D("2017-11-30 02:35", "2017-11-30T02:35", "time", rel=False, note="the page's date line"),
        D("11月24日", "2017-11-24", "day", note="the dateline's event day (本报淄博讯11月24日)"),
        O("第一个", "first-of-kind (淄博市第一个党支部)"),
        C("三大战役", "numeric slogan"),
        D("截至9月底", "2017-09", "month"),
        Q("9597万元", num("9597万"), "元", "全镇地方财政收入", "level", ind=BUDGET,
          note="地方财政收入, as earlier sets read it: the 一般公共预算收入"),
        Q("21.5%", 21.5, "%", "地方财政收入同比增长", "growth", ind=BUDGET),
        Q("183亿元", num("183亿"), "元", "规模以上工业企业主营业务收入", "level", ind=IND_REV),
        Q("26.2%", 26.2, "%", "规上工业主营业务收入同比增长", "growth", ind=IND_REV),
        D("今年", "2017", "year"),
        Q("1.5亿元", num("1.5亿"), "元", "计划投资(民生实事)", "level", per="2017", target=True),
        Q("10件", 10, "件", "民生实事(计划完成)", "level", per="2017", target=True),
        Q("7000万元", num("7000万"), "元", "师专附属学校投资", "level", per=HS_DAY),
        D("近期", None, "vague"),
        D("年内", "2017", "year"),
    ],
)
