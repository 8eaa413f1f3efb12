"""Annotations of pages 01-05 (白河县, 婺城区, 德江县, 武隆区, 屯昌县), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

BH = "1994-01-01/2001-02-27"
BH_DAY = "2001-02-27"
PAGES["e12_01_baihe_20010227.txt"] = dict(
    pubdate="2001-02-27", pubnote="e-paper date line 出版日期:2001年02月27日 (陕西工人报, 头版); 本报讯 without a day",
    area="白河县", period=BH,
    items=[
        D("2001年02月27日", BH_DAY, "day", rel=False, note="the e-paper's date line (出版日期), kept as the page's metadata line"),
        Q("六万人", 60000, "人", "越过温饱线的贫困人口", "level", note="in the headline"),
        Q("6万", 60000, "人", "越过温饱线的贫困人口", "level", implied=True,
          note="6万贫困人口; no counting word"),
        D("1994年以来", BH, "period", note="since-interval to the issue date"),
        Q("7年多", 7, "年", "扶贫开发的时间", "level", q="more_than", borderline=True,
          note="a duration (1994 to the issue date), arguably not an indicator"),
        Q("898元", 898, "元", "贫困人口人均纯收入", "level",
          note="reached within the span 1994年以来的7年多时间内, which governs the sentence"),
        Q("352公斤", 352, "公斤", "贫困人口人均产粮", "level"),
        D("1994年以来", BH, "period", note="自1994年以来"),
        Q("13018.14万元", num("13018.14万"), "元", "投入扶贫资金", "level"),
        Q("24.33万亩", num("24.33万"), "亩", "修田造地", "level"),
        Q("1089公里", 1089, "公里", "兴修公路", "level"),
        Q("11.2万亩", num("11.2万"), "亩", "发展黄姜", "level"),
        Q("2万亩", num("2万"), "亩", "年发展烤烟面积", "level"),
        Q("6万余亩", num("6万"), "亩", "兴建优质桑园", "level", q="more_than"),
        Q("93.8万亩", num("93.8万"), "亩", "植树造林", "level"),
        Q("3万余口", num("3万"), "口", "兴修水窖", "level", q="more_than"),
        Q("1483户", 1483, "户", "迁移贫困户", "level"),
        Q("6900余人", 6900, "人", "迁移贫困人口", "level", q="more_than"),
        Q("174.3万余元", num("174.3万"), "元", "减免税费", "level", q="more_than"),
        Q("7144.24万元", num("7144.24万"), "元", "信贷扶贫资金", "level"),
        Q("100%", 100, "%", "行政村通电、通路、通电视率", "share", per=BH_DAY,
          note="a rate reached, a stock at the issue date"),
    ])

WC_DAY = "2020-04-23"
PAGES["e12_02_wucheng_20200426.txt"] = dict(
    pubdate="2020-04-26", pubnote="metadata line 2020-04-26 10:45 中国经济导报-中国发展网; the ceremony 4月23日",
    area="婺城区", period=WC_DAY,
    items=[
        Q("105.5亿元", num("105.5亿"), "元", "集中开工项目总投资", "level", note="in the headline"),
        O("首期", "first batch (首期百亿项目)"),
        C("百亿", "size class (百亿项目)"),
        D("2020-04-26 10:45", "2020-04-26T10:45", "time", rel=False, note="page metadata line"),
        D("4月23日上午", WC_DAY, "day"),
        C("两会", "fixed term (区“两会”)"),
        O("第一天", "ordinal day (the first day after the 两会)"),
        C("2020年", "year inside the event's name (2020年重点项目“比拼赶超”暨“第一期百亿”项目集中开工仪式)"),
        O("第一期", "batch number (第一期百亿)"),
        C("百亿", "size class (百亿项目)"),
        Q("105.5亿元", num("105.5亿"), "元", "集中开工项目总投资额", "level"),
        Q("38个", 38, "个", "集中开工项目", "level"),
        C("五中", "name with a numeral (金华五中)"),
        C("五中", "name with a numeral (金华五中)"),
        Q("1.98亿元", num("1.98亿"), "元", "金华五中成美校区新建项目总投资", "level"),
        Q("6万平方米", num("6万"), "平方米", "项目总用地面积", "level"),
        D("2019-2021年", "2019/2021", "range", rel=False, note="建设期限"),
        Q("三年", 3, "年", "新建学校基础设施投资的年限", "level", per="NULL", borderline=True,
          note="a duration, arguably not an indicator; which three years is not said"),
        Q("20亿", num("20亿"), "元", "三年新建学校基础设施投资", "level", implied=True, per="NULL",
          target=True, note="no unit written (20亿); a three-year plan whose years are not named"),
        C("五中", "name with a numeral (金华五中)"),
    ])

DJ = "2022-11-21"
PAGES["e12_03_dejiang_20221121.txt"] = dict(
    pubdate="2022-11-21", pubnote="from the address (…/yabl/202211/t20221121_77156239.html); the copy shows no 发文日期 and no signature",
    area="德江县", period=DJ,
    items=[
        C("000014349/2022-4099750", "index number"),
        C("德教议复字〔2022〕25号", "document number"),
        O("第十八届", "term number"),
        O("一次", "session number"),
        O("第46号", "proposal number"),
        D("近年来", None, "vague"),
        Q("93949万元", num("93949万"), "元", "教育项目投入资金", "level",
          note="cumulative over 近年来, to the reply; the copy has no signed date, so the page's date"),
        Q("100余所", 100, "所", "新建、改扩建、维修改造项目校(园)", "level", q="more_than"),
        Q("6799.82万元", num("6799.82万"), "元", "学前教育阶段投入资金", "level"),
        Q("6所", 6, "所", "新建幼儿园", "level"),
        Q("20所", 20, "所", "学前教育维修改造项目校", "level"),
        Q("12562万元", num("12562万"), "元", "义务教育阶段投入资金", "level"),
        Q("20所", 20, "所", "义务教育新建改扩建项目校", "level"),
        Q("54所", 54, "所", "义务教育维修改造项目校", "level"),
        Q("17068.88万元", num("17068.88万"), "元", "高中教育阶段投入资金", "level"),
        Q("4所", 4, "所", "高中新建改扩建项目校", "level"),
        Q("2520万元", num("2520万"), "元", "职业教育阶段投入资金", "level"),
        Q("55000万元", num("55000万"), "元", "引进精英学校、改扩建伟才学校投入", "level"),
    ])

WL = "2019"
WL_Q = "2019-01/2019-03"
WL_DAY = "2019-03-13"
PAGES["e12_04_wulong_20190314.txt"] = dict(
    pubdate="2019-03-14", pubnote="from the address (cqwulong.cn/Content/2019-03/14/…); 本网讯 with the day 3月13日",
    area="武隆区", period=WL,
    items=[
        D("3月13日", WL_DAY, "day"),
        D("1至3月", WL_Q, "period", note="as written, in an article of 14 March"),
        Q("9个", 9, "个", "春季集中签约产业项目", "level", per=WL_Q),
        Q("67.7亿元", num("67.7亿"), "元", "签约项目协议引资", "level", per=WL_Q),
        D("今年以来", WL, "period"),
        C("长三角", "region name with a numeral"),
        C("珠三角", "region name with a numeral"),
        C("两江", "name with a numeral (两江新区)"),
        C("三北", "name with a numeral (三北地区)"),
        Q("9个", 9, "个", "春季集中签约产业项目", "level"),
        Q("67.7亿元", num("67.7亿"), "元", "签约项目协议引资", "level"),
        O("第二", "industry ordinal (第二、第三产业)"),
        O("第三产业", "industry ordinal"),
        Q("3个", 3, "个", "开工建设项目", "level"),
        Q("1.85亿", num("1.85亿"), "元", "项目实际到位投资", "level", implied=True,
          note="no unit written (1.85亿); money in 元"),
        Q("45个", 45, "个", "策划储备项目", "level", per=WL_DAY, note="a stock at the article's day"),
        C("上亿元", "size class (上亿元项目)"),
        Q("20个", 20, "个", "上亿元储备项目", "level", per=WL_DAY),
    ])

TC_DAY = "2021-06-23"
PAGES["e12_05_tunchang_20210705.txt"] = dict(
    pubdate="2021-07-05", pubnote="metadata line 发布日期:2021-07-05 09:44; the letter is dated 2021-06-23",
    area="屯昌县", period=TC_DAY,
    items=[
        C("屯教〔2021〕122号", "document number"),
        O("十五届", "term number"),
        O("七次", "session number"),
        O("第24号", "proposal number"),
        D("2021-07-05 09:44", "2021-07-05T09:44", "time", rel=False, note="page metadata line"),
        O("十届", "term number (as printed; the title says 十五届)"),
        O("七次", "session number"),
        O("第24号", "proposal number"),
        O("(一)", "list marker"),
        D("目前", TC_DAY, "now", note="the letter's date"),
        O("(二)", "list marker"),
        D("近期", None, "vague"),
        Q("47万元", num("47万"), "元", "拨付水口中心小学安全设施建设资金", "level",
          note="allotted 近期; the letter's date"),
        O("(三)", "list marker"),
        D("目前", TC_DAY, "now", note="the letter's date"),
        O("一是", "list marker"),
        O("二是", "list marker"),
        O("三是", "list marker"),
        D("2021年6月23日", TC_DAY, "day", rel=False),
    ])
