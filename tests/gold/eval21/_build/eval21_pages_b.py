"""Annotations of pages 05-08 (干驿镇, 杨集镇 and its neighbours, 新密市, 景东县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

# ---------------------------------------------------------------- 05 干驿镇 (湖北 天门市)
PAGES["e21_05_ganyi_20210202.txt"] = dict(
    pubdate="2021-02-02", pubnote="the page's 发布时间:2021年02月02日 (天门网, the city's news site)",
    area="干驿镇", period="2020",
    items=[
        D("2021年02月02日", "2021-02-02", "day", rel=False, note="page metadata line"),
        D("2020年", "2020", "year", rel=False),
        D("2020年", "2020", "year", rel=False),
        D("全年", "2020", "year", note="added after seeing the first run's output (earlier sets annotate 全年 as a date)"),
        Q("3个", 3, "个", "全年签约并建设项目", "level"),
        Q("2个", 2, "个", "投产项目", "level"),
        Q("2家", 2, "家", "新增限上商贸企业", "level"),
        Q("1家", 1, "家", "规上工业企业新进规", "level"),
        Q("2.5万亩", num("2.5万"), "亩", "虾稻共作面积", "level"),
        Q("8000亩", 8000, "亩", "特种养殖面积", "level"),
        Q("超1.2亿元", num("1.2亿"), "元", "特种养殖年产值", "level", q="more_than"),
        Q("450万元", num("450万"), "元", "消除镇区泥巴路等投资", "level"),
        Q("5处", 5, "处", "空闲地绿化", "level"),
    ],
)

# ---------------------------------------------------------------- 06 杨集镇 and five towns (河南, county not named)
YJ_DAY = "2021-09-07"
PAGES["e21_06_yangji_20210910.txt"] = dict(
    pubdate="2021-09-10", pubnote="the address's date (prcfe.com/news/2021/0910/); the lead's 9月7日 is the event day",
    area="杨集镇", period=YJ_DAY,
    items=[
        D("9月7日", YJ_DAY, "day"),
        C("2021年上半年", "year and half inside the name of the 观摩 (2021年上半年乡镇(街道)重点工作观摩)"),
        O("第二", "第二观摩组: the group's number"),
        D("今年以来", "2021", "period"),
        Q("1.2亿元", num("1.2亿"), "元", "鑫全筑路材料项目总投资", "level"),
        Q("37.8亩", 37.8, "亩", "鑫全项目占地", "level"),
        Q("200万吨", num("200万"), "吨", "建筑骨料生产线年产能", "level", target=True,
          note="主要建设年产200万吨…生产线: the capacity being built"),
        Q("10万吨", num("10万"), "吨", "水稳料生产线年产能", "level", target=True),
        Q("10万吨", num("10万"), "吨", "沥青混凝土生产线年产能", "level", target=True),
        Q("100多人", 100, "人", "项目投产后可安置当地村民就业", "level", q="more_than", target=True),
        Q("200亩", 200, "亩", "南山人民公园规划占地", "level", area="四里店镇", target=True),
        Q("1000万元", num("1000万"), "元", "南山人民公园计划总投资", "level", area="四里店镇", target=True),
        Q("7000万元", num("7000万"), "元", "恒信货架展柜加工建设项目总投资", "level", area="清河镇"),
        Q("3000套", 3000, "套", "货架展柜生产线年产能", "level", area="清河镇", target=True),
        Q("六个", 6, "个", "民主测评的乡镇", "level", borderline=True,
          note="the six towns visited; area by the first full name in the article"),
    ],
)

# ---------------------------------------------------------------- 07 新密市 (河南 郑州市)
PAGES["e21_07_xinmi_20201105.txt"] = dict(
    pubdate="2020-11-05", pubnote="the statement's date line 2020年11月5日 (新密市 public-information site)",
    area="新密市", period="2020",
    items=[
        C("2020年", "year inside the statement's title"),
        C("2020年", "year inside the title of the 通知"),
        C("新密政办文〔2020〕7号", "document number"),
        D("今年", "2020", "year"),
        O("五届人大五次", "session of the city people's congress"),
        Q("17件", 17, "件", "承办人大议案建议", "level"),
        Q("12件", 12, "件", "主办建议", "level"),
        Q("5件", 5, "件", "协办建议", "level"),
        O("五届四次", "session of the city CPPCC"),
        Q("13件", 13, "件", "承办政协提案", "level"),
        Q("10件", 10, "件", "主办提案", "level"),
        Q("3件", 3, "件", "协办提案", "level"),
        D("目前", "2020-11-05", "now"),
        O("五届人大五次", "session of the city people's congress"),
        O("五届四次", "session of the city CPPCC"),
        D("2020年11月5日", "2020-11-05", "day", rel=False),
    ],
)

# ---------------------------------------------------------------- 08 景东彝族自治县 (云南 普洱市)
PAGES["e21_08_jingdong_20240928.txt"] = dict(
    pubdate="2024-09-28", pubnote="the letter's date 2024年9月28日 at its end (景东县 site, 交通运输局's reply)",
    area="景东彝族自治县", period="2024-09-28",
    items=[
        O("十届三次", "session of the county CPPCC"),
        O("第16号", "proposal number"),
        Q("5位", 5, "位", "提案委员", "level", borderline=True),
        O("第16号", "proposal number"),
        D("近年来", None, "vague"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        C("三级", "road grade (三级公路)"),
        C("30户以上", "size class of villages (30户以上自然村)"),
        D("目前", "2024-09-28", "now"),
        D("当前", "2024-09-28", "now", note="added after seeing the first run's output (README lists 当前 as a `now` date)"),
        D("2024年9月28日", "2024-09-28", "day", rel=False),
    ],
)
