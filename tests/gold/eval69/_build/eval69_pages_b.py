"""Annotations of pages 05-08 (中国新闻网's story on 西藏's 2019 work report, 青岛网络电视台's on 山东's 2019 work report,
新华网's on 山西's 前三季度 2023 and 中国新闻网's on 新疆兵团's 1至8月 2023), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PI = "第一产业增加值"
SI = "第二产业增加值"
TI = "第三产业增加值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
TRD = "进出口总额"
CPI = "居民消费价格"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 05 西藏自治区, 中国新闻网's story on the 2019 work report (2019-01-11)
XZ = "西藏自治区"
PAGES["e69_05_xizang_20190111.txt"] = dict(
    pubdate="2019-01-11",
    pubnote="the kept line `赵朗 易雪萍 发布时间:2019-01-11 08:22:00来源: 中国新闻网` and the address 201901/t20190111 "
            "(tibet.cn, 中国西藏网's copy of 中国新闻网's story)",
    area=XZ, period="2018",
    items=[
        D("2019-01-11 08:22:00", "2019-01-11T08:22", "time", rel=False, note="page metadata line (to the minute, as the format has it)"),
        O("第十一届", "congress term"),
        O("第二次", "session"),
        D("1月10日", "2019-01-10", "day"),
        D("2018年", "2018", "year", rel=False),
        Q("1400亿元", num("1400亿"), "元", "西藏地区生产总值", "level", q="more_than", ind=GDP,
          note="预计…突破1400亿元: an early estimate of 2018, a year over when the report was given: not a target"),
        Q("10%左右", 10, "%", "地区生产总值增长", "growth", q="approx", ind=GDP),
        D("当日", "2019-01-10", "day", note="the session's day (1月10日)"),
        Q("10名", 10, "名", "抢救性记录成果通过验收的国家级代表性传承人", "level",
          note="a result the report gives for the reviewed year"),
        D("2018年", "2018", "year", rel=False),
        D("全年", "2018", "year"),
        Q("48亿元", num("48亿"), "元", "全年进出口贸易额", "level", ind=TRD),
        Q("1.8倍", 1.8, "倍", "边民互市贸易额增长", "multiple"),
        Q("707个", 707, "个", "实施援藏项目", "level"),
        Q("44亿元", num("44亿"), "元", "援藏项目完成投资", "level"),
        D("2018年", "2018", "year", rel=False),
        Q("107亿元", num("107亿"), "元", "生态安全屏障保护与建设累计投入", "level",
          note="累计投入 in a sentence led by 2018年: the year's"),
        D("2019年", "2019", "year", rel=False),
        C("第三极", "fixed term (“地球第三极”, a brand name)"),
        Q("4000万人次", num("4000万"), "人次", "旅游接待人数", "level", q="more_than", ind="接待游客", per="2019",
          target=True, note="力争…突破4000万人次: an aim of 2019, the year just begun"),
        Q("580亿元", num("580亿"), "元", "旅游收入", "level", ind="旅游总收入", per="2019", target=True,
          note="力争…达到580亿元: an aim of 2019"),
    ],
)

# ---------------------------------------------------------------- 06 山东省, a story on the 2019 work report (2019-02-14)
SD = "山东省"
PAGES["e69_06_shandong_20190214.txt"] = dict(
    pubdate="2019-02-14",
    pubnote="the lead `2月14日` with the address 2019/02/14 (news.qtv.com.cn, 青岛网络电视台); the copy has no date line",
    area=SD, period="2018",
    items=[
        D("2月14日", "2019-02-14", "day"),
        O("十三届人大二次", "congress term and session as one span (as eval51's)"),
        D("一年来", "2018", "year", note="the reviewed year"),
        C("十三五", "fixed term"),
        D("全年", "2018", "year"),
        Q("7.65万亿元", num("7.65万亿"), "元", "全年生产总值", "level", ind=GDP),
        D("上年", "2017", "year"),
        Q("6.4%", 6.4, "%", "生产总值增长", "growth", ind=GDP),
        Q("1000亿斤", num("1000亿"), "斤", "粮食总产", "level", q="more_than", ind="粮食产量"),
        Q("5.2%", 5.2, "%", "规模以上工业增加值增长", "growth", ind=VA),
        C("三大需求", "fixed term (investment, consumption and exports)"),
        Q("4.1%", 4.1, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("8.8%", 8.8, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("1.93万亿元", num("1.93万亿"), "元", "进出口总额", "level", ind=TRD),
        Q("7.7%", 7.7, "%", "进出口总额增长", "growth", ind=TRD),
        Q("136.8万人", num("136.8万"), "人", "城镇新增就业", "level", ind="城镇新增就业"),
        Q("3.35%", 3.35, "%", "城镇登记失业率", "share", ind="城镇登记失业率",
          note="控制在3.35%: the outcome of a year that is over, exact (as eval59's)"),
        Q("2.5%", 2.5, "%", "居民消费价格上涨", "growth", ind=CPI),
        Q("10.3%", 10.3, "%", "规模以上工业企业利润增长", "growth"),
        Q("6485亿元", num("6485亿"), "元", "地方一般公共预算收入", "level", ind=REV),
        Q("6.3%", 6.3, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("75.5%", 75.5, "%", "税收占比", "share"),
        Q("3个百分点", 3, "百分点", "税收占比提高", "points"),
        C("四新", "numeric slogan (“四新”经济)"),
        C("四新", "numeric slogan (“四新”经济)"),
        Q("43.9%", 43.9, "%", "“四新”经济投资占固定资产投资比重", "share"),
        C("PM2.5", "name with digits (as eval3's)"),
        Q("9.6%", 9.6, "%", "环境空气质量综合指数改善", "growth", change="decrease",
          note="改善: the index fell (lower is better)"),
        Q("14%", 14, "%", "细颗粒物平均浓度改善", "growth", change="decrease",
          note="分别改善9.6%、14%: the concentration fell; the unit written on each"),
        Q("7.5%", 7.5, "%", "城镇居民人均可支配收入增长", "growth", ind=URB),
        Q("7.8%", 7.8, "%", "农村居民人均可支配收入增长", "growth", ind=RUR),
        Q("79%", 79, "%", "财政民生支出占比", "share"),
        O("十三届人大一次", "congress term and session as one span"),
    ],
)

# ---------------------------------------------------------------- 07 山西省, 新华网's story on 前三季度 2023 (2023-10-24)
SX = "山西省"
SX_P = "2023-01/2023-09"
YTD_NOTE = "a paragraph led by 今年以来 in a release on 前三季度: the release's period"
PAGES["e69_07_shanxi_20231024.txt"] = dict(
    pubdate="2023-10-24",
    pubnote="the kept line `时间:2023-10-24 09:25:03 来源:新华网` (zixun.shlzdq.top, a portal's copy of 新华网's story)",
    area=SX, period=SX_P,
    items=[
        D("2023-10-24 09:25:03", "2023-10-24T09:25", "time", rel=False, note="page metadata line (to the minute, as the format has it)"),
        C("三次产业", "fixed term"),
        D("前三季度", SX_P, "period", note="subtitle"),
        Q("18049.37亿元", num("18049.37亿"), "元", "全省地区生产总值", "level", ind=GDP),
        Q("4.5%", 4.5, "%", "地区生产总值增长", "growth", ind=GDP),
        D("10月23日", "2023-10-23", "day"),
        D("前三季度", SX_P, "period"),
        Q("18049.37亿元", num("18049.37亿"), "元", "全省地区生产总值", "level", ind=GDP),
        D("上年同期", "2022-01/2022-09", "period"),
        Q("4.5%", 4.5, "%", "地区生产总值增长", "growth", ind=GDP),
        C("三次产业", "fixed term"),
        D("今年以来", "2023", "period", note="as the earlier sets' 今年以来: the year"),
        D("前三季度", SX_P, "period"),
        O("第一产业", "industry ordinal"),
        Q("907.62亿元", num("907.62亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("3.5%", 3.5, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("8720.94亿元", num("8720.94亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("4.6%", 4.6, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("8420.82亿元", num("8420.82亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("4.5%", 4.5, "%", "第三产业增加值增长", "growth", ind=TI),
        D("今年以来", "2023", "period"),
        D("今年以来", "2023", "period"),
        Q("101439.7万吨", num("101439.7万"), "吨", "规上原煤产量", "level", note=YTD_NOTE),
        Q("4.5%", 4.5, "%", "原煤产量增长", "growth"),
        Q("3229.8亿千瓦时", num("3229.8亿"), "千瓦时", "发电量", "level"),
        Q("4.7%", 4.7, "%", "发电量增长", "growth"),
        Q("1168.1亿千瓦时", num("1168.1亿"), "千瓦时", "外送电量", "level"),
        Q("10.9%", 10.9, "%", "外送电量增长", "growth"),
        Q("105.2亿立方米", num("105.2亿"), "立方米", "非常规天然气产量", "level"),
        Q("7.8%", 7.8, "%", "非常规天然气产量增长", "growth"),
        Q("12.5%", 12.5, "%", "战略性新兴产业增加值增长", "growth"),
        Q("36.3%", 36.3, "%", "节能环保产业增长", "growth"),
        Q("57.9%", 57.9, "%", "废弃资源综合利用业增长", "growth"),
        Q("8%", 8, "%", "食品工业增长", "growth"),
        Q("14.6%", 14.6, "%", "住宿和餐饮业增长", "growth"),
        Q("7%", 7, "%", "金融业增长", "growth"),
        Q("6.3%", 6.3, "%", "交通运输、仓储和邮政业增长", "growth"),
        D("前三季度", SX_P, "period"),
        Q("5.3倍", 5.3, "倍", "照相器材类零售额增长", "multiple"),
        Q("55%", 55, "%", "新能源汽车零售额增长", "growth"),
        Q("49.4%", 49.4, "%", "可穿戴智能设备零售额增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 08 新疆生产建设兵团, 中国新闻网's story on 1至8月 2023 (2023-09-20)
BT = "新疆生产建设兵团"
BT_P = "2023-01/2023-08"
PAGES["e69_08_bingtuan_20230920.txt"] = dict(
    pubdate="2023-09-20",
    pubnote="the kept line `2023-09-20来源:中国新闻网` and the address 2023/09/20 (chinaxinjiang.cn, 中国新疆网's copy of "
            "中国新闻网's story)",
    area=BT, period=BT_P,
    items=[
        D("2023-09-20", "2023-09-20", "day", rel=False, note="page metadata line"),
        D("9月19日", "2023-09-19", "day", note="dateline"),
        D("19日", "2023-09-19", "day"),
        D("今年1至8月", BT_P, "period"),
        Q("两位数", 10, "%", "中小微企业增速", "growth", q="more_than",
          note="突破两位数: past 10 % (as eval42's 两位数, with 突破 as more_than)"),
        D("去年8月", "2022-08", "month"),
        D("今年8月", "2023-08", "month"),
        D("今年以来", "2023", "period"),
        D("1-8月", BT_P, "period"),
        D("1-7月", "2023-01/2023-07", "period", note="较1-7月加快: the comparison period"),
        Q("1.0个百分点", 1.0, "百分点", "固定资产投资增速较1-7月加快", "points", ind=FAI),
        Q("0.4个百分点", 0.4, "百分点", "规模以上工业增速加快", "points", ind=VA),
        Q("8.0个百分点", 8.0, "百分点", "限额以上社会消费品零售额增速加快", "points"),
        D("1至8月", BT_P, "period"),
        Q("8.5%", 8.5, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("3422个", 3422, "个", "在建项目", "level"),
        D("上年同期", "2022-01/2022-08", "period"),
        Q("162个", 162, "个", "在建项目比上年同期多", "difference"),
        Q("5.0%", 5.0, "%", "在建项目增长", "growth"),
        Q("3.1%", 3.1, "%", "规模以上工业增加值增长", "growth", ind=VA),
        Q("11.0%", 11.0, "%", "中小微型企业增加值增长", "growth"),
        Q("4个月", 4, "个月", "中小微型企业增加值增速连续加快的月数", "level", note="a duration (连续4个月)"),
        Q("139.34亿元", num("139.34亿"), "元", "限额以上单位社会消费品零售额", "level"),
        Q("11.6%", 11.6, "%", "限额以上单位社会消费品零售额增长", "growth"),
        D("8月", "2023-08", "month", note="8月当月"),
        Q("105.4%", 105.4, "%", "8月限额以上单位社会消费品零售额增长", "growth", per="2023-08"),
        D("7月", "2023-07", "month", note="高于7月: the comparison month"),
        Q("96.2个百分点", 96.2, "百分点", "8月增速高于7月", "points", per="2023-08"),
        D("今年以来", "2023", "period"),
        D("1-8月", BT_P, "period"),
        Q("10.03亿元", num("10.03亿"), "元", "限额以上单位网上商品零售额", "level"),
        Q("160.8%", 160.8, "%", "网上商品零售额增长", "growth"),
        Q("8.1%", 8.1, "%", "网上零售额占限额以上单位商品零售额比重", "share"),
        D("1至8月", BT_P, "period"),
        Q("34.75亿元", num("34.75亿"), "元", "汽车类零售额", "level"),
        Q("46.0%", 46.0, "%", "汽车类零售额增长", "growth"),
        Q("9.9个百分点", 9.9, "百分点", "汽车类拉动限额以上社会消费品零售额增长", "points"),
        Q("2.7倍", 2.7, "倍", "新能源汽车销售额增长", "multiple"),
    ],
)
