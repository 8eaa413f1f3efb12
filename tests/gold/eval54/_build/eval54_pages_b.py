"""Annotations of pages 05-08 (裕民县's handover of suggestions, 宁陕县's reply to a deputy, 濉溪县's reply meeting, 宁县's inspection), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q

PAGES = {}

# ---------------------------------------------------------------- 05 裕民县 (新疆 塔城地区), the county TV's story on the handover of deputies' suggestions and CPPCC proposals
YM = "裕民县"
YM_DAY = "2020-03-24"
PAGES["e54_05_yumin_20200326.txt"] = dict(
    pubdate="2020-03-26",
    pubnote="the kept line `来源:裕民县电视台 日期:2020-03-26 17:13:48` (xjym.gov.cn, 裕民县's site); the meeting was `3月24日`",
    area=YM, period=YM_DAY,
    items=[
        D("2020-03-26 17:13:48", "2020-03-26T17:13", "time", rel=False, note="page metadata line"),
        D("3月24日", YM_DAY, "day"),
        Q("24件", 24, "件", "转交县人民政府办理的人大代表建议意见", "level",
          note="the meeting's day (3月24日 leads the sentence)"),
        Q("23件", 23, "件", "转交县人民政府办理的政协委员提案", "level"),
        O("十五届人大五次", "congress term and session as one span (as eval51's 十七届人大五次)"),
        O("十三届四次", "CPPCC term and session"),
        O("十三届五次", "CPPCC term and session"),
        Q("24件", 24, "件", "转交县人民政府办理的人大代表建议意见", "level",
          note="the same fact repeated; the meeting's day (会上 leads the paragraph)"),
        Q("23件", 23, "件", "转交县人民政府办理的政协委员提案", "level"),
    ],
)

# ---------------------------------------------------------------- 06 宁陕县 (陕西 安康市), the county transport bureau's reply to suggestion 第37号 of the county congress
NS = "宁陕县"
NS_DAY = "2011-05-10"
PAGES["e54_06_ningshan_20110510.txt"] = dict(
    pubdate=NS_DAY,
    pubnote="the letter's own date `二○一一年五月十日` (www.ningshan.gov.cn, 宁陕县人民政府's site) — **unsure**: the page "
            "gives no posting date, the letter's signed date is used",
    area=NS, period=NS_DAY,
    items=[
        C("宁交函〔2011〕25号", "document number"),
        O("十六届人大六次", "congress term and session as one span"),
        O("第37号", "suggestion number"),
        D("目前", NS_DAY, "now", note="the letter's date"),
        C("十二五", "fixed term (five-year plan)"),
        D("二○一一年五月十日", NS_DAY, "day", rel=False, note="the letter's signed date"),
    ],
)

# ---------------------------------------------------------------- 07 濉溪县 (安徽 淮北市), 中安在线's story on the reply meeting for two suggestions (on 新浪安徽)
SX = "濉溪县"
SX_DAY = "2021-10-15"
PAGES["e54_07_suixi_20211019.txt"] = dict(
    pubdate="2021-10-19",
    pubnote="the address news/2021-10-19 (ah.sina.com.cn, 新浪安徽; 来源: 中安在线); the meeting was `10月15日`",
    area=SX, period=SX_DAY,
    items=[
        D("10月15日", SX_DAY, "day"),
        D("今年2月份", "2021-02", "month"),
        O("第十七届", "congress term"),
        O("第六次", "session"),
        O("第五号", "suggestion number"),
        O("第七号", "suggestion number"),
        D("当天", SX_DAY, "day"),
        O("七号", "suggestion number"),
        O("第五条", "article of a regulation"),
        O("第七条", "article of a regulation"),
        O("五号", "suggestion number"),
        O("第十七届", "congress term"),
        O("第六次", "session"),
        Q("12名", 12, "名", "提出建议并参加答复会的县人大代表", "level",
          note="the deputies at the meeting: its day (as eval51's congress stories' delegates)"),
        C("两局", "numeric abbreviation (the two bureaus, as 两会)"),
    ],
)

# ---------------------------------------------------------------- 08 宁县 (甘肃 庆阳市), 人民之声报's story on the county congress's inspection of suggestions (on 甘肃人大网)
NX = "宁县"
NX_DAY = "2017-10-16"
PAGES["e54_08_ningxian_20171016.txt"] = dict(
    pubdate=NX_DAY,
    pubnote="the kept line `稿件来源:人民之声报 发布时间:2017-10-16 08:50:55` and the address 2017/sxrd_1016 "
            "(www.gsrdw.gov.cn, 甘肃人大网)",
    area=NX, period=NX_DAY,
    items=[
        O("十七届人大一次", "congress term and session as one span"),
        D("2017-10-16 08:50:55", "2017-10-16T08:50", "time", rel=False, note="page metadata line"),
        D("近日", None, "vague"),
        O("十七届人大一次", "congress term and session"),
        Q("11个", 11, "个", "督查组深入的乡镇", "level",
          note="近日 is vague: the article's date"),
    ],
)
