"""Annotations of pages 05-08 (中国经济网's story on 广东's 前三季度 2015, 中国江西网's item on 九江县's 2015
farmland-water project, 长城网's story on 河北's 前三季度 2020 industry and 上游新闻's story on 广西's 2021 work
report), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
TRD = "进出口总额"
EXPT = "出口总额"
IMPT = "进口总额"
CPI = "居民消费价格"
INC = "全体居民人均可支配收入"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 05 广东省, 中国经济网's story on 前三季度 2015 (2015-10-21)
GD = "广东省"
Q3 = "2015-01/2015-09"
PAGES["e68_05_guangdong_20151021.txt"] = dict(
    pubdate="2015-10-21",
    pubnote="from the address (`roll/201510/21/t20151021_…`); the copy has no date line; the release of `20日` in its lead",
    area=GD, period=Q3,
    items=[
        D("20日", "2015-10-20", "day", note="the release's day (广东省统计局20日发布), month and year from the address"),
        D("今年前三季度", Q3, "period"),
        Q("7.9%", 7.9, "%", "GDP增长", "growth", ind=GDP),
        D("第三季度", "2015-07/2015-09", "period"),
        Q("8.3%", 8.3, "%", "第三季度GDP增长", "growth", ind=GDP, per="2015-07/2015-09"),
        D("同期", Q3, "period", note="全国同期: the same months nationally"),
        D("前三季度", Q3, "period"),
        Q("52522.38亿元", num("52522.38亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.9%", 7.9, "%", "地区生产总值增长", "growth", ind=GDP),
        D("一季度", "2015-01/2015-03", "period"),
        Q("7.2%", 7.2, "%", "一季度GDP增长", "growth", ind=GDP, per="2015-01/2015-03"),
        D("二季度", "2015-04/2015-06", "period"),
        Q("8.1%", 8.1, "%", "二季度GDP增长", "growth", ind=GDP, per="2015-04/2015-06"),
        D("三季度", "2015-07/2015-09", "period"),
        Q("8.3%", 8.3, "%", "三季度GDP增长", "growth", ind=GDP, per="2015-07/2015-09"),
        C("三驾马车", "fixed term"),
        D("前三季度", Q3, "period"),
        Q("19895.57亿元", num("19895.57亿"), "元", "固定资产投资(不含农户)", "level", ind=FAI),
        Q("17.0%", 17.0, "%", "固定资产投资名义增长", "growth", ind=FAI),
        Q("17.7%", 17.7, "%", "固定资产投资实际增长", "growth", ind=FAI),
        D("上半年", "2015-01/2015-06", "period", note="增速比上半年回落: the comparison period"),
        Q("0.3个百分点", 0.3, "百分点", "固定资产投资增速比上半年回落", "points", ind=FAI, change="decrease"),
        D("前三季度", Q3, "period"),
        Q("22849.20亿元", num("22849.20亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("10.1%", 10.1, "%", "社会消费品零售总额名义增长", "growth", ind=RET),
        Q("10.6%", 10.6, "%", "社会消费品零售总额实际增长", "growth", ind=RET),
        D("上半年", "2015-01/2015-06", "period", note="the comparison period"),
        Q("0.3个百分点", 0.3, "百分点", "社会消费品零售总额增速比上半年提高", "points", ind=RET),
        D("前三季度", Q3, "period"),
        Q("59.5%", 59.5, "%", "限额以上单位网上零售额增长", "growth"),
        Q("2.5%", 2.5, "%", "网上零售额占社会消费品零售总额的比重", "share"),
        D("前三季度", Q3, "period"),
        Q("44924.9亿元", num("44924.9亿"), "元", "进出口总额", "level", ind=TRD, note="44924.9亿元人民币"),
        Q("4.3%", 4.3, "%", "进出口总额下降", "growth", ind=TRD, change="decrease"),
        D("上半年", "2015-01/2015-06", "period", note="the comparison period"),
        Q("2.5个百分点", 2.5, "百分点", "进出口降幅比上半年扩大", "points", ind=TRD, change="decrease"),
        Q("0.9%", 0.9, "%", "出口增长", "growth", ind=EXPT),
        Q("12.1%", 12.1, "%", "进口下降", "growth", ind=IMPT, change="decrease"),
        D("前三季度", Q3, "period"),
        Q("1.4%", 1.4, "%", "居民消费价格上涨", "growth", ind=CPI),
        D("上半年", "2015-01/2015-06", "period", note="the comparison period"),
        Q("0.2个百分点", 0.2, "百分点", "居民消费价格涨幅比上半年扩大", "points", ind=CPI),
        D("前三季度", Q3, "period"),
        Q("21975元", 21975, "元", "居民人均可支配收入", "level", ind=INC),
        Q("7.2%", 7.2, "%", "居民人均可支配收入实际增长", "growth", ind=INC),
        Q("27410元", 27410, "元", "城镇居民人均可支配收入", "level", ind=URB),
        Q("6.7%", 6.7, "%", "城镇居民人均可支配收入实际增长", "growth", ind=URB),
        Q("10581元", 10581, "元", "农村居民人均可支配收入", "level", ind=RUR),
        Q("8.1%", 8.1, "%", "农村居民人均可支配收入实际增长", "growth", ind=RUR),
    ],
)

# ---------------------------------------------------------------- 06 九江县 (江西 九江市), 中国江西网's item on its 2015 farmland-water project (2015-12-24)
JJ = "九江县"
PAGES["e68_06_jiujiang_20151224.txt"] = dict(
    pubdate="2015-12-24",
    pubnote="from the address (`system/2015/12/24/`); the copy has no date line",
    area=JJ, period="2015",
    items=[
        D("12月22日", "2015-12-22", "day"),
        D("2015年度", "2015", "year", rel=False),
        Q("1500多万元", num("1500万"), "元", "农田水利项目县建设总投资", "level", q="more_than"),
        Q("1200万元", num("1200万"), "元", "其中省级投资", "level"),
        Q("2万余亩", num("2万"), "亩", "受益面积", "level", q="more_than"),
        Q("3万余人", num("3万"), "人", "受益人口", "level", q="more_than"),
    ],
)

# ---------------------------------------------------------------- 07 河北省, 长城网's story on 前三季度 2020 industry (2020-10-28)
HB = "河北省"
HB_Q3 = "2020-01/2020-09"
HB_DAY = "2020-10-28"
SERIES = "inside the series name 「聚焦前三季度河北工业经济」 (a name, as eval58's 上半年 in a press conference's name)"
PAGES["e68_07_hebei_20201028.txt"] = dict(
    pubdate=HB_DAY,
    pubnote="the dateline `长城网10月28日讯` and the address (`a/2020/1028/`)",
    area=HB, period=HB_Q3,
    items=[
        C("前三季度", SERIES),
        Q("7个月", 7, "个月", "规上工业增加值月度正增长的连续月数", "level", borderline=True, per="2020",
          note="a duration (连续7个月), as eval66's 连续9个月; in the title"),
        C("前三季度", SERIES),
        Q("7个月", 7, "个月", "规上工业增加值月度正增长的连续月数", "level", borderline=True, per="2020",
          note="the title repeated by the copy"),
        C("2020年前三季度", "inside the press conference's name (“2020年前三季度河北省工业经济发展情况” 新闻发布会), as eval58's fix"),
        D("10月28日", HB_DAY, "day"),
        D("28日", HB_DAY, "day"),
        C("2020年前三季度", "inside the press conference's name"),
        D("今年以来", "2020", "period"),
        Q("7个月", 7, "个月", "规上工业增加值月度正增长的连续月数", "level", borderline=True, per="2020",
          note="a duration (连续7个月)"),
        D("9月", "2020-09", "month"),
        Q("7.3%", 7.3, "%", "9月规上工业增加值增速", "growth", ind=VA, per="2020-09"),
        D("今年以来", "2020", "period"),
        D("前三季度", HB_Q3, "period"),
        Q("2.7%", 2.7, "%", "规模以上工业增加值增长", "growth", ind=VA),
        D("前8个月", "2020-01/2020-08", "period", note="环比前8个月: the comparison period"),
        Q("0.7个百分点", 0.7, "百分点", "规上工业增速比前8个月回升", "points", ind=VA),
        D("上半年", "2020-01/2020-06", "period", note="the comparison period"),
        Q("1.9个百分点", 1.9, "百分点", "规上工业增速比上半年提高", "points", ind=VA),
        Q("1.5个百分点", 1.5, "百分点", "规上工业增速高于全国平均", "points", ind=VA),
        D("一季度", "2020-01/2020-03", "period"),
        Q("4.8%", 4.8, "%", "一季度规上工业增加值下降", "growth", ind=VA, change="decrease", per="2020-01/2020-03"),
        D("二、三季度", "2020-04/2020-09", "period", note="the second and third quarters, one span"),
        Q("5.2%", 5.2, "%", "二季度规上工业增加值增长", "growth", ind=VA, per="2020-04/2020-06"),
        Q("6.5%", 6.5, "%", "三季度规上工业增加值增长", "growth", ind=VA, per="2020-07/2020-09"),
        D("9月份", "2020-09", "month"),
        Q("217.5亿千瓦时", num("217.5亿"), "千瓦时", "工业用电量", "level", per="2020-09"),
        Q("8.7%", 8.7, "%", "9月份工业用电量增长", "growth", per="2020-09"),
        D("1-9月份", HB_Q3, "period"),
        Q("1846.5亿千瓦时", num("1846.5亿"), "千瓦时", "工业用电量", "level"),
        Q("1.6%", 1.6, "%", "工业用电量下降", "growth", change="decrease"),
        D("年初", "2020-01", "period"),
        Q("16.2%", 16.2, "%", "年初工业用电量下降", "growth", change="decrease", per="2020-01"),
        D("1-8月份", "2020-01/2020-08", "period", note="the comparison period"),
        Q("1.2个百分点", 1.2, "百分点", "工业用电量降幅比1-8月份收窄", "points"),
        Q("108.9%", 108.9, "%", "南网监测企业复产率", "share", per=HB_DAY, note="已回升至: as of the story's date"),
        Q("119.7%", 119.7, "%", "北网监测企业复产率", "share", per=HB_DAY),
    ],
)

# ---------------------------------------------------------------- 08 广西壮族自治区, 上游新闻's story on the 2021 work report (2021-01-21)
GX = "广西壮族自治区"
GX_DAY = "2021-01-21"
PAGES["e68_08_guangxi_20210121.txt"] = dict(
    pubdate=GX_DAY,
    pubnote="the congress's opening day `1月21日` in the lead (the 13th congress's 4th session, 2021, the year from the "
            "report's `2021年…增长目标`); the copy has no date line",
    area=GX, period="2020",
    items=[
        D("1月21日", GX_DAY, "day"),
        O("第十三届", "congress term"),
        O("第四次", "session number"),
        D("2020年", "2020", "year", rel=False),
        Q("3.7%", 3.7, "%", "全区地区生产总值增长", "growth", ind=GDP),
        D("2021年", "2021", "year", rel=False),
        Q("7.5%以上", 7.5, "%", "全区生产总值增长目标", "growth", q="at_least", ind=GDP, per="2021", target=True),
        D("2020年", "2020", "year", rel=False),
        Q("3.7%", 3.7, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("4.2%", 4.2, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("3.5%", 3.5, "%", "进出口总额增长", "growth", ind=TRD),
        O("一是", "list marker"),
        O("二是", "list marker"),
        O("三是", "list marker"),
        O("四是", "list marker"),
        C("三企入桂", "numeric slogan"),
        O("五是", "list marker"),
        O("六是", "list marker"),
        D("2020年", "2020", "year", rel=False),
        C("十三五", "fixed term (the 13th five-year plan)"),
        C("十三五", "fixed term"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        Q("11个", 11, "个", "十四五时期重点任务方面", "level", borderline=True, per="2021/2025", target=True,
          note="a count of the plan's task areas (要重点抓好11个方面任务) for the 十四五 period"),
        C("一带一路", "fixed term"),
        D("今年", "2021", "year"),
        Q("7.5%以上", 7.5, "%", "地区生产总值增长(预期目标)", "growth", q="at_least", ind=GDP, per="2021", target=True),
        Q("8%以上", 8, "%", "规模以上工业增加值增长(预期目标)", "growth", q="at_least", ind=VA, per="2021", target=True),
        Q("5%左右", 5, "%", "财政收入增长(预期目标)", "growth", q="approx", per="2021", target=True),
        Q("15%以上", 15, "%", "固定资产投资增长(预期目标)", "growth", q="at_least", ind=FAI, per="2021", target=True),
        Q("12%以上", 12, "%", "社会消费品零售总额增长(预期目标)", "growth", q="at_least", ind=RET, per="2021", target=True),
        Q("7%以上", 7, "%", "进出口总额增长(预期目标)", "growth", q="at_least", ind=TRD, per="2021", target=True),
    ],
)
