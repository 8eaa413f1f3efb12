"""Annotations of pages 05-08 (通州区, 长沙县, 马关, 砚山), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
P1, P2, P3 = "第一产业增加值", "第二产业增加值", "第三产业增加值"
STRUCT = "三次产业结构"

PAGES = {}

PAGES["e8_05_tongzhou_20200421.txt"] = dict(
    pubdate="2020-04-21", pubnote="发布时间 in the page's metadata line (2020-04-21 15:14); the bulletin is of 2019",
    area="南通市通州区", period="2019",
    items=[
        C("2019年", "year inside the document title"),
        D("2020-04-21 15:14", "2020-04-21T15:14", "time", rel=False, note="发布时间 in the metadata line"),
        D("2019年", "2019", "year", rel=False),
        O("十九大", "party congress"),
        O("十九届二中、三中、四中全会", "party plenums"),
        C("两聚一高", "numeric slogan"),
        O("一、", "section marker"),
        D("2019年", "2019", "year", rel=False),
        Q("1385.46亿元", num("1385.46亿"), "元", "地区生产总值", "level", ind=GDP),
        D("上年", "2018", "year"),
        Q("6.1%", 6.1, "%", "地区生产总值增速", "growth", ind=GDP),
        Q("12.14万元", num("12.14万"), "元", "按常住人口计算的人均地区生产总值", "level", ind=GDP_PC),
        Q("11.04万元", num("11.04万"), "元", "按户籍人口计算的人均地区生产总值", "level", ind=GDP_PC),
        D("当年", "2019", "year", note="当年人民币兑美元平均汇率: the bulletin's year"),
        Q("1.76万美元", num("1.76万"), "美元", "按常住人口计算的人均地区生产总值(美元)", "level", ind=GDP_PC),
        Q("1.60万美元", num("1.60万"), "美元", "按户籍人口计算的人均地区生产总值(美元)", "level", ind=GDP_PC),
        O("第一产业", "industry ordinal"),
        Q("59.87亿元", num("59.87亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("1.4%", 1.4, "%", "第一产业增加值增速", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("718.79亿元", num("718.79亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("6.2%", 6.2, "%", "第二产业增加值增速", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("606.80亿元", num("606.80亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("6.4%", 6.4, "%", "第三产业增加值增速", "growth", ind=P3),
        C("三次产业", "fixed term"),
        D("上年", "2018", "year"),
        Q("4.6:51.6:43.8", 4.6, "", "三次产业结构", "share", ind=STRUCT, per="2018",
          values=[4.6, 51.6, 43.8], note="ratio; value is the first part"),
        Q("4.3:51.9:43.8", 4.3, "", "三次产业结构", "share", ind=STRUCT,
          values=[4.3, 51.9, 43.8], note="ratio; value is the first part"),
        Q("304.33亿元", num("304.33亿"), "元", "高新技术产业产值", "level", ind="高新技术产业产值"),
        Q("10.7%", 10.7, "%", "高新技术产业产值增速", "growth", ind="高新技术产业产值"),
        Q("315.36亿元", num("315.36亿"), "元", "新兴产业产值", "level"),
        Q("9.8%", 9.8, "%", "新兴产业产值增速", "growth"),
    ])

PAGES["e8_06_changsha_20230202.txt"] = dict(
    pubdate="2023-02-02", pubnote="delivered 2023-02-02 (subtitle); the mirror's own date is not shown",
    area="长沙县", period="2022",
    items=[
        D("2023年2月2日", "2023-02-02", "day", rel=False, note="report's subtitle"),
        O("第十八届", "session number"),
        O("第三次", "session number"),
        O("一、", "section marker"),
        D("2022年", "2022", "year", rel=False, note="section heading 2022年工作回顾"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        C("三高四新", "numeric slogan"),
        C("三大支撑八项重点", "numeric slogan"),
        C("1345", "numeric slogan (1345发展思路)"),
        C("四区", "numeric slogan"),
        C("四个年", "numeric slogan (四个年行动)"),
        D("全年", "2022", "period"),
        Q("4.5%", 4.5, "%", "地区生产总值增速", "growth", ind=GDP),
        Q("6.9%", 6.9, "%", "规模以上工业增加值增速", "growth", ind="规模以上工业增加值"),
        Q("9.1%", 9.1, "%", "固定资产投资增速", "growth", ind="固定资产投资"),
        Q("3.1%", 3.1, "%", "社会消费品零售总额增速", "growth", ind="社会消费品零售总额"),
        Q("8.18%", 8.18, "%", "地方一般公共预算收入增速", "growth", ind="一般公共预算收入"),
        C("百强县", "size class"),
        O("榜首", "rank"),
        C("百强县", "size class"),
        O("第3", "rank"),
        O("第4", "rank"),
        O("第5", "rank"),
        O("第5", "rank"),
        O("第6", "rank"),
        C("百强", "size class"),
        O("第7", "rank"),
        C("10强", "size class"),
        C("六大", "numeric slogan (六大强农)"),
        Q("11项", 11, "项", "获得省政府真抓实干督查激励的工作", "level"),
    ])

MG = "2017-06-25"
PAGES["e8_07_maguan_20170625.txt"] = dict(
    pubdate="2017-06-25", pubnote="date of the reply letter; the page's own date is not shown",
    area="马关县", period=MG,
    items=[
        O("第197号", "proposal number"),
        O("第197号", "proposal number"),
        Q("4.5km", 4.5, "km", "竹林至箐头进村道路全长", "level", note="unit as written (km)"),
        Q("7个", 7, "个", "道路覆盖村小组", "level"),
        Q("955人", 955, "人", "道路受益人口", "level"),
        Q("165万元", num("165万"), "元", "预计投入资金", "level", target=True,
          note="the proposer's estimate for a road not yet built"),
        D("2017年3月29日", "2017-03-29", "day", rel=False, note="交办日期"),
        O("第十七届", "session number"),
        O("一次", "session number (人大一次会议)"),
        O("第197号", "proposal number"),
        C("十三五", "five-year plan name"),
        D("2017年", "2017", "year", rel=False),
        C("50户以上", "size class (50户以上自然村)"),
        C("20户以上", "size class (20户以上自然村)"),
        D("目前", MG, "now"),
        Q("51个", 51, "个", "贫困村委会", "level"),
        C("50户以上", "size class (50户以上自然村)"),
        C("20户以上", "size class (20户以上自然村)"),
        D("2017年6月25日", "2017-06-25", "day", rel=False, note="date of the letter"),
    ])

YS = "2018-08-04"
PAGES["e8_08_yanshan_20180804.txt"] = dict(
    pubdate="2018-08-04", pubnote="发布时间 in the page's metadata line (2018-08-04 14:49:15); the letter is signed 2018-06-04",
    area="砚山县", period=YS,
    items=[
        O("第十六届", "session number"),
        O("第二次", "session number"),
        O("第4号", "proposal number"),
        D("2018-08-04 14:49:15", "2018-08-04T14:49", "time", rel=False, note="发布时间 in the metadata line"),
        Q("823", 823, "次", "阅读次数", "level", implied=True, borderline=True,
          note="the page's read counter, kept because it shares the metadata line"),
        O("第十六届", "session number"),
        O("第二次", "session number"),
        O("第4号", "proposal number"),
        Q("2.3公里", 2.3, "公里", "黑山至黑巴草场段到山里红苹果基地道路长度", "level"),
        Q("2.3公里", 2.3, "公里", "黑山至黑巴草场段到山里红苹果基地道路长度", "level"),
        D("当前", YS, "now"),
        D("2018年6月4日", "2018-06-04", "day", rel=False, note="date of the letter"),
    ])
