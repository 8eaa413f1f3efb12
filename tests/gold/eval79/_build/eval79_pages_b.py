"""Annotations of pages 05-08 (大冶市's reply to a deputy, 福绵区's 本报讯 on projects signed, 颍州区's 2017 congress
story, 云南省's 1月—7月 2022 figures), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IVA = "规模以上工业增加值"
FAI = "固定资产投资"
RSC = "社会消费品零售总额"
PAGES = {}

# ---------------------------------------------------------------- 05 大冶市 (湖北 黄石市), the city's urban management bureau's reply to a deputy's suggestion
DY = "大冶市"
PAGES["e79_05_daye_20250826.txt"] = dict(
    pubdate="2025-08-26",
    pubnote="the kept line `发表日期:2025-08-26    文章来源:大冶市城市管理执法局` (hbdaye.gov.cn, 大冶市人民政府's site); "
            "the address t20251001 is later — the kept date line is taken",
    area=DY, period="2025-08-26",
    items=[
        O("七届人大五次", "congress term and session as one span (市七届人大五次会议)"),
        O("第6号", "suggestion number"),
        D("2025-08-26", "2025-08-26", "day", rel=False, note="the page's metadata line"),
        Q("51.6万", num("51.6万"), "元", "安排的城维资金", "level", implied=True,
          note="51.6万城维资金: the unit 元 not written; no time in its sentence: the reply's date"),
        D("8月初", "2025-08", "month", note="as eval45's 4月初 (month resolution)"),
        D("8月中旬", "2025-08", "month", note="as eval20's 7月中旬 (month resolution)"),
        D("11月份", "2025-11", "month"),
    ],
)

# ---------------------------------------------------------------- 06 福绵区 (广西 玉林市), a paper's 本报讯 on the district's project signing (an e-paper; the paper not named)
FM = "玉林市福绵区"
SIGN = "2025-02-17"
PAGES["e79_06_fumian_20250304.txt"] = dict(
    pubdate="2025-03-04",
    pubnote="the e-paper's address Html/2025-03-04 (dzb.xfrb.com.cn); the story's `2月17日` is the signing's day",
    area=FM, period=SIGN,
    items=[
        D("2月17日", SIGN, "day", note="the signing's day, the year from the page's date"),
        Q("4个", 4, "个", "签约项目", "level"),
        Q("16.5亿元", num("16.5亿"), "元", "签约项目总投资", "level"),
        D("截至目前", "2025-03-04", "now", note="the page's date"),
        D("今年", "2025", "year"),
        Q("11个", 11, "个", "今年累计新签约招商引资项目", "level", per="2025-03-04",
          note="a running total as of 截至目前 (as eval77's 截至目前 counts)"),
        Q("35.48亿元", num("35.48亿"), "元", "今年累计新签约项目总投资", "level", per="2025-03-04"),
        Q("4个", 4, "个", "此次签约的项目", "level"),
        Q("5.5亿元", num("5.5亿"), "元", "广地龙特色养殖加工和药食同源食品基地项目总投资", "level"),
        Q("20亿元以上", num("20亿"), "元", "该项目建成投产后年产值", "level", q="at_least", target=True, per="NULL",
          note="建成投产后: a forecast for a year not named (as eval19's 达产后)"),
        Q("3亿元", num("3亿"), "元", "卓霖智能家电制造项目总投资", "level"),
        Q("约1亿元", num("1亿"), "元", "该项目建成投产后年产值", "level", q="approx", target=True, per="NULL"),
        D("2025年", "2025", "year", rel=False),
        C("六镇一园", "numeric slogan (“六镇一园耀福绵”)"),
        C("十虎", "numeric slogan (“十虎竞玉林”)"),
    ],
)

# ---------------------------------------------------------------- 07 颍州区 (安徽 阜阳市), the district government office's story on the congress (a copy)
YZ = "阜阳市颍州区"
DAY = "2017-12-22"
PAGES["e79_07_yingzhou_20171222.txt"] = dict(
    pubdate=DAY,
    pubnote="the kept line `发布日期:2017-12-22   作者:区政办    来源:区政办` (a copy on fjdavid.com); the story's "
            "`12月22日` is the session's day",
    area=YZ, period=DAY,
    items=[
        O("第五届", "congress term"),
        O("第二次", "session number"),
        D("2017-12-22", DAY, "day", rel=False, note="the page's metadata line"),
        D("12月22日", DAY, "day", note="the session's day"),
        D("上午8:30", "2017-12-22T08:30", "time", note="the session's opening hour"),
        O("第五届", "congress term"),
        O("第二次", "session number"),
        Q("285人", 285, "人", "大会应到代表", "level"),
        Q("268人", 268, "人", "大会实到代表", "level"),
        Q("三个部分", 3, "个", "政府工作报告的部分", "level", borderline=True,
          note="a count of the report's parts, not an indicator (as eval40's 两大部分)"),
        O("一、", "list marker"),
        O("二、", "list marker"),
        O("三、", "list marker"),
        D("2017年", "2017", "year", rel=False),
        C("一流", "fixed phrase (皖北创一流)"),
        C("双轮驱动", "numeric slogan"),
        C("五大专项行动", "numeric slogan"),
        D("全年", "2017", "year", note="预计全年: the reporting year"),
        Q("200亿元", num("200亿"), "元", "地区生产总值", "level", ind=GDP, per="2017", target=True,
          note="预计全年 said on 2017-12-22, before the year ended: a forecast of a period not yet over "
               "(OBSERVATIONS: target) — unsure, nine days before the year's end"),
        Q("7.5%", 7.5, "%", "地区生产总值增长", "growth", ind=GDP, per="2017", target=True),
        Q("261.5亿元", num("261.5亿"), "元", "固定资产投资", "level", ind=FAI, per="2017", target=True),
        Q("20.5%", 20.5, "%", "固定资产投资增长", "growth", ind=FAI, per="2017", target=True),
        Q("36亿元", num("36亿"), "元", "财政收入", "level", per="2017", target=True,
          note="财政收入 (the fiscal total), not named as the 一般公共预算收入"),
        Q("26.5%", 26.5, "%", "财政收入增长", "growth", per="2017", target=True),
        Q("36.7亿元", num("36.7亿"), "元", "规模以上工业增加值", "level", ind=IVA, per="2017", target=True),
        Q("4%", 4, "%", "规模以上工业增加值增长", "growth", ind=IVA, per="2017", target=True),
        Q("126.6亿元", num("126.6亿"), "元", "社会消费品零售总额", "level", ind=RSC, per="2017", target=True),
        Q("12%", 12, "%", "社会消费品零售总额增长", "growth", ind=RSC, per="2017", target=True),
        Q("31493元", 31493, "元", "城镇居民人均可支配收入", "level", ind="城镇居民人均可支配收入", per="2017",
          target=True),
        Q("8.5%", 8.5, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入", per="2017",
          target=True),
        Q("12436元", 12436, "元", "农村居民人均可支配收入", "level", ind="农村居民人均可支配收入", per="2017",
          target=True),
        Q("9.1%", 9.1, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入", per="2017",
          target=True),
        D("一年来", "2017", "year", note="in a work report 一年来 is the reporting year"),
        Q("六个方面", 6, "个", "取得新成效的方面", "level", borderline=True, per="2017",
          note="a count of the report's headings (as eval51's 五个方面), not an indicator"),
    ],
)

# ---------------------------------------------------------------- 08 云南省, a news portal's story on the province's 1月—7月 2022 figures
YN = "云南省"
M7 = "2022-01/2022-07"
H1 = "2022-01/2022-06"
JUL = "2022-07"
PAGES["e79_08_yunnan_20220819.txt"] = dict(
    pubdate="2022-08-19",
    pubnote="the address yaowen/20220819 (yndtjj.com, a news portal); the page names no year: `今年` is read as 2022",
    area=YN, period=M7,
    items=[
        D("今年1月—7月", M7, "period"),
        D("今年前7月", M7, "period"),
        Q("8.4%", 8.4, "%", "规模以上工业增加值同比增长", "growth", ind=IVA),
        D("上半年", H1, "period"),
        Q("0.2个百分点", 0.2, "百分点", "规上工业增速比上半年提高", "points", ind=IVA),
        D("7月", JUL, "month"),
        Q("9.4%", 9.4, "%", "7月规模以上工业增加值增长", "growth", ind=IVA, per=JUL),
        D("6月", "2022-06", "month"),
        Q("5.9个百分点", 5.9, "百分点", "7月规上工业增速比6月提高", "points", ind=IVA, per=JUL),
        C("三大工业门类", "fixed term (the three industry sections, as eval78's 三大门类)"),
        Q("11.8%", 11.8, "%", "采矿业增加值增长", "growth"),
        Q("8.3%", 8.3, "%", "制造业增加值增长", "growth"),
        Q("7.6%", 7.6, "%", "电力、热力、燃气及水生产和供应业增加值增长", "growth"),
        Q("24.4%", 24.4, "%", "装备制造业增加值增长", "growth"),
        Q("20.0%", 20.0, "%", "高技术制造业增加值增长", "growth"),
        Q("30.3%", 30.3, "%", "计算机、通信和其他电子设备制造业增加值增长", "growth"),
        Q("13.4%", 13.4, "%", "有色金属冶炼和压延加工业增加值增长", "growth"),
        D("上半年", H1, "period"),
        Q("6.8", 6.8, "百分点", "增速比上半年提高(分别)", "points", inherited=True,
          note="分别比上半年提高6.8、2.0个百分点: a list sharing one unit; which two industries is not clear"),
        Q("2.0个百分点", 2.0, "百分点", "增速比上半年提高(分别)", "points"),
        Q("10.8%", 10.8, "%", "烟草制品业增加值增长", "growth"),
        Q("6.3%", 6.3, "%", "石油、煤炭及其它燃料加工业增加值增长", "growth"),
        D("今年7月", JUL, "month"),
        Q("50.6%", 50.6, "%", "7月汽车产量增长", "growth", per=JUL),
        D("上半年", H1, "period"),
        Q("13.1个百分点", 13.1, "百分点", "汽车产量增速比上半年提高", "points", per=JUL),
        Q("38.1%", 38.1, "%", "7月单晶硅产量增长", "growth", per=JUL),
        Q("6.9个百分点", 6.9, "百分点", "单晶硅产量增速提高", "points", per=JUL),
        C("10种", "product class name (10种有色金属: the ten non-ferrous metals)"),
        Q("15.3%", 15.3, "%", "7月10种有色金属产量增长", "growth", per=JUL),
        Q("5个百分点", 5, "百分点", "10种有色金属产量增速提高", "points", per=JUL),
        Q("20.6%", 20.6, "%", "7月电解铝产量增长", "growth", per=JUL),
        Q("6.7个百分点", 6.7, "百分点", "电解铝产量增速提高", "points", per=JUL),
        Q("12.7%", 12.7, "%", "7月精制茶产量增长", "growth", per=JUL),
        Q("20.6个百分点", 20.6, "百分点", "精制茶产量增速提高", "points", per=JUL),
        D("今年上半年", H1, "period"),
        Q("9666.65亿元", num("9666.65亿"), "元", "规模以上工业企业营业收入", "level", ind="规模以上工业营业收入",
          per=H1),
        Q("16.3%", 16.3, "%", "规模以上工业企业营业收入增长", "growth", ind="规模以上工业营业收入", per=H1),
        Q("1714.70亿元", num("1714.70亿"), "元", "规模以上工业企业利税总额", "level", per=H1),
        Q("14.3%", 14.3, "%", "利税总额增长", "growth", per=H1),
        Q("785.11亿元", num("785.11亿"), "元", "规模以上工业企业利润总额", "level", per=H1),
        Q("19.0%", 19.0, "%", "利润总额增长", "growth", per=H1),
        D("今年1月—7月", M7, "period"),
        Q("42.4%", 42.4, "%", "工业投资增长", "growth", ind="工业投资"),
        D("上半年", H1, "period"),
        Q("1.4个百分点", 1.4, "百分点", "工业投资增速比上半年提高", "points", ind="工业投资"),
        Q("5个月", 5, "个月", "工业投资增幅扩大的月数", "level", borderline=True, per="2022-03/2022-07",
          note="连续5个月: a span of months, arguably not an indicator; the five months to July"),
        Q("19.1%", 19.1, "%", "工业投资占全部投资比重", "share", ind="工业投资"),
        Q("85.0%", 85.0, "%", "能源工业投资增长", "growth"),
        D("今年前7月", M7, "period"),
        Q("7.4%", 7.4, "%", "固定资产投资(不含农户)同比增长", "growth", ind=FAI),
        D("上半年", H1, "period"),
        Q("0.6个百分点", 0.6, "百分点", "固定资产投资增速比上半年回落", "points", ind=FAI, change="decrease"),
        Q("3.1%", 3.1, "%", "民间投资增长", "growth"),
        Q("1个百分点", 1, "百分点", "民间投资增速提高", "points"),
        D("今年1月—7月", M7, "period"),
        Q("2131.13亿千瓦时", num("2131.13亿"), "千瓦时", "规模以上工业发电量", "level"),
        Q("16.1%", 16.1, "%", "规模以上工业发电量增长", "growth"),
        Q("1710.33亿千瓦时", num("1710.33亿"), "千瓦时", "水电发电量", "level"),
        Q("26.8%", 26.8, "%", "水电发电量增长", "growth"),
    ],
)
