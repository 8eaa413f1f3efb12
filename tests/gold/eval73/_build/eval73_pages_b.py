"""Annotations of pages 05-08 (连平县's reply, 霞山区's 前三季度 2023, 广西's 上半年 2018, 来宾市's congress story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
I1, I2, I3 = "第一产业增加值", "第二产业增加值", "第三产业增加值"
IVA = "规模以上工业增加值"
PAGES = {}

# ---------------------------------------------------------------- 05 连平县 (广东 河源市), the county farm bureau's reply to deputies' motion, on a mirror
LP = "连平县"
LP_DAY = "2019-11-01"
PAGES["e73_05_lianping_20191101.txt"] = dict(
    pubdate=LP_DAY,
    pubnote="the reply's own date `2019年11月1日` (a mirror of 连平县人民政府's column 县人大建议办理结果公开 at sesekin.com; "
            "the copy keeps no posting date)",
    area=LP, period=LP_DAY,
    items=[
        D("目前", LP_DAY, "now", note="the reply's date"),
        Q("两家", 2, "家", "承包经营河角坪耕地的农业企业", "level", borderline=True,
          note="a small count in a reply, arguably not an indicator"),
        D("2019年11月1日", LP_DAY, "day", rel=False, note="the reply's date"),
    ],
)

# ---------------------------------------------------------------- 06 霞山区 (广东 湛江市), the district statistics bureau's 前三季度 2023 release
XS = "霞山区"
XS_Q3 = "2023-01/2023-09"
PAGES["e73_06_xiashan_20231107.txt"] = dict(
    pubdate="2023-11-07",
    pubnote="the kept line `发布时间 : 2023-11-07 15:34来源 : 湛江市霞山区统计局` (www.zjxs.gov.cn, 湛江市霞山区人民政府's "
            "site, 政府信息公开 > 湛江市霞山区统计局)",
    area=XS, period=XS_Q3,
    items=[
        C("2023年前三季度", "year and period inside the release's title (霞山区2023年前三季度经济运行简况)"),
        D("2023-11-07 15:34", "2023-11-07T15:34", "time", rel=False, note="page metadata line"),
        D("前三季度", XS_Q3, "period"),
        D("全年", "2023", "year", note="全年目标任务: the year"),
        D("前三季度", XS_Q3, "period"),
        Q("346.64亿元", num("346.64亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("6.0%", 6.0, "%", "地区生产总值增长", "growth", ind=GDP),
        O("(一)", "section marker"),
        D("前三季度", XS_Q3, "period"),
        Q("143.7亿元", num("143.7亿"), "元", "规模以上工业增加值", "level", ind=IVA),
        Q("6.2%", 6.2, "%", "规模以上工业增加值增长", "growth", ind=IVA),
        Q("4.4%", 4.4, "%", "制造业增加值增长", "growth"),
        Q("17.0%", 17.0, "%", "电力、热力、燃气及水生产和供应业增加值增长", "growth"),
        Q("17.3%", 17.3, "%", "采矿业增加值下降", "growth", change="decrease"),
        D("前三季度", XS_Q3, "period"),
        Q("38个", 38, "个", "有生产的规上工业行业", "level", borderline=True, note="the base of the count"),
        Q("17个", 17, "个", "增加值正增长的行业", "level"),
        Q("17.5%", 17.5, "%", "电力、热力生产和供应业增加值增长", "growth"),
        Q("13.7%", 13.7, "%", "植物油加工业增加值增长", "growth"),
        O("(二)", "section marker"),
        D("前三季度", XS_Q3, "period"),
        Q("3.1%", 3.1, "%", "固定资产投资增长", "growth", ind="固定资产投资"),
        Q("35.2%", 35.2, "%", "房地产开发投资增长", "growth", ind="房地产开发投资"),
        Q("14.6个百分点", 14.6, "百分点", "房地产开发投资拉动固定资产投资增长", "points"),
        Q("19.4%", 19.4, "%", "项目投资下降", "growth", change="decrease"),
        Q("11.5个百分点", 11.5, "百分点", "项目投资拉低固定资产投资增速", "points", change="decrease"),
        Q("45.2万平方米", num("45.2万"), "平方米", "商品房销售面积", "level"),
        Q("10.4%", 10.4, "%", "商品房销售面积增长", "growth"),
        Q("46.9亿元", num("46.9亿"), "元", "商品房销售额", "level"),
        Q("10.9%", 10.9, "%", "商品房销售额增长", "growth"),
        O("(三)", "section marker"),
        D("前三季度", XS_Q3, "period"),
        Q("258.87亿元", num("258.87亿"), "元", "社会消费品零售总额", "level", ind="社会消费品零售总额"),
        Q("6.4%", 6.4, "%", "社会消费品零售总额增长", "growth", ind="社会消费品零售总额"),
        Q("235.14亿元", num("235.14亿"), "元", "商品零售额", "level"),
        Q("6.2%", 6.2, "%", "商品零售额增长", "growth"),
        Q("23.73亿元", num("23.73亿"), "元", "餐饮收入额", "level"),
        Q("7.7%", 7.7, "%", "餐饮收入额增长", "growth"),
        Q("90.54亿元", num("90.54亿"), "元", "限额以上零售额", "level"),
        Q("5.6%", 5.6, "%", "限额以上零售额增长", "growth"),
        Q("168.33亿元", num("168.33亿"), "元", "限额以下零售额", "level"),
        Q("6.8%", 6.8, "%", "限额以下零售额增长", "growth"),
        Q("近65%", 65, "%", "石油及制品类零售额占限额以上消费品零售额比重", "share", q="nearly"),
        D("前三季度", XS_Q3, "period"),
        Q("39.15亿元", num("39.15亿"), "元", "石油及制品类商品零售额", "level"),
        Q("8.0%", 8.0, "%", "石油及制品类商品零售额增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 07 广西壮族自治区, 广西日报's story on the region's 上半年 2018 figures, on 国际在线's 广西 channel
GX = "广西壮族自治区"
GX_H1 = "2018-01/2018-06"
PAGES["e73_07_guangxi_20180727.txt"] = dict(
    pubdate="2018-07-27",
    pubnote="the address's 20180727 (gx.cri.cn, 国际在线's 广西 channel; 广西日报记者 谭卓雯); the release it reports was "
            "published `7月24日`",
    area=GX, period=GX_H1,
    items=[
        D("7月24日", "2018-07-24", "day", note="the release's day"),
        D("今年上半年", GX_H1, "period"),
        D("上半年", GX_H1, "period"),
        Q("8762.63亿元", num("8762.63亿"), "元", "生产总值(GDP)", "level", ind=GDP),
        Q("6.2%", 6.2, "%", "生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("786.40亿元", num("786.40亿"), "元", "第一产业增加值", "level", ind=I1),
        Q("4.6%", 4.6, "%", "第一产业增加值增长", "growth", ind=I1),
        O("第二产业", "industry ordinal"),
        Q("4224.20亿元", num("4224.20亿"), "元", "第二产业增加值", "level", ind=I2),
        Q("3.3%", 3.3, "%", "第二产业增加值增长", "growth", ind=I2),
        O("第三产业", "industry ordinal"),
        Q("3752.03亿元", num("3752.03亿"), "元", "第三产业增加值", "level", ind=I3),
        Q("10.2%", 10.2, "%", "第三产业增加值增长", "growth", ind=I3),
        C("三次产业", "fixed term"),
        Q("9.0%", 9.0, "%", "第一产业增加值占生产总值比重", "share"),
        Q("48.2%", 48.2, "%", "第二产业增加值占生产总值比重", "share"),
        Q("42.8%", 42.8, "%", "第三产业增加值占生产总值比重", "share"),
        D("上半年", GX_H1, "period"),
        D("上半年", GX_H1, "period"),
        O("1", "list marker (a line of its own)"),
        Q("66.0%", 66.0, "%", "服务业对经济增长的贡献率", "share"),
        O("第三产业", "industry ordinal"),
        Q("10.2%", 10.2, "%", "第三产业增加值增长", "growth", ind=I3),
        D("一季度", "2018-01/2018-03", "period"),
        Q("0.5个百分点", 0.5, "百分点", "第三产业增速比一季度加快", "points", ind=I3),
        Q("42.8%", 42.8, "%", "第三产业占生产总值比重", "share"),
        Q("66.0%", 66.0, "%", "第三产业对经济增长的贡献率", "share"),
        O("2", "list marker (a line of its own)"),
        D("上半年", GX_H1, "period"),
        Q("11.5%", 11.5, "%", "固定资产投资(不含农户)增长", "growth", ind="固定资产投资"),
        Q("14.8%", 14.8, "%", "民间投资增长", "growth"),
        O("3", "list marker (a line of its own)"),
        Q("15.4%", 15.4, "%", "家用电器和音像器材类商品零售额增长", "growth"),
        Q("15.0%", 15.0, "%", "建筑及装潢材料类零售额增长", "growth"),
        Q("12.5%", 12.5, "%", "石油及制品类零售额增长", "growth"),
        Q("11.1%", 11.1, "%", "体育娱乐用品类零售额增长", "growth"),
        Q("7.6%", 7.6, "%", "化妆品类零售额增长", "growth"),
        Q("6.0%", 6.0, "%", "粮油食品类零售额增长", "growth"),
        Q("5.8%", 5.8, "%", "汽车类零售额增长", "growth"),
        O("4", "list marker (a line of its own)"),
        D("上半年", GX_H1, "period"),
        Q("1815.88亿元", num("1815.88亿"), "元", "进出口总额", "level", ind="进出口总额"),
        Q("4.7%", 4.7, "%", "进出口总额增长", "growth", ind="进出口总额"),
        Q("890.15亿元", num("890.15亿"), "元", "出口", "level", ind="出口总额"),
        Q("925.73亿元", num("925.73亿"), "元", "进口", "level", ind="进口总额"),
        O("5", "list marker (a line of its own)"),
        Q("175.65亿元", num("175.65亿"), "元", "高新技术产品出口", "level"),
        Q("36.2%", 36.2, "%", "高新技术产品出口增长", "growth"),
        Q("405.31亿元", num("405.31亿"), "元", "机电产品出口", "level"),
        Q("27.8%", 27.8, "%", "机电产品出口增长", "growth"),
        Q("59.69亿元", num("59.69亿"), "元", "农产品出口", "level"),
        Q("0.4%", 0.4, "%", "农产品出口下降", "growth", change="decrease"),
        O("6", "list marker (a line of its own)"),
        Q("80.7%", 80.7, "%", "民生重点领域支出占一般公共预算支出比重", "share"),
        D("上半年", GX_H1, "period"),
        Q("1513.79亿元", num("1513.79亿"), "元", "财政收入", "level"),
        Q("9.0%", 9.0, "%", "财政收入增长", "growth"),
        Q("598.71亿元", num("598.71亿"), "元", "税收收入", "level", ind="税收收入"),
        Q("11.3%", 11.3, "%", "税收收入增长", "growth", ind="税收收入"),
        Q("293.99亿元", num("293.99亿"), "元", "非税收入", "level"),
        Q("8.8%", 8.8, "%", "非税收入下降", "growth", change="decrease"),
        Q("2623.06亿元", num("2623.06亿"), "元", "一般公共预算支出", "level", ind="一般公共预算支出"),
        Q("10.2%", 10.2, "%", "一般公共预算支出增长", "growth", ind="一般公共预算支出"),
    ],
)

# ---------------------------------------------------------------- 08 来宾市 (广西), a copy of a story on the city congress's opening (2024-02-02)
LB = "来宾市"
LB_DAY = "2024-02-02"
PAGES["e73_08_laibin_20240202.txt"] = dict(
    pubdate=LB_DAY,
    pubnote="the dateline `2月2日,来宾市第五届人民代表大会第五次会议…开幕` with the report's `2023年工作回顾,2024年…`: "
            "2024-02-02 (bartaanimalhospital.com, a copy whose publisher is not named; the address has no date) — "
            "**unsure**: the page's own day is not given, the session's day is used (as eval50's 海丰, eval51's 隆回)",
    area=LB, period=LB_DAY,
    items=[
        D("2月2日", LB_DAY, "day", note="the session's day"),
        O("第五届", "congress term"),
        O("第五次", "session"),
        C("四家班子", "fixed term (the city's four leading bodies)"),
        O("五届人大五次", "congress term and session as one span (as eval50's 十七届人大五次)"),
        Q("333人", 333, "人", "应到代表", "level", note="delegates of the session (as eval49's to eval51's)"),
        Q("304人", 304, "人", "出席开幕会的代表", "level"),
        D("上午9时", "2024-02-02T09:00", "time", note="the session's opening hour"),
        O("第五届", "congress term"),
        O("第五次", "session"),
        O("第五届", "the government's term (市第五届人民政府)"),
        Q("两部分", 2, "部分", "政府工作报告的部分", "level", borderline=True,
          note="the report's parts (as eval51's 两大部分), not an indicator"),
        D("2023年", "2023", "year", rel=False, note="part name (2023年工作回顾)"),
        D("2024年", "2024", "year", rel=False, note="part name"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        Q("三年", 3, "年", "新冠疫情防控时长", "level", borderline=True, per="2020/2022",
          note="三年新冠疫情防控: a duration naming a past period, arguably not an indicator (as the earlier sets')"),
        C("四个专项行动", "numeric slogan"),
        C("六个攻坚行动", "numeric slogan"),
        C("三大重点工作", "named set"),
        D("全年", "2023", "year", note="the reviewed year"),
        Q("5.1%", 5.1, "%", "地区生产总值增长", "growth", ind=GDP, per="2023"),
        Q("19.5%", 19.5, "%", "规上工业增加值增长", "growth", ind=IVA, per="2023"),
        Q("2%", 2, "%", "社会消费品零售总额增长", "growth", ind="社会消费品零售总额", per="2023"),
        Q("14.5%", 14.5, "%", "外贸进出口总额增长", "growth", ind="进出口总额", per="2023"),
    ],
)
