"""Annotations of pages 06-09 (奉化区, 西畴县, 湛江经济技术开发区, 进贤县), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
DEC = "decrease"

PAGES = {}

FH = "2021-01-21"
FH_SUBJ = [("48件", 48, "28.6%", 28.6, "城建环保类"), ("29件", 29, "17.3%", 17.3, "社会事业类"),
           ("21件", 21, "12.5%", 12.5, "工业交通类"), ("38件", 38, "22.6%", 22.6, "农业农村类"),
           ("15件", 15, "8.9%", 8.9, "财贸商贸类"), ("12件", 12, "7.1%", 7.1, "综合类"),
           ("5件", 5, "3%", 3, "政治法律类")]
_fh_items = []
for count_text, count, share_text, share, kind in FH_SUBJ:
    _fh_items += [
        Q(count_text, count, "件", f"{kind}建议", "level"),
        Q(share_text, share, "%", f"{kind}建议占比", "share"),
    ]
PAGES["e15_06_fenghua_20210123.txt"] = dict(
    pubdate="2021-01-23", pubnote="metadata line 发布时间: 2021-01-23 22:27 (宁波市奉化区人民政府 site)",
    area="宁波市奉化区", period=FH,
    items=[
        O("一届", "term number"),
        O("五次", "session number"),
        Q("168件", 168, "件", "区一届人大五次会议收到的建议", "level",
          note="headline; the count as of 1月21日下午5时 (the body)"),
        D("2021-01-23 22:27", "2021-01-23T22:27", "time", rel=False, note="metadata line"),
        D("截至1月21日下午5时", "2021-01-21T17:00", "time"),
        O("一届", "term number"),
        O("五次", "session number"),
        Q("168件", 168, "件", "区一届人大五次会议收到的建议", "level"),
        *_fh_items,
    ])

XC = "2023-02-24"
PAGES["e15_07_xichou_20230224.txt"] = dict(
    pubdate=XC, pubnote="metadata line 发布时间:2023-02-24 (西畴县 government site); the letter is numbered 西农函〔2022〕143号 and the copy has no signature date",
    area="西畴县", period=XC,
    items=[
        O("第十届", "term number"),
        O("第一次", "session number"),
        O("第107号", "proposal number"),
        D("2023-02-24", XC, "day", rel=False, note="metadata line"),
        C("西农函〔2022〕143号", "document number"),
        Q("三个", 3, "个", "村小组（蒿枝坪、中寨、下寨）", "level", area="大锡板村", borderline=True,
          note="in the proposal's title; the village groups of 大锡板村委会"),
        C("三面沟", "fixed term (a channel lined on three sides)"),
        Q("三个", 3, "个", "村小组（蒿枝坪、中寨、下寨）", "level", area="大锡板村", borderline=True),
        C("三面沟", "fixed term (a channel lined on three sides)"),
        C("三面沟", "fixed term (a channel lined on three sides)"),
        Q("5万元", num("5万"), "元", "三面沟维修预计总投资", "level", area="大锡板村",
          note="an estimate of the repair's cost (预计总投资), not a plan: target false, as eval14's 约需资金"),
        Q("三个", 3, "个", "受惠的村小组", "level", area="大锡板村", borderline=True),
        D("6月21日", "2022-06-21", "day", note="year from the letter's number 西农函〔2022〕 (the page was posted 2023-02-24)"),
        Q("4人", 4, "人", "现场面商的技术人员", "level", per="2022-06-21"),
        D("当前", XC, "now", note="the page's date (the letter's own date is not in the stored copy), as eval14's 现在; added after seeing the first run's output (README lists 当前 as a `now` date)"),
    ])

ZJ = "2025-06-23"
PAGES["e15_08_zhanjiang_20250623.txt"] = dict(
    pubdate=ZJ, pubnote="metadata 发布日期: 2025-06-23 (湛江经济技术开发区党政办公室's government-information page)",
    area="湛江经济技术开发区", period=ZJ,
    items=[
        C("11440800745514364C/2025-00039", "index number"),
        D("2025-06-23", ZJ, "day", rel=False, note="成文日期 (metadata)"),
        C("上半年", "period inside the meeting's name (上半年经济形势分析、重点项目推进会议)"),
        D("2025-06-23", ZJ, "day", rel=False, note="发布日期 (metadata)"),
        C("上半年", "period inside the meeting's name (title)"),
        D("2025-06-23", ZJ, "day", rel=False, note="发布日期 (date line under the title)"),
        D("6月18日", "2025-06-18", "day", note="the meeting's day (year from the page's date)"),
        C("上半年", "period inside the meeting's name (全区上半年经济形势分析、重点项目推进会议)"),
        D("1-5月", "2025-01/2025-05", "period"),
        D("上半年", "2025-01/2025-06", "period", note="预测上半年主要经济指标情况: the half-year itself"),
        D("下一阶段", None, "vague"),
        D("今年以来", "2025", "period"),
        D("1-5月", "2025-01/2025-05", "period"),
        O("前三", "rank (全市排名前三)"),
    ])

JX = "2018"
PAGES["e15_09_jinxian_20190216.txt"] = dict(
    pubdate="2019-02-16", pubnote="the report's delivery date (subtitle ——2019年2月16日在…会议上); the repost on guanchang.qwyd.net gives no posting date",
    area="进贤县", period=JX,
    items=[
        D("2019年2月16日", "2019-02-16", "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十七届", "term number"),
        O("第四次", "session number"),
        D("现在", "2019-02-16", "now", note="the day the report was delivered (added after seeing the first run's output: eval4, eval8 and eval11 annotate this opening 现在)"),
        O("一、", "section marker"),
        D("2018年", JX, "year", rel=False, note="the review section's heading"),
        D("2018年", JX, "year", rel=False),
        D("一年来", JX, "year", note="in a work report 一年来 is the reporting year"),
        O("十九大", "party congress"),
        C("前十强", "numeric slogan (拼争前十强)"),
        D("年初", "2018-01", "period"),
        D("全年", JX, "year"),
        Q("362.7亿元", num("362.7亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("9.1%", 9.1, "%", "地区生产总值增速", "growth", ind=GDP),
        Q("9.9%", 9.9, "%", "规模以上工业增加值增速", "growth", ind="规模以上工业增加值"),
        Q("98.9亿元", num("98.9亿"), "元", "社会消费品零售总额", "level", ind="社会消费品零售总额"),
        Q("12.2%", 12.2, "%", "社会消费品零售总额增速", "growth", ind="社会消费品零售总额"),
        Q("166.5亿元", num("166.5亿"), "元", "固定资产投资", "level", ind="固定资产投资"),
        Q("11.6%", 11.6, "%", "固定资产投资增速", "growth", ind="固定资产投资"),
        Q("30.5亿元", num("30.5亿"), "元", "财政总收入", "level",
          note="财政总收入 has no catalogue name (not the 一般公共预算收入 that follows)"),
        Q("17.8%", 17.8, "%", "财政总收入增速", "growth"),
        Q("17.5亿元", num("17.5亿"), "元", "一般公共预算收入", "level", ind="一般公共预算收入"),
        Q("11.5%", 11.5, "%", "一般公共预算收入增速", "growth", ind="一般公共预算收入"),
        Q("15975万美元", num("15975万"), "美元", "实际利用外资", "level", ind="实际使用外资"),
        Q("20.1%", 20.1, "%", "实际利用外资增速", "growth", ind="实际使用外资"),
        Q("13525万美元", num("13525万"), "美元", "出口", "level", ind="出口总额"),
        Q("3.6%", 3.6, "%", "出口增速", "growth", ind="出口总额"),
        Q("34525元", 34525, "元", "城镇居民人均可支配收入", "level", ind="城镇居民人均可支配收入"),
        Q("18352元", 18352, "元", "农村居民人均可支配收入", "level", ind="农村居民人均可支配收入"),
        Q("8.5%", 8.5, "%", "城镇居民人均可支配收入增速", "growth", ind="城镇居民人均可支配收入"),
        Q("9%", 9, "%", "农村居民人均可支配收入增速", "growth", ind="农村居民人均可支配收入"),
        Q("两年", 2, "年", "连续入选全国县域经济强县的年数", "level", per="2017/2018", borderline=True,
          note="连续两年: a duration, arguably not an indicator"),
        O("第8位", "rank (列全省第8位)"),
        D("一年来", JX, "year", note="in a work report 一年来 is the reporting year"),
        O("(一)", "list marker"),
    ])
