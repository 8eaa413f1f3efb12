"""Annotations of pages 05-08 (天津市统计局's release on 一季度 2024, 河北's 2019 aims, 辽阳市's 2024 work report and
澎湃新闻's story on 江西's 上半年 2018), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PI = "第一产业增加值"
SI = "第二产业增加值"
TI = "第三产业增加值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
TRD = "进出口总额"
REV = "一般公共预算收入"
EXP = "一般公共预算支出"
CPI = "居民消费价格"
UNEMP = "城镇登记失业率"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
RE = "房地产开发投资"
PAGES = {}

# ---------------------------------------------------------------- 05 天津市, 市统计局's release on 一季度 2024 (2024-04-18)
TJ = "天津市"
TJ_Q1 = "2024-01/2024-03"
PAGES["e70_05_tianjin_20240418.txt"] = dict(
    pubdate="2024-04-18",
    pubnote="the kept line `权威报告 2024-04-18 10:16:18 来源:天津市统计局` and the address 2024-04-18 (m.fangchan.com, "
            "a property portal's copy of 天津市统计局's release)",
    area=TJ, period=TJ_Q1,
    items=[
        D("2024-04-18 10:16:18", "2024-04-18T10:16", "time", rel=False, note="page metadata line (to the minute)"),
        D("一季度", TJ_Q1, "period"),
        C("四个善作善成", "numeric slogan (“四个善作善成”重要要求)"),
        C("十项行动", "numeric slogan (高质量发展“十项行动”)"),
        D("一季度", TJ_Q1, "period"),
        Q("3890.08亿元", num("3890.08亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("5.3%", 5.3, "%", "地区生产总值同比增长", "growth", ind=GDP),
        D("上年全年", "2023", "year", note="the comparison period (比上年全年加快)"),
        Q("1.0个百分点", 1.0, "百分点", "GDP增速比上年全年加快", "points", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("27.28亿元", num("27.28亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("4.9%", 4.9, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("1298.79亿元", num("1298.79亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("5.8%", 5.8, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("2564.01亿元", num("2564.01亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("5.1%", 5.1, "%", "第三产业增加值增长", "growth", ind=TI),
        O("一、", "list marker (section heading)"),
        D("一季度", TJ_Q1, "period"),
        Q("4.5%", 4.5, "%", "农林牧渔业总产值同比增长", "growth"),
        D("上年全年", "2023", "year", note="the comparison period"),
        Q("3.2个百分点", 3.2, "百分点", "农林牧渔业总产值增速比上年全年加快", "points"),
        Q("31.27万吨", num("31.27万"), "吨", "蔬菜产量", "level"),
        Q("8.7%", 8.7, "%", "蔬菜产量同比增长", "growth"),
        Q("86.7%", 86.7, "%", "牛肉产量增长", "growth"),
        Q("10.6%", 10.6, "%", "羊肉产量增长", "growth"),
        Q("12.3%", 12.3, "%", "鸡肉产量增长", "growth"),
        Q("5.6%", 5.6, "%", "禽蛋产量增长", "growth"),
        Q("57.5%", 57.5, "%", "牛出栏增长", "growth"),
        Q("21.2%", 21.2, "%", "羊出栏增长", "growth"),
        Q("10.1%", 10.1, "%", "家禽出栏增长", "growth"),
        Q("10.1%", 10.1, "%", "水产品产量增长", "growth"),
        O("二、", "list marker (section heading)"),
        D("一季度", TJ_Q1, "period"),
        Q("5.8%", 5.8, "%", "规模以上工业增加值同比增长", "growth", ind=VA),
        D("上年全年", "2023", "year", note="the comparison period"),
        Q("2.1个百分点", 2.1, "百分点", "规上工业增速比上年全年加快", "points", ind=VA),
        Q("8.6%", 8.6, "%", "高技术制造业增加值增长", "growth"),
        Q("2.8个百分点", 2.8, "百分点", "高技术制造业增速快于规模以上工业", "points"),
        Q("7.5%", 7.5, "%", "民营企业增加值增长", "growth"),
        Q("8.5%", 8.5, "%", "外商及港澳台商企业增加值增长", "growth"),
        Q("1.7个", 1.7, "百分点", "民营企业增速快于规模以上工业", "points", inherited=True,
          note="分别快于…1.7个、2.7个百分点: the unit shared"),
        Q("2.7个百分点", 2.7, "百分点", "外商及港澳台商企业增速快于规模以上工业", "points"),
        Q("0.1%", 0.1, "%", "国有企业增加值下降", "growth", change="decrease"),
        C("三大", "fixed term (三大门类), as eval6's"),
        Q("4.3%", 4.3, "%", "采矿业增加值增长", "growth"),
        Q("6.4%", 6.4, "%", "制造业增加值增长", "growth"),
        Q("6.6%", 6.6, "%", "电力、热力、燃气及水生产和供应业增加值增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 06 河北省, the 2019 work report's aims (2019-01-14)
HB = "河北省"
PAGES["e70_06_hebei_20190114.txt"] = dict(
    pubdate="2019-01-14",
    pubnote="the kept line `2019-01-14 12:56:59 来源:上海证券报·中国证券网` and the story's `1月14日` (news.cnstock.com, "
            "上海证券报 after 河北新闻网)",
    area=HB, period="2019",
    items=[
        D("今年", "2019", "year", note="headline"),
        Q("6.5%左右", 6.5, "%", "地区生产总值增长预期目标", "growth", q="approx", ind=GDP, target=True, note="headline"),
        D("2019-01-14 12:56:59", "2019-01-14T12:56", "time", rel=False, note="page metadata line (to the minute)"),
        D("1月14日", "2019-01-14", "day", note="河北新闻网1月14日消息"),
        D("今天上午9时", "2019-01-14T09:00", "time", note="the session's opening, one span (as eval51's 上午9时)"),
        O("第十三届", "congress term"),
        O("第二次", "session number"),
        D("2019年", "2019", "year", rel=False),
        Q("6.5%左右", 6.5, "%", "全省生产总值增长预期目标", "growth", q="approx", ind=GDP, target=True),
        Q("6%左右", 6, "%", "一般公共预算收入增长预期目标", "growth", q="approx", ind=REV, target=True),
        Q("4.5%左右", 4.5, "%", "规模以上工业增加值增长预期目标", "growth", q="approx", ind=VA, target=True),
        Q("6%以上", 6, "%", "固定资产投资增长预期目标", "growth", q="at_least", ind=FAI, target=True),
        Q("9.5%左右", 9.5, "%", "社会消费品零售总额增长预期目标", "growth", q="approx", ind=RET, target=True),
        Q("5%左右", 5, "%", "进出口总值增长预期目标", "growth", q="approx", ind=TRD, target=True),
        Q("4.5%以内", 4.5, "%", "城镇登记失业率控制目标", "share", q="less_than", ind=UNEMP, target=True),
        Q("7%左右", 7, "%", "城乡居民人均可支配收入增长预期目标", "growth", q="approx", target=True,
          note="城乡…均增长: one figure for both the towns' and the villages' incomes, so no one catalogue name"),
        Q("3%左右", 3, "%", "居民消费价格涨幅控制目标", "growth", q="approx", ind=CPI, target=True),
        Q("35%", 35, "%", "森林覆盖率目标", "share", target=True),
        C("PM2.5", "name with digits (as eval3's)"),
        Q("5%以上", 5, "%", "PM2.5平均浓度下降目标", "growth", q="at_least", change="decrease", target=True),
        C("万元", "base of an intensity (万元生产总值能耗)"),
        Q("3.6%", 3.6, "%", "万元生产总值能耗下降目标", "growth", change="decrease", target=True),
        D("当前", "2019-01-14", "now",
          note="既立足当前: the report's present (README lists 当前 as a `now` date; as eval35's 立足当前); left out at "
               "first, added after seeing the first run's output"),
        C("十三五", "fixed term (the 13th five-year plan)"),
    ],
)

# ---------------------------------------------------------------- 07 辽阳市, the 2024 work report (session of 2024-01-07)
LY = "辽阳市"
PAGES["e70_07_liaoyang_20240107.txt"] = dict(
    pubdate="2024-01-07",
    pubnote="the report's subtitle `——2024年1月7日在辽阳市第十七届人民代表大会第四次会议上` (the session's day); the "
            "document site (nec-driver.com) gives no date of its own — unsure, as eval51's 隆回",
    area=LY, period="2023",
    items=[
        D("2024年1月7日", "2024-01-07", "day", rel=False, note="the report's subtitle: the session's day"),
        O("第十七届", "congress term"),
        O("第四次", "session number"),
        D("现在", "2024-01-07", "now", note="现在,我代表…: the report's day"),
        O("一、", "list marker (part heading)"),
        D("2023年", "2023", "year", rel=False, note="part name: the reviewed year"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        O("二十届二中全会", "party plenum"),
        C("三年行动", "name of a campaign (全面振兴新突破三年行动)"),
        C("两城三区四基地", "numeric slogan"),
        C("一张蓝图", "numeric slogan (一张蓝图绘到底), as eval47's"),
        Q("2%", 2, "%", "地区生产总值增长(预计)", "growth", ind=GDP,
          note="预计 for a year that had ended when the report was given: not a target (README)"),
        Q("8.7%", 8.7, "%", "一般公共预算收入下降(预计)", "growth", ind=REV, change="decrease"),
        Q("3%", 3, "%", "规模以上工业增加值下降(预计)", "growth", ind=VA, change="decrease"),
        Q("1%", 1, "%", "固定资产投资增长(预计)", "growth", ind=FAI),
        Q("9%", 9, "%", "社会消费品零售总额增长(预计)", "growth", ind=RET),
        Q("5%", 5, "%", "城镇居民人均可支配收入增长(预计)", "growth", ind=URB,
          note="城乡居民人均可支配收入分别增长5%和8%: the first is the towns'"),
        Q("8%", 8, "%", "农村居民人均可支配收入增长(预计)", "growth", ind=RUR),
        D("这一年", "2023", "year", note="the reviewed year"),
        C("亿元以上", "size class (投资亿元以上项目)"),
        Q("330个", 330, "个", "实施投资亿元以上项目", "level"),
        Q("90%", 90, "%", "项目开(复)工率", "share"),
        Q("11个月", 11, "个月", "建设项目增速保持全省首位的连续月数", "level", borderline=True,
          note="连续11个月: a duration"),
        O("首位", "rank (保持全省首位)"),
        Q("130亿元", num("130亿"), "元", "争取上级资金", "level"),
        Q("11.9公顷", 11.9, "公顷", "新增建设用地", "level"),
        Q("152.7公顷", 152.7, "公顷", "消化处置批而未供和闲置土地", "level"),
        Q("12.9亿元", num("12.9亿"), "元", "投资电网、通讯、交通等基础设施", "level"),
        C("一号工程", "numeric slogan (招商引资“一号工程”)"),
    ],
)

# ---------------------------------------------------------------- 08 江西省, 澎湃新闻's story on 上半年 2018 (2018-07-18)
JX = "江西省"
JX_H1 = "2018-01/2018-06"
JX_H1_17 = "2017-01/2017-06"
JX_Q1 = "2018-01/2018-03"
PAGES["e70_08_jiangxi_20180718.txt"] = dict(
    pubdate="2018-07-18",
    pubnote="the kept line `澎湃新闻 2018-07-18 14:20` and the address 201807 (m.yybnet.net, a copy of 澎湃新闻's story)",
    area=JX, period=JX_H1,
    items=[
        D("今年上半年", JX_H1, "period", note="headline, one span"),
        Q("1万亿元", num("1万亿"), "元", "地区生产总值突破的关口", "level", q="more_than",
          note="headline: a threshold passed (突破…关口), as eval11's 台阶"),
        Q("9.0%", 9.0, "%", "地区生产总值同比增长", "growth", ind=GDP, note="headline"),
        D("2018-07-18 14:20", "2018-07-18T14:20", "time", rel=False, note="page metadata line"),
        D("7月18日", "2018-07-18", "day"),
        C("2018年上半年", "inside the press conference's name (as eval's earlier 2020年前三季度)"),
        D("上半年", JX_H1, "period"),
        Q("10124.5亿元", num("10124.5亿"), "元", "江西全省生产总值", "level", ind=GDP),
        Q("9.0%", 9.0, "%", "全省生产总值同比增长", "growth", ind=GDP),
        D("一季度", JX_Q1, "period", note="the comparison period (增速与一季度和上年同期持平)"),
        D("上年同期", JX_H1_17, "period", note="the comparison period"),
        O("第一产业", "industry ordinal"),
        Q("549.9亿元", num("549.9亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("3.5%", 3.5, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("4958.1亿元", num("4958.1亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("8.5%", 8.5, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("4616.5亿元", num("4616.5亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("10.5%", 10.5, "%", "第三产业增加值增长", "growth", ind=TI),
        D("上半年", JX_H1, "period"),
        Q("2277.5亿元", num("2277.5亿"), "元", "财政总收入", "level", note="total fiscal revenue, not the catalogue's 一般公共预算收入"),
        Q("16.7%", 16.7, "%", "财政总收入同比增长", "growth"),
        D("一季度", JX_Q1, "period", note="the comparison period"),
        Q("1.4个百分点", 1.4, "百分点", "财政总收入增速比一季度回落", "points", change="decrease"),
        D("上年同期", JX_H1_17, "period", note="the comparison period"),
        Q("7.8个百分点", 7.8, "百分点", "财政总收入增速比上年同期加快", "points"),
        Q("1411.8亿元", num("1411.8亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("10.3%", 10.3, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("9.1个百分点", 9.1, "百分点", "一般公共预算收入增速同比加快", "points", ind=REV),
        Q("3174.0亿元", num("3174.0亿"), "元", "一般公共预算支出", "level", ind=EXP),
        Q("17.4%", 17.4, "%", "一般公共预算支出增长", "growth", ind=EXP),
        D("一季度", JX_Q1, "period", note="the comparison period"),
        Q("1.5个百分点", 1.5, "百分点", "一般公共预算支出增速比一季度回落", "points", ind=EXP, change="decrease"),
        Q("3.5个百分点", 3.5, "百分点", "一般公共预算支出增速同比回落", "points", ind=EXP, change="decrease"),
        O("第一方阵", "rank tier (全国“第一方阵”)"),
        D("上半年", JX_H1, "period"),
        D("2018年上半年", JX_H1, "period", rel=False),
        O("首次", "first-of-kind word (首次突破)"),
        Q("1万亿", num("1万亿"), "元", "地区生产总值突破的关口", "level", q="more_than", implied=True,
          note="a threshold passed; 亿 without 元 (1万亿关口)"),
        D("2017年上半年", JX_H1_17, "period", rel=False),
        Q("8961.2 亿元", num("8961.2亿"), "元", "2017年上半年江西省GDP", "level", ind=GDP, per=JX_H1_17,
          note="a space inside the span as stored"),
        D("上半年", JX_H1, "period"),
        Q("966.0亿元", num("966.0亿"), "元", "农林牧渔业总产值", "level"),
        Q("3.8%", 3.8, "%", "农林牧渔业总产值同比增长", "growth"),
        Q("9.1%", 9.1, "%", "规模以上工业增加值同比增长", "growth", ind=VA),
        Q("11.7%", 11.7, "%", "固定资产投资同比增长", "growth", ind=FAI),
        D("上半年", JX_H1, "period"),
        Q("973.0亿元", num("973.0亿"), "元", "房地产开发投资", "level", ind=RE),
        Q("7.3%", 7.3, "%", "房地产开发投资同比增长", "growth", ind=RE),
        D("一季度", JX_Q1, "period", note="the comparison period"),
        Q("2.4个百分点", 2.4, "百分点", "房地产开发投资增速比一季度加快", "points", ind=RE),
        D("上年同期", JX_H1_17, "period", note="the comparison period"),
        Q("10.7个百分点", 10.7, "百分点", "房地产开发投资增速比上年同期回落", "points", ind=RE, change="decrease"),
        Q("2721.8万平方米", num("2721.8万"), "平方米", "商品房销售面积", "level"),
        Q("21.3%", 21.3, "%", "商品房销售面积增长", "growth"),
        Q("2376.4万平方米", num("2376.4万"), "平方米", "住宅销售面积", "level"),
        Q("22.6%", 22.6, "%", "住宅销售面积增长", "growth"),
        Q("1817.9亿元", num("1817.9亿"), "元", "商品房销售额", "level"),
        Q("35.3%", 35.3, "%", "商品房销售额增长", "growth"),
        Q("1496.2亿元", num("1496.2亿"), "元", "住宅销售额", "level"),
        Q("38.1%", 38.1, "%", "住宅销售额增长", "growth"),
        D("上半年", JX_H1, "period", note="the store breaks off after it"),
    ],
)
