"""Annotations of pages 01-04 (福建省统计局's 上半年 2023 release, 寿宁县's 2024 work report, a 辽宁 story on
1月至4月 2023 and 重庆日报's 本报讯 on the districts' 上半年 2025 GDP growth), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PI = "第一产业增加值"
SI = "第二产业增加值"
TI = "第三产业增加值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
EXP = "一般公共预算支出"
TAX = "税收收入"
TRD = "进出口总额"
EXPT = "出口总额"
DEP = "金融机构存款余额"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 01 福建省, 福建省统计局's 上半年 2023 release (2023-07-21)
FJ = "福建省"
H1 = "2023-01/2023-06"
Q1 = "2023-01/2023-03"
PAGES["e68_01_fujian_20230721.txt"] = dict(
    pubdate="2023-07-21",
    pubnote="the release's time line `来源:福建省统计局 时间:2023-07-21 11:51` (福建省统计局's own site)",
    area=FJ, period=H1,
    items=[
        D("2023年上半年", H1, "period", rel=False, note="in the title"),
        D("2023-07-21 11:51", "2023-07-21T11:51", "time", rel=False, note="page metadata line"),
        D("上半年", H1, "period"),
        D("二季度", "2023-04/2023-06", "period"),
        D("一季度", Q1, "period"),
        D("上半年", H1, "period"),
        Q("25547.80亿元", num("25547.80亿"), "元", "全省生产总值", "level", ind=GDP),
        Q("3.8%", 3.8, "%", "生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("1205.00亿元", num("1205.00亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("4.1%", 4.1, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("11727.64亿元", num("11727.64亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("1.7%", 1.7, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("12615.16亿元", num("12615.16亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("5.7%", 5.7, "%", "第三产业增加值增长", "growth", ind=TI),
        O("一、", "list marker (section heading)"),
        D("上半年", H1, "period"),
        Q("2193.7亿元", num("2193.7亿"), "元", "农林牧渔业总产值", "level"),
        Q("4.2%", 4.2, "%", "农林牧渔业总产值增长", "growth"),
        D("一季度", Q1, "period", note="比一季度提高: the comparison period"),
        Q("0.1个百分点", 0.1, "百分点", "农林牧渔业总产值增速比一季度提高", "points"),
        Q("3.0%", 3.0, "%", "农业产值增长", "growth"),
        Q("3.9%", 3.9, "%", "林业产值增长", "growth"),
        Q("4.6%", 4.6, "%", "牧业产值增长", "growth"),
        Q("4.7%", 4.7, "%", "渔业产值增长", "growth"),
        Q("1.2%", 1.2, "%", "春收粮食产量增长", "growth"),
        Q("3.7%", 3.7, "%", "蔬菜产量增长", "growth"),
        Q("5.2%", 5.2, "%", "茶叶产量增长", "growth"),
        Q("0.7%", 0.7, "%", "木材产量增长", "growth"),
        Q("8.1%", 8.1, "%", "毛竹产量增长", "growth"),
        Q("6.2%", 6.2, "%", "肉蛋奶总产量增长", "growth"),
        Q("4.9%", 4.9, "%", "水产品总产量增长", "growth"),
        O("二、", "list marker (section heading)"),
        D("上半年", H1, "period"),
        Q("0.7%", 0.7, "%", "规模以上工业增加值增长", "growth", ind=VA),
        D("一季度", Q1, "period", note="比一季度提高: the comparison period"),
        Q("5.6个百分点", 5.6, "百分点", "规上工业增加值增速比一季度提高", "points", ind=VA),
        D("6月份", "2023-06", "month"),
        Q("4.7%", 4.7, "%", "6月份规模以上工业增加值增长", "growth", ind=VA, per="2023-06"),
        D("上半年", H1, "period"),
        Q("28.1%", 28.1, "%", "化学原料和化学制品制造业增长", "growth"),
        Q("22.1%", 22.1, "%", "电气机械和器材制造业增长", "growth"),
        Q("16.6%", 16.6, "%", "有色金属冶炼和压延加工业增长", "growth"),
        Q("13.7%", 13.7, "%", "汽车制造业增长", "growth"),
        O("三、", "list marker (section heading)"),
        D("上半年", H1, "period"),
        Q("5.7%", 5.7, "%", "服务业增加值增长", "growth", ind=TI),
        D("一季度", Q1, "period", note="比一季度提高: the comparison period"),
        Q("0.2个百分点", 0.2, "百分点", "服务业增加值增速比一季度提高", "points", ind=TI),
        Q("8.0%", 8.0, "%", "交通运输、仓储和邮政业增加值增长", "growth"),
        Q("6.6%", 6.6, "%", "批发和零售业增加值增长", "growth"),
        Q("9.9%", 9.9, "%", "住宿和餐饮业增加值增长", "growth"),
        Q("8.4%", 8.4, "%", "金融业增加值增长", "growth"),
        D("1-5月", "2023-01/2023-05", "period", note="the store breaks off after it (…企业实现营)"),
    ],
)

# ---------------------------------------------------------------- 02 寿宁县 (福建 宁德市), the county's 2024 work report (2023-12-27)
SN = "寿宁县"
SN_DAY = "2023-12-27"
EST = ("预计 in a report delivered 2023-12-27, before the year was over: a forecast of the period's outcome, "
       "read as target (as eval58's 宜章, eval56's 北票市 and eval40's 辽阳县)")
PAGES["e68_02_shouning_20231227.txt"] = dict(
    pubdate=SN_DAY,
    pubnote="the report's day in its kept title `(福建省)寿宁县人民政府工作报告(2023年12月27日)` and subtitle "
            "(bx2200.com, a site reposting work reports; the copy has no posting date)",
    area=SN, period="2023",
    items=[
        D("2023年12月27日", SN_DAY, "day", rel=False, note="the report's day, in its title line"),
        D("2023年12月27日", SN_DAY, "day", rel=False, note="the report's day, in its subtitle"),
        O("第十九届", "congress term"),
        O("第三次", "session number"),
        D("现在", SN_DAY, "now", note="现在,我代表…: the report's day (as the earlier sets' work reports)"),
        O("一、", "list marker (part heading)"),
        D("2023年", "2023", "year", rel=False, note="part name 2023年工作回顾"),
        D("2023年", "2023", "year", rel=False),
        D("一年来", "2023", "year", note="the reviewed year"),
        O("二十大", "party congress"),
        C("三争", "numeric slogan (实施“三争”行动)"),
        D("这一年", "2023", "year", note="the reviewed year"),
        Q("116亿元", num("116亿"), "元", "全县地区生产总值", "level", ind=GDP, target=True, note=EST),
        Q("4.1%", 4.1, "%", "地区生产总值增长", "growth", ind=GDP, target=True),
        Q("6.2亿元", num("6.2亿"), "元", "一般公共预算总收入", "level", target=True),
        Q("5.5%", 5.5, "%", "一般公共预算总收入增长", "growth", target=True),
        Q("4.1亿元", num("4.1亿"), "元", "地方一般公共预算收入", "level", ind=REV, target=True),
        Q("0.3%", 0.3, "%", "地方一般公共预算收入增长", "growth", ind=REV, target=True),
        Q("35077元", 35077, "元", "城镇居民人均可支配收入", "level", ind=URB, target=True),
        Q("5%", 5, "%", "城镇居民人均可支配收入增长", "growth", ind=URB, target=True),
        Q("22143元", 22143, "元", "农村居民人均可支配收入", "level", ind=RUR, target=True),
        Q("9%", 9, "%", "农村居民人均可支配收入增长", "growth", ind=RUR, target=True),
        D("这一年", "2023", "year", note="the reviewed year"),
        C("1+4", "industry-chain code (“1+4”特色产业)"),
        Q("70亿元", num("70亿"), "元", "特色产业全产业链产值", "level", q="more_than",
          note="突破70亿元: the verb outside the span sets the qualifier"),
        Q("3年", 3, "年", "农村居民人均可支配收入增速领跑全市的连续年数", "level", borderline=True,
          note="a duration (连续3年), as eval66's 连续9个月"),
    ],
)

# ---------------------------------------------------------------- 03 辽宁省, a story on 1月至4月 2023 (2023-05-23)
LN = "辽宁省"
M4 = "2023-01/2023-04"
PAGES["e68_03_liaoning_20230523.txt"] = dict(
    pubdate="2023-05-23",
    pubnote="from the address (`information/2023/0523/`); the copy has no date line; the release of `5月22日` in its lead",
    area=LN, period=M4,
    items=[
        D("5月22日", "2023-05-22", "day", note="the release's day, the year from the address"),
        D("前4个月", M4, "period"),
        D("1月至4月", M4, "period"),
        Q("6.8%", 6.8, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("40个", 40, "个", "工业大类行业", "level", borderline=True, note="the base of a count (40个…中,有26个)"),
        Q("26个", 26, "个", "增加值同比增长的工业大类行业", "level"),
        Q("超20%", 20, "%", "食品、汽车等行业增加值增长", "growth", q="more_than"),
        Q("70%以上", 70, "%", "化学纤维、冷冻水产品产量增长", "growth", q="at_least"),
        Q("90.3%", 90.3, "%", "新能源汽车产量增长", "growth"),
        Q("41.5%", 41.5, "%", "碳纤维增强复合材料产量增长", "growth"),
        Q("11.0%", 11.0, "%", "光缆产量增长", "growth"),
        Q("25.9%", 25.9, "%", "智能手机产量增长", "growth"),
        D("前4个月", M4, "period"),
        Q("9.0%", 9.0, "%", "固定资产投资增长", "growth", ind=FAI),
        C("三次产业", "fixed term"),
        O("第一产业", "industry ordinal"),
        O("第二产业", "industry ordinal"),
        O("第三产业", "industry ordinal"),
        Q("5.0%", 5.0, "%", "第一产业投资增长", "growth"),
        Q("16.6%", 16.6, "%", "第二产业投资增长", "growth"),
        Q("4.6%", 4.6, "%", "第三产业投资增长", "growth"),
        Q("20.8%", 20.8, "%", "基础设施投资增长", "growth"),
        Q("14.0%", 14.0, "%", "建设项目个数增长", "growth"),
        Q("20.1%", 20.1, "%", "建设项目完成投资额增长", "growth"),
        D("1月至4月", M4, "period"),
        Q("3108.6亿元", num("3108.6亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("10.7%", 10.7, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("175.7亿元", num("175.7亿"), "元", "限额以上单位网上零售额", "level"),
        Q("3.4%", 3.4, "%", "限额以上单位网上零售额增长", "growth"),
        Q("20%", 20, "%", "石油及制品类等零售额增长", "growth", q="more_than",
          note="均超过20%: the verb outside the span sets the qualifier"),
        D("前4个月", M4, "period"),
        Q("3.0%", 3.0, "%", "进出口总额增长", "growth", ind=TRD),
        Q("9.6%", 9.6, "%", "出口增长", "growth", ind=EXPT),
        D("1月至4月", M4, "period"),
        Q("1071.9亿元", num("1071.9亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("12.0%", 12.0, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("735.0亿元", num("735.0亿"), "元", "税收收入", "level", ind=TAX),
        Q("11.9%", 11.9, "%", "税收收入增长", "growth", ind=TAX),
        Q("2107.5亿元", num("2107.5亿"), "元", "一般公共预算支出", "level", ind=EXP),
        Q("6.9%", 6.9, "%", "一般公共预算支出增长", "growth", ind=EXP),
        D("4月末", "2023-04", "month", note="截至4月末"),
        Q("77720.8亿元", num("77720.8亿"), "元", "金融机构本外币各项存款余额", "level", ind=DEP, per="2023-04",
          note="a stock at 4月末"),
        Q("7.6%", 7.6, "%", "存款余额增长", "growth", ind=DEP, per="2023-04"),
    ],
)

# ---------------------------------------------------------------- 04 重庆市, 重庆日报's 本报讯 on the districts' 上半年 2025 GDP growth (2025-08-06)
CQ = "重庆市"
CQ_H1 = "2025-01/2025-06"
SHARED = "a bound shared by several districts: the city's (borderline), as eval67's bands of 贵州"
PAGES["e68_04_chongqing_20250806.txt"] = dict(
    pubdate="2025-08-06",
    pubnote="the kept metadata line `2025-08-06 07:02:21 作者:夏元 来源:重庆日报` (成渝经济网's copy); "
            "the story's dateline `8月5日`",
    area=CQ, period=CQ_H1,
    items=[
        D("上半年", CQ_H1, "period", note="in the title"),
        O("前3位", "rank (in the title)"),
        D("2025-08-06 07:02:21", "2025-08-06T07:02", "time", rel=False, note="page metadata line"),
        D("8月5日", "2025-08-05", "day"),
        D("日前", None, "vague"),
        D("今年上半年", CQ_H1, "period"),
        O("前3位", "rank"),
        D("今年上半年", CQ_H1, "period"),
        Q("5%", 5, "%", "全市GDP增速", "growth", ind=GDP),
        Q("5.2%", 5.2, "%", "主城都市区GDP增速", "growth", ind=GDP, area="主城都市区"),
        Q("三个", 3, "个", "片区", "level", borderline=True, area="主城都市区",
          note="a back-reference count (中心城区、渝西地区和渝东新城三个片区)"),
        Q("5.2%", 5.2, "%", "中心城区GDP增速", "growth", ind=GDP, area="中心城区"),
        Q("4.6%", 4.6, "%", "渝西地区GDP增速", "growth", ind=GDP, area="渝西地区"),
        Q("5.8%", 5.8, "%", "渝东新城GDP增速", "growth", ind=GDP, area="渝东新城"),
        Q("4.2%", 4.2, "%", "渝东北三峡库区GDP增速", "growth", ind=GDP, area="渝东北三峡库区"),
        Q("4%", 4, "%", "渝东南武陵山区GDP增速", "growth", ind=GDP, area="渝东南武陵山区"),
        Q("22个", 22, "个", "GDP增速跑赢全市的区县", "level"),
        D("上半年", CQ_H1, "period"),
        Q("7%", 7, "%", "渝北和长寿GDP增速", "growth", q="at_least", ind=GDP, borderline=True,
          note="超过或达到7%: the verbs outside the span set the qualifier; " + SHARED),
        Q("6%及以上", 6, "%", "大渡口等11个区县GDP增速", "growth", q="at_least", ind=GDP, borderline=True, note=SHARED),
        Q("5%及以上", 5, "%", "永川等9个区县GDP增速", "growth", q="at_least", ind=GDP, borderline=True, note=SHARED),
    ],
)
