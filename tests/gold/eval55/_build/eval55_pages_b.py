"""Annotations of pages 05-08 (海西州's congress story, 海南省's 一季度 story, 靖远县's projects story, 镇康县's
reply to a deputy's suggestion), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
GO = "规模以上工业总产值"
REV = "一般公共预算收入"
PAGES = {}

# ---------------------------------------------------------------- 05 海西州 (青海), 中国新闻网's story on the prefecture's congress (2026-02-07)
HXZ = "青海省海西蒙古族藏族自治州"
HX_DAY = "2026-02-07"
HX_FIVE = "2021/2025"
PAGES["e55_05_haixi_20260207.txt"] = dict(
    pubdate=HX_DAY,
    pubnote="the kept line `Zhong Guo Xin Wen Wang·2026-02-07 12:38` and the dateline `中新网西宁2月7日电` "
            "(reportify.ai, a news aggregator, `文章来源:中国新闻网`)",
    area=HXZ, period=HX_FIVE,
    items=[
        Q("十个", 10, "个", "中国藏族自治州", "level", borderline=True, area="全国", per=HX_DAY,
          note="headline: a count of China's Tibetan autonomous prefectures, no indicator; no time: the story's day"),
        O("首位", "rank (居…首位)"),
        D("2026-02-07 12:38", "2026-02-07T12:38", "time", rel=False, note="the page's date line"),
        D("五年来", HX_FIVE, "period", note="the 十四五 years, reported in 2026 (as eval45's 五年来)"),
        Q("19万元", num("19万"), "元", "人均地区生产总值", "level", q="more_than", ind="人均地区生产总值",
          note="突破: more than; 五年来 leads the sentence and governs it (OBSERVATIONS, reach of a time phrase)"),
        Q("552亿元", num("552亿"), "元", "一般公共预算收入(五年累计)", "level", ind=REV,
          note="累计: the five years' sum"),
        Q("8.8%", 8.8, "%", "一般公共预算收入年均增长", "growth", ind=REV,
          note="written `年 均增长` (a break inside the word, as stored)"),
        Q("千亿元", 100000000000, "元", "年度规上工业总产值", "level", q="more_than", ind=GO,
          note="突破千亿元大关: a yearly output above 100 billion yuan in the five years (the year not said)"),
        Q("5314.5亿元", num("5314.5亿"), "元", "规上工业总产值(五年累计)", "level", ind=GO),
        Q("46.1%", 46.1, "%", "规上工业总产值(五年累计)增长", "growth", ind=GO,
          note="the five years' sum against the five years before"),
        D("2月7日", HX_DAY, "day", note="dateline (中新网西宁2月7日电); the year from the date line"),
        D("7日", HX_DAY, "day"),
        D("五年来", HX_FIVE, "period"),
        C("700亿元", "threshold crossed (跨越…台阶), as eval52's 千亿元台阶"),
        C("800亿元", "threshold crossed (跨越…台阶)"),
        C("900亿元", "threshold crossed (跨越…台阶)"),
        Q("十个", 10, "个", "中国藏族自治州", "level", borderline=True, area="全国", per=HX_DAY),
        O("首位", "rank (稳居…首位)"),
        D("当日", HX_DAY, "day"),
        O("第十五届", "congress term"),
        O("第七次", "session"),
        Q("30.09万平方公里", num("30.09万"), "平方公里", "区域面积", "level", per=HX_DAY,
          note="no time in the sentence: the story's day"),
        Q("6种", 6, "种", "储量居中国首位的资源", "level", borderline=True, per=HX_DAY),
        O("首位", "rank (储量居中国首位)"),
        D("五年来", HX_FIVE, "period"),
        C("五大", "named set (五大产业集群)"),
        Q("47.4%", 47.4, "%", "新能源并网装机占青海省的比重", "share",
          note="五年来 leads the sentence and governs it"),
        C("双主体", "numeric slogan (“双主体”)"),
    ],
)

# ---------------------------------------------------------------- 06 海南省, 央广网's story on the province's 一季度 2024 release
HN = "海南省"
HN_DAY = "2024-04-19"
HN_Q1 = "2024-01/2024-03"
PAGES["e55_06_hainan_20240419.txt"] = dict(
    pubdate=HN_DAY,
    pubnote="the dateline `央广网海口4月19日消息` and the address 20240419 (www.cnr.cn, 央广网 海南频道)",
    area=HN, period=HN_Q1,
    items=[
        D("4月19日", HN_DAY, "day", note="dateline; the year from the address and the conference's 2024年"),
        D("4月19日", HN_DAY, "day", note="the press conference's day"),
        C("2024年一季度", "period inside the press conference's name (as eval52's 上半年全省经济运行情况发布会)"),
        D("一季度", HN_Q1, "period"),
        D("一季度", HN_Q1, "period"),
        Q("1836.98亿元", num("1836.98亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("3.3%", 3.3, "%", "地区生产总值增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("373.85亿元", num("373.85亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("3.3%", 3.3, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("285.78亿元", num("285.78亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("5.0%", 5.0, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("1177.35亿元", num("1177.35亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("3.0%", 3.0, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        D("一季度", HN_Q1, "period"),
        C("五大", "named set (五大亮点)"),
        O("一是", "list marker"),
        C("三次产业", "fixed term"),
        Q("3.5%", 3.5, "%", "农林牧渔业增加值增长", "growth"),
        Q("14.8%", 14.8, "%", "深海养殖产量增长", "growth"),
        D("去年", "2023", "year"),
        Q("6.1%", 6.1, "%", "规上工业增加值增长", "growth", ind=VA),
        D("一季度", HN_Q1, "period"),
        Q("3%", 3, "%", "服务业增加值增长", "growth", ind="第三产业增加值",
          note="服务业增加值 = 第三产业增加值, as the earlier sets read it; written null by slip, fixed after seeing the "
               "first run's output"),
        D("一季度", HN_Q1, "period"),
        Q("17.1%", 17.1, "%", "接待游客总人数增长", "growth", ind="接待游客"),
        Q("33.7%", 33.7, "%", "旅游总收入增长", "growth", ind="旅游总收入"),
        O("二是", "list marker"),
        D("一季度", HN_Q1, "period"),
        Q("14.4%", 14.4, "%", "信息传输、软件和信息技术服务业营业收入增长", "growth"),
        Q("5.2%", 5.2, "%", "信息行业增加值增长", "growth"),
        D("一季度", HN_Q1, "period"),
        Q("126%", 126, "%", "规上计算机、通信和其他电子设备制造业增加值增长", "growth"),
        O("首个", "first-of-kind"),
        C("一号", "name with a numeral (一号发射工位)"),
        C("二号", "name with a numeral (二号工位)"),
        Q("超500家", 500, "家", "注册航天城园区的航天企业", "level", q="more_than", per=HN_DAY,
          note="a stock with no time phrase in its sentence: the story's day"),
        D("今年2月", "2024-02", "month"),
        O("首个", "first-of-kind"),
        D("一季度", HN_Q1, "period"),
        Q("35.8%", 35.8, "%", "实物商品网上零售额增长", "growth"),
        O("三是", "list marker"),
    ],
)

# ---------------------------------------------------------------- 07 靖远县 (甘肃 白银市), 白银日报's 靖远讯 on the county's key projects
JY = "靖远县"
JY_DAY = "2019-06-20"
PAGES["e55_07_jingyuan_20190620.txt"] = dict(
    pubdate=JY_DAY,
    pubnote="the kept line `白银日报 2019-06-20 01:00` and the address 201906 (m.yybnet.net, 每日甘肃网's 白银 channel)",
    area=JY, period="2019",
    items=[
        D("2019-06-20 01:00", "2019-06-20T01:00", "time", rel=False, note="the page's date line"),
        D("近年来", None, "vague"),
        C("三次产业", "fixed term"),
        D("今年", "2019", "year"),
        Q("82项", 82, "项", "计划实施重点项目", "level", target=True, note="计划 of 2019, the story's own year: a plan"),
        Q("121.9亿元", num("121.9亿"), "元", "计划实施重点项目总投资", "level", target=True),
        Q("28.4亿元", num("28.4亿"), "元", "重点项目年度计划完成投资", "level", target=True),
        Q("52项", 52, "项", "计划新建项目", "level", target=True),
        Q("62.62亿元", num("62.62亿"), "元", "新建项目总投资", "level", target=True),
        Q("13.84亿元", num("13.84亿"), "元", "新建项目年度计划完成投资", "level", target=True),
        Q("30项", 30, "项", "计划续建项目", "level", target=True),
        Q("52.28亿元", num("52.28亿"), "元", "续建项目总投资", "level", target=True),
        Q("14.56亿元", num("14.56亿"), "元", "续建项目年度计划完成投资", "level", target=True),
        D("截至目前", JY_DAY, "now"),
        Q("30个", 30, "个", "续建项目", "level", per=JY_DAY, note="截至目前: as of the story's day"),
        Q("29个", 29, "个", "续建项目开工", "level", per=JY_DAY),
        Q("3.11亿元", num("3.11亿"), "元", "续建项目完成投资", "level", per=JY_DAY),
        Q("52个", 52, "个", "新建项目", "level", per=JY_DAY),
        Q("20个", 20, "个", "新建项目开工", "level", per=JY_DAY),
        Q("38.46%", 38.46, "%", "新建项目开工率", "share", per=JY_DAY),
        Q("1.95亿元", num("1.95亿"), "元", "新建项目完成投资", "level", per=JY_DAY),
    ],
)

# ---------------------------------------------------------------- 08 镇康县 (云南 临沧市), the county farm bureau's reply to suggestion 第0038号
ZK = "镇康县"
ZK_DAY = "2025-12-16"
PAGES["e55_08_zhenkang_20251216.txt"] = dict(
    pubdate=ZK_DAY,
    pubnote="the kept date line `2025-12-16` (the index box's 日期; ynzk.gov.cn, 镇康县人民政府's site, 县农业农村局)",
    area=ZK, period=ZK_DAY,
    items=[
        D("2025-12-16", ZK_DAY, "day", rel=False, note="the page's date line (the index box's 日期)"),
        O("第十八届", "congress term (title)"),
        O("第四次", "session (title)"),
        O("第0038号", "suggestion number"),
        Q("3名", 3, "名", "提出建议的代表", "level", borderline=True, note="the letter's addressees, no indicator"),
        O("第十八届", "congress term"),
        O("第四次", "session"),
        O("一、", "list marker"),
        Q("三点", 3, "点", "办理要求", "level", borderline=True, note="a count of requirements (as eval51's 五个方面)"),
        O("一是", "list marker"),
        O("二是", "list marker"),
        C("一建议一方案", "numeric slogan"),
        O("三是", "list marker"),
        D("2025年5月8日", "2025-05-08", "day", rel=False),
        D("2025年12月3日", "2025-12-03", "day", rel=False),
    ],
)
