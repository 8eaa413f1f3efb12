"""Annotations of pages 01-04 (琼中县's 1-7月 2024 release, 五华区's 一季度 2018 release, 科右前旗's 2024 work report, 克什克腾旗's 本报讯 on its congress), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PI = "第一产业增加值"
SI = "第二产业增加值"
TI = "第三产业增加值"
IVA = "工业增加值"
VA = "规模以上工业增加值"
VO = "规模以上工业总产值"
FAI = "固定资产投资"
RE = "房地产开发投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
EXP = "一般公共预算支出"
TAX = "税收收入"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
PAGES = {}

# ---------------------------------------------------------------- 01 琼中县 (海南), the county's 1-7月 2024 release (数据分析 on the county site)
QZ = "琼中县"
QZ_P = "2024-01/2024-07"
QZ_H1 = "2024-01/2024-06"
HN = "海南省"
TIER = "the province's second tier of counties and cities (第二平台市县): a numbered class, not a count"
PAGES["e63_01_qiongzhong_20240830.txt"] = dict(
    pubdate="2024-08-30",
    pubnote="the address t20240830 (qiongzhong.hainan.gov.cn, 琼中黎族苗族自治县人民政府's site, 数据分析); the copy has no "
            "date line",
    area=QZ, period=QZ_P,
    items=[
        D("1-7月", QZ_P, "period", note="title; no year on the page: the year of the page's address (2024)"),
        D("1-7月", QZ_P, "period"),
        O("一、", "list marker"),
        D("1-7月", QZ_P, "period"),
        Q("3.3%", 3.3, "%", "规上工业增加值下降", "growth", ind=VA, change="decrease"),
        D("上半年", QZ_H1, "period"),
        Q("4.5个百分点", 4.5, "百分点", "规上工业增加值降幅较上半年收窄", "points", ind=VA,
          note="the fall narrowed by 4.5 points against 上半年: the rate rose"),
        Q("12.8个百分点", 12.8, "百分点", "规上工业增加值增速低于全省", "points", ind=VA, change="decrease",
          note="the county's rate below 海南's: the county's figure (as the earlier sets' gaps)"),
        Q("9.5%", 9.5, "%", "全省规上工业增加值增长", "growth", ind=VA, area=HN,
          note="(全省增长9.5%): the province's figure"),
        O("第15", "rank (全省增速排名第15)"),
        O("第二平台", TIER),
        O("第6", "rank"),
        C("二升二降", "numeric phrase naming the pattern (two up, two down)"),
        D("1-7月", QZ_P, "period"),
        Q("7.2%", 7.2, "%", "规上药材加工业产值增长", "growth"),
        Q("2.5%", 2.5, "%", "规上电力热力供应业产值增长", "growth"),
        Q("38.2%", 38.2, "%", "规上非金属矿制品业产值下降", "growth", change="decrease"),
        Q("82.8%", 82.8, "%", "规上木材加工业产值下降", "growth", change="decrease"),
        O("二、", "list marker"),
        D("1-7月", QZ_P, "period"),
        Q("12.0%", 12.0, "%", "固定资产投资完成额增长", "growth", ind=FAI),
        D("上半年", QZ_H1, "period"),
        Q("1.9个百分点", 1.9, "百分点", "固定资产投资增速比上半年增加", "points", ind=FAI),
        Q("5.4个百分点", 5.4, "百分点", "固定资产投资增速高于全省", "points", ind=FAI),
        Q("6.6%", 6.6, "%", "全省固定资产投资增长", "growth", ind=FAI, area=HN,
          note="(全省增长6.6%): the province's figure"),
        O("第7", "rank"),
        O("第二平台", TIER),
        O("第3", "rank"),
        Q("8.1%", 8.1, "%", "县域项目完成额增长", "growth"),
        Q("25.7%", 25.7, "%", "跨区项目完成额增长", "growth"),
        Q("16.9%", 16.9, "%", "民间投资完成额下降", "growth", change="decrease"),
        Q("47.0%", 47.0, "%", "非民间投资完成额增长", "growth"),
        O("三、", "list marker"),
        O("(一)", "list marker"),
        D("1-7月", QZ_P, "period"),
        Q("10.38亿元", num("10.38亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("1.0%", 1.0, "%", "社会消费品零售总额增长", "growth", ind=RET),
        D("上半年", QZ_H1, "period"),
        Q("0.1个百分点", 0.1, "百分点", "社会消费品零售总额增速较上半年提高", "points", ind=RET),
        O("(二)", "list marker"),
        D("1-7月", QZ_P, "period"),
        Q("83.24万人次", num("83.24万"), "人次", "接待游客总数", "level", ind="接待游客"),
        Q("8.79%", 8.79, "%", "接待游客总数增长", "growth", ind="接待游客"),
        O("第11", "rank"),
        Q("35.61万人次", num("35.61万"), "人次", "过夜游客", "level"),
        Q("2.65%", 2.65, "%", "过夜游客增长", "growth"),
        O("第16", "rank"),
        Q("47.63万人次", num("47.63万"), "人次", "一日游游客", "level"),
        Q("13.85%", 13.85, "%", "一日游游客增长", "growth"),
        O("第9", "rank"),
        Q("5.00亿元", num("5.00亿"), "元", "游客总花费", "level", ind="旅游总收入",
          note="游客总花费 is the county's tourism revenue (旅游总收入)"),
        Q("11.28%", 11.28, "%", "游客总花费增长", "growth", ind="旅游总收入"),
        Q("3.60亿元", num("3.60亿"), "元", "过夜游客花费", "level"),
        Q("7.24%", 7.24, "%", "过夜游客花费增长", "growth"),
        Q("1.40亿元", num("1.40亿"), "元", "一日游游客花费", "level"),
        Q("23.09%", 23.09, "%", "一日游游客花费增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 02 五华区 (云南 昆明市), the district's 1季度 2018 release
WH = "五华区"
WH_Q1 = "2018-01/2018-03"
PAGES["e63_02_wuhua_20180428.txt"] = dict(
    pubdate="2018-04-28",
    pubnote="the address c/2018-04-28 (www.kmwh.gov.cn, 昆明市五华区人民政府's site); the copy has no date line",
    area=WH, period=WH_Q1,
    items=[
        C("2018年1季度", "year and quarter inside the release's title (as eval62's `2022年1-5月`); the body's 1季度 have no year"),
        O("一、", "list marker"),
        D("1季度", WH_Q1, "period", note="no year in the sentence: the title's 2018"),
        Q("247.15亿元", num("247.15亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("3.5%", 3.5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("23.70%", 23.70, "%", "地区生产总值占全市比重", "share", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("0.41亿元", num("0.41亿"), "元", "第一产业增加值", "level", ind=PI),
        Q("0.9%", 0.9, "%", "第一产业增加值增长", "growth", ind=PI),
        O("第二产业", "industry ordinal"),
        Q("125.86亿元", num("125.86亿"), "元", "第二产业增加值", "level", ind=SI),
        Q("1.5%", 1.5, "%", "第二产业增加值增长", "growth", ind=SI),
        O("第三产业", "industry ordinal"),
        Q("120.88亿元", num("120.88亿"), "元", "第三产业增加值", "level", ind=TI),
        Q("5.9%", 5.9, "%", "第三产业增加值增长", "growth", ind=TI),
        C("三次产业", "fixed term"),
        Q("0.2∶50.9∶48.9", 0.2, "", "三次产业结构", "share", ind="三次产业结构", values=[0.2, 50.9, 48.9],
          note="ratio; value is the first part (as the earlier sets' 三次产业结构)"),
        O("二、", "list marker"),
        D("1季度", WH_Q1, "period"),
        Q("1.0%", 1.0, "%", "工业增加值增长", "growth", ind=IVA),
        Q("40.15%", 40.15, "%", "工业增加值占GDP比重", "share", ind=IVA),
        Q("12.8 %", 12.8, "%", "工业对GDP增长的贡献率", "share", note="a space inside the stored copy's 12.8 %"),
        Q("0.4个百分点", 0.4, "百分点", "工业拉动GDP增长", "points"),
        Q("2.5%", 2.5, "%", "烟草制品业增加值增长", "growth"),
        Q("1.8%", 1.8, "%", "有色金属冶炼和压延加工业增加值负增长", "growth", change="decrease",
          note="负增长1.8%: a fall"),
        Q("4.8%", 4.8, "%", "医药制造业增加值负增长", "growth", change="decrease"),
        Q("2.5%", 2.5, "%", "规模以下工业增加值增速", "growth"),
        Q("202.86亿元", num("202.86亿"), "元", "规模以上工业总产值", "level", ind=VO),
        Q("8.6%", 8.6, "%", "规模以上工业总产值增长", "growth", ind=VO),
        Q("74.05亿元", num("74.05亿"), "元", "有色金属制造业产值", "level"),
        Q("22.9%", 22.9, "%", "有色金属制造业产值增长", "growth"),
        Q("93.05亿元", num("93.05亿"), "元", "烟草制造业产值", "level"),
        Q("3.4%", 3.4, "%", "烟草制造业产值增长", "growth"),
        Q("15.29亿元", num("15.29亿"), "元", "医药制造业产值", "level"),
        Q("-7.4%", 7.4, "%", "医药制造业产值增长", "growth", change="decrease",
          note="written 增长-7.4%: the sign goes to change"),
        Q("86.28%", 86.28, "%", "轻工业增加值占工业增加值比重", "share"),
        Q("3.1%", 3.1, "%", "轻工业增加值增长", "growth"),
        Q("13.72%", 13.72, "%", "重工业增加值占工业增加值比重", "share"),
        Q("-5.9%", 5.9, "%", "重工业增加值增长", "growth", change="decrease",
          note="written 增长-5.9%: the sign goes to change"),
        O("三、", "list marker"),
        D("1-3月", WH_Q1, "period"),
        Q("14.7%", 14.7, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("9.9%", 9.9, "%", "房地产投资增长", "growth", ind=RE),
        Q("27.4%", 27.4, "%", "非房地产投资增长", "growth"),
        O("四、", "list marker"),
        D("1-3月", WH_Q1, "period"),
        Q("109.75亿元", num("109.75亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("9.4%", 9.4, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("72.11亿元", num("72.11亿"), "元", "限额以上单位消费品零售额", "level"),
        Q("5.9%", 5.9, "%", "限额以上单位消费品零售额增长", "growth"),
        D("1-3月", WH_Q1, "period"),
        Q("310.60亿元", num("310.60亿"), "元", "批发业商品销售额", "level"),
        # `同比增0%`: first left out, as the gold format then allowed no zero (value > 0); added by the
        # lead once the format allowed it, after the run (a real figure: no growth)
        Q("0%", 0.0, "%", "批发业商品销售额增长", "growth"),
        Q("182.16亿元", num("182.16亿"), "元", "零售业商品销售额", "level"),
        Q("10.9%", 10.9, "%", "零售业商品销售额增长", "growth"),
        Q("2.99亿元", num("2.99亿"), "元", "住宿业营业额", "level"),
        Q("5.1%", 5.1, "%", "住宿业营业额增长", "growth"),
        Q("16.60亿元", num("16.60亿"), "元", "餐饮业营业额", "level"),
        Q("14.6%", 14.6, "%", "餐饮业营业额增长", "growth"),
        O("五、", "list marker"),
        D("1-3月", WH_Q1, "period"),
        Q("10.08亿元", num("10.08亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("29.44%", 29.44, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("9.32亿元", num("9.32亿"), "元", "税收收入", "level", ind=TAX),
        Q("47.63%", 47.63, "%", "税收收入增长", "growth", ind=TAX),
        Q("0.76亿元", num("0.76亿"), "元", "非税收入", "level"),
        Q("48.36%", 48.36, "%", "非税收入下降", "growth", change="decrease"),
    ],
)

# ---------------------------------------------------------------- 03 科右前旗 (内蒙古 兴安盟), the banner's 2024 government work report (its own site)
KQ = "科右前旗"
KQ_DAY = "2024-03-12"
PAGES["e63_03_keyouqianqi_20240312.txt"] = dict(
    pubdate=KQ_DAY,
    pubnote="the kept line `来源:科右前旗 作者:科右前旗政务 发布时间:2024-03-12 15:58` (www.kyqq.gov.cn, 科右前旗's site, "
            "政府工作报告); the report is dated `(2024年3月12日)`, the same day",
    area=KQ, period="2023",
    items=[
        C("2024年", "year inside the page's title (2024年政府工作报告)"),
        D("2024-03-12 15:58", "2024-03-12T15:58", "time", rel=False, note="page metadata line (发布时间)"),
        O("第十八届", "congress term"),
        O("第三次", "session number"),
        D("2024年3月12日", "2024-03-12", "day", rel=False, note="the report's date, under its subtitle"),
        D("现在", KQ_DAY, "now", note="a work report's opening: the day it is delivered"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="part name (2023年工作回顾), as the earlier sets'"),
        D("过去一年", "2023", "year", note="in a work report 过去一年 is the reviewed year"),
        O("二十大", "party congress"),
        C("两件大事", "numeric slogan"),
        D("全年", "2023", "year", note="圆满完成全年目标任务: the reviewed year (added after seeing the first run's output)"),
        Q("5.7%", 5.7, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("112%", 112, "%", "规模以上工业增加值增长", "growth", ind=VA),
        Q("0.3%", 0.3, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("4%", 4, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("5.2亿元", num("5.2亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("8.5%", 8.5, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("56亿元", num("56亿"), "元", "一般公共预算支出", "level", ind=EXP),
        Q("12%", 12, "%", "一般公共预算支出增长", "growth", ind=EXP),
        Q("36913元", 36913, "元", "城镇常住居民人均可支配收入", "level", ind=URB,
          note="城乡常住居民…分别达36913元和17017元: the first is the towns'"),
        Q("17017元", 17017, "元", "农村常住居民人均可支配收入", "level", ind=RUR),
        Q("7.1%", 7.1, "%", "城镇常住居民人均可支配收入增长", "growth", ind=URB),
        Q("8.9%", 8.9, "%", "农村常住居民人均可支配收入增长", "growth", ind=RUR),
        C("亿元以上", "size class"),
        Q("46个", 46, "个", "亿元以上重大项目", "level"),
        Q("32亿元", num("32亿"), "元", "重大项目完成投资", "level"),
        Q("2万千瓦", num("2万"), "千瓦", "华盛风电装机", "level"),
        Q("20万千瓦", num("20万"), "千瓦", "华能风电装机", "level"),
        Q("180万千瓦", num("180万"), "千瓦", "清洁能源总装机规模", "level", q="more_than",
          note="突破180万千瓦"),
        Q("55亿度", num("55亿"), "度", "清洁能源发电量", "level", q="more_than", note="超过55亿度"),
        Q("47个", 47, "个", "储备入库重大项目", "level"),
        D("全年", "2023", "year", note="全年、全域、全链、全员开展招商: the reviewed year"),
        Q("48个", 48, "个", "招商落地项目", "level"),
        Q("32.1亿元", num("32.1亿"), "元", "招商到位资金", "level"),
        Q("1531人", 1531, "人", "消除返贫致贫风险人数", "level"),
        C("六大举措", "numeric slogan"),
        Q("2.2万", num("2.2万"), "人", "脱贫人口", "level", implied=True,
          note="2.2万脱贫人口: the counting word is 人口"),
        Q("19701元", 19701, "元", "脱贫人口人均纯收入", "level"),
        Q("3.64亿元", num("3.64亿"), "元", "各级衔接资金", "level"),
        Q("109个", 109, "个", "衔接资金实施项目", "level"),
        Q("41个", 41, "个", "生态循环设施产业园等项目", "level"),
    ],
)

# ---------------------------------------------------------------- 04 克什克腾旗 (内蒙古 赤峰市), the banner's e-paper: 本报讯 on its congress
KS = "克什克腾旗"
KS_DAY = "2024-01-25"
PAGES["e63_04_keshiketeng_20240128.txt"] = dict(
    pubdate="2024-01-28",
    pubnote="the kept line `刊发日期:2024-01-28` and the address Html/2024-01-28 (ksktxx.mifengchengshi.com, the banner's "
            "e-paper, 第一版, 总第278期); the dateline `1月25日上午` is the session's day",
    area=KS, period=KS_DAY,
    items=[
        O("第十八届", "congress term (title)"),
        O("第三次", "session number"),
        D("2024-01-28", "2024-01-28", "day", rel=False, note="page metadata line (刊发日期)"),
        D("1月25日", KS_DAY, "day", note="photo caption"),
        O("第十八届", "congress term"),
        O("第三次", "session number"),
        D("1月25日上午", KS_DAY, "day", note="the dateline: the session's day"),
        O("第十八届", "congress term"),
        O("第三次", "session number"),
        O("4楼", "floor"),
        O("第十八届", "congress term"),
        Q("196名", 196, "名", "旗人大实有代表", "level"),
        D("今天", KS_DAY, "day", note="出席今天大会: the session's day, set by the dateline"),
        Q("179名", 179, "名", "出席大会代表", "level"),
        Q("三个部分", 3, "个", "政府工作报告的部分", "level", borderline=True,
          note="the report's parts (as eval35's); the session's day"),
        O("一是", "list marker"),
        D("2023年", "2023", "year", rel=False, note="part name (2023年工作回顾)"),
        O("二是", "list marker"),
        D("2024年", "2024", "year", rel=False, note="part name (2024年工作重点)"),
        O("三是", "list marker"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        Q("三年", 3, "年", "新冠疫情防控的年数", "level", borderline=True, per="2020/2022",
          note="三年新冠疫情防控: a duration naming a past period (as eval4's and eval5's)"),
        D("一年来", "2023", "year", note="in a work report 一年来 is the reviewed year"),
        C("两件大事", "numeric slogan"),
        D("年初", "2023-01", "period",
          note="完成了年初各项既定目标任务: the start of the reviewed year 2023 (added after seeing the first run's output)"),
    ],
)
