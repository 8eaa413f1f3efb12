"""Annotations of pages 01-04 (潞州区's 2023 work report, 晋源区's 2023 work report, 理县's congress story,
巴南区's 前三季度 2021 figures), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
GBR = "一般公共预算收入"
IVA = "规模以上工业增加值"
FAI = "固定资产投资"
RET = "社会消费品零售总额"
PAGES = {}

# ---------------------------------------------------------------- 01 潞州区 (山西 长治市), the district's 2023 work report (its 2022 review)
LZ = "长治市潞州区"
PAGES["e77_01_luzhou_20230426.txt"] = dict(
    pubdate="2023-04-26",
    pubnote="the report's subtitle `2023年4月26日在长治市潞州区第二届人民代表大会第三次会议上` (a copy on bx2200.com; "
            "the copy gives no posting day) — unsure",
    area=LZ, period="2022",
    items=[
        D("2023年4月26日", "2023-04-26", "day", rel=False, note="the report's delivery day (subtitle)"),
        O("第二届", "congress term"),
        O("第三次", "session number"),
        D("现在", "2023-04-26", "now", note="the day the report was delivered (a work report's opening 现在, as eval54's, eval55's, eval74's and eval75's)"),
        O("一、", "section marker"),
        D("2022年", "2022", "year", rel=False, note="the review section's year (its heading)"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        D("全年", "2022", "year", note="the reviewed year"),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        D("全年", "2022", "year", note="the reviewed year"),
        Q("602.5亿元", num("602.5亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("600亿元", num("600亿"), "元", "GDP首次突破的大关", "level", q="more_than", ind=GDP,
          note="首次突破600亿元大关: the mark passed (as eval58's 3000亿元)"),
        Q("5.5%", 5.5, "%", "地区生产总值同比增长", "growth", ind=GDP),
        Q("2.5个百分点", 2.5, "百分点", "GDP增速高于全国", "points", ind=GDP,
          note="the district's growth against the country's: the district's figure (as eval51's gaps against 全市)"),
        Q("1.1个百分点", 1.1, "百分点", "GDP增速高于全省", "points", ind=GDP),
        Q("194.9亿元", num("194.9亿"), "元", "规模以上工业增加值", "level", ind=IVA),
        Q("13.9%", 13.9, "%", "规模以上工业增加值增长", "growth", ind=IVA),
        Q("190.4亿元", num("190.4亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("2.4%", 2.4, "%", "固定资产投资增长", "growth", ind=FAI),
        Q("15.87亿元", num("15.87亿"), "元", "一般公共预算收入", "level", ind=GBR),
        Q("0.6%", 0.6, "%", "一般公共预算收入增长", "growth", ind=GBR),
        Q("391亿元", num("391亿"), "元", "社会消费品零售总额", "level", ind=RET),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        D("全年", "2022", "year", note="the reviewed year"),
        Q("382个", 382, "个", "谋划实施项目", "level"),
        Q("1048亿元", num("1048亿"), "元", "谋划实施项目总投资", "level"),
        Q("248个", 248, "个", "开工项目", "level"),
        Q("141个", 141, "个", "竣工投产项目", "level"),
        C("漳电2×100万千瓦", "a project's name with its units' capacity (漳电2×100万千瓦 project)"),
        O("二期", "project phase (诚诚再生资源二期)"),
        Q("12个", 12, "个", "相继投产达效的项目", "level"),
        Q("103亿元", num("103亿"), "元", "新增产值", "level"),
    ],
)

# ---------------------------------------------------------------- 02 晋源区 (山西 太原市), the district's 2023 work report (its 2022 review)
JY = "太原市晋源区"
PAGES["e77_02_jinyuan_20230208.txt"] = dict(
    pubdate="2023-02-08",
    pubnote="the report's subtitle `2023年2月8日在太原市晋源区第六届 人民代表大会第四次会议上` (a copy on bx2200.com; "
            "the copy gives no posting day) — unsure",
    area=JY, period="2022",
    items=[
        D("2023年2月8日", "2023-02-08", "day", rel=False, note="the report's delivery day (subtitle)"),
        O("第六届", "congress term"),
        O("第四次", "session number"),
        D("现在", "2023-02-08", "now", note="the day the report was delivered (a work report's opening 现在)"),
        O("一、", "section marker"),
        D("2022年", "2022", "year", rel=False, note="the review section's year (its heading)"),
        D("过去一年", "2022", "year", note="the reviewed year"),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        O("十九大", "party congress"),
        O("二十大", "party congress"),
        C("三大发展板块", "numeric slogan (北中南三大发展板块, a named group)"),
        D("全年", "2022", "year", note="the reviewed year"),
        Q("102.46亿元", num("102.46亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("2.3%", 2.3, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("5.58亿元", num("5.58亿"), "元", "规上工业增加值", "level", ind=IVA),
        Q("7.8%", 7.8, "%", "规上工业增加值增长", "growth", ind=IVA),
        C("六城区", "a named group (太原's six urban districts, in 增速六城区排名第三), not a count"),
        O("第三", "rank"),
        Q("61.89亿元", num("61.89亿"), "元", "服务业增加值", "level", ind="第三产业增加值",
          note="服务业增加值: 第三产业增加值 (as eval54's)"),
        Q("2.7%", 2.7, "%", "服务业增加值增长", "growth", ind="第三产业增加值"),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        Q("105家", 105, "家", "引进先进制造业关联企业", "level"),
        Q("10亿元", num("10亿"), "元", "引进企业年产值", "level", q="more_than", note="突破: more than"),
        Q("136项", 136, "项", "组织实施重点项目", "level"),
        Q("95亿元", num("95亿"), "元", "重点项目年度投资完成", "level"),
        Q("近50%", 50, "%", "产业转型项目占比", "share", q="nearly"),
        Q("55家", 55, "家", "新增入统企业", "level"),
        C("四上", "size class (“四上”企业)"),
        Q("367家", 367, "家", "“四上”企业", "level"),
        Q("21.2%", 21.2, "%", "规上工业战略性新兴产业增加值增长", "growth",
          note="增加值 of the emerging industries, not the catalogue's 战略性新兴产业产值"),
        Q("13.9个百分点", 13.9, "百分点", "战略性新兴产业增速超过传统产业", "points"),
        Q("28.8%", 28.8, "%", "规上工业企业研发机构占比", "share"),
    ],
)

# ---------------------------------------------------------------- 03 理县 (四川 阿坝州), a story on the county congress's opening (13th term, 2nd session)
LX = "理县"
PAGES["e77_03_lixian_20180109.txt"] = dict(
    pubdate="2018-01-09",
    pubnote="the address's t20180109 (a copy on htc118.com keeping the original's path); the story's `17日` is then "
            "2017-12-17 — unsure",
    area=LX, period="2017-12-17",
    items=[
        O("十三届人大二次", "congress term and session as one span (as eval51's)"),
        D("17日", "2017-12-17", "day",
          note="the session's day; the month is not given: the 17th before the address's 2018-01-09 — unsure"),
        O("十三届人大二次", "congress term and session as one span"),
        Q("131名", 131, "名", "应到代表", "level"),
        Q("122名", 122, "名", "实到代表", "level"),
        D("上午9时", "2017-12-17T09:00", "time", note="the session's opening hour"),
        O("十三届", "congress term"),
        O("第二次", "session number"),
        O("第十五届二次", "CPPCC term and plenary as one span (第十五届二次全委会议)"),
        Q("两部分", 2, "部分", "政府工作报告的部分", "level", borderline=True,
          note="the report's parts (as eval73's), not an indicator"),
        D("2017年", "2017", "year", rel=False, note="a part's name (2017年工作回顾), as eval51's"),
        D("2018年", "2018", "year", rel=False, note="a part's name (2018年主要工作)"),
        O("十八大", "party congress"),
        O("十九大", "party congress"),
        C("四个年", "numeric slogan (县委四个年工作定位)"),
        C("八大重点工程", "numeric slogan (a named group of projects)"),
        O("十三届人大一次", "congress term and session as one span"),
        D("全年", "2017", "year", note="the reviewed year"),
        Q("25.23亿元", num("25.23亿"), "元", "地方生产总值", "level", ind=GDP, per="2017", target=True,
          note="全年预计 in a report given before the year was over (2017-12-17, see the pubnote): read as target "
               "(as eval40's and eval68's 预计 of a year not yet over); 预计 leads the whole sentence's list"),
        Q("8.5%", 8.5, "%", "地方生产总值同比增长", "growth", ind=GDP, per="2017", target=True),
        Q("5.62万元", num("5.62万"), "元", "人均地区生产总值", "level", ind="人均地区生产总值", per="2017", target=True),
        Q("8606美元", 8606, "美元", "人均地区生产总值折合美元", "level", ind="人均地区生产总值", per="2017",
          target=True),
        Q("15亿元", num("15亿"), "元", "全部工业增加值", "level", ind="工业增加值", per="2017", target=True),
        Q("3.5%", 3.5, "%", "全部工业增加值同比增长", "growth", ind="工业增加值", per="2017", target=True),
        Q("7%", 7, "%", "规模以上工业增加值增速", "growth", ind=IVA, per="2017", target=True),
        Q("45亿元", num("45亿"), "元", "全社会固定资产投资", "level", ind=FAI, per="2017", target=True),
        O("第一", "rank (全州第一)"),
        Q("1.2亿元", num("1.2亿"), "元", "财政一般预算收入", "level", ind=GBR, per="2017", target=True,
          note="财政一般预算: the older name of 一般公共预算收入 (as the earlier sets')"),
        Q("9%", 9, "%", "财政一般预算收入同比增长", "growth", ind=GBR, per="2017", target=True),
        Q("507万人次", num("507万"), "人次", "接待游客", "level", q="more_than", ind="接待游客", per="2017",
          target=True, note="突破: more than"),
        Q("34.73亿元", num("34.73亿"), "元", "旅游总收入", "level", ind="旅游总收入", per="2017", target=True),
        Q("4.72亿元", num("4.72亿"), "元", "社会消费品零售总额", "level", ind=RET, per="2017", target=True),
        Q("10.6%", 10.6, "%", "社会消费品零售总额同比增长", "growth", ind=RET, per="2017", target=True),
        Q("11702元", 11702, "元", "农村居民人均可支配收入", "level", ind="农村居民人均可支配收入", per="2017",
          target=True),
    ],
)

# ---------------------------------------------------------------- 04 巴南区 (重庆), 中国网's story on the district's 前三季度 2021 figures
BN = "巴南区"
Q3 = "2021-01/2021-09"
PAGES["e77_04_banan_20211027.txt"] = dict(
    pubdate="2021-10-27",
    pubnote="the kept line `时间:2021-10-27 10:35:04` (中国网's 四川 channel)",
    area=BN, period=Q3,
    items=[
        D("前三季度", Q3, "period", note="the headline's 前三季度: this year's, by the page's date"),
        Q("10.1%", 10.1, "%", "GDP同比增长", "growth", ind=GDP),
        D("2021-10-27 10:35:04", "2021-10-27T10:35", "time", rel=False, note="the page's metadata line"),
        D("今年1—9月", Q3, "period"),
        Q("682.5亿元", num("682.5亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("10.1%", 10.1, "%", "地区生产总值同比增长", "growth", ind=GDP),
        Q("0.2个百分点", 0.2, "百分点", "GDP增速高于全市平均水平", "points", ind=GDP),
        O("第5位", "rank"),
        O("第11位", "rank"),
        D("前三季度", Q3, "period"),
        Q("17.7%", 17.7, "%", "规模工业增加值同比增长", "growth", ind=IVA,
          note="规模工业: 规模以上工业 (the 重庆/湖南 wording)"),
        Q("3.5个百分点", 3.5, "百分点", "规模工业增加值增速高于全市平均水平", "points", ind=IVA),
        Q("34%", 34, "%", "工业投资同比增长", "growth", ind="工业投资"),
        Q("21.7个百分点", 21.7, "百分点", "工业投资增速高于全市平均水平", "points", ind="工业投资"),
        Q("33.2%", 33.2, "%", "规上服务业营业收入同比增长", "growth"),
        Q("8.2个百分点", 8.2, "百分点", "规上服务业营业收入增速高于全市平均水平", "points"),
        Q("7.3%", 7.3, "%", "农林牧渔业增加值同比增长", "growth",
          note="农林牧渔业增加值 (with its services): no catalogue indicator"),
        O("第1位", "rank"),
    ],
)
