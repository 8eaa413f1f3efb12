"""Annotations of pages 01-03 (福安市, 霞浦县, 湘西州), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GZ_VA = "规模以上工业增加值"
GZ_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
FDI = "实际使用外资"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
UNEMP = "城镇登记失业率"
LOANS = "金融机构贷款余额"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 福安市 (福建 宁德市), the city's 2022 work report, delivered 2021-12-16 (opening, 2021 review)
FA = "福安市"
FA_DAY = "2021-12-16"
FA_EST = ("预计 for a year not yet over (the report was delivered 2021-12-16): an estimate of the period's "
          "outcome, read as target (as eval40's 辽阳县 and eval26's 木镇镇)")
PAGES["e46_01_fuan_20211216.txt"] = dict(
    pubdate=FA_DAY,
    pubnote="the date line `发布时间: 2021-12-16 15:08` (kept) and the subtitle `——2021年12月16日在福安市第十八届人民代表大会第一次会议上` (www.fjfa.gov.cn, 福安市人民政府's site)",
    area=FA, period="2021",
    items=[
        C("2022年", "year inside the report's title (2022年政府工作报告)"),
        D("2021-12-16 15:08", "2021-12-16T15:08", "time", rel=False, note="page metadata line"),
        D("2021年12月16日", FA_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十八届", "congress term"),
        O("第一次", "session"),
        D("现在", FA_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("一、", "list marker"),
        D("2021年", "2021", "year", rel=False, note="section heading (2021年及本届政府工作回顾)"),
        D("2021年", "2021", "year", rel=False),
        C("十四五", "fixed term"),
        O("十九大", "party congress"),
        O("十九届二中、三中、四中、五中、六中全会", "party plenums"),
        C("七一", "a speech named by its date (“七一”重要讲话)"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("五促一保一防一控", "numeric slogan"),
        C("十四五", "fixed term"),
        Q("663亿元", num("663亿"), "元", "全市地区生产总值", "level", ind=GDP, target=True, note=FA_EST),
        Q("9%", 9, "%", "地区生产总值增长", "growth", ind=GDP, target=True, note=FA_EST),
        Q("102亿元", num("102亿"), "元", "农林牧渔业总产值", "level", target=True, note=FA_EST),
        Q("4.5%", 4.5, "%", "农林牧渔业总产值增长", "growth", target=True, note=FA_EST),
        Q("7.6%", 7.6, "%", "规上工业增加值增长", "growth", ind=GZ_VA, target=True, note=FA_EST),
        Q("9.8%", 9.8, "%", "固定资产投资下降", "growth", ind=FAI, change=DOWN, target=True, note=FA_EST),
        Q("160亿元", num("160亿"), "元", "社会消费品零售总额", "level", ind=RETAIL, target=True, note=FA_EST),
        Q("6.9%", 6.9, "%", "社会消费品零售总额增长", "growth", ind=RETAIL, target=True, note=FA_EST),
        Q("62.5亿元", num("62.5亿"), "元", "公共财政总收入", "level", target=True,
          note=FA_EST + "; 总收入 is not the catalogue's 一般公共预算收入"),
        Q("22%", 22, "%", "公共财政总收入增长", "growth", target=True, note=FA_EST),
        Q("35.5亿元", num("35.5亿"), "元", "地方公共财政收入", "level", ind=BUDGET, target=True, note=FA_EST),
        Q("27%", 27, "%", "地方公共财政收入增长", "growth", ind=BUDGET, target=True, note=FA_EST),
        Q("1815万元", num("1815万"), "元", "实际利用外资", "level", ind=FDI, target=True, note=FA_EST),
        Q("100.8%", 100.8, "%", "实际利用外资完成年度任务比例", "share", target=True, note=FA_EST),
        Q("42833元", 42833, "元", "城镇居民人均可支配收入", "level", ind=URBAN_INC, target=True, note=FA_EST),
        Q("8%", 8, "%", "城镇居民人均可支配收入增长", "growth", ind=URBAN_INC, target=True, note=FA_EST),
        Q("21638元", 21638, "元", "农村居民人均可支配收入", "level", ind=RURAL_INC, target=True, note=FA_EST),
        Q("9%", 9, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL_INC, target=True, note=FA_EST),
        Q("5%", 5, "%", "城镇登记失业率", "share", ind=UNEMP, target=True, note=FA_EST),
        D("一年来", "2021", "year", note="in a work report 一年来 is the reporting year"),
        Q("1818亿元", num("1818亿"), "元", "规上工业总产值", "level", ind=GZ_OUT,
          note="stated as done, outside the 预计 list: not a target"),
        Q("24.2%", 24.2, "%", "规上工业总产值现价增长", "growth", ind=GZ_OUT),
        Q("89亿千瓦时", num("89亿"), "千瓦时", "工业用电量", "level"),
        Q("10.3%", 10.3, "%", "工业用电量增长", "growth"),
        Q("200亿元", num("200亿"), "元", "传统产业规上产值", "level", q="more_than", note="突破: more_than"),
        Q("30.7%", 30.7, "%", "传统产业规上产值增长", "growth"),
        Q("1550亿元", num("1550亿"), "元", "不锈钢新材料产业产值", "level"),
        # the store breaks off in `增长28.`: the cut number is not annotated
    ],
)

# ---------------------------------------------------------------- 02 霞浦县 (福建 宁德市), the county's 2020 work report, delivered 2019-12-29 (opening, 2019 review)
XP = "霞浦县"
XP_DAY = "2019-12-29"
XP_EST = ("预计 for a year not yet over (the report was delivered 2019-12-29, `即将过去的一年`): an estimate of the "
          "period's outcome, read as target (as eval40's 辽阳县)")
PAGES["e46_02_xiapu_20191229.txt"] = dict(
    pubdate=XP_DAY,
    pubnote="the report's delivery date in its subtitle (——2019年12月29日在霞浦县第十七届人民代表大会第四次会议上); the copy's posting line `公文搜 2021-07-27 17:49:24` (gongwensou.com, a document site) is its repost date, not the report's",
    area=XP, period="2019",
    items=[
        C("2020年", "year inside the report's title ((福建省)2020年霞浦县人民政府工作报告)"),
        D("2021-07-27 17:49:24", "2021-07-27T17:49", "time", rel=False,
          note="the document site's posting line (its repost, not the report's date)"),
        C("2020年", "year inside the report's title (the site's summary line)"),
        D("2019年12月29日", XP_DAY, "day", rel=False, note="the report's delivery date (in the summary line)"),
        O("第十七届", "congress term"),
        O("第四次", "session"),
        C("2020年", "year inside the report's title (repeated)"),
        D("2019年12月29日", XP_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十七届", "congress term"),
        O("第四次", "session"),
        D("现在", XP_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        O("一、", "list marker"),
        D("2019年", "2019", "year", rel=False, note="section heading (2019年工作回顾)"),
        D("即将过去的一年", "2019", "year", note="the reporting year, said on 2019-12-29"),
        C("一年", "fixed phrase (…的重要一年)"),
        D("一年来", "2019", "year", note="in a work report 一年来 is the reporting year"),
        O("十九大", "party congress"),
        O("十九届二中、三中、四中全会", "party plenums"),
        O("十七届人大三次", "congress term and session (县十七届人大三次会议)"),
        D("全年", "2019", "year"),
        Q("8.3%", 8.3, "%", "地区生产总值增长", "growth", ind=GDP, target=True, note=XP_EST),
        Q("20%", 20, "%", "固定资产投资(不含农户)增长", "growth", ind=FAI, target=True, note=XP_EST),
        Q("12.77亿元", num("12.77亿"), "元", "公共财政总收入", "level", target=True,
          note=XP_EST + "; 总收入 is not the catalogue's 一般公共预算收入"),
        Q("2.4%", 2.4, "%", "公共财政总收入下降", "growth", change=DOWN, target=True, note=XP_EST),
        Q("8.58亿元", num("8.58亿"), "元", "地方公共财政收入", "level", ind=BUDGET, target=True, note=XP_EST),
        Q("4.3%", 4.3, "%", "地方公共财政收入下降", "growth", ind=BUDGET, change=DOWN, target=True, note=XP_EST),
        Q("35504元", 35504, "元", "城镇居民人均可支配收入", "level", ind=URBAN_INC, target=True, note=XP_EST),
        Q("8.7%", 8.7, "%", "城镇居民人均可支配收入增长", "growth", ind=URBAN_INC, target=True, note=XP_EST),
        Q("17\n772元", 17772, "元", "农村居民人均可支配收入", "level", ind=RURAL_INC, target=True,
          note=XP_EST + "; the copy's hard wrap falls inside the number"),
        Q("8.5%", 8.5, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL_INC, target=True, note=XP_EST),
        D("一年来", "2019", "year", note="in a work report 一年来 is the reporting year"),
        O("(一)", "list marker"),
        C("一湾两半岛", "numeric slogan (一湾两半岛开发)"),
        C("一汽", "name with numerals (时代一汽, a company)"),
        # `7rw` after many lines is the copy's filler, not a number; the store breaks off in `完成一区`
    ],
)

# ---------------------------------------------------------------- 03 湘西州 (湖南), 团结报's story on the prefecture's industry in 1-8月 2015
XX = "湘西州"
XX_P = "2015-01/2015-08"
XX_AUG = "2015-08"
PAGES["e46_03_xiangxi_20150923.txt"] = dict(
    pubdate="2015-09-23",
    pubnote="the address's 20150923 (moment.rednet.cn, 红网, from 团结报, the prefecture's paper), the copy's line `09-23 09:51` and the dateline `团结报9月23日讯`",
    area=XX, period=XX_P,
    items=[
        D("1-8月", XX_P, "period", note="headline; the year from the address"),
        Q("51.32亿元", num("51.32亿"), "元", "规模工业增加值", "level", ind=GZ_VA, note="headline"),
        D("09-23 09:51", "2015-09-23T09:51", "time", note="the copy's date line; the year from the address"),
        D("9月23日", "2015-09-23", "day", note="dateline (团结报9月23日讯)"),
        D("9月22日", "2015-09-22", "day"),
        D("1至8月", XX_P, "period"),
        Q("51.32亿元", num("51.32亿"), "元", "全州规模工业增加值", "level", ind=GZ_VA),
        Q("5.2%", 5.2, "%", "规模工业增加值同比增长", "growth", ind=GZ_VA),
        D("1至7月", "2015-01/2015-07", "period"),
        Q("0.2个百分点", 0.2, "百分点", "规模工业增加值增速比1至7月提高", "points", ind=GZ_VA),
        D("8月份", XX_AUG, "month"),
        Q("7.8%", 7.8, "%", "8月份规模工业增加值同比增长", "growth", ind=GZ_VA, per=XX_AUG),
        Q("3个月", 3, "个月", "当月规模工业增加值增速保持在7%以上的月数", "level", per="2015-06/2015-08",
          borderline=True, note="连续3个月: a duration, arguably not an indicator; the three months to August"),
        Q("7%以上", 7, "%", "当月规模工业增加值增速", "growth", q="at_least", ind=GZ_VA, per="2015-06/2015-08",
          note="each of the three months to August"),
        D("上半年", "2015-01/2015-06", "period"),
        D("8月份", XX_AUG, "month"),
        Q("14.5%", 14.5, "%", "食品产业增长", "growth", per=XX_AUG, note="the paragraph led by 8月份"),
        Q("27%", 27, "%", "医药产业增长", "growth", per=XX_AUG),
        Q("35.6%", 35.6, "%", "装备制造业增加值增长", "growth", per=XX_AUG),
        D("8月份", XX_AUG, "month"),
        Q("4个", 4, "个", "规模工业增加值增速超过20%的县区", "level", per=XX_AUG, borderline=True,
          note="the four places just named, counted: arguably not an indicator"),
        Q("20%", 20, "%", "县区规模工业增加值增速", "growth", q="more_than", ind=GZ_VA, per=XX_AUG,
          note="超过: each of the four; no single place of the four, so the prefecture"),
        Q("34.4%", 34.4, "%", "湘西经开区规模工业增加值增速", "growth", ind=GZ_VA, per=XX_AUG, area="湘西经开区"),
        Q("22.2%", 22.2, "%", "泸溪县规模工业增加值增速", "growth", ind=GZ_VA, per=XX_AUG, area="泸溪县"),
        Q("34.9%", 34.9, "%", "凤凰县规模工业增加值增速", "growth", ind=GZ_VA, per=XX_AUG, area="凤凰县"),
        Q("29.5%", 29.5, "%", "保靖县规模工业增加值增速", "growth", ind=GZ_VA, per=XX_AUG, area="保靖县"),
        D("前8个月", XX_P, "period"),
        Q("1950万吨", num("1950万"), "吨", "全州货运量", "level"),
        Q("6.9%", 6.9, "%", "货运量同比增长", "growth"),
        D("1至8月份", XX_P, "period"),
        Q("22.5亿千瓦时", num("22.5亿"), "千瓦时", "全州工业用电量", "level"),
        Q("2.0%", 2.0, "%", "工业用电量同比增长", "growth"),
        D("8月末", XX_AUG, "month"),
        Q("370亿元", num("370亿"), "元", "全州金融机构各项贷款余额", "level", ind=LOANS, per=XX_AUG),
        Q("27.1%", 27.1, "%", "金融机构各项贷款余额同比增长", "growth", ind=LOANS, per=XX_AUG),
    ],
)
