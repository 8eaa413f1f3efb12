"""Annotations of pages 05-08 (临沭县's report on deputies' suggestions, 安乡县's 百日攻坚 story, 中方县's signing story,
宿豫区's story on 江苏经济报's page), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

# ---------------------------------------------------------------- 05 临沭县 (山东 临沂市), the county farm bureau's report on the deputies' suggestions it handled in 2023
LS = "临沭县"
LS_DAY = "2023-12-05"
PAGES["e81_05_linshu_20231205.txt"] = dict(
    pubdate=LS_DAY,
    pubnote="the kept metadata line `发布日期: 2023-12-05` (linshu.gov.cn, 临沭县人民政府's site; 发布机构 临沭县农业农村局)",
    area=LS, period="2023",
    items=[
        O("十八届人大二次", "congress term and session as one span (as eval50's 十七届人大五次)"),
        D("2023-12-05", LS_DAY, "day", rel=False, note="the page's metadata line (发布日期)"),
        D("今年", "2023", "year"),
        Q("22件", 22, "件", "农业农村局接到的人大建议", "level"),
        Q("9件", 9, "件", "主办的人大建议", "level"),
        Q("2件", 2, "件", "办理的人大建议", "level"),
        Q("10件", 10, "件", "分办的人大建议", "level"),
        Q("1件", 1, "件", "协办的人大建议", "level"),
        D("目前", LS_DAY, "now", note="the page's date"),
        Q("22条", 22, "条", "承办并办结的建议", "level", per=LS_DAY, note="目前: as of the page's date"),
        O("一、", "list marker"),
        D("今年", "2023", "year"),
        Q("22件", 22, "件", "接到的人大建议", "level"),
        O("(一)", "list marker"),
        O("第4号", "suggestion number (人大建议第4号)"),
        O("第23号", "suggestion number"),
        O("第24号", "suggestion number"),
        C("三零一美", "numeric slogan inside a suggestion's title (“三零一美”农村循环生态新模式)"),
        O("第27号", "suggestion number"),
        O("第31号", "suggestion number"),
        O("第48号", "suggestion number"),
        C("一户一块田", "numeric slogan inside a suggestion's title (试点“一户一块田”)"),
        O("第77号", "suggestion number"),
    ],
)

# ---------------------------------------------------------------- 06 安乡县 (湖南 常德市), 红网's 安乡站 story on the county's 百日攻坚 investment drive
AX = "安乡县"
AX_DAY = "2020-05-15"
DRIVE = "2020-03-18/2020-06-26"
APR = "2020-04"
TGT = "力争 for the drive's 100 days (3月18日至6月26日), not over on 2020-05-15: a target"
PAGES["e81_06_anxiang_20200515.txt"] = dict(
    pubdate=AX_DAY,
    pubnote="the kept line `来源:红网 作者:杨文 张寒 编辑:文建美 2020-05-15 15:38:36`, the dateline `红网时刻5月15日讯` "
            "and the address content/2020/05/15 (hn.rednet.cn, 红网's 湖南 channel; 安乡站)",
    area=AX, period=AX_DAY,
    items=[
        C("百日攻坚", "named campaign (招商引资“百日攻坚”, a hundred days' drive), in the headline"),
        D("2020-05-15 15:38:36", "2020-05-15T15:38", "time", rel=False, note="the page's metadata line"),
        D("5月15日", AX_DAY, "day", note="the dateline (红网时刻5月15日讯)"),
        D("目前", AX_DAY, "now", note="the story's day"),
        D("3月18日至6月26日", DRIVE, "range", note="the drive's hundred days; the year from the story"),
        Q("100天", 100, "天", "百日攻坚的时长", "level", borderline=True, per=DRIVE,
          note="the drive's length (这100天), arguably not an indicator"),
        Q("50个以上", 50, "个", "新签约项目", "level", q="at_least", per=DRIVE, target=True, note=TGT),
        C("亿元以上", "size class (亿元以上项目)"),
        Q("15个以上", 15, "个", "亿元以上新签约项目", "level", q="at_least", per=DRIVE, target=True, note=TGT),
        C("亿元以上", "size class (亿元以上工业项目)"),
        Q("11个以上", 11, "个", "亿元以上新签约工业项目", "level", q="at_least", per=DRIVE, target=True, note=TGT),
        Q("80%以上", 80, "%", "项目开工率", "share", q="at_least", per=DRIVE, target=True, note=TGT),
        Q("60%以上", 60, "%", "项目投产率", "share", q="at_least", per=DRIVE, target=True, note=TGT),
        D("截至4月底", APR, "period", note="as the earlier sets' 截至7月底"),
        Q("6个", 6, "个", "新签约工业项目", "level", per=APR, note="截至4月底: as of the end of April"),
        Q("4.66亿元", num("4.66亿"), "元", "合同签约总投资额", "level", per=APR),
        C("亿元以上", "size class (亿元以上工业项目)"),
        Q("4个", 4, "个", "亿元以上工业项目", "level", per=APR),
        C("亿元以下", "size class (亿元以下工业项目)"),
        Q("2个", 2, "个", "亿元以下工业项目", "level", per=APR),
        C("百日攻坚", "named campaign"),
    ],
)

# ---------------------------------------------------------------- 07 中方县 (湖南 怀化市), 香港商报's story (in traditional characters) on the county's signing ceremony of 2024-09-06
ZF = "懷化市中方縣"
ZF_DAY = "2024-09-07"
EVENT = "2024-09-06"
AUG = "2024-01/2024-08"
PAGES["e81_07_zhongfang_20240907.txt"] = dict(
    pubdate=ZF_DAY,
    pubnote="the address content/2024/09/07 (tp.hkcd.com, 香港商报's site); the stored copy keeps no title or date line",
    area=ZF, period=ZF_DAY,
    items=[
        D("9月6日", EVENT, "day", note="the festival's and the ceremony's day; the year from the page's address"),
        C("2024", "year inside an event's name (2024湖南省(秋季)鄉村文化旅遊節)"),
        C("2024年", "year inside an event's name (2024年湖南省(秋季)村晚示範展示活動)"),
        Q("130餘名", 130, "名", "企業家代表", "level", q="more_than", per=EVENT,
          note="餘 (traditional 余): more than; the ceremony's day leads the paragraph"),
        Q("20個", 20, "個", "現場簽約項目", "level", per=ZF_DAY,
          note="會上 has no date of its own and 9月6日 leads only the paragraph before: the article's date, by "
               "OBSERVATIONS' reach rule — an annotator's doubt (the ceremony was 2024-09-06)"),
        Q("超50億元", num("50亿"), "元", "簽約總金額", "level", q="more_than", per=ZF_DAY,
          note="超: more than; 億 is 亿 (its period as 20個's)"),
        D("今年以來", "2024", "period", note="as the earlier sets' 今年以来: the year"),
        C("5+N", "industry-chain code (「5+N」產業鏈)"),
        Q("46個", 46, "個", "包裝的招商項目", "level", per="2024"),
        Q("126億元", num("126亿"), "元", "招商項目總投資", "level", per="2024"),
        D("1-8月", AUG, "period"),
        Q("26個", 26, "個", "新簽約產業鏈項目", "level", per=AUG),
        Q("超71.37億元", num("71.37亿"), "元", "新簽約產業鏈項目總投資", "level", q="more_than", per=AUG),
        C("2億元以上", "size class (2億元以上重大項目)"),
        Q("13個", 13, "個", "2億元以上重大項目", "level", per=AUG),
        C("10億元以上", "size class (10億元以上重大項目)"),
        Q("3個", 3, "個", "10億元以上重大項目", "level", per=AUG),
        C("三類500強", "size class (三類500強 companies' projects), as the earlier sets' 三类500强"),
        Q("4個", 4, "個", "三類500強項目", "level", per=AUG),
        C("四城兩區", "numeric slogan (奮力建設「四城兩區」)"),
    ],
)

# ---------------------------------------------------------------- 08 宿豫区 (江苏 宿迁市), 江苏经济报's story on the district's suggestions and proposals (a sharing site's text of the page)
SY = "宿豫区"
SY_DAY = "2019-04-25"
PAGES["e81_08_suyu_20190425.txt"] = dict(
    pubdate=SY_DAY,
    pubnote="the paper's page header (`…2019年4月25日 星期四 己亥年三月廿一 …江苏经济报`, dropped as page furniture) on the "
            "sharing site's text (wanglu.net); the site's own post line (`2019-02-01`) is not the paper's date",
    area=SY, period=SY_DAY,
    items=[
        D("4 月", "2019-04", "month", note="4 月的宿豫 (a space before 月 as stored): the story's month"),
        D("4月20日清晨", "2019-04-20", "day", note="the year from the page's date"),
        D("近年来", None, "vague"),
        D("每年年初", None, "vague", note="every year's start: no one date (as eval's 每年的3月份)"),
        C("325", "road number (省道325), its line broken in the stored copy"),
        C("324", "road number (省道324)"),
        C("10", "numeral inside a zone's name (双10共进核心区), its line broken in the stored copy"),
        Q("110 家", 110, "家", "规模以上农产品加工流通企业", "level",
          note="a stock with no time of its own: the page's date; a space before 家 as stored"),
        Q("1 个", 1, "个", "新创成的国家地理标志产品", "level", note="no time of its own: the page's date"),
        Q("3 个", 3, "个", "累计国家地理标志产品", "level"),
        C("农三品", "fixed term (三品: certified farm products), as the earlier sets' 三品一标"),
        Q("50个", 50, "个", "新认证的农三品", "level"),
        Q("302个", 302, "个", "累计认证的农三品", "level"),
        Q("14个", 14, "个", "国字号基地、企业、品牌", "level"),
    ],
)
