"""Annotations of pages 01-05 (山南市, 日喀则市, 朝阳区, 普陀区, 和田地区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
PRIMARY = "第一产业增加值"
SECONDARY = "第二产业增加值"
TERTIARY = "第三产业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
CPI = "居民消费价格"
GRAIN = "粮食产量"
JOBS = "城镇新增就业"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 山南市 (西藏), the city's 2022 work report on its own site (opening, 2021 review)
SN = "山南市"
SN_DAY = "2022-01-10"
PAGES["e41_01_shannan_20220223.txt"] = dict(
    pubdate="2022-02-23",
    pubnote="the page's date line `时间:2022-02-23 10:42:17 来源:山南市人民政府办公室` (kept; www.shannan.gov.cn, 山南市人民政府's site); the report was delivered 2022-01-10 (subtitle)",
    area=SN, period="2021",
    items=[
        C("2022年", "year inside the report's title"),
        D("2022-02-23 10:42:17", "2022-02-23T10:42", "time", rel=False, note="the page's date line (时间)"),
        D("2022年1月10日", SN_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第二届", "congress term"),
        O("第二次", "session"),
        D("现在", SN_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        D("2021年", "2021", "year", rel=False, note="section heading (2021年工作回顾)"),
        D("2021年", "2021", "year", rel=False),
        O("100周年", "anniversary"),
        O("70周年", "anniversary"),
        C("十四五", "fixed term"),
        C("四件大事", "slogan"),
        C("十四五", "fixed term"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        Q("237.27亿元", num("237.27亿"), "元", "山南市地区生产总值", "level", ind=GDP),
        Q("6.9%", 6.9, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("19.25亿元", num("19.25亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("72.88亿元", num("72.88亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("9.1%", 9.1, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("16.8万吨", num("16.8万"), "吨", "粮食产量", "level", ind=GRAIN),
        C("万头", "numeral inside a name (隆子万头藏香猪标准化养殖基地)"),
        Q("4台", 4, "台", "大古水电站投产发电的机组", "level", borderline=True,
          note="a power station's units, arguably not an indicator"),
    ],
)

# ---------------------------------------------------------------- 02 日喀则市 (西藏), 中国西藏新闻网 on the city's press conference (今天上午) on fifty years, 1965-2014
RKZ = "日喀则市"
RKZ_DAY = "2015-08-14"
SPAN = "1966/2014"
SPAN_NOTE = "年均增长 from 1965's level to 2014's: the growth years 1966-2014 (as eval31's 十三五 2016/2020 from 2015's level)"
MULT_NOTE = "增长X倍: 2014's level against 1965's, the later year's period"
FIFTY = "1965/2015-08-14"
PAGES["e41_02_rikaze_20150814.txt"] = dict(
    pubdate=RKZ_DAY,
    pubnote="the date line `发布时间:2015-08-14 11:29:00 来源:中国西藏新闻网` (kept; media.tibet.cn, 中国西藏网); the press conference was held that day (今天上午)",
    area=RKZ, period=RKZ_DAY,
    items=[
        Q("50年", 50, "年", "跨越的年数", "level", per="1965/2014", borderline=True,
          note="a span of years in the headline (跨越50年), arguably not an indicator"),
        Q("56倍", 56, "倍", "生产总值增长倍数", "multiple", ind=GDP, per="2014", note=MULT_NOTE + "; in the headline"),
        D("2015-08-14 11:29:00", "2015-08-14T11:29", "time", rel=False, note="the page's date line"),
        D("今天上午", RKZ_DAY, "day", note="the story's day: the date line's"),
        O("50周年", "anniversary (自治区政府成立50周年)"),
        D("50年来", FIFTY, "period", note="since the region's founding in 1965, to the story's day"),
        D("1965年", "1965", "year", rel=False),
        Q("0.75亿元", num("0.75亿"), "元", "1965年全市生产总值", "level", ind=GDP, per="1965"),
        D("2014年", "2014", "year", rel=False),
        Q("146.4亿元", num("146.4亿"), "元", "2014年全市生产总值", "level", ind=GDP, per="2014"),
        Q("56倍", 56, "倍", "生产总值增长倍数", "multiple", ind=GDP, per="2014", note=MULT_NOTE),
        Q("8.6%", 8.6, "%", "生产总值年均增长", "growth", ind=GDP, per=SPAN, note=SPAN_NOTE),
        D("目前", RKZ_DAY, "now", note="the story's day"),
        D("1965年", "1965", "year", rel=False),
        Q("117万元", num("117万"), "元", "1965年全社会固定资产投资", "level", ind=FAI, per="1965"),
        D("2014年", "2014", "year", rel=False),
        Q("115.86亿元", num("115.86亿"), "元", "2014年全社会固定资产投资", "level", ind=FAI, per="2014"),
        Q("9902倍", 9902, "倍", "全社会固定资产投资增长倍数", "multiple", ind=FAI, per="2014", note=MULT_NOTE),
        Q("20.7%", 20.7, "%", "全社会固定资产投资年均增长", "growth", ind=FAI, per=SPAN, note=SPAN_NOTE),
        Q("18县", 18, "县", "全部通油路的县(区)", "level", borderline=True,
          note="the city's counties and district, all of them: arguably not an indicator; 目前 (the story's day)"),
        Q("近1.5万公里", num("1.5万"), "公里", "公路通车总里程", "level", q="nearly"),
        Q("12万户", num("12万"), "户", "住进安全适用房屋的农牧民户数", "level"),
        Q("67万", num("67万"), "人", "住进安全适用房屋的群众", "level", implied=True, note="67万群众: the count of people, unit implied"),
        D("50年来", FIFTY, "period", note="since the region's founding in 1965, to the story's day"),
        Q("397所", 397, "所", "各类教育机构", "level", note="a stock after 50年来: the story's day"),
        D("2014年", "2014", "year", rel=False),
        Q("6717元", 6717, "元", "农牧民人均纯收入", "level", per="2014",
          note="纯收入, the older measure, not the catalogue's 可支配收入"),
        D("1965年", "1965", "year", rel=False),
        Q("83倍", 83, "倍", "农牧民人均纯收入是1965年的倍数", "multiple", per="2014"),
        Q("9.4%", 9.4, "%", "农牧民人均纯收入年均增长", "growth", per=SPAN, note=SPAN_NOTE),
        Q("50年", 50, "年", "跨越的年数", "level", per="1965/2014", borderline=True,
          note="a span of years in the original headline (原标题), arguably not an indicator"),
        Q("56倍", 56, "倍", "生产总值增长倍数", "multiple", ind=GDP, per="2014", note=MULT_NOTE + "; in the original headline"),
    ],
)

# ---------------------------------------------------------------- 03 朝阳区 (北京), the district government's report on the 2020 deputies' proposals (delivered 2020-12-22)
CY = "朝阳区"
CY_DAY = "2020-12-22"
CY_NOW = "现已全部办复: the state of the proposals at the report's day"
PAGES["e41_03_chaoyang_20201222.txt"] = dict(
    pubdate=CY_DAY,
    pubnote="the report's delivery date in its subtitle (——2020年12月22日在…常务委员会第三十四次会议上); the copy (chyrd.bjchy.gov.cn, 朝阳区人大's site) gives no posting date",
    area=CY, period="2020",
    items=[
        C("2020年", "year inside the report's title"),
        C("2020年", "year inside the report's title (repeated as stored)"),
        D("2020年12月22日", CY_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十六届", "congress term"),
        O("第三十四次", "session of the standing committee"),
        D("2020年", "2020", "year", rel=False),
        O("一、", "list marker"),
        O("十六届", "congress term (区十六届人大)"),
        O("六次", "session (六次会议)"),
        Q("156件", 156, "件", "交由区政府办理的代表建议", "level"),
        Q("6件", 6, "件", "议案转建议", "level"),
        Q("79件", 79, "件", "A类建议", "level"),
        Q("50.6%", 50.6, "%", "A类建议占比", "share"),
        Q("46件", 46, "件", "B类建议", "level"),
        Q("29.5%", 29.5, "%", "B类建议占比", "share"),
        Q("31件", 31, "件", "C类建议", "level"),
        Q("19.9%", 19.9, "%", "C类建议占比", "share"),
        D("当年", "2020", "year", note="当年能够解决: within the year the proposal is made"),
        C("2020年", "year inside a document's title (《朝阳区人大常委会2020年代表建议、批评和意见办理工作意见》)"),
        Q("156件", 156, "件", "交区政府部门办理的代表建议", "level"),
        Q("6件", 6, "件", "B类建议中已提前落实", "level", per=CY_DAY, note=CY_NOW),
        Q("40件", 40, "件", "B类建议中取得一定成效需继续推进", "level", per=CY_DAY, note=CY_NOW),
        Q("4件", 4, "件", "C类建议中已得到落实", "level", per=CY_DAY, note=CY_NOW),
        Q("27件", 27, "件", "C类建议中由市相关职能部门研究或方案审批中", "level", per=CY_DAY, note=CY_NOW),
        D("截至2020年12月1日", "2020-12-01", "day", rel=False),
        Q("18件", 18, "件", "交区政府办理的会下期间代表建议", "level", per="2020-12-01",
          note="the count to 截至2020年12月1日"),
    ],
)

# ---------------------------------------------------------------- 04 普陀区 (上海), the district's 2017 work report on its own site (opening, review of the term 2012-2016)
PT = "普陀区"
PT_DAY = "2017-01-10"
PT_5 = "2012/2016"
PT_BASE = "the level at the start of the five years: the term began in 2012 (区十五届), so 2011's figure"
PT_EST = "预计 in a report of 2017-01-10 on the year 2016, which has ended: an early estimate of the outcome, not a target"
PAGES["e41_04_putuo_20170207.txt"] = dict(
    pubdate="2017-02-07",
    pubnote="the page's date line `2017年02月07日 来源: 上海普陀` (kept; www.shpt.gov.cn, 上海市普陀区人民政府's site); the report was delivered 2017-01-10 (subtitle)",
    area=PT, period="2016",
    items=[
        C("2017", "year inside the page's title (2017政府工作报告)"),
        D("2017年02月07日", "2017-02-07", "day", rel=False, note="the page's date line"),
        D("2017年1月10日", PT_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十六届", "congress term"),
        O("第一次", "session"),
        D("现在", PT_DAY, "now", note="a work report's opening: the day it is delivered (subtitle)"),
        D("过去五年", PT_5, "period", note="the outgoing government's term, 2012-2016"),
        D("今后五年", "2017/2021", "period", note="the next term"),
        D("2017年", "2017", "year", rel=False),
        O("一、", "list marker"),
        D("过去五年", PT_5, "period", note="section heading (过去五年工作回顾)"),
        D("过去五年", PT_5, "period"),
        O("十八大", "party congress"),
        O("十八届三中、四中、五中、六中全会", "party plenums"),
        C("一轴两翼", "slogan"),
        D("五年来", PT_5, "period"),
        Q("619.98亿元", num("619.98亿"), "元", "区级增加值(五年前)", "level", per="2011",
          note="区级增加值 (the district-level value added), not the whole district's GDP; " + PT_BASE),
        Q("880亿元", num("880亿"), "元", "区级增加值", "level", per="2016", note=PT_EST),
        Q("8%左右", 8, "%", "区级增加值年均增长", "growth", q="approx", per=PT_5),
        Q("81.06%", 81.06, "%", "第三产业增加值比重(五年前)", "share", ind=TERTIARY, per="2011", note=PT_BASE),
        Q("87%", 87, "%", "第三产业增加值比重", "share", ind=TERTIARY, per="2016", note=PT_EST),
        Q("61.60亿元", num("61.60亿"), "元", "区级财政收入(五年前)", "level", per="2011",
          note="区级财政收入, not named as the 一般公共预算收入; " + PT_BASE),
        Q("104.12亿元", num("104.12亿"), "元", "区级财政收入", "level", per="2016"),
        Q("11.07%", 11.07, "%", "区级财政收入年均增长", "growth", per=PT_5),
        O("(一)", "list marker"),
        C("一轴两翼", "slogan"),
        C("十三五", "fixed term (“十三五”以来)"),
        C("一轴两翼", "slogan"),
    ],
)

# ---------------------------------------------------------------- 05 和田地区 (新疆), the prefecture's 2021 statistical bulletin (opening), on an aggregator
HT = "和田地区"
TWO_YEARS = "2020/2021"
PAGES["e41_05_hetian_20220422.txt"] = dict(
    pubdate="2022-04-22",
    pubnote="the page's date line `时间:2022-04-22 16:22:34 来源:和田地区统计局` (kept; www.tjcn.org, an aggregator of bulletins); the bulletin is dated 2022年4月15日",
    area=HT, period="2021",
    items=[
        C("2021年", "year inside the bulletin's title"),
        D("2022-04-22 16:22:34", "2022-04-22T16:22", "time", rel=False, note="the page's date line (时间)"),
        Q("1680次", 1680, "次", "点击次数", "level", per="2022-04-22", borderline=True,
          note="the page's click counter, kept because it shares the date line (as eval8's 阅读次数 823)"),
        D("2022年4月15日", "2022-04-15", "day", rel=False, note="the bulletin's own date under its title"),
        D("2021年", "2021", "year", rel=False),
        O("十九大", "party congress"),
        O("十九届", "party central committee term (十九届历次全会)"),
        C("十四五", "fixed term"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        O("一、", "list marker"),
        D("全年", "2021", "year"),
        Q("456.72亿元", num("456.72亿"), "元", "和田地区生产总值", "level", ind=GDP),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("6.6%", 6.6, "%", "地区生产总值比上年增长", "growth", ind=GDP),
        Q("6.0%", 6.0, "%", "地区生产总值两年平均增长", "growth", ind=GDP, per=TWO_YEARS),
        O("第一产业", "industry ordinal"),
        Q("96.41亿元", num("96.41亿"), "元", "第一产业增加值", "level", ind=PRIMARY),
        Q("9.8%", 9.8, "%", "第一产业增加值增长", "growth", ind=PRIMARY),
        O("第二产业", "industry ordinal"),
        Q("74.58亿元", num("74.58亿"), "元", "第二产业增加值", "level", ind=SECONDARY),
        Q("10.5%", 10.5, "%", "第二产业增加值增长", "growth", ind=SECONDARY),
        O("第三产业", "industry ordinal"),
        Q("285.73亿元", num("285.73亿"), "元", "第三产业增加值", "level", ind=TERTIARY),
        Q("4.8%", 4.8, "%", "第三产业增加值增长", "growth", ind=TERTIARY),
        O("第一产业", "industry ordinal"),
        Q("21.1%", 21.1, "%", "第一产业增加值占地区生产总值比重", "share", ind=PRIMARY),
        O("第二产业", "industry ordinal"),
        Q("16.3%", 16.3, "%", "第二产业增加值占地区生产总值比重", "share", ind=SECONDARY),
        O("第三产业", "industry ordinal"),
        Q("62.6%", 62.6, "%", "第三产业增加值占地区生产总值比重", "share", ind=TERTIARY),
        D("一季度", "2021-01/2021-03", "period"),
        Q("9.7%", 9.7, "%", "一季度地区生产总值同比增长", "growth", ind=GDP, per="2021-01/2021-03"),
        D("上半年", "2021-01/2021-06", "period"),
        Q("8.2%", 8.2, "%", "上半年地区生产总值增长", "growth", ind=GDP, per="2021-01/2021-06"),
        D("前三季度", "2021-01/2021-09", "period"),
        Q("8.5%", 8.5, "%", "前三季度地区生产总值增长", "growth", ind=GDP, per="2021-01/2021-09"),
        D("全年", "2021", "year"),
        Q("6.6%", 6.6, "%", "全年地区生产总值增长", "growth", ind=GDP),
        D("全年", "2021", "year"),
        Q("18235元", 18235, "元", "人均地区生产总值", "level", ind=GDP_PC),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("6.6%", 6.6, "%", "人均地区生产总值比上年增长", "growth", ind=GDP_PC),
        D("2021年", "2021", "year", rel=False),
        Q("2.59万人", num("2.59万"), "人", "城镇新增就业", "level", ind=JOBS),
        D("全年", "2021", "year"),
        D("上年", "2020", "year", note="the base year of 比上年"),
        Q("0.8%", 0.8, "%", "居民消费价格总指数比上年上涨", "growth", ind=CPI),
        Q("2.6%", 2.6, "%", "衣着类价格上涨", "growth"),
    ],
)
