"""Annotations of pages 01-04 (相山区's 上半年 2025 release, 普陀区's 2006 work report, 柳州市's 1-5月 2013 release story,
奉化区's 上半年 2021 briefing), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PI = "第一产业增加值"
SI = "第二产业增加值"
TI = "第三产业增加值"
VA = "规模以上工业增加值"
VO = "规模以上工业总产值"
FAI = "固定资产投资"
REV = "一般公共预算收入"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 01 相山区 (安徽 淮北市), the district statistics bureau's press release on 上半年 2025
XS = "相山区"
XS_H1 = "2025-01/2025-06"
PAGES["e64_01_xiangshan_20250813.txt"] = dict(
    pubdate="2025-08-13",
    pubnote="the kept line `发布时间:2025年8月13日上午10:00` (the press conference's time; www.hbxs.gov.cn, "
            "相山区人民政府's site; 发布单位 相山区统计局); the address has no date",
    area=XS, period=XS_H1,
    items=[
        C("2025年", "year inside the release's subject line (发布主题:相山区2025年上半年经济运行情况)"),
        C("上半年", "period inside the release's subject line"),
        D("2025年8月13日上午10:00", "2025-08-13T10:00", "time", rel=False, note="metadata (发布时间)"),
        O("1.", "list marker"),
        D("2025年上半年", XS_H1, "period", rel=False),
        O("2.", "list marker"),
        D("今天", "2025-08-13", "day", note="the press conference's day (今天的新闻发布会)"),
        D("2025年上半年", XS_H1, "period", rel=False),
        D("2025年上半年", XS_H1, "period", rel=False),
        D("2025年上半年", XS_H1, "period", rel=False),
        O("一、", "list marker"),
        D("上半年", XS_H1, "period"),
        Q("236.2亿元", num("236.2亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("3.4%", 3.4, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第2位", "rank (总量和增速均居全市第2位)"),
        O("第21位", "rank in the province (总量)"),
        O("43位", "rank in the province (增速), 第 shared with 第21位"),
        O("第一产业", "industry ordinal"),
        Q("2.5亿元", num("2.5亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("3.9%", 3.9, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("58.8亿元", num("58.8亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("0.2%", 0.2, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("174.9亿元", num("174.9亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("4.8%", 4.8, "%", "第三产业增加值增长", "growth", ind=TI),
        C("三次产业", "fixed term"),
        Q("1.1:24.9:74.0", 1.1, "", "三次产业结构", "share", ind="三次产业结构", values=[1.1, 24.9, 74.0],
          note="ratio; value is the first part (as the earlier sets')"),
        O("二、", "list marker"),
        D("上半年", XS_H1, "period"),
        Q("45157万元", num("45157万"), "元", "农林牧渔业总产值", "level"),
        Q("3.9%", 3.9, "%", "农林牧渔业总产值增长", "growth"),
        Q("46351亩", 46351, "亩", "夏粮播种面积", "level"),
        Q("0.1%", 0.1, "%", "夏粮播种面积增长", "growth"),
        Q("2.28万吨", num("2.28万"), "吨", "夏粮总产量", "level"),
        Q("0.6%", 0.6, "%", "夏粮总产量下降", "growth", change="decrease"),
        Q("10195亩", 10195, "亩", "蔬菜及食用菌播种面积", "level"),
        Q("1.9%", 1.9, "%", "蔬菜及食用菌播种面积增长", "growth"),
        Q("28697.7吨", 28697.7, "吨", "蔬菜及食用菌产量", "level"),
        Q("3.2%", 3.2, "%", "蔬菜及食用菌产量增长", "growth"),
        Q("9791.6吨", 9791.6, "吨", "水果产量", "level"),
        Q("31.7%", 31.7, "%", "水果产量下降", "growth", change="decrease"),
        Q("158吨", 158, "吨", "猪牛羊禽肉产量", "level"),
        Q("3.7%", 3.7, "%", "猪牛羊禽肉产量下降", "growth", change="decrease"),
        D("6月末", "2025-06", "period", note="the end of June; 出栏 counted to it are the half-year's flow"),
        Q("1407头", 1407, "头", "生猪出栏", "level",
          note="slaughterings counted to 6月末: a flow of the half-year (period 上半年), not a stock"),
        Q("48.0%", 48.0, "%", "生猪出栏下降", "growth", change="decrease"),
        Q("420头", 420, "头", "牛出栏", "level"),
        Q("10.2%", 10.2, "%", "牛出栏增长", "growth"),
        Q("6011只", 6011, "只", "羊出栏", "level"),
        Q("8.9%", 8.9, "%", "羊出栏下降", "growth", change="decrease"),
        O("三、", "list marker"),
        D("上半年", XS_H1, "period"),
        Q("16.0%", 16.0, "%", "规上工业总产值下降", "growth", ind=VO, change="decrease"),
        Q("2.8%", 2.8, "%", "规上工业增加值下降", "growth", ind=VA, change="decrease"),
    ],
)

# ---------------------------------------------------------------- 02 普陀区 (上海), the district's 2006 work report (its 2005 review), posted 2008-06-20
PT = "普陀区"
PT_Y = "2005"
PAGES["e64_02_putuo_20080620.txt"] = dict(
    pubdate="2008-06-20",
    pubnote="the kept date line `2008年06月20日 来源: 上海普陀` (www.shpt.gov.cn, 上海市普陀区人民政府's site; the address "
            "20080620); the report itself was given at the district congress's 13th term, 5th session (early 2006, its day "
            "not on the page) — the page's own date is used, as eval41's 普陀 page",
    area=PT, period=PT_Y,
    items=[
        C("2006", "year inside the page's title (2006政府工作报告)"),
        D("2008年06月20日", "2008-06-20", "day", rel=False, note="page date line"),
        O("第十三届", "congress term"),
        O("第五次", "session number"),
        D("现在", "2006", "now",
          note="现在,我代表…: the report's time, the 2006 session (its day is not on the page), not the page's posting "
               "(as eval62's and eval60's reports); left out at first, added after seeing the first run's output"),
        O("一、", "list marker"),
        D("2005年", PT_Y, "year", rel=False, note="section heading"),
        C("十五", "plan name (“十五”时期)"),
        D("2005年", PT_Y, "year", rel=False),
        C("三个代表", "fixed term"),
        O("十六大", "party congress"),
        O("十六届三中、四中、五中全会", "party plenums"),
        O("八届六次、七次全会", "the city party committee's plenums"),
        O("七届六次、七次全会", "the district party committee's plenums"),
        D("全年", PT_Y, "year", note="the reviewed year"),
        C("十五", "plan name (“十五”计划)"),
        D("2005年", PT_Y, "year", rel=False),
        Q("72.50亿元", num("72.50亿"), "元", "区级增加值", "level",
          note="the district's 增加值 (区级增加值), not the catalogue's 地区生产总值 (as eval41's 普陀)"),
        Q("10.99%", 10.99, "%", "增加值增长", "growth"),
        Q("78.80亿元", num("78.80亿"), "元", "财政总收入(含委托征管企业收入)", "level"),
        Q("45.02亿元", num("45.02亿"), "元", "区级财政收入", "level", note="as eval41's 普陀: not the catalogue's 一般公共预算收入"),
        Q("21.61%", 21.61, "%", "区级财政收入增长", "growth"),
        O("第三产业", "industry ordinal"),
        Q("64.90%", 64.90, "%", "第三产业比重", "share", ind=TI, note="as eval41's 第三产业增加值比重"),
        Q("34755个", 34755, "个", "新增就业岗位", "level"),
        D("全年", PT_Y, "year"),
        Q("133.67%", 133.67, "%", "新增就业岗位完成全年目标比例", "share"),
        Q("17948人", 17948, "人", "城镇登记失业人数", "level"),
        Q("52人", 52, "人", "城镇登记失业人数低于控制指标", "difference", change="decrease"),
        D("2005年", PT_Y, "year", rel=False),
        Q("七方面", 7, "方面", "区政府主要工作方面", "level", borderline=True,
          note="the parts of the review (as eval51's 五个方面)"),
        O("(一)", "list marker"),
        D("2005年", PT_Y, "year", rel=False),
    ],
)

# ---------------------------------------------------------------- 03 柳州市 (广西), the city site's story on the statistics bureau's 1-5月 2013 figures
LZ = "柳州市"
LZ_P = "2013-01/2013-05"
PAGES["e64_03_liuzhou_20130701.txt"] = dict(
    pubdate="2013-07-01",
    pubnote="from the address t20130701 (lzzx.liuzhou.gov.cn/xw/201307/t20130701_590375.html, 柳州市's government site, "
            "新闻); the copy has no date line (`市统计局近日公布数据`)",
    area=LZ, period=LZ_P,
    items=[
        D("今年1月至5月", LZ_P, "period", note="headline"),
        D("近日", None, "vague"),
        D("今年1月至5月", LZ_P, "period"),
        Q("12.7个百分点", 12.7, "百分点", "小微型企业总产值增速高出全市规上工业总产值增速", "points",
          note="the gap of the small firms' growth above the whole of 规上工业总产值"),
        Q("11.8个百分点", 11.8, "百分点", "非公有工业经济总产值增速高出全市规上工业总产值增速", "points"),
        D("当前", "2013-07-01", "now",
          note="当前国民经济运行呈现几个特点: the page's date (README lists 当前 as a `now` date); left out at first, added "
               "after seeing the first run's output"),
        O("一产", "industry ordinal"),
        Q("63342公顷", 63342, "公顷", "早稻播种面积", "level"),
        Q("1.42%", 1.42, "%", "早稻播种面积增长", "growth"),
        Q("15602公顷", 15602, "公顷", "春玉米播种面积", "level"),
        Q("13.88%", 13.88, "%", "春玉米播种面积增长", "growth"),
        Q("27227公顷", 27227, "公顷", "春播蔬菜面积", "level"),
        Q("3.7%", 3.7, "%", "春播蔬菜面积增长", "growth"),
        Q("2237公顷", 2237, "公顷", "瓜果类播种面积", "level"),
        Q("17.06%", 17.06, "%", "瓜果类播种面积增长", "growth"),
        O("二产", "industry ordinal"),
        D("今年前5个月", LZ_P, "period"),
        Q("441.18亿元", num("441.18亿"), "元", "规模以上小微型企业总产值", "level"),
        Q("20%", 20, "%", "规模以上小微型企业总产值增长", "growth"),
        Q("72.7%", 72.7, "%", "小微型企业对规上工业总产值增长的贡献率", "share"),
        Q("5.3个百分点", 5.3, "百分点", "小微型企业拉动规上工业总产值增长", "points"),
        Q("659.08亿元", num("659.08亿"), "元", "规模以上非公有工业经济总产值", "level"),
        Q("19.1%", 19.1, "%", "规模以上非公有工业经济总产值增长", "growth"),
        Q("104.4%", 104.4, "%", "非公有工业对规上工业总产值增长的贡献率", "share"),
        Q("7.6个百分点", 7.6, "百分点", "非公有工业拉动规上工业总产值增长", "points"),
        D("1月至5月", LZ_P, "period"),
        Q("85.31%", 85.31, "%", "食品业总产值增长", "growth"),
        Q("55.13%", 55.13, "%", "纺织业总产值增长", "growth"),
        Q("32.04%", 32.04, "%", "家具业总产值增长", "growth"),
        Q("46.2%", 46.2, "%", "造纸及纸制品业总产值增长", "growth"),
        Q("17.89%", 17.89, "%", "医药业总产值增长", "growth"),
        Q("15.88%", 15.88, "%", "水泥制造业总产值增长", "growth"),
        Q("26.57%", 26.57, "%", "金属制品业总产值增长", "growth"),
        Q("24.97%", 24.97, "%", "通用设备制造业总产值增长", "growth"),
        Q("15.17%", 15.17, "%", "电气机械和器材制造业总产值增长", "growth"),
        Q("85.34%", 85.34, "%", "电力热力生产和供应业总产值增长", "growth"),
        D("前5个月", LZ_P, "period"),
        Q("1491.2亿元", num("1491.2亿"), "元", "规模以上工业总产值", "level", ind=VO),
        Q("7.3%", 7.3, "%", "规模以上工业总产值增长", "growth", ind=VO),
        Q("8.4个百分点", 8.4, "百分点", "规模以上工业总产值增速回落", "points", ind=VO, change="decrease"),
    ],
)

# ---------------------------------------------------------------- 04 奉化区 (浙江 宁波市), a portal's copy of the district government's item on the 人大 briefing of 上半年 2021
FH = "奉化区"
FH_H1 = "2021-01/2021-06"
PAGES["e64_04_fenghua_20210825.txt"] = dict(
    pubdate="2021-08-25",
    pubnote="the kept line `发布时间:2021-08-25  来源:宁波市奉化区人民政府` (investchn.com, a portal; the item is the "
            "district government's); the briefing was `8月24日下午`",
    area=FH, period=FH_H1,
    items=[
        D("2021-08-25", "2021-08-25", "day", rel=False, note="page metadata line"),
        D("8月24日下午", "2021-08-24", "day"),
        D("上半年", FH_H1, "period"),
        D("下半年", "2021-07/2021-12", "period"),
        D("今年上半年", FH_H1, "period"),
        Q("369.9亿元", num("369.9亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("10.2%", 10.2, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("66.8亿元", num("66.8亿"), "元", "财政总收入", "level"),
        Q("29%", 29, "%", "财政总收入增长", "growth"),
        Q("42.2亿元", num("42.2亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("26.6%", 26.6, "%", "一般公共预算收入增长", "growth", ind=REV),
        O("第三", "rank (增速全市第三)"),
        Q("194.1亿元", num("194.1亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("40.3%", 40.3, "%", "固定资产投资增长", "growth", ind=FAI),
        O("第二", "rank (增速全市第二)"),
        Q("35606元", 35606, "元", "城镇居民人均可支配收入", "level", ind=URB),
        Q("21748元", 21748, "元", "农村居民人均可支配收入", "level", ind=RUR),
        Q("14.4%", 14.4, "%", "城镇居民人均可支配收入增长", "growth", ind=URB),
        Q("14%", 14, "%", "农村居民人均可支配收入增长", "growth", ind=RUR),
        Q("177.1亿元", num("177.1亿"), "元", "规上工业增加值", "level", ind=VA),
        Q("10.9%", 10.9, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("23.5%", 23.5, "%", "规下工业增加值增长", "growth"),
        D("下步", None, "vague"),
        C("五年奉献一个新奉化", "numeric slogan"),
        O("第一步", "first-of-kind word (迈好…的第一步)"),
        D("半年度", FH_H1, "period", note="半年度工作成绩单: the first half of 2021"),
    ],
)
