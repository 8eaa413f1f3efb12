"""Annotations of pages 05-08 (人民网 on 银川市's 上半年 2023, 乌恰县畜牧兽医局's reply to a CPPCC proposal, 吉林日报 on
吉林省's 一季度 2024, 托里县统计局's 上半年 2023 analysis), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
REV = "一般公共预算收入"
ALL = "全体居民人均可支配收入"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 05 银川市 (宁夏), 人民网's story on the city's 上半年 2023 (2023-07-26)
YC = "银川市"
NX = "宁夏回族自治区"
YC_H1 = "2023-01/2023-06"
YC_DAY = "2023-07-26"
PAGES["e56_05_yinchuan_20230726.txt"] = dict(
    pubdate="2023-07-26",
    pubnote="the dateline `人民网银川7月26日电`; the mirror's address (m.joyyang.com, 20230727) is its repost a day later — "
            "unsure which day the page itself should carry; the story's day is used",
    area=YC, period=YC_H1,
    items=[
        D("7月26日", "2023-07-26", "day", note="dateline"),
        Q("1267.24亿元", num("1267.24亿"), "元", "地区生产总值", "level", ind=GDP, note="the lead; 上半年 from the story"),
        Q("7.5%", 7.5, "%", "地区生产总值同比增长", "growth", ind=GDP),
        Q("508.51亿元", num("508.51亿"), "元", "工业增加值", "level", ind="工业增加值"),
        Q("11.2%", 11.2, "%", "工业增加值同比增长", "growth", ind="工业增加值"),
        Q("639.35亿元", num("639.35亿"), "元", "服务业增加值", "level", ind="第三产业增加值",
          note="服务业增加值, as the earlier sets' 第三产业增加值"),
        Q("6.3%", 6.3, "%", "服务业增加值同比增长", "growth", ind="第三产业增加值"),
        C("三新", "fixed term (“三新”产业)"),
        D("今年上半年", YC_H1, "period"),
        D("今年上半年", YC_H1, "period"),
        Q("7项", 7, "项", "主要经济指标", "level", borderline=True, note="a count of indicators, as eval55's"),
        Q("3项", 3, "项", "实现双过半的指标", "level", borderline=True),
        C("双过半", "fixed term (双过半: half the year's targets met by mid-year)"),
        Q("7.5%", 7.5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("12.7%", 12.7, "%", "规模以上工业增加值增长", "growth", ind=VA),
        Q("1.0", 1.0, "百分点", "地区生产总值增速高于预期目标", "points", ind=GDP, inherited=True,
          note="1.0和4.2个百分点: the gap above the year's target, a figure of the half-year (not itself a target)"),
        Q("4.2个百分点", 4.2, "百分点", "规模以上工业增加值增速高于预期目标", "points", ind=VA),
        Q("13.5%", 13.5, "%", "一般公共预算收入增长", "growth", ind=REV),
        D("年初", "2023-01", "period", note="年初预算: the budget set at the year's start, as the earlier sets' 年初计划 and 年初预定目标; "
                                             "left out by slip, added after seeing the first run's output"),
        Q("53.7%", 53.7, "%", "一般公共预算收入完成年初预算的比例", "share", ind=REV),
        C("双过半", "fixed term"),
        Q("2项", 2, "项", "位列五地市首位的指标", "level", borderline=True),
        Q("五地市", 5, "地市", "宁夏的地级市", "level", area=NX, per=YC_DAY, borderline=True,
          note="the region's five cities compared (as eval54's 五市): a real count, not an indicator; the places a rank "
               "is among are counted on the article's day, in the division that holds them (README)"),
        O("首位", "rank"),
        Q("8个月", 8, "个月", "规模以上工业增加值连续领跑全区的月数", "level", borderline=True,
          note="连续8个月: a duration, as eval54's 连续2个月"),
        Q("1.0", 1.0, "百分点", "地区生产总值增速快于全区", "points", ind=GDP, inherited=True,
          note="1.0、5.5和1.0个百分点: 银川's rates above the region's"),
        Q("5.5", 5.5, "百分点", "规模以上工业增加值增速快于全区", "points", ind=VA, inherited=True),
        Q("1.0个百分点", 1.0, "百分点", "一般公共预算收入增速快于全区", "points", ind=REV),
        Q("13.0%", 13.0, "%", "西夏区地区生产总值增速", "growth", ind=GDP, area="西夏区"),
        Q("8.2%", 8.2, "%", "灵武市地区生产总值增速", "growth", ind=GDP, area="灵武市"),
        Q("22个", 22, "个", "宁夏的县(市)区", "level", area=NX, per=YC_DAY, borderline=True,
          note="the region's 22 counties and districts ranked: the article's day, as the 五地市"),
        O("第2位", "rank"),
        O("第6位", "rank"),
        Q("33.4%", 33.4, "%", "兴庆区规模以上工业增加值增速", "growth", ind=VA, area="兴庆区"),
        Q("20.6%", 20.6, "%", "西夏区规模以上工业增加值增速", "growth", ind=VA, area="西夏区"),
        Q("22个", 22, "个", "宁夏的县(市)区", "level", area=NX, per=YC_DAY, borderline=True),
        O("第2位", "rank"),
        O("第5位", "rank"),
        Q("19.4%", 19.4, "%", "灵武市固定资产投资增速", "growth", ind=FAI, area="灵武市"),
        Q("17.9%", 17.9, "%", "西夏区固定资产投资增速", "growth", ind=FAI, area="西夏区"),
        Q("22个", 22, "个", "宁夏的县(市)区", "level", area=NX, per=YC_DAY, borderline=True),
        O("第3位", "rank"),
        O("第5位", "rank"),
        D("上半年", YC_H1, "period"),
        Q("1267.24亿元", num("1267.24亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.5%", 7.5, "%", "地区生产总值同比增长", "growth", ind=GDP),
        Q("5.5%", 5.5, "%", "全国地区生产总值增长", "growth", ind=GDP, area="全国"),
        Q("6.5%", 6.5, "%", "全区地区生产总值增长", "growth", ind=GDP, area=NX),
        Q("2.0", 2.0, "百分点", "地区生产总值增速高于全国", "points", ind=GDP, inherited=True),
        Q("1.0个百分点", 1.0, "百分点", "地区生产总值增速高于全区", "points", ind=GDP),
        Q("五地市", 5, "地市", "宁夏的地级市", "level", area=NX, per=YC_DAY, borderline=True),
        O("第2位", "rank"),
        Q("51.2%", 51.2, "%", "占全区地区生产总值的比重", "share", ind=GDP),
        D("去年同期", "2022-01/2022-06", "period"),
        Q("0.6个百分点", 0.6, "百分点", "占全区地区生产总值比重较去年同期提升", "points", ind=GDP),
        D("今年上半年", YC_H1, "period"),
        Q("48.8%", 48.8, "%", "国有经济投资增长", "growth"),
        Q("42.8个百分点", 42.8, "百分点", "国有经济投资增速高于全市固定资产投资增速", "points"),
    ],
)

# ---------------------------------------------------------------- 06 乌恰县 (新疆 克孜勒苏州), the county's livestock bureau's reply to a CPPCC proposal (2024-08-23)
WQ = "乌恰县"
TY = "托云乡"
PLAN = ("the project applied for in 2024 and not yet built (该项目建成后…): its planned investment and works, "
        "read as a plan (target) of 2024 — unsure")
PAGES["e56_06_wuqia_20240823.txt"] = dict(
    pubdate="2024-08-23",
    pubnote="the kept line `发布机构 乌恰县人民政府 发布日期 2024-08-23 18:26` (xjwqx.gov.cn, 乌恰县人民政府's site; 来源 "
            "乌恰县畜牧兽医局)",
    area=WQ, period="2024-08-23",
    items=[
        O("第十七届", "CPPCC term"),
        O("第四次", "session"),
        O("1号", "proposal number (经济建设类1号)"),
        O("总第1号", "proposal's overall number"),
        D("2024-08-23 18:26", "2024-08-23T18:26", "time", rel=False, note="the page's date line"),
        O("第十七届", "CPPCC term"),
        O("第四次", "session"),
        O("1号", "proposal number (经济建设类1号)"),
        O("总第1号", "proposal's overall number"),
        C("十四五", "fixed term (“十四五”时期)"),
        D("2022年", "2022", "year", rel=False),
        Q("800亩", 800, "亩", "新增饲草地", "level", per="2022",
          note="the new fodder land the 2022 irrigation project served; no smaller place named: the county"),
        D("2022年", "2022", "year", rel=False),
        Q("1200亩", 1200, "亩", "提供燕麦种子的托云乡饲草地", "level", per="2022", area=TY),
        Q("13.2吨", 13.2, "吨", "为托云乡提供燕麦种子", "level", per="2022", area=TY),
        D("2024年", "2024", "year", rel=False),
        Q("525万元", num("525万"), "元", "托云乡饲草料地建设项目投入资金", "level", per="2024", area=TY, target=True, note=PLAN),
        Q("1500亩", 1500, "亩", "项目土地平整的草料地", "level", per="2024", area=TY, target=True, note=PLAN),
        Q("800亩", 800, "亩", "项目换填种植土面积", "level", per="2024", area=TY, target=True, note=PLAN),
        Q("0.2公里", 0.2, "公里", "项目配套防渗支渠", "level", per="2024", area=TY, target=True, note=PLAN),
        Q("11公里", 11, "公里", "项目灌溉土渠", "level", per="2024", area=TY, target=True, note=PLAN),
        Q("0.5公里", 0.5, "公里", "项目维修防渗渠", "level", per="2024", area=TY, target=True, note=PLAN),
    ],
)

# ---------------------------------------------------------------- 07 吉林省, 吉林日报 on the province's 一季度 2024 (2024-04-19)
JL = "吉林省"
JL_Q1 = "2024-01/2024-03"
PAGES["e56_07_jilin_20240419.txt"] = dict(
    pubdate="2024-04-19",
    pubnote="the kept line `更新时间:2024-04-19 06:51   来源:吉林日报—大吉网` (dajilin.com); the story's dateline is "
            "`本报4月18日讯`, the day before",
    area=JL, period=JL_Q1,
    items=[
        Q("6.5%", 6.5, "%", "GDP增速", "growth", ind=GDP, note="headline; 一季度 from the story"),
        Q("两年", 2, "年", "连续实现首季开门红的年数", "level", per="2023/2024", borderline=True,
          note="连续两年: a duration (as eval51's 连续三年), not an indicator"),
        D("首季", JL_Q1, "period", note="首季“开门红”: the first quarter"),
        D("2024-04-19 06:51", "2024-04-19T06:51", "time", rel=False, note="the page's date line"),
        D("日前", None, "vague"),
        D("一季度", JL_Q1, "period"),
        D("去年一季度", "2023-01/2023-03", "period"),
        D("首季", JL_Q1, "period"),
        D("今天", "2024-04-19", "day", note="本报从今天起 in the column's note, which carries no dateline: the issue's day"),
        C("首季", "inside the column's name (“高质量发展首季开门红”专栏)"),
        D("4月18日", "2024-04-18", "day", note="dateline (本报4月18日讯)"),
        D("今天", "2024-04-18", "day", note="the dateline's day"),
        D("一季度", JL_Q1, "period"),
        Q("6.5%", 6.5, "%", "地区生产总值同比增长", "growth", ind=GDP),
        Q("两年", 2, "年", "连续实现首季开门红的年数", "level", per="2023/2024", borderline=True),
        D("首季", JL_Q1, "period"),
        O("第一产业", "industry ordinal"),
        Q("3.0%", 3.0, "%", "第一产业增加值同比增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("9.5%", 9.5, "%", "第二产业增加值同比增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("5.7%", 5.7, "%", "第三产业增加值同比增长", "growth", ind="第三产业增加值"),
        O("一产", "industry ordinal (一产稳增)"),
        O("二产", "industry ordinal (二产快增)"),
        O("三产", "industry ordinal (三产优增)"),
        D("一季度", JL_Q1, "period"),
        Q("3.0%", 3.0, "%", "农林牧渔业总产值同比增长", "growth"),
        Q("9.5%", 9.5, "%", "农业(种植业)产值同比增长", "growth"),
        Q("2.4%", 2.4, "%", "畜牧业产值同比增长", "growth"),
        Q("17.5%", 17.5, "%", "林业产值同比增长", "growth"),
        Q("19.2%", 19.2, "%", "渔业产值同比增长", "growth"),
        Q("1.4%", 1.4, "%", "生猪出栏量同比增长", "growth"),
        Q("3.7%", 3.7, "%", "牛、羊出栏量增长", "growth", note="均增长: one rate for both"),
        Q("2.2%", 2.2, "%", "蔬菜及食用菌产量同比增长", "growth"),
        Q("8.0%", 8.0, "%", "水果产量增长", "growth"),
        D("一季度", JL_Q1, "period"),
        Q("10.4%", 10.4, "%", "规模以上工业增加值同比增长", "growth", ind=VA),
    ],
)

# ---------------------------------------------------------------- 08 托里县 (新疆 塔城地区), the county statistics bureau's 上半年 2023 analysis (2023-11-14)
TL = "托里县"
TL_H1 = "2023-01/2023-06"
PAGES["e56_08_tuoli_20231114.txt"] = dict(
    pubdate="2023-11-14",
    pubnote="the kept line `日期:2023-11-14 20:39:58 来源:托里县统计局` (demo.xjdft.cn, a site carrying the bureau's analysis)",
    area=TL, period=TL_H1,
    items=[
        C("2023年上半年", "period inside the analysis's title (as eval55's 2020年1-6月)"),
        D("2023-11-14 20:39:58", "2023-11-14T20:39", "time", rel=False, note="the page's date line"),
        D("2023年以来", "2023", "period", rel=False, note="as the earlier sets' 今年以来: the year"),
        O("一、", "section marker"),
        D("上半年", TL_H1, "period"),
        Q("178461万元", num("178461万"), "元", "生产总值", "level", ind=GDP),
        Q("3.3%", 3.3, "%", "生产总值同比增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("43847万元", num("43847万"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("7.5%", 7.5, "%", "第一产业增加值同比增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("49829万元", num("49829万"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("1.9%", 1.9, "%", "第二产业增加值同比下降", "growth", ind="第二产业增加值", change="decrease"),
        O("第三产业", "industry ordinal"),
        Q("84785万元", num("84785万"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("4.3%", 4.3, "%", "第三产业增加值同比增长", "growth", ind="第三产业增加值"),
        C("三产", "fixed term (三产比例: the three industries' ratio, as the earlier sets' 三产比)"),
        Q("25:28:47", 25, "", "三次产业结构", "share", ind="三次产业结构", values=[25.0, 28.0, 47.0]),
        D("上半年", TL_H1, "period"),
        Q("19883元", 19883, "元", "城乡居民人均可支配收入", "level", ind=ALL,
          note="城乡居民: all residents (as the earlier sets'); the urban and rural figures below are as written"),
        Q("17739元", 17739, "元", "城镇居民人均可支配收入", "level", ind=URBAN),
        Q("2.6%", 2.6, "%", "城镇居民人均可支配收入同比增长", "growth", ind=URBAN),
        Q("2144元", 2144, "元", "农村居民人均可支配收入", "level", ind=RURAL),
        Q("4.5%", 4.5, "%", "农村居民人均可支配收入同比增长", "growth", ind=RURAL),
        O("(一)", "list marker"),
        D("2023年", "2023", "year", rel=False),
        Q("55.06万亩", num("55.06万"), "亩", "农作物总播种面积", "level", per="2023",
          note="2023年 leads the paragraph: the year's sowing"),
        Q("3.1%", 3.1, "%", "农作物总播种面积增长", "growth", per="2023"),
        Q("9.18万亩", num("9.18万"), "亩", "小麦种植面积", "level", per="2023"),
        Q("3.67%", 3.67, "%", "小麦种植面积下降", "growth", per="2023", change="decrease"),
        Q("30.26万亩", num("30.26万"), "亩", "玉米种植面积", "level", per="2023"),
        Q("7.88%", 7.88, "%", "玉米种植面积增长", "growth", per="2023"),
        Q("1.26万亩", num("1.26万"), "亩", "鹰嘴豆种植面积", "level", per="2023"),
        Q("800%", 800, "%", "鹰嘴豆种植面积增长", "growth", per="2023"),
        Q("1.96万亩", num("1.96万"), "亩", "棉花种植面积", "level", per="2023"),
        D("上年", "2022", "year", note="与上年持平"),
        Q("1.45万亩", num("1.45万"), "亩", "油料作物种植面积", "level", per="2023"),
        Q("27.2%", 27.2, "%", "油料作物种植面积增长", "growth", per="2023"),
        Q("5.43万亩", num("5.43万"), "亩", "食葵种植面积", "level", per="2023"),
        Q("47.96%", 47.96, "%", "食葵种植面积增长", "growth", per="2023"),
        Q("0.68万亩", num("0.68万"), "亩", "籽用葫芦种植面积", "level", per="2023"),
        Q("54.54%", 54.54, "%", "籽用葫芦种植面积增长", "growth", per="2023"),
    ],
)
