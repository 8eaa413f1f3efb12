"""Annotations of pages 01-04 (庐江县's 2025 work report, 霍邱县's 2024 work report, 云和县's 2024 work report
and 闽南网's story on 丰泽区's congress of 2023-12-27), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
REV = "一般公共预算收入"
TI = "第三产业增加值"
URB = "城镇居民人均可支配收入"
RUR = "农村居民人均可支配收入"
EST = ("预计 in a report on a year that had ended when it was given: an early estimate of the outcome, "
       "not a target (README's 预计全年… rule)")
PAGES = {}

# ---------------------------------------------------------------- 01 庐江县 (安徽 合肥市), the county's 2025 work report (2025-01-04)
LJ = "庐江县"
LJ_DAY = "2025-01-04"
PAGES["e66_01_lujiang_20250104.txt"] = dict(
    pubdate=LJ_DAY,
    pubnote="the report's day in its kept title `(安徽省)庐江县人民政府工作报告(2025年1月4日)` and subtitle "
            "(bx2200.com, a site reposting work reports; the copy has no posting date)",
    area=LJ, period="2024",
    items=[
        D("2025年1月4日", LJ_DAY, "day", rel=False, note="the report's day, in its title line"),
        D("2025年1月4日", LJ_DAY, "day", rel=False, note="the report's day, in its subtitle"),
        O("第十八届", "congress term"),
        O("第四次", "session number"),
        D("现在", LJ_DAY, "now", note="现在,我代表…: the report's day (as the earlier sets' work reports)"),
        O("一、", "list marker (part heading)"),
        D("2024年", "2024", "year", rel=False, note="part name 2024年工作回顾 (as eval49's to eval65's)"),
        D("2024年", "2024", "year", rel=False),
        O("75周年", "anniversary (中华人民共和国成立75周年)"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        O("二十大", "party congress"),
        O("二十届二中、三中全会", "party plenums, as one span"),
        C("两重", "numeric slogan (“两重”“两新”政策)"),
        C("两新", "numeric slogan"),
        C("三大战略", "numeric slogan (大力实施“三大战略”)"),
        O("十八届人大三次", "congress term and session, as one span (as eval51's)"),
        D("全年", "2024", "year", note="预计全年: the reviewed year"),
        Q("6%以上", 6, "%", "地区生产总值增长", "growth", q="at_least", ind=GDP, note=EST),
        Q("35.4亿元", num("35.4亿"), "元", "一般公共预算收入", "level", ind=REV, note=EST),
        Q("8.8%", 8.8, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("9%", 9, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("6%", 6, "%", "固定资产投资下降", "growth", ind=FAI, change="decrease"),
        Q("5%", 5, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("5%", 5, "%", "城镇居民人均可支配收入增长", "growth", ind=URB,
          note="城镇和农村居民人均可支配收入分别增长5%、6.5%: the first is urban"),
        Q("6.5%", 6.5, "%", "农村居民人均可支配收入增长", "growth", ind=RUR),
        C("百强县", "size class (全国县域经济和社会综合发展百强县)"),
        C("百强县", "size class (中部地区县域经济基本竞争力百强县)"),
        O("第37位", "rank"),
        C("十强县", "size class (安徽省养殖十强县)"),
        D("这一年", "2024", "year", note="the reviewed year (这一年,我们…)"),
        C("220kV", "grade (a substation's voltage class, as eval65's)"),
        C("110kV", "grade (a substation's voltage class)"),
        Q("6条", 6, "条", "通车的市政道路", "level"),
        Q("3条", 3, "条", "新增供热支线管网", "level"),
        O("一期", "project phase (人才公寓一期)"),
    ],
)

# ---------------------------------------------------------------- 02 霍邱县 (安徽 六安市), the county's 2024 work report (2024-01-06)
HQ = "霍邱县"
HQ_DAY = "2024-01-06"
PAGES["e66_02_huoqiu_20240106.txt"] = dict(
    pubdate=HQ_DAY,
    pubnote="the report's day in its kept subtitle `——2024年1月6日在霍邱县第十八届 / 人民代表大会第三次会议上` "
            "(nextlevelartsconsulting.com, a site reposting work reports; the copy has no posting date)",
    area=HQ, period="2023",
    items=[
        D("2024年1月6日", HQ_DAY, "day", rel=False, note="the report's day, in its subtitle"),
        O("第十八届", "congress term"),
        O("第三次", "session number"),
        D("现在", HQ_DAY, "now", note="现在,我代表…: the report's day"),
        O("一、", "list marker (part heading)"),
        D("2023年", "2023", "year", rel=False, note="part name 2023年主要工作回顾"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        O("二十届二中全会", "party plenum"),
        C("八大行动", "numeric slogan (“改作风、提效能、促发展、护稳定”八大行动)"),
        D("这一年", "2023", "year", note="the reviewed year (这一年,我们…)"),
        Q("7%左右", 7, "%", "地区生产总值增长", "growth", q="approx", ind=GDP, note=EST),
        Q("300亿元", num("300亿"), "元", "地区生产总值(逼近300亿元大关)", "level", q="nearly", ind=GDP,
          note="逼近300亿元大关: the mark the total came close to (逼近 a verb outside the span, as 接近); " + EST),
        Q("7%左右", 7, "%", "规模工业增加值增长", "growth", q="approx", ind=VA,
          note="规模工业增加值 = 规模以上工业增加值"),
        Q("3%", 3, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("26.17亿元", num("26.17亿"), "元", "财政一般公共预算收入", "level", ind=REV),
        Q("4.6%", 4.6, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("176亿元", num("176亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("10%", 10, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("36583元", 36583, "元", "城镇居民人均可支配收入", "level", ind=URB),
        Q("17736元", 17736, "元", "农村居民人均可支配收入", "level", ind=RUR),
        Q("7%", 7, "%", "城镇居民人均可支配收入增长", "growth", ind=URB),
        Q("10%", 10, "%", "农村居民人均可支配收入增长", "growth", ind=RUR),
        Q("1.6万户", num("1.6万"), "户", "新增市场主体", "level",
          note="new registrations of the year (a flow), not the stock: indicator null, as the earlier sets'"),
        Q("28.13%", 28.13, "%", "新增市场主体增长", "growth"),
        Q("24家", 24, "家", "新增规模工业企业", "level"),
        Q("159家", 159, "家", "规模工业企业总数", "level", per="2023-12",
          note="a stock (总数达到) at the end of the reviewed year, as the earlier sets' year-end stocks"),
        D("一季度", "2023-01/2023-03", "period", note="the reviewed year's first quarter"),
        O("第一名", "rank"),
        D("这一年", "2023", "year"),
        O("四期", "project phase (沿岗河防洪治理四期)"),
        Q("4个", 4, "个", "已获批特别国债项目", "level"),
        Q("10.1亿元", num("10.1亿"), "元", "特别国债项目争取资金", "level"),
        Q("96.12亿元", num("96.12亿"), "元", "s20长丰至固始高速公路项目投资", "level",
          note="a project's size (投资96.12亿元的…高速公路), not a target of a period, as the earlier sets'"),
        C("s20", "name with a numeral (expressway s20)"),
        C("g328", "name with a numeral (national road g328)"),
        C("一级", "grade (一级公路)"),
        Q("两项目", 2, "项目", "共线的两个项目", "level", borderline=True,
          note="两项目共线: the two projects just named, a back-reference; unit the noun as written"),
    ],
)

# ---------------------------------------------------------------- 03 云和县 (浙江 丽水市), the county's 2024 work report (2024-02-21)
YH = "云和县"
YH_DAY = "2024-02-21"
PAGES["e66_03_yunhe_20240221.txt"] = dict(
    pubdate=YH_DAY,
    pubnote="the report's day in its kept subtitle `2024年2月21日在云和县 / 第十七届人民代表大会第三次会议上` "
            "(nextlevelartsconsulting.com, a site reposting work reports; the copy has no posting date)",
    area=YH, period="2023",
    items=[
        D("2024年2月21日", YH_DAY, "day", rel=False, note="the report's day, in its subtitle"),
        O("第十七届", "congress term"),
        O("第三次", "session number"),
        D("现在", YH_DAY, "now", note="现在,我代表…: the report's day"),
        O("一、", "list marker (part heading)"),
        D("2023年", "2023", "year", rel=False, note="part name 2023年工作回顾"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        C("八八战略", "numeric slogan (“八八战略”)"),
        O("20周年", "anniversary (“八八战略”实施20周年)"),
        D("一年来", "2023", "year", note="the reviewed year"),
        Q("三个", 3, "个", "一号工程", "level", borderline=True,
          note="以三个“一号工程”为总牵引: the province's three named programmes, a count of headings"),
        C("一号工程", "numeric slogan (“一号工程”)"),
        C("十项重大工程", "numeric slogan (the province's “十项重大工程”, a named group)"),
        O("十七届人大二次", "congress term and session, as one span"),
        Q("119项", 119, "项", "完成的省市县民生实事项目", "level"),
        D("一年来", "2023", "year"),
        Q("103.7亿元", num("103.7亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.6%", 7.6, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("百亿", num("100亿"), "元", "地区生产总值(迈上百亿新台阶)", "level", q="more_than", ind=GDP, implied=True,
          note="成功迈上百亿新台阶: the mark the total passed, as the earlier sets' 迈入千亿大关; 元 implied"),
        Q("25.7亿元", num("25.7亿"), "元", "规上工业增加值", "level", ind=VA),
        Q("8.4%", 8.4, "%", "规上工业增加值增长", "growth", ind=VA),
        Q("16.1%", 16.1, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("9个月", 9, "个月", "固定资产投资保持15%以上增速的连续月数", "level", borderline=True,
          note="a duration (连续9个月)"),
        Q("15%以上", 15, "%", "固定资产投资累计增速(连续9个月)", "growth", q="at_least", ind=FAI,
          note="the cumulative rate held each month for nine months of 2023"),
        Q("4.7%", 4.7, "%", "农林牧渔业增加值增长", "growth",
          note="农林牧渔业增加值 is not 第一产业增加值 (it holds farm services): null, as the earlier sets'"),
        Q("8.5%", 8.5, "%", "服务业增加值增长", "growth", ind=TI, note="服务业增加值 = 第三产业增加值 (as the earlier sets')"),
        Q("50.1亿元", num("50.1亿"), "元", "社会消费品零售总额", "level", ind=RET),
        Q("7.5%", 7.5, "%", "社会消费品零售总额增长", "growth", ind=RET),
        Q("9.5亿元", num("9.5亿"), "元", "一般公共预算收入", "level", ind=REV),
        Q("7.8%", 7.8, "%", "一般公共预算收入增长", "growth", ind=REV),
        Q("55430元", 55430, "元", "城镇居民人均可支配收入", "level", ind=URB),
        Q("28086元", 28086, "元", "农村居民人均可支配收入", "level", ind=RUR),
        Q("4.9%", 4.9, "%", "城镇居民人均可支配收入增长", "growth", ind=URB),
        Q("7.7%", 7.7, "%", "农村居民人均可支配收入增长", "growth", ind=RUR),
        Q("9项", 9, "项", "主要经济指标", "level", borderline=True, note="a count of indicators, the base of the next two"),
        Q("6项", 6, "项", "增速、排名较2022年双提升的主要经济指标", "level", borderline=True),
        D("2022年", "2022", "year", rel=False),
        Q("7项", 7, "项", "位列全市中游以上的主要经济指标", "level", borderline=True),
        D("一年来", "2023", "year"),
        C("5a", "grade (创5a: a 5A scenic area, written 5a)"),
        Q("43个", 43, "个", "建成的重点项目", "level"),
    ],
)

# ---------------------------------------------------------------- 04 丰泽区 (福建 泉州市), 闽南网's story on the district congress (2023-12-27)
FZ = "丰泽区"
FZ_DAY = "2023-12-27"
PAGES["e66_04_fengze_20240119.txt"] = dict(
    pubdate="2024-01-19",
    pubnote="the kept line `发布时间: 2024-01-19 20:17` (qyfw8.cn, a portal reposting 闽南网's story); the story's "
            "dateline `闽南网12月27日讯` is the session's day, 2023-12-27 (the year: the session reviewing 2023 and aiming "
            "at 2024, before the posting)",
    area=FZ, period="2023",
    items=[
        D("2024-01-19 20:17", "2024-01-19T20:17", "time", rel=False, note="page metadata line"),
        D("12月27日", FZ_DAY, "day", note="dateline (闽南网12月27日讯); no year: the year before the posting"),
        D("今天上午", FZ_DAY, "day", note="the dateline's day"),
        O("第六届", "congress term"),
        O("第三次", "session number"),
        C("21世纪", "numeral inside a slogan's name (21世纪“海丝名城”核心区), in the headline"),
        D("2023年", "2023", "year", rel=False),
        D("2024年", "2024", "year", rel=False),
        C("五城五区", "numeric slogan (“五城五区”)"),
        C("21世纪", "numeral inside a slogan's name (21世纪“海丝名城”核心区)"),
        D("过去一年", "2023", "year", note="the reviewed year"),
        Q("900亿元", num("900亿"), "元", "地区生产总值(突破900亿元)", "level", q="more_than", ind=GDP,
          note="突破900亿元: a verb outside the span"),
        Q("142个", 142, "个", "集中推进的重点项目", "level"),
        Q("238.6亿元", num("238.6亿"), "元", "重点项目年度投资", "level"),
        C("中建三局", "name with a numeral (a company)"),
        C("中水十六局", "name with a numeral (a company)"),
        C("世界500强", "size class (世界500强和央企)"),
        Q("9家", 9, "家", "签约落地的世界500强和央企", "level"),
        C("十大产业园区", "a named group (十大产业园区)"),
        Q("302个", 302, "个", "城市提品质项目", "level"),
        Q("168.3亿元", num("168.3亿"), "元", "城市提品质项目完成投资", "level"),
        Q("80%", 80, "%", "用于民生领域的支出比重", "share"),
        Q("4320个", 4320, "个", "新增优质学位", "level"),
        Q("12个", 12, "个", "平稳解决的超十年征迁遗留问题", "level"),
        Q("超十年", 10, "年", "征迁遗留问题的年限", "level", q="more_than", borderline=True,
          note="a duration (超十年的…问题)"),
        Q("近万名", 10000, "名", "圆了安居梦的群众", "level", q="nearly"),
        D("2024年", "2024", "year", rel=False),
        C("十四五", "fixed term (the 14th five-year plan)"),
        D("新一年", "2024", "year", note="做好新一年政府工作: the year the session opens (as the earlier sets' 新一年)"),
    ],
)
