"""Annotations of pages 01-05 (汾西县, 苍梧县, 兴文县, 延长县, 右玉县), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GDP_PC = "人均地区生产总值"
P1 = "第一产业增加值"
P2 = "第二产业增加值"
P3 = "第三产业增加值"
IND_VA = "规模以上工业增加值"
IND_OUT = "规模以上工业总产值"
FAI = "固定资产投资"
BUDGET = "一般公共预算收入"
RETAIL = "社会消费品零售总额"
POP = "常住人口"
ALL_INC = "全体居民人均可支配收入"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"
DEC = "decrease"

PAGES = {}

FX = "2021"
FX_END = "2021-12"
PAGES["e18_01_fenxi_20220328.txt"] = dict(
    pubdate="2022-03-28", pubnote="the bulletin's date line 2022年3月28日 under 山西省汾西县统计局 (tjgb.hongheiku.com, a collection of bulletins)",
    area="汾西县", period=FX,
    items=[
        C("2021年", "year inside the bulletin's title"),
        D("2022年3月28日", "2022-03-28", "day", rel=False, note="the bulletin's date line"),
        D("2021年", FX, "year", rel=False),
        C("135", "numeric slogan (“135”总体思路)"),
        C("六稳", "numeric slogan"),
        C("六保", "numeric slogan"),
        C("十四五", "fixed term"),
        D("全年", FX, "year"),
        Q("280806万元", num("280806万"), "元", "地区生产总值", "level", ind=GDP),
        D("上年", "2020", "year"),
        Q("6.6%", 6.6, "%", "地区生产总值增速", "growth", ind=GDP),
        Q("5.9%", 5.9, "%", "地区生产总值两年平均增速", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("45902万元", num("45902万"), "元", "第一产业增加值", "level", ind=P1),
        Q("6.0%", 6.0, "%", "第一产业增加值增速", "growth", ind=P1),
        Q("16.35%", 16.35, "%", "第一产业增加值占生产总值比重", "share", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("74427万元", num("74427万"), "元", "第二产业增加值", "level", ind=P2),
        Q("7.50%", 7.5, "%", "第二产业增加值增速", "growth", ind=P2),
        Q("26.5%", 26.5, "%", "第二产业增加值占生产总值比重", "share", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("160477万元", num("160477万"), "元", "第三产业增加值", "level", ind=P3),
        Q("6.5 %", 6.5, "%", "第三产业增加值增速", "growth", ind=P3, note="a space before % as stored"),
        Q("57.15%", 57.15, "%", "第三产业增加值占生产总值比重", "share", ind=P3),
        Q("27711元", 27711, "元", "人均地区生产总值", "level", ind=GDP_PC),
        D("2021年", FX, "year", rel=False, note="按2021年平均汇率"),
        Q("4295美元", 4295, "美元", "人均地区生产总值(折合美元)", "level", ind=GDP_PC),
        C("2017-2021年", "years inside a chart's caption"),
        C("2017-2021年", "years inside a chart's caption"),
        D("年末", FX_END, "period"),
        Q("98509人", 98509, "人", "年末常住人口", "level", ind=POP, per=FX_END),
        D("上年末", "2020-12", "period"),
        Q("5647人", 5647, "人", "常住人口比上年末减少", "difference", ind=POP, per=FX_END, change=DEC),
        Q("48443人", 48443, "人", "城镇常住人口", "level", per=FX_END),
        Q("49.18%", 49.18, "%", "城镇化率", "share", per=FX_END),
        D("全年", FX, "year"),
        Q("542人", 542, "人", "出生人口", "level"),
        Q("5.20‰", 5.2, "‰", "出生率", "level"),
        Q("994人", 994, "人", "死亡人口", "level"),
        Q("9.54‰", 9.54, "‰", "死亡率", "level"),
        Q("-4.34‰", 4.34, "‰", "自然增长率", "level", change=DEC,
          note="written 自然增长率为-4.34‰: the sign goes to change"),
        Q("51034人", 51034, "人", "男性常住人口", "level", per=FX_END),
        Q("51.81%", 51.81, "%", "男性人口占比", "share", per=FX_END),
        Q("47475人", 47475, "人", "女性常住人口", "level", per=FX_END),
        Q("48.19%", 48.19, "%", "女性人口占比", "share", per=FX_END),
        C("100", "the base of the sex ratio (以女性为100)"),
        Q("107.50", 107.5, "", "总人口性别比", "level", per=FX_END, note="males per 100 females"),
        C("2020年", "year inside the census's name (2020年第七次全国人口普查)"),
        O("第七次", "census number"),
        Q("106.36", 106.36, "", "第七次全国人口普查总人口性别比", "level", per="2020",
          note="the 2020 census's sex ratio"),
        Q("1.14", 1.14, "", "总人口性别比比七普增加", "difference", per=FX_END),
    ])

CW = "2023"
CW_DAY = "2024-02-28"
PAGES["e18_02_cangwu_20240228.txt"] = dict(
    pubdate=CW_DAY, pubnote="the report's delivery date 2024年2月28日 (subtitle); the copy (nextlevelartsconsulting.com, a site reposting it) gives no posting date",
    area="苍梧县", period=CW,
    items=[
        D("2024年2月28日", CW_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十七届", "term number"),
        O("第四次", "session number"),
        D("现在", CW_DAY, "now", note="the day the report was delivered"),
        O("一、", "section marker"),
        D("2023年", CW, "year", rel=False, note="the review section's heading"),
        D("2023年", CW, "year", rel=False),
        O("二十大", "party congress"),
        Q("三年", 3, "年", "新冠疫情防控时长", "level", borderline=True,
          note="三年新冠疫情防控: a duration naming a past period, arguably not an indicator (as in eval4)"),
        O("十周年", "anniversary (行政区划调整十周年)"),
        C("五年三步走", "numeric slogan"),
        D("过去一年", CW, "year"),
        O("二十大", "party congress"),
        O("二十届", "term number"),
        O("二中", "plenum"),
        C("三干", "numeric slogan (苍梧“三干”作风)"),
        O("第一方阵", "rank tier (全市第一方阵, heading)"),
        Q("6.5%", 6.5, "%", "地区生产总值增速", "growth", ind=GDP),
        O("第二", "rank (增速排全市第二)"),
        Q("三年", 3, "年", "连续位居全市第一方阵的年数", "level", borderline=True,
          note="连续三年: a duration, arguably not an indicator"),
        O("第一方阵", "rank tier"),
        O("第一产业", "industry ordinal"),
        Q("4.9%", 4.9, "%", "第一产业增加值增速", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("15.3%", 15.3, "%", "第二产业增加值增速", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("2.7%", 2.7, "%", "第三产业增加值增速", "growth", ind=P3),
        Q("5.1%", 5.1, "%", "农林牧渔业总产值增速", "growth"),
        Q("14.3%", 14.3, "%", "规上工业总产值增速", "growth", ind=IND_OUT),
        Q("4.8%", 4.8, "%", "规上工业增加值增速", "growth", ind=IND_VA),
        Q("19.9%", 19.9, "%", "建筑业总产值增速", "growth"),
        Q("6.3%", 6.3, "%", "居民人均可支配收入增速", "growth", ind=ALL_INC),
        Q("4.3%", 4.3, "%", "城镇居民人均可支配收入增速", "growth", ind=URBAN),
        Q("8.0%", 8.0, "%", "农村居民人均可支配收入增速", "growth", ind=RURAL),
        O("第一产业", "industry ordinal"),
        O("第一", "rank (在全市排第一)"),
    ])

XW = "2018"
XW_DAY = "2018-12-26"
XW_EST = "预计: the year's estimate in a report delivered 2018-12-26, the year all but over: an outcome, target false"
PAGES["e18_03_xingwen_20181226.txt"] = dict(
    pubdate=XW_DAY, pubnote="the report's delivery date 2018年12月26日 (subtitle); the copy (guanchang.qwyd.net, a site reposting work reports) gives no posting date",
    area="兴文县", period=XW,
    items=[
        D("2018年12月26日", XW_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十六届", "term number"),
        O("第四次", "session number"),
        D("现在", XW_DAY, "now", note="the day the report was delivered"),
        D("2018年", XW, "year", rel=False, note="the review section's heading"),
        D("2018年", XW, "year", rel=False),
        C("12·16", "the earthquake's date used as its name (“12·16”地震)"),
        Q("5.7级", 5.7, "级", "地震震级", "level", borderline=True, per="2018-12-16",
          note="the magnitude of the 12·16 earthquake, arguably not an indicator"),
        Q("百亿元", num("100亿"), "元", "GDP(突破百亿元大关)", "level", q="more_than", ind=GDP,
          note="突破百亿元大关: the threshold the total passed; " + XW_EST),
        Q("109亿元", num("109亿"), "元", "GDP", "level", ind=GDP),
        Q("9.2%", 9.2, "%", "GDP增速", "growth", ind=GDP),
        Q("8.02亿元", num("8.02亿"), "元", "一般公共预算收入", "level", ind=BUDGET),
        Q("10.7%", 10.7, "%", "一般公共预算收入增速", "growth", ind=BUDGET),
        Q("91.79亿元", num("91.79亿"), "元", "全社会固定资产投资", "level", ind=FAI),
        Q("10%", 10, "%", "全社会固定资产投资增速", "growth", ind=FAI),
        Q("11.1%", 11.1, "%", "规上工业增加值增速", "growth", ind=IND_VA),
        Q("56.88亿元", num("56.88亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("13.4%", 13.4, "%", "社会消费品零售总额增速", "growth", ind=RETAIL),
        Q("29880元", 29880, "元", "城镇居民可支配收入", "level", ind=URBAN),
        Q("8.6%", 8.6, "%", "城镇居民可支配收入增速", "growth", ind=URBAN),
        Q("14186元", 14186, "元", "农村居民可支配收入", "level", ind=RURAL),
        Q("9.8%", 9.8, "%", "农村居民可支配收入增速", "growth", ind=RURAL),
        Q("49.8亿元", num("49.8亿"), "元", "服务业增加值", "level", ind=P3),
        Q("10.6%", 10.6, "%", "服务业增加值增速", "growth", ind=P3),
        O("一、", "section marker"),
        Q("20个", 20, "个", "退出的贫困村", "level"),
        Q("11000人", 11000, "人", "脱贫人口", "level"),
        Q("1.4%", 1.4, "%", "贫困发生率", "share"),
        Q("1646户", 1646, "户", "易地扶贫搬迁户数", "level"),
        Q("6680人", 6680, "人", "易地扶贫搬迁人数", "level"),
        Q("100公里", 100, "公里", "新建村组公路", "level"),
        Q("161公里", 161, "公里", "新建产业路", "level"),
        Q("10处", 10, "处", "建成农村供水工程", "level"),
        Q("2059口", 2059, "口", "建成水窖", "level"),
        Q("1.12万", num("1.12万"), "人", "解决安全饮水问题的贫困人口", "level", implied=True,
          note="1.12万贫困人口: the counting word is 人口"),
        Q("20个", 20, "个", "建成村卫生室", "level"),
        Q("20个", 20, "个", "建成文化室", "level"),
        Q("21个", 21, "个", "升级改造农网项目", "level"),
        Q("15个", 15, "个", "中心校、卫生院和便民服务中心全面达标的乡镇", "level"),
        Q("2123万元", num("2123万"), "元", "产业扶贫资金投入", "level"),
        Q("4989户", 4989, "户", "支持发展到户产业的贫困户", "level"),
        Q("1490元", 1490, "元", "贫困户人均增收", "difference"),
        Q("236个", 236, "个", "集体经济收入达标的村", "level"),
    ])

YC = "2019"
YC_DAY = "2019-03-14"
PAGES["e18_04_yanchang_20190325.txt"] = dict(
    pubdate="2019-03-25", pubnote="issue 2019-03-25 (from the address yarb/20190325, 延安日报 e-paper, 02版); the ceremony 3月14日",
    area="延长县", period=YC,
    items=[
        D("全年", YC, "year", note="in the headline"),
        Q("52个", 52, "个", "全年实施重点项目", "level", target=True),
        Q("134.12亿元", num("134.12亿"), "元", "重点项目计划总投资", "level", target=True),
        D("3月14日", YC_DAY, "day"),
        C("2019年", "year inside the ceremony's name (2019年重点项目集中开复工仪式)"),
        D("今年", YC, "year"),
        D("今年", YC, "year"),
        D("全年", YC, "year"),
        Q("52个", 52, "个", "全年确定实施重点项目", "level", target=True),
        Q("19个", 19, "个", "续建项目", "level", target=True),
        Q("33个", 33, "个", "新建项目", "level", target=True),
        Q("134.12亿元", num("134.12亿"), "元", "重点项目总投资", "level", target=True),
        Q("53.6亿元", num("53.6亿"), "元", "重点项目年度计划投资", "level", target=True),
        Q("17个", 17, "个", "重大前期项目", "level", target=True),
        Q("32个", 32, "个", "此次集中开工项目", "level", per=YC_DAY),
        Q("61.54%", 61.54, "%", "开工率", "share", per=YC_DAY),
        Q("49.1亿元", num("49.1亿"), "元", "开工项目年度计划投资", "level", target=True),
    ])

YY = "2020"
PAGES["e18_05_youyu_20200317.txt"] = dict(
    pubdate="2020-03-17", pubnote="the page's metadata line 发布时间:2020-03-17 17:47 (朔州市新闻中心, shuozhounews.cn); the ceremony 3月16日",
    area="右玉县", period=YY,
    items=[
        C("2020年", "year inside the headline (右玉县2020年项目建设集中开复工)"),
        D("2020-03-17 17:47", "2020-03-17T17:47", "time", rel=False, note="page metadata line"),
        D("3月16日", "2020-03-16", "day"),
        C("2020年", "year inside the ceremony's name (2020年重点工程项目集中开复工启动仪式)"),
        D("今年以来", YY, "period"),
        C("四为四高两同步", "numeric slogan"),
        C("1231", "numeric slogan (“1231”总体部署)"),
        D("2020年", YY, "year", rel=False),
        C("500万元以上", "size class (投资500万元以上的项目)"),
        Q("46个", 46, "个", "全年实施项目", "level", target=True,
          note="the year's plan, told in March"),
        Q("30个", 30, "个", "新建项目", "level", target=True),
        Q("16个", 16, "个", "续建项目", "level", target=True),
        Q("130.1亿元", num("130.1亿"), "元", "项目总投资", "level", target=True),
        D("今年", YY, "year"),
        Q("30.07亿元", num("30.07亿"), "元", "今年计划完成投资", "level", target=True),
        D("去年", "2019", "year"),
        Q("15%", 15, "%", "计划投资比去年增长", "growth", target=True),
    ])
