"""Annotations of pages 01-04 (青海省's 上半年 release as reported, 吉林省's work report as reported, 西城区's 1-10月
release, 山南地区's investment story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
REV = "一般公共预算收入"
PAGES = {}

# ---------------------------------------------------------------- 01 青海省, 西宁晚报's report of the province's 上半年 2018 release
QH = "青海省"
QH_H1 = "2018-01/2018-06"
QH_H1_LAST = "2017-01/2017-06"
PAGES["e52_01_qinghai_20180719.txt"] = dict(
    pubdate="2018-07-19",
    pubnote="the kept metadata line `来源: 西宁晚报 发布时间: 2018年07月19日` and the address system/2018/07/19 "
            "(www.qhio.gov.cn, 青海省人民政府新闻办公室's site)",
    area=QH, period=QH_H1,
    items=[
        D("上半年", QH_H1, "period", note="headline; the year from the page's date"),
        D("2018年07月19日", "2018-07-19", "day", rel=False, note="metadata line (发布时间)"),
        D("7月18日", "2018-07-18", "day", note="the press conference's day, the day before the page"),
        C("上半年", "period inside the press conference's name (上半年全省经济运行情况发布会), as eval17's and eval28's"),
        D("上半年", QH_H1, "period"),
        Q("1196.99亿元", num("1196.99亿"), "元", "地区生产总值", "level", ind=GDP),
        D("上年同期", QH_H1_LAST, "period"),
        Q("5.9%", 5.9, "%", "地区生产总值增长", "growth", ind=GDP),
        D("上半年", QH_H1, "period"),
        D("上半年", QH_H1, "period"),
        O("第一产业", "industry ordinal"),
        Q("39.70亿元", num("39.70亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("4.5%", 4.5, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("589.22亿元", num("589.22亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("7.8%", 7.8, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("568.07亿元", num("568.07亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("3.6%", 3.6, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        D("上半年", QH_H1, "period"),
        D("上半年", QH_H1, "period"),
        D("上年同期", QH_H1_LAST, "period"),
        Q("8.6%", 8.6, "%", "规模以上工业增加值增长", "growth", ind=VA),
        Q("1.3个百分点", 1.3, "百分点", "规上工业增加值增速同比提高", "points", ind=VA,
          note="the rate's rise against 上半年 2017's rate"),
        D("上半年", QH_H1, "period"),
        Q("29.1%", 29.1, "%", "规上高技术制造业增加值增长", "growth", note="分别: the first of two rates"),
        Q("21.7%", 21.7, "%", "规上装备制造业增加值增长", "growth"),
        Q("20.5", 20.5, "百分点", "高技术制造业增速快于规上工业增速", "points", inherited=True,
          note="分别快于…20.5和13.1个百分点: shares the unit after 13.1; the gap's base (规模以上工业增速) is no indicator of it"),
        Q("13.1个百分点", 13.1, "百分点", "装备制造业增速快于规上工业增速", "points"),
        Q("5.1%", 5.1, "%", "新能源产业增加值增长", "growth"),
        Q("12.8%", 12.8, "%", "新材料产业增加值增长", "growth"),
        Q("23.4%", 23.4, "%", "生物产业增加值增长", "growth"),
        D("上半年", QH_H1, "period"),
        Q("1286.28亿元", num("1286.28亿"), "元", "固定资产投资", "level", ind=FAI),
        D("上年同期", QH_H1_LAST, "period"),
        Q("2.6%", 2.6, "%", "固定资产投资下降", "growth", ind=FAI, change="decrease"),
        Q("460.16亿元", num("460.16亿"), "元", "民间投资", "level"),
        Q("18.5%", 18.5, "%", "民间投资增长", "growth"),
        Q("596.56亿元", num("596.56亿"), "元", "基础设施投资", "level"),
        Q("0.6%", 0.6, "%", "基础设施投资增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 02 吉林省, 新华网's story on the province's 2026 work report (2026-01-27)
JL = "吉林省"
JL_DAY = "2026-01-27"
JL_PLAN = "2021/2025"
PAGES["e52_02_jilin_20260127.txt"] = dict(
    pubdate=JL_DAY,
    pubnote="the address 20260127 and the dateline `新华网长春1月27日电` (jl.news.cn, 新华网 吉林频道)",
    area=JL, period="2025",
    items=[
        D("1月27日", JL_DAY, "day", note="dateline; the year from the address and the report's 2026年"),
        D("27日", JL_DAY, "day", note="the session's opening day"),
        O("第十四届", "congress term"),
        O("第五次", "session"),
        C("2026年", "year inside a document's name (2026年吉林省政府工作报告)"),
        Q("67次", 67, "次", "“发展”在报告中出现的次数", "level", per=JL_DAY, borderline=True,
          note="a word count of the report, a real count but no indicator; no time of its own: the story's day"),
        Q("57次", 57, "次", "“建设”在报告中出现的次数", "level", per=JL_DAY, borderline=True),
        Q("54次", 54, "次", "“产业”在报告中出现的次数", "level", per=JL_DAY, borderline=True),
        Q("32次", 32, "次", "“企业”在报告中出现的次数", "level", per=JL_DAY, borderline=True),
        Q("29次", 29, "次", "“项目”在报告中出现的次数", "level", per=JL_DAY, borderline=True),
        D("2025年", "2025", "year", rel=False),
        Q("5%", 5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("13.3%", 13.3, "%", "一般公共预算收入增长", "growth", ind=REV),
        O("一产", "industry ordinal (short for 第一产业)"),
        Q("0.7个百分点", 0.7, "百分点", "一产增加值增幅高于全国", "points", ind="第一产业增加值",
          note="the province's growth above the nation's: the province's figure, of the growth's indicator"),
        O("第7位", "rank (居全国第7位)"),
        Q("0.2个百分点", 0.2, "百分点", "社会消费品零售总额增幅高于全国", "points", ind=RETAIL),
        C("十四五", "fixed term (the 14th five-year plan)"),
        Q("3个", 3, "个", "地区生产总值跨越的千亿元台阶", "level", per=JL_PLAN, borderline=True,
          note="a count of thresholds crossed, arguably no indicator; “十四五”期间 leads the paragraph"),
        C("千亿元台阶", "size class of the steps (as the earlier sets' 千亿园区)"),
        Q("1.5万亿元", num("1.5万亿"), "元", "地区生产总值", "level", ind=GDP, per=JL_PLAN,
          note="“十四五”期间 leads the paragraph and governs it (OBSERVATIONS, reach of a time phrase); the figure is "
               "2025's, the plan's last year — an annotator's doubt"),
        Q("19.8%", 19.8, "%", "地区生产总值五年增长", "growth", ind=GDP, per=JL_PLAN),
        Q("25%左右", 25, "%", "人均地区生产总值五年增长", "growth", q="approx", ind="人均地区生产总值", per=JL_PLAN),
        Q("1350亿元", num("1350亿"), "元", "财政收入", "level", per=JL_PLAN,
          note="财政收入 (total fiscal revenue), not the catalogue's 一般公共预算收入; the paragraph's period"),
        Q("3年", 3, "年", "财政收入增长的年数", "level", per="2023/2025", borderline=True,
          note="a duration; the three years up to the plan's end — unsure which three"),
        Q("58.6%", 58.6, "%", "财政收入三年增长", "growth", per="2023/2025",
          note="3年增长: growth over three years, taken as 2023-2025 (unsure)"),
        D("这五年", JL_PLAN, "period", note="the 十四五 years (as eval29's)"),
        Q("55%", 55, "%", "重点产业增加值占比", "share", per=JL_PLAN),
        Q("18.9%", 18.9, "%", "战略性新兴产业占比", "share", per=JL_PLAN),
        Q("10.6个百分点", 10.6, "百分点", "高技术制造业增速提高", "points", per=JL_PLAN),
        Q("超200%", 200, "%", "新能源产业产值增长", "growth", q="more_than", per=JL_PLAN),
        D("2026年", "2026", "year", rel=False),
        Q("5%左右", 5, "%", "地区生产总值增长目标", "growth", q="approx", ind=GDP, per="2026", target=True,
          note="主要预期目标 of 2026: a target"),
        Q("5%左右", 5, "%", "社会消费品零售总额增长目标", "growth", q="approx", ind=RETAIL, per="2026", target=True),
        Q("6%左右", 6, "%", "规上工业增加值增长目标", "growth", q="approx", ind=VA, per="2026", target=True),
        Q("3.7%", 3.7, "%", "一般公共预算收入增长目标", "growth", ind=REV, per="2026", target=True),
        Q("8%以上", 8, "%", "新能源产业产值增长目标", "growth", q="at_least", per="2026", target=True),
        Q("10%左右", 10, "%", "装备制造业增加值增长目标", "growth", q="approx", per="2026", target=True),
        Q("3%", 3, "%", "固定资产投资增长目标", "growth", ind=FAI, per="2026", target=True),
        Q("5.5%左右", 5.5, "%", "城镇调查失业率控制目标", "share", q="approx", per="2026", target=True,
          note="the surveyed rate, not the catalogue's registered rate (as eval31's)"),
        Q("10%以上", 10, "%", "全社会研发经费投入增长目标", "growth", q="at_least", ind="研发经费投入", per="2026",
          target=True),
        Q("6%", 6, "%", "农村低保标准提高目标", "growth", per="2026", target=True),
    ],
)

# ---------------------------------------------------------------- 03 西城区 (北京), the district's release on 1-10月 2011
XC = "西城区"
XC_P = "2011-01/2011-10"
XC_P_LAST = "2010-01/2010-10"
XC_M = "2011-10"
XC_M_LAST = "2010-10"
IND_GO = "规模以上工业总产值"
PAGES["e52_03_xicheng_20111121.txt"] = dict(
    pubdate="2011-11-21",
    pubnote="the kept date line `发布时间:2011-11-21` (www.bjxch.gov.cn, 北京市西城区人民政府's site)",
    area=XC, period=XC_P,
    items=[
        C("2011年10月份", "period inside the release's title (as eval40's 2021年1-12月)"),
        C("2011年10月份", "period inside the release's title (stored twice)"),
        D("2011-11-21", "2011-11-21", "day", rel=False, note="the page's date line (发布时间)"),
        D("1-10月份", XC_P, "period", note="no year in the sentence: the title's 2011"),
        O("一、", "list marker"),
        D("10月份", XC_M, "month"),
        Q("48.8亿元", num("48.8亿"), "元", "规模以上工业总产值(10月份)", "level", ind=IND_GO, per=XC_M),
        D("去年同期", XC_M_LAST, "period"),
        Q("4.2%", 4.2, "%", "规模以上工业总产值增长(10月份)", "growth", ind=IND_GO, per=XC_M),
        D("1-10月份", XC_P, "period"),
        Q("584.8亿元", num("584.8亿"), "元", "规模以上工业总产值", "level", ind=IND_GO,
          note="累计完成现价工业总产值: the same enterprises as the sentence before (规模以上工业企业)"),
        D("去年同期", XC_P_LAST, "period"),
        Q("8.5%", 8.5, "%", "规模以上工业总产值增长", "growth", ind=IND_GO),
        O("二、", "list marker"),
        D("1-10月份", XC_P, "period"),
        Q("563.8亿元", num("563.8亿"), "元", "社会消费品零售额", "level", ind=RETAIL),
        D("去年同期", XC_P_LAST, "period"),
        Q("17.1%", 17.1, "%", "社会消费品零售额增长", "growth", ind=RETAIL),
        O("三、", "list marker"),
        D("1-10月份", XC_P, "period"),
        Q("132.7亿元", num("132.7亿"), "元", "固定资产投资额", "level", ind=FAI),
        D("去年同期", XC_P_LAST, "period"),
        Q("1.8%", 1.8, "%", "固定资产投资额增长", "growth", ind=FAI),
        Q("79.5亿元", num("79.5亿"), "元", "房地产开发投资额", "level", ind="房地产开发投资"),
        D("去年同期", XC_P_LAST, "period"),
        Q("7.4%", 7.4, "%", "房地产开发投资额下降", "growth", ind="房地产开发投资", change="decrease"),
        D("1-10月份", XC_P, "period"),
        Q("366.7万平方米", num("366.7万"), "平方米", "开复工面积", "level"),
        D("去年同期", XC_P_LAST, "period"),
        Q("12.7%", 12.7, "%", "开复工面积下降", "growth", change="decrease"),
        Q("282.1万平方米", num("282.1万"), "平方米", "房地产开复工面积", "level"),
        D("去年同期", XC_P_LAST, "period"),
        Q("11.1%", 11.1, "%", "房地产开复工面积下降", "growth", change="decrease"),
        D("1-10月份", XC_P, "period"),
        Q("64.3万平方米", num("64.3万"), "平方米", "竣工面积", "level"),
        D("去年同期", XC_P_LAST, "period"),
        Q("1.6%", 1.6, "%", "竣工面积下降", "growth", change="decrease"),
        Q("46.8万平方米", num("46.8万"), "平方米", "房地产竣工面积", "level"),
        D("去年同期", XC_P_LAST, "period"),
        Q("7.0%", 7.0, "%", "房地产竣工面积增长", "growth"),
        O("四、", "list marker"),
        D("10月份", XC_M, "month"),
        Q("37.9亿元", num("37.9亿"), "元", "财政收入(10月份)", "level", per=XC_M,
          note="财政收入 (total fiscal revenue), not the catalogue's 一般公共预算收入"),
        D("去年同期", XC_M_LAST, "period"),
        Q("1.5%", 1.5, "%", "财政收入下降(10月份)", "growth", per=XC_M, change="decrease"),
        D("1-10月份", XC_P, "period"),
        Q("252.7亿元", num("252.7亿"), "元", "财政收入", "level"),
        D("去年同期", XC_P_LAST, "period"),
        Q("27.1%", 27.1, "%", "财政收入增长", "growth"),
        Q("244.5亿元", num("244.5亿"), "元", "区级各项税收", "level", ind="税收收入"),
        D("去年同期", XC_P_LAST, "period"),
        Q("26.6%", 26.6, "%", "区级各项税收增长", "growth", ind="税收收入"),
        D("10月份", XC_M, "month"),
        Q("20.5亿元", num("20.5亿"), "元", "财政支出(10月份)", "level", per=XC_M,
          note="财政支出 (total), not named as the catalogue's 一般公共预算支出"),
        D("去年同期", XC_M_LAST, "period"),
        Q("73.8%", 73.8, "%", "财政支出增长(10月份)", "growth", per=XC_M),
        D("1-10月份", XC_P, "period"),
        Q("134.1亿元", num("134.1亿"), "元", "财政支出", "level"),
        D("去年同期", XC_P_LAST, "period"),
        Q("21.7%", 21.7, "%", "财政支出增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 04 山南地区 (西藏), 西藏日报's story on the prefecture's investment, 1-10月 2012
SN = "山南地区"
SN_P = "2012-01/2012-10"
PAGES["e52_04_shannan_20121107.txt"] = dict(
    pubdate="2012-11-07",
    pubnote="the kept line `2012年11月07日 09:49   来源:西藏日报   王霞` and the address 201211/07 "
            "(district.ce.cn, 中国经济网 地方经济)",
    area=SN, period=SN_P,
    items=[
        D("今年前10个月", SN_P, "period", note="headline; as the earlier sets' 今年前9个月"),
        D("2012年11月07日 09:49", "2012-11-07T09:49", "time", rel=False, note="metadata line"),
        D("今年以来", "2012", "period", note="as the earlier sets' 今年以来: the year"),
        D("截至10月底", "2012-10", "period", note="as the earlier sets' 截至10月底"),
        Q("75.74亿元", num("75.74亿"), "元", "社会固定资产投资", "level", ind=FAI,
          note="累计完成 to the end of October: the year's flow so far"),
        Q("97.7%", 97.7, "%", "固定资产投资完成年度计划的比例", "share"),
        Q("30.2%", 30.2, "%", "社会固定资产投资增长", "growth", ind=FAI),
        Q("53.1亿元", num("53.1亿"), "元", "国家投资", "level"),
        Q("106%", 106, "%", "国家投资完成年度计划的比例", "share"),
        Q("43.5%", 43.5, "%", "国家投资增长", "growth"),
        Q("8.2亿元", num("8.2亿"), "元", "招商引资", "level"),
        Q("82%", 82, "%", "招商引资完成年度计划的比例", "share"),
        Q("3.35亿元", num("3.35亿"), "元", "援藏投资", "level"),
        Q("90.5%", 90.5, "%", "援藏投资完成年度计划的比例", "share"),
        Q("40.3%", 40.3, "%", "援藏投资增长", "growth"),
        Q("11.08亿元", num("11.08亿"), "元", "民间投资", "level"),
        Q("80.9%", 80.9, "%", "民间投资完成年度计划的比例", "share"),
        Q("10.2%", 10.2, "%", "民间投资增长", "growth"),
    ],
)
