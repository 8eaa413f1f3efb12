"""Annotations of pages 06-10 (东兴镇, 长顺县, 太仓高新区, 旺苍县, 六盘水市), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
STRUCT = "三次产业结构"

PAGES = {}

DX = "2016-01/2016-06"
PAGES["e16_06_dongxing_20160726.txt"] = dict(
    pubdate="2016-07-26", pubnote="the page's date line 26.07.2016  03:41 (nanjing.baogaosu.com, a news aggregator; the town is 靖江市东兴镇)",
    area="东兴镇", period=DX,
    items=[
        D("上半年", DX, "period", note="in the headline"),
        Q("13亿元", num("13亿"), "元", "产业投资", "level", note="in the headline"),
        D("26.07.2016  03:41", "2016-07-26T03:41", "time", rel=False,
          note="page date line, written day.month.year as stored"),
        D("下半年", "2016-07/2016-12", "period"),
        D("日前", None, "vague"),
        O("十八届", "term number"),
        O("第六次", "session number"),
        D("今年上半年", DX, "period"),
        Q("60.62亿元", num("60.62亿"), "元", "规模以上工业现价产值", "level", ind=IND_OUT),
        Q("13.2%", 13.2, "%", "规模以上工业产值增速", "growth", ind=IND_OUT),
        Q("6030万元", num("6030万"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("20.6%", 20.6, "%", "一般公共预算收入增速", "growth", ind=BUDGET),
        C("双过半", "fixed term (双过半: half the year's targets met by mid-year)"),
        D("上半年", DX, "period"),
        Q("8个", 8, "个", "签约项目", "level"),
        Q("13亿元", num("13亿"), "元", "产业投资", "level"),
        Q("10亿元", num("10亿"), "元", "工业投资", "level", ind="工业投资"),
        C("亿元以上", "size class (亿元以上重点项目)"),
        Q("7个", 7, "个", "在建亿元以上重点项目", "level"),
        Q("1个", 1, "个", "新开工亿元以上重点项目", "level"),
        D("下半年", "2016-07/2016-12", "period"),
        C("2025", "year inside a plan's name (《中国制造2025靖江行动方案》)"),
        C("两化", "fixed term (两化融合)"),
        C("新三板", "fixed term (a share-trading board)"),
    ])

CS = "2019"
PAGES["e16_07_changshun_20200710.txt"] = dict(
    pubdate="2020-07-10", pubnote="the bulletin's own date under its title (长顺县统计局, 2020年7月10日), on tjgb.hongheiku.com (a bulletin aggregator)",
    area="长顺县", period=CS,
    items=[
        C("2019年", "year inside the bulletin's title"),
        C("2019", "the aggregator's year tag after the title"),
        C("2019年", "year inside the bulletin's title (second copy)"),
        D("2020年7月10日", "2020-07-10", "day", rel=False, note="the bulletin's date under its title"),
        D("2019年", CS, "year", rel=False),
        O("十九大", "party congress"),
        O("十九大", "party congress (十九大历届全会, as stored)"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        O("一、", "section marker"),
        D("2019年", CS, "year", rel=False),
        Q("797156万元", num("797156万"), "元", "全县地区生产总值", "level", ind=GDP),
        D("上年", "2018", "year"),
        Q("11.3%", 11.3, "%", "地区生产总值增速", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("155864万元", num("155864万"), "元", "第一产业增加值", "level", ind=P1),
        D("上年", "2018", "year"),
        Q("6.2%", 6.2, "%", "第一产业增加值增速", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("275605万元", num("275605万"), "元", "第二产业增加值", "level", ind=P2),
        D("上年", "2018", "year"),
        Q("15.3%", 15.3, "%", "第二产业增加值增速", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("365687万元", num("365687万"), "元", "第三产业增加值", "level", ind=P3),
        D("上年", "2018", "year"),
        Q("10.3%", 10.3, "%", "第三产业增加值增速", "growth", ind=P3),
        Q("171598万元", num("171598万"), "元", "农林牧渔业增加值", "level"),
        D("上年", "2018", "year"),
        Q("6.0%", 6.0, "%", "农林牧渔业增加值增速", "growth"),
        Q("203465万元", num("203465万"), "元", "工业增加值", "level", ind="工业增加值"),
        D("上年", "2018", "year"),
        Q("10.9%", 10.9, "%", "工业增加值增速", "growth", ind="工业增加值"),
        Q("72140万元", num("72140万"), "元", "建筑业增加值", "level"),
        D("上年", "2018", "year"),
        Q("31.4%", 31.4, "%", "建筑业增加值增速", "growth"),
        Q("38152万元", num("38152万"), "元", "批发和零售业增加值", "level"),
        D("上年", "2018", "year"),
        Q("3.8%", 3.8, "%", "批发和零售业增加值增速", "growth"),
        Q("28836万元", num("28836万"), "元", "交通运输、仓储和邮政业增加值", "level"),
        D("上年", "2018", "year"),
        Q("7.2%", 7.2, "%", "交通运输、仓储和邮政业增加值增速", "growth"),
        Q("30197万元", num("30197万"), "元", "住宿和餐饮业增加值", "level"),
        D("上年", "2018", "year"),
        Q("5.8%", 5.8, "%", "住宿和餐饮业增加值增速", "growth"),
        Q("33649万元", num("33649万"), "元", "金融业增加值", "level"),
        D("上年", "2018", "year"),
        Q("7.1%", 7.1, "%", "金融业增加值增速", "growth"),
        Q("19132万元", num("19132万"), "元", "房地产业增加值", "level"),
        D("上年", "2018", "year"),
        Q("12.5%", 12.5, "%", "房地产业增加值增速", "growth"),
        Q("189846万元", num("189846万"), "元", "其他服务业增加值", "level"),
        D("上年", "2018", "year"),
        Q("14.2%", 14.2, "%", "其他服务业增加值增速", "growth"),
        C("三次产业", "fixed term"),
        Q("19.5:34.6:45.9", 19.5, "", "三次产业结构", "share", ind=STRUCT,
          values=[19.5, 34.6, 45.9], note="ratio; value is the first part"),
        Q("42189元", 42189, "元", "人均地区生产总值", "level", ind=GDP_PC),
        D("上年", "2018", "year"),
        Q("11.0%", 11.0, "%", "人均地区生产总值增速", "growth", ind=GDP_PC),
    ])

TC = "2018-01/2018-06"
PAGES["e16_08_taicang_20180810.txt"] = dict(
    pubdate="2018-08-10", pubnote="the page's date line 发布时间:2018-08-10 (tcxq.investchn.com, 太仓高新区's investment site, 来源 太仓日报); meeting 8月3日",
    area="太仓高新区", period=TC,
    items=[
        C("双过半", "fixed term (双过半, headline)"),
        D("2018-08-10", "2018-08-10", "day", rel=False, note="page date line"),
        D("8月3日", "2018-08-03", "day", note="the meeting's day (year from the page's date)"),
        C("2018年半年度", "period inside the meeting's name (2018年半年度工作会议)"),
        D("上半年", TC, "period"),
        C("双过半", "fixed term"),
        D("今年上半年", TC, "period"),
        C("四个年", "numeric slogan (“四个年”活动)"),
        Q("68.46亿元", num("68.46亿"), "元", "全口径财政税收收入", "level"),
        Q("13.3%", 13.3, "%", "全口径财政税收收入增速", "growth"),
        Q("35.62亿元", num("35.62亿"), "元", "公共财政预算税收收入", "level", ind="税收收入"),
        Q("14.2%", 14.2, "%", "公共财政预算税收收入增速", "growth", ind="税收收入"),
        Q("483.1亿元", num("483.1亿"), "元", "工业总产值", "level",
          note="all industry; the 规上 part follows"),
        Q("6.6%", 6.6, "%", "工业总产值增速", "growth"),
        Q("406.5亿元", num("406.5亿"), "元", "规上工业产值", "level", ind=IND_OUT),
        Q("12.7%", 12.7, "%", "规上工业产值增速", "growth", ind=IND_OUT),
        Q("86.4亿元", num("86.4亿"), "元", "服务业增加值", "level", ind=P3),
        Q("13.9%", 13.9, "%", "服务业增加值增速", "growth", ind=P3),
        Q("50%", 50, "%", "服务业增加值占GDP比重", "share", ind=P3),
        Q("51.5亿元", num("51.5亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("8.2%", 8.2, "%", "固定资产投资增速", "growth", ind=FAI),
        Q("20.7亿元", num("20.7亿"), "元", "工业投资", "level", ind="工业投资"),
        Q("41.2%", 41.2, "%", "工业投资增速", "growth", ind="工业投资"),
        D("上半年", TC, "period"),
        C("两地两城", "numeric slogan"),
    ])

WC = "2021-05-01/2021-05-05"
PAGES["e16_09_wangcang_20210506.txt"] = dict(
    pubdate="2021-05-06", pubnote="the page's date line 2021/5/6 9:20:30 (旺苍县人民政府门户网, 来源 县政府办)",
    area="旺苍县", period=WC,
    items=[
        C("2021年", "year inside the title"),
        C("五一", "name with a numeral (the May Day holiday)"),
        D("2021/5/6 9:20:30", "2021-05-06T09:20", "time", rel=False, note="page date line"),
        D("5月1日-5日", WC, "range"),
        Q("5.04万人次", num("5.04万"), "人次", "接待游客", "level", ind="接待游客"),
        Q("14.5%", 14.5, "%", "接待游客增速", "growth", ind="接待游客"),
        Q("1612.8万元", num("1612.8万"), "元", "旅游综合收入", "level", ind="旅游总收入"),
        Q("33.54%", 33.54, "%", "旅游综合收入增速", "growth", ind="旅游总收入"),
        Q("2.5371万人次", num("2.5371万"), "人次", "红色旅游景区接待游客", "level",
          note="a part of the county's visitors"),
        Q("659.646万元", num("659.646万"), "元", "红色旅游景区旅游综合收入", "level"),
        Q("2.5029万人次", num("2.5029万"), "人次", "非红色旅游景区接待游客", "level"),
        Q("953.154万元", num("953.154万"), "元", "非红色旅游景区旅游综合收入", "level"),
        C("一日", "fixed term (一日游客: day-trippers)"),
        Q("0.808万人次", num("0.808万"), "人次", "一日游客", "level"),
        Q("19.05%", 19.05, "%", "一日游客占总数", "share"),
    ])

LPS = "2018"
LPS_DAY = "2019-01-12"
PAGES["e16_10_liupanshui_20190112.txt"] = dict(
    pubdate=LPS_DAY, pubnote="the report's delivery date in its subtitle (2019年1月12日); the repost (guanchang.qwyd.net) gives no posting date",
    area="六盘水市", period=LPS,
    items=[
        D("2019年1月12日", LPS_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        C("六盘水", "city name with a numeral"),
        O("第八届", "term number"),
        O("第四次", "session number"),
        C("六盘水", "city name with a numeral"),
        D("现在", LPS_DAY, "now", note="the day the report was delivered"),
        O("一、", "section marker"),
        D("2018年", LPS, "year", rel=False, note="the review section's heading"),
        D("过去一年", LPS, "year"),
        O("十九大", "party congress"),
        O("十九届", "party congress term"),
        O("二中", "plenary session (二中全会)"),
        O("三中", "plenary session (三中全会)"),
        C("五位一体", "fixed term"),
        C("四个全面", "fixed term"),
        C("三条底线", "fixed term"),
        C("三大攻坚战", "fixed term"),
        Q("1500亿元", num("1500亿"), "元", "地区生产总值", "level", q="more_than", ind=GDP,
          note="预计…突破1500亿元大关 in a report on a year that has ended: an estimate of the outcome, target false"),
        Q("9%左右", 9, "%", "地区生产总值增速", "growth", q="approx", ind=GDP),
        Q("5.18万元", num("5.18万"), "元", "人均地区生产总值", "level", ind=GDP_PC),
        D("上年", "2017", "year"),
        Q("0.17万元", num("0.17万"), "元", "人均地区生产总值比上年增加", "difference", ind=GDP_PC),
        Q("1.18万元", num("1.18万"), "元", "人均地区生产总值比全省高", "difference", ind=GDP_PC),
        Q("9.6万元", num("9.6万"), "元", "全员劳动生产率(每人)", "level"),
        D("上年", "2017", "year"),
        Q("0.56万元", num("0.56万"), "元", "全员劳动生产率比上年增加", "difference"),
        Q("2.8万元", num("2.8万"), "元", "全员劳动生产率比全省高", "difference"),
        Q("18%", 18, "%", "固定资产投资增速", "growth", ind=FAI),
        Q("7.6%", 7.6, "%", "规模以上工业增加值增速", "growth", ind=IND_VA),
        Q("10%", 10, "%", "社会消费品零售总额增速", "growth", ind=RETAIL),
        Q("2.24%", 2.24, "%", "一般公共预算收入增速", "growth", ind=BUDGET),
        Q("12.8%", 12.8, "%", "金融机构贷款余额增速", "growth", ind="金融机构贷款余额"),
        Q("3.48%", 3.48, "%", "城镇登记失业率", "share", ind="城镇登记失业率"),
    ])
