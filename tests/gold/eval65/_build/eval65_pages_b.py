"""Annotations of pages 05-08 (新乡日报's story on 新乡's counties in 2021, 武宣县's deputy interviewed at the 广西 congress,
宜黄县's 2023 work report, 黎平县's 2023 work report), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
REV = "一般公共预算收入"
PAGES = {}

# ---------------------------------------------------------------- 05 新乡市 (河南), 新乡日报's story on the counties' 2021 figures (on 河南县域经济网)
XX = "新乡市"
CY = "长垣市"
HQ = "红旗区"
WB = "卫滨区"
HJ = "获嘉县"
YJ = "延津县"
GX = "高新区"
XXX = "新乡县"
XX_DAY = "2022-01-28"
PAGES["e65_05_xinxiang_20220128.txt"] = dict(
    pubdate=XX_DAY,
    pubnote="the kept line `日期:2022-01-28 09:25:26    来源:新乡日报` (xx.henance.com, 河南县域经济网's 新乡 column)",
    area=XX, period="2021",
    items=[
        D("2021年", "2021", "year", rel=False, note="in the headline (the counties' 2021 results)"),
        D("2022-01-28 09:25:26", "2022-01-28T09:25", "time", rel=False, note="page metadata line"),
        D("1月25日", "2022-01-25", "day", note="the bureau's release day; no year: the page's"),
        O("第1位", "rank"),
        D("2020年", "2020", "year", rel=False),
        Q("500亿元", num("500亿"), "元", "长垣市GDP", "level", q="more_than", ind=GDP, area=CY,
          note="突破了500亿元 (a verb outside the span)"),
        Q("529.59亿元", num("529.59亿"), "元", "长垣市GDP", "level", ind=GDP, area=CY),
        O("第一", "rank (稳坐全市“第一把交椅”, first place)"),
        Q("400亿元", num("400亿"), "元", "红旗区GDP", "level", q="nearly", ind=GDP, area="红旗区",
          note="接近400亿元 (接近 before the span, as a verb)"),
        Q("395.74亿元", num("395.74亿"), "元", "红旗区GDP", "level", ind=GDP, area=HQ),
        O("第2位", "rank"),
        Q("四区", 4, "区", "新乡市辖区", "level", borderline=True, per=XX_DAY,
          note="在四区八县(市)及平原示范区中: the base of the ranks, the city's districts"),
        Q("八县", 8, "县", "新乡市辖县(市)", "level", borderline=True, per=XX_DAY,
          note="the base of the ranks, the city's counties and county-level cities"),
        Q("9.3%", 9.3, "%", "卫滨区(含高新区)GDP增速", "growth", ind=GDP, area=WB),
        O("第1位", "rank"),
        Q("192.11亿元", num("192.11亿"), "元", "获嘉县经济总量", "level", ind=GDP, area=HJ),
        Q("8.2%", 8.2, "%", "获嘉县GDP增速", "growth", ind=GDP, area=HJ),
        O("第2位", "rank"),
        O("第三3位", "rank, written 第三3位 in the copy"),
        Q("16.7%", 16.7, "%", "卫滨区(含高新区)规模以上工业增加值增速", "growth", ind=VA, area=WB),
        Q("13.2%", 13.2, "%", "卫滨区自身规模以上工业增加值增长", "growth", ind=VA, area=WB),
        O("第3位", "rank"),
        Q("13.5%", 13.5, "%", "红旗区(含经开区)规模以上工业增加值增速", "growth", ind=VA, area=HQ),
        O("第2位", "rank"),
        Q("12.1%", 12.1, "%", "全市固定资产投资增速", "growth", ind=FAI),
        Q("7.6个百分点", 7.6, "百分点", "全市固定资产投资增速高于全省", "points", ind=FAI,
          note="the city's rate above 河南's: the city's figure"),
        Q("18.4%", 18.4, "%", "延津县固定资产投资增速", "growth", ind=FAI, area=YJ),
        Q("18%", 18, "%", "获嘉县、原阳县固定资产投资增速", "growth", ind=FAI, area=HJ,
          note="均为18%: one figure for 获嘉县 and 原阳县; the first named is written"),
        O("第2位", "rank"),
        Q("16.8%", 16.8, "%", "高新区固定资产投资增速", "growth", ind=FAI, area=GX),
        Q("16%", 16, "%", "新乡县、平原示范区固定资产投资增速", "growth", ind=FAI, area=XXX,
          note="都是16%: one figure for 新乡县 and 平原示范区; the first named is written"),
        O("第5位", "rank"),
        Q("15%", 15, "%", "卫滨区、凤泉区固定资产投资增速", "growth", ind=FAI, area=WB,
          note="one figure for 卫滨区 and 凤泉区; the first named is written"),
        O("第7位", "rank"),
    ],
)

# ---------------------------------------------------------------- 06 武宣县 (广西 来宾市), 广西广播电视台's interview with the county's party secretary at the region's congress
WX = "武宣县"
GXR = "广西"
WX_DAY = "2022-01-20"
PAGES["e65_06_wuxuan_20220120.txt"] = dict(
    pubdate=WX_DAY,
    pubnote="the kept line `新闻眼|来源:广西广播电视台综合广播2022-01-20 10:52:56|网络编辑:杨琪玉` and the address 2022/0120 "
            "(www.bbrtv.com, 广西广播电视台's site)",
    area=WX, period="2022",
    items=[
        C("两会", "fixed term (the programme's name, 《两会面对面》)"),
        D("2022-01-20 10:52:56", "2022-01-20T10:52", "time", rel=False, note="page metadata line"),
        D("今年", "2022", "year"),
        C("千亿元", "size class (千亿元园区)"),
        C("500亿元", "size class (500亿元园区)"),
        C("100亿元", "size class (100亿元园区)"),
        Q("3个", 3, "个", "千亿元园区(目标)", "level", area=GXR, target=True,
          note="力争: the region's aims for 2022 in its work report"),
        Q("4个", 4, "个", "500亿元园区(目标)", "level", area=GXR, target=True),
        Q("44个", 44, "个", "100亿元园区(目标)", "level", area=GXR, target=True),
        C("百亿", "size class (百亿园区)"),
        D("2022年", "2022", "year", rel=False),
        Q("百亿", num("1亿") * 100, "元", "武宣工业园区规模(目标)", "level", q="more_than", target=True,
          implied=True, note="力争实现工业园区过百亿: no unit written (百亿); 过 as more_than"),
        Q("111个", 111, "个", "广西县市区", "level", area=GXR, per=WX_DAY, borderline=True,
          note="the base of the aim that follows, the region's county-level units"),
        Q("44个", 44, "个", "百亿园区(目标)", "level", area=GXR, target=True,
          note="the same 44 parks of the region's aim"),
        C("百亿", "size class (百亿园区)"),
        Q("50万平(方米)", num("50万"), "平方米", "武宣东融产业园标房建设规模", "level", target=True,
          note="written 50万平(方米); a plan of the year (还要加快…建房), already begun"),
        D("今年", "2022", "year"),
        C("三大潜力", "numeric phrase (激发三大潜力)"),
        D("今年", "2022", "year"),
        Q("6.5%以上", 6.5, "%", "广西经济增长预期目标", "growth", q="at_least", ind=GDP, area=GXR, target=True),
        Q("3%", 3, "%", "广西一般公共预算收入增长(目标)", "growth", ind=REV, area=GXR, target=True),
        Q("7%", 7, "%", "广西规模以上工业增加值增长(目标)", "growth", ind=VA, area=GXR, target=True),
        Q("10%", 10, "%", "广西固定资产投资增长(目标)", "growth", ind=FAI, area=GXR, target=True),
        D("2021年", "2021", "year", rel=False),
        Q("10%左右", 10, "%", "武宣经济增长(预计)", "growth", q="approx", ind=GDP, per="2021",
          note="预计 of 2021, a year that has ended (the interview of 2022-01-20): an early outcome, not a target"),
        Q("20%", 20, "%", "武宣规模以上工业增加值增长", "growth", ind=VA, per="2021"),
        Q("28%", 28, "%", "武宣固定资产投资增长", "growth", ind=FAI, per="2021"),
        D("2021年", "2021", "year", rel=False),
        C("四好", "fixed term (四好农村路; 农村四好公路)"),
        D("2022年", "2022", "year", rel=False),
        D("当前", WX_DAY, "now", note="the interview's day (分析了当前我们广西存在一些困难); left out at first, added after "
                                     "seeing the first run's output"),
        D("2022年", "2022", "year", rel=False),
    ],
)

# ---------------------------------------------------------------- 07 宜黄县 (江西 抚州市), the county's 2023 work report (opening and the start of its 2022 review)
YH = "宜黄县"
YH_DAY = "2023-01-16"
PAGES["e65_07_yihuang_20230116.txt"] = dict(
    pubdate=YH_DAY,
    pubnote="the report's day, in its kept title `(2023年1月16日)` and subtitle `--2023年1月16日在宜黄县第十八届人民代表大会"
            "第三次会议上` (bx2200.com, a site reposting work reports; the address has no date)",
    area=YH, period="2022",
    items=[
        D("2023年1月16日", YH_DAY, "day", rel=False, note="in the page's title (the report's day)"),
        D("2023年1月16日", YH_DAY, "day", rel=False, note="the report's subtitle"),
        O("第十八届", "congress term"),
        O("第三次", "session number"),
        D("现在", YH_DAY, "now", note="the day the report was delivered"),
        O("一、", "list marker"),
        D("2022年", "2022", "year", rel=False, note="part name (2022年工作回顾)"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        O("二十大", "party congress"),
        C("两化融合", "fixed term (两化融合, informatisation with industrialisation)"),
        C("1", "a stray digit inside the honour's name as stored (省级两化融合1示范园区)"),
        Q("三名", 3, "名", "搭载神舟十五号的宇航员", "level", borderline=True,
          note="the national crew, one of them from the county: a real count, not an indicator"),
        C("神舟十五号", "name with a numeral (the spacecraft)"),
        Q("25年", 25, "年", "邓清明备战的年数", "level", borderline=True,
          note="a duration ending with the 2022 flight, arguably not an indicator"),
        C("九天", "idiom (圆梦九天, the heavens)"),
    ],
)

# ---------------------------------------------------------------- 08 黎平县 (贵州 黔东南州), the county's 2023 work report (opening and the start of its 2022 review)
LP = "黎平县"
LP_DAY = "2023-01-06"
PAGES["e65_08_liping_20230106.txt"] = dict(
    pubdate=LP_DAY,
    pubnote="the report's day, in its kept subtitle `(2023年1月6日在县第十八届人民代表大会第二次会议上)` (bx2200.com, a site "
            "reposting work reports; the address has no date)",
    area=LP, period="2022",
    items=[
        D("2023年1月6日", LP_DAY, "day", rel=False, note="the report's subtitle"),
        O("第十八届", "congress term"),
        O("第二次", "session number"),
        D("现在", LP_DAY, "now", note="the day the report was delivered"),
        O("一、", "list marker"),
        D("2022年", "2022", "year", rel=False, note="part name (2022年工作回顾)"),
        D("2022年", "2022", "year", rel=False),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reviewed year"),
        O("二十大", "party congress"),
        O("十八届", "the county government's term (县十八届人民政府)"),
        D("这一年", "2022", "year", note="the reviewed year (这一年,黎平赶超机遇叠加)"),
        C("新国发2号", "document number (the State Council's 国发〔2022〕2号, called 新国发2号)"),
        Q("41家", 41, "家", "出台配套政策的省直部门", "level", area="贵州",
          note="the province's departments: 贵州's figure"),
        D("这一年", "2022", "year", note="the reviewed year"),
        D("2022年", "2022", "year", rel=False),
        Q("106.6亿元", num("106.6亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("2.1%", 2.1, "%", "地区生产总值增长", "growth", ind=GDP),
        C("500万元以上", "size class (500万元以上固定资产投资)"),
        Q("39.73亿元", num("39.73亿"), "元", "500万元以上固定资产投资", "level", ind=FAI),
        Q("15.3%", 15.3, "%", "500万元以上固定资产投资增长", "growth", ind=FAI),
        Q("4.6亿元", num("4.6亿"), "元", "规上工业增加值", "level", ind=VA),
        Q("3.2%", 3.2, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("3.22亿元", num("3.22亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("1.1%", 1.1, "%", "一般公共预算收入增长", "growth", ind=REV),
    ],
)
