"""Annotations of pages 04-06 (安次区, 龙井市, 巨野县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
VAI = "规模以上工业增加值"
REV = "一般公共预算收入"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"

PAGES = {}

# ---------------------------------------------------------------- 04 安次区 (河北 廊坊市), the district congress's opening, 2019 figures and 2020 aims
AC = "廊坊市安次区"
AC_DAY = "2020-01-12"
AC_9M = "2019-01/2019-09"
AIM = "an aim of the year just begun (今年主要预期目标, reported 2020-01-15)"
PAGES["e49_04_anci_20200115.txt"] = dict(
    pubdate="2020-01-15",
    pubnote="the date line `时间:2020-01-15 10:23来源:未知 作者:admin 点击:` (kept whole; www.acwmw.com, 动态 > 要闻); "
            "the session opened `1月12日上午` (2020-01-12)",
    area=AC, period=AC_9M,
    items=[
        O("第八届", "congress term (title)"),
        O("第四次", "session number (title)"),
        D("2020-01-15 10:23", "2020-01-15T10:23", "time", rel=False, note="page metadata line"),
        D("1月12日上午", AC_DAY, "day", note="the session's opening day; the year from the page's date"),
        O("第八届", "congress term"),
        O("第四次", "session number"),
        Q("176名", 176, "名", "应到代表", "level", per=AC_DAY),
        Q("163名", 163, "名", "实到代表", "level", per=AC_DAY),
        D("2019年", "2019", "year", rel=False),
        D("2019年", "2019", "year", rel=False),
        O("70周年", "anniversary (新中国成立70周年)"),
        D("一年来", "2019", "year", note="the reviewed year"),
        C("五位一体", "numeric slogan (“五位一体”总体布局)"),
        C("四个全面", "numeric slogan (“四个全面”战略布局)"),
        C("三六八九", "numeric slogan (省委“三六八九”工作思路)"),
        C("四区一城", "numeric slogan (市委“四区一城”功能定位)"),
        C("211", "numeric slogan (“211”战略任务)"),
        D("2019年前三季度", AC_9M, "period", rel=False, note="one span, as eval25's 2019年前三季度"),
        Q("152.5亿元", num("152.5亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("6%", 6, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("53.8亿元", num("53.8亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("8%", 8, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("32204元", 32204, "元", "城镇居民人均可支配收入", "level", ind=URBAN,
          note="城乡居民人均可支配收入分别为32204元、13904元: urban, then rural"),
        Q("13904元", 13904, "元", "农村居民人均可支配收入", "level", ind=RURAL),
        Q("8.8%", 8.8, "%", "城镇居民人均可支配收入增长", "growth", ind=URBAN),
        Q("9%", 9, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL),
        D("1-11月份", "2019-01/2019-11", "period", note="the year from the reviewed year (2019)"),
        Q("8%", 8, "%", "固定资产投资增长", "growth", ind=FAI, per="2019-01/2019-11"),
        D("全年", "2019", "year"),
        Q("45亿元", num("45亿"), "元", "全部财政收入", "level", per="2019",
          note="全部财政收入 is not the catalogue's 一般公共预算收入 (as eval42); an outcome of the year just ended"),
        Q("14.75%", 14.75, "%", "全部财政收入可比增长", "growth", per="2019"),
        D("今年", "2020", "year"),
        Q("6.5%左右", 6.5, "%", "地区生产总值增长预期目标", "growth", q="approx", ind=GDP, per="2020", target=True, note=AIM),
        Q("6.5%左右", 6.5, "%", "一般公共预算收入增长预期目标", "growth", q="approx", ind=REV, per="2020", target=True, note=AIM),
        Q("6.5%左右", 6.5, "%", "固定资产投资增长预期目标", "growth", q="approx", ind=FAI, per="2020", target=True, note=AIM),
        Q("4%左右", 4, "%", "规上工业增加值增长预期目标", "growth", q="approx", ind=VAI, per="2020", target=True, note=AIM),
        Q("9%左右", 9, "%", "社会消费品零售总额增长预期目标", "growth", q="approx", ind=RETAIL, per="2020", target=True,
          note=AIM),
        Q("7.5%左右", 7.5, "%", "城镇居民收入增长预期目标", "growth", q="approx", ind=URBAN, per="2020", target=True,
          note="城乡居民收入分别增长7.5%左右和8%左右: urban, then rural; " + AIM),
        Q("8%左右", 8, "%", "农村居民收入增长预期目标", "growth", q="approx", ind=RURAL, per="2020", target=True, note=AIM),
    ],
)

# ---------------------------------------------------------------- 05 龙井市 (吉林 延边州), the city congress's opening, 2026-01-16, with the 2025 review's first figures
LJ = "龙井市"
LJ_DAY = "2026-01-16"
LJ_REV = "2025"
PRE = "预计 (下同) in a report on a year that has ended (delivered 2026-01-16): an early outcome, not a target"
PAGES["e49_05_longjing_20260119.txt"] = dict(
    pubdate="2026-01-19",
    pubnote="the address's t20260119 (longjing.gov.cn, 龙井市人民政府's site, 龙井要闻), the posting date; the copy has no "
            "date line; the session opened `1月16日` (2026-01-16)",
    area=LJ, period=LJ_REV,
    items=[
        D("1月16日", LJ_DAY, "day", note="the session's opening day; the year from the page's date"),
        O("第十九届", "congress term"),
        O("第五次", "session number"),
        C("十五五", "fixed term (the 15th five-year plan)"),
        Q("148名", 148, "名", "应到代表", "level", per=LJ_DAY),
        Q("133名", 133, "名", "实到代表", "level", per=LJ_DAY),
        O("第十九届", "congress term"),
        O("第四次", "session number (宣布…第四次会议开幕, as stored)"),
        Q("三部分", 3, "部分", "政府工作报告的组成部分", "level", borderline=True, per=LJ_DAY,
          note="the report's parts (as eval48's 三部分): a count of a text's parts"),
        O("一、", "list marker"),
        D("2025年", LJ_REV, "year", rel=False, note="name of the report's first part (2025年及“十四五”工作回顾)"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        O("二、", "list marker"),
        C("十五五", "fixed term"),
        O("三、", "list marker"),
        D("2026年", "2026", "year", rel=False, note="name of the report's third part (2026年主要工作)"),
        D("2025年", LJ_REV, "year", rel=False, note="the part's heading run into the text"),
        C("十四五", "fixed term"),
        D("2025年", LJ_REV, "year", rel=False),
        O("第十九届", "congress term"),
        O("第四次", "session number (the last session's aims)"),
        Q("7%", 7, "%", "地区生产总值增长(预计)", "growth", ind=GDP, note=PRE),
        Q("2.7%", 2.7, "%", "一般公共预算收入增长(剔除一次性特殊收入,预计)", "growth", ind="一般公共预算收入",
          note="剔除一次性特殊收入因素影响: the growth on a comparable basis; " + PRE),
        Q("23%", 23, "%", "规模以上工业增加值增长(预计)", "growth", ind=VAI, note=PRE),
        Q("6.5%", 6.5, "%", "社会消费品零售总额增长(预计)", "growth", ind=RETAIL, note=PRE),
        Q("8%", 8, "%", "固定资产投资增长(预计)", "growth", ind=FAI, note=PRE),
        Q("五个方面", 5, "个", "工作回顾的方面", "level", borderline=True, per=LJ_DAY,
          note="a count of the report's own headings (as eval9's 五个方面), not an indicator"),
        D("过去一年", LJ_REV, "year", note="the reviewed year"),
    ],
)

# ---------------------------------------------------------------- 06 巨野县 (山东 菏泽市), a provincial news site's story on the county congress's opening, 2025-01-16
JY = "山东省菏泽市巨野县"
JY_REV = "2024"
JY_PRE = "预计 in a report on a year that has ended (delivered 2025-01-16): an early outcome, not a target"
PAGES["e49_06_juye_20250117.txt"] = dict(
    pubdate="2025-01-17",
    pubnote="the address's 20250117 (sdfzcm.com, 山东法制传媒网, 高层 column); the copy's `浏览: 来源:山东法制传媒网` line has "
            "no date; the session opened `1月16日上午` (2025-01-16)",
    area=JY, period=JY_REV,
    items=[
        O("第十九届", "congress term (title)"),
        O("第四次", "session number (title)"),
        D("1月16日上午", "2025-01-16", "day", note="the session's opening day; the year from the page's date"),
        O("第十九届", "congress term"),
        O("第四次", "session number"),
        D("2024年", JY_REV, "year", rel=False),
        D("过去一年", JY_REV, "year", note="the reviewed year"),
        C("一二三七", "numeric slogan (“一二三七”工作思路)"),
        D("2024年", JY_REV, "year", rel=False),
        Q("478亿元", num("478亿"), "元", "地区生产总值(预计)", "level", ind=GDP, note=JY_PRE),
        Q("6.8%", 6.8, "%", "地区生产总值增长(预计)", "growth", ind=GDP, note=JY_PRE),
        Q("36.7亿元", num("36.7亿"), "元", "一般公共预算收入(预计)", "level", ind=REV, note=JY_PRE),
        Q("4.1%", 4.1, "%", "一般公共预算收入增长(预计)", "growth", ind=REV, note=JY_PRE),
        Q("7.5%", 7.5, "%", "规模以上固定资产投资增长(预计)", "growth", ind=FAI,
          note="规模以上固定资产投资 read as 固定资产投资 (as eval11's and eval22's); " + JY_PRE),
        Q("8.9%", 8.9, "%", "规模以上工业增加值增长(预计)", "growth", ind=VAI, note=JY_PRE),
        Q("247亿元", num("247亿"), "元", "社会消费品零售总额(预计)", "level", ind=RETAIL, note=JY_PRE),
        Q("6.8%", 6.8, "%", "社会消费品零售总额增长(预计)", "growth", ind=RETAIL, note=JY_PRE),
        Q("831.8亿元", num("831.8亿"), "元", "金融机构存款余额(预计)", "level", ind="金融机构存款余额", per="2024-12",
          note="存贷款余额达到831.8亿元、406.7亿元: deposits, then loans; a stock at the year's end; " + JY_PRE),
        Q("406.7亿元", num("406.7亿"), "元", "金融机构贷款余额(预计)", "level", ind="金融机构贷款余额", per="2024-12",
          note=JY_PRE),
        Q("13%", 13, "%", "金融机构存款余额增长(预计)", "growth", ind="金融机构存款余额", per="2024-12", note=JY_PRE),
        Q("7.9%", 7.9, "%", "金融机构贷款余额增长(预计)", "growth", ind="金融机构贷款余额", per="2024-12", note=JY_PRE),
        Q("6.8%", 6.8, "%", "全体居民人均可支配收入增长(预计)", "growth", ind="全体居民人均可支配收入", note=JY_PRE),
        D("2024年", JY_REV, "year", rel=False),
        Q("217次", 217, "次", "精准招商活动", "level"),
        C("过亿元", "size class (签约过亿元项目)"),
        Q("101个", 101, "个", "签约过亿元项目", "level"),
        C("过亿元", "size class (落地过亿元项目)"),
        Q("74个", 74, "个", "落地过亿元项目", "level"),
        C("过10亿元", "size class (过10亿元项目)"),
        Q("6个", 6, "个", "落地过10亿元项目", "level"),
        C("双招双引", "numeric slogan (招商引资、招才引智: 双招双引)"),
        Q("43个", 43, "个", "招才引智项目", "level"),
        Q("9人", 9, "人", "成功申报的省级重点人才", "level"),
        Q("17人", 17, "人", "新聘任“麟州智库”专家", "level"),
        Q("26个", 26, "个", "纳入省市集中开工项目", "level"),
        Q("17个", 17, "个", "列入省重点项目", "level"),
        Q("14个", 14, "个", "列入市重点项目", "level"),
        Q("18个", 18, "个", "一年内投产达效的项目", "level"),
        Q("一年内", 1, "年", "项目投产达效用时", "level", q="less_than", per="NULL", borderline=True,
          note="18个项目一年内投产达效: within a year (of their start), a duration, arguably not an indicator "
               "(as eval48's 五年以上); 内 read as 以内"),
        Q("两次", 2, "次", "工业重点项目现场推进会", "level", borderline=True,
          note="two meetings in which the county ranked first: a count of events, arguably not an indicator"),
        O("第一", "rank (全市第一等次)"),
        Q("30亿元", num("30亿"), "元", "新增市场主体贷款", "level"),
        Q("2135亩", 2135, "亩", "获批建设用地", "level"),
        Q("1038亩", 1038, "亩", "盘活低效闲置土地", "level"),
        D("2025年", "2025", "year", rel=False),
        D("2025年", "2025", "year", rel=False),
        C("十四五", "fixed term (the 14th five-year plan)"),
    ],
)
