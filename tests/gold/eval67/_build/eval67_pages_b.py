"""Annotations of pages 05-08 (经济日报's 本报讯 on 黑龙江's 上半年 2010, 桐乡市's August 2009 item, a copy of the
兵团's 前三季度 2015 release story and 人民网's story on 贵州's 前三季度 2022), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PI = "第一产业增加值"
SI = "第二产业增加值"
TI = "第三产业增加值"
VA = "规模以上工业增加值"
GO = "规模以上工业总产值"
PAGES = {}

# ---------------------------------------------------------------- 05 黑龙江省, 经济日报's 本报讯 on 上半年 2010 (2010-08-03)
HL = "黑龙江省"
HL_DAY = "2010-08-03"
H1 = "2010-01/2010-06"
PAGES["e67_05_heilongjiang_20100803.txt"] = dict(
    pubdate=HL_DAY,
    pubnote="from the address (`jjrb/html/2010-08/03`, 经济日报's e-paper issue); the copy has no date line",
    area=HL, period=H1,
    items=[
        D("年初以来", "2010", "period"),
        C("八大经济区", "numeric fixed term (the province's eight economic zones)"),
        C("十大工程", "numeric fixed term"),
        D("上半年", H1, "period"),
        Q("4202亿元", num("4202亿"), "元", "全省地区生产总值", "level", ind=GDP),
        Q("12.9%", 12.9, "%", "地区生产总值同比增长", "growth", ind=GDP),
        C("千亿斤", "inside the programme's name (千亿斤粮食产能工程)"),
        D("今年", "2010", "year"),
        Q("2.14亿亩", num("2.14亿"), "亩", "全省农作物播种面积", "level", per="2010",
          note="今年春播期: this year's sown area"),
        D("上年", "2009", "year"),
        Q("2.7%", 2.7, "%", "农作物播种面积比上年增长", "growth", per="2010"),
        D("目前", HL_DAY, "now"),
        C("四大主粮", "numeric fixed term (四大主粮作物)"),
        D("上半年", H1, "period"),
        Q("4831元", 4831, "元", "农村居民人均现金收入", "level",
          note="现金收入, not the catalogue's 可支配收入"),
        Q("7.1%", 7.1, "%", "农村居民人均现金收入同比增长", "growth"),
        D("今年上半年", H1, "period"),
        Q("1844.1亿元", num("1844.1亿"), "元", "规模以上工业增加值", "level", ind=VA),
        D("2008年同期", "2008-01/2008-06", "period"),
        Q("116亿元", num("116亿"), "元", "规模以上工业增加值总量比2008年同期净增", "difference", ind=VA),
        C("四大主导产业", "numeric fixed term"),
        Q("1639.7亿元", num("1639.7亿"), "元", "四大主导产业工业增加值", "level"),
        D("上年同期", "2009-01/2009-06", "period"),
        Q("12.1%", 12.1, "%", "四大主导产业工业增加值增长", "growth"),
        Q("88.9%", 88.9, "%", "四大主导产业占规模以上工业的比重", "share"),
        C("六大新兴产业", "numeric fixed term"),
        Q("149.6亿元", num("149.6亿"), "元", "六大新兴产业增加值", "level"),
        Q("22.3%", 22.3, "%", "六大新兴产业增加值增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 06 桐乡市 (浙江 嘉兴市), an item on August 2009's industry (2009-09-17)
TX = "桐乡市"
TX_DAY = "2009-09-17"
PAGES["e67_06_tongxiang_20090917.txt"] = dict(
    pubdate=TX_DAY,
    pubnote="from the address (`txnews/system/2009/09/17`, 桐乡新闻网's archive on 浙江在线); the copy has no date line",
    area=TX, period="2009-08",
    items=[
        D("8月", "2009-08", "month"),
        Q("62.9亿元", num("62.9亿"), "元", "规模以上工业企业完成产值", "level", ind=GO),
        Q("0.7%", 0.7, "%", "规模以上工业产值同比增长", "growth", ind=GO),
        D("今年", "2009", "year"),
        Q("两个", 2, "个", "突破", "level", borderline=True, note="a back-reference to the two firsts named next"),
        Q("60亿元", num("60亿"), "元", "单月产值首次突破", "level", q="more_than", ind=GO,
          note="突破, a verb outside the span"),
        D("8月份", "2009-08", "month"),
        Q("22家", 22, "家", "新增规上企业", "level"),
        Q("1.7亿元", num("1.7亿"), "元", "新增规上企业完成产值", "level"),
        Q("794万元", num("794万"), "元", "平均单家企业完成产值", "level"),
    ],
)

# ---------------------------------------------------------------- 07 新疆生产建设兵团, a copy of the 前三季度 2015 release story (2015-10-26)
BT = "新疆生产建设兵团"
BT_DAY = "2015-10-26"
Q3 = "2015-01/2015-09"
Q3_LY = "2014-01/2014-09"
PAGES["e67_07_bingtuan_20151026.txt"] = dict(
    pubdate=BT_DAY,
    pubnote="the kept line `26.10.2015  17:55` (wulumuqi.baogaosu.com, a news aggregator's copy)",
    area=BT, period=Q3,
    items=[
        D("前三季度", Q3, "period", note="headline"),
        D("26.10.2015  17:55", "2015-10-26T17:55", "time", rel=False, note="page metadata line"),
        D("前三季度", Q3, "period"),
        C("首季", "inside a campaign's name (首季“开门红”)"),
        C("百日", "inside a campaign's name (投资百日攻坚)"),
        D("前三季度", Q3, "period"),
        D("前三季度", Q3, "period"),
        Q("1147.06亿元", num("1147.06亿"), "元", "兵团生产总值", "level", ind=GDP),
        Q("12.1%", 12.1, "%", "生产总值同比增长", "growth", ind=GDP),
        D("上年同期", Q3_LY, "period"),
        Q("4.2个百分点", 4.2, "百分点", "生产总值增速较上年同期回落", "points", ind=GDP, change="decrease"),
        Q("5.2个百分点", 5.2, "百分点", "生产总值增速高于全国", "points", ind=GDP),
        D("前三季度", Q3, "period"),
        Q("2032万亩", num("2032万"), "亩", "农作物播种面积", "level", per="2015"),
        Q("2.0%", 2.0, "%", "农作物播种面积同比增长", "growth", per="2015"),
        D("前三季度", Q3, "period"),
        Q("308.28亿元", num("308.28亿"), "元", "规模以上工业增加值", "level", ind=VA),
        Q("15.5%", 15.5, "%", "规模以上工业增加值同比增长", "growth", ind=VA),
        D("上年同期", Q3_LY, "period"),
        Q("4.7个百分点", 4.7, "百分点", "规上工业增速较上年同期回落", "points", ind=VA, change="decrease"),
        D("上半年", "2015-01/2015-06", "period"),
        Q("3.2个百分点", 3.2, "百分点", "规上工业增速较上半年回落", "points", ind=VA, change="decrease"),
        Q("9.3个百分点", 9.3, "百分点", "规上工业增速高于全国", "points", ind=VA),
        D("前三季度", Q3, "period"),
        Q("30.7%", 30.7, "%", "农副食品加工业增加值增长", "growth"),
        Q("32.7%", 32.7, "%", "化学原料和化学制品制造业增加值增长", "growth"),
        Q("19.9%", 19.9, "%", "有色金属冶炼和压延加工业增加值增长", "growth"),
        Q("3个", 3, "个", "行业", "level", borderline=True, note="a back-reference to the three industries"),
        Q("超七成", 70, "%", "3个行业对规模以上工业贡献率", "share", q="more_than", note="七成 = 70%"),
        D("三季度", "2015-07/2015-09", "period"),
        Q("642.61亿元", num("642.61亿"), "元", "新开工项目完成投资", "level", per="2015-07/2015-09"),
        Q("46.4%", 46.4, "%", "新开工项目投资占投资总额", "share", per="2015-07/2015-09"),
        Q("11.1%", 11.1, "%", "新开工项目投资同比增长", "growth", per="2015-07/2015-09"),
        D("今年以来", "2015", "period"),
        D("一季度", "2015-01/2015-03", "period"),
        Q("24.9%", 24.9, "%", "一季度投资增速", "growth", ind="固定资产投资", per="2015-01/2015-03"),
        Q("6个月", 6, "个月", "投资增速连续回落", "level", borderline=True, per="2015",
          note="a duration"),
        D("前三季度", Q3, "period"),
        Q("561.82亿元", num("561.82亿"), "元", "基础设施投资", "level"),
        Q("18.9%", 18.9, "%", "基础设施投资同比增长", "growth"),
        Q("18.2个百分点", 18.2, "百分点", "基础设施投资增速高于兵团投资增速", "points"),
        Q("6.5个百分点", 6.5, "百分点", "基础设施投资拉动投资总额增长", "points"),
    ],
)

# ---------------------------------------------------------------- 08 贵州省, 人民网's story on 前三季度 2022 (2022-11-02)
GZ = "贵州省"
GZ_DAY = "2022-11-02"
Q3B = "2022-01/2022-09"
Q3B_LY = "2021-01/2021-09"
PAGES["e67_08_guizhou_20221102.txt"] = dict(
    pubdate=GZ_DAY,
    pubnote="the dateline `人民网贵阳11月2日电` and the address (`2022-11-02`) (gz.cri.cn, 国际在线's 贵州 channel)",
    area=GZ, period=Q3B,
    items=[
        D("11月2日", GZ_DAY, "day", note="dateline"),
        D("11月1日", "2022-11-01", "day"),
        D("前三季度", Q3B, "period"),
        Q("14755.92亿元", num("14755.92亿"), "元", "贵州全省地区生产总值", "level", ind=GDP),
        D("上年同期", Q3B_LY, "period"),
        Q("2.8%", 2.8, "%", "地区生产总值比上年同期增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("2085.02亿元", num("2085.02亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("3.7%", 3.7, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("5307.79亿元", num("5307.79亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("4.8%", 4.8, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("7363.11亿元", num("7363.11亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("1.1%", 1.1, "%", "第三产业增加值增长", "growth", ind=TI),
        D("前三季度", Q3B, "period"),
        Q("3567.34亿元", num("3567.34亿"), "元", "农林牧渔业总产值", "level"),
        D("上年同期", Q3B_LY, "period"),
        Q("4.3%", 4.3, "%", "农林牧渔业总产值增长", "growth"),
        D("前三季度", Q3B, "period"),
        D("上年同期", Q3B_LY, "period"),
        Q("5.5%", 5.5, "%", "规模以上工业增加值增长", "growth", ind=VA),
        D("上半年", "2022-01/2022-06", "period"),
        Q("6.6个百分点", 6.6, "百分点", "规上工业增速比上半年回落", "points", ind=VA, change="decrease"),
        D("前三季度", Q3B, "period"),
        D("上年同期", Q3B_LY, "period"),
        Q("1.1%", 1.1, "%", "服务业增加值增长", "growth", ind=TI),
        D("前三季度", Q3B, "period"),
        D("前三季度", Q3B, "period"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
    ],
)
