"""Annotations of pages 07-12 (麦盖提县, 合阳/澄城/姜谭经开区, 安岳县, 弥勒市, 中江县, 中阳县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
STRUCT = "三次产业结构"
INDUSTRY_VA = "工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
SPENDING = "一般公共预算支出"
INC_ALL = "全体居民人均可支配收入"
INC_URBAN = "城镇居民人均可支配收入"
INC_RURAL = "农村居民人均可支配收入"
JOBS = "城镇新增就业"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 07 麦盖提县 (喀什地区, 新疆), the county's work report of 2021 (十三五 and 2020 review)
MG_DAY = "2021-01-26"
MG_5Y = "2016/2020"
PAGES["e31_07_maigaiti_20210207.txt"] = dict(
    pubdate="2021-02-07",
    pubnote="发布日期:2021-02-07 11:44 in the metadata line (kept; mgt.gov.cn, 麦盖提县人民政府网); delivered 2021年1月26日 (subtitle, kept)",
    area="麦盖提县", period="2020",
    items=[
        C("2020", "year inside the page's title (2020政府工作报告)"),
        D("2021-02-07 11:44", "2021-02-07T11:44", "time", rel=False, note="page metadata line (发布日期)"),
        D("2021年1月26日", MG_DAY, "day", rel=False, note="delivery date (subtitle)"),
        O("第十六届", "congress term"),
        O("第六次", "session number"),
        D("现在", MG_DAY, "now", note="the report's delivery day"),
        O("一、", "section marker"),
        C("十三五", "fixed term (十三五 plan)"),
        D("2020年", "2020", "year", rel=False, note="section heading"),
        C("十三五", "fixed term (十三五 plan)"),
        D("五年", MG_5Y, "period", note="the 十三五 years (“十三五”的五年)"),
        D("五年", MG_5Y, "period", note="the 十三五 years (极不平凡的五年)"),
        D("五年", MG_5Y, "period", note="the 十三五 years (得实惠最多的五年)"),
        D("五年来", MG_5Y, "period"),
        D("2015年", "2015", "year", rel=False),
        Q("39.70亿元", num("39.70亿"), "元", "2015年全县生产总值", "level", ind=GDP, per="2015"),
        D("2020年", "2020", "year", rel=False),
        Q("61.95亿元", num("61.95亿"), "元", "2020年全县生产总值", "level", ind=GDP,
          note="预计 in a report on a year that has ended: an early estimate, not a target"),
        Q("9.3%", 9.3, "%", "生产总值年均增长", "growth", ind=GDP, per=MG_5Y),
        Q("1.66亿元", num("1.66亿"), "元", "2015年工业增加值", "level", ind=INDUSTRY_VA, per="2015"),
        Q("2.05亿元", num("2.05亿"), "元", "2020年工业增加值", "level", ind=INDUSTRY_VA),
        Q("4.32%", 4.32, "%", "工业增加值年均增长", "growth", ind=INDUSTRY_VA, per=MG_5Y),
        D("五年", MG_5Y, "period", note="五年累计"),
        Q("192.94亿元", num("192.94亿"), "元", "固定资产投资五年累计", "level", ind=FAI, per=MG_5Y),
        Q("29354元", 29354, "元", "城镇居民人均可支配收入", "level", ind=INC_URBAN),
        Q("8.82%", 8.82, "%", "城镇居民人均可支配收入年均增长", "growth", ind=INC_URBAN, per=MG_5Y),
        Q("11455元", 11455, "元", "农村居民人均可支配收入", "level", ind=INC_RURAL),
        Q("3.04%", 3.04, "%", "农村居民人均可支配收入年均增长", "growth", ind=INC_RURAL, per=MG_5Y),
        C("十三五", "fixed term (十三五 plan)"),
    ],
)

# ---------------------------------------------------------------- 08 陕西省's three new development zones (合阳, 澄城, 姜谭), 本报讯 of a provincial paper on a portal
HY_DAY = "2021-02-20"
PAGES["e31_08_heyang_20210220.txt"] = dict(
    pubdate=HY_DAY,
    pubnote="三秦都市报 2021-02-20 01:00 in the copy's date line (kept; m.yybnet.net, a portal holding the provincial paper)",
    area="陕西省", period=HY_DAY,
    items=[
        Q("3个", 3, "个", "新增省级经济技术开发区", "level"),
        D("2021-02-20 01:00", "2021-02-20T01:00", "time", rel=False, note="the copy's date line"),
        D("2月19日", "2021-02-19", "day"),
        D("截至目前", HY_DAY, "now"),
        Q("20家", 20, "家", "省级经开区", "level"),
        Q("1.1788平方公里", 1.1788, "平方公里", "合阳经开区符合规划的面积", "level", area="合阳经开区"),
        Q("39户", 39, "户", "合阳经开区现有企业", "level", area="合阳经开区"),
        Q("14户", 14, "户", "合阳经开区规上企业", "level", area="合阳经开区"),
        Q("10.17平方公里", 10.17, "平方公里", "澄城经开区符合规划的面积", "level", area="澄城经开区"),
        Q("103户", 103, "户", "澄城经开区现有企业", "level", area="澄城经开区"),
        Q("1.8万人", num("1.8万"), "人", "澄城经开区从业人员", "level", area="澄城经开区"),
        Q("16户", 16, "户", "澄城经开区规上企业", "level", area="澄城经开区"),
        Q("5户", 5, "户", "澄城经开区外贸企业", "level", area="澄城经开区"),
        Q("4.42平方公里", 4.42, "平方公里", "姜谭经开区符合规划的面积", "level", area="姜谭经开区"),
        Q("107户", 107, "户", "姜谭经开区现有企业", "level", area="姜谭经开区"),
        Q("16户", 16, "户", "姜谭经开区规上企业", "level", area="姜谭经开区"),
    ],
)

# ---------------------------------------------------------------- 09 安岳县 (资阳市, 四川), the county transport bureau's reply to a CPPCC motion
AY_LETTER = "2021-06-09"
PAGES["e31_09_anyue_20220124.txt"] = dict(
    pubdate="2022-01-24",
    pubnote="2022-01-24 in the page's date line (kept; www.aysc.gov.cn, 安岳县人民政府); the letter itself is dated 2021年6月9日 (kept)",
    area="安岳县", period=AY_LETTER,
    items=[
        O("第十四届", "CPPCC committee term"),
        O("五次会议", "session number"),
        C("第62号", "number of the motion"),
        D("2022-01-24", "2022-01-24", "day", rel=False, note="page date line"),
        C("第62号", "number of the motion"),
        D("目前", AY_LETTER, "now", note="the letter's own date (2021年6月9日), not the posting date"),
        Q("1条", 1, "条", "已开通省际农村班线", "level"),
        Q("1辆", 1, "辆", "省际农村班线投入车辆", "level"),
        Q("1条", 1, "条", "已开通省际公交", "level"),
        Q("7辆", 7, "辆", "省际公交投入车辆", "level"),
        D("下一步", None, "vague"),
        D("2021年6月9日", AY_LETTER, "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 10 弥勒市 (红河州, 云南), the city statistics bureau on the spring harvest
ML_DAY = "2020-05-18"
PAGES["e31_10_mile_20200518.txt"] = dict(
    pubdate=ML_DAY,
    pubnote="发布日期2020-05-18 in the metadata rows (kept; www.hhml.gov.cn, 发布机构 弥勒市统计局)",
    area="弥勒市", period="2020",
    items=[
        D("2020-05-18", ML_DAY, "day", rel=False, note="page metadata row (发布日期)"),
        C("两增", "numeric slogan (两增、两减)"),
        C("两减", "numeric slogan (两增、两减)"),
        D("今年以来", "2020", "period"),
        C("两不误", "numeric slogan"),
        C("两增", "numeric slogan (两增、两减)"),
        C("两减", "numeric slogan (两增、两减)"),
        C("两增", "numeric slogan (两增是…)"),
        C("两减", "numeric slogan (两减是…)"),
        O("一 、", "section marker"),
        Q("23.87万吨", num("23.87万"), "吨", "蔬菜产量", "level",
          note="the 2020 小春 (spring) crop"),
        Q("0.6%", 0.6, "%", "蔬菜产量增长", "growth"),
        Q("0.2万吨", num("0.2万"), "吨", "油菜籽产量", "level"),
        Q("3.7%", 3.7, "%", "油菜籽产量增长", "growth"),
        O("二、", "section marker"),
        Q("5.63万吨", num("5.63万"), "吨", "小春粮食产量", "level",
          note="only the spring harvest, not the year's 粮食产量"),
        Q("3.9%", 3.9, "%", "小春粮食产量下降", "growth", change=DOWN),
        Q("0.24万吨", num("0.24万"), "吨", "瓜类产量", "level"),
        Q("26.5%", 26.5, "%", "瓜类产量下降", "growth", change=DOWN),
    ],
)

# ---------------------------------------------------------------- 11 中江县 (德阳市, 四川), the city paper's 一季度 feature on a portal
ZJ_DAY = "2016-05-10"
ZJ_Q1 = "2016-01/2016-03"
PAGES["e31_11_zhongjiang_20160510.txt"] = dict(
    pubdate=ZJ_DAY,
    pubnote="来源:德阳日报 2016-05-10 21:18 in the copy's source line (kept; yybnet.net, a portal holding the city paper)",
    area="中江县", period=ZJ_Q1,
    items=[
        D("今年一季度", ZJ_Q1, "period", note="headline"),
        D("2016-05-10 21:18", "2016-05-10T21:18", "time", rel=False, note="the copy's source line"),
        Q("8.7%", 8.7, "%", "一季度地区生产总值增速", "growth", ind=GDP),
        D("一季度", ZJ_Q1, "period"),
        Q("1.3", 1.3, "百分点", "GDP增速超过全省", "points", ind=GDP, inherited=True),
        Q("1.5个百分点", 1.5, "百分点", "GDP增速超过全市", "points", ind=GDP),
        D("今年年初", "2016-01", "period"),
        C("四个", "numeric slogan (四个看齐)"),
        C("四个", "numeric slogan (四个自觉)"),
        C("五大", "numeric slogan (五大机遇)"),
        C("五大", "numeric slogan (五大优势)"),
        C("五多五少", "numeric slogan"),
        D("首季", ZJ_Q1, "period"),
        C("十三五", "fixed term (十三五 plan)"),
        C("一主一副一区多点", "numeric slogan (development layout)"),
        C("十三五", "fixed term (十三五 plan)"),
        D("首季", ZJ_Q1, "period", note="sub-heading"),
        D("一季度", ZJ_Q1, "period"),
        Q("59.8亿元", num("59.8亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("8.7%", 8.7, "%", "地区生产总值同比增长", "growth", ind=GDP),
        D("全年", "2016", "year"),
        Q("0.7个百分点", 0.7, "百分点", "GDP增速高于全年计划目标", "points", ind=GDP),
        Q("1.3", 1.3, "百分点", "GDP增速高于全省", "points", ind=GDP, inherited=True),
        Q("1.5个百分点", 1.5, "百分点", "GDP增速高于全市", "points", ind=GDP),
        D("一季度", ZJ_Q1, "period"),
    ],
)

# ---------------------------------------------------------------- 12 中阳县 (吕梁市, 山西), the county development bureau's report on 2024 (county not named in the copy)
ZY = "2024"
PAGES["e31_12_zhongyang_20250919.txt"] = dict(
    pubdate="2025-09-19",
    pubnote="the address's date t20250919 (www.sxzhongyang.gov.cn, 中阳县人民政府, the 发展和改革局's section); no date line in the copy",
    area="中阳县", period=ZY,
    items=[
        D("过去的一年", ZY, "year", note="the report's year (its figures are of 2024)"),
        D("一年来", ZY, "year", note="the report's year"),
        O("一、", "section marker"),
        O("(一)", "section marker"),
        D("2024年", ZY, "year", rel=False),
        Q("201.06亿元", num("201.06亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("4.1%", 4.1, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第六", "rank"),
        O("第五", "rank"),
        O("第一产业", "industry ordinal"),
        Q("4.23亿元", num("4.23亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("6.7%", 6.7, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第一", "rank"),
        O("第二产业", "industry ordinal"),
        Q("163.53亿元", num("163.53亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("4.5%", 4.5, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第五", "rank"),
        O("第三产业", "industry ordinal"),
        Q("33.30亿元", num("33.30亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("1.9%", 1.9, "%", "第三产业增加值增长", "growth", ind=P3),
        O("第十一", "rank"),
        C("三次产业", "fixed term (三次产业)"),
        Q("2.1:81.3:16.6", 2.1, "", "三次产业结构占比", "share", ind=STRUCT,
          values=[2.1, 81.3, 16.6], note="ratio; value is the first part"),
        Q("323.66亿元", num("323.66亿"), "元", "规上工业总产值", "level", ind=IND_OUT),
        Q("3%", 3, "%", "规上工业总产值增长", "growth", ind=IND_OUT),
        O("第五", "rank"),
        Q("42亿元", num("42亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("12.1%", 12.1, "%", "固定资产投资增长", "growth", ind=FAI),
        O("第七", "rank"),
        Q("33.3亿元", num("33.3亿"), "元", "服务业增加值", "level", ind=P3),
        Q("1.9%", 1.9, "%", "服务业增加值增长", "growth", ind=P3),
        Q("17.6亿元", num("17.6亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("1.6%", 1.6, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        O("第七", "rank"),
        Q("2.6亿元", num("2.6亿"), "元", "限额以上社会消费品零售额", "level"),
        Q("6.1%", 6.1, "%", "限额以上社会消费品零售额增长", "growth"),
        O("第二", "rank"),
        Q("22.4亿元", num("22.4亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("1.66%", 1.66, "%", "一般公共预算收入增长", "growth", ind=BUDGET),
        O("第五", "rank"),
        Q("36.77亿元", num("36.77亿"), "元", "一般公共预算支出", "level", ind=SPENDING),
        Q("8.74%", 8.74, "%", "一般公共预算支出增长", "growth", ind=SPENDING),
        O("第五", "rank"),
        Q("25201元", 25201, "元", "全县居民人均可支配收入", "level", ind=INC_ALL),
        Q("4.2%", 4.2, "%", "居民人均可支配收入增长", "growth", ind=INC_ALL),
        Q("31571元", 31571, "元", "城镇居民人均可支配收入", "level", ind=INC_URBAN),
        Q("3.6%", 3.6, "%", "城镇居民人均可支配收入增长", "growth", ind=INC_URBAN),
        O("第5", "rank"),
        Q("12267元", 12267, "元", "农村居民人均可支配收入", "level", ind=INC_RURAL),
        Q("6.7%", 6.7, "%", "农村居民人均可支配收入增长", "growth", ind=INC_RURAL),
        O("第6", "rank"),
        Q("213.03万吨标准煤", num("213.03万"), "吨标准煤", "规模以上工业综合能源消费量", "level"),
        Q("7.4%", 7.4, "%", "规模以上工业综合能源消费量上升", "growth"),
        Q("2526人", 2526, "人", "城镇新增就业人员", "level", ind=JOBS),
        Q("103.1%", 103.1, "%", "城镇新增就业完成目标任务比例", "share", ind=JOBS),
        Q("5.5%以内", 5.5, "%", "城镇调查失业率", "share", q="less_than"),
        O("二、", "section marker"),
        O("(一)", "section marker"),
    ],
)
