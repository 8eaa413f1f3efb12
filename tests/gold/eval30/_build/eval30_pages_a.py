"""Annotations of pages 01-06 (沔城回族镇, 龙江县, 安顺市, 安顺经开区, 池州市, 梧州市万秀区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
IND_INV = "工业投资"
RETAIL = "社会消费品零售总额"
TRADE = "进出口总额"
BUDGET = "一般公共预算收入"
TAX = "税收收入"
GRAIN = "粮食产量"
INC_URBAN = "城镇居民人均可支配收入"
INC_RURAL = "农村居民人均可支配收入"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 沔城回族镇 (仙桃市, 湖北), the town's work report on 2024
MC = "2024"
PAGES["e30_01_miancheng_20250327.txt"] = dict(
    pubdate="2025-03-27",
    pubnote="发文日期 2025-03-27 in the metadata table (kept; www.xiantao.gov.cn, the 沔城回族镇 section of 仙桃市's site, 发布机构 沔城回族镇); the report carries no delivery date in the copy",
    area="沔城回族镇", period=MC,
    items=[
        D("2025-03-27", "2025-03-27", "day", rel=False, note="metadata line (发文日期)"),
        C("2024年", "year inside the report's title (2024年政府工作报告)"),
        O("一、", "section marker"),
        D("2024年", MC, "year", rel=False, note="section heading"),
        D("2024年", MC, "year", rel=False),
        O("二十届三中全会", "party congress plenum"),
        C("千亿", "numeric slogan (奋进新千亿)"),
        D("全年", MC, "year"),
        Q("5.4亿元", num("5.4亿"), "元", "规上工业总产值", "level", ind=IND_OUT,
          note="预计全年 of a year that has ended: an early estimate, not a target"),
        Q("13.3%", 13.3, "%", "规上工业总产值增长", "growth", ind=IND_OUT),
        Q("4.05亿元", num("4.05亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("19.6%", 19.6, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("6416万元", num("6416万"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("9.7%", 9.7, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("2748万元", num("2748万"), "元", "入库税收", "level", ind=TAX),
        D("一年来", MC, "period"),
        C("一园多厂多基地", "numeric slogan"),
        D("全年", MC, "year"),
        Q("14个", 14, "个", "新签约项目", "level"),
        C("亿元以上", "size class"),
        Q("2个", 2, "个", "新签约亿元以上项目", "level"),
        Q("14个", 14, "个", "新开工项目", "level"),
        Q("9个", 9, "个", "新投产项目", "level"),
        Q("12500吨", 12500, "吨", "米糠油项目年产能", "level", borderline=True, per="NULL",
          note="a capacity naming a project (年产12500吨米糠油项目)"),
        Q("2000吨", 2000, "吨", "藕粉项目年加工能力", "level", borderline=True, per="NULL",
          note="a capacity naming a project (年加工2000吨藕粉项目)"),
        C("5298", "name with digits (rice variety 珠两优5298)"),
        O("第十三批", "batch number"),
        Q("1.4亿元", num("1.4亿"), "元", "正大水产饲料产值", "level"),
    ],
)

# ---------------------------------------------------------------- 02 龙江县 (黑龙江), provincial paper's county review
LJ_DAY = "2021-01-03"
LJ_Q3 = "2020-01/2020-09"
PAGES["e30_02_longjiang_20210103.txt"] = dict(
    pubdate=LJ_DAY,
    pubnote="the e-paper address's issue date 202101/03 (epaper.hljnews.cn, 黑龙江日报); no date line in the copy",
    area="龙江县", period=LJ_Q3,
    items=[
        Q("22亿元", num("22亿"), "元", "中粮玉米深加工项目总投资", "level", per=LJ_DAY),
        D("现在", LJ_DAY, "now"),
        Q("80万吨", num("80万"), "吨", "中粮企业年加工净化玉米", "level", per=LJ_DAY,
          note="the plant's current yearly throughput"),
        D("目前", LJ_DAY, "now"),
        D("2020年前三个季度", LJ_Q3, "period", rel=False),
        Q("8.7%", 8.7, "%", "GDP同比增长", "growth", ind=GDP),
        O("第二名", "rank"),
        O("第一名", "rank"),
        Q("23.9%", 23.9, "%", "地方税收收入增幅", "growth", ind=TAX),
        O("第三", "rank"),
        O("第一", "rank"),
        Q("20个", 20, "个", "规上工业企业", "level"),
        Q("100%", 100, "%", "规上工业企业增加值增长面", "share"),
        Q("8.7%", 8.7, "%", "GDP增长(县长引语)", "growth", ind=GDP),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        Q("240吨", 240, "吨", "飞鹤日均收鲜奶", "level", per=LJ_DAY),
        Q("超90吨", 90, "吨", "飞鹤日均包装量", "level", q="more_than", per=LJ_DAY),
        D("2020年1-9月", LJ_Q3, "period", rel=False),
        Q("2.3万吨", num("2.3万"), "吨", "婴幼儿粉产量", "level"),
        Q("8.2%", 8.2, "%", "婴幼儿粉产量增长", "growth"),
        D("2020年前三季度", LJ_Q3, "period", rel=False),
        Q("1006台", 1006, "台", "玉米脱粒机销量", "level"),
        D("前三季", LJ_Q3, "period"),
        Q("67.7%", 67.7, "%", "景西机械产量增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 03 安顺市 (贵州), 本报讯 on the city's industrial parks
AS_DAY = "2021-03-29"
PAGES["e30_03_anshun_20210329.txt"] = dict(
    pubdate=AS_DAY,
    pubnote="the address's date 20210329 (xw.qq.com reposting a paper's 本报讯; no date line in the copy)",
    area="安顺市", period="2020",
    items=[
        C("十三五", "fixed term (“十三五”以来)"),
        D("2016年至2020年", "2016/2020", "range", rel=False),
        Q("2469.38亿元", num("2469.38亿"), "元", "园区累计完成工业总产值", "level", per="2016/2020",
          note="cumulative over 2016-2020"),
        D("2016年", "2016", "year", rel=False),
        Q("449.58亿元", num("449.58亿"), "元", "园区工业总产值", "level", per="2016"),
        Q("4.68%", 4.68, "%", "占全省园区工业总产值比重", "share", per="2016"),
        D("2020年", "2020", "year", rel=False),
        Q("536.77亿元", num("536.77亿"), "元", "工业园区工业总产值", "level"),
        Q("6.3%", 6.3, "%", "工业园区工业总产值增长", "growth"),
        Q("6.2%", 6.2, "%", "占全省园区工业总产值比重", "share"),
        Q("2个", 2, "个", "基本实现九通一平的园区", "level", per=AS_DAY),
        C("九通一平", "numeric slogan (an infrastructure standard)"),
        Q("2个", 2, "个", "实现七通一平的园区", "level", per=AS_DAY),
        C("七通一平", "numeric slogan"),
        Q("3个", 3, "个", "实现五通一平的园区", "level", per=AS_DAY),
        C("五通一平", "numeric slogan"),
        D("截至目前", AS_DAY, "now"),
        Q("157万平方米", num("157万"), "平方米", "累计建成标准厂房", "level", per=AS_DAY),
        Q("96%", 96, "%", "标准厂房入驻率", "share", per=AS_DAY),
    ],
)

# ---------------------------------------------------------------- 04 安顺经开区 (贵州), a press conference on 12月5日 (十四五 review)
JK_DAY = "2025-12-05"
JK_5Y = "2021/2025"
PAGES["e30_04_anshunjkq_20251205.txt"] = dict(
    pubdate=JK_DAY,
    pubnote="the lead's 12月5日; the year from the conference series (高质量完成‘十四五’规划, 2025) and the address (content_186339, after content_183972 dated 2025-10-21 on the same site, gzastv.cn); no date line in the copy",
    area="安顺经开区", period=JK_5Y,
    items=[
        D("12月5日", JK_DAY, "day", note="the press conference's day; year inferred (see pubnote)"),
        C("十四五", "fixed term inside the conference series' name"),
        C("十四五", "fixed term (“十四五”以来)"),
        Q("55家", 55, "家", "培育新增规上工业企业", "level", note="over the 十四五 years"),
        D("2021年", "2021", "year", rel=False),
        Q("25.3%", 25.3, "%", "规上工业增加值占全市比重", "share", ind=IND_VA, per="2021"),
        D("2024年", "2024", "year", rel=False),
        Q("28.8%", 28.8, "%", "规上工业增加值占全市比重", "share", ind=IND_VA, per="2024"),
        D("5年来", JK_5Y, "period"),
        C("一中心", "numeric slogan (“一中心、两园区、两基地”)"),
        C("两园区", "numeric slogan"),
        C("两基地", "numeric slogan"),
        Q("11家", 11, "家", "引进航空配套优质企业", "level"),
        C("112", "numeric slogan (“112”工程)"),
        D("明年", "2026", "year"),
        Q("50亿元", num("50亿"), "元", "贵飞产值", "level", q="more_than", per="2026", target=True,
          note="有望…突破: a forecast for next year"),
        O("首家", "first-of-kind (全球首家)"),
        C("四证", "fixed phrase (四证齐全)"),
        Q("5亿元以上", num("5亿"), "元", "铭智项目投产后年产值", "level", q="at_least", per="NULL", target=True,
          note="预计, once in production"),
        Q("超1500人", 1500, "人", "铭智项目带动就业", "level", q="more_than", per="NULL", target=True),
        O("首家", "first-of-kind (全市首家)"),
        Q("40亿元", num("40亿"), "元", "贵州百灵产值", "level", q="more_than", per=JK_DAY,
          note="产值突破40亿元; no period given"),
        Q("50亿元", num("50亿"), "元", "百灵医药物流园支撑流通规模", "level", per="NULL", target=True,
          note="预计可支撑年50亿元规模"),
        Q("6亿支", num("6亿"), "支", "亚东药业液体制剂年产能", "level", per="NULL", target=True),
    ],
)

# ---------------------------------------------------------------- 05 池州市 (安徽), national media on the city's 前三季度 release (10月25日)
CZ_Q3 = "2023-01/2023-09"
PAGES["e30_05_chizhou_20231026.txt"] = dict(
    pubdate="2023-10-26",
    pubnote="the address's date 202310/26 (cnews.chinadaily.com.cn, 中国日报安徽记者站); no date line in the copy",
    area="池州市", period=CZ_Q3,
    items=[
        D("10月25日", "2023-10-25", "day", note="the press conference's day (上午)"),
        D("前三季度", CZ_Q3, "period"),
        D("前三季度", CZ_Q3, "period"),
        Q("843.2亿元", num("843.2亿"), "元", "生产总值", "level", ind=GDP),
        Q("7.5%", 7.5, "%", "生产总值同比增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("49.3亿元", num("49.3亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("4.8%", 4.8, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("397.8亿元", num("397.8亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("7.9%", 7.9, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("396.1亿元", num("396.1亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("7.6%", 7.6, "%", "第三产业增加值增长", "growth", ind=P3),
        D("前三季度", CZ_Q3, "period"),
        Q("7.5%", 7.5, "%", "生产总值同比增长", "growth", ind=GDP),
        Q("6.1%", 6.1, "%", "全省生产总值增长", "growth", ind=GDP, area="安徽省"),
        Q("1.4个百分点", 1.4, "百分点", "增速快于全省", "points", ind=GDP),
        Q("三个季度", 3, "个季度", "连续保持7%以上增长的季度数", "level", borderline=True,
          note="a duration (连续三个季度)"),
        Q("7%以上", 7, "%", "生产总值增长区间", "growth", q="at_least", ind=GDP),
        Q("七个季度", 7, "个季度", "连续居全省前2位的季度数", "level", borderline=True,
          note="a duration (连续七个季度), reaching back before 2023"),
        O("前2位", "rank"),
        Q("15%", 15, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("13.5%", 13.5, "%", "一般公共预算收入增长", "growth", ind=BUDGET),
        Q("10.6个百分点", 10.6, "百分点", "固定资产投资增速快于全省", "points", ind=FAI),
        Q("5个百分点", 5, "百分点", "一般公共预算收入增速快于全省", "points", ind=BUDGET),
        Q("9.7%", 9.7, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        Q("2.4个百分点", 2.4, "百分点", "规上工业增加值增速快于全省", "points", ind=IND_VA),
        Q("12.2%", 12.2, "%", "进出口总额增长", "growth", ind=TRADE),
        Q("13个百分点", 13, "百分点", "进出口总额增速快于全省", "points", ind=TRADE),
    ],
)

# ---------------------------------------------------------------- 06 梧州市万秀区 (广西), government work report 2023 (the 2022 review)
WX_DAY = "2023-03-29"
WX = "2022"
PAGES["e30_06_wanxiu_20230329.txt"] = dict(
    pubdate=WX_DAY,
    pubnote="no posting date in the copy (nec-driver.com, an unrelated site holding the report); the delivery day 2023年3月29日 from the subtitle (kept)",
    area="梧州市万秀区", period=WX,
    items=[
        D("2023年3月29日", WX_DAY, "day", rel=False, note="subtitle: the day the report was delivered"),
        C("万秀", "place name with a numeral (梧州市万秀区)"),
        O("第三届", "congress term"),
        O("第四次", "session number"),
        D("现在", WX_DAY, "now", note="the report's delivery day (subtitle)"),
        O("一、", "section marker"),
        D("2022年", WX, "year", rel=False, note="section heading"),
        D("2022年", WX, "year", rel=False),
        C("万秀", "place name with a numeral"),
        O("二十大", "party congress"),
        C("万秀", "place name with a numeral (万秀区)"),
        Q("69项", 69, "项", "自治区级以上荣誉", "level"),
        Q("262亿元", num("262亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.2%", 7.2, "%", "地区生产总值增长", "growth", ind=GDP),
        O("首位", "rank (排名全市首位)"),
        Q("4.2", 4.2, "百分点", "增速高于全国", "points", ind=GDP, inherited=True),
        Q("4.3", 4.3, "百分点", "增速高于自治区", "points", ind=GDP, inherited=True),
        Q("3.2个百分点", 3.2, "百分点", "增速高于全市", "points", ind=GDP),
        O("一产", "industry ordinal"),
        Q("4.9%", 4.9, "%", "一产增加值增长", "growth", ind=P1),
        O("第二", "rank"),
        O("二产", "industry ordinal"),
        Q("2.9%", 2.9, "%", "二产增加值增长", "growth", ind=P2),
        O("第三", "rank"),
        O("三产", "industry ordinal"),
        Q("11%", 11, "%", "三产增加值增长", "growth", ind=P3),
        O("第一", "rank"),
        Q("3.3%", 3.3, "%", "城镇居民人均可支配收入增长", "growth", ind=INC_URBAN),
        Q("7.4%", 7.4, "%", "农村居民人均可支配收入增长", "growth", ind=INC_RURAL),
        Q("63.73亿元", num("63.73亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("2.1%", 2.1, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("4.7%", 4.7, "%", "区本级工业投资增长", "growth", ind=IND_INV),
        Q("6.7%", 6.7, "%", "规上工业总产值增长", "growth", ind=IND_OUT),
        Q("1.97万吨", num("1.97万"), "吨", "粮食产量", "level", ind=GRAIN),
        Q("3000亩", 3000, "亩", "开工建设高标准农田", "level", area="夏郢镇"),
        Q("6个", 6, "个", "入选广西好嘢目录的农业品牌", "level"),
        O("第一", "rank"),
    ],
)
