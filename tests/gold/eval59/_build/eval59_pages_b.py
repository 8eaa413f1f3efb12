"""Annotations of pages 05-08 (大同日报's dispatch, 崇明's 2017 work report, 西藏's 2005 work report, 吉林省's county-economy story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PAGES = {}

# ---------------------------------------------------------------- 05 大同市 (山西), 大同日报's dispatch from the provincial congress on its delegation's suggestions
DT = "大同市"
DT_ASOF = "2021-01-21"
PAGES["e59_05_datong_20210123.txt"] = dict(
    pubdate="2021-01-23",
    pubnote="the e-paper's address html/2021-01/23 (大同日报, epaper.dtnews.cn); the dateline `本报太原1月22日电` is the day "
            "before",
    area=DT, period=DT_ASOF,
    items=[
        D("1月22日", "2021-01-22", "day", note="dateline (本报太原1月22日电)"),
        O("十三届人大四次", "congress term and session as one span"),
        D("截至1月21日12时", "2021-01-21T12:00", "time", note="the count's as-of time (as eval58's 截至6月底 span)"),
        Q("1件", 1, "件", "大同代表团提交议事原案", "level",
          note="counts as of 截至1月21日12时: that day (a stock)"),
        Q("113个", 113, "个", "大同代表团提交建议", "level"),
        Q("12名", 12, "名", "联名提交建议的代表", "level"),
        C("一号", "road name with a numeral (长城一号旅游公路)"),
        Q("28人", 28, "人", "提交建议的代表", "level"),
        Q("26个", 26, "个", "卢若波代表提交建议", "level"),
        Q("8个", 8, "个", "崔建军代表提交建议", "level"),
        Q("6个", 6, "个", "周建新代表提交建议", "level"),
    ],
)

# ---------------------------------------------------------------- 06 崇明 (上海), the county's (now district's) government work report of 2017-01-10: title, opening, the start of the five-year review
CM = "上海市崇明区"
CM_5Y = "2012/2016"
PAGES["e59_06_chongming_20170110.txt"] = dict(
    pubdate="2017-01-10",
    pubnote="the report's subtitle line `2017年1月10日在崇明区第一届人民代表大会第一次会议上` — unsure: the page itself "
            "(zgcounty.com, 中国县域's site) is dated `2023-03-21`, a repost six years later; the report's day is used as "
            "the text's date, as for the collectors' copies of earlier sets",
    area=CM, period=CM_5Y,
    items=[
        C("2017年", "a year inside the report's title (上海市崇明区2017年政府工作报告)"),
        D("2023-03-21", "2023-03-21", "day", rel=False, note="the site's posting date (metadata line)"),
        D("2017年1月10日", "2017-01-10", "day", rel=False, note="the report's subtitle"),
        O("第一届", "congress term"),
        O("第一次", "congress session"),
        D("现在", "2017-01-10", "now", note="the report's day"),
        D("过去五年", CM_5Y, "period", note="the five years of the outgoing government, 2012-2016"),
        D("今后五年", "2017/2021", "period"),
        D("2017年", "2017", "year", rel=False),
        O("一、", "list marker"),
        D("过去五年", CM_5Y, "period", note="part name (过去五年工作回顾)"),
        D("过去的五年", CM_5Y, "period"),
        O("(一)", "list marker"),
        D("五年来", CM_5Y, "period"),
        C("三年", "plan name (三年行动计划), as eval58's"),
        Q("80%", 80, "%", "地表水环境功能区达标率", "share",
          note="全县: 崇明 (county until 2016, district since; the title's 上海市崇明区); the review's five years govern"),
        Q("78%", 78, "%", "环境空气质量(AQI)优良率", "share"),
        Q("24%", 24, "%", "森林覆盖率", "share"),
        Q("38%", 38, "%", "自然湿地保有率", "share"),
        Q("21%", 21, "%", "万元增加值综合能耗下降", "growth", change="decrease",
          note="the fall over the five years; 万元增加值 is the rate's denominator, not a record (as eval58's 每万人口)"),
        C("五违四必", "numeric slogan"),
        Q("29.7万千瓦", num("29.7万"), "千瓦", "可再生能源发电装机容量", "level"),
        Q("三届", 3, "届", "举办生态岛国际论坛", "level"),
        D("五年来", CM_5Y, "period"),
    ],
)

# ---------------------------------------------------------------- 07 西藏自治区, 中国经济网's copy of the region's 2005 government work report: the 2004 review
XZ = "西藏自治区"
PAGES["e59_07_xizang_20060210.txt"] = dict(
    pubdate="2006-02-10",
    pubnote="the kept line `2006年02月10日 17:41   来源:西藏新闻网` (district.ce.cn, 中国经济网; the address's 201203/23 is a "
            "later re-filing); the report itself is dated `2005年5月10日` on the page",
    area=XZ, period="2004",
    items=[
        C("2005年", "a year inside the page's title (资料:西藏自治区2005年政府工作报告)"),
        D("2006年02月10日 17:41", "2006-02-10T17:41", "time", rel=False, note="metadata line"),
        D("2005年5月10日", "2005-05-10", "day", rel=False, note="the report's date as the page gives it"),
        D("现在", "2005-05-10", "now", note="the report's day as the page dates it (2005年5月10日)"),
        D("2004年", "2004", "year", rel=False, note="part name (2004年工作回顾)"),
        D("2004年", "2004", "year", rel=False),
        C("三个代表", "fixed term"),
        O("八届人大三次", "congress term and session as one span"),
        Q("200亿元", num("200亿"), "元", "西藏生产总值突破", "level", q="more_than", ind=GDP,
          note="突破200亿元大关: the mark passed (as eval58's 3000亿元)"),
        Q("211.54亿元", num("211.54亿"), "元", "西藏生产总值", "level", ind=GDP),
        Q("12.2%", 12.2, "%", "生产总值增长", "growth", ind=GDP),
        Q("四年", 4, "年", "生产总值增速保持12%以上的年数", "level", borderline=True, per="2001/2004",
          note="连续四年: a duration, the four years to 2004"),
        Q("12%以上", 12, "%", "生产总值增长", "growth", q="at_least", ind=GDP, per="2001/2004",
          note="the yearly growth over those four years"),
        D("全年", "2004", "year"),
        Q("12.87亿元", num("12.87亿"), "元", "税收收入", "level", ind="税收收入"),
        Q("15%", 15, "%", "税收收入增长", "growth", ind="税收收入"),
        O("首次", "first-of-kind word (首次突破), as eval58's 首次"),
        Q("10亿元", num("10亿"), "元", "地方财政一般预算收入突破", "level", q="more_than", ind="一般公共预算收入",
          note="地方财政一般预算收入: the older name of 一般公共预算收入 (as the earlier sets')"),
        D("上年", "2003", "year"),
        Q("22.9%", 22.9, "%", "地方财政一般预算收入增长", "growth", ind="一般公共预算收入"),
        O("首次", "first-of-kind word"),
        Q("100万人次", num("100万"), "人次", "游客人数突破", "level", q="more_than", ind="接待游客"),
        Q("122.31万人次", num("122.31万"), "人次", "游客人数", "level", ind="接待游客"),
        Q("31.7%", 31.7, "%", "游客人数增长", "growth", ind="接待游客"),
        Q("2亿美元", num("2亿"), "美元", "进出口总额突破", "level", q="more_than", ind="进出口总额"),
        Q("2.24亿美元", num("2.24亿"), "美元", "进出口总额", "level", ind="进出口总额"),
        Q("38.7%", 38.7, "%", "进出口总额增长", "growth", ind="进出口总额"),
        Q("1861元", 1861, "元", "农牧民人均纯收入", "level",
          note="人均纯收入: the older measure, no catalogue indicator (as eval51's 农民人均纯收入)"),
        Q("10.1%", 10.1, "%", "农牧民人均纯收入增长", "growth"),
        Q("两年", 2, "年", "农牧民收入两位数增长的年数", "level", borderline=True, per="2003/2004",
          note="连续两年: a duration"),
        Q("两位数", 10, "%", "农牧民人均纯收入增速", "growth", q="at_least", per="2003/2004",
          note="保持两位数增长: at least 10 % (as eval18's and eval19's), in each of the two years"),
        Q("8200元", 8200, "元", "城镇居民人均可支配收入", "level", ind="城镇居民人均可支配收入"),
        Q("1.8%", 1.8, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
        Q("102.7", 102.7, "", "居民消费价格指数", "level", ind="居民消费价格",
          note="an index (上年=100), no unit written"),
        Q("1.5万人", num("1.5万"), "人", "城镇新增就业", "level", ind="城镇新增就业",
          note="又有1.5万人实现就业, under 城镇就业"),
        Q("32.7%", 32.7, "%", "就业人数比预期目标高", "growth",
          note="the outcome above the year's expected figure, a relative excess; no indicator of its own"),
        Q("4.3%", 4.3, "%", "城镇登记失业率", "share", ind="城镇登记失业率",
          note="控制在4.3%: the outcome (the year is over), exact"),
        D("一年来", "2004", "year"),
        Q("九个方面", 9, "方面", "主要工作的方面", "level", borderline=True,
          note="the report's parts (as eval51's 五个方面)"),
        O("第一", "list marker"),
    ],
)

# ---------------------------------------------------------------- 08 吉林省, a nursery-price site's copy of a story on the province's county economy
JL = "吉林省"
PAGES["e59_08_jilin_20231126.txt"] = dict(
    pubdate="2023-11-26",
    pubnote="the kept line `苗木价格网  发布时间:2023-11-26` (miaomuz.com; the story's first publisher is not named)",
    area=JL, period="2022",
    items=[
        D("2023-11-26", "2023-11-26", "day", rel=False, note="metadata line"),
        D("近年来", None, "vague"),
        C("一主六双", "numeric slogan (“一主六双”高质量发展战略)"),
        D("2022年", "2022", "year", rel=False),
        Q("5652.83亿元", num("5652.83亿"), "元", "全省县域GDP", "level",
          note="the counties' GDP taken together, not the province's: no catalogue indicator of 吉林省 (its area)"),
        Q("2.4%", 2.4, "%", "全省县域GDP增长", "growth"),
        Q("43.2%", 43.2, "%", "县域GDP占全省比重", "share"),
        Q("7个", 7, "个", "GDP超过200亿元的县(市)", "level"),
        Q("200亿元", num("200亿"), "元", "县(市)GDP门槛", "level", q="more_than",
          note="超过200亿元: each of seven counties' GDP passes the mark; several places, so the province's area and no indicator"),
        Q("300亿元", num("300亿"), "元", "延吉、公主岭、农安GDP门槛", "level", q="more_than",
          note="分别超过300亿元: three places (延吉, 公主岭, 农安), so the province's area and no indicator — unsure"),
        Q("3年", 3, "年", "农民人均纯收入增速超过城镇居民收入增速的年数", "level", borderline=True, per="2020/2022",
          note="连续3年: a duration, the three years to 2022"),
        D("2022年", "2022", "year", rel=False),
        Q("18314元", 18314, "元", "农民人均纯收入", "level",
          note="人均纯收入: the older measure's name, no catalogue indicator (as eval51's)"),
        Q("19841元", 19841, "元", "梅河口农民收入", "level", area="梅河口"),
        O("第十二次", "省第十二次党代会"),
        C("一主六双", "numeric slogan"),
    ],
)
