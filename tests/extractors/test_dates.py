"""Dated events: extractors/dates.py.

Development/evaluation split: the sample page (seeds/) and its gold annotations are the
development set, checked at the end through the evaluator. Every named case list below is
written from how government news in other places and years phrases dates, not from the
sample: (id, sentence, expected dates as (text, iso, kind), in order). Unless a case says
otherwise, the article's date ("today") is 2024-09-09, a Monday. Known misses stay listed
as strict xfails.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.dates import atoms as atoms_module
from extractors.dates import find_dates, iso_bounds, parse_date
from extractors.text import decode, normalize
from tests import known_misses

TODAY = date(2024, 9, 9)
Expect = list[tuple[str, str | None, str]]

ABSOLUTE: list[tuple[str, str, Expect]] = [
    # a full date whose 年 and 月 were lost in copying: eight digits and 日 (eval44)
    ("a-date-that-lost-its-year-and-month-marks", "——20231124日在自治县人大常委会会议上",
     [("20231124日", "2023-11-24", "day")]),
    ("seven-digits-that-split-one-way", "——在2017222日平川区人民代表大会常务委员会第一次会议上",
     [("2017222日", "2017-02-22", "day")]),
    # a letter's date under its signature with 年, 月 and 日 all lost, alone on its line (eval77; eval8,
    # eval14, eval24, eval25 and eval50 hold more); digits that split two ways (1月15日, 11月5日) are none
    ("a-signature-date-that-lost-every-mark", "城口县交通运输委员会\n2025325\n联系电话：18996616622",
     [("2025325", "2025-03-25", "day")]),
    ("eight-signature-digits", "平川县交通运输局\n20250325\n", [("20250325", "2025-03-25", "day")]),
    # 2025年1-3月 with its 年 lost in copying: a year glued to a span of months (eval79; eval33)
    ("a-year-glued-to-its-months", "20251-3月,全县实现生产总值420880万元", [("20251-3月", "2025-01/2025-03", "period")]),
    ("digits-before-a-glued-year-are-no-year", "编号120251-3月", [("3月", "2024-03", "month")]),
    # a span told again by its length right after it (3月18日至6月26日这100天) is no date of its own (eval81)
    ("a-span-told-again-by-its-length", "在3月18日至6月26日这100天时间内攻坚克难。",
     [("3月18日至6月26日", "2024-03-18/2024-06-26", "range")]),
    # a clock alone (11:23 beside a page's date, 9时) is that day's clock (eval81; twelve sets' iso rose)
    ("a-clock-alone-keeps-its-time", "20-08-29 11:23 来源:甘肃日报", [("11:23", "2024-09-09T11:23", "time")]),
    ("an-hour-alone-keeps-its-time", "9时，大会开幕。", [("9时", "2024-09-09T09:00", "time")]),
    # eight digits in brackets after a title (…政府工作报告(20230111)) are its date; digits that make no
    # date are none (eval83; eval80)
    ("a-date-of-eight-digits-in-brackets", "威远县2023年政府工作报告(20230111)", [("20230111", "2023-01-11", "day")]),
    ("eight-bracketed-digits-that-make-no-date", "编号(20231399)", []),
    # a date written day first opening its line (a foreign site's 23.07.2014  23:04) is that day (eval84, eval22)
    ("a-day-first-date-line", "上半年经济运行\n23.07.2014  23:04\n上半年，", [("上半年", "2024-01/2024-06", "period"), ("23.07.2014  23:04", "2014-07-23T23:04", "time"), ("上半年", "2024-01/2024-06", "period")]),
    ("day-first-digits-inside-a-line-are-no-date", "增长23.07.2014", []),
    # a quarter of an earlier year with 以来 is since then, from its month (eval86); one of this year
    # stays the quarter (今年二季度以来 in a report of it)
    ("since-a-quarter-of-an-earlier-year", "自2016年4季度以来，", [("自2016年4季度以来", "2016-10/2024-09-09", "period")]),
    ("since-a-month", "2023年3月以来，", [("2023年3月以来", "2023-03/2024-09-09", "period")]),
    # a year compared with (与2019年同期相比) is a base: a later half-year counts from this year (eval87)
    ("a-half-year-after-a-compared-year", "同比增长10.7%，与2019年同期相比，两年平均增长5.3%，比上半年提高0.5个百分点。",
     [("2019年同期", "2019", "year"), ("上半年", "2024-01/2024-06", "period")]),
    ("signature-digits-that-split-two-ways", "平川县交通运输局\n2025115\n", []),
    ("seven-digits-inside-a-line-are-no-date", "全县户籍人口2025325人。", []),
    # a story's hour (上午9时, 下午5时, 8时30分): the day and its clock; after 下午 an hour under
    # 12 is in the afternoon, one of 12 or more stays
    ("an-hour-after-the-morning", "1月5日上午9时，会议开幕。", [("1月5日上午9时", "2024-01-05T09:00", "time")]),
    ("an-hour-in-the-afternoon", "截至1月21日下午5时，共收到提案118件。",
     [("1月21日下午5时", "2024-01-21T17:00", "time")]),
    ("a-24-hour-clock-after-the-afternoon", "2022年1月12日下午14时，会议开幕。",
     [("2022年1月12日下午14时", "2022-01-12T14:00", "time")]),
    ("hour-and-minutes", "1月27日上午8时30分许，大会召开。", [("1月27日上午8时30分", "2024-01-27T08:30", "time")]),
    ("full-date", "2023年5月18日，成都市召开全市经济工作会议。", [("2023年5月18日", "2023-05-18", "day")]),
    ("chinese-numerals", "二〇二二年十月十六日，党的二十大在北京开幕。",
     [("二〇二二年十月十六日", "2022-10-16", "day")]),
    ("year-month", "2019年12月，深圳市出台优化营商环境新政。", [("2019年12月", "2019-12", "month")]),
    # a web page's 发布时间: the day with its clock time (seconds dropped)
    ("full-date-and-clock", "发布时间：2024-01-11 08:33　来源：滨海发布", [("2024-01-11 08:33", "2024-01-11T08:33", "time")]),
    ("clock-glued-to-the-day", "发布时间：2021年06月03日15时27分",
     [("2021年06月03日15时27分", "2021-06-03T15:27", "time")]),
    ("clock-with-seconds", "2007-01-15 08:17:33 来源:东北网", [("2007-01-15 08:17", "2007-01-15T08:17", "time")]),
    ("year", "2020年，全省地区生产总值突破5万亿元。", [("2020年", "2020", "year")]),
    ("numeric-date", "会议于2021-07-01在北京召开。", [("2021-07-01", "2021-07-01", "day")]),
    ("date-and-clock", "2024年3月5日上午9时，十四届全国人大二次会议开幕。",
     [("2024年3月5日上午9时", "2024-03-05T09:00", "time")]),
    ("weekday-in-brackets", "9月12日（星期四）上午，市委常委会召开会议。",
     [("9月12日（星期四）上午", "2024-09-12", "day")]),
    ("fiscal-year", "2023年度全市一般公共预算收入完成860亿元。", [("2023年度", "2023", "year")]),
    ("year-not-initial-step", "2024年初步统计，全市粮食总产量达120万吨。", [("2024年", "2024", "year")]),
    ("two-years-in-a-sentence", "这家工厂2015年和2018年的销售额分别为5亿元和7.5亿元。",
     [("2015年", "2015", "year"), ("2018年", "2018", "year")]),
    ("holiday-with-year", "2024年春节期间，哈尔滨冰雪大世界接待游客超百万人次。",
     [("2024年春节", "2024-02-10", "day")]),
]

YEARLESS: list[tuple[str, str, Expect]] = [
    ("dateline-day", "本报讯 9月6日，区委召开常委会会议。", [("9月6日", "2024-09-06", "day")]),
    ("bare-day-with-time", "8日下午，市长主持召开专题会议研究防汛工作。", [("8日下午", "2024-09-08", "day")]),
    ("bare-day-last-month", "28日，全市安全生产工作会议召开。", [("28日", "2024-08-28", "day")]),
    ("month-range", "1—8月，全市规模以上工业增加值同比增长6.5%。", [("1—8月", "2024-01/2024-08", "period")]),
    ("month-range-with-year", "2023年1-10月，全省进出口总额同比增长3.2%。",
     [("2023年1-10月", "2023-01/2023-10", "period")]),
    ("month-only", "6月，全市启动夏季治安打击整治行动。", [("6月", "2024-06", "month")]),
    ("month-with-fen", "今年4月份，全区新签约项目32个。", [("今年4月份", "2024-04", "month")]),
    ("national-day", "国庆节当天，天安门广场举行升旗仪式。", [("国庆节当天", "2024-10-01", "day")]),
    ("that-evening", "9月5日当晚，音乐节在海边开幕。", [("9月5日当晚", "2024-09-05", "day")]),
    ("national-day-break", "国庆假期，全市重点景区接待游客120万人次。",
     [("国庆假期", "2024-10-01/2024-10-07", "period")]),
    ("national-day-period", "国庆节期间，全市公交延长运营时间。",
     [("国庆节期间", "2024-10-01/2024-10-07", "period")]),
    ("same-month-repeated", "8月当月，全市新增城镇就业1.2万人。", [("8月当月", "2024-08", "month")]),
    ("early-month-is-the-month", "10月初，首批新生陆续报到。", [("10月初", "2024-10", "period")]),
    ("solar-term", "白露过后，早晚温差明显加大。", [("白露", "2024-09-07", "day")]),
    ("solar-term-with-year", "2023年冬至，全市开展送温暖活动。", [("2023年冬至", "2023-12-22", "day")]),
    ("solar-term-as-a-word-needs-a-marker", "小雪节气，农户忙着腌菜。", [("小雪", "2024-11-22", "day")]),
    ("qingming-holiday", "清明节期间，全市接待祭扫群众50万人次。", [("清明节", "2024-04-04", "day")]),
    ("mothers-day", "母亲节当天，社区开展感恩活动。", [("母亲节当天", "2024-05-12", "day")]),
    ("end-of-month-is-the-month", "6月底，全市完成夏粮收购。", [("6月底", "2024-06", "period")]),
]

# The year of a year-less date depends on the article's date: (id, today, sentence, expected)
YEAR_WINDOW: list[tuple[str, date, str, Expect]] = [
    ("december-in-a-january-article", date(2025, 1, 5), "12月28日，地铁3号线开通运营。",
     [("12月28日", "2024-12-28", "day")]),
    ("january-in-a-december-review", date(2024, 12, 20), "1月，全市启动营商环境优化提升行动。",
     [("1月", "2024-01", "month")]),
    ("year-end-ahead", date(2024, 9, 9), "自即日起至12月31日，全市开展专项整治行动。",
     [("自即日起至12月31日", "2024-09-09/2024-12-31", "range")]),
    ("dateline-month-for-a-bare-day", date(2024, 3, 6), "新华社北京3月5日电 大会5日上午在人民大会堂开幕。",
     [("3月5日", "2024-03-05", "day"), ("5日上午", "2024-03-05", "day")]),
    ("recurring-is-not-a-date", date(2024, 9, 9), "每年5月至10月为主汛期。", []),
    # N years since, said in December, end with the year it is said in; in September, they
    # reach back N years from it;
    ("years-since-said-in-december", date(2025, 12, 5), "5年来，经开区引进优质企业11家。",
     [("5年来", "2021/2025", "range")]),
    ("years-since-said-in-september", date(2024, 9, 9), "5年来，经开区引进优质企业11家。",
     [("5年来", "2019/2024", "range")]),
    # in the first half of a year they are the N years just ended (a plan's five years, told in
    # the February after it)
    ("years-since-said-in-february", date(2026, 2, 11), "“十四五”时期极不平凡。五年来，全区累计增长20.8%。",
     [("五年来", "2021/2025", "range")]),
    ("years-since-said-in-june", date(2021, 6, 4), "三年来，全县新建学校12所。", [("三年来", "2018/2020", "range")]),
    ("month-range-ending-last-year", date(2024, 1, 20), "1-11月，全市规上工业增加值增长6%。",
     [("1-11月", "2023-01/2023-11", "period")]),
    ("month-range-across-new-year", date(2024, 3, 5), "12月至2月，全省降水偏少三成。",
     [("12月至2月", "2023-12/2024-02", "range")]),
    ("march-in-a-november-article", date(2024, 11, 20), "3月，全市启动城市更新行动。",
     [("3月", "2024-03", "month")]),
    ("new-year-in-december", date(2023, 12, 20), "元旦假期，全市文旅消费持续升温。",
     [("元旦", "2024-01-01", "day")]),
    ("a-holiday-ahead-is-the-next-one", date(2012, 7, 24), "接待中心力争8月份启动建设，确保春节前建成投用。",
     [("8月份", "2012-08", "month"), ("春节", "2013-02-10", "day")]),
    ("a-holiday-told-of-is-the-nearest", date(2012, 7, 24), "春节期间，全县接待游客10万人次。",
     [("春节", "2012-01-23", "day")]),
    ("leap-day", date(2023, 3, 2), "2月29日，省委召开全会。", [("2月29日", "2020-02-29", "day")]),
    ("planned-month-is-ahead", date(2023, 2, 28), "筛查工作将于11月底前全部完成。",
     [("11月底", "2023-11", "period")]),
    ("past-month-without-cue", date(2023, 2, 28), "11月底，全市完成筛查工作。",
     [("11月底", "2022-11", "period")]),
    ("deadline-by-month", date(2024, 3, 10), "力争到10月底前完成改造任务。", [("10月底", "2024-10", "period")]),
]

RELATIVE: list[tuple[str, str, Expect]] = [
    ("today-morning", "今天上午，市政府召开第十五次常务会议。", [("今天上午", "2024-09-09", "day")]),
    ("yesterday", "昨日，省委书记在宁波调研民营经济发展。", [("昨日", "2024-09-08", "day")]),
    # since a part of the year that has ended, in a report of it: that part
    ("since-a-half-year-that-has-ended", "今年上半年以来，全区各项主要指标稳中有进。",
     [("今年上半年以来", "2024-01/2024-06", "period")]),
    # since the start of the year is 今年以来: the year
    ("since-the-start-of-the-year", "年初以来，全州经济运行平稳。", [("年初以来", "2024", "period")]),
    # a year before an event's name, when things are dated after the event, is a date
    ("the-year-of-an-event-things-follow", "2022年省“两会”召开以后，交由我厅办理的建议共76件。",
     [("2022年", "2022", "year")]),
    # 至今 before 年 is 至 + 今年: a range up to this year's month, not up to now
    ("from-a-year-to-this-year-s-month", "从2020年至今年8月，全市累计完成农村公路投资50多亿元。",
     [("从2020年至今年8月", "2020-01/2024-08", "range")]),
    ("tomorrow", "明天，第二十一届中国—东盟博览会将在南宁开幕。", [("明天", "2024-09-10", "day")]),
    ("tonight", "今晚，西湖音乐喷泉将延长开放时间。", [("今晚", "2024-09-09", "day")]),
    ("this-year", "今年，全市计划新开工重大项目100个。", [("今年", "2024", "year")]),
    ("last-year", "去年，全区接待游客1200万人次。", [("去年", "2023", "year")]),
    ("year-before-last", "前年，该村人均可支配收入首次突破2万元。", [("前年", "2022", "year")]),
    ("this-month-day", "本月15日，市民中心正式启用。", [("本月15日", "2024-09-15", "day")]),
    ("last-month", "上月，全市新增经营主体1.2万户。", [("上月", "2024-08", "month")]),
    ("last-friday", "上周五，区委理论学习中心组开展集体学习。", [("上周五", "2024-09-06", "day")]),
    ("this-week", "本周，全市开展消防安全大检查。", [("本周", "2024-09-09/2024-09-15", "period")]),
    ("weekday-of-a-named-week", "下周周六，全市举行城市马拉松。", [("下周周六", "2024-09-21", "day")]),
    ("weekday-range-across-weeks", "上周三到本周二，全市开展消防检查。",
     [("上周三到本周二", "2024-09-04/2024-09-10", "range")]),
    ("context-year", "2018年，公司在深交所上市，当年实现营收10亿元。",
     [("2018年", "2018", "year"), ("当年", "2018", "year")]),
    # 比上年 is a comparison base: 当年 is still the year under discussion
    # a quotation is no title: its year is a date; a clause after a year is no name
    ("a-quoted-sentence-keeps-its-year", "他说：“2023年全市经济增长5%。”", [("2023年", "2023", "year")]),
    ("activities-held-are-no-name", "2023年，全市开展各类活动300场。", [("2023年", "2023", "year")]),
    ("context-year-not-the-comparison-base", "2019年，全区GDP比上年增长6.1%。按当年汇率折算为1.7万美元。",
     [("2019年", "2019", "year"), ("上年", "2018", "year"), ("当年", "2019", "year")]),
    # 上年同期: the months of the period last written, in last year; alone, the year
    ("same-period-of-last-year", "上半年，全县增加值增长11.6%，较上年同期提高2个百分点。",
     [("上半年", "2024-01/2024-06", "period"), ("上年同期", "2023-01/2023-06", "period")]),
    # a period written as a comparison's base (较1-2月) is not the one under discussion
    # as a base after a month written (8月…比上月), 上月 is the month before that one; 上年同月 is that
    # month of the year before; alone, 上月 is the month before today's (eval72)
    ("month-before-as-a-base", "8月，全市工业增加值比上月增长2%，比上年同月增长5%。",
     [("8月", "2024-08", "month"), ("上月", "2024-07", "month"), ("上年同月", "2023-08", "month")]),
    ("month-before-alone", "上月，全市新增企业300家。", [("上月", "2024-08", "month")]),
    # a period a rate is level with (增速与一季度和上年同期持平) is a base too (eval70)
    ("same-period-after-a-level-base", "上半年，全省生产总值增长9.0%，增速与一季度和上年同期持平。",
     [("上半年", "2024-01/2024-06", "period"), ("一季度", "2024-01/2024-03", "period"),
      ("上年同期", "2023-01/2023-06", "period")]),
    ("same-period-after-a-base-period", "1-3月，全县投资增长17.4%，增幅较1-2月提高18.0个百分点。一产投资与去年同期持平。",
     [("1-3月", "2024-01/2024-03", "period"), ("1-2月", "2024-01/2024-02", "period"),
      ("去年同期", "2023-01/2023-03", "period")]),
    ("same-period-of-a-named-year", "1—10月，规上工业增加值比2019年同期增长5.5%。",
     [("1—10月", "2024-01/2024-10", "period"), ("2019年同期", "2019-01/2019-10", "period")]),
    ("same-period-without-a-period-is-the-year", "2015年，全县粮食产量比上年同期增长1.3%。",
     [("2015年", "2015", "year"), ("上年同期", "2014", "year")]),
    ("january-as-yuanyue", "今年元月，全市新增经营主体1.2万户。", [("今年元月", "2024-01", "month")]),
    ("yuan-then-month-end-is-money", "每户补贴500元月底前发放到位。", [("月底", "2024-09", "period")]),
    ("yuan-opens-a-month-range", "元至九月，全县完成生产总值56.7亿元。", [("元至九月", "2024-01/2024-09", "period")]),
    ("money-before-a-month-range", "每户补贴3万元至5月底发放完毕。", [("5月底", "2024-05", "period")]),
    ("that-day", "9月5日，中国—东盟博览会开幕。当天，签约项目120个。",
     [("9月5日", "2024-09-05", "day"), ("当天", "2024-09-05", "day")]),
    # a time of day alone is on the day last written, even when that day came with its time (eval51)
    ("time-alone-after-a-day-and-time", "9月5日下午2时30分，大会开幕。\n下午2时30分，大会在国歌声中开幕。",
     [("9月5日下午2时30分", "2024-09-05T14:30", "time"), ("下午2时30分", "2024-09-05T14:30", "time")]),
    ("time-alone-is-today", "上午9时，全区召开会议。", [("上午9时", "2024-09-09T09:00", "time")]),
    ("that-day-alone-is-today", "当天，全市发布暴雨预警。", [("当天", "2024-09-09", "day")]),
    ("context-month", "2023年12月，新能源汽车产量创新高，当月产量达3万辆。",
     [("2023年12月", "2023-12", "month"), ("当月", "2023-12", "month")]),
    ("previous-years", "今年果子比往年甜，比前年也甜。",
     [("今年", "2024", "year"), ("往年", None, "vague"), ("前年", "2022", "year")]),
    ("one-year-since-is-vague", "一年来，当地出台支持政策40余项。", [("一年来", None, "vague")]),
    ("years-ago", "5年前，这里还是一片荒滩。", [("5年前", "2019", "year")]),
    ("last-year-first-half", "去年上半年，全省外贸进出口增长4.1%。", [("去年上半年", "2023-01/2023-06", "period")]),
]

# Counts of units around today: 前/上 N units at a clause start are the N units up to today,
# 后/下 N units the N units from today (like 近 and 未来); N units 前/后 are the unit that far
# away, with 半 and 多 (多 read as its lower bound).
COUNTED_SPANS: list[tuple[str, str, Expect]] = [
    ("past-days", "前两天，市里召开防汛工作会议。", [("前两天", "2024-09-07/2024-09-09", "range")]),
    ("next-days", "后三天，全市将有持续降雨。", [("后三天", "2024-09-09/2024-09-12", "range")]),
    ("past-years", "前两年，受疫情影响，客流下降。", [("前两年", "2022-09-09/2024-09-09", "range")]),
    ("next-months", "下三个月，全市将集中开展整治。", [("下三个月", "2024-09-09/2024-12-09", "range")]),
    # N年来 counts whole years back to the year it began (as the golds of eval15, eval25
    # and eval26 annotate 20年来, 五年来, 四十年来)
    ("more-than-years-since", "3年多以来，该村坚持发展特色产业。",
     [("3年多以来", "2021/2024", "range")]),
    ("half-months-ago", "两个半月前，项目正式开工。", [("两个半月前", "2024-06", "month")]),
    ("years-and-a-half-ahead", "七年半后，这里将建成新城。", [("七年半后", "2032-03", "month")]),
    ("twenty-some-years-ago", "二十几年前，这里还是一片荒地。", [("二十几年前", "1995/2003", "range")]),
    ("some-years-ago-is-vague", "几年前，他来到这里创业。", [("几年前", None, "vague")]),
    ("the-week-before-is-not-counted", "上一周，全区开展安全检查。",
     [("上一周", "2024-09-02/2024-09-08", "period")]),
]

PERIODS: list[tuple[str, str, Expect]] = [
    ("first-half", "上半年，全省GDP同比增长5.3%。", [("上半年", "2024-01/2024-06", "period")]),
    ("second-half-with-year", "2023年下半年，全市消费市场加快回暖。",
     [("2023年下半年", "2023-07/2023-12", "period")]),
    ("first-quarter", "一季度，全市实现地区生产总值2900亿元。", [("一季度", "2024-01/2024-03", "period")]),
    ("first-three-quarters", "前三季度，全区固定资产投资增长8.1%。", [("前三季度", "2024-01/2024-09", "period")]),
    ("fourth-quarter-with-year", "2022年第四季度，全省新增就业12万人。",
     [("2022年第四季度", "2022-10/2022-12", "period")]),
    ("start-of-year", "2020年初，新冠肺炎疫情突如其来。", [("2020年初", "2020-01", "period")]),
    ("as-of-year-end", "截至2023年底，全市常住人口达1280万人。", [("2023年底", "2023-12", "period")]),
    ("as-of-month-end", "截至6月末，全省本外币贷款余额同比增长9%。", [("6月末", "2024-06", "period")]),
    ("as-of-a-day", "截至9月5日，全市累计接种疫苗120万剂次。", [("9月5日", "2024-09-05", "day")]),
    ("late-month", "8月下旬，台风“贝碧嘉”过境。", [("8月下旬", "2024-08-21/2024-08-31", "period")]),
    ("since-this-year", "今年以来，全市新增城镇就业5.6万人。", [("今年以来", "2024", "period")]),
    ("since-a-year", "2019年以来，全县累计投入衔接资金8亿元。", [("2019年以来", "2019-01-01/2024-09-09", "period")]),
    ("school-term", "2023年秋季学期，全市新增义务教育学位2万个。", [("2023年秋季学期", "2023", "period")]),
    ("summer-names-the-year", "今年夏季，全市用电负荷创历史新高。", [("今年夏季", "2024", "period")]),
    ("autumn-with-year", "2023年秋，首批果树进入盛果期。", [("2023年秋", "2023", "period")]),
    ("first-months", "今年前7个月，全省外贸进出口增长6%。", [("今年前7个月", "2024-01/2024-07", "period")]),
    ("first-months-opening-a-clause", "前4个月，全省外贸进出口增长5%。", [("前4个月", "2024-01/2024-04", "period")]),
    ("first-months-in-a-headline", "前三个月全市新增经营主体3万户", [("前三个月", "2024-01/2024-03", "period")]),
    # compared against (环比前8个月) or released (发布前4个月…经济运行情况): still the year's first months (eval68)
    ("first-months-compared-against", "前三季度工业增加值增长2.7%，环比前8个月回升0.7个百分点。",
     [("前三季度", "2024-01/2024-09", "period"), ("前8个月", "2024-01/2024-08", "period")]),
    ("first-months-released", "省统计局发布前4个月全省经济运行情况。", [("前4个月", "2024-01/2024-04", "period")]),
    ("within-the-year", "年内，地铁6号线将建成通车。", [("年内", "2024", "year")]),
    ("whole-year", "去年全年，全市GDP增长5.2%。", [("去年全年", "2023", "year")]),
    ("decade", "上世纪90年代，这里还是一片农田。", [("上世纪90年代", "1990/1999", "period")]),
    # the N-th week is the week of the N-th Monday, as recognizers-text and jionlp count
    ("week-of-month", "9月第二周，全市开展网络安全宣传周活动。", [("9月第二周", "2024-09-09/2024-09-15", "period")]),
    ("nth-weekday-of-month", "每逢5月第二个星期日，学校开展感恩教育。", []),
    ("nth-weekday-this-year", "今年5月第二个星期日，学校开展感恩教育。", [("今年5月第二个星期日", "2024-05-12", "day")]),
    ("last-weekday-of-month", "4月的最后一个星期一，新馆开门迎客。", [("4月的最后一个星期一", "2024-04-29", "day")]),
    ("week-of-year", "2021年第一周，全省发放消费券1亿元。", [("2021年第一周", "2021-01-04/2021-01-10", "period")]),
]

RANGES: list[tuple[str, str, Expect]] = [
    ("day-range", "9月20日至22日，中国国际智能产业博览会在重庆举行。",
     [("9月20日至22日", "2024-09-20/2024-09-22", "range")]),
    ("year-range", "2021—2025年，全市计划改造老旧小区500个。", [("2021—2025年", "2021/2025", "range")]),
    ("cross-year-range", "2023年12月至2024年2月，全省降水偏少三成。",
     [("2023年12月至2024年2月", "2023-12/2024-02", "range")]),
    ("past-three-years", "近三年，全市累计新增高新技术企业1500家。",
     [("近三年", "2021-09-09/2024-09-09", "range")]),
    ("next-five-years", "未来5年，将投资1000亿元建设新型基础设施。",
     [("未来5年", "2024-09-09/2029-09-09", "range")]),
    ("five-years-since", "五年来，全区累计投入民生资金300亿元。", [("五年来", "2019/2024", "range")]),
    ("deadline-year-end", "年底前，全面完成城镇老旧管网改造任务。", [("年底", "2024-12", "period")]),
    ("deadline-day", "9月30日前，各街道完成自查。", [("9月30日", "2024-09-30", "day")]),
    ("from-to", "从2016年3月1日到5月31日，全市开展专项整治。", [("从2016年3月1日到5月31日", "2016-03-01/2016-05-31", "range")]),
    ("last-year-to-now", "从去年到现在，全市新增企业3万家。", [("从去年到现在", "2023-01-01/2024-09-09", "period")]),
    ("this-and-next-year", "今明两年是完成规划目标的关键之年。", [("今明两年", "2024/2025", "range")]),
    ("days-in-one-month", "2019年4月12-19日，省运会在绵阳举行。", [("2019年4月12-19日", "2019-04-12/2019-04-19", "range")]),
]

# Reviews of a year (statistics bulletins, work reports, year-end round-ups) are published
# early the next year: there 全年, 上年, 年末 and a month not yet reached this year belong to
# the year the title, the lead or a section heading names. (id, today, text, expected)
REVIEWS: list[tuple[str, date, str, Expect]] = [
    # 过去的五年, 五年间 and 这五年 said early in a year are the five whole years just ended, as
    # 五年来 is (eval44, eval45); 这一年 stays a context year
    ("the-past-five-years-said-in-january", date(2021, 1, 27),
     "过去的五年，是快速发展的五年。五年间，全县累计引进项目394个。这五年，全县坚持绿色发展。",
     [("过去的五年", "2016/2020", "range"), ("五年间", "2016/2020", "range"), ("这五年", "2016/2020", "range")]),
    ("this-one-year-is-a-context-year", date(2022, 1, 20), "这一年，全市上下团结奋斗。", [("这一年", "2022", "year")]),
    # 一年来 said by March (a congress opening on 1月5日) is last year, as 过去一年 is; later in
    # the year, outside a review, it stays vague (one-year-since-is-vague)
    ("one-year-since-said-in-january", date(2024, 1, 5),
     "政府工作报告指出，一年来，全旗上下全面提振干事创业精气神。",
     [("一年来", "2023", "year")]),
    # a story that says a work report was delivered (向大会作政府工作报告) quotes its review:
    # there 一年来 is the year before, even when the story is posted after March (eval51)
    ("one-year-since-in-a-congress-story-posted-in-april", date(2025, 4, 9),
     "县长代表县人民政府向大会作政府工作报告。\n他指出，一年来，我们狠抓项目稳投资。",
     [("一年来", "2024", "year")]),
    # an archive's copy of an old bulletin, posted years later: it opens with the year it reviews
    ("old-bulletin-posted-late", date(2023, 3, 21),
     "2015年，面对经济下行压力，全县经济平稳。\n初步测算，全县地区生产总值24亿元，比上年增长13.1%。"
     "全年粮食总产量46695吨。",
     [("2015年", "2015", "year"), ("上年", "2014", "year"), ("全年", "2015", "year")]),
    # an old bulletin posted years later names the year it reviews in its title
    ("old-bulletin-titled-posted-late", date(2021, 5, 10),
     "玉环市2019年国民经济和社会发展统计公报\n经济运行总体平稳。全市实现生产总值617.50亿元，比上年增长5.2%。全年粮食总产量5万吨。",
     [("上年", "2018", "year"), ("全年", "2019", "year")]),
    # 上年 counts from a year written earlier in its sentence
    ("last-year-of-a-written-year", date(2023, 3, 21),
     "初步测算，2015年全县地区生产总值24亿元，比上年增长13.1%。",
     [("2015年", "2015", "year"), ("上年", "2014", "year")]),
    ("bulletin", date(2023, 3, 15),
     "绍兴市2022年国民经济和社会发展统计公报\n　　初步核算，全年全市生产总值7351亿元，比上年增长4.5%。"
     "年末全市户籍人口450万人，比上年末增加1.2万人。",
     [("全年", "2022", "year"), ("上年", "2021", "year"), ("年末", "2022-12", "period"),
      ("上年末", "2021-12", "period")]),
    ("work-report-sections", date(2023, 1, 10),
     "各位代表：\n一、2022年工作回顾\n　　过去一年，全市新增就业12万人，全年粮食产量稳定。\n"
     "二、2023年工作安排\n　　全年地区生产总值增长6%左右，力争一季度实现开门红。",
     [("2022年", "2022", "year"), ("过去一年", "2022", "year"), ("全年", "2022", "year"),
      ("2023年", "2023", "year"), ("全年", "2023", "year"), ("一季度", "2023-01/2023-03", "period")]),
    ("year-named-in-the-title", date(2024, 1, 21),
     "全市2023年外贸进出口创新高\n　　本报1月20日讯 记者从海关获悉，全年出口增长8%。3月，新港区投入运营。"
     "12月当月出口320亿元。",
     [("2023年", "2023", "year"), ("1月20日", "2024-01-20", "day"), ("全年", "2023", "year"),
      ("3月", "2023-03", "month"), ("12月当月", "2023-12", "month")]),
    ("year-named-in-the-lead", date(2024, 2, 2),
     "我市经济稳中向好\n　　记者从市统计局获悉，2023年全市生产总值增长5.6%。上半年，工业增加值增长7%。",
     [("2023年", "2023", "year"), ("上半年", "2023-01/2023-06", "period")]),
    ("months-in-a-review", date(2024, 1, 21),
     "全市2023年外贸进出口创新高\n　　1至11月，出口增长8%。到6月底，新港区已投入运营。",
     [("2023年", "2023", "year"), ("1至11月", "2023-01/2023-11", "period"), ("6月底", "2023-06", "period")]),
    ("plans-in-a-review-look-ahead", date(2024, 1, 21),
     "全市2023年外贸进出口创新高\n　　全年出口增长8%。今年将新建5G基站1万个，年底前实现全覆盖。",
     [("2023年", "2023", "year"), ("全年", "2023", "year"), ("今年", "2024", "year"),
      ("年底", "2024-12", "period")]),
    ("past-five-years-in-a-report", date(2023, 1, 10),
     "一、2022年工作回顾\n　　过去五年，全市生产总值年均增长6.5%。",
     [("2022年", "2022", "year"), ("过去五年", "2018/2022", "range")]),
    ("this-years-plan-is-no-review", date(2024, 3, 1),
     "我市启动2024年城乡居民健康体检\n　　全年计划体检50万人，上年完成45万人。",
     [("2024年", "2024", "year"), ("全年", "2024", "year"), ("上年", "2023", "year")]),
    ("a-paragraph-opened-by-last-year", date(2021, 3, 5),
     "记者4日从市农业农村局获悉。2020年，全市蔬菜产量达到120万吨。全年外销蔬菜70万吨。\n"
     "　　全年计划新建蔬菜大棚500座。",
     [("4日", "2021-03-04", "day"), ("2020年", "2020", "year"), ("全年", "2020", "year"),
      ("全年", "2021", "year")]),
    ("late-in-the-year-is-no-review", date(2024, 9, 20),
     "回望2023年乡村振兴成果\n　　上半年，全市新建农村公路300公里。",
     [("2023年", "2023", "year"), ("上半年", "2024-01/2024-06", "period")]),
]

NOW_AND_VAGUE: list[tuple[str, str, Expect]] = [
    ("current", "当前，全省经济运行总体平稳、稳中有进。", [("当前", "2024-09-09", "now")]),
    ("as-of-now", "截至目前，全市已建成公共充电桩3万个。", [("截至目前", "2024-09-09", "now")]),
    ("now-mid-clause", "目前全区有养老机构56家。", [("目前", "2024-09-09", "now")]),
    ("recently", "近日，市卫健委发布秋季健康提示。", [("近日", None, "vague")]),
    ("days-ago", "日前，省政府办公厅印发《实施方案》。", [("日前", None, "vague")]),
    ("in-recent-years", "近年来，新区新增各类金融机构30家。", [("近年来", None, "vague")]),
    ("for-many-years", "多年来，他扎根山区坚守教学一线。", [("多年来", None, "vague")]),
]

NOT_DATES: list[tuple[str, str, Expect]] = [
    # a document's own name written out unquoted, alone or after a label or its issuer (eval44)
    ("a-document-own-name-is-a-code", "标题：关于2021年国民经济和社会发展计划执行情况及2022年计划草案的报告", []),
    ("an-issuer-before-the-document-name", "平川县人民政府关于平川县2023年上半年计划执行情况的报告", []),
    # a document a sentence names: a year inside a title is a code (the gold README; eval18,
    # eval24, eval29 annotate it so, heldout's p02 does not)
    ("a-document-named-in-running-text", "会议听取审议了区人民政府关于2020年全区计划执行情况的报告。", []),
    ("a-circular-named-in-running-text", "日前，甘肃省人民政府办公厅发布关于2022年度县域经济发展评价情况的通报。",
     [("日前", None, "vague")]),
    ("a-report-named-without-guanyu", "会议听取和审议鸿山镇2020年财政预算执行情况和2021年财政预算的报告。", []),
    # a bare part of this year that opens an event's name is part of it (eval17, eval23, eval30)
    ("a-half-year-in-a-press-conference-name", "日前，记者从上半年经济运行情况新闻发布会上获悉，全市经济平稳。", [("日前", None, "vague")]),
    ("a-half-year-in-an-activity-name", "平川县组织开展上半年重点项目集中开工活动。", []),
    ("a-year-that-opens-a-clause-still-dates", "2020年，全区向上级提交了经济运行情况的报告。", [("2020年", "2020", "year")]),
    ("eight-digits-without-a-day-mark", "举报电话20231124，欢迎监督。", []),
    ("seven-digits-that-split-two-ways", "——在2017111日平川区人大常委会会议上", []),
    ("no-such-month", "编号20231324日。", []),
    ("time-limit-is-a-duration", "该项目要求在15个工作日内办结。", []),
    ("counted-from-an-event", "会议前两天，工作组进驻。", []),
    ("class-name-numbered", "2024年第二期新任职领导干部培训班在市委党校开班。", []),
    ("class-name-words", "2024年年轻干部专题培训班全体学员参加开学典礼。", []),
    ("expo-name", "2023年中国国际服务贸易交易会在北京举办。", []),
    ("award-name", "2023年度优秀共产党员评选结果揭晓。", []),
    ("campaign-name", "全面组织实施2009年招商引资专项行动。", []),
    # 现在 inside a verb (体现在, 表现在, 实现在建…) is no date (eval28, eval36, eval48, eval50, eval82, eval87, eval93)
    ("now-inside-a-verb", "经济运行平稳向好主要体现在三个方面，具体表现在工业增长较快。", []),
    # a work summary's or outline's or a meeting's name opened by its year (eval5, eval27, eval33, eval34, eval36,
    # eval39, eval41)
    ("summary-and-outline-titles", "东柳街道2023年工作总结和2024年工作思路", []),
    ("work-meeting-name", "天津滨海高新区在渤龙湖科技园召开2023年中期工作推动会。", []),
    # a title may set its last words apart with a space
    ("bulletin-title-with-a-space", "2019年某某县国民经济和社会发展 统计公报", []),
    ("review-title", "某某县2021年“五一”小长假旅游情况综述", []),
    ("author-code-before-a-label", "时间:2019-10-29 11:36 来源:互联网 作者:WB11 点击:次",
     [("2019-10-29 11:36", "2019-10-29T11:36", "time")]),
    # a chart's number and a year range in its caption: no clock (图1:2011 is no 1:20)
    ("chart-caption-no-clock", "图1:2011-2015年全县地区生产总值及增长速度", [("2011-2015年", "2011/2015", "range")]),
    # a release's or report's own title: a year, or a year's part, opening its name
    ("release-title", "2023年上半年上海市国民经济运行情况", []),
    # but one a release tells of (发布2020年一季度全区经济运行情况), or one told after a province's name
    # (介绍贵州省2023年上半年经济运行情况), is the period released; a released document keeps its year as
    # a name's (eval91, eval94)
    ("a-period-released", "西藏自治区统计局29日发布2020年一季度全区经济运行情况。",
     [("29日", "2024-08-29", "day"), ("2020年一季度", "2020-01/2020-03", "period")]),
    ("a-period-told-of-after-a-province", "新闻发布会介绍贵州省2023年上半年经济运行情况。",
     [("2023年上半年", "2023-01/2023-06", "period")]),
    ("a-bulletin-released", "市统计局发布2019年国民经济和社会发展统计公报。", []),
    # a bare part of the year inside a report's or its review's name is part of the name (eval64)
    ("a-half-year-in-a-reports-name", "组织全体区人大代表评议区政府上半年工作报告", []),
    ("a-half-year-in-a-review-meetings-name", "区人大财经委召开平川区上半年计划预算执行情况初审会", []),
    ("a-half-year-opening-a-clause-still-dates", "上半年，全区经济运行情况良好。", [("上半年", "2024-01/2024-06", "period")]),
    # told after 介绍 the year opens what is told: a date, though a release's name ending follows (eval64)
    ("a-period-told-after-introduce", "下面请副局长介绍下2025年上半年全区经济运行情况。",
     [("2025年上半年", "2025-01/2025-06", "period")]),
    # a brief release's title (…经济运行简况), a plan's report named in a sentence (…计划执行情况与…
    # 计划草案的报告) and a review's own title (…的审查意见) (eval61, eval62, eval63)
    ("brief-release-title", "标题:2022年上半年平川经济运行简况", []),
    ("plan-report-named-in-a-sentence", "现将平川区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告提请审议。", []),
    ("a-reviews-own-title", "关于平川县2017年上半年国民经济和社会发展计划执行情况的审查意见", []),
    ("report-title", "2024年政府工作报告", []),
    ("event-name", "6月2日，宁陕县举行2021年第二季度重点项目集中开工活动。", [("6月2日", "2024-06-02", "day")]),
    # a year inside a quoted document title: 《…》, or “关于…”
    ("quoted-document-title", "您提出的《关于将健康社区纳入2019年老旧小区改造项目的建议》已收悉。", []),
    ("quoted-proposal-title", "关于第16号“关于将健康社区纳入2019年老旧小区改造项目的建议”的答复", []),
    ("festival-ordinal", "在第40个教师节来临之际，区领导走访慰问教师。", []),
    ("duration-years", "该项目建设周期5年，总投资20亿元。", []),
    ("duration-hours", "政务服务大厅提供24小时自助服务。", []),
    ("days-count", "责令企业30日内完成整改。", []),
    ("building-number", "市民可到市民中心3号楼办理。", []),
    ("plan-name", "十四五规划纲要提出明确目标。", []),
    ("plan-period-is-a-code", "“十四五”期间，全省将新建5G基站10万个。", []),
    ("plan-since-is-a-code", "“十三五”以来，全市累计完成投资5000亿元。", []),
    ("plan-first-year-is-a-code", "今年是“十五五”开局之年。", [("今年", "2024", "year")]),
    ("plan-unquoted-period", "十四五时期，全区经济总量迈上新台阶。", []),
    ("bulletin-title", "2023年青岛市国民经济和社会发展统计公报发布。", []),
    ("after-completion-annual-output", "项目投产后年产值可达50亿元。", []),
    ("after-renovation-annual", "改造后年均节水20万吨。", []),
    ("nearest", "居民步行10分钟即可到达最近的公园。", []),
    # a hoped-for future (共绘美好明天) is no day; a plain 明天 still is one (eval77)
    ("a-bright-tomorrow", "共商理县发展大计，共绘理县美好明天，共创更加美好的明天。明天上午开会。",
     [("明天上午", "2024-09-10", "day")]),
    ("anniversary-not-a-week", "开园近一周年，累计接待游客50万人次。", []),
    ("then-is-not-a-date", "届时将有上万名选手参赛。", []),
    ("months-before-an-event", "项目开工前3个月完成征地拆迁。", []),
    ("rainfall-is-not-a-solar-term", "今年以来雨水充沛，明天有小雪。", [("今年以来", "2024", "period"), ("明天", "2024-09-10", "day")]),
    ("clean-politics-is-not-qingming", "营造风清气正、政治清明的良好生态。", []),
    ("cold-wave-is-not-dahan", "受大寒潮影响，全市气温骤降。", []),
    ("cycle-is-not-a-week", "2024年第一周期考核结果公布。", [("2024年", "2024", "year")]),
    ("year-in-title", "市政府印发《2024年全市经济工作要点》。", []),
    ("weekly-schedule", "政务服务窗口周一至周五对外办公。", []),
    ("every-monday", "每周一上午召开项目调度会。", []),
    ("phone-number", "咨询电话：0532-86981234。", []),
    ("party-congress", "党的二十大以来，全市深入贯彻新发展理念。", []),
    ("after-n-years-of-something", "企业成立满3年后可申请认定。", []),
]

# (id, sentence, expected, kind, reason, what we find today): see tests/known_misses.py
KNOWN_MISSES: list[tuple[str, str, Expect, str, str, Expect]] = [
    ("lunar-date", "农历正月十五，市民赏花灯猜灯谜。", [("农历正月十五", "2024-02-24", "day")],
     "finds-nothing", "lunar calendar dates are not read: it needs a lunar calendar we do not keep", []),
    ("two-digit-year", "08年奥运会后，场馆向市民开放。", [("08年", "2008", "year")],
     "finds-nothing", "a two-digit year without a month (08年) is not read: N年 alone is a count of years", []),
]

CASES = [
    *[pytest.param(TODAY, s, e, id=f"absolute/{i}") for i, s, e in ABSOLUTE],
    *[pytest.param(TODAY, s, e, id=f"yearless/{i}") for i, s, e in YEARLESS],
    *[pytest.param(t, s, e, id=f"year-window/{i}") for i, t, s, e in YEAR_WINDOW],
    *[pytest.param(TODAY, s, e, id=f"relative/{i}") for i, s, e in RELATIVE],
    *[pytest.param(TODAY, s, e, id=f"counted/{i}") for i, s, e in COUNTED_SPANS],
    *[pytest.param(TODAY, s, e, id=f"period/{i}") for i, s, e in PERIODS],
    *[pytest.param(TODAY, s, e, id=f"range/{i}") for i, s, e in RANGES],
    *[pytest.param(t, s, e, id=f"review/{i}") for i, t, s, e in REVIEWS],
    *[pytest.param(TODAY, s, e, id=f"now-vague/{i}") for i, s, e in NOW_AND_VAGUE],
    *[pytest.param(TODAY, s, e, id=f"not-a-date/{i}") for i, s, e in NOT_DATES],
]


@pytest.mark.parametrize(("today", "sentence", "expected"), CASES)
def test_dates(today: date, sentence: str, expected: Expect) -> None:
    found = find_dates(sentence, today)
    assert [(d.text, d.iso, d.kind) for d in found] == expected
    for d in found:
        assert sentence[d.start:d.end] == d.text


@pytest.mark.parametrize(("sentence", "expected", "kind", "current"), [
    pytest.param(s, e, k, c, id=i, marks=known_misses.mark(k, r)) for i, s, e, k, r, c in KNOWN_MISSES
])
def test_known_misses(sentence: str, expected: Expect, kind: str, current: Expect) -> None:
    got = [(d.text, d.iso, d.kind) for d in find_dates(sentence, TODAY)]
    if got == expected:
        return  # fixed: a strict XPASS until the case moves to the lists above
    known_misses.check_kind(kind, not got, sentence)
    known_misses.fail_as_recorded(got, current, sentence)


# (id, sentence, date text, relative, granularity)
FLAGS = [
    ("dateline-is-relative", "本报9月9日讯 今天上午，会议召开。", "9月9日", True, "day"),
    ("full-date-is-absolute", "2023年5月18日，会议召开。", "2023年5月18日", False, "day"),
    ("year-start-is-a-month", "2021年初，科创区成立。", "2021年初", False, "month"),
    ("since-this-year-is-a-year", "今年以来，全市经济回升向好。", "今年以来", True, "year"),
    ("month-range-is-a-period", "1-10月，全市出口增长。", "1-10月", True, "period"),
    ("next-years-is-a-range", "未来5年，全市将投资千亿元。", "未来5年", True, "range"),
    ("current-is-now", "当前，改革进入深水区。", "当前", True, "now"),
    ("vague-has-no-granularity", "近日，市里召开会议。", "近日", True, None),
    ("school-term-is-a-year", "2024年秋季学期开学典礼举行。", "2024年秋季学期", False, "year"),
]


@pytest.mark.parametrize(("sentence", "text", "relative", "granularity"),
                         [pytest.param(*c[1:], id=c[0]) for c in FLAGS])
def test_relative_and_granularity(sentence: str, text: str, relative: bool, granularity: str | None) -> None:
    d = next(d for d in find_dates(sentence, TODAY) if d.text == text)
    assert (d.relative, d.granularity) == (relative, granularity)


# (id, sentence, date text, event)
EVENTS = [
    ("date-leads-its-clause", "今天上午，区第三届人大常委会第三十一次主任会议召开，听取有关情况汇报。", "今天上午",
     "区第三届人大常委会第三十一次主任会议召开"),
    ("adverbial-clause-skipped", "2021年初，肩负着建设科技金融的重任，唐岛湾金融科创区在西海岸正式成立。",
     "2021年初", "唐岛湾金融科创区在西海岸正式成立"),
    ("dateline-governs-the-lead", "本报9月9日讯 今天，西海岸新区工委党校2024年秋季学期开学典礼举行。", "9月9日",
     "西海岸新区工委党校2024年秋季学期开学典礼举行"),
    ("date-inside-a-clause", "西海岸新区工委党校2024年秋季学期开学典礼举行。", "2024年秋季学期",
     "西海岸新区工委党校2024年秋季学期开学典礼举行"),
    ("date-after-a-lead-word", "项目于2023年12月开工建设，预计明年投用。", "2023年12月", "项目于2023年12月开工建设"),
    ("filler-skipped", "春节期间，全市景区接待游客120万人次。", "春节", "全市景区接待游客120万人次"),
    ("deadline-word-goes-with-the-date", "6月底前完成整改，年内实现清零。", "6月底", "完成整改"),
    ("around-a-holiday", "春节前后，全市开展安全生产大检查。", "春节", "全市开展安全生产大检查"),
    ("same-period-last-year", "去年同期，该指标增长6.1%。", "去年同期", "该指标增长6.1%"),
    ("holiday-period-leads", "国庆假期，全市景区接待游客120万人次。", "国庆假期", "全市景区接待游客120万人次"),
    ("sibling-dates-skipped", "中秋节、国庆节期间，全市公园延长开放时间。", "中秋节", "全市公园延长开放时间"),
]


@pytest.mark.parametrize(("sentence", "text", "event"), [pytest.param(*c[1:], id=c[0]) for c in EVENTS])
def test_event(sentence: str, text: str, event: str) -> None:
    d = next(d for d in find_dates(sentence, TODAY) if d.text == text)
    assert d.event == event


def test_event_is_short() -> None:
    sentence = "今天上午，" + "全区各级各部门认真学习贯彻党的二十届三中全会精神" * 4 + "。"
    (d,) = find_dates(sentence, TODAY)
    assert 0 < len(d.event) <= 60


@pytest.mark.parametrize(("sentence", "iso"), [
    pytest.param("今天上午，会议召开。", None, id="relative-day"),
    pytest.param("今年以来，经济回升。", None, id="since-this-year"),
    pytest.param("9月9日，会议召开。", None, id="year-less-day"),
    pytest.param("2023年5月18日，会议召开。", "2023-05-18", id="absolute-day-still-resolves"),
    pytest.param("2021年初，科创区成立。", "2021-01", id="year-start-still-resolves"),
])
def test_unknown_article_date(sentence: str, iso: str | None) -> None:
    (d,) = find_dates(sentence, None)
    assert d.iso == iso


def test_invalid_date_keeps_its_span_without_iso() -> None:
    (d,) = find_dates("2019年2月30日，系统升级。", TODAY)
    assert (d.text, d.iso) == ("2019年2月30日", None)


@pytest.mark.parametrize(("expr", "iso"), [
    pytest.param("二〇二四年九月九日", "2024-09-09", id="chinese-date"),
    pytest.param(" 1—8月 ", "2024-01/2024-08", id="surrounding-spaces"),
    pytest.param("2024年6月底", "2024-06", id="month-end"),
    pytest.param("截至2024年6月底", None, id="as-of-is-outside-the-date"),
    pytest.param("5年", None, id="duration-is-not-a-date"),
    pytest.param("2024年9月9日上午召开", None, id="more-than-a-date"),
])
def test_parse_date_whole_string(expr: str, iso: str | None) -> None:
    d = parse_date(expr, TODAY)
    assert (d.iso if d else None) == iso


@pytest.mark.parametrize(("iso", "bounds"), [
    ("2024-09-09", (date(2024, 9, 9), date(2024, 9, 10))),
    ("2024-02", (date(2024, 2, 1), date(2024, 3, 1))),
    ("2023-12/2024-02", (date(2023, 12, 1), date(2024, 3, 1))),
    ("2021/2025", (date(2021, 1, 1), date(2026, 1, 1))),
])
def test_iso_bounds(iso: str, bounds: tuple[date, date]) -> None:
    assert iso_bounds(iso) == bounds


# --- the development set: the sample page against its gold annotations ---------------

GOLD = Path(__file__).resolve().parents[1] / "gold" / "seed.jsonl"  # the repository's copy
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HELDOUT = Path(__file__).resolve().parents[1] / "gold" / "heldout"


def test_gold_dates() -> None:
    from extractors.evaluate import evaluate

    report = evaluate(GOLD, SEEDS)
    assert report.date.f1 >= 0.90, report.date
    assert report.iso_accuracy >= 0.90
    assert not [leak for leak in report.leaks if leak["type"] == "date"]


# --- the trigger scan: only clauses with a trigger are scanned; nothing is lost ------------

STRESS = (
    "会议于9时30分开始，12:30结束；次日上午十点半复会。2021.07.01起施行，礼拜三闭馆。除夕夜、元旦、"
    "国庆、中秋照常开放。迄今为止，现在，目前，当前，此前，早前，前不久，近来，近期，最近，一直以来，"
    "长期以来，今后一个时期，今早，明早，早上，岁末，Q3，二〇二四年，上世纪90年代，1990年代，5年前。"
    "立冬、冬至、白露、清明节、小雪节气、母亲节、父亲节、今明两天、9月第二周、下周周六、国庆假期。"
)


def _scan_texts() -> list:
    sentences = "\n".join(s for case in CASES for s in case.values if isinstance(s, str))
    params = [pytest.param(sentences, id="case-sentences"), pytest.param(STRESS, id="stress")]
    for path in sorted([*SEEDS.glob("*.txt"), *HELDOUT.glob("*.txt")]):
        params.append(pytest.param(normalize(decode(path.read_bytes(), path.name)).text, id=path.stem))
    return params


@pytest.mark.parametrize("text", _scan_texts())
def test_trigger_scan_misses_no_date(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = find_dates(text, TODAY)
    monkeypatch.setattr(atoms_module, "scan_ranges", lambda whole: [(0, len(whole))])
    assert found == find_dates(text, TODAY)


def test_a_year_after_a_list_marker_is_a_date() -> None:
    """1.2017-2021年 and 3.2017年之前 opening lines: the item's years are dates."""
    found = find_dates("二.建议办理情况\n1.2017-2021年安排资金；\n3.2017年之前，每年安排", date(2021, 11, 19))
    assert [(d.text, d.iso) for d in found][:2] == [("2017-2021年", "2017/2021"), ("2017年", "2017")]


