"""Annotations of the eight pages, in document order, by reading only (before any extractor was run on them)."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
PRE = "预计 of a year that had ended when the report was given: an early estimate of the outcome, not a target"
PAGES = {}

# ---------------------------------------------------------------- 01 威远县 (四川 内江市), the county's 2023 work report: opening and the start of the 2022 review
WY = "威远县"
PAGES["e83_01_weiyuan_20230111.txt"] = dict(
    pubdate="2023-01-11",
    pubnote="the date after the copy's title `(20230111)`, the report's delivery day as the collector gives it "
            "(shituxiezuo.com, a writing-help site; as eval80's 进贤县)",
    area=WY, period="2022",
    items=[
        C("2023年", "year inside the report's title"),
        D("20230111", "2023-01-11", "day", rel=False, note="the collector's date after the title: text, annotated (as eval80's)"),
        C("2023年", "year inside the report's title (repeated)"),
        D("2022年", "2022", "year", rel=False, note="part name 2022年工作回顾, as eval80's"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        O("第八次", "party congress number (市第八次党代会)"),
        O("八届五次", "party committee term and plenary as one span (as eval51's 十届三次)"),
        O("十五届三次", "party committee term and plenary"),
        O("十七届人大二次", "congress term and session as one span (as eval51's 十七届人大五次)"),
        D("全年", "2022", "year", note="预计全年: the reviewed year"),
        Q("402亿元", num("402亿"), "元", "地区生产总值", "level", ind=GDP, note=PRE),
        Q("0.5%", 0.5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("13.46亿元", num("13.46亿"), "元", "地方一般公共预算收入", "level", ind="一般公共预算收入"),
        Q("12%", 12, "%", "地方一般公共预算收入增长", "growth", ind="一般公共预算收入"),
        Q("45649元", 45649, "元", "城镇居民人均可支配收入", "level", ind="城镇居民人均可支配收入"),
        Q("22132元", 22132, "元", "农村居民人均可支配收入", "level", ind="农村居民人均可支配收入"),
        Q("5.8%", 5.8, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
        Q("7.5%", 7.5, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入"),
        Q("三年", 3, "年", "连续进入中国西部百强县榜单的年数", "level", borderline=True, per="2020/2022",
          note="the three years up to the reviewed year (as eval51's 三年)"),
        C("百强", "size class (西部百强县)"),
        D("一年来", "2022", "year", note="the reviewed year"),
        C("十大行动", "numeric slogan (助企纾困“十大行动”)"),
        C("千亿", "size class (千亿页岩气)"),
        C("千亿", "size class (千亿钒钛新材料)"),
        C("百亿", "size class (百亿氢能)"),
        C("百亿", "size class (百亿玻纤)"),
        C("七大", "named set (七大产业集群, named before it)"),
        Q("93.55亿元", num("93.55亿"), "元", "工业投资", "level", ind="工业投资", note=PRE),
        Q("7.7%", 7.7, "%", "工业投资增长", "growth", ind="工业投资"),
        Q("828亿元", num("828亿"), "元", "规模工业总产值", "level", ind="规模以上工业总产值"),
        Q("5个", 5, "个", "新建页岩气平台", "level"),
        Q("94个", 94, "个", "累计建设页岩气平台", "level",
          note="a stock in the reviewed year's section: the year (as eval80's)"),
        Q("38亿立方米", num("38亿"), "立方米", "页岩气年产量", "level"),
        C("2022年", "year inside a list's name (2022年中国企业500强)"),
        C("500强", "size class (中国企业500强)"),
        O("第322位", "rank"),
        C("100强", "size class (四川民营企业100强)"),
        O("第4位", "rank"),
        Q("18户", 18, "户", "新增规模以上工业企业", "level"),
    ],
)

# ---------------------------------------------------------------- 02 略阳县 (陕西 汉中市), the county's 2023 work report: subtitle, opening and the 2022 review's figures
LY = "略阳县"
PAGES["e83_02_lueyang_20230209.txt"] = dict(
    pubdate="2023-02-09",
    pubnote="the report's subtitle `2023年2月9日在略阳县第十八届人民代表大会第二次会议上` (the copy gives no posting day: "
            "unsure; a site reposting work reports)",
    area=LY, period="2022",
    items=[
        D("2023年2月9日", "2023-02-09", "day", rel=False, note="the report's subtitle"),
        O("第十八届", "congress term"),
        O("第二次", "session"),
        D("现在", "2023-02-09", "now", note="the day the report was delivered (a work report's opening 现在, as eval80's)"),
        D("2022年", "2022", "year", rel=False, note="part name 2022年工作回顾"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        Q("77.41亿元", num("77.41亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.9%", 7.9, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("31.1%", 31.1, "%", "固定资产投资增长", "growth", ind="固定资产投资"),
        Q("1.62亿元", num("1.62亿"), "元", "地方财政收入", "level", ind="一般公共预算收入",
          note="地方财政收入 as 一般公共预算收入 (as the earlier sets')"),
        Q("7.8%", 7.8, "%", "地方财政收入增长", "growth", ind="一般公共预算收入"),
        Q("4.6%", 4.6, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
        Q("7.1%", 7.1, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入"),
        Q("29.67亿元", num("29.67亿"), "元", "社会消费品零售总额", "level", ind="社会消费品零售总额"),
        Q("2.7%", 2.7, "%", "社会消费品零售总额增长", "growth", ind="社会消费品零售总额"),
        O("第二位", "rank (居全市第二位)"),
        O("二产", "industry ordinal"),
        O("第一位", "rank (居全市第一位)"),
        D("近年来", None, "vague"),
    ],
)

# ---------------------------------------------------------------- 03 黄陂区 (湖北 武汉市), the district's report on the 2022 plan's execution and the 2023 draft (its opening)
HP = "黄陂区"
PAGES["e83_03_huangpi_20230111.txt"] = dict(
    pubdate="2023-01-11",
    pubnote="the kept line `2023-01-11 15:12` under the title and the address t20230111 (www.huangpi.gov.cn, "
            "黄陂区人民政府's site; 黄陂区发展和改革局); the report was given on 2022-12-27",
    area=HP, period="2022",
    items=[
        C("2022年", "year inside the report's title"),
        C("2023年", "year inside the report's title"),
        D("2023-01-11 15:12", "2023-01-11T15:12", "time", rel=False, note="the page's date line"),
        O("第六届", "congress term"),
        O("第二次", "session"),
        C("6", "document number (会议文件(6), cut short in the copy)"),
        C("2022年", "year inside the report's title (repeated)"),
        C("2023年", "year inside the report's title (repeated)"),
        D("20221227日", "2022-12-27", "day", rel=False,
          note="the report's day in its subtitle (2022年12月27日, its 年 and 月 lost in the copy)"),
        O("第六届", "congress term"),
        O("第二次", "session"),
        D("2022年", "2022", "year", rel=False, note="the year whose plan's execution is reported"),
        D("2023年", "2023", "year", rel=False, note="the plan year (2023年计划草案)"),
        O("一、", "list marker (part number)"),
        D("2022年", "2022", "year", rel=False, note="part name"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        D("全年", "2022", "year", note="预计全年: the reviewed year"),
        Q("1255亿元", num("1255亿"), "元", "地区生产总值", "level", ind=GDP,
          note="预计 in a report given 2022-12-27 (the page 2023-01-11), four days before the year's end: "
               "an estimate of the outcome, not a plan or goal"),
        C("第一类", "class (全省第一类县市区)"),
        C("千亿", "size class (千亿水平)"),
        Q("720亿元", num("720亿"), "元", "固定资产投资", "level", ind="固定资产投资"),
        C("三大", "named set (三大国家级开发区)"),
        Q("超700亿元", num("700亿"), "元", "社会消费品零售总额", "level", q="more_than", ind="社会消费品零售总额"),
        O("第二", "rank (排名全市第二)"),
        Q("293亿元", num("293亿"), "元", "进出口", "level", ind="进出口总额"),
        O("第三极", "rank (全市进出口第三极: the third pole)"),
        Q("51.8亿元", num("51.8亿"), "元", "地方一般公共预算收入", "level", ind="一般公共预算收入"),
        Q("3.2%", 3.2, "%", "地方一般公共预算收入增长(扣除留抵退税因素)", "growth", ind="一般公共预算收入"),
        Q("6.1%", 6.1, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
        Q("8%", 8, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入",
          note="`6.1%8%`: the copy lost the 、 between the two rates"),
    ],
)

# ---------------------------------------------------------------- 04 武昌区 (湖北 武汉市), the district's report on the handling of motions and suggestions (its opening)
WC = "武昌区"
WC_DAY = "2024-12-27"
PAGES["e83_04_wuchang_20250313.txt"] = dict(
    pubdate="2025-03-13",
    pubnote="the kept line `发布时间:2025-03-13 10:01` and the address 20250313 (wcrd.wuchang.gov.cn, 武昌区人大's site); "
            "the report was given on 2024-12-27 (its subtitle)",
    area=WC, period="2024",
    items=[
        O("第十六届", "congress term"),
        O("第三次", "session"),
        C("2024年", "year inside the report's title"),
        D("2025-03-13 10:01", "2025-03-13T10:01", "time", rel=False, note="page metadata line"),
        D("2024年12月27日", WC_DAY, "day", rel=False, note="the report's subtitle: the day it was given"),
        O("第十六届", "congress term"),
        O("第四次", "session"),
        O("十六届人大三次", "congress term and session as one span"),
        D("2024年", "2024", "year", rel=False, note="2024年武昌区民生实事事项: the year's projects"),
        O("一、", "list marker"),
        D("2024年", "2024", "year", rel=False),
        O("十六届人大三次", "congress term and session"),
        Q("2件", 2, "件", "区政府承办议案", "level"),
        Q("194件", 194, "件", "会议期间代表建议", "level"),
        Q("85件", 85, "件", "闭会期间代表建议", "level"),
        D("截至目前", WC_DAY, "now", note="the day the report was given (its subtitle), as eval51's 目前 takes the text's own date"),
        O("1号", "motion number"),
        O("2号", "motion number"),
        Q("279件", 279, "件", "已全部办理完毕的建议", "level", per=WC_DAY, note="截至目前 leads the sentence"),
        Q("100%", 100, "%", "办复率", "share", per=WC_DAY),
        Q("100%", 100, "%", "代表满意和基本满意率", "share", per=WC_DAY),
    ],
)

# ---------------------------------------------------------------- 05 长春市 (吉林), a portal's item on the city's 一季度 2024 (from 吉林省政府网站)
CC = "长春市"
CC_Q1 = "2024-01/2024-03"
PAGES["e83_05_changchun_20240507.txt"] = dict(
    pubdate="2024-05-07",
    pubnote="from the address (`/jl/2024/05/07/`); the copy has no date line (cn.dailyeconomic.com, a portal's item, "
            "as eval69's 丽水)",
    area=CC, period=CC_Q1,
    items=[
        D("一季度", CC_Q1, "period"),
        Q("1534.4亿元", num("1534.4亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.1%", 7.1, "%", "地区生产总值增长", "growth", ind=GDP),
        D("今年以来", "2024", "period", note="as the earlier sets' 今年以来: the year"),
        C("3转、4强、7新", "numeric slogan (“3转、4强、7新”现代化产业体系)"),
        D("一季度", CC_Q1, "period"),
        Q("3.1%", 3.1, "%", "农林牧渔业总产值增长", "growth"),
        Q("3%", 3, "%", "畜牧业产值增长", "growth"),
        Q("3.3%", 3.3, "%", "猪出栏量增长", "growth"),
        Q("5.1%", 5.1, "%", "牛出栏量增长", "growth"),
        Q("3.7%", 3.7, "%", "羊出栏量增长", "growth"),
        Q("8.1%", 8.1, "%", "种植业产值增长", "growth"),
        Q("4%", 4, "%", "蔬菜及食用菌产量增长", "growth"),
        Q("8.4%", 8.4, "%", "水果产量增长", "growth"),
        O("一产", "industry ordinal (一产, 第一产业)"),
        Q("98.2%", 98.2, "%", "县域农林牧渔业产值占全市比重", "share"),
        D("一季度", CC_Q1, "period"),
        Q("12.3%", 12.3, "%", "工业增加值增长", "growth", ind="工业增加值"),
        Q("10.7%", 10.7, "%", "规上工业总产值增长", "growth", ind="规模以上工业总产值"),
        D("上年全年", "2023", "year", note="比上年全年加快: the comparison year"),
        Q("1.8个百分点", 1.8, "百分点", "规上工业总产值增速比上年全年加快", "points", ind="规模以上工业总产值"),
        C("七大", "named set (七大产业)"),
        Q("22.1%", 22.1, "%", "汽车产量增长", "growth"),
        Q("57.1%", 57.1, "%", "动车组产量增长", "growth"),
        Q("16.2%", 16.2, "%", "城市轨道车辆产量增长", "growth"),
        Q("15.2%", 15.2, "%", "电子元件产量增长", "growth"),
        D("一季度", CC_Q1, "period"),
        Q("942.1亿元", num("942.1亿"), "元", "服务业增加值", "level", ind="第三产业增加值",
          note="服务业增加值: 第三产业增加值 (as the earlier sets')"),
        Q("8%", 8, "%", "批发零售业增加值增长", "growth"),
        Q("3.1%", 3.1, "%", "限上批发业销售额增长", "growth"),
        Q("14.4%", 14.4, "%", "限上零售业销售额增长", "growth"),
        Q("9%", 9, "%", "住宿餐饮业增加值增长", "growth"),
        Q("9.7%", 9.7, "%", "限上住宿业营业额增长", "growth"),
        Q("12.5%", 12.5, "%", "限上餐饮业营业额增长", "growth"),
        Q("5.2%", 5.2, "%", "交通运输、仓储和邮政业增加值增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 06 天津市, a portal's item on the city's 上半年 2025 (from 天津市政府网站)
TJ = "天津市"
TJ_H1 = "2025-01/2025-06"
TJ_DAY = "2025-07-25"
PAGES["e83_06_tianjin_20250725.txt"] = dict(
    pubdate=TJ_DAY,
    pubnote="from the address (`/tj/2025/07/25/`); the copy has no date line (cn.dailyeconomic.com, a portal's item)",
    area=TJ, period=TJ_H1,
    items=[
        D("上半年", TJ_H1, "period", note="in the headline"),
        D("今年以来", "2025", "period", note="as the earlier sets' 今年以来: the year"),
        C("十项行动", "numeric slogan (高质量发展“十项行动”)"),
        C("三新", "fixed term (“三新”)"),
        C("三量", "fixed term (“三量”)"),
        O("一是", "list marker"),
        D("上半年", TJ_H1, "period"),
        Q("5.3%", 5.3, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("0.3个百分点", 0.3, "百分点", "地区生产总值增速高于市人代会预期目标", "points", ind=GDP,
          note="the half-year's rate against the year's target: an outcome, not a target"),
        D("去年同期", "2024-01/2024-06", "period"),
        Q("0.4个百分点", 0.4, "百分点", "地区生产总值增速高于去年同期", "points", ind=GDP),
        Q("5.1%", 5.1, "%", "规上工业增加值增长", "growth", ind="规模以上工业增加值"),
        C("两业", "fixed term (“两业融合”)"),
        Q("5.6%", 5.6, "%", "服务业增加值增长", "growth", ind="第三产业增加值"),
        Q("12.2", 12.2, "百分点", "信息传输软件和信息技术业增加值增速高于全国", "points", inherited=True),
        Q("6.1个百分点", 6.1, "百分点", "租赁和商务服务业增加值增速高于全国", "points"),
        O("二是", "list marker"),
        Q("超3800家", 3800, "家", "天开高教科创园累计注册企业", "level", q="more_than", per=TJ_DAY,
          note="a stock; no time phrase leads its sentence or paragraph: the page's date"),
        Q("超1900家", 1900, "家", "天开高教科创园入驻企业", "level", q="more_than", per=TJ_DAY),
        O("二线", "project phase (空客二线: the second assembly line)"),
        O("三期", "project phase"),
        D("上半年", TJ_H1, "period"),
        Q("16.4%", 16.4, "%", "高技术制造业增加值占规上工业比重", "share"),
        D("去年全年", "2024", "year", note="较去年全年提升: the comparison year"),
        Q("1.6个百分点", 1.6, "百分点", "高技术制造业增加值占比较去年全年提升", "points"),
        Q("17.2%", 17.2, "%", "战略性新兴产业投资增长", "growth"),
        Q("14.3%", 14.3, "%", "高技术服务业投资增长", "growth"),
        Q("44.4%", 44.4, "%", "电子计算机产量增长", "growth"),
        Q("25.2%", 25.2, "%", "服务机器人产量增长", "growth"),
        Q("16.7%", 16.7, "%", "工业机器人产量增长", "growth"),
        O("三是", "list marker"),
        D("上半年", TJ_H1, "period"),
        Q("4.2%", 4.2, "%", "一般公共预算收入增长", "growth", ind="一般公共预算收入"),
        Q("3.9%", 3.9, "%", "税收收入增长", "growth", ind="税收收入"),
        O("首位", "rank (均列直辖市首位)"),
        Q("329.1亿元", num("329.1亿"), "元", "盘活存量资产实现收入", "level",
          note="the paragraph's 上半年 (its first sentence) governs it"),
        Q("1.6万人", num("1.6万"), "人", "盘活存量资产新增就业", "level",
          note="the jobs the revitalised assets brought, not the city's 城镇新增就业: no catalogue indicator"),
    ],
)

# ---------------------------------------------------------------- 07 苍南县 (浙江 温州市), the county CPPCC site's story on the farm bureau's proposal meeting
CN = "苍南县"
PAGES["e83_07_cangnan_20250813.txt"] = dict(
    pubdate="2025-08-13",
    pubnote="from the address (art/2025/8/13, cnzx.cncn.gov.cn, 苍南县政协's site); the copy has no date line",
    area=CN, period="2025",
    items=[
        D("7月30日", "2025-07-30", "day"),
        C("2025年", "year inside the meeting's name (2025年政协提案办理协商会)"),
        D("本年度", "2025", "year"),
        D("今年", "2025", "year"),
        Q("33件", 33, "件", "县农业农村局承办政协提案", "level"),
        Q("18件", 18, "件", "主办政协提案", "level"),
        Q("15件", 15, "件", "会办政协提案", "level"),
        C("三农", "fixed term (“三农”)"),
        D("今年以来", "2025", "period", note="as the earlier sets' 今年以来: the year"),
        D("今年", "2025", "year"),
    ],
)

# ---------------------------------------------------------------- 08 潮阳区 (广东 汕头市), 汕头市农业局's reply to a city deputy's suggestion on 潮阳区's farmland shelterbelts
CY = "潮阳区"
CY_DAY = "2007-12-17"
PAGES["e83_08_chaoyang_20071217.txt"] = dict(
    pubdate=CY_DAY,
    pubnote="the kept line `2007-12-17 00:00` under `创建时间:` (rd.shantou.gov.cn, 汕头市人大's site); the letter is "
            "dated 2007年7月16日",
    area=CY, period=CY_DAY,
    items=[
        O("十二届人大一次", "congress term and session as one span"),
        O("第16号", "motion number (原议案第16号)"),
        D("2007-12-17 00:00", "2007-12-17T00:00", "time", rel=False, note="page metadata line (创建时间)"),
        Q("295个", 295, "个", "村(居)", "level", note="现有: a stock as of the page's date (as eval51's 目前)"),
        Q("24.5万亩", num("24.5万"), "亩", "耕地面积", "level"),
        Q("540公里", 540, "公里", "农田林网", "level"),
        Q("70%", 70, "%", "处于无林或疏林状态的农田林网占比", "share"),
        D("当前", CY_DAY, "now", note="the page's date (as eval51's 目前)"),
        D("2007年7月16日", "2007-07-16", "day", rel=False, note="the letter's date"),
    ],
)
