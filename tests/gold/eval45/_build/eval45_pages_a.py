"""Annotations of pages 01-03 (醴陵市, 镇宁自治县, 玉屏侗族自治县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"

PAGES = {}

# ---------------------------------------------------------------- 01 醴陵市 (湖南 株洲市), 中国规划网's story from 长沙 (2011-09-05)
LL = "醴陵市"
LL_DAY = "2011-09-05"
LL_YEAR = "2011"
PAGES["e45_01_liling_20110905.txt"] = dict(
    pubdate=LL_DAY,
    pubnote="the story's line `时间:2011-09-05 16:39` (kept), its dateline `长沙9月5日电` and the address's 20110905 (www.zgghw.org.cn, 中国规划网)",
    area=LL, period=LL_YEAR,
    items=[
        D("2011-09-05 16:39", "2011-09-05T16:39", "time", rel=False, note="page metadata line"),
        D("东汉", "0025/0220", "period", rel=False, note="东汉即成规模 (subtitle): the Eastern Han, 25-220"),
        D("如今", LL_DAY, "now"),
        D("9月5日", LL_DAY, "day", note="dateline 长沙9月5日电"),
        D("近日", None, "vague"),
        Q("8个", 8, "个", "同获中国陶瓷历史文化名城称号的县(市)", "level", area="全国", per=LL_DAY,
          borderline=True, note="a count of honoured places across the country (景德镇市 among them), not 醴陵's figure"),
        C("八大", "size class (全国八大陶瓷产区)"),
        C("三大", "fixed term (三大古“瓷都”)"),
        D("东汉时期", "0025/0220", "period", rel=False, note="早在东汉时期"),
        Q("两千年", 2000, "年", "醴陵陶瓷的发展历史", "level", per=LL_DAY,
          note="经过两千年发展: a history's length, as eval's 300多年 木镇镇历史"),
        Q("5大系列", 5, "系列", "陶瓷产品系列", "level", per=LL_DAY),
        Q("4000多个", 4000, "个", "陶瓷产品品种", "level", q="more_than", per=LL_DAY),
        C("五大洲", "fixed term (世界五大洲)"),
        Q("150个", 150, "个", "产品远销的国家和地区", "level", per=LL_DAY),
        D("今年以来", LL_YEAR, "period"),
        Q("40%以上", 40, "%", "规模工业增速", "growth", q="at_least", ind=IND_VA,
          note="湖南's 规模工业增速 is the growth of 规模以上工业增加值; the paragraph led by 今年以来: the year"),
        D("1至7月", "2011-01/2011-07", "period"),
        Q("351.95亿元", num("351.95亿"), "元", "工业总产值", "level", per="2011-01/2011-07",
          note="all industry, not the catalogue's 规模以上 figure"),
        Q("34.4%", 34.4, "%", "工业总产值增长", "growth", per="2011-01/2011-07"),
        Q("225.44亿", num("225.44亿"), "元", "规模工业产值", "level", ind=IND_OUT, per="2011-01/2011-07",
          implied=True, note="亿 without 元: the unit of the figures before it"),
        Q("45.8%", 45.8, "%", "规模工业产值增长", "growth", ind=IND_OUT, per="2011-01/2011-07"),
        Q("20675万元", num("20675万"), "元", "华联瓷业出口产值", "level",
          note="a firm's figure in a sentence with no time: the paragraph's 今年以来"),
        Q("30.4%", 30.4, "%", "华联瓷业出口产值同比增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 02 镇宁自治县 (贵州 安顺市), 贵州网's story on the county's 十三五 industry
ZN = "镇宁自治县"
ZN_DAY = "2021-01-27"
ZN_FIVE = "2016/2020"
PAGES["e45_02_zhenning_20210127.txt"] = dict(
    pubdate=ZN_DAY,
    pubnote="from the address's 2021/0127 (news.gzw.net, 贵州网's 安顺 column); the 十三五 years it reviews had just ended",
    area=ZN, period=ZN_FIVE,
    items=[
        D("过去的五年", ZN_FIVE, "period", note="the 十三五 years, 2016-2020, in a story of January 2021"),
        C("五年", "fixed phrase (…充满信心的五年), as eval44's 四年"),
        C("十三五", "fixed term (“十三五”期间)"),
        Q("57个", 57, "个", "贵州省级经济开发区", "level", area="贵州省", borderline=True,
          note="the list the county's park entered (省级57个经济开发区之列): a count of parks of the province"),
        D("2020年9月", "2020-09", "month", rel=False),
        Q("29个", 29, "个", "贵州省特色工业园区", "level", area="贵州省", per="2020-09", borderline=True,
          note="the list the park was named to in 2020-09"),
        C("五大", "name with a numeral (五大县域主导产业)"),
        D("五年间", ZN_FIVE, "period"),
        Q("297件", 297, "件", "累计新增发明专利授权量", "level",
          note="invention patents only: not the catalogue's 专利授权量 (all patents)"),
        D("五年间", ZN_FIVE, "period"),
        Q("394个", 394, "个", "累计引进招商项目", "level"),
        D("五年间", ZN_FIVE, "period"),
        Q("482.22亿元", num("482.22亿"), "元", "新增重点产业项目到位资金", "level"),
        C("十二五", "fixed term (比“十二五”时期)"),
        Q("42%", 42, "%", "比十二五时期增长(分别, the first of two)", "growth",
          note="分别 with two rates and one named figure: growth over the 十二五 years"),
        Q("26.9%", 26.9, "%", "比十二五时期增长(分别, the second of two)", "growth"),
        D("这五年", ZN_FIVE, "period"),
    ],
)

# ---------------------------------------------------------------- 03 玉屏侗族自治县 (贵州 铜仁市), the county's work report of 2023-02-23: the 2022 review
YP = "玉屏侗族自治县"
YP_DAY = "2023-02-23"
PAGES["e45_03_yuping_20230223.txt"] = dict(
    pubdate=YP_DAY,
    pubnote="the report's subtitle `(2023年2月23日在自治县十届人大二次会议上)` (kept); the copy (nextlevelartsconsulting.com, a document site) shows no date of its own",
    area=YP, period="2022",
    items=[
        D("2023年2月23日", YP_DAY, "day", rel=False, note="the report's subtitle"),
        O("十届人大二次", "congress term and session"),
        D("现在", YP_DAY, "now", note="the day the report was delivered"),
        O("一、", "section marker"),
        D("2022年", "2022", "year", rel=False, note="section heading (一、2022年工作回顾)"),
        D("2022年", "2022", "year", rel=False),
        C("一年", "fixed phrase (…极为不易的一年)"),
        O("二十大", "party congress"),
        D("年初", "2022-01", "period", note="年初确定的主要目标任务: the reviewed year's beginning"),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        C("11.11", "name of an outbreak by its date (大龙“11.11”输入性疫情)"),
        Q("16批次", 16, "批次", "选派外出支援的医务流调人员批次", "level"),
        Q("162人次", 162, "人次", "选派外出支援的医务流调人员", "level"),
        C("三级", "fixed term (县乡村三级医疗服务人员)"),
        Q("105.85亿元", num("105.85亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("0.6%", 0.6, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第4位", "rank (排全市第4位)"),
        Q("3.9%", 3.9, "%", "农林牧渔业总产值增长", "growth"),
    ],
)