def test_a_yearless_review_heading_in_a_january_report_reviews_last_year() -> None:
    """一、过去五年工作回顾 in a report of January 2022: the five whole years to 2021."""
    found = find_dates("一、过去五年工作回顾\n过去五年，我们践行创新发展理念。", date(2022, 1, 8))
    assert [(d.text, d.iso) for d in found] == [("过去五年", "2017/2021"), ("过去五年", "2017/2021")]


@pytest.mark.parametrize(("today", "iso"), [(date(2023, 12, 27), "2023"), (date(2024, 1, 19), "2023")])
def test_the_past_year_at_a_congress_is_the_whole_year(today: date, iso: str) -> None:
    """过去一年 said in December (a district congress of 12月27日, eval66) or early in the next year
    looks back on one whole year, as 过去五年 does on five."""
    found = find_dates("过去一年，全区全力保持经济增长。", today)
    assert [(d.text, d.iso) for d in found] == [("过去一年", iso)]


def test_this_year_after_a_named_year_is_that_year() -> None:
    """2021年是…，这一年，…: 这一年 is the year just named, not the article's."""
    found = find_dates("2021年是建党100周年，这一年，全市上下坚持", date(2022, 4, 13))
    assert [(d.text, d.iso) for d in found] == [("2021年", "2021"), ("这一年", "2021")]


