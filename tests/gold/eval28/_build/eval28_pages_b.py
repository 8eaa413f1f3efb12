"""Annotations of pages 06-11 (北京市东城区, 滕州市, 天水市, 庆阳市, 江阴市, 常州市金坛区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
STRUCT = "三次产业结构"
CPI = "居民消费价格"
JOBS = "城镇新增就业"
UNEMP = "城镇登记失业率"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 06 北京市东城区, report on the 2025 plan's first half (opening); the year is in the title
DC = "2025-01/2025-06"
DC_DAY = "2025-09-28"
PAGES["e28_06_dongcheng_20250928.txt"] = dict(
    pubdate=DC_DAY,
    pubnote="日期:2025-09-28 17:03 in the metadata line (kept; www.bjdch.gov.cn, 北京市东城区人民政府, 来源 区发改委)",
    area="北京市东城区", period=DC,
    items=[
        C("2025年", "year inside the report's title"),
        C("上半年", "period inside the report's title"),
        D("2025-09-28 17:03", "2025-09-28T17:03", "time", rel=False, note="metadata line"),
        O("一、", "section marker"),
        D("上半年", DC, "period", note="section heading; the year only from the title"),
        O("(一)", "section marker"),
        C("十五五", "fixed term (five-year plan)"),
        Q("47项", 47, "项", "十五五前期课题研究", "level"),
        C("十五五", "fixed term (five-year plan)"),
        C("十四五", "fixed term (five-year plan)"),
        C("十五五", "fixed term (five-year plan)"),
        D("2025年度", "2025", "year", rel=False),
        C("十四五", "fixed term (five-year plan)"),
        Q("1700余条", 1700, "条", "中央、市区媒体累计报道数量", "level", q="more_than"),
        Q("651家", 651, "家", "区级服务包企业名单", "level", per="2025-06"),
        C("1000万元以上", "size class (注册资本金、投资资金1000万元以上企业、项目)"),
        Q("17个", 17, "个", "落地1000万元以上企业、项目", "level"),
        Q("超38亿元", num("38亿"), "元", "落地企业、项目涉及资金", "level", q="more_than"),
        Q("三个", 3, "个", "筹备建设的招商站点", "level", borderline=True),
    ],
)

# ---------------------------------------------------------------- 07 滕州市 (山东 枣庄市), 住建局's reply to a deputy's proposal
TZ_DAY = "2022-07-28"
TZ_PLAN = "2021/2025"
PAGES["e28_07_tengzhou_20220728.txt"] = dict(
    pubdate=TZ_DAY,
    pubnote="发文时间/成文时间 2022年07月28日 in the metadata list (kept; www.tengzhou.gov.cn, 滕州市人民政府, 发布机构 滕州市住建局); the letter is undated",
    area="滕州市", period=TZ_DAY,
    items=[
        C("370481/2022-00028", "index number"),
        D("2022年07月28日", TZ_DAY, "day", rel=False, note="metadata list (成文时间)"),
        D("2022年07月28日", TZ_DAY, "day", rel=False, note="metadata list (发文时间)"),
        C("2022年度", "year inside the reply's title"),
        O("十九届", "congress term"),
        O("一次", "session number"),
        O("第50号", "proposal number"),
        C("2022年度", "year inside the reply's title"),
        O("十九届", "congress term"),
        O("一次", "session number"),
        O("第50号", "proposal number"),
        C("国办发〔2020〕23号", "document number"),
        C("鲁政办字〔2020〕28号", "document number"),
        O("一、", "section marker"),
        C("十四五", "fixed term (five-year plan)"),
        C("2022年", "year inside a plan's name (2022年老旧小区改造计划)"),
        D("2021年以来", "2021-01-01/2022-07-28", "period", rel=True, note="to the page's day"),
        C("2021-2025年", "years inside a plan's name (2021-2025年老旧小区改造计划)"),
        C("十四五", "fixed term (“十四五”期间)"),
        D("2005年12月31日", "2005-12-31", "day", rel=False),
        Q("184个", 184, "个", "拟改造老旧小区", "level", per=TZ_PLAN, target=True),
        Q("约4.82万户", num("4.82万"), "户", "老旧小区改造总户数", "level", q="approx", per=TZ_PLAN, target=True),
        Q("约471.10万平方米", num("471.10万"), "平方米", "老旧小区改造总面积", "level", q="approx",
          per=TZ_PLAN, target=True),
    ],
)

# ---------------------------------------------------------------- 08 天水市 (甘肃), 交通运输局's reply to a city deputy's proposal
TS_LETTER = "2019-07-18"
PAGES["e28_08_tianshui_20190925.txt"] = dict(
    pubdate="2019-09-25",
    pubnote="2019-09-25 on the line under the title (kept; www.tianshui.gov.cn/jtj, 天水市交通运输局 on the city's site); the letter is dated 2019年7月18日",
    area="天水市", period=TS_LETTER,
    items=[
        O("七届", "congress term"),
        O("四次", "session number"),
        O("第62号", "proposal number"),
        D("2019-09-25", "2019-09-25", "day", rel=False, note="date line under the title"),
        C("2015—2030", "years inside a plan's name (天水市县乡道公路网规划)"),
        C("X512", "road number"),
        Q("23.3公里", 23.3, "公里", "礼辛至榜罗段县道X512全长", "level",
          note="the road runs from 礼辛 (甘谷县) towards 榜罗; the letter's city is written"),
        Q("13.7公里", 13.7, "公里", "已改建为水泥路面", "level"),
        Q("9.6公里", 9.6, "公里", "剩余砂砾路面", "level"),
        D("目前", TS_LETTER, "now"),
        D("目前", TS_LETTER, "now"),
        D("2019年7月18日", TS_LETTER, "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 09 庆阳市 (甘肃), statistical bulletin 2020 (opening)
QY = "2020"
PAGES["e28_09_qingyang_20210813.txt"] = dict(
    pubdate="2021-08-13",
    pubnote="时间:2021-08-13 14:28:34 in the metadata line (kept; tjcn.org, a collector of bulletins); the bulletin is dated 2021年4月14日",
    area="庆阳市", period=QY,
    items=[
        C("2020年", "year inside the bulletin's title"),
        D("2021-08-13 14:28:34", "2021-08-13T14:28", "time", rel=False, note="metadata line"),
        D("2021年4月14日", "2021-04-14", "day", rel=False, note="the bulletin's date line"),
        D("2020年", QY, "year", rel=False),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("十四五", "fixed term (five-year plan)"),
        O("01", "section number (01综合)"),
        D("2020年", QY, "year", rel=False),
        Q("754.73亿元", num("754.73亿"), "元", "全市生产总值", "level", ind=GDP),
        D("上年", "2019", "year"),
        Q("4.3%", 4.3, "%", "生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("97.62亿元", num("97.62亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("5.5%", 5.5, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("356.36亿元", num("356.36亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("5.6%", 5.6, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("300.75亿元", num("300.75亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("1.9%", 1.9, "%", "第三产业增加值增长", "growth", ind=P3),
        C("三次产业", "fixed term"),
        Q("12.9∶47.2∶39.9", 12.9, "", "三次产业结构", "share", ind=STRUCT, values=[12.9, 47.2, 39.9],
          note="ratio; value is the first part"),
        D("全年", QY, "year"),
        C("十大", "named set (十大生态产业)"),
        Q("194.12亿元", num("194.12亿"), "元", "十大生态产业增加值", "level"),
        Q("25.7%", 25.7, "%", "十大生态产业增加值占全市生产总值比重", "share"),
        D("全年", QY, "year"),
        Q("3.17万人", num("3.17万"), "人", "城镇新增就业", "level", ind=JOBS),
        Q("0.97万人", num("0.97万"), "人", "失业人员再就业", "level"),
        Q("3.63%", 3.63, "%", "城镇登记失业率", "share", ind=UNEMP),
        D("全年", QY, "year"),
        Q("54.24万人", num("54.24万"), "人", "输转城乡富余劳动力", "level"),
        Q("41.61万人", num("41.61万"), "人", "有组织输出劳动力", "level"),
        Q("158.01亿元", num("158.01亿"), "元", "劳务总收入", "level"),
        Q("7.47%", 7.47, "%", "劳务总收入增长", "growth"),
        D("全年", QY, "year"),
        D("上年", "2019", "year"),
        Q("1.9%", 1.9, "%", "居民消费价格上涨", "growth", ind=CPI),
        Q("6.4%", 6.4, "%", "食品烟酒类价格上涨", "growth"),
        Q("0.4%", 0.4, "%", "衣着类价格上涨", "growth"),
        Q("0.4%", 0.4, "%", "居住类价格上涨", "growth"),
        Q("0.4%", 0.4, "%", "生活用品及服务类价格上涨", "growth"),
        Q("3.3%", 3.3, "%", "交通和通讯类价格下降", "growth", change=DOWN),
        Q("0.3%", 0.3, "%", "教育文化和娱乐类价格上涨", "growth"),
        Q("0.4%", 0.4, "%", "医疗保健价格下降", "growth", change=DOWN),
        Q("5.4%", 5.4, "%", "其他用品和服务价格上涨", "growth"),
    ],
)

# ---------------------------------------------------------------- 10 江阴市 (江苏 无锡市), 无锡日报's report on the county-industry forum (本报讯, 昨天)
JY_DAY = "2020-11-13"
JY = "2020-01/2020-09"
PAGES["e28_10_jiangyin_20201114.txt"] = dict(
    pubdate="2020-11-14",
    pubnote="the e-paper address's issue date 202011/14 (szb.wxrb.com, 无锡日报, page A02 要闻); 昨天 in the lead is 2020-11-13",
    area="江阴市", period=JY,
    items=[
        C("百强", "size class (工业百强县)"),
        O("四连冠", "rank (a fourth title in a row)"),
        D("昨天上午", JY_DAY, "day", note="the forum's day, the day before the issue"),
        C("2020", "year inside a forum's name (中国县域工业经济发展论坛(2020))"),
        C("百强", "size class (工业百强县)"),
        C("百强", "size class (百强区)"),
        C("百强", "size class (工业百强县)"),
        O("第一", "rank"),
        D("2017年", "2017", "year", rel=False),
        D("2018年", "2018", "year", rel=False),
        D("2019年", "2019", "year", rel=False),
        O("第一名", "rank"),
        O("第四年", "ordinal (连续第四年)"),
        C("百强", "size class (工业百强县)"),
        D("近年来", None, "vague"),
        D("2015年末", "2015-12", "month", rel=False),
        Q("15.9%", 15.9, "%", "新材料规上产值规模增长(与2015年末相比)", "growth", per="2016/2020",
          note="growth of the scale against the end of 2015"),
        Q("75.5%", 75.5, "%", "电子信息规上产值规模增长(与2015年末相比)", "growth", per="2016/2020",
          note="growth of the scale against the end of 2015"),
        Q("85.2%", 85.2, "%", "生物医药规上产值规模增长(与2015年末相比)", "growth", per="2016/2020",
          note="growth of the scale against the end of 2015"),
        D("今年1-9月", JY, "period"),
        Q("30家", 30, "家", "重点企业集团", "level", borderline=True, note="the size of the group whose output follows"),
        Q("1991.1亿元", num("1991.1亿"), "元", "30家重点企业集团工业产值", "level"),
        Q("11.4%", 11.4, "%", "重点企业集团工业产值增长", "growth"),
        C("百强", "size class (工业百强企业)"),
        Q("2481.9亿元", num("2481.9亿"), "元", "工业百强企业工业产值", "level"),
        Q("7.4%", 7.4, "%", "工业百强企业工业产值增长", "growth"),
        C("2020", "year inside a forum's name (中国县域工业经济发展论坛(2020))"),
        D("今年", "2020", "year"),
        O("第六次", "ordinal (第六次正式发布)"),
    ],
)

# ---------------------------------------------------------------- 11 常州市金坛区 (江苏), first-half 2019 industry item of the district's 工信局 (no place named in the text)
JT = "2019-01/2019-06"
PAGES["e28_11_jintan_20190708.txt"] = dict(
    pubdate="2019-07-08",
    pubnote="the address's date 2019/…_0708 (www.jintan.gov.cn, 常州市金坛区人民政府's site); the text has no date and names no place",
    area="常州市金坛区", period=JT,
    items=[
        D("上半年", JT, "period"),
        Q("683.72亿元", num("683.72亿"), "元", "全区工业开票销售", "level"),
        Q("11.50%", 11.5, "%", "工业开票销售增长", "growth"),
        Q("70.51亿元", num("70.51亿"), "元", "累计净增开票销售", "difference"),
        C("五区一市", "fixed term (常州's five districts and one city)"),
        O("第二", "rank"),
        Q("5.12个百分点", 5.12, "百分点", "开票销售增幅高于常州全市平均水平", "points"),
        Q("683.69亿元", num("683.69亿"), "元", "镇区开票销售", "level"),
        Q("11.60%", 11.6, "%", "镇区开票销售增长", "growth"),
        Q("462家", 462, "家", "规模工业企业", "level"),
        Q("502.32亿元", num("502.32亿"), "元", "规模工业企业工业开票销售", "level"),
        Q("5.87%", 5.87, "%", "规模工业企业开票销售增长", "growth"),
        Q("27.84亿元", num("27.84亿"), "元", "规模工业企业净增开票销售", "difference"),
        C("五大", "named set (五大行业)"),
        D("下半年", "2019-07/2019-12", "period"),
    ],
)
