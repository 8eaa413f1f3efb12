"""Annotations of pages 06-10 (商州区, 鸿山镇, 金龙镇, 重庆市, 瓜州县), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
REAL_ESTATE = "房地产开发投资"
DEC = "decrease"

PAGES = {}

SZ_NOW = "2019-06-17"
SZ_END = "2018-12"
PAGES["e18_06_shangzhou_20191210.txt"] = dict(
    pubdate="2019-12-10", pubnote="the page's metadata line 发布时间:2019-12-10 (szqrd.gov.cn, 商州区人大's site); the letter signed 2019年6月17日",
    area="商州区", period=SZ_NOW,
    items=[
        O("十八届", "term number (title)"),
        O("三次", "session number (title)"),
        O("第108号", "proposal number (title)"),
        D("2019-12-10", "2019-12-10", "day", rel=False, note="page metadata line"),
        O("十八届", "term number"),
        O("三次", "session number"),
        O("第108号", "proposal number"),
        D("近年来", None, "vague", note="added after the first sight: missed when annotating"),
        D("截止2018年", SZ_END, "period", rel=False, note="as of the end of 2018"),
        Q("1940.96公里", 1940.96, "公里", "农村公路里程", "level", per=SZ_END),
        Q("266.99公里", 266.99, "公里", "县道里程", "level", per=SZ_END),
        Q("477.77公里", 477.77, "公里", "乡道里程", "level", per=SZ_END),
        Q("1196.2公里", 1196.2, "公里", "村道里程", "level", per=SZ_END),
        D("2006年", "2006", "year", rel=False, note="2006年…以来"),
        D("目前", SZ_NOW, "now", note="the letter's date"),
        Q("100%", 100, "%", "通水泥路的行政村比例", "share"),
        D("目前", SZ_NOW, "now", note="the letter's date; added after the first sight: missed when annotating"),
        C("十四五", "fixed term"),
        C("一事一议", "fixed term"),
        C("十三五", "fixed term"),
        D("2019年6月17日", SZ_NOW, "day", rel=False, note="the letter's date"),
    ])

HS = "2020"
HS_PLAN = "2021"
PAGES["e18_07_hongshan_20210624.txt"] = dict(
    pubdate="2021-06-24", pubnote="issue 2021-06-24 (from the address pc/con/202106/24, 石狮日报 e-paper on ssrb.fjdaily.com, 第01版); the meeting 6月23日上午",
    area="鸿山镇", period=HS,
    items=[
        O("五届", "term number (headline)"),
        O("八次", "session number (headline)"),
        D("6月23日上午", "2021-06-23", "day"),
        O("第五届", "term number"),
        O("第八次", "session number"),
        C("2020年", "year inside the report's name (鸿山镇2020年财政预算执行情况…的报告)"),
        C("2021年", "year inside the report's name (2021年财政预算的报告)"),
        D("2020年", HS, "year", rel=False),
        C("五个年", "numeric slogan (“五个年”活动)"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        D("全年", HS, "year"),
        Q("242.7亿元", num("242.7亿"), "元", "规模以上工业总产值", "level", ind=IND_OUT),
        Q("10.3亿元", num("10.3亿"), "元", "财政总收入", "level"),
        O("首位", "rank (均位居全市首位)"),
        C("三连冠", "fixed phrase (文明乡镇“三连冠”, a third title in a row)"),
        D("今年", HS_PLAN, "year"),
        C("五拼", "numeric slogan"),
        C("六个专项行动", "numeric slogan"),
        Q("11亿元", num("11亿"), "元", "财政总收入目标", "level", per=HS_PLAN, target=True),
        Q("7%", 7, "%", "财政总收入目标增速", "growth", per=HS_PLAN, target=True),
        Q("300亿元", num("300亿"), "元", "规上工业总产值目标", "level", ind=IND_OUT, per=HS_PLAN, target=True),
        Q("24%", 24, "%", "规上工业总产值目标增速", "growth", ind=IND_OUT, per=HS_PLAN, target=True),
        Q("21.7亿元", num("21.7亿"), "元", "固定资产投资额目标", "level", ind=FAI, per=HS_PLAN, target=True),
        Q("8%", 8, "%", "固定资产投资额目标增速", "growth", ind=FAI, per=HS_PLAN, target=True),
    ])

JL_FIVE = "2011-10-26/2016-10-26"
PAGES["e18_08_jinlong_20161027.txt"] = dict(
    pubdate="2016-10-27", pubnote="the page's metadata line 来源: 金龙镇 发布时间: 2016-10-27 00:00 (xiangyin.gov.cn, 湘阴县's site); the meeting 10月26日上午 (printed 1026日上午)",
    area="金龙镇", period=JL_FIVE,
    items=[
        O("第二届", "term number (headline)"),
        O("第一次", "session number (headline)"),
        D("2016-10-27 00:00", "2016-10-27T00:00", "time", rel=False, note="page metadata line"),
        D("1026日上午", "2016-10-26", "day", note="as stored: 10月26日上午 with its 月 dropped"),
        O("第二届", "term number"),
        O("第一次", "session number"),
        D("过去五年", JL_FIVE, "period", note="the five years of the outgoing term, to the meeting day"),
        Q("9%", 9, "%", "GDP年均增速", "growth", ind=GDP),
        Q("近2倍", 2, "倍", "农民人均纯收入增长倍数", "multiple", q="nearly"),
        D("2015年", "2015", "year", rel=False),
        Q("712.5万元", num("712.5万"), "元", "财政收入", "level", per="2015"),
        D("四年前", "2011", "year", note="four years before 2015"),
        Q("2倍", 2, "倍", "财政收入是四年前的倍数", "multiple", per="2015"),
        Q("4000多万元", num("4000万"), "元", "累计投资", "level", q="more_than"),
        Q("8条", 8, "条", "提质美化的集镇道路", "level"),
        D("2015年", "2015", "year", rel=False),
    ])

CQ = "2017-01/2017-08"
PAGES["e18_09_chongqing_20170919.txt"] = dict(
    pubdate="2017-09-19", pubnote="posted 2017-09-19 (from the address chinanews/20170919, 国际在线 重庆频道 cq.cri.cn); the release 9月18日",
    area="重庆市", period=CQ,
    items=[
        D("9月18日", "2017-09-18", "day"),
        D("今年1-8月", CQ, "period"),
        Q("10.1%", 10.1, "%", "规模以上工业增加值增速", "growth", ind=IND_VA),
        Q("两位数", 10, "%", "固定资产投资、社会消费品零售总额等指标增速", "growth", q="at_least",
          note="保持两位数增长: at least 10 % (as eval6); the indicators are several, so none is named"),
        Q("34个", 34, "个", "实现同比增长的工业行业", "level", note="in the subheading"),
        D("1-8月", CQ, "period"),
        Q("21.5%", 21.5, "%", "采矿业工业增加值增速", "growth", change=DEC),
        Q("11.9%", 11.9, "%", "制造业增加值增速", "growth"),
        Q("3.8%", 3.8, "%", "水电气生产和供应业增加值增速", "growth"),
        D("1-8月", CQ, "period"),
        Q("5.6%", 5.6, "%", "国有及国有控股企业工业增加值增速", "growth"),
        Q("26.6%", 26.6, "%", "集体企业工业增加值增速", "growth", change=DEC),
        Q("4.9%", 4.9, "%", "股份制合作制企业工业增加值增速", "growth"),
        Q("10.7%", 10.7, "%", "股份制企业工业增加值增速", "growth"),
        Q("8.1%", 8.1, "%", "外商及港澳台商投资企业工业增加值增速", "growth"),
        D("1-8月", CQ, "period"),
        Q("39个", 39, "个", "全市工业行业数", "level", borderline=True, note="the base of the count that grew"),
        Q("34个", 34, "个", "工业增加值实现同比增长的行业", "level"),
        C("6+1", "industry-chain code (“6+1”支柱产业)"),
        Q("7.8%", 7.8, "%", "汽车制造业增加值增速", "growth"),
        Q("26.6%", 26.6, "%", "电子制造业增加值增速", "growth"),
        Q("11.4%", 11.4, "%", "装备制造业增加值增速", "growth"),
        Q("12.7%", 12.7, "%", "化工医药行业增加值增速", "growth"),
        Q("6.9%", 6.9, "%", "材料行业增加值增速", "growth"),
        Q("9.7%", 9.7, "%", "消费品行业增加值增速", "growth"),
        Q("9.0%", 9.0, "%", "能源工业增加值增速", "growth", change=DEC),
        D("1-8月", CQ, "period"),
        Q("378种", 378, "种", "主要工业产品数", "level", borderline=True, note="the base of the count that grew"),
        Q("246种", 246, "种", "产量同比增长的产品", "level"),
        Q("203.43万辆", num("203.43万"), "辆", "汽车产量", "level"),
        Q("558.58万辆", num("558.58万"), "辆", "摩托车产量", "level"),
        Q("4554.89万台", num("4554.89万"), "台", "微型计算机设备产量", "level"),
        Q("925.4万台", num("925.4万"), "台", "打印机产量", "level"),
        Q("22308.66万台", num("22308.66万"), "台", "手机产量", "level"),
        Q("5393.87万片", num("5393.87万"), "片", "液晶显示屏产量", "level"),
        Q("174.22万吨", num("174.22万"), "吨", "铝材产量", "level"),
        Q("773.08万吨", num("773.08万"), "吨", "钢材产量", "level"),
        Q("10.7%", 10.7, "%", "钢材产量降幅", "growth", change=DEC),
        Q("4249.42万吨", num("4249.42万"), "吨", "水泥产量", "level"),
        Q("2.7%", 2.7, "%", "水泥产量降幅", "growth", change=DEC),
        D("1-8月", CQ, "period"),
        Q("97.1%", 97.1, "%", "工业企业产品销售率", "share"),
        Q("0.4个百分点", 0.4, "百分点", "产品销售率同比下降", "points", change=DEC),
        Q("2189.57亿元", num("2189.57亿"), "元", "规上工业企业出口交货值", "level"),
        Q("23.1%", 23.1, "%", "出口交货值名义增速", "growth"),
        Q("2成", 2, "成", "商品房销售面积同比增长", "growth",
          note="in the subheading: 增2成, i.e. about 20%"),
        D("1-8月", CQ, "period"),
        Q("10092.17亿元", num("10092.17亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("10.2%", 10.2, "%", "固定资产投资增速", "growth", ind=FAI),
        Q("2.4个百分点", 2.4, "百分点", "固定资产投资增速高于全国", "points", ind=FAI),
        O("第一、二、三产业", "industry ordinals"),
        Q("14.8%", 14.8, "%", "第一产业投资增速", "growth"),
        Q("9.1%", 9.1, "%", "第二产业投资增速", "growth"),
        Q("10.6%", 10.6, "%", "第三产业投资增速", "growth"),
        D("1-8月", CQ, "period"),
        Q("2427.33亿元", num("2427.33亿"), "元", "房地产开发投资", "level", ind=REAL_ESTATE),
        Q("6.4%", 6.4, "%", "房地产开发投资增速", "growth", ind=REAL_ESTATE),
        D("1-7月", "2017-01/2017-07", "period"),
        Q("1.8个百分点", 1.8, "百分点", "房地产开发投资增速比1-7月提高", "points", ind=REAL_ESTATE),
        D("今年前8个月", CQ, "period"),
        Q("5.1%", 5.1, "%", "房屋施工面积降幅", "growth", change=DEC),
        Q("18.3%", 18.3, "%", "房屋竣工面积降幅", "growth", change=DEC),
    ])

GZ_DAY = "2015-09-25"
GZ_NOW = "2015-09-28"
PAGES["e18_10_guazhou_20150928.txt"] = dict(
    pubdate=GZ_NOW, pubnote="posted 2015-09-28 (from the address mnews/20150928, 北极星电力网 m.bjx.com.cn); the meeting 9月25日上午",
    area="瓜州县", period=GZ_NOW,
    items=[
        D("9月25日上午", GZ_DAY, "day"),
        C("2015", "year inside the event's name (2015全国重点网络媒体甘肃行)"),
        Q("40多人", 40, "人", "采访团人数", "level", q="more_than", per=GZ_DAY, borderline=True,
          note="the visitors at the meeting, arguably not an indicator"),
        Q("185公里", 185, "公里", "县境东西长", "level"),
        Q("220公里", 220, "公里", "县境南北宽", "level"),
        Q("2.41万平方公里", num("2.41万"), "平方公里", "县域面积", "level"),
        D("四千多年前", None, "vague", note="about four thousand years ago, not datable to a year"),
        D("近年来", None, "vague"),
        Q("5183小时", 5183, "小时", "年有效风能小时数", "level"),
        Q("4000万千瓦", num("4000万"), "千瓦", "风能储量", "level", q="more_than"),
        D("全年", None, "vague", note="全年日照时间: sunshine per year in general, no particular year"),
        Q("3360小时", 3360, "小时", "全年日照时间", "level"),
        D("近年来", None, "vague"),
        Q("21家", 21, "家", "入驻风电企业", "level"),
        Q("33个", 33, "个", "建成风电场", "level"),
        Q("618万千瓦", num("618万"), "千瓦", "风电总装机", "level"),
        Q("314亿千瓦时", num("314亿"), "千瓦时", "累计发电量", "level"),
        Q("160亿元", num("160亿"), "元", "风电累计销售收入", "level"),
        O("第一", "rank inside the title 全国风电装机第一县"),
        C("百强", "size class (中国新能源产业百强县)"),
    ])
