"""Annotations of the eight pages, in document order, by reading only (before any extractor was run on them)."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDPPC = "人均地区生产总值"
I1, I2, I3 = "第一产业增加值", "第二产业增加值", "第三产业增加值"
VA = "规模以上工业增加值"
VO = "规模以上工业总产值"
IVA = "工业增加值"
FAI = "固定资产投资"
RE = "房地产开发投资"
RS = "社会消费品零售总额"
GBR = "一般公共预算收入"
TAX = "税收收入"
STRUCT = "三次产业结构"
UINC = "城镇居民人均可支配收入"
TRADE = "进出口总额"
EXP = "出口总额"
FDI = "实际使用外资"
PAGES = {}
RANK = "rank"
CT = "congress term"
SN = "session number"
IND = "industry ordinal"
LM = "list marker"
FIRST = "first-of-kind phrase (at once)"
YT = "year inside the report's title"
EST = ("预计 for a year not yet over (the report was delivered 2020-12-23, 预计十三五末): an estimate of the "
       "period's outcome, read as target (as eval40's 辽阳县, eval46's 霞浦县)")

# ---------------------------------------------------------------- 01 紫金县 (广东 河源市), the county's 2020 work report (delivered 2020-06-18), on a document site: title lines, opening and the start of the 2019 review
ZJ = "紫金县"
ZJ_DAY = "2020-06-18"
PAGES["e98_01_zijin_20200618.txt"] = dict(
    pubdate=ZJ_DAY,
    pubnote=("the report's delivery date (2020年6月18日在紫金县第十六届人民代表大会第五次会议上); the copy's posting line "
             "`公文搜 2021-07-27 17:49:42` (gongwensou.com, a document site) is its repost date, not the report's"),
    area=ZJ, period="2019",
    items=[
        C("2020年", YT + " ((广东省)2020年紫金县人民政府工作报告)"),
        D("2021-07-27 17:49:42", "2021-07-27T17:49", "time", rel=False,
          note="the document site's posting line (its repost, not the report's date)"),
        C("2020年", YT + " (the site's summary line)"),
        D("2020年6月18日", ZJ_DAY, "day", rel=False, note="the report's delivery date (summary line)"),
        O("第十六届", CT),
        O("第五次", SN),
        C("2020年", YT + " (repeated)"),
        D("2020年6月18日", ZJ_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十六届", CT),
        O("第五次", SN),
        D("现在", ZJ_DAY, "now", note="a work report's opening: the day it is delivered"),
        O("一、", LM),
        D("2019年", "2019", "year", rel=False, note="section heading (2019年工作回顾)"),
        D("过去一年", "2019", "year", note="the reviewed year"),
        O("70周年", "anniversary (新中国成立70周年)"),
        C("两地", "numeric slogan (建设两地目标)"),
        C("六大", "named set (六大融湾工程)"),
        C("六稳", "numeric slogan"),
        C("一批", "a batch, no count (破解了一批…难题)"),
        C("一批", "a batch, no count (办成了一批…大事)"),
        C("一批", "a batch, no count (办好了一批…实事)"),
        O("十六届人大四次", "congress term and session (县十六届人大四次会议)"),
        D("这一年", "2019", "year", note="the reviewed year (过去一年, …这一年)"),
        D("全年", "2019", "year"),
        Q("106.6亿元", num("106.6亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("5%", 5, "%", "地区生产总值同比增长", "growth", ind=GDP,
          note="同 比增长5%: the copy's hard wrap falls inside 同比"),
        Q("11.8亿元", num("11.8亿"), "元", "工业增加值", "level", ind=IVA),
        Q("7.5%", 7.5, "%", "工业增加值比增", "growth", ind=IVA),
        Q("7.9亿 元", num("7.9亿"), "元", "地方一般公共预算收入", "level", ind=GBR,
          note="the copy's hard wrap (a space) falls between 亿 and 元"),
        Q("5.5%", 5.5, "%", "地方一般公共预算收入比增", "growth", ind=GBR),
        Q("62.4亿元", num("62.4亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("19.6%", 19.6, "%", "固定资产投资比增", "growth", ind=FAI),
        Q("92.2亿元", num("92.2亿"), "元", "社会消费品零售(总额)", "level", ind=RS,
          note="社会消费品零售 (总额 left out) is the catalogue's 社会消费品零售总额"),
        Q("8.5 %", 8.5, "%", "社会消费品零售比增", "growth", ind=RS,
          note="the copy's hard wrap (a space) falls between 8.5 and %"),
        Q("1.9亿元", num("1.9亿"), "元", "外贸进出口总额", "level", ind=TRADE),
        Q("66.1%", 66.1, "%", "外贸进出口总额比增", "growth", ind=TRADE),
        D("这一年", "2019", "year", note="the reviewed year"),
        Q("超10亿元", num("10亿"), "元", "园区建设累计投入", "level", q="more_than",
          note="累计 投入超10亿元: over the park's building, told in the reviewed year's account"),
        O("首期", "phase number (紫城工业园首期)"),
        Q("2.7平方公里", 2.7, "平方公里", "紫城工业园首期基础设施建设面积", "level"),
        Q("31个", 31, "个", "引进落户项目", "level"),
        Q("10个", 10, "个", "建成投产项目", "level",
          note="建 成投产项目10个: the copy's hard wrap falls inside 建成"),
    ],
)

# ---------------------------------------------------------------- 02 谷城县 (湖北 襄阳市), the county's work report delivered 2020-12-23, on a document site: title lines, opening and the start of the 十三五 review
GC = "谷城县"
GC_DAY = "2020-12-23"
PAGES["e98_02_gucheng_20201223.txt"] = dict(
    pubdate=GC_DAY,
    pubnote=("the report's delivery date (2020年12月23日在谷城县第十八届人民代表大会第五次会议上); the copy's posting line "
             "`公文搜 2021-07-27 17:55:08` (gongwensou.com) is its repost date, not the report's"),
    area=GC, period="2020",
    items=[
        C("2020年", YT + " ((湖北省)2020年谷城县人民政府工作报告)"),
        D("2021-07-27 17:55:08", "2021-07-27T17:55", "time", rel=False,
          note="the document site's posting line (its repost, not the report's date)"),
        C("2020年", YT + " (the site's summary line)"),
        D("2020年12月23日", GC_DAY, "day", rel=False, note="the report's delivery date (summary line)"),
        O("第十八届", CT),
        O("第五次", SN),
        C("2020年", YT + " (repeated)"),
        D("2020年12月23日", GC_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十八届", CT),
        O("第五次", SN),
        D("现在", GC_DAY, "now", note="a work report's opening: the day it is delivered"),
        O("一、", LM),
        C("十三五", "fixed term (十三五工作回顾)"),
        C("十三五", "fixed term (十三五时期)"),
        D("五年", "2016/2020", "period", note="…极不平凡的五年: the five years of 十三五"),
        D("五年来", "2016/2020", "period"),
        D("今年", "2020", "year"),
        O("第\n一位", "first-of-kind phrase (放在第一位: put first); the copy's hard wrap falls inside it"),
        O("第一时间", FIRST),
        O("第一时间", FIRST),
        O("第一时间", FIRST),
        O("第一时间", FIRST),
        O("第一时\n间", FIRST + "; the copy's hard wrap falls inside it"),
        Q("一个多月", 1, "月", "有效控制疫情蔓延用时", "level", q="more_than", borderline=True,
          note="a duration (用一个多月时间)"),
        Q("两个多月", 2, "月", "经济社会运行从暂停到重启用时", "level", q="more_than", borderline=True,
          note="a duration (用两个多月时间)"),
        D("这五年", "2016/2020", "period"),
        C("十三五", "fixed term (预计十三五末: its end, the year 2020)"),
        Q("400亿元", num("400亿"), "元", "十三五末地区生产总值", "level", q="more_than", ind=GDP, target=True,
          note="突破400亿元; " + EST),
        Q("6.2%", 6.2, "%", "地区生产总值年均增长", "growth", ind=GDP, per="2016/2020", target=True, note=EST),
        Q("7.9万元", num("7.9万"), "元", "人均生产总值", "level", ind=GDPPC, target=True, note=EST),
        Q("6%", 6, "%", "人均生产总值年均增长", "growth", ind=GDPPC, per="2016/2020", target=True, note=EST),
        Q("25\n0.3亿元", num("250.3亿"), "元", "固定资产投资", "level", ind=FAI, target=True,
          note=EST + "; the copy's hard wrap falls inside the number (250.3亿元); read as the year's level at 十三五末"),
        Q("10.3%", 10.3, "%", "固定资产投资可比年均增长", "growth", ind=FAI, per="2016/2020", target=True, note=EST),
        Q("140亿元", num("140亿"), "元", "社会消费品零售总额", "level", ind=RS, target=True, note=EST),
        Q("8.2%", 8.2, "%", "社会消费品零售总额年均增长", "growth", ind=RS, per="2016/2020", target=True, note=EST),
        Q("2\n.5亿美元", num("2.5亿"), "美元", "外贸出口", "level", ind=EXP, target=True,
          note=EST + "; the copy's hard wrap falls inside the number (2.5亿美元)"),
        Q("6.1%", 6.1, "%", "外贸出口年均增长", "growth", ind=EXP, per="2016/2020", target=True, note=EST),
        Q("5184万美元", num("5184万"), "美元", "利用外资", "level", ind=FDI, target=True, note=EST),
        Q("10%", 10, "%", "利用外资年均增长", "growth", ind=FDI, per="2016/2020", target=True, note=EST),
        Q("35867元", 35867, "元", "城镇常住居民人均可支配收入", "level", ind=UINC, target=True, note=EST),
        Q("7.7%", 7.7, "%", "城镇常住居民人均可支配收入年均增长", "growth", ind=UINC, per="2016/2020", target=True,
          note=EST),
    ],
)

# ---------------------------------------------------------------- 03 沧州市 (河北), 河北经济日报's 本报讯 on the city's first quarter of 2023
CZ = "沧州市"
Q1 = "2023-01/2023-03"
PAGES["e98_03_cangzhou_20230511.txt"] = dict(
    pubdate="2023-05-11",
    pubnote="the e-paper's issue date in the address (epaper.hbjjrb.com/jjrb/202305/11/…); the story gives no date of its own",
    area=CZ, period=Q1,
    items=[
        D("今年一季度", Q1, "period"),
        Q("1092.8亿元", num("1092.8亿"), "元", "沧州市GDP", "level", ind=GDP),
        O("第三位", RANK + " (居全省第三位)"),
        Q("5.3%", 5.3, "%", "GDP同比增长", "growth", ind=GDP),
        Q("0.8个百分点", 0.8, "百分点", "GDP增速高于全国平均增速", "points", ind=GDP,
          note="分别高于全国和全省平均增速0.8个百分点和0.2个百分点: in that order"),
        Q("0.2个百分点", 0.2, "百分点", "GDP增速高于全省平均增速", "points", ind=GDP),
        C("三次产业", "fixed term"),
        Q("4.5:35.6:59.9", 4.5, "", "三次产业占GDP比重", "share", ind=STRUCT, values=[4.5, 35.6, 59.9],
          note="ratio; value is the first part (as the earlier sets')"),
        D("去年同期", "2022-01/2022-03", "period", note="the same quarter a year before"),
        O("第一产业", IND),
        O("第三产业", IND),
        Q("0.1", 0.1, "百分点", "第一产业比重提高", "points", ind=I1, inherited=True,
          note="第一产业、第三产业比重分别提高了0.1、0.8个百分点: 0.1 takes 个百分点 from the second"),
        Q("0.8个百分点", 0.8, "百分点", "第三产业比重提高", "points", ind=I3),
        C("三次产业", "fixed term"),
        O("第一产业", IND),
        O("第一产业", IND),
        Q("49.2亿元", num("49.2亿"), "元", "第一产业增加值", "level", ind=I1),
        Q("2.9%", 2.9, "%", "第一产业增加值同比增长", "growth", ind=I1),
        Q("2.7%", 2.7, "%", "第一产业对经济增长的贡献率", "share"),
        Q("0.1个百分点", 0.1, "百分点", "第一产业拉动经济增长", "points"),
        O("第二产业", IND),
        O("第二产业", IND),
        Q("389.0亿元", num("389.0亿"), "元", "第二产业增加值", "level", ind=I2),
        Q("5.5%", 5.5, "%", "第二产业增加值同比增长", "growth", ind=I2),
        Q("0.2个百分点", 0.2, "百分点", "第二产业增加值增速高于GDP增速", "points", ind=I2),
        Q("35.6%", 35.6, "%", "第二产业对经济增长的贡献率", "share"),
        Q("1.9个百分点", 1.9, "百分点", "第二产业拉动经济增长", "points"),
        O("第三产业", IND),
        O("第三产业", IND),
        Q("654.6亿元", num("654.6亿"), "元", "第三产业增加值", "level", ind=I3),
        Q("5.3%", 5.3, "%", "第三产业增加值同比增长", "growth", ind=I3),
        Q("61.7%", 61.7, "%", "第三产业对经济增长的贡献率", "share"),
        Q("3.2个百分点", 3.2, "百分点", "第三产业拉动经济增长", "points"),
    ],
)

# ---------------------------------------------------------------- 04 沧县 (河北 沧州市), a reply to proposal 第27号 of the county CPPCC (14th term, 1st session), on the city government's disclosure site
CX = "沧县"
CX_DAY = "2017-07-04"
PAGES["e98_04_cangxian_20170704.txt"] = dict(
    pubdate=CX_DAY,
    pubnote=("the reply's own date (2017年7月4日) — unsure: the page's date widget (2018年8月21日 星期二, dropped as furniture) "
             "is the day the page was served, and the address has no date"),
    area=CX, period=CX_DAY,
    items=[
        O("第27号", "proposal number"),
        O("第十四届", "CPPCC term"),
        O("第一次", SN),
        O("27号", "proposal number (第 lost in the copy)"),
        D("目前", CX_DAY, "now"),
        D("目前", CX_DAY, "now"),
        D("2017年7月4日", CX_DAY, "day", rel=False, note="the reply's date"),
        C("3520137", "phone number"),
    ],
)

# ---------------------------------------------------------------- 05 苍溪县 (四川 广元市), the county farm bureau's reply to suggestion 第57号 (county congress, 18th term, 3rd session)
CXI = "苍溪县"
CXI_DAY = "2023-10-25"
PAGES["e98_05_cangxi_20231025.txt"] = dict(
    pubdate=CXI_DAY,
    pubnote="the kept line `发布机构: 苍溪县农业农村局 发布时间: 2023-10-25`",
    area=CXI, period="2021",
    items=[
        O("十八届", CT),
        O("第三次", SN),
        O("第57号", "suggestion number"),
        D("2023-10-25", CXI_DAY, "day", rel=False, note="the page's 发布时间"),
        O("十八届", CT),
        O("第三次", SN),
        D("2021年", "2021", "year", rel=False),
        O("第105次", "meeting number (国务院第105次常务会议)"),
        C("财农〔2020〕69号", "document number"),
        C("川农函〔2020〕872号", "document number"),
        C("2020年", "year inside a project's name (苍溪县2020年灾毁农田修复项目)"),
        C("2021年", "year inside a project's name"),
        O("第一批", "batch number"),
        C("2021年", "year inside a project's name"),
        O("第二批", "batch number"),
        Q("3个", 3, "个", "灾毁农田修复项目", "level",
          note="the three projects carried out by the bureau, told under 2021年 (their names' years 2020, 2021)"),
        Q("8437万元", num("8437万"), "元", "使用专项资金", "level"),
        Q("9.5万亩", num("9.5万"), "亩", "修复受损农田", "level"),
        Q("17.26千米", 17.26, "千米", "衬砌渠系", "level"),
        Q("53座", 53, "座", "维修整治山坪塘", "level"),
        Q("25口", 25, "口", "新建蓄水池", "level"),
        Q("2座", 2, "座", "新(改)建提灌站", "level"),
        Q("32.77千米", 32.77, "千米", "整治机耕道", "level"),
        Q("6.09千米", 6.09, "千米", "新建生产路", "level"),
        D("2023年", "2023", "year", rel=False),
        Q("9855口", 9855, "口", "全县山坪塘", "level", per="2023"),
        Q("6293口", 6293, "口", "正常运行山坪塘", "level", per="2023"),
        Q("3562座", 3562, "座", "带病运行山坪塘", "level", per="2023",
          note="the count of ponds to be managed by list (计划…进行“清单制”管理): a count found in 2023, not a target"),
    ],
)

# ---------------------------------------------------------------- 06 繁昌区 (安徽 芜湖市), the district statistics bureau's release on 1-6月 2023
FC = "繁昌区"
H1 = "2023-01/2023-06"
PAGES["e98_06_fanchang_20230811.txt"] = dict(
    pubdate="2023-08-11",
    pubnote="the kept line `发布时间:2023-08-11 11:22 来源:繁昌区统计局`",
    area=FC, period=H1,
    items=[
        D("2023年1-6月份", H1, "period", rel=False, note="title"),
        D("2023-08-11 11:22", "2023-08-11T11:22", "time", rel=False, note="the page's 发布时间"),
        D("2023上半年", H1, "period", rel=False, note="written without 年 (as eval66's)"),
        Q("190.29亿元", num("190.29亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("1.6%", 1.6, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一产业", IND),
        Q("3.54亿元", num("3.54亿"), "元", "第一产业增加值", "level", ind=I1),
        Q("5.1%", 5.1, "%", "第一产业增加值增长", "growth", ind=I1),
        O("第二产业", IND),
        Q("108.33亿元", num("108.33亿"), "元", "第二产业增加值", "level", ind=I2),
        Q("2.6%", 2.6, "%", "第二产业增加值下降", "growth", ind=I2, change="decrease"),
        O("第三产业", IND),
        Q("78.42亿元", num("78.42亿"), "元", "第三产业增加值", "level", ind=I3),
        Q("7.9%", 7.9, "%", "第三产业增加值增长", "growth", ind=I3),
        O("一、", LM),
        D("1—6月份", H1, "period"),
        Q("345家", 345, "家", "规模以上工业企业", "level"),
        Q("5.6%", 5.6, "%", "规模以上工业产值同比下降", "growth", ind=VO, change="decrease"),
        Q("6.9%", 6.9, "%", "规模以上工业增加值下降", "growth", ind=VA, change="decrease"),
        Q("四大", 4, "个", "支柱产业", "level", borderline=True, note="四大支柱产业 (as eval25's and eval26's 四大)"),
        Q("23%", 23, "%", "四大支柱产业产值合计下降", "growth", change="decrease"),
        Q("14%", 14, "%", "新型建材产业产值下降", "growth", change="decrease"),
        Q("26.6%", 26.6, "%", "医药食品产业产值下降", "growth", change="decrease"),
        Q("37.8%", 37.8, "%", "轻纺服装产业产值下降", "growth", change="decrease"),
        Q("25.2%", 25.2, "%", "冶金机械产业产值下降", "growth", change="decrease"),
        D("1—6月份", H1, "period"),
        Q("21.05亿元", num("21.05亿"), "元", "规模以上工业企业利税", "level"),
        Q("12.8%", 12.8, "%", "规模以上工业企业利税同比下降", "growth", change="decrease"),
        Q("16.19亿元", num("16.19亿"), "元", "规模以上工业企业利润", "level"),
        Q("11.3%", 11.3, "%", "规模以上工业企业利润同比下降", "growth", change="decrease"),
        Q("118户", 118, "户", "亏损企业", "level"),
        Q("34.2%", 34.2, "%", "亏损面", "share"),
        Q("4.9个百分点", 4.9, "百分点", "亏损面同比扩大", "points"),
        Q("2.75亿元", num("2.75亿"), "元", "累计亏损额", "level"),
        Q("160.8%", 160.8, "%", "累计亏损额同比增长", "growth"),
        O("二、", LM),
        D("1—6月份", H1, "period"),
        Q("6.8%", 6.8, "%", "固定资产投资同比增长", "growth", ind=FAI),
        Q("29.8%", 29.8, "%", "技术改造投资增长", "growth"),
        C("亿元以上", "size class (新开工亿元以上制造业投资)"),
        Q("8.9%", 8.9, "%", "新开工亿元以上制造业投资增长", "growth"),
        Q("4.81亿元", num("4.81亿"), "元", "房地产投资", "level", ind=RE),
        Q("43.5%", 43.5, "%", "房地产投资同比下降", "growth", ind=RE, change="decrease"),
        Q("15.69万平方米", num("15.69万"), "平方米", "商品房销售面积", "level"),
        Q("23.2%", 23.2, "%", "商品房销售面积同比下降", "growth", change="decrease"),
        Q("9.36亿元", num("9.36亿"), "元", "商品房销售额", "level"),
        Q("34.4%", 34.4, "%", "商品房销售额同比下降", "growth", change="decrease"),
        D("1—6月份", H1, "period"),
        Q("206个", 206, "个", "在建项目", "level"),
        C("亿元以上", "size class (亿元以上项目)"),
        Q("136", 136, "个", "亿元以上项目", "level", implied=True, note="亿元以上项目136: 个 left out"),
        C("亿元以上", "size class"),
        Q("29个", 29, "个", "新开工亿元以上制造业项目", "level"),
        Q("36个", 36, "个", "房地产项目", "level"),
        O("三、", LM),
        D("1—6份", H1, "period", note="1—6月份 with 月 left out in the copy"),
        Q("43.18亿元", num("43.18亿"), "元", "社会消费品零售总额", "level", ind=RS),
        Q("3%", 3, "%", "社会消费品零售总额同比增长", "growth", ind=RS),
        Q("334家", 334, "家", "限额以上商贸单位", "level"),
        Q("4.8%", 4.8, "%", "限额以上商贸单位零售额同比下降", "growth", change="decrease"),
        Q("24%", 24, "%", "限额以上商贸单位销售额同比增长", "growth"),
        Q("26.9%", 26.9, "%", "批发销售额增长", "growth"),
        Q("3.3%", 3.3, "%", "零售业销售额增长", "growth"),
        Q("17.4%", 17.4, "%", "住宿销售额增长", "growth"),
        Q("5.9%", 5.9, "%", "餐饮业销售额增长", "growth"),
        O("四、", LM),
        D("1—6月份", H1, "period"),
        Q("21.61亿元", num("21.61亿"), "元", "一般公共预算收入", "level", ind=GBR),
        Q("5.7%", 5.7, "%", "一般公共预算收入同比增长", "growth", ind=GBR),
        Q("12.01亿元", num("12.01亿"), "元", "税收收入", "level", ind=TAX),
        Q("5.2%", 5.2, "%", "税收收入下降", "growth", ind=TAX, change="decrease"),
        Q("9.6亿元", num("9.6亿"), "元", "非税收入", "level"),
        Q("23.4%", 23.4, "%", "非税收入增长", "growth"),
        Q("6.89亿元", num("6.89亿"), "元", "增值税", "level"),
        Q("10.7%", 10.7, "%", "增值税增长", "growth"),
        Q("0.83亿元", num("0.83亿"), "元", "企业所得税", "level"),
        Q("57.3%", 57.3, "%", "企业所得税下降", "growth", change="decrease"),
    ],
)

# ---------------------------------------------------------------- 07 巴南区 (重庆), the district culture and tourism commission's reply to suggestion 第443号 (district congress, 19th term, 3rd session)
BN = "巴南区"
BN_DAY = "2023-07-27"
PAGES["e98_07_banan_20230727.txt"] = dict(
    pubdate=BN_DAY,
    pubnote="the address (…/202307/t20230727_12190555.html); the stored copy shows no date line",
    area=BN, period="2023",
    items=[
        O("十九届人大三次", "congress term and session (区十九届人大三次会议)"),
        O("第443号", "suggestion number"),
        O("第443号", "suggestion number"),
        O("一、", LM),
        Q("600余万元", num("600万"), "元", "木洞镇人居环境整治已投入", "level", q="more_than", per=BN_DAY,
          note="前期,已投入600余万元: no year given, the page's date (as eval50's 永泰, eval51's 海盐)"),
        D("2023年", "2023", "year", rel=False),
        C("三清一改", "numeric slogan"),
        C("五清理一行动", "numeric slogan"),
        O("二、", LM),
        D("2023年", "2023", "year", rel=False),
        Q("3001万元", num("3001万"), "元", "木洞镇农村饮水整体提升改造工程总投资", "level"),
        Q("12个", 12, "个", "工程惠及村", "level"),
        Q("2.27万人", num("2.27万"), "人", "工程惠及人口", "level"),
        D("目前", BN_DAY, "now", note="added after the first run: left out at first (目前该项目已开工)"),
        Q("两年", 2, "年", "工程计划建设周期", "level", borderline=True, target=True,
          note="a duration; 计划建设周期: a plan (OBSERVATIONS' target rule: 计划), set after the first run (false at first)"),
        O("三、", LM),
        D("2022年", "2022", "year", rel=False),
        Q("1万亩", num("1万"), "亩", "申报高标准农田改造提升项目", "level", per="2022"),
        C("2022年", "year inside a project's name (2022年木洞片区丘陵山区高标准农田改造提升示范项目)"),
    ],
)

# ---------------------------------------------------------------- 08 铜梁区 (重庆), the district farm commission's reply to suggestion 第323号 (district congress, 18th term, 4th session)
TL = "铜梁区"
TL_DAY = "2024-06-26"
PAGES["e98_08_tongliang_20240626.txt"] = dict(
    pubdate=TL_DAY,
    pubnote="the index box's dates (2024-06-26, dropped as furniture) and the address t20240626",
    area=TL, period="2024",
    items=[
        O("第十八届", CT),
        O("第四次", SN),
        O("第323号", "suggestion number"),
        C("铜农委函〔202485", "document number (铜农委函〔2024〕85号, broken in the copy)"),
        O("第十八届", CT),
        O("第四次", SN),
        O("323号", "suggestion number (第 on the line before in the letter head, lost in the copy)"),
        O("第323号", "suggestion number"),
        O("一、", LM),
        O("一是", LM),
        C("铜委农组〔20241号", "document number (铜委农组〔2024〕1号, broken in the copy)"),
        C("11263", "numeric slogan (“11263”的现代农业产业体系)"),
        O("第一个", "position in the slogan (第一个“1”)"),
        C("1", "a digit of the numeric slogan (第一个“1”)"),
        D("2027年", "2027", "year", rel=False),
        Q("20万亩", num("20万"), "亩", "规模化优质粮油种植基地", "level", per="2027", target=True,
          note="到2027年…建成: a plan"),
        O("二是", LM),
        Q("1000余万元", num("1000万"), "元", "统筹市级、区级资金", "level", q="more_than"),
        Q("3.2万亩", num("3.2万"), "亩", "预计建设示范片", "level", target=True,
          note="预计建设: planned for the year (2024), not yet done"),
        Q("1.5万亩", num("1.5万"), "亩", "核心示范片", "level", target=True, note="part of the planned 示范片"),
    ],
)
