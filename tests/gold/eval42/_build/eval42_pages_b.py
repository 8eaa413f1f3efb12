"""Annotations of pages 03-10 (宝坻区, 日照经济技术开发区, 三穗县, 合江县, 霞山区, 正定县, 宿迁市, 富阳区),
in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"
SPEND = "一般公共预算支出"
INCOME = "全体居民人均可支配收入"
IND_OUT = "规模以上工业总产值"
IND_VA = "规模以上工业增加值"
VA = "工业增加值"
DOWN = "decrease"
PCT_NOTE = "written ℅ (U+2105, care-of) where % is meant"

PAGES = {}

# ---------------------------------------------------------------- 03 宝坻区 (天津), 中国网 on the district's 十四五 years (2021-2025)
BD = "天津市宝坻区"
BD_DAY = "2026-02-11"
BD_5 = "2021/2025"
PAGES["e42_03_baodi_20260211.txt"] = dict(
    pubdate=BD_DAY,
    pubnote="the page's date line `发布时间:2026-02-11 15:44:22 | 来源:中国网` (kept; szjj.china.com.cn, 中国网, national media)",
    area=BD, period=BD_5,
    items=[
        D("五载", BD_5, "period", note="the 十四五 years, in the headline"),
        D("2026-02-11 15:44:22", "2026-02-11T15:44", "time", rel=False, note="the page's date line (发布时间)"),
        D("五载", BD_5, "period", note="the 十四五 years"),
        D("五载", BD_5, "period", note="the 十四五 years"),
        C("十四五", "fixed term (“十四五”时期)"),
        D("五年", BD_5, "period", note="…极不平凡的五年: the 十四五 years"),
        D("五年来", BD_5, "period"),
        C("十项行动", "numeric slogan (全市高质量发展“十项行动”)"),
        Q("20.8%", 20.8, "%", "地区生产总值累计增长", "growth", ind=GDP, note="累计 over the five years"),
        C("十三五", "fixed term (较“十三五”)"),
        Q("12.2个百分点", 12.2, "百分点", "产业投资占固定资产投资比重较十三五提高", "points"),
        Q("46.2%", 46.2, "%", "一般公共预算收入累计增长", "growth", ind=BUDGET, note="累计 over the five years"),
        Q("3年", 3, "年", "一般公共预算收入两位数增长的连续年数", "level", borderline=True,
          note="连续3年: a span of years, arguably not an indicator (as earlier sets); the three years are not named: the five years' span"),
        Q("两位数", 10, "%", "一般公共预算收入增长", "growth", q="at_least", ind=BUDGET,
          note="两位数增长: at least 10 % (as eval6 and later); the three years are not named: the five years' span"),
        Q("5.4%", 5.4, "%", "居民人均可支配收入年均增长", "growth", ind=INCOME),
        D("五年时间里", BD_5, "period"),
        O("二、三级", "grade of subsidiaries (二、三级子公司)"),
        C("500强", "size class (民营500强企业)"),
        Q("超500亿元", num("500亿"), "元", "落地企业总投资", "level", q="more_than"),
        C("百亿级", "size class"),
        Q("1家", 1, "家", "百亿级投资企业", "level"),
        C("十亿级", "size class"),
        Q("20余家", 20, "家", "十亿级投资企业", "level", q="more_than"),
        O("一期", "project phase (科技城一期)"),
        Q("4.19平方公里", 4.19, "平方公里", "科技城一期建成面积", "level", per=BD_DAY,
          note="a stock with no time phrase of its own: the page's date"),
        O("二期", "project phase (科技城二期)"),
        Q("5.25平方公里", 5.25, "平方公里", "科技城二期启动建设面积", "level", per=BD_DAY,
          note="a stock with no time phrase of its own: the page's date"),
        C("一核两翼多点", "numeric slogan (spatial layout)"),
        Q("8亿元", num("8亿"), "元", "与中关村发展集团完成增资", "level"),
        Q("6个", 6, "个", "开展实质性合作的专业化园区", "level", per=BD_DAY,
          note="a stock with no time phrase of its own: the page's date"),
        Q("2000家", 2000, "家", "科技城市场主体", "level", q="more_than", per=BD_DAY,
          note="突破2000家; a stock: the page's date"),
        C("十三五", "fixed term (“十三五”末)"),
        Q("6倍", 6, "倍", "市场主体是十三五末的倍数", "multiple", per=BD_DAY),
        Q("两位数", 10, "%", "科技城固定资产投资、工业总产值、税收等增长", "growth", q="at_least", per="NULL",
          note="保持两位数增长: at least 10 %; the indicators are several, so none is named; 连续多年 gives no period"),
    ],
)

# ---------------------------------------------------------------- 04 日照经济技术开发区 (山东), 直播日照 (7月4日讯) on the zone's project tour, 1-5月
RZ = "日照经济技术开发区"
RZ_DAY = "2018-07-04"
RZ_15 = "2018-01/2018-05"
PAGES["e42_04_rizhaojkq_20180707.txt"] = dict(
    pubdate="2018-07-07",
    pubnote="the host's date line `发布时间:2018-07-07` (kept; yqlyf.cn, an unrelated host reposting 直播日照's story); the story's date line is `直播日照7月4日讯` (2018-07-04)",
    area=RZ, period="2018",
    items=[
        D("2018-07-07", "2018-07-07", "day", rel=False, note="the host's date line (发布时间)"),
        D("7月4日", RZ_DAY, "day", note="the story's date line (直播日照7月4日讯); the year from the host's date line"),
        D("7月1日", "2018-07-01", "day", note="the tour's day"),
        D("上半年", "2018-01/2018-06", "period"),
        D("3月份", "2018-03", "month"),
        D("5月份", "2018-05", "month"),
        D("今年11月份", "2018-11", "month"),
        D("今年以来", "2018", "period"),
        Q("22个", 22, "个", "新签约项目", "level", note="今年以来: the year, as earlier sets"),
        C("10亿元", "size class (总投资额过10亿元的)"),
        Q("1个", 1, "个", "总投资额过10亿元的新签约项目", "level"),
        C("5亿元", "size class (过5亿元的)"),
        Q("3个", 3, "个", "总投资额过5亿元的新签约项目", "level"),
        Q("72个", 72, "个", "储备重点在谈项目", "level", per=RZ_DAY,
          note="a stock (projects in talks now): the story's day"),
        C("10亿元", "size class (总投资额过10亿元的)"),
        Q("17个", 17, "个", "总投资额过10亿元的在谈项目", "level", per=RZ_DAY,
          note="a stock (projects in talks now): the story's day"),
        D("1-5月", RZ_15, "period"),
        Q("243.2亿元", num("243.2亿"), "元", "规模以上工业产值", "level", ind=IND_OUT, per=RZ_15),
        Q("17.9%", 17.9, "%", "规模以上工业产值同比增长", "growth", ind=IND_OUT, per=RZ_15),
        Q("55.2亿元", num("55.2亿"), "元", "工业增加值", "level", ind=VA, per=RZ_15,
          note="named 工业增加值 (the sentence's 规模以上 is not repeated)"),
        Q("9.9%", 9.9, "%", "工业增加值同比增长", "growth", ind=VA, per=RZ_15),
    ],
)

# ---------------------------------------------------------------- 05 三穗县 (贵州 黔东南州), the county congress's opening (2月14日) and the 2010 review
SS = "三穗县"
SS_DAY = "2011-02-14"
PAGES["e42_05_sansui_20110214.txt"] = dict(
    pubdate=SS_DAY,
    pubnote="no date line; the story's day `2月14日` (the session's opening), the year 2011 from the address (…/201102/…) and the report (2010年政府工作回顾, 2011年政府工作总体安排)",
    area=SS, period="2010",
    items=[
        O("第十五届", "congress term (headline)"),
        O("第五次", "session (headline)"),
        D("2月14日", SS_DAY, "day", note="the session's opening day; the year from the address and the report"),
        O("第十五届", "congress term"),
        O("第五次", "session"),
        Q("10面", 10, "面", "主席台两侧的红旗", "level", per=SS_DAY, borderline=True,
          note="flags on the stage: a count of decorations, arguably not an indicator"),
        Q("162名", 162, "名", "出席大会的代表", "level", per=SS_DAY),
        D("上午10时", "2011-02-14T10:00", "time"),
        O("第十五届", "congress term"),
        O("第五次", "session"),
        Q("四个部分", 4, "个", "政府工作报告的部分", "level", per=SS_DAY, borderline=True,
          note="the report's parts: a count of a text's parts, arguably not an indicator"),
        O("一是", "list marker"),
        D("2010年", "2010", "year", rel=False),
        C("十一五", "fixed term"),
        O("二是", "list marker"),
        C("十二五", "fixed term"),
        O("三是", "list marker"),
        D("2011年", "2011", "year", rel=False),
        D("2011年", "2011", "year", rel=False),
        O("四是", "list marker"),
        D("2010年", "2010", "year", rel=False),
        C("十一五", "fixed term"),
        C("一年", "fixed phrase (最后一年), not a count"),
        O("十五届人大四次", "session of the county people's congress"),
        C("十一五", "fixed term"),
        Q("131487万元", num("131487万"), "元", "全县生产总值", "level", ind=GDP),
        Q("15℅", 15, "%", "生产总值同比增长", "growth", ind=GDP, note=PCT_NOTE),
        Q("亿元", num("1亿"), "元", "财政总收入", "level", q="more_than",
          note="突破亿元大关: the one-亿 mark; 财政总收入 is not the catalogue's 一般公共预算收入"),
        Q("11338万元", num("11338万"), "元", "财政总收入", "level"),
        Q("57.7℅", 57.7, "%", "财政总收入增长", "growth", note=PCT_NOTE),
        Q("7309万元", num("7309万"), "元", "一般预算收入", "level", ind=BUDGET),
        Q("64338万元", num("64338万"), "元", "一般预算累计支出", "level", ind=SPEND,
          note="累计支出 beside 一般预算收入: the budget's spending"),
        Q("43.6℅", 43.6, "%", "一般预算收入同比增长", "growth", ind=BUDGET, note=PCT_NOTE),
        Q("32.4℅", 32.4, "%", "一般预算支出同比增长", "growth", ind=SPEND, note=PCT_NOTE),
        Q("3107元", 3107, "元", "农民纯收入", "level",
          note="纯收入 is not the catalogue's 人均可支配收入"),
        D("上年", "2009", "year", note="the base year of 较上年"),
        Q("411元", 411, "元", "农民纯收入较上年增加", "difference"),
        Q("15.2℅", 15.2, "%", "农民纯收入增长", "growth", note=PCT_NOTE),
        D("全年", "2010", "year"),
        Q("87102万元", num("87102万"), "元", "全社会固定资产投资", "level", ind=FAI),
        Q("68℅", 68, "%", "全社会固定资产投资增幅", "growth", q="more_than", ind=FAI,
          note="增幅超过68℅; " + PCT_NOTE),
    ],
)

# ---------------------------------------------------------------- 06 合江县 (四川 泸州市), 泸州日报 on the county's press conference (12月27日) on forty years, 1978-2018
HJ = "合江县"
HJ_DAY = "2018-12-27"
HJ_40 = "1978/2018-12-27"
HJ_SPAN = "1979/2018"
HJ_EST = "预计 on 2018-12-27 about the year 2018, not yet over: a forecast (target), as OBSERVATIONS reads 预计 about a period not over"
HJ_MULT = "增长X倍: 2018's level against 1978's, the later year's period (as eval41)"
PAGES["e42_06_hejiang_20181227.txt"] = dict(
    pubdate=HJ_DAY,
    pubnote="no date line; the story's day `12月27日`, the year 2018 from the story (`泸州2018年年终盘点`, `2018年预计`); the copy is on an unrelated host carrying 泸州市's page",
    area=HJ, period="2018",
    items=[
        O("40周年", "anniversary (headline)"),
        D("12月27日", HJ_DAY, "day", note="the press conference's day; the year from the story"),
        O("40周年", "anniversary"),
        D("40年来", HJ_40, "period", note="since the reform of 1978, to the story's day (as eval41's 50年来)"),
        C("五个新合江", "numeric slogan"),
        C("2018年", "year inside a name (泸州2018年年终盘点采访宣传报道组)"),
        D("下一步", None, "vague"),
        D("40年来", HJ_40, "period", note="since 1978, to the story's day"),
        D("1978年", "1978", "year", rel=False),
        Q("1.13亿元", num("1.13亿"), "元", "1978年地区生产总值", "level", ind=GDP, per="1978"),
        D("1994年", "1994", "year", rel=False),
        Q("10亿元", num("10亿"), "元", "1994年地区生产总值", "level", q="more_than", ind=GDP, per="1994",
          note="突破 before the number"),
        D("2009年", "2009", "year", rel=False),
        Q("100亿元", num("100亿"), "元", "2009年地区生产总值", "level", q="more_than", ind=GDP, per="2009",
          note="突破 before the number"),
        D("2018年", "2018", "year", rel=False),
        Q("202亿元", num("202亿"), "元", "2018年地区生产总值(预计)", "level", ind=GDP, target=True, note=HJ_EST),
        D("1978年", "1978", "year", rel=False, note="the base of 较1978年"),
        Q("177倍", 177, "倍", "地区生产总值较1978年增长倍数", "multiple", ind=GDP, target=True,
          note=HJ_MULT + "; in the 预计 sentence: " + HJ_EST),
        D("1978年", "1978", "year", rel=False),
        Q("148元", 148, "元", "1978年人均GDP", "level", ind=GDP_PC, per="1978"),
        D("2018年", "2018", "year", rel=False),
        Q("2.85万元", num("2.85万"), "元", "2018年人均GDP", "level", ind=GDP_PC),
        Q("192倍", 192, "倍", "人均GDP增长倍数", "multiple", ind=GDP_PC, note=HJ_MULT),
        D("1978年", "1978", "year", rel=False),
        Q("914万元", num("914万"), "元", "1978年财政收入", "level", per="1978"),
        D("2018年", "2018", "year", rel=False),
        Q("8.8亿", num("8.8亿"), "元", "2018年财政收入", "level", implied=True,
          note="8.8亿 with 元 implied (the sentence's 914万元)"),
        Q("95倍", 95, "倍", "财政收入增长倍数", "multiple", note=HJ_MULT),
        Q("12.1%", 12.1, "%", "财政收入年均增长", "growth", per=HJ_SPAN,
          note="年均增长 from 1978's level to 2018's: the growth years 1979-2018 (as eval41)"),
        O("113位", "rank (全省113位)"),
        O("83位", "rank (全省83位)"),
    ],
)

# ---------------------------------------------------------------- 07 霞山区 (广东 湛江市), the district congress's opening (3月24日上午), 2025 aims
XS = "霞山区"
XS_DAY = "2025-03-24"
PAGES["e42_07_xiashan_20250324.txt"] = dict(
    pubdate=XS_DAY,
    pubnote="no date line; the story's day `3月24日上午`, the year 2025 from the story (2024年工作, 2025年…主要预期目标); the copy is on a betting site's mirror",
    area=XS, period="2025",
    items=[
        D("3月24日上午", XS_DAY, "day", note="the session's opening; the year from the story"),
        O("第十一届", "congress term"),
        O("第五次", "session"),
        D("2024年", "2024", "year", rel=False),
        D("2024年", "2024", "year", rel=False),
        C("十四五", "fixed term"),
        C("一年", "fixed phrase (关键一年), not a count"),
        C("百千万工程", "named programme"),
        D("2025年", "2025", "year", rel=False),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums"),
        C("两会", "fixed term (全国两会)"),
        O("十三届六次全会", "plenum of the provincial party committee"),
        C("两会", "fixed term (省两会)"),
        O("十二届七次全会", "plenum of the city party committee"),
        O("十二届八次全会", "plenum of the city party committee"),
        O("十一届八次全会", "plenum of the district party committee"),
        C("1310", "numeric slogan (省委“1310”具体部署)"),
        C("四个抓", "numeric slogan"),
        C("四大牵引", "numeric slogan"),
        C("十四五", "fixed term"),
        D("2025年", "2025", "year", rel=False),
        Q("5%左右", 5, "%", "地区生产总值增长预期目标", "growth", q="approx", ind=GDP, target=True),
    ],
)

# ---------------------------------------------------------------- 08 正定县 (河北 石家庄市), the county's news (正定风采) on a national ranking, 2016-2018 revenue
ZD = "正定县"
ZD_DAY = "2018-12-13"
YTD = "今年截至目前: the year to date, as 今年以来 in earlier sets"
PAGES["e42_08_zhengding_20181213.txt"] = dict(
    pubdate=ZD_DAY,
    pubnote="the page's date line `2018-12-13 15:56:04` under `来源: 正定风采` (kept; cczd.hebei.com.cn, 河北新闻网's 正定 channel)",
    area=ZD, period="2018",
    items=[
        C("百强县", "size class (headline)"),
        D("2018-12-13 15:56:04", "2018-12-13T15:56", "time", rel=False, note="the page's date line"),
        D("12月4日", "2018-12-04", "day"),
        C("2018", "year inside a title (《中国县域经济发展报告(2018)》)"),
        C("百强县", "size class (全国百强县案例报告)"),
        C("2018年", "year inside a ranking's name (2018年全国综合竞争力百强县)"),
        C("百强县", "size class"),
        C("2018年", "year inside a ranking's name (2018年全国投资潜力百强县)"),
        C("百强县", "size class"),
        Q("2席", 2, "席", "河北入选全国综合竞争力百强县的席位", "level", area="河北省", borderline=True,
          note="places in a ranking list, arguably not an indicator"),
        Q("3席", 3, "席", "河北入选全国投资潜力百强县的席位", "level", area="河北省", borderline=True,
          note="places in a ranking list, arguably not an indicator"),
        O("第25名", "rank"),
        C("2018年", "year inside a ranking's name"),
        C("百强县", "size class"),
        Q("三项", 3, "项", "遴选样本县的标准", "level", area="全国", borderline=True,
          note="the report's criteria: a count of a method's parts, arguably not an indicator"),
        Q("近2000个", 2000, "个", "全国县域经济单元", "level", q="nearly", area="全国"),
        C("400强", "size class"),
        D("2018年", "2018", "year", rel=False),
        Q("400个", 400, "个", "研究的样本县(市)", "level", area="全国", borderline=True,
          note="the report's sample, arguably not an indicator"),
        D("40年来", "1978/2018-12-13", "period", note="since the reform of 1978, to the page's date"),
        D("2016年", "2016", "year", rel=False),
        Q("25.1亿元", num("25.1亿"), "元", "2016年全部财政收入", "level", per="2016",
          note="全部财政收入 is not the catalogue's 一般公共预算收入"),
        D("2017年", "2017", "year", rel=False),
        Q("34.4亿元", num("34.4亿"), "元", "2017年全部财政收入", "level", per="2017"),
        D("今年", "2018", "year"),
        D("截至目前", ZD_DAY, "now", note="the page's date"),
        Q("40.4亿元", num("40.4亿"), "元", "今年截至目前全部财政收入", "level", note=YTD),
        D("2016年", "2016", "year", rel=False),
        Q("16亿元", num("16亿"), "元", "2016年公共预算收入", "level", ind=BUDGET, per="2016"),
        D("2017年", "2017", "year", rel=False),
        Q("22.1亿元", num("22.1亿"), "元", "2017年公共预算收入", "level", ind=BUDGET, per="2017"),
        D("今年", "2018", "year"),
        D("截至目前", ZD_DAY, "now", note="the page's date"),
        Q("26.8亿元", num("26.8亿"), "元", "今年截至目前公共预算收入", "level", ind=BUDGET, note=YTD),
        D("两年来", "2017/2018", "period", note="the two years after 2016's level"),
        O("首位", "rank (在全市位居首位)"),
        C("百强县", "size class (the page's keywords)"),
    ],
)

# ---------------------------------------------------------------- 09 宿迁市 (江苏), 江苏省人民政府's item on the city's 上半年 2021 industry, on a trade portal
SQ = "宿迁市"
SQ_H1 = "2021-01/2021-06"
SQ_TWO = "2020-01/2021-06"
TWO_NOTE = "two-year average growth (两年平均), as eval35"
PAGES["e42_09_suqian_20210803.txt"] = dict(
    pubdate="2021-08-03",
    pubnote="the page's date line `2021/8/3 15:10:03` (kept; m.gongyema.com, a trade portal reposting the item, its source line `江苏省人民政府`)",
    area=SQ, period=SQ_H1,
    items=[
        D("上半年", SQ_H1, "period", note="headline"),
        D("2021/8/3 15:10:03", "2021-08-03T15:10", "time", rel=False, note="the page's date line"),
        D("上半年", SQ_H1, "period"),
        Q("45.6%", 45.6, "%", "规模工业总产值增长", "growth", ind=IND_OUT),
        Q("26.8%", 26.8, "%", "规模工业增加值增长", "growth", ind=IND_VA),
        Q("43.3%", 43.3, "%", "工业开票销售增长", "growth"),
        Q("31.9%", 31.9, "%", "工业用电量增长", "growth"),
        Q("23.6%", 23.6, "%", "规模工业总产值两年平均增长", "growth", ind=IND_OUT, per=SQ_TWO, note=TWO_NOTE),
        Q("14.3%", 14.3, "%", "规模工业增加值两年平均增长", "growth", ind=IND_VA, per=SQ_TWO, note=TWO_NOTE),
        Q("21.8%", 21.8, "%", "工业开票销售两年平均增长", "growth", per=SQ_TWO, note=TWO_NOTE),
        Q("15.4%", 15.4, "%", "工业用电量两年平均增长", "growth", per=SQ_TWO, note=TWO_NOTE),
        Q("3项", 3, "项", "增幅位居全省首位的指标", "level", borderline=True,
          note="a count of the indicators just named, arguably not an indicator"),
        O("首位", "rank (位居全省首位)"),
        Q("5.3", 5.3, "百分点", "规模工业增加值增幅高于全省", "points", ind=IND_VA, inherited=True),
        Q("13.2个百分点", 13.2, "百分点", "工业开票销售增幅高于全省", "points"),
        D("一季度", "2021-01/2021-03", "period"),
        O("第四", "rank (一季度的全省第四)"),
        O("第二", "rank (全省第二)"),
        Q("10.7个百分点", 10.7, "百分点", "工业用电量增幅高于全省", "points"),
        O("第一", "rank (排名第一的淮安市)"),
        Q("8.1个百分点", 8.1, "百分点", "工业用电量增幅低于淮安市", "points", change=DOWN),
        Q("1932亿元", num("1932亿"), "元", "工业开票销售总量", "level"),
        Q("456.8亿元", num("456.8亿"), "元", "工业开票销售总量超过淮安", "difference"),
        Q("19.6亿元", num("19.6亿"), "元", "工业开票销售总量超过连云港", "difference"),
        Q("82.4亿千瓦时", num("82.4亿"), "千瓦时", "工业用电量总量", "level"),
        Q("12.4亿千万时", num("12.4亿"), "千瓦时", "工业用电量总量超过淮安", "difference",
          note="written 千万时, a slip for 千瓦时 (the sentence's unit)"),
        Q("19.8亿千瓦时", num("19.8亿"), "千瓦时", "工业用电量总量超过连云港", "difference"),
        D("年初", "2021-01", "period"),
        Q("13.8", 13.8, "百分点", "规模工业增加值增幅超过年度目标", "points", ind=IND_VA, inherited=True),
        Q("23.3个百分点", 23.3, "百分点", "工业开票销售增幅超过年度目标", "points"),
        C("双过半", "fixed term (双过半: half the year's targets met by mid-year)"),
    ],
)

# ---------------------------------------------------------------- 10 富阳区 (浙江 杭州市), 富阳's television news on the district congress's proposals (昨日下午)
FY = "富阳区"
FY_DAY = "2025-05-29"
FY_NOTE = "counts of the session's proposals to the meeting of 昨日 (2025-05-29)"
PAGES["e42_10_fuyang_20250530.txt"] = dict(
    pubdate="2025-05-30",
    pubnote="the page's date line `2025-05-30` under the title (kept; www.fuyangtv.com, 富阳's television news site); the meeting was `昨日下午` (2025-05-29)",
    area=FY, period=FY_DAY,
    items=[
        O("十七届人大四次", "session of the district people's congress (headline)"),
        Q("8件", 8, "件", "收到的代表议案(标题)", "level", note=FY_NOTE),
        Q("252件", 252, "件", "收到的代表建议(标题)", "level", note=FY_NOTE),
        D("2025-05-30", "2025-05-30", "day", rel=False, note="the page's date line under the title"),
        D("昨日下午", FY_DAY, "day", note="the day before the page's date"),
        O("十七届人大四次", "session of the district people's congress"),
        O("第三次", "plenary meeting number (第三次全体会议)"),
        O("第十七届", "congress term"),
        O("第四次", "session"),
        C("10人以上", "procedural threshold (代表10人以上联名提出的议案), not a count"),
        Q("8件", 8, "件", "收到的代表议案", "level"),
        Q("252件", 252, "件", "收到的代表建议", "level"),
        Q("25件", 25, "件", "涉及工业经济的代表建议", "level"),
        Q("9.9%", 9.9, "%", "涉及工业经济的建议占总数比重", "share"),
        Q("13件", 13, "件", "涉及农业经济的代表建议", "level"),
        Q("5.2%", 5.2, "%", "涉及农业经济的建议占总数比重", "share"),
        Q("20件", 20, "件", "涉及现代服务业的代表建议", "level"),
        Q("7.9%", 7.9, "%", "涉及现代服务业的建议占总数比重", "share"),
        Q("97件", 97, "件", "涉及城乡基础设施建设的代表建议", "level"),
        Q("38.5%", 38.5, "%", "涉及城乡基础设施建设的建议占总数比重", "share"),
        Q("54件", 54, "件", "涉及社会事业发展的代表建议", "level"),
        Q("21.4%", 21.4, "%", "涉及社会事业发展的建议占总数比重", "share"),
        Q("9件", 9, "件", "涉及资源管理的代表建议", "level"),
        Q("3.6%", 3.6, "%", "涉及资源管理的建议占总数比重", "share"),
        Q("22件", 22, "件", "涉及民生保障的代表建议", "level"),
        Q("8.7%", 8.7, "%", "涉及民生保障的建议占总数比重", "share"),
        Q("12件", 12, "件", "其他建议", "level"),
        Q("4.8%", 4.8, "%", "其他建议占总数比重", "share"),
        Q("三个方面", 3, "个", "代表建议集中的方面", "level", borderline=True,
          note="the three themes just named, arguably not an indicator (as eval39's 三个方面)"),
        Q("一个月", 1, "个月", "代表建议交办期限", "level", target=True, borderline=True,
          note="一个月内: a procedural time limit, arguably not an indicator; a plan (将): target; no period of its own: the meeting's day"),
        Q("三个月", 3, "个月", "代表建议面商答复期限", "level", target=True, borderline=True,
          note="交办后三个月内: a procedural time limit, arguably not an indicator; a plan (将): target; the meeting's day"),
    ],
)
