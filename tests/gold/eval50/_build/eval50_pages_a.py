"""Annotations of pages 01-03 (三明市's release, 南充市's press-conference story, 雁江区's congress story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
IND_VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
REV = "一般公共预算收入"
DOWN = "decrease"

PAGES = {}

# ---------------------------------------------------------------- 01 三明市 (福建), the city statistics bureau's note on 1-4月 2023 industry
SM = "三明市"
SM_4M = "2023-01/2023-04"
SM_4M_LAST = "2022-01/2022-04"
PAGES["e50_01_sanming_20230601.txt"] = dict(
    pubdate="2023-06-01",
    pubnote="the date line `来源:三明市统计局 时间:2023-06-01 09:20` (kept) and the address's t20230601 (tjj.sm.gov.cn, "
            "三明市统计局's site)",
    area=SM, period=SM_4M,
    items=[
        D("2023年1-4月", SM_4M, "period", rel=False,
          note="headline with its own predicate (…平稳增长), a date as eval28's headline 2020年前三季度; not a title's name"),
        D("2023-06-01 09:20", "2023-06-01T09:20", "time", rel=False, note="page metadata line"),
        D("今年以来", "2023", "period", note="as the earlier sets' 今年以来: the year"),
        D("1-4月", SM_4M, "period"),
        Q("1.0%", 1.0, "%", "规上工业增加值增长", "growth", ind=IND_VA),
        C("三大门类", "fixed term (the three sections of industry), as eval22's and eval37's"),
        C("一升两降", "numeric phrase (one section up, two down), not a count"),
        Q("1.9%", 1.9, "%", "制造业增加值增长", "growth"),
        Q("4.7%", 4.7, "%", "采矿业增加值下降", "growth", change=DOWN),
        Q("10.4%", 10.4, "%", "电力热力燃气及水生产和供应业增加值下降", "growth", change=DOWN),
        D("1-4月", SM_4M, "period"),
        O("一、", "list marker"),
        Q("四成", 40, "%", "实现增长的行业占比", "share", note="四成 = 40 % of the industries (as eval4's 六成 = 60 %)"),
        Q("38个", 38, "个", "行业大类", "level", borderline=True,
          note="the base of the count that grew (as eval18's 378种)"),
        Q("17个", 17, "个", "实现增长的行业", "level"),
        Q("44.7%", 44.7, "%", "行业增长面", "share"),
        Q("13个", 13, "个", "两位数增长的行业", "level"),
        Q("两位数", 10, "%", "13个行业增加值增长", "growth", q="at_least",
          note="两位数增长: at least 10 % (as eval6, eval44 and eval46)"),
        Q("34.2%", 34.2, "%", "两位数增长行业占比", "share"),
        Q("21个", 21, "个", "负增长的行业", "level"),
        Q("181种", 181, "种", "规上工业企业生产的产品", "level", borderline=True,
          note="the base of the count that grew (as eval18's 378种)"),
        Q("69种", 69, "种", "产量增长的产品", "level"),
        Q("38.1%", 38.1, "%", "产品增长面", "share"),
        Q("18.8万吨", num("18.8万"), "吨", "铸钢件产量", "level"),
        Q("10.4%", 10.4, "%", "铸钢件产量增长", "growth"),
        Q("69.1万条", num("69.1万"), "条", "橡胶轮胎产量", "level"),
        Q("18.5%", 18.5, "%", "橡胶轮胎产量增长", "growth"),
        Q("80.2万吨", num("80.2万"), "吨", "铸铁件产量", "level"),
        Q("19.0%", 19.0, "%", "铸铁件产量增长", "growth"),
        Q("17969辆", 17969, "辆", "汽车产量", "level"),
        Q("13.1%", 13.1, "%", "汽车产量增长", "growth"),
        O("二、", "list marker"),
        C("两大", "named set (两大主导产业: 钢铁与装备制造产业 and 新材料产业, named next), as eval49's 五大"),
        Q("8.4%", 8.4, "%", "两大主导产业增加值增长", "growth"),
        Q("7.4个百分点", 7.4, "百分点", "两大主导产业增速高于规上工业", "points",
          note="the industries' rate above the whole 规上工业's: no indicator of its own"),
        Q("9.3%", 9.3, "%", "钢铁与装备制造产业增加值增长", "growth"),
        Q("8.3个百分点", 8.3, "百分点", "钢铁与装备制造产业增速高于规上工业", "points"),
        Q("2.5%", 2.5, "%", "新材料产业增加值增长", "growth"),
        O("三、", "list marker"),
        Q("3.6%", 3.6, "%", "高技术产业工业增加值增长", "growth"),
        Q("2.6个百分点", 2.6, "百分点", "高技术产业增速高于规模工业", "points"),
        Q("7.9%", 7.9, "%", "高技术产业增加值占规模工业比重", "share"),
        D("去年同期", SM_4M_LAST, "period", note="the same months a year before"),
        Q("2.6个百分点", 2.6, "百分点", "高技术产业比重较去年同期提高", "points"),
        O("四、", "list marker"),
        D("1-4月", SM_4M, "period"),
        Q("97.42%", 97.42, "%", "规上工业产品销售率", "share"),
        D("去年同期", SM_4M_LAST, "period"),
        Q("0.14个百分点", 0.14, "百分点", "产品销售率比去年同期提升", "points"),
        D("今年3月以来", "2023-03/2023-04", "period",
          note="since March to the end of the reported months (1-4月), as eval8's 今年元月以来"),
    ],
)

# ---------------------------------------------------------------- 02 南充市 (四川), 川观新闻's story on the city's press conference on 2021
NC = "南充市"
NC_DAY = "2022-01-20"
PAGES["e50_02_nanchong_20220120.txt"] = dict(
    pubdate=NC_DAY,
    pubnote="the dateline `1月20日,南充市召开2021年经济形势新闻发布会` (the day of the conference on the year 2021: "
            "2022-01-20; cbgc.scol.com.cn, 川观新闻, whose address carries no date)",
    area=NC, period="2021",
    items=[
        D("1月20日", NC_DAY, "day", note="dateline; the year: the conference on 2021 is held in January 2022"),
        C("2021年", "year inside the press conference's name (2021年经济形势新闻发布会), as eval4's"),
        D("2021年", "2021", "year", rel=False),
        Q("2601.98亿元", num("2601.98亿"), "元", "地区生产总值", "level", ind=GDP),
        D("上年", "2020", "year", note="比上年: the year before"),
        Q("7.8%", 7.8, "%", "地区生产总值增长", "growth", ind=GDP),
        C("两年平均", "fixed statistical term (两年平均增长), as eval5's"),
        Q("5.8%", 5.8, "%", "地区生产总值两年平均增长", "growth", ind=GDP, per="2020/2021",
          note="两年平均: the average growth over 2020 and 2021 (as eval44's)"),
        C("两千亿", "size class (站稳“两千亿”台阶), as eval7's 千亿"),
        O("第二", "rank (均为全省第二)"),
        Q("两年", 2, "年", "全社会固定投资增长率保持全省第三的年数", "level", borderline=True, per="2020/2021",
          note="连续两年: a duration (as eval15's and eval31's)"),
        O("第三", "rank (保持全省第三)"),
        D("2021年", "2021", "year", rel=False),
        Q("7.8%", 7.8, "%", "地区生产总值增长", "growth", ind=GDP),
        D("年初", "2021-01", "period", note="年初目标: the beginning of the reviewed year (as eval45's)"),
        Q("7.5%", 7.5, "%", "地区生产总值增长年初目标", "growth", ind=GDP,
          note="the goal set for 2021, a year that had ended: target false (OBSERVATIONS: a goal of a period not yet over)"),
        Q("0.3个百分点", 0.3, "百分点", "地区生产总值增速高于年初目标", "points", ind=GDP),
        O("第一产业", "industry ordinal (headline)"),
        Q("7.5%", 7.5, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        D("近10年内", "2012/2021", "period", note="the last ten years to 2021 (headline)"),
        D("2021年", "2021", "year", rel=False),
        O("第一", "rank (全省第一)"),
        O("第二", "rank (全省第二)"),
        D("2021年", "2021", "year", rel=False),
        O("第一产业", "industry ordinal"),
        Q("7.5%", 7.5, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        D("近10年内", "2012/2021", "period", note="the last ten years to 2021"),
        D("近日", None, "vague"),
        C("2021年度", "year inside the list's name (2021年度四川省星级现代农业园区名单)"),
        Q("四个", 4, "个", "入选省星级现代农业园区的农业园区", "level",
          note="the list of 2021年度: its period"),
        C("四星级", "grade (四川省四星级现代农业园区)"),
        C("三星级", "grade (四川省三星级现代农业园区)"),
        D("截至目前", NC_DAY, "now", note="the page's date"),
        Q("1个", 1, "个", "国家农业现代化示范区", "level", per=NC_DAY),
        C("五星级", "grade (省五星级现代农业园区)"),
        Q("1个", 1, "个", "省五星级现代农业园区", "level", per=NC_DAY),
        C("四星级", "grade"),
        Q("3个", 3, "个", "省四星级现代农业园区", "level", per=NC_DAY),
        C("三星级", "grade"),
        Q("3个", 3, "个", "省三星级现代农业园区", "level", per=NC_DAY),
        O("第二", "rank (headline: 工业投资增长率全省第二)"),
        D("2021年", "2021", "year", rel=False),
        Q("32.1%", 32.1, "%", "工业投资增长", "growth", ind="工业投资"),
        Q("22个百分点", 22, "百分点", "工业投资增速高于全国", "points", ind="工业投资",
          note="比全国高: the city's rate above the country's; the city's figure"),
    ],
)

# ---------------------------------------------------------------- 03 雁江区 (四川 资阳市), a story on the district congress's opening with 2023 aims
YJ = "资阳市雁江区"
YJ_DAY = "2023-01-07"
PAGES["e50_03_yanjiang_20230107.txt"] = dict(
    pubdate=YJ_DAY,
    pubnote="the dateline `1月7日,资阳市雁江区六届人大二次会议开幕` with the story's years (2022年预计…, 2023年…): 2023-01-07 "
            "(cbgc.scol.com.cn, 川观新闻's 资阳观察, whose address carries no date)",
    area=YJ, period="2022",
    items=[
        D("1月7日", YJ_DAY, "day", note="the session's day (dateline); the year from the story's 2022年预计 and 2023年"),
        O("六届人大二次", "congress term and session, one span as eval49's 二届人大二次"),
        D("2022年", "2022", "year", rel=False),
        Q("290亿元", num("290亿"), "元", "区属地区生产总值", "level", ind=GDP,
          note="预计 of 2022, a year that had ended: an early estimate, not a target"),
        Q("4.5%", 4.5, "%", "区属地区生产总值增长", "growth", ind=GDP),
        Q("7.4%", 7.4, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        Q("128亿元", num("128亿"), "元", "全社会固定资产投资", "level", ind=FAI),
        Q("9.1%", 9.1, "%", "全社会固定资产投资增长", "growth", ind=FAI),
        Q("137亿元", num("137亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("1.7%", 1.7, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("17.85亿元", num("17.85亿"), "元", "地方一般公共预算收入", "level", ind=REV),
        Q("5.5%", 5.5, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
        Q("6%", 6, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入"),
        D("2023年", "2023", "year", rel=False),
        C("三化联动", "numeric slogan (新型工业化、新型城镇化和农业现代化“三化联动”)"),
        C("三大", "named set (三大支柱产业: 食品饮料、医药大健康、天然气, named before), as eval49's 五大"),
        Q("1个百分点", 1, "百分点", "规模以上工业增加值增速高于全市(预期目标)", "points", ind=IND_VA, per="2023",
          target=True, note="经济社会发展的预期目标 of 2023 (the paragraph after 2023年…): the district's aim above 资阳市's rate"),
        Q("10%", 10, "%", "全社会固定资产投资增长(预期目标)", "growth", ind=FAI, per="2023", target=True),
        Q("10%", 10, "%", "社会消费品零售总额增长(预期目标)", "growth", ind=RETAIL, per="2023", target=True),
    ],
)
