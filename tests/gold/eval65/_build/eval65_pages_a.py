"""Annotations of pages 01-04 (石棉县's congress story, 天全县's congress story, 武进区's 1-9月 2018 industry note,
济源日报's 本报讯 on 济源市's 上半年 2018), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
TAX = "税收收入"
TI = "第三产业增加值"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
DEP = "金融机构存款余额"
LOAN = "金融机构贷款余额"
PAGES = {}

# ---------------------------------------------------------------- 01 石棉县 (四川 雅安市), 新浪四川's story on the county's 两会 (2021-03-16/17)
SM = "石棉县"
PAGES["e65_01_shimian_20210318.txt"] = dict(
    pubdate="2021-03-18",
    pubnote="the kept line `2021年03月18日 10:55 新浪四川城事` and the address 2021-03-18 (sc.sina.com.cn, 新浪四川's 雅安 "
            "channel)",
    area=SM, period="2020",
    items=[
        C("两会", "fixed term (the county's 两会, its congress and CPPCC sessions)"),
        D("2021年03月18日 10:55", "2021-03-18T10:55", "time", rel=False, note="the page's date line"),
        D("3月16日", "2021-03-16", "day", note="the CPPCC session's opening day; no year: the page's"),
        D("17日", "2021-03-17", "day", note="the congress's opening day (3月16日、17日)"),
        O("第九届", "CPPCC term"),
        O("第五次", "session number"),
        O("第十六届", "congress term"),
        O("第五次", "session number"),
        D("2020年", "2020", "year", rel=False),
        C("三大创建", "numeric slogan (以“三大创建”为总抓手)"),
        D("全年", "2020", "year", note="the year just named (2020年)"),
        Q("102.38亿元", num("102.38亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("5%", 5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("1.2个百分点", 1.2, "百分点", "地区生产总值增速比全省高", "points", ind=GDP,
          note="the county's rate above 四川's: the county's figure (as the earlier sets' gaps)"),
        Q("63.1亿元", num("63.1亿"), "元", "全社会固定资产投资", "level", ind=FAI,
          note="a space before the number in the stored copy (投资 63.1亿元)"),
        Q("14.6%", 14.6, "%", "全社会固定资产投资增长", "growth", ind=FAI),
        Q("7%", 7, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("6.58 亿元", num("6.58亿"), "元", "地方一般公共预算收入", "level", ind=REV,
          note="a space inside the stored copy's 6.58 亿元"),
        Q("7.5%", 7.5, "%", "地方一般公共预算收入增长", "growth", ind=REV),
        Q("25.81 亿元", num("25.81亿"), "元", "社会消费品零售总额", "level", ind=RET,
          note="a space inside the stored copy's 25.81 亿元"),
        Q("35531元", 35531, "元", "城镇居民人均可支配收入", "level", ind=URB),
        Q("6.5%", 6.5, "%", "城镇居民人均可支配收入增长", "growth", ind=URB),
        Q("15201元", 15201, "元", "农村居民人均可支配收入", "level", ind=RUR),
        Q("9.1%", 9.1, "%", "农村居民人均可支配收入增长", "growth", ind=RUR),
        D("2021年", "2021", "year", rel=False),
        C("五防两保", "numeric slogan (落实“五防两保”)"),
        Q("九项", 9, "项", "2021年重点工作", "level", borderline=True, per="2021", target=True,
          note="the items of the year's plan (九项重点工作): a count of headings, arguably not an indicator"),
        Q("8.5%", 8.5, "%", "地区生产总值增长(目标)", "growth", ind=GDP, per="2021", target=True,
          note="力争: the aims for 2021, the year of the session"),
        Q("10%以上", 10, "%", "全社会固定资产投资增长(目标)", "growth", q="at_least", ind=FAI, per="2021", target=True),
        Q("9.5%", 9.5, "%", "社会消费品零售总额增长(目标)", "growth", ind=RET, per="2021", target=True),
        C("十四五", "fixed term"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("1449", "numeric slogan (县委“1449”总体发展思路)"),
    ],
)

# ---------------------------------------------------------------- 02 天全县 (四川 雅安市), 四川经济网's story on the county congress (2023-02-15)
TQ = "天全县"
PAGES["e65_02_tianquan_20230215.txt"] = dict(
    pubdate="2023-02-15",
    pubnote="the dateline `2月15日` (the congress's opening day; the year from the report's 2022 review); the copy "
            "(mtouziguancha.news9.cn, a portal reposting 四川经济网) gives no date of its own — **unsure**: the page's "
            "own day is not given, the session's day is used (as eval51's 隆回)",
    area=TQ, period="2022",
    items=[
        D("2月15日", "2023-02-15", "day", note="dateline; no year on the page: the session of 2023 reviewing 2022"),
        O("第十七届", "congress term"),
        O("第二次", "session number"),
        D("2022年", "2022", "year", rel=False),
        Q("4个", 4, "个", "省重点项目", "level"),
        Q("56个", 56, "个", "市重点项目", "level"),
        Q("68个", 68, "个", "县重点项目", "level"),
        Q("130%以上", 130, "%", "重点项目完成年度计划投资的比例", "share", q="at_least"),
        Q("9个", 9, "个", "芦山地震重建项目", "level"),
        C("6·1", "name of an event (the “6·1”芦山地震)"),
        Q("13个", 13, "个", "泸定地震重建项目", "level"),
        C("9·5", "name of an event (the “9·5”泸定地震)"),
        Q("6477万元", num("6477万"), "元", "泸定地震重建项目完成投资", "level"),
        Q("320万元", num("320万"), "元", "累计获得激励资金", "level"),
        Q("16.99亿元", num("16.99亿"), "元", "争取到位各类资金", "level"),
        C("十四五", "fixed term"),
        C("102项", "inside the name of the national plan's list (“十四五”规划102项重大工程)"),
        D("2022年", "2022", "year", rel=False),
        Q("50余次", 50, "次", "小分队叩门招商", "level", q="more_than"),
        Q("67.6亿元", num("67.6亿"), "元", "招商引资到位资金", "level"),
        C("亿元以上", "size class (亿元以上项目)"),
        Q("10个", 10, "个", "引进亿元以上项目", "level"),
        Q("14个", 14, "个", "平台签约项目", "level"),
        Q("231亿元", num("231亿"), "元", "签约项目总投资", "level"),
        Q("6家", 6, "家", "新入园企业", "level"),
        Q("111.38亿元", num("111.38亿"), "元", "入园企业营业收入", "level"),
        Q("5.32亿元", num("5.32亿"), "元", "入园企业税收", "level",
          note="the park firms' taxes, not the county's 税收收入"),
        Q("32%", 32, "%", "入园企业营业收入、税收增幅", "growth", q="more_than",
          note="增幅均超过32%: both rates; 超过 sits outside the span, as a verb"),
        Q("8.8万平方米", num("8.8万"), "平方米", "新增标准厂房", "level"),
        C("220kV", "voltage class (220kV变电站)"),
        Q("1座", 1, "座", "建成变电站", "level", borderline=True),
        Q("15公里", 15, "公里", "输电线路", "level"),
        Q("3家", 3, "家", "处置僵尸企业", "level"),
        Q("252亩", 252, "亩", "清理盘活闲置低效用地", "level"),
        Q("462.6亩", 462.6, "亩", "处置批而未供土地", "level"),
        C("五星级", "grade (省级五星级园区)"),
        O("首批", "first batch"),
        D("2022年", "2022", "year", rel=False),
        C("两稳一保", "numeric slogan (“两稳一保”政策措施)"),
        Q("40条", 40, "条", "两稳一保政策措施", "level"),
        Q("83.4亿元", num("83.4亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("4.1%", 4.1, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("11.5%", 11.5, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("4.8%", 4.8, "%", "服务业增加值增长", "growth", ind=TI,
          note="服务业增加值 is the tertiary industry's value added (as the earlier sets')"),
        Q("73.75亿元", num("73.75亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("13.7%", 13.7, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("28.08亿元", num("28.08亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("1.6%", 1.6, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("4.1亿元", num("4.1亿"), "元", "地方一般公共预算收入", "level", ind=REV),
        Q("31.3%", 31.3, "%", "地方一般公共预算收入增长", "growth", ind=REV),
        Q("200亿元", num("200亿"), "元", "金融存贷款总额", "level", q="more_than", per="2022-12",
          note="突破: deposits and loans together (not one catalogue balance); a stock at the reviewed year's end"),
    ],
)

# ---------------------------------------------------------------- 03 武进区 (江苏 常州市), the district site's note on its seven industries, 1-9月 2018
WJ = "武进区"
WJ_P = "2018-01/2018-09"
PAGES["e65_03_wujin_20181016.txt"] = dict(
    pubdate="2018-10-16",
    pubnote="the address html/czwj/2018/BEOQPFBN_1016 (www.wj.gov.cn, 常州市武进区人民政府's site, 统计信息 > 数据解读); "
            "the copy has no date line",
    area=WJ, period=WJ_P,
    items=[
        D("今年以来", "2018", "period", note="as the earlier sets' 今年以来: the year; no year on the page: the address's 2018"),
        C("七大行业", "a named group of industries (武进区七大行业)"),
        D("1-9月", WJ_P, "period"),
        Q("2658.07亿元", num("2658.07亿"), "元", "七大行业累计完成产值", "level"),
        Q("10.5%", 10.5, "%", "七大行业产值增长", "growth"),
        Q("六个", 6, "个", "产值增长的行业", "level", borderline=True,
          note="等六个行业: the base of the next figures, arguably not an indicator"),
        Q("2453.69亿元", num("2453.69亿"), "元", "六个行业完成产值", "level"),
        Q("12.1%", 12.1, "%", "六个行业产值增长", "growth"),
        Q("1.6个百分点", 1.6, "百分点", "六个行业产值增幅高出全区", "points",
          note="the six industries' rate above the district's: the district's figure"),
        D("1-9月", WJ_P, "period"),
        Q("326.73亿元", num("326.73亿"), "元", "电子及通信设备制造业产值", "level"),
        Q("22.0%", 22.0, "%", "电子及通信设备制造业产值增长", "growth"),
        D("1-9月", WJ_P, "period"),
        Q("204.37亿元", num("204.37亿"), "元", "化工业产值", "level"),
        Q("5.2%", 5.2, "%", "化工业产值下降", "growth", change="decrease"),
    ],
)

# ---------------------------------------------------------------- 04 济源市 (河南), 济源日报's 本报讯 on 上半年 2018 (on 河南县域经济网)
JY = "济源市"
JY_H1 = "2018-01/2018-06"
JY_DAY = "2018-09-06"
LEAD = "the lead's 上半年 governs the story (every paragraph reports the half year)"
PAGES["e65_04_jiyuan_20180906.txt"] = dict(
    pubdate=JY_DAY,
    pubnote="the kept line `发布时间:2018-09-06 14:51:42 来源:济源日报` (m.henance.com, 河南县域经济网's 济源 column)",
    area=JY, period=JY_H1,
    items=[
        D("2018-09-06 14:51:42", "2018-09-06T14:51", "time", rel=False, note="page metadata line"),
        D("近日", None, "vague"),
        D("上半年", JY_H1, "period"),
        D("上半年", JY_H1, "period"),
        Q("294.3亿元", num("294.3亿"), "元", "生产总值", "level", ind=GDP),
        Q("8.9%", 8.9, "%", "生产总值增长", "growth", ind=GDP),
        O("第2位", "rank"),
        Q("8.1%", 8.1, "%", "规模以上工业增加值累计增长", "growth", ind=VA),
        Q("1.2亿公斤", num("1.2亿"), "公斤", "夏粮产量(预计)", "level",
          note="预计 of a harvest already in (the summer grain): an early estimate of the outcome, not a target; "
               "the summer crop only, not 粮食产量; " + LEAD),
        Q("55.1%", 55.1, "%", "商品房销售面积增长", "growth"),
        Q("24.9亿元", num("24.9亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("23.7%", 23.7, "%", "一般公共预算收入增长", "growth", ind=REV),
        O("第2位", "rank"),
        Q("39亿元", num("39亿"), "元", "规模以上工业实现利润", "level", note=LEAD),
        Q("47.8%", 47.8, "%", "规模以上工业利润增长", "growth"),
        Q("23.8亿元", num("23.8亿"), "元", "规模以上工业实现税金", "level"),
        Q("8%", 8, "%", "规模以上工业税金增长", "growth"),
        C("三大改造", "numeric slogan (工业“三大改造”)"),
        Q("47.6%", 47.6, "%", "三大改造投资占工业投资比重", "share"),
        Q("10.1%", 10.1, "%", "高成长产业增加值增长", "growth"),
        Q("21.9亿元", num("21.9亿"), "元", "税收收入", "level", ind=TAX),
        Q("33.7%", 33.7, "%", "税收收入增长", "growth", ind=TAX),
        O("第1位", "rank"),
        Q("308.09亿元", num("308.09亿"), "元", "各项贷款余额", "level", ind=LOAN, per="2018-06",
          note="written 货款 (a typo for 贷款); a stock at the half year's end"),
        Q("8.13%", 8.13, "%", "各项贷款余额增长", "growth", ind=LOAN, per="2018-06"),
        Q("468.45亿元", num("468.45亿"), "元", "存款余额", "level", ind=DEP, per="2018-06",
          note="a stock at the half year's end"),
        Q("7.25%", 7.25, "%", "存款余额增长", "growth", ind=DEP, per="2018-06"),
        Q("147个", 147, "个", "省市重点项目", "level", per="2018", note="the year's list of key projects"),
        Q("10个", 10, "个", "省重点项目", "level", per="2018"),
        Q("24.7亿元", num("24.7亿"), "元", "省重点项目完成投资", "level"),
        Q("137个", 137, "个", "市重点项目", "level", per="2018"),
        Q("80.3亿元", num("80.3亿"), "元", "市重点项目完成投资", "level"),
        Q("1亿立方米", num("1亿"), "立方米", "金马能源液化天然气项目年产能", "level", per=JY_DAY,
          note="a project's capacity (年产1亿立方米): an attribute, at the page's date"),
        Q("30万吨", num("30万"), "吨", "聚鑫公司废旧蓄电池年处理能力", "level", per=JY_DAY,
          note="a project's capacity (年处理30万吨): an attribute, at the page's date"),
        Q("17%", 17, "%", "跨境电商进出口总值增长", "growth"),
    ],
)
