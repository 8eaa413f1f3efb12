"""Annotations of pages 01-06 (重庆市渝中区, 琼海市, 四都镇, 南昌高新区, 商丘市, 吉林市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
RE_INV = "房地产开发投资"
RETAIL = "社会消费品零售总额"
TRADE = "进出口总额"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 重庆市渝中区, government work report 2026 (opening: 十四五 and 2025 review)
YZ_DAY = "2026-01-26"
YZ_5Y = "2021/2025"
PAGES["e29_01_yuzhong_20260126.txt"] = dict(
    pubdate=YZ_DAY,
    pubnote="发布时间:2026-01-26 16:27 in the metadata line (kept; www.cqyz.gov.cn, 重庆市渝中区人民政府, 来源 区政府办公室); the report carries no delivery date in the copy",
    area="重庆市渝中区", period="2025",
    items=[
        C("2026年", "year inside the report's title"),
        D("2026-01-26 16:27", "2026-01-26T16:27", "time", rel=False, note="metadata line"),
        D("现在", YZ_DAY, "now", note="the report's delivery; the copy gives no delivery date, so the page's date"),
        O("一、", "section marker"),
        C("十四五", "fixed term (five-year plan)"),
        D("2025年", "2025", "year", rel=False, note="section heading"),
        C("十四五", "fixed term (“十四五”时期)"),
        C("两大", "numeric slogan (两大定位)"),
        C("三个", "numeric slogan (三个作用)"),
        C("四大", "numeric slogan (四大定位)"),
        C("八大", "numeric slogan (八大优势)"),
        C("六个", "numeric slogan (六个新高地)"),
        C("十四五", "fixed term (“十四五”规划)"),
        D("这五年", YZ_5Y, "period", note="the 十四五 years"),
        Q("1781.8亿元", num("1781.8亿"), "元", "地区生产总值", "level", ind=GDP,
          note="the level reached at the end of the five years (2025)"),
        D("2020年", "2020", "year", rel=False),
        Q("30%", 30, "%", "地区生产总值较2020年增长", "growth", ind=GDP, per=YZ_5Y,
          note="growth over the five years against 2020"),
        Q("31万元", num("31万"), "元", "人均地区生产总值", "level", q="more_than", ind=GDP_PC),
        Q("76亿元/平方公里", num("76亿"), "元/平方公里", "地均地区生产总值", "level"),
        O("第1", "rank (西部第1)"),
        D("2020年", "2020", "year", rel=False),
        Q("1.4倍", 1.4, "倍", "社会消费品零售总额是2020年的倍数", "multiple", ind=RETAIL),
        Q("1851.7亿元", num("1851.7亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        O("第2", "rank (全市第2)"),
        Q("5年", 5, "年", "固定资产投资连续保持正增长的年数", "level", per=YZ_5Y, borderline=True,
          note="a duration (连续5年)"),
        Q("1000亿元", num("1000亿"), "元", "固定资产投资总额累计", "level", q="more_than", ind=FAI, per=YZ_5Y,
          note="cumulative over the five years (累计突破)"),
        O("第1", "rank (西部第1)"),
        Q("40栋", 40, "栋", "亿元级税收楼宇", "level", per="2025-12"),
        C("亿元级", "size class (亿元级税收楼宇)"),
        Q("7栋", 7, "栋", "准亿元级税收楼宇", "level", per="2025-12"),
        C("准亿元级", "size class"),
        Q("161栋", 161, "栋", "千万级税收楼宇", "level", per="2025-12"),
        C("千万级", "size class"),
        Q("4.9亿元/栋", num("4.9亿"), "元/栋", "楼均产出", "level"),
        Q("1553元/平方米", 1553, "元/平方米", "楼均税收", "level"),
        C("寸土生万金", "numeric slogan"),
    ],
)

# ---------------------------------------------------------------- 02 琼海市 (海南), government work report 2023 (opening: the 2022 review)
QH_DAY = "2023-02-02"
PAGES["e29_02_qionghai_20230330.txt"] = dict(
    pubdate="2023-03-30",
    pubnote="the address's date t20230330 (qionghai.hainan.gov.cn, 琼海市人民政府, 市政府工作报告 column); the report was delivered 2023年2月2日 (subtitle)",
    area="琼海市", period="2022",
    items=[
        D("2023年2月2日", QH_DAY, "day", rel=False, note="subtitle: the day the report was delivered"),
        O("第十六届", "congress term"),
        O("第三次", "session number"),
        D("现在", QH_DAY, "now", note="the report's delivery day (subtitle)"),
        O("一、", "section marker"),
        D("2022年", "2022", "year", rel=False, note="section heading"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        O("30周年", "anniversary (撤县设市30周年)"),
        O("二十大", "party congress"),
        C("一本三基四梁八柱", "numeric slogan"),
        O("[1]", "footnote marker"),
        O("第八次", "party congress number (省第八次党代会)"),
        O("第十四次", "party congress number (市第十四次党代会)"),
        D("一年来", "2022", "period"),
        O("[2]", "footnote marker"),
        C("0331", "name of an outbreak (“0331”疫情)"),
        C("2022年", "year inside a meeting's name (博鳌亚洲论坛2022年年会)"),
        C("0801", "name of an outbreak (“0801”疫情)"),
        C("三亚", "city name with a numeral"),
        Q("11批", 11, "批", "接收三亚隔离人员批次", "level"),
        Q("4912人", 4912, "人", "接收三亚隔离人员", "level"),
        C("零外溢", "numeric slogan"),
        O("第一时间", "first-of-kind phrase (at once)"),
        Q("119.04%", 119.04, "%", "发热诊室扩容", "growth"),
        Q("204.76%", 204.76, "%", "日接诊量扩容", "growth"),
        Q("37张", 37, "张", "综合ICU床位(扩容前)", "level", note="the number before the expansion"),
        Q("151张", 151, "张", "综合ICU床位", "level", per="2022-12"),
        C("60岁及以上", "age class (60岁及以上人群)"),
        Q("98.47%", 98.47, "%", "60岁及以上人群全程接种疫苗率", "share"),
    ],
)

# ---------------------------------------------------------------- 03 四都镇 (福建 漳州市 诏安县), the county news site's year-end item (今年以来, 截至目前)
SD_DAY = "2025-11-27"
SD = "2025"
PAGES["e29_03_sidu_20251127.txt"] = dict(
    pubdate=SD_DAY,
    pubnote="2025-11-27 in the date/source line under the headline (kept; www.zaxww.cn, 诏安新闻网, 来源 诏闻天下)",
    area="四都镇", period=SD,
    items=[
        C("这一年", "period inside a column's name (【奋勇争先这一年】)"),
        C("四都镇", "place name with a numeral"),
        D("2025-11-27", SD_DAY, "day", rel=False, note="date/source line"),
        D("今年以来", SD, "period"),
        C("四都镇", "place name with a numeral"),
        C("三争", "numeric slogan (“三争”行动)"),
        D("截至目前", SD_DAY, "now"),
        Q("42.5亿元", num("42.5亿"), "元", "规上工业总产值", "level", ind=IND_OUT,
          note="so far this year (截至目前)"),
        Q("2.94亿元", num("2.94亿"), "元", "限上消费品零售额累计", "level"),
        Q("6个", 6, "个", "新增固投入库项目", "level"),
        Q("4.74亿元", num("4.74亿"), "元", "累计完成固定资产投资", "level", ind=FAI),
        Q("6.02亿元", num("6.02亿"), "元", "进出口总额累计", "level", ind=TRADE),
        C("四上企业", "fixed term"),
        Q("1家", 1, "家", "新增规模以上工业企业", "level"),
        Q("9家", 9, "家", "新增限额以上贸易业企业", "level"),
        C("五心四色", "numeric slogan (a work system's name)"),
        Q("11个", 11, "个", "县级以上重点项目", "level"),
        D("本年度", SD, "year"),
        Q("2.73亿元", num("2.73亿"), "元", "县级以上重点项目已完成投资", "level"),
        Q("97.26%", 97.26, "%", "重点项目年度计划完成率", "share"),
        O("一期", "project phase"),
        Q("2个", 2, "个", "新签约项目", "level"),
        Q("1.3亿元", num("1.3亿"), "元", "新签约项目投资额", "level"),
        C("新六桂", "company name with a numeral"),
        Q("2个", 2, "个", "技改扩建项目", "level"),
        Q("5个", 5, "个", "在谈项目", "level"),
        Q("6.64亿元", num("6.64亿"), "元", "肉牛育肥、肉鹅育苗和养殖基地投资", "level"),
        C("三大", "named set (三大基地)"),
        Q("3个", 3, "个", "肉牛交易中心等重点项目", "level"),
        C("两大", "named set (两大产业)"),
        C("两手抓", "numeric slogan"),
        C("一村一品", "numeric slogan"),
    ],
)

# ---------------------------------------------------------------- 04 南昌高新区 (江西), the day of a project opening (7日), as reposted
NC_EVENT = "2022-11-07"
NC = "2022"
NC_Q3 = "2022-01/2022-09"
PAGES["e29_04_nanchanggaoxin_20221108.txt"] = dict(
    pubdate="2022-11-08",
    pubnote="the address's date 2022/1108 (ginggxs.com, a site reposting 中新网's report as 齐齐哈尔新闻网); dateline 南昌11月7日电, the event on 7日",
    area="南昌高新区", period=NC,
    items=[
        Q("21个", 21, "个", "集中投产重大项目", "level", per=NC_EVENT),
        Q("367.3亿元", num("367.3亿"), "元", "集中投产重大项目总投资", "level", per=NC_EVENT),
        D("7日", NC_EVENT, "day"),
        C("2022年", "year inside an event's name (2022年重大项目集中投产活动)"),
        D("今年以来", NC, "period"),
        Q("85个", 85, "个", "新签约项目", "level"),
        Q("37个", 37, "个", "新投产项目", "level"),
        D("11月7日", NC_EVENT, "day", note="dateline"),
        D("7日", NC_EVENT, "day"),
        C("2022年", "year inside an event's name"),
        Q("21个", 21, "个", "集中投产重大项目", "level", per=NC_EVENT),
        Q("367.3亿元", num("367.3亿"), "元", "集中投产重大项目总投资", "level", per=NC_EVENT),
        D("当天", NC_EVENT, "day"),
        C("六大", "named set (六大主导产业)"),
        Q("超1200亿元", num("1200亿"), "元", "项目全部达产后年产值", "level", q="more_than", target=True, per="NULL",
          note="expected once all projects reach capacity; no period given"),
        C("六大", "named set (六大产业招商专班)"),
        D("今年以来", NC, "period"),
        Q("85个", 85, "个", "新签约项目", "level"),
        Q("37个", 37, "个", "新投产项目", "level"),
        D("1月至9月", NC_Q3, "period"),
        Q("2328.9亿元", num("2328.9亿"), "元", "工业营业收入", "level", per=NC_Q3),
        Q("5.1%", 5.1, "%", "工业营业收入同比增长", "growth", per=NC_Q3),
        D("1991年3月", "1991-03", "month", rel=False),
        D("1992年11月", "1992-11", "month", rel=False),
    ],
)

# ---------------------------------------------------------------- 05 商丘市 (河南), 1—5月份 economy (柘城县电视台's item, reposted); dateline 6月28日
SQ = "2020-01/2020-05"
SQ_PREV = "2020-01/2020-04"
PAGES["e29_05_shangqiu_20200629.txt"] = dict(
    pubdate="2020-06-29",
    pubnote="the address's date 2020/0629 (m.jiangsulong.com, an aggregator reposting 柘城县电视台's item); the lead's date 6月28日",
    area="商丘市", period=SQ,
    items=[
        D("1—5月份", SQ, "period", note="headline"),
        D("1—5月份", SQ, "period", note="headline (repeated as stored)"),
        D("1—5月份", SQ, "period", note="headline of the article"),
        D("6月28日", "2020-06-28", "day"),
        D("1—5月份", SQ, "period"),
        D("1—5月份", SQ, "period"),
        Q("0.8%", 0.8, "%", "规模以上工业增加值同比下降", "growth", ind=IND_VA, change=DOWN),
        D("1—4月份", SQ_PREV, "period"),
        Q("2.1个百分点", 2.1, "百分点", "规上工业增加值降幅比1—4月份收窄", "points", ind=IND_VA),
        D("5月份", "2020-05", "month"),
        Q("6.2%", 6.2, "%", "5月份当月规上工业增加值同比增长", "growth", ind=IND_VA, per="2020-05"),
        Q("两个月", 2, "个月", "规上工业增加值连续正增长的月数", "level", per="2020-04/2020-05", borderline=True,
          note="a duration (连续两个月)"),
        Q("35个", 35, "个", "工业行业大类", "level", borderline=True, note="the base of the count that follows"),
        Q("15个", 15, "个", "实现增长的工业行业", "level"),
        Q("42.9%", 42.9, "%", "工业行业增长面", "share"),
        D("1—4月份", SQ_PREV, "period"),
        Q("11.5个百分点", 11.5, "百分点", "增长面比1—4月份提高", "points"),
        D("1—5月份", SQ, "period"),
        Q("3.3%", 3.3, "%", "大型企业增加值同比下降", "growth", change=DOWN),
        Q("0.2%", 0.2, "%", "中型企业增加值增长", "growth"),
        Q("1.9%", 1.9, "%", "小型企业增加值增长", "growth"),
        D("1—4月份", SQ_PREV, "period"),
        Q("3", 3, "百分点", "中型企业增速比1—4月份提高", "points", inherited=True),
        Q("3.2个百分点", 3.2, "百分点", "小型企业增速比1—4月份提高", "points"),
        D("1—5月份", SQ, "period"),
        Q("1.3%", 1.3, "%", "固定资产投资同比增长", "growth", ind=FAI),
        D("1—4月份", SQ_PREV, "period"),
        Q("0.4个百分点", 0.4, "百分点", "固定资产投资增速比1—4月份提高", "points", ind=FAI),
        Q("0.4个百分点", 0.4, "百分点", "固定资产投资增速高于全省平均水平", "points", ind=FAI),
        Q("1.4%", 1.4, "%", "民间投资同比下降", "growth", change=DOWN),
        D("1—4月份", SQ_PREV, "period"),
        Q("0.7个百分点", 0.7, "百分点", "民间投资降幅比1—4月份收窄", "points"),
        Q("8.2%", 8.2, "%", "房地产开发投资同比增长", "growth", ind=RE_INV),
        D("1—5月份", SQ, "period"),
        Q("5.8%", 5.8, "%", "农林牧渔业投资同比增长", "growth"),
        Q("97.7%", 97.7, "%", "文化、体育和娱乐业投资增长", "growth"),
        Q("16.8%", 16.8, "%", "卫生和社会工作投资增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 06 吉林市 (吉林), 吉林日报's first-half review of the city
JL = "2025-01/2025-06"
PAGES["e29_06_jilin_20250806.txt"] = dict(
    pubdate="2025-08-06",
    pubnote="the issue date in the e-paper's page line 吉林日报/2025 年/8 月/6 日/第 006 版 (page furniture, dropped; www.dawenge.com, a document site holding the page)",
    area="吉林市", period=JL,
    items=[
        C("三产", "fixed term (三产并进, the three industries)"),
        D("上半年", JL, "period", note="subtitle"),
        D("年初以来", "2025", "period"),
        C("三年站排头", "numeric slogan"),
        D("上半年", JL, "period"),
        Q("780 亿元", num("780亿"), "元", "吉林市地区生产总值", "level", ind=GDP),
        Q("6.4%", 6.4, "%", "地区生产总值增长", "growth", ind=GDP),
        O("一产", "industry ordinal"),
        Q("4.7%", 4.7, "%", "一产增加值增长", "growth", ind=P1),
        O("二产", "industry ordinal"),
        Q("7.8%", 7.8, "%", "二产增加值增长", "growth", ind=P2),
        O("三产", "industry ordinal"),
        Q("6%", 6, "%", "三产增加值增长", "growth", ind=P3),
        Q("484.2 万吨", num("484.2万"), "吨", "吉林石化原油加工量", "level"),
        Q("近 17万吨", num("17万"), "吨", "吉林石化原油加工增产", "difference", q="nearly"),
        Q("14.4 万吨", num("14.4万"), "吨", "吉林建龙硅钢产量", "level"),
        Q("7.4 万吨", num("7.4万"), "吨", "吉林建龙硅钢增产", "difference"),
        Q("11.4%", 11.4, "%", "吉林化纤化学纤维产量增长", "growth"),
        Q("370.4%", 370.4, "%", "碳纤维复材产量增长", "growth"),
        Q("90%", 90, "%", "风电拉挤板材市场占有率", "share"),
        Q("16 户", 16, "户", "新盘活双停企业", "level"),
        Q("20 户", 20, "户", "满产增产重点增量企业", "level"),
        Q("16 个", 16, "个", "投产项目", "level"),
        Q("13 户", 13, "户", "升规入统企业", "level"),
        Q("314 户", 314, "户", "开展数字化诊断的规上企业", "level"),
        Q("11 个", 11, "个", "入选省级智改数转项目库项目", "level"),
        Q("9 户", 9, "户", "获批省级数字化车间和智能工厂企业", "level"),
        C("亿元以上", "size class (亿元以上项目)"),
        Q("204 个", 204, "个", "开复工亿元以上项目", "level"),
        Q("75%", 75, "%", "亿元以上项目开复工率", "share"),
        Q("120 万吨", num("120万"), "吨", "吉化乙烯装置产能", "level", borderline=True,
          note="a unit's capacity that names it (120 万吨乙烯)"),
        Q("3.5 万吨", num("3.5万"), "吨", "吉林化纤新型人造丝项目产能", "level", borderline=True,
          note="a project's capacity that names it"),
        O("一期", "project phase"),
        Q("120 米", 120, "米", "射电雷达系统口径", "level", borderline=True,
          note="the size that names the project (120 米口径射电雷达系统)"),
        Q("69.3%", 69.3, "%", "产业项目投资占比", "share"),
        Q("28.5%", 28.5, "%", "高技术产业投资增长", "growth"),
        Q("80 个", 80, "个", "新签约重点项目", "level"),
        Q("268.8 亿元", num("268.8亿"), "元", "新签约重点项目总投资", "level"),
    ],
)
