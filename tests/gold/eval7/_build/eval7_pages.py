"""Annotations of the eight eval7 pages, in document order, written before any extractor ran on them."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1, P2, P3 = "第一产业增加值", "第二产业增加值", "第三产业增加值"
IND_VA = "规模以上工业增加值"
RETAIL = "社会消费品零售总额"
DEC = "decrease"

PAGES = {}

# --- 01 金东区 (浙江 金华), a newspaper page (浙江日报, page 2) --------------------------------
JD = "2018-10-02"
PAGES["e7_01_jindong_20181003.txt"] = dict(
    pubdate="2018-10-03", pubnote="issue date in the page's footer (2018年10月03日 星期三); the dateline says 10月2日",
    area="金东区", period=JD,
    items=[
        Q("超182亿元", num("182亿"), "元", "签约项目计划总投资", "level", q="more_than"),
        Q("32个", 32, "个", "签约项目", "level"),
        D("10月2日", JD, "day", note="dateline"),
        D("10月2日上午", JD, "day"),
        C("2018", "year inside the event's name (2018金东乡贤大会)"),
        Q("300多位", 300, "位", "参会的海内外金东乡贤", "level", q="more_than"),
        Q("32个", 32, "个", "签约项目", "level"),
        Q("超182亿元", num("182亿"), "元", "签约项目计划总投资", "level", q="more_than"),
        D("当天", JD, "day"),
        Q("25个", 25, "个", "金东区本级签约项目", "level"),
        Q("141.8亿元", num("141.8亿"), "元", "金东区本级签约项目总投资", "level"),
        Q("7个", 7, "个", "金义都市新区签约项目", "level", area="金义都市新区"),
        Q("40.3亿元", num("40.3亿"), "元", "金义都市新区签约项目总投资", "level", area="金义都市新区"),
        C("20亿元", "size class (投资超过20亿元的项目)"),
        Q("3个", 3, "个", "投资超过20亿元的签约项目", "level"),
        C("10亿元以上", "size class (投资规模10亿元以上的项目)"),
        Q("4个", 4, "个", "投资10亿元以上的签约项目", "level"),
        Q("15个", 15, "个", "工业签约项目", "level"),
        Q("101.1亿元", num("101.1亿"), "元", "工业签约项目总投资", "level"),
        Q("8个", 8, "个", "数字经济及现代服务业签约项目", "level"),
        Q("60.3亿元", num("60.3亿"), "元", "数字经济及现代服务业项目总投资", "level"),
        Q("9个", 9, "个", "农旅签约项目", "level"),
        Q("20.7亿元", num("20.7亿"), "元", "农旅项目总投资", "level"),
        D("当天下午", JD, "day"),
        D("2017年10月", "2017-10", "month", rel=False),
        Q("3个", 3, "个", "海高会牵线落地的亿元以上工业项目", "level", per="2017-10-01/2018-10-02",
          note="自2017年10月…成立以来, up to the article's day"),
        C("亿元以上", "size class (亿元以上工业项目)"),
        D("今年", "2018", "year"),
    ])

# --- 02 上虞区 (浙江 绍兴), a newspaper item (浙江日报) ----------------------------------------
SY = "2020-12-28"
PAGES["e7_02_shangyu_20201229.txt"] = dict(
    pubdate="2020-12-29", pubnote="issue date in the e-paper's address (2020-12/29); the dateline says 12月28日",
    area="绍兴市上虞区", period=SY,
    items=[
        C("一批", "a batch, no count (上虞一批重大项目)"),
        D("12月28日", SY, "day", note="dateline"),
        D("12月28日上午", SY, "day"),
        C("2020年", "year inside the campaign's name (2020年“三个一批”大会战)"),
        C("三个一批", "slogan with numerals"),
        D("第四季度", "2020-10/2020-12", "period"),
        Q("59个", 59, "个", "集中签约开工投产的重大项目", "level"),
        Q("580亿元", num("580亿"), "元", "重大项目总投资", "level", q="more_than", note="总投资超过580亿元"),
        D("今年以来", "2020", "period"),
        C("三争", "slogan with a numeral"),
        D("截至目前", SY, "now"),
        Q("64个", 64, "个", "引进招商引资项目", "level", per="2020"),
        Q("771.11亿元", num("771.11亿"), "元", "引进招商引资项目总投资", "level", per="2020"),
    ])

# --- 03 雅安市 (四川), a newspaper report of the first three quarters of 2024 -----------------
YA = "2024-01/2024-09"
YA_AREA = "雅安市"   # the text says only 全市: from the paper (雅安日报)
PAGES["e7_03_yaan_20241026.txt"] = dict(
    pubdate="2024-10-26", pubnote="issue date in the e-paper's address (2024/10/26)",
    area=YA_AREA, period=YA,
    items=[
        Q("744.94亿元", num("744.94亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("6.3%", 6.3, "%", "地区生产总值增速", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("145.88亿元", num("145.88亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("3.8%", 3.8, "%", "第一产业增加值增速", "growth", ind=P1),
        D("前三季度", YA, "period"),
        Q("4.5%", 4.5, "%", "蔬菜产量增速", "growth"),
        Q("4.3%", 4.3, "%", "中草药材产量增速", "growth"),
        Q("7.4%", 7.4, "%", "园林水果产量增速", "growth"),
        Q("6.3%", 6.3, "%", "茶叶产量增速", "growth"),
        O("第二产业", "industry ordinal"),
        Q("222.80亿元", num("222.80亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("6.2%", 6.2, "%", "第二产业增加值增速", "growth", ind=P2),
        Q("4.9%", 4.9, "%", "规模以上工业增加值增速", "growth", ind=IND_VA),
        Q("98.2%", 98.2, "%", "规模以上工业企业产品销售率", "share"),
        Q("23.9%", 23.9, "%", "精制茶产量增速", "growth"),
        Q("16.2%", 16.2, "%", "纱产量增速", "growth"),
        Q("14.1%", 14.1, "%", "中成药产量增速", "growth"),
        Q("1.4%", 1.4, "%", "粗钢产量增速", "growth"),
        C("十种", "fixed term (十种有色金属)"),
        Q("0.7%", 0.7, "%", "十种有色金属产量增速", "growth"),
        O("第三产业", "industry ordinal"),
        Q("376.26亿元", num("376.26亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("7.3%", 7.3, "%", "第三产业增加值增速", "growth", ind=P3),
        Q("10.8%", 10.8, "%", "批发和零售业增加值增速", "growth"),
        Q("6.7%", 6.7, "%", "交通运输、仓储和邮政业增加值增速", "growth"),
        Q("9.5%", 9.5, "%", "住宿和餐饮业增加值增速", "growth"),
        Q("4.8%", 4.8, "%", "金融业增加值增速", "growth"),
        Q("13.7%", 13.7, "%", "信息传输、软件和信息技术服务业增加值增速", "growth"),
        Q("18.6%", 18.6, "%", "租赁和商务服务业增加值增速", "growth"),
        Q("2.5%", 2.5, "%", "固定资产投资增速", "growth", ind="固定资产投资"),
        Q("3.6%", 3.6, "%", "基础设施投资增速", "growth"),
        O("第一产业", "industry ordinal"),
        Q("46.0%", 46.0, "%", "第一产业投资增速", "growth"),
        O("第二产业", "industry ordinal"),
        Q("16.1%", 16.1, "%", "第二产业投资增速", "growth"),
        Q("16.1%", 16.1, "%", "工业投资增速", "growth", ind="工业投资"),
        Q("16.8%", 16.8, "%", "房地产开发投资增速", "growth", ind="房地产开发投资"),
        Q("253.08亿元", num("253.08亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("5.5%", 5.5, "%", "社会消费品零售总额增速", "growth", ind=RETAIL),
        Q("176.74亿元", num("176.74亿"), "元", "城镇消费品零售额", "level"),
        Q("5.5%", 5.5, "%", "城镇消费品零售额增速", "growth"),
        Q("76.34亿元", num("76.34亿"), "元", "乡村消费品零售额", "level"),
        Q("5.6%", 5.6, "%", "乡村消费品零售额增速", "growth"),
        Q("39.42亿元", num("39.42亿"), "元", "餐饮收入", "level"),
        Q("6.3%", 6.3, "%", "餐饮收入增速", "growth"),
        Q("213.66亿元", num("213.66亿"), "元", "商品零售额", "level"),
        Q("5.4%", 5.4, "%", "商品零售额增速", "growth"),
        Q("11.2%", 11.2, "%", "粮油、食品、饮料、烟酒类零售额增速", "growth"),
        Q("1.1%", 1.1, "%", "金银珠宝类零售额增速", "growth"),
        Q("1.6%", 1.6, "%", "日用品类零售额增速", "growth"),
        Q("2.1%", 2.1, "%", "石油及制品类零售额增速", "growth"),
        Q("21.7%", 21.7, "%", "汽车类零售额增速", "growth"),
    ])

# --- 04 江西省, provincial industry news of January–October 2012 ---------------------------
JX = "2012-01/2012-10"
JX_DAY = "2012-11-12"
PAGES["e7_04_jiangxi_20121112.txt"] = dict(
    pubdate=JX_DAY, pubnote="date in the page address (201211/t20121112)",
    area="江西省", period=JX,
    items=[
        D("1至10月", JX, "period"),
        D("昨日", "2012-11-11", "day"),
        D("10月份", "2012-10", "month"),
        D("去年9月份", "2011-09", "month"),
        D("1至10月份", JX, "period"),
        Q("14.3%", 14.3, "%", "规模以上工业增加值增速", "growth", ind=IND_VA),
        D("1至9月份", "2012-01/2012-09", "period"),
        Q("0.3个百分点", 0.3, "百分点", "规上工业增加值增速较1至9月份上升", "points"),
        Q("4.3个百分点", 4.3, "百分点", "规上工业增加值增速高于全国平均", "points"),
        D("截至目前", JX_DAY, "now"),
        Q("6800家", 6800, "家", "规模以上工业企业户数", "level", q="nearly", per=JX_DAY,
          note="接近6800家"),
        D("去年9至12月份", "2011-09/2011-12", "period"),
        Q("4个月", 4, "个月", "工业累计增速保持19.1%的月数", "level", per="2011-09/2011-12",
          borderline=True, note="连续4个月: a duration"),
        Q("19.1%", 19.1, "%", "全省工业累计增速", "growth", per="2011-09/2011-12"),
        D("今年前9个月", "2012-01/2012-09", "period"),
        D("1至10月份", JX, "period"),
    ])

# --- 05 中部地区, national figures on provinces' business revenue, first three quarters 2014 --
ZB = "2014-01/2014-09"
ZB_LAST = "2013-01/2013-09"
PAGES["e7_05_zhongbu_20141126.txt"] = dict(
    pubdate="2014-11-26", pubnote="date in the page address (2014-11/26)",
    area="中部地区", period=ZB,
    items=[
        D("前三季度", ZB, "period"),
        Q("6个", 6, "个", "中部地区省份", "level", borderline=True,
          note="中部地区, a region and no division, is the place these counts are of"),
        Q("13.5%", 13.5, "%", "江西主营业务收入增速", "growth", area="江西省"),
        Q("12%", 12, "%", "安徽主营业务收入增速", "growth", area="安徽省"),
        Q("6个", 6, "个", "中部地区省份", "level", borderline=True),
        D("去年同期", ZB_LAST, "period"),
        Q("6.7", 6.7, "百分点", "湖北主营业务收入增速回落", "points", area="湖北省", change=DEC,
          inherited=True),
        Q("6.6个百分点", 6.6, "百分点", "湖南主营业务收入增速回落", "points", area="湖南省", change=DEC),
        D("上半年", "2014-01/2014-06", "period"),
        Q("0.2个百分点", 0.2, "百分点", "河南主营业务收入增速较上半年提高", "points", area="河南省"),
        Q("5个", 5, "个", "增速较上半年回落的省份", "level"),
        Q("2.9", 2.9, "百分点", "湖北增速较上半年回落", "points", area="湖北省", change=DEC, inherited=True),
        Q("1.6个百分点", 1.6, "百分点", "湖南增速较上半年回落", "points", area="湖南省", change=DEC),
        Q("2个", 2, "个", "主营业务收入同比下降的省份", "level"),
        Q("5.2%", 5.2, "%", "山西主营业务收入增速", "growth", area="山西省", change=DEC),
        Q("1.7%", 1.7, "%", "黑龙江主营业务收入增速", "growth", area="黑龙江省", change=DEC),
        D("去年同期", ZB_LAST, "period"),
        Q("3.6%", 3.6, "%", "山西去年同期主营业务收入增速", "growth", area="山西省", per=ZB_LAST),
        Q("7.5%", 7.5, "%", "黑龙江去年同期主营业务收入增速", "growth", area="黑龙江省", per=ZB_LAST),
        D("上半年", "2014-01/2014-06", "period"),
        Q("0.7", 0.7, "百分点", "山西降幅较上半年收窄", "points", area="山西省", inherited=True),
        Q("0.2个百分点", 0.2, "百分点", "黑龙江降幅较上半年收窄", "points", area="黑龙江省"),
    ])

# --- 06 云霄县 (福建 漳州), county news of the third quarter of 2020 ---------------------------
YX = "2020-07/2020-09"
PAGES["e7_06_yunxiao_20201014.txt"] = dict(
    pubdate="2020-10-14", pubnote="date and time on the page (福建日报 2020-10-14 08:50)",
    area="云霄县", period=YX,
    items=[
        D("第三季度", YX, "period"),
        Q("17个", 17, "个", "签约项目", "level"),
        Q("44.8亿元", num("44.8亿"), "元", "签约项目计划总投资", "level"),
        D("2020-10-14 08:50", "2020-10-14T08:50", "time", rel=False, note="release time on the page"),
        D("第三季度", YX, "period"),
        Q("17个", 17, "个", "签约招商项目", "level"),
        Q("44.8亿元", num("44.8亿"), "元", "签约项目计划总投资", "level"),
        Q("9个", 9, "个", "集中签约的项目", "level"),
        D("日前", None, "vague"),
        Q("36.8亿元", num("36.8亿"), "元", "集中签约项目计划总投资", "level"),
        Q("23.3亿元", num("23.3亿"), "元", "下港片区棚户区改造建设项目计划总投资", "level"),
    ])

# --- 07 嘉兴市 (浙江), city news of a signing in 广州 ----------------------------------------
JXS = "2011-04-11"
PAGES["e7_07_jiaxing_20110412.txt"] = dict(
    pubdate="2011-04-12", pubnote="date in the page address (2011/04/12)",
    area="嘉兴市", period=JXS,
    items=[
        D("昨天", JXS, "day"),
        Q("8个", 8, "个", "我市签约项目", "level"),
        Q("74.58亿元", num("74.58亿"), "元", "我市签约项目协议总金额", "level"),
        Q("107个", 107, "个", "全省签约项目", "level", area="浙江省"),
        Q("533.9亿元", num("533.9亿"), "元", "全省签约项目协议总金额", "level", area="浙江省"),
        D("昨天", JXS, "day"),
        Q("107个", 107, "个", "全省签约项目", "level", area="浙江省"),
        Q("8个", 8, "个", "我市签约项目", "level"),
        Q("74.58亿元", num("74.58亿"), "元", "我市签约项目协议总金额", "level"),
        O("第三位", "rank"),
        Q("8个", 8, "个", "我市签约项目", "level"),
        Q("6个", 6, "个", "二产签约项目", "level"),
        O("二产", "industry ordinal"),
        Q("66.58亿元", num("66.58亿"), "元", "二产项目协议总金额", "level"),
        Q("两个", 2, "个", "三产签约项目", "level"),
        O("三产", "industry ordinal"),
        Q("8亿元", num("8亿"), "元", "三产项目协议总金额", "level"),
    ])

# --- 08 宜都市 (湖北 宜昌), news of the provincial work report of 2026 -------------------------
YD = "2021/2025"
PAGES["e7_08_yidu_20260127.txt"] = dict(
    pubdate="2026-01-27", pubnote="the day of the session the item reports (its first line); the page shows no date",
    area="宜都市", period=YD,
    items=[
        D("1月27日上午8时30分许", "2026-01-27T08:30", "time"),
        O("第十四届", "congress term"),
        O("第四次", "session number"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        D("2025年", "2025", "year", rel=False),
        C("两万亿级", "size class (两万亿级城市)"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        Q("三个", 3, "个", "宜都市地区生产总值连跨的百亿台阶", "level", borderline=True,
          note="连跨三个百亿台阶: from 百亿 to 千亿 over 2021–2025"),
        C("百亿", "size class (百亿台阶)"),
        C("百强", "size class (全国县域百强)"),
        D("2020年", "2020", "year", rel=False),
        Q("15位", 15, "位", "宜都市县域百强排名较2020年提升", "difference"),
        D("2020年", "2020", "year", rel=False),
        Q("1.5倍", 1.5, "倍", "地方一般公共预算收入较2020年增长", "multiple", ind="一般公共预算收入"),
        Q("14项", 14, "项", "获得的国字号荣誉", "level"),
        O("首个", "first-of-kind"),
        C("千亿", "size class (千亿县)"),
    ])
