"""Annotations of the eight pages, in document order, by reading only (before any extractor was run on them)."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
VO = "规模以上工业总产值"
FAI = "固定资产投资"
RS = "社会消费品零售总额"
GBR = "一般公共预算收入"
GBE = "一般公共预算支出"
UI = "城镇居民人均可支配收入"
RI = "农村居民人均可支配收入"
PAGES = {}
RANK = "rank"
CT = "congress term"
CTS = "congress term and session as one span"

# ---------------------------------------------------------------- 01 安庆市 (安徽), a story on the city's 1-8月份 2022 figures
AQ = "安庆市"
AQ_P = "2022-01/2022-08"
AQ_M = "2022-08"
PAGES["e89_01_anqing_20221011.txt"] = dict(
    pubdate="2022-10-11",
    pubnote="from the address (e.guhantai.com/e/20221011/…), a site reposting the story",
    area=AQ, period=AQ_P,
    items=[
        D("1至8月份", AQ_P, "period", note="in the headline"),
        D("1-8月份", AQ_P, "period"),
        D("8月份", AQ_M, "month"),
        Q("7.2%", 7.2, "%", "8月份规模以上工业增加值同比增长", "growth", ind=VA, per=AQ_M),
        D("7月份", "2022-07", "month"),
        Q("2.5个百分点", 2.5, "百分点", "规上工业增加值增速比7月份高", "points", ind=VA, per=AQ_M),
        C("三大门类", "fixed term (三大门类 of industry)"),
        Q("16.5%", 16.5, "%", "采矿业增加值增长", "growth", per=AQ_M),
        Q("6.5%", 6.5, "%", "制造业增加值增长", "growth", per=AQ_M),
        Q("15.7%", 15.7, "%", "电力、热力、燃气及水生产和供应业增加值增长", "growth", per=AQ_M),
        Q("29.7%", 29.7, "%", "战略性新兴产业产值增长", "growth", ind="战略性新兴产业产值", per=AQ_M),
        Q("22.1%", 22.1, "%", "高技术产业增加值增长", "growth", per=AQ_M),
        Q("19.6%", 19.6, "%", "高新技术产业增加值增长", "growth", per=AQ_M),
        D("7月份", "2022-07", "month"),
        Q("8.4", 8.4, "百分点", "战略性新兴产业产值增速比7月份高", "points", ind="战略性新兴产业产值", per=AQ_M, inherited=True),
        Q("17.5", 17.5, "百分点", "高技术产业增加值增速比7月份高", "points", per=AQ_M, inherited=True),
        Q("7.8个百分点", 7.8, "百分点", "高新技术产业增加值增速比7月份高", "points", per=AQ_M),
        O("第3", RANK), O("第5", RANK), O("第5位", RANK),
        D("1-8月份", AQ_P, "period"),
        Q("5.1%", 5.1, "%", "规模以上工业增加值同比增长", "growth", ind=VA),
        D("1-7月份", "2022-01/2022-07", "period"),
        Q("0.3个百分点", 0.3, "百分点", "规上工业增加值增速比1-7月份高", "points", ind=VA),
        D("1-8月份", AQ_P, "period"),
        Q("13.2%", 13.2, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("4.7个百分点", 4.7, "百分点", "固定资产投资增速比全省高", "points", ind=FAI),
        O("第5位", RANK),
        Q("4.2%", 4.2, "%", "房地产投资增长", "growth", ind="房地产开发投资"),
        Q("10.6%", 10.6, "%", "民间投资增长", "growth"),
        Q("14.5%", 14.5, "%", "建安投资增长", "growth"),
        O("第3", RANK), O("第4", RANK), O("第4位", RANK),
        D("1-8月份", AQ_P, "period"),
        Q("241亿元", num("241亿"), "元", "限额以上消费品零售额", "level"),
        Q("4.5%", 4.5, "%", "限额以上消费品零售额同比增长", "growth"),
        Q("1.8个百分点", 1.8, "百分点", "限额以上消费品零售额增速比全省高", "points"),
        O("第4位", RANK),
        Q("235亿元", num("235亿"), "元", "城镇市场限额以上消费品零售额", "level"),
        Q("4.5%", 4.5, "%", "城镇市场限额以上消费品零售额同比增长", "growth"),
        Q("6亿元", num("6亿"), "元", "乡村市场限上零售额", "level"),
        Q("6.1%", 6.1, "%", "乡村市场限上零售额同比增长", "growth"),
        Q("1.6个百分点", 1.6, "百分点", "乡村市场增速高于城镇", "points"),
        Q("7.6%", 7.6, "%", "石油及制品类零售额增长", "growth"),
        Q("14%", 14, "%", "粮油食品类零售额同比增长", "growth"),
        Q("14.1%", 14.1, "%", "烟酒类零售额同比增长", "growth"),
        Q("418%", 418, "%", "可穿戴智能设备零售额增长", "growth"),
        Q("242.8%", 242.8, "%", "新能源汽车零售额增长", "growth"),
        D("1-8月份", AQ_P, "period"),
        Q("125.4亿元", num("125.4亿"), "元", "一般公共预算收入", "level", ind=GBR),
        Q("13.8%", 13.8, "%", "一般公共预算收入同比增长", "growth", ind=GBR),
        Q("8.5个百分点", 8.5, "百分点", "一般公共预算收入增速比全省高", "points", ind=GBR),
        O("第1位", RANK),
        Q("359.8亿元", num("359.8亿"), "元", "一般公共预算支出", "level", ind=GBE),
        Q("63.9%", 63.9, "%", "商业服务业支出增长", "growth"),
        Q("54.8%", 54.8, "%", "城乡社区支出增长", "growth"),
        Q("83.4%", 83.4, "%", "住房保障支出增长", "growth"),
        Q("20.5%", 20.5, "%", "社会保障和就业支出增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 02 宁夏, 宁夏日报's 本报讯 on the region's 上半年 2024 industry
NX = "宁夏"
NX_P = "2024-01/2024-06"
NX_D = "2024-07-22"  # the dateline's day: figures with no time phrase of their own take it
PAGES["e89_02_ningxia_20240723.txt"] = dict(
    pubdate="2024-07-23",
    pubnote="from the address (szb.nxrb.cn/nxrb/pc/con/202407/23/…), 宁夏日报's e-paper; the dateline is 7月22日",
    area=NX, period=NX_P,
    items=[
        D("7月22日", "2024-07-22", "day", note="the dateline"),
        D("今年上半年", NX_P, "period"),
        Q("12.8%", 12.8, "%", "规上工业增加值同比增长", "growth", ind=VA),
        D("去年同期", "2023-01/2023-06", "period"),
        Q("5.6个百分点", 5.6, "百分点", "规上工业增加值增速较去年同期加快", "points", ind=VA),
        Q("4.8个百分点", 4.8, "百分点", "规上工业增加值增速高于年度目标", "points", ind=VA,
          note="the rate's gap above the year's target: an outcome, not a target"),
        Q("6.8个百分点", 6.8, "百分点", "规上工业增加值增速高于全国", "points", ind=VA),
        O("第二", RANK),
        Q("77.5%", 77.5, "%", "工业对经济增长贡献率", "share"),
        Q("59.3%", 59.3, "%", "工业税收占全部税收比重", "share"),
        D("今年上半年", NX_P, "period"),
        Q("16.8%", 16.8, "%", "银川市规上工业增加值同比增长", "growth", ind=VA, area="银川市"),
        Q("28%", 28, "%", "宁东基地规上工业增加值增长", "growth", ind=VA, area="宁东基地"),
        Q("15.2个百分点", 15.2, "百分点", "宁东基地增速高于全区", "points", ind=VA, area="宁东基地"),
        Q("14.9%", 14.9, "%", "固原市规上工业增加值增长", "growth", ind=VA, area="固原市"),
        Q("10.6%", 10.6, "%", "中卫市规上工业增加值增长", "growth", ind=VA, area="中卫市"),
        Q("9.6%", 9.6, "%", "吴忠市规上工业增加值增长", "growth", ind=VA, area="吴忠市"),
        Q("5.2%", 5.2, "%", "石嘴山市规上工业增加值增长", "growth", ind=VA, area="石嘴山市"),
        Q("14个", 14, "个", "行业", "level", per=NX_D, borderline=True,
          note="the base of the count (as eval36's bases of counts); no time phrase in the paragraph: the dateline's day"),
        Q("11个", 11, "个", "正增长行业", "level", per=NX_D),
        Q("5个", 5, "个", "重点行业", "level", per=NX_D, borderline=True),
        Q("100.9%", 100.9, "%", "5个重点行业增长贡献率", "share", per=NX_D),
        Q("42.2%", 42.2, "%", "化工行业同比增长", "growth", per=NX_D),
        Q("近65%", 65, "%", "化工行业增长贡献率", "share", q="nearly", per=NX_D),
        Q("11.9%", 11.9, "%", "石油石化行业增长", "growth", per=NX_D),
        Q("11.5%", 11.5, "%", "石油石化行业贡献率", "share", per=NX_D),
        Q("14.8%", 14.8, "%", "电子行业增长", "growth", per=NX_D),
        Q("10%", 10, "%", "电子行业贡献率", "share", per=NX_D),
        Q("12.7%", 12.7, "%", "冶金行业增长", "growth", per=NX_D),
        Q("8%", 8, "%", "冶金行业贡献率", "share", per=NX_D),
        Q("6%", 6, "%", "电力行业增长", "growth", per=NX_D),
        Q("7.4%", 7.4, "%", "电力行业贡献率", "share", per=NX_D),
        O("第三版", "page number (下转第三版)"),
        O("第一版", "page number (上接第一版)"),
        Q("12.9%", 12.9, "%", "大中型企业增加值同比增长", "growth", per=NX_D),
        Q("73.4%", 73.4, "%", "大中型企业增加值占比", "share", per=NX_D),
        Q("60户", 60, "户", "重点监测企业", "level", per=NX_D, borderline=True,
          note="the base of the count"),
        Q("27户", 27, "户", "产值同比增长的重点监测企业", "level", per=NX_D),
        Q("245亿元", num("245亿"), "元", "重点监测企业产值增加", "difference", per=NX_D),
        Q("16户", 16, "户", "产值实现两位数增长的企业", "level", per=NX_D),
        Q("两位数", 10, "%", "企业产值增长", "growth", q="at_least", per=NX_D,
          note="两位数增长: at least 10 % (as eval6 and later)"),
        D("上半年", NX_P, "period"),
        Q("13.2%", 13.2, "%", "工业投资同比增长", "growth", ind="工业投资"),
        Q("0.6个百分点", 0.6, "百分点", "工业投资增速高于全国平均", "points", ind="工业投资"),
        Q("53.7%", 53.7, "%", "工业投资占固定资产投资比重", "share"),
        Q("355%", 355, "%", "工业投资贡献率", "share"),
        C("三个100", "numeric slogan (“三个100”重点工业项目)"),
        Q("245个", 245, "个", "“三个100”重点工业项目", "level"),
        Q("190.3亿元", num("190.3亿"), "元", "重点工业项目完成投资", "level"),
        Q("118个", 118, "个", "增长点项目", "level"),
        Q("163亿元", num("163亿"), "元", "增长点项目新增产值", "level"),
    ],
)

# ---------------------------------------------------------------- 03 西藏, 新华社's story on the region's 2012 figures (中国西藏网)
XZ = "西藏自治区"
XZ_D = "2013-01-20"  # the issue date: the second paragraph has no time phrase of its own
PAGES["e89_03_xizang_20130120.txt"] = dict(
    pubdate="2013-01-20",
    pubnote="from the address (media.tibet.cn/…/201301/t20130120_1850982.htm), 中国西藏网",
    area=XZ, period="2012",
    items=[
        D("2012年", "2012", "year", rel=False),
        Q("701亿元", num("701亿"), "元", "地区生产总值", "level", ind=GDP,
          note="预计 about the year just ended: an early estimate of the outcome, target false"),
        Q("12.0%", 12.0, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("四年", 4, "年", "连续实现百亿元增长的年数", "level", borderline=True),
        Q("百亿元", num("100亿"), "元", "地区生产总值每年增加", "difference", ind=GDP),
        Q("400亿元", num("400亿"), "元", "地区生产总值突破的关口", "level", ind=GDP, q="more_than", per=XZ_D,
          note="突破: the marks passed one a year; no time phrase in the sentence: the issue date"),
        Q("500亿元", num("500亿"), "元", "地区生产总值突破的关口", "level", ind=GDP, q="more_than", per=XZ_D),
        Q("600亿元", num("600亿"), "元", "地区生产总值突破的关口", "level", ind=GDP, q="more_than", per=XZ_D),
        Q("700亿元", num("700亿"), "元", "地区生产总值突破的关口", "level", ind=GDP, q="more_than", per=XZ_D),
        Q("四年", 4, "年", "连续实现百亿元增长的年数", "level", per=XZ_D, borderline=True),
        Q("百亿元", num("100亿"), "元", "地区生产总值每年增加", "difference", ind=GDP, per=XZ_D),
        Q("5000元", 5000, "元", "农牧民人均纯收入", "level", q="more_than", per=XZ_D),
        Q("5645元", 5645, "元", "农牧民人均纯收入", "level", per=XZ_D),
        Q("18056元", 18056, "元", "城镇居民可支配收入", "level", ind=UI, per=XZ_D),
        O("首次", "first-of-kind word (首次突破)"),
        Q("100亿元", num("100亿"), "元", "税收和旅游收入突破", "level", q="more_than", per=XZ_D),
        Q("140亿元", num("140亿"), "元", "税收收入", "level", ind="税收收入", per=XZ_D),
        Q("132亿元", num("132亿"), "元", "旅游收入", "level", ind="旅游总收入", per=XZ_D),
    ],
)

# ---------------------------------------------------------------- 04 河南省, 郑州日报's 本报讯 on the province's 1~11月份 2007 industry
HN = "河南省"
HN_P = "2007-01/2007-11"
PAGES["e89_04_henan_20071217.txt"] = dict(
    pubdate="2007-12-17",
    pubnote="from the address (zzrb.zynews.cn/html/2007-12/17/…), 郑州日报's e-paper",
    area=HN, period=HN_P,
    items=[
        D("1~11月份", HN_P, "period"),
        Q("4874.11亿元", num("4874.11亿"), "元", "规模以上工业增加值", "level", ind=VA),
        D("上年同期", "2006-01/2006-11", "period"),
        Q("24.2%", 24.2, "%", "规模以上工业增加值比上年同期增长", "growth", ind=VA),
        D("1~10月份", "2007-01/2007-10", "period"),
        Q("0.2个百分点", 0.2, "百分点", "规上工业增速较1~10月份提高", "points", ind=VA),
        Q("39个", 39, "个", "工业行业大类", "level", borderline=True, note="the base of the count"),
        Q("38个", 38, "个", "同比增长的行业大类", "level"),
        D("前11个月", HN_P, "period"),
        C("六大行业", "name of a group of industries (六大行业), listed after it"),
        C("六大行业", "name of a group of industries (六大行业)"),
        Q("2040.31亿元", num("2040.31亿"), "元", "六大行业增加值", "level"),
        Q("30.7%", 30.7, "%", "六大行业增加值增长", "growth"),
        Q("12.2个百分点", 12.2, "百分点", "六大行业拉动规模以上工业增长", "points"),
    ],
)

# ---------------------------------------------------------------- 05 锦屏县 (贵州 黔东南州), a story on the county's 1-10月 2011 industry
JP = "锦屏县"
JP_P = "2011-01/2011-10"
TGT = "预计 of 1-10月, a period not over in the page's month (October 2011): a forecast"
PAGES["e89_05_jinping_20111001.txt"] = dict(
    pubdate="2011-10-01",
    pubnote="unsure: the address (3g.qdn.cn/news/jp/201110/…) gives only the month; the first of the month is used",
    area=JP, period=JP_P,
    items=[
        D("1-10月", JP_P, "period", note="in the headline"),
        D("1-10月", JP_P, "period"),
        Q("13.29亿元", num("13.29亿"), "元", "规模工业总产值", "level", ind=VO, target=True, note=TGT),
        Q("179.9%", 179.9, "%", "规模工业总产值同比增长", "growth", ind=VO, target=True),
        Q("4.29亿元", num("4.29亿"), "元", "规模工业增加值", "level", ind=VA, target=True),
        Q("184.4%", 184.4, "%", "规模工业增加值同比增长", "growth", ind=VA, target=True),
        Q("6.76亿元", num("6.76亿"), "元", "清水江水电公司总产值", "level", target=True),
        Q("126%", 126, "%", "清水江水电公司总产值同比增长", "growth", target=True),
        Q("2.62亿元", num("2.62亿"), "元", "清水江水电公司增加值", "level", target=True),
        Q("153.2%", 153.2, "%", "清水江水电公司增加值同比增长", "growth", target=True),
        Q("6.52亿元", num("6.52亿"), "元", "县属规模工业总产值", "level", target=True),
        Q("271.8%", 271.8, "%", "县属规模工业总产值同比增长", "growth", target=True),
        Q("1.67亿元", num("1.67亿"), "元", "县属规模工业增加值", "level", target=True),
        Q("252.8%", 252.8, "%", "县属规模工业增加值同比增长", "growth", target=True),
        D("1—10月份", JP_P, "period"),
        Q("7.15亿元", num("7.15亿"), "元", "工业投资", "level", ind="工业投资"),
        Q("4.85亿元", num("4.85亿"), "元", "工业项目完成投资", "level"),
        Q("17个", 17, "个", "新开工项目", "level"),
        Q("3.02亿元", num("3.02亿"), "元", "新开工项目完成投资", "level"),
        Q("12个", 12, "个", "技改项目", "level"),
        Q("1.83亿元", num("1.83亿"), "元", "技改项目完成投资", "level"),
        Q("2.3亿元", num("2.3亿"), "元", "园区基础建设完成投资", "level"),
        Q("2.1亿元", num("2.1亿"), "元", "锦屏工业园区完成投资", "level"),
        Q("2000万元", num("2000万"), "元", "卦治工业小区完成投资", "level"),
    ],
)

# ---------------------------------------------------------------- 06 马关县 (云南), 交通运输局's reply to a deputy's suggestion (第105号)
MG = "马关县"
PAGES["e89_06_maguan_20221221.txt"] = dict(
    pubdate="2022-12-21",
    pubnote="the kept line `来源: 更新时间:2022/12/21` (ynmg.gov.cn, 马关县人民政府's site); the reply is dated 2022年7月22日",
    area=MG, period="2022-12-21",
    items=[
        O("第十八届人大一次", CTS),
        O("第105号", "suggestion number"),
        D("2022/12/21", "2022-12-21", "day", rel=False, note="page metadata line"),
        D("近几年来", None, "vague"),
        Q("一条", 1, "条", "每个村小组至少有的通村硬化路", "level", q="at_least", target=True, borderline=True,
          note="至少有一条: the department's aim (目标), no time: the page's date"),
        D("2023年", "2023", "year", rel=False, note="the year of the repair programme the road was put into"),
        D("2022年7月22日", "2022-07-22", "day", rel=False, note="the reply's own date at its foot"),
        C("15126801666", "contact details"),
    ],
)

# ---------------------------------------------------------------- 07 桂阳县 (湖南 郴州市), the county's work report of 2016-11-25: its review of the term
GY = "桂阳县"
PRE = "预计 in a report of 2016-11-25 on the year all but over: an estimate of the outcome, target false (as the earlier sets')"
PAGES["e89_07_guiyang_20161125.txt"] = dict(
    pubdate="2016-11-25",
    pubnote="unsure: the subtitle's session day; the site's own posting line (2021-07-23) was dropped with its listing",
    area=GY, period="2016",
    items=[
        C("2016年", "year inside the title"),
        D("2016年11月25日", "2016-11-25", "day", rel=False),
        O("第十七届", CT),
        O("第一次", "session number"),
        D("现在", "2016-11-25", "now"),
        O("一、", "list marker"),
        D("2013年以来", "2013-01-01/2016-11-25", "period", rel=False, note="since-interval to the report's day (as eval24's)"),
        O("十六届人大一次", CTS),
        O("(一)", "list marker"),
        D("2016年", "2016", "year", rel=False),
        Q("34\n0亿元", num("340亿"), "元", "全县生产总值", "level", ind=GDP, note=PRE),
        D("2012年", "2012", "year", rel=False),
        Q("47.7%", 47.7, "%", "生产总值比2012年增长", "growth", ind=GDP),
        Q("353.7亿元", num("353.7亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("125.1%", 125.1, "%", "固定资产投资比2012年增长", "growth", ind=FAI),
        Q("26.06亿元", num("26.06亿"), "元", "一般公共预算收入", "level", ind=GBR),
        Q("39.8%", 39.8, "%", "一般公共预算收入比2012年增长", "growth", ind=GBR),
        Q("106.3亿元", num("106.3亿"), "元", "社会消费品零售总额", "level", ind=RS),
        Q("69.2%", 69.2, "%", "社会消费品零售总额比2012年增长", "growth", ind=RS),
        Q("29462元", 29462, "元", "城镇居民人均可支配收入", "level", ind=UI),
        Q("16733元", 16733, "元", "农村居民人均可支配收入", "level", ind=RI),
        Q("43.7%", 43.7, "%", "城镇居民人均可支配收入比2012年增长", "growth", ind=UI),
        Q("65.5%", 65.5, "%", "农村居民人均可支配收入比2012年增长", "growth", ind=RI),
        C("前十强", "size class (全省前十强)"),
        O("首批", "first batch (全省首批)"),
        O("(二)", "list marker"),
        C("三次产业", "fixed term"),
        D("2012年", "2012", "year", rel=False),
        Q("14.6:53.1:32.3", 14.6, "", "三次产业比", "share", ind="三次产业结构", per="2012",
          values=[14.6, 53.1, 32.3], note="the structure before (由…调整为): 2012; value is the first part"),
        D("2016年", "2016", "year", rel=False),
        Q("13.3:47.6:39.1", 13.3, "", "三次产业比", "share", ind="三次产业结构",
          values=[13.3, 47.6, 39.1], note="ratio; value is the first part (as the earlier sets')"),
    ],
)

# ---------------------------------------------------------------- 08 宜章县 (湖南 郴州市), the county's work report of 2016-01-05: its review of 2015
YZ = "宜章县"
PAGES["e89_08_yizhang_20160105.txt"] = dict(
    pubdate="2016-01-05",
    pubnote="unsure: the subtitle's session day; the site (zfbgw.com) gives no date",
    area=YZ, period="2015",
    items=[
        D("2016年1月5日", "2016-01-05", "day", rel=False),
        O("第十六届", CT),
        O("第四次", "session number"),
        D("现在", "2016-01-05", "now"),
        O("一、", "list marker"),
        D("2015年", "2015", "year", rel=False, note="in the section heading"),
        C("十二五", "fixed term (five-year plan)"),
        D("2015年", "2015", "year", rel=False),
        C("三步走", "numeric slogan"),
        C("三区四大五创", "numeric slogan"),
        O("十六届人大三次", CTS),
        Q("181.3亿元", num("181.3亿"), "元", "地区生产总值", "level", ind=GDP,
          note="预计 about the year just ended: an early estimate of the outcome, target false"),
        Q("9.2%", 9.2, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("196.9亿元", num("196.9亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("18.5%", 18.5, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("15.68亿元", num("15.68亿"), "元", "财政总收入", "level"),
        Q("11.68亿元", num("11.68亿"), "元", "地方财政收入", "level"),
        Q("7.78%", 7.78, "%", "财政总收入下降", "growth", change="decrease"),
        Q("2.78%", 2.78, "%", "地方财政收入下降", "growth", change="decrease"),
        Q("72.1亿元", num("72.1亿"), "元", "社会消费品零售总额", "level", ind=RS),
        Q("12.2%", 12.2, "%", "社会消费品零售总额增长", "growth", ind=RS),
        Q("1.2亿美元", num("1.2亿"), "美元", "实际利用外资", "level", ind="实际使用外资"),
        Q("33.7亿元", num("33.7亿"), "元", "实际到位内资", "level"),
        Q("15.2%", 15.2, "%", "实际利用外资增长", "growth", ind="实际使用外资"),
        Q("23.7%", 23.7, "%", "实际到位内资增长", "growth"),
        Q("24065元", 24065, "元", "城镇居民人均可支配收入", "level", ind=UI),
        Q("7200元", 7200, "元", "农村居民人均可支配收入", "level", ind=RI),
        Q("8.7%", 8.7, "%", "城镇居民人均可支配收入增长", "growth", ind=UI),
        Q("10.2%", 10.2, "%", "农村居民人均可支配收入增长", "growth", ind=RI),
        Q("130个", 130, "个", "主要建设项目", "level"),
        Q("127.6亿元", num("127.6亿"), "元", "主要建设项目完成投资", "level"),
        Q("91.2%", 91.2, "%", "占年度计划", "share"),
        Q("3.72亿元", num("3.72亿"), "元", "莽山水库完成年度投资", "level"),
        Q("一年", 1, "年", "大坝截流围堰提前的时间", "level", borderline=True, note="提前一年: a duration"),
        C("2015", "year inside a name (沃源杯2015有影响力十大水利工程)"),
        C("十大", "size class (十大水利工程)"),
        O("首条", "first-of-kind (首条旅游公路)"),
        C("G107", "road number"),
        Q("72.42万亩", num("72.42万"), "亩", "粮食播种面积", "level"),
        Q("25.35万吨", num("25.35万"), "吨", "粮食总产", "level", ind="粮食产量"),
        C("五连增", "fixed phrase (五连增, five increases in a row)"),
        C("2015", "year inside a name (2015全国名特优新农产品目录)"),
        Q("4000亩", 4000, "亩", "国家级蔬菜标准园", "level"),
        Q("8.21万担", num("8.21万"), "担", "收购烤烟", "level"),
        Q("2个", 2, "个", "获金奖的绿茶、红茶产品", "level"),
        O("第七届", "festival/expo edition"),
        Q("3家", 3, "家", "农民专业合作社省级示范社", "level"),
        Q("8.2%", 8.2, "%", "规模工业增加值增长", "growth", ind=VA),
    ],
)
