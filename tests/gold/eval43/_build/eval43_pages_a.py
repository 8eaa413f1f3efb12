"""Annotations of pages 01-04 (海淀区, 徐汇区, 大通回族土族自治县, 防城港市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
BUDGET = "一般公共预算收入"
IND_OUT = "规模以上工业总产值"

PAGES = {}

# ---------------------------------------------------------------- 01 海淀区 (北京), 海淀报's page 2 of 2025-01-08: the work report's 2024 review (摘登)
HD = "海淀区"
HD_DAY = "2025-01-08"
PAGES["e43_01_haidian_20250108.txt"] = dict(
    pubdate=HD_DAY,
    pubnote="海淀报's issue of 2025-01-08 (its page header `2025年01月08日 第02版:专版`, page furniture, and the address's 202501/08; hdb.bjhdnet.com, 海淀区's news site)",
    area=HD, period="2024",
    items=[
        D("2024", "2024", "year", rel=False, note="section heading (2024 工作回顾): the review's year"),
        D("2024年", "2024", "year", rel=False),
        C("十四五", "fixed term (“十四五”规划)"),
        C("一年", "fixed phrase (关键一年), not a count"),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums"),
        C("一个目标", "numeric slogan"),
        C("五个作示范", "numeric slogan"),
        C("五个当先锋作表率", "numeric slogan"),
        O("十七届人大四次", "congress term and session (区十七届人大四次会议)"),
        C("四个中心", "numeric slogan (首都“四个中心”)"),
        C("2024", "year inside a name (2024中关村论坛)"),
        O("75周年", "anniversary (成立75周年)"),
        C("四个服务", "numeric slogan"),
        Q("四年", 4, "年", "高质量发展综合绩效评价全市第一的连续年数", "level", per="2021/2024", borderline=True,
          note="连续四年: a span of years, arguably not an indicator (as earlier sets); the four years to 2024"),
        O("第一", "rank (全市第一)"),
        Q("6%", 6, "%", "地区生产总值增长", "growth", ind=GDP,
          note="预计 in the review of a year just ended: an early estimate of the outcome, not a target"),
        Q("四分之一", 0.25, "", "海淀地区生产总值规模占全市比重", "share", q="more_than", values=[1.0, 4.0],
          note="fraction, no unit; 四分之一强 (强 after it: a little more than)"),
        Q("6%", 6, "%", "区级一般公共预算收入增长", "growth", ind=BUDGET,
          note="预计 in the review of a year just ended (the sentence's 预计 governs both)"),
        O("第一", "rank (规模居全市第一)"),
        C("1+6", "policy-document code (区委“1+6”文件)"),
    ],
)

# ---------------------------------------------------------------- 02 徐汇区 (上海), the district government's report to the 人大常委会 on the proposals received, 2017-02-22
XH = "徐汇区"
XH_DAY = "2017-02-22"
PAGES["e43_02_xuhui_20170223.txt"] = dict(
    pubdate="2017-02-23",
    pubnote="the page's date line `日期: 2017-02-23` (kept; rd.xh.sh.cn, 徐汇区人大's site, its 常委会会刊); the report was made `2017222日` (2017-02-22)",
    area=XH, period=XH_DAY,
    items=[
        O("十六届人大一次", "congress term and session (区十六届人大一次会议), title"),
        D("2017-02-23", "2017-02-23", "day", rel=False, note="the page's date line"),
        O("十六届人大一次", "congress term and session, the report's title"),
        D("2017222日", XH_DAY, "day", rel=False,
          note="written 2017222日 (年 and 月 lost in the copy): 2017年2月22日, the meeting's day"),
        O("第十六届", "congress term"),
        O("第一次", "standing committee's meeting"),
        O("十六届人大一次", "congress term and session"),
        D("下一步", None, "vague"),
        O("一、", "section marker"),
        O("十六届人大一次", "congress term and session"),
        C("10人以上", "procedural threshold (代表10人以上联名提出的议案), as eval42"),
        Q("6件", 6, "件", "代表10人以上提出的议案", "level",
          note="the proposals of the session, as counted in the report of 2017-02-22"),
        Q("5件", 5, "件", "议案交区政府有关部门办理", "level"),
        Q("1件", 1, "件", "议案交区委有关部门办理", "level"),
        Q("92件", 92, "件", "区人大代表提出的代表建议", "level"),
        Q("80件", 80, "件", "由区政府有关部门办理的代表建议", "level"),
        Q("8件", 8, "件", "商请区委有关部门办理的代表建议", "level"),
        Q("4件", 4, "件", "不属于本区职权范围的代表建议", "level"),
        D("今年", "2017", "year"),
        Q("85件", 85, "件", "今年由区政府办理的代表建议", "level",
          note="the year's caseload as counted on the report's day (today's count, not a plan)"),
        Q("5件", 5, "件", "议案转代表建议", "level"),
        C("两会", "fixed term"),
        Q("25个", 25, "个", "参加现场咨询的区属部门", "level"),
        Q("7个", 7, "个", "参加现场咨询的市属部门", "level"),
        Q("100多名", 100, "名", "参加现场咨询的干部", "level", q="more_than"),
        Q("143人次", 143, "人次", "现场接待代表、委员咨询", "level"),
        Q("135件", 135, "件", "当场解决和解释", "level"),
        Q("8件", 8, "件", "事后反馈", "level"),
        D("220日", "2017-02-20", "day",
          note="截至220日: 2月20日 with 月 lost in the copy; the year from the report"),
        O("十四届大人六次", "congress term and session (市十四届人大六次会议, written 大人)"),
        Q("3件", 3, "件", "由徐汇区政府会办的市人大代表建议", "level", per="2017-02-20"),
        Q("45公里", 45, "公里", "黄浦江岸线绿化建设长度", "level", area="上海市", borderline=True,
          note="inside a proposal's title: the city's 45 km of 黄浦江 riverside, arguably not an indicator of the report"),
        O("二、", "section marker"),
        D("2017年", "2017", "year", rel=False),
        C("十三五", "fixed term (“十三五规划)"),
    ],
)

# ---------------------------------------------------------------- 03 大通回族土族自治县 (青海 西宁市), news on the county's 上半年 2011 farming
DT = "大通回族土族自治县"
DT_H1 = "2011-01/2011-06"
DT_DAY = "2011-08-09"
PAGES["e43_03_datong_20110811.txt"] = dict(
    pubdate="2011-08-11",
    pubnote="the address's 20110811 (nongcun5.com, an agricultural news portal; the copy has no date line); the reporter learned the figures `8月9日` (2011-08-09)",
    area=DT, period="2011",
    items=[
        D("上半年", DT_H1, "period"),
        Q("1.76亿元", num("1.76亿"), "元", "农业生产总值", "level", per=DT_H1),
        Q("9.6%", 9.6, "%", "农业生产总值同比增长", "growth", per=DT_H1),
        Q("2962.7元", 2962.7, "元", "农民人均现金收入", "level", per=DT_H1,
          note="cash income, not 可支配收入: no catalogue indicator"),
        Q("27.3%", 27.3, "%", "农民人均现金收入同比增长", "growth", per=DT_H1),
        C("十二五", "fixed term"),
        D("8月9日", DT_DAY, "day", note="the day the reporter learned the figures; the year from the address"),
        D("今年", "2011", "year"),
        Q("68.3万亩", num("68.3万"), "亩", "春播农作物面积", "level"),
        Q("18.9万亩", num("18.9万"), "亩", "春播小麦面积", "level"),
        Q("76%", 76, "%", "经济作物播种面积比重", "share"),
        Q("50个", 50, "个", "建成的种植业示范基地", "level", note="in the paragraph 今年 leads: 2011"),
        Q("2.6万亩", num("2.6万"), "亩", "推广马铃薯全膜覆盖双垄栽培技术面积", "level"),
        D("截至7月底", "2011-07", "period"),
        Q("4600亩", 4600, "亩", "已流转土地", "level", per="2011-07", note="截至7月底: as of the end of July"),
        Q("6个", 6, "个", "开工建设的设施农业基地", "level", per="2011-07"),
        Q("3.1亿元", num("3.1亿"), "元", "新建日光节能温室投资", "level"),
        Q("4500栋", 4500, "栋", "新建日光节能温室", "level"),
        Q("2.1万栋", num("2.1万"), "栋", "全县温棚规模", "level", per=DT_DAY,
          note="a stock with no time phrase of its own: the day the figures were given (8月9日)"),
        Q("8个", 8, "个", "新(扩)建规模化养殖基地", "level"),
        Q("8.67万头", num("8.67万"), "头", "出栏牛羊", "level", note="头(只): the unit as written before the bracket"),
        Q("2.18亿元", num("2.18亿"), "元", "畜牧业总产值", "level"),
    ],
)

# ---------------------------------------------------------------- 04 防城港市 (广西), 广西县域经济网 on the city's 十三五 years (2016-2020)
FCG = "防城港市"
FCG_5 = "2016/2020"
FCG_ZONE = "防城港经济技术开发区"
PAGES["e43_04_fangchenggang_20201020.txt"] = dict(
    pubdate="2020-10-20",
    pubnote="the address's 20201020 (gxcounty.com, 广西县域经济网; the copy has no date line); the story's `10月14日` and `10月17日` are in 2020",
    area=FCG, period=FCG_5,
    items=[
        D("10月14日", "2020-10-14", "day"),
        Q("6个", 6, "个", "冷链集装箱(一趟专列)", "level", per="2020-10-14"),
        Q("约200吨", 200, "吨", "北部湾海虾(一趟专列)", "level", q="approx", per="2020-10-14"),
        C("十三五", "fixed term (“十三五”以来, as earlier sets)"),
        C("一带一路", "fixed term"),
        D("10月17日", "2020-10-17", "day"),
        C("十三五", "fixed term (“十三五”时期)"),
        Q("六大", 6, "个", "支柱产业", "level", per="2020-10-20", borderline=True,
          note="六大支柱产业: the six industries just named, arguably not an indicator; a stock: the page's date"),
        Q("近1000亿元", num("1000亿"), "元", "防城港经济技术开发区规模以上工业总产值", "level", q="nearly",
          ind=IND_OUT, area=FCG_ZONE,
          note="in the paragraph “十三五”时期 leads: its span (the year is not named)"),
        C("十三五", "fixed term (“十三五”期间)"),
        Q("超6000亿元", num("6000亿"), "元", "全市重大项目总投资规模", "level", q="more_than"),
        D("2016-2020年", FCG_5, "range", rel=False),
        Q("超1876亿元", num("1876亿"), "元", "重大项目投资完成", "level", q="more_than"),
        Q("715个", 715, "个", "开工项目", "level"),
        Q("361个", 361, "个", "竣工项目", "level"),
    ],
)
