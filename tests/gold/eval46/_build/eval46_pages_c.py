"""Annotations of pages 07-08 (石林彝族自治县, 番禺区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GZ_OUT = "规模以上工业总产值"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 07 石林彝族自治县 (云南 昆明市), the county water bureau's reply to a deputy's proposal, dated 2022-06-10
SL = "石林彝族自治县"
SL_DAY = "2022-06-10"
SL_VIL = "圭山镇尾乍黑村委会"
SL_REQ = "the deputy's request (希望…新建), stated in the reply's summary of it: not the bureau's plan"
PAGES["e46_07_shilin_20220630.txt"] = dict(
    pubdate="2022-06-30",
    pubnote="from the address's 2022-06-30 (www.kmsl.gov.cn, 石林彝族自治县人民政府's site); the letter is dated 2022-06-10",
    area=SL, period=SL_DAY,
    items=[
        O("第十八届人大第一次", "congress term and session (县第十八届人大第一次会议), title"),
        O("第270号", "proposal number"),
        O("第十八届人大第一次", "congress term and session"),
        O("第270号", "proposal number"),
        O("一、", "list marker"),
        Q("98户", 98, "户", "左溪村民小组户数", "level", area=SL_VIL,
          note="the village group of 尾乍黑村委会 in 圭山镇, as of the letter"),
        Q("364人", 364, "人", "左溪村民小组人口", "level", area=SL_VIL),
        Q("3927亩", 3927, "亩", "左溪村民小组耕地面积", "level", area=SL_VIL),
        D("近年来", None, "vague", note="added after the first sight: missed when annotating (the schema's own example of a vague date)"),
        Q("700亩", 700, "亩", "左溪村民小组种植沃柑", "level", area=SL_VIL),
        Q("200余亩", 200, "亩", "左溪村民小组种植苹果", "level", q="more_than", area=SL_VIL),
        Q("两个", 2, "个", "希望新建调节池", "level", area=SL_VIL, note=SL_REQ),
        Q("500", 500, "立方米", "调节池容积", "level", area=SL_VIL, inherited=True,
          note="500、250立方米各一个: the unit is shared"),
        Q("250立方米", 250, "立方米", "调节池容积", "level", area=SL_VIL),
        O("二、", "list marker"),
        Q("两个", 2, "个", "新建调节池", "level", area=SL_VIL),
        Q("500", 500, "立方米", "调节池容积", "level", area=SL_VIL, inherited=True),
        Q("250立方米", 250, "立方米", "调节池容积", "level", area=SL_VIL),
        Q("200万元", num("200万"), "元", "修缮坝塘、新建调节池及管网铺设需资金", "level", area=SL_VIL,
          note="the cost found on site; no funds are planned (暂无资金实施)"),
        C("十四五", "fixed term (“十四五”水安全保障规划)"),
        C("0871-67799456", "contact details (phone number)"),
        D("2022年6月10日", SL_DAY, "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 08 番禺区 (广东 广州市), the district statistics bureau's release on industry in 1-4月 2025
PY = "广州市番禺区"
PY_P = "2025-01/2025-04"
PY_Q1 = "2025-01/2025-03"
PAGES["e46_08_panyu_20250526.txt"] = dict(
    pubdate="2025-05-26",
    pubnote="the date line `发布时间:2025-05-26 14:21:36` (kept; www.panyu.gov.cn, 广州市番禺区人民政府's site, from 区统计局)",
    area=PY, period=PY_P,
    items=[
        D("1-4月", PY_P, "period", note="headline; the year from the date line"),
        D("2025-05-26 14:21:36", "2025-05-26T14:21", "time", rel=False, note="page metadata line"),
        D("1-4月", PY_P, "period"),
        Q("723.94亿元", num("723.94亿"), "元", "规模以上工业总产值", "level", ind=GZ_OUT),
        Q("7.1%", 7.1, "%", "规模以上工业总产值下降", "growth", ind=GZ_OUT, change=DOWN),
        D("1-3月", PY_Q1, "period"),
        Q("1.2个百分点", 1.2, "百分点", "规上工业总产值降幅较1-3月扩大", "points", ind=GZ_OUT, change=DOWN,
          note="降幅扩大: the rate fell by 1.2 points"),
        D("4月", "2025-04", "month"),
        Q("185.90亿元", num("185.90亿"), "元", "4月当月规上工业产值", "level", ind=GZ_OUT, per="2025-04"),
        Q("10.7%", 10.7, "%", "4月当月规上工业产值下降", "growth", ind=GZ_OUT, change=DOWN, per="2025-04"),
        O("一是", "list marker"),
        Q("超五成", 50, "%", "产值实现正增长的行业占比", "share", q="more_than", note="五成 = 50%; the list's 1-4月"),
        D("1-4月", PY_P, "period"),
        Q("31个", 31, "个", "全区工业行业大类", "level"),
        Q("17个", 17, "个", "产值实现增长的行业大类", "level"),
        Q("54.8%", 54.8, "%", "行业增长面", "share"),
        Q("17个", 17, "个", "产值实现增长的行业大类", "level"),
        Q("310.43亿元", num("310.43亿"), "元", "17个增长行业合计产值", "level"),
        Q("42.9%", 42.9, "%", "17个增长行业产值占规上工业总产值比重", "share"),
        Q("13.8%", 13.8, "%", "17个增长行业产值增长", "growth"),
        Q("4.8个百分点", 4.8, "百分点", "拉动规上工业总产值增长", "points"),
        O("二是", "list marker"),
        Q("3个月", 3, "个月", "高技术制造业两位数增长的月数", "level", per="2025-02/2025-04", borderline=True,
          note="连续3个月: a duration, arguably not an indicator; the three months to April"),
        Q("两位数", 10, "%", "高技术制造业产值增速", "growth", q="at_least", per="2025-02/2025-04",
          note="两位数增长: at least 10 % (as eval6 and eval18)"),
        D("1-4月", PY_P, "period"),
        Q("108.35亿元", num("108.35亿"), "元", "规上高技术制造业工业总产值", "level"),
        Q("15%", 15, "%", "高技术制造业占规上工业总产值比重", "share"),
        Q("27.9%", 27.9, "%", "高技术制造业工业总产值增长", "growth"),
        D("1-3月", PY_Q1, "period"),
        Q("6.8个百分点", 6.8, "百分点", "高技术制造业增幅比1-3月提高", "points"),
        Q("3.0个百分点", 3.0, "百分点", "高技术制造业拉动规上工业增长", "points"),
        Q("24.42亿元", num("24.42亿"), "元", "锂离子电池制造业工业总产值", "level"),
        Q("20.42亿元", num("20.42亿"), "元", "电子元件及电子专用材料制造业工业总产值", "level"),
        Q("143.5%", 143.5, "%", "锂离子电池制造业产值增长", "growth"),
        Q("4.4%", 4.4, "%", "电子元件及电子专用材料制造业产值增长", "growth"),
        O("三是", "list marker"),
        D("1-4月", PY_P, "period"),
        Q("98.53亿元", num("98.53亿"), "元", "电气机械和器材制造业工业总产值", "level"),
        Q("65.16亿元", num("65.16亿"), "元", "计算机、通信和其他电子设备制造业工业总产值", "level"),
        Q("12.2%", 12.2, "%", "电气机械和器材制造业产值增长", "growth"),
        Q("15.7%", 15.7, "%", "计算机、通信和其他电子设备制造业产值增长", "growth"),
        D("1-3月", PY_Q1, "period"),
        Q("3.3", 3.3, "百分点", "电气机械和器材制造业增幅较1-3月提高", "points", inherited=True),
        Q("3.1个百分点", 3.1, "百分点", "计算机、通信和其他电子设备制造业增幅较1-3月提高", "points"),
        Q("1.4个", 1.4, "百分点", "电气机械和器材制造业拉动规上工业增长", "points", inherited=True),
        Q("1.1个百分点", 1.1, "百分点", "计算机、通信和其他电子设备制造业拉动规上工业增长", "points"),
        O("四是", "list marker"),
        D("1-4月", PY_P, "period"),
        Q("227.58亿元", num("227.58亿"), "元", "规上汽车制造业工业总产值", "level"),
        Q("31.4%", 31.4, "%", "汽车制造业占规上工业比重", "share"),
        Q("24.8%", 24.8, "%", "汽车制造业工业总产值下降", "growth", change=DOWN),
        D("1-3月", PY_Q1, "period"),
        Q("2.7个百分点", 2.7, "百分点", "汽车制造业降幅较1-3月扩大", "points", change=DOWN),
        Q("9.7个百分点", 9.7, "百分点", "汽车制造业拉低规上工业增速", "points", change=DOWN),
        Q("4.5%", 4.5, "%", "剔除汽车制造业后规上工业总产值增长", "growth",
          note="the total without the car industry: not the catalogue's whole figure"),
    ],
)
