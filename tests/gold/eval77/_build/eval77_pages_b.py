"""Annotations of pages 05-08 (城口县's reply to a deputy, 宝应县's story on proposals handled, 甘肃省's 上半年 2011
figures, 长沙县's 一季度 2018 figures), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GBR = "一般公共预算收入"
IVA = "规模以上工业增加值"
PAGES = {}

# ---------------------------------------------------------------- 05 城口县 (重庆), the county transport commission's reply to a deputy's suggestion
CK = "城口县"
PAGES["e77_05_chengkou_20250402.txt"] = dict(
    pubdate="2025-04-02",
    pubnote="the kept line `日期:2025-04-02` and the address t20250402 (城口县人民政府's site); the letter's garbled "
            "`2025325` is 2025-03-25",
    area=CK, period="2025-04-02",
    items=[
        O("十八届人大五次", "congress term and session as one span (县十八届人大五次会议)"),
        O("第20250036号", "suggestion number"),
        D("2025-04-02", "2025-04-02", "day", rel=False, note="the page's metadata line"),
        C("城交通函202517", "document number (its brackets lost: 城交通函〔2025〕17号)"),
        C("G651", "road number (国道G651)"),
        O("第20250036号", "suggestion number"),
        O("一是", "list marker"),
        C("G651", "road number"),
        C("G651", "road number"),
        C("十条措施", "a numeral inside a document's title (《城口县农村公路建设管理十条措施》)"),
        O("二是", "list marker"),
        D("目前", "2025-04-02", "now", note="the page's date"),
        C("十五五", "fixed term (the 15th five-year plan)"),
        D("2025325", "2025-03-25", "day", rel=False,
          note="the letter's date with its 年月日 lost (2025年3月25日), under the signature"),
        C("18996616622", "phone number"),
        C("405900", "postal code"),
    ],
)

# ---------------------------------------------------------------- 06 宝应县 (江苏 扬州市), 宝应日报's story on the CPPCC's review of proposals handled
BY = "宝应县"
PAGES["e77_06_baoying_20181229.txt"] = dict(
    pubdate="2018-12-29",
    pubnote="the kept line `发布时间:2018-12-29 来源:宝应日报` (宝应县人民政府's site) and the address 2018-12-29",
    area=BY, period="2018",
    items=[
        D("2018-12-29", "2018-12-29", "day", rel=False, note="the page's metadata line"),
        D("12月27日", "2018-12-27", "day", note="the visit's day"),
        C("2018年", "a year inside an activity's name (2018年民主评议提案办理活动)"),
        D("2018年", "2018", "year", rel=False),
        Q("43件", 43, "件", "县住建局接办的提案", "level"),
        Q("29件", 29, "件", "县住建局主办的提案", "level"),
        Q("14件", 14, "件", "县住建局协办的提案", "level"),
        C("两办", "fixed term (县“两办”: the county party and government offices)"),
        D("截至目前", "2018-12-29", "now", note="the page's date"),
        Q("5件", 5, "件", "已经基本解决的提案", "level", per="2018-12-29", note="a stock as of 截至目前"),
        Q("14件", 14, "件", "建议事项已被采纳的提案", "level", per="2018-12-29"),
        Q("8件", 8, "件", "列入解决计划的提案", "level", per="2018-12-29"),
        Q("19件", 19, "件", "县规划局接办的提案", "level",
          note="no time in its sentence: the paragraph's 2018 (据了解,2018年,…)"),
        Q("5件", 5, "件", "县规划局主办的提案", "level"),
        Q("14件", 14, "件", "县规划局协办的提案", "level"),
        D("截至目前", "2018-12-29", "now", note="the page's date"),
        Q("5件", 5, "件", "已全部办结的主办提案", "level", per="2018-12-29"),
        Q("100%", 100, "%", "提案办理满意率", "share", per="2018-12-29"),
        D("2018年", "2018", "year", rel=False),
        Q("16件", 16, "件", "县交运局承办的提案", "level"),
        Q("11件", 11, "件", "县交运局主办的提案", "level"),
        Q("5件", 5, "件", "县交运局协办的提案", "level"),
        Q("五个方面", 5, "个", "具体要求的方面", "level", per="2018-12-27", borderline=True,
          note="a count of the chairman's headings (as eval51's 五个方面), not an indicator; the visit's day"),
    ],
)

# ---------------------------------------------------------------- 07 甘肃省, 中新网's story on the province's 上半年 2011 figures (a copy)
GS = "甘肃省"
H1 = "2011-01/2011-06"
H1P = "2010-01/2010-06"
PAGES["e77_07_gansu_20110729.txt"] = dict(
    pubdate="2011-07-29",
    pubnote="the copy's address 2011/guonei_0729 — unsure; the dateline `中新网兰州7月27日电` is the story's day",
    area=GS, period=H1,
    items=[
        D("7月27日", "2011-07-27", "day", note="the dateline"),
        D("27日", "2011-07-27", "day", note="the press conference's day"),
        D("今年以来", "2011", "period"),
        D("今年上半年", H1, "period"),
        Q("1934.65亿元", num("1934.65亿"), "元", "全省生产总值", "level", ind=GDP),
        D("去年同期", H1P, "period"),
        Q("13.0%", 13.0, "%", "生产总值比去年同期增长", "growth", ind=GDP),
        D("上半年", H1, "period"),
        Q("1934.65亿元", num("1934.65亿"), "元", "全省生产总值", "level", ind=GDP),
        D("去年同期", H1P, "period"),
        Q("13.0%", 13.0, "%", "生产总值比去年同期增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("152.51亿元", num("152.51亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("5.0%", 5.0, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("1125.62亿元", num("1125.62亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("16.7%", 16.7, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("656.52亿元", num("656.52亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("9.2%", 9.2, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        D("今年上半年", H1, "period"),
        Q("1548.39万亩", num("1548.39万"), "亩", "夏粮播种面积", "level"),
        D("去年", "2010", "year"),
        Q("1.99%", 1.99, "%", "夏粮播种面积比去年下降", "growth", change="decrease"),
        Q("317万吨", num("317万"), "吨", "夏粮产量", "level",
          note="预计 of the summer harvest of a half-year that has ended: an early estimate, not a target; "
               "the summer harvest only, not the catalogue's 粮食产量 (as eval60's)"),
        Q("4.18%", 4.18, "%", "夏粮产量下降", "growth", change="decrease"),
        Q("811.23亿元", num("811.23亿"), "元", "规模以上工业企业完成工业增加值", "level", ind=IVA),
        D("去年同期", H1P, "period"),
        Q("17.6%", 17.6, "%", "规模以上工业增加值比去年同期增长", "growth", ind=IVA),
        D("一季度", "2011-01/2011-03", "period"),
        Q("3.9个百分点", 3.9, "百分点", "规模以上工业增加值增速比一季度提高", "points", ind=IVA),
        Q("128.67亿元", num("128.67亿"), "元", "规模以上工业利润总额", "level"),
        D("去年同期", H1P, "period"),
        Q("33.99%", 33.99, "%", "规模以上工业利润总额增长", "growth"),
        D("上半年", H1, "period"),
        Q("7329.47元", 7329.47, "元", "城镇居民人均可支配收入", "level", ind="城镇居民人均可支配收入"),
        D("去年同期", H1P, "period"),
        Q("13.69%", 13.69, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
        D("去年同期", H1P, "period"),
        Q("3.88个百分点", 3.88, "百分点", "城镇居民收入增幅比去年同期提高", "points", ind="城镇居民人均可支配收入"),
        Q("2049.9元", 2049.9, "元", "农民人均现金收入", "level",
          note="现金收入: not the catalogue's 可支配收入"),
        D("去年同期", H1P, "period"),
        Q("27.4%", 27.4, "%", "农民人均现金收入增长", "growth"),
        D("去年同期", H1P, "period"),
        Q("13.2个百分点", 13.2, "百分点", "农民人均现金收入增幅比去年同期提高", "points"),
        D("当前", "2011-07-27", "now", note="the story's day (the dateline)"),
    ],
)

# ---------------------------------------------------------------- 08 长沙县 (湖南 长沙市), 星沙新闻网's story on the county's 一季度 2018 figures (a copy)
CS = "长沙县"
Q1 = "2018-01/2018-03"
PAGES["e77_08_changshaxian_20180503.txt"] = dict(
    pubdate="2018-05-03",
    pubnote="the kept line `发布日期:2018-05-03 09:38 来源:星沙新闻网` (a copy on bnbgw.com)",
    area=CS, period=Q1,
    items=[
        D("一季度", Q1, "period", note="the headline's 一季度: this year's, by the page's date"),
        Q("超300亿元", num("300亿"), "元", "一季度GDP", "level", q="more_than", ind=GDP),
        D("2018-05-03 09:38", "2018-05-03T09:38", "time", rel=False, note="the page's metadata line"),
        D("近日", None, "vague"),
        D("一季度", Q1, "period"),
        Q("300.8亿元", num("300.8亿"), "元", "地区生产总值", "level", ind=GDP),
        C("四县", "a named group (长沙市's four counties and county-level units, 四县(市、区)), not a count"),
        O("第一", "rank"),
        Q("592.4亿元", num("592.4亿"), "元", "规模工业增加值", "level", ind=IVA,
          note="as written (规模工业: 规模以上工业), though larger than the GDP"),
        C("四县", "a named group (四县(市、区))"),
        O("第一", "rank"),
        D("1-3月份", Q1, "period"),
        Q("300.8亿元", num("300.8亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("9.2%", 9.2, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("14.3亿元", num("14.3亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("3.7%", 3.7, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("197.5亿元", num("197.5亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("9.7%", 9.7, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("89亿元", num("89亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("9%", 9, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        C("三次产业", "fixed term"),
        Q("4.7:65.7:29.6", 4.7, "", "三次产业结构", "share", ind="三次产业结构", values=[4.7, 65.7, 29.6]),
        D("一季度", Q1, "period"),
        D("去年同期", "2017-01/2017-03", "period"),
        Q("0.2个百分点", 0.2, "百分点", "服务业(比重)较去年同期提高", "points",
          note="what rose is not said (服务业's share, likely): no catalogue indicator"),
        D("目前", "2018-05-03", "now", note="the page's date"),
        D("1-3月", Q1, "period"),
        C("三大产业", "numeric slogan (the county's three named industries)"),
        Q("463亿元", num("463亿"), "元", "三大产业工业总产值", "level"),
        Q("7%", 7, "%", "三大产业工业总产值增长", "growth"),
        Q("78.2%", 78.2, "%", "三大产业占全部规模工业总产值", "share"),
        Q("193.5亿元", num("193.5亿"), "元", "工程机械产业产值", "level"),
        Q("7.1%", 7.1, "%", "工程机械产业产值增长", "growth"),
        Q("240.3亿元", num("240.3亿"), "元", "汽车及零部件产业产值", "level"),
        Q("6.3%", 6.3, "%", "汽车及零部件产业产值增长", "growth"),
        Q("29.1亿元", num("29.1亿"), "元", "电子信息产业产值", "level"),
        Q("13%", 13, "%", "电子信息产业产值增长", "growth"),
    ],
)
