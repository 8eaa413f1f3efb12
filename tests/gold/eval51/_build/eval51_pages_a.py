"""Annotations of pages 01-04 (汉阴县's release, 海盐县's and 永嘉县's replies, 隆回县's congress story), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

IND_VA = "规模以上工业增加值"
PAGES = {}

# ---------------------------------------------------------------- 01 汉阴县 (陕西 安康市), the county statistics bureau's note on 一季度 2019 industry
HY = "汉阴县"
HY_Q1 = "2019-01/2019-03"
PAGES["e51_01_hanyin_20190423.txt"] = dict(
    pubdate="2019-04-23",
    pubnote="the kept metadata rows `成文日期: | 2019年04月23日` and `公开日期: | 2019-04-23 08:42` (www.hanyin.gov.cn, "
            "汉阴县人民政府's site; 公开责任部门 汉阴县统计局)",
    area=HY, period=HY_Q1,
    items=[
        D("首季", HY_Q1, "period", note="the first quarter (首季“开门红”), as the earlier sets' 首季"),
        D("2019年04月23日", "2019-04-23", "day", rel=False, note="metadata row (成文日期)"),
        D("2019-04-23 08:42", "2019-04-23T08:42", "time", rel=False, note="metadata row (公开日期)"),
        D("今年以来", "2019", "period", note="as the earlier sets' 今年以来: the year"),
        D("一季度", HY_Q1, "period"),
        D("一季度", HY_Q1, "period"),
        Q("15.1%", 15.1, "%", "规模以上工业增加值增长", "growth", ind=IND_VA),
        Q("7.1个百分点", 7.1, "百分点", "规上工业增速高于全市平均水平", "points", ind=IND_VA,
          note="the county's rate above the city's average: the county's figure (as eval48's to eval50's gaps)"),
        D("一季度", HY_Q1, "period"),
        Q("18.7%", 18.7, "%", "农产品加工业产值增长", "growth"),
        Q("39.1%", 39.1, "%", "农产品加工业对规上工业产值增长贡献率", "share"),
        Q("7.5个百分点", 7.5, "百分点", "农产品加工业拉动规上工业产值增长", "points"),
        D("2018年", "2018", "year", rel=False),
        Q("14户", 14, "户", "2018年新增纳统企业", "level", per="2018",
          note="the enterprises added in 2018 (its year governs the count)"),
        D("1—3月", HY_Q1, "period"),
        Q("176.4%", 176.4, "%", "新增企业工业总产值增长", "growth"),
        Q("2.7个百分点", 2.7, "百分点", "新增企业拉动规上工业产值增长", "points"),
        Q("31.9%", 31.9, "%", "精制食用植物油产量增长", "growth"),
        Q("33.4%", 33.4, "%", "糖果产量增长", "growth"),
        Q("33.2%", 33.2, "%", "食醋产量增长", "growth"),
        Q("36.8%", 36.8, "%", "果酒产量增长", "growth"),
        Q("24.9%", 24.9, "%", "包装饮用水产量增长", "growth"),
        Q("48.9%", 48.9, "%", "果汁和蔬菜汁类饮料产量增长", "growth"),
        Q("21.1%", 21.1, "%", "精制茶产量增长", "growth"),
    ],
)

# ---------------------------------------------------------------- 02 海盐县 (浙江 嘉兴市), the county farm bureau's reply to proposal 第61号 of the county CPPCC
HYN = "海盐县"
HYN_DAY = "2024-06-27"
PAGES["e51_02_haiyan_20240627.txt"] = dict(
    pubdate=HYN_DAY,
    pubnote="the kept line `• 发布时间:2024-06-27 15:17` and the address art/2024/6/27 (www.haiyan.gov.cn, 海盐县人民政府's "
            "site; 海盐县农业农村局)",
    area=HYN, period=HYN_DAY,
    items=[
        O("十届三次", "CPPCC term and session as one span (as eval50's 十七届人大五次)"),
        O("第61号", "proposal number"),
        D("2024-06-27 15:17", "2024-06-27T15:17", "time", rel=False, note="page metadata line"),
        O("十届三次", "CPPCC term and session"),
        O("一、", "list marker"),
        D("近年来", None, "vague"),
        Q("三年", 3, "年", "农林牧渔业增加值增速全市领先的年数", "level", borderline=True, per="2021/2023",
          note="连续三年: a duration (as eval50's 连续两年), the three years before the reply's year"),
        Q("50647元", 50647, "元", "农村居民人均可支配收入", "level", ind="农村居民人均可支配收入",
          note="no year given: the page's date (as eval50's 永泰 figures); arguably 2023's — an annotator's doubt"),
        Q("1.55:1", 1.55, "", "城乡居民收入比", "share", values=[1.55, 1.0],
          note="ratio; value is the first part (as eval6's 2.02:1)"),
        O("二、", "list marker"),
        O("(一)", "list marker"),
        C("2023年", "year inside a document's title (《关于2023年建设宜居宜业和美乡村的若干政策意见》)"),
        D("今年", "2024", "year"),
        Q("一项", 1, "项", "政策意见", "level", borderline=True, per="2024",
          note="仅…一项: one document, a real count but not an indicator; 今年 leads the sentence (fixed after the first run)"),
        Q("63项", 63, "项", "符合奖补要求的申请事项", "level", per="2024",
          note="今年 leads the sentence and governs it (OBSERVATIONS, reach of a time phrase); fixed after the first run"),
        Q("181.56万元", num("181.56万"), "元", "拟兑现奖补金额", "level", per="2024",
          note="今年 governs the sentence (fixed after the first run)"),
        D("全年", "2024", "year", note="the year (全年计划), as the earlier sets' 全年; added after the first run"),
        Q("2200万元", num("2200万"), "元", "全年计划兑现奖补资金", "level", per="2024", target=True,
          note="全年计划 of a year not yet over: a target"),
    ],
)

# ---------------------------------------------------------------- 03 永嘉县 (浙江 温州市), the county farm bureau's reply to proposal 第215号 of the county CPPCC
YJ = "永嘉县"
YJ_DAY = "2024-10-09"
PAGES["e51_03_yongjia_20241009.txt"] = dict(
    pubdate=YJ_DAY,
    pubnote="the kept metadata line `成文日期 2024-10-09` and the address art/2024/10/9 (www.yj.gov.cn, 永嘉县人民政府's site; "
            "the letter itself is dated 2024年9月30日)",
    area=YJ, period=YJ_DAY,
    items=[
        D("2024-10-09", YJ_DAY, "day", rel=False, note="metadata line (成文日期)"),
        C("永农函〔2024〕66号", "document number"),
        O("十一届三次", "CPPCC term and session as one span"),
        O("第215号", "proposal number"),
        O("十一届政协三次", "CPPCC term and session as one span (as eval50's 十七届人大五次)"),
        O("一、", "list marker"),
        D("近几年以来", None, "vague"),
        D("目前", YJ_DAY, "now", note="the page's date (as eval50's 永泰 figures take the page's, not the letter's, date); "
          "added after the first run"),
        O("二、", "list marker"),
        D("2019年", "2019", "year", rel=False),
        O("三、", "list marker"),
        D("今年", "2024", "year"),
        C("67228017", "phone number"),
        D("2024年9月30日", "2024-09-30", "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 04 隆回县 (湖南 邵阳市), the county congress's story (2025-02-18)
LH = "隆回县"
LH_DAY = "2025-02-18"
PAGES["e51_04_longhui_20250218.txt"] = dict(
    pubdate=LH_DAY,
    pubnote="the dateline `2月18日上午,隆回县第十七届人民代表大会第五次会议…开幕` with the report's `2024年工作回顾`, `2025年…`: "
            "2025-02-18 (rd.longhui.gov.cn, 隆回县人大's site; its address's 202503 is the month it was posted, so the "
            "page's own day is not given: the session's day is used, as eval50's 海丰)",
    area=LH, period=LH_DAY,
    items=[
        D("2月18日上午", LH_DAY, "day", note="the session's day (as eval50's 3月8日上午)"),
        O("第十七届", "congress term"),
        O("第五次", "session"),
        Q("300多名", 300, "名", "县人大代表", "level", q="more_than"),
        Q("十面", 10, "面", "主席台两侧红旗", "level", borderline=True,
          note="a count of the hall's flags, a real number that is not an indicator (as eval50's)"),
        Q("389名", 389, "名", "应到代表", "level", note="delegates of the session (as eval49's and eval50's)"),
        Q("372名", 372, "名", "实到代表", "level"),
        O("十四届", "congress term (省十四届人大代表)"),
        D("上午8时30分", "2025-02-18T08:30", "time", note="the session's opening hour"),
        Q("三个部分", 3, "个", "政府工作报告的部分", "level", borderline=True,
          note="the report's parts (as eval50's 三大部分), not an indicator"),
        D("2024年", "2024", "year", rel=False, note="part name (2024年工作回顾)"),
        D("2025年", "2025", "year", rel=False, note="part name"),
    ],
)
