"""Annotations of the eight pages, in document order, by reading only (before any extractor was run on them)."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
VA = "规模以上工业增加值"
GBR = "一般公共预算收入"
GBE = "一般公共预算支出"
PAGES = {}

# ---------------------------------------------------------------- 01 长沙县 (湖南 长沙市), an aggregator's copy of a story on the county's 上半年 2016 figures
CS = "长沙县"
CS_H1 = "2016-01/2016-06"
PAGES["e85_01_changshaxian_20160726.txt"] = dict(
    pubdate="2016-07-26",
    pubnote="the kept line `26.07.2016  13:37` (changsha.baogaosu.com, a news aggregator's copy)",
    area=CS, period=CS_H1,
    items=[
        O("第一", "rank (稳居全省县域第一)"),
        D("上半年", CS_H1, "period", note="in the headline"),
        Q("10.3%", 10.3, "%", "地区生产总值同比增长", "growth", ind=GDP),
        D("26.07.2016  13:37", "2016-07-26T13:37", "time", rel=False, note="page metadata line"),
        D("日前", None, "vague"),
        D("上半年", CS_H1, "period", note="上半年“成绩单”"),
        D("今年1至6月", CS_H1, "period"),
        Q("536.4亿元", num("536.4亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("10.3%", 10.3, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一", "rank (稳居全省县域第一)"),
        D("1至6月", CS_H1, "period"),
        Q("1108.8亿元", num("1108.8亿"), "元", "规模工业产值", "level", ind="规模以上工业总产值"),
        Q("12%", 12, "%", "规模工业产值增长", "growth", ind="规模以上工业总产值"),
        C("双创", "fixed term (“双创”示范基地)"),
        D("上半年", CS_H1, "period"),
        Q("11.6%", 11.6, "%", "服务业增加值增长", "growth", ind="第三产业增加值",
          note="服务业增加值: 第三产业增加值 (as the earlier sets')"),
        O("第一", "industry ordinal (第一、第二产业)"),
        O("第二产业", "industry ordinal"),
        D("1至6月", CS_H1, "period"),
        Q("117.19亿元", num("117.19亿"), "元", "财政总收入", "level",
          note="total fiscal revenue, not the catalogue's 一般公共预算收入 (as the earlier sets')"),
        Q("10.4%", 10.4, "%", "财政总收入同口径增长", "growth"),
        Q("87.96亿元", num("87.96亿"), "元", "地方财政收入", "level", ind=GBR),
        Q("18.55%", 18.55, "%", "地方财政收入同口径增长", "growth", ind=GBR),
        D("上半年", CS_H1, "period"),
        Q("61.12亿元", num("61.12亿"), "元", "公共财政预算支出", "level", ind=GBE),
        Q("7.3亿元", num("7.3亿"), "元", "公共财政预算支出同比增加", "difference", ind=GBE),
    ],
)

# ---------------------------------------------------------------- 02 西山区 (云南 昆明市), the district farm bureau's reply to a deputy's suggestion
XS = "西山区"
XS_DAY = "2024-11-11"
PAGES["e85_02_xishan_20241111.txt"] = dict(
    pubdate=XS_DAY,
    pubnote="from the address (`/c/2024-11-11/`, www.kmxs.gov.cn, 西山区人民政府's site); the copy has no date line",
    area=XS, period=XS_DAY,
    items=[
        O("第十七届人大三次", "congress term and session as one span"),
        O("第173169号", "suggestion number"),
        O("一、", "list marker (section heading)"),
        O("二、", "list marker (section heading)"),
        D("今年", "2024", "year"),
        O("三、", "list marker (section heading)"),
    ],
)

# ---------------------------------------------------------------- 03 贵州省, the province's 2022 statistics bulletin: title, opening and `一、综合`
GZ = "贵州省"
GZ_END = "2022-12"
PAGES["e85_03_guizhou_20230517.txt"] = dict(
    pubdate="2023-05-17",
    pubnote="the bulletin's release date `(2023年5月17日)` under its title (wangkanglawyer.com, a site reposting it; "
            "the copy has no date of its own)",
    area=GZ, period="2022",
    items=[
        C("2022年", "year inside the bulletin's title"),
        D("2023年5月17日", "2023-05-17", "day", rel=False, note="the bulletin's release date under its title"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        C("四新", "fixed term (“四新”)"),
        C("四化", "fixed term (“四化”)"),
        C("四区一高地", "numeric slogan (“四区一高地”)"),
        O("一、", "list marker (section heading)"),
        D("全年", "2022", "year"),
        Q("20164.58亿元", num("20164.58亿"), "元", "地区生产总值", "level", ind=GDP),
        D("上年", "2021", "year"),
        Q("1.2%", 1.2, "%", "地区生产总值比上年增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("2861.18亿元", num("2861.18亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("3.6%", 3.6, "%", "第一产业增加值增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("7113.03亿元", num("7113.03亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("0.5%", 0.5, "%", "第二产业增加值增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("10190.37亿元", num("10190.37亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("1.0%", 1.0, "%", "第三产业增加值增长", "growth", ind="第三产业增加值"),
        O("第一产业", "industry ordinal"),
        Q("14.2%", 14.2, "%", "第一产业增加值占地区生产总值比重", "share"),
        D("上年", "2021", "year"),
        Q("0.2个百分点", 0.2, "百分点", "第一产业增加值比重比上年提高", "points"),
        O("第二产业", "industry ordinal"),
        Q("35.3%", 35.3, "%", "第二产业增加值占地区生产总值比重", "share"),
        D("上年", "2021", "year"),
        Q("0.1个百分点", 0.1, "百分点", "第二产业增加值比重比上年提高", "points"),
        O("第三产业", "industry ordinal"),
        Q("50.5%", 50.5, "%", "第三产业增加值占地区生产总值比重", "share"),
        D("上年", "2021", "year"),
        Q("0.3个百分点", 0.3, "百分点", "第三产业增加值比重比上年下降", "points", change="decrease"),
        Q("52321元", 52321, "元", "人均地区生产总值", "level", ind="人均地区生产总值"),
        D("上年", "2021", "year"),
        Q("1.2%", 1.2, "%", "人均地区生产总值比上年增长", "growth", ind="人均地区生产总值"),
        Q("103797元/人", 103797, "元/人", "全员劳动生产率", "level"),
        D("上年", "2021", "year"),
        Q("1.6%", 1.6, "%", "全员劳动生产率比上年提高", "growth"),
        D("年末", GZ_END, "period"),
        Q("3856万人", num("3856万"), "人", "年末常住人口", "level", ind="常住人口", per=GZ_END),
        D("上年末", "2021-12", "period"),
        Q("4万人", num("4万"), "人", "常住人口比上年末增加", "difference", ind="常住人口", per=GZ_END),
        Q("2114万人", num("2114万"), "人", "年末城镇常住人口", "level", per=GZ_END),
        D("年末", GZ_END, "period"),
        Q("54.81%", 54.81, "%", "常住人口城镇化率", "share", per=GZ_END,
          note="城镇常住人口占年末常住人口的比重"),
        D("上年末", "2021-12", "period"),
        Q("0.48个百分点", 0.48, "百分点", "常住人口城镇化率比上年末提高", "points", per=GZ_END),
        D("全年", "2022", "year"),
        Q("42.5万人", num("42.5万"), "人", "出生人口", "level"),
        Q("11.03‰", 11.03, "‰", "人口出生率", "level"),
        Q("28.2万人", num("28.2万"), "人", "死亡人口", "level"),
        Q("7.32‰", 7.32, "‰", "人口死亡率", "level"),
        Q("3.71‰", 3.71, "‰", "人口自然增长率", "level"),
    ],
)

# ---------------------------------------------------------------- 04 沈阳市 (辽宁), 新浪's copy of 沈阳日报's first 上半年 2006 review story
SY = "沈阳市"
SY_H1 = "2006-01/2006-06"
SY_DAY = "2006-07-22"
KP = "康平县"
PAGES["e85_04_shenyang_20060722.txt"] = dict(
    pubdate=SY_DAY,
    pubnote="the kept line `2006年07月22日10:16 沈阳网-沈阳日报` (news.sina.com.cn's copy; the address's 2006-07-22)",
    area=SY, period=SY_H1,
    items=[
        C("上半年", "period inside the series' name (“盘点上半年”综述)"),
        O("之一", "series number (综述之一)"),
        D("2006年07月22日10:16", "2006-07-22T10:16", "time", rel=False, note="page metadata line"),
        D("近日", None, "vague"),
        C("上半年", "period inside the report's title (《上半年全市国民经济运行形势报告》)"),
        D("今年上半年", SY_H1, "period"),
        Q("1190.1亿元", num("1190.1亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("15.7%", 15.7, "%", "地区生产总值同比增长", "growth", ind=GDP),
        D("上年同期", "2005-01/2005-06", "period"),
        Q("0.2个百分点", 0.2, "百分点", "地区生产总值增速比上年同期快", "points", ind=GDP),
        D("年初", "2006-01", "period", note="the start of the year (年初确定的目标), as the earlier sets' 年初"),
        C("两个不低于", "numeric slogan (“两个不低于”目标)"),
        D("上半年", SY_H1, "period"),
        D("下半年", "2006-07/2006-12", "period"),
        D("全年", "2006", "year"),
        C("两个不低于", "numeric slogan"),
        D("今天", SY_DAY, "day"),
        C("上半年", "period inside the series' name (“盘点上半年”系列综述)"),
        D("7月21日", "2006-07-21", "day"),
        D("今年上半年", SY_H1, "period"),
        C("超10亿元", "size class (超10亿元大项目)"),
        Q("12亿元", num("12亿"), "元", "沈阳天明酒精项目计划投资", "level", per=SY_H1, target=True,
          note="计划投资: the project's planned investment, not yet made (2亿元 in place); 今年上半年 in its sentence "
               "governs it (the reach rule; fixed after seeing the first run's output)"),
        D("目前", SY_DAY, "now"),
        Q("2亿元", num("2亿"), "元", "沈阳天明酒精项目已到位资金", "level", per=SY_DAY),
        D("今年10月", "2006-10", "month"),
        Q("10万吨", num("10万"), "吨", "沈阳天明酒精项目预计年产酒精", "level", per="2006-10", target=True,
          note="预计 about a project not yet producing: a forecast; 今年10月 (its start of production) in its sentence "
               "governs it (the reach rule; fixed after seeing the first run's output)"),
        Q("5亿元", num("5亿"), "元", "沈阳天明酒精项目预计产值", "level", per="2006-10", target=True),
        Q("6000万元", num("6000万"), "元", "沈阳天明酒精项目预计利润", "level", per="2006-10", target=True),
        Q("1万户", num("1万"), "户", "沈阳天明酒精项目可带动农户", "level", per="2006-10", target=True),
        Q("两县", 2, "县", "康平、法库两县", "level", per=SY_DAY, borderline=True),
        D("今年5月26日", "2006-05-26", "day"),
        Q("12亿元", num("12亿"), "元", "大强煤矿总投资", "level", area=KP, per="2006-05-26",
          note="总投资 of a project: level, not a target (as the earlier sets'); the mine is 康平's; 今年5月26日 leads "
               "its sentence (the reach rule; fixed after seeing the first run's output)"),
        Q("3.29亿吨", num("3.29亿"), "吨", "大强煤矿煤田储量", "level", area=KP, per=SY_DAY),
        Q("300万吨", num("300万"), "吨", "大强煤矿可年产原煤", "level", area=KP, per=SY_DAY, target=True,
          note="a mine only just approved: its planned yearly output"),
    ],
)

# ---------------------------------------------------------------- 05 河南省, 中国日报网's story on the province's 上半年 2023 press conference
HN = "河南省"
HN_H1 = "2023-01/2023-06"
PAGES["e85_05_henan_20230801.txt"] = dict(
    pubdate="2023-08-01",
    pubnote="the kept line `2023-08-01 17:51` under `来源: 中国日报网` (hen.chinadaily.com.cn; the address's 202308/01)",
    area=HN, period=HN_H1,
    items=[
        D("上半年", HN_H1, "period", note="in the headline"),
        D("2023-08-01 17:51", "2023-08-01T17:51", "time", rel=False, note="page metadata line"),
        D("7月31日", "2023-07-31", "day"),
        D("上半年", HN_H1, "period"),
        D("下半年", "2023-07/2023-12", "period"),
        O("二级", "civil-service grade (二级巡视员)"),
        D("今年以来", "2023", "period", note="as the earlier sets' 今年以来: the year"),
        C("两个确保", "numeric slogan (“两个确保”)"),
        C("十大战略", "numeric slogan (“十大战略”)"),
        D("上半年", HN_H1, "period"),
        Q("6方面", 6, "方面", "重点抓实的工作方面", "level", borderline=True),
        D("上半年", HN_H1, "period"),
        Q("3.13万亿元", num("3.13万亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("3.8%", 3.8, "%", "地区生产总值同比增长", "growth", ind=GDP),
        C("10亿元及以上", "size class (10亿元及以上在建项目)"),
        Q("24.8%", 24.8, "%", "10亿元及以上在建项目年度投资同比增长", "growth"),
        Q("107.4万户", num("107.4万"), "户", "新设经营主体", "level",
          note="new registrations of the half-year (a flow), not the stock 市场主体 (as the earlier sets')"),
        Q("38.6%", 38.6, "%", "新设经营主体同比增长", "growth"),
        Q("9.7%", 9.7, "%", "规上工业战略性新兴产业增加值同比增长", "growth"),
        Q("9.4%", 9.4, "%", "高技术制造业增加值同比增长", "growth"),
        Q("7.4%", 7.4, "%", "实际到位省外资金同比增长", "growth"),
        D("上半年", HN_H1, "period"),
        Q("4070.3亿元", num("4070.3亿"), "元", "财政总收入", "level",
          note="total fiscal revenue, not the catalogue's 一般公共预算收入"),
        Q("23.9%", 23.9, "%", "财政总收入增长", "growth"),
        Q("2662.2亿元", num("2662.2亿"), "元", "一般公共预算收入", "level", ind=GBR),
        Q("12.7%", 12.7, "%", "一般公共预算收入增长", "growth", ind=GBR),
        Q("1645.8亿元", num("1645.8亿"), "元", "地方税收收入", "level", ind="税收收入"),
        Q("19.8%", 19.8, "%", "地方税收收入增长", "growth", ind="税收收入"),
        Q("61.8%", 61.8, "%", "税收占一般公共预算收入比重", "share"),
        Q("3.7个百分点", 3.7, "百分点", "税收占比同比提高", "points"),
        Q("5812.6亿元", num("5812.6亿"), "元", "一般公共预算支出", "level", ind=GBE),
        Q("1.4%", 1.4, "%", "一般公共预算支出增长", "growth", ind=GBE),
        Q("5.2个百分点", 5.2, "百分点", "一般公共预算支出增速同比提高", "points", ind=GBE),
        Q("55.6%", 55.6, "%", "一般公共预算支出进度", "share"),
    ],
)

# ---------------------------------------------------------------- 06 宣州区 (安徽 宣城市), the district statistics bureau's 1-4月份 2023 release
XZ = "宣州区"
XZ_P = "2023-01/2023-04"
PAGES["e85_06_xuanzhou_20230525.txt"] = dict(
    pubdate="2023-05-25",
    pubnote="the kept line `发布时间:2023-05-25 16:01` (thebolducs.com, a copy of 宣州区人民政府's open-government page)",
    area=XZ, period=XZ_P,
    items=[
        C("1-4月份", "period inside the release's title (1-4月份宣州区经济运行情况)"),
        D("2023-05-25 16:01", "2023-05-25T16:01", "time", rel=False, note="the page's date line (发布时间)"),
        D("1-4月份", XZ_P, "period"),
        C("三个年", "numeric slogan (“三个年”活动)"),
        O("一、", "list marker (section heading)"),
        D("1-4月份", XZ_P, "period"),
        Q("3.6%", 3.6, "%", "规模以上工业增加值同比增长", "growth", ind=VA),
        Q("2.5个百分点", 2.5, "百分点", "规上工业增加值增速低于全市", "points", ind=VA, change="decrease"),
        O("第6位", "rank (居全市第6位)"),
        Q("39.4%", 39.4, "%", "高技术工业增加值同比增长", "growth"),
        Q("32个百分点", 32, "百分点", "高技术工业增加值增速高于全市", "points"),
        O("第1位", "rank (居全市第1位)"),
        Q("4.2%", 4.2, "%", "战略性新兴产业产值同比增长", "growth", ind="战略性新兴产业产值"),
        Q("4个百分点", 4, "百分点", "战略性新兴产业产值增速高于全市", "points", ind="战略性新兴产业产值"),
        O("第2位", "rank (居全市第2位)"),
        C("三大", "named set (三大门类)"),
        Q("41.7%", 41.7, "%", "采矿业增加值下降", "growth", change="decrease"),
        Q("7.6%", 7.6, "%", "制造业增加值增长", "growth"),
        Q("39.2%", 39.2, "%", "装备制造业增加值增长", "growth"),
        Q("9.5%", 9.5, "%", "电力·热力·燃气及水生产和供应业增加值增长", "growth"),
        Q("31个", 31, "个", "规上工业大类行业", "level"),
        Q("16个", 16, "个", "实现正增长的大类行业", "level"),
        Q("15个", 15, "个", "增速超过全区水平的行业", "level"),
        Q("215.4%", 215.4, "%", "四个行业对规上工业增加值增长的合计贡献率", "share"),
        Q("7.8个百分点", 7.8, "百分点", "四个行业累计拉动规上工业增加值增长", "points"),
    ],
)

# ---------------------------------------------------------------- 07 谯城区 (安徽 亳州市), the district's press release on its 一季度 2025 economy
QC = "谯城区"
QC_Q1 = "2025-01/2025-03"
QC_MEET = "2025-05-27"
PAGES["e85_07_qiaocheng_20250519.txt"] = dict(
    pubdate="2025-05-19",
    pubnote="the kept line `发布时间:2025-05-19 10:42` (bzqc.gov.cn, 谯城区人民政府's site); the release's own `时间:2025年5月27日下午` "
            "falls after it, as the page gives it",
    area=QC, period=QC_Q1,
    items=[
        C("2025年", "year inside the press conference's name"),
        C("一季度", "period inside the press conference's name (as eval58's 宁夏 上半年 after its fix)"),
        D("2025-05-19 10:42", "2025-05-19T10:42", "time", rel=False, note="the page's date line (发布时间)"),
        D("2025年5月27日下午", QC_MEET, "day", rel=False, note="the conference's time line, as the page gives it"),
        O("二楼", "floor"),
        D("今天", QC_MEET, "day", note="the conference's day, from its time line"),
        D("2025年第一季度", QC_Q1, "period", rel=False),
        D("一季度以来", QC_Q1, "period", note="since the quarter began: the quarter"),
        Q("23项", 23, "项", "市核定反馈的主要经济指标", "level", borderline=True),
        Q("8项", 8, "项", "增速位居三县一区前两位的指标", "level", borderline=True),
        C("三县一区", "fixed term (亳州市's 三县一区)"),
        O("前两位", "rank"),
        Q("5项", 5, "项", "增速位居第一位的指标", "level", borderline=True),
        O("第一位", "rank"),
        D("一季度", QC_Q1, "period"),
        Q("155.4亿元", num("155.4亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("6.2%", 6.2, "%", "地区生产总值同比增长", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("11.2亿元", num("11.2亿"), "元", "第一产业增加值", "level", ind="第一产业增加值"),
        Q("4.2%", 4.2, "%", "第一产业增加值同比增长", "growth", ind="第一产业增加值"),
        O("第二产业", "industry ordinal"),
        Q("40.8亿元", num("40.8亿"), "元", "第二产业增加值", "level", ind="第二产业增加值"),
        Q("0.8%", 0.8, "%", "第二产业增加值同比增长", "growth", ind="第二产业增加值"),
        O("第三产业", "industry ordinal"),
        Q("103.4亿元", num("103.4亿"), "元", "第三产业增加值", "level", ind="第三产业增加值"),
        Q("8.6%", 8.6, "%", "第三产业增加值同比增长", "growth", ind="第三产业增加值"),
        O("一、", "list marker (section heading)"),
        Q("8.5%", 8.5, "%", "固定资产投资同比增长", "growth", ind="固定资产投资",
          note="no time phrase in the section: the release's 2025年第一季度 frames it"),
        Q("224.5%", 224.5, "%", "工业技术改造投资增长", "growth"),
        Q("18.5%", 18.5, "%", "建筑安装工程投资增长", "growth"),
        Q("49.0%", 49.0, "%", "制造业投资增长", "growth"),
        Q("16.6%", 16.6, "%", "工业投资增长", "growth", ind="工业投资"),
        Q("7.1亿元", num("7.1亿"), "元", "建筑业总产值", "level"),
        Q("8.8%", 8.8, "%", "建筑业总产值同比增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 08 马关县 (云南 文山州), the county education bureau's reply to a deputy's suggestion
MG = "马关县"
MG_DAY = "2015-05-07"
DL = "都龙镇"
PAGES["e85_08_maguan_20150507.txt"] = dict(
    pubdate=MG_DAY,
    pubnote="the reply's date `2015年5月7日` at its foot (ynmg.gov.cn, 马关县人民政府's site); the page gives no date of its "
            "own and the address none — **unsure**",
    area=MG, period=MG_DAY,
    items=[
        O("201号", "suggestion number (建议号)"),
        D("目前", MG_DAY, "now", note="in the suggestion as the page carries it: the page's date"),
        D("2015年2月9日", "2015-02-09", "day", rel=False, note="交办日期"),
        O("第十六届人大三次", "congress term and session as one span"),
        O("第201号", "suggestion number"),
        Q("6786平方米", 6786, "平方米", "都龙小学占地面积", "level", area=DL),
        Q("3974平方米", 3974, "平方米", "都龙小学校舍面积", "level", area=DL),
        Q("1111人", 1111, "人", "都龙小学学生", "level", area=DL),
        C("十三五", "fixed term (“十三五”)"),
        D("2015年5月7日", MG_DAY, "day", rel=False, note="the reply's date"),
        C("7122804", "contact details (telephone)"),
    ],
)
