"""Annotations of pages 07-08 (内乡县's and 海丰县's congress-opening stories), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q

PAGES = {}

# ---------------------------------------------------------------- 07 内乡县 (河南 南阳市), the county site's story on its congress (2024-03-08)
NX = "内乡县"
NX_DAY = "2024-03-08"
PAGES["e50_07_neixiang_20240308.txt"] = dict(
    pubdate=NX_DAY,
    pubnote="the metadata line `内乡县人民政府门户网站 … 2024-03-08 17:38:52 来源:内乡县政府网站` (kept) and the address "
            "2024/0308 (www.neixiangxian.gov.cn)",
    area=NX, period=NX_DAY,
    items=[
        O("第十六届", "congress term (title)"),
        O("第四次", "session (title)"),
        D("2024-03-08 17:38:52", "2024-03-08T17:38", "time", rel=False,
          note="page metadata line (minute resolution, as eval49's)"),
        D("3月8日上午", NX_DAY, "day", note="the session's day (as eval49's 1月12日上午)"),
        O("第十六届", "congress term"),
        O("第四次", "session"),
        Q("十面", 10, "面", "主席台两侧红旗", "level", borderline=True,
          note="a count of the hall's flags, a real number that is not an indicator"),
        Q("262名", 262, "名", "应到代表", "level", note="delegates of the session (as eval49's)"),
        Q("236名", 236, "名", "出席代表", "level"),
        D("上午9时", "2024-03-08T09:00", "time", note="the session's opening hour"),
        Q("三大部分", 3, "部分", "政府工作报告的部分", "level", borderline=True,
          note="the report's parts (as eval28's 三大部分), not an indicator"),
        O("一是", "list marker"),
        D("2023年", "2023", "year", rel=False, note="part name (2023年工作回顾)"),
        O("二是", "list marker"),
        D("2024年", "2024", "year", rel=False, note="part name"),
        O("三是", "list marker"),
        D("2024年", "2024", "year", rel=False, note="part name"),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        O("二十届二中全会", "party plenum"),
    ],
)

# ---------------------------------------------------------------- 08 海丰县 (广东 汕尾市), the county TV's report on its congress (2024-03-20), on a forum
HF = "海丰县"
HF_DAY = "2024-03-20"
PAGES["e50_08_haifeng_20240320.txt"] = dict(
    pubdate=HF_DAY,
    pubnote="the dateline `3月20日,海丰县第十六届人民代表大会第四次会议…开幕` with the text's `2024年,是中华人民共和国成立75周年` "
            "and `今天上午`: 2024-03-20 (fang.swsm.net, a forum thread whose address carries no date)",
    area=HF, period=HF_DAY,
    items=[
        D("3月20日", HF_DAY, "day", note="dateline; the year from the text (2024年,…成立75周年)"),
        O("第十六届", "congress term"),
        O("第四次", "session"),
        D("今天上午", HF_DAY, "day", note="the dateline's day (README: 今天上午 in that article)"),
        O("第十六届", "congress term"),
        O("第四次", "session"),
        D("2024年", "2024", "year", rel=False),
        O("75周年", "anniversary (成立75周年), as eval43's"),
        C("十四五", "fixed term (the 14th five-year plan)"),
        C("百千万", "numeric slogan (奋战“百千万”: 百县千镇万村 high-quality development project)"),
        C("百强县", "size class"),
        D("上午9时", "2024-03-20T09:00", "time", note="the session's opening hour"),
        Q("303名", 303, "名", "应到代表", "level", note="delegates of the session (as eval49's)"),
        Q("273名", 273, "名", "实到代表", "level"),
        D("现在", HF_DAY, "now", note="a work report's opening: the day it is delivered (the session's day)"),
        D("2023年", "2023", "year", rel=False),
        D("2024年", "2024", "year", rel=False),
        D("2023年", "2023", "year", rel=False),
        O("二十大", "party congress"),
        Q("三年", 3, "年", "新冠疫情防控的年数", "level", borderline=True, per="2020/2022",
          note="三年新冠疫情防控: a duration naming a past period, arguably not an indicator (as in eval4 and eval5)"),
        D("一年来", "2023", "year", note="in a work report 一年来 is the reviewed year (as eval47's and eval49's)"),
        C("1310", "numeric slogan (省委“1310”具体部署), as eval42's"),
        C("三六九", "numeric slogan (党建引领“三六九”工程), as eval49's"),
        C("百千万", "numeric slogan"),
        C("百强县", "size class"),
        Q("三大方面", 3, "方面", "报告回顾的方面", "level", borderline=True,
          note="the report's headings (as eval9's 五个方面), not an indicator"),
        O("一、", "list marker"),
    ],
)
