"""Annotations of pages 01-05 (云和县, 苏尼特右旗, 佳木斯市, 企石镇, 南昌经开区), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND = "工业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"
RETAIL = "社会消费品零售总额"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"
FDI = "实际使用外资"
PATENT = "专利授权量"
HITECH = "高新技术企业"
DEC = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 云和县 (浙江 丽水)
YH = "2021-01/2021-09"
YH_DAY = "2021-11-09"
PAGES["e19_01_yunhe_20211109.txt"] = dict(
    pubdate=YH_DAY, pubnote="the page's metadata line 2021年11月09日 08:27:52 (浙江在线, 来源 丽水日报)",
    area="云和县", period=YH,
    items=[
        D("前三季度", YH, "period", note="in the headline"),
        Q("15.8%", 15.8, "%", "地区生产总值增幅", "growth", ind=GDP),
        C("26县", "fixed name (浙江's 山区26县)"),
        O("第一", "rank (居26县第一)"),
        D("2021年11月09日 08:27:52", "2021-11-09T08:27", "time", rel=False, note="page metadata line (the ISO form to the minute)"),
        D("日前", None, "vague"),
        D("前三季度", YH, "period"),
        Q("73.18亿元", num("73.18亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("15.8%", 15.8, "%", "地区生产总值增速", "growth", ind=GDP),
        Q("6.0", 6.0, "百分点", "GDP增速高出全国", "points", ind=GDP, inherited=True),
        Q("5.2", 5.2, "百分点", "GDP增速高出全省", "points", ind=GDP, inherited=True),
        Q("4.4个百分点", 4.4, "百分点", "GDP增速高出全市", "points", ind=GDP),
        O("第二", "rank (全省第二)"),
        C("26县", "fixed name (山区加快发展26县)"),
        O("第一", "rank"),
        D("今年以来", "2021", "period"),
        C("三季红", "numeric slogan (“三季红”)"),
        O("20周年", "anniversary"),
        D("前三季度", YH, "period"),
        Q("4.3%", 4.3, "%", "农林牧渔业增加值增速", "growth"),
        D("上半年", "2021-01/2021-06", "period"),
        Q("0.7个百分点", 0.7, "百分点", "农林牧渔业增加值增速较上半年提升", "points"),
        C("十三五", "fixed term"),
        O("第三", "rank (全市第三)"),
        Q("20.9%", 20.9, "%", "工业增加值增速", "growth", ind=IND),
        Q("9.57个百分点", 9.57, "百分点", "工业拉动GDP增长", "points"),
        Q("34.3%", 34.3, "%", "规上工业增加值增速", "growth", ind=IND_VA),
        O("第一", "rank (全市第一)"),
        D("9月", "2021-09", "month", note="9月尾期: late September"),
        D("去年同期", "2020-01/2020-09", "period"),
        Q("99.6%", 99.6, "%", "钢铁系企业产值增速", "growth"),
        Q("20%以上", 20, "%", "木制玩具、通用设备制造业产值增速", "growth", q="at_least"),
        Q("36.4%", 36.4, "%", "规上民营企业增加值增速", "growth"),
        Q("35.1%", 35.1, "%", "小微企业增加值增速", "growth"),
        O("第一", "rank (均居全市第一)"),
        Q("50%以上", 50, "%", "企业营业收入及利润总额增速", "growth", q="at_least"),
        Q("21.6%", 21.6, "%", "人均应付职工薪酬增速", "growth"),
        Q("5.4%", 5.4, "%", "规上工业增加值能耗降幅", "growth", change=DEC),
    ])

# ---------------------------------------------------------------- 02 苏尼特右旗 (内蒙古 锡林郭勒盟)
SY = "2022"
SY_DAY = "2023-02-23"
PAGES["e19_02_suniteyouqi_20230223.txt"] = dict(
    pubdate=SY_DAY, pubnote="the report's delivery date 2023年2月23日 (subtitle); the copy (bx2200.com, a site reposting reports) gives no posting date",
    area="苏尼特右旗", period=SY,
    items=[
        D("2023年2月23日", SY_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十六届", "term number"),
        O("第三次", "session number"),
        D("现在", SY_DAY, "now", note="the day the report was delivered"),
        O("一、", "section marker"),
        D("2022年", SY, "year", rel=False, note="the review section's heading"),
        D("2022年", SY, "year", rel=False),
        O("十九大", "party congress"),
        O("十九届", "term number"),
        O("二十大", "party congress"),
        O("十六届", "term number"),
        O("一次", "session number (十六届人大一次会议)"),
        D("全年", SY, "year"),
        Q("47.2亿元", num("47.2亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("2.4%", 2.4, "%", "地区生产总值增速", "growth", ind=GDP),
        Q("2.05亿元", num("2.05亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        D("2021年", "2021", "year", rel=False),
        Q("1.86亿元", num("1.86亿"), "元", "争取上级转移支付资金较2021年增加", "difference"),
        Q("15%", 15, "%", "争取上级转移支付资金增速", "growth"),
        Q("17亿元", num("17亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("2.1亿元", num("2.1亿"), "元", "固定资产投资超额完成年度任务", "difference", ind=FAI,
          note="the amount above the year's target"),
        Q("20.6%", 20.6, "%", "固定资产投资增速", "growth", ind=FAI),
        Q("44607元", 44607, "元", "城镇常住居民人均可支配收入", "level", ind=URBAN),
        Q("16996元", 16996, "元", "农村牧区常住居民人均可支配收入", "level", ind=RURAL),
        Q("4.3%", 4.3, "%", "城镇常住居民人均可支配收入增速", "growth", ind=URBAN),
        Q("7.6%", 7.6, "%", "农村牧区常住居民人均可支配收入增速", "growth", ind=RURAL),
        Q("8.6亿元", num("8.6亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        O("第三位", "rank (全盟第三位)"),
        D("一年来", SY, "year", note="in a work report 一年来 is the reporting year"),
        Q("40条", 40, "条", "稳经济措施", "level", borderline=True,
          note="稳经济40条: the count of a policy package's measures, arguably its name"),
        Q("36条", 36, "条", "推进工业经济高质量发展措施", "level", borderline=True,
          note="the count of a policy package's measures, arguably its name"),
        Q("261条", 261, "条", "以更优营商环境服务市场主体任务", "level"),
        Q("1303万元", num("1303万"), "元", "普惠型小微企业创业担保贷款", "level"),
        Q("7108万元", num("7108万"), "元", "为受困企业办理延期偿还本息", "level"),
        Q("1.19亿元", num("1.19亿"), "元", "新增留抵退税、减税降费", "level"),
        Q("1.2亿元", num("1.2亿"), "元", "清偿民营企业中小企业账款", "level"),
    ])

# ---------------------------------------------------------------- 03 佳木斯市 (黑龙江)
JMS = "2022"
JMS_DAY = "2022-04-07"
PAGES["e19_03_jiamusi_20220407.txt"] = dict(
    pubdate=JMS_DAY, pubnote="the page's metadata line 发布日期:2022-04-07 19:53:53 (佳木斯市前进区's site, 发布者 前进发布); the ceremony 7日上午",
    area="佳木斯市", period=JMS,
    items=[
        D("2022-04-07 19:53:53", "2022-04-07T19:53", "time", rel=False, note="page metadata line (the ISO form to the minute)"),
        D("7日上午", JMS_DAY, "day"),
        Q("13个", 13, "个", "同步举行开工仪式的市地", "level", area="黑龙江省", per=JMS_DAY),
        Q("208个", 208, "个", "本次开春即开工的重点项目", "level", per=JMS_DAY),
        D("今年", JMS, "year"),
        Q("92.7亿元", num("92.7亿"), "元", "重点项目今年计划完成投资", "level", target=True),
        Q("25个", 25, "个", "省级重点项目", "level", per=JMS_DAY),
        D("今年", JMS, "year"),
        Q("37亿元", num("37亿"), "元", "省级重点项目今年计划完成投资", "level", target=True),
        Q("183个", 183, "个", "市级重点项目", "level", per=JMS_DAY),
        D("今年", JMS, "year"),
        Q("55.7亿元", num("55.7亿"), "元", "市级重点项目今年计划完成投资", "level", target=True),
        D("2022年", JMS, "year", rel=False),
        D("新一年", JMS, "year"),
        O("一级", "civil-service grade (一级巡视员)"),
    ])

# ---------------------------------------------------------------- 04 企石镇 (广东 东莞)
QS = "2015-01/2015-05"
QS_DAY = "2015-07-06"
PAGES["e19_04_qishi_20150706.txt"] = dict(
    pubdate=QS_DAY, pubnote="posted 2015-07-06 (from the address, guannews.com 莞讯网; 来源 企石广电站)",
    area="企石镇", period=QS,
    items=[
        D("2015年1-5月", QS, "period", rel=False, note="in the headline"),
        Q("19.7亿元", num("19.7亿"), "元", "生产总值", "level", ind=GDP),
        D("今年以来", "2015", "period"),
        D("1—5月份", QS, "period"),
        Q("19.7亿元", num("19.7亿"), "元", "生产总值", "level", ind=GDP),
        D("上年同期", "2014-01/2014-05", "period"),
        Q("7%", 7, "%", "生产总值增速", "growth", ind=GDP),
        Q("43.3亿元", num("43.3亿"), "元", "规模以上工业总产值", "level", ind=IND_OUT),
        Q("4.2%", 4.2, "%", "规模以上工业总产值增速", "growth", ind=IND_OUT),
        Q("3.4亿元", num("3.4亿"), "元", "各项税收总额", "level"),
        Q("12%", 12, "%", "各项税收总额增速", "growth"),
        D("今年以来", "2015", "period"),
        Q("148件", 148, "件", "申请各类专利", "level", per="2015"),
        Q("92件", 92, "件", "获得授权专利", "level", ind=PATENT, per="2015"),
        Q("13家", 13, "家", "国家高新技术企业", "level", ind=HITECH, per=QS_DAY,
          note="a stock with no time of its own: the article's date"),
        Q("49家", 49, "家", "成功转型的来料加工企业", "level", per="2015"),
        C("三资", "fixed term (“三资”企业)"),
        D("前5个月", QS, "period"),
        Q("7691万元", num("7691万"), "元", "村组两级经营总收入", "level"),
        D("上年同期", "2014-01/2014-05", "period"),
        Q("9.2%", 9.2, "%", "村组两级经营总收入增速", "growth"),
        Q("3642万元", num("3642万"), "元", "村组两级纯收入", "level"),
        Q("37.8%", 37.8, "%", "村组两级纯收入增速", "growth"),
        D("下半年", "2015-07/2015-12", "period"),
        D("年内", "2015", "year"),
        Q("2—3个", 2, "个", "争取引进培育市重大项目", "level", value_max=3, target=True, per="2015"),
        O("首个", "first-of-kind word (全市首个)"),
    ])

# ---------------------------------------------------------------- 05 南昌经开区 (江西 南昌)
NC = "2017-01/2017-09"
NC_DAY = "2017-12-04"
NC_AREA = "南昌经济技术开发区"
PAGES["e19_05_nanchangjkq_20171204.txt"] = dict(
    pubdate=NC_DAY, pubnote="the page's metadata line 2017-12-04 17:46:09 (国际在线, city.cri.cn); the forum 12月3日",
    area=NC_AREA, period=NC,
    items=[
        C("百强", "size class (百强榜)"),
        O("前50强", "rank tier"),
        D("2017-12-04 17:46:09", "2017-12-04T17:46", "time", rel=False, note="page metadata line (the ISO form to the minute)"),
        D("12月3日", "2017-12-03", "day"),
        C("2017", "year inside the forum's name (“2017中国产业园区持续发展论坛”)"),
        C("2017", "year inside the report's title (《2017中国产业园区持续发展蓝皮书》)"),
        C("百强", "size class (百强榜单)"),
        C("百强", "size class (百强榜单)"),
        O("34名", "rank (百强榜单中的34名)"),
        O("前50强", "rank tier"),
        C("百强", "size class (headline repeated as stored)"),
        O("前50强", "rank tier (headline repeated as stored)"),
        D("近年来", None, "vague"),
        Q("两位数", 10, "%", "经济增速", "growth", q="at_least", per="NULL",
          note="持续保持两位数快速增长: at least 10 % (as eval6 and eval18); 近年来 gives no period"),
        D("今年前三季度", NC, "period"),
        D("全年", "2017", "year"),
        O("三产", "industry ordinal (三产, 第三产业)"),
        D("上半年", "2017-01/2017-06", "period"),
        Q("9.7%", 9.7, "%", "GDP增幅", "growth", ind=GDP),
        Q("0.7", 0.7, "百分点", "GDP增幅高于全省", "points", ind=GDP, inherited=True),
        Q("0.6个百分点", 0.6, "百分点", "GDP增幅高于全市", "points", ind=GDP),
        Q("246.77亿元", num("246.77亿"), "元", "规模以上工业增加值", "level", ind=IND_VA),
        Q("10%", 10, "%", "规模以上工业增加值增速", "growth", ind=IND_VA),
        C("五大主导产业", "name with a numeral"),
        Q("783.11亿元", num("783.11亿"), "元", "五大主导产业主营业务收入", "level"),
        Q("16.3%", 16.3, "%", "五大主导产业主营业务收入增速", "growth"),
        C("百强", "size class (headline repeated as stored)"),
        O("前50强", "rank tier (headline repeated as stored)"),
        D("今年前三季度", NC, "period"),
        Q("65个", 65, "个", "签约项目", "level"),
        Q("5.08亿美元", num("5.08亿"), "美元", "实际利用外资", "level", ind=FDI),
        Q("22.18%", 22.18, "%", "实际利用外资增速", "growth", ind=FDI),
        Q("206亿元", num("206亿"), "元", "实际利用内资", "level"),
        Q("20.69%", 20.69, "%", "实际利用内资增速", "growth"),
        D("今年以来", "2017", "period"),
    ])
