"""Observation fields: area, period, indicator, measure and target on each figure.

Development cases: sentences written for these tests in the style of 统计公报,
政府工作报告 and district news (none copied from a gold page). Each case is
(id, page, pubdate, figure as written, area, period, indicator, measure, target).
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors import extract, places
from extractors.observations import home_area
from extractors.places import gazetteer
from extractors.records import Measure

GROWTH_AND_LEVELS = [
    ("respectively-pairs-listed-names-with-figures",
     "上半年，合肥市社会消费品零售总额和限上社零额分别增长6.8%、9.3%。",
     "2024-07-20", "6.8%", "合肥市", "2024-01/2024-06", "社会消费品零售总额", "growth", False),
    ("respectively-a-listed-subgroup-is-no-indicator",
     "上半年，合肥市社会消费品零售总额和限上社零额分别增长6.8%、9.3%。",
     "2024-07-20", "9.3%", "合肥市", "2024-01/2024-06", None, "growth", False),
    ("respectively-pairs-with-the-figures-before",
     "2023年，合肥市第一产业增加值88.4亿元，第二产业增加值512.0亿元，分别增长3.4%和-1.2%。",
     "2024-03-20", "3.4%", "合肥市", "2023", "第一产业增加值", "growth", False),
    ("a-group-word-names-the-three-industries-in-order",
     "2023年，三次产业增加值占生产总值比重分别为21.7%、41.7%、36.6%。——兵团统计局",
     "2024-03-20", "36.6%", "新疆生产建设兵团", "2023", "第三产业增加值", "share", False),
    ("a-measure-derived-from-the-industries-is-none-of-them",
     "2023年，三次产业对经济增长的贡献率分别为28.5%、3.8%和67.6%。——兵团统计局",
     "2024-03-20", "3.8%", "新疆生产建设兵团", "2023", None, "share", False),
    ("an-indicator-and-a-self-reference-before-it",
     "前三季度全区固定资产投资额同比增长8.2%。——合肥市统计局",
     "2024-10-20", "8.2%", "合肥市", "2024-01/2024-09", "固定资产投资", "growth", False),
    ("a-footnote-mark-between-name-and-figure",   # bulletins mark notes as [2]
     "2023年，全市实现地区生产总值[2]1520.3亿元，比上年增长5.2%。——某某市统计局",
     "2024-03-20", "1520.3亿元", None, "2023", "地区生产总值", "level", False),
    ("a-verb-inside-an-industry-name",
     "2023年，全市第三产业实现增加值876.5亿元，同比增长6.1%。——合肥市统计局",
     "2024-03-20", "876.5亿元", "合肥市", "2023", "第三产业增加值", "level", False),
    ("a-name-split-by-a-verb",
     "1-10月，全区规模以上工业实现总产值4317.1亿元，同比增长1.6%。——嘉定区",
     "2021-11-20", "4317.1亿元", "嘉定区", "2021-01/2021-10", "规模以上工业总产值", "level", False),
    ("the-three-industries-before-a-ratio",
     "上半年，全州三次产业3.6:33.7:62.7，服务业对经济增长贡献率达到81.5%。——延边州",
     "2024-07-20", "3.6:33.7:62.7", "延边州", "2024-01/2024-06", "三次产业结构", "share", False),
    ("a-steep-rise-continues-the-indicator",
     "2023年，合肥市完成进出口总额120.5亿元，同比激增55%。",
     "2024-03-20", "55%", "合肥市", "2023", "进出口总额", "growth", False),
    ("list-lead-governs-the-list",
     "1—10月份，全市规模以上工业增加值同比增长3.4%，其中10月份增长5.1%。——合肥市统计局",
     "2024-11-20", "3.4%", "合肥市", "2024-01/2024-10", "规模以上工业增加值", "growth", False),
    ("sub-period-after-qizhong",
     "1—10月份，全市规模以上工业增加值同比增长3.4%，其中10月份增长5.1%。——合肥市统计局",
     "2024-11-20", "5.1%", "合肥市", "2024-10", "规模以上工业增加值", "growth", False),
    ("level-then-growth-inherit",
     "2023年，温江区实现地区生产总值1350.2亿元，比上年增长6.1%。",
     "2024-02-01", "6.1%", "温江区", "2023", "地区生产总值", "growth", False),
    ("comparison-base-is-not-the-period",
     "一季度，温江区实现地区生产总值126.8亿元，同比增长21.3%，较2019年同期增长14.2%。",
     "2021-04-22", "126.8亿元", "温江区", "2021-01/2021-03", "地区生产总值", "level", False),
    ("share-of-the-figure-before",
     "2023年，第三产业增加值820亿元，占地区生产总值比重为60.7%，比上年提高0.5个百分点。"
     "全区经济稳中向好。——黄岛区统计局",
     "2024-02-01", "60.7%", "青岛西海岸新区", "2023", "第三产业增加值", "share", False),
    ("points-of-that-share",
     "2023年，第三产业增加值820亿元，占地区生产总值比重为60.7%，比上年提高0.5个百分点。"
     "全区经济稳中向好。——黄岛区统计局",
     "2024-02-01", "0.5个百分点", "青岛西海岸新区", "2023", "第三产业增加值", "points", False),
    ("difference",
     "2023年，青岛市一般公共预算收入1337亿元，比上年增加64亿元。",
     "2024-02-01", "64亿元", "青岛市", "2023", "一般公共预算收入", "difference", False),
    ("multiple",
     "温江区人均地区生产总值是全省平均水平的1.5倍。",
     "2024-02-01", "1.5倍", "温江区", "2024-02-01", "人均地区生产总值", "multiple", False),
    ("stock-as-of-year-end",
     "截至2023年底，全市共有高新技术企业1200家。——洛阳市科技局",
     "2024-03-01", "1200家", "洛阳市", "2023-12", "高新技术企业", "level", False),
    ("stock-without-time-takes-the-article-date",
     "目前，西海岸新区境内外上市公司达19家。",
     "2024-09-10", "19家", "青岛西海岸新区", "2024-09-10", "上市公司", "level", False),
    ("a-count-that-is-no-catalogue-indicator",
     "目前，西海岸新区金融机构达242家。",
     "2024-09-10", "242家", "青岛西海岸新区", "2024-09-10", None, "level", False),
    ("town-inside-the-district",
     "前三季度，温江区经济平稳。宝山镇粮食产量1.2万吨。",
     "2024-10-20", "1.2万吨", "宝山镇", "2024-01/2024-09", "粮食产量", "level", False),
    ("whole-city-in-a-district-article",
     "前三季度，温江区地区生产总值增长5.2%，全区经济稳定。全市规模以上工业增加值增长4.0%。"
     "——成都市温江区统计局",
     "2024-10-20", "4.0%", "成都市", "2024-01/2024-09", "规模以上工业增加值", "growth", False),
    ("ratio-keeps-its-terms",
     "2023年，全市三次产业结构为2.9:36.3:60.8。——青岛市统计局",
     "2024-02-01", "2.9:36.3:60.8", "青岛市", "2023", "三次产业结构", "share", False),
]

TARGETS = [
    # a plan's list goes on past its second item (争取…；…；固定资产投资额21.7亿元)
    ("the-third-item-of-a-plan-s-list-is-planned",
     "红山镇\n\n今年，红山镇将高质量建设宜居宜业滨海工业强镇。争取实现财政总收入11亿元,比增7%;"
     "规上工业总产值300亿元,比增24%;固定资产投资额21.7亿元,比增8%。",
     "2021-06-24", "21.7亿元", "红山镇", "2021", "固定资产投资", "level", True),
    ("work-report-target-list",
     "二、2024年主要目标\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
     "城镇新增就业11万人以上，居民消费价格涨幅3%左右。——洛阳市人民政府",
     "2024-01-10", "11万人以上", "洛阳市", "2024", "城镇新增就业", "level", True),
    ("future-year-is-a-target",
     "到2025年，力争全市高新技术企业达到2000家。——洛阳市科技局",
     "2024-03-01", "2000家", "洛阳市", "2025", "高新技术企业", "level", True),
    ("next-five-years",
     "国开行等金融机构未来5年将为西海岸新区提供近万亿元意向性融资支持。",
     "2024-09-09", "近万亿元", "青岛西海岸新区", "2024-09-09/2029-09-09", None, "level", True),
    ("estimate-of-an-ended-year-is-an-outcome",
     "预计2023年全市地区生产总值增长5.5%。——洛阳市人民政府",
     "2024-01-10", "5.5%", "洛阳市", "2023", "地区生产总值", "growth", False),
    ("review-section-heading",
     "一、2023年工作回顾\n全市地区生产总值增长5.8%，一般公共预算收入完成420亿元。——洛阳市人民政府",
     "2024-01-10", "420亿元", "洛阳市", "2023", "一般公共预算收入", "level", False),
    ("plan-completed-is-an-outcome",
     "全市固定资产投资完成年度计划的95%。——洛阳市统计局",
     "2024-12-30", "95%", "洛阳市", "2024", None, "share", False),   # a plan's completion, no indicator
    # a cue inside a quoted name (“科技城人才计划”) is no cue
    ("a-quoted-programme-name-is-no-plan",
     "绵阳深入实施“科技城人才计划”，今年以来新引进高层次人才186名。——绵阳市",
     "2019-08-04", "186名", "绵阳市", "2019", None, "level", False),
    ("a-plan-after-a-quoted-name-still-is-one",
     "绵阳深入实施“科技城人才计划”，计划全年引进高层次人才300名。——绵阳市",
     "2019-08-04", "300名", "绵阳市", "2019", None, "level", True),
    # a work report's plan section: its figures are planned, the review's are not
    ("a-figure-in-a-plan-section",
     "一、2023年工作回顾\n全年新建学校30所。\n二、2024年工作安排\n三是持续保障和改善民生。新建改扩建学校50所，新增学位5万个。——苏州市",
     "2024-01-15", "50所", "苏州市", "2024", None, "level", True),
    ("a-figure-in-the-review-section",
     "一、2023年工作回顾\n全年新建学校30所。\n二、2024年工作安排\n三是持续保障和改善民生。新建改扩建学校50所，新增学位5万个。——苏州市",
     "2024-01-15", "30所", "苏州市", "2023", None, "level", False),
]


READER_RULES = [
    # an output named bare after the sown area of the crop sown last before it (农作物播种面积…，其中粮食播种
    # 面积64.40万亩，总产量27.89万吨) is that crop's (eval97)
    ("an-output-after-the-last-crop-sown",
     "长兴县2011年国民经济和社会发展统计公报\n\n二、农业\n全年农作物播种面积126.79万亩，其中粮食播种面积64.40万亩，总产量27.89万吨。", "2012-05-08", "27.89万吨", "长兴县", "2011", "粮食产量", "level", False),
    # a level reached from a year's (从2010年9.0:55.9:35.1调整为8.5:55.2:36.3) after a sentence on one year is of
    # that year (eval97)
    ("a-level-reached-from-a-year-s-in-a-year-s-bulletin",
     "长兴县2011年国民经济和社会发展统计公报\n\n初步核算，2011年全县实现地区生产总值(GDP)334.85亿元，按可比价格计算，比上年增长11.5%。三次产业结构从2010年9.0:55.9:35.1调整为8.5:55.2:36.3。", "2012-05-08", "8.5:55.2:36.3", "长兴县", "2011", "三次产业结构", "share", False),
    # 非 before an indicator's name (非房地产投资) makes the figure the rest's, no figure of the name (eval96)
    ("all-but-the-named-indicator",
     "西山区经济\n\n前三季度，全区规模以上固定资产投资同比下降47.6%。其中：房地产投资同比下降56.7%；非房地产投资同比下降37.3%。", "2023-12-04", "37.3%", "西山区", "2023-01/2023-09", None, "growth", False),
    # a province followed by its counties' economy (甘肃省县域经济规模达到10509.8亿元) is the figure's place,
    # not a name's first word in a district's story (eval96)
    ("a-province-s-county-economies",
     "崆峒区被评定为全省县域经济发展先进县\n\n2022年，崆峒区地区生产总值完成193.03亿元，增长7.3%。\n据了解，2022年，甘肃省县域经济规模达到10509.8亿元，较上年增长9.29%。", "2023-04-26", "10509.8亿元", "甘肃省", "2022", None, "level", False),
    # a change from a plan's end (从“十三五”末的117亿元增长至2025年的163亿元，年均增长6.4%) starts the year
    # after the plan, and its yearly average covers the new plan's years (eval96)
    ("a-change-from-a-plan-s-end",
     "辰溪县2026年政府工作报告\n\n这是综合实力实现新提升的五年。全县地区生产总值(预计数,下同)从“十三五”末的117亿元增长至2025年的163亿元,年均增长6.4%。", "2025-12-18", "6.4%", "辰溪县", "2021/2025", "地区生产总值", "growth", True),
    # a lead opening with 今年以来 and naming 前三季度 later, with no figure: the article reports on the first
    # three quarters, and its figures under a heading take them (eval96)
    ("a-stretch-named-later-in-a-figureless-lead",
     "今年以来，在西山区委区政府的积极领导下，全区上下认真落实各项稳增长举措。全区各职能部门通力协作，前三季度，西山区主要指标回升向好，经济运行稳中有进。\n全区经济运行稳中有进\n西山区地区生产总值为769.36亿元，同比增长1.6%，增速在主城区排名第三位。", "2023-12-04", "769.36亿元", "西山区", "2023-01/2023-09", "地区生产总值", "level", False),
    # a run of months passes the name before it on to the growth it times (工业投资连续36个月保持两位数增长) (eval92)
    ("a-run-of-months-times-a-named-growth",
     "广东经济\n\n报告指出，2023年规模以上工业增加值突破4万亿元、增长4.4%，工业投资连续36个月保持两位数增长。", "2024-01-23", "两位数", "广东省", "2021-01/2023-12", "工业投资", "growth", False),
    # a rate a growth has held (其中6月份增长5.4%，连续4个月保持在4%以上) is that growth's, over the run (eval92)
    ("a-rate-a-growth-has-held",
     "湖南上半年经济\n\n湖南工业生产稳步回升，全省规模工业增加值增长1.9%，比一季度回升4个百分点，其中6月份增长5.4%，连续4个月保持在4%以上。", "2020-07-17", "4%以上", "湖南省", "2020-03/2020-06", "规模以上工业增加值", "growth", False),
    # the plan progress is told against (完成市下目标任务14.5亿元的87.6%) is the year's target (eval95)
    ("the-plan-progress-is-measured-against",
     "朝天区1-10月规上工业经济持续向好\n\n从效益上看，1-10月规上工业利润预计达到127054万元，同比增长15%，完成市下目标任务14.5亿元的87.6%，超时间进度4.3个百分点。", "2021-11-29", "14.5亿元", "朝天区", "2021", None, "level", True),
    # places after 分别高 are the bases of the gaps, not their places (eval95)
    ("places-after-respectively-higher-are-bases",
     "朝天区1-10月规上工业经济持续向好\n\n从增速上看，连续位居全市前茅。1-10月规上工业增加值增速同比增长11.5%，增速分别高全国、全省和全市0.6、1.3和1.2个百分点，居全市县区第一位。", "2021-11-29", "1.2个百分点", "朝天区", "2021-01/2021-10", "规模以上工业增加值", "points", False),
    # a sentence opened by a subgroup (民营经济中，) breaks the subgroup down: no catalogue indicator (eval95)
    ("a-subgroup-s-sectors",
     "承德县2020年国民经济和社会发展统计公报\n\n全年民营经济增加值75.8亿元，同比增长4.59%。民营经济中，第一产业增加值5.8亿元，增长6.7%，第二产业增加值37.3亿元，增长5.4%。", "2021-06-28", "37.3亿元", "承德县", "2020", None, "level", False),
    # a count of an age band after a year-end population (年末…户籍总人口…；18周岁以下30.24万人) is counted at
    # the year's end too (eval95)
    ("an-age-band-of-a-year-end-population",
     "2023年开州区国民经济和社会发展统计公报\n\n年末全区户籍总人口164.96万人，其中，城镇人口64.36万人，乡村人口100.59万人；18周岁以下30.24万人，60周岁及以上32.0万人。", "2024-04-29", "30.24万人", "开州区", "2023-12", None, "level", False),
    # 一二三产业比重 names the three sectors' structure (eval92)
    ("the-first-second-third-sectors-shares",
     "封开县政府工作报告\n\n各位代表：\n一、2017年工作回顾\n全年完成地区生产总值151.44亿元。一二三产业比重为28.35∶35.34∶36.31。", "2018-01-22", "28.35∶35.34∶36.31", "封开县", "2017", "三次产业结构", "share", False),
    # a note in brackets between a verb of change and its figure (比上年增长(以下简称“增长”)2.4%) leaves the
    # figure a growth of the level before it (eval92)
    ("a-note-between-growth-and-its-figure",
     "封开县政府工作报告\n\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2017年工作回顾\n全年完成地区生产总值151.44亿元，比上年增长(以下简称“增长”)2.4%，人均生产总值36611元，增长2.3%。", "2018-01-22", "2.4%", "封开县", "2017", "地区生产总值", "growth", False),
    # a run of quarters told in a report on the year delivered before its end (连续三个季度…第一, on 27
    # December) runs up to the last quarter ended (eval94)
    ("a-run-of-quarters-before-the-year-ends",
     "政府工作报告\n——2022年12月27日在双辽市第十九届人民代表大会第二次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n今年以来，我们坚持稳中求进。地区生产总值增速连续三个季度四平地区排名第一，预计全年增长4%左右。", "2022-12-27", "三个季度", "双辽市", "2022-01/2022-09", None, "level", False),
    # 旅游接待总人数 is the catalogue's visitors (接待游客), the first of a respectively list (eval94)
    ("visitors-received-in-all",
     "贵州上半年经济\n\n上半年，旅游接待总人数、旅游总收入比上年同期分别增长15.8%和26.2%，分别比一季度加快9.5个和11.4个百分点。", "2023-07-21", "15.8%", "贵州省", "2023-01/2023-06", "接待游客", "growth", False),
    # a province opening its sentence with 此次 (安徽省此次共有肥西、肥东、当涂等11个县入选) is the figure's
    # place, not a name's first word in a county's story (eval93)
    ("a-province-then-this-time",
     "繁昌县再次入选“中国中部百强县”\n最近在湖南长沙召开的2009年全国县域经济科学发展交流年会上,第九届中国中部百强县(市)名单出炉,作为安徽省科学发展先进县一类县、县域经济综合十强县的繁昌县榜上有名,在中部6省497个县(市)中名列第55位。\n近年来,我县人民在县委县政府的正确领导下,认真贯彻落实科学发展观,积极应对各种困难和挑战,坚持强工业、优农业、兴三产,大力推进新型工业化、城乡一体化和“三农”现代化进程,奋力争当全省县域经济发展排头兵和城乡一体化发展先行区,全县经济社会保持良好发展势头。2008年,全县实现地区生产总值72.7亿元,比上年增长19.4%,完成固定资产投资69.5亿元,增长49.3%,财政收入突破11亿元,增长28.7%,社会消费品零售额14.8亿元,增长24.1%,农民人均纯收入达6218元,增长19.8%,年末金融机构各项存款余额58.6亿元,增长17.8%。\n据悉,安徽省此次共有肥西、肥东、当涂等11个县入选第九届中国中部百强县。", "2009-08-21", "11个", "安徽省", "2009-08-21", None, "level", False),
    # a gap told with 好于 (地区生产总值好于全国2.0个百分点) is the named growth's, as one told with 高于 (eval93)
    ("a-gap-told-with-better-than",
     "海南一季度经济\n\n增速与全国对比向好。从两年平均增速来看，地区生产总值好于全国2.0个百分点，固定资产投资好于全国平均水平5.9个百分点。", "2021-04-21", "5.9个百分点", "海南省", "2021-01/2021-03", "固定资产投资", "points", False),
    # the span a record is set over (创近十年里各季度最高增速) is no heading's period: the figures under it
    # keep the story's quarter (eval93)
    ("a-record-s-window-in-a-heading",
     "陕西交出亮眼“成绩单”! 6352.79亿元一季度GDP同比增长15.4%\n于磨难中奋起,在逆境中前行。今年一季度,陕西用一份亮眼“成绩单”迎来春暖花开。“根据地区生产总值统一核算结果,一季度,陕西省实现地区生产总值6352.79亿元,同比增长15.4%,两年平均增长4.4%。”4月20日,记者从陕西省人民政府新闻办公室举办的新闻发布会获悉,一季度陕西总体呈现经济恢复有力、质量改善明显、后劲蓄势向好的态势,实现了良好开局。\n其中,第一产业增加值240.84亿元,同比增长6.9%,两年平均增长1.8%;第二产业增加值2895.35亿元,增长18.0%,两年平均增长4.8%;第三产业增加值3216.60亿元,增长13.8%,两年平均增长4.2%。\n增速同比增长15.4%创近十年里各季度最高增速\n“大家肯定也注意到了,今年陕西省经济的增速呈现出与往年不同的趋势,一季度同比增长15.4%,这是最近十年里各季度最高的增速。一方面,是因为去年同期受疫情影响,GDP增速达到历史最低点,形成了较低的基数;另一方面,在就地过年倡议下,大量劳动力驻守生产地,工作日同比增加。一季度总体呈现经济恢复有力、质量改善明显、后劲蓄势向好的态势,实现了良好开局。”陕西省统计局总统计师、新闻发言人胡清升在发布会上介绍说。\n主要经济指标同比增速都达到了两位数以上,一季度规上工业增加值增长18.9%。", "2021-04-21", "两位数以上", "陕西省", "2021-01/2021-03", None, "growth", False),
    # a provincial paper named as the source (信息来源:辽宁日报, one word to the segmenter) places a page
    # that names no place of its own: its 全省 is the province (eval93)
    ("a-provincial-paper-as-the-source",
     "前三季度全省地区生产总值同比增长5.3%\n信息来源:辽宁日报\n10月20日,省政府新闻办召开新闻发布会,发布前三季度全省经济运行情况。\n根据地区生产总值统一核算结果,前三季度,全省地区生产总值21692.2亿元,同比增长5.3%。", "2023-10-23", "21692.2亿元", "辽宁省", "2023-01/2023-09", "地区生产总值", "level", False),
    # bulleted lines go on with the list their first item or a colon opens: the first item's year leads
    # the later items, and a lead naming the year's goals (主要预期目标是：) makes every item a plan (eval92)
    ("a-bulleted-list-led-by-its-first-item",
     "13.57万亿!全国首个\n1月23日上午,广东省十四届人大二次会议在广州开幕。省长王伟中向大会作政府工作报告。\n报告指出:\n●2023年广东地区生产总值达到13.57万亿元、增长4.8%,是全国首个突破13万亿元的省份;\n●广州经济总量突破3万亿元;\n●地方一般公共预算收入达1.39万亿元、增长4.3%;", "2024-01-23", "1.39万亿元", "广东省", "2023", "一般公共预算收入", "level", False),
    ("a-bulleted-list-of-goals",
     "全省经济\n1月23日上午，广东省十四届人大二次会议在广州开幕。\n报告指出：\n●2023年广东地区生产总值达到13.57万亿元、增长4.8%；\n●地方一般公共预算收入达1.39万亿元、增长4.3%；\n2024年目标\n报告提出，今年广东经济社会发展的主要预期目标是：\n◆地区生产总值增长5%；\n◆固定资产投资增长4%，社会消费品零售总额增长6%；\n◆粮食产量1270万吨。", "2024-01-23", "1270万吨", "广东省", "2024", "粮食产量", "level", True),
    # a growth told with 平均 between the verb and its figure (财政收入增长平均达到31.2%) is growth (eval91)
    ("a-growth-averaged-over-counties",
     "天津上半年经济\n\n从财政收入看，区县增长快速，18个区县财政收入增长平均达到31.2%，增幅比一季度提高了13.3个百分点。", "2009-07-20", "31.2%", "天津市", "2009-01/2009-06", None, "growth", False),
    # a price index written with % (居民消费价格总指数为100.8%) is the index's level, no share (eval91)
    ("a-price-index-written-with-percent",
     "闻喜县2022年国民经济和社会发展统计公报\n\n2022年，全县居民消费价格总指数为100.8%。", "2023-04-11", "100.8%", "闻喜县", "2022", "居民消费价格", "level", False),
    # the old name of the investment series (城镇以上固定资产投资) is fixed-asset investment (eval91)
    ("investment-in-towns-and-above",
     "吉林省上半年经济\n\n上半年，全省完成城镇以上固定资产投资479.9亿元，比全国平均水平高10.9个百分点。", "2005-07-19", "479.9亿元", "吉林省", "2005-01/2005-06", "固定资产投资", "level", False),
    # a stock recognised by the state (国家认定的高新技术企业) is the indicator's whole stock, and the level
    # it reached from a year's (由2017年929家增长到3605家) is of the span's end a review opened with (eval91)
    ("a-stock-recognised-by-the-state",
     "黑龙江省政府工作报告\n\n五年来，创新驱动发展战略深入实施。国家认定的高新技术企业由2017年929家增长到3605家。", "2023-01-12", "929家", "黑龙江省", "2017", "高新技术企业", "level", False),
    ("a-level-reached-from-a-year-s",
     "黑龙江省政府工作报告\n\n五年来，创新驱动发展战略深入实施。国家认定的高新技术企业由2017年929家增长到3605家。", "2023-01-12", "3605家", "黑龙江省", "2022", "高新技术企业", "level", False),
    # a growth told with 增 alone after a level (GDP为1200.5亿元,同比增6.7%) is the level's indicator's (eval91)
    ("a-growth-told-with-zeng-alone",
     "襄阳一季度GDP为1200.5亿元,同比增6.7%\n4月22日,襄阳市统计局发布2022年一季度襄阳经济运行情况。", "2022-04-22", "6.7%", "襄阳市", "2022-01/2022-03", "地区生产总值", "growth", False),
    # a year split from its quarter by a place only (2022年襄阳一季度全市…) leads the next sentence's
    # breakdown with the quarter (eval91)
    ("a-year-and-its-quarter-split-by-a-place",
     "襄阳一季度GDP为1200.5亿元,同比增6.7%\n4月22日,襄阳市统计局发布2022年一季度襄阳经济运行情况。\n根据地区生产总值统一核算结果,2022年襄阳一季度全市地区生产总值1200.5亿元,按不变价格计算,比上年同期增长6.7%。分产业看,第一产业增加值72.5亿元,增长5.8%。", "2022-04-22", "72.5亿元", "襄阳市", "2022-01/2022-03", "第一产业增加值", "level", False),
    # progress against a plan (完成市计划134.2%) makes no later figure of the sentence a plan (eval90)
    ("progress-against-a-plan-is-no-cue",
     "1-8月平川县重点项目加快推进\n1-8月，全县重点项目共计92项。其中工业项目33项，完成投资33.55亿元，完成市计划134.2%，今年新认定重点项目15个，完成市计划的125.0%。", "2015-10-09", "15个", "平川县", "2015", None, "level", False),
    # a narrowing gap to the country's growth (与全国的差距比上半年缩小0.3个百分点) is the growth's (eval90)
    ("a-narrowing-gap",
     "福建前三季度经济\n前三季度全省规模以上工业增加值同比增长10.8%，与全国的差距比上半年缩小0.3个百分点。", "2021-10-21", "0.3个百分点", "福建省", "2021-01/2021-09", "规模以上工业增加值", "points", False),
    # 连续 before the verb (地区生产总值连续突破400亿元、500亿元) leaves the name its figures' (eval89)
    ("a-name-before-a-run-of-milestones",
     "西藏经济\n\n据新华社电 2012年西藏地区生产总值预计达到701亿元。西藏自治区发改委主任金世洵说，西藏地区生产总值连续突破400亿元、500亿元、600亿元、700亿元，连续四年实现百亿元增长。", "2013-01-20", "500亿元", "西藏自治区", "2012", "地区生产总值", "level", False),
    # a gap over the year's aim (高于年度目标4.8个百分点) after a gap told first is the same growth's (eval89)
    ("a-gap-over-the-yearly-aim",
     "宁夏上半年工业\n今年上半年，宁夏规上工业增加值同比增长12.8%，较去年同期加快5.6个百分点，高于年度目标4.8个百分点，高于全国6.8个百分点。", "2024-07-23", "4.8个百分点", "宁夏回族自治区", "2024-01/2024-06", "规模以上工业增加值", "points", False),
    # the region's energy base (宁东基地) is a place of its own, and 我区 on the region's page, after it,
    # is the region (eval89)
    ("the-ningdong-base",
     "宁夏上半年工业\n今年上半年，宁夏规上工业增加值同比增长12.8%。银川市规上工业增加值同比增长16.8%，其中宁东基地增长28%，高于全区15.2个百分点。", "2024-07-23", "28%", "宁东基地", "2024-01/2024-06", "规模以上工业增加值", "growth", False),
    ("our-region-after-a-zone",
     "宁夏上半年工业\n今年上半年，宁夏规上工业增加值同比增长12.8%。银川市规上工业增加值同比增长16.8%，其中宁东基地增长28%。\n上半年，我区工业投资同比增长13.2%，高于全国平均0.6个百分点。", "2024-07-23", "13.2%", "宁夏回族自治区", "2024-01/2024-06", "工业投资", "growth", False),
    # a name split by 预计完成 (规模工业预计完成总产值) is joined, and the value added after an output's
    # figures (…；实现增加值4.29亿元) is that output's industry's (eval89)
    ("a-name-split-by-an-estimate",
     "锦屏县1-10月工业经济运行良好\n1-10月，锦屏县规模工业预计完成总产值13.29亿元，同比增长179.9%；实现增加值4.29亿元，同比增长184.4%。", "2011-11-01", "13.29亿元", "锦屏县", "2011-01/2011-10", "规模以上工业总产值", "level", False),
    ("value-added-after-an-output",
     "锦屏县1-10月工业经济运行良好\n1-10月，锦屏县规模工业预计完成总产值13.29亿元，同比增长179.9%；实现增加值4.29亿元，同比增长184.4%。", "2011-11-01", "4.29亿元", "锦屏县", "2011-01/2011-10", "规模以上工业增加值", "level", False),
    # a year in a project's name after its size (投资8550万元的2011年整村推进) is no date: it leads no
    # later figure of the list (eval88)
    ("a-year-inside-a-sized-project-name",
     "平川县前4月完成固定资产投资\n发布时间:2013年05月29日\n截至目前，投资8550万元的2011年整村推进、投资2791万元的平川沟防洪工程等5个项目已完工。", "2013-05-29", "2791万元", "平川县", "2013-05-29", None, "level", False),
    # a capacity inside one listed project's name (…年产40万吨铝基合金大板锭) makes no later item a plan (eval88)
    ("a-capacity-in-one-listed-name",
     "平川县项目建设\n发布时间:2013年05月29日\n截至目前，投资58亿元的西部水电年产40万吨铝基合金大板锭、投资13.37亿元的大河家水电站等87个项目正在建设。", "2013-05-29", "13.37亿元", "平川县", "2013-05-29", None, "level", False),
    # a headline's 前4月 after a place (平川前4月完成…) is the first four months (eval88)
    ("first-months-in-a-headline",
     "平川县前4月完成固定资产投资10.95亿\n发布时间:2013年05月29日\n今年，平川县加大项目建设力度。", "2013-05-29", "10.95亿", "平川县", "2013-01/2013-04", "固定资产投资", "level", False),
    # a body figure the headline states with an indicator whose name ends with its bare subject
    # (…完成投资10.95亿元) takes that indicator (eval88)
    ("the-headline-names-the-body-figure",
     "平川县前4月完成固定资产投资10.95亿\n发布时间:2013年05月29日\n截至4月底，全县共实施各类项目103项，完成投资10.95亿元，同比增长7.95%。", "2013-05-29", "7.95%", "平川县", "2013-01/2013-04", "固定资产投资", "growth", False),
    # a growth under a heading reviewing a plan's years (“十三五”时期工作回顾) is over them (eval88)
    ("a-growth-under-a-plan-review-heading",
     "政府工作报告\n\n各位代表：\n我代表省人民政府，向大会报告工作，请予审议。\n“十三五”时期工作回顾\n过去五年，是全省上下负重自强、顽强拼搏的五年，是陇原大地绿色转型、沧桑巨变的五年，决战脱贫攻坚取得决定性胜利，全面建成小康社会取得历史性成就，“十三五”规划目标任务总体完成。\n(一)经济高质量发展成效显著。统筹稳增长、促改革、调结构、惠民生、防风险、保稳定各项工作，全省经济运行企稳向好、稳中有进。\n综合实力大幅提升。全省地区生产总值由“十二五”末的6557亿元增加到9017亿元，年均增长5.5%。", "2021-02-01", "5.5%", None, "2016/2020", "地区生产总值", "growth", False),
    # a sentence set in a site named after its district (在八步区…蔬菜基地里…。这个基地…) is that district's (eval88)
    ("a-site-named-after-its-district",
     "今年以来，贺州市主要指标企稳回升。\n在贺州市八步区东融(供港)蔬菜基地里，工人们忙着分拣芥蓝菜。这个基地今年一季度种植各类蔬菜5000多亩。\n在平桂区黄金珠宝产业园，工人们正铆足干劲，力争早日完成一批产值1350万元的订单。", "2023-05-08", "5000多亩", "八步区", "2023-01/2023-03", None, "level", False),
    ("a-scene-set-in-a-district-site",
     "今年以来，贺州市主要指标企稳回升。\n在贺州市八步区东融(供港)蔬菜基地里，工人们忙着分拣芥蓝菜。这个基地今年一季度种植各类蔬菜5000多亩。\n在平桂区黄金珠宝产业园，工人们正铆足干劲，力争早日完成一批产值1350万元的订单。", "2023-05-08", "1350万元", "平桂区", "2023", None, "level", True),
    # a sentence opened by the indicator it is about (在固定资产投资上，全区达到了…) gives it to its figure (eval87)
    ("a-sentence-opened-by-its-indicator",
     "萧山区1—8月经济\n\n在固定资产投资上，全区达到了846.59亿元，同比增长21.6%。", "2021-09-22", "846.59亿元", "萧山区", "2021-01/2021-08", "固定资产投资", "level", False),
    # (a guard) another subject named between such an opening and the figure keeps its own (eval84)
    ("a-topic-opening-before-another-subject",
     "平川市一季度经济数据\n一季度，平川市生产总值同比增长8.6%。\n在固定资产投资方面，平川市持续扩大有效投资，全市共储备项目1022个，总投资3707亿元。", "2023-04-25", "3707亿元", "平川市", "2023-04-25", None, "level", False),
    # a growth compared with an earlier year's same stretch (与2019年同期相比，两年平均增长5.3%) is the same
    # indicator's (eval87)
    ("a-growth-after-a-compared-year",
     "北京前三季度经济\n1至3季度，全市实现地区生产总值29753亿元，同比增长10.7%，与2019年同期相比，两年平均增长5.3%，比上半年提高0.5个百分点。", "2021-10-21", "5.3%", "北京市", "2021-01/2021-09", "地区生产总值", "growth", False),
    # a count of divisions taken together (全省78个县(市)实现生产总值…) is no division's figure: no
    # indicator, so the province's own series never takes it (eval86; eval87's gold of the same page differs)
    ("counties-taken-together",
     "陕西县域经济上半年\n今年上半年，陕西78个县(市)实现生产总值4248.92亿元，同比增长8.6%，增速比一季度加快0.8个百分点。", "2017-08-11", "8.6%", "陕西省", "2017-01/2017-06", None, "growth", False),
    # (a guard) places listed before their count (泸溪县、凤凰县和保靖县4个县区…分别…) keep their own figures
    ("places-listed-before-their-count",
     "湘西州8月工业\n分地区来看，8月份，湘西经开区、泸溪县、凤凰县和保靖县4个县区规模工业增加值增速均超过20%，分别达到34.4%、22.2%、34.9%和29.5%。", "2015-09-23", "22.2%", "泸溪县", "2015-08", "规模以上工业增加值", "growth", False),
    # a heading line that is a plan's name alone (主要目标) makes the figures under it the year's aims (eval86)
    ("a-plain-plan-heading",
     "县长在平川县十七届人大四次会议上所作的政府工作报告，总结成绩客观实在，得到与会代表和委员们的一致赞许。\n主要目标\n生产总值增长11.5%左右，全社会固定资产投资增长23%左右，社会消费品零售总额增长13%左右，财政总收入和地方财政收入分别增长10.6%和12.3%左右，城乡居民收入分别增长11%和13%左右，规模以上工业增加值增长16.5%左右。", "2015-04-29", "23%左右", "平川县", "2015", "固定资产投资", "growth", True),
    # 年内 in a sentence that names a later year than the one reviewed is that year's (eval86)
    ("within-the-year-after-a-later-year",
     "平川县政府工作报告\n近日，平川县县长作政府工作报告，回顾了2012年的政府工作。\n经初步预计，平川县2012年全年实现生产总值163亿元。\n2013年，平川县计划招引20个以上过亿项目；年内实施总投资35亿元的80项城建重点工程。", "2013-01-01", "80项", "平川县", "2013", None, "level", True),
    # a city written right before its county in a title (日照市五莲县第十七届人民代表大会) says where the
    # county lies: the article is the county's (eval86)
    ("a-city-before-its-county-in-the-title",
     "近日，在日照市五莲县第十七届人民代表大会第二次会议上，五莲县县长作政府工作报告，回顾了2012年的政府工作。\n经初步预计，五莲县2012年全年实现生产总值163亿元；农民人均纯收入达到9807元。", "2013-01-05", "9807元", "五莲县", "2012", None, "level", False),
    # a story's day and a reporter's 了解到 before 截至 a time: the paragraph's counts are up to then (eval86)
    ("counted-up-to-after-the-reporter",
     "马尾区政协收到提案145件\n1月13日，记者从马尾区政协提案委员会了解到，截至2021年1月12日10时，大会共收到提案145件。参与提案的委员112位，占委员总数的71.8%。", "2021-01-14", "112位", "马尾区", "2021-01-12", None, "level", False),
    # a rate followed by 的稳定增长 is a growth (eval86)
    ("a-rate-before-its-growth-word",
     "四川前三季度经济\n前三季度全省实现地区生产总值30853.5亿元，同比增长8.1%，自2016年4季度以来已连续8个季度保持8%以上的稳定增长。", "2018-10-24", "8%以上", "四川省", "2016-10/2018-09", "地区生产总值", "growth", False),
    # towns listed with names no gazetteer holds (蔡岭、汪墩、三汊港等中心集镇) lend the paragraph no place (eval84)
    ("towns-listed-with-unknown-names",
     "都昌县2008年统计公报\n乡镇经济开创新局面。蔡岭、汪墩、三汊港等中心集镇框架不断拉大。乡镇财政收入完成8037万元，占全县财政收入的32%。蔡岭镇财政收入首次超千万元。", "2010-03-01", "8037万元", "都昌县", "2008", None, "level", False),
    # gaps listed after a list of as many indicators, 分别 unsaid, pair with them in turn (eval84)
    ("gaps-listed-without-respectively",
     "平川市一季度经济数据\n一季度，平川市地区生产总值、规模以上工业增加值、一般公共预算收入三项指标增速居全省第一，高于年度预期目标2.1、6.3、11.2个百分点。", "2023-04-25", "6.3", "平川市", "2023-01/2023-03", "规模以上工业增加值", "points", False),
    # a gap after an indicator's growth named with no figure (固定资产投资增速居全区第二，高于…) is its (eval84)
    ("a-gap-after-a-named-growth",
     "平川市一季度经济数据\n一季度，平川市生产总值同比增长8.6%，固定资产投资增速居全省第二，高于年度预期目标13个百分点。", "2023-04-25", "13个百分点", "平川市", "2023-01/2023-03", "固定资产投资", "points", False),
    # the total investment told right after a count of reserved projects is held as they are (eval84)
    ("total-investment-of-reserved-projects",
     "平川市一季度经济数据\n一季度，平川市生产总值同比增长8.6%。\n在固定资产投资方面，全市共储备项目1022个，总投资3707亿元。", "2023-04-25", "3707亿元", "平川市", "2023-04-25", None, "level", False),
    # shares opening with 其中 after a stock are of that stock's day (eval84)
    ("shares-of-a-stock-after-qizhong",
     "平川市一季度经济数据\n一季度，平川市生产总值同比增长8.6%。\n全市共储备项目1022个，总投资3707亿元。其中，社会项目投资占比达81%，“三新”产业占比达65%。", "2023-04-25", "65%", "平川市", "2023-04-25", None, "share", False),
    # a named project's total investment is its size, held on the story's day (eval84, eval22)
    ("a-named-project-total",
     "平川园区项目建设快速推进\n今年1~10月份，该园区完成固定资产投资15.6亿元。\n园区引进的主要项目中，康师傅矿物质水项目总投资1.2亿元，正在进行厂房设计。", "2014-11-18", "1.2亿元", "平川区", "2014-11-18", None, "level", False),
    # yearly figures listed after 2010年以来…分别 are one year each, to the last full year (eval84)
    ("years-listed-since",
     "上半年江西经济运行\n上半年，全省GDP增长9.5%。2010年以来，我省年度GDP分别增长14%、12.5%、11%、10.1%，呈逐年回落态势。", "2014-07-23", "11%", "江西省", "2012", "地区生产总值", "growth", False),
    # cumulative quarterly figures listed after 2013年一季度以来 are one quarter each, to date (eval84)
    ("quarters-listed-since",
     "上半年江西经济运行\n上半年，全省GDP增长9.5%。2013年一季度以来，GDP累计增速分别为10.3%、10.2%、10.1%、10.1%、9.3%。", "2014-07-23", "9.3%", "江西省", "2014-01/2014-03", "地区生产总值", "growth", False),
    # a gap opening the sentence after a growth (。增速高于全国平均水平2.1个百分点) is that growth's (eval84)
    ("a-gap-opening-the-next-sentence",
     "上半年江西经济运行\n上半年我省GDP达6465亿元，增长9.5%。增速高于全国平均水平2.1个百分点。", "2014-07-23", "2.1个百分点", "江西省", "2014-01/2014-06", "地区生产总值", "points", False),
    # a gap over the year's task after a rank (、居全国第2位、高于全年目标任务0.1个百分点) is the growth's (eval84)
    ("a-gap-over-the-year-task",
     "平川市1—6月计划执行情况\n1—6月，全市地区生产总值同比增长6.1%，高于全国平均水平1.1个百分点、居全国第2位、高于全年目标任务0.1个百分点。", "2024-07-29", "0.1个百分点", "平川市", "2024-01/2024-06", "地区生产总值", "points", False),
    # a gap over the congress's aim (高于市人代会预期目标0.3个百分点) is the growth's gap (eval83)
    ("a-gap-over-the-congress-aim",
     "天津上半年经济运行\n上半年，全市地区生产总值同比增长5.3%，高于市人代会预期目标0.3个百分点，高于去年同期0.4个百分点，与全国增速持平。", "2025-07-25", "0.3个百分点", "天津市", "2025-01/2025-06", "地区生产总值", "points", False),
    # a task set from above (上级下达该县易地扶贫搬迁任务为1155户5012人) is a plan (eval82)
    ("a-task-set-from-above",
     "平川讯\n今年上半年，平川县经济运行平稳增长。\n易地扶贫搬迁方面，今年上级下达该县易地扶贫搬迁任务为1155户5012人，目前13个安置点已全部开工建设。", "2016-08-01", "1155户", "平川县", "2016", None, "level", True),
    # a headline's figure said short (工业增加值增长7.9%) that the body states with its full name
    # (规模以上工业增加值同比增长7.9%) is the body's indicator (eval82)
    ("a-headline-said-short",
     "一季度全市工业增加值增长7.9%\n发布日期:2022-04-25 14:38 来源:平川市统计局\n一季度，全市规模以上工业增加值同比增长7.9%，居全省第9位。", "2022-04-25", "7.9%", "平川市", "2022-01/2022-03", "规模以上工业增加值", "growth", False),
    # a second gap told with 也 (比上年同期提高0.6个百分点，也比上年全年提高0.2个百分点) is the same growth's (eval82)
    ("a-second-gap-told-with-also",
     "内蒙古上半年经济运行\n上半年全区实现生产总值8266.7亿元，同比增长5.5%，与一季度持平，比上年同期提高0.6个百分点，也比上年全年提高0.2个百分点。", "2019-07-18", "0.2个百分点", "内蒙古自治区", "2019-01/2019-06", "地区生产总值", "points", False),
    # 农村牧区居民 (内蒙古's rural and pastoral residents) are its 农村居民 (eval82)
    ("rural-and-pastoral-residents-income",
     "内蒙古上半年经济运行\n上半年，全区居民人均可支配收入15279元。其中，城镇居民人均可支配收入20297元，农村牧区居民人均可支配收入6069元。", "2019-07-18", "6069元", "内蒙古自治区", "2019-01/2019-06", "农村居民人均可支配收入", "level", False),
    # a county paper's dateline on its own line (平川讯) stands before the lead's time phrase, the
    # period the story reports on (eval82)
    ("a-county-dateline-before-the-lead",
     "平川讯\n今年上半年，平川县经济运行平稳增长，各项指标完成较好。\n经济运行态势良好。在增速方面，多数指标增速达到或超过目标考核增速。财政收入超过目标增速16.4个百分点，规模以上工业增加值超过目标增速6.6个百分点。", "2016-08-01", "16.4个百分点", "平川县", "2016-01/2016-06", None, "points", False),
    # a breakdown's opening (从行业看，6月份，…) stands before the time phrase that leads the paragraph's
    # later figures (eval81)
    ("by-trade-before-the-month",
     "兰州上半年规上工业增长4.4%\n今年以来，兰州市积极推动工业稳增长。\n从行业看，6月份，兰州市石化、冶金等行业的增幅达到两位数以上。全市重点监测的12种产品产量中有11种增长。", "2020-08-29", "12种", "兰州市", "2020-06", None, "level", False),
    # bases listed after 比 (增速比1至2月、一季度分别提高…) are all bases, the later one after 、 too
    ("bases-listed-after-a-comparison",
     "平川县经济运行\n今年以来，全县固定资产投资比上年同期增长2.9%，增速比1至2月、一季度分别提高4.9和0.3个百分点。", "2020-07-23", "0.3个百分点", "平川县", "2020", "固定资产投资", "points", False),
    # 外贸出口值 (the value of exports) is 出口总额 (eval80)
    ("export-value-by-another-name",
     "平川县政府工作报告\n1-11月，限额以上消费品零售额增长15.6%，外贸出口值增长43.9%，均列全市第三。", "2023-01-06", "43.9%", "平川县", "2022-01/2022-11", "出口总额", "growth", False),
    # 由一季度下降0.3%转为增长1.3%: the later figure is the same indicator's, and not of the quarter the
    # change started from (eval80; eval73)
    ("turned-to-growth-after-a-fall",
     "平川县经济运行\n2020年，全县规模以上工业增加值同比由一季度下降0.3%转为增长1.3%。", "2021-01-20", "1.3%", "平川县", "2020", "规模以上工业增加值", "growth", False),
    # a change told from one month to another (由2月下降6.5%转为6月增长3.8%): the later figure is of the
    # later month (eval80; eval73)
    ("turned-from-one-month-to-another",
     "青海省上半年经济运行\n今年以来，全省规模以上工业增加值同比由一季度下降0.3%转为增长1.3%，当月增速由2月下降6.5%转为6月增长3.8%。", "2020-07-23", "3.8%", "青海省", "2020-06", "规模以上工业增加值", "growth", False),
    # 产能利用率 (capacity used) is a rate over the stretch reported, though its name holds 产能 (eval80)
    ("capacity-used-over-the-stretch",
     "2020年我市前三季度经济数据\n·地区生产总值为10095.43亿元，同比增长0%。\n·规模以上工业产能利用率为76.8%，比二季度提高2.1个百分点。\n前三季度，天津市经济运行持续稳定加快恢复。", "2020-10-23", "76.8%", "天津市", "2020-01/2020-09", None, "share", False),
    # months listed before 分别 (其中4月、5月、6月分别增长…) give each rate its month, and the rates are the
    # indicator's told before them (eval80; eval68 for quarters)
    ("months-listed-before-respectively",
     "陕西省上半年经济运行\n上半年，全省规模以上工业增加值同比增长8.6%。从二季度看，规模以上工业增加值同比增长8.2%，其中4月、5月、6月分别增长6.7%、8.3%、9.3%，增速逐月加快。", "2022-07-20", "8.3%", "陕西省", "2022-05", "规模以上工业增加值", "growth", False),
    # trade in services (服务进出口总额) is no 进出口总额, the trade in goods (eval79)
    ("trade-in-services-is-no-goods-trade",
     "海南省1-8月份经济运行\n1-8月份，全省服务进出口总额456.46亿元，同比增长12%。", "2025-09-22", "456.46亿元", "海南省", "2025-01/2025-08", None, "level", False),
    # a village opening the name of a listed model (香泉村数字化积分管理模式等5种“平川经验”) is no subject (eval79)
    ("a-village-in-a-models-name",
     "平川县政府工作报告\n2024年，全县地区生产总值增长6%。这一年，我们收获了一批荣誉，特别是，创新医养结合模式、香泉村数字化积分管理模式等5种“平川经验”全市推广。", "2025-01-23", "5种", "平川县", "2024", None, "level", False),
    # a first in the province (全省首推…) ranks the county's work, it does not make the list the province's (eval78)
    ("a-first-in-the-province-is-no-subject",
     "平川县人代会开幕\n12月24日，县十八届人大五次会议开幕。从8个关键字里感受过去一年。【和】社会和谐治理有效 完成18个乡镇综治中心规范化建设；全省首推矛盾纠纷“码上扫·马上办”；13个基层预警指挥服务站建成投用；", "2025-12-26", "13个", "平川县", "2025", None, "level", False),
    # a sentence looking back on the past year (从8个关键字里感受过去一年) leads the figures after it (eval78)
    ("looking-back-on-the-past-year-leads",
     "平川县人代会开幕\n12月24日，县十八届人大五次会议开幕。从8个关键字里感受过去一年，朝着共同富裕目标扬帆起航的平川朝气。【和】社会和谐治理有效 完成18个乡镇综治中心规范化建设；", "2025-12-26", "18个", "平川县", "2025", None, "level", False),
    # a percentage with the rate word right after it (保持30%以上增幅) is a growth (eval78; eval66)
    ("a-rate-word-after-the-figure",
     "平川县旅游\n2014年全县旅游总收入突破60亿元，连续五年游客接待人数和旅游总收入保持30%以上增幅。", "2015-08-04", "30%以上", "平川县", "2010/2014", None, "growth", False),
    # 人口23万 is how many live there, held on the article's day, not the year its next sentence opens
    # with; 出生人口 is a flow (eval78; eval34, eval38; eval37 guards the births)
    ("population-is-a-stock",
     "平川县书记讲述平川故事\n平川县域面积2539平方公里，人口23万，下辖两街道、7镇、11乡。2014年，实现生产总值90.92亿元。", "2015-08-04", "23万", "平川县", "2015-08-04", None, "level", False),
    ("births-are-a-flow",
     "平川区2022年人口发展\n2022年，全区常住人口80.5万人。出生人口2257人，死亡人口8326人。", "2023-05-08", "2257人", "平川区", "2022", None, "level", False),
    # a bracketed figure right after a base's name (高于全省平均增速(16.8%)) is the base's (eval78; eval58)
    ("a-bracketed-base-rate-is-the-bases",
     "平川市经济运行\n1—10月份，邮政行业业务总量同比增长17.53%，高于全省平均增速(16.8%)0.73个百分点，全省排名第3位。", "2024-12-24", "16.8%", "甘肃省", "2024-01/2024-10", None, "growth", False),
    # 本外币存款 (deposits in yuan and foreign money) names the deposits' balance, held at its month's end (eval78)
    ("deposits-named-without-balance",
     "平川市1—11月经济运行\n先行指标基本平稳。1—11月，全市全社会用电量同比增长1.97%。本外币存款同比增长6.6%；贷款余额同比增长6.7%。", "2024-12-24", "6.6%", "平川市", "2024-11", "金融机构存款余额", "growth", False),
    # a contribution below zero in a list of shares (贡献率分别是7.3%、-54.1%) is a share, its sign a fall (eval4;
    # a guard: now that its sign is read as a fall, the fall does not make it a growth)
    ("a-negative-share-in-a-list",
     "平川县2023年经济运行\n2023年，第一、二、三产业增加值对经济增长的贡献率分别是7.3%、-54.1%、146.8%。", "2024-03-18", "-54.1%", "平川县", "2023", None, "share", False),
    # 增长面 (the share of trades that grew) is a share, not a growth (eval78; eval5, eval6, eval17, eval22)
    ("the-share-of-trades-that-grew",
     "平川县1-10月经济运行\n1—10月，全县规上工业增加值同比增长3.7%。规上工业11个行业大类中，3个行业增加值增速同比增长，增长面达27.3%。", "2025-12-16", "27.3%", "平川县", "2025-01/2025-10", None, "share", False),
    # 本月 in a release on 1-10月 posted in December is the release's last month; 工业投资增速有所回落，
    # 同比下降8.9%: the name's rate word and 有所 (somewhat) stand between it and its figure (eval78)
    ("this-month-in-a-release-posted-later",
     "平川县经济运行\n——1-10月平川县经济运行\n1-10月，全县固定资产投资同比下降3.4%。本月工业投资增速有所回落，同比下降8.9%。", "2025-12-16", "8.9%", "平川县", "2025-10", "工业投资", "growth", False),
    # 规模以上工业企业完成工业增加值: the name split by its verb, its tail saying 工业 again (eval77)
    ("firms-split-name-repeating-its-tail",
     "甘肃省上半年经济运行情况\n今年上半年，甘肃全省规模以上工业企业完成工业增加值811.23亿元，比去年同期增长17.6%。", "2011-07-29", "17.6%", "甘肃省", "2011-01/2011-06", "规模以上工业增加值", "growth", False),
    # a time counted up to (截至目前) leads no flow after it when its paragraph opened with its own
    # year: the proposals a bureau took on are the year's (eval77)
    ("as-of-now-leads-no-flow-after-the-paragraphs-year",
     "平川县政协开展民主评议提案办理活动\n12月27日，县政协主席一行走进县住建局、规划局，开展2018年民主评议提案办理活动。\n据了解，2018年，县住建局接办的提案共有43件。截至目前，有5件提案已经基本解决。县规划局接办的县政协委员提案共计19件。", "2018-12-29", "19件", "平川县", "2018", None, "level", False),
    # 全年预计 in a report delivered on 17日 (12月17日) and posted on 9 January: the year was not over
    # when the report was given, so its figures are forecasts (eval77)
    ("estimated-in-december-posted-in-january",
     "平川县十三届人大二次会议开幕\n17日，平川县十三届人大二次会议开幕，共绘平川县美好明天。县长作了《政府工作报告》。报告共分两部分：2017年工作回顾；2018年主要工作。全年预计实现地方生产总值25.23亿元，同比增长8.5%。", "2018-01-09", "25.23亿元", "平川县", "2017", "地区生产总值", "level", True),
    # figures listed right before the run of years they stand for (…、2.5亿元，从2007年到2010年) are one
    # year each, in order (eval71)
    ("figures-listed-before-their-years",
     "民生答卷 ——平川县“十一五”经济社会发展综述\n0.7998亿元、1.46亿元、2.0158亿元、2.5亿元，从2007年到2010年，大口径财政收入增长近四倍。", "2011-01-04", "1.46亿元", "平川县", "2008", None, "level", False),
    # 回顾过去一年 in a story on the spring's congresses, posted in April, looks back on last year (eval71)
    ("looking-back-on-the-past-year-in-april",
     "平川县两会闭幕\n\n3月27日上午，平川县第十九届人民代表大会第四次会议闭幕。\n回顾过去一年，工作成效令人瞩目——全年完成地区生产总值701.1亿元、同比增长7.5%。", "2024-04-03", "701.1亿元", "平川县", "2023", "地区生产总值", "level", False),
    # what deputies propose to build (代表们建议修建…长750米) is a plan (eval76)
    ("a-proposed-road-is-a-plan",
     "平川市交通运输局答复\n代表们建议修建莲花塘村至布都村通村公路长750米，宽4米的混凝土硬化道路，概算投资23万元。", "2019-09-03", "750米", "平川市", "2019-09-03", None, "level", True),
    # 区生产总值 (the district's GDP) names 地区生产总值; 区, 县 and 市 before a name narrow nothing (eval76)
    ("a-districts-gdp-short",
     "平川区政府工作报告\n一、2004年工作回顾\n全年预计完成区生产总值66.9亿元，区本级财政收入47889万元，同比分别增长17.1%、17.3%。", "2005-02-18", "66.9亿元", "平川区", "2004", "地区生产总值", "level", False),
    # 农村居民人均纯收入 (the measure before 2013) is no 人均可支配收入; 现代服务业 is a part of the
    # services, no 第三产业; 外贸出口总额 is 出口总额 (eval75)
    ("net-income-is-no-disposable-income",
     "平川区政府工作报告\n一、2012年工作回顾\n城镇居民人均可支配收入达36464元，增长12.3%；农村居民人均纯收入达20304元，增长13.1%。", "2013-03-04", "20304元", "平川区", "2012", None, "level", False),
    ("modern-services-are-a-part",
     "平川区政府工作报告\n一、2012年工作回顾\n现代服务业实现增加值366.79亿元，增幅居省市前列。", "2013-03-04", "366.79亿元", "平川区", "2012", None, "level", False),
    ("foreign-trade-exports",
     "平川县政府工作报告\n初步统计，2016年，外贸出口总额4980万美元，是2011年的4倍。", "2017-01-10", "4980万美元", "平川县", "2016", "出口总额", "level", False),
    # 工业技改投资 is the renovation part of 工业投资, no indicator; 完成额 after a name is filler
    # (规模以上固定资产投资完成额增长11.5%) (eval74, eval32)
    ("renovation-investment-is-a-part",
     "平川区经济\n2024年，全区预计工业投资、工业技改投资分别增长81%、30%。", "2025-01-09", "30%", "平川区", "2024", None, "growth", False),
    ("an-amount-done-is-the-investment",
     "平川区政府工作报告\n一、2020年工作回顾\n全区生产总值完成346.3亿元，同比增长6.1%；规模以上固定资产投资完成额增长11.5%。", "2021-01-27", "11.5%", "平川区", "2020", "固定资产投资", "growth", False),
    # a progress share against a plan (完成全年计划目标的45.4%; 占调整预算105.47%) is no plan and no
    # indicator: it holds as of the outcome before it, and so do the figures after it (eval74)
    ("a-progress-share-holds-as-of-the-outcome",
     "湖北省上半年计划执行情况的报告\n今年上半年，经济保持了平稳较快发展的良好势头，初步统计，全省完成GDP2408.1亿元，完成全年计划目标的45.4%，增长13.7%，同比高0.4个百分点。", "2007-07-24", "45.4%", "湖北省", "2007-01/2007-06", None, "share", False),
    ("a-growth-after-a-progress-share",
     "湖北省上半年计划执行情况的报告\n今年上半年，经济保持了平稳较快发展的良好势头，初步统计，全省完成GDP2408.1亿元，完成全年计划目标的45.4%，增长13.7%，同比高0.4个百分点。", "2007-07-24", "13.7%", "湖北省", "2007-01/2007-06", "地区生产总值", "growth", False),
    ("a-share-of-the-adjusted-budget",
     "平川县2022年预算执行情况的报告\n2022年，地方一般公共预算收入完成28,583万元，占调整预算105.47%，同比增长10.85%。", "2023-02-08", "105.47%", "平川县", "2022", None, "share", False),
    # a speaker saying what the year was (廖和明说，2023年是…的开局之年) speaks of it for his paragraph (eval73)
    ("a-speaker-saying-what-the-year-was",
     "平川市人代会开幕\n\n2月2日，平川市第五届人民代表大会第五次会议开幕。市长向大会作政府工作报告。廖和明说，2023年是全面贯彻落实党的二十大精神的开局之年。全年地区生产总值增长5.1%，规上工业增加值增长19.5%。", "2024-02-02", "19.5%", "平川市", "2023", "规模以上工业增加值", "growth", False),
    # a bulletin's note mark between a name and its figure (地区生产总值〔2〕129.92亿元) is no word (eval73)
    ("a-note-mark-before-the-figure",
     "平川县2023年国民经济和社会发展统计公报\n一、综合\n经市统计局核算反馈〔1〕，全年完成地区生产总值〔2〕129.92亿元，按可比价格计算，同比增长2.8%。", "2024-03-19", "129.92亿元", "平川县", "2023", "地区生产总值", "level", False),
    # a paragraph breaking down the count of the one before by topic (在经济建设方面，立案40件，占26.3%)
    # is counted at its as-of point too, and so is a share right after a count (eval64)
    ("a-topic-paragraph-after-an-as-of-count",
     "平川市政协提案审查情况的报告\n(2025年1月9日政协平川市第九届委员会第四次会议通过)\n市政协九届四次会议期间，广大政协委员积极运用提案参政议政、建言献策。\n截至2025年1月8日12时，共收到提案169件。其中委员个人提案148件，占87.6%。\n在经济建设方面，立案40件，占26.3%。提案建议有：加快推进工业倍增工程等内容。", "2025-01-10", "40件", "平川市", "2025-01-08", None, "level", False),
    ("a-share-right-after-a-count",
     "平川市政协提案审查情况的报告\n(2025年1月9日政协平川市第九届委员会第四次会议通过)\n市政协九届四次会议期间，广大政协委员积极运用提案参政议政、建言献策。\n截至2025年1月8日12时，共收到提案169件。其中委员个人提案148件，占87.6%。\n在经济建设方面，立案40件，占26.3%。提案建议有：加快推进工业倍增工程等内容。", "2025-01-10", "26.3%", "平川市", "2025-01-08", None, "share", False),
    # a national title running straight into a figure (创建全国绿色食品原料标准化生产基地50万亩) is the
    # title's 全国, not the figure's place (eval72)
    ("a-national-title-before-a-figure",
     "平川县政府工作报告\n过去一年，全县创建全国绿色食品原料标准化生产基地50万亩。", "2022-04-26", "50万亩", "平川县", "2021", None, "level", False),
    # 已 before any verb in a figure's clause (今年已联合…进行验收) makes it done, whatever plan cue an
    # earlier clause holds (确保…) (eval72)
    ("done-after-a-plan-cue",
     "平川区乡村振兴局答复\n我局出台了以奖代补方案，确保土地早日改良熟化，今年已联合区农业农村局对流转改良的1.7964万亩土地进行验收。", "2022-11-17", "1.7964万亩", "平川区", "2022", None, "level", False),
    # a title naming a five-year plan, written in its last year or the next, reviews its years: a
    # figure with no time phrase and a yearly average dated by the last year are over them; a change
    # against the plan before's end (较“十五”末净增) is the same indicator's (eval71)
    ("a-plans-review-in-the-title",
     "民生答卷 ——平川县“十一五”经济社会发展综述\n投资9917万元的农村饮水安全工程管网绵延5个乡镇。", "2011-01-04", "9917万元", "平川县", "2006/2010", None, "level", False),
    ("a-yearly-average-over-the-plan",
     "民生答卷 ——平川县“十一五”经济社会发展综述\n预计2010年，全县实现生产总值31.6亿元，较“十五”末净增15.91亿元，年均增长15%。", "2011-01-04", "15%", "平川县", "2006/2010", "地区生产总值", "growth", False),
    # a note in brackets between a sector and its verb (第一产业(不包括农林牧渔服务业) 实现增加值) still
    # joins the name (eval71)
    ("a-note-inside-a-split-name",
     "平川区上半年经济\n上半年，第一产业(不包括农林牧渔服务业) 实现增加值 62.10亿元，增长5.5%。", "2022-07-20", "62.10亿元", "平川区", "2022-01/2022-06", "第一产业增加值", "level", False),
    # a sector named short after another indicator's figure of its kind (全社会固定资产投资…，分产业看：
    # 第一产业同比下降28.2%) is that indicator's part, no value added (eval71)
    ("a-sector-of-another-indicator",
     "平川区上半年经济\n上半年，全社会固定资产投资同比增长12.5%，分产业看：第一产业同比下降28.2%，第二产业同比下降7.8%。", "2022-07-20", "28.2%", "平川区", "2022-01/2022-06", None, "growth", False),
    # a growth after a level and the mark it passed (GDP突破1万亿元关口 同比增长9.0%) is the same
    # indicator's (eval70)
    ("a-growth-after-a-mark-passed",
     "湖南今年上半年GDP突破2万亿元关口 同比增长4.5%\n7月18日，记者从发布会获悉，上半年湖南经济运行稳中有进。", "2023-07-18", "4.5%", "湖南省", "2023-01/2023-06", "地区生产总值", "growth", False),
    # one figure each of a name's parts holds (城乡居民人均可支配收入均增长7%左右) is neither's alone;
    # 年均增长 is no "each" (eval70; the second a guard, eval11)
    ("a-figure-each-part-holds",
     "湖南省政府工作报告\n2019年主要预期目标是：城乡居民人均可支配收入均增长8%左右。", "2019-01-14", "8%左右", "湖南省", "2019", None, "growth", True),
    ("a-yearly-average-is-no-each",
     "湖南省政府工作报告\n五年来，城乡居民人均可支配收入年均增长9.5%。", "2021-12-26", "9.5%", "湖南省", "2017/2021", "全体居民人均可支配收入", "growth", False),
    # 东区 and 西区 are parts of anything (东园东区), not 攀枝花's districts (eval70)
    ("an-east-part-is-no-district",
     "湖南某县住建局答复\n今年我局将改造东园东区等7个老旧小区。", "2023-06-05", "7个", "湖南省", "2023", None, "level", True),
    # a story on a report that tells its look back (报告提出，一年来，…) early in the year reviews last
    # year: its 全年 and its bare figures are of it (eval69)
    ("a-story-telling-a-reports-look-back",
     "湖北省十三届人大二次会议开幕\n2月14日，湖北省十三届人大二次会议在武汉开幕。省长作报告。\n报告提出，一年来，全省经济运行总体平稳，全年实现生产总值3.94万亿元，比上年增长7.8%，城镇新增就业92万人。", "2019-02-14", "92万人", "湖北省", "2018", "城镇新增就业", "level", False),
    # a percentage after 改善 is a change (空气质量综合指数改善9.6%) (eval69)
    ("an-improvement-is-a-change",
     "湖北生态环境\n2018年，全省环境空气质量综合指数、细颗粒物平均浓度分别改善8.6%、12%。", "2019-02-14", "12%", "湖北省", "2018", None, "growth", False),
    # a name right before 占比 (税收占比75.5%) is the name's share of a whole, no figure of the name;
    # a part of 三次产业 keeps its name (第二产业增加值占比48.3%) (eval69, eval22; the second a guard, eval4)
    ("a-names-share-of-a-whole",
     "湖北财政\n2018年，全省地方一般公共预算收入3307亿元，增长8.5%，税收占比78.5%。", "2019-02-14", "78.5%", "湖北省", "2018", None, "share", False),
    ("a-sectors-share-keeps-its-name",
     "湖北经济\n2018年，全省第二产业增加值占比43.4%。", "2019-02-14", "43.4%", "湖北省", "2018", "第二产业增加值", "share", False),
    # levels before 分别 pair in order with the changes after it: a herd's change is at the stretch's
    # end, the slaughter's over the stretch (eval69)
    ("a-herds-change-after-respectively",
     "一季度湖北经济数据\n一季度，全省生猪出栏1119万头、存栏2416万头，分别增长21.4%和12.2%。", "2022-04-21", "12.2%", "湖北省", "2022-03", None, "growth", False),
    ("the-slaughters-change-after-respectively",
     "一季度湖北经济数据\n一季度，全省生猪出栏1119万头、存栏2416万头，分别增长21.4%和12.2%。", "2022-04-21", "21.4%", "湖北省", "2022-01/2022-03", None, "growth", False),
    # 旅游接待人数 is the tourists received (eval69)
    ("tourists-received",
     "湖北旅游\n2019年，全省力争旅游接待人数突破6000万人次。", "2019-01-11", "6000万人次", "湖北省", "2019", "接待游客", "level", True),
    # a figure broken down by quarter after 分季度看 is the whole's indicator (eval68)
    ("broken-down-by-quarter",
     "湖北经济运行\n前三季度，全省地区生产总值41200.5亿元，同比增长6.1%。分季度看，一季度同比增长5.8%，二季度增长6.0%，三季度增长6.4%。", "2023-10-25", "6.0%", "湖北省", "2023-04/2023-06", "地区生产总值", "growth", False),
    # listed items sharing an ending take the last one's tail (第一产业、第二产业、第三产业投资: each an
    # investment, no value added) (eval68)
    ("items-sharing-the-last-ones-tail",
     "湖北经济运行\n\n前4个月，全省固定资产投资同比增长7.0%，第一产业、第二产业、第三产业投资同比分别增长3.0%、12.6%、5.6%。", "2023-05-23", "3.0%", "湖北省", "2023-01/2023-04", None, "growth", False),
    # a note in brackets inside a name's prefix (金融机构(含外资)本外币…) narrows nothing; words before
    # a note still do (镇(街)规上工业产值: the towns', a subgroup) (eval68; the second a guard, eval47)
    ("a-note-inside-the-prefix",
     "湖北经济运行\n截至4月末，全省金融机构(含外资)本外币各项存款余额67720.8亿元，同比增长8.6%。", "2023-05-23", "67720.8亿元", "湖北省", "2023-04", "金融机构存款余额", "level", False),
    ("words-before-a-note-narrow",
     "湖北某区经济运行\n上半年，镇(街)规上工业累计实现产值331.21亿元，同比增长5.2%。", "2022-08-30", "331.21亿元", "湖北省", "2022-01/2022-06", None, "level", False),
    # an adverb of all between a change and its figure (增长均超20%) keeps it a growth (eval68)
    ("a-growth-for-each-of-them",
     "湖北经济运行\n1月至4月，食品、汽车制造业增加值增长均超20%。", "2023-05-23", "超20%", "湖北省", "2023-01/2023-04", None, "growth", False),
    # a month's rate named by 增速 alone (9月当月增速达到了7.3%) is the rate of the indicator its
    # paragraph last named; a page copied with blanks around its ASCII commas (… , …) splits its
    # clauses as any other (eval68)
    ("a-months-rate-after-the-named-indicator",
     "江西省工业经济\n今年以来 , 全省规模以上工业增加值已经连续7个月保持月度正增长 , 9月当月增速达到了7.3% , 是今年以来新的高点 。", "2020-10-28", "7.3%", "江西省", "2020-09", "规模以上工业增加值", "growth", False),
    # quarters listed before 分别 (二、三季度分别增长…) give each figure its quarter, and a 其中 breaking
    # the whole down by stretches of time names the whole's indicator (eval68)
    ("quarters-listed-before-respectively",
     "平川市工业经济\n前三季度，全市规模以上工业增加值同比增长3.1%。其中，一季度下降2.4%，二、三季度分别增长4.6%和6.9%。", "2021-10-28", "4.6%", "平川市", "2021-04/2021-06", "规模以上工业增加值", "growth", False),
    ("a-stretch-opening-a-breakdown",
     "平川市工业经济\n前三季度，全市规模以上工业增加值同比增长3.1%。其中，一季度下降2.4%，二、三季度分别增长4.6%和6.9%。", "2021-10-28", "2.4%", "平川市", "2021-01/2021-03", "规模以上工业增加值", "growth", False),
    # a base compared against inside a 其中 item (较一季度提升…) opens no breakdown by time (guard, eval53)
    ("a-base-in-a-breakdown-item",
     "平川区消费\n上半年，全区实现社会消费品零售总额69.8亿元，同比增长3.2%。其中，餐饮收入同比增长13.5%，较一季度提升3.5个百分点。", "2023-07-25", "3.5个百分点", "平川区", "2023-01/2023-06", None, "points", False),
    # a title naming a city and several of its districts (重庆:…全市区县GDP增速… 渝北、江北和巴南…), or a
    # province's story first and one city's figure after (湖南前三季度市县经济… 岳阳地区生产总值…), is
    # the holder's article when it speaks as the holder (我市, 我省); a place written right after its
    # province ((湖南省)平江县…) is that place's (eval68; the last a guard, eval11)
    ("districts-ranked-in-a-municipalitys-title",
     "重庆:一季度全市区县GDP增速公布 渝北、江北和巴南位列前三\n本报讯 记者从市统计局获悉，一季度我市GDP增长5.6%。\n一季度，规模以上工业增加值增长7.2%。", "2025-04-28", "7.2%", "重庆市", "2025-01/2025-03", "规模以上工业增加值", "growth", False),
    ("a-provinces-story-before-a-citys-figure",
     "湖南前三季度市县经济运行情况公布 岳阳地区生产总值同比增长5.2%\n据省统计局消息，前三季度，我省地区生产总值增长4.8%。\n前三季度，规模以上工业增加值增长6.1%。", "2024-11-10", "6.1%", "湖南省", "2024-01/2024-09", "规模以上工业增加值", "growth", False),
    ("a-county-right-after-its-province",
     "(湖南省)平江县人民政府工作报告\n全省经济稳中有进，全省、全省、全省上下齐心。\n去年，规模以上工业增加值增长6.1%。", "2024-01-10", "6.1%", "平江县", "2023", "规模以上工业增加值", "growth", False),
    # areas of their own that share a code (重庆's 渝西地区 and 渝东新城) keep their own names (eval68)
    ("new-areas-sharing-a-code",
     "重庆上半年经济\n上半年，渝西地区GDP增速为4.9%，渝东新城GDP增速为5.6%。", "2025-08-01", "5.6%", "渝东新城", "2025-01/2025-06", "地区生产总值", "growth", False),
    # a part no gazetteer names listed before known places (中心城区、渝西地区和渝东新城…分别为) still
    # counts in pairing the figures after 分别 with the places; places' rates named by 增速 alone are
    # of the indicator whose rate the paragraph named (eval68)
    ("an-unnamed-part-listed-before-places",
     "重庆上半年经济\n上半年，主城都市区GDP增速为5.3%，其中中心城区、渝西地区和渝东新城三个片区增速分别为5.1%、4.8%和6.0%。", "2025-08-01", "4.8%", "渝西地区", "2025-01/2025-06", "地区生产总值", "growth", False),
    # a band shared by places listed up to 等区县 is the whole's, of the rate the paragraph named (eval68)
    ("a-band-shared-by-listed-districts",
     "重庆一季度区县经济\n全市有25个区县的一季度GDP增速高于全市。其中，江北和巴南增速超过或达到8%；沙坪坝、南岸、合川等区县的增速均在6%及以上。", "2025-04-28", "6%及以上", "重庆市", "2025-01/2025-03", "地区生产总值", "growth", False),
    # a figure each of the places listed before it holds (获嘉县、原阳县增速均为18%; …与…增速为15%，并列
    # 第7位) is the first one's; a count of the places listed (4个县区…均超过) or a 都 inside a name
    # (上海、深圳、成都三个招商站点) is none of them (eval65, eval46, eval28)
    ("a-figure-each-listed-place-holds",
     "新乡市各县(市、区)成绩单\n\n各县(市、区)中，延津县以18.4%的增速夺冠，获嘉县、原阳县增速均为18%，并列第2位。", "2022-01-28", "18%", "获嘉县", "2022-01-28", None, "growth", False),
    ("two-places-that-tie",
     "新乡市各县(市、区)成绩单\n\n卫滨区与凤泉区增速为15%，并列第7位。", "2022-01-28", "15%", "卫滨区", "2022-01-28", None, "growth", False),
    # an item after ； that names only places before its figures goes on with the item before
    # (…地区生产总值…分别增长11.7%、11.5%；铜仁、黔南分别增长9.9%、9.8%) (eval67)
    ("places-only-in-the-next-item",
     "贵州前三季度市州经济\n\n前三季度，遵义、安顺地区生产总值分别增长11.7%、11.3%；铜仁、黔南分别增长9.9%、9.8%。", "2021-11-13", "9.9%", "铜仁市", "2021-01/2021-09", "地区生产总值", "growth", False),
    # a county's short name, or a place read as X地区, before 地区生产总值 is the place's, no subgroup
    # (仁怀地区生产总值1109.19亿元; 安顺地区生产总值…) (eval67)
    ("a-county-stem-before-the-gdp",
     "仁怀市前三季度经济运行\n\n前三季度，仁怀地区生产总值1109.19亿元，排名全省县域首位。", "2021-11-13", "1109.19亿元", "仁怀市", "2021-01/2021-09", "地区生产总值", "level", False),
    # 金融机构 and 本外币 before a balance's name narrow nothing (全市金融机构本外币存款余额) (eval67, eval3)
    # (the place is read as 安顺地区, the prefecture's old name, with 安顺市's code)
    ("a-place-read-into-the-gdps-name",
     "贵州前三季度市州经济\n\n前三季度，遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长，分别增长11.7%、11.5%、11.3%。", "2021-11-13", "11.3%", "安顺地区", "2021-01/2021-09", "地区生产总值", "growth", False),
    ("financial-institutions-deposits",
     "平川市1—5月经济运行\n\n5月末，全市金融机构本外币存款余额1959.2亿元，同比增长5.6%。", "2023-06-30", "1959.2亿元", "平川市", "2023-05", "金融机构存款余额", "level", False),
    # 即将 holds for its own clause only: the clauses after it are done, no plan (eval66)
    ("about-to-holds-for-its-own-clause",
     "闽南网12月27日讯(记者 苏明)今天上午，平川区第六届人民代表大会第三次会议开幕。\n过去一年，全区民生福祉持续改善，区医院新院区即将投用，平稳解决12个征迁遗留问题。", "2024-01-19", "12个", "平川区", "2023", None, "level", False),
    # a level a growth's clause nears (增长7%左右，逼近300亿元大关) is the same indicator's (eval66)
    ("a-level-it-nears-after-the-growth",
     "平川县政府工作报告\n\n一、2023年工作回顾\n预计，地区生产总值同比增长7%左右，逼近300亿元大关。", "2024-01-06", "近300亿元", "平川县", "2023", "地区生产总值", "level", False),
    # a sentence opening with the day a stretch's data came out (7月31日，随着…2023年上半年数据的发布，…)
    # leads the figures after it with that stretch (eval66)
    ("the-day-a-stretchs-data-came-out",
     "江苏各市半年成绩单\n\n7月31日，随着徐州市2023年上半年数据的发布，江苏13个设区市的数据也全部出炉。具体来看，苏州市地区生产总值11458.4亿元，南京市8316.92亿元。", "2023-08-01", "8316.92亿元", "南京市", "2023-01/2023-06", "地区生产总值", "level", False),
    # a figure right after the name of a place holding the home (广西111个县市区, on 武宣县's page) is
    # that place's (eval65, eval47)
    ("a-figure-right-after-the-holding-place",
     "专访武宣县委书记\n县委书记说：“我们提出2022年武宣要力争实现工业园区过百亿。广西111个县市区，从武宣的资源和条件看，我们要力争进入前列。”", "2022-01-20", "111个", "广西壮族自治区", "2022-01-20", None, "level", False),
    # a county-level city ranked within 全市 (介休市…位居全市第2位) is not that 全市: its 全市 is the city
    # that holds it (eval65; a real county-level city, as the rule needs its holding city)
    ("the-whole-city-a-county-level-city-ranks-in",
     "2023年各县(市、区)经济指标排名 介休增速居前\n市统计局近日发布主要经济指标，介休市地区生产总值增速位居全市第2位。\n再看固定资产投资，全市增速为6.3%，高于全省水平1.2个百分点。", "2024-02-02", "6.3%", "晋中市", "2023", "固定资产投资", "growth", False),
    # a paragraph opened by the indicator it looks at (从GDP总量看，…; …方面，; 再看…，) is about it (eval65)
    ("a-paragraph-that-looks-at-an-indicator",
     "2021年各县(市、区)成绩单出炉\n\n从GDP总量看，与2020年相比，平川县突破了500亿元，达到529.59亿元。", "2022-01-28", "529.59亿元", "平川县", "2021", "地区生产总值", "level", False),
    ("an-indicators-side-opens-a-paragraph",
     "2021年各县(市、区)成绩单出炉\n\n规模以上工业增加值方面，平川区增速16.7%，增速夺冠。", "2022-01-28", "16.7%", "平川区", "2021", "规模以上工业增加值", "growth", False),
    # a title taken from the lead's first clause (今年以来…发展,1-9月…) names no period of its own:
    # the release's 1-9月 holds for the next paragraph (eval65)
    ("a-title-from-the-leads-first-clause",
     "今年以来平川区七大行业趋优发展，1-9月累计完成产值2658.07亿元，同比增长10.5%。\n六个行业共完成产值2453.69亿元，同比增长12.1%。", "2018-10-16", "2453.69亿元", "平川区", "2018-01/2018-09", None, "level", False),
    # a headline's indicator figure that the body states as the year's aim is that aim (eval64)
    ("a-headline-figure-the-body-aims-at",
     "地区生产总值增长5.6%以上,平川区描绘2025年发展蓝图\n1月9日，平川区第十九届人民代表大会第四次会议召开。\n经济社会发展主要预期目标是：地区生产总值增长5.6%以上，规模以上工业增加值增长7.5%以上。", "2025-01-09", "5.6%以上", "平川区", "2025", "地区生产总值", "growth", True),
    # counted up to a clock (截至2025年1月8日12时，共收到提案169件): the day governs (eval64)
    ("counted-up-to-a-clock",
     "平川市政协提案审查情况的报告\n(2025年1月9日政协平川市第九届委员会第四次会议通过)\n截至2025年1月8日12时，共收到提案169件。", "2025-01-10", "169件", "平川市", "2025-01-08", None, "level", False),
    # a flow told at a month's end (6月末，生猪出栏1407头) is counted from January (eval64)
    ("a-flow-at-a-months-end-is-the-year-so-far",
     "平川区上半年经济运行情况\n\n从主要畜禽品种看，6月末，生猪出栏1407头，下降48.0%；牛出栏420头，增长10.2%。", "2025-08-13", "1407头", "平川区", "2025-01/2025-06", None, "level", False),
    # falling short of a control figure (低于控制指标数52人) is a difference (eval64)
    ("below-the-control-figure",
     "平川区政府工作报告\n\n一、2005年主要工作回顾\n全区城镇登记失业人数17948人，低于控制指标数52人。", "2006-01-10", "52人", "平川区", "2005", None, "difference", False),
    # a report's title with its year but no 年 (2006政府工作报告), posted years later: its 全年 is
    # the year it reviews (eval64)
    ("a-report-title-year-without-nian",
     "2006政府工作报告\n2008年06月20日 来源: 平川区\n各位代表:\n现在，我代表区人民政府向大会作工作报告。\n全年完成区级财政收入45.02亿元。", "2008-06-20", "45.02亿元", "平川区", "2005", None, "level", False),
    # a report delivered to a congress early in January was written the year before: its review's
    # 今年以来 is the year reviewed, and so are the figures it leads (eval63)
    ("this-year-written-before-the-year-turned",
     "关于平川区2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n——2023年1月4日在平川区第十七届人民代表大会第三次会议上\n各位代表:\n现将报告提请审议。\n一、2022年国民经济和社会发展计划执行情况\n今年以来，全区人民砥砺奋进，全年主要目标任务较好完成。全区地区生产总值实现5700.1亿元，同比增长4.1%。", "2023-01-04", "5700.1亿元", "平川区", "2022", "地区生产总值", "level", False),
    # 扣除…后 says how a figure is computed: no subgroup of the name (eval63)
    ("a-figure-after-deducting-is-the-names",
     "平川区经济运行\n\n2022年，平川区一般公共预算收入扣除留抵退税后、同口径增长5.6%。", "2023-01-10", "5.6%", "平川区", "2022", "一般公共预算收入", "growth", False),
    # 三次产业结构比重 is the structure (the longer alias 三次产业结构比 no longer leaves 重 over) (eval63)
    ("the-industries-structure-as-shares",
     "平川区经济运行\n\n一季度，平川区三次产业结构比重为0.2∶50.9∶48.9。", "2018-04-28", "0.2∶50.9∶48.9", "平川区", "2018-01/2018-03", "三次产业结构", "share", False),
    # 游客总花费 is tourism revenue (eval63)
    ("visitors-spending-is-tourism-revenue",
     "平川县经济运行简况\n\n1-7月，平川县游客总花费为5.00亿元，同比增长11.28%。", "2024-08-30", "5.00亿元", "平川县", "2024-01/2024-07", "旅游总收入", "level", False),
    # a breakdown's item named by a part's short name (其中，房地产同比增长9.9%) is that part (eval63)
    ("a-part-named-short-in-a-breakdown",
     "平川区经济运行\n\n1-3月平川区固定资产投资同比增长14.7%，其中，房地产同比增长9.9%；非房地产同比增长27.4%。", "2018-04-28", "9.9%", "平川区", "2018-01/2018-03", "房地产开发投资", "growth", False),
    # a base's growth said in brackets with its place (全省增长9.5%) is the indicator the gap is of (eval63)
    ("a-bases-growth-said-in-brackets",
     "平川县经济运行简况\n\n1-7月，平川县规模以上工业增加值同比下降3.3%，低于全省规模以上工业增加值12.8个百分点(全省增长9.5%)，全省增速排名第15。", "2024-08-30", "9.5%", "甘肃省", "2024-01/2024-07", "规模以上工业增加值", "growth", False),
    # the aim in brackets after an outcome's growth (…排名全市第1位(预期目标为8.5%以上)) is that
    # indicator's growth aimed at; of a year that has ended, told in March, no target (eval62)
    ("an-aim-in-brackets-after-the-outcome",
     "平川县政府工作报告\n\n一、2022年工作回顾\n全年实现地区生产总值增长5.9%，高于全市0.8个百分点，排名全市第1位(预期目标为8.5%以上)；固定资产投资增长14.2%，排名全市第1位(预期目标为10%以上)。", "2023-03-09", "10%以上", "平川县", "2022", "固定资产投资", "growth", False),
    # a count right after a verb of overseeing (将积极督促五个乡…) counts those there, no plan (eval62)
    ("those-urged-are-no-plan",
     "关于平川县第134号建议的答复\n\n我局将积极督促五个乡加大工作力度，力争早日实现撤乡设镇工作。", "2021-10-29", "五个", "平川县", "2021-10-29", None, "level", False),
    # figures listed after a sum's name give its indicators in turn (存贷款余额达到…、…，分别增长…、…;
    # 存、贷款分别增长…和…); one figure alone stays the sum's, and a later clause of another
    # subject is not in the list (eval49, eval57, eval60)
    ("the-second-of-a-sums-listed-levels",
     "平川县2024年工作回顾\n\n2024年，平川县金融机构存贷款余额达到831.8亿元、406.7亿元，分别增长13%、7.9%。", "2025-01-17", "406.7亿元", "平川县", "2024-12", "金融机构贷款余额", "level", False),
    ("the-first-of-a-sums-listed-rates",
     "平川县2024年工作回顾\n\n2024年，平川县金融机构存贷款余额达到831.8亿元、406.7亿元，分别增长13%、7.9%。", "2025-01-17", "13%", "平川县", "2024", "金融机构存款余额", "growth", False),
    ("a-sum-split-by-its-mark",
     "平川县2009年工作回顾\n\n2009年，平川县金融机构存、贷款分别增长35%和40.1%，银行业盈利40.3亿元、增长1.1倍。", "2010-01-25", "40.1%", "平川县", "2009", "金融机构贷款余额", "growth", False),
    ("another-subject-after-a-sums-list",
     "平川县2009年工作回顾\n\n2009年，平川县金融机构存、贷款分别增长35%和40.1%，银行业盈利40.3亿元、增长1.1倍。", "2010-01-25", "40.3亿元", "平川县", "2009", None, "level", False),
    # a noun listed right after a figure, parallel to its subject's end, shares the words before
    # it (实际使用内资30.2亿元、外资381万美元) (eval61, eval28)
    ("a-listed-noun-shares-the-verb-before",
     "平川区2024年工作回顾\n\n2024年，平川区实际使用内资30.2亿元、外资381万美元。", "2025-03-21", "381万美元", "平川区", "2024", "实际使用外资", "level", False),
    # a span of years opening a paragraph after 数据显示， leads the sentences after it (eval61)
    ("data-show-a-span-that-leads-its-paragraph",
     "平川县发展成就\n\n本报讯 7月24日，市政府新闻办举行发布会。\n数据显示，2020年至2024年间，平川县地区生产总值保持在百亿规模。项目建设成效显著，累计实施重点项目578个，完成投资435.1亿元。", "2025-07-28", "435.1亿元", "平川县", "2020/2024", None, "level", False),
    # a growth rate opening its own clause after one naming an indicator with no figure is that
    # indicator's (…地区生产总值稳定保持在百亿规模，年均增速达4.25%) (eval61)
    ("a-rate-opening-its-clause-after-the-name",
     "平川县发展成就\n\n2020年至2024年间，平川县地区生产总值稳定保持在百亿规模，年均增速达4.25%，展现出发展韧性。", "2025-07-28", "4.25%", "平川县", "2020/2024", "地区生产总值", "growth", False),
    # bare 人均可支配收入 after 城乡 is the urban and the rural income in turn (eval61)
    ("bare-income-per-head-after-urban-and-rural",
     "平川县发展成就\n\n2024年，平川县城乡居民收入较快增长，人均可支配收入分别达38922元和17998元。", "2025-03-28", "17998元", "平川县", "2024", "农村居民人均可支配收入", "level", False),
    # a sentence that goes on with the story (此外，平川县…) holds on the story's day even when the
    # article's place follows (eval61)
    ("more-of-the-story-holds-on-its-day",
     "平川县发展成就\n\n本报讯 7月24日，市政府新闻办举行发布会，介绍平川县发展情况。\n此外，平川县奶山羊产业形成完整产业链条，存栏量达57.3万只。", "2025-07-28", "57.3万只", "平川县", "2025-07-24", None, "level", False),
    # a change against the end of the year before (比上年末提高) is at the year's end (eval61)
    ("a-change-against-last-years-end-is-at-the-years-end",
     "平川县2024年国民经济和社会发展统计公报\n\n一、综合\n全县常住人口城镇化率为42.85%，比上年末提高0.62个百分点。", "2025-03-28", "0.62个百分点", "平川县", "2024-12", None, "points", False),
    # a share of the budget (占预算的52.6%) is how far the plan is done, no indicator's (eval61)
    ("a-share-of-the-budget-is-progress",
     "平川县上半年计划执行情况\n\n2017年上半年，公共财政预算收入完成1.5亿元，占预算的52.6%，同比增长18.6%。", "2017-11-22", "52.6%", "平川县", "2017-01/2017-06", None, "share", False),
    # a speaker's year opening his sentence (他说，2018年，是…之年) governs the paragraph: its 全年 is 2018,
    # not the year of the congress reporting on it (eval60)
    ("a-speakers-year-governs-his-paragraph",
     "平川县人代会开幕\n\n3月6日，平川县人民代表大会第四次会议开幕。县长向大会作《政府工作报告》。他说，2018年，是决胜之年。全年完成生产总值237.2亿元，增长9.4%。", "2019-03-06", "237.2亿元", "平川县", "2018", "地区生产总值", "level", False),
    # a change over one year (由8.4:76.4:15.2调整为8.1:75.2:16.7) starts from the year before (eval60)
    ("a-change-over-one-year-starts-the-year-before",
     "平川县政府工作报告\n\n一、2018年工作回顾\n全县生产总值增长9.4%。三产结构比由8.4:76.4:15.2调整为8.1:75.2:16.7。", "2019-03-06", "8.4:76.4:15.2", "平川县", "2017", "三次产业结构", "share", False),
    ("a-change-over-one-year-ends-in-it",
     "平川县政府工作报告\n\n一、2018年工作回顾\n全县生产总值增长9.4%。三产结构比由8.4:76.4:15.2调整为8.1:75.2:16.7。", "2019-03-06", "8.1:75.2:16.7", "平川县", "2018", "三次产业结构", "share", False),
    # 三年疫情 is the pandemic's three years too, but 两年疫情 is not its span (eval60)
    ("three-years-of-the-epidemic",
     "平川县政府工作报告\n\n2023年，是三年疫情防控转段后经济恢复发展的一年。", "2024-01-23", "三年", "平川县", "2020/2022", None, "level", False),
    ("two-years-of-the-epidemic-are-not-its-span",
     "平川县政府工作报告\n\n2021年，是两年疫情防控常态化的一年。", "2022-01-23", "两年", "平川县", "2021", None, "level", False),
    # other things may change within the year: their first level is the year's (eval29, heldout)
    ("a-change-within-one-year-of-no-indicator",
     "平川市政府工作报告\n\n一、2022年工作回顾\n疫情防控政策调整优化后，综合ICU床位从37张提升至151张。", "2023-03-30", "37张", "平川市", "2022", None, "level", False),
    # 从 before a count that no change follows (从六个方面总结了2023年的工作) is no change's start (eval33)
    ("from-before-a-count-with-no-change",
     "1月5日上午，平川县第十八届人民代表大会第三次会议隆重开幕。\n大会听取了县长所作的政府工作报告。县长从六个方面总结了2023年的工作：一年来，我们全力以赴扩投资。", "2024-01-05", "六个", "平川县", "2023", None, "level", False),
    # 城乡人均可支配收入分别…6.7%、7.3% is urban and rural income (eval60)
    ("urban-and-rural-income-said-short",
     "平川县政府工作报告\n\n一、2023年工作回顾\n城乡人均可支配收入分别预计增长6.7%、7.3%。", "2024-01-23", "7.3%", "平川县", "2023", "农村居民人均可支配收入", "growth", False),
    # deposits and loans together (存贷款余额) are no catalogue indicator, not loans (eval60, eval21)
    ("deposits-and-loans-together-are-no-indicator",
     "平川区经济运行\n\n6月末，全区本外币存贷款余额756.21亿元，增长4.5%。", "2022-08-12", "756.21亿元", "平川区", "2022-06", None, "level", False),
    # how far an outcome passed or fell short of its plan (超任务, 与任务相差) is the outcome's
    # indicator, a difference in money (eval60)
    ("past-the-plan-by-points",
     "平川市经济运行\n\n一季度，规上工业增加值增长11.6%，超任务1.6个百分点。", "2022-05-11", "1.6个百分点", "平川市", "2022-01/2022-03", "规模以上工业增加值", "points", False),
    ("past-the-plan-by-money",
     "平川市经济运行\n\n一季度，服务业增加值完成23.3亿元，增长5.2%，超任务0.1亿元。", "2022-05-11", "0.1亿元", "平川市", "2022-01/2022-03", "第三产业增加值", "difference", False),
    ("short-of-the-plan-by-money",
     "平川市经济运行\n\n一季度，一般公共预算收入完成10亿元，增长73.4%，虽与任务相差0.85亿元，但已创新高。", "2022-05-11", "0.85亿元", "平川市", "2022-01/2022-03", "一般公共预算收入", "difference", False),
    # the year's end opening a sentence dates no flow of the catalogue: 2024年末，地区生产总值预计完成… is
    # the year's (eval59)
    ("a-catalogue-flow-at-the-years-end-is-the-years",
     "平川区政府工作报告\n\n一、2024年工作回顾\n——经济运行势态向好。2024年末，地区生产总值预计完成230.6亿元，增长4%。", "2025-01-14", "230.6亿元", "平川区", "2024", "地区生产总值", "level", False),
    # 经初步核算 and a base's 决算数 are filler between a name's figures; 游客人数 is visitors received (eval59)
    ("preliminary-accounting-is-filler",
     "平川县政府工作报告\n\n2004年工作回顾\n———经济总量迈上新台阶。平川县生产总值突破200亿元大关，经初步核算，达到211.54亿元，增长12.2%。", "2005-02-10", "211.54亿元", "平川县", "2004", "地区生产总值", "level", False),
    ("the-final-accounts-base-is-filler",
     "平川县政府工作报告\n\n2004年工作回顾\n———地方财力持续增长。地方财政一般预算收入首次突破10亿元，比上年决算数增长22.9%。", "2005-02-10", "22.9%", "平川县", "2004", "一般公共预算收入", "growth", False),
    # a clause naming its own indicator after a 分别 run (…2.6和3.1个百分点，上拉地区生产总值增速2.5个百分点)
    # is out of the run: the run's figures still pair with its bases (eval59)
    ("a-run-of-gaps-before-a-clause-of-its-own",
     "平川市经济运行\n\n一季度，第二产业增加值75.4亿元，增长8.5%，全省第5位，分别高于国、省2.6和3.1个百分点，上拉地区生产总值增速2.5个百分点，贡献率46.0%。", "2025-04-24", "3.1个百分点", "平川市", "2025-01/2025-03", "第二产业增加值", "points", False),
    # a rank told as a clause of its own with no verb (全省第8位) between a growth and its gap leaves the
    # gap the growth's indicator (eval59)
    ("a-verbless-rank-between-a-growth-and-its-gap",
     "平川市经济运行\n\n一季度，分产业看，第一产业增加值27.5亿元，增长3.4%，全省第8位，高于全省0.1个百分点。", "2025-04-24", "0.1个百分点", "平川市", "2025-01/2025-03", "第一产业增加值", "points", False),
    # 上拉 (pulls up) is a contribution, as 拉动 is: no indicator's own figure (eval59, eval53)
    ("a-pull-up-is-a-contribution",
     "平川市经济运行\n\n一季度，全市第一产业增加值27.5亿元，增长3.4%，上拉地区生产总值增速0.5个百分点，贡献率9.1%。", "2025-04-24", "0.5个百分点", "平川市", "2025-01/2025-03", None, "points", False),
    # a cue said to hold for what follows (预计(下同)) makes the paragraph's later figures estimates: in a
    # report of 21 December, forecasts of the year not yet over (eval58)
    ("an-estimate-said-to-hold-below",
     "平川县政府工作报告\n——2023年12月21日在平川县第十八届人民代表大会第三次会议上\n各位代表：\n——县域经济实力取得新突破。预计(下同)全年实现生产总值280亿元，同比增长6%。引进投资2亿元以上项目18个，总投资201亿元。", "2023-12-21", "201亿元", "平川县", "2023-12-21", None, "level", True),
    # a gap whose clause opens with the growth's own rate (增速比一季度加快) is of the last growth with an
    # indicator in its sentence, past a contribution told between (拉动全区经济增长1.0个百分点) (eval58)
    ("a-gap-of-the-growth-past-a-contribution",
     "平川区经济运行\n\n上半年，全区规模以上工业增加值同比增长3.4%，拉动全区经济增长1.0个百分点，增速比一季度加快2.8个百分点，比全国高4.7个百分点。", "2020-08-26", "2.8个百分点", "平川区", "2020-01/2020-06", "规模以上工业增加值", "points", False),
    # 研发经费支出相当于全市生产总值的比例 is R&D intensity; 货物贸易 is the goods trade total (eval58)
    ("rd-spending-as-much-as-a-share-of-gdp",
     "平川市政府工作报告\n\n一年来，全市经济社会发展总体平稳。全社会研发经费支出相当于全市生产总值的比例达到4.4%左右。", "2025-01-20", "4.4%左右", "平川市", "2024", "研发经费投入强度", "share", False),
    ("goods-trade-is-the-trade-total",
     "平川市经济运行\n\n2023年，全市社会消费品零售总额增长10.7%，货物贸易、服务贸易分别增长15.3%、29.6%。", "2024-01-27", "15.3%", "平川市", "2023", "进出口总额", "growth", False),
    # the new ones counted up to a month's end (至9月份止，…累计新增…十家房地产企业入库) are a flow of the
    # year so far, as a flow's figure there is (eval36, eval29)
    ("new-ones-counted-to-a-month-are-the-year-so-far",
     "平川市房地产\n\n至9月份止，我市房地产市场累计新增平川市中禧实业有限公司等十家房地产企业入库统计，行业运行的活跃度上升。", "2018-10-24", "十家", "平川市", "2018-01/2018-09", None, "level", False),
    # figures listed after a run of months and 分别 are one month each; a run from February is of a
    # release counted from January, so each is to date (eval8)
    ("figures-listed-after-a-run-of-months",
     "平川县上半年经济运行\n\n(二)工业生产呈现回落趋势。上半年，全县规上工业增加值27.3亿元，增长9%。增幅2-5月份分别为14.2%、13%、12.8%、12.7%、9%，呈逐月回落趋势。", "2017-07-05", "12.8%", "平川县", "2017-01/2017-04", "规模以上工业增加值", "growth", False),
    # a span of years ahead (利用两年时间) is itself of those years; a figure after it with a time phrase
    # of its own in its clause (2020年底实现全市100%…) is of that time (eval13)
    ("a-span-ahead-is-of-its-years",
     "平川市农村公路建设\n\n目前，全市通水泥路的自然村达到16114个。我市计划利用两年时间投资40亿元以上，建设农村公路4000公里以上，2020年底实现全市100%的自然村通硬化路。", "2020-08-10", "两年", "平川市", "2020-08-10/2022-08-10", None, "level", True),
    ("a-figure-after-a-span-ahead-with-its-own-time",
     "平川市农村公路建设\n\n目前，全市通水泥路的自然村达到16114个。我市计划利用两年时间投资40亿元以上，建设农村公路4000公里以上，2020年底实现全市100%的自然村通硬化路。", "2020-08-10", "100%", "平川市", "2020-12", None, "share", True),
    # a count of years right before an event's name that stands for years (三年新冠疫情) is of those
    # years (eval4, eval5, eval50, eval55, eval57; eval18 and eval36 date it by the report's year)
    ("years-of-a-named-span",
     "平川区政府工作报告\n\n2023年是全面贯彻党的二十大精神的开局之年，是三年新冠疫情防控转段后经济恢复发展的一年。", "2024-01-17", "三年", "平川区", "2020/2022", None, "level", False),
    # a new town (新市镇) is a town: its figures are its own (eval56)
    ("a-new-market-town-is-a-town",
     "平川市政府工作报告\n\n2018年，平川市重点项目有序推进；五间房新市镇新建桃花公园14.4万平方米，打造宜居示范村1处。", "2018-12-22", "14.4万平方米", "五间房新市镇", "2018", None, "level", False),
    # 增支 (spending more) is a change, as 增收 is: the spending's difference (eval57)
    ("more-spending-is-a-difference",
     "平川县财政运行\n\n2009年，全县地方一般预算支出484.5亿元，比上年增支126.5亿元，完成年度预算任务。", "2010-01-25", "126.5亿元", "平川县", "2009", "一般公共预算支出", "difference", False),
    # a level a figure rose to from another (占比由上年的45.2%上升至47.1%) is measured as the first (eval57)
    ("a-share-risen-to-from-another",
     "平川区经济运行\n\n2023年，全区第三产业增加值占地区生产总值比重由上年的45.2%上升至47.1%。", "2024-01-20", "47.1%", "平川区", "2023", "第三产业增加值", "share", False),
    # a name a verb splits into parts that are no names alone (高新技术产业完成工业总产值) is the joined name's
    # (eval57, eval24, eval5); firms named before the verb (工业企业实现增加值) are left alone (eval8)
    ("a-name-split-by-a-verb-into-non-names",
     "平川区经济运行\n\n前三季度，平川区第二产业增加值496.52亿元，增长15.3%；高新技术产业完成工业总产值522.26亿元，增长16.8%。", "2012-11-01", "522.26亿元", "平川区", "2012-01/2012-09", "高新技术产业产值", "level", False),
    ("firms-before-the-verb-are-a-group",
     "平川区中小企业经济运行\n\n1-8月，全区中小企业实现增加值31.27亿元，同比增长21.83%；工业企业实现增加值14.94亿元，同比增长16.68%。", "2011-09-16", "14.94亿元", "平川区", "2011-01/2011-08", None, "level", False),
    # 计划解决的 names a class of suggestions handled in a reply's count, no plan (eval56)
    ("a-class-of-suggestions-handled-is-no-plan",
     "平川区人大代表建议办理情况\n\n截至4月29日，区政府系统承办件已全部办理完毕。在办复的67件人大代表建议中，办理结果为解决采纳的62件，占总数的92.54%；计划解决的1件，占总数的1.49%。", "2021-07-05", "1件", "平川区", "2021-07-05", None, "level", False),
    # a year written in digits that opens a list (2023年全县农作物总播种…。小麦种植9.18万亩) leads it, even
    # in a release on part of that year (eval56); 全年 there leads nothing (eval27)
    ("a-written-year-leads-its-list-in-a-release-on-part-of-it",
     "平川县2023年上半年经济运行分析\n日期:2023-11-14 来源:平川县统计局\n一、经济总体情况\n经初步核算,上半年生产总值178461万元,同比增长3.3%。\n(一)大农业情况。2023年全县农作物总播种55.06万亩,同比增长3.1%。小麦种植9.18万亩,同比下降3.67%;玉米种植30.26万亩,同比增长7.88%。", "2023-11-14", "3.67%", "平川县", "2023", None, "growth", False),
    # a paragraph opening with a source formula and last year (笔者从会上获悉，2017年，…) speaks of that
    # year: its 全年 is 2017 in a story of March 2018 (eval56)
    ("last-year-after-a-source-formula-governs-its-paragraph",
     "平川县将聚焦优势守正出新\n3月6日至8日，平川县第十六届人民代表大会第四次会议胜利召开。\n笔者从会上获悉，2017年，平川县经济社会发展稳中有进。全年实现地区生产总值153.9亿元、增长6.6%。", "2018-03-12", "153.9亿元", "平川县", "2017", "地区生产总值", "level", False),
    # places' rates in brackets listed before the indicator whose growth they are (西夏区(13.0%)和灵武市(8.2%)
    # 地区生产总值增速) are that indicator's growth; N个 and a kind of place before a rank (全区22个县(市)区第2位)
    # count the places ranked, of the place named before them (eval56)
    ("places-rates-in-brackets-before-the-indicator",
     "银川经济半年报\n\n今年上半年，县(市)区多项指标增速名列前茅，西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区22个县(市)区第2位和第6位。", "2023-07-26", "8.2%", "灵武市", "2023-01/2023-06", "地区生产总值", "growth", False),
    ("n-ge-places-a-rank-is-among",
     "银川经济半年报\n\n今年上半年，县(市)区多项指标增速名列前茅，西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区22个县(市)区第2位和第6位。", "2023-07-26", "22个", "宁夏回族自治区", "2023-07-26", None, "level", False),
    # a rate in brackets right after a name is that indicator's; a plan named by when it was set
    # (年初预算的53.7%) dates no figure, and its part is a share; a clause naming its own indicator
    # after a 分别 run has ended is not paired with the run's names (eval56)
    ("a-bracketed-rate-after-a-name",
     "平川区经济运行\n\n据平川区统计局数据，今年上半年全区7项主要经济指标中，3项指标实现“双过半”。其中，地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期目标1.0和4.2个百分点，一般公共预算收入(13.5%)完成年初预算的53.7%，如期实现双过半。", "2023-07-26", "13.5%", "平川区", "2023-01/2023-06", "一般公共预算收入", "growth", False),
    ("a-part-of-the-budget-set-at-the-years-start",
     "平川区经济运行\n\n据平川区统计局数据，今年上半年全区7项主要经济指标中，3项指标实现“双过半”。其中，地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期目标1.0和4.2个百分点，一般公共预算收入(13.5%)完成年初预算的53.7%，如期实现双过半。", "2023-07-26", "53.7%", "平川区", "2023-01/2023-06", None, "share", False),
    # a byline in brackets before a name does not narrow it; a lead of figures dated only by the
    # dateline that a later paragraph states again over a stretch takes the stretch, and so do the
    # lead's other figures (eval56)
    ("a-byline-before-the-name-and-a-lead-restated-below",
     "人民网平川区7月26日电 (记者 阎梦婕)地区生产总值1267.24亿元,同比增长7.5%;工业增加值508.51亿元,同比增长11.2%。\n数据会“说话”。今年上半年平川区经济稳步恢复。\n初步核算,上半年全区实现地区生产总值1267.24亿元,同比增长7.5%,增速高于全国2.0个百分点。", "2023-07-26", "1267.24亿元", "平川区", "2023-01/2023-06", "地区生产总值", "level", False),
    ("the-other-figures-of-a-lead-restated-below",
     "人民网平川区7月26日电 (记者 阎梦婕)地区生产总值1267.24亿元,同比增长7.5%;工业增加值508.51亿元,同比增长11.2%。\n数据会“说话”。今年上半年平川区经济稳步恢复。\n初步核算,上半年全区实现地区生产总值1267.24亿元,同比增长7.5%,增速高于全国2.0个百分点。", "2023-07-26", "508.51亿元", "平川区", "2023-01/2023-06", "工业增加值", "level", False),
    # 全区 on the page of a city of an autonomous region is the region; the gaps after bases' rates in
    # brackets (高于全国(5.5%)、全区(6.5%)2.0和1.0个百分点) are the city's (eval56)
    ("quanqu-on-a-city-page-of-an-autonomous-region",
     "银川经济半年报\n\n上半年全市实现地区生产总值1267.24亿元，同比增长7.5%，增速分别高于全国(5.5%)、全区(6.5%)2.0和1.0个百分点。", "2023-07-26", "6.5%", "宁夏回族自治区", "2023-01/2023-06", "地区生产总值", "growth", False),
    ("gaps-after-bracketed-base-rates-are-the-citys",
     "银川经济半年报\n\n上半年全市实现地区生产总值1267.24亿元，同比增长7.5%，增速分别高于全国(5.5%)、全区(6.5%)2.0和1.0个百分点。", "2023-07-26", "1.0个百分点", "银川市", "2023-01/2023-06", "地区生产总值", "points", False),
    # what a figure rests on (以“五大五小”产业为支撑的服务业增加值) does not narrow its indicator (eval55)
    ("what-a-figure-rests-on-is-no-subgroup",
     "平川区2023年工作回顾\n\n2023年，产业发展提质增效，以“五大五小”产业为支撑的服务业增加值占地区生产总值超94%。", "2024-01-17", "超94%", "平川区", "2023", "第三产业增加值", "share", False),
    # a herd on hand (存栏) or a balance counted in a sentence of a stretch from January (1-6月) stands at
    # the stretch's end, and so does its change; what left the herd (出栏) is of the stretch (eval55, eval20)
    ("a-herd-in-a-stretch-stands-at-its-end",
     "2020年1-6月平川县经济运行\n一、农林牧渔业增加值同比增长1.9%。1-6月牲猪存栏58万头，同比下降3.0%；牲猪出栏31.3万头，同比下降31.5%。", "2020-08-03", "58万头", "平川县", "2020-06", None, "level", False),
    ("a-herds-change-in-a-stretch-stands-at-its-end",
     "2020年1-6月平川县经济运行\n一、农林牧渔业增加值同比增长1.9%。1-6月牲猪存栏58万头，同比下降3.0%；牲猪出栏31.3万头，同比下降31.5%。", "2020-08-03", "3.0%", "平川县", "2020-06", None, "growth", False),
    ("a-herd-sold-in-a-stretch-is-of-the-stretch",
     "2020年1-6月平川县经济运行\n一、农林牧渔业增加值同比增长1.9%。1-6月牲猪存栏58万头，同比下降3.0%；牲猪出栏31.3万头，同比下降31.5%。", "2020-08-03", "31.3万头", "平川县", "2020-01/2020-06", None, "level", False),
    # a 其中： list opening a sentence breaks down the planned figures of the sentence before: its
    # items are planned too (今年，全县计划实施重点项目82项，总投资121.9亿元…。其中：新建项目52项，总投资62.62亿元) (eval55)
    ("a-list-opening-its-sentence-breaks-down-the-plan-before",
     "平川县重点项目建设稳步推进\n平川讯 今年，全县计划实施重点项目82项，总投资121.9亿元，年度计划完成投资28.4亿元。其中：新建项目52项，总投资62.62亿元，年度计划完成投资13.84亿元。", "2019-06-20", "62.62亿元", "平川县", "2019", None, "level", True),
    # how a figure is computed (扣除政策性减收和一次性收入因素), 自然口径 and 历史性 stand between a name
    # and its figure without narrowing it; 年度 before a name is the year's figure (eval55)
    ("a-basis-of-removed-factors-is-no-subgroup",
     "平川县2022年工作回顾\n\n2022年，全县一般公共预算收入扣除政策性减收和一次性收入因素同比增长2.6%。", "2023-01-08", "2.6%", "平川县", "2022", "一般公共预算收入", "growth", False),
    ("the-natural-basis-is-filler",
     "平川县2022年工作回顾\n\n2022年，全县一般公共预算收入完成3.6亿元，自然口径同比增长26.2%。", "2023-01-15", "26.2%", "平川县", "2022", "一般公共预算收入", "growth", False),
    ("a-historic-breakthrough-is-filler",
     "平川县五年发展成就\n\n五年来，平川县人均地区生产总值历史性突破19万元。", "2026-02-07", "19万元", "平川县", "2021/2025", "人均地区生产总值", "level", False),
    ("the-years-output-named-with-niandu",
     "平川县五年发展成就\n\n2025年，平川县年度规上工业总产值突破千亿元大关，达到1005.3亿元。", "2026-02-07", "1005.3亿元", "平川县", "2025", "规模以上工业总产值", "level", False),
    # a share of the whole in 全县's name after a list of items (…8.1%，占全县规模工业总产值的77.5%) is the
    # items', not a breakdown by place of the whole (eval55)
    ("a-share-of-the-whole-after-items-is-no-breakdown",
     "平川县经济运行\n\n1-6月，全县规模工业企业总产值同比增长4.2%。其中机械制造、建筑建材完成产值分别增长8.4%、8.1%，占全县规模工业总产值的77.5%，同比下降1.3个百分点。", "2020-08-03", "77.5%", "平川县", "2020-01/2020-06", None, "share", False),
    # a fall written with a sign after its verb (同比下降-1.4%) keeps the level's indicator (eval55)
    ("a-fall-with-a-repeated-sign-keeps-the-indicator",
     "2020年1-6月平川县经济运行\n经省市核定，2020年1-6月全县实现地区生产总值161.41亿元，同比增长0.8%，其中第三产业增加值64.55亿元，同比下降-1.4%。", "2020-08-03", "1.4%", "平川县", "2020-01/2020-06", "第三产业增加值", "growth", False),
    # an indicator's level from a time told in words (从改革开放之初的7991.5万元提高到…) is the indicator's (eval53)
    ("a-level-from-a-time-told-in-words",
     "平川区经济发展综述\n\n改革开放以来，平川区坚持把发展作为第一要务，全区地区生产总值从改革开放之初的7991.5万元提高到133.64亿元。", "2024-08-16", "133.64亿元", "平川区", "2024-08-16", "地区生产总值", "level", False),
    # people counted before a verb of attending a meeting (12名区人大代表，参加了答复会) are counted
    # on the meeting's day, the story's, even where the sentence opens with the home place (eval54)
    ("people-attending-a-meeting-on-the-story-day",
     "平川区认真办理人大代表建议\n10月15日，平川区农业农村局在百善镇召开人大代表建议办理情况答复会。\n会上，局长对建议作了答复。\n代表们认真听取了答复。\n向平川区第十七届人民代表大会第六次会议提出建议的12名区人大代表，参加了答复会。", "2021-10-19", "12名", "平川区", "2021-10-15", None, "level", False),
    # 将 before things a verb of disposal hands over later in the clause, past a list's 、
    # (将县人大代表、政协委员提出的24件建议意见…转交县人民政府办理) marks what is acted on, no plan (eval54)
    ("a-disposal-after-a-list-is-no-plan",
     "平川区召开建议提案交办会\n3月24日，平川区召开人大代表建议意见和政协委员提案交办会，将区人大代表、政协委员提出的24件建议意见和23件提案转交区人民政府办理。", "2020-03-26", "24件", "平川区", "2020-03-24", None, "level", False),
    # value added named bare after a clause opening with a sector is that sector's (工业经济…，增加值;
    # 服务业…，增加值); one with no such indicator (农业生产…) gives none (eval54)
    ("bare-value-added-after-a-sector-clause",
     "平川区经济运行\n\n上半年，三次产业稳定增长。农业生产总体平稳，增加值16.75亿元，增长5.3%；工业经济快速增长，增加值127.12亿元，增长13.1%；服务业逐步恢复，增加值113.26亿元，增长2.6%。", "2022-07-22", "13.1%", "平川区", "2022-01/2022-06", "工业增加值", "growth", False),
    ("bare-value-added-after-the-services-clause",
     "平川区经济运行\n\n上半年，三次产业稳定增长。农业生产总体平稳，增加值16.75亿元，增长5.3%；工业经济快速增长，增加值127.12亿元，增长13.1%；服务业逐步恢复，增加值113.26亿元，增长2.6%。", "2022-07-22", "113.26亿元", "平川区", "2022-01/2022-06", "第三产业增加值", "level", False),
    ("bare-value-added-after-a-sector-of-no-indicator",
     "平川区经济运行\n\n上半年，三次产业稳定增长。农业生产总体平稳，增加值16.75亿元，增长5.3%；工业经济快速增长，增加值127.12亿元，增长13.1%；服务业逐步恢复，增加值113.26亿元，增长2.6%。", "2022-07-22", "16.75亿元", "平川区", "2022-01/2022-06", None, "level", False),
    # this year's 以来 before a figure that states again one of a stretch of the year (上半年…增长12.4% /
    # 今年以来…增长12.4%) is that stretch, and so are the gaps after it; a run of months up to it
    # (增速连续2个月回升) ends with the release's last month, no plan (eval54)
    ("the-year-so-far-restating-a-stretch",
     "平川区经济运行\n\n上半年，全区实现地区生产总值257.13亿元，同比增长7.3%；固定资产投资增长12.4%，高于全省1.1个百分点。\n今年以来，全区扎实推进项目建设，固定资产投资同比增长12.4%，增速连续2个月回升，比1-4月和1-5月分别回升7.5和1.8个百分点。", "2022-07-22", "1.8个百分点", "平川区", "2022-01/2022-06", "固定资产投资", "points", False),
    ("a-run-of-months-in-the-year-so-far-is-no-plan",
     "平川区经济运行\n\n上半年，全区实现地区生产总值257.13亿元，同比增长7.3%；固定资产投资增长12.4%，高于全省1.1个百分点。\n今年以来，全区扎实推进项目建设，固定资产投资同比增长12.4%，增速连续2个月回升，比1-4月和1-5月分别回升7.5和1.8个百分点。", "2022-07-22", "2个月", "平川区", "2022-05/2022-06", None, "level", False),
    # a release's name (经济“半年报”) in a lead on a day: its figures are January to June's (eval54)
    ("a-half-year-release-named-on-a-day",
     "7月20日，平川区经济“半年报”公布，全区实现地区生产总值257.13亿元，按不变价格计算，同比增长7.3%。", "2022-07-22", "257.13亿元", "平川区", "2022-01/2022-06", "地区生产总值", "level", False),
    # the places a rank is among (居全市三县（区）第1位) are counted in the division that holds them,
    # as they stand on the article's day; the gap after the rank keeps its indicator (eval13, eval15, eval54)
    ("the-places-a-rank-is-among",
     "平川区经济运行\n\n前三季度，平川区规模以上工业增加值同比增长12.1%，增速居全市三县（区）第1位，高于全市平均水平3.2个百分点。", "2021-10-25", "三县", "白银市", "2021-10-25", None, "level", False),
    ("a-gap-after-the-places-a-rank-is-among",
     "平川区经济运行\n\n前三季度，平川区规模以上工业增加值同比增长12.1%，增速居全市三县（区）第1位，高于全市平均水平3.2个百分点。", "2021-10-25", "3.2个百分点", "平川区", "2021-01/2021-09", "规模以上工业增加值", "points", False),
    # a lead opening with its day and a comma under a headline (…发布会举行 / 8月15号，…) is no wrapped
    # line: the story is of that day (eval53)
    ("a-lead-opening-with-its-day-under-the-headline",
     "平川县成立70周年新闻发布会举行\n8月15号，平川县成立70周年发展成就新闻发布会在平川县召开。\n发布会上介绍，全县地区生产总值达到63.47亿元，城乡居民收入持续增长，各项社会事业全面进步。", "2024-08-16", "63.47亿元", "平川县", "2024-08-15", "地区生产总值", "level", False),
    # an area sold (商品房销售面积) is a flow of the release's months, not a stock (eval53, eval3)
    ("an-area-sold-is-a-flow",
     "平川区前三季度经济\n本报讯 今年以来，平川区持续巩固拓展经济稳中向好态势，经济运行总体平稳。\n前三季度，全区实现生产总值423.19亿元，同比增长14.8%。\n固定资产投资同比增长1.3%。其中500万元以上投资项目236个。房地产投资累计完成82.58亿元，同比增长10.1%。商品房销售面积81.81万平方米，同比增长17.2%。", "2021-11-08", "81.81万平方米", "平川区", "2021-01/2021-09", None, "level", False),
    # another outlet's dateline (广西新闻网罗城8月5日讯) dates the story; a plan's extent (规划面积)
    # names no plan of the figure (eval53)
    ("an-outlets-dateline-dates-the-story",
     "广西新闻网平川8月5日讯(记者 卿要林)8月5日，记者从平川区委宣传部了解到，今年以来，平川区推动全区经济运行稳中向好，全区经济运行持续向好，主要指标稳步增长。\n该区多渠道筹措资金实施规划面积7000多亩的城东工业园扩容提质项目，园区入驻企业40家。", "2024-08-06", "40家", "平川区", "2024-08-05", None, "level", False),
    # gaps against two earlier periods (较去年同期及今年一季度分别回落), and gaps said with 了
    # (增幅较一季度扩大了, 比年初目标7.5%高了), are of the growth's indicator (eval53, eval50);
    # 三产比 is the industries' structure, 工业项目投资 industrial investment (eval53)
    ("gaps-against-two-periods-keep-the-indicator",
     "平川区经济运行\n\n上半年，全区实现地区生产总值510亿元，同比增长4.1%，较去年同期及今年一季度分别回落1.0和0.4个百分点。", "2019-08-02", "0.4个百分点", "平川区", "2019-01/2019-06", "地区生产总值", "points", False),
    ("a-gap-said-with-le-keeps-the-indicator",
     "平川区消费市场\n\n上半年，平川区实现社会消费品零售额269.8亿元，同比增长3.2%，增幅较一季度扩大了2.3个百分点。", "2023-07-25", "2.3个百分点", "平川区", "2023-01/2023-06", "社会消费品零售总额", "points", False),
    ("the-three-industries-ratio-said-short",
     "平川区经济运行\n\n前三季度，平川区三产比调整为4.8∶15.2∶80，第三产业比重进一步提高。", "2021-11-08", "4.8∶15.2∶80", "平川区", "2021-01/2021-09", "三次产业结构", "share", False),
    # a milestone passed (迈入千亿大关) is the indicator's, and so is the level reached after it (eval10);
    # 继 (following) is filler between a name and its milestone (eval15)
    ("a-milestone-passed-and-the-level-after-it",
     "平川市经济运行\n\n经省统计局统一核算，全年地区生产总值首次迈入千亿大关，达1102.31亿元，比上年增长8.7%。", "2022-04-13", "1102.31亿元", "平川市", "2022", "地区生产总值", "level", False),
    ("a-milestone-after-ji-and-a-year",
     "平川镇经济运行\n\n一是规上工业产值继2023年突破60亿大关之后，2024年达到74.23亿元。", "2025-02-19", "60亿", "平川镇", "2023", "规模以上工业总产值", "level", False),
    # how often a word occurs in a report (“发展”出现67次) is counted in the text as delivered, not
    # over the year it reviews (eval52)
    ("a-words-frequency-in-a-report",
     "新华网平川1月27日电(记者张建)27日，平川市第十四届人民代表大会第五次会议开幕。平川市市长代表市人民政府向大会作政府工作报告。\n经大数据梳理，2026年平川市政府工作报告中，“发展”出现67次，“建设”出现57次。", "2026-01-27", "67次", "平川市", "2026-01-27", None, "level", False),
    # an item of a 分别 list naming a kind of industry inside an indicator's scope (规模以上工业高技术
    # 制造业) is that group's figure, not the indicator's (eval52, eval8)
    ("a-listed-group-inside-an-indicators-scope-is-none",
     "平川市工业运行\n\n上半年，规模以上工业高技术制造业和装备制造业增加值同比分别增长29.1%和21.7%。", "2018-07-19", "29.1%", "平川市", "2018-01/2018-06", None, "growth", False),
    # a price basis between a split name's parts (规模以上工业企业完成现价工业总产值) and 区级各项 before
    # a name do not narrow it; a retained share (区级税收留成) is no tax revenue (eval52, eval4, eval33)
    ("a-priced-split-name-is-the-indicator",
     "平川区经济运行\n\n10月份，全区规模以上工业企业完成现价工业总产值48.8亿元，与去年同期相比增长4.2%。", "2011-11-21", "48.8亿元", "平川区", "2011-10", "规模以上工业总产值", "level", False),
    ("a-districts-taxes-of-every-kind",
     "平川区经济运行\n\n1-10月份，全区累计实现财政收入252.7亿元；其中，区级各项税收累计完成244.5亿元，与去年同期相比增长26.6%。", "2011-11-21", "244.5亿元", "平川区", "2011-01/2011-10", "税收收入", "level", False),
    ("a-retained-tax-share-is-no-tax-revenue",
     "平川镇经济\n\n2025年，平川镇区级税收留成达2亿元，同比增长1.28%。", "2026-01-22", "2亿元", "平川镇", "2025", None, "level", False),
    # a bare run of years that tallies (3年增长58.6%, 5年累计) counts the years ending with the
    # period it stands in (eval52)
    ("a-bare-run-of-years-that-tallies",
     "平川市政府工作报告\n\n“十四五”期间，平川市财政收入达到1350亿元，3年增长58.6%。", "2026-01-27", "58.6%", "平川市", "2023/2025", None, "growth", False),
    ("a-run-of-years-before-a-total",
     "平川区旅游\n\n去年，平川区旅游业加快发展，5年累计旅游收入超1300亿元。", "2018-01-25", "超1300亿元", "平川区", "2013/2017", "旅游总收入", "level", False),
    # places' rates listed after a ranked first one (…以增速14.2%位列第一，临高县12.2%) are measured
    # as it is; 洋浦 is Hainan's development zone in 儋州 (eval52)
    ("a-list-of-places-rates-after-a-rank",
     "海南上半年经济\n\n今年上半年，海南地区生产总值1675.57亿元，同比增长8.0%。其中，洋浦以增速14.2%位列第一，临高县12.2%、东方市11.6%紧随其后。", "2014-07-26", "12.2%", "临高县", "2014-01/2014-06", None, "growth", False),
    # 以增速 before a place's rate in a breakdown by place is filler: the whole's indicator (eval52)
    ("a-places-rate-with-yi-in-a-breakdown",
     "海南上半年经济\n\n今年上半年，海南地区生产总值1675.57亿元，同比增长8.0%。其中，洋浦以增速14.2%位列第一，临高县12.2%、东方市11.6%紧随其后。", "2014-07-26", "14.2%", "洋浦", "2014-01/2014-06", "地区生产总值", "growth", False),
    # a plan word after a verb of drawing up (制定实施经济发展规划) names the documents made, no plan (eval52)
    ("plans-drawn-up-are-no-plan",
     "平川区驻村工作\n\n据介绍，各驻村工作队帮助村理清发展思路5.9万余条，制定实施经济发展规划8.1万余项，落实并完成项目12689个。", "2018-01-25", "12689个", "平川区", "2018-01-25", None, "level", False),
    # a run of years (连续十五年) passes the indicator named before it on to the growth it times;
    # 农牧民收入 is the rural income said in pastoral regions; 两位数的高增长 is at least 10 % (eval52)
    ("a-run-of-years-passes-on-the-name",
     "平川区农牧民收入连续十五年两位数增长\n\n2017年，平川区农村居民人均可支配收入10330元，增长13.6%。", "2018-01-25", "两位数", "平川区", "2003/2017", "农村居民人均可支配收入", "growth", False),
    ("a-run-of-years-passes-on-the-growths-indicator",
     "平川区经济\n\n2017年平川区生产总值达1310.6亿元，增长10%，已连续25年保持两位数的高增长。", "2018-01-25", "两位数", "平川区", "1993/2017", "地区生产总值", "growth", False),
    # 粮食增产 is the change of the grain output (eval52)
    ("a-grain-output-rise-is-of-the-output",
     "平川市农业\n\n2024年，平川市粮食播种面积440万亩，粮食增产4.2亿斤，总产46亿斤。", "2025-01-20", "4.2亿斤", "平川市", "2024", "粮食产量", "difference", False),
    # a breakdown of a flow counted so far this year (截至10月底…累计完成) is counted so too (eval52)
    ("a-breakdown-of-a-flow-to-date-is-to-date",
     "平川市投资快速增长\n\n今年以来，平川市加大项目建设力度。\n截至10月底，全市累计完成社会固定资产投资75.74亿元，同比增长30.2%。其中，国家投资累计完成53.1亿元，增长43.5%。", "2012-11-07", "53.1亿元", "平川市", "2012-01/2012-10", None, "level", False),
    # a breakdown opening a paragraph (按三次产业分) breaks down the figure of its unit in the
    # paragraph before, not the day the last sentence there names (eval52)
    ("a-breakdown-by-industry-takes-the-wholes-period",
     "平川市上半年经济\n\n今年上半年，平川市地区生产总值1675.57亿元，同比增长8.0%。三亚市增速4.1%，排名第三，这是记者7月25日从省政府获悉的。\n按三次产业分，第一产业增加值423.49亿元，增长5.0%。", "2014-07-26", "423.49亿元", "平川市", "2014-01/2014-06", "第一产业增加值", "level", False),
    # a gap told right after an indicator's name and its growth word (一产增加值增幅高于全国) is of
    # that indicator (eval52, eval50, eval31); a name after 比 is the gap's base (eval5)
    ("a-named-growths-gap-is-of-the-name",
     "平川市经济运行\n\n2025年，平川市地区生产总值增长5%，一产增加值增幅高于全国0.7个百分点，社会消费品零售总额增幅高于全国0.2个百分点。", "2026-01-27", "0.7个百分点", "平川市", "2025", "第一产业增加值", "points", False),
    ("a-name-after-bi-is-the-gaps-base",
     "平川市工业运行\n\n上半年，全市工业战略性新兴产业总产值8385.47亿元，同比增长14.6%，增速比规模以上工业总产值快2.8个百分点。", "2023-07-21", "2.8个百分点", "平川市", "2023-01/2023-06", None, "points", False),
    # a provincial site's 消息 formula is no title: the outlet's name (南海网) names no place the
    # story is about (eval52)
    ("an-outlet-named-after-a-place-is-not-the-home",
     "南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。\n按三次产业分,第一产业增加值423.49亿元,增长5.0%。全省地区生产总值增速高于全国0.6个百分点。", "2014-07-26", "423.49亿元", "海南省", "2014-01/2014-06", "第一产业增加值", "level", False),
    # an old article names a prefecture by its former name (山南地区, a city since 2016): its figures
    # and its 全地区 are that prefecture's, under the name the article gives (eval52)
    ("a-prefectures-former-name-is-the-home",
     "西藏山南今年前10个月固定资产投资快速增长\n2012年11月07日 09:49 来源：西藏日报\n今年以来，山南地区加大组织实施力度，强化项目建设管理，重点项目建设取得积极进展。\n截至10月底，全地区累计完成社会固定资产投资75.74亿元，同比增长30.2%。", "2012-11-07", "30.2%", "山南地区", "2012-01/2012-10", "固定资产投资", "growth", False),
    # 经济增长 is GDP's growth said plainly, and a growth's aim (增长目标为) is that growth (a
    # provincial work report's headline); 拉动经济增长, 对经济增长的贡献率 stay no figure of GDP
    ("the-economys-growth-aim-is-gdps",
     "平川市政府工作报告\n\n2026年平川市经济增长目标为5%左右。", "2026-01-27", "5%左右", "平川市", "2026", "地区生产总值", "growth", True),
    ("a-pull-on-the-economys-growth-is-no-gdp-figure",
     "平川市经济运行\n\n2025年，平川市第二产业增加值增长6.1%，拉动经济增长2.5个百分点。", "2026-01-27", "2.5个百分点", "平川市", "2025", None, "points", False),
    # a provincial site's dateline city (南海网海口…讯) is the home the story's 全省 counts from
    ("a-datelines-city-after-its-outlet-gives-the-province",
     "上半年经济数据出炉\n南海网海口7月25日讯 上半年，全省地区生产总值1700亿元，增长8.5%，全省经济运行总体平稳，主要指标好于预期，新动能加快成长，民生保障有力有效。", "2014-07-26", "8.5%", "海南省", "2014-01/2014-06", "地区生产总值", "growth", False),
    # a gap opening the item after a ；, said of the growth before (增速比去年同期快, 降幅较1-3月扩大),
    # is of that growth's indicator (eval24, eval46)
    ("a-gap-after-a-semicolon-keeps-the-indicator",
     "平川市工业运行\n\n今年1-7月份，平川市规模以上工业总产值约112亿元，按可比价计算增长34.8%；增速比去年同期快16.6个百分点。", "2025-08-26", "16.6个百分点", "平川市", "2025-01/2025-07", "规模以上工业总产值", "points", False),
    ("a-widened-fall-keeps-the-indicator",
     "平川区工业运行\n\n1-4月，平川区规模以上工业总产值723.94亿元，下降7.1%，降幅较1-3月扩大1.2个百分点。", "2025-05-26", "1.2个百分点", "平川区", "2025-01/2025-04", "规模以上工业总产值", "points", False),
    # a single month's figure named by the last word of the indicator before it (当月实现产值)
    # is that indicator's (eval46, eval32, eval29)
    ("a-months-own-figure-is-the-wholes-indicator",
     "平川区工业运行\n\n1-4月，平川区规模以上工业总产值723.94亿元，下降7.1%，其中4月当月实现产值185.90亿元，下降10.7%。", "2025-05-26", "185.90亿元", "平川区", "2025-04", "规模以上工业总产值", "level", False),
    # 与上年同期对比 is filler between a level and its growth (eval19); a time phrase opens the
    # name's own phrase, whatever a headline run into it says before (eval48); 固定投资 is
    # 固定资产投资 said short (eval44)
    ("a-growth-compared-with-the-same-period-keeps-the-indicator",
     "平川镇经济运行\n\n1—5月份，全镇主要经济指标增长态势较好，实现生产总值19.7亿元，与上年同期对比增长7%。", "2015-07-06", "7%", "平川镇", "2015-01/2015-05", "地区生产总值", "growth", False),
    ("a-time-phrase-opens-the-names-phrase",
     "平川市政府工作报告\n政府工作报告提出全市经济社会发展主要预期目标\n今年地区生产总值增长5.5%左右。", "2026-01-21", "5.5%左右", "平川市", "2026", "地区生产总值", "growth", True),
    ("fixed-investment-said-short",
     "平川区经济运行\n\n今年上半年，平川区规上工业增加值增长11.1%、固定投资增长34.4%。", "2024-08-12", "34.4%", "平川区", "2024-01/2024-06", "固定资产投资", "growth", False),
    # the posting date on its own line under the headline is no section's period: a story of the
    # day before (昨日下午…) tells what holds on that day (eval42)
    ("a-posting-date-line-is-no-heading-period",
     "区十七届人大四次会议 收到代表议案8件 代表建议252件\n2025-05-30\n昨日下午，平川区十七届人大四次会议举行第三次全体会议。大会通过了代表议案建议处理意见的报告。\n本次会议还收到代表建议252件，其中涉及工业经济的25件，占总数的9.9%。代表建议主要集中在产业发展、城乡融合、民生保障三个方面。", "2025-05-30", "三个", "平川区", "2025-05-29", None, "level", False),
    # people counted as they gather (来自县内的162名代表汇聚一堂) are counted on the meeting's day,
    # not in the year a congress story reviews (eval42)
    ("a-gathering-counted-on-the-meetings-day",
     "平川县人民代表大会会议胜利召开\n2月14日，平川县第十五届人民代表大会第五次会议隆重开幕。来自县内的162名代表汇聚一堂，庄严履行神圣职责。\n县长作政府工作报告。2010年，全县地区生产总值增长13%。", "2011-02-14", "162名", "平川县", "2011-02-14", None, "level", False),
    # a year-end series' account (【奋勇争先这一年】), posted late in the year, counts this year's
    # work (eval29), as an account titled 办理情况 does
    ("a-this-year-series-account-counts-the-year",
     "【奋勇争先这一年】平川镇：锚定目标促发展\n2025-11-27  来源：平川新闻  责任编辑：李明\n今年以来，平川镇深入学习贯彻重要讲话精神，持续深化拓展“三争”行动，全力以赴推进经济发展、民生改善、社会治理等各项任务，以昂扬干劲将各项部署转化为发展实效，努力推动全镇高质量发展迈出新步伐、取得新成绩。\n谋共富、促融合\n乡村振兴开创新局面\n立足特色产业发展，投资6.64亿元建设肉牛育肥、肉鹅育苗和养殖三大基地。", "2025-11-27", "6.64亿元", "平川镇", "2025", None, "level", False),
    # a gap after a clause that ranks the growth first (位居…榜首(与…并列)) is still of its indicator (eval51)
    ("a-gap-after-a-top-rank-keeps-the-indicator",
     "平川县工业运行\n\n一季度，全县规模以上工业增加值同比增长15.1%，增速位居循环县区榜首（与平川区并列），增速高于全市平均水平7.1个百分点。", "2019-04-23", "7.1个百分点", "平川县", "2019-01/2019-03", "规模以上工业增加值", "points", False),
    # a speech's parts are counted on the day it was delivered, not in the years they are about
    # (eval51, eval49, eval50, eval28); the aims it names for this year are no parts (eval32)
    ("a-reports-parts-on-the-day-it-was-delivered",
     "平川县人大会议开幕\n\n3月29日，平川县十八届人大二次会议开幕。\n上午9时，大会开幕。\n县长代表县人民政府作《政府工作报告》。报告共分为三个部分：2022年工作回顾、2023年主要目标和任务、政府自身建设。", "2023-03-30", "三个", "平川县", "2023-03-29", None, "level", False),
    ("a-reviews-aspects-on-the-day-it-was-delivered",
     "平川区人大会议开幕\n\n1月7日下午2时30分，平川区人大会议开幕。\n下午2时30分，大会开幕。区长作政府工作报告。\n区长从五个方面对去年的政府工作作了回顾。", "2007-01-08", "五个", "平川区", "2007-01-07", None, "level", False),
    ("aims-a-report-names-are-no-parts",
     "平川区人大会议开幕\n\n1月24日上午9时，平川区人大会议开幕，区长作政府工作报告，他指出，今年将重点抓好八个方面的工作。", "2018-01-24", "八个", "平川区", "2018", None, "level", True),
    # 演进为 joins a structure's old and new ratios, as 调整为 does (eval38); 入库税收 is taxes
    # collected (eval30)
    ("a-structure-evolved-to-keeps-the-indicator",
     "平川县经济运行\n\n2021年，平川县三次产业结构由上年的38.8:17.0:44.2演进为39.7:18.1:42.2。", "2022-01-24", "39.7:18.1:42.2", "平川县", "2021", "三次产业结构", "share", False),
    ("taxes-collected-are-tax-revenue",
     "平川镇经济运行\n\n2021年，完成社会消费品零售总额6416万元，同比增长9.7%；入库税收2748万元。", "2022-03-09", "2748万元", "平川镇", "2021", "税收收入", "level", False),
    # a name after a verb of comparison names the base of a gap, not the figure's own indicator
    # (eval50), unless the figure before is of the same indicator (eval38, eval40)
    ("a-gap-against-an-indicator-is-not-of-it",
     "平川市工业运行\n\n1-4月，全市钢铁与装备制造产业和新材料产业累计比增8.4%，增速高于全市规上工业增速7.4个百分点。", "2023-06-01", "7.4个百分点", "平川市", "2023-01/2023-04", None, "points", False),
    ("a-gap-against-the-same-indicator-is-of-it",
     "平川经开区工业运行\n\n1-9月，园区工业增加值同比增长12.51%，高出全市工业增加值增速3.87个百分点。", "2017-10-26", "3.87个百分点", "平川经开区", "2017-01/2017-09", "工业增加值", "points", False),
    # 累计比增 is a flow's growth so far this year, of the release's months (eval50)
    ("a-cumulative-growth-is-a-flows",
     "解读：2023年1-4月平川市规模以上工业平稳增长\n来源：平川市统计局 时间：2023-06-01 09:20\n今年以来，全市规上工业平稳增长，1-4月规上工业增加值同比增长1.0%。\n二、两大主导产业贡献明显\n全市钢铁与装备制造产业和新材料产业累计比增8.4%。", "2023-06-01", "8.4%", "平川市", "2023-01/2023-04", None, "growth", False),
    # an indicator's 增长率 is its growth, named by it (eval50)
    ("a-growth-rate-named-by-its-indicator",
     "平川市经济形势新闻发布会\n\n2021年平川市第一产业增长率为7.5%，是近10年内最高增速。", "2022-01-20", "7.5%", "平川市", "2021", "第一产业增加值", "growth", False),
    # 城镇、农村居民人均可支配收入分别… splits as 城乡 does (eval50, eval22)
    ("urban-and-rural-incomes-listed-split",
     "平川区政府工作报告\n\n2022年，城镇、农村居民人均可支配收入分别增长5.5%、6%。", "2023-01-07", "5.5%", "平川区", "2022", "城镇居民人均可支配收入", "growth", False),
    # the year's aims in January are this year's, though the story's lead told of last year (eval50)
    ("aims-in-january-after-a-lead-on-last-year",
     "平川区人大会议开幕\n\n1月7日，平川区六届人大二次会议开幕。2022年预计地区生产总值实现290亿元，增长4.5%。\n2023年平川区将实施“三化联动”发展战略。\n经济社会发展的预期目标是：规模以上工业增加值增速高于全市1个百分点，全社会固定资产投资增长10%。", "2023-01-07", "10%", "平川区", "2023", "固定资产投资", "growth", True),
    # 争取到…资金 in January says what was won, not a striving for this year (eval25)
    ("funds-won-in-january-are-last-years",
     "平川县政府工作报告\n\n2025年，全县地区生产总值增长5.2%。争取到中央预算内等各类资金约3.8亿元。", "2026-01-19", "约3.8亿元", "平川县", "2025", None, "level", False),
    # gaps against two bases at once (比全市和全国分别高6.4和6.9个百分点) are the subject place's,
    # of the indicator of the growth before them (eval49)
    ("gaps-against-two-bases-keep-place-and-indicator",
     "平川区前三季度经济\n\n前三季度，全区固定资产投资同比增长10%，比全市和全国分别高6.4和6.9个百分点。", "2023-10-30", "6.9个百分点", "平川区", "2023-01/2023-09", "固定资产投资", "points", False),
    ("the-first-of-two-gaps-keeps-place-and-indicator",
     "平川区前三季度经济\n\n前三季度，全区实现地区生产总值1029.5亿元，同比增长7.0%，增速比全市和全国分别高1.4、1.8个百分点。", "2023-10-30", "1.4", "平川区", "2023-01/2023-09", "地区生产总值", "points", False),
    # 争取 of a project's approval (争取…项目立项2.5万亩) says what was won, no plan (eval48)
    ("approval-won-is-no-plan",
     "平川区农业农村局对第20号建议的答复\n\n2023年，我局共为我区争取高标准农田建设项目立项2.5万亩，仅平安镇就安排了1.0万亩。\n2023年7月28日", "2023-10-13", "2.5万亩", "平川区", "2023", None, "level", False),
    # a growth level with another's (与全市持平) keeps the indicator for what follows (eval48)
    ("a-clause-level-with-the-city-keeps-the-indicator",
     "平川区一季度经济\n\n一季度，全区社会消费品零售总额71.1亿元，同比增长48.0%，与全市持平，两年平均增长14.5%。", "2021-04-09", "14.5%", "平川区", "2021-01/2021-03", "社会消费品零售总额", "growth", False),
    # shares of the figures listed before them (分别占…的25%和23.4%), with no time phrase of their
    # own, hold when those do (eval48)
    ("shares-of-listed-figures-hold-when-they-do",
     "平川市一季度内资大项目呈现集聚效应\n\n日前，记者从市招商局了解到，一季度，平川市投资5000万元以上在建内资项目80个，投资总额415.9亿元。80个在建项目中，战略新兴产业项目20个，投资总额97.3亿元，分别占在建项目总数的25%和23.4%。", "2014-04-29", "23.4%", "平川市", "2014-01/2014-03", None, "share", False),
    # a list of main indicators names its items short (投资, 消费) (eval47); elsewhere 投资 names none
    ("a-list-of-main-indicators-names-items-short",
     "平川县上半年经济工作交出亮眼成绩单\n\n上半年，全县完成地区生产总值48.88亿元，同比增长7.8%。\n纵向比较看，年初七项主要经济指标的预期全部如期超额完成（GDP增长7.8%，高0.8个点；投资增长11.2%，高1.2个点；消费增长10.9%，高出1.9个点）。", "2016-08-05", "10.9%", "平川县", "2016-01/2016-06", "社会消费品零售总额", "growth", False),
    ("investment-alone-names-no-indicator",
     "平川县项目建设\n\n上半年，全县项目建设加快，投资增长11.2%。", "2016-08-05", "11.2%", "平川县", "2016-01/2016-06", None, "growth", False),
    # a breakdown by industry of another indicator (投资…从产业结构看，第一产业…) is no industry's
    # value added (eval47, eval6, eval33); the industry's own value added still is (eval41)
    ("an-industry-breakdown-of-investment-is-no-value-added",
     "平川区经济运行\n\n1-7月，全区固定资产投资同比增长1.7%，其中房地产开发投资同比增长19.0%。从产业结构看，第一产业和第三产业同比分别增长8.6倍和1.5%，第二产业同比下降7.5%。", "2022-08-30", "7.5%", "平川区", "2022-01/2022-07", None, "growth", False),
    ("an-industry-breakdown-of-gdp-is-value-added",
     "平川区经济运行\n\n2018年全区实现地区生产总值53.61亿元，人均生产总值12979元。分产业看，第一产业完成增加值30.61亿元，同比增长2.9%。", "2019-06-13", "30.61亿元", "平川区", "2018", "第一产业增加值", "level", False),
    # a report whose speaker names no place (我代表县人民政府) is of the county whose congress its
    # subtitle names, not of the province it praises (eval47)
    ("a-report-is-of-the-county-whose-congress-hears-it",
     "政府工作报告\n——2024年2月27日在平川县第十七届人民代表大会第五次会议上\n各位代表:\n现在,我代表县人民政府,向大会报告工作。\n一、2023年工作回顾\n总书记再次亲临江西考察指导,赋予江西发展新定位,极大鼓舞了江西全省上下的信心。首次荣获国务院督查激励,获得土地计划指标奖励1000亩。", "2024-02-27", "1000亩", "平川县", "2023", None, "level", False),
    # a plan word inside a body's name (规划局, 计划生育) makes no plan (eval47)
    ("a-bureau-of-planning-plans-nothing",
     "平川县建议办理情况\n\n承办建议的部门与乡镇共涉及到人武部、发改局、规划局、城投公司等29个单位和8个乡镇。", "2017-12-25", "29个", "平川县", "2017-12-25", None, "level", False),
    # a lead paragraph with no figure, opened by a stretch that has ended, names the period the
    # release reports on when its first figures give none (eval24)
    ("a-figureless-lead-names-the-release-period",
     "上半年，平川全县上下深入学习贯彻党的二十大精神，全县经济运行延续向好态势。\n一、GDP同比增长6.4%\n分产业看，第一产业增加值6.06亿元，同比增长4.0%。", "2023-07-27", "6.06亿元", "平川区", "2023-01/2023-06", "第一产业增加值", "level", False),
    # a time phrase between 延续 and 势头 names the stretch whose pace goes on (eval47, eval19);
    # 年初 before the year's aims is when they were set; so is a year whose aims a clause of their
    # own names (围绕全年目标，…)
    ("a-stretch-whose-pace-goes-on-governs-nothing",
     "平川县上半年经济工作\n\n上半年，全县经济延续一季度较快增长势头，完成地区生产总值48.88亿元，同比增长7.8%。", "2016-08-05", "48.88亿元", "平川县", "2016-01/2016-06", "地区生产总值", "level", False),
    ("the-start-of-the-year-naming-its-aims-governs-nothing",
     "平川县上半年经济工作\n\n上半年，年初七项主要经济指标的预期全部如期超额完成（GDP增长7.8%，城镇居民收入增长9.3%，高1.3个点）。", "2016-08-05", "1.3个点", "平川县", "2016-01/2016-06", "城镇居民人均可支配收入", "points", False),
    ("the-year-of-aims-in-a-clause-of-their-own-governs-nothing",
     "平川经开区经济运行\n\n今年前三季度，该园区围绕全年目标，狠抓项目建设，全区经济发展继续延续了上半年良好的发展态势，GDP增幅达9.7%。", "2017-12-04", "9.7%", "平川经开区", "2017-01/2017-09", "地区生产总值", "growth", False),
    ("a-plan-for-the-year-still-governs-its-list",
     "平川市数字经济\n\n与此同时，平川市年内计划建成5G基站3600个，建设5个5G应用示范区。", "2019-07-11", "5个", "平川市", "2019", None, "level", True),
    # an account of this year's handling of proposals, titled …提案办理情况 and posted late in the
    # year, counts them over the year (eval47); a notice on how the handling stands does not (eval22)
    ("an-account-of-the-handling-of-proposals-counts-the-year",
     "2017年县十七届人大一次会议期间人大代表建议和县政协九届一次会议期间委员提案办理情况\n发布日期:2017-12-25\n一、代表建议办理情况\n在县第十七届人大一次会议期间,平川县与会代表提出建议共100件。", "2017-12-25", "100件", "平川县", "2017", None, "level", False),
    ("a-notice-on-the-handling-of-proposals-counts-the-day",
     "关于2017年平川县人大建议、政协提案办理情况的督查通报\n生成日期 2017-10-17\n近期,区政府督查室对各部门承办的人大建议、政协提案办理情况进行督查,共承办建议100件。", "2017-10-17", "100件", "平川县", "2017-10-17", None, "level", False),
    # a tally of the places just listed (…和平安县4个县区) narrows no indicator after it (eval46)
    ("a-tally-of-listed-places-narrows-nothing",
     "平川市工业运行\n\n分地区来看，8月份，平川经开区、平安县、平和县和平乐县4个县区规模工业增加值增速均超过20%，分别达到34.4%、22.2%、34.9%和29.5%。", "2015-09-23", "22.2%", "平安县", "2015-08", "规模以上工业增加值", "growth", False),
    ("a-count-of-kinds-of-firm-still-narrows",
     "平川市工业运行\n\n8月份，全市4个行业规模工业增加值增速均超过20%。", "2015-09-23", "20%", "平川市", "2015-08", None, "growth", False),
    # a short heading run into its sentence when wrapped lines were joined narrows nothing
    # (eval46, heldout, eval38)
    ("a-heading-run-into-its-sentence-narrows-nothing",
     "平川县政府工作报告\n\n2021年，工业经济稳中有进规上工业总产值1818亿元，现价增长24.2%。", "2021-12-16", "1818亿元", "平川县", "2021", "规模以上工业总产值", "level", False),
    ("a-release-heading-run-into-its-sentence-narrows-nothing",
     "平川县前三季度经济运行稳中向好地区生产总值同比增长6.8%\n\n前三季度，全县经济运行稳中向好。", "2024-10-29", "6.8%", "平川县", "2024-01/2024-09", "地区生产总值", "growth", False),
    # a growth against a base years back (比2019年同期增长16.4%), and the two years' average
    # after it, are the same indicator's (eval5, eval9, eval38; heldout's p02 gives none)
    ("a-growth-against-a-base-years-back-keeps-the-indicator",
     "平川县上半年经济运行\n\n上半年全县固定资产投资同比增长15.1%，比2019年同期增长16.4%，两年平均增长7.9%。", "2021-07-21", "16.4%", "平川县", "2021-01/2021-06", "固定资产投资", "growth", False),
    ("the-average-after-a-base-years-back-keeps-the-indicator",
     "平川县上半年经济运行\n\n上半年全县固定资产投资同比增长15.1%，比2019年同期增长16.4%，两年平均增长7.9%。", "2021-07-21", "7.9%", "平川县", "2021-01/2021-06", "固定资产投资", "growth", False),
    # 税比 is the share of taxes in the budget's revenue (eval46)
    ("tax-ratio-is-a-share-of-taxes",
     "平川县政府工作报告\n\n2023年，一般公共预算收入增长15.6%，其中，税收收入增长15.9%，税比71.6%，均居全市第1位。", "2024-01-22", "71.6%", "平川县", "2023", "税收收入", "share", False),
    # an output named bare after a clause on a crop's sown area is that crop's (eval17, eval23,
    # eval29, eval31)
    ("a-bare-output-after-grain-sown",
     "平川县农业生产稳定\n\n2023年，平川县粮食播种总面积17.36万亩，产量7.08万吨。", "2024-01-20", "7.08万吨", "平川县", "2023", "粮食产量", "level", False),
    ("a-bare-output-after-another-crop-names-nothing",
     "平川县农业生产稳定\n\n2023年，平川县蔬菜种植面积2万亩，产量5万吨。", "2024-01-20", "5万吨", "平川县", "2023", None, "level", False),
    # 分地区看 breaks the release's indicator down by area, past breakdowns of other kinds and a
    # park named in an earlier clause (eval17)
    ("a-breakdown-by-area-keeps-the-indicator",
     "2024年1—10月\n\n2024年1—10月，铁岭市规模以上工业增加值同比下降5.3%。\n分门类看，采矿业增加值同比下降5.5%，制造业增加值同比下降5.9%。\n分经济类型看，国有控股企业增加值同比下降6.9%。\n分地区看，开发区同比增长3.4%，昌图县同比增长1.3%，银州区同比下降0.9%。", "2024-11-21", "1.3%", "昌图县", "2024-01/2024-10", "规模以上工业增加值", "growth", False),
    # a name split by its firms and a verb that says 工业 again (规模以上工业企业累计完成工业总产值)
    # is the joined name; 1-3季度 dates it (eval40, eval10)
    ("a-split-name-that-repeats-a-word",
     "平川县工业经济运行\n\n1-3季度，平川县规模以上工业企业累计完成工业总产值597.2亿元，同比增长7.4%。", "2015-10-20", "597.2亿元", "平川县", "2015-01/2015-09", "规模以上工业总产值", "level", False),
    # 从1978年的…，发展到2018年的…: a level reached after a comma and 发展, the yearly average
    # over the years that grew (eval42)
    ("a-yearly-average-from-a-level-developed-to-another",
     "平川县改革开放40周年新闻发布会\n\n平川县财政收入从1978年的914万元，发展到2018年的8.8亿元，增长95倍，年均增长12.1%。", "2018-12-27", "12.1%", "平川县", "1979/2018", None, "growth", False),
    # a story posted long after the period its lead reports on: its later paragraphs tell of
    # the year's work up to the posting day (eval41)
    ("later-paragraphs-of-a-late-story-are-of-its-day",
     "平川市经济稳步增长\n\n年初以来，平川市多点突破，前三季度地区生产总值增长4.8%，规模以上工业增加值增长8.4%。\n做强农业全链。平川市深入实施种业振兴行动，新增优质品种8个，总投资16.5亿元的5个项目有序推进。", "2025-12-30", "8个", "平川市", "2025-12-30", None, "level", False),
    ("later-paragraphs-of-a-prompt-release-are-of-its-period",
     "平川市经济稳步增长\n\n年初以来，平川市多点突破，前三季度地区生产总值增长4.8%，规模以上工业增加值增长8.4%。\n做强农业全链。平川市高技术制造业增长18.4%，成为增长最快的行业板块。", "2025-10-28", "18.4%", "平川市", "2025-01/2025-09", None, "growth", False),
    # 减产/增产 and 增收/减收 are changes: a rate after them is growth, an amount a difference
    # of the figure before (eval45, eval17)
    ("a-drop-in-output-is-growth",
     "平川县经济运行\n\n受特重旱灾影响，平川县夏季粮油减产87.8%。", "2013-09-30", "87.8%", "平川县", "2013-09-30", None, "growth", False),
    ("revenue-gained-is-a-difference-of-the-revenue",
     "平川县经济运行\n\n1至8月，平川县公共财政收入完成46206万元，同比增长15.7%，增收6253万元。", "2013-09-30", "6253万元", "平川县", "2013-01/2013-08", "一般公共预算收入", "difference", False),
    # a meeting's attendance is counted on the meeting's day, not over the year a congress
    # story reviews (eval45, heldout)
    ("attendance-at-a-congress-opening",
     "平川县十八届人大五次会议隆重开幕\n\n2月25日下午，平川县第十八届人民代表大会第五次会议隆重开幕。县长作政府工作报告，回顾过去一年工作。\n第一次全体会议应出席代表182名，实际出席代表165名，符合法定人数。", "2026-02-25", "165名", "平川县", "2026-02-25", None, "level", False),
    ("attendance-on-the-day-before-the-dateline",
     "平川区人大常委会召开会议\n\n本报4月21日讯 昨天，平川区人大常委会第三十四次会议召开。会议应到委员29名，实到26名，符合法定人数。", "2021-04-22", "29名", "平川区", "2021-04-20", None, "level", False),
    # a table titled 截至5月31日 stands at that day; a circled number opens an item whose place
    # is its own; a division renamed after the division table (柴桑区, once 九江县) is found
    # (eval45)
    ("a-table-titled-as-of-a-day-stands-at-it",
     "2025年民生实事项目进展情况表(截至5月31日)\n来源:平川网 发布日期: 2025-06-27 10:22\n①濂溪区赣北商城完整社区建设项目:对赣北商城完整社区进行精品提升改造,面积约17.36万平方米。目前已全面完工。", "2025-06-27", "约17.36万平方米", "濂溪区", "2025-05-31", None, "level", False),
    ("a-renamed-district-in-a-numbered-item",
     "2025年民生实事项目进展情况表(截至5月31日)\n来源:平川网 发布日期: 2025-06-27 10:22\n①柴桑区九一六社区完整社区建设项目:社区综合服务站改造、公共服务设施改造等,建设面积约15万平方米;②濂溪区赣北商城完整社区建设项目:面积约17.36万平方米。", "2025-06-27", "约15万平方米", "柴桑区", "2025-05-31", None, "level", False),
    # 对于X来说 makes X the topic, no comparison base; a count of a group something is one of
    # is of the place named right before it (eval45)
    ("as-for-a-county-it-is-the-topic",
     "对于玉屏自治县来说，过去的五年，是快速发展的五年。\n五年间，各家企业积极推进技术创新，累计新增发明专利授权量达297件。贵州红星发展股份有限公司生产线有序运作。", "2021-01-27", "297件", "玉屏自治县", "2016/2020", "专利授权量", "level", False),
    ("a-count-of-a-group-one-is-in",
     "玉屏自治县产业园区发展\n\n玉屏产业园区在2020年9月被明确为贵州省29个特色工业园区之一。", "2021-01-27", "29个", "贵州省", "2020-09", None, "level", False),
    # an autonomous county by its short form keeps that name; a history of two thousand years
    # looks ahead to nothing; value added named bare after an output's figures is that output's
    # (eval45)
    ("an-autonomous-county-by-its-short-form",
     "玉屏自治县工业稳步发展\n\n对于玉屏自治县来说，五年间，全县累计引进招商项目394个。", "2021-01-27", "394个", "玉屏自治县", "2016/2020", None, "level", False),
    ("two-thousand-years-of-history-look-ahead-to-nothing",
     "平川市陶瓷产业发展纪实\n\n经过两千年发展，平川市现已成为我国重要的陶瓷生产基地，产品已发展到5大系列4000多个品种。", "2011-09-05", "4000多个", "平川市", "2011-09-05", None, "level", False),
    ("value-added-named-bare-after-an-output",
     "平川县经济运行良好\n\n截至7月底，平川县工业总产值达到21.78亿元，比上年同期增长42.9%；增加值9.29亿元，比上年增长52.3%。", "2010-08-19", "9.29亿元", "平川县", "2010-01/2010-07", "工业增加值", "level", False),
    # a level reached under a span of years is of its last year: the second of a pair too, and
    # a tally in an earlier clause does not make it one (eval44)
    ("the-second-of-a-pair-of-levels-reached-under-a-span",
     "政府工作报告\n\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去四年工作回顾\n四年来，我们砥砺奋进。平川县城乡常住居民人均可支配收入分别达到44846元和37342元，年均增长4.9%和7.2%。", "2022-02-11", "37342元", "平川县", "2021", "农村居民人均可支配收入", "level", False),
    ("a-tally-in-an-earlier-clause-leaves-a-level-reached",
     "政府工作报告\n\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去四年工作回顾\n四年来，我们砥砺奋进。平川县累计投入扶贫资金1.2亿元，贫困户实现稳定脱贫，人均年纯收入达到2.9万元，高于全国脱贫标准7倍。", "2022-02-11", "2.9万元", "平川县", "2021", None, "level", False),
    # a structure 调整优化为 a new one keeps its indicator; a headline run into its subtitle with
    # a comma is still a headline, and the lead's period governs the release (eval44)
    ("a-structure-adjusted-and-improved-keeps-its-indicator",
     "平川市政府工作报告解读\n\n2019年，平川市三次产业结构由上年的33.5:21.6:44.9调整优化为34.1:20.5:45.4。", "2020-05-14", "34.1:20.5:45.4", "平川市", "2019", "三次产业结构", "share", False),
    ("a-headline-run-into-its-subtitle-with-a-comma",
     "平川县经济持续高位运行\n工业投资七成以上来自新开工项目,高技术制造业为增长最快板块\n平川县全力推动经济持续高位运行——今年上半年,规上工业增加值增长11.1%、固定投资增长34.4%、工业投资增长 59.8%、进出口总额增长19.2%。今年以来,该区勇担转型使命,强化执行落实,在以下四个方面取得突出成效。\n高技术制造业增长18.4%,成为增长最快的行业板块。", "2024-08-12", "18.4%", "平川县", "2024-01/2024-06", None, "growth", False),
    # 争取 of funds says what was won; 争取 of an outcome stays a plan; a kind of village
    # (建制村) is no place (eval44)
    ("funds-won-are-no-plan",
     "平川县工业经济稳步发展\n\n目前，平川县规上工业企业达19家，累计为中小企业争取扶持资金8215万元。", "2026-02-10", "8215万元", "平川县", "2026-02-10", None, "level", False),
    ("striving-for-an-outcome-stays-a-plan",
     "平川县召开经济工作会议\n\n2026年，平川县争取实现财政总收入11亿元。", "2026-02-10", "11亿元", "平川县", "2026", None, "level", True),
    ("a-kind-of-village-is-no-place",
     "平川县信息化建设成效明显\n\n目前，平川县5G网络通达率93%，建制村通信覆盖率100%。", "2026-02-10", "100%", "平川县", "2026-02-10", None, "share", False),
    # 将 before a thing a verb of disposal hands over is 把, no plan; being 列入计划 is a state
    # (eval44)
    ("jiang-before-a-handed-over-thing-is-no-plan",
     "平川县代表建议办理情况的报告\n\n平川县人大常委会向县政府交办代表建议80件，县政府将代表建议分解交由30个部门单位办理。", "2023-11-24", "30个", "平川县", "2023-11-24", None, "level", False),
    ("listed-in-a-plan-is-no-plan",
     "平川县代表建议办理情况的报告\n\n平川县已经落实的A类建议68件，正在落实或列入计划落实的B类建议7件，占8.75%。", "2023-11-24", "7件", "平川县", "2023-11-24", None, "level", False),
    # a provincial reform zone and a 综保区 are places of their own (eval44)
    ("a-named-reform-zone-is-its-own-place",
     "山西转型综改示范区经济持续高位运行\n\n今年上半年，山西转型综改示范区规上工业增加值增长11.1%。", "2024-08-12", "11.1%", "山西转型综改示范区", "2024-01/2024-06", "规模以上工业增加值", "growth", False),
    ("a-bonded-zone-by-its-short-kind",
     "开发区经济运行\n\n今年上半年，太原武宿综保区进出口值增长111.4%，增速居全国第18位。", "2024-08-12", "111.4%", "太原武宿综保区", "2024-01/2024-06", "进出口总额", "growth", False),
    # a figure stated again later with no time phrase is the earlier observation, and a part
    # that 来自 names is a share of it (eval44)
    ("a-restated-figure-keeps-its-period",
     "平川县经济持续向好\n\n今年上半年，平川县规上工业增加值增长11.1%、工业投资增长59.8%。\n工业投资增长59.8%，其中72.4%来自新开工项目。平川县全程调度50个省级重点工程。", "2024-08-12", "72.4%", "平川县", "2024-01/2024-06", None, "share", False),
    # a work report's title names its year: the figures of its review are of the year
    # before, however late the report is posted (eval44)
    ("a-report-title-year-reviews-the-year-before",
     "2020年平川市政府工作报告解读(一):经济社会保持平稳发展\n\n一年来，平川市经济社会保持平稳健康发展。\n全市地区生产总值257.02亿元，增长5.2%。固定资产投资211.89亿元，增长5.8%。", "2020-05-14", "211.89亿元", "平川市", "2019", "固定资产投资", "level", False),
    # figures that add up to a plan's figure of the sentences before break it down and are
    # planned too; a whole with its parts adds up to nothing (eval43, eval33)
    ("figures-adding-up-to-a-plan-are-planned",
     "平川市13个重大项目集中开复工\n\n2020年，平川市拟实施重大项目69个，总投资290亿元，年度投资将超过49亿元。\n平川市今年续建项目30个，年度投资21亿元；新开工项目39个，年度投资超过28亿元。其中亿元以上重大项目39个，其他项目30个。", "2020-03-05", "30个", "平川市", "2020", None, "level", True),
    ("money-adding-up-to-a-plan-is-planned",
     "平川市13个重大项目集中开复工\n\n2020年，平川市拟实施重大项目69个，总投资290亿元，年度投资将超过49亿元。\n平川市今年续建项目30个，年度投资21亿元；新开工项目39个，年度投资超过28亿元。其中亿元以上重大项目39个，其他项目30个。", "2020-03-05", "21亿元", "平川市", "2020", None, "level", True),
    ("a-breakdown-by-kind-adding-up-to-a-plan-is-planned",
     "平川县项目建设全面铺开\n\n据了解，2019年全县计划完成固定资产投资21.5亿元；全年计划实施5000万元以上项目20个。按产业类别划分：基础设施项目6个，重大产业项目13个，房地产项目1个。目前，已开复工5000万元以上项目10个，其中，新开工项目6个，复工项目4个。", "2019-04-23", "13个", "平川县", "2019", None, "level", True),
    ("a-whole-and-its-parts-now-are-no-plan",
     "平川县项目建设全面铺开\n\n据了解，2019年全县计划完成固定资产投资21.5亿元；全年计划实施5000万元以上项目20个。按产业类别划分：基础设施项目6个，重大产业项目13个，房地产项目1个。目前，已开复工5000万元以上项目10个，其中，新开工项目6个，复工项目4个。", "2019-04-23", "4个", "平川县", "2019-04-23", None, "level", False),
    # a day opening a source formula is when the reporter learned it; the time phrase after
    # the formula leads the paragraph (eval43)
    ("the-time-phrase-after-a-source-formula-leads-the-paragraph",
     "平川县农业生产稳步发展\n\n8月9日，记者从平川县获悉，今年全县春播农作物面积为68.3万亩。建成了50个种植业示范基地，推广马铃薯全膜覆盖双垄栽培技术2.6万亩。", "2011-08-11", "50个", "平川县", "2011", None, "level", False),
    # a work report's review, in January, under a heading 工作回顾: its figures are of last
    # year, and 预计 there is an early outcome (eval43)
    ("a-work-reports-review-heading-reviews-last-year",
     "2025年01月08日\n第02版：专版\n平川区政府工作报告(摘登)\n2024\n工作回顾\n2024年是平川区实现“十四五”规划目标任务的关键一年。\n——聚焦高质量发展，高质量发展综合绩效评价连续四年全市第一，预计地区生产总值增长6%、区级一般公共预算收入增长6%。", "2025-01-08", "6%", "平川区", "2024", "地区生产总值", "growth", False),
    # a title cut from a long lead names no place at its cut (…“广西防城…: not 防城区); a zone
    # read as a body's name right before an indicator's name is its figure's place (eval43)
    ("a-lead-cut-short-names-no-place-at-its-cut",
     "10月14日，6个冷链集装箱、约200吨北部湾海虾从防城港站搭乘“广西防城港-重庆江津”东南亚冷链海陆快线专列，运往重庆江津小南桠站。这是防城港发出的又一趟冷链海陆快线专列。\n“十三五”以来，防城港市经济保持较快增长，全市多项主要经济指标排全区前列。\n“十三五”时期，产业聚集效应凸显，仅防城港经济技术开发区规模以上工业总产值就近1000亿元。", "2020-10-20", "约200吨", "防城港市", "2020-10-14", None, "level", False),
    ("a-zone-read-as-a-name-before-an-indicator-is-its-place",
     "10月14日，6个冷链集装箱、约200吨北部湾海虾从防城港站搭乘“广西防城港-重庆江津”东南亚冷链海陆快线专列，运往重庆江津小南桠站。这是防城港发出的又一趟冷链海陆快线专列。\n“十三五”以来，防城港市经济保持较快增长，全市多项主要经济指标排全区前列。\n“十三五”时期，产业聚集效应凸显，仅防城港经济技术开发区规模以上工业总产值就近1000亿元。", "2020-10-20", "1000亿元", "防城港经济技术开发区", "2016/2020", "规模以上工业总产值", "level", False),
    # the district's city, named before a measured noun and its change, is that figure's place,
    # not the first word of a name (eval43)
    ("a-host-city-before-a-measured-change-is-its-figures-place",
     "2018年天山区国民经济和社会发展统计公报\n\n据国家统计局发布的12月份70个大中城市商品住宅销售价格资料显示，乌鲁木齐市新建商品住宅价格月同比上涨9.8%。全年天山区地区生产总值增长5.2%。", "2019-06-01", "9.8%", "乌鲁木齐市", "2018-12", None, "growth", False),
    # aims quoted right after a sentence naming them are targets, and in a congress-opening
    # story of the first half year they are the year's (eval43)
    ("quoted-aims-after-a-sentence-naming-aims-are-targets-of-the-year",
     "步履坚定加油干 平川市九届人大四次会议开幕侧记\n\n本报讯 4月27日上午，平川市第九届人民代表大会第四次会议开幕。\n而今，站在新的起跑点上，我们把准方向，明确目标，再出发！“生产总值增长6%，规模以上工业增加值增长5.5%，固定资产投资增长6%以上。”", "2020-04-27", "6%", "平川市", "2020", "地区生产总值", "growth", True),
    ("a-second-quoted-aim-is-a-target-too",
     "步履坚定加油干 平川市九届人大四次会议开幕侧记\n\n本报讯 4月27日上午，平川市第九届人民代表大会第四次会议开幕。\n而今，站在新的起跑点上，我们把准方向，明确目标，再出发！“生产总值增长6%，规模以上工业增加值增长5.5%，固定资产投资增长6%以上。”", "2020-04-27", "5.5%", "平川市", "2020", "规模以上工业增加值", "growth", True),
    # a year's figure (年度投资) in a sentence dated by a day is of that day's year (eval43)
    ("a-years-figure-in-a-sentence-dated-by-a-day-is-of-its-year",
     "平川市13个重大项目集中开复工\n\n昨日，平川市13个重大项目集中开复工，总投资33亿元，年度投资将超过14亿元。", "2020-03-05", "14亿元", "平川市", "2020", None, "level", True),
    # spending named bare after a budget's revenue is that budget's; 分别 after two levels, one
    # to a clause, pairs each growth with its level (eval42, eval5)
    ("bare-spending-after-a-budgets-revenue-is-its-spending",
     "平川县第十五届人民代表大会第五次会议召开\n\n2010年，全县生产总值实现131487万元，同比增长15%；财政总收入实现11338万元，增长57.7%，一般预算收入完成7309万元，累计支出64338万元，同比分别增长43.6%和32.4%；农民纯收入达到3107元。", "2011-02-14", "64338万元", "平川县", "2010", "一般公共预算支出", "level", False),
    ("respectively-after-levels-one-to-a-clause-pairs-with-them",
     "平川县第十五届人民代表大会第五次会议召开\n\n2010年，全县生产总值实现131487万元，同比增长15%；财政总收入实现11338万元，增长57.7%，一般预算收入完成7309万元，累计支出64338万元，同比分别增长43.6%和32.4%；农民纯收入达到3107元。", "2011-02-14", "43.6%", "平川县", "2010", "一般公共预算收入", "growth", False),
    ("respectively-after-levels-pairs-the-second-with-the-second",
     "平川县第十五届人民代表大会第五次会议召开\n\n2010年，全县生产总值实现131487万元，同比增长15%；财政总收入实现11338万元，增长57.7%，一般预算收入完成7309万元，累计支出64338万元，同比分别增长43.6%和32.4%；农民纯收入达到3107元。", "2011-02-14", "32.4%", "平川县", "2010", "一般公共预算支出", "growth", False),
    # projects in reserve are a stock: under 今年年初以来 in a half-year's release they are
    # of the year so far, not the release's half (eval41)
    ("projects-in-reserve-are-a-stock-of-the-lead",
     "平川开发区上半年经济运行情况\n\n上半年，平川开发区实现地区生产总值120亿元，同比增长8%。\n今年年初以来，平川开发区先后开展了专项招商活动。全力落实招商，签约项目408亿元，储备项目127个。", "2015-08-03", "127个", "平川开发区", "2015", None, "level", False),
    # the page's own date printed under a headline is no time phrase of the headline's: its
    # figure, restated in the body, takes the body's period (eval42)
    ("a-headline-over-a-printed-date-takes-the-body-figures-period",
     "区十七届人大四次会议 收到代表议案8件 代表建议252件\n2025-05-30\n昨日下午，区十七届人大四次会议举行第三次全体会议。\n本次会议共收到代表10人以上联名提出的议案8件。本次会议还收到代表建议252件。", "2025-05-30", "252件", None, "2025-05-29", None, "level", False),
    # a figure right after a place a verb goes beyond is how far ahead of it (eval42)
    ("a-figure-after-a-place-gone-beyond-is-a-difference",
     "上半年平川工业生产稳中向好\n\n上半年，与周边各市比，指标总量持续赶超。平川市工业开票销售总量(1932亿元)分别超过淮安456.8亿元、连云港19.6亿元。", "2021-08-03", "456.8亿元", "平川市", "2021-01/2021-06", None, "difference", False),
    ("a-figure-after-a-second-place-gone-beyond-is-a-difference",
     "上半年平川工业生产稳中向好\n\n上半年，与周边各市比，指标总量持续赶超。平川市工业开票销售总量(1932亿元)分别超过淮安456.8亿元、连云港19.6亿元。", "2021-08-03", "19.6亿元", "平川市", "2021-01/2021-06", None, "difference", False),
    # 分别 inside a bracket pairs with the list the bracket opens with; with nothing before it
    # in its clause, with the list of the clause before; a rank's change from 一季度, and the
    # aims set at 年初, date no figure of a half-year's release (eval42)
    ("respectively-inside-a-bracket-pairs-with-its-list",
     "上半年平川工业生产稳中向好\n\n上半年，平川市规模工业增加值、工业开票销售分别增长26.8%、43.3%。规模工业总产值、规模工业增加值等3项指标增幅始终位居全省首位(规模工业增加值、工业开票销售增幅分别高于全省5.3、13.2个百分点);工业用电量增幅由一季度的全省第四上升至全省第二(工业用电量增幅高于全省10.7个百分点)。规模工业增加值、工业开票销售增幅均好于年初预期,分别超过年度目标13.8、23.3个百分点。", "2021-08-03", "5.3", "平川市", "2021-01/2021-06", "规模以上工业增加值", "points", False),
    ("respectively-after-an-empty-clause-pairs-with-the-clause-before",
     "上半年平川工业生产稳中向好\n\n上半年，平川市规模工业增加值、工业开票销售分别增长26.8%、43.3%。规模工业总产值、规模工业增加值等3项指标增幅始终位居全省首位(规模工业增加值、工业开票销售增幅分别高于全省5.3、13.2个百分点);工业用电量增幅由一季度的全省第四上升至全省第二(工业用电量增幅高于全省10.7个百分点)。规模工业增加值、工业开票销售增幅均好于年初预期,分别超过年度目标13.8、23.3个百分点。", "2021-08-03", "13.8", "平川市", "2021-01/2021-06", "规模以上工业增加值", "points", False),
    ("a-rank-changed-from-an-earlier-quarter-dates-nothing",
     "上半年平川工业生产稳中向好\n\n上半年，平川市规模工业增加值、工业开票销售分别增长26.8%、43.3%。规模工业总产值、规模工业增加值等3项指标增幅始终位居全省首位(规模工业增加值、工业开票销售增幅分别高于全省5.3、13.2个百分点);工业用电量增幅由一季度的全省第四上升至全省第二(工业用电量增幅高于全省10.7个百分点)。规模工业增加值、工业开票销售增幅均好于年初预期,分别超过年度目标13.8、23.3个百分点。", "2021-08-03", "10.7个百分点", "平川市", "2021-01/2021-06", None, "points", False),
    # a flow counted up to a day is of the year so far; projects' investment counted up to a
    # day is their total on it (eval42, eval29; eval19, eval26)
    ("a-flow-counted-up-to-today-is-of-the-year",
     "平川县上榜投资潜力百强县\n\n全部财政收入2016年完成25.1亿元、2017年完成34.4亿元、今年截至目前完成40.4亿元。",
     "2018-12-13", "40.4亿元", "平川县", "2018", None, "level", False),
    ("projects-investment-counted-up-to-today-is-of-the-day",
     "平川县重点项目建设加快推进\n\n截至目前，全县共有亿元以上在建项目27个，累计完成投资14.5亿元。",
     "2019-10-28", "14.5亿元", "平川县", "2019-10-28", None, "level", False),
    # a figure after a level, with only verbs and hedges between, is the level's indicator; a
    # change in points after a share is the share's own, no indicator's (eval42, eval9, eval23)
    ("a-growth-after-a-hedge-verb-keeps-the-indicator",
     "平川县第十五届人民代表大会开幕\n\n2010年，全县全社会固定资产投资完成87102万元，增幅超过68%；社会消费品零售总额增长18%。",
     "2011-02-14", "68%", "平川县", "2010", "固定资产投资", "growth", False),
    ("a-gap-against-the-target-keeps-the-indicator",
     "平川区上半年经济运行情况\n\n2023年上半年，全区规模以上工业增加值同比增长10.1%，高于目标2.1个百分点。",
     "2023-08-25", "2.1个百分点", "平川区", "2023-01/2023-06", "规模以上工业增加值", "points", False),
    ("a-change-in-points-after-a-share-names-no-indicator",
     "平川县国民经济运行情况\n\n2022年，从三次产业结构来看：第一产业增加值占生产总值的比重为20.6%，同比上升了0.4个百分点。",
     "2023-03-31", "0.4个百分点", "平川县", "2022", None, "points", False),
    # a change from one level, in a clause after one that opens with an indicator's name, is
    # that indicator's; so is a growth after a verb jieba takes for a noun (持续保持) (eval42)
    ("a-from-clause-after-an-indicator-clause-is-its",
     "平川区经济稳步向前\n\n“十四五”以来，地区生产总值一年一个新台阶，从2020年的373.8亿元增加至2024年的512.9亿元。",
     "2025-08-22", "373.8亿元", "平川区", "2020", "地区生产总值", "level", False),
    ("a-growth-after-holding-on-is-the-indicator-before",
     "平川区五年发展回眸\n\n五年来，全区地区生产总值持续保持正增长，累计增长20.8%；一般公共预算收入累计增长46.2%。",
     "2026-02-11", "20.8%", "平川区", "2021/2025", "地区生产总值", "growth", False),
    # a district named in full, named again by its stem right before an indicator's name (eval42)
    ("a-stem-before-an-indicator-name-is-the-place",
     "2025年上半年门头沟地区生产总值210.5亿元 增速居全市前列\n\n人民网北京8月22日电 今年上半年，北京市门头沟区实现地区生产总值210.5亿元、同比增长7.1%。",
     "2025-08-22", "210.5亿元", "门头沟区", "2025-01/2025-06", "地区生产总值", "level", False),
    # a level told as milestones over the years keeps its indicator from one to the next; the
    # change of a planned level right after it is of the plan's year (eval42); 预计 in December
    # about the year then ending is read as its outcome (see the README on this split)
    ("the-next-milestone-of-a-level-keeps-its-indicator",
     "平川县举行改革开放40周年新闻发布会\n\n据介绍，40年来，平川县县域经济实力实现历史性跨越。全县地区生产总值从1978年的1.31亿元起步，到1995年突破10亿元，到2010年突破100亿元，2018年预计达到206亿元，较1978年增长156倍。人均GDP从1978年的152元，发展到2018年的2.71万元，增长177倍。", "2018-12-27", "10亿元", "平川县", "1995", "地区生产总值", "level", False),
    # 预计 on 27 December about that year, not yet over, is a forecast (the gold README; eval42)
    ("a-milestone-after-a-plan-year-keeps-its-indicator",
     "平川县举行改革开放40周年新闻发布会\n\n据介绍，40年来，平川县县域经济实力实现历史性跨越。全县地区生产总值从1978年的1.31亿元起步，到1995年突破10亿元，到2010年突破100亿元，2018年预计达到206亿元，较1978年增长156倍。人均GDP从1978年的152元，发展到2018年的2.71万元，增长177倍。", "2018-12-27", "206亿元", "平川县", "2018", "地区生产总值", "level", True),
    ("the-change-right-after-a-planned-level-is-of-the-plan-year",
     "平川县举行改革开放40周年新闻发布会\n\n据介绍，40年来，平川县县域经济实力实现历史性跨越。全县地区生产总值从1978年的1.31亿元起步，到1995年突破10亿元，到2010年突破100亿元，2018年预计达到206亿元，较1978年增长156倍。人均GDP从1978年的152元，发展到2018年的2.71万元，增长177倍。", "2018-12-27", "156倍", "平川县", "2018", "地区生产总值", "multiple", True),
    ("a-level-reached-from-a-base-year-keeps-its-indicator",
     "平川县举行改革开放40周年新闻发布会\n\n据介绍，40年来，平川县县域经济实力实现历史性跨越。全县地区生产总值从1978年的1.31亿元起步，到1995年突破10亿元，到2010年突破100亿元，2018年预计达到206亿元，较1978年增长156倍。人均GDP从1978年的152元，发展到2018年的2.71万元，增长177倍。", "2018-12-27", "2.71万元", "平川县", "2018", "人均地区生产总值", "level", False),
    # changes over fifty years (eval41): a multiple from one level to another is of the last
    # level's year; a yearly average after them, or after 是1965年的83倍, of the years since
    ("a-multiple-from-one-level-to-another-is-of-the-last-year",
     "跨越50年：日喀则市经济发展成就辉煌\n\n50年来，日喀则市生产总值由1965年的0.75亿元增加到2014年的146.4亿元，按可比价计算，增长56倍，年均增长8.6%。人民生活蒸蒸日上，2014年，农牧民人均纯收入达6717元，是1965年的83倍，年均增长9.4%。", "2015-08-14", "56倍", "日喀则市", "2014", "地区生产总值", "multiple", False),
    ("a-yearly-average-after-a-basis-clause-spans-the-years-that-grew",
     "跨越50年：日喀则市经济发展成就辉煌\n\n50年来，日喀则市生产总值由1965年的0.75亿元增加到2014年的146.4亿元，按可比价计算，增长56倍，年均增长8.6%。人民生活蒸蒸日上，2014年，农牧民人均纯收入达6717元，是1965年的83倍，年均增长9.4%。", "2015-08-14", "8.6%", "日喀则市", "1966/2014", "地区生产总值", "growth", False),
    ("a-yearly-average-after-a-multiple-of-a-base-year-spans-the-years-since",
     "跨越50年：日喀则市经济发展成就辉煌\n\n50年来，日喀则市生产总值由1965年的0.75亿元增加到2014年的146.4亿元，按可比价计算，增长56倍，年均增长8.6%。人民生活蒸蒸日上，2014年，农牧民人均纯收入达6717元，是1965年的83倍，年均增长9.4%。", "2015-08-14", "9.4%", "日喀则市", "1966/2014", None, "growth", False),
    # a yearbook of 2020 records 2019 (eval23)
    ("a-yearbook-entry-records-the-year-before-its-own",
     "【作者】中山年鉴编纂委员会 【文章来源】《中山年鉴•2020》 【成文日期】2019-12-31\n【民众镇概况】 中山市民众镇是典型的岭南水乡。\n民众镇农业生产总面积5720.2公顷，其中水稻种植面积456公顷。", "2019-12-31", "5720.2公顷", "民众镇", "2019", None, "level", False),
    # an item of a list naming nothing before its figure goes on with the item before (eval31)
    ("a-list-item-naming-nothing-goes-on-with-the-item-before",
     "前三季度沈阳市县域经济运行情况\n\n前三季度，沈阳市县域地区实现地区生产总值443.9亿元，占全市地区生产总值的比重为7.6%，比上半年提高0.2个百分点；按可比价格计算，同比增长3.7%，比上半年提高1.2个百分点。从产业结构看，前三季度县域地区第一产业增加值实现103.9亿元。", "2023-11-09", "3.7%", "沈阳市", "2023-01/2023-09", "地区生产总值", "growth", False),
    ("county-area-prefixes-an-indicator",
     "前三季度沈阳市县域经济运行情况\n\n前三季度，沈阳市县域地区实现地区生产总值443.9亿元，占全市地区生产总值的比重为7.6%，比上半年提高0.2个百分点；按可比价格计算，同比增长3.7%，比上半年提高1.2个百分点。从产业结构看，前三季度县域地区第一产业增加值实现103.9亿元。", "2023-11-09", "103.9亿元", "沈阳市", "2023-01/2023-09", "第一产业增加值", "level", False),
    # a balance in a past year's review, and its change, hold at the year's end; a change of a
    # balance told alone is the year's; so is anything counted up to a bare year (eval37, eval18)
    ("a-balance-in-a-year-s-review-holds-at-its-end",
     "平川县2017年国民经济和社会发展统计公报\n\n全年完成地方公共财政预算收入7.43亿元；各金融机构存款余额107.64亿元，同比增长3%，贷款余额100.68亿元，同比增长9%。借贷户数和借贷余额分别下降70%和69%。", "2018-04-24", "107.64亿元", "平川县", "2017-12", "金融机构存款余额", "level", False),
    ("a-balance-s-growth-in-a-year-s-review-holds-at-its-end",
     "平川县2017年国民经济和社会发展统计公报\n\n全年完成地方公共财政预算收入7.43亿元；各金融机构存款余额107.64亿元，同比增长3%，贷款余额100.68亿元，同比增长9%。借贷户数和借贷余额分别下降70%和69%。", "2018-04-24", "3%", "平川县", "2017-12", "金融机构存款余额", "growth", False),
    ("a-balance-s-change-told-alone-is-of-the-year",
     "平川县2017年国民经济和社会发展统计公报\n\n全年完成地方公共财政预算收入7.43亿元；各金融机构存款余额107.64亿元，同比增长3%，贷款余额100.68亿元，同比增长9%。借贷户数和借贷余额分别下降70%和69%。", "2018-04-24", "69%", "平川县", "2017", None, "growth", False),
    ("a-count-up-to-a-bare-year-holds-at-its-end",
     "平川区交通运输局关于2018年工作情况的报告\n\n截止2018年，全区农村公路1940.96公里，县道266.99公里。", "2019-12-10", "1940.96公里", "平川区", "2018-12", None, "level", False),
    # a place opening a listed project's name (大庆日丰苏打水等5个项目) is no area (eval41)
    ("a-place-opening-a-listed-project-s-name-is-no-area",
     "五大连池市经济稳步增长\n\n总投资16.5亿元的玉米秸秆深加工木糖醇、大庆日丰苏打水等5个项目有序推进。", "2025-12-30", "5个", "五大连池市", "2025-12-30", None, "level", False),
    # a later item of a list of changes over a span keeps the span (eval41)
    ("a-later-item-of-a-list-of-changes-over-years-reaches-the-last-year",
     "2017政府工作报告\n\n一、过去五年工作回顾\n五年来，区级增加值从619.98亿元增长到880亿元，年均增长8%左右；第三产业增加值比重从81.06%提高到87%；区级财政收入从61.60亿元增长到104.12亿元，年均增长11.07%。", "2017-01-10", "104.12亿元", None, "2016", None, "level", False),
    ("a-later-item-s-yearly-average-is-of-the-years-that-grew",
     "2017政府工作报告\n\n一、过去五年工作回顾\n五年来，区级增加值从619.98亿元增长到880亿元，年均增长8%左右；第三产业增加值比重从81.06%提高到87%；区级财政收入从61.60亿元增长到104.12亿元，年均增长11.07%。", "2017-01-10", "11.07%", None, "2012/2016", None, "growth", False),
    # 分别 pairs a list's names with its figures in order, whatever their units (eval41)
    ("respectively-pairs-names-with-figures-of-different-units",
     "五大连池市经济稳步增长\n\n年初以来，五大连池市前三季度地区生产总值增长4.8%，旅游人数、旅游收入分别突破290万人次、15亿元，增幅均达10%。", "2025-12-30", "15亿元", "五大连池市", "2025-01/2025-09", "旅游总收入", "level", False),
    # a level aimed at under a span of years is aimed at for its last year (eval41)
    ("a-level-aimed-at-in-a-span-of-years-is-of-its-last-year",
     "平川经开区再造新园区\n\n面对新常态，平川经开区提出新蓝图，力争在“十三五”时期，实现高新技术企业突破200家、开发区每平方公里主营业务收入突破100亿元的目标。", "2016-02-15", "200家", "平川经开区", "2020", "高新技术企业", "level", True),
    # an account of the year's work titled with the year, given in December, is of the year (eval41)
    ("an-account-titled-with-this-year-given-late-in-it-is-of-the-year",
     "关于2020年平川区代表建议办理情况的报告\n——2020年12月22日在平川区第十六届人民代表大会常务委员会第三十四次会议上\n主任、各位副主任、各位委员：\n我受区长委托，向区人大常委会报告区政府办理代表建议的工作情况，请予审议。\n一、代表建议办理工作落实情况\n交由区政府办理的代表建议共计156件。", "2020-12-22", "156件", "平川区", "2020", None, "level", False),
    # the speaker of a work report names the place whose report it is (eval41)
    ("a-report-is-of-the-place-its-speaker-names",
     "2017政府工作报告\n——2017年1月10日在上海市普陀区第十六届人民代表大会第一次会议上\n各位代表：\n现在，我代表普陀区人民政府，向大会报告本届政府过去五年的工作，请予审议。\n一、过去五年工作回顾\n过去五年，在市委、市政府和区委的坚强领导下，主动适应经济发展新常态。五年来，区级财政收入从61.60亿元增长到104.12亿元。", "2017-02-07", "61.60亿元", "普陀区", "2011", None, "level", False),
    # 全年任务 is the base of a share, not the period (eval29)
    ("a-year-s-task-as-a-share-s-base-is-no-period",
     "南昌高新区打好项目收官战\n\n日前，记者在南昌高新区数谷产业园项目施工现场了解到，项目建设进展顺利。前三季度，该项目工作量达全年任务七成以上。",
     "2022-12-17", "七成以上", "南昌高新区", "2022-01/2022-09", None, "share", False),
    # 上年结转 names a budget item carried from last year: it dates no figure (eval40)
    ("a-carried-over-item-is-of-the-budget-year",
     "平川区2023年预算执行情况的报告\n\n2023年预算执行情况\n2023年区级一般公共预算收入预计完成39.1亿元。加上税收返还和转移支付等资金27.23亿元，上年结转5.45亿元，一般债券转贷收入17.75亿元，2023年一般公共预算总收入预计为104.05亿元。", "2024-01-30", "5.45亿元", "平川区", "2023", None, "level", False),
    ("an-item-after-a-carried-over-one-is-of-the-budget-year",
     "平川区2023年预算执行情况的报告\n\n2023年预算执行情况\n2023年区级一般公共预算收入预计完成39.1亿元。加上税收返还和转移支付等资金27.23亿元，上年结转5.45亿元，一般债券转贷收入17.75亿元，2023年一般公共预算总收入预计为104.05亿元。", "2024-01-30", "17.75亿元", "平川区", "2023", None, "level", False),
    # a zone's page breaking its growth down by its parks, named as bodies (eval40)
    ("a-zone-s-park-named-as-a-body-is-the-figure-s-place-and-breaks-down-its-indicator",
     "1-9月园区工业经济运行情况\n\n截至9月底，西宁经济技术开发区工业企业325户。\n工业生产增长较快。园区工业增加值同比增长12.51%，高出全市工业增加值增速3.87个百分点。其中：东川工业园区增长15.43%，生物产业园区增长16.49%，南川工业园增长23.19%。", "2017-10-26", "16.49%", "生物产业园区", "2017-01/2017-09", "工业增加值", "growth", False),
    ("a-zone-s-park-without-a-district-name-is-a-place-too",
     "1-9月园区工业经济运行情况\n\n截至9月底，西宁经济技术开发区工业企业325户。\n工业生产增长较快。园区工业增加值同比增长12.51%，高出全市工业增加值增速3.87个百分点。其中：东川工业园区增长15.43%，生物产业园区增长16.49%，南川工业园增长23.19%。", "2017-10-26", "23.19%", "南川工业园", "2017-01/2017-09", "工业增加值", "growth", False),
    # a balance with no time phrase, in a release on a stretch of months, is held at its end
    ("a-balance-in-a-release-on-months-is-held-at-their-end",
     "1-9月平川县工业经济运行情况\n\n企业效益情况。全县工业企业资产总计1184.19亿元，同比增长2.1%；实现主营业务收入612.89亿元，增长14.8%。", "2017-10-26", "1184.19亿元", "平川县", "2017-09", None, "level", False),
    ("a-balance-s-growth-in-a-release-on-months-is-at-their-end",
     "1-9月平川县工业经济运行情况\n\n企业效益情况。全县工业企业资产总计1184.19亿元，同比增长2.1%；实现主营业务收入612.89亿元，增长14.8%。", "2017-10-26", "2.1%", "平川县", "2017-09", None, "growth", False),
    ("a-flow-in-a-release-on-months-keeps-the-stretch",
     "1-9月平川县工业经济运行情况\n\n企业效益情况。全县工业企业资产总计1184.19亿元，同比增长2.1%；实现主营业务收入612.89亿元，增长14.8%。", "2017-10-26", "612.89亿元", "平川县", "2017-01/2017-09", None, "level", False),
    # a district's page naming its city's figure first (eval40)
    ("a-growth-right-after-its-level-is-of-the-level-s-place",
     "2021年1-12月西城区主要经济指标完成情况\n\n三、消费领域持续回暖\n1-12月，北京市累计实现社会消费品零售总额14867.7亿元，同比增长8.4%，西城区累计实现社会消费品零售总额1089.4亿元，同比增长9.7%，占北京市的比重为7.3%。其中，限额以上商业企业累计实现网上零售额383.2亿元，同比增长19.6%。从各行业累计实现零售额的情况看，零售业累计实现零售额840.5亿元，同比增长6.8%。", "2022-01-27", "9.7%", "西城区", "2021-01/2021-12", "社会消费品零售总额", "growth", False),
    ("a-sentence-opening-with-qizhong-breaks-down-the-figure-before-of-its-place",
     "2021年1-12月西城区主要经济指标完成情况\n\n三、消费领域持续回暖\n1-12月，北京市累计实现社会消费品零售总额14867.7亿元，同比增长8.4%，西城区累计实现社会消费品零售总额1089.4亿元，同比增长9.7%，占北京市的比重为7.3%。其中，限额以上商业企业累计实现网上零售额383.2亿元，同比增长19.6%。从各行业累计实现零售额的情况看，零售业累计实现零售额840.5亿元，同比增长6.8%。", "2022-01-27", "383.2亿元", "西城区", "2021-01/2021-12", None, "level", False),
    ("a-sentence-whose-last-figure-is-the-page-s-own-place-hands-it-on",
     "2021年1-12月西城区主要经济指标完成情况\n\n三、消费领域持续回暖\n1-12月，北京市累计实现社会消费品零售总额14867.7亿元，同比增长8.4%，西城区累计实现社会消费品零售总额1089.4亿元，同比增长9.7%，占北京市的比重为7.3%。其中，限额以上商业企业累计实现网上零售额383.2亿元，同比增长19.6%。从各行业累计实现零售额的情况看，零售业累计实现零售额840.5亿元，同比增长6.8%。", "2022-01-27", "840.5亿元", "西城区", "2021-01/2021-12", None, "level", False),
    ("a-place-in-a-bracketed-note-of-what-an-area-takes-in-is-no-subject",
     "前三季度沈阳市县域经济运行情况\n\n前三季度，沈阳市县域地区(包含康平县、法库县新民市)实现地区生产总值443.9亿元，"
     "占全市地区生产总值的比重为7.6%。",
     "2023-11-09", "443.9亿元", "沈阳市", "2023-01/2023-09", "地区生产总值", "level", False),
    ("a-zone-page-s-park-named-as-a-body-is-the-figure-s-place",
     "1-9月园区工业经济运行情况\n来源：西宁经济技术开发区管委会\n\n1-9月，西宁经济技术开发区规模以上工业增加值同比增长9.4%，"
     "其中:东川工业园区增长15.43%，甘河工业园区增长0.60%。",
     "2017-10-26", "15.43%", "东川工业园区", "2017-01/2017-09", "规模以上工业增加值", "growth", False),
    # a portal's copy posted years later: a dateline later in the year than the posting is of
    # the latest earlier year the text names, and the story's relative dates with it (eval29)
    ("a-dateline-later-in-the-year-than-the-posting-is-of-an-earlier-year",
     "检查组检查平川市重点项目建设\n时间:2016-04-02 20:02\n\n本报讯 (记者 谢戈)10月12日，检查组对我市今年经济工作"
     "进行督导检查，听取市委、市政府2013年1—8月经济工作情况汇报。\n记者从中获悉，1—8月，全市完成地区生产总值112.1亿元，增长15%。",
     "2016-04-02", "112.1亿元", "平川市", "2013-01/2013-08", "地区生产总值", "level", False),
    ("a-dateline-later-in-the-year-than-the-posting-with-no-year-named-is-of-the-year-before",
     "检查组检查平川市重点项目建设\n时间:2016-04-02 20:02\n\n本报讯 (记者 谢戈)10月12日，检查组对我市今年经济工作"
     "进行督导检查。\n记者从中获悉，1—8月，全市完成地区生产总值112.1亿元，增长15%。",
     "2016-04-02", "112.1亿元", "平川市", "2015-01/2015-08", "地区生产总值", "level", False),
    ("the-country-opening-a-body-s-name-is-no-area",
     "平川县今年要办长江电竞节\n\n运营好柑橘网，力争全国柑橘交易中心线上交易额突破10亿元。",
     "2018-01-16", "10亿元", "平川县", "2018", None, "level", True),
    # 年末 opening a sentence dates its stocks, not a flow named right before its figure, nor a
    # figure with no stock cue after a ； (eval38)
    ("a-flow-after-a-year-end-stock-is-of-the-year",
     "平川县2020年国民经济和社会发展统计公报\n\n年末全县生猪存栏12807头，出栏16398头；羊存栏94769只。",
     "2021-05-21", "16398头", "平川县", "2020", None, "level", False),
    ("a-year-end-stock-keeps-its-point",
     "平川县2020年国民经济和社会发展统计公报\n\n年末全县生猪存栏12807头，出栏16398头；羊存栏94769只。",
     "2021-05-21", "12807头", "平川县", "2020-12", None, "level", False),
    ("a-figure-after-a-semicolon-is-no-year-end-stock",
     "平川县2020年国民经济和社会发展统计公报\n\n年末全县农业机械总动力8.2万千瓦，增长3.8%；使用化肥4990.4吨，下降2.8%。",
     "2021-05-21", "4990.4吨", "平川县", "2020", None, "level", False),
    ("a-count-up-to-a-year-end-covers-every-item",
     "平川市2022年卫生健康事业发展\n\n截至去年底，全市共有医疗卫生机构1.26万个，实有床位7.8万张；卫生技术人员9.3万人。",
     "2023-02-28", "9.3万人", "平川市", "2022-12", None, "level", False),
    # a plan with no time phrase, in an article titled on this year's plans, told in January
    ("a-plan-in-a-story-on-this-year-s-plans-aims-at-the-year",
     "平川县今年要办长江电竞节\n\n全县将调整农业结构，启动建设1万亩柑橘果园生态示范基地。",
     "2018-01-16", "1万亩", "平川县", "2018", None, "level", True),
    ("a-plan-in-a-story-not-on-the-year-s-plans-keeps-the-day",
     "平川县要办长江电竞节\n\n全县将调整农业结构，启动建设1万亩柑橘果园生态示范基地。",
     "2018-01-16", "1万亩", "平川县", "2018-01-16", None, "level", True),
    # a change of a rate in 个千分点 is a difference in ‰ (the spec keeps points for 个百分点)
    ("a-change-in-thousandths-is-a-difference",
     "平川县2021年国民经济和社会发展统计公报\n\n全年人口出生率6.39‰，比上年减少2.14个千分点。",
     "2022-06-20", "2.14个千分点", "平川县", "2021", None, "difference", False),
    ("a-structure-that-changed-to-new-terms-keeps-its-indicator",
     "平川县2021年国民经济和社会发展统计公报\n\n三次产业结构由上年的25.5:24.6:49.9变化为24.1:25.9:50.0。",
     "2022-06-20", "24.1:25.9:50.0", "平川县", "2021", "三次产业结构", "share", False),
    ("a-figure-converted-in-brackets-keeps-the-indicator",
     "平川县2021年国民经济和社会发展统计公报\n\n全年常住居民人均地区生产总值达29057元(折合4505美元)，比上年增加3495元。",
     "2022-06-20", "4505美元", "平川县", "2021", "人均地区生产总值", "level", False),
    ("residents-per-head-gdp-is-per-head-gdp",
     "平川县2021年国民经济和社会发展统计公报\n\n全年常住居民人均地区生产总值达29057元。",
     "2022-06-20", "29057元", "平川县", "2021", "人均地区生产总值", "level", False),
    ("a-conjunction-before-a-village-is-no-part-of-its-name",
     "平川县水利局\n对建议的答复\n近几年降雨量减少，故水塘村9-15社743户农户存在饮用水困难。\n平川县水利局\n2025年9月23日",
     "2025-11-14", "743户", "水塘村", "2025-09-23", None, "level", False),
    ("a-site-listed-after-a-towns-site-lies-in-that-town",
     "9月7日，观摩组到杨集镇、拐河镇进行观摩。观摩组先后到杨集镇鸿旺牧业、鑫全筑路材料有限公司、拐河镇东麦村等地。\n"
     "鑫全筑路材料有限公司项目总投资1.2亿元，占地37.8亩。",
     "2021-09-10", "1.2亿元", "杨集镇", "2021-09-07", None, "level", False),
    ("a-zone-in-the-title-is-the-pages-own-area",
     "雨花经开区入选2022年督查激励建议名单\n\n2022年1-11月，园区规模工业增加值同比增长25.9%。",
     "2023-01-03", "25.9%", "雨花经开区", "2022-01/2022-11", "规模以上工业增加值", "growth", False),
    ("this-year-in-a-story-of-late-december-posted-in-january",
     "雨花经开区入选2022年督查激励建议名单\n\n12月28日，湖南省工业和信息化局提出拟推荐名单，雨花经开区成功入选。\n"
     "长沙比亚迪汽车完成总产值524.6亿元，今年有望成为全省首个产值过600亿元的汽车企业。",
     "2023-01-03", "600亿元", "雨花经开区", "2022", None, "level", True),
    ("an-honours-name-names-no-subject",
     "昌江黎族自治县政府工作报告\n\n全国未成年人思想道德建设工作先进城市等6个国字号荣誉加身；四好农村路等33项工作获得省级以上通报表扬。",
     "2021-02-03", "33项", "昌江黎族自治县", "2021-02-03", None, "level", False),
    ("a-change-over-the-years-reviewed-starts-the-year-before",
     "永川区政府工作报告\n\n一、过去五年工作回顾\n过去五年，我们践行创新发展理念。\n"
     "规上工业总产值从742亿元增加到1550.2亿元，年均增长15.3%。",
     "2022-01-08", "742亿元", "永川区", "2016", "规模以上工业总产值", "level", False),
    ("the-level-a-change-reaches-is-of-the-last-year",
     "永川区政府工作报告\n\n一、过去五年工作回顾\n过去五年，我们践行创新发展理念。\n"
     "规上工业总产值从742亿元增加到1550.2亿元，年均增长15.3%。",
     "2022-01-08", "1550.2亿元", "永川区", "2021", "规模以上工业总产值", "level", False),
    # a yearly average grows from the first level's year: the years after it (eval23's gold
    # counts the first year in too, eval26's and eval31's do not)
    ("a-yearly-average-after-a-change-counts-the-years-after-its-first-level",
     "永川区政府工作报告\n\n全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元，年均增长8.7%。",
     "2022-01-08", "8.7%", "永川区", "2017/2021", "地区生产总值", "growth", False),
    ("a-yearly-average-over-the-years-reviewed-leaves-out-the-year-before",
     "永川区政府工作报告\n\n一、过去五年工作回顾\n过去五年，我们践行创新发展理念。\n"
     "规上工业总产值从742亿元增加到1550.2亿元，年均增长15.3%。",
     "2022-01-08", "15.3%", "永川区", "2017/2021", "规模以上工业总产值", "growth", False),
    ("a-yearly-average-in-a-list-of-changes-after-a-written-year",
     "麦盖提县政府工作报告\n\n一、“十三五”时期及2020年工作回顾\n“十三五”的五年，是麦盖提极不平凡的五年。\n"
     "经济保持稳定增长。预计全县生产总值从2015年的39.70亿元增长到2020年61.95亿元，"
     "年均增长9.3%；工业增加值从1.66亿元增长到2.05亿元，年均增长4.32%。",
     "2021-02-07", "4.32%", "麦盖提县", "2016/2020", "工业增加值", "growth", False),
    ("a-sentence-pointing-back-to-the-five-years-gives-its-paragraph-their-span",
     "全椒县政府工作报告\n\n一、过去五年工作回顾\n过去五年，是全椒发展历程中极不平凡的五年。\n"
     "这是凝心聚力、奋勇争先，综合实力显著增强的五年。财政收入连续跨越20亿元、30亿元台阶，年均增长10.4%。",
     "2021-12-26", "10.4%", "全椒县", "2017/2021", None, "growth", False),
    # a story opening with the day a reporter learned its facts: 目前 is that day, even behind
    # the page's own date line; a daily's 昨日 or an event's day leaves 目前 the posting day
    ("now-in-a-story-of-what-a-reporter-learned-on-a-day-is-that-day",
     "天津经开区谋划储备项目总投资超千亿元\n时间:2022-07-28 10:21 来源:天津日报\n7月27日,记者从天津经开区了解到,"
     "今年上半年,天津经开区积极构建梯度发展格局。目前,在建重点项目数同比增长19.1%,在建项目总投资超过3000亿元。",
     "2022-07-28", "3000亿元", "天津经开区", "2022-07-27", None, "level", False),
    ("now-in-a-story-of-what-a-reporter-learned-yesterday-is-the-posting-day",
     "江西1至10月\n工业生产回升向好\n昨日,记者从省统计局了解到,10月份,江西省工业生产同比累计增速出现回升。\n"
     "截至目前,我省规模以上工业企业户数接近6800家。",
     "2012-11-12", "6800家", "江西省", "2012-11-12", None, "level", False),
    ("now-in-a-story-of-an-event-day-is-the-posting-day",
     "卢龙县举行2019年秋季重点项目观摩活动\n10月20日,卢龙县举行2019年秋季重点项目观摩活动。"
     "截至目前,全县共有亿元以上在建项目27个,计划总投资126.58亿元。",
     "2019-10-28", "27个", "卢龙县", "2019-10-28", None, "level", False),
    # a story's opening day behind its source formula and credits, past a date line and a
    # photo caption, when the day holds an event; not news that merely arrived that day
    ("an-event-day-behind-a-source-formula-is-the-story-s-day",
     "总投资105.5亿元:金华婺城举行首期百亿项目集中开工仪式\n2020-04-26 10:45     中国经济导报-中国发展网\n"
     "集中开工仪式现场。陈俊摄影\n中国经济导报、中国发展网讯 记者沈贞海 通讯员周垚浙江报道 4月23日上午,金华婺城举行"
     "2020年重点项目集中开工仪式。总投资额105.5亿元的38个项目集中开工。",
     "2020-04-26", "38个", "婺城区", "2020-04-23", None, "level", False),
    ("news-that-arrived-on-a-day-behind-a-source-formula-is-of-the-posting-day",
     "陕西省新增3个省级经济技术开发区\n三秦都市报 2021-02-20 01:00\n本报讯(记者石喻涵)2月19日,陕西省商务厅传来消息:"
     "渭南合阳被认定为省级经济技术开发区。\n合阳经开区现有企业39户,其中规上企业14户。",
     "2021-02-20", "39户", "合阳经开区", "2021-02-20", None, "level", False),
    # an as-of day with its hour (截至2022年12月25日上午9时) dates its figures to the day
    ("an-as-of-day-with-its-hour-dates-the-figures-to-the-day",
     "市政协九届二次会议提案工作综述\n本报讯(两会报道组)截至2022年12月25日上午9时,大会提案组共收到提案118件,"
     "其中集体提案7件。",
     "2022-12-30", "118件", None, "2022-12-25", None, "level", False),
    ("today-in-a-story-opening-with-an-earlier-day-is-that-day",
     "嘉祥8个重点项目集中开工\n\n10月16日上午，我县举行项目集中开工仪式。他指出，今天集中开工的8个重点项目，"
     "总投资近14亿元。",
     "2020-10-17", "近14亿元", "嘉祥县", "2020-10-16", None, "level", False),
    ("a-year-end-count-is-no-period-the-article-reports-on",
     "民众镇\n\n民众镇位于中山市东北部。总面积121.87平方千米。2019年末常住人口11.44万人。\n"
     "全年实现地区生产总值40亿元。",
     "2019-12-31", "40亿元", "民众镇", "2019", "地区生产总值", "level", False),
    ("a-year-end-stock-item-does-not-date-a-flow-item-after-it",
     "绥德县2022年国民经济和社会发展统计公报\n\n全年肉类总产量1.4万吨。其中：生猪年末存栏98931头，同比增长0.5%；"
     "生猪出栏129187头，同比增长3.1%。",
     "2023-03-31", "129187头", "绥德县", "2022", None, "level", False),
    ("an-elliptical-list-of-industries-pairs-off-with-its-figures",
     "洛南县2022年统计公报\n\n其中，第一、第二、第三产业增加值分别为24.27亿元、60.37亿元、59.98亿元，"
     "分别增长4.0%、0.2%、3.0%；经济增长贡献率分别为34.6%、4.3%、61.1%。",
     "2023-03-31", "0.2%", "洛南县", "2022", "第二产业增加值", "growth", False),
    ("a-contribution-rate-is-no-industrys-own-figure",
     "洛南县2022年统计公报\n\n其中，第一、第二、第三产业增加值分别为24.27亿元、60.37亿元、59.98亿元，"
     "分别增长4.0%、0.2%、3.0%；经济增长贡献率分别为34.6%、4.3%、61.1%。",
     "2023-03-31", "4.3%", "洛南县", "2022", None, "share", False),
    ("a-place-by-the-name-the-article-writes",
     "(贵州省)2021年黔西南州人民政府工作报告\n\n全州地区生产总值增长4.7%，牢牢守住黔西南阵地。",
     "2021-03-29", "4.7%", "黔西南州", "2020", "地区生产总值", "growth", False),   # the report's review
    ("a-zone-named-after-its-cities-is-the-pages-home",
     "阜阳合肥现代产业园区项目建设快速推进\n\n今年1~10月份，该园区完成固定资产投资15.6亿元，其中工业投资7.9亿元。",
     "2014-11-18", "15.6亿元", "阜阳合肥现代产业园区", "2014-01/2014-10", "固定资产投资", "level", False),
    ("a-breakdown-takes-the-period-its-whole-took",
     "我县一批项目集体开工\n\n3月6日上午，长丰县项目集体开工仪式隆重举行。\n"
     "据了解，此次集体开工的项目共有21个，今年计划完成投资48.6亿元。其中，汽配项目5个，总投资10.1亿元。",
     "2012-03-08", "5个", "长丰县", "2012-03-06", None, "level", False),
    ("a-bare-short-name-is-the-place-named-in-full",
     "广西兴安：加快县域发展\n\n《走进县城看发展》来到广西桂林兴安县。眼下，兴安县15万亩葡萄陆续上市。",
     "2022-09-25", "15万亩", "兴安县", "2022-09-25", None, "level", False),
    ("a-title-naming-a-town-after-its-county-makes-the-story-the-towns",
     "总投资7.6亿元 安徽怀远龙亢镇一批重点项目集中开工\n\n6月26日上午，安徽蚌埠市怀远县龙亢镇一批重点项目集中开工。\n"
     "当天集中开工建设的项目为龙亢循环科技产业园，总投资7.6亿元。\n1-5月全县工业投资增长64.9%。",
     "2023-06-27", "64.9%", "怀远县", "2023-01/2023-05", "工业投资", "growth", False),
    ("a-headline-figure-the-body-restates-takes-its-period",
     "总投资7.6亿元 安徽怀远龙亢镇一批重点项目集中开工\n\n6月26日上午，安徽蚌埠市怀远县龙亢镇一批重点项目集中开工。\n"
     "当天集中开工建设的项目为龙亢循环科技产业园，总投资7.6亿元。",
     "2023-06-27", "7.6亿元", "龙亢镇", "2023-06-26", None, "level", False),
    ("domestic-investment-names-no-country",
     "天津市河东区政府工作报告\n\n引进各类企业3639家，实现国内招商引资到位额364亿元。",
     "2019-01-10", "364亿元", "河东区", "2019-01-10", None, "level", False),
    ("first-in-the-province-compares-with-it",
     "黔西南州政府工作报告\n\n全州项目建设在全省率先实现100%复工复产。",
     "2021-03-29", "100%", "黔西南州", "2021-03-29", None, "share", False),
    ("a-plan-word-in-a-quoted-title-is-no-cue",
     "沙坡头区督查通报\n\n2.财政局承办的“关于将工业园区基础设施建设资金纳入市财政预算的建议”(第2号)\n"
     "办理情况：已办结。沙坡头区在2017年预算中安排500万元专项用于4个乡镇工业园区基础设施建设。",
     "2017-10-17", "500万元", "沙坡头区", "2017", None, "level", False),
    ("a-change-from-last-years-month-ends-in-this-years",
     "敖汉旗1-9月经济运行\n\n1-9月，全旗规上工业增加值增长12.1%。足金金价从去年9月份的580元/g上涨到了832.6元/g，上涨幅度达到43.6%。",
     "2025-10-22", "832.6元/g", "敖汉旗", "2025-09", None, "level", False),
    ("a-visit-story-dates-what-it-saw-to-its-opening-day",
     "9月7日，县长带领观摩组到杨集镇、拐河镇进行观摩。\n鑫全公司项目总投资1.2亿元，占地37.8亩。",
     "2021-09-10", "37.8亩", None, "2021-09-07", None, "level", False),
    ("a-sentence-on-the-home-place-keeps-the-posting-day",
     "9月25日上午，采风记者见面会在瓜州县举行。\n瓜州县地处甘肃省河西走廊西端，面积2.41万平方公里。",
     "2015-09-28", "2.41万平方公里", "瓜州县", "2015-09-28", None, "level", False),
    ("a-plan-seen-on-the-story-day-stays-a-plan",
     "9月7日，观摩组到四里店镇观摩。\n四里店镇南山公园规划占地200亩，计划总投资1000万元。",
     "2021-09-10", "1000万元", "四里店镇", "2021-09-07", None, "level", True),
    ("what-a-project-yields-once-built-is-planned",
     "某某县项目开工\n该项目固定资产投资3.37亿元，项目建成后，每年新增产值10亿元。",
     "2021-09-10", "10亿元", None, "2021-09-10", None, "level", True),
    ("the-capacity-a-project-builds-is-planned",
     "某某县项目开工\n该项目总投资1.2亿元，主要建设年产200万吨建筑骨料生产线。",
     "2021-09-10", "200万吨", None, "2021-09-10", None, "level", True),
    ("shi-xia-qu-is-the-city-of-a-district-page",
     "泉州市丰泽区1-5月经济运行情况\n5月末，市辖区金融机构本外币各项存贷款余额8069.9亿元。",
     "2023-06-27", "8069.9亿元", "泉州市", "2023-05", None, "level", False),
    ("a-news-sites-source-line-gives-a-town-page-its-host",
     "笃定前行谋新篇\n来源:天门网\n一场场考验接踵而至……2020年，干驿镇面对空前冲击，全镇上下呈现蓬勃朝气。\n"
     "坚持工业兴镇。2020年，干驿镇成功引进项目3个。\n优化产业结构。全镇虾稻共作面积达2.5万亩；特种养殖面积达8000亩。",
     "2021-02-02", "8000亩", "干驿镇", "2020", None, "level", False),
    ("a-title-that-is-a-towns-name-makes-the-page-the-towns",
     "城关镇\n来源:未知来源 日期:2015-03-23 12:00\n镇区面积6.5平方公里。",
     "2015-03-23", "6.5平方公里", "城关镇", "2015-03-23", None, "level", False),
    ("a-body-located-in-a-town-is-the-towns",
     "观摩组到四里店镇观摩。恒信公司位于清河镇产业孵化园内，该公司项目总投资7000万元。",
     "2021-09-07", "7000万元", "清河镇", "2021-09-07", None, "level", False),
    ("a-town-after-its-district-is-the-town",
     "抚顺市望花区人民政府\n\n2022年望花区塔峪镇高标准农田建设项目，建设面积1.5万亩。",
     "2023-04-28", "1.5万亩", "塔峪镇", "2022", None, "level", False),
    ("a-town-named-again-anywhere-is-the-same-town",
     "抚顺市望花区人民政府\n\n塔峪镇建成农田3100亩。在2023年对塔峪镇9个行政村的1.4万亩农田实施建设。",
     "2023-04-28", "1.4万亩", "塔峪镇", "2023", None, "level", False),
    ("a-month-before-a-change-in-points-is-its-base",
     "1-5月，全区固定资产投资57.8亿元，同比增长22.6%，1-4月提高5.0个百分点。——泉州市丰泽区统计局",
     "2023-06-27", "5.0个百分点", "丰泽区", "2023-01/2023-05", "固定资产投资", "points", False),
    ("a-decline-rate-names-the-indicator-before",
     "1-5月，全区规模以上工业增加值下降7.0%，降幅较1-4月收窄4.1个百分点。——泉州市丰泽区统计局",
     "2023-06-27", "4.1个百分点", "丰泽区", "2023-01/2023-05", "规模以上工业增加值", "points", False),
    ("a-gap-over-last-years-same-months-is-this-years",
     "1-9月，全市完成项目投资1096.8亿元，同比增长8.9%，高于去年同期9个百分点。——新乡市统计局",
     "2017-11-14", "9个百分点", "新乡市", "2017-01/2017-09", None, "points", False),
    ("a-pull-on-an-indicator-is-not-its-own-figure",
     "1-8月份，我市完成高技术制造业投资240.3亿元，拉动工业投资增长5.4个百分点。——盐城市统计局",
     "2019-09-24", "5.4个百分点", "盐城市", "2019-01/2019-08", None, "points", False),
    ("a-new-slices-growth-is-no-indicator-either",
     "上半年，延边州新登记市场主体1.52万户，增长24.1%，较一季度提高20.4个百分点。",
     "2023-08-02", "24.1%", "延边州", "2023-01/2023-06", None, "growth", False),
    ("a-flow-counted-to-a-months-end-is-the-year-so-far",
     "截至3月末，全县地区生产总值实现19.5亿元，同比增长22.6%。——某某县统计局",
     "2011-04-15", "19.5亿元", None, "2011-01/2011-03", "地区生产总值", "level", False),
    ("a-bulletin-issued-in-july-reviews-its-year",
     "2023年合肥市国民经济和社会发展统计公报\n合肥市统计局\n　　年末全市常住人口985.3万人。",
     "2024-07-06", "985.3万人", "合肥市", "2023-12", "常住人口", "level", False),
    ("a-hard-wrapped-report-reviews-the-year-its-paragraph-opens-with",
     "县长在县人民代表大会上所做的政府工作报告（摘要）\n（2001年3月13日）\n2000年，在县委的正确领导下，县政府认真\n"
     "贯彻中央部署。预计实现国内生产总值22.4亿元，比上年增长5.5%。",
     "2001-03-13", "5.5%", None, "2000", "地区生产总值", "growth", False),
    ("the-fullest-name-the-article-gives",
     "记者从海西蒙古族藏族自治州统计局了解到，上半年海西州完成地区生产总值469.6亿元。",
     "2025-07-26", "469.6亿元", "海西蒙古族藏族自治州", "2025-01/2025-06", "地区生产总值", "level", False),
    ("a-review-since-last-year-reports-on-last-year",
     "政府工作报告\n各位代表：\n一、2023年以来工作回顾\n　　面对复杂严峻的外部环境，全市上下攻坚克难。\n　　全市生产总值增长6.2%，固定资产投资增长5.1%。",
     "2024-04-27", "5.1%", None, "2023", "固定资产投资", "growth", False),
    ("a-list-of-towns-is-no-one-town",
     "怀柔区农田建设加快推进\n　　目前，兴隆镇、太平镇、长青镇3个项目镇全部开工，已完成总工程量70%以上。"
     "项目带动当地用工150人。",
     "2024-05-30", "150人", "怀柔区", "2024-05-30", None, "level", False),
    ("places-paired-with-figures-respectively",
     "上半年，胶州市和平度市分别增长6.1%和5.2%，对全市经济增长贡献明显。",
     "2024-07-25", "5.2%", "平度市", "2024-01/2024-06", None, "growth", False),
    ("the-first-place-of-a-respectively-list",
     "上半年，胶州市和平度市分别增长6.1%和5.2%，对全市经济增长贡献明显。",
     "2024-07-25", "6.1%", "胶州市", "2024-01/2024-06", None, "growth", False),
    ("a-breakdown-shares-the-time-of-its-whole",
     "来自市假日办的统计显示，5月1日全市接待游客62万人次，同比增长15%。其中，主要景区接待游客18万人次。",
     "2024-05-02", "18万人次", None, "2024-05-01", None, "level", False),
    ("a-further-item-of-a-breakdown",
     "来自市假日办的统计显示，5月1日全市接待游客62万人次，同比增长15%。其中，主要景区接待游客18万人次；"
     "乡村旅游点接待游客9万人次。",
     "2024-05-02", "9万人次", None, "2024-05-01", None, "level", False),
    ("a-breakdown-of-a-year-end-stock",
     "全市2023年经济平稳。年末全市常住人口310.5万人，比上年末增加1.2万人。其中，城镇人口215.3万人。",
     "2024-03-20", "215.3万人", None, "2023-12", None, "level", False),
    ("an-event-year-names-no-article-period",   # 于2000年 dates a move, not what the page reports on
     "关于某某中学建设的答复\n　　某某中学于2000年迁入新址，学校占地面积60亩。现已申请到专项资金1070万元。",
     "2020-08-06", "1070万元", None, "2020-08-06", None, "level", False),
    ("village-self-reference",
     "日前，记者走进长安镇安宁村，漫山桔园硕果累累。村党支部书记介绍，全村种植金桔5600余亩。",
     "2022-06-28", "5600余亩", "长安镇安宁村", "2022-06-28", None, "level", False),
    ("since-with-words-between",
     "据了解，自2009年实施农村妇女“两癌”检查项目以来，全市累计检查210余万名。——临沂市卫健委",
     "2023-02-28", "210余万名", "临沂市", "2009-01/2023-02", None, "level", False),
    ("span-ahead-as-a-duration",
     "力争用3至5年时间，新培育千亿级产业集群3个。——苏州市人民政府",
     "2024-01-15", "3个", "苏州市", "2024-01-15/2029-01-15", None, "level", True),
    ("new-slice-of-a-stock-is-no-indicator",
     "新认定国家高新技术企业3200余家，总数达1.6万家。——苏州市人民政府",
     "2024-01-15", "3200余家", "苏州市", "2024-01-15", None, "level", False),
    ("total-after-a-new-slice",
     "新认定国家高新技术企业3200余家，总数达1.6万家。——苏州市人民政府",
     "2024-01-15", "1.6万家", "苏州市", "2024-01-15", "高新技术企业", "level", False),
    ("subgroup-is-no-indicator",
     "上半年，温州民营企业出口576.3亿元，增长12.8%。",
     "2019-07-11", "576.3亿元", "温州市", "2019-01/2019-06", None, "level", False),
    ("urban-and-rural-list",
     "2023年，城乡居民人均可支配收入分别达8.4万元和4.6万元。——苏州市统计局",
     "2024-01-15", "4.6万元", "苏州市", "2023", "农村居民人均可支配收入", "level", False),
    ("rd-share-of-gdp-is-intensity",
     "2023年，全社会研发投入占地区生产总值比重达3.91%。——苏州市统计局",
     "2024-01-15", "3.91%", "苏州市", "2023", "研发经费投入强度", "share", False),
    ("venue-is-not-the-area",
     "7月30日，在上海举行的绵阳科技城招商推介会上，签约项目36个。——绵阳市投资促进局",
     "2019-08-05", "36个", "绵阳市", "2019-07-30", None, "level", False),
    ("masthead-names-the-page",
     "寒亭新闻\n我区重点项目集中开工\n　　本报9月14日讯 今天上午，全区重点项目集中开工，共28个。",
     "2023-09-15", "28个", "寒亭区", "2023-09-14", None, "level", False),
    ("zone-without-a-division-name",
     "本报1月7日讯 记者从稀土高新区获悉，去年全区地区生产总值突破600亿元。——包头市",
     "2025-01-08", "600亿元", "稀土高新区", "2024", "地区生产总值", "level", False),
    ("release-period-governs-its-flows",
     "一季度全区经济实现开门红\n　　一季度，温江区实现地区生产总值126.8亿元。\n"
     "　　分产业看，第一产业增加值5.6亿元，增长8.1%。",
     "2021-04-22", "5.6亿元", "温江区", "2021-01/2021-03", "第一产业增加值", "level", False),
    # a town named in full once is named again by its stem in a list of items
    ("a-town-by-its-stem-opens-an-item",
     "本报讯 改造涉及沙甸街道、鸡街镇等28个社区，其中：鸡街5栋，108户；沙甸6栋，138户。——红河州个旧市",
     "2021-11-30", "5栋", "鸡街镇", "2021-11-30", None, "level", False),
    ("the-item-place-governs-the-items-later-figures",
     "本报讯 改造涉及沙甸街道、鸡街镇等28个社区，其中：鸡街5栋，108户；沙甸6栋，138户。——红河州个旧市",
     "2021-11-30", "108户", "鸡街镇", "2021-11-30", None, "level", False),
    # the first item stands in the sentence it breaks down; later items after ； share its year
    ("a-breakdown-opened-inside-a-sentence-gives-its-year-to-later-items",
     "本报讯 我市2021年老旧小区改造项目涉及28个社区，其中：鸡街5栋，108户；沙甸6栋，138户。——个旧市",
     "2021-11-30", "6栋", "个旧市", "2021", None, "level", False),
    # a day's statistics reported the day after: that day is the article's period
    ("a-days-statistics-give-the-article-its-day",
     "海南省各景区接待游客大幅增长\n　　统计数据显示，10月1日全省进港62201人，同比增长14.95%。\n"
     "　　10家景区抽样调查，共接待游客5.24万人。",
     "2012-10-02", "5.24万人", "海南省", "2012-10-01", "接待游客", "level", False),
    # ... but the day of an event that opens a story does not date the later figures
    ("an-events-day-is-no-article-period",
     "融安金桔富了一方百姓\n　　6月26日，融安县金桔产业发展大会在县城举行，现场签约项目11个。\n"
     "　　全县种植金桔5600余亩。",
     "2022-06-28", "5600余亩", "融安县", "2022-06-28", None, "level", False),
    # a tally since a year long past governs its own sentence, not the article
    ("years-since-is-no-article-period",
     "美丽乡村建设回复\n　　我县2019年以来逐步对27个行政村实施示范村建设项目。\n"
     "　　针对道路年久失修，我局进行了全面修缮。新安装33盏太阳能路灯。——兴县住建局",
     "2023-01-12", "33盏", "兴县", "2023-01-12", None, "level", False),
    # a body's name opened by a division inside the article's area: the figure is that division's
    ("a-bodys-name-opened-by-a-place-inside-the-home-area",
     "海南省旅游接待大幅增长\n　　10月1日全省进港62201人。其中，海口美兰机场进港14044人。",
     "2012-10-02", "14044人", "海口市", "2012-10-01", None, "level", False),
    # a letter's 如下： line ends its paragraph; the plan's phases after it are the plan too
    ("a-phase-of-a-plan-is-a-target",
     "关于老旧小区改造建议的答复\n尊敬的代表：\n您的建议已收悉，现复函如下：\n"
     "2019年，兴庆区计划投入1.18亿元，对102个老旧小区进行改造。第一期改造59个老旧小区。",
     "2019-07-26", "59个", "兴庆区", "2019", None, "level", True),
    # early in a year, an article that names only last year looks back on it
    ("a-january-article-looks-back-on-last-year",
     "大庆经济发展呈三大亮点\n本报讯 全市共有规模以上企业500家。\n2006年，大庆经济发展达到历史最佳状态。"
     "去年一年建筑面积达到400万平方米。",
     "2007-01-15", "500家", "大庆市", "2006", None, "level", False),
    ("a-january-article-on-this-year-keeps-its-date",
     "大庆经济发展呈三大亮点\n本报讯 全市共有规模以上企业500家。\n2006年，大庆经济发展达到历史最佳状态。"
     "去年一年建筑面积达到400万平方米。今年1月，全市新开工项目30个。",
     "2007-01-15", "500家", "大庆市", "2007-01-15", None, "level", False),
    # the items after ； of a list share the time phrase that governs the list's first item
    ("a-list-items-share-its-as-of-date",
     "本报讯 罗建华介绍，截至2月17日，我县29个市级重点项目，已有13个项目复工；118个县级重点项目，"
     "已有39个项目复工。——江华县", "2020-02-18", "118个", "江华县", "2020-02-17", None, "level", False),
    # a figure after an inline 其中 takes the time phrase of the figure it breaks down
    ("an-inline-breakdown-follows-its-whole",
     "2023年县级重点项目共530项，1-6月累计完成投资362.32亿元，其中：在建项目185项，1-6月累计完成投资235.8亿元。"
     "——闽侯县人民政府", "2023-07-12", "185项", "闽侯县", "2023", None, "level", False),
    # 常住 says whose income: the income is a flow of the article's period
    ("resident-income-is-a-flow",
     "一季度，全县全体居民人均可支配收入7256元，增长5.8%。按常住地分，城镇常住居民人均可支配收入10063元。"
     "——酉阳县统计局", "2025-05-22", "10063元", "酉阳县", "2025-01/2025-03", "城镇居民人均可支配收入",
     "level", False),
    # the items of a plan listed after ； are planned too
    ("the-items-of-a-plan-are-targets",
     "答复\n已列入今年县城公厕改造项目中，计划投资约23.9万元，新建公厕4个；投资5.5万元粉刷公厕11个；维修公厕1个。"
     "——清原县住建局", "2022-08-30", "5.5万元", "清原县", "2022", None, "level", True),
    # an archive's copy of an old bulletin: figures with no time phrase are of the year it opens with
    ("an-old-bulletin-posted-late",
     "2015年，面对经济下行压力，全县经济平稳发展，到2018年全面建成小康社会。\n"
     "粮食作物种植面积12981公顷，比上年同期增长1.32%。——丹寨县", "2023-03-21", "12981公顷", "丹寨县", "2015", None,
     "level", False),
    # a title that names a past year the text names again: figures with no time phrase are of it
    ("a-summary-titled-with-last-year",
     "《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成\n"
     "在全县人民的共同努力下,2021年,牟定县经济社会发展各项目标任务高质量全面完成。"
     "全县地区生产总值增长8.4%。", "2022-01-24", "8.4%", "牟定县", "2021", "地区生产总值", "growth", False),
    ("an-old-bulletin-titled-with-its-year",
     "玉环市2019年国民经济和社会发展统计公报\n2019年,是新中国成立70周年。\n"
     "经济运行总体平稳。全市实现生产总值617.50亿元,比上年增长5.2%。", "2021-05-10", "617.50亿元", "玉环市", "2019",
     "地区生产总值", "level", False),
    # a town's own page (我镇) is about the town, and so are its figures with no place
    ("a-towns-own-page",
     "我镇招商成效显著\n信息来源:中山市坦洲镇人民政府 发布日期:2016-03-29\n"
     "我镇今年的招商工作顺利开展。一是上报境外投资项目1个,投资总额2600万美元。二是上报国内贸易成交合同42宗。",
     "2016-03-29", "42宗", "坦洲镇", "2016", None, "level", False),
    ("a-county-page-naming-a-town-once",
     "全县招商成效显著\n信息来源:庆城县人民政府\n全县今年的招商工作顺利开展,庆城镇引进项目3个。全县上报合同42宗。",
     "2016-03-29", "42宗", "庆城县", "2016", None, "level", False),
    # growth written from one level to another: both levels are the indicator's (the first, of a change
    # told over 2021, is the year before's)
    ("the-level-a-change-starts-from",
     "2021年,全县地区生产总值从129.8亿元增长到325亿元。——全椒县", "2022-01-26", "129.8亿元", "全椒县",
     "2020", "地区生产总值", "level", False),
    ("the-level-a-change-reaches",
     "2021年,全县人均GDP从32340元提高至81750元。——全椒县", "2022-01-26", "81750元", "全椒县",
     "2021", "人均地区生产总值", "level", False),
    # 城乡常住居民 splits as 城乡居民 does: urban first, rural second
    ("resident-income-of-town-and-country-split",
     "2021年,全县城乡常住居民人均可支配收入分别增长12%和13%,分别达43366元和13835元。——牟定县", "2022-01-24",
     "13835元", "牟定县", "2021", "农村居民人均可支配收入", "level", False),
    # what is put into a plan is planned; what was listed among projects and is built is not
    ("put-into-this-years-project-plan",
     "答复\n建议中提到的路段已列入我局2021年老旧小区改造项目中,我市2021年老旧小区改造建设项目涉及大屯等28个社区,"
     "涉及217幢住宅楼。——个旧市住建局", "2021-11-30", "217幢", "个旧市", "2021", None, "level", True),
    ("listed-among-projects-and-built",
     "本报讯 今年以来,列入全区的18个重点项目建设,陆续建成投产。——汉滨区", "2011-09-16", "18个", "汉滨区",
     "2011", None, "level", False),
    # the share of a target reached is an outcome
    ("the-share-of-a-target-reached",
     "本报讯 今年全镇合计完成招商引资总额18114万美元,完成目标任务的106.55%。——坦洲镇", "2016-03-29", "106.55%",
     None, "2016", None, "share", False),
    # this year as the topic of a sentence (我镇今年…) dates the paragraph's figures after it
    ("this-year-as-the-topic-of-a-paragraph",
     "本报讯 我镇今年的招商工作做到早布局,现均已超额完成各项目标任务。一是上报境外投资项目1个,投资总额2600万美元。——中山市",
     "2016-03-29", "2600万美元", "中山市", "2016", None, "level", False),
    ("this-year-inside-a-clause-is-no-topic",
     "本报讯 会议指出,要抓好今年的招商工作。会上签约项目3个。——中山市",
     "2016-03-29", "3个", "中山市", "2016-03-29", None, "level", False),
    # a date joined to a comparison's first base (比一季度…和2019年上半年) is a base too
    ("a-second-base-of-a-comparison",
     "上半年,全区规模以上工业增加值同比增长17.4%,两年平均增长6.7%,分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点。"
     "——广西壮族自治区", "2021-07-21", "3.5个百分点", "广西壮族自治区", "2021-01/2021-06", "规模以上工业增加值",
     "points", False),
    # 为今年以来单月最高: the stretch a record is measured over, not the figure's period
    ("the-stretch-of-a-record-is-no-period",
     "此外,9月份全市规模以上工业增加值增长9.2%,为今年以来单月最高增速,分别比全国、全省平均水平高3.4和3.9个百分点。"
     "——郑州市", "2018-11-07", "3.9个百分点", "郑州市", "2018-09", None, "points", False),
    # urban and rural listed with 、 after 城镇和农村: the second of each list is rural
    ("urban-and-rural-listed",
     "前三季度,全区城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。——官渡区", "2023-10-25",
     "17191元", "官渡区", "2023-01/2023-09", "农村居民人均可支配收入", "level", False),
    ("urban-and-rural-growth-listed",
     "前三季度,全区城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。——官渡区", "2023-10-25",
     "3%", "官渡区", "2023-01/2023-09", "城镇居民人均可支配收入", "growth", False),
    # a part of the population is no indicator of the whole
    ("urban-population-is-a-part",
     "2021年末全区常住人口107365人,其中城镇常住人口84528人,乡村常住人口22837人。——中站区", "2022-05-25",
     "84528人", "中站区", "2021-12", None, "level", False),
    ("local-revenue-and-spending",
     "2020年,全县地方财政收入1.88亿元、同比增长6%,财政支出23.6亿元、同比增长9.5%。——陇县", "2021-07-27",
     "23.6亿元", "陇县", "2020", "一般公共预算支出", "level", False),
    # a place named once, as an item of a list of places courted, is not the article's
    ("a-listed-place-is-no-home",
     "本网讯 今年以来,我区紧盯长三角、珠三角等重点地区,以及市内主城区、两江新区和“三北地区”等招商,签约项目9个。",
     "2019-03-14", "9个", None, "2019", None, "level", False),
    ("social-fixed-asset-investment",
     "1-7月,全县社会固定资产投资增长12.5%,规模工业总产值增长9.1%。——衡南县", "2019-08-16", "9.1%", "衡南县",
     "2019-01/2019-07", "规模以上工业总产值", "growth", False),
    # 有计划 says how the work was done, not that it is planned; 以来的7年多时间内 is years past
    ("a-planned-manner-is-no-plan",
     "本报讯 白河县实施有组织、有计划、有规模的开发扶贫,使全县6万贫困人口在1994年以来的7年多时间内人均纯收入达到898元。",
     "2001-02-27", "898元", "白河县", "1994-01-01/2001-02-27", None, "level", False),
    # a time phrase opening a quote leads the quote's next sentence too
    ("a-quote-opened-by-last-year",
     "本报讯 “去年,全县农村人均纯收入达10700元。这些收入的60%来自经营性收入。”县长说。——赤城县",
     "2019-10-29", "60%", "赤城县", "2018", None, "share", False),
    # 全年 in 完成全年任务的85.9% names the target's year: the rate is of 1—9月
    ("the-year-of-a-task-is-its-base",
     "1—9月,全区引进内资156.5亿元人民币,同比增长65%,完成全年任务的85.9%。——东丽区", "2009-10-28", "85.9%",
     "东丽区", "2009-01/2009-09", None, "share", False),
    # 今年元月以来 in a report whose first time phrase is 1-8月: the stretch reported on
    ("since-january-in-a-report-on-eight-months",
     "记者近日从区中小企业局了解到,1-8月全区中小企业经济运行良好。今年元月以来,全区规模工业企业实现工业增加值"
     "比上年同期增长了30.09%。——汉滨区", "2011-09-16", "30.09%", "汉滨区", "2011-01/2011-08", None, "growth", False),
    # a park inside the county opens the sentence: its figures are no county indicator
    ("a-parks-share-is-no-county-indicator",
     "1-7月,县工业集中区新增规上企业2家,完成规模工业增加值11亿元,占全县的比重达70%。——衡南县", "2019-08-16",
     "11亿元", "衡南县", "2019-01/2019-07", None, "level", False),
    ("the-countys-own-figure-keeps-its-indicator",
     "1-7月,全县完成规模工业增加值16亿元,其中县工业集中区11亿元。——衡南县", "2019-08-16",
     "16亿元", "衡南县", "2019-01/2019-07", "规模以上工业增加值", "level", False),
    # a title's year that is no review (the meeting of today gives last year's awards)
    ("a-meeting-on-last-years-awards",
     "2020年度全区先进集体表彰大会召开\n本报讯 3月2日上午,表彰大会召开,全区500余人参加。——温江区",
     "2021-03-02", "500余人", "温江区", "2021-03-02", None, "level", False),
    # 主城区 is part of the article's area, no division: the item before does not carry over
    ("a-part-of-the-area-stops-the-item-before",
     "本报讯 改造涉及大屯镇等28个社区。大屯47栋，843户；主城区159栋，4988户。项目已完成四项审批。——个旧市",
     "2021-11-30", "159栋", "个旧市", "2021-11-30", None, "level", False),
    ("the-sentence-after-a-part-of-the-area",
     "本报讯 改造涉及大屯镇等28个社区。大屯47栋，843户；主城区159栋，4988户。项目已完成四项审批。——个旧市",
     "2021-11-30", "四项", "个旧市", "2021-11-30", None, "level", False),
    # 省本级/市本级: the province's or the city's own budget
    ("province-own-level",
     "大庆市经济运行质量效益提高。省本级财政收入89亿元，大庆就占72亿元。",
     "2007-03-01", "89亿元", "黑龙江省", "2007-03-01", None, "level", False),
    # the comparison base's own value holds for the base's period
    ("the-base-of-a-comparison-in-brackets",
     "上半年，全县实现农林牧渔业增加值1.8亿元，增长11.6%，较上年同期(3.2%)大幅增长。——鹿寨县",
     "2024-08-20", "3.2%", "鹿寨县", "2023-01/2023-06", None, "growth", False),
    ("the-base-of-a-change-takes-the-figures-months",
     "一季度，全县实现地区生产总值56.82亿元。3月末，全县存款余额440.95亿元。"
     "城乡收入比由上年同期的2.05:1下降为2.02:1。——酉阳县",
     "2025-05-22", "2.05:1", "酉阳县", "2024-01/2024-03", None, "share", False),
    ("the-new-value-after-a-same-period-base",
     "一季度，全县实现地区生产总值56.82亿元。3月末，全县存款余额440.95亿元。"
     "城乡收入比由上年同期的2.05:1下降为2.02:1。——酉阳县",
     "2025-05-22", "2.02:1", "酉阳县", "2025-01/2025-03", None, "share", False),
    ("a-change-from-last-years-value-to-this-years",
     "2019年，全区经济平稳。三次产业结构由上年的4.6:51.6:43.8调整为4.3:51.9:43.8。",
     "2020-04-21", "4.3:51.9:43.8", None, "2019", "三次产业结构", "share", False),
    ("last-years-value-before-the-change",
     "2019年，全区经济平稳。三次产业结构由上年的4.6:51.6:43.8调整为4.3:51.9:43.8。",
     "2020-04-21", "4.6:51.6:43.8", None, "2018", "三次产业结构", "share", False),
    ("a-multiple-of-a-base-year-is-this-years",
     "2024年，全区稀土永磁材料产量8.6万吨，是2020年的2.1倍。",
     "2025-01-20", "2.1倍", None, "2024", None, "multiple", False),
    # a flow counted up to a month, named by its subject's head when no indicator
    ("a-flow-without-indicator-up-to-a-month",
     "据统计，截止8月，全区中小企业实现增加值31.27亿元，同比增长21.83%；总产值83.65亿元。",
     "2011-09-16", "83.65亿元", None, "2011-01/2011-08", None, "level", False),
    ("a-tally-up-to-a-month-holds-at-it",
     "截至11月底，10件民生实事累计完成投资46.8亿元。",
     "2018-12-10", "46.8亿元", None, "2018-11", None, "level", False),
    # indicators named past the words of statistical writing
    ("a-preliminary-estimate-before-the-name",
     "2019年，初步核算全区实现地区生产总值1385.46亿元，按可比价计算，比上年增长6.1%。——通州区",
     "2020-04-21", "1385.46亿元", "通州区", "2019", "地区生产总值", "level", False),
    ("last-years-same-period-is-the-usual-base",
     "二季度全县地区生产总值为143.8亿元，按不变价格计算，比上年同期增长-8.7%。——柳林县",
     "2024-09-09", "-8.7%", "柳林县", "2024-04/2024-06", "地区生产总值", "growth", False),
    # a base years back is still the indicator's growth (most sets; heldout's p02, where this
    # sentence comes from, gives none: README, "Where the gold sets disagree")
    ("a-base-years-back-is-the-same-indicator",
     "一季度，温江区实现地区生产总值126.8亿元，同比增长21.3%，较2019年同期增长14.2%。",
     "2021-04-22", "14.2%", "温江区", "2021-01/2021-03", "地区生产总值", "growth", False),
    ("how-a-figure-is-computed-narrows-nothing",
     "按常住人口、户籍人口计算的人均地区生产总值分别为12.14万元和11.04万元。——通州区",
     "2020-04-21", "12.14万元", "通州区", "2020-04-21", "人均地区生产总值", "level", False),
    ("a-conversion-keeps-the-indicator",
     "按常住人口计算的人均地区生产总值为12.14万元，按当年汇率折算分别是1.76万美元和1.60万美元。——通州区",
     "2020-04-21", "1.60万美元", "通州区", "2020", "人均地区生产总值", "level", False),
    ("an-older-name-of-industry-above-scale",
     "今年元月以来，全区规模工业增加值增长30.09%。——汉滨区",
     "2011-09-16", "30.09%", "汉滨区", "2011-01/2011-09-16", "规模以上工业增加值", "growth", False),
    # a five-year plan's name with 以来/期间/末 is a period; a plan named alone is none
    ("since-a-five-year-plan-began",
     "“十三五”以来，全市累计签约项目600余个，签约金额近5000亿元。——绵阳市",
     "2019-08-04", "600余个", "绵阳市", "2016-01-01/2019-08-04", None, "level", False),
    ("over-a-five-year-plan",
     "“十四五”期间，全市地区生产总值年均增长6.5%。——绵阳市",
     "2026-02-10", "6.5%", "绵阳市", "2021/2025", "地区生产总值", "growth", False),
    ("a-plan-named-alone-is-no-period",
     "今年是“十四五”收官之年，全市新增市场主体1.2万户。——绵阳市",
     "2025-03-10", "1.2万户", "绵阳市", "2025", None, "level", False),
    # 初步核算， before a list's lead is a preamble: the lead's time phrase still governs
    ("a-preliminary-estimate-opens-the-lead",
     "初步核算，一季度全县生产总值完成59.6亿元，增长7.6%。其中，第一产业增加值5.94亿元。"
     "三次产业对经济增长贡献率分别为3.3%、75.2%和21.5%。——闽清县",
     "2017-07-05", "75.2%", "闽清县", "2017-01/2017-03", None, "share", False),
    # measures: a fraction is measured like a percentage; 以…的速度增长 is growth; a
    # shortened time limit (压缩六成) is a change; 新增 counts what is new, a level
    ("a-fraction-after-a-share-word",
     "2024年，全区柑橘线上销量占比达三分之一。——夷陵区",
     "2025-01-10", "三分之一", "夷陵区", "2024", None, "share", False),
    ("a-rate-written-as-a-speed",
     "2006年，市财政总收入以年均20.2%的速度增长。——大庆市",
     "2007-01-15", "20.2%", "大庆市", "2006", None, "growth", False),
    ("a-cut-time-limit-is-a-change",
     "2024年，全市工程建设项目审批时限压缩六成。——包头市",
     "2025-01-08", "六成", "包头市", "2024", None, "growth", False),
    ("new-ones-are-a-level",
     "2024年，全市国家级专精特新“小巨人”企业新增72家、累计达270家。——苏州市",
     "2025-01-15", "72家", "苏州市", "2024", None, "level", False),
    ("an-increase-against-a-base-is-a-difference",
     "2024年末，全市常住人口1000.2万人，比上年末增加14.9万人。——合肥市",
     "2025-03-20", "14.9万人", "合肥市", "2024-12", "常住人口", "difference", False),
    # words of statistical writing between an indicator and its rate: 两年平均,
    # 名义, 扣除价格因素…实际 do not hide the indicator
    ("a-two-year-average-keeps-the-indicator",
     "上半年，全市社会消费品零售总额同比增长18.6%，两年平均增长4.0%。——南宁市",
     "2021-07-21", "4.0%", "南宁市", "2021-01/2021-06", "社会消费品零售总额", "growth", False),
    ("a-real-rate-after-the-price-factor",
     "上半年，全市居民人均可支配收入13536元，同比名义增长12.9%，扣除价格因素实际增长12.1%。——南宁市",
     "2021-07-21", "12.1%", "南宁市", "2021-01/2021-06", "全体居民人均可支配收入", "growth", False),
    # a vital rate per thousand is a level of its own, not a share or a change
    ("a-birth-rate-is-a-level",
     "2021年末，全市常住人口106.85万人，全年出生率为7.62‰，自然增长率1.27‰。——景德镇市",
     "2022-04-13", "1.27‰", "景德镇市", "2021", None, "level", False),
    # 元至九月 is January to September (元 for 元月)
    ("january-to-september-written-yuan",
     "元至九月，全县完成规上工业增加值11.5亿元，增长12.7%。——房县",
     "2018-11-16", "12.7%", "房县", "2018-01/2018-09", "规模以上工业增加值", "growth", False),
    ("headline-period-not-over-names-an-event",
     "二季度重大项目集中开工\n　　本报4月21日讯 今天上午，温江区二季度重大项目集中开工。\n"
     "　　此次集中开工项目28个。",
     "2021-04-22", "28个", "温江区", "2021-04-21", None, "level", False),
    # 此次/本次 point back to the event the item reports: its day, not the posting day
    ("this-event-takes-the-event-day",
     "10月12日，肥西县举行四季度重大项目集中签约活动，共签约项目21个。\n"
     "县长在仪式上致辞。\n本次集中签约亿元以上项目9个、总投资15.2亿元。",
     "2022-10-13", "15.2亿元", "肥西县", "2022-10-12", None, "level", False),
    # a paragraph opened by an as-of point that counts stocks: its later counts in the
    # same unit are at that point too, though a sentence without a time phrase holds them
    ("as-of-lead-counts-later-stocks-of-its-unit",
     "2019年，全区经济运行平稳。\n基本单位。年末全区共有基本单位6120个，比上年增加512个。"
     "其中，法人单位5004个。“四上”企业法人单位402个，规模以上工业企业133个。——合肥市瑶海区统计局",
     "2020-04-20", "402个", "瑶海区", "2019-12", None, "level", False),
    # a price base year (2010年不变价) is no period of the figures around it
    ("a-price-base-year-is-no-period",
     "2020年全区完成生产总值412.3亿元。\n按照每人每年生活水平2300元(2010年不变价)的现行农村贫困标准计算，"
     "15482人农村贫困人口全部实现脱贫。——合肥市瑶海区统计局",
     "2021-03-20", "15482人", "瑶海区", "2020", None, "level", False),
    # 已达: already owed, however a plan word earlier in the sentence reads
    ("already-reached-is-no-plan",
     "该项目与交通项目规划建设政策不符合，同时，我县工程欠款已达2亿元左右，再无多余资金。——肥西县交通运输局",
     "2020-12-01", "2亿元左右", "肥西县", "2020-12-01", None, "level", False),
    # 这些建议中 breaks down the figure of the paragraph before: its as-of date holds
    ("these-items-break-down-the-paragraph-before",
     "截至1月20日下午5时，瑶海区人代会共收到代表建议172件。\n"
     "经逐条分类分析，这些建议中，城建环保类51件，占比29.7%；社会事业类30件，占比17.4%。——合肥市瑶海区人民政府",
     "2021-01-23", "30件", "瑶海区", "2021-01-20", None, "level", False),
    # a task stated as a figure is planned; a task an outcome is measured against is not
    ("a-task-figure-is-planned",
     "2023至2024年度，肥西县高标准农田建设任务6500亩，其中新增建设面积4100亩。",
     "2024-05-30", "6500亩", "肥西县", "2023/2024", None, "level", True),
    # urban and rural joined by 和 before 分别: one name's parts, not two names
    ("urban-and-rural-joined-before-respectively",
     "2018年，全县城镇和农村居民人均可支配收入分别达31250元、16420元，分别增长8.1%、9.2%。——肥西县",
     "2019-02-16", "8.1%", "肥西县", "2018", "城镇居民人均可支配收入", "growth", False),
    # a page that dropped its 县 (全规模以上…) still names the indicator
    ("a-bare-quan-before-an-indicator",
     "1-5月份，全规模以上工业增加值同比增长18.4%。——肥西县统计局",
     "2021-06-25", "18.4%", "肥西县", "2021-01/2021-05", "规模以上工业增加值", "growth", False),
    # 其他 names a part of an indicator, never the indicator
    ("another-part-is-no-indicator",
     "2019年，全县其他服务业增加值18984万元，比上年增长14.2%。——肥西县统计局",
     "2020-07-10", "18984万元", "肥西县", "2019", None, "level", False),
    # a growth computed at comparable prices keeps the level's indicator
    ("comparable-prices-keep-the-indicator",
     "2019年，全县实现地区生产总值288.96亿元（现价，下同），按可比价格比上年增长7.6%。——肥西县统计局",
     "2020-04-30", "7.6%", "肥西县", "2019", "地区生产总值", "growth", False),
    # output at current prices is output; its share of the year's plan is progress, no indicator
    ("output-at-current-prices",
     "1至7月，全县规模以上工业实现现价产值85.6亿元，占年度目标的57.0%。——肥西县",
     "2006-08-08", "85.6亿元", "肥西县", "2006-01/2006-07", "规模以上工业总产值", "level", False),
    ("a-share-of-the-plan-is-progress",
     "1至7月，全县规模以上工业实现现价产值85.6亿元，占年度目标的57.0%。——肥西县",
     "2006-08-08", "57.0%", "肥西县", "2006-01/2006-07", None, "share", False),
    # a stock cue of one figure does not reach the next one's phrase
    ("a-stock-cue-stays-in-its-phrase",
     "上半年，全市经济运行稳定。夏粮再获丰收，全市夏粮播种面积404万亩，夏粮产量187.2万吨。——合肥市统计局",
     "2020-08-04", "187.2万吨", "合肥市", "2020-01/2020-06", None, "level", False),
    # a release whose period is only in its first line: its later paragraphs report on it
    # too, not on the 发布时间 of its metadata line
    ("a-release-period-over-the-metadata-date",
     "来源:合肥市统计局 发布时间:2024年11月21日\n2024年1—10月,合肥市规模以上工业增加值同比下降5.3%。\n"
     "分门类看,采矿业增加值同比下降4.5%,制造业增加值同比下降5.9%。",
     "2024-11-21", "4.5%", "合肥市", "2024-01/2024-10", None, "growth", False),
    # a report's unnumbered review heading over a web paragraph governs its section
    ("an-unnumbered-review-heading",
     "各位代表：\n现在，我代表县人民政府向大会报告工作。\n2025年和“十四五”工作回顾\n"
     "刚刚过去的2025年，县人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实各项决策部署，"
     "统筹发展和安全，着力稳增长、促改革、调结构、惠民生、防风险、保稳定，经济社会发展稳中有进、进中向好。\n主要指标稳中有进。全年完成地区生产总值171.8亿元，同比增长6%。——肥西县",
     "2026-01-14", "171.8亿元", "肥西县", "2025", "地区生产总值", "level", False),
    # "the past year", said in March, is the year before, and so is its paragraph's 全年
    ("the-past-year-said-in-march",
     "日前，代表小组赴肥西县调研。\n据了解，过去的一年，肥西县坚持稳中求进。全年实现地区生产总值15.2亿元，同比增长6%。",
     "2021-03-30", "15.2亿元", "肥西县", "2020", "地区生产总值", "level", False),
    # a park's sentence lends its subject to the subject-less sentence after it
    ("a-park-subject-carries-to-the-next-sentence",
     "一季度，高新区和六个省级工业园区完成工业产值184.3亿元。完成规模以上工业增加值53.9亿元。——玉溪市",
     "2017-05-04", "53.9亿元", "玉溪市", "2017-01/2017-03", None, "level", False),
    # 预计 about a year not yet over is a forecast, even on 26 December (the gold README:
    # "a forecast of a period not yet over"; eval40, eval42, eval46) ...
    ("an-estimate-of-the-ending-year",
     "2018年工作回顾\n预计：全县GDP突破百亿元大关，达112亿元、增长9.1%；一般公共预算收入8.1亿元、增长10.2%。——肥西县",
     "2018-12-26", "112亿元", "肥西县", "2018", "地区生产总值", "level", True),
    # ... and once the year has ended, its early outcome, no target
    ("an-estimate-of-the-ended-year",
     "2018年工作回顾\n预计：全县GDP突破百亿元大关，达112亿元、增长9.1%；一般公共预算收入8.1亿元、增长10.2%。——肥西县",
     "2019-01-10", "112亿元", "肥西县", "2018", "地区生产总值", "level", False),
    # ... but a planned sum on the article's day stays a plan
    ("an-estimate-on-the-day-is-a-plan",
     "项目建设将惠及群众2000余人，预计投入资金165万元。——肥西县",
     "2017-06-25", "165万元", "肥西县", "2017-06-25", None, "level", True),
    # a day counted up to (截至8月31日，完成34件) dates the paragraph's later counts of the same
    # unit; a count announced ahead (将表彰300名) is not one of them
    ("counts-after-a-day-counted-up-to",
     "截至8月31日，圆满完成36件建议的办理。办结率为100%。从办理满意度来看，非常满意27件。——合肥市住房和城乡建设局",
     "2022-09-26", "27件", "合肥市", "2022-08-31", None, "level", False),
    ("a-count-ahead-is-no-count-to-date",
     "截至8月底，全市已有3.1万名教师完成培训。在教师节即将到来之际，全市将表彰优秀教师280名。——合肥市",
     "2020-09-03", "280名", "合肥市", "2020-09-10", None, "level", True),   # Teachers' Day, not 8月底
    # 按…分： breaks down the paragraph before
    ("a-breakdown-by-kind-across-a-paragraph",
     "本报讯 截至2022年12月25日上午9时，大会提案组共收到提案126件。——肥西县\n按提案内容分：经济建设类23件、文化建设类40件。",
     "2022-12-30", "23件", "肥西县", "2022-12-25", None, "level", False),
    # ... but inside a paragraph 按…分： lists the parts of the release's own figures
    ("a-breakdown-by-kind-inside-a-paragraph",
     "1—8月份，全县固定资产投资累计完成10.8亿元。施工项目个数为61个，其中本年新开工项目40个。"
     "按地域分：城镇投资55832万元，农村投资52945万元。——肥西县统计局",
     "2012-10-18", "55832万元", "肥西县", "2012-01/2012-08", None, "level", False),
    ("a-share-of-a-task-is-an-outcome",
     "截至10月底，肥西县招商引资项目累计完成投资6.4亿元，占总任务4.2亿元的152%。",
     "2017-11-02", "152%", "肥西县", "2017-10", None, "share", False),
    # a contribution listed after another is no indicator's own figure either
    ("listed-contributions-are-no-indicator",
     "2021年，全县第一、二、三产业分别拉动GDP增长1.5、2.1、4.4个百分点。——肥西县统计局",
     "2022-04-28", "4.4个百分点", "肥西县", "2021", None, "points", False),
    # 预计完成 on 1 December: a month of the year is left, a forecast; on the 26th it is not
    ("an-estimate-with-a-month-left-is-a-target",
     "今年以来，肥西县预计完成固定资产投资17.1亿元。",
     "2018-12-01", "17.1亿元", "肥西县", "2018", "固定资产投资", "level", True),
    # 预计全年 in a review of a year that is over, said in January: that year's early outcome
    ("an-estimate-in-a-review-of-last-year",
     "各位代表：\n一、2018年工作回顾\n过去一年，全县上下真抓实干。预计全年实现地区生产总值97.4亿元，增长8.1%。——肥西县",
     "2019-01-04", "97.4亿元", "肥西县", "2018", "地区生产总值", "level", False),
    # the year of a change's end dates the change's figures, not the list item after it
    ("the-end-year-of-a-change-stays-in-its-item",
     "各位代表：\n过去的五年，全县地区生产总值从2015年的171.1亿元增加到2020年的207.8亿元，年均增长6.5%；"
     "一般公共预算收入由10.6亿元增加到17亿元，年均增长9.9%；固定资产投资累计完成867亿元。——肥西县",
     "2021-02-19", "17亿元", "肥西县", "2020", "一般公共预算收入", "level", False),
    ("a-cumulative-figure-after-a-change-takes-the-span",
     "各位代表：\n过去的五年，全县地区生产总值从2015年的171.1亿元增加到2020年的207.8亿元，年均增长6.5%；"
     "一般公共预算收入由10.6亿元增加到17亿元，年均增长9.9%；固定资产投资累计完成867亿元。——肥西县",
     "2021-02-19", "867亿元", "肥西县", "2016/2020", "固定资产投资", "level", False),
    ("a-multiple-after-the-end-year-takes-it",
     "由初期财政收入275万元，攀升至2014年的6.8亿元，增长了200多倍。——肥西县",
     "2015-10-09", "200多倍", "肥西县", "2014", None, "multiple", False),
    # a speaker's 他说， and the place before a quarter do not hide it from the next sentence
    ("a-quarter-after-a-speaker-and-a-place",
     "他说，肥西县一季度，地区生产总值增长8.4%，固定资产投资增长10%。社会消费品零售总额增长15.3%，排全市第3位。",
     "2023-05-16", "15.3%", "肥西县", "2023-01/2023-03", "社会消费品零售总额", "growth", False),
    # a plan named as what an area conforms to (符合现行土地利用规划和城乡规划的面积) plans nothing
    ("an-area-conforming-to-the-land-plans-is-no-plan",
     "陕西省新增3个省级经济技术开发区\n\n合阳经开区符合现行土地利用规划和城乡规划的面积为1.1788平方公里,"
     "重点发展现代农副产品加工及机械制造产业,现有企业39户,其中规上企业14户。",
     "2021-02-20", "39户", "合阳经开区", "2021-02-20", None, "level", False),
    # a clause with no place of its own goes on with the place of the figure before it in its
    # sentence, not the page's (a province's reply about one of its counties)
    ("a-clause-goes-on-with-the-place-of-the-figure-before-it",
     "关于云南省十四届人大二次会议第0195号建议的答复\n\n按照《云南省人大常委会办公厅关于认真做好代表建议办理工作的通知》要求,"
     "省农业农村厅高度重视人大代表建议办理工作。\n关于代表所提“截至目前,新平县累计实施高标准农田建设项目39个,"
     "建设面积28.97万亩,占全县耕地面积68.24万亩的42.45%”的问题,我们高度重视。",
     "2024-07-08", "28.97万亩", "新平县", "2024-07-08", None, "level", False),
    ("a-breakdown-goes-on-with-the-place-of-its-whole",
     "关于云南省十四届人大二次会议第0195号建议的答复\n\n二是共下达玉溪市新平彝族傣族自治县农田建设资金17726.72万元,"
     "其中,2019年2165.88万元,2020年2899.17万元。",
     "2024-07-08", "2899.17万元", "新平彝族傣族自治县", "2020", None, "level", False),
    # a size (全长, 路面宽度, 占地面积) stands as of the text's day: a year that opens an earlier
    # sentence does not lead it; one in its own sentence does
    ("a-size-is-not-led-by-an-earlier-sentence-s-year",
     "怀宁县\n\n2018年县上报省交通运输厅农村道路扩面延伸计划699.015公里,总投资约4.5亿元。"
     "县财政补助资金按路面宽度4.5米、4米、3.5米,每公里分别补助30、25、20万元。",
     "2018-11-27", "4米", "怀宁县", "2018-11-27", None, "level", False),
    ("a-size-built-in-its-sentence-s-year-is-of-that-year",
     "怀宁县\n\n2019年,全县拓宽道路5.8公里,新建道路全长12公里。",
     "2020-03-01", "12公里", "怀宁县", "2019", None, "level", False),
    # a report whose title names its months (…2022年1-6月…执行情况的报告) reports on them when
    # its lead names none
    ("a-title-s-months-are-the-report-s-period",
     "[ 发布机构 ] 梁平区人民政府 [有效性]\n[ 成文日期 ] 2022-09-14 [ 发布日期 ] 2022-09-14\n"
     "重庆市梁平区人民政府关于我区2022年1-6月国民经济和社会发展计划执行情况的报告\n区人大常委会\n"
     "现将我区20221-6月国民经济和社会发展计划执行情况报告如下\n一、1-6计划执行情况\n"
     "今年以来，面对复杂严峻的国际环境，全区经济稳中向好。\n全区实现地区生产总值260.1亿元同比(下同)增长6.1%。",
     "2022-09-14", "260.1亿元", "梁平区", "2022-01/2022-06", "地区生产总值", "level", False),
    # a rate with no mark after it (a copy that lost its ；) is of what stands before it, not of
    # the next item's name
    ("a-rate-run-into-the-next-item-is-of-the-one-before",
     "梁平区\n\n其中第一产业增加值15.6亿元,增长6.9%;第二产业增加值132.5亿元,增长6.3%第三产业增加值112亿元,增长5.8%。",
     "2022-09-14", "6.3%", "梁平区", "2022-09-14", "第二产业增加值", "growth", False),
    # 属地 (within its bounds) and 区街 (a zone and its subdistrict) narrow nothing
    ("within-its-bounds-names-no-subgroup",
     "今年1月至4月,松江区实现属地规上工业产值1138.95亿元,完成工业固定资产投资43.87亿元。——松江区",
     "2024-05-24", "1138.95亿元", "松江区", "2024-01/2024-04", "规模以上工业总产值", "level", False),
    ("a-zone-and-its-subdistrict-name-no-subgroup",
     "一季度区街实现规上工业产值181.6亿元,其中3月份单月产值达75.9亿元。——桐乡市",
     "2023-04-20", "181.6亿元", "桐乡市", "2023-01/2023-03", "规模以上工业总产值", "level", False),
    # 首次 between an indicator and its figure names no other subject
    ("a-first-time-keeps-the-indicator",
     "全县规上工业总产值首次突破140亿元。——肥西县",
     "2025-01-23", "140亿元", "肥西县", "2025-01-23", "规模以上工业总产值", "level", False),
    # a yearly capacity inside a project's name is what the project is to make
    ("a-capacity-in-a-project-name-is-a-target",
     "10月20日，肥西县举行重点项目集中开工仪式。总投资8000万元的合肥满仓面业有限公司年加工小麦12万吨面粉项目开工。",
     "2019-10-28", "12万吨", "肥西县", "2019-10-20", None, "level", True),
    # a growth after a share of the year's plan is still the level's indicator's
    ("a-growth-after-a-share-of-the-plan",
     "一季度，全县完成固定资产投资11.08亿元，为年计划的7.7%，同比增长43.7%。——肥西县",
     "2016-04-20", "43.7%", "肥西县", "2016-01/2016-03", "固定资产投资", "growth", False),
    ("a-share-of-the-year-plan-written-wei",
     "一季度，全县完成固定资产投资11.08亿元，为年计划的7.7%，同比增长43.7%。——肥西县",
     "2016-04-20", "7.7%", "肥西县", "2016-01/2016-03", None, "share", False),
    # 目前 over a figure compared with last year's same stretch: the stretch reported on
    # a first line with a comma but no full stop is the headline: the release's 前三季度
    # further down is what it reports on
    ("a-headline-with-a-comma",
     "实现地区生产总值744.94亿元，同比增长6.3%\n农业生产形势较好，第一产业增加值145.88亿元，增长3.8%。"
     "初步统计，前三季度蔬菜产量增长4.5%，中草药材产量增长4.3%，园林水果产量增长7.4%，茶叶产量增长6.3%。\n"
     "工业运行平稳向好，第二产业增加值222.80亿元，增长6.2%。全市规模以上工业增加值同比增长4.9%。——雅安市",
     "2024-10-26", "145.88亿元", "雅安市", "2024-01/2024-09", "第一产业增加值", "level", False),
    # the places of a list's items stay in the list; what follows is the whole's again
    ("a-list-item-s-place-stays-in-the-list",
     "当天的签约项目中，金东区本级25个项目，总投资141.8亿元；金义都市新区7个项目，总投资40.3亿元。"
     "项目投资超过20亿元的有3个。——金东区",
     "2018-10-03", "3个", "金东区", "2018-10-03", None, "level", False),
    ("a-city-new-area-is-a-zone",
     "当天的签约项目中，金东区本级25个项目，总投资141.8亿元；金义都市新区7个项目，总投资40.3亿元。——金东区",
     "2018-10-03", "40.3亿元", "金义都市新区", "2018-10-03", None, "level", False),
    # 全国 opening a ranking's name is no subject
    ("a-national-ranking-is-no-subject",
     "“十四五”时期，宜都市地区生产总值连跨三个百亿台阶，全国县域百强较2020年提升15位。",
     "2026-01-27", "15位", "宜都市", "2021/2025", None, "difference", False),
    # a quarter inside the name of the event held is the event's: the day's figures
    ("a-quarter-in-an-event-name",
     "12月28日上午，绍兴市上虞区举行2020年大会战第四季度系列集中活动，59个重大项目集中签约。",
     "2020-12-29", "59个", "上虞区", "2020-12-28", None, "level", False),
    # a statistical region is a place of its own
    ("a-statistical-region",
     "前三季度，中部地区6个省份主营业务收入同比增长，江西、安徽分别增长13.5%和12%。",
     "2014-11-26", "6个", "中部地区", "2014-01/2014-09", None, "level", False),
    # a yearbook's title names the year it reports on: its counts are that year's
    ("a-yearbook-title-gives-the-year",
     "2016年年鉴\n某镇地方志资料年报\n一、概况资料\n全镇总人口135558人，耕地总面积44587亩，管辖16个村委会。——吴川市",
     "2017-07-15", "135558人", "吴川市", "2016", None, "level", False),
    # 止9月末 counts up to the month's end, as 截至 does
    ("zhi-before-a-month-end",
     "今年以来，全县经济稳定发展。1-9月全县生产总值增长14.9%。茶饮产业成效显著，止9月末，实现茶叶产量1740吨。——平利县",
     "2007-11-02", "1740吨", "平利县", "2007-01/2007-09", None, "level", False),
    # 全年粮食产量 in a release on 1-9月 leads no later sentence of its paragraph
    ("a-whole-year-leads-nothing-in-a-part-year-release",
     "1-9月全县国内生产总值完成8.1亿元，增长14.9%。\n1、农村经济运行平稳。1-9月全县完成农业总产值5.82亿元。"
     "全年粮食产量9.4万吨。新建桑园3000亩，产茧1400吨。——平利县",
     "2007-11-02", "1400吨", "平利县", "2007-01/2007-09", None, "level", False),
    # a short note in brackets after a name is filler
    ("a-bracketed-note-after-the-name",
     "上半年，全区固定资产投资(不含农户)比上年同期增长25.6%。——新疆维吾尔自治区统计局",
     "2021-07-30", "25.6%", "新疆维吾尔自治区", "2021-01/2021-06", "固定资产投资", "growth", False),
    # a region's figures, its shares listed for other places, their changes and its parts
    ("a-region-s-share-listed-for-another-place",
     "上半年成渝地区双城经济圈实现地区生产总值40365.7亿元，占全国总量的6.5%、西部地区的30.7%，"
     "分别比上年同期提高0.1个、0.2个百分点，其中重庆部分14098.2亿元、同比增长6.1%。",
     "2024-08-23", "30.7%", "成渝地区双城经济圈", "2024-01/2024-06", "地区生产总值", "share", False),
    ("a-region-s-share-change",
     "上半年成渝地区双城经济圈实现地区生产总值40365.7亿元，占全国总量的6.5%、西部地区的30.7%，"
     "分别比上年同期提高0.1个、0.2个百分点，其中重庆部分14098.2亿元、同比增长6.1%。",
     "2024-08-23", "0.2个百分点", "成渝地区双城经济圈", "2024-01/2024-06", "地区生产总值", "points", False),
    ("a-place-s-part-of-a-region-s-figure",
     "上半年成渝地区双城经济圈实现地区生产总值40365.7亿元，占全国总量的6.5%、西部地区的30.7%，"
     "分别比上年同期提高0.1个、0.2个百分点，其中重庆部分14098.2亿元、同比增长6.1%。",
     "2024-08-23", "14098.2亿元", "重庆市", "2024-01/2024-06", "地区生产总值", "level", False),
    # a yearly average dated by one year is over the span its paragraph names ending then
    ("a-yearly-average-over-the-paragraph-s-span",
     "报告认为，2007—2011年是全镇经济社会稳步发展的五年。2011年，全镇预计实现地区生产总值26.5亿元，年均增长14.6%。——嘉兴市秀洲区新塍镇",
     "2012-01-13", "14.6%", "新塍镇", "2007/2011", "地区生产总值", "growth", False),
    # a date long past before 前建成 describes what is counted; the plan's span holds
    ("built-before-a-past-date",
     "“十四五”期间，拟对全市2005年12月31日前建成使用，存在失养失修失管严重等问题的184个老旧小区进行改造。——滕州市",
     "2022-07-28", "184个", "滕州市", "2021/2025", None, "level", True),
    # words inside a book title (《…公路网规划》) and 规划为 (is designated as) are no plan
    ("a-plan-s-title-and-a-designation-are-no-target",
     "按照《天水市县乡道公路网规划(2015—2030)》，该路线规划为县道X512，全长23.3公里。——天水市交通运输局",
     "2019-09-25", "23.3公里", "天水市", "2019-09-25", None, "level", False),
    # 净增 before a subject and its figure: a net change
    ("a-net-increase-is-a-difference",
     "上半年，全区累计实现工业开票销售683.72亿元，同比增长11.50%，累计净增开票销售70.51亿元。——常州市金坛区",
     "2019-07-08", "70.51亿元", "金坛区", "2019-01/2019-06", None, "difference", False),
    # 不变价 between an indicator and its growth is filler
    ("at-constant-prices-keeps-the-indicator",
     "上半年，全区地区生产总值实现568.7亿元，不变价增长4.1%。——北京市东城区",
     "2022-07-25", "4.1%", "东城区", "2022-01/2022-06", "地区生产总值", "growth", False),
    # 2016年以来 in a report to a congress at the end of 2020: whole years to the one reviewed
    ("a-report-s-since-a-year",
     "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、十三五工作回顾\n"
     "2016年以来，全县上下较好地完成了十三五规划确定的目标任务。全县地区生产总值年均增长3.7%。——肇源县",
     "2020-12-29", "3.7%", "肇源县", "2016/2020", "地区生产总值", "growth", False),
    # 2020年第一次进行…: the first time that year, a date (not an issue's name, 2024年第二期)
    ("a-year-s-first-time-is-a-date",
     "望花区高标准农田建设起步较晚，2020年第一次进行高标准农田建设，共实施建设3100亩。",
     "2023-04-28", "3100亩", "望花区", "2020", None, "level", False),
    ("now-over-a-same-period-comparison",
     "一季度，全县完成工业增加值7.33亿元。\n目前，重点企业中华阳铝业产值同比增长55.3%。——肥西县",
     "2016-04-20", "55.3%", "肥西县", "2016-01/2016-03", None, "growth", False),
    # a headline, its subtitle and its byline on lines joined as one: the subtitle's 上半年
    # still heads the article's flows
    ("a-headline-joined-to-its-byline",
     "工业强基 再谱新篇\n——通化市上半年经济运行综述\n本报记者 王明 李强\n"
     "年初以来，通化市锚定目标，实干攻坚。\n工业经济以量稳增。通钢集团完成钢材产量 210.5 万吨，增产8万吨。",
     "2025-08-06", "210.5 万吨", "通化市", "2025-01/2025-06", None, "level", False),
    # a headline with figures of its own over a lead paragraph with none: a later paragraph's
    # 一季度 is not the article's period
    ("a-headline-s-figures-over-a-lead-without",
     "开工项目12项 总投资31.6亿元 我县二季度重点项目集中开工\n"
     "5月16日，全市举行二季度重点项目集中开工活动。\n"
     "县长介绍，全县一季度地区生产总值增长8.4%。\n本次集中开工项目12项，总投资31.6亿元。——平山县",
     "2023-05-16", "31.6亿元", "平山县", "2023-05-16", None, "level", False),
    # a level reached under a span of years (过去五年…实现): the span's last year; a tally over
    # the span keeps the span; a stock reached holds on the report's day
    # a breakdown's own month (其中，5月份当月…。) leads nothing after its sentence
    ("a-breakdown-s-month-leads-nothing-after-it",
     "1—5月份，全市规模以上工业增加值同比下降0.8%。其中，5月份当月增加值同比增长6.2%。"
     "分行业看，35个工业行业大类中实现增长的行业增加至15个。——商丘市",
     "2020-06-29", "15个", "商丘市", "2020-01/2020-05", None, "level", False),
    # a second 分别 pairs each figure with the earlier one in its place, where that is known
    ("a-second-respectively-pairs-known-indicators",
     "1—8月，城镇居民人均可支配收入和农民人均现金收入分别为13794元和8866元，分别同比增长9%和9.5%。——琼海市",
     "2013-09-20", "9%", "琼海市", "2013-01/2013-08", "城镇居民人均可支配收入", "growth", False),
    ("a-second-respectively-leaves-an-unknown-one-unknown",
     "1—8月，城镇居民人均可支配收入和农民人均现金收入分别为13794元和8866元，分别同比增长9%和9.5%。——琼海市",
     "2013-09-20", "9.5%", "琼海市", "2013-01/2013-08", None, "growth", False),
    ("a-total-of-fixed-asset-investment",
     "1—8月，全市固定资产投资总额完成88.4亿元，同比增长27.8%。——琼海市",
     "2013-09-20", "88.4亿元", "琼海市", "2013-01/2013-08", "固定资产投资", "level", False),
    # a gap in points against another place's growth is the same indicator's
    ("a-gap-against-the-city-is-the-indicator-s",
     "前三季度，全区地区生产总值同比增长6.5%，高于全市1.8个百分点。——官渡区",
     "2023-10-25", "1.8个百分点", "官渡区", "2023-01/2023-09", "地区生产总值", "points", False),
    ("a-gap-told-with-its-rate-word",
     "上半年，全市规模以上工业增加值增长8.2%，增速比全省高4.1个百分点。——运城市",
     "2024-08-10", "4.1个百分点", "运城市", "2024-01/2024-06", "规模以上工业增加值", "points", False),
    # a headline's words parted by spaces are phrases of their own
    ("a-headline-s-spaced-phrases",
     "张掖市经济运行向好 一二三产业增势明显 上半年全市完成地区生产总值272.86亿元\n日前，记者获悉，全市经济运行向好。",
     "2023-07-29", "272.86亿元", "张掖市", "2023-01/2023-06", "地区生产总值", "level", False),
    ("public-finance-revenue-is-the-budget-revenue",
     "1至8月，全县公共财政收入完成46206万元，同比增长15.7%。——沈丘县",
     "2013-09-30", "46206万元", "沈丘县", "2013-01/2013-08", "一般公共预算收入", "level", False),
    # a paragraph opening with a year: its 全年 is that year's, not the year of publication
    ("a-paragraph-s-year-is-its-whole-year",
     "城关镇\n镇区面积6.5平方公里。2001年，有28115户，6.5万人。全年共引入大小项目28个，引入资金1790万元。",
     "2015-03-23", "1790万元", "城关镇", "2001", None, "level", False),
    # a year naming what is counted after a point counted up to within it: the point governs
    ("a-year-naming-the-projects-after-an-as-of-month",
     "据统计，截至10月底，庆城镇2017年招商引资项目累计完成投资7.4亿元。",
     "2017-11-02", "7.4亿元", "庆城镇", "2017-10", None, "level", False),
    # 全市园区: the parks of the whole city, the city's figure, not the zone last named
    ("the-whole-city-s-parks-are-the-city-s",
     "数据显示，安顺市产业园区总量规模进一步壮大。2016年至2020年，全市园区累计完成工业总产值2469.38亿元。",
     "2021-03-29", "2469.38亿元", "安顺市", "2016/2020", None, "level", False),
    # 全国最大的…: the scope of a superlative, not the figure's place
    ("a-superlative-s-scope-is-no-place",
     "安顺经开区加快发展。\n全国最大的苗药研制生产企业贵州百灵持续领跑，年产值达40亿元。——安顺经开区",
     "2025-12-05", "40亿元", "安顺经开区", "2025-12-05", None, "level", False),
    # 同时，…: a connective before a sentence's opening place
    ("a-connective-before-the-opening-place",
     "12月5日，安顺市召开新闻发布会。\n同时，安顺经开区还推动落地了配件生产制造项目，带动就业超1500人。——安顺市",
     "2025-12-05", "超1500人", "安顺经开区", "2025-12-05", None, "level", False),
    # a lead's tally over several years is no period of the article's later counts
    ("a-tally-over-years-is-no-article-period",
     "数据显示，全市园区规模进一步壮大。2016年至2020年，全市园区累计完成工业总产值2469.38亿元。\n"
     "同时，各开发区设施逐步完善，全市园区中2个基本实现“九通一平”。——安顺市",
     "2021-03-29", "2个", "安顺市", "2021-03-29", None, "level", False),
    ("a-share-under-a-five-year-review",
     "各位代表：\n现在，我代表自治县人民政府向大会报告工作。\n一、“十四五”时期工作回顾\n"
     "五年来，我们抓转型、调结构，产业升级迈出新步伐。钢铁产业税收占45%。——青龙满族自治县",
     "2026-02-28", "45%", "青龙满族自治县", "2025", None, "share", False),
    # a 其中： list's items are plans as their whole is: counts of projects are not, the
    # year's planned investment is; a list ends at its full stop
    ("a-breakdown-item-is-as-its-whole",
     "今年，全县共谋划年度重点工程项目56项，总投资约400亿元，年度计划投资约107亿元，其中：产业转型类项目36项，年度计划投资78亿元；基础设施类项目9项，年度计划投资18亿元。今天集中开工项目共22项，总投资120亿元。——泽州县",
     "2019-04-16", "36项", "泽州县", "2019", None, "level", False),
    ("a-breakdown-item-with-its-own-cue",
     "今年，全县共谋划年度重点工程项目56项，总投资约400亿元，年度计划投资约107亿元，其中：产业转型类项目36项，年度计划投资78亿元；基础设施类项目9项，年度计划投资18亿元。今天集中开工项目共22项，总投资120亿元。——泽州县",
     "2019-04-16", "78亿元", "泽州县", "2019", None, "level", True),
    ("a-list-led-by-a-plan-ends-at-its-full-stop",
     "今年，全县共谋划年度重点工程项目56项，总投资约400亿元，年度计划投资约107亿元，其中：产业转型类项目36项，年度计划投资78亿元；基础设施类项目9项，年度计划投资18亿元。今天集中开工项目共22项，总投资120亿元。——泽州县",
     "2019-04-16", "120亿元", "泽州县", "2019-04-16", None, "level", False),
    # a story of a congress where the work report was given, early in the year: its figures
    # with no time phrase are of the year the report reviews
    ("a-story-of-a-congress-reviews-last-year",
     "本报讯 1月24日，龙华区第二届人民代表大会第三次会议开幕。区长作政府工作报告。\n"
     "报告显示，全区地区生产总值完成2100亿元，增长9%。\n今年，全区将建设现代化城区。——深圳市龙华区",
     "2024-01-25", "2100亿元", "龙华区", "2023", "地区生产总值", "level", False),
    # under a span, a multiple or a gap right after the level reached compares that level
    ("a-multiple-after-a-level-reached",
     "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去五年工作回顾\n"
     "这是综合实力显著增强的五年。地区生产总值从129.8亿元增长到325亿元，是2016年的2.5倍；"
     "人均GDP从32340元提高至81750元，比全省平均水平高9277元。——全椒县",
     "2021-12-26", "2.5倍", "全椒县", "2021", "地区生产总值", "multiple", False),
    ("a-gap-to-the-province-after-a-level-reached",
     "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去五年工作回顾\n"
     "这是综合实力显著增强的五年。地区生产总值从129.8亿元增长到325亿元，是2016年的2.5倍；"
     "人均GDP从32340元提高至81750元，比全省平均水平高9277元。——全椒县",
     "2021-12-26", "9277元", "全椒县", "2021", "人均地区生产总值", "difference", False),
    # a base quarter's own value in brackets holds for that quarter
    ("a-base-quarter-s-own-value",
     "二季度，全县地区生产总值增长8.7%，较一季度(10.8%)回落2.1个百分点。——柳林县",
     "2024-09-09", "10.8%", "柳林县", "2024-01/2024-03", "地区生产总值", "growth", False),
    # a multiple of an earlier year's level is the indicator's too
    ("a-multiple-of-an-earlier-year-s-retail-sales",
     "2025年，全区社会消费品零售总额是2020年的1.4倍。——重庆市渝中区",
     "2026-01-26", "1.4倍", "渝中区", "2025", "社会消费品零售总额", "multiple", False),
    # 人均 alone after an indicator's figures: per head of that indicator
    ("per-head-of-the-indicator-before",
     "2025年，全区地区生产总值实现1781.8亿元、较2020年增长30%，人均突破31万元。——渝中区",
     "2026-01-26", "31万元", "渝中区", "2025", "人均地区生产总值", "level", False),
    ("a-level-reached-in-a-five-year-review",
     "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、“十三五”时期工作回顾\n"
     "过去五年，全县综合实力跃上新台阶。地区生产总值实现325.6亿元，较2015年增长40%；"
     "累计完成固定资产投资1200亿元；农机具保有量达到5.3万台。——宁乡县",
     "2021-01-20", "325.6亿元", "宁乡县", "2020", "地区生产总值", "level", False),
    ("a-tally-over-a-five-year-review",
     "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、“十三五”时期工作回顾\n"
     "过去五年，全县综合实力跃上新台阶。地区生产总值实现325.6亿元，较2015年增长40%；"
     "累计完成固定资产投资1200亿元；农机具保有量达到5.3万台。——宁乡县",
     "2021-01-20", "1200亿元", "宁乡县", "2016/2020", "固定资产投资", "level", False),
    ("a-stock-reached-in-a-five-year-review",
     "各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、“十三五”时期工作回顾\n"
     "过去五年，全县综合实力跃上新台阶。地区生产总值实现325.6亿元，较2015年增长40%；"
     "累计完成固定资产投资1200亿元；农机具保有量达到5.3万台。——宁乡县",
     "2021-01-20", "5.3万台", "宁乡县", "2021-01-20", None, "level", False),
    # a text whose growth is compared with 上半年 counts from January: its bare 三季度 is 前三季度
    ("a-bare-third-quarter-in-a-text-of-figures-from-january",
     "三季度，全县完成地区生产总值60.5亿元，同比增长8.2%，增幅比上半年加快0.5个百分点。——永宁县",
     "2019-10-30", "60.5亿元", "永宁县", "2019-01/2019-09", "地区生产总值", "level", False),
    ("a-third-quarter-set-against-the-three-quarters",
     "前三季度，全县地区生产总值增长6.5%，比上半年加快0.3个百分点，其中三季度增长7.1%。——永宁县",
     "2019-10-30", "7.1%", "永宁县", "2019-07/2019-09", "地区生产总值", "growth", False),
    ("a-third-quarter-with-no-base-from-january",
     "三季度，全县签约招商项目17个，计划总投资44.8亿元。——永宁县",
     "2019-10-30", "17个", "永宁县", "2019-07/2019-09", None, "level", False),
    # what a reporter learned on the story's day holds that day, the place's own sentences too
    ("a-learned-story-s-later-sentence-on-its-own-place",
     "本网讯 (记者 王明)3月13日,记者从区招商中心获悉,1至3月,我区签约产业项目9个,协议引资67.7亿元。\n"
     "与此同时,我区还围绕文旅、工业产业,策划储备了45个项目。——璧山区",
     "2019-03-14", "45个", "璧山区", "2019-03-13", None, "level", False),
    # 比增 (比上年增长) is a growth of the level before it
    ("bi-zeng-is-the-growth-of-the-level-before",
     "今年1-6月份，全县实现地区生产总值29.94亿元，比增14.30%；税收收入2.04亿元，比增21.5%。——惠安县",
     "2012-07-24", "14.30%", "惠安县", "2012-01/2012-06", "地区生产总值", "growth", False),
    # a footnote mark after the level ([注1]) stands between it and its growth
    ("a-footnote-mark-between-a-level-and-its-growth",
     "初步核算，2020年全县生产总值57.85亿元[注1]，按可比价格计算，同比增长2.0%。——杭锦后旗",
     "2021-03-29", "2.0%", "杭锦后旗", "2020", "地区生产总值", "growth", False),
    # a zone's name, read as a body too, narrows no indicator
    ("a-zone-s-gdp-in-a-headline",
     "南京高新区上半年GDP增长6.5%\n记者从会上获悉，今年上半年，南京高新区经济发展稳中有进。",
     "2024-07-29", "6.5%", "南京高新区", "2024-01/2024-06", "地区生产总值", "growth", False),
    ("a-bank-deposit-balance-in-renminbi",
     "此外，全县金融机构人民币存款余额877.7亿元，同比增长10.7%。——阜南县",
     "2023-08-11", "877.7亿元", "阜南县", "2023-08-11", "金融机构存款余额", "level", False),
    # a quotation holding clauses is speech: its cues count
    ("targets-quoted-from-a-work-report",
     "“2025年全县经济社会发展的主要预期目标是：生产总值增长6%以上，社会消费品零售总额增长7%以上……”"
     "一个个具体的目标令人振奋。——建德市",
     "2025-01-17", "6%以上", "建德市", "2025", "地区生产总值", "growth", True),
    # a plan followed (根据…规划), a plan's name closing a phrase and 将 before a place it acts on make no plan
    ("work-done-according-to-a-plan",
     "2023年根据十四五规划及农村供水保障规划，结合各乡镇实际情况，完成了全县农村饮水工程项目的设计施工，"
     "共涉及12个乡镇20处，总投资3000万元。——金寨县",
     "2023-10-07", "3000万元", "金寨县", "2023", None, "level", False),
    ("a-plan-s-name-closing-a-phrase",
     "旗里上报的农牧业经济发展规划，把4个牧业社42.5万亩草牧场列入限制开发区。——鄂托克旗",
     "2024-03-01", "42.5万亩", "鄂托克旗", "2024-03-01", None, "level", False),
    ("jiang-before-a-place-it-acts-on",
     "市政府将鄂托克旗的3个嘎查列入限制开发区。——鄂尔多斯市",
     "2024-03-01", "3个", "鄂托克旗", "2024-03-01", None, "level", False),
    # the year's projects to carry out, told early in that year, are its programme ...
    ("the-year-s-programme-of-projects",
     "今年，全县坚持把项目建设作为重要支撑，全年确定实施重点项目48个，其中续建项目17个。——宜川县",
     "2019-03-25", "48个", "宜川县", "2019", None, "level", True),
    # ... but not projects carried out, told after the year
    ("projects-carried-out-in-a-year-past",
     "2018年，全县共实施重点项目48个，其中续建项目17个。——宜川县",
     "2019-03-25", "48个", "宜川县", "2018", None, "level", False),
    # a date in brackets right after a figure is its own; it dates nothing after it
    ("a-figure-s-own-months-in-brackets",
     "上半年，全区规上工业总产值增长7.4%，规上服务业营业收入增长12.3%(1-5月)，社会消费品零售总额增长9.6%。——东丽区",
     "2023-07-29", "12.3%", "东丽区", "2023-01/2023-05", None, "growth", False),
    ("the-figure-after-a-bracketed-date-keeps-the-lead-s",
     "上半年，全区规上工业总产值增长7.4%，规上服务业营业收入增长12.3%(1-5月)，社会消费品零售总额增长9.6%。——东丽区",
     "2023-07-29", "9.6%", "东丽区", "2023-01/2023-06", "社会消费品零售总额", "growth", False),
    # an area sown in a season is a flow of the period the release reports on ...
    ("a-sown-area-in-a-half-year-release",
     "上半年全县农林牧渔业实现总产值25.67亿元。\n一是粮食生产扎实推进。全县完成早稻播插面积6.8万亩，旱粮播栽面积19.5万亩。"
     "全县现有茶园面积36万亩。——安化县",
     "2021-07-28", "6.8万亩", "安化县", "2021-01/2021-06", None, "level", False),
    # ... while an area that stands (现有茶园面积) holds on the article's date
    ("an-area-that-stands-in-a-half-year-release",
     "上半年全县农林牧渔业实现总产值25.67亿元。\n一是粮食生产扎实推进。全县完成早稻播插面积6.8万亩，旱粮播栽面积19.5万亩。"
     "全县现有茶园面积36万亩。——安化县",
     "2021-07-28", "36万亩", "安化县", "2021-07-28", None, "level", False),
    # a clause telling how things stand now cuts off a plan word before it
    ("how-things-stand-now-is-no-plan",
     "我们对每件提案认真分析调研，确保取得实效，目前16件提案全部在规定时间内办结。——临沭县",
     "2024-12-04", "16件", "临沭县", "2024-12-04", None, "level", False),
    # a figure after a run of years in its clause holds over the run, and is of the indicator of
    # the growth before the run (as eval35's gold reads it)
    ("a-growth-after-a-run-of-years",
     "2022年，小榄镇工业投资37亿元，同比增长36.8%，连续3年增速超过35%。——中山市",
     "2023-03-14", "35%", "小榄镇", "2020/2022", "工业投资", "growth", False),
    # a source formula's place (四川经济网) is the source's, not the sentence's opening place
    ("a-source-formula-s-place-is-the-source-s",
     "遂宁高新区前三季度GDP增长3.6%\n四川经济网遂宁讯 (梁惠 记者 张琳琪)2022年前三季度,遂宁高新区经济运行趋势持续向好,"
     "GDP同比增长3.6%,增速位居全市第二。其中,服务业增加值增长3.1%,增速位居全市第一。",
     "2022-11-23", "3.1%", "遂宁高新区", "2022-01/2022-09", "第三产业增加值", "growth", False),
    # bases listed after 高出 are bases; the bracketed rate after each is that base's own,
    # of the indicator of the sentence's figure; the gaps are the page's
    ("a-base-s-own-rate-in-brackets",
     "1—2月份,全市484家规上工业企业增加值同比增长8.1%,较去年同期(-1.1%)提高9.2个百分点,"
     "分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点。——朔州市",
     "2025-03-28", "6.4%", "山西省", "2025-01/2025-02", "规模以上工业增加值", "growth", False),
    ("a-rate-in-brackets-after-its-period",
     "1—2月份,全市484家规上工业企业增加值同比增长8.1%,较去年同期(-1.1%)提高9.2个百分点,"
     "分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点。——朔州市",
     "2025-03-28", "-1.1%", "朔州市", "2024-01/2024-02", "规模以上工业增加值", "growth", False),
    # only predicates between a name and its figure: the name's figure ...
    ("only-predicates-between-a-name-and-its-figure",
     "2025年上半年，海西州规模以上工业增加值表现尤为突出,同比增长11.9%。——海西州",
     "2025-07-26", "11.9%", "海西州", "2025-01/2025-06", "规模以上工业增加值", "growth", False),
    # ... but not a name read inside a word (税收 in 两税收入) ...
    ("a-name-inside-a-word-is-none",
     "2017年，全区两税收入386.6亿元，增速再创新高。——深圳市龙华区",
     "2018-01-24", "386.6亿元", "龙华区", "2017", None, "level", False),
    # ... nor the base of a comparison (增速比规模以上工业总产值快)
    ("a-compared-indicator-names-no-gap",
     "上半年,全市工业战略性新兴产业总产值8385.47亿元,同比增长14.6%,增速比规模以上工业总产值快2.8个百分点。——上海市",
     "2023-07-21", "2.8个百分点", "上海市", "2023-01/2023-06", None, "points", False),
    # a compared place's rate (比全省的6.1%) and the gap after it are the sentence's indicator
    ("a-compared-place-s-rate-and-the-gap",
     "记者注意到,前三季度,池州全市生产总值同比增长7.5%,比全省的6.1%快1.4个百分点。",
     "2023-10-26", "1.4个百分点", "池州市", "2023-01/2023-09", "地区生产总值", "points", False),
    # a rank between a growth and its gap (居三县第1位, 增速排名全市首位) leaves the gap its indicator
    ("a-rank-between-a-growth-and-its-gap",
     "1-5月份,全县规模以上工业增加值同比增长19.8%,居三县第1位,高于全市平均增速12.0个百分点。——丰宁满族自治县",
     "2024-06-20", "12.0个百分点", "丰宁满族自治县", "2024-01/2024-05", "规模以上工业增加值", "points", False),
    ("gaps-over-a-region-and-a-rank-first",
     "2022年,全区地区生产总值达262亿元,增长7.2%,增速排名全市首位,分别比全国、自治区和全市高4.2、4.3和3.2个百分点。"
     "——梧州市万秀区",
     "2023-03-29", "4.3", "万秀区", "2022", "地区生产总值", "points", False),
    # a bare 第三季度 in a release whose figures run from January (1-9月) is the year so far
    ("a-third-quarter-beside-figures-from-january",
     "第三季度,我市实现生产总值274.79亿元,同比增长7.2%。\n(一)规模以上工业运行平稳\n"
     "1-9月,我市规模以上工业增加值实现同比增长9.5%。——开平市",
     "2018-10-24", "274.79亿元", "开平市", "2018-01/2018-09", "地区生产总值", "level", False),
    # a growth counted up to a month (至9月份止) is over the year so far
    ("a-growth-counted-up-to-a-month",
     "1-9月,我市出口总值98.9亿元,同比增长16.9%。\n至9月份止,我市累计新增十家房地产企业入库统计,"
     "行业从业人员和劳动报酬分别增长19.93%和15.57%。——开平市",
     "2018-10-24", "15.57%", "开平市", "2018-01/2018-09", None, "growth", False),
    # a gap against an earlier stretch (比第二季度快) is the growth's indicator's
    ("a-gap-against-an-earlier-quarter",
     "1-9月,我市固定资产投资实现同比增长18.98%,增长速度比第二季度快1.66个百分点。——开平市",
     "2018-10-24", "1.66个百分点", "开平市", "2018-01/2018-09", "固定资产投资", "points", False),
    # a speech that opens with last year (贾建刚说:2015年,…) reviews it: its 全年 is 2015's
    ("a-speech-opening-with-last-year",
     "县长贾建刚向大会作政府工作报告。在回顾2015年工作时,贾建刚说:2015年,面临最复杂的发展环境,我们迎难而上。"
     "全年实现生产总值83.91亿元、增长10.8%,城乡居民收入达到23292元和7750元、分别增长8.8%和10%。——镇安县",
     "2016-03-03", "83.91亿元", "镇安县", "2015", "地区生产总值", "level", False),
    # 城乡居民收入 joined by 和, then 分别: urban first, rural second, for levels and rates alike
    ("urban-and-rural-incomes-joined-by-he",
     "县长贾建刚向大会作政府工作报告。在回顾2015年工作时,贾建刚说:2015年,面临最复杂的发展环境,我们迎难而上。"
     "全年实现生产总值83.91亿元、增长10.8%,城乡居民收入达到23292元和7750元、分别增长8.8%和10%。——镇安县",
     "2016-03-03", "8.8%", "镇安县", "2015", "城镇居民人均可支配收入", "growth", False),
    ("rural-income-second",
     "县长贾建刚向大会作政府工作报告。在回顾2015年工作时,贾建刚说:2015年,面临最复杂的发展环境,我们迎难而上。"
     "全年实现生产总值83.91亿元、增长10.8%,城乡居民收入达到23292元和7750元、分别增长8.8%和10%。——镇安县",
     "2016-03-03", "7750元", "镇安县", "2015", "农村居民人均可支配收入", "level", False),
    # a name split by 企业 and a verb (规上工业企业完成产值) is the joined name's
    ("a-name-split-by-firms-and-a-verb",
     "1-6月,规上工业企业完成产值314.60亿元,增长3.4%。——钟楼区",
     "2024-07-31", "314.60亿元", "钟楼区", "2024-01/2024-06", "规模以上工业总产值", "level", False),
    ("tourist-spending-is-tourism-revenue",
     "上半年,全市接待游客5965万人次,实现旅游总消费734亿元,同比分别增长119.6%、109.2%。——桂林市",
     "2021-08-11", "109.2%", "桂林市", "2021-01/2021-06", "旅游总收入", "growth", False),
    # a clause with its own year and plan (2016年计划完成投资…) dates and plans only itself
    ("a-dated-plan-clause-reaches-no-later-clause",
     "1-3月份,亿元以上新开工项目49个,总投资92.8亿元,2016年计划完成投资46.3亿元,5亿元以上项目5个,"
     "其中10亿元以上项目2个。——高港区",
     "2016-03-30", "5个", "高港区", "2016-01/2016-03", None, "level", False),
    ("a-dated-plan-clause-itself",
     "1-3月份,亿元以上新开工项目49个,总投资92.8亿元,2016年计划完成投资46.3亿元,5亿元以上项目5个,"
     "其中10亿元以上项目2个。——高港区",
     "2016-03-30", "46.3亿元", "高港区", "2016", None, "level", True),
    # a breakdown by stage (分阶段看) lists the growth's indicator at each stage
    ("a-growth-broken-down-by-stage",
     "初步核算,2021年全旗地区生产总值398.3亿元,同比增长3.4%,两年平均增长2.3%,分阶段看,一季度同比增长16.8%,"
     "上半年同比增长9%,前三季度同比增长5.3%。——乌审旗",
     "2022-01-24", "9%", "乌审旗", "2021-01/2021-06", "地区生产总值", "growth", False),
    # a gap against the stretch before (较上期提高) after a gap against the city keeps the indicator
    ("a-gap-against-the-stretch-before",
     "1-8月份,全区规模以上工业增加值同比增长4.1%,低于全市2.1个百分点,较上期提高0.6个百分点,居全市第6位。——宣州区",
     "2023-09-28", "0.6个百分点", "宣州区", "2023-01/2023-08", "规模以上工业增加值", "points", False),
    # a county's own share of the investment (县内固定资产投资) is the indicator
    ("investment-within-the-county",
     "2017年,全县经济运行稳中向好。规模工业增加值增长4.3%,增幅位居全市第一;完成县内固定资产投资40.68亿元,"
     "增幅位居全市第四。——兴山县",
     "2018-04-24", "40.68亿元", "兴山县", "2017", "固定资产投资", "level", False),
    ("gaps-over-listed-bases",
     "1—2月份,全市484家规上工业企业增加值同比增长8.1%,较去年同期(-1.1%)提高9.2个百分点,"
     "分别高出全国(5.9%)、全省(6.4%)平均水平2.2个和1.7个百分点。——朔州市",
     "2025-03-28", "2.2个", "朔州市", "2025-01/2025-02", "规模以上工业增加值", "points", False),
]


def _figure(page: str, pubdate: str, text: str):  # type: ignore[no-untyped-def]
    ex = extract(page, pubdate=pubdate, source="page.txt")
    found = [q for q in ex.quantities if q.text.replace("\n", "") == text]
    assert found, [q.text for q in ex.quantities]
    return found[0]


@pytest.mark.parametrize(
    ("page", "pubdate", "text", "area", "period", "indicator", "measure", "target"),
    [c[1:] for c in GROWTH_AND_LEVELS + TARGETS + READER_RULES],
    ids=[c[0] for c in GROWTH_AND_LEVELS + TARGETS + READER_RULES])
def test_observation_fields(page: str, pubdate: str, text: str, area: str | None, period: str | None,
                            indicator: str | None, measure: str, target: bool) -> None:
    q = _figure(page, pubdate, text)
    got = (q.area, q.period, q.indicator, q.measure.value, q.target)
    assert got == (area, period, indicator, measure, target)


def test_a_figure_without_words_of_its_own_is_named_by_its_indicator() -> None:
    """地区生产总值(7.5%): a rate in brackets has no subject of its own words; its indicator names it (eval56)."""
    page = "平川区经济运行\n\n其中，地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期目标1.0和4.2个百分点。"
    found = {q.text: q.subject for q in extract(page, pubdate="2023-07-26").quantities}
    assert (found["7.5%"], found["12.7%"]) == ("地区生产总值", "规模以上工业增加值")


def test_no_place_and_no_date_leave_fields_unknown() -> None:
    [q] = extract("全区金融机构达242家。").quantities
    assert (q.area, q.period, q.measure.value, q.target) == (None, None, "level", False)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("一季度温江区经济实现开门红", "全区地区生产总值增长21.3%，成都市增长6.1%。", "温江区"),
    ("", "青岛市统计局发布：全市经济运行平稳，西海岸新区增长5%。", "青岛市"),
    ("", "新区金融机构达242家，西海岸新区上市公司19家。", "青岛西海岸新区"),
    ("", "增速高于全国平均水平。", None),
    # 新建 (newly built) and 资源 (resources) are also counties' short names (新建区, 资源县):
    # ordinary words, so a title of them names no county.
    ("前三季度新建投产企业300家", "本报讯 我省新建投产企业300家。", None),
    ("资源节约集约利用成效明显", "全县单位产值能耗下降3%。", None),
    ("融安：金桔产业年产值超10亿元", "全县金桔种植面积达20万亩。", "融安县"),
    # the one county named is the one compared with: not the article's
    ("前三季度经济运行稳中向好", "前三季度全县主要指标与比拼对象保康县比，增速全面赶超。全县生产总值增长7.5%。", None),
    # a short name inside a word is none: 民乐(县) in 农民乐享 (农民/乐享)
    ("承德兴隆县种地有奖 农民乐享土里刨金", "全县种粮大户达10个。", "兴隆县"),
    # a place that opens a meeting's name in the title is not the article's, beside one that is
    ("延边州全面贯彻吉林省经济工作会议精神", "全州地区生产总值增长7.5%，居吉林省第2位。", "延边州"),
    # ... but alone it still says whose the article is
    ("对个旧市十七届人大六次会议第55号建议的答复", "全市共有老旧小区28个。", "个旧市"),
    # a title's province, when the article speaks as a county in it named as often (全县)
    ("昔日黄沙漫漫的黑龙江“西北风口”",
     "地处黑龙江西部的杜尔伯特县交出了一份答卷。杜尔伯特县规上工业产值64亿元，全县新续建工业项目12个。"
     "杜尔伯特县位居黑龙江8个省级贫困县首位。", "杜尔伯特县"),
    # ... but not one named in passing
    ("黑龙江经济运行稳中向好", "全省生产总值增长5%，杜尔伯特县增长6%。", "黑龙江省"),
    # a county's report whose subtitle names no place: the county it calls by its short name,
    # twice and more than any other (eval55); once is not enough
    ("政府工作报告", "── 2023年1月8日在县第十八届人民代表大会第二次会议上\n各位代表：\n现在，我代表县政府向大会报告工作。\n"
     "2022年，是桦川振兴发展进程中极不寻常的一年。“五个桦川”建设取得积极进展。全县地区生产总值增长6%。", "桦川县"),
    ("政府工作报告", "── 2023年1月8日在县第十八届人民代表大会第二次会议上\n各位代表：\n现在，我代表县政府向大会报告工作。\n"
     "2022年，是桦川振兴发展进程中极不寻常的一年。全县地区生产总值增长6%。", None),
    # a banner named by the short name its government uses (察右后旗, 察哈尔右翼后旗) (eval55)
    ("政府工作报告", "——2023年1月15日在察右后旗第十六届人民代表大会第二次会议上\n各位代表：\n"
     "现在，我代表旗人民政府，向大会报告工作。全旗地区生产总值增长5%。", "察右后旗"),
])
def test_home_area(title: str, body: str, expected: str | None) -> None:
    home = home_area(title, body)
    assert (home.name if home else None) == expected


@pytest.mark.parametrize(("page", "area"), [
    # a town named after its city's stem (石狮蚶江镇) is the town; its 辖区 is its own ground
    ("1-6月份蚶江镇税收收入超1亿\n石狮新闻网7月20日讯 昨日，石狮蚶江镇召开重点工作推进会，通报上半年经济指标"
     "完成情况及辖区重点项目进度。石狮市政协主席参加会议。\n据介绍，今年1-6月份，蚶江全镇实现地区生产总值19.9亿元，"
     "比增14.3%；全镇完成固定资产投资5.2亿元。\n此外，蚶江镇辖区各重点项目有序推进。", "蚶江镇"),
    # a lead opening with a town it names again, its city named only in a firm's name
    ("今年以来，龙凤镇保持发展定力，发展质量稳步提升。\n1-9月，龙凤镇规模工业总产值实现21亿元。"
     "通过以商招商，招商引资到位资金2.65亿元。绵阳龙腾家具有限公司已入驻集中区标准厂房。", "龙凤镇"),
])
def test_a_town_s_own_story(page: str, area: str) -> None:
    ex = extract(page, pubdate="2019-11-25")
    assert ex.articles[0].area == area
    assert {q.area for q in ex.quantities} == {area}


def test_a_town_s_column_on_its_city_s_site_is_the_town_s() -> None:
    page = ("“精造小榄 雅致菊城”!中山+“小榄”频道上线\n栏目:小榄 来源:中山+ 记者 隋胜伟 发布:2023-03-14\n"
            "3月14日,中山日报客户端中山+“小榄”频道正式上线!“小榄”频道将依托中山日报社与中山市小榄镇共建宣传阵地。\n"
            "小榄镇有着800多年的历史,位于中山市的西北部,是广东省中心镇,中山市工业强镇。\n"
            "在中山,小榄一直是经济社会发展的排头兵,集聚中山超17%的市场主体,承载全市17%以上的人口。"
            "社消零总额270.2亿元,总量首次跃升至全市第一。")
    ex = extract(page, pubdate="2023-03-14", source="page.txt")
    assert ex.articles[0].area == "小榄镇"
    areas = {q.text: q.area for q in ex.quantities}
    assert [areas[t] for t in ("超17%", "17%以上", "270.2亿元")] == ["小榄镇"] * 3


@pytest.mark.parametrize(("pubdate", "period"), [("2024-12-04", "2024"), ("2024-06-04", "2024-06-04")])
def test_an_account_of_the_year_s_work_late_in_the_year(pubdate: str, period: str) -> None:
    """今年我局… in an account (…办理情况的汇报) posted from October: its undated figures are
    the year's; posted mid-year, the day's."""
    page = ("临沭县农业农村局关于县政协十届三次会议委员提案办理情况的汇报\n" + pubdate + "\n"
            "今年我局共承办政协提案16件。\n一、提案办理情况\n"
            "《关于加快甘薯产业发展的提案》主要涉及农业产业化。对这4件提案,县农业农村局高度重视,抓好办理落实。")
    ex = extract(page, pubdate=pubdate, source="page.txt", area="临沭县")
    assert {q.text: q.period for q in ex.quantities}["4件"] == period


def test_a_bulletin_titled_over_two_lines() -> None:
    """2022年大东区国民经济和社会发展 / 统 计 公 报: a bulletin on 2022, posted in May 2023;
    城乡社区 in 城乡社区支出 is a budget's heading, no village."""
    page = ("2022年大东区国民经济和社会发展\n统 计 公 报\n大东区统计局\n(2023年5月8日)\n"
            "2022年是党的二十大胜利召开之年,全区上下稳住了经济社会发展大盘。\n一、综合\n"
            "初步核算,全区实现地区生产总值(GDP)982.3亿元,比上年增长4.8%。\n"
            "全年一般公共预算支出60.7亿元,同比增长11.1%。其中,节能环保支出下降4.8%,城乡社区支出增长58.7%。")
    ex = extract(page, pubdate="2023-05-08", source="page.txt")
    found = {q.text: (q.area, q.period) for q in ex.quantities}
    assert found["982.3亿元"] == ("大东区", "2022")
    assert found["58.7%"] == ("大东区", "2022")


def test_a_congress_in_april_with_its_date_on_a_label_line() -> None:
    """| 招商动态 |2018-04-24 over 4月20日上午…开幕: the page's date ends its line (no wrap into
    2018-04-244月20日), the meeting's figures are of its day, the report's of the year before."""
    page = ("兴山县第十八届人民代表大会第四次会议开幕\n| 招商动态 |2018-04-24\n"
            "4月20日上午,兴山县第十八届人民代表大会第四次会议在县文化中心礼堂开幕。\n"
            "本次会议应到代表169人,实际到会代表153人。\n"
            "会上,曹宏伟代表县人民政府向大会作政府工作报告。曹宏伟指出,过去一年,县域经济社会发展呈现良好态势。\n"
            "经济运行质量明显提升。规模工业增加值增长4.3%。")
    ex = extract(page, pubdate="2018-04-24", source="page.txt")
    assert [d.text for d in ex.dates][:2] == ["2018-04-24", "4月20日上午"]
    found = {q.text: q.period for q in ex.quantities}
    assert (found["169人"], found["4.3%"]) == ("2018-04-20", "2017")


def test_a_year_s_goals_with_no_time_phrase_in_january() -> None:
    """主要预期目标是：地区生产总值增长6%以上, in a town's report of January 2024: 2024's goals."""
    page = ("2024年镇政府工作的总体要求是:坚持以高质量发展为主旋律。\n"
            "经济社会发展的主要预期目标是:地区生产总值增长6%以上,全社会固定资产投资增长8%以上。")
    ex = extract(page, pubdate="2024-01-18", source="page.txt", area="通道侗族自治县")
    found = {q.text: (q.period, q.indicator, q.target) for q in ex.quantities}
    assert found["6%以上"] == ("2024", "地区生产总值", True)


def test_a_town_s_own_figures_and_a_short_revenue_name() -> None:
    """镇域地区生产总值 is the town's GDP; 地方一般预算总收入 its budget revenue; 二、三产业比例 the
    structure of its output."""
    page = ("一年来,全镇经济社会发展保持稳中有进的良好态势,镇域地区生产总值16.84亿元,同比增长6.2%;"
            "地方一般预算总收入158.9万元,同比增长52.3%。二、三产业比例为72.8:27.2。")
    ex = extract(page, pubdate="2024-03-18", source="page.txt", area="儋州市")
    found = {q.text: q.indicator for q in ex.quantities}
    assert [found[t] for t in ("16.84亿元", "158.9万元", "72.8:27.2")] == ["地区生产总值", "一般公共预算收入", "三次产业结构"]


def test_a_document_dated_under_its_title() -> None:
    """(2025年11月19日) under an account's title and author, posted five days later: its 至目前
    is that day; its undated counts, after 今年以来, are the year's."""
    page = ("宁县政协十届四次会议委员提案办理情况汇报\n宁县人民政府办公室\n(2025年11月19日)\n"
            "今年以来,县政府办公室严格按照部署要求,推动提案办理工作。现具体汇报如下:\n一、主要做法\n"
            "县政府办定期沟通对接,及时向县政府常务会议汇报3次。\n二、进展情况\n"
            "2025年,县政府办公室共承接协调督办的政协委员提案26件。至目前,已完成或按计划推进提案25件,占96.15%。")
    ex = extract(page, pubdate="2025-11-24", source="page.txt", area="宁县")
    found = {q.text: q.period for q in ex.quantities}
    assert [found[t] for t in ("3次", "26件", "25件")] == ["2025", "2025", "2025-11-19"]


def test_births_after_a_year_end_population_are_the_year_s() -> None:
    page = ("2022年大东区国民经济和社会发展统计公报\n一、综合\n初步核算,全区实现地区生产总值982.3亿元,比上年增长4.8%。\n"
            "2022年末全区户籍人口612926人,同比下降1.19%。其中,男性人口295980人,女性人口316946人。"
            "出生人口2257人,死亡人口8326人。")
    ex = extract(page, pubdate="2023-05-08", source="page.txt")
    found = {q.text: q.period for q in ex.quantities}
    assert [found[t] for t in ("295980人", "2257人", "8326人")] == ["2022-12", "2022", "2022"]


def test_the_project_a_sentence_refers_back_to() -> None:
    """该项目 after a sentence naming a project that opens with a town (来到海流图镇公共交通设施
    工程项目现场): the project's figures are the town's, not the banner's."""
    page = ("10月22日,全旗重大项目建设现场观摩会首日,与会人员走进海流图镇、石哈河镇,实地观摩了各地重大项目。\n"
            "一路亮点闪烁。与会人员来到海流图镇公共交通设施工程项目现场。该项目总投资2206万元,占地面积750平方米。\n"
            "全旗今年实施重大项目52个。")
    ex = extract(page, pubdate="2024-10-22", source="page.txt", area="乌拉特中旗")
    found = {q.text: q.area for q in ex.quantities}
    assert (found["2206万元"], found["750平方米"], found["52个"]) == ("海流图镇", "海流图镇", "乌拉特中旗")


def test_a_goal_striven_for_in_january_is_the_year_s() -> None:
    """力争…线上交易额突破10亿元, in a story of January on the year's work report: 2018's goal."""
    page = ("忠县今年要办长江三峡国际电竞节\n1月12日,忠县县长在《政府工作报告》中表示,今年忠县将发展壮大数字经济。\n"
            "另外,运营好“柑橘网”,力争全国柑橘交易中心线上交易额突破10亿元。")
    [q] = extract(page, pubdate="2018-01-16", source="page.txt").quantities
    assert (q.period, q.target) == ("2018", True)


def test_a_bulletin_opening_with_year_end_counts() -> None:
    """年末全旗常住人口…其中城镇人口… opening a bulletin on 2021: counts at the year's end, and
    the year, not its last month, is what the bulletin's flows are of."""
    page = ("2021年杭锦后旗国民经济和社会发展统计公报\n2021年,全旗坚持稳中求进工作总基调,经济持续稳定恢复。\n一、综合\n"
            "年末全旗常住人口为21.35万人,其中城镇人口11.31万人,占总人口的比重为52.99%。\n"
            "全旗实现地区生产总值125.48亿元,按不变价格计算,同比增长3.8%。")
    found = {q.text: q.period for q in extract(page, pubdate="2022-08-09", source="page.txt").quantities}
    assert (found["11.31万人"], found["125.48亿元"]) == ("2021-12", "2021")


def test_a_year_titled_over_a_lead_on_its_first_three_quarters() -> None:
    """2023年林周县经济社会发展态势良好 over 一是…前三季度…: the article is about 2023; its other
    parts' figures with no time phrase are the year's."""
    page = ("2023年林周县经济社会发展态势良好\n"
            "12月20日上午,拉萨市政府新闻办举行2023年林周县经济社会发展新闻发布会,新闻发言人、林周县副县长介绍相关情况,"
            "全县经济社会发展取得了新的成效。\n"
            "一是改革创新,经济发展成效明显。前三季度,全县地区生产总值完成15.15亿元,同比增长10.4%。\n"
            "二是加大投入,基础设施不断完善。投资2.47亿元实施20个乡村振兴项目。")
    found = {q.text: q.period for q in extract(page, pubdate="2023-12-21", source="page.txt").quantities}
    assert (found["15.15亿元"], found["2.47亿元"]) == ("2023-01/2023-09", "2023")


def test_a_zone_s_own_page_and_a_verb_before_its_kind() -> None:
    """开发区完成规上工业总产值: the zone's own indicator on its page; 充分肯定开发区 is no zone's name."""
    page = ("开发区上半年工业经济稳中有升\n近日下午,经济开发区组织召开半年经济形势分析会。\n"
            "1-5月份,开发区完成规上工业总产值202.4亿元,同比增长18.7%。\n胡文建充分肯定开发区上半年工业经济工作取得的成效。")
    ex = extract(page, pubdate="2017-06-22", source="page.txt", area="永康市")
    assert {(q.area, q.indicator) for q in ex.quantities} == {("永康开发区", "规模以上工业总产值")}
    assert places.gazetteer().mentions("胡文建充分肯定开发区上半年工作") == []


def test_a_two_character_county_keeps_one_suffix() -> None:
    assert [m.text for m in places.gazetteer().mentions("忠县县长江夏在报告中表示")] == ["忠县"]


def test_a_county_s_congress_in_a_city_paper_is_the_county_s() -> None:
    page = ("西宁市湟源县十九届人大四次会议开幕\n来源:西宁晚报    日期:2024-02-28\n"
            "2月27日上午,湟源县第十九届人民代表大会第四次会议在县会议中心开幕。会议听取了湟源县政府工作报告。\n"
            "报告指出,要在现代化新青海建设西宁实践中求实效显担当。\n"
            "今年发展的主要预期目标是:地区生产总值增长5.5%左右;城镇新增就业1000人以上。")
    ex = extract(page, pubdate="2024-02-28", source="page.txt")
    assert ex.articles[0].area == "湟源县"
    assert {q.text: q.area for q in ex.quantities}["5.5%左右"] == "湟源县"


def test_a_town_in_brackets_after_its_zone_is_not_the_page_s() -> None:
    page = ("桐乡经济开发区(高桥街道)获得一季度“流动红旗奖”\n5月9日上午，桐乡市平安建设大会召开。"
            "开发区(高桥街道)获得第一组“流动红旗奖”。今年以来，开发区(高桥街道)大力推进三大攻坚。\n"
            "一季度区街实现规上工业产值181.6亿元。")
    ex = extract(page, pubdate="2023-07-28", area="桐乡市")
    assert [q.area for q in ex.quantities] == ["桐乡经济开发区"]


def test_a_clock_alone_in_yesterday_s_story_is_that_day() -> None:
    page = ("记者 王小林/文 陈海/摄\n奋进新时代。昨日，县第十六届人民代表大会第二次会议隆重开幕。\n"
            "来自全县各条战线的230名人大代表陆续来到会场。\n下午1时30分，大会在雄壮的国歌声中开幕。")
    ex = extract(page, pubdate="2018-01-17")
    assert [(d.text, d.iso) for d in ex.dates] == [("昨日", "2018-01-16"), ("下午1时30分", "2018-01-16T13:30")]


def test_tomorrow_in_a_story_of_last_year_keeps_its_year() -> None:
    """A story of 17日 (12月17日) posted on 9 January moves its 1—8月 to the story's year, but
    明天 is a day counted from the posting day, never the same day a year before (eval77)."""
    page = "平川县人大会议开幕\n17日，平川县十三届人大二次会议开幕。\n本次大会应到代表131名。明天将举行分组讨论。"
    ex = extract(page, pubdate="2018-01-09")
    assert [(d.text, d.iso) for d in ex.dates] == [("17日", "2017-12-17"), ("明天", "2018-01-10")]


def test_a_question_in_a_lead_frames_no_figure() -> None:
    """2026年又有哪些工作安排? in a story's lead asks what the report plans; the review's figures after
    it are no plans of 2026 (eval78)."""
    page = ("12月24日，县十八届人大五次会议开幕。2025年我县取得了哪些成绩？2026年又有哪些工作安排？"
            "今报为你来解读。【和】社会和谐治理有效 完成18个乡镇综治中心规范化建设；建设高标准农田1.4万亩。")
    ex = extract(page, pubdate="2025-12-26", area="平川区")
    assert [(q.text, q.target, (q.period or "")[:4]) for q in ex.quantities] == [
        ("18个", False, "2025"), ("1.4万亩", False, "2025")]


def test_market_entities_by_another_name() -> None:
    """市场经营主体 is 市场主体, counted in 户 and as a rate (eval79)."""
    page = "平川县2025年1-3月经济运行情况\n2025年1-3月，全县实现生产总值42.08亿元。\n——市场经营主体65102户，同比增长6.37%，较上年同期增加3899户。"
    ex = extract(page, pubdate="2025-04-25")
    assert [(q.text, q.indicator) for q in ex.quantities][1:] == [
        ("65102户", "市场主体"), ("6.37%", "市场主体"), ("3899户", "市场主体")]


def test_this_signings_projects_are_of_its_day() -> None:
    """此次签约的4个项目 is of the signing's day (2月17日), not of the 截至目前 written between; an item
    of its 其中, in another unit, is of that day too (eval79)."""
    page = ("本报讯(记者 刘晓磊)2月17日，广西壮族自治区玉林市福绵区举行招商引资项目签约仪式，共签约项目4个，"
            "总投资16.5亿元。截至目前，福绵区今年已累计新签约招商引资项目11个，总投资35.48亿元。\n"
            "此次签约的4个项目与福绵区产业链发展需求高度契合，涵盖纺织服装、生物医药等多个领域。"
            "其中，福绵区与某集团签约的生物医药基地项目，总投资5.5亿元。")
    ex = extract(page, pubdate="2025-03-04")
    assert [(q.text, q.period) for q in ex.quantities][2:] == [
        ("11个", "2025-03-04"), ("35.48亿元", "2025-03-04"), ("4个", "2025-02-17"), ("5.5亿元", "2025-02-17")]


def test_a_county_s_reply_about_a_town_is_the_town_s() -> None:
    """A reply on a county's page (平邑县) to a proposal whose quoted name opens with one of its
    towns (“铜石镇四好公路修建”) is about that town."""
    page_home = gazetteer().lookup("平邑县")[0]
    home = home_area("对县人大十九届四次会议第59号“铜石镇四好公路修建”建议的答复",
                     "县政府高度重视铜石镇农村公路建设,累计投资9100余万元,改造镇域内农村公路88公里。",
                     page_home=page_home)
    assert home is not None and home.name == "铜石镇"
    other = home_area("对县人大十九届四次会议第60号“加快城区道路建设”建议的答复", "全县新建道路12公里。",
                      page_home=page_home)
    assert other == page_home


def test_a_given_place_narrower_than_the_page_s_one_mention_holds() -> None:
    """A county's page that names its province once in a formula (考察浙江…) is the county's
    when its user gives the county; a town's own report (…镇政府工作报告) is the town's."""
    body = "各位代表：\n全镇深入学习贯彻习近平总书记考察浙江重要讲话精神，全年税收收入约3.8亿元。"
    ex = extract("2024年龙游县工作情况\n" + body, pubdate="2025-02-19", area="龙游县")
    assert ex.articles[0].area == "龙游县"
    ex = extract("2024年湖镇镇政府工作报告\n" + body, pubdate="2025-02-19", area="龙游县")
    assert (ex.articles[0].area, ex.quantities[0].area) == ("湖镇镇", "湖镇镇")


def test_a_local_paper_s_place_and_a_bare_zone() -> None:
    """A page from 太仓日报 that names no place and speaks as 高新区 is 太仓高新区's."""
    page = ("高新区发展态势良好\n发布时间:2018-08-10 来源:太仓日报\n"
            "8月3日,高新区召开半年度工作会议。上半年,高新区主要经济指标实现稳健增长,全区完成工业产值400亿元。")
    ex = extract(page, pubdate="2018-08-10")
    assert (ex.articles[0].area, ex.quantities[0].area) == ("太仓高新区", "太仓高新区")


def test_a_town_report_titled_with_its_year_after_the_town() -> None:
    body = "沙沟镇2021年政府工作报告\n各位代表:\n2020年全镇地方财政收入实现2496万元。"
    ex = extract(body, pubdate="2021-02-27", area="沂水县沙沟镇")
    assert (ex.articles[0].area, ex.quantities[0].area) == ("沙沟镇", "沙沟镇")


def test_a_verb_before_village_words_names_no_village() -> None:
    ex = extract("全年新建村组公路100公里，建成村卫生室20个。——兴文县", pubdate="2018-12-26")
    assert {q.area for q in ex.quantities} == {"兴文县"}


def test_every_village_is_no_village() -> None:
    [q] = extract("所有村集体经营性收入达15万元以上。", pubdate="2025-02-19", area="龙游县").quantities
    assert q.area == "龙游县"


def test_a_town_page_with_its_county_named_in_comparison() -> None:
    """A page about one town (青阳县木镇镇…木镇已成为该县的工业强镇之一…全镇) is the town's: 该县
    compares, and 商贸新镇 is a phrase, no town."""
    page = ("改革开放四十年来，青阳县木镇镇发生了翻天覆地的变化，重塑了商贸大镇、商贸新镇的形象。\n"
            "木镇已成为该县的工业强镇之一。2018年全镇新引进项目13个。")
    ex = extract(page, pubdate="2018-12-01")
    assert (ex.articles[0].area, ex.quantities[0].area) == ("木镇镇", "木镇镇")
    assert [d.iso for d in ex.dates if d.text == "四十年来"] == ["1978/2018"]
    assert [q.text for q in ex.quantities] == ["13个"]   # 四十年来 counts nothing


def test_a_city_stem_that_is_a_word_and_a_county_self_reference() -> None:
    """On a city's page, 来宾 opening a clause is 来宾市 (named in full before), and 全县 is the
    county last named, not the city."""
    page = ("1月21日，来宾市人民代表大会开幕，武宣县代表团审议报告。“过去一年，来宾全力稳增长，推动地区生产总值突破千亿元。”"
            "2024年，武宣县三次产业增加值分别增长5.2%、4.7%、4.8%；全县规上工业总产值突破140亿元。")
    found = {q.text: q.area for q in extract(page, pubdate="2025-01-23", area="来宾市").quantities}
    assert (found["千亿元"], found["140亿元"]) == ("来宾市", "武宣县")


def test_a_zone_named_after_its_city_lies_in_its_province() -> None:
    """海东工业园区 is 海东市's zone: 青海 opening its firms' names is no other area."""
    page = ("海东工业园区一季度经济运行实现开门红\n一季度，园区完成工业增加值7.33亿元。"
            "青海国泰盐湖产值同比增长55.33%。")
    found = {q.text: q.area for q in extract(page, pubdate="2016-04-20").quantities}
    assert found["55.33%"] == "海东工业园区"


def test_a_venue_is_not_the_page_s_place() -> None:
    """A city page's story of a fair held elsewhere (浙江(广东)…洽谈会…在广州市举行) is not
    广州市's: 我市 is the page's city, 全省 its province."""
    page = ("昨天，浙江(广东)经济结构调整洽谈会暨项目签约仪式在广州市举行，我市有8个项目顺利签约。\n"
            "在合作项目签约仪式上，全省共有107个项目进行了签约。")
    found = {q.text: q.area for q in extract(page, pubdate="2011-04-12", area="嘉兴市秀洲区").quantities}
    assert found == {"8个": "嘉兴市", "107个": "浙江省"}


def test_a_closing_byline_is_no_article() -> None:
    ex = extract("全市实现地区生产总值744.94亿元，同比增长6.3%。\n本报记者 杨宇龙", pubdate="2024-10-26")
    assert len(ex.articles) == 1 and ex.articles[0].reporters == ()


def test_a_district_report_on_a_district_page() -> None:
    """我代表区人民政府… on a district's page is the district's report, however often it names
    its city; a place after 引进 is where what is brought comes from; a run of years ends with
    the year the report reviews."""
    page = ("各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2025年工作回顾\n"
            "深入学习贯彻习近平总书记视察天津重要讲话精神，圆满完成天津峰会服务保障。"
            "一般公共预算收入达到23.69亿元，同比增长1.3%，连续5年保持正增长。引进北京新设机构55家、项目21个。")
    found = {q.text: q for q in extract(page, pubdate="2026-01-28", area="天津市河北区").quantities}
    assert (found["23.69亿元"].area, found["55家"].area, found["21个"].area) == ("河北区", "河北区", "河北区")
    assert found["5年"].period == "2021/2025"


def test_beijing_s_sub_centre_is_an_area_of_its_own() -> None:
    """北京城市副中心 is a place though 中心 also ends a body's name, and a page about it is
    its own, however often it names Beijing as the scope of a ranking (总量全市第二)."""
    page = ("人民网北京7月25日电 上半年，北京城市副中心地区生产总值实现568.7亿元，高于全市3.4个百分点，居全市第三。\n"
            "上半年，城市副中心固定资产投资同比增长1.8%，总量全市第二；建安投资同比增长6.3%，总量全市第一。")
    ex = extract(page, pubdate="2022-07-25")
    assert ex.articles[0].area == "北京城市副中心"
    assert {q.area for q in ex.quantities} == {"北京城市副中心"}


def test_a_letter_signed_on_its_last_line_with_the_signer() -> None:
    page = ("天水市交通运输局关于对市人大七届四次会议第62号建议的答复\n2019-09-25\n"
            "李银成代表：现答复如下：目前，该路线全长23.3公里。\n天水市交通运输局 2019年7月18日")
    ex = extract(page, pubdate="2019-09-25")
    assert (ex.articles[0].date_source, ex.quantities[0].period) == ("signed", "2019-07-18")


def test_a_region_s_short_name_and_a_typical_town() -> None:
    """双城经济圈 is 成渝地区双城经济圈 (not 双城区); “百千万工程”典型镇 is no town."""
    ex = extract("双城经济圈上半年GDP实现40365.7亿元\n来源:重庆日报\n上半年，经济圈第一产业增加值同比增长3%。",
                 pubdate="2024-08-23")
    assert ex.articles[0].area == "成渝地区双城经济圈"
    ex = extract("各位代表：\n棉湖镇作为“百千万工程”典型镇，全镇完成税收收入11004.94万元。",
                 pubdate="2024-08-17", area="揭西县棉湖镇")
    assert ex.quantities[0].area == "棉湖镇"


def test_article_carries_its_area() -> None:
    ex = extract("西海岸新区召开会议。\n　　本报9月9日讯 全区金融机构达242家。", pubdate=date(2024, 9, 10))
    assert {(a.area, a.area_code) for a in ex.articles} == {("青岛西海岸新区", "370211")}


def test_a_long_run_of_items_in_one_paragraph_is_read_in_bounded_depth() -> None:
    """Thousands of sentences ending in ； in one paragraph (a hostile one-line file):
    looking back for a breakdown's 其中 walks a bounded number of items, no recursion."""
    page = "全区金融机构达242家，同比增长12.5%；" * 3000
    found = extract(page, pubdate="2024-09-10").quantities
    assert len(found) == 6000 and found[-1].period == "2024-09-10"


def test_a_level_after_its_growth_takes_the_growth_s_subject() -> None:
    page = "据统计预测，全县地区生产总值增长12.6%达92.9亿元，招商引资增长25.9%达87.7亿元。——禄丰市"
    got = {q.text: (q.subject, q.indicator) for q in extract(page, pubdate="2021-01-10").quantities}
    assert got["92.9亿元"] == ("地区生产总值", "地区生产总值")
    assert got["87.7亿元"] == ("招商引资", None)


def test_a_level_whose_own_words_are_filler_takes_the_subject_before() -> None:
    """首次突破百亿元大关，达到100.6亿元: 大关 names nothing; the figure is the GDP told before (eval60)."""
    page = "平川县政府工作报告\n\n一、2024年工作回顾\nGDP增长6.0%，首次突破百亿元大关，达到100.6亿元。"
    got = {q.text: q.subject for q in extract(page, pubdate="2025-02-28").quantities}
    assert got["100.6亿元"] == "GDP"


def test_a_growth_after_its_base_takes_the_level_s_subject() -> None:
    page = "全年经济运行较好，实现生产总值19.7亿元，与上年同期对比增长7%。——嵩县"
    got = {q.text: q.subject for q in extract(page, pubdate="2020-01-10").quantities}
    assert got == {"19.7亿元": "生产总值", "7%": "生产总值"}


def test_a_figure_pointed_back_to_is_the_earlier_observation() -> None:
    """“这个8.7%来之不易” after 平川县GDP同比增长8.7% is that observation again, and is found
    though it stands in a quotation (eval30)."""
    page = ("平川县规上企业增加值全部正增长\n\n2020年前三个季度，平川县GDP同比增长8.7%，增速位列全省县域第二名。\n"
            "“这个8.7%来之不易。”县长说。")
    first, again = [q for q in extract(page, pubdate="2021-01-03").quantities if q.text == "8.7%"]
    assert (again.area, again.period, again.indicator, again.measure) == (
        first.area, first.period, first.indicator, first.measure) == ("平川县", "2020-01/2020-09", "地区生产总值", Measure.GROWTH)


def test_a_district_page_speaking_of_its_city_stays_the_districts() -> None:
    """A district's own page (its work report) that names its city more often than itself
    (对北京重要讲话, 首都…, 全市第一) is still the district's (eval43)."""
    page_home = gazetteer().lookup("海淀区")[0]
    body = ("2024年，区政府深入贯彻习近平总书记对北京重要讲话精神，高标准推进北京“四个中心”功能建设，"
            "服务北京发展大局。高质量发展综合绩效评价连续四年全市第一，预计地区生产总值增长6%。")
    assert home_area("政府工作报告(摘登)", body, page_home=page_home) == page_home


def test_a_provinces_story_on_a_citys_page_is_the_provinces() -> None:
    """A province's paper's story copied on a city's e-paper, speaking as the province (我省, 全省;
    ◆云南日报记者), is the province's, not the page's city's (eval76)."""
    page_home = gazetteer().lookup("昭通市")[0]
    body = ("我省实施稳增长政策措施，推动生产稳步增长——\n起步平稳 开局良好\n◆云南日报记者 胡晓蓉\n"
            "今年以来，全省深入贯彻省委、省政府工作要求，紧扣云南“3815”战略发展目标。一季度，全省地区生产总值"
            "7239.25亿元，同比增长4.9%。全省规模以上工业增加值同比增长6.5%，全省固定资产投资同比增长3.6%。")
    home = home_area("起步平稳 开局良好", body, page_home=page_home)
    assert home is not None and home.name == "云南省"


def test_a_long_run_before_a_rate_is_read_without_backtracking() -> None:
    """A long run of characters with no mark before a rate (甲乙丙丁…的增速均在6%及以上; a hostile
    line): the list of short names closed by 等区县 is looked for in one pass, not by trying every
    way of cutting the run into names."""
    page = "平川市区县经济\n\n上半年，全市GDP增速为5%。其中，" + "甲乙丙丁戊己庚辛壬癸" * 30 + "的增速均在6%及以上。"
    found = extract(page, pubdate="2025-08-06").quantities
    assert [q.text for q in found] == ["5%", "6%及以上"]


@pytest.mark.parametrize(("figure", "basis"), [
    ("8%", None), ("13.4%", "比2019年"), ("6.5%", "两年平均"), ("5%", None), ("1.2%", "环比"),
    ("23.6%", "两年平均"), ("14.3%", "两年平均"), ("4.1%", None)])
def test_a_growth_rate_keeps_its_basis(figure: str, basis: str | None) -> None:
    """A rate against another base than the same stretch a year before (环比, 两年平均, an earlier
    year's) says so; a list after its basis word shares it; 比2020年 in a report on 2021 is the
    usual year-on-year rate."""
    page = ("平川区前三季度经济运行\n前三季度，全区地区生产总值同比增长8%，比2019年同期增长13.4%，两年平均增长6.5%。"
            "9月份，社会消费品零售总额同比增长5%，环比增长1.2%。全区规上工业两年平均分别增长23.6%、14.3%。"
            "全区固定资产投资比2020年同期增长4.1%。")
    assert _figure(page, "2021-10-20", figure).basis == basis



def test_last_year_s_same_months_are_the_figure_s() -> None:
    """A caption's day (4月2日) stands between the headline's 一季度 and 比上年同期增长7.0%: 上年同期 is
    the first quarter of last year, as the figure it is the base of is this year's (eval91); alone in a
    year's story it stays last year."""
    page = "新疆一季度经济\n4月2日，工人在车间巡检。\n实现生产总值3975.30亿元，比上年同期增长7.0%。"
    ex = extract(page, pubdate="2022-04-28", area="新疆维吾尔自治区")
    assert [(d.text, d.iso) for d in ex.dates if d.text == "上年同期"] == [("上年同期", "2021-01/2021-03")]
    ex = extract("2015年，全县粮食产量比上年同期增长1.3%。", pubdate="2016-01-20")
    assert [(d.text, d.iso) for d in ex.dates if d.text == "上年同期"] == [("上年同期", "2014")]


def test_a_county_named_once_on_a_region_s_page_is_not_the_page_s() -> None:
    """A reply from the region's department names 敖汉旗 once, among others: on a page given the
    region, the figures of its later paragraphs are the region's, not the banner's (eval72)."""
    page = ("对自治区十三届人大四次会议第246号建议的答复\n格力格代表：\n您提出的建议收悉，现答复如下：\n"
            "我区深入推进草原畜牧业高质量发展。其中安排赤峰市敖汉旗、巴林左旗新建饲草储备库资金270万元。"
            "2017年和2020年自治区发改委下达饲草储备库建设资金765万元，支持陈巴尔虎旗建设2个饲草库。"
            "“十三五”末，牧区储草棚建设面积达到824万平方米，建成大中型饲草料应急储备库112座。")
    ex = extract(page, pubdate="2021-09-30", area="内蒙古自治区")
    assert ex.articles[0].area == "内蒙古自治区"
    assert {q.text: q.area for q in ex.quantities}["112座"] == "内蒙古自治区"


def test_now_in_a_story_of_an_earlier_year_is_the_posting_day() -> None:
    """A reply posted on 16 February tells of 5月16日 and 7月份, last year's: its 目前 (资金目前已经到账)
    is still the posting day, not the same day a year before (eval92)."""
    page = ("夏邑县农业农村局对县政协十届三次会议第11号提案的答复\n来源:农业农村局 发布时间:2020-02-16\n林光明委员:\n"
            "您提出的关于“加快现代特色农业建设,促进县域经济总体发展”的提案收悉。现答复如下:\n"
            "首先非常感谢您对我县农业工作的关心和关注,同时,也感谢您在提案中提出的4项农业工作建议。\n一、大力发展优势产业\n"
            "全县大棚8424西瓜种植面积15万亩,总产量达到60万吨。5月16日,成功举办了第二届河南.夏邑西瓜文化节;"
            "7月份夏邑县食用菌产业园被认定为河南省现代农业产业园,第一批2000万项目资金目前已经到账。")
    ex = extract(page, pubdate="2020-02-16", area="夏邑县")
    assert [(d.text, d.iso) for d in ex.dates if d.text in ("7月份", "目前")] == [("7月份", "2019-07"), ("目前", "2020-02-16")]


def test_a_reply_s_figures_stand_on_its_posting_day() -> None:
    """A reply posted on 16 February names last year's 5月16日, the day a festival was held: the
    counts it tells (4项 suggestions, 现有菇棚1万余座 in the next clause) stand on the day it is
    posted, not on that day (eval92)."""
    page = ("夏邑县农业农村局对县政协十届三次会议第11号提案的答复\n来源:农业农村局 发布时间:2020-02-16\n林光明委员:\n"
            "您提出的关于“加快现代特色农业建设,促进县域经济总体发展”的提案收悉。现答复如下:\n"
            "首先非常感谢您对我县农业工作的关心和关注,同时,也感谢您在提案中提出的4项农业工作建议。\n一、大力发展优势产业\n"
            "全县大棚8424西瓜种植面积15万亩,总产量达到60万吨。5月16日,成功举办了第二届河南.夏邑西瓜文化节;"
            "依托“中国食用菌之乡”品牌优势,实施产业提质增效工程,现有食用菌菇棚1万余座。")
    periods = {q.text: q.period for q in extract(page, pubdate="2020-02-16", area="夏邑县").quantities}
    assert periods["4项"] == "2020-02-16" and periods["1万余座"] == "2020-02-16"


def test_a_rank_moved_forward_is_a_difference() -> None:
    """规上工业增加值增速位次前移8位: a move in rank is a change, as 提升了14位 is (eval93)."""
    page = "陕西一季度经济\n\n主要经济指标增速在全国位次实现前移，规上工业增加值增速位次前移8位；社会消费品零售总额增速位次后移1位。"
    measures = {q.text: q.measure for q in extract(page, pubdate="2021-04-21").quantities}
    assert measures == {"8位": Measure.DIFFERENCE, "1位": Measure.DIFFERENCE}


def test_the_yangling_zone_is_a_place_of_its_own() -> None:
    """杨凌示范区, given as a page's place, is an area the gazetteer knows (over 杨陵区), and its release's
    示范区 is that area, naming no subgroup before an indicator's name (eval97)."""
    page = "10月份示范区经济运行\n\n1-10月，示范区规上工业增加值增长14.3%，增速继续位居全省第一。"
    ex = extract(page, pubdate="2023-11-23", area="杨凌示范区")
    assert [(q.text, q.area, q.indicator) for q in ex.quantities] == [("14.3%", "杨凌示范区", "规模以上工业增加值")]


def test_a_county_s_figures_after_a_meeting_held_in_another_province() -> None:
    """…交流年会在江苏省江阴市召开, then 吴起县's figures: the province and city where the meeting was held
    place nothing, and 城镇居民人均可支配收入 opening a later clause is a group of the county's people,
    no part of the page's place (eval97)."""
    page = ("8月20日，2011全国县城经济科学发展交流年会在江苏省江阴市召开。中国西部百强县(市)名单揭晓，吴起县榜上有名。\n"
            "2010年，吴起县完成生产总值120.93亿元，增长18.1%；城镇居民人均可支配收入19322元，农民人均收入5298元。")
    areas = {q.text: q.area for q in extract(page, pubdate="2011-09-07").quantities}
    assert areas["120.93亿元"] == "吴起县" and areas["19322元"] == "吴起县"
