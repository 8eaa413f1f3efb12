"""Annotations of pages 04-06 (封丘县, 叶县, 临颍县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GZ_VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
TAX = "税收收入"
HNTE = "高新技术企业"

PAGES = {}

# ---------------------------------------------------------------- 04 封丘县 (河南 新乡市), the county's work report delivered 2025-03-30 (opening, 2024 review)
FQ = "封丘县"
FQ_DAY = "2025-03-30"
FQ_BASE = "the base of a rank (增速位居八县(市)第2位): the city's counties, not an indicator"
PAGES["e46_04_fengqiu_20250330.txt"] = dict(
    pubdate=FQ_DAY,
    pubnote="the report's delivery date in its subtitle (——2025 年 3 月 30 日在封丘县第十五届人民代表大会六次会议上); the copy (bx2200.com, a document site) shows no date of its own",
    area=FQ, period="2024",
    items=[
        D("2025 年 3 月 30 日", FQ_DAY, "day", rel=False, note="the report's delivery date (subtitle), spaced as stored"),
        O("第十五届", "congress term"),
        O("六次", "session (…代表大会六次会议)"),
        D("现在", FQ_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("一、", "list marker"),
        D("2024年", "2024", "year", rel=False, note="section heading (2024年工作回顾)"),
        D("2024年", "2024", "year", rel=False),
        C("十四五", "fixed term"),
        D("过去一年", "2024", "year"),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums"),
        D("一年来", "2024", "year", note="in a work report 一年来 is the reporting year"),
        D("2024年", "2024", "year", rel=False),
        Q("239.76亿元", num("239.76亿"), "元", "全县地区生产总值", "level", ind=GDP),
        Q("6%", 6, "%", "地区生产总值同比增长", "growth", ind=GDP),
        Q("1.1个百分点", 1.1, "百分点", "地区生产总值增速高出全市", "points", ind=GDP),
        Q("10.2%", 10.2, "%", "规模以上工业企业增加值同比增长", "growth", ind=GZ_VA),
        Q("4.2个百分点", 4.2, "百分点", "规模以上工业增加值增速高出全市", "points", ind=GZ_VA),
        O("第3位", "rank (增速位居全市第3位)"),
        Q("15%", 15, "%", "固定资产投资同比增长", "growth", ind=FAI),
        Q("6.1个百分点", 6.1, "百分点", "固定资产投资增速高出全市", "points", ind=FAI),
        Q("八县", 8, "县", "全市县(市)", "level", area="新乡市", borderline=True,
          note=FQ_BASE + "; 新乡市, the city above the county (全市), is not named on the page"),
        O("第2位", "rank (位居八县(市)第2位)"),
        Q("6.9%", 6.9, "%", "社会消费品零售总额同比增长", "growth", ind=RETAIL),
        D("全年", "2024", "year"),
        Q("10.05亿元", num("10.05亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("6.3亿元", num("6.3亿"), "元", "地方级税收收入", "level", ind=TAX),
        Q("八县", 8, "县", "全市县(市)", "level", area="新乡市", borderline=True, note=FQ_BASE),
        O("第2位", "rank (位居八县(市)第2位)"),
        Q("166.25亿元", num("166.25亿"), "元", "城南新区和飞地产业园区项目总投资", "level", per=FQ_DAY,
          note="the projects' total, a stock without a time: the report's day"),
        Q("37个", 37, "个", "城南新区和飞地产业园区建设项目", "level", per=FQ_DAY),
        Q("68.39亿元", num("68.39亿"), "元", "项目累计完成投资", "level", per=FQ_DAY,
          note="累计 to the report's day"),
        D("2024年", "2024", "year", rel=False),
        Q("19.23亿元", num("19.23亿"), "元", "项目2024年完成投资", "level"),
        D("目前", FQ_DAY, "now", note="the report's day"),
        Q("13个", 13, "个", "已完工项目", "level", per=FQ_DAY),
        Q("6家", 6, "家", "飞地产业园区正式入驻企业", "level"),
        Q("3家", 3, "家", "飞地产业园区已投产企业", "level",
          note="the store breaks off in `3家已投`; the count is whole"),
    ],
)

# ---------------------------------------------------------------- 05 叶县 (河南 平顶山市), the county's work report delivered 2024-01-22 (opening, 2023 review)
YX = "叶县"
YX_DAY = "2024-01-22"
YX_EST = "初步预计 in a report of 2024-01-22 on the year 2023, which has ended: an early estimate of the outcome, not a target"
YX_BASE = "the base of a rank (均居全市6县市第1位): the city's counties, not an indicator; 平顶山市, the city above the county (全市), is not named on the page"
PAGES["e46_05_yexian_20240122.txt"] = dict(
    pubdate=YX_DAY,
    pubnote="the report's delivery date in its subtitle (——2024年1月22日在叶县第十六届人民代表大会第四次会议上); the copy (bx2200.com, a document site) shows no date of its own",
    area=YX, period="2023",
    items=[
        O("十六届人大四次", "congress term and session (叶县十六届人大四次会议文件), title"),
        O("(五)", "part number of the session's documents"),
        D("2024年1月22日", YX_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十六届", "congress term"),
        O("第四次", "session"),
        D("现在", YX_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="section heading (2023年工作回顾)"),
        D("一年来", "2023", "year", note="in a work report 一年来 is the reporting year"),
        C("45797", "numeric slogan (“45797”工作任务)"),
        D("这一年", "2023", "year", note="the reporting year"),
        Q("4.5%", 4.5, "%", "生产总值增长", "growth", ind=GDP, note=YX_EST),
        Q("11.1%", 11.1, "%", "规上工业增加值增长", "growth", ind=GZ_VA, note=YX_EST),
        Q("8.5%", 8.5, "%", "固定资产投资增长", "growth", ind=FAI, note=YX_EST),
        Q("7.5%", 7.5, "%", "社会消费品零售总额增长", "growth", ind=RETAIL, note=YX_EST),
        O("第一方阵", "rank tier (均居全市第一方阵)"),
        Q("15.6%", 15.6, "%", "一般公共预算收入增长", "growth", ind=BUDGET),
        Q("15.9%", 15.9, "%", "税收收入增长", "growth", ind=TAX),
        Q("71.6%", 71.6, "%", "税比(税收占一般公共预算收入比重)", "share", ind=TAX),
        Q("6县市", 6, "县市", "全市县市", "level", area="平顶山市", borderline=True, note=YX_BASE),
        O("第1位", "rank (均居全市6县市第1位)"),
        Q("90.6%", 90.6, "%", "制造业增加值占规上工业增加值比重", "share"),
        Q("44%", 44, "%", "战略性新兴产业增加值占规上工业增加值比重", "share"),
        Q("68.5%", 68.5, "%", "高新技术产业增加值占规上工业增加值比重", "share"),
        Q("13.78亿元", num("13.78亿"), "元", "申请地方政府专项债券资金", "level"),
        Q("5.17亿元", num("5.17亿"), "元", "地方政府专项债券资金净增", "difference"),
        O("第一", "rank (居全市第一)"),
        C("百强县", "size class (全国制造业百强县)"),
        D("这一年", "2023", "year", note="the reporting year"),
        Q("45家", 45, "家", "培育国家高新技术企业", "level", ind=HNTE),
        Q("224家", 224, "家", "培育科技型中小企业", "level"),
        Q("12家", 12, "家", "省级专精特新企业", "level"),
        Q("20家", 20, "家", "省市重点实验室、工程技术研究中心", "level"),
        Q("6县市", 6, "县市", "全市县市", "level", area="平顶山市", borderline=True, note=YX_BASE),
        O("第一", "rank (数量均居全市6县市第一)"),
        Q("两家", 2, "家", "新增省级博士后创新实践基地", "level"),
        Q("两家", 2, "家", "新增国家级绿色工厂", "level"),
        Q("两个", 2, "个", "成为省级绿色工业园区的开发区", "level"),
        O("第一家", "first-of-kind word (我县第一家“瞪羚”企业)"),
    ],
)

# ---------------------------------------------------------------- 06 临颍县 (河南 漯河市), the county's work report delivered 2024-02-27 (opening, 2023 review)
LY = "临颍县"
LY_DAY = "2024-02-27"
PAGES["e46_06_linying_20240227.txt"] = dict(
    pubdate=LY_DAY,
    pubnote="the report's delivery date in its title `(2024年2月27日)` and subtitle (—2024年2月27日在临颍县第十六届人民代表大会第六次会议上); the copy (bx2200.com, a document site) shows no date of its own",
    area=LY, period="2023",
    items=[
        D("2024年2月27日", LY_DAY, "day", rel=False,
          note="the report's delivery date, in brackets after the title: it dates the report (not a year inside a name)"),
        D("2024年2月27日", LY_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十六届", "congress term"),
        O("第六次", "session"),
        D("现在", LY_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="section heading (2023年工作回顾)"),
        D("2023年", "2023", "year", rel=False),
        C("两城一区一家园", "numeric slogan"),
        C("一都两区", "numeric slogan"),
        C("六争", "numeric slogan (六争促攻坚)"),
        O("(一)", "list marker"),
        D("过去一年", "2023", "year"),
        C("一年", "fixed phrase (…的一年)"),
        Q("5.8%", 5.8, "%", "生产总值增长", "growth", ind=GDP),
        O("第1位", "rank (居全市第1位)"),
        Q("7.8%", 7.8, "%", "规上工业增加值增长", "growth", ind=GZ_VA),
        Q("7%", 7, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("6.8%", 6.8, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("25.5亿元", num("25.5亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("4.5%", 4.5, "%", "一般公共预算收入增长", "growth", ind=BUDGET),
        O("第25位", "rank (县域综合实力居全省第25位)"),
        C("六省", "named set (中部六省)"),
        C("百强县", "size class (中部六省百强县)"),
        Q("28个", 28, "个", "纳入省重点项目", "level"),
        O("第1位", "rank (居全市第1位)"),
        O("第3位", "rank (全省第3位)"),
        Q("25.9亿元", num("25.9亿"), "元", "争取政策性资金", "level"),
        Q("13.5%", 13.5, "%", "争取政策性资金增长", "growth"),
        Q("51.5亿元", num("51.5亿"), "元", "投融资公司融资", "level"),
        Q("16.6亿元", num("16.6亿"), "元", "争取债券资金", "level"),
        Q("2343亩", 2343, "亩", "报批土地", "level"),
        Q("5203亩", 5203, "亩", "供应土地", "level"),
        Q("189项", 189, "项", "新获省级以上荣誉、试点、示范", "level"),
        Q("13项", 13, "项", "荣登央视媒体的亮点工作", "level"),
        Q("35次", 35, "次", "在县召开的市级以上现场会", "level"),
        O("(二)", "list marker"),
        D("过去一年", "2023", "year"),
        C("一年", "fixed phrase (…的一年)"),
        C("六职", "numeric slogan (“六职”招商)"),
        C("双招双推", "numeric slogan"),
        Q("100余次", 100, "次", "专题招商", "level", q="more_than"),
    ],
)
