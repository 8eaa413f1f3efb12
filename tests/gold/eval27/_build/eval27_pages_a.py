"""Annotations of pages 01-05 (天津市河北区, 棉湖镇, 平利县, 营口辽河经济开发区, 攀枝花市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND = "工业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"
TAX = "税收收入"
GRAIN = "粮食产量"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 天津市河北区, government work report (2025 review, opening)
HB = "2025"
HB_DAY = "2026-01-28"
PAGES["e27_01_tianjinhebei_20260128.txt"] = dict(
    pubdate=HB_DAY,
    pubnote="the address's date t20260128 (www.tjhb.gov.cn, 天津市河北区人民政府's site, its 年度报告 column); the copy begins at 各位代表",
    area="天津市河北区", period=HB,
    items=[
        D("现在", HB_DAY, "now", note="the report's own day, unknown in the copy: the page's date"),
        O("一、", "section marker"),
        D("2025年", "2025", "year", rel=False, note="section heading"),
        C("十四五", "fixed term (five-year plan)"),
        D("过去一年", HB, "year"),
        O("二十大", "party congress"),
        O("二十届", "party central committee term"),
        C("一个", "numeric slogan (一个战略牵引)"),
        C("四个", "numeric slogan (四个善作善成)"),
        C("十项", "numeric slogan (十项行动)"),
        C("三新", "numeric slogan"),
        C("三量", "numeric slogan"),
        Q("23.69亿元", num("23.69亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("1.3%", 1.3, "%", "一般公共预算收入增长", "growth", ind=BUDGET),
        Q("5年", 5, "年", "连续保持正增长的年数", "level", borderline=True, per="2021/2025"),
        Q("63.2亿元", num("63.2亿"), "元", "产业项目到位额", "level"),
        O("首位", "rank"),
        O("(一)", "section marker"),
        O("首家", "first-of-kind"),
        O("首个", "first-of-kind"),
        Q("55家", 55, "家", "引进北京新设机构", "level"),
        Q("21个", 21, "个", "引进北京项目", "level"),
        Q("35.16亿元", num("35.16亿"), "元", "引进北京机构和项目投资额", "level"),
        Q("117.2%", 117.2, "%", "完成年度任务", "share"),
        Q("32家", 32, "家", "创佳科技园聚集成长型科技企业", "level", per=HB_DAY),
        Q("704家", 704, "家", "创佳科技园注册企业", "level", per=HB_DAY),
        Q("2302万元", num("2302万"), "元", "创佳科技园贡献全税", "level"),
    ],
)

# ---------------------------------------------------------------- 02 棉湖镇 (广东 揭阳市 揭西县), town report on the 百千万工程 (2024-08-17)
MH = "2024-01/2024-07"
MH_DAY = "2024-08-17"
PAGES["e27_02_mianhu_20240817.txt"] = dict(
    pubdate=MH_DAY,
    pubnote="the delivery date in the report's subtitle, 2024年8月17日 (www.jiexi.gov.cn, 揭西县's site, 棉湖镇's column)",
    area="棉湖镇", period=MH,
    items=[
        D("2024年8月17日", MH_DAY, "day", rel=False, note="the report's subtitle"),
        O("第十七届", "congress term"),
        O("第七次", "session number"),
        D("现在", MH_DAY, "now"),
        C("百千万工程", "named programme"),
        D("今年来", "2024", "period", note="as 今年以来: the year"),
        O("二十大", "party congress"),
        O("二十届", "party central committee term"),
        C("1310", "numeric slogan (省委 1310 具体部署)"),
        C("百千万工程", "named programme"),
        C("百千万工程", "named programme"),
        D("2024年1至7月份", MH, "period", rel=False),
        Q("11004.94万元", num("11004.94万"), "元", "税收收入(含缓缴税款回缴)", "level", ind=TAX),
        Q("3347.47万元", num("3347.47万"), "元", "县级库收入", "level"),
        Q("4.49%", 4.49, "%", "县级库收入增长", "growth"),
        Q("7亿元", num("7亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("18.9亿元", num("18.9亿"), "元", "规上工业总产值", "level", ind=IND_OUT),
        Q("1.59亿元", num("1.59亿"), "元", "农业总产值", "level"),
        Q("342套", 342, "套", "房地产销售", "level"),
        Q("3.13亿元", num("3.13亿"), "元", "房地产销售额", "level"),
        O("一、", "section marker"),
        D("上半年", "2024-01/2024-06", "period", note="section heading"),
        O("(一)", "section marker"),
        C("十条措施", "named set of measures"),
        D("2024年1至7月份", MH, "period", rel=False),
        Q("17.36亿元", num("17.36亿"), "元", "线缆行业销售额", "level"),
        Q("2133.36万元", num("2133.36万"), "元", "线缆行业税收收入", "level"),
        Q("594.72万元", num("594.72万"), "元", "线缆行业县级库收入", "level"),
        D("2025年6月份", "2025-06", "month", rel=False),
        O("一期", "project phase"),
    ],
)

# ---------------------------------------------------------------- 03 平利县 (陕西 安康市), Jan-Sep 2007 economy
PL = "2007-01/2007-09"
PAGES["e27_03_pingli_20071102.txt"] = dict(
    pubdate="2007-11-02",
    pubnote="the address's date 2007-11-02 (info1.texnet.com.cn, a textile trade portal's news)",
    area="平利县", period=PL,
    items=[
        D("前三季度", PL, "period", note="headline"),
        D("今年以来", "2007", "period"),
        D("年初", "2007-01", "period"),
        C("三大经济体系", "named programme"),
        D("1-9月", PL, "period"),
        Q("8.1350亿元", num("8.1350亿"), "元", "国内生产总值", "level", ind=GDP),
        D("去年同期", "2006-01/2006-09", "period"),
        Q("14.9%", 14.9, "%", "国内生产总值增长", "growth", ind=GDP),
        D("年初", "2007-01", "period"),
        Q("67.79%", 67.79, "%", "国内生产总值占年初计划", "share", ind=GDP),
        O("一产", "industry ordinal"),
        Q("3.3360亿元", num("3.3360亿"), "元", "一产增加值", "level", ind=P1),
        Q("9.9%", 9.9, "%", "一产增加值增长", "growth", ind=P1),
        O("二产", "industry ordinal"),
        Q("2.2510亿元", num("2.2510亿"), "元", "二产增加值", "level", ind=P2),
        Q("18.3%", 18.3, "%", "二产增加值增长", "growth", ind=P2),
        O("三产", "industry ordinal"),
        Q("2.5480亿元", num("2.5480亿"), "元", "三产增加值", "level", ind=P3),
        Q("18.6%", 18.6, "%", "三产增加值增长", "growth", ind=P3),
        O("1、", "list marker"),
        D("1-9月", PL, "period"),
        Q("5.82亿元", num("5.82亿"), "元", "农业总产值", "level"),
        Q("3.336亿元", num("3.336亿"), "元", "农业增加值", "level"),
        Q("9.9%", 9.9, "%", "农业增加值增长", "growth"),
        D("全年", "2007", "year"),
        Q("9.4万吨", num("9.4万"), "吨", "粮食产量", "level", ind=GRAIN, per="2007"),
        Q("8447吨", 8447, "吨", "油料产量", "level", per="2007"),
        Q("110.6%", 110.6, "%", "粮食产量完成年计划", "share", ind=GRAIN, per="2007"),
        Q("108.4%", 108.4, "%", "油料产量完成年计划", "share", per="2007"),
        D("9月末", "2007-09", "month", note="止9月末"),
        Q("927亩", 927, "亩", "新建和补植高效茶园", "level"),
        Q("1740吨", 1740, "吨", "茶叶产量", "level"),
        Q("13415亩", 13415, "亩", "绞股蓝建园面积", "level", per="2007-09"),
        Q("1.6%", 1.6, "%", "绞股蓝建园面积超年计划", "share"),
        Q("450吨", 450, "吨", "绞股蓝茶产量", "level"),
        Q("3000亩", 3000, "亩", "新建桑园", "level"),
        Q("240万株", num("240万"), "株", "栽桑", "level"),
        Q("60135张", 60135, "张", "发放蚕种", "level"),
        Q("1400吨", 1400, "吨", "产茧", "level"),
        Q("10.7万头", num("10.7万"), "头", "猪出栏", "level"),
        Q("7.5万只", num("7.5万"), "只", "羊出栏", "level"),
        Q("15.6万头", num("15.6万"), "头", "猪存栏", "level", per="2007-09"),
        Q("12万只", num("12万"), "只", "羊存栏", "level", per="2007-09"),
        Q("10673吨", 10673, "吨", "肉类总产", "level"),
        Q("13.6%", 13.6, "%", "肉类总产增长", "growth"),
        O("2、", "list marker"),
        Q("200万吨", num("200万"), "吨", "水泥旋窑生产线产能(签约)", "level", target=True, per="NULL"),
        Q("8000万块", num("8000万"), "块", "免烧砖项目年产能(签约)", "level", target=True, per="NULL"),
        Q("30万吨", num("30万"), "吨", "铅锌选矿厂产能(开工)", "level", target=True, per="NULL"),
        D("3月份", "2007-03", "month"),
        Q("5000万块", num("5000万"), "块", "免烧砖厂年产能(投产)", "level", per="NULL"),
        D("1-9月", PL, "period"),
        Q("1.7亿元", num("1.7亿"), "元", "工业增加值", "level", ind=IND),
        Q("4.1亿元", num("4.1亿"), "元", "规模以上工业总产值", "level", ind=IND_OUT),
        Q("1.3亿元", num("1.3亿"), "元", "规模以上工业增加值", "level", ind=IND_VA),
        Q("43.9%", 43.9, "%", "规模以上工业总产值增长", "growth", ind=IND_OUT),
        Q("30.8%", 30.8, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        Q("3.3亿元", num("3.3亿"), "元", "规模以上工业销售产值", "level"),
        Q("58.5%", 58.5, "%", "规模以上工业销售产值增长", "growth"),
        Q("84.2%", 84.2, "%", "产品销售率", "share"),
    ],
)

# ---------------------------------------------------------------- 04 营口辽河经济开发区 (辽宁 营口市), development zone, first quarter 2023
LH = "2023-01/2023-03"
LH_DAY = "2023-06-02"
PAGES["e27_04_liaohejkq_20230602.txt"] = dict(
    pubdate=LH_DAY,
    pubnote="the address's date 20230602 (hot.ddnet.1s.cn, a news aggregator); reporters 韩雅竹, 徐鑫",
    area="营口辽河经济开发区", period=LH,
    items=[
        D("今年以来", "2023", "period"),
        C("三年", "campaign name (全面振兴新突破三年行动)"),
        Q("四项", 4, "项", "举措", "level", borderline=True, per=LH_DAY),
        D("一季度", LH, "period"),
        O("二期", "project phase"),
        Q("4.12平方公里", 4.12, "平方公里", "二期南扩区域", "level", per=LH_DAY),
        D("今年一季度", LH, "period"),
        Q("2.5亿元", num("2.5亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("25%", 25, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("25.8%", 25.8, "%", "固定资产投资完成年计划", "share", ind=FAI),
        C("千万元以上", "size class"),
        Q("21个", 21, "个", "千万元以上开复工项目", "level"),
        Q("84%", 84, "%", "开复工项目完成年计划", "share"),
        Q("7123万元", num("7123万"), "元", "税收收入", "level", ind=TAX),
        Q("26.4%", 26.4, "%", "税收收入完成年计划", "share", ind=TAX),
        Q("10个", 10, "个", "签约项目", "level"),
        Q("52.6%", 52.6, "%", "签约项目完成年计划", "share"),
    ],
)

# ---------------------------------------------------------------- 05 攀枝花市 (四川), reply to a deputies' proposal
PZ_DAY = "2021-07-30"
PAGES["e27_05_panzhihua_20211217.txt"] = dict(
    pubdate="2021-12-17",
    pubnote="发布时间:2021-12-17 in the metadata line (www.panzhihua.gov.cn, 攀枝花市人民政府's site); the letter is dated 2021年7月30日",
    area="攀枝花市", period=PZ_DAY,
    items=[
        O("十届", "congress term"),
        O("八次", "session number"),
        O("第52号", "proposal number"),
        D("2021-12-17", "2021-12-17", "day", rel=False, note="metadata line"),
        O("第52号", "proposal number"),
        Q("15000余户", 15000, "户", "已解决饮水难题的农村居民", "level", q="more_than"),
        D("目前", PZ_DAY, "now", note="the letter's date"),
        Q("三个", 3, "个", "正在开展的农村供水工程项目", "level"),
        D("2021年7月30日", PZ_DAY, "day", rel=False, note="the letter's date"),
    ],
)
