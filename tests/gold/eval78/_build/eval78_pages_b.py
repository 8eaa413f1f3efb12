"""Annotations of pages 05-08 (河北省's 一季度 2022 story, 山东省's 上半年 2022 story, 常山县's story, 遂昌县's story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
PAGES = {}

# ---------------------------------------------------------------- 05 河北省, a story on the province's 一季度 2022 economy (from the provincial press conference)
HB = "河北省"
HB_Q1 = "2022-01/2022-03"
HB_DAY = "2022-04-21"
PAGES["e78_05_hebei_20220421.txt"] = dict(
    pubdate=HB_DAY,
    pubnote="the address gn/2022/0421 (m.xxznews.com, a news portal's copy; the story's publisher is not named); its "
            "dateline `4月21日` and `今天` are that day",
    area=HB, period=HB_Q1,
    items=[
        D("4月21日", HB_DAY, "day"),
        D("今天", HB_DAY, "day", note="the press conference's day, the dateline's"),
        C("一季度", "inside the press conference's name (河北省一季度国民经济形势新闻发布会), as eval58's 上半年"),
        D("今年一季度", HB_Q1, "period"),
        D("一季度", HB_Q1, "period"),
        Q("9559.8亿元", num("9559.8亿"), "元", "全省生产总值", "level", ind=GDP),
        Q("5.2%", 5.2, "%", "全省生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("548.4亿元", num("548.4亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("6.2%", 6.2, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("3892.2亿元", num("3892.2亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("5.0%", 5.0, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("5119.2亿元", num("5119.2亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("5.1%", 5.1, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        Q("128.3万吨", num("128.3万"), "吨", "猪牛羊禽肉产量", "level"),
        Q("11.7%", 11.7, "%", "猪牛羊禽肉产量增长", "growth"),
        C("三大支柱产业", "fixed phrase naming the three just listed (畜牧、蔬菜、果品三大支柱产业), as the earlier sets' 三大门类"),
        Q("87.5%", 87.5, "%", "三大支柱产业产值占农林牧渔业总产值比重", "share"),
        D("一季度", HB_Q1, "period"),
        Q("5.8%", 5.8, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        C("三大门类", "fixed term (the three sections of industry), as the earlier sets'"),
        Q("7.0%", 7.0, "%", "采矿业增加值增长", "growth"),
        Q("5.1%", 5.1, "%", "制造业增加值增长", "growth"),
        Q("9.3%", 9.3, "%", "电力、热力生产和供应业增加值增长", "growth"),
        Q("6.6%", 6.6, "%", "国有控股企业增加值增长", "growth"),
        Q("5.9%", 5.9, "%", "股份制企业增加值增长", "growth"),
        Q("3.6%", 3.6, "%", "外商及港澳台商投资企业增加值增长", "growth"),
        Q("3.3%", 3.3, "%", "私营企业增加值增长", "growth"),
        D("一季度", HB_Q1, "period"),
        Q("5.9%", 5.9, "%", "批发零售业增加值增长", "growth"),
        Q("11.9%", 11.9, "%", "信息传输、软件和信息技术服务业增加值增长", "growth"),
        Q("12.6%", 12.6, "%", "卫生和社会工作增加值增长", "growth"),
        Q("11.7%", 11.7, "%", "公共管理、社会保障和社会组织增加值增长", "growth"),
        D("一季度", HB_Q1, "period"),
        Q("12.0%", 12.0, "%", "全省固定资产投资增长", "growth", ind="固定资产投资"),
        Q("15.0%", 15.0, "%", "工业投资增长", "growth", ind="工业投资"),
        Q("24.6%", 24.6, "%", "工业技改投资增长", "growth"),
        Q("14.7%", 14.7, "%", "高技术产业投资增长", "growth"),
        Q("33.8%", 33.8, "%", "高技术制造业投资增长", "growth"),
        Q("47.2 %", 47.2, "%", "新开工项目个数增长", "growth", note="written with a space before %"),
        C("亿元以上", "size class (亿元以上新开工项目)"),
        Q("34.4%", 34.4, "%", "亿元以上新开工项目个数增长", "growth"),
        Q("8.3%", 8.3, "%", "房地产投资增长", "growth", ind="房地产开发投资"),
        D("一季度", HB_Q1, "period"),
        Q("3224.7亿元", num("3224.7亿"), "元", "社会消费品零售总额", "level", ind="社会消费品零售总额"),
        Q("7.1%", 7.1, "%", "社会消费品零售总额增长", "growth", ind="社会消费品零售总额"),
        Q("1133.2亿元", num("1133.2亿"), "元", "限额以上消费品零售额", "level"),
        Q("16.1%", 16.1, "%", "限额以上消费品零售额增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 06 山东省, a story on the province's 上半年 2022 economy (from the provincial press conference)
SD = "山东省"
SD_H1 = "2022-01/2022-06"
SD_DAY = "2022-07-20"
PAGES["e78_06_shandong_20220720.txt"] = dict(
    pubdate=SD_DAY,
    pubnote="the address finance/20220720 (finance.sc2p.com, a finance portal's copy; the story's publisher is not named); "
            "the story's 今天 is read as that day",
    area=SD, period=SD_H1,
    items=[
        D("今年二季度以来", "2022-04/2022-07", "period", note="from the second quarter to the story's month"),
        D("上半年", SD_H1, "period"),
        D("今天", SD_DAY, "day", note="the press conference's day: the page's date (unsure; the copy gives no dateline)"),
        D("上半年", SD_H1, "period"),
        Q("41717亿元", num("41717亿"), "元", "山东地区生产总值", "level", ind=GDP),
        Q("3.6%", 3.6, "%", "地区生产总值增长", "growth", ind=GDP),
        D("今年以来", "2022", "period", note="as the earlier sets' 今年以来: the year"),
        D("全年", "2022", "year", note="为完成全年目标任务: the year, as the earlier sets' 全年"),
        D("上半年", SD_H1, "period"),
        Q("5163.8亿元", num("5163.8亿"), "元", "农林牧渔业总产值", "level"),
        Q("5.4%", 5.4, "%", "农林牧渔业总产值增长", "growth"),
        Q("2641.6万吨", num("2641.6万"), "吨", "夏粮总产", "level",
          note="the summer harvest, not the year's 粮食产量"),
        Q("0.2%", 0.2, "%", "夏粮总产增长", "growth"),
        Q("4年", 4, "年", "夏粮总产稳定在2500万吨以上的连续年数", "level", borderline=True, per="2019/2022",
          note="连续4年: a duration (as eval51's 三年)"),
        Q("2500万吨以上", num("2500万"), "吨", "夏粮总产", "level", q="at_least", per="2019/2022",
          note="each of the four summers 2019-2022"),
        D("上半年", SD_H1, "period"),
        Q("4.8%", 4.8, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        Q("15.5%", 15.5, "%", "高技术制造业增加值增长", "growth"),
        Q("10.7个百分点", 10.7, "百分点", "高技术制造业增速高于规模以上工业", "points"),
        Q("261.0%", 261.0, "%", "新能源汽车产量增长", "growth"),
        Q("33.1%", 33.1, "%", "工业机器人产量增长", "growth"),
        Q("18.2%", 18.2, "%", "集成电路产量增长", "growth"),
        C("三个十大", "numeric slogan (“三个十大”行动计划)"),
        D("上半年", SD_H1, "period"),
        Q("7.5%", 7.5, "%", "全省固定资产投资增长", "growth", ind="固定资产投资"),
        Q("16.7%", 16.7, "%", "制造业投资增长", "growth"),
        Q("9.0%", 9.0, "%", "工业技改投资增长", "growth"),
        Q("19.5%", 19.5, "%", "高技术产业投资增长", "growth"),
        Q("36.9%", 36.9, "%", "高技术制造业投资增长", "growth"),
        D("上半年", SD_H1, "period"),
        Q("15734.9亿元", num("15734.9亿"), "元", "货物进出口总额", "level", ind="进出口总额"),
        Q("17.0%", 17.0, "%", "货物进出口总额增长", "growth", ind="进出口总额"),
        Q("15.3%", 15.3, "%", "一般贸易进出口增长", "growth"),
        Q("20.3%", 20.3, "%", "机电产品出口增长", "growth"),
        Q("22.6%", 22.6, "%", "民营企业进出口增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 07 常山县 (浙江 衢州市), a story on the county's 2025 (byline 葛锦熙 赵璐洁), on a copy of 新浪财经's item
CS = "常山县"
CS_DAY = "2026-01-26"
CS_PLAN = "a firm's plan for 2026, a year not yet over at the page's date: a target"
PAGES["e78_07_changshan_20260126.txt"] = dict(
    pubdate=CS_DAY,
    pubnote="the kept line `Xin Lang Cai Jing·2026-01-26 01:55` (reportify.ai, a copy of 新浪财经's item)",
    area=CS, period="2025",
    items=[
        D("2026-01-26 01:55", "2026-01-26T01:55", "time", rel=False, note="the copy's metadata line"),
        D("过去的一年", "2025", "year", note="the year before the story's January 2026"),
        D("全年", "2025", "year"),
        Q("6.4%", 6.4, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("7.6%", 7.6, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        Q("3%", 3, "%", "一般公共预算收入增长", "growth", ind="一般公共预算收入",
          note="the name is broken by a stray space in the copy (一 般公共预算收入)"),
        Q("5.5%", 5.5, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
        Q("6.2%", 6.2, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入"),
        C("三级", "fixed phrase (省市县三级民生实事), as the earlier sets' 两级"),
        Q("200多台", 200, "台", "常宇机械生产车间全自动设备", "level", q="more_than", per=CS_DAY,
          note="a stock, no time given: the page's date"),
        D("2024年", "2024", "year", rel=False),
        D("2025年", "2025", "year", rel=False),
        D("2026年", "2026", "year", rel=False),
        Q("60台", 60, "台", "企业计划新增设备", "level", per="2026", target=True, note=CS_PLAN),
        Q("50多名", 50, "名", "企业计划新招聘员工", "level", q="more_than", per="2026", target=True, note=CS_PLAN),
        Q("翻一番", 2, "倍", "企业产值力争再翻一番", "multiple", per="2026", target=True,
          note="力争…再翻一番: a multiple of 2 aimed at (as the earlier sets' 翻一番); " + CS_PLAN),
        D("近年来", None, "vague"),
        D("过去的一年", "2025", "year"),
        Q("243.6亿元", num("243.6亿"), "元", "规上工业总产值", "level", ind="规模以上工业总产值"),
    ],
)

# ---------------------------------------------------------------- 08 遂昌县 (浙江 丽水市), 浙江在线's item: the county party secretary presents the county
SC = "遂昌县"
SC_DAY = "2015-08-04"
PAGES["e78_08_suichang_20150804.txt"] = dict(
    pubdate=SC_DAY,
    pubnote="the kept line `2015年08月04日 07:01:24` (zjnews.zjol.com.cn, 浙江在线); the address's date is 2015/07/27 — "
            "unsure which is the page's day: the line on the page is used",
    area=SC, period=SC_DAY,
    items=[
        C("两山", "numeric slogan (“两山”故事)"),
        D("2015年08月04日 07:01:24", "2015-08-04T07:01", "time", rel=False, note="the page's date line (seconds dropped)"),
        D("几年前", None, "vague"),
        D("现在", SC_DAY, "now"),
        D("现在", SC_DAY, "now"),
        Q("2539平方公里", 2539, "平方公里", "县域面积", "level"),
        Q("23万", num("23万"), "人", "人口", "level", implied=True, note="人口23万: the unit implied; no year given: the page's date"),
        Q("两街道", 2, "街道", "下辖街道", "level"),
        Q("7镇", 7, "镇", "下辖镇", "level"),
        Q("11乡", 11, "乡", "下辖乡", "level"),
        D("2014年", "2014", "year", rel=False),
        Q("90.92亿元", num("90.92亿"), "元", "生产总值", "level", ind=GDP, per="2014"),
        Q("12908元", 12908, "元", "农村居民人均收入", "level", per="2014",
          note="人均收入, the measure not named (可支配收入 or 纯收入): not mapped to a catalogue name"),
        Q("8年", 8, "年", "农民人均纯收入增幅高于全省全国的连续年数", "level", borderline=True, per="2007/2014",
          note="连续8年: a duration up to 2014"),
        D("2014年", "2014", "year", rel=False),
        Q("60亿元", num("60亿"), "元", "全县旅游总收入", "level", q="more_than", ind="旅游总收入", per="2014"),
        Q("五年", 5, "年", "游客接待人数和旅游总收入高增长的连续年数", "level", borderline=True, per="2010/2014",
          note="连续五年: a duration up to 2014"),
        Q("30%以上", 30, "%", "游客接待人数和旅游总收入增幅", "growth", q="at_least", per="2010/2014"),
    ],
)
