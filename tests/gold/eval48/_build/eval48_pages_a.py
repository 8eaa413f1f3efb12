"""Annotations of pages 01-03 (青山湖区, 福州市, 宁津县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
VAI = "规模以上工业增加值"
REV = "一般公共预算收入"
DOWN = "decrease"
TWO = "两年平均: the average yearly rate of the two years to 2021 Q1; the indicator of the growth before it"

PAGES = {}

# ---------------------------------------------------------------- 01 青山湖区 (江西 南昌市), the district's 一季度 2021 release
QSH = "南昌市青山湖区"
Q1 = "2021-01/2021-03"
PAGES["e48_01_qingshanhu_20210409.txt"] = dict(
    pubdate="2021-04-09",
    pubnote="the date line `发布时间:2021-04-09 15:07:00` (kept; ncqsh.nc.gov.cn, 南昌市青山湖区人民政府's site, 数据开放 > 统计数据)",
    area=QSH, period=Q1,
    items=[
        C("2021年", "year inside the title (2021年一季度全区经济运行情况简析)"),
        D("一季度", Q1, "period", note="title; the year from the title"),
        D("2021-04-09 15:07:00", "2021-04-09T15:07", "time", rel=False, note="page metadata line"),
        D("一季度", Q1, "period"),
        D("一季度", Q1, "period"),
        Q("144.15亿元", num("144.15亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("16.4%", 16.4, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("5.9%", 5.9, "%", "地区生产总值两年平均增长", "growth", ind=GDP, note=TWO),
        O("第一产业", "industry ordinal"),
        Q("484万元", num("484万"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("0.9%", 0.9, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        Q("-0.3%", 0.3, "%", "第一产业增加值两年平均增长", "growth", ind="第一产业增加值", change=DOWN,
          note="written 两年平均增长-0.3%: the sign goes to change; " + TWO),
        O("第二产业", "industry ordinal"),
        Q("96.00亿元", num("96.00亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("19.1%", 19.1, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        Q("5.6%", 5.6, "%", "第二产业增加值两年平均增长", "growth", ind="第二产业增加值", note=TWO),
        O("第三产业", "industry ordinal"),
        Q("48.1亿元", num("48.1亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("11.3%", 11.3, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        Q("7.4%", 7.4, "%", "第三产业增加值两年平均增长", "growth", ind="第三产业增加值", note=TWO),
        O("一、", "list marker"),
        D("一季度", Q1, "period"),
        Q("27.9%", 27.9, "%", "规模以上工业增加值增长", "growth", ind=VAI),
        Q("12.0%", 12.0, "%", "规模以上工业增加值两年平均增长", "growth", ind=VAI, note=TWO),
        Q("9.9%", 9.9, "%", "黑色金属冶炼及延压加工业增加值增长", "growth", note="增长 9.9% (spaced as stored)"),
        Q("56.5%", 56.5, "%", "纺织服装产业增加值增长", "growth"),
        Q("145.9%", 145.9, "%", "电子信息产业增加值增长", "growth"),
        Q("245户", 245, "户", "规上工业企业", "level"),
        Q("102.3亿元", num("102.3亿"), "元", "规上工业企业营业收入", "level", ind="规模以上工业营业收入"),
        Q("42.7%", 42.7, "%", "规上工业企业营业收入增长", "growth", ind="规模以上工业营业收入"),
        O("二、", "list marker"),
        D("一季度", Q1, "period"),
        Q("42.8%", 42.8, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("7.8", 7.8, "百分点", "固定资产投资增速高于全省", "points", ind=FAI, inherited=True,
          note="7.8和6.7个百分点: above the province's and the city's averages"),
        Q("6.7个百分点", 6.7, "百分点", "固定资产投资增速高于全市", "points", ind=FAI),
        Q("20.0%", 20.0, "%", "固定资产投资两年平均增长", "growth", ind=FAI, note=TWO),
        Q("178.6%", 178.6, "%", "工业投资增长", "growth", ind="工业投资"),
        Q("19.6%", 19.6, "%", "房地产开发投资下降", "growth", ind="房地产开发投资", change=DOWN),
        D("一季度", Q1, "period"),
        Q("11.2万平米", num("11.2万"), "平方米", "商品房销售面积", "level", note="平米 = 平方米"),
        Q("62.7%", 62.7, "%", "商品房销售面积增长", "growth"),
        O("三、", "list marker"),
        D("一季度", Q1, "period"),
        Q("71.1亿元", num("71.1亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("48.0%", 48.0, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("14.5%", 14.5, "%", "社会消费品零售总额两年平均增长", "growth", ind=RETAIL, note=TWO),
        Q("20.9亿元", num("20.9亿"), "元", "限上汽车类零售额", "level"),
        Q("56.4%", 56.4, "%", "限上汽车类零售额增长", "growth"),
        Q("11.9个百分点", 11.9, "百分点", "汽车类零售额增速高于限上平均", "points"),
        O("四、", "list marker"),
        D("一季度", Q1, "period"),
        Q("4.7亿元", num("4.7亿"), "元", "地方一般公共预算收入", "level", ind=REV),
        Q("20.0%", 20.0, "%", "地方一般公共预算收入增长", "growth", ind=REV),
        Q("2.9亿元", num("2.9亿"), "元", "税收收入", "level", ind="税收收入"),
        Q("10.2%", 10.2, "%", "税收收入增长", "growth", ind="税收收入"),
        Q("7.4亿元", num("7.4亿"), "元", "民生支出", "level"),
        Q("9.7%", 9.7, "%", "民生支出增长", "growth"),
        Q("12248元", 12248, "元", "城镇居民人均可支配收入", "level", ind="城镇居民人均可支配收入"),
        Q("11.5%", 11.5, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
    ],
)

# ---------------------------------------------------------------- 02 福州市 (福建), 福州晚报's story on the 2026 work report's aims
FZ = "福州市"
FZ_Y = "2026"
AIM = "an aim of the year just begun (主要预期目标)"
PAGES["e48_02_fuzhou_20260121.txt"] = dict(
    pubdate="2026-01-21",
    pubnote="from the address (news.fznews.com.cn/fzyw/20260121/…, 福州新闻网, from 福州晚报); the story's `20日` is the report's day",
    area=FZ, period=FZ_Y,
    items=[
        D("今年", FZ_Y, "year", note="headline"),
        Q("5.5%左右", 5.5, "%", "地区生产总值增长预期目标", "growth", q="approx", ind=GDP, target=True,
          note="headline; " + AIM),
        D("20日", "2026-01-20", "day", note="the day the report was submitted; month and year from the page's date"),
        O("十六届人大五次", "congress term and session"),
        D("今年", FZ_Y, "year"),
        D("今年", FZ_Y, "year", note="added after the first sight: missed when annotating (今年市政府工作总体要求)"),
        O("二十大", "party congress"),
        O("二十届", "term number (二十届历次全会)"),
        O("十一届九次", "term and plenary session (省委十一届九次全会)"),
        O("十二届十次", "term and plenary session (市委十二届十次全会)"),
        C("三争", "numeric slogan"),
        C("十五五", "fixed term (the 15th five-year plan)"),
        D("今年", FZ_Y, "year"),
        Q("5.5%左右", 5.5, "%", "地区生产总值增长预期目标", "growth", q="approx", ind=GDP, target=True, note=AIM),
        Q("6.5%", 6.5, "%", "规上工业增加值增长预期目标", "growth", ind=VAI, target=True, note=AIM),
        Q("2.5%", 2.5, "%", "地方一般公共预算收入增长预期目标", "growth", ind=REV, target=True, note=AIM),
        Q("5.5%", 5.5, "%", "社会消费品零售总额增长预期目标", "growth", ind=RETAIL, target=True, note=AIM),
        Q("4%", 4, "%", "出口总额增长预期目标", "growth", ind="出口总额", target=True, note=AIM),
        Q("6%", 6, "%", "实际利用外资增长预期目标", "growth", ind="实际使用外资", target=True, note=AIM),
    ],
)

# ---------------------------------------------------------------- 03 宁津县 (山东 德州市), the county farm bureau's reply to a CPPCC member's proposal
NJ = "宁津县"
NJ_DAY = "2023-06-15"
PAGES["e48_03_ningjin_20230615.txt"] = dict(
    pubdate=NJ_DAY,
    pubnote="the letter's date line `2023年6月15日` (kept; www.sdningjin.gov.cn, 宁津县人民政府's site; the address has no date)",
    area=NJ, period=NJ_DAY,
    items=[
        C("吨半粮", "numeric fixed term (“吨半粮”: a ton and a half of grain a mu), the project's name"),
        C("吨半粮", "numeric fixed term (“吨半粮”生产能力建设)"),
        D("截至目前", NJ_DAY, "now", note="the letter's date"),
        Q("6800米", 6800, "米", "已铺设生产路混凝土路面", "level"),
        Q("2500 米", 2500, "米", "已完成清淤", "level", note="spaced as stored"),
        Q("2座", 2, "座", "已修建桥涵", "level"),
        Q("2座", 2, "座", "放线中的其它桥涵", "level"),
        Q("700米", 700, "米", "已安装行走式喷灌机", "level"),
        Q("22眼", 22, "眼", "项目区新打机井", "level"),
        Q("26 个", 26, "个", "已完成施工的井台", "level", note="spaced as stored"),
        Q("26 套", 26, "套", "已安装的机井配套", "level", note="spaced as stored"),
        Q("7 台", 7, "台", "进场的变压器", "level", note="spaced as stored"),
        Q("2500米", 2500, "米", "已完成放线的道路及清淤", "level"),
        O("一是", "list marker"),
        O("二是", "list marker"),
        O("三是", "list marker"),
        C("吨半粮", "numeric fixed term (吨半粮核心区)"),
        D("2023年6月15日", NJ_DAY, "day", rel=False, note="the letter's date"),
        C("0534-5221525", "contact telephone number"),
    ],
)
