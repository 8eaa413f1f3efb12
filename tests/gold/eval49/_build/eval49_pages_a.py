"""Annotations of pages 01-03 (江津区's release, 江津日报's 本报讯, 淮南市's release), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
IND_INV = "工业投资"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 江津区 (重庆), the district statistics bureau's 一季度 2023 release
JJ = "江津区"
JJ_Q1 = "2023-01/2023-03"
JJ_DAY = "2023-06-08"
PAGES["e49_01_jiangjin_20230608.txt"] = dict(
    pubdate=JJ_DAY,
    pubnote="the date line `发布日期: 2023-06-08 15:30:55` (kept) and the address's t20230608 (www.jiangjin.gov.cn, "
            "区统计局's section of 重庆市江津区人民政府's site, 发布机构 江津区统计局 in the dropped index block)",
    area=JJ, period=JJ_Q1,
    items=[
        D("2023-06-08 15:30:55", "2023-06-08T15:30", "time", rel=False, note="page metadata line"),
        D("今年一季度", JJ_Q1, "period", note="今年 of the page's date (as eval31's 今年一季度, one span)"),
        D("首季", JJ_Q1, "period", note="the first quarter (首季“开门红”)"),
        D("全年", "2023", "year"),
        D("一季度", JJ_Q1, "period"),
        Q("308.9亿元", num("308.9亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("6.7%", 6.7, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("2.0个百分点", 2.0, "百分点", "地区生产总值增速高于全市", "points", ind=GDP,
          note="增速比全市高: above 重庆市's rate; the district's figure"),
        O("第一产业", "industry ordinal"),
        Q("16.2亿元", num("16.2亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("3.9%", 3.9, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("178.6亿元", num("178.6亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("9.0%", 9.0, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("114.1亿元", num("114.1亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("3.9%", 3.9, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        D("一季度", JJ_Q1, "period"),
        D("当前", JJ_DAY, "now", note="the page's date"),
        D("下阶段", None, "vague", note="as eval31's 下阶段"),
    ],
)

# ---------------------------------------------------------------- 02 江津区 (重庆), 江津日报's front-page 本报讯 on 前三季度 2023
JJ_9M = "2023-01/2023-09"
JJB_DAY = "2023-10-30"
PAGES["e49_02_jiangjinbao_20231030.txt"] = dict(
    pubdate=JJB_DAY,
    pubnote="the e-paper's line `作者:廖洋 刘玉连2023年10月30日` (its `版次:01 ` cut as the page number) and the address "
            "202310/30 (epaper.cqjjnet.com, 江津日报)",
    area=JJ, period=JJ_9M,
    items=[
        D("2023年10月30日", JJB_DAY, "day", rel=False, note="the e-paper's date line (author and date)"),
        D("日前", None, "vague"),
        D("前三季度", JJ_9M, "period"),
        Q("1029.5亿元", num("1029.5亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.0%", 7.0, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("1.4", 1.4, "百分点", "地区生产总值增速高于全市", "points", ind=GDP, inherited=True,
          note="比全市和全国分别高1.4、1.8个百分点: above 重庆市's and the country's rates"),
        Q("1.8个百分点", 1.8, "百分点", "地区生产总值增速高于全国", "points", ind=GDP),
        D("今年以来", "2023", "period"),
        D("前三季度", JJ_9M, "period"),
        O("第二产业", "industry ordinal (第二产业对GDP增长贡献较大)"),
        D("前三季度", JJ_9M, "period"),
        Q("452亿元", num("452亿"), "元", "工业增加值", "level", ind="工业增加值"),
        Q("7.9%", 7.9, "%", "工业增加值增长", "growth", ind="工业增加值"),
        Q("3.5个百分点", 3.5, "百分点", "工业拉动GDP增长", "points",
          note="the industry's pull on GDP growth: no indicator of its own (as earlier sets' 拉动)"),
        Q("1410亿元", num("1410亿"), "元", "规上工业总产值", "level", ind="规模以上工业总产值"),
        C("五大", "named set (汽摩、电子、装备、材料和消费品五大支柱产业)"),
        Q("7.9%", 7.9, "%", "五大支柱产业产值增长", "growth"),
        Q("126.4亿元", num("126.4亿"), "元", "建筑业增加值", "level"),
        Q("8.9%", 8.9, "%", "建筑业增加值增长", "growth"),
        Q("1.0个百分点", 1.0, "百分点", "建筑业拉动GDP增长", "points"),
        O("第二产业", "industry ordinal"),
        Q("63.9%", 63.9, "%", "第二产业增加值对GDP贡献率", "share"),
        O("第三产业", "industry ordinal (第三产业恢复性增长明显)"),
        D("前三季度", JJ_9M, "period"),
        O("第三产业", "industry ordinal"),
        Q("345.7亿元", num("345.7亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("6.5%", 6.5, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        D("上半年", "2023-01/2023-06", "period", note="较上半年: the half year's rate"),
        Q("1.8个百分点", 1.8, "百分点", "第三产业增加值增速较上半年提高", "points", ind="第三产业增加值"),
        Q("14.8%", 14.8, "%", "交通运输业增加值增长", "growth"),
        Q("8.4%", 8.4, "%", "金融业增加值增长", "growth"),
        Q("10.5%", 10.5, "%", "批发业增加值增长", "growth"),
        Q("9.8%", 9.8, "%", "零售业增加值增长", "growth"),
        Q("8.7%", 8.7, "%", "餐饮业增加值增长", "growth"),
        D("前三季度", JJ_9M, "period"),
        Q("10%", 10, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("6.4", 6.4, "百分点", "固定资产投资增速高于全市", "points", ind=FAI, inherited=True,
          note="比全市和全国分别高6.4和6.9个百分点"),
        Q("6.9个百分点", 6.9, "百分点", "固定资产投资增速高于全国", "points", ind=FAI),
        Q("13.7%", 13.7, "%", "工业投资增长", "growth", ind=IND_INV),
        Q("1.5", 1.5, "百分点", "工业投资增速高于全市", "points", ind=IND_INV, inherited=True,
          note="比全市和全国分别高1.5和4.7个百分点"),
        Q("4.7个百分点", 4.7, "百分点", "工业投资增速高于全国", "points", ind=IND_INV),
        D("前三季度", JJ_9M, "period"),
        Q("334.9亿元", num("334.9亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("9.0%", 9.0, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("1.6", 1.6, "百分点", "社会消费品零售总额增速高于全市", "points", ind=RETAIL, inherited=True,
          note="比全市和全国分别高1.6和2.2个百分点"),
        Q("2.2个百分点", 2.2, "百分点", "社会消费品零售总额增速高于全国", "points", ind=RETAIL),
        Q("14.2%", 14.2, "%", "批发零售业商品销售额增长", "growth"),
        Q("13.2%", 13.2, "%", "住宿餐饮业营业额增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 03 淮南市 (安徽), the city statistics bureau's note on 一季度 2022 investment
HN = "淮南市"
HN_Q1 = "2022-01/2022-03"
HN_Q1_LAST = "2021-01/2021-03"
PAGES["e49_03_huainan_20220429.txt"] = dict(
    pubdate="2022-04-29",
    pubnote="the date line `发布日期:2022-04-29 15:12 来源:市统计局` (kept; its font-size tool cut; tjj.huainan.gov.cn, "
            "淮南市统计局's site)",
    area=HN, period=HN_Q1,
    items=[
        D("一季度", HN_Q1, "period", note="title; the year from the page's date"),
        D("2022-04-29 15:12", "2022-04-29T15:12", "time", rel=False, note="page metadata line"),
        D("一季度", HN_Q1, "period"),
        Q("18.4%", 18.4, "%", "工业投资增长", "growth", ind=IND_INV),
        Q("6.7个百分点", 6.7, "百分点", "工业投资增速高于全市投资", "points", ind=IND_INV,
          note="高于全市投资: above the growth of the city's whole investment"),
        Q("4.7个百分点", 4.7, "百分点", "工业投资拉动全市投资增长", "points",
          note="a pull on the investment's growth: no indicator of its own"),
        Q("82.8%", 82.8, "%", "制造业投资占工业投资比重", "share"),
        D("去年同期", HN_Q1_LAST, "period", note="the same quarter a year before"),
        Q("12.1个百分点", 12.1, "百分点", "制造业投资占比较去年同期提升", "points"),
        D("1-3月份", HN_Q1, "period"),
        D("上年同期", HN_Q1_LAST, "period"),
        Q("333.4%", 333.4, "%", "新开工项目个数增长", "growth", note="新开工项目较上年同期增长: the number of projects"),
        Q("10.4%", 10.4, "%", "新开工项目完成投资占全市比重", "share"),
        D("上年同期", HN_Q1_LAST, "period"),
        Q("6.2个百分点", 6.2, "百分点", "新开工项目投资占比较上年同期提高", "points"),
        Q("178.5%", 178.5, "%", "新开工项目完成投资增长", "growth"),
        Q("7.4个百分点", 7.4, "百分点", "新开工项目拉动全市固定资产投资增长", "points"),
    ],
)
