"""Annotations of pages 05-08 (奉节县's 2024 plan report, 阳湖网's story on 武进区's 2026 congress, 新华日报's story on
江苏's and its cities' 上半年 2023 on 常州市's site, 广东省农业农村厅's reply to a deputy's suggestion), in document
order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
ALL_INC = "全体居民人均可支配收入"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND_OUT = "规模以上工业总产值"
EST = ("预计 in a report on a year that had ended when it was given: an early estimate of the outcome, "
       "not a target (README's 预计全年… rule)")
PAGES = {}

# ---------------------------------------------------------------- 05 奉节县 (重庆), the county's report on the 2024 plan and the 2025 draft plan
FJ = "奉节县"
FJ_DAY = "2025-03-25"
PAGES["e66_05_fengjie_20250325.txt"] = dict(
    pubdate=FJ_DAY,
    pubnote="the address's t20250325 (cqfj.gov.cn, 奉节县's site, the county 发展和改革委员会's 规划信息); the copy has "
            "no date line; the report was given to the county congress before it was posted",
    area=FJ, period="2024",
    items=[
        C("2024年", "year inside the documents' names (现将2024年国民经济和社会发展计划执行情况及2025年计划草案提请…)"),
        C("2025年", "year inside a document's name (2025年计划草案)"),
        O("一、", "list marker (part heading)"),
        D("2024年", "2024", "year", rel=False, note="part name 2024年国民经济和社会发展计划执行情况, as the reports' part names"),
        D("2024年", "2024", "year", rel=False),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums, as one span"),
        C("1239", "numeric slogan (县委“1239”工作思路)"),
        D("全年", "2024", "year"),
        Q("411.5亿元", num("411.5亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("6.6%", 6.6, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("25.02亿元", num("25.02亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("105.6亿元", num("105.6亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("16.4%", 16.4, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("135.4亿元", num("135.4亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("2.9%", 2.9, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("29364元", 29364, "元", "全体居民人均可支配收入", "level", ind=ALL_INC),
        Q("5.6%", 5.6, "%", "全体居民人均可支配收入增长", "growth", ind=ALL_INC),
        O("第十八届", "congress term"),
        O("第四次", "session number"),
        Q("40项", 40, "项", "县人代会批准的2024年计划指标", "level", borderline=True, note="a count of plan indicators"),
        C("亿元", "unit inside an indicator's name (亿元地区生产总值安全事故死亡人数)"),
        Q("5项", 5, "项", "全部完成的约束性指标", "level", borderline=True),
        Q("35项", 35, "项", "预期性指标", "level", borderline=True),
        Q("21项", 21, "项", "达到预期的预期性指标", "level", borderline=True),
        Q("3项", 3, "项", "未达预期但全市排名靠前的指标", "level", borderline=True),
    ],
)

# ---------------------------------------------------------------- 06 武进区 (江苏 常州市), 阳湖网's story on the district congress (2026-01-15)
WJ = "武进区"
WJ_DAY = "2026-01-15"
PAGES["e66_06_wujin_20260115.txt"] = dict(
    pubdate=WJ_DAY,
    pubnote="the kept line `| 时间:2026-01-15 20:19:41 来源:武进新闻 作者:阳湖网 |` and the address "
            "(app.wjyanghu.com, 阳湖网, the district's news site)",
    area=WJ, period="2025",
    items=[
        O("十七届人大五次", "congress term and session, as one span (headline)"),
        D("2026-01-15 20:19:41", "2026-01-15T20:19", "time", rel=False, note="page metadata line"),
        D("今天上午", WJ_DAY, "day", note="the programme's 今天: the page's day, the session's opening"),
        O("第十七届", "congress term"),
        O("第五次", "session number"),
        Q("415人", 415, "人", "应出席大会的代表", "level", per=WJ_DAY),
        Q("378人", 378, "人", "实到代表", "level", per=WJ_DAY),
        D("上午8点33分", "2026-01-15T08:33", "time"),
        D("现在", WJ_DAY, "now", note="现在,我宣布…: the session's day"),
        O("第十七届", "congress term"),
        O("第五次", "session number"),
        D("2025年", "2025", "year", rel=False),
        O("二十大", "party congress"),
        O("二十届", "term number (二十届历次全会)"),
        D("全年", "2025", "year", note="全年预计: the reviewed year"),
        Q("3570亿元", num("3570亿"), "元", "地区生产总值", "level", ind=GDP, note=EST),
        Q("225亿元", num("225亿"), "元", "一般公共预算收入", "level", ind=REV, note=EST),
        Q("6313亿元", num("6313亿"), "元", "规上工业总产值", "level", ind=IND_OUT, note=EST),
        Q("10.5%", 10.5, "%", "规上服务业营收增长", "growth", note=EST),
        Q("4.5%", 4.5, "%", "居民人均可支配收入增长", "growth", ind=ALL_INC,
          note="居民人均可支配收入 = 全体居民人均可支配收入; " + EST),
        C("百强区", "size class (全国综合实力百强区)"),
        O("第三位", "rank"),
    ],
)

# ---------------------------------------------------------------- 07 江苏省 and its 13 cities, 新华日报's story on 上半年 2023 (常州市's site)
JS = "江苏省"
JS_DAY = "2023-08-01"
H1 = "2023-01/2023-06"
Q1 = "2023-01/2023-03"
PAGES["e66_07_jiangsu_20230801.txt"] = dict(
    pubdate=JS_DAY,
    pubnote="the address's 2023/…_0801 (zfw.changzhou.gov.cn, 常州市's site, reposting 新华日报: `来源:新华日报`); the copy "
            "has no date line; its `7月31日` (the last city's release) is the day before",
    area=JS, period=H1,
    items=[
        D("日前", None, "vague"),
        D("2023上半年", H1, "period", rel=False, note="written without 年 (2023上半年全省经济运行成绩单)"),
        D("上半年", H1, "period"),
        Q("60465.3亿元", num("60465.3亿"), "元", "江苏省生产总值", "level", ind=GDP),
        Q("6.6%", 6.6, "%", "江苏省生产总值增长", "growth", ind=GDP),
        D("一季度", Q1, "period"),
        Q("1.9个百分点", 1.9, "百分点", "上半年生产总值增速比一季度加快", "points", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("1720.2亿元", num("1720.2亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("3.5%", 3.5, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("26613.4亿元", num("26613.4亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("7.1%", 7.1, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("32131.7亿元", num("32131.7亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("6.3%", 6.3, "%", "第三产业增加值增长", "growth", ind=P3),
        D("7月31日", "2023-07-31", "day", note="no year: the page's (2023年上半年数据 in the same sentence)"),
        D("2023年上半年", H1, "period", rel=False),
        Q("13个", 13, "个", "江苏设区市", "level", borderline=True, per=JS_DAY,
          note="the province's prefecture-level cities: the base of the list"),
        Q("11458.4亿元", num("11458.4亿"), "元", "苏州市地区生产总值", "level", ind=GDP, area="苏州市",
          note="a space before the number in the stored copy (地区生产总值 11458.4亿元)"),
        Q("8316.92亿元", num("8316.92亿"), "元", "南京市地区生产总值", "level", ind=GDP, area="南京市"),
        Q("7105.67亿元", num("7105.67亿"), "元", "无锡市地区生产总值", "level", ind=GDP, area="无锡市"),
        Q("6032.4亿元", num("6032.4亿"), "元", "南通市地区生产总值", "level", ind=GDP, area="南通市"),
        Q("4525.4亿元", num("4525.4亿"), "元", "常州市地区生产总值", "level", ind=GDP, area="常州市"),
        Q("4009.09亿元", num("4009.09亿"), "元", "徐州市地区生产总值", "level", ind=GDP, area="徐州市"),
        Q("3417.36亿元", num("3417.36亿"), "元", "扬州市地区生产总值", "level", ind=GDP, area="扬州市"),
        Q("3413.41亿元", num("3413.41亿"), "元", "盐城市地区生产总值", "level", ind=GDP, area="盐城市"),
        Q("3208.78亿元", num("3208.78亿"), "元", "泰州市地区生产总值", "level", ind=GDP, area="泰州市"),
        Q("2635.11亿元", num("2635.11亿"), "元", "镇江市地区生产总值", "level", ind=GDP, area="镇江市"),
        Q("2432.08亿元", num("2432.08亿"), "元", "淮安市地区生产总值", "level", ind=GDP, area="淮安市"),
        Q("1955.9亿元", num("1955.9亿"), "元", "连云港市地区生产总值", "level", ind=GDP, area="连云港市"),
        Q("1920.57亿元", num("1920.57亿"), "元", "宿迁市地区生产总值", "level", ind=GDP, area="宿迁市"),
        D("上半年", H1, "period"),
        Q("13市", 13, "市", "江苏省设区市", "level", borderline=True, per=JS_DAY, note="the base of the count after it"),
        Q("4市", 4, "市", "GDP总量超过5000亿元的设区市", "level"),
        Q("5000亿元", num("5000亿"), "元", "设区市GDP总量(超过5000亿元)", "level", q="more_than", ind=GDP,
          note="超过5000亿元 (超过 a verb outside the span): the mark four cities passed; their province's name is written "
               "(the cities are not named one by one here)"),
        C("万亿户", "size class (苏州以“万亿户”身份)"),
        D("一季度", Q1, "period"),
        Q("12.9%", 12.9, "%", "连云港市地区生产总值增长", "growth", ind=GDP, area="连云港市",
          note="上半年 leads the paragraph (上半年江苏省13市中…); 延续一季度…增长态势 names the first quarter only as a "
               "comparison"),
        O("第一位", "rank"),
        D("上半年", H1, "period"),
        Q("27265万件", num("27265万"), "件", "连云港市快递业务量", "level", area="连云港市"),
        Q("43.0%", 43.0, "%", "连云港市快递业务量增长", "growth", area="连云港市"),
        D("上半年", H1, "period"),
        O("第一", "rank (均位于全省第一)"),
        O("第二", "rank (居全省第二)"),
        D("今年以来", "2023", "period", note="as the earlier sets' 今年以来: the year, in the official's words of 2023"),
    ],
)

# ---------------------------------------------------------------- 08 广东省, 广东省农业农村厅's reply to suggestion 第1238号 (2020-06-19)
GD = "广东省"
GD_DAY = "2020-06-19"
ZQ = "肇庆市"
PAGES["e66_08_guangdong_20200619.txt"] = dict(
    pubdate=GD_DAY,
    pubnote="the letter's date `2020年6月19日` (dara.gd.gov.cn, 广东省农业农村厅's site, 人大建议); the copy has no "
            "posting date",
    area=GD, period=GD_DAY,
    items=[
        O("十三届人大三次", "congress term and session, as one span (广东省十三届人大三次会议)"),
        O("第1238号", "suggestion number"),
        C("粤农农函〔2020〕557号", "document number"),
        D("2018年", "2018", "year", rel=False, note="2018年产业园工作建设以来: the start of the programme"),
        D("目前", GD_DAY, "now", note="至目前: the letter's date"),
        Q("14个", 14, "个", "已创建国家级现代农业产业园", "level", note="至目前: a stock at the letter's date"),
        Q("119个", 119, "个", "已创建省级现代农业产业园", "level"),
        Q("19个", 19, "个", "珠三角地区自筹资金建设的省级产业园", "level",
          note="珠三角 is not an administrative area: the province's name is written"),
        Q("55个", 55, "个", "已创建市级现代农业产业园", "level"),
        D("2020年", "2020", "year", rel=False),
        Q("25亿元", num("25亿"), "元", "2020年再安排支持省级产业园建设资金", "level", per="2020", target=True,
          note="我省将再安排: a plan for 2020, not over at the letter's date"),
        D("2018-2019年", "2018/2019", "range", rel=False),
        Q("7个", 7, "个", "支持肇庆建设的省级现代农业产业园", "level", area=ZQ, per="2018/2019"),
        C("一县一园", "numeric slogan (“一县一园”)"),
        D("2020年", "2020", "year", rel=False),
        C("2020年", "year inside a list's name (2020年特色产业现代农业产业园建设候选名单)"),
        Q("5000万元", num("5000万"), "元", "肇庆市生猪产业园有望获得的省级财政资金", "level", area=ZQ, per="2020",
          target=True, note="有望获得: a forecast for 2020, not yet decided at the letter's date"),
        D("2020年6月19日", GD_DAY, "day", rel=False, note="the letter's date"),
        C("020-37288750", "contact details (phone)"),
    ],
)
