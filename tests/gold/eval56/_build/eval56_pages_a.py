"""Annotations of pages 01-04 (北票市's work report, 西宁晚报 on 湟中县's congress, 劳动午报's 本报讯 on 北京's 1-11月,
长宁区's report on the deputies' suggestions), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
REV = "一般公共预算收入"
CPI = "居民消费价格"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 01 北票市 (辽宁 朝阳市), the city's 2019 work report (2018-12-22)
BP = "北票市"
EST = ("预计到年末 in a report delivered 2018-12-22, before the year was over: an estimate of the period's outcome, "
       "read as target (a forecast of a period not yet over), as eval54's 建平县 of the same day")
PAGES["e56_01_beipiao_20181222.txt"] = dict(
    pubdate="2018-12-22",
    pubnote="the report's subtitle `——2018年12月22日在北票市第九届人民代表大会第二次会议上` (the day it was delivered); "
            "the reposting site (guanchang.qwyd.net) gives no date of its own",
    area=BP, period="2018",
    items=[
        D("2018年12月22日", "2018-12-22", "day", rel=False, note="the report's subtitle"),
        O("第九届", "congress term"),
        O("第二次", "session"),
        D("现在", "2018-12-22", "now", note="the day the report was delivered (a work report's opening 现在, as eval55's)"),
        O("一、", "list marker"),
        D("2018年", "2018", "year", rel=False, note="part name (2018年工作回顾)"),
        D("2018年", "2018", "year", rel=False),
        D("一年来", "2018", "year", note="in a work report 一年来 is the reporting year"),
        O("九届人大一次", "congress term and session as one span (市九届人大一次会议), as eval50's and eval51's"),
        O("一届", "term number (新一届政府)"),
        D("年末", "2018-12", "period", note="预计到年末: the end of the reviewed year, as eval54's"),
        Q("125.6亿元", num("125.6亿"), "元", "地区生产总值", "level", ind=GDP, target=True, note=EST),
        Q("8.7%", 8.7, "%", "地区生产总值增长", "growth", ind=GDP, target=True, note=EST),
        Q("6.2亿元", num("6.2亿"), "元", "一般公共预算收入", "level", ind=REV, target=True, note=EST),
        Q("13%", 13, "%", "一般公共预算收入增长", "growth", ind=REV, target=True, note=EST),
        Q("43.4亿元", num("43.4亿"), "元", "固定资产投资", "level", ind=FAI, target=True, note=EST),
        Q("10%", 10, "%", "固定资产投资增长", "growth", ind=FAI, target=True, note=EST),
        Q("76.2亿元", num("76.2亿"), "元", "社会消费品零售总额", "level", ind=RETAIL, target=True, note=EST),
        Q("6%", 6, "%", "社会消费品零售总额增长", "growth", ind=RETAIL, target=True, note=EST),
        Q("12980元", 12980, "元", "农村居民人均可支配收入", "level", ind=RURAL, target=True, note=EST),
        Q("6.5%", 6.5, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL, target=True, note=EST),
        D("一年来", "2018", "year"),
        O("(一)", "list marker"),
        O("二期", "project phase (施可丰复合肥二期)"),
        C("万达", "numeral inside a company's name (华兴万达轮胎), as eval's 万康"),
        O("三期", "project phase (华兴万达轮胎三期)"),
        Q("31万平方米", num("31万"), "平方米", "开工建设标准化厂房", "level"),
        C("宝三线", "road name with a numeral"),
        C("五丰", "numeral inside a company's name (五丰三期)"),
        O("三期", "project phase (五丰三期)"),
        C("五间房", "place name with a numeral (五间房新市镇)"),
        Q("14.4万平方米", num("14.4万"), "平方米", "新建桃花公园面积", "level", area="五间房新市镇",
          note="a figure of the new town named for it"),
        Q("1处", 1, "处", "打造宜居示范村", "level", area="五间房新市镇"),
        C("百纳溪", "numeral inside a shop's name (百纳溪乡村超市)"),
    ],
)

# ---------------------------------------------------------------- 02 湟中县 (青海 西宁市), 西宁晚报 on the county's congress (2018-03-12)
HZ = "西宁市湟中县"
PAGES["e56_02_huangzhong_20180312.txt"] = dict(
    pubdate="2018-03-12",
    pubnote="the kept line `来源:西宁晚报    日期:2018-03-12` (xndjw.gov.cn, a 西宁 party-building site carrying 西宁晚报)",
    area=HZ, period="2017",
    items=[
        D("2018-03-12", "2018-03-12", "day", rel=False, note="the page's date line"),
        D("3月6日至8日", "2018-03-06/2018-03-08", "range", note="the sessions' days, in an article of 2018-03-12"),
        O("第十六届", "congress term"),
        O("第四次", "session"),
        O("第十届", "CPPCC term"),
        O("第三次", "session"),
        D("2017年", "2017", "year", rel=False),
        D("全年", "2017", "year", note="the year just named (2017)"),
        Q("153.9亿元", num("153.9亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("6.6%", 6.6, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("104.2亿元", num("104.2亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("19.8%", 19.8, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("2.3亿元", num("2.3亿"), "元", "地方公共财政预算收入", "level", ind=REV,
          note="公共财政预算收入, the older name of 一般公共预算收入 (as eval51's)"),
        Q("17.3%", 17.3, "%", "地方公共财政预算收入同口径增长", "growth", ind=REV),
        Q("17.7亿元", num("17.7亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("10.8%", 10.8, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("27685元", 27685, "元", "城镇居民可支配收入", "level", ind=URBAN, note="written without 人均; the urban per-capita income"),
        Q("9%", 9, "%", "城镇居民可支配收入增长", "growth", ind=URBAN),
        Q("9824元", 9824, "元", "农村居民人均可支配收入", "level", ind=RURAL),
        Q("9.1%", 9.1, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL),
        D("2018年", "2018", "year", rel=False),
    ],
)

# ---------------------------------------------------------------- 03 北京市, 劳动午报's 本报讯 on the city's 1-11月 2025 (2025-12-17)
BJ = "北京市"
BJ_P = "2025-01/2025-11"
PAGES["e56_03_beijing_20251217.txt"] = dict(
    pubdate="2025-12-17",
    pubnote="the e-paper's address (content/2025-12/17); the story's `12月16日` is the day the figures were released",
    area=BJ, period=BJ_P,
    items=[
        D("12月16日", "2025-12-16", "day", note="the release's day, the day before the issue"),
        C("2025年1-11月", "period inside the release's title (2025年1-11月北京经济运行情况), as eval55's 2020年1-6月"),
        Q("1.4%", 1.4, "%", "市场总消费额同比增长", "growth"),
        Q("0.3%", 0.3, "%", "居民消费价格同比下降", "growth", ind=CPI, change="decrease"),
        D("1-10月", "2025-01/2025-10", "period"),
        D("1-11月", BJ_P, "period"),
        Q("6.6%", 6.6, "%", "规模以上工业增加值同比增长", "growth", ind=VA),
        Q("22.3%", 22.3, "%", "计算机、通信和其他电子设备制造业增长", "growth"),
        Q("17.1%", 17.1, "%", "汽车制造业增长", "growth"),
        Q("4.9%", 4.9, "%", "电力、热力生产和供应业增长", "growth"),
        Q("9.0%", 9.0, "%", "医药制造业下降", "growth", change="decrease"),
        C("五大", "named set (五大装备制造业), as eval49's 五大"),
        Q("6.3%", 6.3, "%", "五大装备制造业增长", "growth"),
        Q("16.5%", 16.5, "%", "规模以上工业战略性新兴产业增加值增长", "growth",
          note="增加值 of the emerging industries, not the catalogue's 战略性新兴产业产值"),
        Q("8.4%", 8.4, "%", "高技术制造业增加值增长", "growth"),
        Q("1.5倍", 1.5, "倍", "新能源汽车产量增长", "multiple", note="增长1.5倍 (分别增长…倍)"),
        Q("1.1倍", 1.1, "倍", "锂离子电池产量增长", "multiple"),
        Q("37.0%", 37.0, "%", "风力发电机组产量增长", "growth"),
        Q("21.7%", 21.7, "%", "服务机器人产量增长", "growth"),
        Q("24819.3亿元", num("24819.3亿"), "元", "规模以上工业销售产值", "level",
          note="销售产值 (sales output), not 总产值: no catalogue indicator"),
        Q("6.7%", 6.7, "%", "规模以上工业销售产值增长", "growth"),
        D("1-11月", BJ_P, "period"),
        Q("10248.9万平方米", num("10248.9万"), "平方米", "房屋施工面积", "level"),
        Q("8.5%", 8.5, "%", "房屋施工面积同比下降", "growth", change="decrease"),
        Q("5107.0万平方米", num("5107.0万"), "平方米", "住宅施工面积", "level"),
        Q("9.5%", 9.5, "%", "住宅施工面积下降", "growth", change="decrease"),
        Q("894.8万平方米", num("894.8万"), "平方米", "商品房销售面积", "level"),
        Q("4.6%", 4.6, "%", "商品房销售面积同比下降", "growth", change="decrease"),
        Q("618.0万平方米", num("618.0万"), "平方米", "住宅销售面积", "level"),
        Q("6.9%", 6.9, "%", "住宅销售面积下降", "growth", change="decrease"),
        Q("6.4%", 6.4, "%", "纯商品住宅销售面积增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 04 长宁区 (上海), the district government's report on the deputies' suggestions (2021-07-05)
CN = "上海市长宁区"
CN_D = "2021-07-05"
PAGES["e56_04_changning_20210705.txt"] = dict(
    pubdate=CN_D,
    pubnote="the kept line `• 发布日期:2021-07-05` (zwgk.shcn.gov.cn, 长宁区's open-government site; 发文机构 上海市长宁区政府办公室)",
    area=CN, period=CN_D,
    items=[
        O("十六届人大六次", "congress term and session as one span (区十六届人大六次会议), the report's title"),
        D("2021-07-05", CN_D, "day", rel=False, note="the page's date line"),
        O("一、", "section marker"),
        O("十六届人大六次", "congress term and session as one span"),
        Q("67件", 67, "件", "区政府系统收到的人大代表建议", "level",
          note="the suggestions of the session (early 2021) counted in the report: the page's date, as eval43's 徐汇 report took its day"),
        Q("11件", 11, "件", "涉及经济发展方面的建议", "level"),
        Q("16.4%", 16.4, "%", "经济发展方面建议占总数的比例", "share"),
        Q("24件", 24, "件", "涉及城区建设与管理方面的建议", "level"),
        Q("35.9%", 35.9, "%", "城区建设与管理方面建议占总数的比例", "share"),
        Q("8件", 8, "件", "涉及社会事业方面的建议", "level"),
        Q("11.9%", 11.9, "%", "社会事业方面建议占总数的比例", "share"),
        Q("8件", 8, "件", "涉及民生保障方面的建议", "level"),
        Q("11.9%", 11.9, "%", "民生保障方面建议占总数的比例", "share"),
        Q("16件", 16, "件", "涉及公共安全与交通方面的建议", "level"),
        Q("23.9%", 23.9, "%", "公共安全与交通方面建议占总数的比例", "share"),
        D("4月29日", "2021-04-29", "day", note="截至4月29日, in a page of 2021-07-05"),
        Q("67件", 67, "件", "办复的人大代表建议", "level"),
        Q("62件", 62, "件", "办理结果为解决采纳的建议", "level"),
        Q("92.54%", 92.54, "%", "解决采纳的建议占总数的比例", "share"),
        Q("1件", 1, "件", "计划解决的建议", "level"),
        Q("1.49%", 1.49, "%", "计划解决的建议占总数的比例", "share"),
        Q("4件", 4, "件", "留作参考的建议", "level"),
        Q("5.97%", 5.97, "%", "留作参考的建议占总数的比例", "share"),
        Q("67件", 67, "件", "办理结果主动公开的代表建议", "level"),
        Q("100%", 100, "%", "代表建议办理结果主动公开率", "share"),
        D("2020年", "2020", "year", rel=False),
        Q("94.87%", 94.87, "%", "2020年代表建议办理结果主动公开率", "share", per="2020"),
        Q("5.13个百分点", 5.13, "百分点", "主动公开率较2020年提高", "points"),
        D("今年", "2021", "year"),
        O("十六届人大六次", "congress term and session as one span"),
        D("2020年", "2020", "year", rel=False),
        Q("85.89%", 85.89, "%", "2020年代表建议解决采纳率", "share", per="2020"),
        Q("6.65个百分点", 6.65, "百分点", "代表建议解决采纳率较2020年提高", "points", per="2021",
          note="今年 in the paragraph's opening sentence leads the paragraph (OBSERVATIONS' reach rule): 2021; written as the "
               "page's date before the first run, fixed after seeing its output"),
    ],
)
