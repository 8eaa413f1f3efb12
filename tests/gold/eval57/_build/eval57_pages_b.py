"""Annotations of pages 05-08 (央广网 on 果洛藏族自治州's work report, 平谷区's 一季度 2025 investment, 龙游县农业农村局's
reply to a deputy's suggestion, 上海市统计局's 1-11月 2008 industry release), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
REV = "一般公共预算收入"
EXP = "一般公共预算支出"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"
CPI = "居民消费价格"
UNEMP = "城镇登记失业率"
PAGES = {}

# ---------------------------------------------------------------- 05 果洛藏族自治州 (青海), 央广网 on the prefecture's congress (2023-02-26)
GL = "果洛藏族自治州"
AIM = "果洛州划定发展预期目标: an aim of 2023, the year the report opens (a period not yet over)"
PAGES["e57_05_guoluo_20230226.txt"] = dict(
    pubdate="2023-02-26",
    pubnote="the dateline `央广网果洛2月26日消息`, with the report's review of `2022年` (the 15th congress's 4th "
            "session); the site (qufk.cn) gives no date — **unsure**: the year is read from the review, not printed",
    area=GL, period="2022",
    items=[
        D("2月26日", "2023-02-26", "day", note="dateline"),
        D("2月26日", "2023-02-26", "day", note="the session's day, the dateline's"),
        O("第十五届", "congress term"),
        O("第四次", "session"),
        D("2022年", "2022", "year", rel=False),
        C("第二个百年", "fixed term (第二个百年奋斗目标), as the earlier sets'"),
        D("2022年", "2022", "year", rel=False),
        Q("53.62亿元", num("53.62亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("2.7%", 2.7, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第二", "rank (增幅位列全省第二)"),
        Q("79.82亿元", num("79.82亿"), "元", "全社会固定资产投资", "level", ind=FAI),
        Q("31.8%", 31.8, "%", "全社会固定资产投资同比增长", "growth", ind=FAI),
        O("第一", "rank"),
        Q("11.38亿元", num("11.38亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("3.8%", 3.8, "%", "社会消费品零售总额同比增长", "growth", ind=RETAIL),
        O("第一", "rank"),
        Q("2.94亿元", num("2.94亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("5.44%", 5.44, "%", "一般公共预算收入同比下降", "growth", ind=REV, change="decrease"),
        Q("99.95亿元", num("99.95亿"), "元", "一般公共预算支出", "level", ind=EXP),
        Q("2.07%", 2.07, "%", "一般公共预算支出同比下降", "growth", ind=EXP, change="decrease"),
        Q("41703元", 41703, "元", "城镇居民人均可支配收入", "level", ind=URBAN),
        Q("4.5%", 4.5, "%", "城镇居民人均可支配收入同比增长", "growth", ind=URBAN),
        Q("11516元", 11516, "元", "农牧民人均可支配收入", "level", ind=RURAL,
          note="农牧民人均可支配收入: the rural residents' income in a herding prefecture"),
        Q("6.9%", 6.9, "%", "农牧民人均可支配收入同比增长", "growth", ind=RURAL),
        O("第一", "rank (全体居民人均可支配收入增幅位列全省第一)"),
        Q("3%以内", 3, "%", "城镇登记失业率", "share", q="less_than", ind=UNEMP,
          note="控制在3%以内 in the review of 2022: the outcome, not a target"),
        D("一年来", "2022", "year", note="in a work report's review 一年来 is the reviewed year"),
        Q("3%", 3, "%", "地区生产总值增长预期目标", "growth", ind=GDP, per="2023", target=True, note=AIM),
        Q("7%", 7, "%", "全社会固定资产投资增长预期目标", "growth", ind=FAI, per="2023", target=True, note=AIM),
        Q("2%", 2, "%", "一般公共财政预算收入增长预期目标", "growth", ind=REV, per="2023", target=True, note=AIM),
        Q("7%", 7, "%", "社会消费品零售总额增长预期目标", "growth", ind=RETAIL, per="2023", target=True, note=AIM),
        Q("3%以内", 3, "%", "居民消费价格涨幅控制目标", "growth", q="less_than", ind=CPI, per="2023", target=True, note=AIM),
        Q("3%以内", 3, "%", "城镇登记失业率控制目标", "share", q="less_than", ind=UNEMP, per="2023", target=True, note=AIM),
    ],
)

# ---------------------------------------------------------------- 06 平谷区 (北京), the district's own item on its 一季度 2025 investment (2025-05-12)
PG = "平谷区"
PG_Q1 = "2025-01/2025-03"
PAGES["e57_06_pinggu_20250512.txt"] = dict(
    pubdate="2025-05-12",
    pubnote="the kept line `2025-05-12 16:20` under the account's name `高大尚平谷` (北京日报客户端, xinwen.bjd.com.cn)",
    area=PG, period=PG_Q1,
    items=[
        D("一季度", PG_Q1, "period", note="headline"),
        O("第二", "rank (居全市第二)"),
        D("2025-05-12 16:20", "2025-05-12T16:20", "time", rel=False, note="the item's date line"),
        D("一季度", PG_Q1, "period"),
        Q("37.4%", 37.4, "%", "全区固定资产投资(不含农户)同比增长", "growth", ind=FAI),
        Q("13.4个百分点", 13.4, "百分点", "固定资产投资增速高于全市平均水平", "points", ind=FAI),
        O("第二", "rank (增速居全市第二)"),
        O("第一", "rank (生态涵养区第一)"),
        Q("71.3%", 71.3, "%", "高技术产业投资同比增长", "growth"),
        Q("87.2%", 87.2, "%", "高技术服务业占高技术产业投资比重", "share"),
        Q("71.2%", 71.2, "%", "基础设施投资同比增长", "growth"),
        D("上月", "2025-02", "month",
          note="增速与上月相比: the month before the quarter's end (the 1-2月 figure), not the month before the item's day"),
        Q("15.4个百分点", 15.4, "百分点", "基础设施投资增速比上月加快", "points"),
        Q("67.9%", 67.9, "%", "交通运输业投资增长", "growth"),
        Q("26.6%", 26.6, "%", "公共设施管理业投资增长", "growth"),
        D("本年", "2025", "year"),
        Q("30个", 30, "个", "本年有投资的城市更新项目", "level"),
        D("去年同期", "2024-01/2024-03", "period"),
        Q("11个", 11, "个", "城市更新项目比去年同期增加", "difference"),
        Q("9.2%", 9.2, "%", "城市更新项目投资增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 07 龙游县 (浙江 衢州市), the county farm bureau's reply to a deputy's suggestion (2025-08-11)
LY = "龙游县"
HLZ = "横路祝村"
PAGES["e57_07_longyou_20250811.txt"] = dict(
    pubdate="2025-08-11",
    pubnote="the kept line `发布时间: 2025- 08- 11 21: 38` (longyou.gov.cn, 龙游县人民政府's site); the letter is dated "
            "`2025年6月19日`",
    area=LY, period="2025-08-11",
    items=[
        O("十四届人大四次", "congress term and session as one span (县十四届人大四次会议), as eval50's and eval51's"),
        O("第31号", "suggestion number"),
        D("2025- 08- 11 21: 38", "2025-08-11T21:38", "time", rel=False, note="the page's date line"),
        O("十四届人大四次", "congress term and session as one span"),
        Q("约108亩", 108, "亩", "抛荒耕地", "level", q="approx", area=HLZ,
          note="the village's (下畈自然村 of 横路祝村) idle land; no time given: the page's date"),
        D("近年", None, "vague"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False),
        C("2023年", "year inside the project's name (2023年龙游县东华街道等4街道土地综合整治…项目)"),
        C("4街道", "numeral inside the project's name"),
        Q("402.5万元", num("402.5万"), "元", "土地综合整治项目总投资", "level", per="2023",
          note="the project's total cost; its villages lie in two 街道/镇: the county"),
        Q("1150亩", 1150, "亩", "项目建设面积", "level", per="2023"),
        D("2023年", "2023", "year", rel=False),
        D("2025年", "2025", "year", rel=False),
        Q("3.79千米", 3.79, "千米", "累计完成渠道建设", "level", per="2023/2025",
          note="累计, over the project's years (2023年开工,2025年完成)"),
        Q("0.94千米", 0.94, "千米", "横路祝村渠道建设", "level", per="2023/2025", area=HLZ),
        O("二、", "list marker"),
        D("2024年至2025年", "2024/2025", "range", rel=False),
        Q("1523.34万元", num("1523.34万"), "元", "累计投入农田水利设施维修改造资金", "level", per="2024/2025"),
        D("2024年", "2024", "year", rel=False),
        Q("80%", 80, "%", "农田水利设施改善项目按审价金额补助比例", "share", per="2024"),
        D("2025年", "2025", "year", rel=False),
        Q("70%", 70, "%", "农田水利设施改善项目按审价金额补助比例", "share", per="2025",
          note="the subsidy's rate for 2025's approved projects: a rule in force, not an aim"),
        D("2025年6月19日", "2025-06-19", "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 08 上海市, the city statistics bureau's 1-11月 2008 industry release (2008-12-24)
SH = "上海市"
SH_11 = "2008-01/2008-11"
PAGES["e57_08_shanghai_20081224.txt"] = dict(
    pubdate="2008-12-24",
    pubnote="the kept line `2008-12-24 来源:上海市统计局` (tjj.sh.gov.cn) and the address (20081224)",
    area=SH, period=SH_11,
    items=[
        D("1-11月", SH_11, "period", note="headline"),
        D("2008-12-24", "2008-12-24", "day", rel=False, note="the page's date line"),
        D("1-11月", SH_11, "period"),
        Q("23350.11亿元", num("23350.11亿"), "元", "全市工业企业总产值", "level",
          note="all industry's gross output: not the catalogue's 规模以上工业总产值"),
        D("去年同期", "2007-01/2007-11", "period"),
        Q("9.7%", 9.7, "%", "工业总产值比去年同期增长", "growth"),
        Q("5.8个百分点", 5.8, "百分点", "工业总产值增幅同比回落", "points", change="decrease"),
        Q("22226.11亿元", num("22226.11亿"), "元", "规模以上工业企业总产值", "level", ind="规模以上工业总产值"),
        Q("9.8%", 9.8, "%", "规模以上工业总产值增长", "growth", ind="规模以上工业总产值"),
        Q("6.3个百分点", 6.3, "百分点", "规模以上工业总产值增幅回落", "points", change="decrease",
          ind="规模以上工业总产值"),
        C("六大", "named set (六大重点发展行业)"),
        D("1-11月", SH_11, "period"),
        C("六大", "named set"),
        Q("14551.07亿元", num("14551.07亿"), "元", "六大重点发展工业行业总产值", "level"),
        D("去年同期", "2007-01/2007-11", "period"),
        Q("10.7%", 10.7, "%", "六大重点发展行业总产值增长", "growth"),
        Q("8.2个百分点", 8.2, "百分点", "六大重点发展行业增幅同比回落", "points", change="decrease"),
        D("1-10月", "2008-01/2008-10", "period"),
        Q("1.2个百分点", 1.2, "百分点", "六大重点发展行业增幅比1-10月回落", "points", change="decrease"),
        Q("21.6%", 21.6, "%", "成套设备制造业增长", "growth"),
        C("六大", "named set"),
        Q("2.2个百分点", 2.2, "百分点", "成套设备制造业拉动全市工业增长", "points"),
        Q("14.8%", 14.8, "%", "电子信息产品制造业增长", "growth"),
        Q("3.9个百分点", 3.9, "百分点", "电子信息产品制造业拉动全市工业增长", "points"),
        Q("9.2%", 9.2, "%", "石油化工及精细化工制造业增长", "growth"),
        Q("1个百分点", 1, "百分点", "石油化工及精细化工制造业拉动全市工业增长", "points"),
        Q("8.8%", 8.8, "%", "生物医药制品业增长", "growth"),
        Q("2.1%", 2.1, "%", "汽车制造业增长", "growth"),
        Q("6.5%", 6.5, "%", "精品钢材制造业下降", "growth", change="decrease"),
        C("六大", "named set"),
    ],
)
