"""Annotations of pages 05-08 (昭平县's congress story, 盐都区's paper story, 盘县's 本报讯, 开阳县's congress story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
REV = "一般公共预算收入"
PAGES = {}

# ---------------------------------------------------------------- 05 昭平县 (广西 贺州市), a story on the county congress (2025-04-09), on a portal
ZP = "昭平县"
ZP_DAY = "2025-04-09"
PAGES["e51_05_zhaoping_20250409.txt"] = dict(
    pubdate=ZP_DAY,
    pubnote="the dateline `4月9日,昭平县第十七届人民代表大会第五次会议…开幕` with the report's parts `2024年工作回顾,2025年工作安排`: "
            "2025-04-09 (m.bpwz.net, a portal whose address carries no date)",
    area=ZP, period=ZP_DAY,
    items=[
        D("4月9日", ZP_DAY, "day", note="dateline; the year from the report's parts (2024年工作回顾, 2025年工作安排)"),
        O("第十七届", "congress term"),
        O("第五次", "session"),
        O("十七届人大五次", "congress term and session as one span (as eval50's)"),
        Q("230人", 230, "人", "应到代表", "level", note="delegates of the session"),
        Q("209人", 209, "人", "实到代表", "level"),
        D("上午8时30分", "2025-04-09T08:30", "time", note="the session's opening hour"),
        O("第十七届", "congress term"),
        O("第五次", "session"),
        Q("三部分", 3, "部分", "政府工作报告的部分", "level", borderline=True,
          note="the report's parts (as eval50's 三大部分), not an indicator"),
        D("2024年", "2024", "year", rel=False, note="part name (2024年工作回顾)"),
        D("2025年", "2025", "year", rel=False, note="part name"),
        D("一年来", "2024", "year", note="in a work report 一年来 is the reviewed year (as eval47's to eval50's)"),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums (as the earlier sets')"),
        O("十七届人大四次", "congress term and session as one span"),
        D("一年来", "2024", "year"),
    ],
)

# ---------------------------------------------------------------- 06 盐都区 (江苏 盐城市), the district paper's story on the district congress (2007-01-07)
YD = "盐都区"
YD_SESSION = "2007-01-07"
PAGES["e51_06_yandu_20070108.txt"] = dict(
    pubdate="2007-01-08",
    pubnote="the e-paper's issue date `2007年01月08日` above the headlines (dropped as page furniture) and the story's "
            "`1月7日下午2时30分` (the session, the day before the issue) (ydrb.yunpaper.cn, an e-paper on 云报平台)",
    area=YD, period="2006",
    items=[
        O("十三届人大五次", "congress term and session as one span (headline)"),
        D("1月7日下午2时30分", "2007-01-07T14:30", "time",
          note="the session's opening, a day and an hour in one phrase (as eval41's 2022年1月12日下午14时); year from "
               "the issue date"),
        O("十三届人大五次", "congress term and session as one span"),
        Q("275名", 275, "名", "应到代表", "level", per=YD_SESSION, note="delegates of the session"),
        Q("267名", 267, "名", "实到代表", "level", per=YD_SESSION),
        O("十一届五次", "CPPCC term and session as one span (区政协十一届五次会议)"),
        D("下午2时30分", "2007-01-07T14:30", "time", note="the session's opening hour"),
        D("2006年", "2006", "year", rel=False, note="part name (“2006年工作回顾”)"),
        D("2007年", "2007", "year", rel=False, note="part name"),
        Q("两大部分", 2, "部分", "政府工作报告的部分", "level", per=YD_SESSION, borderline=True,
          note="the report's parts (as eval50's 三大部分), not an indicator"),
        D("2006年", "2006", "year", rel=False),
        Q("122亿元", num("122亿"), "元", "地区生产总值", "level", ind=GDP,
          note="预计 of a year that has ended: an early estimate, not a target (README's rule)"),
        Q("72亿元", num("72亿"), "元", "全社会固定资产投资", "level", ind="固定资产投资"),
        Q("9.6亿元", num("9.6亿"), "元", "财政收入", "level", note="财政收入 (total fiscal revenue), not the catalogue's 一般公共预算收入"),
        D("上年", "2005", "year", note="比上年: the year before 2006"),
        Q("16%", 16, "%", "地区生产总值增长", "growth", ind=GDP, note="分别: the first of three rates"),
        Q("44%", 44, "%", "全社会固定资产投资增长", "growth", ind="固定资产投资"),
        Q("37.7%", 37.7, "%", "财政收入增长", "growth"),
        Q("12000元", 12000, "元", "城镇居民人均可支配收入", "level", ind="城镇居民人均可支配收入"),
        Q("5930元", 5930, "元", "农民人均纯收入", "level",
          note="纯收入, the older measure, not the catalogue's 可支配收入 (as the earlier sets')"),
        Q("12%", 12, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
        Q("12.5%", 12.5, "%", "农民人均纯收入增长", "growth"),
        C("三次产业", "fixed term"),
        Q("19.1∶51.1∶29.8", 19.1, "", "三次产业结构", "share", ind="三次产业结构", values=[19.1, 51.1, 29.8],
          note="ratio; value is the first part (as the earlier sets')"),
        Q("五个方面", 5, "个", "报告回顾的方面", "level", per=YD_SESSION, borderline=True,
          note="a count of the report's own headings (as eval32's 八个方面), not an indicator"),
        D("去年", "2006", "year"),
        O("一是", "list marker"),
        O("二是", "list marker"),
        O("三是", "list marker"),
        O("四是", "list marker"),
        O("五是", "list marker"),
    ],
)

# ---------------------------------------------------------------- 07 盘县 and 仁怀市 (贵州), 贵州政协报's 本报讯 on the 百强县 list (2015-08-28)
PX = "盘县"
RH = "仁怀市"
PX_DAY = "2015-08-28"
PAGES["e51_07_panxian_20150828.txt"] = dict(
    pubdate=PX_DAY,
    pubnote="the e-paper's kept line `发布时间:2015-08-28` (gzszx.gov.cn, 贵州政协报 on 贵州省政协's site, page B1)",
    area=PX, period=PX_DAY,
    items=[
        D("2015-08-28", PX_DAY, "day", rel=False, note="page metadata line (发布时间)"),
        C("百强县", "size class (headline)"),
        D("日前", None, "vague"),
        O("第十五届", "edition of a ranking"),
        C("百强县", "size class (县域基本竞争力百强县榜单)"),
        C("百强县", "size class"),
        O("第85位", "rank"),
        O("83位", "rank"),
        C("百强县", "size class"),
        O("第98位", "rank"),
        D("近年来", None, "vague"),
        C("抓两头带中间", "numeric slogan"),
        O("第四轮", "round (第四轮经济强县建设)"),
        O("第十五届", "edition of a ranking"),
        C("百强县", "size class"),
        Q("8个方面", 8, "个", "盘县寻求突破的方面", "level", borderline=True,
          note="the eight areas just named, arguably not an indicator (as eval39's 三个方面)"),
        D("2014年", "2014", "year", rel=False),
        Q("426亿元", num("426亿"), "元", "地区生产总值", "level", ind=GDP, per="2014"),
        Q("46.14亿元", num("46.14亿"), "元", "公共财政预算收入", "level", ind=REV, per="2014",
          note="公共财政预算收入, the older name of 一般公共预算收入 (as the earlier sets')"),
        D("2014年", "2014", "year", rel=False),
        Q("441亿元", num("441亿"), "元", "地区生产总值", "level", ind=GDP, per="2014", area=RH),
        Q("25.81亿元", num("25.81亿"), "元", "公共财政预算收入", "level", ind=REV, per="2014", area=RH),
    ],
)

# ---------------------------------------------------------------- 08 开阳县 (贵州 贵阳市), the county site's story on the county congress (2023-03-29)
KY = "开阳县"
KY_SESSION = "2023-03-29"
PAGES["e51_08_kaiyang_20230330.txt"] = dict(
    pubdate="2023-03-30",
    pubnote="the address t20230330 (www.kaiyang.gov.cn, 开阳县人民政府's site, 政务要闻); the story's dateline `3月29日` is the "
            "session's day, the day before",
    area=KY, period=KY_SESSION,
    items=[
        D("3月29日", KY_SESSION, "day", note="dateline, the session's day; the year from the address"),
        O("第十八届", "congress term"),
        O("第二次", "session"),
        Q("200余名", 200, "名", "县人大代表", "level", q="more_than"),
        Q("226人", 226, "人", "应到代表", "level", note="delegates of the session"),
        Q("206人", 206, "人", "实到代表", "level"),
        D("上午9时", "2023-03-29T09:00", "time", note="the session's opening hour"),
        Q("三个部分", 3, "个", "政府工作报告的部分", "level", borderline=True,
          note="the report's parts (as eval50's 三大部分), not an indicator"),
        D("2022年", "2022", "year", rel=False, note="part name (2022年工作回顾)"),
        D("2023年", "2023", "year", rel=False, note="part name"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        C("国发2号", "document number (新国发2号文件)"),
        D("过去一年", "2022", "year", note="in a work report 过去一年 is the reviewed year"),
        Q("289.2亿元", num("289.2亿"), "元", "地区生产总值", "level", ind=GDP, per="2022"),
        Q("5.6%", 5.6, "%", "地区生产总值增长", "growth", ind=GDP, per="2022"),
        O("第一", "rank (增速蝉联全市第一)"),
    ],
)
