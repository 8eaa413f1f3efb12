"""Annotations of pages 06-10 (小榄镇, 临沭县, 遂宁高新区, 朔州市, 安化县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

P3 = "第三产业增加值"
IND_VA = "规模以上工业增加值"
IND_INV = "工业投资"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
MARKET = "市场主体"
GDP = "地区生产总值"
DOWN = "decrease"
CUT = "the store breaks off in this sentence; the figures before the cut are read as stored"
SERVICE = "服务业增加值 = 第三产业增加值, as earlier sets read it"

PAGES = {}

# ---------------------------------------------------------------- 06 小榄镇 (广东 中山市, town), 中山日报's app on the launch of its 小榄 channel (3月14日), with the town's 2022 figures
XL_DAY = "2023-03-14"
XL = "小榄镇"
PAGES["e35_06_xiaolan_20230314.txt"] = dict(
    pubdate=XL_DAY,
    pubnote="发布:2023-03-14 in the page's byline (kept; zsrbapp.zsnews.cn, 中山日报's 中山+ app, its 小榄 column)",
    area=XL, period="2022",
    items=[
        D("2023-03-14", XL_DAY, "day", rel=False, note="the page's byline"),
        D("3月14日", XL_DAY, "day"),
        D("即日起", XL_DAY, "day"),
        Q("800多年", 800, "年", "小榄镇的历史", "level", q="more_than", per=XL_DAY),
        D("1917年", "1917", "year", rel=False),
        O("第一个", "first-of-kind (全国第一个公开报道的“农村万元户”)"),
        C("万元户", "fixed term (农村万元户)"),
        O("首个", "first-of-kind (广东省首个“亿元村”)"),
        C("亿元村", "size class (亿元村)"),
        Q("9大", 9, "个", "支柱产业", "level", per=XL_DAY, implied=True, note="9大支柱产业: nine, no measure word"),
        Q("8个", 8, "个", "国家级产业集群", "level", per=XL_DAY),
        Q("超17%", 17, "%", "小榄占中山市场主体的比重", "share", q="more_than", per=XL_DAY),
        Q("17%以上", 17, "%", "小榄占全市人口的比重", "share", q="at_least", per=XL_DAY),
        Q("约13%", 13, "%", "小榄占全市经济总量的比重", "share", q="approx", per=XL_DAY),
        D("2022年", "2022", "year", rel=False),
        Q("9.5万户", num("9.5万"), "户", "全镇市场主体", "level", q="more_than", ind=MARKET,
          note="突破9.5万户"),
        O("第一", "rank (稳居全市镇街第一)"),
        Q("37亿元", num("37亿"), "元", "工业投资", "level", ind=IND_INV),
        Q("36.8%", 36.8, "%", "工业投资同比增长", "growth", ind=IND_INV),
        Q("3年", 3, "年", "工业投资增速超过35%的连续年数", "level", per="2020/2022", borderline=True),
        Q("35%", 35, "%", "工业投资增速(连续3年)", "growth", q="more_than", ind=IND_INV, per="2020/2022",
          note="超过35%"),
        Q("270.2亿元", num("270.2亿"), "元", "社消零总额", "level", ind=RETAIL),
        O("首次", "first-of-kind"),
        O("第一", "rank (跃升至全市第一)"),
        D("过去一年", "2022", "year"),
        Q("16个", 16, "个", "市级以上第一或唯一荣誉", "level"),
        O("第一", "rank (第一或唯一荣誉)"),
        D("2022年4月", "2022-04", "month", rel=False),
        Q("15位", 15, "位", "众筹发起战略项目的企业家、乡贤", "level", per="2022-04"),
        D("2023年2月28日", "2023-02-28", "day", rel=False),
    ],
)

# ---------------------------------------------------------------- 07 临沭县 (山东 临沂市), the county farm bureau's account of its CPPCC proposals of 2024, on the county's site
LS_DAY = "2024-12-04"
LS = "临沭县"
PAGES["e35_07_linshu_20241204.txt"] = dict(
    pubdate=LS_DAY,
    pubnote="2024-12-04 under the title (kept; www.linshu.gov.cn, 临沭县人民政府's site)",
    area=LS, period="2024",
    items=[
        O("十届", "CPPCC term"),
        O("三次会议", "session number"),
        D("2024-12-04", LS_DAY, "day", rel=False, note="the page's date line"),
        D("今年", "2024", "year"),
        Q("16件", 16, "件", "承办政协提案", "level"),
        Q("8件", 8, "件", "主办提案", "level"),
        Q("5件", 5, "件", "分办提案", "level"),
        Q("3件", 3, "件", "协办提案", "level"),
        D("目前", LS_DAY, "now"),
        Q("16件", 16, "件", "办结的提案", "level", per=LS_DAY),
        O("一、", "section marker"),
        D("今年", "2024", "year"),
        Q("16件", 16, "件", "承办的政协提案", "level"),
        O("(一)", "list marker"),
        O("第62号", "proposal number"),
        O("第68号", "proposal number"),
        O("第69号", "proposal number"),
        O("第70号", "proposal number"),
        Q("4件", 4, "件", "乡村产业方面的提案", "level"),
        O("1.", "list marker"),
        O("一是", "list marker"),
        Q("5000万元", num("5000万"), "元", "甘薯产业园项目计划总投资", "level", target=True),
        Q("200亩", 200, "亩", "甘薯产业园占地", "level", target=True),
        O("二是", "list marker"),
        C("烟薯25", "name with digits (a sweet-potato variety)"),
        C("济薯26", "name with digits (a sweet-potato variety)"),
        Q("3-5个", 3, "个", "种薯繁育基地(建设)", "level", value_max=5, target=True),
        O("三是", "list marker"),
        O("2.", "list marker"),
    ],
)

# ---------------------------------------------------------------- 08 遂宁高新区 (四川, development zone), 四川经济网's item on the zone's 前三季度 2022, on a portal
SN_DAY = "2022-11-23"
SN = "遂宁高新区"
SN_9M = "2022-01/2022-09"
PAGES["e35_08_suininggaoxin_20221123.txt"] = dict(
    pubdate=SN_DAY,
    pubnote="the page's date lines 2022 / 11/23 / 11:30 under the headline (kept; sc.cnipai.com, a portal carrying 四川经济网)",
    area=SN, period=SN_9M,
    items=[
        D("前三季度", SN_9M, "period"),
        Q("3.6%", 3.6, "%", "GDP增长", "growth", ind=GDP),
        O("第二", "rank"),
        D("2022", "2022", "year", rel=False, note="the page's date lines (year)"),
        D("11/23", SN_DAY, "day", note="the page's date lines (month/day)"),
        D("11:30", "2022-11-23T11:30", "time", note="the page's date lines (time)"),
        D("2022年前三季度", SN_9M, "period", rel=False),
        Q("3.6%", 3.6, "%", "GDP同比增长", "growth", ind=GDP),
        O("第二", "rank"),
        Q("3.1%", 3.1, "%", "服务业增加值增长", "growth", ind=P3, note=SERVICE),
        O("第一", "rank"),
        Q("6.3%", 6.3, "%", "社会消费品零售额增长", "growth", ind=RETAIL),
        O("第一", "rank"),
        Q("13.4%", 13.4, "%", "全社会固定资产投资增长", "growth", ind=FAI),
        O("第二", "rank"),
        Q("12.8%", 12.8, "%", "建筑业总产值增长", "growth"),
        O("第二", "rank"),
        Q("5.7%", 5.7, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        O("第三", "rank"),
        D("日前", None, "vague"),
        C("双十一", "named shopping festival (双十一)"),
        D("今年", "2022", "year"),
        Q("12个", 12, "个", "喜盈门商场建材家具品类", "level", per=SN_DAY),
        D("去年同期", "2021", "period", note="in a manager's words; the same part of 2021"),
        D("今年以来", "2022", "period"),
        Q("近30场", 30, "场", "各类促消费活动", "level", q="nearly", per="2022"),
        D("今年1-9月", SN_9M, "period"),
        Q("3.1%", 3.1, "%", "服务业增加值同比增长", "growth", ind=P3, note=SERVICE),
        O("第一", "rank"),
        D("目前", SN_DAY, "now"),
        D("春节", "2023-01-22", "day", note="added after the first run: a gold omission (春节首展, the coming 春节)"),
        O("首展", "first-of-kind (春节首展)"),
        D("2023年春节", "2023-01-22", "day", rel=False),
    ],
)

# ---------------------------------------------------------------- 09 朔州市 (山西), the city statistics bureau's note on its 1—2月份 industry, on its site
SZ_DAY = "2025-03-28"
SZ = "朔州市"
SZ_P = "2025-01/2025-02"
SZ_LY = "2024-01/2024-02"
PAGES["e35_09_shuozhou_20250328.txt"] = dict(
    pubdate=SZ_DAY,
    pubnote="no date line or headline in the copy; the address's t20250328 (sztj.shuozhou.gov.cn, 朔州市统计局)",
    area=SZ, period=SZ_P,
    items=[
        D("1—2月份", SZ_P, "period"),
        Q("484家", 484, "家", "规上工业企业", "level", per="2025-02"),
        Q("8.1%", 8.1, "%", "规上工业企业增加值同比增长", "growth", ind=IND_VA),
        O("第六位", "rank"),
        D("去年同期", SZ_LY, "period"),
        Q("-1.1%", 1.1, "%", "规上工业增加值增长(去年同期)", "growth", ind=IND_VA, change=DOWN, per=SZ_LY,
          note="a negative growth written -1.1%"),
        Q("9.2个百分点", 9.2, "百分点", "增速较去年同期提高", "points", ind=IND_VA),
        Q("5.9%", 5.9, "%", "全国规上工业增加值增长", "growth", ind=IND_VA, area="全国"),
        Q("6.4%", 6.4, "%", "全省规上工业增加值增长", "growth", ind=IND_VA, area="山西省"),
        Q("2.2个", 2.2, "百分点", "增速高出全国", "points", ind=IND_VA, inherited=True),
        Q("1.7个百分点", 1.7, "百分点", "增速高出全省", "points", ind=IND_VA),
        D("2022年以来", "2022/2025-03-28", "range"),
        D("首季", "2025-01/2025-03", "period"),
    ],
)

# ---------------------------------------------------------------- 10 安化县 (湖南 益阳市), the county statistics bureau's 上半年 farm-output release, on the county's site
AH_DAY = "2021-07-28"
AH = "安化县"
AH_H1 = "2021-01/2021-06"
AH_LY = "2020-01/2020-06"
PAGES["e35_10_anhua_20210728.txt"] = dict(
    pubdate=AH_DAY,
    pubnote="发布时间:2021-07-28 15:49 in the page's date line (kept; anhua.gov.cn, 安化县人民政府's site, 信息来源 县统计局)",
    area=AH, period=AH_H1,
    items=[
        D("上半年", AH_H1, "period"),
        Q("8%", 8, "%", "农林牧渔业总产值增长", "growth"),
        D("2021-07-28 15:49", "2021-07-28T15:49", "time", rel=False, note="the page's date line"),
        D("今年以来", "2021", "period"),
        D("上半年", AH_H1, "period"),
        Q("25.67亿元", num("25.67亿"), "元", "农林牧渔业总产值", "level"),
        Q("8%", 8, "%", "农林牧渔业总产值同比增长", "growth"),
        D("上年同期", AH_LY, "period"),
        Q("5.9个百分点", 5.9, "百分点", "增速较上年同期上升", "points"),
        Q("5.1%", 5.1, "%", "农林牧渔业总产值两年平均增长", "growth", per="2020-01/2021-06",
          note="two-year average growth"),
        O("一是", "list marker"),
        Q("6.8万亩", num("6.8万"), "亩", "早稻播插面积", "level"),
        C("一季稻", "fixed term (single-season rice)"),
        Q("33.09万亩", num("33.09万"), "亩", "一季稻播插面积", "level"),
        Q("19.5万亩", num("19.5万"), "亩", "旱粮播栽面积", "level"),
        O("二是", "list marker"),
        Q("30.97万亩", num("30.97万"), "亩", "油菜播种面积", "level"),
        Q("1.3%", 1.3, "%", "油菜播种面积同比增长", "growth"),
        Q("3.31万吨", num("3.31万"), "吨", "油菜籽总产量", "level"),
        Q("1.1%", 1.1, "%", "油菜籽总产量同比增长", "growth"),
        Q("12.03万亩", num("12.03万"), "亩", "蔬菜播种面积", "level"),
        Q("1.7%", 1.7, "%", "蔬菜播种面积同比增长", "growth"),
        Q("23.21万吨", num("23.21万"), "吨", "蔬菜总产量", "level"),
        Q("1.9%", 1.9, "%", "蔬菜总产量同比增长", "growth"),
        Q("36万亩", num("36万"), "亩", "现有茶园面积", "level", per=AH_DAY),
        D("上半年", AH_H1, "period"),
        Q("14840吨", 14840, "吨", "干毛茶产量", "level"),
        Q("7.8%", 7.8, "%", "干毛茶产量同比增长", "growth"),
        O("三是", "list marker"),
        Q("两年多", 2, "年", "生猪市场高位运行的时长", "level", q="more_than", per="2019/2021", borderline=True),
        D("上半年", AH_H1, "period"),
        Q("43.72万头", num("43.72万"), "头", "生猪出栏", "level"),
        Q("31.6%", 31.6, "%", "生猪出栏同比增长", "growth"),
        D("上半年", AH_H1, "period"),
        Q("15.52万只", num("15.52万"), "只", "羊出栏", "level"),
        Q("9.2%", 9.2, "%", "羊出栏同比增长", "growth"),
        Q("0.79万吨", num("0.79万"), "吨", "禽蛋产量", "level"),
        Q("97.5%", 97.5, "%", "禽蛋产量同比增长", "growth"),
        O("四是", "list marker"),
        Q("7650吨", 7650, "吨", "水产品产量", "level"),
        Q("2%", 2, "%", "水产品产量同比增长", "growth"),
    ],
)
