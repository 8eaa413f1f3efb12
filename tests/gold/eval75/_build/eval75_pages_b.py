"""Annotations of pages 05-08 (黄梅县's 2017 work report on 公文搜, 延津县's congress story, 邢台日报's 信都区 photo story,
沙洋县's congress story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GBR = "一般公共预算收入"
PAGES = {}

# ---------------------------------------------------------------- 05 黄梅县 (湖北 黄冈市), the county's 2017 work report (its review of 2012-2016)
HM = "黄梅县"
FIVE = "2012/2016"
PAGES["e75_05_huangmei_20210723.txt"] = dict(
    pubdate="2021-07-23",
    pubnote="the kept line `公文搜 2021-07-23 10:38:42 政府报告` (公文搜, a document site, as eval74's 东昌府区); the report was "
            "given on 2016-12-16 (subtitle)",
    area=HM, period="2016",
    items=[
        C("2017年", "year inside the report's title ((湖北省)2017年黄梅县人民政府工作报告)"),
        D("2021-07-23 10:38:42", "2021-07-23T10:38", "time", rel=False, note="the copy's posting time (the site's line)"),
        C("2017年", "year inside the report's title (the site's summary line)"),
        D("2016年12月16日", "2016-12-16", "day", rel=False, note="the report's delivery day (summary line)"),
        O("第十六届", "congress term"),
        O("第一次", "session number"),
        C("2017年", "year inside the report's title (the text's first line)"),
        D("2016年12月16日", "2016-12-16", "day", rel=False, note="the report's delivery day (subtitle)"),
        O("第十六届", "congress term"),
        O("第一次", "session number"),
        D("现在", "2016-12-16", "now", note="the day the report was delivered (a work report's opening 现在, as eval54's, eval55's and eval74's); left out by slip, added after seeing the first run"),
        O("一、", "section marker"),
        D("过去五年", FIVE, "period", note="the outgoing government's five years (the base year is 2011: 是2011年的…倍)"),
        D("本届政府的五年", FIVE, "period", note="the same five years"),
        D("五年来", FIVE, "period", note="the same five years"),
        O("十八大", "party congress"),
        O("十八届三中、四中、五中、六中全会", "party plenums, one span (as eval51's 二十届二中、三中全会)"),
        O("第十五届人大一次", "congress term and session as one span (县第十五届人大一次会议)"),
        D("2016年", "2016", "year", rel=False),
        Q("189亿元", num("189亿"), "元", "地区生产总值", "level", ind=GDP),
        D("2011年", "2011", "year", rel=False),
        Q("1.74倍", 1.74, "倍", "地区生产总值是2011年的倍数", "multiple", ind=GDP),
        Q("10.6亿元", num("10.6亿"), "元", "公共财政预算收入", "level", ind=GBR,
          note="公共财政预算收入: 一般公共预算收入's older name (as the earlier sets')"),
        Q("五年", 5, "年", "公共财政预算收入翻番所用年数", "level", borderline=True, per=FIVE,
          note="a duration (实现五年翻一番), not an indicator"),
        Q("翻一番", 2, "倍", "公共财政预算收入五年翻一番", "multiple", ind=GBR,
          note="翻一番: doubled against 2011, a multiple of 2"),
        Q("207亿元", num("207亿"), "元", "固定资产投资", "level", ind="固定资产投资"),
        D("2011年", "2011", "year", rel=False),
        Q("2 .7倍", 2.7, "倍", "固定资产投资是2011年的倍数", "multiple", ind="固定资产投资",
          note="the copy's line break fell inside the number (2\\n.7), stored as a space"),
        Q("125亿元", num("125亿"), "元", "社会消费品零售总额", "level", ind="社会消费品零售总额"),
        D("2011年", "2011", "year", rel=False),
        Q("2倍", 2, "倍", "社会消费品零售总额是2011年的倍数", "multiple", ind="社会消费品零售总额"),
        Q("4980万美元", num("4980万"), "美元", "外贸出口总额", "level", ind="出口总额"),
        D("20 11年", "2011", "year", rel=False, note="the copy's line break fell inside the year, stored as a space"),
        Q("4倍", 4, "倍", "外贸出口总额是2011年的倍数", "multiple", ind="出口总额"),
        Q("115家", 115, "家", "规模以上工业企业(五年前)", "level", per="2011",
          note="由115家增加到173家: the count at the start of the five years"),
        Q("173家", 173, "家", "规模以上工业企业", "level"),
        Q("200亿元", num("200亿"), "元", "规模工业年产值", "level", q="more_than", ind="规模以上工业总产值",
          note="突 破200亿元 (the copy's break inside 突破): more_than"),
        Q("10.8平方公里", 10.8, "平方公里", "大胜关山工业园建成区面积", "level"),
        Q("8平方公 里", 8, "平方公里", "小池临港产业园建成区面积", "level",
          note="the copy's line break fell inside the unit (平方公\\n里), stored as a space"),
        Q("121家", 121, "家", "大胜关山工业园集聚成长型企业", "level"),
        Q("47家", 47, "家", "小池临港产业园集聚成长型企业", "level"),
    ],
)

# ---------------------------------------------------------------- 06 延津县 (河南 新乡市), the county site's story on its congress (15th term, 1st session)
YJ = "延津县"
DAY = "2022-04-20"
FIVE_YJ = "2017/2021"
PAGES["e75_06_yanjin_20220420.txt"] = dict(
    pubdate=DAY,
    pubnote="the dateline `4月20日` with the report's parts `2022年工作总体要求和主要目标` and the figures of 2021; the page "
            "(延津县人民政府's site) gives no posting day — unsure: the session's day is used (as eval51's 隆回)",
    area=YJ, period="2021",
    items=[
        D("4月20日", DAY, "day", note="the session's opening day"),
        O("十五届人大一次", "congress term and session as one span (县十五届人大一次会议, as eval51's)"),
        Q("227名", 227, "名", "出席大会的县人大代表", "level", per=DAY),
        Q("227人", 227, "人", "大会现有代表", "level", per=DAY),
        Q("218人", 218, "人", "实到代表", "level", per=DAY),
        D("上午8点30分", "2022-04-20T08:30", "time"),
        Q("四个部分", 4, "个", "政府工作报告的部分", "level", borderline=True, per=DAY,
          note="the report's parts: a count of a text's parts, arguably not an indicator (as eval42's)"),
        O("一是", "list marker"),
        O("二", "list marker (二今后…, its 是 left out)"),
        D("今后五年", "2022/2026", "period", note="the next term"),
        O("三是", "list marker"),
        D("2022年", "2022", "year", rel=False),
        O("四是", "list marker"),
        D("2022年", "2022", "year", rel=False),
        O("十四届人大一次", "congress term and session as one span (县十四届人大一次会议)"),
        D("五年来", FIVE_YJ, "period", note="the outgoing term's five years (the base year is 2016: 较2016年增长)"),
        O("十四届", "congress term (县十四届人大)"),
        C("十四五", "five-year plan name"),
        D("2021年", "2021", "year", rel=False),
        Q("166.2亿元", num("166.2亿"), "元", "全县地区生产总值", "level", ind=GDP),
        D("2016年", "2016", "year", rel=False),
        Q("29.3%", 29.3, "%", "地区生产总值较2016年增长", "growth", ind=GDP, per=FIVE_YJ,
          note="the growth over the five years against 2016"),
        Q("5.3%", 5.3, "%", "地区生产总值年均增长", "growth", ind=GDP, per=FIVE_YJ),
        D("2016年", "2016", "year", rel=False),
        Q("46.3%", 46.3, "%", "规模以上工业增加值较2016年增长", "growth", ind="规模以上工业增加值", per=FIVE_YJ),
        Q("7.9%", 7.9, "%", "规模以上工业增加值年均增长", "growth", ind="规模以上工业增加值", per=FIVE_YJ),
        D("2016年", "2016", "year", rel=False),
        Q("44.1%", 44.1, "%", "城乡居民人均可支配收入较2016年增长", "growth", per=FIVE_YJ,
          note="城乡居民 (the two incomes together, not told apart): no catalogue indicator"),
        Q("7.6%", 7.6, "%", "城乡居民人均可支配收入年均增长", "growth", per=FIVE_YJ),
    ],
)

# ---------------------------------------------------------------- 07 信都区 (河北 邢台市), 邢台日报's photo story on 河北新闻网
XD = "邢台市信都区"
XDAY = "2020-10-19"
PAGES["e75_07_xindu_20201019.txt"] = dict(
    pubdate=XDAY,
    pubnote="the kept line `来源:邢台日报 2020-10-19 14:54:16` (河北新闻网's mobile site)",
    area=XD, period=XDAY,
    items=[
        D("2020-10-19 14:54:16", "2020-10-19T14:54", "time", rel=False, note="the page's posting time (metadata line)"),
        D("10月13日", "2020-10-13", "day", note="the photo's day"),
        D("近年来", None, "vague"),
        D("目前", XDAY, "now"),
        Q("35万亩", num("35万"), "亩", "野生酸枣覆盖面积", "level"),
        Q("12万亩", num("12万"), "亩", "人工抚育和种植高效酸枣面积", "level"),
        Q("1000吨", 1000, "吨", "年产酸枣仁", "level", note="a yearly output as of 目前, which leads the sentence"),
        Q("2亿元", num("2亿"), "元", "酸枣年总收益", "level"),
        Q("3.4万户", num("3.4万"), "户", "辐射带动酸枣种植户", "level"),
    ],
)

# ---------------------------------------------------------------- 08 沙洋县 (湖北 荆门市), the county site's story on its congress (5th term, 3rd session)
SY = "沙洋县"
SDAY = "2018-12-27"
PAGES["e75_08_shayang_20181227.txt"] = dict(
    pubdate=SDAY,
    pubnote="the dateline `12月27日上午` with the report's parts `2018年工作回顾` and `2019年工作安排`; the page (沙洋's site "
            "on the 长江云 platform) gives no posting day — unsure: the session's day is used (as eval51's 隆回)",
    area=SY, period=SDAY,
    items=[
        O("第五届", "congress term"),
        O("第三次", "session number"),
        D("12月27日上午", SDAY, "day", note="the session's opening day"),
        O("第五届", "congress term"),
        O("第三次", "session number"),
        C("四大家", "fixed term (县“四大家”领导)"),
        C("两院", "fixed term (县“两院”: the court and the procuratorate)"),
        D("上午9时30分", "2018-12-27T09:30", "time"),
        O("五届人大三次", "congress term and session as one span (县五届人大三次会议, as eval51's)"),
        O("第一次", "session number (第一次全体会议)"),
        Q("260人", 260, "人", "大会应到代表", "level"),
        Q("13人", 13, "人", "因事因病请假代表", "level"),
        Q("247人", 247, "人", "实到代表", "level"),
        Q("两个部分", 2, "部分", "政府工作报告的部分", "level", borderline=True,
          note="the report's two parts: a count of a text's parts, arguably not an indicator (as eval42's)"),
        O("一、", "list marker"),
        D("2018年", "2018", "year", rel=False),
        O("二、", "list marker"),
        D("2019年", "2019", "year", rel=False),
        D("2018年", "2018", "year", rel=False),
        C("三大攻坚战", "fixed term"),
        D("一年来", "2018", "year", note="in a work report 一年来 is the reporting year"),
        D("2019年", "2019", "year", rel=False),
        O("70周年", "anniversary"),
    ],
)
