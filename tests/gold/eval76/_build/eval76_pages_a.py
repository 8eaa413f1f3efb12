"""Annotations of pages 01-04 (霍山县's and 道里区's work reports, 金湾区's story, 文山市's reply), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PAGES = {}

EST = "预计全年 in a report given on 2023-01-05 on the year 2022, which has ended: an early estimate of the outcome, not a target"

# ---------------------------------------------------------------- 01 霍山县 (安徽 六安市), the county's 2023 government work report (its opening and the start of the 2022 review), on a copy
HS = "霍山县"
HS_REV = "2022"
PAGES["e76_01_huoshan_20230105.txt"] = dict(
    pubdate="2023-01-05",
    pubnote="the report's subtitle `2023年1月5日在霍山县第十八届人民代表大会第二次会议上` (http://bx2200.com/baogao/huadong/4327.html, "
            "a copy giving no posting day: the delivery day is used, unsure)",
    area=HS, period=HS_REV,
    items=[
        D("2023年1月5日", "2023-01-05", "day", rel=False, note="the report's subtitle (text)"),
        O("第十八届", "congress term"),
        O("第二次", "session number"),
        D("现在", "2023-01-05", "now", note="现在,我代表…: the report's day (as the earlier sets' work reports)"),
        O("一、", "list marker"),
        D("2022年", "2022", "year", rel=False, note="the part's name (一、2022年工作回顾)"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reviewed year"),
        O("二十大", "party congress"),
        D("全年", "2022", "year", note="预计全年…: the reviewed year"),
        Q("6.3%", 6.3, "%", "地区生产总值增长", "growth", ind=GDP, note=EST),
        Q("12.1%", 12.1, "%", "一般公共预算收入增长", "growth", ind="一般公共预算收入", note=EST),
        Q("27%", 27, "%", "固定资产投资增长", "growth", ind="固定资产投资", note=EST),
        Q("5.6%", 5.6, "%", "社会消费品零售总额增长", "growth", ind="社会消费品零售总额", note=EST),
        Q("6.5%", 6.5, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入", note=EST),
        Q("10.8%", 10.8, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入", note=EST),
        D("这一年", "2022", "year", note="the reviewed year (as eval23's)"),
        C("两山", "numeric slogan (“两山”理念)"),
        C("四好农村路", "fixed term"),
        O("第二", "rank (全省第二)"),
        C("百强县", "size class (全国农产品数字化“百强县”)"),
        D("这一年", "2022", "year", note="the reviewed year"),
        Q("9.02亿元", num("9.02亿"), "元", "发行地方专项债资金", "level"),
        Q("超12亿元", num("12亿"), "元", "争取各类政策性资金", "level", q="more_than"),
        C("亿元以上", "size class (亿元以上重点项目)"),
        Q("73个", 73, "个", "推进省市亿元以上重点项目", "level"),
        Q("103.7亿元", num("103.7亿"), "元", "重点项目完成投资", "level"),
        Q("80亿元", num("80亿"), "元", "霍山抽水蓄能电站总投资", "level",
          note="the project's total investment, named in the review of 2022 (the section's period)"),
    ],
)

# ---------------------------------------------------------------- 02 哈尔滨市道里区 (黑龙江), the district's 2005 government work report on its own site (the opening and the start of the 2004 review)
DL = "哈尔滨市道里区"
DL_REV = "2004"
DL_EST = "全年预计 in a report given on 2005-01-19 on the year 2004, which had ended: an early estimate, not a target"
PAGES["e76_02_daoli_20050218.txt"] = dict(
    pubdate="2005-02-18",
    pubnote="the address art/2005/2/18 (www.hrbdl.gov.cn, 道里区's site); the report was given on 2005-01-19 (its subtitle)",
    area=DL, period=DL_REV,
    items=[
        C("2005年", "year inside the page's title (2005年政府工作报告)"),
        D("2005年1月19日", "2005-01-19", "day", rel=False, note="the report's subtitle (text)"),
        O("第十三届", "congress term"),
        O("第三次", "session number"),
        D("现在", "2005-01-19", "now", note="现在,我代表…: the report's day"),
        D("2004年", "2004", "year", rel=False, note="the part's name (2004年工作的简要回顾)"),
        D("2004年", "2004", "year", rel=False),
        O("第十三届", "term of the district government (第十三届区政府)"),
        D("一年来", "2004", "year", note="in a work report 一年来 is the reviewed year"),
        C("三个代表", "fixed term"),
        O("十六届三中、四中全会", "party plenums"),
        O("第十三届二次", "congress term and session as one span (区第十三届二次人代会)"),
        O("一、", "list marker"),
        D("全年", "2004", "year", note="全年预计…: the reviewed year"),
        Q("66.9亿元", num("66.9亿"), "元", "区生产总值", "level", ind=GDP, note=DL_EST),
        Q("47889万元", num("47889万"), "元", "区本级财政收入", "level",
          note="the district's own-level revenue (区本级), not the catalogue's 一般公共预算收入; " + DL_EST),
        Q("4837元", 4837, "元", "农民人均纯收入", "level", note="the older measure, not 农村居民人均可支配收入 (as eval51's)"),
        Q("17.1%", 17.1, "%", "区生产总值增长", "growth", ind=GDP),
        Q("17.3%", 17.3, "%", "区本级财政收入增长", "growth"),
        Q("8.5%", 8.5, "%", "农民人均纯收入增长", "growth"),
        Q("6.3万亩", num("6.3万"), "亩", "粮食面积", "level"),
        Q("9.2万亩", num("9.2万"), "亩", "蔬菜面积", "level"),
        Q("5.4万吨", num("5.4万"), "吨", "粮食产量", "level", ind="粮食产量"),
        Q("20.5万吨", num("20.5万"), "吨", "蔬菜产量", "level"),
        Q("7.5万亩", num("7.5万"), "亩", "经济、饲料作物面积", "level"),
        Q("2.75万头", num("2.75万"), "头", "奶牛存栏", "level", note="a stock, in the review of 2004 (the section's period)"),
        Q("60%以上", 60, "%", "畜牧业产值占农业总产值比重", "share", q="at_least"),
        C("十强县", "size class (全省十强县(区))"),
        Q("6个", 6, "个", "完成农业综合开发项目", "level"),
        Q("2.5万亩", num("2.5万"), "亩", "签订农业订单面积", "level"),
        Q("2495万元", num("2495万"), "元", "农业基础设施建设投入", "level"),
    ],
)

# ---------------------------------------------------------------- 03 金湾区 (广东 珠海市), 金湾区融媒体中心's story on the deputies' proposals handed out for 2024
JW = "金湾区"
PAGES["e76_03_jinwan_20240409.txt"] = dict(
    pubdate="2024-04-09",
    pubnote="the kept byline `金湾区融媒体中心 2024-04-09 20:16` (pub-static.hizh.cn, 珠海's news platform)",
    area=JW, period="2024",
    items=[
        C("2024年", "year inside the meeting's name (title: 2024年市、区两级人大代表议案、建议交办会)"),
        C("两级", "fixed phrase (市、区两级, the two levels of congress)"),
        O("十届人大四次", "congress term and session as one span (珠海市十届人大四次会议), as eval51's"),
        O("五届人大四次", "congress term and session as one span (金湾区五届人大四次会议)"),
        D("4月7日下午", "2024-04-07", "day"),
        Q("20多位", 20, "位", "参会的承办部门主要负责人", "level", q="more_than", per="2024-04-07",
          note="those at the meeting of 4月7日"),
        D("2023年", "2023", "year", rel=False, note="the year of the handled proposals being rated"),
        C("两级", "fixed phrase (市、区两级)"),
        D("2024年", "2024", "year", rel=False),
        C("两级", "fixed phrase (市、区两级)"),
        D("2023年", "2023", "year", rel=False),
        C("四个镇", "numeral inside a proposal's title (《关于在全区四个镇的…建议》)"),
        C("两级", "fixed phrase (区、镇两级)"),
        D("2024年", "2024", "year", rel=False),
        O("十届人大四次", "congress term and session as one span (市十届人大四次会议)"),
        Q("16件", 16, "件", "交由金湾区办理的市人大代表建议", "level"),
        Q("2件", 2, "件", "主办件", "level"),
        Q("14件", 14, "件", "会办件", "level"),
        O("五届人大四次", "congress term and session as one span (区五届人大四次会议)"),
        Q("1件", 1, "件", "区人大代表议案", "level"),
        Q("45件", 45, "件", "区人大代表建议", "level"),
        Q("100%", 100, "%", "与人大代表沟通率", "share", target=True, per="2024-04-09",
          note="接下来…继续落实好与人大代表100%沟通: a plan naming no period: the page's date, by OBSERVATIONS' reach rule "
               "(corrected after the first run, from 2024)"),
        C("三见面", "numeric slogan"),
        D("2024年", "2024", "year", rel=False),
        C("两级", "fixed phrase (市、区两级)"),
        C("2024年", "year inside the meeting's name (the title repeated)"),
        C("两级", "fixed phrase (市、区两级, in the repeated title)"),
        D("2024-04-09 20:16", "2024-04-09T20:16", "time", rel=False, note="the byline's time"),
    ],
)

# ---------------------------------------------------------------- 04 文山市 (云南 文山州), the city transport bureau's reply to deputies' proposal 第69号
WS = "文山市"
GM = "古木镇"  # the road (莲花塘村至布都村) is the town's project (经我局与古木镇政府研究决定…由乡政府组织实施)
WS_NOTE = "the deputies' proposed road: a plan not yet built (no time given: the page's date)"
PAGES["e76_04_wenshan_20190903.txt"] = dict(
    pubdate="2019-09-03",
    pubnote="the kept metadata `发布日期:2019年09月03日` (www.ynwss.gov.cn, 文山市人民政府's site; 信息来源 文山市交通运输局); "
            "the letter is dated 2019年6月30日",
    area=WS, period="2019-09-03",
    items=[
        O("第三届", "congress term"),
        O("第四次", "session number"),
        O("第69号", "proposal number"),
        C("文市交函〔2019〕97号", "document number"),
        D("2019年09月03日", "2019-09-03", "day", rel=False, note="metadata (发布日期)"),
        Q("750米", 750, "米", "建议修建的通村公路长度", "level", target=True, note=WS_NOTE, area=GM),
        Q("4米", 4, "米", "建议修建的通村公路宽度", "level", target=True, borderline=True, note=WS_NOTE,
          area=GM),
        Q("23万元", num("23万"), "元", "通村公路概算投资", "level", target=True, note=WS_NOTE, area=GM),
        Q("18万元", num("18万"), "元", "市人大专项资金补助", "level",
          note="已列入…补助18万元: an allocation already made"),
        D("2019年6月30日", "2019-06-30", "day", rel=False, note="the letter's date"),
    ],
)
