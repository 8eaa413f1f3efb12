"""Annotations of pages 04-06 (丰南区, 友谊县, 莱西市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

# ---------------------------------------------------------------- 04 丰南区 (河北 唐山市), the district farm bureau's reply to deputy proposal 第20号
FN = "唐山市丰南区"
DXZ = "大新庄镇"
PAGES["e48_04_fengnan_20231013.txt"] = dict(
    pubdate="2023-10-13",
    pubnote="from the address (www.fengnanqu.gov.cn/tsfengnan/rdjyzxta/20231013/…, 唐山市丰南区人民政府's site), the posting date; "
            "the letter is dated `2023年7月28日` (kept), its own day",
    area=FN, period="2023",
    items=[
        O("第七届", "congress term"),
        O("第三次", "session number"),
        O("第20号", "proposal number"),
        D("2013年", "2013", "year", rel=False),
        C("千亿斤", "numeral inside a programme's name (“千亿斤粮食项目”)"),
        Q("五年以上", 5, "年", "改造提升前须实施的年限", "level", q="at_least", per="NULL", borderline=True,
          note="a rule's waiting time (须实施五年以上方可列入改造提升范围): a duration, arguably not an indicator"),
        D("2023年", "2023", "year", rel=False),
        Q("2.5万亩", num("2.5万"), "亩", "争取立项的高标准农田建设项目", "level"),
        Q("1.0万亩", num("1.0万"), "亩", "大新庄镇安排的高标准农田建设项目", "level", area=DXZ),
        Q("40%", 40, "%", "大新庄镇占全区项目建设任务的比重", "share", area=DXZ),
        D("目前", "2023-07-28", "now", note="added after the first sight: missed when annotating; the letter's date, its own day"),
        D("2023年7月28日", "2023-07-28", "day", rel=False, note="the letter's date"),
        C("8189213", "contact telephone number"),
    ],
)

# ---------------------------------------------------------------- 05 友谊县 (黑龙江 双鸭山市), the county site's story on the opening of its congress, 2024-01-17
YY = "友谊县"
YY_DAY = "2024-01-17"
YY_REV = "2023"
PRE = "预计 in a report on a year that has ended (delivered 2024-01-17): an early outcome, not a target"
PAGES["e48_05_youyi_20240117.txt"] = dict(
    pubdate=YY_DAY,
    pubnote="the story's day `1月17日` with the address's 2024/01 (www.hljyy.gov.cn/yy/15136/202401/…, 友谊县人民政府's site); "
            "the copy shows no date line of its own",
    area=YY, period=YY_DAY,
    items=[
        D("1月17日下午", YY_DAY, "day", note="the session's opening day; the year from the address"),
        O("第十二届", "congress term"),
        O("第三次", "session number"),
        Q("156人", 156, "人", "应出席代表", "level"),
        Q("120人", 120, "人", "实到代表", "level"),
        D("下午2点30分", "2024-01-17T14:30", "time"),
        D("2023年", YY_REV, "year", rel=False, note="name of the report's first part (2023年工作回顾)"),
        D("2024年", "2024", "year", rel=False, note="name of the report's second part (2024年主要工作)"),
        Q("三部分", 3, "部分", "政府工作报告的组成部分", "level", borderline=True, note="the report's parts"),
        D("2023年", YY_REV, "year", rel=False),
        D("过去的一年", YY_REV, "year", note="the reviewed year"),
        O("二十大", "party congress"),
        O("十三届三次", "term and plenary session (省委十三届三次四次全会)"),
        O("四次", "plenary session (十三届…四次全会)"),
        O("十二届三次", "term and plenary session (市委十二届三次四次全会)"),
        O("四次", "plenary session (十二届…四次全会)"),
        O("一", "list marker (一坚定发展信心)"),
        Q("5%", 5, "%", "地区生产总值增长(预计)", "growth", ind="地区生产总值", per=YY_REV, note=PRE),
        O("一二三产业", "industry ordinals"),
        Q("17.2%", 17.2, "%", "一般公共预算收入增长(预计)", "growth", ind="一般公共预算收入", per=YY_REV, note=PRE),
        D("十年来", "2014/2023", "period", note="创十年来最高增速: the ten years to the reviewed year, 2014-2023 "
          "(as eval42's 两年来 2017/2018); written 2013/2023, eleven years, before the first sight and corrected after it"),
        D("全年", YY_REV, "year"),
        Q("20亿斤", num("20亿"), "斤", "粮食总产(预计)", "level", ind="粮食产量", per=YY_REV, note=PRE),
        C("二十连丰", "numeric slogan (twenty good harvests in a row)"),
        Q("310.97公斤", 310.97, "公斤", "友谊农场大豆最高亩产", "level", per=YY_REV,
          note="a farm inside the county: the county's area"),
        D("全年", YY_REV, "year", note="预计全年农林牧渔业总产… (cut by the store)"),
    ],
)

# ---------------------------------------------------------------- 06 莱西市 (山东 青岛市), 莱西新闻's page-2 story on 一季度 2014 projects
LX = "莱西市"
LX_Q1 = "2014-01/2014-03"
PAGES["e48_06_laixi_20140429.txt"] = dict(
    pubdate="2014-04-29",
    pubnote="the date line `刊发日期:2014-04-29` (kept; www.laixinews.com e-paper, 莱西新闻's page 二版, issue 1343; the page line was dropped)",
    area=LX, period=LX_Q1,
    items=[
        D("一季度", LX_Q1, "period", note="headline; the year from the page's date"),
        D("2014-04-29", "2014-04-29", "day", rel=False, note="page metadata line"),
        D("日前", None, "vague"),
        D("一季度", LX_Q1, "period"),
        C("5000万元以上", "size class (投资5000万元以上在建内资项目)"),
        Q("80个", 80, "个", "投资5000万元以上在建内资项目", "level"),
        Q("11个", 11, "个", "在建内资项目同比增加", "difference"),
        Q("415.9亿元", num("415.9亿"), "元", "在建内资项目投资总额", "level"),
        C("亿元以上", "size class (投资亿元以上在建项目)"),
        Q("77个", 77, "个", "投资亿元以上在建项目", "level"),
        Q("13个", 13, "个", "亿元以上在建项目同比增加", "difference"),
        Q("414亿元", num("414亿"), "元", "亿元以上在建项目投资总额", "level"),
        Q("80个", 80, "个", "在建项目", "level", note="the 80 projects again (80个在建项目中)"),
        Q("20个", 20, "个", "战略新兴产业在建项目", "level"),
        Q("97.3亿元", num("97.3亿"), "元", "战略新兴产业项目投资总额", "level"),
        Q("25%", 25, "%", "战略新兴产业项目占在建项目总数", "share"),
        Q("23.4%", 23.4, "%", "战略新兴产业项目投资占投资总额", "share",
          note="分别占…25%和23.4%: the second is of the investment"),
        Q("24个", 24, "个", "机械制造业在建项目", "level"),
        Q("132.8亿元", num("132.8亿"), "元", "机械制造业项目投资总额", "level"),
        Q("30%", 30, "%", "机械制造业项目占在建项目总数", "share"),
        Q("31.9%", 31.9, "%", "机械制造业项目投资占投资总额", "share"),
        Q("14个", 14, "个", "现代服务业在建项目", "level"),
        Q("126.4亿元", num("126.4亿"), "元", "现代服务业项目投资总额", "level"),
        Q("17.5%", 17.5, "%", "现代服务业项目占在建项目总数", "share"),
        Q("30.4%", 30.4, "%", "现代服务业项目投资占投资总额", "share"),
    ],
)
