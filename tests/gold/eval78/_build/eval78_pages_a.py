"""Annotations of pages 01-04 (仙游县's and 政和县's congress stories, 杭锦后旗's 1-10月 release, 四平市's 1—11月 release), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
PAGES = {}

# ---------------------------------------------------------------- 01 仙游县 (福建 莆田市), 仙游今报's story on the county congress (18th term, 5th session) and the report's 2025 review
XY = "仙游县"
XY_DAY = "2025-12-24"
PAGES["e78_01_xianyou_20251226.txt"] = dict(
    pubdate="2025-12-26",
    pubnote="the address 2025-12/26 (www.xyxww.com, 仙游新闻网, 仙游今报's site); the story's dateline `12月24日` is the session's day",
    area=XY, period="2025",
    items=[
        D("12月24日", XY_DAY, "day", note="the congress's opening day (the year from the page's address)"),
        O("十八届人大五次", "congress term and session as one span (县十八届人大五次会议), as eval51's"),
        D("2025年", "2025", "year", rel=False),
        D("2026年", "2026", "year", rel=False),
        C("十四五", "fixed term"),
        C("十五五", "fixed term"),
        Q("8个", 8, "个", "解读政府工作报告的关键字", "level", borderline=True, per=XY_DAY,
          note="the story's own eight keywords (as the earlier sets' 三个部分): a count, arguably not an indicator"),
        D("过去一年", "2025", "year", note="the report's reviewed year; it leads the list of 2025's achievements"),
        Q("18个", 18, "个", "完成规范化建设的乡镇综治中心", "level"),
        O("首推", "first-of-kind word (全省首推), as the README's 首批"),
        C("三年行动", "name of a campaign (安全生产治本攻坚三年行动), as the earlier sets'"),
        Q("13个", 13, "个", "建成投用的基层预警指挥服务站", "level"),
        Q("3支", 3, "支", "组建的森林消防政府专职中队", "level"),
        C("1%", "numeral inside the survey's name (全国1%人口抽样调查)"),
        C("八五", "fixed term (“八五”普法)"),
        Q("99%以上", 99, "%", "空气质量优良率", "share", q="at_least"),
        O("第一", "rank (居全市第一)"),
        Q("10个", 10, "个", "主要流域国省控断面", "level"),
        Q("17个", 17, "个", "集中式饮用水水源地", "level"),
        Q("100%", 100, "%", "断面和水源地水质达标率", "share"),
        Q("5条", 5, "条", "水质实现跨类别提升的木兰溪汇水支流", "level"),
        Q("152个", 152, "个", "完成农村生活污水管网建设的整村", "level"),
        Q("95座", 95, "座", "划定工程管理与保护范围的公益性水库", "level"),
        O("首批", "first-of-kind (全省首批)"),
        C("四库", "numeric slogan (森林“四库”)"),
        Q("1.4万亩", num("1.4万"), "亩", "建设高标准农田", "level"),
        C("一村一品", "numeric slogan"),
        Q("12个", 12, "个", "新增一村一品省市级专业村", "level"),
        C("四仙", "numeric slogan (“四仙”入京华)"),
        C("三品一标", "fixed term"),
        Q("10个", 10, "个", "新认证三品一标农产品", "level"),
    ],
)

# ---------------------------------------------------------------- 02 政和县 (福建 南平市), 政和县融媒体中心's story on the county congress (18th term, 5th session)
ZH = "政和县"
ZH_DAY = "2025-12-30"
ZH_14 = "2021/2025"
PAGES["e78_02_zhenghe_20251231.txt"] = dict(
    pubdate="2025-12-31",
    pubnote="the kept line `2025-12-31 09:44:35 来源: 政和县融媒体中心` and the address 2025-12/31 (www.fjzhxww.com, 政和新闻网)",
    area=ZH, period=ZH_DAY,
    items=[
        O("第十八届", "congress term (title)"),
        O("第五次", "session number (title)"),
        D("2025-12-31 09:44:35", "2025-12-31T09:44", "time", rel=False, note="the page's metadata line (seconds dropped, as the ISO form allows minutes)"),
        D("12月30日", ZH_DAY, "day"),
        O("第十八届", "congress term"),
        O("第五次", "session number"),
        Q("190人", 190, "人", "应到代表", "level"),
        Q("181人", 181, "人", "实到代表", "level"),
        D("上午8时30分", "2025-12-30T08:30", "time"),
        C("十四五", "fixed term (“十四五”时期)"),
        D("2025年", "2025", "year", rel=False, note="the report part's name (“十四五”时期和2025年工作回顾)"),
        C("十四五", "fixed term"),
        Q("五年", 5, "年", "“十四五”时期的年数", "level", borderline=True, per=ZH_14,
          note="极不平凡的五年: a duration (as eval51's 三年)"),
        C("十四五", "fixed term (“十四五”开局之年)"),
        O("十周年", "anniversary (新福建建设十周年)"),
        Q("两次", 2, "次", "习近平总书记莅临福建考察", "level", borderline=True, area="福建省", per=ZH_14,
          note="visits to the province in the 十四五 years: a count, arguably not an indicator"),
        D("2021年6月", "2021-06", "month", rel=False),
        D("五年来", ZH_14, "period", note="the 十四五 years, reported at the end of 2025 (as the earlier sets' 五年来)"),
        C("十四五", "fixed term (“十四五”规划)"),
        D("五年来", ZH_14, "period"),
    ],
)

# ---------------------------------------------------------------- 03 杭锦后旗 (内蒙古 巴彦淖尔市), the banner's note on its 1-10月 2025 economy
HJ = "杭锦后旗"
HJ_P = "2025-01/2025-10"
HJ_INV = "固定资产投资"
PAGES["e78_03_hangjinhouqi_20251216.txt"] = dict(
    pubdate="2025-12-16",
    pubnote="the address 202512/t20251216 (www.hjhq.gov.cn, 杭锦后旗人民政府's site, 统计数据); the page names no year: "
            "今年 and 1-10月 are read as 2025, the posting year",
    area=HJ, period=HJ_P,
    items=[
        D("1-10月", HJ_P, "period", note="the note's subtitle (——1-10月杭锦后旗经济运行)"),
        D("今年以来", "2025", "period", note="as the earlier sets' 今年以来: the year"),
        D("1—10月", HJ_P, "period"),
        Q("3.7%", 3.7, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        Q("3.6%", 3.6, "%", "规上制造业增加值增长", "growth"),
        Q("10个百分点", 10, "百分点", "制造业拉动规上工业增速", "points"),
        Q("69.4%", 69.4, "%", "采矿业增加值增长", "growth", change="decrease"),
        Q("3.4个百分点", 3.4, "百分点", "采矿业拉低规上工业增速", "points", change="decrease",
          note="拉低: a pull downward, the sign in change"),
        Q("5.8%", 5.8, "%", "电力、热力、燃气及水的生产和供应业增加值增长", "growth", change="decrease"),
        Q("3个百分点", 3, "百分点", "电力、热力、燃气及水的生产和供应业拉低规上工业增速", "points", change="decrease"),
        Q("11个", 11, "个", "规上工业行业大类", "level"),
        Q("3个", 3, "个", "增加值同比增长的行业大类", "level"),
        Q("27.3%", 27.3, "%", "规上工业行业增长面", "share"),
        Q("30.4%", 30.4, "%", "食品制造业增加值增长", "growth"),
        Q("13.5%", 13.5, "%", "化学原料和化学制品制造业增加值增长", "growth"),
        Q("34.9%", 34.9, "%", "非金属矿物制品业增加值增长", "growth"),
        Q("22.9%", 22.9, "%", "规上国有控股工业企业增加值增长", "growth", change="decrease"),
        Q("10个百分点", 10, "百分点", "国有控股企业拉低规上工业增速", "points", change="decrease"),
        Q("4.7%", 4.7, "%", "规上民营工业企业增加值增长", "growth"),
        Q("13.7个百分点", 13.7, "百分点", "民营企业拉动规上工业增速", "points"),
        D("1-10月", HJ_P, "period"),
        Q("3.4%", 3.4, "%", "固定资产投资增长", "growth", ind=HJ_INV, change="decrease"),
        D("去年同期", "2024-01/2024-10", "period", note="the base period (去年同期基数)"),
        D("本月", "2025-10", "month", note="the month the note covers (October 2025)"),
        Q("8.9%", 8.9, "%", "工业投资增长", "growth", ind="工业投资", change="decrease", per="2025-10",
          note="本月 leads its sentence and governs it (OBSERVATIONS' reach rule) — unsure: the rate is likely the "
               "cumulative 1-10月 one that fell back this month"),
        Q("26.2%", 26.2, "%", "电力、热力、燃气及水的生产和供应业投资增长", "growth", change="decrease",
          note="the paragraph led by 1-10月 (本月 governs only its own sentence)"),
        Q("36.4%", 36.4, "%", "电力、热力、燃气及水的生产和供应业投资占全部固定资产投资比重", "share"),
        Q("36%", 36, "%", "设备工器具购置投资增长", "growth", change="decrease"),
        D("当前", "2025-12-16", "now", note="在当前阶段: the page's date"),
    ],
)

# ---------------------------------------------------------------- 04 四平市 (吉林), the city development and reform commission's note on the 1—11月 2024 economy
SP = "四平市"
SP_P = "2024-01/2024-11"
SP_P10 = "2024-01/2024-10"
JL = "吉林省"
PAGES["e78_04_siping_20241224.txt"] = dict(
    pubdate="2024-12-24",
    pubnote="the address 202412/t20241224 (fgw.siping.gov.cn, 四平市发展和改革委员会's site, 宏观经济); the page names no "
            "year: 今年 and 1—11月 are read as 2024, the posting year",
    area=SP, period=SP_P,
    items=[
        D("今年以来", "2024", "period", note="as the earlier sets' 今年以来: the year"),
        C("1288", "numeric code of the city committee's plan (市委“1288”总体工作思路)"),
        C("千亿级", "size class (千亿级经济总量目标), as the earlier sets' 百强 and 亿元以上"),
        C("八个重点产业", "numeric slogan (“八个重点产业”)"),
        D("1—11月份", SP_P, "period"),
        D("1—11月份", SP_P, "period"),
        Q("9%", 9, "%", "猪出栏量增长", "growth"),
        Q("23%", 23, "%", "牛出栏量增长", "growth"),
        Q("6%", 6, "%", "羊出栏量增长", "growth"),
        Q("28%", 28, "%", "禽出栏量增长", "growth"),
        Q("20%", 20, "%", "蛋奶总量增长", "growth"),
        Q("7.1%", 7.1, "%", "经济作物产量增长", "growth", change="decrease"),
        Q("8.9%", 8.9, "%", "水产品产量增长", "growth"),
        D("1—11月份", SP_P, "period"),
        Q("1.7%", 1.7, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        O("第5位", "rank (全省排名第5位)"),
        D("1—11月份", SP_P, "period"),
        C("四行业", "fixed phrase naming the four trades just listed (批、零、住、餐四行业), as the earlier sets' 三大门类"),
        Q("-11.6%", 11.6, "%", "限上批发业增速", "growth", change="decrease", note="written -11.6%: the sign goes to change"),
        Q("4.1%", 4.1, "%", "限上零售业增速", "growth"),
        Q("-30%", 30, "%", "限上住宿业增速", "growth", change="decrease", note="written -30%: the sign goes to change"),
        Q("-22.2%", 22.2, "%", "限上餐饮业增速", "growth", change="decrease", note="written -22.2%: the sign goes to change"),
        Q("3.3%", 3.3, "%", "公路运输总周转量增长", "growth"),
        D("1—10月份", SP_P10, "period"),
        Q("17.53%", 17.53, "%", "邮政行业业务总量增长", "growth", per=SP_P10),
        Q("16.8%", 16.8, "%", "全省邮政行业业务总量平均增速", "growth", area=JL, per=SP_P10),
        Q("0.73个百分点", 0.73, "百分点", "邮政业务总量增速高于全省", "points", per=SP_P10,
          note="the city's rate above the province's: the city's figure (as the earlier sets' gaps)"),
        O("第3位", "rank (全省排名第3位)"),
        Q("1.4%", 1.4, "%", "规模以上服务业重点行业营业收入增长", "growth", per=SP_P10,
          note="(错月): the figure lags a month, of 1—10月 as the sentence before (unsure)"),
        D("1—11月份", SP_P, "period"),
        Q("3.5%", 3.5, "%", "限额以上社会消费品零售总额增长", "growth",
          note="the above-quota part only, not the catalogue's 社会消费品零售总额"),
        Q("2.4%", 2.4, "%", "全省限额以上社会消费品零售总额平均增速", "growth", area=JL),
        Q("1.1个百分点", 1.1, "百分点", "限上社零增速高于全省", "points"),
        O("第3位", "rank (全省排名第3位)"),
        D("1—11月", SP_P, "period"),
        Q("1.97%", 1.97, "%", "全社会用电量增长", "growth"),
        Q("0.29%", 0.29, "%", "工业用电量增长", "growth", change="decrease"),
        Q("5.5%", 5.5, "%", "客运量增长", "growth"),
        Q("3.3%", 3.3, "%", "货运量增长", "growth"),
        Q("6.6%", 6.6, "%", "本外币存款增长", "growth", ind="金融机构存款余额", per="2024-11",
          note="a balance: its as-of month, the end of 1—11月"),
        Q("6.7%", 6.7, "%", "贷款余额增长", "growth", ind="金融机构贷款余额", per="2024-11",
          note="a balance: its as-of month"),
    ],
)
