"""Annotations of pages 01-04 (虎林市's 2025 work report, 清原县's reply to deputy proposal 第72号, 息烽县's reply to a
deputy's suggestion and 今日房县's 本报讯 of 2011-09-23), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

# ---------------------------------------------------------------- 01 虎林市, the 2025 work report (session of 2025-01-04)
HL = "虎林市"
PAGES["e70_01_hulin_20250104.txt"] = dict(
    pubdate="2025-01-04",
    pubnote="the report's subtitle `——2025年1月4日在虎林市第七届人民代表大会第七次会议上` (the session's day); the "
            "document site (bx2200.com) gives no date of its own — unsure, as eval51's 隆回",
    area=HL, period="2024",
    items=[
        D("2025年1月4日", "2025-01-04", "day", rel=False, note="the report's subtitle: the session's day"),
        O("第七届", "congress term"),
        O("第七次", "session number"),
        D("现在", "2025-01-04", "now", note="现在,我代表…: the report's day (as the earlier sets' work reports)"),
        O("一、", "list marker (part heading)"),
        D("2024年", "2024", "year", rel=False, note="part name: the reviewed year"),
        D("2024年", "2024", "year", rel=False),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums, as one span"),
        C("六个关系", "numeric slogan (统筹“六个关系”)"),
        C("六个攻坚", "numeric slogan (推进“六个攻坚”)"),
        Q("320余次", 320, "次", "开展“走出去、请进来”招商活动", "level", q="more_than"),
        D("全年", "2024", "year", note="the reviewed year"),
        Q("45个", 45, "个", "签约优势项目", "level"),
        D("上年", "2023", "year", note="较上年: the year before the reviewed one"),
        Q("15.4%", 15.4, "%", "签约项目数较上年增长", "growth"),
        Q("34.3亿元", num("34.3亿"), "元", "争取到位上级资金", "level"),
        D("上年", "2023", "year"),
        Q("10.1%", 10.1, "%", "争取到位上级资金较上年增长", "growth"),
        Q("1.43亿元", num("1.43亿"), "元", "中央预算内资金", "level"),
        Q("3.96亿元", num("3.96亿"), "元", "超长期特别国债资金", "level"),
        Q("三县", 3, "县", "比较的县数(鸡西的三县)", "level", borderline=True,
          note="the base of a rank (总量均居三县之首), as eval's earlier 居三县第1位"),
        O("之首", "rank (居三县之首: first of the three)"),
        Q("70个", 70, "个", "启动重点项目", "level"),
        Q("43.5亿元", num("43.5亿"), "元", "重点项目完成投资", "level",
          note="the projects' investment, not the catalogue's 固定资产投资"),
        Q("40%", 40, "%", "启动重点项目数增长", "growth", note="分别增长40%和56%: the count's growth"),
        Q("56%", 56, "%", "重点项目完成投资增长", "growth"),
        Q("两次", 2, "次", "项目建设经验在鸡西作交流", "level", borderline=True),
        Q("4个", 4, "个", "老牌企业裂变项目", "level"),
        Q("4个", 4, "个", "顺利竣工项目", "level"),
        D("全年", "2024", "year", note="the reviewed year"),
        Q("8个", 8, "个", "转移药号", "level"),
        Q("514个", 514, "个", "药号总量", "level",
          note="a stock (总量达到); the review's year governs its sentence (全年…), as the section rule"),
        O("首家", "first-of-kind (全省首家)"),
        O("一等奖", "rank of an award (省科学技术进步一等奖)"),
        C("2024", "year inside a list's name (2024中药上市公司30强)"),
        O("30强", "rank tier (中药上市公司30强), as eval's earlier 前50强"),
    ],
)

# ---------------------------------------------------------------- 02 清原满族自治县, the housing bureau's reply (posted 2024-01-05)
QY = "清原满族自治县"
QYZ = "清原镇"
PAGES["e70_02_qingyuan_20240105.txt"] = dict(
    pubdate="2024-01-05",
    pubnote="the kept line `时间:2024年1月5日` (when the reply was posted on the county site); the reply answers the 2023 "
            "session (`2023年…八届人大二次会议`) and its own date is garbled in the copy (`0二十六日`), so its `今年` is "
            "taken as 2023 — unsure",
    area=QY, period="2023",
    items=[
        C("2023年", "year inside the title (2023年清原满族自治县八届人大二次会议)"),
        O("八届人大二次", "congress term and session, as one span (as eval51's)"),
        O("72号", "proposal number"),
        D("2024年1月5日", "2024-01-05", "day", rel=False, note="page metadata line (时间:)"),
        O("八届人大二次", "congress term and session, as one span"),
        O("第72号", "proposal number"),
        D("今年", "2023", "year",
          note="the reply's own year (it answers the 2023 session; its date `0二十六日` is garbled), not the posting's 2024"),
        C("三环", "name with a numeral (东三环小区)"),
        C("第三物业", "name with a numeral (兴隆第三物业小区)"),
        Q("7个", 7, "个", "改造的老旧小区", "level", area=QYZ, target=True,
          note="a plan (今年我局将实施…); the communities are in 清原镇, the smallest area named for them"),
        D("2000年", "2000", "year", rel=False, note="2000年以前建成: the communities' age limit"),
        Q("103栋", 103, "栋", "改造涉及楼栋", "level", area=QYZ, target=True),
        Q("4261户", 4261, "户", "改造涉及居民户", "level", area=QYZ, target=True),
        Q("26.93万平方米", num("26.93万"), "平方米", "改造涉及建筑面积", "level", area=QYZ, target=True),
        D("今年", "2023", "year", note="the reply's own year, as above"),
        D("0二十六日", None, "vague", note="the reply's date, garbled in the copy (a stray 0 for 二〇二X年X月?): month and year lost"),
    ],
)

# ---------------------------------------------------------------- 03 息烽县, the education bureau's reply (2017-07-24)
XF = "息烽县"
XF_DAY = "2017-07-24"
PAGES["e70_03_xifeng_20170724.txt"] = dict(
    pubdate=XF_DAY,
    pubnote="the reply's own date, kept at its foot (`2017年7月24日`), as eval6's 清原 reply; the address gives its "
            "posting on the county site, 2018-10-28 (t20181028)",
    area=XF, period=XF_DAY,
    items=[
        D("近几年来", None, "vague"),
        Q("220套", 220, "套", "先后修建的教师周转房和公租房", "level",
          note="a count built over 近几年来 (vague): the reply's day, as a stock with no time given"),
        D("目前", XF_DAY, "now"),
        C("一小", "name with a numeral (一小, the county's 第一小学)"),
        D("将来", None, "vague"),
        D("今后", None, "vague"),
        D("2017年7月24日", XF_DAY, "day", rel=False, note="the reply's date"),
    ],
)

# ---------------------------------------------------------------- 04 房县, 今日房县's 本报讯 (issue of 2011-09-23)
FX = "房县"
PAGES["e70_04_fangxian_20110923.txt"] = dict(
    pubdate="2011-09-23",
    pubnote="the e-paper's address (content/2011-09/23); the item's `20日` and `21日` are that month's",
    area=FX, period="2011-09-20",
    items=[
        D("20日", "2011-09-20", "day", note="no month: the issue's month"),
        Q("9家", 9, "家", "申报“小进规”的小型企业", "level",
          note="the count checked on 20日 (the event's day governs its sentence)"),
        C("2000万元", "size class (年产值过2000万元的小型企业: the threshold of 规模以上)"),
        D("上半年", "2011-01/2011-06", "period", note="the report heard (上半年工业经济运行情况)"),
        Q("9家", 9, "家", "“小进规”企业", "level", note="the same nine, repeated; the visit of 20日"),
        D("21日", "2011-09-21", "day", note="no month: the issue's month"),
        D("近年来", None, "vague"),
        Q("两条", 2, "条", "高速路", "level", borderline=True, per="2011-09-23",
          note="the county's two expressways (no time given: the issue's day)"),
    ],
)
