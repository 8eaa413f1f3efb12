"""Annotations of pages 05-08 (城关镇, 盐城市, 文山州, 武汉市教育局), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

IND = "工业增加值"

PAGES = {}

# ---------------------------------------------------------------- 05 城关镇 (湖南 岳阳, 市情网 entry)
CG = "2001"
CG_DAY = "2015-03-23"
PAGES["e20_05_chengguan_20150323.txt"] = dict(
    pubdate=CG_DAY, pubnote="the page's metadata line 日期:2015-03-23 12:00 (岳阳市 site, 市情网); the entry's figures are of 2001",
    area="城关镇", period=CG,
    items=[
        D("2015-03-23 12:00", "2015-03-23T12:00", "time", rel=False, note="page metadata line"),
        Q("6.5平方公里", 6.5, "平方公里", "镇区面积", "level", per=CG_DAY,
          note="before 2001年 in the paragraph: no time given, the page's date"),
        D("2001年", CG, "year", rel=False),
        Q("28115户", 28115, "户", "户数", "level"),
        Q("6.5万人", num("6.5万"), "人", "人口", "level"),
        Q("5.5万人", num("5.5万"), "人", "非农业人口", "level"),
        Q("12‰", 12, "‰", "人口出生率", "level"),
        Q("100%", 100, "%", "计划生育率", "share"),
        Q("3个", 3, "个", "辖村", "level"),
        Q("10个", 10, "个", "居委会", "level"),
        Q("384个", 384, "个", "辖区内市直机关企事业单位", "level"),
        Q("11.1亿元", num("11.1亿"), "元", "乡镇企业总产值", "level"),
        Q("2.3亿元", num("2.3亿"), "元", "乡镇企业总产值净增", "difference"),
        Q("26.1%", 26.1, "%", "乡镇企业总产值增速", "growth"),
        Q("3855元", 3855, "元", "人平纯收入", "level"),
        D("上年", "2000", "year"),
        Q("480元", 480, "元", "人平纯收入比上年净增", "difference"),
        Q("1103万元", num("1103万"), "元", "财政收入", "level"),
        Q("17.1%", 17.1, "%", "财政收入增速", "growth"),
        Q("65家", 65, "家", "镇属企业", "level"),
        C("50万元", "size class (税收过50万元的企业)"),
        Q("4家", 4, "家", "税收过50万元的企业", "level"),
        C("10万元", "size class (税收过10万元的企业)"),
        Q("10家", 10, "家", "税收过10万元的企业", "level"),
        D("全年", CG, "year"),
        Q("2.3亿元", num("2.3亿"), "元", "工业企业增加值", "level", ind=IND),
        Q("1100万元", num("1100万"), "元", "投入技改资金", "level"),
        C("五金", "fixed term (五金工具, hardware)"),
        Q("10个", 10, "个", "产品远销国家和地区", "level"),
        D("全年", CG, "year"),
        Q("28个", 28, "个", "引入大小项目", "level"),
        Q("1790万元", num("1790万"), "元", "引入资金", "level"),
        Q("2000万元以上", num("2000万"), "元", "引入项目累计完成产值", "level", q="at_least"),
        Q("近100万元", num("100万"), "元", "上交本地税费", "level", q="nearly"),
    ])

# ---------------------------------------------------------------- 06 盐城市 (江苏), 市统计局
YC = "2019-01/2019-08"
PAGES["e20_06_yancheng_20190924.txt"] = dict(
    pubdate="2019-09-24", pubnote="the page's metadata line 发布日期:2019-09-24 09:26 (盐城市统计局 site)",
    area="盐城市", period=YC,
    items=[
        D("2019-09-24 09:26", "2019-09-24T09:26", "time", rel=False, note="page metadata line"),
        D("1-8月份", YC, "period"),
        Q("289个", 289, "个", "高技术制造业在建项目数", "level"),
        D("去年同期", "2018-01/2018-08", "period"),
        Q("72个", 72, "个", "高技术制造业在建项目比去年同期增加", "difference"),
        Q("184个", 184, "个", "高技术制造业新开工项目", "level"),
        D("去年同期", "2018-01/2018-08", "period"),
        Q("59个", 59, "个", "新开工项目比去年同期增加", "difference"),
        Q("240.3亿元", num("240.3亿"), "元", "高技术制造业投资", "level"),
        Q("39.5%", 39.5, "%", "高技术制造业投资增速", "growth"),
        Q("17.8%", 17.8, "%", "高技术制造业投资占工业投资比重", "share"),
        D("去年同期", "2018-01/2018-08", "period"),
        Q("4.1个百分点", 4.1, "百分点", "占工业投资比重比去年同期上升", "points"),
        Q("70.5%", 70.5, "%", "高技术制造业投资对工业投资的贡献率", "share"),
        Q("5.4个百分点", 5.4, "百分点", "拉动工业投资增长", "points"),
    ])

# ---------------------------------------------------------------- 07 文山州 (云南), 州教育体育局 reply
WS_DAY = "2022-07-05"
PAGES["e20_07_wenshan_20220705.txt"] = dict(
    pubdate=WS_DAY, pubnote="the page's metadata line 2022-07-05 09:15 (文山州 site, 来源 文山州教育体育局); the letter is dated 2022年7月5日",
    area="文山州", period=WS_DAY,
    items=[
        O("十三届", "term number"),
        O("一次", "session number"),
        O("第172号", "proposal number"),
        D("2022-07-05 09:15", "2022-07-05T09:15", "time", rel=False, note="page metadata line"),
        C("文教体函〔2022〕80号", "document number"),
        Q("4位", 4, "位", "提案委员", "level", borderline=True, note="曹芝萓等4位委员: the proposers"),
        O("第172号", "proposal number"),
        C("十三五", "fixed term"),
        C("一村一幼、一乡一公办、一县一示范", "numeric slogan"),
        Q("15所", 15, "所", "普通高中建设项目", "level", per="2016/2022-07-05",
          note="done since 十三五 (2016) up to the letter's date"),
        C("十四五", "fixed term"),
        C("十四五", "fixed term"),
        C("十四五", "fixed term"),
        D("2022年7月中旬", "2022-07", "month", rel=False, note="中旬 of July"),
        D("2023年7月底", "2023-07", "month", rel=False, note="end of July"),
        D("2022年7月5日", WS_DAY, "day", rel=False, note="the letter's date"),
    ])

# ---------------------------------------------------------------- 08 武汉市教育局 (湖北), 建议提案办理
WJ = "2023"
PAGES["e20_08_wuhanjyj_20231213.txt"] = dict(
    pubdate="2023-12-13", pubnote="the date in the page's address (202312/t20231213, 武汉市教育局 site); the copy keeps no title or date line",
    area="武汉市", period=WJ,
    items=[
        D("2023年", WJ, "year", rel=False),
        Q("195件", 195, "件", "办理代表建议和政协提案", "level"),
        Q("34件", 34, "件", "市代表建议", "level"),
        Q("10件", 10, "件", "主办市代表建议", "level"),
        Q("4件", 4, "件", "承办市代表建议", "level"),
        Q("20件", 20, "件", "会办市代表建议", "level"),
        Q("144件", 144, "件", "市政协提案", "level"),
        Q("39件", 39, "件", "主办市政协提案", "level"),
        Q("13件", 13, "件", "承办市政协提案", "level"),
        Q("92件", 92, "件", "会办市政协提案", "level"),
        Q("5件", 5, "件", "省代表建议", "level"),
        Q("1件", 1, "件", "主办省代表建议", "level"),
        Q("4件", 4, "件", "会办省代表建议", "level"),
        Q("12件", 12, "件", "会办省政协提案", "level"),
        C("两会", "fixed term (市两会)"),
        Q("5件", 5, "件", "政协委员所提建议", "level"),
        Q("100%", 100, "%", "走访率、办复率、满意率", "share"),
        C("双减", "fixed term"),
    ])
