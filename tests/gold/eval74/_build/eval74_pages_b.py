"""Annotations of pages 05-08 (岳阳县's reply, 湖南日报's 1至8月 2024 story, 大众日报's 长清区 story, 阜新蒙古族自治县's
New Year address), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

# ---------------------------------------------------------------- 05 岳阳县 (湖南 岳阳市), the county education bureau's reply to suggestion 第72号
YY = "岳阳县"
YY_PLAN = "2024/2035"
PAGES["e74_05_yueyang_20250714.txt"] = dict(
    pubdate="2025-07-14",
    pubnote="the kept line `来源:岳阳县教体局   2025-07-14` (www.yyx.gov.cn, 岳阳县人民政府's site); the reply itself is dated "
            "2025年4月14日",
    area=YY, period="2025-07-14",
    items=[
        O("十八届人大四次", "congress term and session as one span"),
        O("第72号", "suggestion number"),
        D("2025-07-14", "2025-07-14", "day", rel=False, note="the page's date line"),
        C("岳县教体字〔2025〕12号", "document number"),
        C("B2", "class label (B2类)"),
        O("十八届人大四次", "congress term and session as one span"),
        O("第72号", "suggestion number"),
        D("一直以来", None, "vague", note="as eval54's 一直以来; added after the first run"),
        D("今年", "2025", "year"),
        Q("5350万元", num("5350万"), "元", "教育项目投入", "level", per="2025",
          note="今年 leads the sentence; written as done (共计投入), not as a plan — an annotator's doubt (the reply is of April)"),
        C("两类", "fixed term (“两类”学校)"),
        Q("23个", 23, "个", "教育重点项目", "level", per="2025"),
        C("2024-2035年", "years inside a document's title (《…布局工作方案(2024-2035年)》)"),
        C("一乡镇一品质", "numeric slogan"),
        Q("45所", 45, "所", "计划标准化建设的保留中小学校", "level", per=YY_PLAN, target=True,
          note="计划对…进行标准化建设: a plan under the 2024-2035 layout scheme; its period is the scheme's"),
        Q("17所", 17, "所", "计划标准化建设的公办幼儿园", "level", per=YY_PLAN, target=True),
        Q("23所", 23, "所", "计划建设的标准化寄宿制学校", "level", per=YY_PLAN, target=True),
        D("2025年", "2025", "year", rel=False),
        D("2026年", "2026", "year", rel=False),
        D("2025年4月14日", "2025-04-14", "day", rel=False, note="the reply's own date"),
        C("15842875221", "contact details"),
    ],
)

# ---------------------------------------------------------------- 06 湖南省, 湖南日报's story (9月18日讯) on the province's 1至8月 2024 figures
HN = "湖南省"
HN_P = "2024-01/2024-08"
HN_AUG = "2024-08"
IND_VA = "规模以上工业增加值"
PAGES["e74_06_hunan_20240919.txt"] = dict(
    pubdate="2024-09-19",
    pubnote="the e-paper's issue in the address (hnrb_epaper/html/2024-09/19); the dateline is 9月18日",
    area=HN, period=HN_P,
    items=[
        D("9月18日", "2024-09-18", "day", note="dateline (湖南日报9月18日讯)"),
        D("今天", "2024-09-18", "day", note="the dateline's day"),
        D("1至8月", HN_P, "period"),
        Q("7.2%", 7.2, "%", "规模工业增加值同比增长", "growth", ind=IND_VA),
        Q("5.5%", 5.5, "%", "社会消费品零售总额增长", "growth", ind="社会消费品零售总额"),
        D("8月", HN_AUG, "month", note="8月当月: one month; 当月 repeats it and is not annotated apart"),
        Q("8.2%", 8.2, "%", "8月当月规模工业增加值增长", "growth", ind=IND_VA, per=HN_AUG),
        D("7月", "2024-07", "month"),
        Q("0.7个百分点", 0.7, "百分点", "8月规模工业增速比7月快", "points", ind=IND_VA, per=HN_AUG),
        D("1至8月", HN_P, "period"),
        Q("8.1%", 8.1, "%", "规模以上装备制造业增加值增长", "growth"),
        Q("2.5个百分点", 2.5, "百分点", "装备制造业拉动规模工业增长", "points"),
        Q("25.4%", 25.4, "%", "电子信息增加值增长", "growth"),
        Q("9.7%", 9.7, "%", "通用设备制造增加值增长", "growth"),
        Q("11.2%", 11.2, "%", "金属制品业增加值增长", "growth"),
        Q("14.9%", 14.9, "%", "规模以上高技术制造业增加值增长", "growth"),
        Q("21%", 21, "%", "电子及通信设备增加值增长", "growth"),
        Q("23.1%", 23.1, "%", "计算机及办公设备增加值增长", "growth"),
        D("1至8月", HN_P, "period"),
        Q("3.4%", 3.4, "%", "全省固定资产投资增长", "growth", ind="固定资产投资"),
        Q("12%", 12, "%", "工业投资增长", "growth", ind="工业投资"),
        Q("19.3%", 19.3, "%", "电力热力燃气及水生产供应业投资增长", "growth"),
        Q("6.7%", 6.7, "%", "高技术产业投资增长", "growth"),
        Q("13.7%", 13.7, "%", "高技术制造业投资增长", "growth"),
        Q("9.6%", 9.6, "%", "设备工器具购置投资增长", "growth"),
        Q("5.6%", 5.6, "%", "基础设施投资增长", "growth"),
        D("1至8月", HN_P, "period"),
        Q("13391.88亿元", num("13391.88亿"), "元", "社会消费品零售总额", "level", ind="社会消费品零售总额"),
        Q("5.5%", 5.5, "%", "社会消费品零售总额增长", "growth", ind="社会消费品零售总额"),
        Q("10.2%", 10.2, "%", "限上基本生活类商品零售额增长", "growth"),
        Q("10.4%", 10.4, "%", "粮油食品类商品零售额增长", "growth"),
        Q("16.8%", 16.8, "%", "日用品类零售额增长", "growth"),
        Q("29.9%", 29.9, "%", "体育娱乐用品类零售额增长", "growth"),
        Q("28.5%", 28.5, "%", "通讯器材类零售额增长", "growth"),
        Q("16.6%", 16.6, "%", "金银珠宝类零售额增长", "growth"),
        D("1至8月", HN_P, "period"),
        C("四上", "size class (“四上”单位)"),
        Q("1943家", 1943, "家", "新入库四上单位", "level"),
        Q("556家", 556, "家", "四上单位净增", "difference", note="净增: the net change of the stock over the months"),
        D("8月末", HN_AUG, "month"),
        C("四上", "size class"),
        Q("5.92万家", num("5.92万"), "家", "在库四上单位", "level", per=HN_AUG),
        Q("12.6%", 12.6, "%", "在库四上单位增长", "growth", per=HN_AUG),
        Q("8.1%", 8.1, "%", "省级及以上产业园区规模工业增加值增长", "growth"),
        Q("68.5%", 68.5, "%", "园区规模工业增加值占全部规模工业比重", "share"),
        D("8月末", HN_AUG, "month"),
        Q("8.12万亿元", num("8.12万亿"), "元", "金融机构本外币各项存款余额", "level", ind="金融机构存款余额", per=HN_AUG),
        Q("6.8%", 6.8, "%", "存款余额增长", "growth", ind="金融机构存款余额", per=HN_AUG),
        Q("7.37万亿元", num("7.37万亿"), "元", "各项贷款余额", "level", ind="金融机构贷款余额", per=HN_AUG),
        Q("8.6%", 8.6, "%", "贷款余额增长", "growth", ind="金融机构贷款余额", per=HN_AUG),
    ],
)

# ---------------------------------------------------------------- 07 长清区 (山东 济南市), 大众日报's story on the district's 2024
CQ = "长清区"
CQ_DAY = "2025-01-09"
PAGES["e74_07_changqing_20250109.txt"] = dict(
    pubdate=CQ_DAY,
    pubnote="the kept line `2025-01-09 作者: 姜斌 来源: 大众日报` and the address (dzrb/content/20250109)",
    area=CQ, period="2024",
    items=[
        D("2024年", "2024", "year", rel=False, note="headline (预计2024年一般公共预算收入增长8%)"),
        Q("8%", 8, "%", "一般公共预算收入增长(预计)", "growth", ind="一般公共预算收入",
          note="预计 of a year that has ended: an early estimate, not a target"),
        D("2025-01-09", CQ_DAY, "day", rel=False, note="the page's date line"),
        D("2024年", "2024", "year", rel=False),
        D("全年", "2024", "year"),
        Q("32.65亿元", num("32.65亿"), "元", "一般公共预算收入(预计)", "level", ind="一般公共预算收入"),
        Q("8%", 8, "%", "一般公共预算收入增长(预计)", "growth", ind="一般公共预算收入"),
        Q("9%", 9, "%", "规模以上工业增加值增长(预计)", "growth", ind="规模以上工业增加值"),
        Q("5.5%", 5.5, "%", "城镇居民人均可支配收入增长(预计)", "growth", ind="城镇居民人均可支配收入"),
        Q("6.5%", 6.5, "%", "农村居民人均可支配收入增长(预计)", "growth", ind="农村居民人均可支配收入"),
        C("2+2", "industry-chain code (“2+2”产业体系)"),
        C("三大", "named set (三大园区)"),
        D("全年", "2024", "year"),
        Q("15个", 15, "个", "签约引进生物医药重点项目", "level"),
        Q("81%", 81, "%", "工业投资增长(预计)", "growth", ind="工业投资"),
        Q("30%", 30, "%", "工业技改投资增长(预计)", "growth"),
        Q("350余家", 350, "家", "创新谷已进驻企业", "level", q="more_than", per=CQ_DAY,
          note="a stock with no time given: the article's date"),
        C("5G", "name with digits (5G基站)"),
        Q("2826个", 2826, "个", "累计建成5G基站", "level", per=CQ_DAY, note="累计: a stock, the article's date"),
        C("千兆", "numeral inside a name (千兆城市示范区)"),
        Q("3个", 3, "个", "实施工业企业数字化转型", "level"),
        Q("18家", 18, "家", "打造晨星工厂", "level"),
        C("5G", "name with digits (5G低碳智慧工厂)"),
        C("5G", "name with digits (5G数字化工厂)"),
        C("5G", "name with digits (5G全连接工厂)"),
        D("全年", "2024", "year"),
        Q("4家", 4, "家", "新增国家级专精特新小巨人企业", "level"),
        Q("101家", 101, "家", "新增高新技术企业", "level", ind="高新技术企业"),
        Q("百家", 100, "家", "省级专精特新企业", "level", q="more_than", per=CQ_DAY,
          note="突破百家大关: a stock, the article's date"),
        Q("172家", 172, "家", "省级创新型中小企业", "level", per=CQ_DAY, note="达: a stock, the article's date"),
        Q("2人", 2, "人", "入选泰山产业领军人才", "level"),
        Q("12人", 12, "人", "申报海右计划产业领军人才", "level"),
        Q("5000余人", 5000, "人", "新增人才资源", "level", q="more_than"),
        Q("149个", 149, "个", "重点项目全部开工", "level"),
    ],
)

# ---------------------------------------------------------------- 08 阜新蒙古族自治县 (辽宁 阜新市), the county's four bodies' New Year address on 2024
FX = "阜新蒙古族自治县"
FX_DAY = "2024-12-31"
PAGES["e74_08_fuxin_20241231.txt"] = dict(
    pubdate=FX_DAY,
    pubnote="not given on the copy (www.fmrmzx.com): a New Year address looking back on 2024 (回首2024年, 值此辞旧迎新之际); "
            "the eve of 2025 is used — unsure",
    area=FX, period="2024",
    items=[
        D("2024年", "2024", "year", rel=False),
        C("三年行动", "name of a campaign (全面振兴新突破三年行动, as eval70's)"),
        D("这一年", "2024", "year", note="the year just named (回首2024年…这一年)"),
        O("第一方阵", "rank tier (全省县域第一方阵)"),
        Q("33亿斤", num("33亿"), "斤", "粮食产量", "level", q="more_than", ind="粮食产量"),
        Q("四连增", 4, "连增", "粮食产量连续增产次数", "level", borderline=True,
          note="a run of yearly increases (as the earlier sets' 连续三年), arguably not an indicator"),
        Q("92户", 92, "户", "全县规上工业企业", "level", per=FX_DAY, note="达到: a stock, the address's date"),
        C("2024年度", "year inside an honour's name (2024年度辽宁省工业单项冠军种子培育县)"),
        C("三沟", "numeral inside a brand's name (“三沟”品牌)"),
        O("第一张", "first-of-kind (中国第一张“温泉疗愈地图”)"),
        C("2024", "year inside an event's name (阜新2024冬季温泉康旅发布会)"),
        Q("20余场次", 20, "场次", "文旅招商活动", "level", q="more_than"),
        Q("10%以上", 10, "%", "接待游客数量和旅游业收入增长", "growth", q="at_least", ind="接待游客",
          note="one figure for two indicators (接待游客数量和旅游业收入均增长); the first named is written"),
        D("这一年", "2024", "year"),
    ],
)
