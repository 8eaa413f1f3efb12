"""Annotations of pages 05-08 (焉耆县's story, 云南's and 江西's first-quarter figures, 黄埔区's story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PI, SI, TI = "第一产业增加值", "第二产业增加值", "第三产业增加值"
IND_VA = "规模以上工业增加值"
DOWN = "decrease"
PAGES = {}

# ---------------------------------------------------------------- 05 焉耆县 (新疆 巴音郭楞州), a portal's copy of 海口网's story on the county's farming
YQ = "焉耆县"
QGX = "七个星镇"
YQ_DAY = "2022-08-19"
YQ_P2 = ("no time phrase in its sentence or paragraph (今年以来 leads only the first paragraph): the page's date, by "
         "OBSERVATIONS' reach rule (corrected after the first run, from 2022)")  # the town whose fields the figures are (the village 哈尔莫墩村 is not an administrative area)
PAGES["e76_05_yanqi_20220819.txt"] = dict(
    pubdate="2022-08-19",
    pubnote="the kept line `来源:海口网时间:2022-08-19 16:50:08` (lifebb.we54.com, a portal's copy)",
    area=YQ, period="2022",
    items=[
        D("2022-08-19 16:50:08", "2022-08-19T16:50", "time", rel=False, note="metadata line, written to the minute as the earlier sets' times"),
        D("今年以来", "2022", "period", note="as the earlier sets' 今年以来: the year"),
        C("四组", "numeral inside a name (哈尔莫墩村四组, a villagers' group)"),
        Q("418亩", 418, "亩", "豆角种植面积", "level", area=QGX, per=YQ_DAY, note=YQ_P2),
        Q("824余吨", 824, "吨", "绿色豆角销售量", "level", q="more_than", area=QGX, per=YQ_DAY, note=YQ_P2),
        Q("3元/公斤", 3, "元/公斤", "豆角均价", "level", area=QGX, per=YQ_DAY, note=YQ_P2),
        Q("240万元", num("240万"), "元", "豆角产值", "level", area=QGX, per=YQ_DAY, note=YQ_P2),
        Q("6000元左右", 6000, "元", "豆角亩均收入", "level", q="approx", area=QGX, per=YQ_DAY, note=YQ_P2),
        Q("10多个", 10, "个", "豆角运销地方", "level", q="more_than", area=QGX, per=YQ_DAY, note=YQ_P2),
        Q("150余人", 150, "人", "带动富余劳动力", "level", q="more_than", area=QGX, per=YQ_DAY, note=YQ_P2),
        Q("160余元", 160, "元", "每人每天务工收入", "level", q="more_than", area=QGX, per=YQ_DAY, note=YQ_P2),
        D("6月中下旬", "2022-06", "period", note="the middle and last thirds of June"),
        Q("一封", 1, "封", "致小麦种植农户的公开信", "level", borderline=True, area=QGX, per="2022-06",
          note="one letter (as eval51's 一项); its sentence's 6月中下旬 (corrected after the first run)"),
        Q("3支", 3, "支", "组织新时代文明实践志愿服务队", "level", area=QGX, per="2022-06",
          note="its sentence's 6月中下旬 (corrected after the first run)"),
        D("7月初", "2022-07", "period", note="the start of July 2022"),
        O("第一镰", "first-of-kind word (夏收“第一镰”)"),
        D("2022年", "2022", "year", rel=False),
        Q("16801.44亩", 16801.44, "亩", "冬、春小麦种植面积", "level", area=QGX),
        Q("16801.44亩", 16801.44, "亩", "收割小麦面积", "level", area=QGX),
    ],
)

# ---------------------------------------------------------------- 06 云南省, 云南日报's story on the province's first quarter of 2025, in 昭通日报's e-paper
YN = "云南省"
YN_Q1 = "2025-01/2025-03"
PAGES["e76_06_yunnan_20250424.txt"] = dict(
    pubdate="2025-04-24",
    pubnote="the e-paper's issue date `2025年04月24日` (dropped as page furniture) and the address content/202504/24 "
            "(dubao.ztnews.net, 昭通日报's e-paper; the story is 云南日报's)",
    area=YN, period=YN_Q1,
    items=[
        D("今年以来", "2025", "period", note="as the earlier sets' 今年以来: the year"),
        O("二十届三中全会", "party plenum"),
        C("一个跨越", "numeric slogan"),
        C("三个定位", "numeric slogan"),
        C("3815", "numeric code of the province's strategy (“3815”战略发展目标), as the earlier sets'"),
        C("三大经济", "numeric slogan"),
        C("五化", "numeric slogan"),
        D("4月21日", "2025-04-21", "day"),
        D("一季度", YN_Q1, "period"),
        Q("7490.99亿元", num("7490.99亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("4.3%", 4.3, "%", "地区生产总值增长", "growth", ind=GDP),
        C("三次产业", "fixed term"),
        O("第一产业", "industry ordinal"),
        Q("584.78亿元", num("584.78亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("2.5%", 2.5, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("2366.35亿元", num("2366.35亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("3.6%", 3.6, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("4539.86亿元", num("4539.86亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("4.9%", 4.9, "%", "第三产业增加值增长", "growth", ind=TI),
        D("今年以来", "2025", "period"),
        D("一季度", YN_Q1, "period"),
        Q("1159.20亿元", num("1159.20亿"), "元", "农林牧渔业总产值", "level"),
        Q("2.6%", 2.6, "%", "农林牧渔业总产值增长", "growth"),
        D("2024年全年", "2024", "year", rel=False, note="增速与2024年全年持平: the whole year as one span"),
        Q("5.4%", 5.4, "%", "农业(种植业)产值增长", "growth"),
        D("2024年全年", "2024", "year", rel=False),
        Q("0.3个百分点", 0.3, "百分点", "种植业产值增速比2024年全年加快", "points"),
        Q("889.38万吨", num("889.38万"), "吨", "蔬菜产量", "level"),
        Q("4.4%", 4.4, "%", "蔬菜产量增长", "growth"),
        Q("181.78万吨", num("181.78万"), "吨", "水果产量", "level"),
        Q("6.7%", 6.7, "%", "水果产量增长", "growth"),
        Q("4.01万吨", num("4.01万"), "吨", "茶叶产量", "level"),
        Q("5.0%", 5.0, "%", "茶叶产量增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 07 江西省, 江西日报's 本报讯 on the province's first quarter of 2021 (03版)
JX = "江西省"
JX_Q1 = "2021-01/2021-03"
JX_TWO = "2020-01/2021-03"
TWO_NOTE = "两年平均: the average growth over the two years to the first quarter of 2021"
PAGES["e76_07_jiangxi_20210421.txt"] = dict(
    pubdate="2021-04-21",
    pubnote="the address html/2021-04/21 (epaper.jxxw.com.cn, 江西日报's e-paper, 03版); the press conference was on 4月20日",
    area=JX, period=JX_Q1,
    items=[
        C("十四五", "fixed term (headline)"),
        D("一季度", JX_Q1, "period", note="sub-headline"),
        Q("18.4%", 18.4, "%", "地区生产总值增长", "growth", ind=GDP, note="sub-headline"),
        O("第7位", "rank (sub-headline)"),
        C("十四五", "fixed term"),
        D("首季", JX_Q1, "period", note="“十四五”开局首季: the first quarter"),
        D("4月20日", "2021-04-20", "day"),
        C("一季度", "period inside the press conference's name (一季度国民经济运行情况新闻发布会), as eval58's fix"),
        D("一季度", JX_Q1, "period"),
        Q("6575亿元", num("6575亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("18.4%", 18.4, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第7位", "rank"),
        C("两年平均", "fixed statistical term"),
        Q("6.7%", 6.7, "%", "地区生产总值两年平均增长", "growth", ind=GDP, per=JX_TWO, note=TWO_NOTE),
        Q("1.7个百分点", 1.7, "百分点", "两年平均增速高于全国", "points", ind=GDP, per=JX_TWO,
          note="the province's rate above the nation's: the province's figure"),
        D("一季度", JX_Q1, "period"),
        O("第一产业", "industry ordinal"),
        Q("370亿元", num("370亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("9.5%", 9.5, "%", "第一产业增加值增长", "growth", ind=PI),
        C("两年平均", "fixed statistical term"),
        Q("4.4%", 4.4, "%", "第一产业增加值两年平均增长", "growth", ind=PI, per=JX_TWO, note=TWO_NOTE),
        O("第二产业", "industry ordinal"),
        Q("2833亿元", num("2833亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("22.4%", 22.4, "%", "第二产业增加值增长", "growth", ind=SI),
        C("两年平均", "fixed statistical term"),
        Q("6.9%", 6.9, "%", "第二产业增加值两年平均增长", "growth", ind=SI, per=JX_TWO, note=TWO_NOTE),
        O("第三产业", "industry ordinal"),
        Q("3372亿元", num("3372亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("16.4%", 16.4, "%", "第三产业增加值增长", "growth", ind=TI),
        C("两年平均", "fixed statistical term"),
        Q("7.3%", 7.3, "%", "第三产业增加值两年平均增长", "growth", ind=TI, per=JX_TWO, note=TWO_NOTE),
        C("三次产业", "fixed term"),
        D("一季度", JX_Q1, "period"),
        Q("681.9亿元", num("681.9亿"), "元", "农林牧渔业总产值", "level"),
        Q("11.5%", 11.5, "%", "农林牧渔业总产值增长", "growth"),
        C("两年平均", "fixed statistical term"),
        Q("5.7%", 5.7, "%", "农林牧渔业总产值两年平均增长", "growth", per=JX_TWO, note=TWO_NOTE),
        Q("300.0亿元", num("300.0亿"), "元", "畜牧业总产值", "level"),
        Q("21.6%", 21.6, "%", "畜牧业总产值增长", "growth"),
        Q("44.0%", 44.0, "%", "畜牧业占农林牧渔业总产值比重", "share"),
        O("第一产业", "industry ordinal"),
        D("一季度", JX_Q1, "period"),
        Q("29.4%", 29.4, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        C("两年平均", "fixed statistical term"),
        Q("10.2%", 10.2, "%", "规模以上工业增加值两年平均增长", "growth", ind=IND_VA, per=JX_TWO, note=TWO_NOTE),
        Q("38个", 38, "个", "工业行业大类", "level", borderline=True, note="the base of the counts that follow"),
        Q("37个", 37, "个", "实现正增长的工业行业", "level"),
        Q("35个", 35, "个", "实现两位数以上增长的工业行业", "level"),
        Q("两位数以上", 10, "%", "工业行业增加值增速", "growth", q="at_least",
          note="两位数以上增长: at least 10 % (as eval6 and later)"),
        Q("432种", 432, "种", "重点监测的主要工业产品", "level", borderline=True, note="the base of the count that follows"),
        Q("348种", 348, "种", "产量实现增长的工业产品", "level"),
        Q("80.6%", 80.6, "%", "工业产品增长面", "share"),
        D("今年1至2月", "2021-01/2021-02", "period"),
        Q("43.7%", 43.7, "%", "规模以上服务业营业收入增长", "growth", per="2021-01/2021-02"),
        Q("33个", 33, "个", "服务业行业大类", "level", per="2021-01/2021-02", borderline=True,
          note="the base of the count that follows"),
        Q("30个", 30, "个", "实现两位数增长的服务业行业", "level", per="2021-01/2021-02"),
        Q("两位数", 10, "%", "服务业行业营业收入增速", "growth", q="at_least", per="2021-01/2021-02",
          note="两位数增长: at least 10 %"),
    ],
)

# ---------------------------------------------------------------- 08 黄埔区 (广东 广州市), a news page on the district's 2021 proposals handed out
HP = "黄埔区"
HP_ASOF = "2021-04-25"
PAGES["e76_08_huangpu_20210517.txt"] = dict(
    pubdate="2021-05-17",
    pubnote="the kept metadata `发布时间:2021-05-17` (honya.cn, a site's news page; 供稿 孙旭东); the meeting was on 5月14日",
    area=HP, period="2021",
    items=[
        D("今年", "2021", "year", note="headline (left out before the first run)"),
        Q("188件", 188, "件", "交办的建议提案", "level",
          note="headline, governed by its 今年 (corrected after the first run, from 2021-05-17)"),
        D("2021-05-17", "2021-05-17", "day", rel=False, note="metadata (发布时间)"),
        D("5月14日", "2021-05-14", "day"),
        D("2021年", "2021", "year", rel=False),
        D("近期", None, "vague", note="研究部署近期…工作 (left out before the first run)"),
        D("截至4月25日", HP_ASOF, "day"),
        D("今年", "2021", "year"),
        Q("285件", 285, "件", "区政府收到各级人大、政协交办的建议提案", "level", per=HP_ASOF,
          note="截至4月25日: a count as of that day"),
        Q("84件", 84, "件", "区人大代表建议", "level", per=HP_ASOF),
        Q("104件", 104, "件", "政协提案", "level", per=HP_ASOF),
        D("今年", "2021", "year"),
        Q("四方面", 4, "方面", "建议提案集中的方面", "level", borderline=True,
          note="the parts of a list (as eval51's 五个方面)"),
        Q("22件", 22, "件", "以科技创新催生新发展动能的建议提案", "level"),
        Q("25件", 25, "件", "以深化改革激发新发展活力的建议提案", "level"),
        Q("65件", 65, "件", "以提升城市功能品质打造竞争新优势的建议提案", "level"),
        Q("76件", 76, "件", "以共建共治共享拓展社会发展新局面的建议提案", "level"),
        Q("20多个", 20, "个", "承办建议提案数量较多的单位", "level", q="more_than", per="2021-05-17",
          note="no time phrase in its sentence or paragraph: the page's date (corrected after the first run, from 2021)"),
        D("目前", "2021-05-17", "now", note="no dateline: the page's date"),
        Q("188件", 188, "件", "已全部交办的区建议提案", "level", per="2021-05-17"),
        D("今年", "2021", "year"),
        D("7月底前", "2021-07", "period", note="as the earlier sets' 6月底前"),
        D("2020年", "2020", "year", rel=False),
        C("一把手", "fixed term (“一把手”责任制)"),
        Q("342件", 342, "件", "办理各级人大代表建议和政协提案", "level", per="2020"),
        Q("约200条", 200, "条", "采纳代表委员意见建议", "level", q="approx", per="2020"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
    ],
)
