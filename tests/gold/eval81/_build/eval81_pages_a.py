"""Annotations of pages 01-04 (法库县's 2020 work report, 兰州市's 上半年 2020 industry story, 朔州市's 上半年 2019
summary, 河北省's 上半年 2022 release story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GBR = "一般公共预算收入"
IVA = "规模以上工业增加值"
FAI = "固定资产投资"
RSC = "社会消费品零售总额"
PAGES = {}

# ---------------------------------------------------------------- 01 法库县 (辽宁 沈阳市), the county's 2020 work report (its opening and the start of the 2019 review)
FK = "法库县"
FK_DAY = "2019-12-27"
EST = ("预计 in a report delivered 2019-12-27, before the year was over: a forecast of the period's outcome, "
       "read as target (as eval54's 建平县, eval56's 北票市, eval57's 新宾 and eval58's 宜章)")
PAGES["e81_01_faku_20191227.txt"] = dict(
    pubdate=FK_DAY,
    pubnote="the report's day in its subtitle (`——2019年12月27日在法库县第十八届人民代表大会第三次会议上的讲话`); the "
            "copy (gaozipu.com, a writing-help site) shows no date of its own",
    area=FK, period="2019",
    items=[
        C("2020年", "year inside the report's title (2020年法库县政府工作报告), the collector's title line"),
        C("2020年", "year inside the report's title"),
        D("2019年12月27日", FK_DAY, "day", rel=False, note="the report's subtitle"),
        O("第十八届", "congress term"),
        O("第三次", "session number"),
        D("现在", FK_DAY, "now", note="the day the report was delivered (a work report's opening 现在, as eval55's and eval79's)"),
        O("一、", "list marker"),
        D("2019年", "2019", "year", rel=False, note="the review's heading (2019年工作回顾)"),
        D("今年", "2019", "year", note="the report is delivered in the reviewed year (2019-12-27)"),
        O("70周年", "anniversary (新中国成立70周年)"),
        O("十九大", "party congress"),
        O("十九届二中", "party plenum (十九届二中、三中、四中全会), as eval79's 二十届二中"),
        O("三中", "party plenum"),
        O("四中全会", "party plenum"),
        C("两大", "named set (两大主题: 发展 and 环境, named before it), as eval49's 五大"),
        Q("6%", 6, "%", "地区生产总值增长", "growth", ind=GDP, target=True, note=EST),
        Q("8%", 8, "%", "规模以上工业总产值增长", "growth", ind="规模以上工业总产值", target=True, note=EST),
        Q("11.5%", 11.5, "%", "一般公共预算收入增长", "growth", ind=GBR, target=True, note=EST),
        Q("16%", 16, "%", "固定资产投资增长", "growth", ind=FAI, target=True,
          note="the same sentence as 预计 (its list goes on after the semicolon): " + EST),
        Q("3100户", 3100, "户", "新增市场主体", "level", q="more_than",
          note="突破: more than; no 预计 in its sentence, an outcome of the year (not a target)"),
        Q("8%", 8, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入", target=True, note=EST),
        D("一年来", "2019", "year", note="in a work report 一年来 is the reporting year"),
    ],
)

# ---------------------------------------------------------------- 02 兰州市 (甘肃), 甘肃日报's story on the city's 上半年 2020 industry (中国甘肃网's copy)
LZ = "兰州市"
LZ_DAY = "2020-08-29"
H1 = "2020-01/2020-06"
JUN = "2020-06"
PAGES["e81_02_lanzhou_20200829.txt"] = dict(
    pubdate=LZ_DAY,
    pubnote="the kept line `20-08-29 11:23 来源:甘肃日报 编辑:张兰琴`, the dateline `中国甘肃网8月29日讯` and the "
            "address system/2020/08/29 (gansu.gscn.com.cn, 中国甘肃网; 来源 甘肃日报)",
    area=LZ, period=H1,
    items=[
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        D("上半年", H1, "period", note="the headline; the year from the page's date"),
        Q("4.4%", 4.4, "%", "规上工业增加值增长", "growth", ind=IVA, note="the headline"),
        D("20-08-29 11:23", "2020-08-29T11:23", "time", rel=False, note="the page's date line, its year in two digits"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        D("上半年", H1, "period", note="the headline repeated over the story"),
        Q("4.4%", 4.4, "%", "规上工业增加值增长", "growth", ind=IVA),
        D("8月29日", LZ_DAY, "day", note="the dateline (中国甘肃网8月29日讯)"),
        D("今年以来", "2020", "period", note="as the earlier sets' 今年以来: the year"),
        D("前6个月", H1, "period"),
        Q("4.4%", 4.4, "%", "规模以上工业增加值增幅", "growth", ind=IVA),
        D("6月份", JUN, "month"),
        Q("9.8%", 9.8, "%", "6月份规模以上工业增加值增长", "growth", ind=IVA, per=JUN),
        D("一季度", "2020-01/2020-03", "period", note="the base of the comparison (较一季度)"),
        Q("14.9个百分点", 14.9, "百分点", "6月份规上工业增速较一季度提升", "points", ind=IVA, per=JUN),
        Q("5.7个百分点", 5.7, "百分点", "6月份规上工业增速高于全国平均水平", "points", ind=IVA, per=JUN,
          note="the city's rate above the country's: the city's figure (as the earlier sets' gaps)"),
        D("6月份", JUN, "month", note="从行业看,6月份,… leads its paragraph"),
        Q("两位数以上", 10, "%", "石化、冶金、生物医药等行业增幅", "growth", q="at_least", per=JUN,
          note="两位数以上: at least 10 % (as eval6 and later)"),
        Q("12种", 12, "种", "重点监测的产品", "level", per=JUN,
          note="in the paragraph that 6月份 leads (OBSERVATIONS' reach rule)"),
        Q("11种", 11, "种", "产量增长的重点监测产品", "level", per=JUN),
        Q("6种", 6, "种", "产量两位数增长的产品", "level", per=JUN),
        Q("两位数", 10, "%", "汽煤柴成品油、钢材、铜材等产品产量增长", "growth", q="at_least", per=JUN,
          note="呈两位数增长: at least 10 % (as eval6 and later)"),
        D("1至5月", "2020-01/2020-05", "period", note="the base of the comparison"),
        D("4月中旬", "2020-04", "month", note="as eval20's 7月中旬 (month resolution)"),
        Q("342户", 342, "户", "建立联络员制度的规上工业企业", "level", per=LZ_DAY,
          note="a stock with no time of its own: the article's date"),
        D("截至目前", LZ_DAY, "now", note="the page's date"),
        Q("100余个", 100, "个", "市级层面帮助企业协调解决的困难问题", "level", q="more_than", per=LZ_DAY,
          note="截至目前: as of the article's date"),
        C("六保", "numeric slogan"),
    ],
)

# ---------------------------------------------------------------- 03 朔州市 (山西), the city's 发改委 on its 上半年 2019 economy
SZ = "朔州市"
SZ_DAY = "2019-10-22"
SZ_H1 = "2019-01/2019-06"
UNREACHED = ("no time phrase reaches it (its paragraph has none and the page keeps no heading): the article's date, "
             "by OBSERVATIONS' reach rule — evidently a 上半年 figure, an annotator's doubt")
PAGES["e81_03_shuozhou_20191022.txt"] = dict(
    pubdate=SZ_DAY,
    pubnote="the address 201910/t20191022 (fgw.shuozhou.gov.cn, 朔州市发展和改革委员会's site, 经济动态); the stored copy "
            "keeps no title or date line — unsure: the item may have been written earlier than it was put up",
    area=SZ, period=SZ_H1,
    items=[
        D("上半年", SZ_H1, "period", note="the year from the page's date (2019-10-22)"),
        Q("545.8亿元", num("545.8亿"), "元", "全市地区生产总值", "level", ind=GDP),
        Q("8.1%", 8.1, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("135.6亿元", num("135.6亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("7.3 %", 7.3, "%", "固定资产投资增长", "growth", ind=FAI, note="a space before % as stored"),
        C("时间过半、任务过半", "fixed phrase (half the year, half the tasks), as the earlier sets'"),
        D("上半年", SZ_H1, "period"),
        Q("11.8%", 11.8, "%", "规模以上工业增加值增长", "growth", ind=IVA),
        Q("8558万吨", num("8558万"), "吨", "原煤产量", "level"),
        Q("19.99%", 19.99, "%", "原煤产量增长", "growth"),
        Q("16.3%", 16.3, "%", "煤炭行业增加值同比增长", "growth"),
        Q("4.5个百分点", 4.5, "百分点", "煤炭行业增速高出全市工业经济", "points"),
        Q("13.3个百分点", 13.3, "百分点", "煤炭行业拉动工业经济增长", "points"),
        D("上半年", SZ_H1, "period"),
        Q("37366万元", num("37366万"), "元", "进出口总额", "level", ind="进出口总额"),
        Q("57.7%", 57.7, "%", "进出口总额增长", "growth", ind="进出口总额"),
        Q("21005万元", num("21005万"), "元", "进口", "level", ind="进口总额"),
        Q("97.5%", 97.5, "%", "进口增长", "growth", ind="进口总额"),
        Q("16361万元", num("16361万"), "元", "出口", "level", ind="出口总额"),
        Q("25.2%", 25.2, "%", "出口增长", "growth", ind="出口总额"),
        Q("175.7亿元", num("175.7亿"), "元", "社会消费品零售总额", "level", ind=RSC),
        Q("8.3%", 8.3, "%", "社会消费品零售总额增长", "growth", ind=RSC),
        Q("4个", 4, "个", "组织申报的省级工程研究中心", "level", per=SZ_DAY, note=UNREACHED),
        C("零的突破", "fixed phrase (实现了零的突破: a first)"),
        D("上半年", SZ_H1, "period"),
        Q("111672户", 111672, "户", "市场主体总数", "level", ind="市场主体", per="2019-06",
          note="a stock: as of the end of 上半年 (as the earlier sets' balances)"),
        Q("17.44%", 17.44, "%", "市场主体总数增长", "growth", ind="市场主体", per="2019-06"),
        Q("16549元", 16549, "元", "城镇居民人均可支配收入", "level", ind="城镇居民人均可支配收入", per=SZ_DAY,
          note=UNREACHED),
        Q("6.8%", 6.8, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入", per=SZ_DAY),
        Q("6302元", 6302, "元", "农村居民人均可支配收入", "level", ind="农村居民人均可支配收入", per=SZ_DAY),
        Q("9.2%", 9.2, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入", per=SZ_DAY),
    ],
)

# ---------------------------------------------------------------- 04 河北省, a portal's copy of a story on the province's 上半年 2022 release
HB = "河北省"
HB_DAY = "2022-07-20"
HB_H1 = "2022-01/2022-06"
PAGES["e81_04_hebei_20220720.txt"] = dict(
    pubdate=HB_DAY,
    pubnote="the kept date line `2022-07-20 18:46:44` and the address zixun/2022/0720 (www.tech-ex.com, a news portal; "
            "the story's publisher is not named)",
    area=HB, period=HB_H1,
    items=[
        D("上半年", HB_H1, "period", note="the headline; it heads the whole story"),
        Q("3.4%", 3.4, "%", "生产总值同比增长", "growth", ind=GDP, note="the headline"),
        Q("0.9个百分点", 0.9, "百分点", "生产总值增速高于全国", "points", ind=GDP,
          note="the province's rate above the country's: the province's figure (as the earlier sets' gaps)"),
        D("2022-07-20 18:46:44", "2022-07-20T18:46", "time", rel=False, note="the page's date line"),
        D("上半年", HB_H1, "period"),
        Q("19823.7亿元", num("19823.7亿"), "元", "河北省生产总值", "level", ind=GDP),
        Q("3.4%", 3.4, "%", "生产总值同比增长", "growth", ind=GDP),
        Q("0.9个百分点", 0.9, "百分点", "生产总值增速高于全国", "points", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("1484.0亿元", num("1484.0亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("4.6%", 4.6, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("7942.5亿元", num("7942.5亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("3.9%", 3.9, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("10397.3亿元", num("10397.3亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("2.8%", 2.8, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        Q("2271.6千公顷", num("2271.6千"), "公顷", "夏粮播种面积", "level",
          note="千 applied (2271.6千公顷 = 2271600 公顷); the summer harvest, within the headline's 上半年"),
        D("上年", "2021", "year", note="the base year of 比上年"),
        Q("0.04%", 0.04, "%", "夏粮播种面积增长", "growth"),
        Q("436.2公斤", 436.2, "公斤", "夏粮亩产", "level", note="亩产: per mu, the unit as written"),
        Q("0.2%", 0.2, "%", "夏粮亩产增长", "growth"),
        Q("1486.5万吨", num("1486.5万"), "吨", "夏粮总产量", "level",
          note="the summer grain only: not the catalogue's 粮食产量 (the year's whole grain)"),
        Q("0.3%", 0.3, "%", "夏粮总产量增长", "growth"),
        D("上半年", HB_H1, "period"),
        Q("240.5万吨", num("240.5万"), "吨", "猪牛羊禽肉产量", "level"),
        Q("6.2%", 6.2, "%", "猪牛羊禽肉产量同比增长", "growth"),
        Q("148.9万吨", num("148.9万"), "吨", "猪肉产量", "level"),
        Q("7.4%", 7.4, "%", "猪肉产量增长", "growth"),
        Q("1823.8万头", num("1823.8万"), "头", "生猪存栏", "level", per="2022-06",
          note="a stock: as of the end of 上半年"),
        Q("3.3%", 3.3, "%", "生猪存栏同比下降", "growth", change="decrease", per="2022-06"),
        Q("181.1万吨", num("181.1万"), "吨", "禽蛋产量", "level"),
        Q("2.8%", 2.8, "%", "禽蛋产量增长", "growth"),
        Q("265.5万吨", num("265.5万"), "吨", "牛奶产量", "level"),
        Q("9.6%", 9.6, "%", "牛奶产量增长", "growth"),
        Q("1586.7万吨", num("1586.7万"), "吨", "蔬菜总产量", "level"),
        Q("3.3%", 3.3, "%", "蔬菜总产量增长", "growth"),
        Q("321.4万吨", num("321.4万"), "吨", "水果总产量", "level"),
        Q("1.5%", 1.5, "%", "水果总产量增长", "growth"),
        C("三大", "named set (三大优势产业: 畜牧、蔬菜、果品, named before it), as eval49's 五大"),
        Q("67.6%", 67.6, "%", "三大优势产业产值占农林牧渔业总产值比重", "share"),
        D("上半年", HB_H1, "period"),
        Q("5.2%", 5.2, "%", "规模以上工业增加值同比增长", "growth", ind=IVA),
        C("三大门类", "fixed term (the three sections of industry), as eval22's and eval37's"),
        Q("8.0%", 8.0, "%", "采矿业增加值增长", "growth"),
        Q("4.7%", 4.7, "%", "制造业增加值增长", "growth"),
        Q("6.9%", 6.9, "%", "电力、热力、燃气及水生产和供应业增加值增长", "growth"),
        Q("5.5%", 5.5, "%", "国有控股企业增加值增长", "growth"),
        Q("5.4%", 5.4, "%", "股份制企业增加值增长", "growth"),
        Q("4.4%", 4.4, "%", "外商及港澳台商投资企业增加值增长", "growth"),
        Q("2.2%", 2.2, "%", "私营企业增加值增长", "growth"),
        C("八大", "named set (八大主导产业, some named after it), as eval49's 五大"),
        Q("4.7%", 4.7, "%", "八大主导产业增加值同比增长", "growth"),
        Q("21.2%", 21.2, "%", "信息智能产业增加值增长", "growth"),
        Q("15.3%", 15.3, "%", "生物医药健康产业增加值增长", "growth"),
        Q("10.9%", 10.9, "%", "新材料产业增加值增长", "growth"),
        Q("6.9%", 6.9, "%", "大型企业增加值增长", "growth"),
        Q("6.9%", 6.9, "%", "中型企业增加值增长", "growth"),
        Q("1.6%", 1.6, "%", "小型企业增加值增长", "growth"),
        D("6月份", "2022-06", "month"),
        Q("7.7%", 7.7, "%", "6月份规模以上工业增加值同比增长", "growth", ind=IVA, per="2022-06"),
        D("5月份", "2022-05", "month", note="the base of the comparison"),
        Q("2.7个百分点", 2.7, "百分点", "6月份规上工业增速比5月份加快", "points", ind=IVA, per="2022-06"),
    ],
)