@pytest.mark.parametrize(("today", "iso"), [(date(2020, 12, 29), "2016/2020"), (date(2021, 6, 4), "2016/2020")])
def test_the_past_five_years_of_a_report_to_a_congress_are_whole_years(today: date, iso: str) -> None:
    """各位代表：…向大会报告工作 … 过去五年: the five whole years up to the last one (up to this
    one in December), whatever the month of the congress. News says the same early in a year
    or in December (eval44, eval45); in the autumn it means five years up to the day."""
    text = "各位代表：\n现在，我代表县人民政府向大会报告工作。\n过去五年，全县经济稳步发展。"
    assert [d.iso for d in find_dates(text, today) if d.text == "过去五年"] == [iso]
    news = "过去五年，全县经济稳步发展。"
    assert [d.iso for d in find_dates(news, today) if d.text == "过去五年"] == [iso]
    autumn = date(today.year, 9, 4)
    assert [d.iso for d in find_dates(news, autumn) if d.text == "过去五年"] == [
        f"{autumn.year - 5}-09-04/{autumn.isoformat()}"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("1-3季度，我镇完成全社会固定资产投资41.5亿元。", [("1-3季度", "2015-01/2015-09")]),
    ("一至三季度，全市经济运行平稳。", [("一至三季度", "2015-01/2015-09")]),
    ("2014年1—2季度，全市经济运行平稳。", [("2014年1—2季度", "2014-01/2014-06")]),
    ("1-4季度，全区经济运行平稳。", []),   # the whole year: left to the text around it
])
def test_a_stretch_of_quarters(sentence: str, expected: list[tuple[str, str]]) -> None:
    """1-3季度 is January to the end of the third quarter, as 前三季度 is (eval10)."""
    assert [(d.text, d.iso) for d in find_dates(sentence, date(2015, 10, 20))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全县经济实现首季“开门红”。", [("首季", "2015-01/2015-03")]),
    ("2014年首季实现佳绩。", [("2014年首季", "2014-01/2014-03")]),
    # a year a span opens (2022年以来) is no year the sentence's later parts count from (eval35)
    ("增速创下2012年以来的新高，为实现首季“开门红”奠定基础。",
     [("2012年以来", "2012-01-01/2015-04-17"), ("首季", "2015-01/2015-03")]),
])
def test_the_first_quarter_said_short(sentence: str, expected: list[tuple[str, str]]) -> None:
    """首季 is the first quarter (eval5, eval22, eval31, eval35, eval49)."""
    assert [(d.text, d.iso) for d in find_dates(sentence, date(2015, 4, 17))] == expected


def test_the_past_five_years_before_a_half_year_under_review() -> None:
    """一、过去五年发展成就和2021年上半年工作回顾 in a report delivered in July: the past five years are
    the five whole years before the one under way (eval95)."""
    text = ("政府工作报告\n各位代表：\n现在，我代表自治县人民政府向大会报告工作。\n"
            "一、过去五年发展成就和2021年上半年工作回顾\n过去五年，全县经济稳步发展。")
    assert [d.iso for d in find_dates(text, date(2021, 7, 29)) if d.text == "过去五年"] == ["2016/2020", "2016/2020"]


def test_last_month_as_a_base_counts_from_the_last_month_written() -> None:
    """前三季度，…较上月持平: 上月 as a base is the month before the last month of the period written, August,
    not the month before its first (eval47, eval88, eval96)."""
    found = find_dates("前三季度，全区社会消费品零售总额为406.58亿元，同比增长8.2%，增速较上月持平。", date(2023, 12, 4))
    assert [(d.text, d.iso) for d in found] == [("前三季度", "2023-01/2023-09"), ("上月", "2023-08")]
