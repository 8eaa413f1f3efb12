"""Annotations of pages 04-06 (宝丰县's paper on its congress, 肇州县's 招商 story, 永泰县's reply), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
REV = "一般公共预算收入"

PAGES = {}

# ---------------------------------------------------------------- 04 宝丰县 (河南 平顶山市), the county paper's front-page story on its congress (2024-01-21)
BF = "宝丰县"
BF_DAY = "2024-01-22"
BF_SESSION = "2024-01-21"
PAGES["e50_04_baofeng_20240122.txt"] = dict(
    pubdate=BF_DAY,
    pubnote="the e-paper's line `刊发日期:2024-01-22` (kept; its read-aloud tool cut), the dropped page header "
            "`第一版:要闻版总第4492期 >2024-01-22编印` and the address 2024-01-22 (bfkb.v0375.cn, 宝丰快报)",
    area=BF, period="2023",
    items=[
        O("十六届人大四次", "congress term and session (headline), one span as eval49's 二届人大二次"),
        D("2024-01-22", BF_DAY, "day", rel=False, note="the e-paper's metadata line (刊发日期)"),
        D("1月21日上午", BF_SESSION, "day", note="the session's day, a day before the issue (as eval49's 1月12日上午)"),
        O("第十六届", "congress term"),
        O("第四次", "session"),
        Q("224名", 224, "名", "应到代表", "level", per=BF_SESSION, note="delegates of the session (as eval49's)"),
        Q("201名", 201, "名", "实到代表", "level", per=BF_SESSION),
        D("上午9时", "2024-01-21T09:00", "time", note="the session's opening hour"),
        O("第十六届", "congress term"),
        O("第四次", "session"),
        Q("三个部分", 3, "个", "工作报告的部分", "level", borderline=True, per=BF_SESSION,
          note="the report's parts (as eval35's 三个部分), not an indicator"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="part name (2023年工作回顾), as eval49's part names"),
        O("二、", "list marker"),
        D("2024年", "2024", "year", rel=False, note="part name"),
        O("三、", "list marker"),
        D("2024年", "2024", "year", rel=False, note="part name"),
        D("一年来", "2023", "year", note="in a work report 一年来 is the reviewed year (as eval47's and eval49's)"),
        C("四强县", "numeric slogan (建设“四强县”)"),
        C("一百强", "size class (迈入全国“一百强”, as 百强)"),
        Q("399.7亿元", num("399.7亿"), "元", "地区生产总值(预计)", "level", ind=GDP,
          note="预计 of 2023, a year that had ended: an early estimate of the outcome, not a target"),
        Q("3%", 3, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("3.5%", 3.5, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("5%", 5, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("7%", 7, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        D("今年", "2024", "year", note="the store breaks off after 今年是"),
    ],
)

# ---------------------------------------------------------------- 05 肇州县 (黑龙江 大庆市), 黑龙江日报's item on the county's 招商 of 2011
ZZ = "肇州县"
ZZ_DAY = "2011-10-19"
PAGES["e50_05_zhaozhou_20111019.txt"] = dict(
    pubdate=ZZ_DAY,
    pubnote="the dateline `黑龙江日报10月19日讯` and the address 2011/10/19 (heilongjiang.dbw.cn, 东北网)",
    area=ZZ, period="2011",
    items=[
        D("10月19日", ZZ_DAY, "day", note="dateline; the year from the address"),
        D("年初以来", "2011", "period", note="as 今年以来 in the earlier sets: the year (as eval5's)"),
        Q("19个", 19, "个", "新签约项目", "level"),
        C("超亿元", "size class (超亿元项目), as eval28's and eval36's"),
        Q("11个", 11, "个", "超亿元项目", "level"),
        Q("104.92亿元", num("104.92亿"), "元", "合同引资额", "level"),
        D("今年", "2011", "year"),
        D("年初以来", "2011", "period"),
        Q("四个", 4, "个", "招商工作组", "level"),
        Q("七个", 7, "个", "大口招商办", "level"),
        D("目前", ZZ_DAY, "now", note="the page's date"),
        Q("50亿元", num("50亿"), "元", "中海油新能源公司风电场开发项目计划总投资", "level",
          note="a project's planned total investment (as eval7's 计划总投资), not a target of a period"),
        Q("30亿元", num("30亿"), "元", "大唐新能源公司卫星风电场开发项目计划总投资", "level"),
        Q("5亿元", num("5亿"), "元", "长春皓月集团肉牛产业加工项目计划总投资", "level"),
        Q("近一年", 1, "年", "鑫珑腾肉业投产以来的时间", "level", q="nearly", borderline=True, per="NULL",
          note="a duration (投产近一年后), arguably not an indicator; no period"),
        D("如今", ZZ_DAY, "now", note="the page's date"),
        D("今年下半年", "2011-07/2011-12", "period", note="one span (今年 + 下半年)"),
        Q("2000余万元", num("2000万"), "元", "鑫珑腾肉业二期项目投资", "level", q="more_than",
          per="2011-07/2011-12"),
        O("二期", "project phase"),
        D("目前", ZZ_DAY, "now", note="the page's date"),
        O("二层", "floor (二层主体工程)"),
    ],
)

# ---------------------------------------------------------------- 06 永泰县 (福建 福州市), the county farm bureau's co-handling opinion on suggestion 第1012号
YT = "永泰县"
YT_DAY = "2021-08-04"
PAGES["e50_06_yongtai_20210804.txt"] = dict(
    pubdate=YT_DAY,
    pubnote="the date line `来源:永泰县农业农村局 时间:2021-08-04 17:47` (kept; its empty view counter cut) and the "
            "address's t20210804 (www.yongtai.gov.cn, 永泰县人民政府's site)",
    area=YT, period=YT_DAY,
    items=[
        O("十七届人大五次", "congress term and session (title), one span as eval49's 二届人大二次"),
        O("第1012号", "suggestion number (as eval48's and eval49's 第20号)"),
        D("2021-08-04 17:47", "2021-08-04T17:47", "time", rel=False, note="page metadata line"),
        O("1012", "suggestion number (the suggestion's title followed by its number)"),
        O("1012", "suggestion number (在1012建议中)"),
        C("2020-2024年", "years inside a document's title (《永泰县农田水利基础设施建设(2020-2024年)实施方案》)"),
        Q("三批次", 3, "批次", "补助资金安排批次", "level", borderline=True,
          note="the batches the money came in (as eval17's 三批次)"),
        Q("130万元", num("130万"), "元", "梧桐镇农田水利补助资金", "level", area="梧桐镇",
          note="no time given: the page's date (a stock of money allotted so far)"),
        Q("15万元", num("15万"), "元", "坵演村农田水利补助资金", "level", area="梧桐镇坵演村",
          note="its smallest administrative area, the village"),
        C("13055256876", "contact details (联系电话)"),
        D("2021730", "2021-07-30", "day", rel=False,
          note="the opinion's date under the signature, stored as 2021730 (2021年7月30日 without its 年月日)"),
    ],
)
