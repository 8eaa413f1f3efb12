"""Annotations of pages 01-04 (定安县's 1-5月 2022 release, 建始县's 2023 bulletin, 西城区's 2011 work report, 东安县's 2022 plan report), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PI = "第一产业增加值"
SI = "第二产业增加值"
TI = "第三产业增加值"
VA = "规模以上工业增加值"
VO = "规模以上工业总产值"
FAI = "固定资产投资"
RE = "房地产开发投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
INC = "全体居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 01 定安县 (海南), the county statistics bureau's 1-5月 2022 release
DA = "定安县"
DA_P = "2022-01/2022-05"
DA_M5 = "2022-05"
PAGES["e62_01_dingan_20220706.txt"] = dict(
    pubdate="2022-07-06",
    pubnote="the kept metadata line `成文日期:2022年07月06日 … 发布日期:2022年07月06日` and the address t20220706 "
            "(dingan.hainan.gov.cn, 定安县人民政府's open-government site; 发文机关 定安县统计局)",
    area=DA, period=DA_P,
    items=[
        C("2022年1-5月", "period inside the release's title; the body's 1-5月 have no year"),
        C("008199181/2022-00044", "index number (索引号)"),
        D("2022年07月06日", "2022-07-06", "day", rel=False, note="metadata (成文日期)"),
        D("2022年07月06日", "2022-07-06", "day", rel=False, note="metadata (发布日期)"),
        C("2022年1-5月", "period inside the title, repeated in the metadata (时效性)"),
        D("1-5月", DA_P, "period", note="no year in the sentence: the title's 2022"),
        O("一、", "list marker"),
        D("1-5月", DA_P, "period"),
        Q("1.3%", 1.3, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("3.3个百分点", 3.3, "百分点", "规上工业增加值增速高于全省", "points", ind=VA,
          note="the county's rate above 海南's: the county's figure (as the earlier sets' gaps)"),
        Q("12.94亿元", num("12.94亿"), "元", "规上工业总产值", "level", ind=VO),
        Q("7.6%", 7.6, "%", "规上工业总产值增长", "growth", ind=VO),
        D("5月", DA_M5, "month", note="the month itself (5月,…), after the 1-5月 figures"),
        Q("18.8%", 18.8, "%", "5月规上工业增加值增长", "growth", ind=VA, per=DA_M5),
        Q("35个百分点", 35, "百分点", "5月规上工业增加值增速高于全省", "points", ind=VA, per=DA_M5),
        Q("3.19亿元", num("3.19亿"), "元", "5月规上工业总产值", "level", ind=VO, per=DA_M5),
        Q("17.2%", 17.2, "%", "5月规上工业总产值增长", "growth", ind=VO, per=DA_M5),
        O("二、", "list marker"),
        D("1-5月", DA_P, "period"),
        Q("41.4%", 41.4, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("34个百分点", 34, "百分点", "固定资产投资增速高于全省", "points", ind=FAI),
        Q("55.4%", 55.4, "%", "房地产开发投资增长", "growth", ind=RE),
        Q("35.2%", 35.2, "%", "其他投资增长", "growth"),
        D("5月", DA_M5, "month"),
        Q("72.6%", 72.6, "%", "5月固定资产投资增长", "growth", ind=FAI, per=DA_M5),
        Q("112.8%", 112.8, "%", "5月房地产开发投资增长", "growth", ind=RE, per=DA_M5),
        Q("54.8%", 54.8, "%", "5月其他投资增长", "growth", per=DA_M5),
        O("三、", "list marker"),
        D("1-5月", DA_P, "period"),
        Q("2.38万平方米", num("2.38万"), "平方米", "商品房销售面积", "level"),
        Q("43.6%", 43.6, "%", "商品房销售面积下降", "growth", change="decrease"),
        Q("41.7个百分点", 41.7, "百分点", "商品房销售面积增速低于全省", "points", change="decrease"),
        Q("2.52亿元", num("2.52亿"), "元", "商品房销售额", "level"),
        Q("40.9%", 40.9, "%", "商品房销售额下降", "growth", change="decrease"),
        Q("30.9个百分点", 30.9, "百分点", "商品房销售额增速低于全省", "points", change="decrease"),
        D("5月", DA_M5, "month"),
        Q("0.22万平方米", num("0.22万"), "平方米", "5月商品房销售面积", "level", per=DA_M5),
        Q("17.5%", 17.5, "%", "5月商品房销售面积下降", "growth", change="decrease", per=DA_M5),
        Q("0.2亿元", num("0.2亿"), "元", "5月商品房销售额", "level", per=DA_M5),
        Q("22.4%", 22.4, "%", "5月商品房销售额下降", "growth", change="decrease", per=DA_M5),
        O("四、", "list marker"),
        D("1-5月", DA_P, "period"),
        Q("11.2亿元", num("11.2亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("2.3%", 2.3, "%", "社会消费品零售总额下降", "growth", ind=RET, change="decrease"),
        Q("5.2个百分点", 5.2, "百分点", "社会消费品零售总额增速高于全省", "points", ind=RET,
          note="a fall of 2.3% still above 海南's rate"),
        D("5月", DA_M5, "month"),
        Q("2.83亿元", num("2.83亿"), "元", "5月社会消费品零售总额", "level", ind=RET, per=DA_M5),
        Q("11.2%", 11.2, "%", "5月社会消费品零售总额下降", "growth", ind=RET, change="decrease", per=DA_M5),
        Q("6.5个百分点", 6.5, "百分点", "5月社会消费品零售总额增速高于全省", "points", ind=RET, per=DA_M5),
    ],
)

# ---------------------------------------------------------------- 02 建始县 (湖北 恩施州), the county's 2023 statistics bulletin (its opening and 一、综合)
JS = "建始县"
JS_Y = "2023"
JS_END = "2023-12"
PAGES["e62_02_jianshi_20240520.txt"] = dict(
    pubdate="2024-05-20",
    pubnote="from the address (www.hbjs.gov.cn/sj/qztjgb/202405/t20240520_1578898.shtml, 建始县人民政府's site, "
            "统计公报); the copy has no date line",
    area=JS, period=JS_Y,
    items=[
        C("2023年", "year inside the bulletin's title"),
        D("2023年", JS_Y, "year", rel=False),
        O("二十大", "party congress"),
        O("40周年", "anniversary (恩施州建州40周年)"),
        O("一、", "list marker"),
        D("2023年", JS_Y, "year", rel=False),
        Q("151.99亿元", num("151.99亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("5.9%", 5.9, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("33.18亿元", num("33.18亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("4.5%", 4.5, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("26.43亿元", num("26.43亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("6.4%", 6.4, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("92.39亿元", num("92.39亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("6.2%", 6.2, "%", "第三产业增加值增长", "growth", ind=TI),
        C("三次产业", "fixed term"),
        Q("21.8:17.4:60.8", 21.8, "", "三次产业结构", "share", ind="三次产业结构", values=[21.8, 17.4, 60.8],
          note="ratio; value is the first part (as the earlier sets')"),
        D("年末", JS_END, "period", note="the end of the bulletin's year"),
        Q("7个", 7, "个", "下辖镇", "level", per=JS_END, note="a stock at the year's end"),
        Q("3个", 3, "个", "下辖乡", "level", per=JS_END),
        Q("179个", 179, "个", "村(社区)", "level", per=JS_END),
        Q("1844个", 1844, "个", "村(居)民小组", "level", per=JS_END),
        D("年末", JS_END, "period"),
        Q("49.81万人", num("49.81万"), "人", "年末户籍人口", "level", ind="户籍人口", per=JS_END),
        Q("12.82万人", num("12.82万"), "人", "城镇户籍人口", "level", per=JS_END),
        Q("25.7%", 25.7, "%", "城镇人口占总人口比重", "share", per=JS_END),
        Q("25.79万人", num("25.79万"), "人", "男性户籍人口", "level", per=JS_END),
        Q("51.8%", 51.8, "%", "男性占总人口比重", "share", per=JS_END),
        D("全年", JS_Y, "year"),
        Q("2394人", 2394, "人", "出生人口", "level"),
        Q("4.58‰", 4.58, "‰", "出生率", "level", note="a rate per thousand, as the earlier sets' 出生率 (level)"),
        D("全年", JS_Y, "year"),
        Q("4541人", 4541, "人", "死亡人口", "level"),
        Q("8.68‰", 8.68, "‰", "死亡率", "level"),
        D("年末", JS_END, "period"),
        Q("56628户", 56628, "户", "年末实有市场主体", "level", ind="市场主体", per=JS_END),
        Q("10.9%", 10.9, "%", "实有市场主体增长", "growth", ind="市场主体", per=JS_END),
        Q("9676户", 9676, "户", "实有私营企业类市场主体", "level", per=JS_END),
        Q("44530户", 44530, "户", "实有个体工商户", "level", per=JS_END),
        Q("1613户", 1613, "户", "实有农民专业合作社", "level", per=JS_END),
        D("全年", JS_Y, "year"),
        Q("10090户", 10090, "户", "新登记市场主体", "level", note="new registrations of the year (a flow), not the stock"),
        Q("3257户", 3257, "户", "新登记私营企业", "level"),
        Q("6740户", 6740, "户", "新登记个体工商户", "level"),
        D("年末", JS_END, "period"),
        Q("9328人", 9328, "人", "城镇新增就业", "level", ind="城镇新增就业",
          note="the year's new urban jobs counted at the year's end: a flow of 2023"),
        Q("3175人", 3175, "人", "“才聚荆楚”高校毕业生就业创业", "level"),
        Q("748人", 748, "人", "返乡创业", "level"),
        Q("1.91%", 1.91, "%", "城镇登记失业率", "share", ind="城镇登记失业率", per=JS_END,
          note="the rate at the year's end (年末 leads the sentence), as eval14's"),
        Q("11471人", 11471, "人", "享受就业创业政策补贴人数", "level"),
        Q("2575人", 2575, "人", "享受社会保险补贴", "level"),
        Q("1746人", 1746, "人", "公益性岗位补贴", "level"),
        Q("62人", 62, "人", "就业见习补贴", "level"),
        Q("90人", 90, "人", "一次性创业补贴", "level"),
    ],
)

# ---------------------------------------------------------------- 03 西城区 (北京), the district's 2011 government work report: subtitle, opening and the start of the 2010 review
XC = "西城区"
XC_Y = "2010"
PAGES["e62_03_xicheng_20110112.txt"] = dict(
    pubdate="2011-01-12",
    pubnote="the delivery date in the kept subtitle `——2011年1月12日在北京市西城区人民代表大会(临时)第二次会议上` "
            "(www.jiangbujiang.com, a site reposting work reports; it gives no date of its own) — unsure, as eval22's and eval23's reposted reports",
    area=XC, period=XC_Y,
    items=[
        C("2011年", "year inside the report's title"),
        D("2011年1月12日", "2011-01-12", "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第二次", "session number"),
        D("现在", "2011-01-12", "now",
          note="现在,我代表…: the report's day (as eval55's to eval60's); left out at first, added after seeing the first run's output"),
        C("十二五", "fixed term (the 12th five-year plan)"),
        O("一、", "list marker"),
        D("2010年", XC_Y, "year", rel=False, note="the review's heading (part name, as the earlier sets')"),
        D("2010年", XC_Y, "year", rel=False),
        C("十一五", "fixed term (the 11th five-year plan)"),
        D("全年", XC_Y, "year"),
        C("十二五", "fixed term"),
        Q("1984亿元", num("1984亿"), "元", "地区生产总值", "level", ind=GDP,
          note="预计 of a year that had ended when the report was given: an early estimate of the outcome, not a target"),
        Q("9%左右", 9, "%", "地区生产总值增长", "growth", q="approx", ind=GDP),
        Q("215亿元", num("215亿"), "元", "区级财政收入", "level",
          note="the district-level fiscal revenue (财政收入), not named 一般公共预算收入: no catalogue name, as eval51's 财政收入"),
        Q("10.6%", 10.6, "%", "区级财政收入增长", "growth"),
        Q("180亿元左右", num("180亿"), "元", "固定资产投资", "level", q="approx", ind=FAI),
        Q("31700元", 31700, "元", "居民人均可支配收入", "level", ind=INC),
        Q("9%左右", 9, "%", "居民人均可支配收入增长", "growth", q="approx", ind=INC),
        Q("550亿元", num("550亿"), "元", "社会消费品零售额", "level", ind=RET),
        Q("16%左右", 16, "%", "社会消费品零售额增长", "growth", q="approx", ind=RET),
    ],
)

# ---------------------------------------------------------------- 04 东安县 (湖南 永州市), the county 发改局's report on the 2022 plan's execution and the 2023 plan (its start)
DAN = "东安县"
DAN_Y = "2022"
PAGES["e62_04_dongan_20230309.txt"] = dict(
    pubdate="2023-03-09",
    pubnote="the kept date line `• 2023-03-09 10:23` (admin.yzcity.gov.cn:8888, 永州市's site, 东安县人民政府's pages; "
            "来源 东安县发改局) — unsure: the subtitle gives the report's delivery as 2023年3月21日, after the page's date, "
            "and the address's folder is 202403; the page's own date line is used",
    area=DAN, period=DAN_Y,
    items=[
        C("2022年", "year inside the report's title"),
        C("2023年", "year inside the report's title"),
        D("2023-03-09 10:23", "2023-03-09T10:23", "time", rel=False, note="the page's date line"),
        O("十八届", "congress term"),
        O("三次", "session number"),
        C("(十九)", "document number (the session's 19th paper)"),
        C("2022年", "year inside the report's title (heading)"),
        C("2023年", "year inside the report's title (heading)"),
        D("2023年3月21日", "2023-03-21", "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十八届", "congress term"),
        O("第三次", "session number"),
        C("2022年", "year inside the report's title (quoted in the opening)"),
        C("2023年", "year inside the report's title (quoted in the opening)"),
        O("第十八届", "congress term"),
        O("第三次", "session number"),
        O("一、", "list marker"),
        D("2022年", DAN_Y, "year", rel=False, note="the section's heading: the plan year under review"),
        D("2022年", DAN_Y, "year", rel=False),
        D("一年来", DAN_Y, "year", note="the reviewed year"),
        C("三高四新", "numeric slogan (湖南's strategy)"),
        C("五五一", "numeric slogan (县委“五五一”发展理念)"),
        D("全年", DAN_Y, "year"),
        Q("5.9%", 5.9, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("0.8个百分点", 0.8, "百分点", "地区生产总值增速高于全市", "points", ind=GDP),
        O("第1位", "rank"),
        Q("8.5%以上", 8.5, "%", "地区生产总值增长预期目标", "growth", q="at_least", ind=GDP,
          note="the goal set for 2022, a year that had ended: target false (as eval50's 年初目标)"),
        Q("9.5%", 9.5, "%", "规模工业增加值增长", "growth", ind=VA),
        Q("1.2个百分点", 1.2, "百分点", "规模工业增加值增速高于全市", "points", ind=VA),
        O("第1位", "rank"),
        Q("10%以上", 10, "%", "规模工业增加值增长预期目标", "growth", q="at_least", ind=VA,
          note="the goal set for 2022 (ended): target false"),
        Q("14.2%", 14.2, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("5.2个百分点", 5.2, "百分点", "固定资产投资增速高于全市", "points", ind=FAI),
        O("第1位", "rank"),
        Q("10%以上", 10, "%", "固定资产投资增长预期目标", "growth", q="at_least", ind=FAI,
          note="the goal set for 2022 (ended): target false"),
        Q("2.7%", 2.7, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("0.2个百分点", 0.2, "百分点", "社会消费品零售总额增速高于全市", "points", ind=RET),
        O("第4位", "rank"),
        Q("10.5%以上", 10.5, "%", "社会消费品零售总额增长预期目标", "growth", q="at_least", ind=RET,
          note="the goal set for 2022 (ended): target false"),
        Q("13.9%", 13.9, "%", "地方财政收入增长", "growth", ind=REV,
          note="地方财政收入 as the earlier sets' (most give it 一般公共预算收入)"),
        Q("3.7个百分点", 3.7, "百分点", "地方财政收入增速高于全市", "points", ind=REV),
    ],
)
