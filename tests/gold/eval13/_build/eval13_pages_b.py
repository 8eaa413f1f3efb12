"""Annotations of pages 05-08 (君山区, 南川区, 驻马店市, 咸宁市), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

JS_DAY = "2021-05-06"
JS_2Y = "2019-05-06/2021-05-06"
PAGES["e13_05_junshan_20210823.txt"] = dict(
    pubdate="2021-08-23", pubnote="metadata line 编稿时间: 2021-08-23 15:26 来源: 君山区政府门户网; the letter is dated 2021-05-06",
    area="君山区", period=JS_DAY,
    items=[
        O("五届", "term number"),
        O("五次", "session number"),
        O("1号", "proposal number"),
        D("2021-08-23 15:26", "2021-08-23T15:26", "time", rel=False, note="page metadata line"),
        O("五届", "term number"),
        O("五次", "session number"),
        O("1号", "proposal number"),
        O("第五届", "term number"),
        O("第五次", "session number"),
        D("4月16日", "2021-04-16", "day"),
        D("近两年", JS_2Y, "period", note="the two years to the letter's date"),
        Q("29个", 29, "个", "改造的老旧小区", "level", per=JS_2Y,
          note="done over 近两年 in 柳林洲中心城区, the district's central town (not an administrative name): the district's work"),
        Q("8个", 8, "个", "作为中心城区的社区", "level", area="柳林洲街道",
          note="柳林洲街道办事处的8个社区: the smallest administrative area named"),
        D("2021年5月6日", JS_DAY, "day", rel=False),
    ])

NC_DAY = "2024-05-20"
PAGES["e13_06_nanchuan_20240613.txt"] = dict(
    pubdate="2024-06-13", pubnote="metadata table 发布日期 2024-06-13 (南川区住房城乡建委 on the district site); 成文日期 2024-05-20",
    area="重庆市南川区", period=NC_DAY,
    items=[
        C("11500384008685526N/2024-00085", "index number"),
        C("南川住建委函〔2024〕49号", "document number"),
        O("十八届", "term number"),
        O("四次", "session number"),
        O("第194号", "proposal number"),
        D("2024-05-20", NC_DAY, "day", rel=False, note="metadata table 成文日期"),
        D("2024-06-13", "2024-06-13", "day", rel=False, note="metadata table 发布日期"),
        O("十八届", "term number"),
        O("四次", "session number"),
        O("第194号", "proposal number"),
        O("第194号", "proposal number"),
        O("一、", "section marker"),
        D("2000年底前", "2000-12", "period", rel=False, note="a bound on the build year (建成年代), not a period of a figure"),
        D("2005年底前", "2005-12", "period", rel=False),
        D("2005年底前", "2005-12", "period", rel=False),
        Q("近108个", 108, "个", "2005年底前建成的老旧住宅小区", "level", q="nearly",
          note="据统计: a stock at the letter's date"),
        Q("约190万平方米", num("190万"), "平方米", "老旧住宅小区总建筑面积", "level", q="approx"),
        Q("389栋", 389, "栋", "老旧住宅小区楼栋", "level"),
        Q("15832户", 15832, "户", "老旧住宅小区户数", "level"),
        Q("5万人", num("5万"), "人", "老旧住宅小区常住居民", "level", q="more_than",
          note="超过5万人: 超过 outside the span sets the qualifier"),
        O("二、", "section marker"),
        O("一是", "list marker"),
    ])

ZMD_DAY = "2020-08-10"
ZMD_SINCE = "2018-01-01/2020-08-10"
ZMD_PLAN = "2020-08-10/2022-08-10"
PAGES["e13_07_zhumadian_20200810.txt"] = dict(
    pubdate="2020-08-10", pubnote="e-paper date line 发布日期:2020年08月10日 (驻马店日报, 07版)",
    area="驻马店市", period=ZMD_DAY,
    items=[
        D("2020年08月10日", ZMD_DAY, "day", rel=False, note="the e-paper's date line, kept as the page's metadata line"),
        C("四好", "fixed term (四好农村路)"),
        D("8月9日", "2020-08-09", "day"),
        D("2018年以来", ZMD_SINCE, "period", note="since-interval to the issue date"),
        C("四好", "fixed term (四好农村路)"),
        Q("3487公里", 3487, "公里", "完成自然村道路建设", "level", per=ZMD_SINCE,
          note="2018年以来 leads the paragraph"),
        Q("23.2亿元", num("23.2亿"), "元", "自然村道路完成投资", "level", per=ZMD_SINCE),
        D("目前", ZMD_DAY, "now"),
        Q("16114个", 16114, "个", "通水泥路的自然村", "level"),
        Q("85.7%", 85.7, "%", "通水泥路自然村占自然村总数比重", "share"),
        Q("两年", 2, "年", "农村公路建设计划年限", "level", per=ZMD_PLAN, target=True, borderline=True,
          note="a duration of the plan, arguably not an indicator"),
        Q("40亿元以上", num("40亿"), "元", "农村公路计划投资", "level", q="at_least", per=ZMD_PLAN, target=True),
        Q("4000公里以上", 4000, "公里", "计划建设农村公路", "level", q="at_least", per=ZMD_PLAN, target=True),
        D("2020年底", "2020-12", "period", rel=False),
        Q("100%", 100, "%", "自然村通硬化路比例", "share", per="2020-12", target=True,
          note="the goal for the end of the year, not yet over"),
    ])

XN_RANGE = "2020-01/2023-08"
PAGES["e13_08_xianning_20230921.txt"] = dict(
    pubdate="2023-09-21", pubnote="from the address (szb.xnnews.com.cn/newb/html/2023-09/21/content_685305.htm)",
    area="咸宁市", period=XN_RANGE,
    items=[
        D("9月3日", "2023-09-03", "day"),
        D("近年来", None, "vague"),
        D("2020年至今年8月", XN_RANGE, "range", note="从2020年至今年8月"),
        Q("50多亿元", num("50亿"), "元", "累计完成农村公路投资", "level", q="more_than"),
        Q("4700余公里", 4700, "公里", "新建农村路网里程", "level", q="more_than"),
        C("四好", "fixed term (四好农村路)"),
        C("一二三产业", "fixed term (一二三产业融合)"),
    ])
