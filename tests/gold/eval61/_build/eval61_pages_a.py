"""Annotations of pages 01-04 (甘州区's and 汉滨区's work reports, 紫阳县's 2025 plan, 巫溪县's 2024 bulletin), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PI = "第一产业增加值"
SI = "第二产业增加值"
TI = "第三产业增加值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 01 甘州区 (甘肃 张掖市), the district's government work report of 2026-01-27: the start of the 2025 review
GZ = "张掖市甘州区"
GZ_Y = "2025"
GZ_DAY = "2026-01-27"
PAGES["e61_01_ganzhou_20260204.txt"] = dict(
    pubdate="2026-02-04",
    pubnote="the kept index row `| 生成日期 | 2026-02-04 09:30:48 |` and the address t20260204 (www.gsgz.gov.cn, 甘州区人民政府's "
            "open-government site, 政府工作报告); the report was given on 2026-01-27 (its subtitle)",
    area=GZ, period=GZ_Y,
    items=[
        D("2026-02-04 09:30:48", "2026-02-04T09:30", "time", rel=False, note="index row (生成日期), written to the minute as the earlier sets' times"),
        D("2026年1月27日", GZ_DAY, "day", rel=False, note="the report's subtitle: the day it was given"),
        O("第十九届", "congress term"),
        O("第五次", "session"),
        D("现在", GZ_DAY, "now", note="a work report's opening 现在: the day it was given (as eval55's and eval60's)"),
        D("2025年", GZ_Y, "year", rel=False, note="part name (2025年政府工作简要回顾), as eval49's to eval60's"),
        D("过去一年", GZ_Y, "year", note="the reviewed year"),
        O("二十大", "party congress"),
        O("二十届历次全会", "party plenums (as eval45's 十九届历次全会)"),
        C("七地一屏一通道", "numeric slogan (the province's “七地一屏一通道”)"),
        C("一屏三地", "numeric slogan (the city's “一屏三地”)"),
        C("一屏三区六宜城市", "numeric slogan (the district's aim)"),
        Q("314.7亿元", num("314.7亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.3%", 7.3, "%", "地区生产总值增长", "growth", ind=GDP),
        O("一产", "industry ordinal (as eval60's 一产)"),
        Q("65.4亿元", num("65.4亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("5.9%", 5.9, "%", "第一产业增加值增长", "growth", ind=PI),
        Q("155.1万亩", num("155.1万"), "亩", "耕地保有面积(耕地红线)", "level",
          note="守牢…耕地红线: the farmland kept in the reviewed year; its section's year (OBSERVATIONS' review rule)"),
        Q("93.2万亩", num("93.2万"), "亩", "粮食播种面积", "level"),
        Q("4.8%", 4.8, "%", "畜禽饲养量增长", "growth"),
        Q("4.4%", 4.4, "%", "奶肉牛饲养量增长", "growth"),
        C("三和", "name with a numeral (三和智慧农业产业园)"),
        O("一期", "project phase"),
        D("当年", GZ_Y, "year", note="项目当年建成: the reviewed year (left out by slip, added after seeing the first run)"),
        Q("42.7万亩", num("42.7万"), "亩", "蔬菜种植面积", "level"),
        O("第八届", "edition (第八届中国有机大会)"),
        Q("25条", 25, "条", "新扩建玉米种子生产加工线", "level"),
        Q("140个", 140, "个", "试验玉米新品种", "level"),
        Q("2个", 2, "个", "新申报“甘味”企业商标品牌", "level"),
        C("三品一标", "fixed term (无公害农产品、绿色食品、有机农产品和农产品地理标志)"),
        Q("8个", 8, "个", "新认证“三品一标”产品", "level"),
    ],
)

# ---------------------------------------------------------------- 02 汉滨区 (陕西 安康市), the district's government work report of 2025-03-21: the start of the 2024 review
HB = "汉滨区"
HB_Y = "2024"
HB_DAY = "2025-03-21"
PAGES["e61_02_hanbin_20250415.txt"] = dict(
    pubdate="2025-04-15",
    pubnote="the kept index rows `成文日期: | 2025年04月15日` and `公开日期: | 2025-04-15 14:43` (www.hanbin.gov.cn, 汉滨区人民政府's "
            "site, 工作报告); the report was given on 2025-03-21 (its subtitle)",
    area=HB, period=HB_Y,
    items=[
        C("2025年", "year inside a document's name (汉滨区2025年政府工作报告)"),
        D("2025年04月15日", "2025-04-15", "day", rel=False, note="index row (成文日期)"),
        D("2025-04-15 14:43", "2025-04-15T14:43", "time", rel=False, note="index row (公开日期)"),
        D("2025年3月21日", HB_DAY, "day", rel=False, note="the report's subtitle: the day it was given"),
        O("第十九届", "congress term"),
        O("第四次", "session"),
        D("现在", HB_DAY, "now", note="a work report's opening 现在: the day it was given"),
        O("一、", "list marker"),
        D("过去一年", HB_Y, "year", note="the reviewed year (part name 一、过去一年工作回顾)"),
        D("2024年", HB_Y, "year", rel=False),
        C("三个年", "numeric slogan (“三个年”活动)"),
        Q("440.5亿元", num("440.5亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("5.4%", 5.4, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("6.5%", 6.5, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("11%", 11, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("7.9%", 7.9, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("6.4%", 6.4, "%", "财政一般预算收入增长", "growth", ind=REV,
          note="财政一般预算收入: the older name of 一般公共预算收入 (as the earlier sets')"),
        Q("4.8%", 4.8, "%", "城镇居民人均可支配收入增长", "growth", ind=URB, note="城乡…分别: the first is the urban figure"),
        Q("7.2%", 7.2, "%", "农村居民人均可支配收入增长", "growth", ind=RUR),
        O("(一)", "list marker"),
        C("四个一批", "numeric slogan (as eval23's)"),
        Q("158个", 158, "个", "重点项目", "level"),
        Q("189.4亿元", num("189.4亿"), "元", "重点项目完成投资", "level"),
        Q("99个", 99, "个", "建成投用项目", "level"),
        Q("630个", 630, "个", "新谋划重点项目", "level"),
        Q("1280亿元", num("1280亿"), "元", "新谋划重点项目总投资", "level"),
        Q("11个百分点", 11, "百分点", "项目建设带动投资增长", "points"),
        Q("31.8亿元", num("31.8亿"), "元", "争取上级转移支付", "level"),
        Q("25.8亿元", num("25.8亿"), "元", "争取专项资金", "level"),
        Q("2.3亿元", num("2.3亿"), "元", "新增一般债券", "level"),
        Q("6.4亿元", num("6.4亿"), "元", "新增专项债券", "level"),
        Q("2.1亿元", num("2.1亿"), "元", "苏陕帮扶资金", "level"),
        Q("0.3亿元", num("0.3亿"), "元", "建行援助资金", "level"),
        C("两图两库", "numeric slogan (招商引资“两图两库”)"),
        Q("32次", 32, "次", "区级领导带队招商考察", "level"),
        Q("150家", 150, "家", "拜访目标企业", "level"),
        C("亿元以上", "size class (亿元以上项目)"),
        Q("27个", 27, "个", "签约亿元以上项目", "level"),
        Q("112亿元", num("112亿"), "元", "签约项目投资规模", "level"),
        Q("30.2亿元", num("30.2亿"), "元", "实际使用内资", "level"),
        Q("381万美元", num("381万"), "美元", "实际使用外资", "level", ind="实际使用外资"),
        O("(二)", "list marker"),
        C("五上", "fixed term (“五上”企业: the five kinds of enterprises above the statistical thresholds)"),
        Q("21条", 21, "条", "服务民营经济高质量发展措施", "level", borderline=True,
          note="the articles of a policy document (as eval60's 18条): a real count, arguably a name"),
        Q("11场次", 11, "场次", "政银企对接活动", "level"),
        Q("12.7亿元", num("12.7亿"), "元", "办理“税银贷”", "level"),
        Q("8800万元", num("8800万"), "元", "退税", "level"),
        Q("3536万元", num("3536万"), "元", "兑付惠企资金", "level"),
        C("五上", "fixed term (“五上”企业)"),
        Q("62户", 62, "户", "新增“五上”企业", "level"),
        O("第一", "rank (增量全市第一)"),
    ],
)

# ---------------------------------------------------------------- 03 紫阳县 (陕西 安康市), the county government's notice of its 2025 plan: the aims
ZY = "紫阳县"
ZY_Y = "2025"
PAGES["e61_03_ziyang_20250502.txt"] = dict(
    pubdate="2025-05-02",
    pubnote="the kept lines `时间:2025-05-02 08:25` and `公开日期: 2025年05月02日` (www.zyx.gov.cn, 紫阳县人民政府's site, 规划计划); "
            "the notice is dated 2025-04-29",
    area=ZY, period=ZY_Y,
    items=[
        C("2025年", "year inside a document's name (《紫阳县2025年国民经济和社会发展计划》, the notice's title)"),
        D("2025-05-02 08:25", "2025-05-02T08:25", "time", rel=False, note="page metadata line"),
        C("紫政发〔2025〕3 号", "document number"),
        D("2025年04月29日", "2025-04-29", "day", rel=False, note="index row (成文日期)"),
        D("2025年05月02日", "2025-05-02", "day", rel=False, note="index row (公开日期)"),
        C("2025年", "year inside a document's name"),
        O("十九届", "congress term"),
        O("第四次", "session"),
        D("2025年4月29日", "2025-04-29", "day", rel=False, note="the notice's date"),
        C("2025年", "year inside a document's name (the plan's heading)"),
        O("一、", "list marker"),
        D("2025年", ZY_Y, "year", rel=False),
        C("十四五", "fixed term (the 14th five-year plan)"),
        D("全年", ZY_Y, "year", note="做好全年工作: the plan's year"),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums"),
        O("十六届八次", "term and plenum as one span (县委十六届八次全会), as eval57's"),
        C("三个年", "numeric slogan (“三个年”活动)"),
        O("二、", "list marker"),
        Q("6.5%以上", 6.5, "%", "地区生产总值增长(预期目标)", "growth", q="at_least", ind=GDP, target=True,
          note="the plan's aims for 2025 (预期目标), a year under way"),
        Q("6.5%以上", 6.5, "%", "固定资产投资增长(预期目标)", "growth", q="at_least", ind=FAI, target=True),
        Q("19%以上", 19, "%", "规模以上工业增加值增长(预期目标)", "growth", q="at_least", ind=VA, target=True),
        Q("11%以上", 11, "%", "社会消费品零售总额增长(预期目标)", "growth", q="at_least", ind=RET, target=True),
        Q("5.2%", 5.2, "%", "城镇居民人均可支配收入增长(预期目标)", "growth", ind=URB, target=True,
          note="城乡居民…分别: the first is the urban aim"),
        Q("6.5%", 6.5, "%", "农村居民人均可支配收入增长(预期目标)", "growth", ind=RUR, target=True),
    ],
)

# ---------------------------------------------------------------- 04 巫溪县 (重庆), the county statistics bureau's 2024 bulletin: its opening and 一、综合
WX = "巫溪县"
WX_Y = "2024"
WX_END = "2024-12"
PAGES["e61_04_wuxi_20250328.txt"] = dict(
    pubdate="2025-03-28",
    pubnote="the kept index row `[ 成文日期 ] | 2025-03-28 | [ 发布日期 ] | 2025-03-28 |` and the address t20250328 "
            "(cqwx.gov.cn, 巫溪县's site; 发布机构 巫溪县统计局)",
    area=WX, period=WX_Y,
    items=[
        D("2025-03-28", "2025-03-28", "day", rel=False, note="index row (成文日期)"),
        D("2025-03-28", "2025-03-28", "day", rel=False, note="index row (发布日期)"),
        C("2024年", "year inside the bulletin's title"),
        D("2024年", WX_Y, "year", rel=False),
        O("75周年", "anniversary (中华人民共和国成立75周年)"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums"),
        O("一、", "list marker"),
        D("全年", WX_Y, "year"),
        Q("155.3亿元", num("155.3亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("5.2%", 5.2, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("28.9亿元", num("28.9亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("1.3%", 1.3, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("37.5亿元", num("37.5亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("5.7%", 5.7, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("89.0亿元", num("89.0亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("6.5%", 6.5, "%", "第三产业增加值增长", "growth", ind=TI),
        C("三次产业", "fixed term"),
        Q("18.6:24.1:57.3", 18.6, "", "三次产业结构", "share", ind="三次产业结构", values=[18.6, 24.1, 57.3],
          note="ratio; value is the first part (as the earlier sets')"),
        D("全年", WX_Y, "year"),
        Q("41227元", 41227, "元", "人均地区生产总值", "level", ind="人均地区生产总值"),
        Q("6.2%", 6.2, "%", "人均地区生产总值增长", "growth", ind="人均地区生产总值"),
        Q("101.4亿元", num("101.4亿"), "元", "民营经济增加值", "level"),
        Q("5.2%", 5.2, "%", "民营经济增加值增长", "growth"),
        Q("65.3%", 65.3, "%", "民营经济增加值占全县经济总量比重", "share"),
        D("年末", WX_END, "period", note="the end of the bulletin's year"),
        Q("37.67万人", num("37.67万"), "人", "年末常住人口", "level", ind="常住人口", per=WX_END,
          note="a stock at the year's end (as eval4's and eval39's)"),
        Q("16.14万人", num("16.14万"), "人", "年末城镇常住人口", "level", per=WX_END),
        Q("42.85%", 42.85, "%", "常住人口城镇化率", "share", per=WX_END),
        D("上年末", "2023-12", "period"),
        Q("0.62个百分点", 0.62, "百分点", "常住人口城镇化率比上年末提高", "points", per=WX_END),
        D("全年", WX_Y, "year"),
        Q("2662人", 2662, "人", "出生人口", "level"),
        Q("7.07‰", 7.07, "‰", "出生率", "level", note="a rate per thousand, as eval4's 出生率 (level)"),
        Q("3825人", 3825, "人", "死亡人口", "level"),
        Q("10.15‰", 10.15, "‰", "死亡率", "level"),
    ],
)
