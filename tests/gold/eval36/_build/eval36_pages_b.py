"""Annotations of pages 06-10 (木洞镇, 昌硕街道, 东柳街道, 弥渡县, 钟楼区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
IND_REV = "规模以上工业营业收入"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"
DOWN = "decrease"
CUT = "the store breaks off in this sentence; the figures before the cut are read as stored"

PAGES = {}

# ---------------------------------------------------------------- 06 木洞镇 (重庆 巴南区, town), the town's 2024 work report (delivered 2024-01-23), issued 2024-02-22
MD_DAY = "2024-02-22"
MD_REPORT = "2024-01-23"
MD = "木洞镇"
PAGES["e36_06_mudong_20240222.txt"] = dict(
    pubdate=MD_DAY,
    pubnote="the notice's date 2024年2月22日 (kept) and the index block's 发布日期 2024-02-22 (dropped; cqbn.gov.cn, 巴南区人民政府's site, 发布机构 巴南区木洞镇)",
    area=MD, period="2023",
    items=[
        C("2024年", "year inside the report's title"),
        C("2024年", "year inside the report's name (2024年《政府工作报告》)"),
        O("二十届", "congress term"),
        O("第八次会议", "session number"),
        D("2024年2月22日", MD_DAY, "day", rel=False, note="the notice's date"),
        C("2024年", "year inside the report's title"),
        D("2024年1月23日", MD_REPORT, "day", rel=False, note="the report's subtitle"),
        O("第二十届", "congress term"),
        O("第八次会议", "session number"),
        D("现在", MD_REPORT, "now", note="the report's delivery"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="section heading (一、2023年工作回顾)"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        Q("三年", 3, "年", "新冠疫情防控时长", "level", borderline=True,
          note="三年新冠疫情防控: a duration naming a past period, arguably not an indicator (as in eval18)"),
        D("一年来", "2023", "period"),
        D("一年来", "2023", "period"),
        Q("20.1%", 20.1, "%", "全镇固定资产投资增长", "growth", ind=FAI),
        Q("84亿元", num("84亿"), "元", "规模以上工业总产值", "level", ind=IND_OUT),
        Q("1.2%", 1.2, "%", "规模以上工业总产值增长", "growth", ind=IND_OUT),
        Q("72亿元", num("72亿"), "元", "规模以上工业企业营业收入", "level", ind=IND_REV),
        Q("1.4%", 1.4, "%", "规模以上工业企业营业收入增长", "growth", ind=IND_REV),
        Q("5亿元", num("5亿"), "元", "规模以上工业企业利润总额", "level"),
        Q("11.1%", 11.1, "%", "规模以上工业企业利润总额增长", "growth", note=CUT),
    ],
)

# ---------------------------------------------------------------- 07 昌硕街道 (浙江 湖州 安吉县, sub-district), its 2022 summary and 2023 plan (time line 2023-02-24)
CS_DAY = "2023-02-24"
CS = "昌硕街道"
PAGES["e36_07_changshuo_20230224.txt"] = dict(
    pubdate=CS_DAY,
    pubnote="时间:2023-02-24 under the title (kept; www.anji.gov.cn, 安吉县人民政府's site, its 政府工作报告 column)",
    area=CS, period="2022",
    items=[
        C("2022年", "year inside the title"),
        C("2023年", "year inside the title"),
        D("2023-02-24", CS_DAY, "day", rel=False, note="the page's time line"),
        O("一、", "list marker"),
        D("2022年", "2022", "year", rel=False, note="section heading (一、2022年工作回顾)"),
        D("2022年以来", "2022", "period", rel=False, note="the year under review"),
        O("二十大", "party congress"),
        C("两个先行", "numeric slogan"),
        D("一年来", "2022", "period"),
        O("一是", "list marker"),
        D("全年", "2022", "year"),
        Q("12.8亿元", num("12.8亿"), "元", "财政收入", "level"),
        Q("25%", 25, "%", "财政收入增长", "growth"),
        Q("67.5亿元", num("67.5亿"), "元", "限上服务业营收", "level"),
        O("第二届", "edition number"),
        Q("20万人次", num("20万"), "人次", "昌硕之夏夜市活动线下流量", "level", q="more_than"),
        Q("1200万元", num("1200万"), "元", "夜市活动带动消费", "level"),
        O("首家", "first-of-kind"),
        Q("11个", 11, "个", "累计孵化创业项目", "level", per=CS_DAY,
          note="a running total (累计) of the centre opened in 2022; taken at the page's date"),
        Q("4600余人", 4600, "人", "服务大学生及商户", "level", q="more_than", per=CS_DAY),
        Q("80位", 80, "位", "获担保贷款和政府贴息的创业大学生", "level"),
        O("二是", "list marker"),
        C("双进", "numeric slogan (项目“双进”)"),
        Q("3个", 3, "个", "招引的亿元以上项目", "level"),
        C("亿元以上", "size class (亿元以上项目)"),
        Q("五大", 5, "个", "文旅+康养综合体", "level", implied=True),
        Q("3.65亿元", num("3.65亿"), "元", "文旅康养综合体完成固定投资", "level"),
        Q("256家", 256, "家", "完成亩均税收调查的企业", "level"),
        Q("38家", 38, "家", "出清的高耗低效工业企业", "level"),
        Q("60亩", 60, "亩", "街道园区外土地收储", "level"),
        Q("20亩", 20, "亩", "土地复垦", "level"),
        O("三是", "list marker"),
    ],
)

# ---------------------------------------------------------------- 08 东柳街道 (浙江 宁波 鄞州区, sub-district), its 2023 summary and 2024 outline (发布日期 2024-03-21)
DL_DAY = "2024-03-21"
DL = "东柳街道"
PAGES["e36_08_dongliu_20240321.txt"] = dict(
    pubdate=DL_DAY,
    pubnote="发布日期: 2024-03-21 11:04 under the title (kept; www.nbyz.gov.cn, 鄞州区人民政府's site, 发布机构 东柳街道)",
    area=DL, period="2023",
    items=[
        C("2023年", "year inside the title"),
        C("2024年", "year inside the title"),
        D("2024-03-21 11:04", "2024-03-21T11:04", "time", rel=False, note="the page's date line"),
        O("一、", "list marker"),
        D("2023年", "2023", "year", rel=False, note="section heading (一、2023年工作回顾)"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        C("八八战略", "numeric slogan"),
        O("20周年", "anniversary"),
        D("一年来", "2023", "period"),
        C("七创争先", "numeric slogan"),
        C("双十亮绩", "numeric slogan"),
        C("十大攻坚行动", "numeric slogan (campaign name)"),
        D("全年", "2023", "year"),
        Q("60.3亿元", num("60.3亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("2亿元", num("2亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("-6.2%", 6.2, "%", "地区生产总值增长", "growth", ind=GDP, change=DOWN,
          note="同比分别-6.2%、-19.3%: a fall, its minus sign in the span"),
        Q("-19.3%", 19.3, "%", "一般公共预算收入增长", "growth", ind=BUDGET, change=DOWN,
          note="同比分别-6.2%、-19.3%: a fall, its minus sign in the span"),
        Q("7项", 7, "项", "获得的省级荣誉", "level"),
        Q("3项", 3, "项", "获得的市级荣誉", "level"),
        O("(一)", "list marker"),
        Q("十项", 10, "项", "经济指标", "level", borderline=True, note="the base of a count (十项经济指标…取得5盏绿灯)"),
        D("全年", "2023", "year"),
        Q("5盏", 5, "盏", "经济指标取得的绿灯", "level"),
        Q("5个", 5, "个", "实现攀高的经济指标", "level"),
        Q("32.5亿元", num("32.5亿"), "元", "完成固定资产投资", "level", ind=FAI),
        Q("13.1亿元", num("13.1亿"), "元", "限上社会消费品零售总额", "level"),
        Q("20.4%", 20.4, "%", "限上社会消费品零售总额增长", "growth"),
        Q("0.38亿元", num("0.38亿"), "元", "规上工业增加值", "level", ind=IND_VA),
        Q("16.7%", 16.7, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        C("亿元以上", "size class (亿元以上重大项目)"),
        Q("4个", 4, "个", "引进的亿元以上重大项目", "level"),
        D("全年", "2023", "year"),
        Q("137家", 137, "家", "引进企业", "level"),
        C("千万元以上", "size class (注册资金千万元以上)"),
        Q("46家", 46, "家", "引进的注册资金千万元以上企业", "level"),
        C("亿元以上", "size class (注册资金亿元以上)"),
        Q("5家", 5, "家", "引进的注册资金亿元以上企业", "level"),
        Q("17亿元", num("17亿"), "元", "实到内资", "level"),
        Q("89%", 89, "%", "重点楼宇注册率", "share", per=DL_DAY,
          note="a standing rate after the year's work; taken at the page's date"),
        D("全年", "2023", "year"),
        Q("22个", 22, "个", "申报的各级人才项目", "level", note=CUT),
    ],
)

# ---------------------------------------------------------------- 09 弥渡县 (云南 大理), 本报讯 on the county CPPCC's inspection of 10月21日 2014
MD2_DAY = "2014-10-28"
MIDU = "弥渡县"
PAGES["e36_09_midu_20141028.txt"] = dict(
    pubdate=MD2_DAY,
    pubnote="28.10.2014  19:00 under the headline (kept; kunming.baogaosu.com, a portal reposting a paper's 本报讯)",
    area=MIDU, period="2014",
    items=[
        Q("10件", 10, "件", "落实的涉农提案", "level"),
        D("28.10.2014  19:00", "2014-10-28T19:00", "time", rel=False, note="the page's date line (day.month.year)"),
        D("10月21日", "2014-10-21", "day"),
        D("今年", "2014", "year"),
        Q("10件", 10, "件", "全部落实的涉农提案", "level"),
        C("三资", "fixed term (农村“三资”管理)"),
        D("今年3月", "2014-03", "month"),
        Q("10件", 10, "件", "交付县农业局办理的政协提案", "level"),
        C("三资", "fixed term (农村“三资”管理)"),
        Q("10件", 10, "件", "全部办结的提案", "level"),
        Q("100%", 100, "%", "提案办复率", "share"),
        Q("100%", 100, "%", "提案满意率", "share"),
    ],
)

# ---------------------------------------------------------------- 10 钟楼区 (江苏 常州), the district's 上半年 2024 (1-6月) release (发布日期 2024-07-31)
ZL_DAY = "2024-07-31"
ZL = "钟楼区"
ZL_H1 = "2024-01/2024-06"
ZL_Q1 = "2024-01/2024-03"
PAGES["e36_10_zhonglou_20240731.txt"] = dict(
    pubdate=ZL_DAY,
    pubnote="发布日期:2024-07-31 under the headline (kept; haoyujy.com, a copy of a 常州 government site's 区县信息 column)",
    area=ZL, period=ZL_H1,
    items=[
        D("上半年", ZL_H1, "period"),
        D("2024-07-31", ZL_DAY, "day", rel=False, note="the page's date line"),
        D("今年以来", "2024", "period"),
        C("532", "numeric slogan (“532”发展战略)"),
        C("四大功能区", "numeric slogan"),
        O("一、", "list marker"),
        D("1-6月", ZL_H1, "period"),
        Q("469.20亿元", num("469.20亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("4.7%", 4.7, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第二产业", "industry ordinal"),
        Q("130.33亿元", num("130.33亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("3.6%", 3.6, "%", "第二产业增加值增长", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("338.11亿元", num("338.11亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("5.2%", 5.2, "%", "第三产业增加值增长", "growth", ind=P3),
        O("(一)", "list marker"),
        D("1-6月", ZL_H1, "period"),
        Q("314.60亿元", num("314.60亿"), "元", "规上工业企业产值", "level", ind=IND_OUT),
        Q("3.4%", 3.4, "%", "规上工业产值增长", "growth", ind=IND_OUT),
        D("一季度", ZL_Q1, "period"),
        Q("0.1个百分点", 0.1, "百分点", "规上工业产值增幅较一季度提升", "points", ind=IND_OUT),
        Q("6个月", 6, "个月", "规上工业产值连续正增长", "level", borderline=True,
          note="a run of months, arguably not an indicator"),
        Q("5.8%", 5.8, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        D("1-6月", ZL_H1, "period"),
        Q("314.68亿元", num("314.68亿"), "元", "规上工业企业营业收入", "level", ind=IND_REV),
        Q("4.1%", 4.1, "%", "规上工业企业营业收入增长", "growth", ind=IND_REV),
        Q("13.97亿元", num("13.97亿"), "元", "规上工业企业利润总额", "level"),
        Q("7.8%", 7.8, "%", "规上工业企业利润总额增长", "growth"),
        Q("3.56亿元", num("3.56亿"), "元", "亏损企业亏损额", "level"),
        Q("1.9%", 1.9, "%", "亏损企业亏损额增长", "growth", change=DOWN),
        Q("28个", 28, "个", "工业行业大类", "level", borderline=True, note="the base of a count (28个行业大类中22个)"),
        Q("22个", 22, "个", "产值正增长的行业大类", "level"),
        Q("78.6%", 78.6, "%", "行业增长面", "share"),
        D("近年来", None, "vague"),
        Q("22.2%", 22.2, "%", "计算机、通信和其他电子设备制造业增长", "growth"),
        Q("42.6%", 42.6, "%", "黑色金属冶炼和压延加工业增长", "growth"),
        Q("2.5个百分点", 2.5, "百分点", "两行业合计拉动全区工业增长", "points"),
        D("1-6月", ZL_H1, "period"),
        Q("48.71亿元", num("48.71亿"), "元", "工业出口交货值", "level"),
        Q("8.8%", 8.8, "%", "工业出口交货值增长", "growth"),
        C("超亿元", "size class (出口交货值超亿元企业)"),
        Q("14家", 14, "家", "出口交货值超亿元企业", "level"),
        O("(二)", "list marker"),
        D("1-6月", ZL_H1, "period"),
        Q("9.0%", 9.0, "%", "规上服务业营业收入增长", "growth"),
        Q("46.11亿元", num("46.11亿"), "元", "纳入核算行业营业收入", "level"),
        Q("12.0%", 12.0, "%", "纳入核算行业营业收入增长", "growth"),
        D("一季度", ZL_Q1, "period"),
        Q("3.1个百分点", 3.1, "百分点", "纳入核算行业营收增速较一季度提高", "points"),
        O("前30名", "rank (营业收入前30名的企业)"),
        Q("36.87亿元", num("36.87亿"), "元", "营业收入前30名企业营业收入", "level"),
        Q("48.8%", 48.8, "%", "前30名企业占规上服务业营收比重", "share"),
        Q("15.7%", 15.7, "%", "前30名企业营业收入增长", "growth"),
        Q("7.2个百分点", 7.2, "百分点", "前30名企业拉动规上服务业增长", "points"),
        Q("30家", 30, "家", "营业收入前30名企业", "level", borderline=True, note="the same 30 firms as 前30名"),
        Q("1.55亿元", num("1.55亿"), "元", "前30名企业利润总额", "level"),
        Q("90.8%", 90.8, "%", "前30名企业占规上服务业利润总额比重", "share"),
        Q("10.9%", 10.9, "%", "前30名企业利润总额增长", "growth", note=CUT),
    ],
)

# ---------------------------------------------------------------- 11 乌拉特中旗 (内蒙古 巴彦淖尔), a WeChat account's story on the banner's project tour of 10月22日 2024
WLT_DAY = "2024-10-22"
WLT = "乌拉特中旗"
PAGES["e36_11_wulatezhongqi_20241022.txt"] = dict(
    pubdate=WLT_DAY,
    pubnote="2024-10-22 20:28 in the page's date line (kept; wxredian.com, an aggregator of WeChat accounts)",
    area=WLT, period=WLT_DAY,
    items=[
        C("第三季度", "period inside the meeting's name (第三季度重大项目建设…现场观摩会)"),
        O("首日", "first-of-kind (the meeting's first day)"),
        D("2024-10-22 20:28", "2024-10-22T20:28", "time", rel=False, note="the page's date line"),
        D("10月22日", WLT_DAY, "day", note="the tour's day, the date line's day"),
        C("三季度", "period inside the meeting's name (三季度重大项目建设…现场观摩会)"),
        O("首日", "first-of-kind (the meeting's first day)"),
        C("一镇一品", "numeric slogan"),
        Q("1.4亿元", num("1.4亿"), "元", "海流图国防教育军事科技体验中心项目总投资", "level", area="海流图镇"),
        Q("5.32公顷", 5.32, "公顷", "体验中心项目占地面积", "level", area="海流图镇"),
        Q("14000平方米", 14000, "平方米", "体验中心项目总建筑面积", "level", area="海流图镇"),
        C("一纵一横", "numeric slogan (研学旅游网络)"),
        C("一纵", "numeric slogan (一纵:S212沿线)"),
        C("S212", "road name with a numeral"),
        C("一横", "numeric slogan (一横:G335沿线)"),
        C("G335", "road name with a numeral"),
        Q("2206万元", num("2206万"), "元", "海流图镇公共交通设施工程项目总投资", "level", area="海流图镇"),
        Q("750平方米", 750, "平方米", "公共交通设施工程项目占地面积", "level", area="海流图镇"),
        Q("1座", 1, "座", "新建公交枢纽综合服务用房", "level", area="海流图镇"),
        Q("1.3万平方米", num("1.3万"), "平方米", "新建公交专用停车场和社会公共停车场总占地面积", "level", area="海流图镇"),
        Q("160块", 160, "块", "新增改造公交站牌", "level", area="海流图镇"),
        Q("54台", 54, "台", "安装快速充电桩", "level", area="海流图镇", note=CUT),
    ],
)

# ---------------------------------------------------------------- 12 桂林市 (广西), the city broadcaster's item on the 上半年 2021 release (press conference of 8月10日)
GL_DAY = "2021-08-11"
GL_EVENT = "2021-08-10"
GL = "桂林市"
GL_H1 = "2021-01/2021-06"
P1 = "第一产业增加值"
IND_ALL = "工业增加值"
URBAN_INC = "城镇居民人均可支配收入"
RURAL_INC = "农村居民人均可支配收入"
VISITORS = "接待游客"
TOURISM = "旅游总收入"
PAGES["e36_12_guilin_20210811.txt"] = dict(
    pubdate=GL_DAY,
    pubnote="the address's 202108/20210811102214 (news.gltvs.com, 桂林's broadcaster); the copy has no headline or date line",
    area=GL, period=GL_H1,
    items=[
        D("8月10日", GL_EVENT, "day", note="the press conference's day"),
        D("上半年", GL_H1, "period"),
        D("上半年", GL_H1, "period"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        D("全年", "2021", "year"),
        D("上半年", GL_H1, "period"),
        Q("1067.55亿元", num("1067.55亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("11.3%", 11.3, "%", "地区生产总值增长", "growth", ind=GDP),
        O("一产", "industry ordinal (一产 = 第一产业)"),
        Q("8%", 8, "%", "第一产业增加值增长", "growth", ind=P1),
        Q("0.2", 0.2, "百分点", "第一产业增加值增速高于全国", "points", ind=P1, inherited=True),
        Q("0.1个百分点", 0.1, "百分点", "第一产业增加值增速高于全区", "points", ind=P1),
        D("近年来", None, "vague"),
        O("二产", "industry ordinal (二产 = 第二产业)"),
        Q("15.4%", 15.4, "%", "第二产业增加值增长", "growth", ind=P2),
        Q("19.1%", 19.1, "%", "工业增加值增长", "growth", ind=IND_ALL),
        O("三产", "industry ordinal (三产 = 第三产业)"),
        Q("10.4%", 10.4, "%", "第三产业增加值增长", "growth", ind=P3),
        Q("11.3%", 11.3, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("13.4%", 13.4, "%", "民间投资增长", "growth"),
        Q("20884元", 20884, "元", "城镇居民人均可支配收入", "level", ind=URBAN_INC),
        Q("9302元", 9302, "元", "农村居民人均可支配收入", "level", ind=RURAL_INC),
        Q("10.1%", 10.1, "%", "城镇居民人均可支配收入增长", "growth", ind=URBAN_INC),
        Q("13.1%", 13.1, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL_INC),
        D("上半年", GL_H1, "period"),
        Q("13.1%", 13.1, "%", "农村居民人均可支配收入增长", "growth", ind=RURAL_INC),
        Q("3个百分点", 3, "百分点", "农村居民收入增速高于城镇居民", "points", ind=RURAL_INC),
        D("今年上半年", GL_H1, "period"),
        Q("八条", 8, "条", "发布的夜游精品线路", "level"),
        Q("九条", 9, "条", "发布的红色游学精品线路", "level"),
        Q("160亿元", num("160亿"), "元", "融创国际旅游度假区总投资", "level"),
        Q("5965万人次", num("5965万"), "人次", "接待游客", "level", ind=VISITORS),
        Q("734亿元", num("734亿"), "元", "旅游总消费", "level", ind=TOURISM),
        Q("119.6%", 119.6, "%", "接待游客增长", "growth", ind=VISITORS),
        Q("109.2%", 109.2, "%", "旅游总消费增长", "growth", ind=TOURISM),
        D("今年", "2021", "year"),
        Q("70名", 70, "名", "选派的工业振兴特派员", "level", per="2021"),
        Q("225个", 225, "个", "获帮助的重点工业企业", "level", per="2021"),
        Q("195个", 195, "个", "帮助企业解决的问题", "level", per="2021"),
        Q("33个", 33, "个", "工业企业大类行业", "level", borderline=True, note="the base of a count (33个大类行业28个…)"),
        Q("28个", 28, "个", "实现正增长的行业", "level", note=CUT),
    ],
)
