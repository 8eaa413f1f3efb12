"""Annotations of pages 07-08 (吉安县, 浉河区), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

# ---------------------------------------------------------------- 07 吉安县 (江西 吉安市), the county's profile, dated 2017-03-07
JA = "吉安县"
JA_DAY = "2017-03-07"
JA_OLD = "0618/1912"
SAYING = "from a traditional saying on the county's scholars (由唐至清): arguably not an indicator"
PAGES["e47_07_jian_20170307.txt"] = dict(
    pubdate=JA_DAY,
    pubnote="the date line `发布日期:2017年03月07日` (kept; mgweikan.com, a copy site)",
    area=JA, period=JA_DAY,
    items=[
        D("2017年03月07日", JA_DAY, "day", rel=False, note="page metadata line"),
        Q("2117平方公里", 2117, "平方公里", "县域面积", "level"),
        Q("13镇", 13, "镇", "下辖镇", "level"),
        Q("6乡", 6, "乡", "下辖乡", "level"),
        Q("307个", 307, "个", "行政村", "level"),
        Q("22个", 22, "个", "社区居委会", "level"),
        Q("50万", num("50万"), "人", "总人口", "level", implied=True),
        D("秦始皇二十六年", None, "vague", rel=False,
          note="221 BC (glossed 公元前221): a year before the era, which the gold's ISO forms cannot write "
               "(iso null is kept for vague dates), so recorded as vague"),
        D("公元前221", None, "vague", rel=False, note="221 BC: no ISO form here, so recorded as vague"),
        O("首批", "first-of-kind word"),
        Q("18个", 18, "个", "江西首批设置的古县", "level", area="江西", per="NULL", borderline=True,
          note="the group the county is one of (是…18个古县之一), set up under the Qin"),
        D("民国三年", "1914", "year", rel=False, note="the Republic's third year, glossed 1914年"),
        D("1914年", "1914", "year", rel=False),
        D("至今", JA_DAY, "now", note="added after the first sight: missed when annotating (改…为吉安县至今; "
                                     "a `now` date, as eval3's and eval36's 至今)"),
        D("由唐至清", JA_OLD, "period", rel=False, note="from the Tang to the Qing dynasties"),
        Q("六百", 600, "名", "进士", "level", per=JA_OLD, implied=True, borderline=True, note=SAYING),
        Q("一对", 1, "对", "榜眼", "level", per=JA_OLD, borderline=True, note=SAYING + "; a pair"),
        Q("两名", 2, "名", "探花", "level", per=JA_OLD, borderline=True, note=SAYING),
        Q("五位", 5, "位", "状元", "level", per=JA_OLD, borderline=True, note=SAYING),
        Q("七", 7, "名", "宰辅", "level", per=JA_OLD, implied=True, borderline=True, note=SAYING + " (宰辅有七)"),
        C("三朝", "fixed phrase (三朝重臣, a minister of three reigns)"),
        C("二级", "grade (国家二级以上标准)"),
        C("Ⅱ类", "grade (国家Ⅱ类标准), a Roman numeral"),
        Q("6个", 6, "个", "县城公园", "level"),
        Q("一千米以内", 1000, "米", "到公园的距离", "level", q="less_than"),
        Q("一个", 1, "个", "一千米以内的公园", "level", borderline=True),
        Q("五百米以内", 500, "米", "到休闲园林的距离", "level", q="less_than"),
        Q("一个", 1, "个", "五百米以内的休闲园林", "level", borderline=True),
        Q("63.2%", 63.2, "%", "森林覆盖率", "share"),
        C("百佳县", "size class (全国造林百佳县)"),
        C("一城三片", "numeric slogan"),
        C("两江三岸", "numeric slogan"),
        Q("一个", 1, "个", "机场", "level"),
        Q("20公里", 20, "公里", "井冈山机场距县城", "level"),
        Q("一条", 1, "条", "水道", "level"),
        Q("两条", 2, "条", "铁路", "level"),
        C("京九", "name with a numeral (京九铁路)"),
        Q("四条", 4, "条", "高速公路", "level"),
        Q("6—8小时", 6, "小时", "经济圈辐射时间", "level", value_max=8),
        D("2015年", "2015", "year", rel=False),
        Q("142.95.亿元", num("142.95亿"), "元", "生产总值", "level", ind="地区生产总值", per="2015",
          note="as stored, with a stray point after 142.95"),
        Q("10.1%", 10.1, "%", "生产总值增长", "growth", ind="地区生产总值", per="2015"),
        Q("25.33亿元", num("25.33亿"), "元", "财政总收入", "level", per="2015",
          note="财政总收入, not the catalogue's 一般公共预算收入"),
        Q("12.6%", 12.6, "%", "财政总收入增长", "growth", per="2015"),
    ],
)

# ---------------------------------------------------------------- 08 浉河区 (河南 信阳市), a portal's story (from 河南广播电视台) on the district's project start of 2020-06-30
SH = "信阳市浉河区"
SH_DAY = "2020-06-30"
SH_PUB = "2020-07-02"
PAGES["e47_08_shihe_20200702.txt"] = dict(
    pubdate=SH_PUB,
    pubnote="from the address's 2020/0702 (henan.china.com, 中华网河南's 信阳 channel, from 河南广播电视台); the start was on 6月30日",
    area=SH, period=SH_DAY,
    items=[
        D("6月30日", SH_DAY, "day"),
        C("2020年", "year inside a batch's name (2020年第二批重点项目)"),
        O("第二批", "batch number"),
        C("2020年", "year inside a batch's name"),
        O("第二批", "batch number"),
        Q("10个", 10, "个", "集中开工项目", "level"),
        Q("2000万元以上", num("2000万"), "元", "开工项目投资规模", "level", q="at_least",
          note="each project's size: 均在2000万元以上"),
        Q("13.08亿元", num("13.08亿"), "元", "集中开工项目总投资", "level"),
        D("今年", "2020", "year"),
        Q("6.08亿元", num("6.08亿"), "元", "集中开工项目今年计划完成投资", "level", per="2020", target=True),
        D("2020年", "2020", "year", rel=False),
        Q("89个", 89, "个", "拟定重点项目", "level", per="2020"),
        C("五个领域", "numeric term (the five named fields)"),
        Q("805.66亿元", num("805.66亿"), "元", "重点项目总投资", "level", per="2020"),
        D("今年", "2020", "year"),
        Q("135.04亿元", num("135.04亿"), "元", "重点项目今年计划完成投资", "level", per="2020", target=True),
        D("截至目前", SH_PUB, "now", note="no dateline: the issue date"),
        Q("89个", 89, "个", "重点项目", "level", per="2020"),
        Q("60.26亿元", num("60.26亿"), "元", "重点项目累计完成投资", "level", per=SH_PUB),
        Q("44.62%", 44.62, "%", "完成投资占年度投资计划", "share", per=SH_PUB),
    ],
)
