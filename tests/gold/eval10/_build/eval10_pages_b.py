"""Annotations of pages 06-09 (陇县, 龙港镇, 许昌市, 屏边县), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"

PAGES = {}

LX = "2019"
LX_END = "2019-12"
PAGES["e10_06_longxian_20210727.txt"] = dict(
    pubdate="2021-07-27", pubnote="metadata line 公文搜 2021-07-27 17:30:25 (posting date); the report was delivered 2020-01-08",
    area="陇县", period=LX,
    items=[
        C("2019年", "year inside the report's title"),
        D("2021-07-27 17:30:25", "2021-07-27T17:30", "time", rel=False, note="page metadata line"),
        C("2019年", "year inside the report's title"),
        O("第十七届", "term number"),
        O("第四次", "session number"),
        D("2020年1月8日", "2020-01-08", "day", rel=False),
        D("现在", "2020-01-08", "now", note="the day the report was delivered"),
        D("2019年", "2019", "year", rel=False, note="section heading (2019年工作回顾)"),
        D("2019年", "2019", "year", rel=False),
        O("十七届", "term number"),
        O("三次", "session number"),
        Q("7.8%", 7.8, "%", "生产总值增速(剔除不可比因素,预计)", "growth", ind=GDP,
          note="预计 in a report on a year that has ended: an early estimate of the outcome"),
        Q("1.88亿元", num("1.88亿"), "元", "地方财政收入", "level", ind="一般公共预算收入"),
        Q("6%", 6, "%", "地方财政收入增速", "growth", ind="一般公共预算收入"),
        Q("23.6亿元", num("23.6亿"), "元", "财政支出", "level", ind="一般公共预算支出"),
        Q("9.5%", 9.5, "%", "财政支出增速", "growth", ind="一般公共预算支出"),
        Q("9.3%", 9.3, "%", "城镇居民人均可支配收入增速", "growth", ind=URBAN,
          note="城乡居民人均可支配收入分别增长9.3%和10%: the first is the towns'"),
        Q("10%", 10, "%", "农村居民人均可支配收入增速", "growth", ind=RURAL),
        Q("超45亿元", num("45亿"), "元", "脱贫攻坚累计投入资金", "level", q="more_than",
          note="cumulative since the campaign began (脱贫攻坚战打响以来), to the review year"),
        C("两不愁三保障", "numeric slogan"),
        Q("13677户", 13677, "户", "贫困户(脱贫攻坚开始时)", "level", per="NULL",
          note="the starting count (由…减至); the text gives no year for it"),
        Q("49479人", 49479, "人", "贫困人口(脱贫攻坚开始时)", "level", per="NULL"),
        Q("887户", 887, "户", "剩余贫困户", "level", per=LX_END),
        Q("1472人", 1472, "人", "剩余贫困人口", "level", per=LX_END),
        Q("1%", 1, "%", "贫困发生率", "share", per=LX_END),
    ])

LG = "2011-01/2011-09"
PAGES["e10_07_longgang_20111019.txt"] = dict(
    pubdate="2011-10-19", pubnote="dateline 龙网10月19日讯; the address says 20111019",
    area="龙港镇", period=LG,
    items=[
        D("10月19日", "2011-10-19", "day", note="dateline"),
        D("昨日上午", "2011-10-18", "day"),
        D("今年前三季度", LG, "period"),
        D("今年以来", "2011", "period"),
        D("今年1-9月份", LG, "period"),
        Q("210亿元", num("210亿"), "元", "工业总产值", "level"),
        Q("16%", 16, "%", "工业总产值增速", "growth"),
        C("2000万元", "size class (2000万元规模以上工业企业)"),
        Q("99.6亿元", num("99.6亿"), "元", "规模以上工业企业产值", "level", ind="规模以上工业总产值"),
        Q("60.4%", 60.4, "%", "规上工业企业产值占全县比重", "share", ind="规模以上工业总产值"),
        Q("110亿元", num("110亿"), "元", "规下企业产值", "level"),
        Q("17.5%", 17.5, "%", "规下企业产值增速", "growth"),
        Q("9.8亿元", num("9.8亿"), "元", "财政总收入", "level"),
        Q("20.4%", 20.4, "%", "财政总收入增速", "growth"),
        D("今年", "2011", "year"),
        D("前三季度", LG, "period"),
        D("前三季度", LG, "period"),
        Q("95.9亿元", num("95.9亿"), "元", "轻工业产值", "level"),
        Q("13%", 13, "%", "轻工业产值增速", "growth"),
        D("近几年来", None, "vague"),
        D("前三季度", LG, "period"),
        D("上年同期", "2010-01/2010-09", "period"),
        Q("23.4%", 23.4, "%", "印刷业增速", "growth"),
        Q("19.1%", 19.1, "%", "纺织业增速", "growth"),
        D("1-3季度", LG, "period"),
        Q("41.5亿元", num("41.5亿"), "元", "全社会固定资产投资", "level", ind=FAI),
        Q("10.3亿元", num("10.3亿"), "元", "工业性投资", "level", ind="工业投资"),
        Q("40%", 40, "%", "工业性投资增速", "growth", ind="工业投资"),
    ])

PAGES["e10_08_xuchang_20240306.txt"] = dict(
    pubdate="2024-03-06", pubnote="from the address (…/20240306/…), 许昌市 government site",
    area="许昌市", period="2023",
    items=[
        D("2023年", "2023", "year", rel=False),
        Q("3期", 3, "期", "举办“三个一批”项目建设活动", "level"),
        C("三个一批", "numeric slogan"),
        O("第9位", "rank"),
        Q("383个", 383, "个", "省市重点项目", "level"),
        Q("2151.1亿元", num("2151.1亿"), "元", "省市重点项目完成投资", "level"),
        O("第7位", "rank"),
        Q("6个", 6, "个", "入选全省“双百工程”项目", "level"),
        C("双百工程", "name with a numeral"),
        O("前三位", "rank"),
        O("第2位", "rank"),
        O("第3位", "rank"),
    ])

PB_TODAY = "2025-09-22"
PB_SINCE = "2020-01-01/2025-09-22"
PAGES["e10_09_pingbian_20260106.txt"] = dict(
    pubdate="2026-01-06", pubnote="发布日期:2026-01-06 on the metadata line; the letter is dated 2025-09-22",
    area="屏边县", period=PB_TODAY,
    items=[
        O("十七届", "term number"),
        O("四次", "session number"),
        O("第99号", "proposal number"),
        D("2026-01-06", "2026-01-06", "day", rel=False, note="metadata line"),
        O("十七届", "term number"),
        O("四次", "session number"),
        O("第99号", "proposal number"),
        D("2020年以来", PB_SINCE, "period", rel=False, note="since-interval to the letter's day (2025-09-22)"),
        Q("8个", 8, "个", "高标准农田建设项目", "level", per=PB_SINCE),
        Q("7个", 7, "个", "覆盖乡镇", "level", per=PB_SINCE),
        Q("20个", 20, "个", "覆盖村委会", "level", per=PB_SINCE),
        Q("4.27万亩", num("4.27万"), "亩", "高标准农田面积", "level", per=PB_SINCE),
        Q("5290万元", num("5290万"), "元", "高标准农田项目概算投资", "level", per=PB_SINCE),
        Q("25度", 25, "度", "小河边片区农田坡度", "level", q="more_than", area="湾塘乡", borderline=True,
          note="坡度大于25度角: the field's slope against the siting rule's limit"),
        D("2026年", "2026", "year", rel=False, note="the year of the project pool (2026年项目库)"),
        D("今后", None, "vague"),
        D("2025年9月22日", PB_TODAY, "day", rel=False),
    ])
