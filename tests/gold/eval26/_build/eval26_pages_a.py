"""Annotations of pages 01-04 (紫云县, 卢龙县, 平山县, 武宣县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
STRUCT = "三次产业结构"
IND = "工业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 紫云苗族布依族自治县 (贵州 安顺市), statistical bulletin with 表1
ZY = "2021"
PAGES["e26_01_ziyun_20220428.txt"] = dict(
    pubdate="2022-04-28",
    pubnote="the bulletin's date line (2022年4月28日) under the title (quyushuju.com, a forum's copy of 紫云自治县统计局's bulletin)",
    area="紫云苗族布依族自治县", period=ZY,
    items=[
        C("2021年", "year inside the bulletin's title"),
        D("2022年4月28日", "2022-04-28", "day", rel=False, note="the bulletin's release line"),
        D("2021年", ZY, "year", rel=False),
        O("十九大", "party congress"),
        O("十九届", "party central committee term (十九届历次全会)"),
        C("一二三四", "numeric slogan (省委 总体思路)"),
        C("1558", "numeric slogan (市委 总体要求)"),
        C("一二三四五六", "numeric slogan (县委 发展思路)"),
        C("两条", "numeric slogan (两条底线)"),
        C("四新", "numeric slogan"),
        C("四化", "numeric slogan"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("十四五", "fixed term (five-year plan)"),
        O("一、", "section marker"),
        D("全年", ZY, "year"),
        Q("90.39亿元", num("90.39亿"), "元", "生产总值(GDP)", "level", ind=GDP),
        Q("9.8%", 9.8, "%", "生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("30.02亿元", num("30.02亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("8.0%", 8.0, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("16.78亿元", num("16.78亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("17.9%", 17.9, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("43.59亿元", num("43.59亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("8.2%", 8.2, "%", "第三产业增加值增长", "growth", ind=P3),
        C("三次产业", "fixed term"),
        D("2020年", "2020", "year", rel=False),
        Q("34.35:16.86:48.79", 34.35, "", "三次产业结构比(上年)", "share", ind=STRUCT, per="2020",
          values=[34.35, 16.86, 48.79]),
        Q("33.22:18.56:48.22", 33.22, "", "三次产业结构比", "share", ind=STRUCT, values=[33.22, 18.56, 48.22]),
        O("一产", "industry ordinal (short for 第一产业)"),
        Q("1.13个百分点", 1.13, "百分点", "一产比重下降", "points", change=DOWN),
        O("二产", "industry ordinal (short for 第二产业)"),
        Q("1.7个百分点", 1.7, "百分点", "二产比重上升", "points"),
        O("三产", "industry ordinal (short for 第三产业)"),
        Q("0.57个百分点", 0.57, "百分点", "三产比重下降", "points", change=DOWN),
        O("第一、二、三产业", "industry ordinals"),
        Q("2.74", 2.74, "百分点", "第一产业拉动GDP增长", "points", inherited=True),
        Q("1.96", 1.96, "百分点", "第二产业拉动GDP增长", "points", inherited=True),
        Q("5.1个百分点", 5.1, "百分点", "第三产业拉动GDP增长", "points"),
        Q("28%", 28, "%", "第一产业对GDP的贡献率", "share"),
        Q("20%", 20, "%", "第二产业对GDP的贡献率", "share"),
        Q("52%", 52, "%", "第三产业对GDP的贡献率", "share"),
        Q("30998元", 30998, "元", "人均地区生产总值", "level", ind=GDP_PC),
        Q("9.7%", 9.7, "%", "人均地区生产总值增长", "growth", ind=GDP_PC),
        O("表1", "table number"),
        Q("90.39", num("90.39亿"), "元", "地区生产总值(表)", "level", ind=GDP, implied=True,
          note="table cell: 增加值 column, 单位:亿元 in the table's title"),
        Q("9.8", 9.8, "%", "地区生产总值增长(表)", "growth", ind=GDP, implied=True,
          note="table cell: 同比增长% column"),
        O("第一产业", "industry ordinal (table row)"),
        Q("30.02", num("30.02亿"), "元", "第一产业增加值(表)", "level", ind=P1, implied=True),
        Q("8.0", 8.0, "%", "第一产业增加值增长(表)", "growth", ind=P1, implied=True),
        O("第二产业", "industry ordinal (table row)"),
        Q("16.78", num("16.78亿"), "元", "第二产业增加值(表)", "level", ind=P2, implied=True),
        Q("17.9", 17.9, "%", "第二产业增加值增长(表)", "growth", ind=P2, implied=True),
        Q("6.25", num("6.25亿"), "元", "工业增加值(表)", "level", ind=IND, implied=True),
        Q("7.5", 7.5, "%", "工业增加值增长(表)", "growth", ind=IND, implied=True),
        Q("10.54", num("10.54亿"), "元", "建筑业增加值(表)", "level", implied=True),
        Q("26.1", 26.1, "%", "建筑业增加值增长(表)", "growth", implied=True),
        O("第三产业", "industry ordinal (table row)"),
        Q("43.59", num("43.59亿"), "元", "第三产业增加值(表)", "level", ind=P3, implied=True),
        Q("8.2", 8.2, "%", "第三产业增加值增长(表)", "growth", ind=P3, implied=True),
        Q("3.45", num("3.45亿"), "元", "交通运输、仓储和邮政业增加值(表)", "level", implied=True),
        Q("31.7", 31.7, "%", "交通运输、仓储和邮政业增加值增长(表)", "growth", implied=True),
        Q("4.68", num("4.68亿"), "元", "批发和零售业增加值(表)", "level", implied=True),
        Q("11.3", 11.3, "%", "批发和零售业增加值增长(表)", "growth", implied=True),
        Q("2.06", num("2.06亿"), "元", "住宿和餐饮业增加值(表)", "level", implied=True),
        Q("23.4", 23.4, "%", "住宿和餐饮业增加值增长(表)", "growth", implied=True),
        Q("2.09", num("2.09亿"), "元", "金融业增加值(表)", "level", implied=True),
        Q("0.2", 0.2, "%", "金融业增加值增长(表)", "growth", implied=True),
    ],
)

# ---------------------------------------------------------------- 02 卢龙县 (河北 秦皇岛市), projects started (10月20日)
LL_DAY = "2019-10-28"
LL_EVENT = "2019-10-20"
PAGES["e26_02_lulong_20191028.txt"] = dict(
    pubdate=LL_DAY,
    pubnote="the address's date (qhd.hebei.com.cn/system/2019/10/28/…, 长城网's 秦皇岛 channel; 秦皇岛日报's reporter); the copy has no date line",
    area="卢龙县", period=LL_EVENT,
    items=[
        D("10月20日", LL_EVENT, "day"),
        C("2019年", "year inside the name of the event (2019年秋季重点项目集中开工仪式)"),
        Q("45亿元", num("45亿"), "元", "集中开工项目总投资", "level"),
        Q("7个", 7, "个", "集中开工项目", "level"),
        Q("7个", 7, "个", "集中开工项目", "level", note="这7个项目: the same fact repeated"),
        Q("20.8亿元", num("20.8亿"), "元", "领标科技项目总投资", "level"),
        Q("800万平方米", num("800万"), "平方米", "新型节能超薄岩板年产能", "level", target=True,
          note="the planned yearly capacity of a project just started"),
        Q("8万套", num("8万"), "套", "整体橱柜年产能", "level", target=True),
        Q("20亿元", num("20亿"), "元", "棋盘山综合开发项目总投资", "level"),
        Q("1.5亿元", num("1.5亿"), "元", "装配式装饰产业研发基地项目总投资", "level"),
        Q("1.25亿元", num("1.25亿"), "元", "装配式钢结构和轻钢房屋项目总投资", "level"),
        Q("4150万元", num("4150万"), "元", "优质鲜薯深加工项目总投资", "level"),
        O("二期", "project phase"),
        Q("8000万元", num("8000万"), "元", "面粉项目总投资", "level"),
        Q("12万吨", num("12万"), "吨", "面粉项目年加工小麦", "level", target=True),
        Q("2200万元", num("2200万"), "元", "醴泉山谷二期项目总投资", "level"),
        O("二期", "project phase"),
        D("今年以来", "2019", "period"),
        C("1+4+1", "industry-chain code (产业定位)"),
        D("截至目前", LL_DAY, "now"),
        C("亿元以上", "size class"),
        Q("27个", 27, "个", "亿元以上在建项目", "level", per=LL_DAY),
        Q("126.58亿元", num("126.58亿"), "元", "在建项目计划总投资", "level", per=LL_DAY),
    ],
)

# ---------------------------------------------------------------- 03 平山县 (河北 石家庄市), projects started (5月16日) with first-quarter figures
PS_DAY = "2023-05-16"
PS_Q1 = "2023-01/2023-03"
PS_Q2 = "2023-04/2023-06"
PAGES["e26_03_pingshan_20230516.txt"] = dict(
    pubdate=PS_DAY,
    pubnote="时间:2023-05-16 17:34:51 in the metadata line (wmps.gov.cn, 文明平山, the county's 文明办 site)",
    area="平山县", period=PS_DAY,
    items=[
        Q("10项", 10, "项", "集中开工项目", "level", note="headline"),
        Q("28.3亿元", num("28.3亿"), "元", "集中开工项目总投资", "level", note="headline"),
        C("2023年二季度", "period inside the name of the event (2023年二季度重点项目集中开工)"),
        D("2023-05-16 17:34:51", "2023-05-16T17:34", "time", rel=False, note="metadata line"),
        D("5月16日", PS_DAY, "day"),
        C("2023年二季度", "period inside the name of the event (石家庄市's 集中开工活动)"),
        D("一季度", PS_Q1, "period"),
        Q("8.4%", 8.4, "%", "地区生产总值增长", "growth", ind=GDP, per=PS_Q1),
        Q("10%", 10, "%", "固定资产投资增长", "growth", ind=FAI, per=PS_Q1),
        Q("7.4%", 7.4, "%", "规上工业增加值增长", "growth", ind=IND_VA, per=PS_Q1),
        Q("15.3%", 15.3, "%", "社会消费品零售总额增长", "growth", ind=RETAIL, per=PS_Q1),
        O("第3位", "rank (排全市第3位)"),
        Q("11.5%", 11.5, "%", "服务业增加值增长", "growth", per=PS_Q1),
        O("第1位", "rank (排全市第1位)"),
        D("二季度", PS_Q2, "period"),
        Q("10.5%", 10.5, "%", "地区生产总值增长(预计)", "growth", ind=GDP, per=PS_Q2, target=True),
        Q("10%", 10, "%", "固定资产投资增长(预计)", "growth", ind=FAI, per=PS_Q2, target=True),
        Q("10.5%", 10.5, "%", "规上工业增加值增长(预计)", "growth", ind=IND_VA, per=PS_Q2, target=True),
        Q("10%", 10, "%", "社会消费品零售总额增长(预计)", "growth", ind=RETAIL, per=PS_Q2, target=True),
        Q("8.5%", 8.5, "%", "服务业增加值增长(预计)", "growth", per=PS_Q2, target=True),
        D("半年", "2023-01/2023-06", "period", note="实现半年“双过半”: the first half of the year"),
        C("双过半", "numeric slogan"),
        Q("10项", 10, "项", "集中开工项目", "level"),
        Q("28.3亿元", num("28.3亿"), "元", "集中开工项目总投资", "level"),
        Q("6项", 6, "项", "工业类项目", "level"),
        Q("26.4亿元", num("26.4亿"), "元", "工业类项目总投资", "level"),
        D("下一步", None, "vague"),
        D("全年", "2023", "year"),
    ],
)

# ---------------------------------------------------------------- 04 武宣县 (广西 来宾市), the city congress story (1月21日)
WX_DAY = "2025-01-23"
PAGES["e26_04_wuxuan_20250123.txt"] = dict(
    pubdate=WX_DAY,
    pubnote="the address's date (lbnews.com.cn/content/2025-01/23/…, 来宾日报's site); the copy has no date line",
    area="武宣县", period="2024",
    items=[
        D("1月21日", "2025-01-21", "day"),
        O("第五届", "term of the city people's congress"),
        O("第七次", "session number"),
        D("过去一年", "2024", "year"),
        Q("千亿元", num("1000亿"), "元", "来宾地区生产总值", "level", q="more_than", ind=GDP, area="来宾市",
          implied=False, note="突破千亿元: the threshold passed, as eval10 and eval23 annotate it"),
        D("全年", "2024", "year"),
        Q("5%以上", 5, "%", "来宾地区生产总值增长", "growth", q="at_least", ind=GDP, area="来宾市"),
        Q("一年", 1, "年", "提前实现发展目标", "level", area="来宾市", borderline=True),
        D("过去一年", "2024", "year"),
        C("争第一、创唯一", "numeric slogan"),
        D("2024年", "2024", "year", rel=False),
        O("一、二、三产业", "industry ordinals"),
        Q("5.2%", 5.2, "%", "第一产业增加值增长", "growth", ind=P1),
        Q("4.7%", 4.7, "%", "第二产业增加值增长", "growth", ind=P2),
        Q("4.8%", 4.8, "%", "第三产业增加值增长", "growth", ind=P3),
        O("首次", "first-of-kind word (首次突破)"),
        Q("140亿元", num("140亿"), "元", "规上工业总产值", "level", q="more_than", ind=IND_OUT,
          note="突破 sets the qualifier"),
        C("一带一路", "fixed term"),
        D("下一步", None, "vague"),
        C("一区两地一园一通道", "numeric slogan (自治区 战略任务)"),
        C("七星湖", "numeral inside a place name (黔江、七星湖)"),
        C("一江一湖", "numeric slogan"),
        C("七星湖", "numeral inside a place name (七星湖体育综合体)"),
    ],
)
