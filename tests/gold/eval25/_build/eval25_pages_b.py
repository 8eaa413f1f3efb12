"""Annotations of pages 06-10 (锦尚镇, 福清市, 东石镇, 肇源县, 颛桥镇), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P3 = "第三产业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
FDI = "实际使用外资"

PAGES = {}

# ---------------------------------------------------------------- 06 锦尚镇 (福建 泉州市 石狮市), a town
JS = "2019"
JS_H1 = "2020-01/2020-06"
PAGES["e25_06_jinshang_20200727.txt"] = dict(
    pubdate="2020-07-27",
    pubnote="the date line 石狮日报 2020-07-27 11:25 (m.mnw.cn, 闽南网's copy of the city paper)",
    area="锦尚镇", period=JS,
    items=[
        O("第五届", "term of the town people's congress (headline)"),
        O("七次", "session number (headline)"),
        D("2020-07-27 11:25", "2020-07-27T11:25", "time", rel=False, note="the date line"),
        D("7月24日", "2020-07-24", "day", note="the meeting day"),
        O("第五届", "term of the town people's congress"),
        O("第七次", "session number"),
        D("2019年", JS, "year", rel=False),
        Q("1.8亿元", num("1.8亿"), "元", "公共财政总收入", "level"),
        Q("74亿元", num("74亿"), "元", "规模以上工业总产值", "level", ind=IND_OUT),
        Q("14%", 14, "%", "规模以上工业总产值比增", "growth", ind=IND_OUT),
        Q("22.8亿元", num("22.8亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("39%", 39, "%", "固定资产投资比增", "growth", ind=FAI),
        Q("21亿元", num("21亿"), "元", "限额以上商业销售额", "level"),
        Q("15%", 15, "%", "限额以上商业销售额比增", "growth"),
        Q("5.2亿元", num("5.2亿"), "元", "限额以上社会消费品零售额", "level"),
        Q("9%", 9, "%", "限额以上社会消费品零售额比增", "growth"),
        C("2019年度", "year inside the name of an appraisal (2019年度绩效考评)"),
        O("第四名", "rank"),
        D("2020年1—6月", JS_H1, "period", rel=False),
        Q("10661万元", num("10661万"), "元", "公共财政总收入", "level", per=JS_H1),
        Q("20.8%", 20.8, "%", "公共财政总收入比增", "growth", per=JS_H1),
        O("第一", "rank (增速居全市各镇(街道)第一)"),
        D("下阶段", None, "vague"),
        C("五个年", "numeric slogan (“五个年”活动)"),
        C("一港两链多园", "numeric slogan"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("九牧", "a company's name with a numeral (九牧卫浴)"),
        C("百亿", "size class in a park's name (百亿锦蚶智造园)"),
    ],
)

# ---------------------------------------------------------------- 07 福清市 (福建 福州市)
FQ_DAY = "2019-11-20"
FQ = "2019-01/2019-09"
PAGES["e25_07_fuqing_20191120.txt"] = dict(
    pubdate=FQ_DAY,
    pubnote="the dateline 海峡网11月20日讯 with the address's 201911/20 (hxnews.com, a provincial portal; 福州日报's reporter)",
    area="福清市", period=FQ,
    items=[
        D("11月20日", FQ_DAY, "day", note="dateline"),
        D("日前", None, "vague"),
        C("百强", "size class in a report's title (百强县)"),
        C("百强", "size class in a report's title (百强区)"),
        C("百强", "size class (中国工业百强县(市)榜单)"),
        O("第28名", "rank"),
        D("去年", "2018", "year"),
        Q("14位", 14, "位", "榜单名次比去年提升", "difference", per="2019", borderline=True,
          note="a change of rank, counted in places"),
        D("近年来", None, "vague"),
        C("2019", "year inside a campaign's name (‘招商2019’)"),
        Q("8大", 8, "个", "主导产业", "level", per=FQ_DAY, implied=True, borderline=True),
        C("千亿", "size class (千亿产业专区)"),
        D("今年前三季度", FQ, "period"),
        O("第三产业", "industry ordinal (第三产业等指标)"),
        D("2019年前三季度", FQ, "period", rel=False),
        Q("778.6亿元", num("778.6亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("8.2%", 8.2, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("70.7亿元", num("70.7亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("3.7%", 3.7, "%", "第一产业增加值增长", "growth", ind=P1),
        Q("8.1%", 8.1, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        Q("4.3%", 4.3, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("101.3亿元", num("101.3亿"), "元", "一般公共预算总收入", "level"),
        Q("7.4%", 7.4, "%", "一般公共预算总收入增长", "growth"),
        Q("53155万元", num("53155万"), "元", "实际利用外资", "level", ind=FDI),
        Q("14.1%", 14.1, "%", "实际利用外资增长", "growth", ind=FDI),
        Q("四大", 4, "个", "福清园区", "level", per=FQ_DAY, implied=True, borderline=True),
        C("千亿", "size class (千亿电子信息产业园)"),
    ],
)

# ---------------------------------------------------------------- 08 东石镇 (福建 泉州市 晋江市), a town
DS_DAY = "2021-05-30"
DS = "2020"
DS_5 = "2016/2020"
DS_T = "2021/2025"
PAGES["e25_08_dongshi_20210604.txt"] = dict(
    pubdate="2021-06-04",
    pubnote="the address's date (jjjjb.fjdaily.com/pc/con/202106/04/…, a paper on 福建日报's e-paper platform); the lead's 5月30日 is the congress day",
    area="东石镇", period=DS,
    items=[
        D("5月30日上午", DS_DAY, "day", note="the party congress day"),
        O("第十三次", "party congress number"),
        O("第十二届", "term of the town party committee"),
        C("十三五", "fixed term (five-year plan)"),
        C("十四五", "fixed term (five-year plan)"),
        O("第十二届", "term of the town party committee"),
        D("过去五年", DS_5, "period", note="the 十三五 years of the outgoing committee"),
        C("十三五", "fixed term (five-year plan)"),
        D("2020年", DS, "year", rel=False),
        Q("365.74亿元", num("365.74亿"), "元", "工业总产值", "level"),
        Q("8.88%", 8.88, "%", "工业总产值年均增长", "growth", per=DS_5),
        Q("313.64亿元", num("313.64亿"), "元", "规模以上工业产值", "level", ind=IND_OUT),
        Q("8.32%", 8.32, "%", "规模以上工业产值年均增长", "growth", ind=IND_OUT, per=DS_5),
        O("第三产业", "industry ordinal"),
        Q("167亿元", num("167亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("21.17%", 21.17, "%", "第三产业增加值年均增长", "growth", ind=P3, per=DS_5),
        Q("8.22亿元", num("8.22亿"), "元", "财政年均收入", "level", per=DS_5,
          note="a yearly average over the five years"),
        D("2018年", "2018", "year", rel=False),
        D("2020年", DS, "year", rel=False),
        Q("两届", 2, "届", "连续蝉联全国文明村镇", "level", per="2018/2020", borderline=True),
        D("五年来", DS_5, "period"),
        Q("5年", 5, "年", "连续跻身全国科学发展百强镇前列", "level", per=DS_5, borderline=True,
          note="a span of years (连续5年)"),
        C("百强", "size class (百强镇)"),
        D("今后五年", DS_T, "period"),
        D("到2025年", "2025", "year", rel=False),
        Q("556.36亿元", num("556.36亿"), "元", "工农业总产值目标", "level", per="2025", target=True),
        Q("8.33%", 8.33, "%", "工农业总产值年均增长目标", "growth", per=DS_T, target=True),
        Q("548.03亿元", num("548.03亿"), "元", "工业总产值目标", "level", per="2025", target=True),
        Q("8%", 8, "%", "工业总产值年均增长目标", "growth", per=DS_T, target=True),
        Q("12亿元", num("12亿"), "元", "全社会固定资产投资目标", "level", ind=FAI, per="2025", target=True),
        Q("9.5%", 9.5, "%", "全社会固定资产投资年均增长目标", "growth", ind=FAI, per=DS_T, target=True),
        Q("10亿元以上", num("10亿"), "元", "财政收入目标", "level", q="at_least", per="2025", target=True),
        C("百强", "size class (中国百强镇)"),
    ],
)

# ---------------------------------------------------------------- 09 肇源县 (黑龙江 大庆市), county government work report
ZY_DAY = "2020-12-29"
ZY = "2016/2020"
PAGES["e25_09_zhaoyuan_20201229.txt"] = dict(
    pubdate=ZY_DAY,
    pubnote="the report's delivery date under its title (2020年12月29日); the collector (gongwensou.com) dates its copy 2021-07-28",
    area="肇源县", period=ZY,
    items=[
        C("2021年", "year inside the collector's title of the report"),
        D("2021-07-28 08:36:33", "2021-07-28T08:36", "time", rel=False, note="the collector's posting line"),
        D("2020年12月29日", ZY_DAY, "day", rel=False, note="delivery date (subtitle)"),
        O("第十七届", "term of the county people's congress"),
        O("第六次", "session number"),
        D("现在", ZY_DAY, "now", note="the day the report was delivered"),
        O("一、", "section marker"),
        C("十三五", "fixed term (five-year plan), in the section heading"),
        D("2016年以来", "2016-01-01/2020-12-29", "period", rel=False, note="since-interval to the report's day"),
        C("十三五", "fixed term (five-year plan)"),
        D("过去五年", ZY, "period", note="the 十三五 years"),
        Q("3.7%", 3.7, "%", "地区生产总值年均增长", "growth", ind=GDP),
        Q("7%", 7, "%", "社会消费品零售总额年均增长", "growth", ind=RETAIL),
        Q("149.8亿元", num("149.8亿"), "元", "固定资产投资累计", "level", ind=FAI),
        D("2016年", "2016", "year", rel=False),
        O("第60名", "rank (全省县域综合排名)"),
        D("2019年", "2019", "year", rel=False),
        O("第35名", "rank (全省县域综合排名)"),
        C("50年一遇", "flood-protection standard (防洪能力提高到50年一遇标准)"),
        Q("49.1万亩", num("49.1万"), "亩", "新增高标准农田", "level"),
        Q("15处", 15, "处", "建成现代农业科技示范园区", "level"),
        Q("5.3万台(套)", num("5.3万"), "台(套)", "农机具保有量", "level", per=ZY_DAY),
        Q("98%", 98, "%", "农业机械化率", "share", per=ZY_DAY),
        Q("45个", 45, "个", "绿色和有机产品认证(起点)", "level", per="2015",
          note="the count at the start of the five years"),
        Q("117个", 117, "个", "绿色和有机产品认证", "level", per=ZY_DAY),
        Q("26.8万亩", num("26.8万"), "亩", "认证基地面积(起点)", "level", per="2015",
          note="the area at the start of the five years"),
        Q("107.6万亩", num("107.6万"), "亩", "认证基地面积", "level", per=ZY_DAY),
        Q("60万亩", num("60万"), "亩", "订单农业面积", "level", per=ZY_DAY),
        Q("21处", 21, "处", "互联网+种植业高标准示范基地", "level"),
    ],
)

# ---------------------------------------------------------------- 10 颛桥镇 (上海 闵行区), a town's half-year work report
ZQ_DAY = "2022-07-28"
ZQ = "2022-01/2022-06"
PAGES["e25_10_zhuanqiao_20220728.txt"] = dict(
    pubdate=ZQ_DAY,
    pubnote="the report's delivery date in its subtitle (2022年7月28日) (zwgk.shmh.gov.cn, 闵行区's public-information site, 颛桥镇's page)",
    area="颛桥镇", period=ZQ,
    items=[
        D("2022年7月28日", ZQ_DAY, "day", rel=False, note="delivery date (subtitle)"),
        O("第六届", "term of the town people's congress"),
        O("第二次", "session number"),
        D("现在", ZQ_DAY, "now", note="the day the report was delivered"),
        C("2022年上半年", "period inside the name of the report (2022年上半年政府工作情况报告)"),
        O("一、", "section marker"),
        D("2022年上半年", ZQ, "period", rel=False, note="section heading"),
        D("2022年上半年", ZQ, "period", rel=False),
        C("百年", "fixed phrase (百年变局)"),
        O("十九大", "party congress"),
        O("十九届", "party central committee term (十九届历次全会)"),
        O("第十二次", "party congress number (市第十二次党代会)"),
        O("第七次", "party congress number (区第七次党代会)"),
        D("今年3月以来", "2022-03/2022-07-28", "period", note="since March to the report's day"),
        C("两手抓", "numeric slogan"),
        C("两手硬", "numeric slogan"),
        C("两手赢", "numeric slogan"),
        D("1-6月", ZQ, "period"),
        Q("25.76亿元", num("25.76亿"), "元", "财政总收入", "level"),
        Q("56.00%", 56.0, "%", "财政总收入完成年度目标", "share"),
        Q("12.66亿元", num("12.66亿"), "元", "地方财政收入", "level"),
        Q("66.65%", 66.65, "%", "地方财政收入完成年度目标", "share"),
        Q("12.89亿元", num("12.89亿"), "元", "镇级财政收入", "level"),
        Q("75.84%", 75.84, "%", "镇级财政收入完成年度目标", "share"),
        Q("105.35亿元", num("105.35亿"), "元", "规模以上工业总产值", "level", ind=IND_OUT),
        Q("42.31%", 42.31, "%", "规模以上工业总产值完成年度目标", "share"),
        Q("24.74亿元", num("24.74亿"), "元", "社会固定资产投资", "level", ind=FAI),
        Q("42.66%", 42.66, "%", "社会固定资产投资完成年度目标", "share"),
        Q("4.24亿元", num("4.24亿"), "元", "工业固定资产投资", "level", ind="工业投资"),
        Q("38.55%", 38.55, "%", "工业固定资产投资完成年度目标", "share"),
        O("(一)", "section marker"),
        D("3月初", "2022-03", "month"),
    ],
)
