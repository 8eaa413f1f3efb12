"""Annotations of pages 06-10 (内蒙古自治区, 全椒县, 寿宁县, 兰州新区, 牟定县), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1, P2, P3 = "第一产业增加值", "第二产业增加值", "第三产业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
SPEND = "一般公共预算支出"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"

PAGES = {}

NM = "2024"
PAGES["e11_06_neimenggu_20240325.txt"] = dict(
    pubdate="2024-03-25", pubnote="issue date of the 内蒙古日报 e-paper in the address (nmgrb/html/2024-03/25/…)",
    area="内蒙古自治区", period=NM,
    items=[
        D("今年", NM, "year", note="in the headline"),
        Q("1240个", 1240, "个", "计划实施重点工业项目", "level", target=True, note="headline"),
        D("一季度", "2024-01/2024-03", "period"),
        D("今年", NM, "year"),
        Q("1240个", 1240, "个", "计划实施重点工业项目", "level", target=True),
        D("去年", "2023", "year"),
        Q("76个", 76, "个", "重点工业项目比去年增加", "difference", target=True),
        Q("2.5万亿元", num("2.5万亿"), "元", "重点工业项目总投资规模", "level", target=True),
        D("去年", "2023", "year"),
        Q("近7000亿元", num("7000亿"), "元", "总投资规模比去年增加", "difference", q="nearly", target=True),
        D("年内", NM, "year"),
        Q("6000亿元", num("6000亿"), "元", "年内计划完成投资", "level", target=True),
        Q("1300亿元", num("1300亿"), "元", "年内计划完成投资同比增加", "difference", target=True),
        C("100亿元以上", "size class"),
        Q("50个", 50, "个", "投资100亿元以上项目", "level", target=True),
        C("50亿元以上", "size class"),
        Q("136个", 136, "个", "投资50亿元以上项目", "level", target=True),
        D("历年来", None, "vague"),
    ])

QJ = "2021"
FIVE = "2017/2021"
PAGES["e11_07_quanjiao_20211226.txt"] = dict(
    pubdate="2021-12-26", pubnote="the report's date in the page title (全椒县人民政府工作报告(2021年12月26日)); the repost on bx2200.com gives no posting date",
    area="全椒县", period=QJ,
    items=[
        D("2021年12月26日", "2021-12-26", "day", rel=False, note="in the page title: the day the report was delivered"),
        D("2021年12月26日", "2021-12-26", "day", rel=False),
        O("第十七届", "term number"),
        O("第一次", "session number"),
        D("现在", "2021-12-26", "now", note="the day the report was delivered"),
        O("一、", "section marker"),
        D("2021年", QJ, "year", rel=False, note="section heading (本届政府和2021年工作回顾)"),
        D("过去五年", FIVE, "period", note="the outgoing government's five years, 2017-2021 (the base year is 2016: 是2016年的2.5倍)"),
        C("百年", "fixed phrase (百年洪涝灾害, the flood of a century)"),
        O("十九大", "party congress"),
        O("十九届", "party congress term"),
        Q("129.8亿元", num("129.8亿"), "元", "地区生产总值(2016年)", "level", ind=GDP, per="2016",
          note="从…增长到: the start is 2016 (是2016年的2.5倍)"),
        Q("325亿元", num("325亿"), "元", "地区生产总值", "level", ind=GDP),
        D("2016年", "2016", "year", rel=False),
        Q("2.5倍", 2.5, "倍", "地区生产总值是2016年的倍数", "multiple", ind=GDP),
        O("第48位", "rank"),
        O("第29位", "rank"),
        Q("32340元", 32340, "元", "人均GDP(2016年)", "level", ind="人均地区生产总值", per="2016"),
        Q("81750元", 81750, "元", "人均GDP", "level", ind="人均地区生产总值"),
        Q("9277元", 9277, "元", "人均GDP高于全省平均水平", "difference", ind="人均地区生产总值"),
        Q("20亿元", num("20亿"), "元", "财政收入跨越的台阶", "level", q="more_than", per=FIVE,
          note="连续跨越20亿元、30亿元台阶: thresholds passed within the five years"),
        Q("30亿元", num("30亿"), "元", "财政收入跨越的台阶", "level", q="more_than", per=FIVE),
        Q("10.4%", 10.4, "%", "财政收入年均增速", "growth", per=FIVE),
        Q("12%", 12, "%", "社会消费品零售总额年均增速", "growth", ind=RETAIL, per=FIVE),
        Q("11.5%", 11.5, "%", "城乡居民人均可支配收入年均增速", "growth", ind="全体居民人均可支配收入", per=FIVE,
          note="one figure for town and country together (城乡居民), read as all residents'"),
        Q("818亿元", num("818亿"), "元", "累计完成固定资产投资", "level", ind=FAI, per=FIVE,
          note="cumulative over the five years"),
        O("第18位", "rank"),
        C("十强", "size class"),
        O("第4位", "rank"),
        O("第2位", "rank"),
    ])

SN = "2024"
SN_H1 = "2024-01/2024-06"
PAGES["e11_08_shouning_20240913.txt"] = dict(
    pubdate="2024-09-13", pubnote="from the address (snxww.gov.cn/2024-09/13/…), 寿宁新闻网",
    area="寿宁县", period=SN,
    items=[
        D("9月12日", "2024-09-12", "day"),
        D("今年以来", SN, "period"),
        D("2024年", SN, "year", rel=False),
        Q("9300余条", 9300, "条", "融媒体中心推送各类新闻", "level", q="more_than"),
        Q("1500余条", 1500, "条", "融媒体中心完成外宣稿件", "level", q="more_than"),
        D("上半年", SN_H1, "period"),
        Q("179条", 179, "条", "被中央、省级媒体刊播", "level", per=SN_H1),
        Q("1300余条", 1300, "条", "被市级媒体刊播", "level", q="more_than", per=SN_H1),
    ])

LZ = "2018-12"
PAGES["e11_09_lanzhouxinqu_20190709.txt"] = dict(
    pubdate="2019-07-09", pubnote="from the address (dianxian.dxbei.com/n/20190709/…), 大西北网",
    area="兰州新区", period=LZ,
    items=[
        D("日前", None, "vague"),
        D("截至2018年底", LZ, "period", rel=False),
        Q("3339户", 3339, "户", "累计实现脱贫户", "level"),
        Q("14064人", 14064, "人", "累计实现脱贫人口", "level"),
        Q("193户", 193, "户", "尚未脱贫户", "level"),
        Q("665人", 665, "人", "尚未脱贫人口", "level"),
        Q("11020元", 11020, "元", "农民人均纯收入", "level", per="2018",
          note="a year's income: the year ending at 截至2018年底"),
        Q("6678元", 6678, "元", "建档立卡贫困户人均纯收入", "level", per="2018"),
        Q("0.5%", 0.5, "%", "贫困发生率", "share"),
        D("下一步", None, "vague"),
        C("两不愁三保障", "numeric slogan"),
        C("3+1", "numeric name (“3+1”冲刺清零行动)"),
    ])

MD = "2021"
PAGES["e11_10_mouding_20220124.txt"] = dict(
    pubdate="2022-01-24", pubnote="metadata line 日期:2022年01月24日 (牟定县人民政府 site); the report was delivered 1月20日",
    area="牟定县", period=MD,
    items=[
        O("(一)", "part number of the series (摘要(一))"),
        D("2021年", MD, "year", rel=False, note="in the headline"),
        D("2022年01月24日", "2022-01-24", "day", rel=False, note="page metadata line"),
        D("1月20日", "2022-01-20", "day"),
        D("2021年", MD, "year", rel=False),
        O("十七届", "term number"),
        O("十八届", "term number"),
        D("2022年", "2022", "year", rel=False),
        D("2021年", MD, "year", rel=False),
        D("2021年", MD, "year", rel=False),
        C("十四五", "fixed term"),
        O("100周年", "anniversary"),
        C("第二个百年", "fixed term (第二个百年奋斗目标)"),
        D("一年来", MD, "year", note="in a work report 一年来 is the reporting year"),
        C("六保", "numeric slogan"),
        C("两山", "numeric slogan (“两山”理论)"),
        Q("12.6%", 12.6, "%", "地区生产总值增速", "growth", ind=GDP,
          note="据统计预测 about the year just ended: an estimate of the outcome"),
        Q("92.9亿元", num("92.9亿"), "元", "地区生产总值", "level", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("9.1%", 9.1, "%", "第一产业增加值增速", "growth", ind=P1),
        Q("21.2亿元", num("21.2亿"), "元", "第一产业增加值", "level", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("18.2%", 18.2, "%", "第二产业增加值增速", "growth", ind=P2),
        Q("41亿元", num("41亿"), "元", "第二产业增加值", "level", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("8.4%", 8.4, "%", "第三产业增加值增速", "growth", ind=P3),
        Q("30.7亿元", num("30.7亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("18.3%", 18.3, "%", "规模以上固定资产投资增速", "growth", ind=FAI,
          note="规模以上固定资产投资 (projects above the size threshold) read as 固定资产投资"),
        Q("25.9%", 25.9, "%", "招商引资增速", "growth"),
        Q("87.7亿元", num("87.7亿"), "元", "招商引资", "level"),
        Q("7.9%", 7.9, "%", "地方财政总收入增速", "growth"),
        Q("5.21亿元", num("5.21亿"), "元", "地方财政总收入", "level"),
        Q("6%", 6, "%", "一般公共预算收入增速", "growth", ind=BUDGET),
        Q("4.21亿元", num("4.21亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("3.5%", 3.5, "%", "一般公共预算支出增速", "growth", ind=SPEND),
        Q("19.4亿元", num("19.4亿"), "元", "一般公共预算支出", "level", ind=SPEND),
        Q("12%", 12, "%", "城镇常住居民人均可支配收入增速", "growth", ind=URBAN,
          note="城乡常住居民人均可支配收入分别增长12%和13%: the first is the towns'"),
        Q("13%", 13, "%", "农村常住居民人均可支配收入增速", "growth", ind=RURAL),
        Q("43366元", 43366, "元", "城镇常住居民人均可支配收入", "level", ind=URBAN),
        Q("13835元", 13835, "元", "农村常住居民人均可支配收入", "level", ind=RURAL),
    ])
