"""Annotations of pages 07-12 (华容县, 汨罗市, 交城县, 安海镇, 南昌高新区, 琼海市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"
GRAIN = "粮食产量"
INC_URB = "城镇居民人均可支配收入"

PAGES = {}

# ---------------------------------------------------------------- 07 华容县 (湖南 岳阳市), 交通运输局's reply to a deputies' proposal
HR_DAY = "2017-07-20"
PAGES["e29_07_huarong_20170720.txt"] = dict(
    pubdate=HR_DAY,
    pubnote="the letter's date 2017年7月20日 (kept; its 印发 line, dropped, gives the same day); huarong.gov.cn, 华容县人民政府's site, shows no posting date in the copy",
    area="华容县", period=HR_DAY,
    items=[
        O("十七届", "congress term"),
        O("一次", "session number"),
        O("第4号", "proposal number"),
        O("十七届", "congress term"),
        O("一次", "session number"),
        O("第4号", "proposal number"),
        C("华交建议复〔2017〕4号", "document number"),
        Q("11位", 11, "位", "提出建议的代表", "level", borderline=True, note="the signatories of the proposal"),
        C("二门闸", "place name with a numeral"),
        C("六门闸", "place name with a numeral"),
        Q("约37公里", 37, "公里", "东环线环湖公路华容县境内长度", "level", q="approx"),
        C("十三五", "fixed term (inside a plan's name)"),
        D("今年", "2017", "year"),
        C("华发〔2017〕1号", "document number"),
        D("2018年", "2018", "year", rel=False),
        C("十三五", "fixed term (“十三五”中期规划调整)"),
        D("2017年7月20日", HR_DAY, "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 08 汨罗市 (湖南 岳阳市), 交通运输局's reply to a CPPCC proposal
ML_DAY = "2017-07-03"
PAGES["e29_08_miluo_20170703.txt"] = dict(
    pubdate=ML_DAY,
    pubnote="the letter's date 2017年7月3日 (kept); miluo.gov.cn, 汨罗市人民政府's site, shows no posting date in the copy",
    area="汨罗市", period=ML_DAY,
    items=[
        C("汨交提字〔2017〕3号", "document number"),
        O("十届", "CPPCC term"),
        O("一次", "session number"),
        O("第26号", "proposal number"),
        D("去年", "2016", "year"),
        Q("300多万元", num("300万"), "元", "玉池片区道路抢险维修投入", "level", q="more_than", per="2016",
          note="spent by the city's 交通部门; 玉池片区 is no administrative area"),
        Q("三个", 3, "个", "共同出资的部门", "level", borderline=True),
        Q("600万元", num("600万"), "元", "危险路段和边坡塌方路段修复预计投入", "level", target=True, per="2017",
          note="预计投入: planned, the work under way"),
        D("2017年7月3日", ML_DAY, "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 09 交城县 (山西 吕梁市), government work report 2023 (opening: the 2022 review)
JC_DAY = "2023-04-25"
JC = "2022"
PAGES["e29_09_jiaocheng_20230425.txt"] = dict(
    pubdate=JC_DAY,
    pubnote="no posting date on the copy (nec-driver.com, an unrelated site holding the report); the delivery day 2023年4月25日 from the report's subtitle",
    area="交城县", period=JC,
    items=[
        D("2023年4月25日", JC_DAY, "day", rel=False, note="subtitle: the day the report was delivered"),
        O("第十七届", "congress term"),
        O("第四次", "session number"),
        D("现在", JC_DAY, "now", note="the report's delivery day (subtitle)"),
        O("一、", "section marker"),
        D("2022年", JC, "year", rel=False, note="section heading"),
        D("过去的一年", JC, "year"),
        C("四创战略", "numeric slogan"),
        C("四张名片", "numeric slogan"),
        D("过去的一年", JC, "year"),
        Q("47条", 47, "条", "稳经济措施", "level"),
        Q("22条", 22, "条", "助企纾困措施", "level"),
        Q("13条", 13, "条", "民营企业参与政府投资项目措施", "level"),
        Q("107.2亿元", num("107.2亿"), "元", "全县地区生产总值", "level", ind=GDP),
        Q("百亿元", num("100亿"), "元", "地区生产总值(突破百亿元大关)", "level", q="more_than", ind=GDP, borderline=True,
          note="突破百亿元大关: the threshold the total passed (as eval18)"),
        Q("39.9亿元", num("39.9亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("13.3%", 13.3, "%", "固定资产投资同比增长", "growth", ind=FAI),
        Q("9亿元", num("9亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("19.9%", 19.9, "%", "一般公共预算收入同比增长", "growth", ind=BUDGET),
        Q("11.34万亩", num("11.34万"), "亩", "粮食播种面积", "level"),
        Q("8287万斤", num("8287万"), "斤", "粮食总产量", "level", ind=GRAIN),
        Q("664.6亩", 664.6, "亩", "复耕撂荒地", "level"),
        Q("1万亩", num("1万"), "亩", "建设高标准农田", "level"),
        Q("141个", 141, "个", "改造温室大棚", "level"),
        Q("1100万株", num("1100万"), "株", "种植花卉", "level"),
        Q("5000亩", 5000, "亩", "种植中药材", "level"),
        Q("110万棒", num("110万"), "棒", "种植食用菌", "level"),
        Q("2个", 2, "个", "培育市级以上龙头企业", "level"),
        Q("2.7亿元", num("2.7亿"), "元", "农产品加工销售产值", "level"),
    ],
)

# ---------------------------------------------------------------- 10 安海镇 (福建 泉州市 晋江市), 晋江经济报's 本报讯 on the town congress held 昨日
AH_EVENT = "2024-06-14"
AH_H1 = "2024-01/2024-06"
AH_5M = "2024-01/2024-05"
PAGES["e29_10_anhai_20240615.txt"] = dict(
    pubdate="2024-06-15",
    pubnote="the e-paper address's issue date 202406/15 (jjjjb.fjdaily.com, 晋江经济报 on 福建日报's e-paper site, page 2b 本地); 昨日 in the lead is 2024-06-14",
    area="安海镇", period=AH_H1,
    items=[
        O("第十四届", "congress term"),
        O("第六次", "session number"),
        D("昨日", AH_EVENT, "day", note="the meeting's day, the day before the issue"),
        O("第十四届", "congress term"),
        O("第六次", "session number"),
        C("2024年", "year inside a report's title (安海镇人民政府2024年上半年工作报告)"),
        C("上半年", "period inside a report's title"),
        C("2023年", "year inside a report's title (2023年财政决算)"),
        C("2024年", "year inside a report's title (2024年上半年财政预算执行情况)"),
        C("上半年", "period inside a report's title"),
        C("2024年", "year inside a report's title (2024年财政预算调整方案报告)"),
        D("今年初以来", "2024", "period"),
        C("1+6", "numeric slogan (“1+6”专项行动)"),
        D("上半年", AH_H1, "period"),
        Q("4个", 4, "个", "签约优质项目", "level"),
        Q("211亿元", num("211亿"), "元", "签约项目总投资", "level"),
        D("1—5月", AH_5M, "period"),
        Q("77个", 77, "个", "省市重点项目", "level", per=AH_5M),
        Q("68.09亿元", num("68.09亿"), "元", "省市重点项目完成投资", "level", per=AH_5M),
        Q("65.93%", 65.93, "%", "省市重点项目完成年度投资比例", "share", per=AH_5M),
        C("百企帮百村", "numeric slogan"),
        Q("超1.3亿元", num("1.3亿"), "元", "村企合作、乡贤捐赠金额", "level", q="more_than"),
        Q("60个", 60, "个", "创建美丽乡村庭院", "level"),
        Q("32个", 32, "个", "创建美丽乡村微景观", "level"),
        Q("2个", 2, "个", "创建美丽乡村小公园", "level"),
        D("下半年", "2024-07/2024-12", "period"),
    ],
)

# ---------------------------------------------------------------- 11 南昌高新区 (江西), 江西日报's year-end item (截至11月底), as reposted
SG_DAY = "2022-12-17"
SG_11 = "2022-01/2022-11"
PAGES["e29_11_nanchangshugu_20221217.txt"] = dict(
    pubdate=SG_DAY,
    pubnote="来源:江西日报 • 2022-12-17 22:44:03 in the source line (kept; jx.gqsoso.com, a site reposting 江西日报 / 大江网)",
    area="南昌高新区", period=SG_11,
    items=[
        D("2022-12-17 22:44:03", "2022-12-17T22:44", "time", rel=False, note="source line"),
        D("日前", None, "vague"),
        Q("200余名", 200, "名", "数谷产业园项目施工现场工人", "level", q="more_than", per=SG_DAY),
        Q("约100亿元", num("100亿"), "元", "南昌数谷产业园项目总投资", "level", q="approx", per=SG_DAY),
        D("前三季度", "2022-01/2022-09", "period"),
        Q("七成以上", 70, "%", "数谷产业园项目工作量达全年任务比例", "share", q="at_least", per="2022-01/2022-09",
          note="七成 = 70%"),
        C("一季一调度", "numeric slogan (a rule of work)"),
        C("一月一调度", "numeric slogan (a rule of work)"),
        C("一周一调度", "numeric slogan (a rule of work)"),
        C("一日一调度", "numeric slogan (a rule of work)"),
        C("一周一走访", "numeric slogan (a rule of work)"),
        C("六个一", "numeric slogan (“六个一”服务机制)"),
        D("截至11月底", "2022-11", "period"),
        Q("20个", 20, "个", "省大中型项目", "level"),
        Q("98.92亿元", num("98.92亿"), "元", "省大中型项目累计完成投资", "level"),
        Q("118.2%", 118.2, "%", "省大中型项目完成年度投资计划比例", "share"),
        Q("5个", 5, "个", "省重点项目", "level"),
        Q("36.96亿元", num("36.96亿"), "元", "省重点项目累计完成投资", "level"),
        Q("106%", 106, "%", "省重点项目完成年度投资计划比例", "share"),
        Q("36个", 36, "个", "市重点项目", "level"),
        Q("243.12亿元", num("243.12亿"), "元", "市重点项目累计完成投资", "level"),
        Q("122.97%", 122.97, "%", "市重点项目完成年度投资计划比例", "share"),
        Q("8个", 8, "个", "市重点推进项目", "level"),
        Q("97.5亿元", num("97.5亿"), "元", "市重点推进项目累计完成投资", "level"),
        Q("140.2%", 140.2, "%", "市重点推进项目完成年度投资计划比例", "share"),
        D("当月", "2022-11", "month"),
        C("千亿", "name with a numeral (华勤千亿产业基地)"),
        Q("21个", 21, "个", "当月实现投产的产业项目", "level", per="2022-11"),
        Q("超过1200亿元", num("1200亿"), "元", "21个产业项目全部达产后年产值", "level", q="more_than", target=True,
          per="NULL", note="expected once the projects reach capacity; no period given"),
    ],
)

# ---------------------------------------------------------------- 12 琼海市 (海南), a vice-governor's inspection on 10月12日, 1—8月 figures; the copy's date is a mirror's
QJ = "2013"
QJ_8 = "2013-01/2013-08"
PAGES["e29_12_qionghaijc_20160402.txt"] = dict(
    pubdate="2016-04-02",
    pubnote="时间:2016-04-02 20:02 in the line under the headline (kept; vvvcd.com, a site holding a 琼海 news page); the article itself is of 2013 (its 2013年1—8月 figures), so its 今年 and 10月12日 are read as 2013",
    area="琼海市", period=QJ_8,
    items=[
        D("2016-04-02 20:02", "2016-04-02T20:02", "time", rel=False, note="the copy's date line (a mirror's)"),
        O("右一", "position in a photo"),
        D("10月12日", "2013-10-12", "day", note="the inspection's day; the year from the 2013年1—8月 report, not from the copy's 2016 date"),
        O("第六", "numbered inspection group (第六专项检查组)"),
        D("今年", QJ, "year", note="2013, from the 2013年1—8月 report below"),
        D("2013年1—8月", QJ_8, "period", rel=False),
        D("今年来", QJ, "period", note="2013 (今年以来)"),
        O("六届", "party committee term"),
        O("四次", "plenum number"),
        O("第一", "first-of-kind phrase (第一要务)"),
        D("1—8月", QJ_8, "period"),
        Q("112.1亿元", num("112.1亿"), "元", "全市地区生产总值", "level", ind=GDP),
        Q("15%", 15, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("70.1%", 70.1, "%", "地区生产总值完成年度目标比例", "share"),
        Q("13.1亿元", num("13.1亿"), "元", "地方公共财政预算收入", "level", ind=BUDGET),
        Q("7.4%", 7.4, "%", "地方公共财政预算收入同比增长", "growth", ind=BUDGET),
        Q("74%", 74, "%", "地方公共财政预算收入完成年度目标比例", "share"),
        Q("88.4亿元", num("88.4亿"), "元", "固定资产投资总额", "level", ind=FAI),
        Q("27.8%", 27.8, "%", "固定资产投资同比增长", "growth", ind=FAI),
        Q("71.9%", 71.9, "%", "固定资产投资完成年度目标比例", "share"),
        Q("13794元", 13794, "元", "城镇居民人均可支配收入", "level", ind=INC_URB),
        Q("8866元", 8866, "元", "农民人均现金收入", "level"),
        Q("9%", 9, "%", "城镇居民人均可支配收入同比增长", "growth", ind=INC_URB),
        Q("9.5%", 9.5, "%", "农民人均现金收入同比增长", "growth"),
        D("今年", QJ, "year"),
        Q("17个", 17, "个", "列入省重点项目建设的项目", "level", per=QJ),
        D("1-8月", QJ_8, "period"),
        Q("30.6亿元", num("30.6亿"), "元", "省重点项目累计完成投资", "level"),
        Q("62.9%", 62.9, "%", "省重点项目完成年度投资计划比例", "share"),
    ],
)
