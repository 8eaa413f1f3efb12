"""Annotations of pages 06-09 (磴口县, 磁灶镇, 舒城县, 鄂托克前旗), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
STRUCT = "三次产业结构"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
TAX = "税收收入"
HUKOU = "户籍人口"
NEW_JOBS = "城镇新增就业"
UNEMP = "城镇登记失业率"
DOWN = "decrease"
RATIO = "ratio; value is the first part"

PAGES = {}

# ---------------------------------------------------------------- 06 磴口县 (内蒙古 巴彦淖尔市), the county's 2020 statistical bulletin, on a collector site
DK_DAY = "2021-03-29"
DK = "磴口县"
DK_END = "2020-12"
PAGES["e34_06_dengkou_20210329.txt"] = dict(
    pubdate=DK_DAY,
    pubnote="the bulletin's date line 2021年3月29日 under 磴口县统计局 (kept; tjgb.hongheiku.com, a collector site)",
    area=DK, period="2020",
    items=[
        C("2020年", "year inside the bulletin's title"),
        C("2020", "the collector site's year tag after the title"),
        D("2021年3月29日", DK_DAY, "day", rel=False, note="the bulletin's date line"),
        D("2020年", "2020", "year", rel=False),
        O("十九大", "party congress"),
        O("十九届", "party congress term"),
        O("二中", "plenary session (二中全会)"),
        O("三中", "plenary session (三中全会)"),
        O("四中", "plenary session (四中全会)"),
        O("五中", "plenary session (五中全会)"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("十三五", "fixed term (the 13th five-year plan)"),
        O("一、", "section marker"),
        Q("57.85亿元", num("57.85亿"), "元", "全县生产总值", "level", ind=GDP),
        O("[注1]", "note marker"),
        Q("2.0%", 2.0, "%", "生产总值同比增长", "growth", ind=GDP),
        O("[注2]", "note marker"),
        O("第一产业", "industry ordinal"),
        Q("13.29亿元", num("13.29亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("3.5%", 3.5, "%", "第一产业增加值增长", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("22.10亿元", num("22.10亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("1.2%", 1.2, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("22.46亿元", num("22.46亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("2.0%", 2.0, "%", "第三产业增加值增长", "growth", ind=P3),
        O("一、二、三产", "industry ordinals (第一、二、三产业)"),
        D("上年", "2019", "year"),
        Q("22.0:40.0:38.0", 22.0, "", "三次产业结构(上年)", "share", ind=STRUCT, per="2019",
          values=[22.0, 40.0, 38.0], note=RATIO),
        Q("23.0:38.2:38.8", 23.0, "", "三次产业结构", "share", ind=STRUCT, values=[23.0, 38.2, 38.8], note=RATIO),
        D("年末", DK_END, "period"),
        Q("11.14万人", num("11.14万"), "人", "年末全县总人口(户籍人口)", "level", ind=HUKOU, per=DK_END),
        O("[注3]", "note marker"),
        D("上年末", "2019-12", "period"),
        Q("1731人", 1731, "人", "总人口比上年末减少", "difference", ind=HUKOU, change=DOWN, per=DK_END),
        Q("11051人", 11051, "人", "少数民族人口", "level", per=DK_END),
        Q("5100人", 5100, "人", "蒙古族人口", "level", per=DK_END),
        Q("5258人", 5258, "人", "回族人口", "level", per=DK_END),
        Q("5.49万人", num("5.49万"), "人", "城镇人口", "level", per=DK_END),
        Q("5.65万人", num("5.65万"), "人", "乡村人口", "level", per=DK_END),
        Q("49.3:50.7", 49.3, "", "城乡人口比例", "share", per=DK_END, values=[49.3, 50.7], note=RATIO),
        D("全年", "2020", "year"),
        Q("449人", 449, "人", "出生人口", "level"),
        Q("4.61‰", 4.61, "‰", "出生率", "level"),
        Q("364人", 364, "人", "死亡人口", "level"),
        Q("3.74‰", 3.74, "‰", "死亡率", "level"),
        Q("0.87‰", 0.87, "‰", "自然增长率", "level"),
        D("全年", "2020", "year"),
        Q("835人", 835, "人", "城镇新增就业", "level", ind=NEW_JOBS),
        Q("221人", 221, "人", "就业困难人员再就业", "level"),
        Q("299人", 299, "人", "失业人员再就业", "level"),
        Q("7372人", 7372, "人", "农牧区富余劳动力转移就业", "level"),
        Q("4.29%", 4.29, "%", "城镇登记失业率", "share", ind=UNEMP),
        O("二、", "section marker"),
        D("全年", "2020", "year"),
        Q("232644.3万元", num("232644.3万"), "元", "农业总产值(农林牧渔业)", "level"),
        Q("3.6%", 3.6, "%", "农业总产值同比增长", "growth"),
        Q("51.57:3.66:38.33:3.61:2.83", 51.57, "", "农林牧渔业及其服务业结构比例", "share",
          values=[51.57, 3.66, 38.33, 3.61, 2.83], note=RATIO),
        Q("120.23万亩", num("120.23万"), "亩", "农作物总播面积", "level"),
        Q("1.2%", 1.2, "%", "农作物总播面积同比下降", "growth", change=DOWN),
        Q("51.98万亩", num("51.98万"), "亩", "粮食作物面积", "level"),
        Q("8.0%", 8.0, "%", "粮食作物面积同比下降", "growth", change=DOWN),
        Q("1.87万亩", num("1.87万"), "亩", "小麦面积", "level"),
        Q("72.9%", 72.9, "%", "小麦面积同比下降", "growth", change=DOWN),
        Q("46.95万亩", num("46.95万"), "亩", "玉米面积", "level"),
        Q("1.1%", 1.1, "%", "玉米面积同比下降", "growth", change=DOWN),
        Q("59.59万亩", num("59.59万"), "亩", "经济作物面积", "level"),
        Q("2.3%", 2.3, "%", "经济作物面积同比增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 07 磁灶镇 (福建 晋江市), a forum's copy of 晋江新闻网's 7月24日讯
CZ_DAY = "2012-07-24"
CZ = "磁灶镇"
CZ_H1 = "2012-01/2012-06"
PAGES["e34_07_cizao_20120724.txt"] = dict(
    pubdate=CZ_DAY,
    pubnote="2012-07-24 12:51:02 in the page's date line (kept; www.52fuqing.com, a forum reposting 晋江新闻网), dateline 7月24日讯",
    area=CZ, period=CZ_H1,
    items=[
        D("1-6月份", CZ_H1, "period"),
        Q("超2亿", num("2亿"), "元", "税收收入", "level", q="more_than", ind=TAX, implied=True),
        D("2012-07-24 12:51:02", "2012-07-24T12:51", "time", rel=False, note="the page's date line"),
        D("7月24日", CZ_DAY, "day", note="dateline (晋江新闻网7月24日讯)"),
        D("昨日", "2012-07-23", "day"),
        C("百日冲刺", "numeric slogan (百日冲刺)"),
        D("近阶段", None, "vague"),
        C("两违", "fixed term (违法用地、违法建设)"),
        D("上半年", CZ_H1, "period"),
        D("去年同期", "2011-01/2011-06", "period"),
        D("今年1-6月份", CZ_H1, "period"),
        Q("29.94亿元", num("29.94亿"), "元", "全镇地区生产总值", "level", ind=GDP),
        Q("44.30%", 44.30, "%", "地区生产总值比增", "growth", ind=GDP),
        Q("2.04亿元", num("2.04亿"), "元", "税收收入", "level", ind=TAX),
        Q("21.5%", 21.5, "%", "税收收入比增", "growth", ind=TAX),
        Q("87.74亿元", num("87.74亿"), "元", "工业总产值", "level"),
        Q("43.3%", 43.3, "%", "工业总产值比增", "growth"),
        Q("82.04亿元", num("82.04亿"), "元", "规模以上企业产值", "level", ind=IND_OUT),
        Q("49.54%", 49.54, "%", "规模以上企业产值比增", "growth", ind=IND_OUT),
        Q("11.17亿元", num("11.17亿"), "元", "全镇固定资产投资总额", "level", ind=FAI),
        Q("148.65%", 148.65, "%", "固定资产投资总额比增", "growth", ind=FAI),
        Q("100亿元", num("100亿"), "元", "四大项目投资总额", "level", q="more_than", per=CZ_DAY),
        Q("四大", 4, "个", "投资总额超百亿元的重点项目", "level", per=CZ_DAY, borderline=True, implied=True),
        C("三六一度", "company name with numerals (三六一度)"),
        D("年底前", "2012-12", "period"),
        Q("1幢", 1, "幢", "三六一度项目年底前要完成的钢结构厂房", "level", per="2012", target=True),
        Q("3栋", 3, "栋", "三六一度项目年底前要完成的宿舍楼", "level", per="2012", target=True),
        D("目前", CZ_DAY, "now"),
        D("10月1日", "2012-10-01", "day"),
        D("8月份", "2012-08", "month"),
        D("春节", "2013-02-10", "day", note="the Spring Festival after the page's day (确保春节前建成投用)"),
        D("8月份", "2012-08", "month"),
        D("目前", CZ_DAY, "now"),
        Q("50家", 50, "家", "包装印刷基地已确定入驻企业", "level", per=CZ_DAY),
        Q("34家", 34, "家", "包装印刷基地已交地企业", "level", per=CZ_DAY),
        Q("5家", 5, "家", "包装印刷基地已封顶企业", "level", per=CZ_DAY),
        D("年底前", "2012-12", "period"),
        Q("45家", 45, "家", "包装印刷基地年底前完成供地企业(目标)", "level", per="2012", target=True),
        Q("10家", 10, "家", "包装印刷基地力争竣工投产企业", "level", per="2012", target=True),
    ],
)

# ---------------------------------------------------------------- 08 舒城县 (安徽 六安市), the county water bureau's reply to a deputies' suggestion, in 南港镇's column of the county site
SC_DAY = "2023-10-07"
SC = "舒城县"
PAGES["e34_08_shucheng_20231007.txt"] = dict(
    pubdate=SC_DAY,
    pubnote="发布时间:2023-10-07 09:50 in the page's date line (kept; www.shucheng.gov.cn, 信息来源 舒城县南港镇)",
    area=SC, period=SC_DAY,
    items=[
        C("2023年", "year inside the page's title (南港镇2023年人大代表建议办理答复)"),
        O("十八届", "congress term"),
        O("二次会议", "session number"),
        C("第14号", "suggestion number"),
        D("2023-10-07 09:50", "2023-10-07T09:50", "time", rel=False, note="the page's date line"),
        D("目前", SC_DAY, "now"),
        Q("23座", 23, "座", "农村规模水厂", "level"),
        C("千人", "size class (千人供水工程)"),
        Q("1处", 1, "处", "千人供水工程", "level"),
        Q("162处", 162, "处", "小型集中供水工程", "level"),
        Q("7000多公里", 7000, "公里", "铺设管网", "level", q="more_than"),
        Q("12万吨/日", num("12万"), "吨/日", "总供水能力", "level"),
        Q("396个", 396, "个", "全部通自来水的行政村", "level"),
        Q("80.06万人", num("80.06万"), "人", "农村供水人口", "level"),
        Q("77.94万人", num("77.94万"), "人", "农村集中供水人口", "level"),
        Q("2.12万人", num("2.12万"), "人", "分散式供水人口", "level"),
        Q("97.4%", 97.4, "%", "农村人口自来水普及率", "share"),
        D("2023年", "2023", "year", rel=False),
        C("十四五", "fixed term (the 14th five-year plan)"),
        Q("12个", 12, "个", "农村饮水工程项目涉及的乡镇", "level", per="2023"),
        Q("20处", 20, "处", "农村饮水工程项目", "level", per="2023"),
        Q("3000万元", num("3000万"), "元", "农村饮水工程项目总投资", "level", per="2023"),
        C("十三五", "fixed term (the 13th five-year plan; 十三五以来)"),
        Q("5.58亿元", num("5.58亿"), "元", "十三五以来农村饮水工程累计完成投资", "level", per="2016/2023-10-07",
          note="since the 13th five-year plan's start (2016) to the page's day"),
        Q("90.3%", 90.3, "%", "规模化供水受益人口比例", "share"),
    ],
)

# ---------------------------------------------------------------- 09 鄂托克前旗 (内蒙古 鄂尔多斯市), a deputy's suggestion on the banner congress committee's site
EQ_DAY = "2024-03-01"
EQ = "鄂托克前旗"
TBD = "特布德嘎查"
PAGES["e34_09_etuokeqianqi_20240301.txt"] = dict(
    pubdate=EQ_DAY,
    pubnote="发布时间:2024-03-01 in the page's date line (kept; www.eqqrd.gov.cn, 鄂托克前旗人大常委会)",
    area=EQ, period=EQ_DAY,
    items=[
        O("第十一届", "congress term"),
        O("二次会议", "session number"),
        C("第9号", "suggestion number"),
        D("2024-03-01", EQ_DAY, "day", rel=False, note="the page's date line"),
        C("三区", "fixed term (农牧业经济三区)"),
        Q("4个", 4, "个", "特布德嘎查牧业社(沙日乌素、呼和乌素、那木、宝日代)", "level", area=TBD),
        Q("42.5万亩", num("42.5万"), "亩", "列入限制开发区的草牧场", "level", area=TBD),
        C("三区", "fixed term (农牧业经济三区, in a document's title)"),
        C("〔200749号", "document number (鄂府发〔2007〕49号, its 〕 lost as stored)"),
        C("三区", "fixed term (划分三区)"),
        Q("11个", 11, "个", "上海庙镇全部纳入禁止发展区的嘎查", "level", area="上海庙镇"),
        Q("4个", 4, "个", "特布德嘎查牧业社", "level", area=TBD),
        Q("4个", 4, "个", "特布德嘎查牧业社", "level", area=TBD),
        C("三区", "fixed term (农牧业经济三区, in a plan's title)"),
    ],
)
