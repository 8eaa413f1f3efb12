"""Annotations of pages 04-06 (桂平市, 镇康县, 疏附县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
IND_VA = "规模以上工业增加值"
BUDGET = "一般公共预算收入"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
HUJI = "户籍人口"

PAGES = {}

# ---------------------------------------------------------------- 04 桂平市 (广西 贵港市), the city government's profile in 西部时报 (2025-12-09)
GP = "桂平市"
GP_DAY = "2025-12-09"
PAGES["e45_04_guiping_20251209.txt"] = dict(
    pubdate=GP_DAY,
    pubnote="西部时报's page of 2025-12-09, from the e-paper's date line `2025年12月9星期二` (dropped, page furniture) and the address's 2025-12/09 (szb.wanzhongfilm.com, a copy of the e-paper)",
    area=GP, period=GP_DAY,
    items=[
        C("千年", "fixed phrase (千年古郡, headline)"),
        Q("4071平方公里", 4071, "平方公里", "辖区总面积", "level",
          note="a stock with no time of its own: the page's date"),
        Q("26个", 26, "个", "下辖乡镇", "level"),
        Q("411个", 411, "个", "行政村", "level"),
        Q("33个", 33, "个", "社区", "level"),
        Q("4个", 4, "个", "易地移民搬迁安置区社区", "level"),
        D("2024年末", "2024-12", "period", rel=False),
        Q("203万人", num("203万"), "人", "户籍人口", "level", ind=HUJI, per="2024-12"),
        C("三郡", "name with a numeral (岭南三郡)"),
        D("天监元年", "0502", "year", rel=False, note="南朝梁天监元年, glossed 公元502年"),
        D("公元502年", "0502", "year", rel=False),
        D("隋唐时期", "0581/0907", "period", rel=False),
        D("北宋嘉祐年间", "1056/1063", "period", rel=False),
        D("现在", GP_DAY, "now", note="迁至现在的桂平城区: the present-day city, as eval25's 现在的新校址 (added after seeing the first run's output: a gold omission)"),
        D("元明清", "1271/1912", "period", rel=False, note="此后元明清等历代: the Yuan, Ming and Qing dynasties"),
        Q("2200多年", 2200, "年", "桂平作为郡州路府治所的历史", "level", q="more_than",
          note="a history's length: the page's date, as eval's 300多年 木镇镇历史"),
        Q("200余年", 200, "年", "明代大藤峡瑶民起义延绵年数", "level", q="more_than",
          note="the length of a historical uprising; no time of its own: the page's date"),
        C("两广", "fixed term (两广, Guangdong and Guangxi)"),
        O("首批", "first-of-kind word (全国首批对外开放的县市)"),
        D("1994年5月", "1994-05", "month", rel=False),
        D("2023年", "2023", "year", rel=False),
        C("千年", "name with a numeral (“广西地名文化遗产千年古县”)"),
    ],
)

# ---------------------------------------------------------------- 05 镇康县 (云南 临沧市), the county's story on its congress of 2026-02-25 and the work report
ZK = "镇康县"
ZK_DAY = "2026-02-25"
ZK_FIVE = "2021/2025"
PAGES["e45_05_zhenkang_20260225.txt"] = dict(
    pubdate=ZK_DAY,
    pubnote="the story's day `2月25日下午` (the congress's opening); the year 2026 from the 十五个五年规划纲要草案 under review and the 十四五 years the report reviews (五年来, from 2020's levels); the stored copy (www.ynzk.gov.cn, 镇康县人民政府's site) shows no date line",
    area=ZK, period=ZK_FIVE,
    items=[
        O("十八届人大五次", "congress term and session (headline)"),
        C("第十五个五年", "fixed term (第十五个五年规划, the 十五五)"),
        D("2月25日下午", ZK_DAY, "day", note="the congress's day (no year on the page: 2026, see pubnote)"),
        O("第十八届", "congress term"),
        O("第五次", "session"),
        D("2月25日下午", ZK_DAY, "day"),
        O("第十八届", "congress term"),
        O("第五次", "session"),
        O("第一次", "meeting number (第一次全体会议)"),
        Q("182名", 182, "名", "应出席代表", "level", per=ZK_DAY),
        Q("165名", 165, "名", "实际出席代表", "level", per=ZK_DAY),
        O("第一次", "meeting number"),
        O("第一次", "meeting number"),
        O("第一次", "meeting number"),
        D("下午2点30分", "2026-02-25T14:30", "time"),
        C("十四五", "fixed term (“十四五”时期)"),
        C("5年", "fixed phrase (…极其艰辛的5年), as eval44's 四年"),
        C("百年", "fixed phrase (百年疫情)"),
        D("五年来", ZK_FIVE, "period"),
        D("2020年", "2020", "year", rel=False),
        Q("59.94亿元", num("59.94亿"), "元", "经济总量", "level", ind=GDP, per="2020"),
        Q("88.08亿元", num("88.08亿"), "元", "经济总量", "level", ind=GDP, per="2025",
          note="增至: the level at the end of the five years"),
        Q("5.8%", 5.8, "%", "经济总量年均增长", "growth", ind=GDP),
        D("2020年", "2020", "year", rel=False),
        Q("30338元", 30338, "元", "城镇常住居民人均可支配收入", "level", ind=URBAN_INC, per="2020"),
        Q("39138元", 39138, "元", "城镇常住居民人均可支配收入", "level", ind=URBAN_INC, per="2025"),
        Q("5.2%", 5.2, "%", "城镇常住居民人均可支配收入年均增长", "growth", ind=URBAN_INC),
        D("2020年", "2020", "year", rel=False),
        Q("12571元", 12571, "元", "农村常住居民人均可支配收入", "level", ind=RURAL_INC, per="2020"),
        Q("18409元", 18409, "元", "农村常住居民人均可支配收入", "level", ind=RURAL_INC, per="2025"),
        Q("7.9%", 7.9, "%", "农村常住居民人均可支配收入年均增长", "growth", ind=RURAL_INC),
        Q("100%", 100, "%", "城乡垃圾处理设施覆盖率", "share",
          note="the paragraph led by 五年来, as eval44's rates in a 十四五期间 sentence"),
        D("2020年", "2020", "year", rel=False),
        Q("19.5%", 19.5, "%", "村庄污水治理率", "share", per="2020"),
        Q("71.8%", 71.8, "%", "村庄污水治理率", "share", per="2025"),
    ],
)

# ---------------------------------------------------------------- 06 疏附县 (新疆 喀什地区), the county's work report of 2023-01-05: the 2022 review
SF = "疏附县"
SF_DAY = "2023-01-05"
SF_EST = "预计 for 2022, a year ended when the report was made (2023-01-05): an early estimate, not a target"
PAGES["e45_06_shufu_20230105.txt"] = dict(
    pubdate=SF_DAY,
    pubnote="the report's subtitle `2023年1月5日在疏附县第十七届人民代表大会第三次会议上` (kept); the forum's copy (quyushuju.com) shows no date of its own and titles it `2024年疏附县政府工作报告`",
    area=SF, period="2022",
    items=[
        C("2024年", "year inside a title (the copy's title 2024年疏附县政府工作报告)"),
        D("2023年1月5日", SF_DAY, "day", rel=False, note="the report's subtitle"),
        O("第十七届", "congress term"),
        O("第三次", "session"),
        D("现在", SF_DAY, "now", note="the day the report was delivered"),
        O("第十七届", "government term (疏附县第十七届人民政府)"),
        D("2022年", "2022", "year", rel=False, note="section heading (2022年工作回顾)"),
        D("2022年", "2022", "year", rel=False, note="刚刚过去的2022年"),
        C("一年", "fixed phrase (…极不平凡的一年)"),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        O("二十大", "party congress"),
        O("十九届历次全会", "party plenums"),
        O("第二次", "meeting number (第二次、第三次中央新疆工作座谈会)"),
        O("第三次", "meeting number"),
        Q("60亿元", num("60亿"), "元", "地区生产总值", "level", ind=GDP, note=SF_EST),
        Q("5.5%", 5.5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("2.85亿元", num("2.85亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("15%", 15, "%", "一般公共预算收入增长", "growth", ind=BUDGET),
        Q("34.7亿元", num("34.7亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("47%", 47, "%", "固定资产投资同比增长", "growth", ind=FAI),
        Q("1.15亿元", num("1.15亿"), "元", "规上工业增加值", "level", ind=IND_VA),
        Q("4.6亿元", num("4.6亿"), "元", "限额以上社会消费品零售总额", "level",
          note="the 限额以上 part, not the catalogue's 社会消费品零售总额"),
        Q("6%", 6, "%", "城镇居民人均可支配收入增长", "growth", ind=URBAN_INC),
        Q("9%", 9, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL_INC),
        Q("124个", 124, "个", "累计对接项目", "level"),
        Q("8.78亿元", num("8.78亿"), "元", "到位资金", "level"),
        Q("3897人", 3897, "人", "新增就业", "level",
          note="新增就业 without 城镇: not given as the catalogue's 城镇新增就业"),
        C("四个不摘", "numeric slogan"),
        C("八个不变", "numeric slogan"),
        Q("四项", 4, "项", "监测手段", "level", borderline=True, note="a count of named methods, as earlier sets' 四项 举措"),
    ],
)
