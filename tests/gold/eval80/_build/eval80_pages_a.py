"""Annotations of pages 01-04 (沙坪坝区's 一季度 2021 story, 巫山县's reply to a deputy, 龙泉驿区's item on its signed projects, 陕西省's 上半年 2022 release), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
PAGES = {}

# ---------------------------------------------------------------- 01 沙坪坝区 (重庆), 沙坪坝报讯 on 渝西都市报's e-paper: the district's 一季度 2021
SPB = "沙坪坝区"
SPB_Q1 = "2021-01/2021-03"
PAGES["e80_01_shapingba_20210430.txt"] = dict(
    pubdate="2021-04-30",
    pubnote="the kept line `渝西都市报 2021年04月30日 赵杰昌` and the address 2021-04/30",
    area=SPB, period=SPB_Q1,
    items=[
        D("一季度", SPB_Q1, "period", note="the headline's quarter; the year from the page's date"),
        Q("262.8亿元", num("262.8亿"), "元", "地区生产总值", "level", ind=GDP,
          note="the subtitle under the headline: the headline's 一季度 leads it"),
        Q("18.5%", 18.5, "%", "地区生产总值增长", "growth", ind=GDP),
        D("2021年04月30日", "2021-04-30", "day", rel=False, note="the e-paper's line under the headline: text, annotated"),
        D("近日", None, "vague"),
        C("2021年一季度", "year and quarter inside a meeting's name (…大会暨2021年一季度经济形势分析会), as eval58's 上半年 inside a press conference's name"),
        D("今年一季度", SPB_Q1, "period"),
        D("今年一季度", SPB_Q1, "period"),
        Q("262.8亿元", num("262.8亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("18.5%", 18.5, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第二产业", "industry ordinal"),
        Q("69亿元", num("69亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("26.1%", 26.1, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("193亿元", num("193亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("15.9%", 15.9, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        Q("9项", 9, "项", "经济社会发展主要指标", "level", borderline=True,
          note="the count of the indicators reviewed (as the earlier sets' 四项指标): arguably not an indicator"),
        Q("3项", 3, "项", "位居中心城区前列的指标", "level", borderline=True),
        Q("28.9%", 28.9, "%", "固定资产投资增长", "growth", ind="固定资产投资"),
        Q("51.8%", 51.8, "%", "社会消费品零售总额增长", "growth", ind="社会消费品零售总额"),
        Q("35.7%", 35.7, "%", "一般公共预算收入增长", "growth", ind="一般公共预算收入"),
        Q("5项", 5, "项", "两年平均增速高于全市的指标", "level", borderline=True),
        Q("17", 17, "百分点", "固定资产投资两年平均增速高于全市", "points", ind="固定资产投资", inherited=True,
          note="the gaps of the two-year average growth above 全市 (as the earlier sets' 高于全市…个百分点): points, the district's"),
        Q("10.1", 10.1, "百分点", "税收收入两年平均增速高于全市", "points", ind="税收收入", inherited=True),
        Q("6", 6, "百分点", "规上工业增加值两年平均增速高于全市", "points", ind=IND_VA, inherited=True),
        Q("4.7", 4.7, "百分点", "工业投资两年平均增速高于全市", "points", ind="工业投资", inherited=True),
        Q("3.4个百分点", 3.4, "百分点", "一般公共预算收入两年平均增速高于全市", "points", ind="一般公共预算收入"),
    ],
)

# ---------------------------------------------------------------- 02 巫山县 (重庆), the county farm committee's reply to deputy proposal 第110号
WS = "巫山县"
PAGES["e80_02_wushan_20220625.txt"] = dict(
    pubdate="2022-06-25",
    pubnote="the kept line `日期:2022-06-25`; the address gives 2022-10-14 (t20221014), the day it was put on the site — the page's own date line is used",
    area=WS, period="2022-06-25",
    items=[
        O("第十八届", "congress term"),
        O("第一次", "congress session"),
        O("第110号", "proposal number"),
        D("2022-06-25", "2022-06-25", "day", rel=False, note="the page's date line: text, annotated"),
        O("第110号", "proposal number"),
        O("一、", "list marker"),
        O("二、", "list marker"),
    ],
)

# ---------------------------------------------------------------- 03 龙泉驿区 (四川 成都市), the district government's item on its signed projects (the store's copy opens mid-article)
LQY = "龙泉驿区"
LQY_DAY = "2021-10-29"
PAGES["e80_03_longquanyi_20211029.txt"] = dict(
    pubdate=LQY_DAY,
    pubnote="the address 20211029… (lzq.gov.cn, 龙泉驿区人民政府's site); no date line in the stored copy",
    area=LQY, period=LQY_DAY,
    items=[
        C("2021", "year inside an event's name (2021中外知名企业四川行)"),
        Q("14个", 14, "个", "中外知名企业四川行活动签约项目", "level",
          note="no time phrase but the year inside the event's name (a code): the page's date, as the README's no-time-given rule"),
        Q("43.2亿元", num("43.2亿"), "元", "四川行活动签约项目总投资", "level"),
        O("第十八届", "the fair's edition"),
        Q("8个", 8, "个", "西博会签约项目", "level"),
        Q("69.83亿元", num("69.83亿"), "元", "西博会签约项目总投资", "level"),
        C("一对一", "fixed phrase"),
        Q("30余次", 30, "次", "召开项目落地联席会议", "level", q="more_than"),
        D("目前", LQY_DAY, "now", note="the page's date (the address's)"),
        Q("8个", 8, "个", "已开工建设的签约项目", "level"),
    ],
)

# ---------------------------------------------------------------- 04 陕西省, 凤凰网陕西's item on the province's 上半年 2022 release (7月20日)
SX = "陕西省"
SX_DAY = "2022-07-20"
SX_H1 = "2022-01/2022-06"
SX_Q2 = "2022-04/2022-06"
PAGES["e80_04_shaanxi_20220720.txt"] = dict(
    pubdate=SX_DAY,
    pubnote="the press conference's day `7月20日` with the year from `2022年二季度` — **unsure**: the page (sn.ifeng.com) gives no date of its own; the release's day is used, as eval51's 隆回",
    area=SX, period=SX_H1,
    items=[
        D("上半年", SX_H1, "period"),
        Q("15252.34亿元", num("15252.34亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("4.2%", 4.2, "%", "地区生产总值增长", "growth", ind=GDP),
        D("上半年", SX_H1, "period", note="the headline repeated above the story"),
        Q("15252.34亿元", num("15252.34亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("4.2%", 4.2, "%", "地区生产总值增长", "growth", ind=GDP),
        D("7月20日", SX_DAY, "day"),
        D("2022年二季度", SX_Q2, "period", rel=False),
        D("二季度以来", "2022-04/2022-07-20", "period", note="from the quarter's start to the release"),
        D("上半年", SX_H1, "period"),
        Q("15252.34亿元", num("15252.34亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("4.2%", 4.2, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("712.86亿元", num("712.86亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("5.0%", 5.0, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("7822.00亿元", num("7822.00亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("5.8%", 5.8, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("6717.48亿元", num("6717.48亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("2.6%", 2.6, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        D("二季度", SX_Q2, "period"),
        Q("7986.93亿元", num("7986.93亿"), "元", "二季度地区生产总值", "level", ind=GDP, per=SX_Q2),
        Q("3.3%", 3.3, "%", "二季度地区生产总值增长", "growth", ind=GDP, per=SX_Q2),
        D("上半年", SX_H1, "period"),
        Q("5.0%", 5.0, "%", "农林牧渔业增加值增长", "growth",
          note="农林牧渔业增加值 (with its services) is not the catalogue's 第一产业增加值: null"),
        Q("3.5%", 3.5, "%", "种植业产值增长", "growth"),
        Q("1657.65万亩", num("1657.65万"), "亩", "夏粮面积", "level"),
        Q("0.04%", 0.04, "%", "夏粮面积增长", "growth"),
        Q("475.9万吨", num("475.9万"), "吨", "夏粮总产量", "level",
          note="夏粮 only, not the year's 粮食产量: null"),
        Q("1.1%", 1.1, "%", "夏粮总产量增长", "growth"),
        Q("287.09公斤", 287.09, "公斤", "夏粮单产", "level", note="per 亩, as the page writes it"),
        Q("1.4%", 1.4, "%", "夏粮单产增长", "growth"),
        Q("824.9万吨", num("824.9万"), "吨", "蔬菜及食用菌产量", "level"),
        Q("3.6%", 3.6, "%", "蔬菜及食用菌产量增长", "growth"),
        Q("57.1万吨", num("57.1万"), "吨", "园林水果产量", "level"),
        Q("6.2%", 6.2, "%", "园林水果产量增长", "growth"),
        Q("9.4%", 9.4, "%", "畜牧业产值增长", "growth"),
        Q("60.9万吨", num("60.9万"), "吨", "猪牛羊禽肉产量", "level"),
        Q("6.7%", 6.7, "%", "猪牛羊禽肉产量增长", "growth"),
        Q("2.2%", 2.2, "%", "牛奶产量增长", "growth"),
        Q("0.1%", 0.1, "%", "禽蛋产量增长", "growth"),
        D("二季度末", "2022-06", "period", note="the quarter's end, as the earlier sets' 6月末"),
        Q("849.8万头", num("849.8万"), "头", "生猪存栏", "level", per="2022-06", note="a stock at 二季度末"),
        Q("0.1%", 0.1, "%", "生猪存栏增长", "growth", per="2022-06"),
        Q("617.4万头", num("617.4万"), "头", "生猪出栏", "level",
          note="a flow up to 二季度末: the half year (the paragraph's 上半年)"),
        Q("9.2%", 9.2, "%", "生猪出栏增长", "growth"),
        D("上半年", SX_H1, "period"),
        Q("8.6%", 8.6, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        D("二季度", SX_Q2, "period"),
        Q("8.2%", 8.2, "%", "二季度规模以上工业增加值增长", "growth", ind=IND_VA, per=SX_Q2),
        D("4月", "2022-04", "month"),
        D("5月", "2022-05", "month"),
        D("6月", "2022-06", "month"),
        Q("6.7%", 6.7, "%", "4月规模以上工业增加值增长", "growth", ind=IND_VA, per="2022-04"),
        Q("8.3%", 8.3, "%", "5月规模以上工业增加值增长", "growth", ind=IND_VA, per="2022-05"),
        Q("9.3%", 9.3, "%", "6月规模以上工业增加值增长", "growth", ind=IND_VA, per="2022-06"),
    ],
)
