"""Annotations of pages 05-08 (国际在线's 宣汉县 congress story, 洞口县's reply, 凤县's and 大荔县's 2023 work reports), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
PAGES = {}

# ---------------------------------------------------------------- 05 宣汉县 (四川 达州市), 国际在线's story on the county congress's close (19th term, 4th session)
XH = "宣汉县"
XH_SESSION = "2024-03-27"
PAGES["e71_05_xuanhan_20240403.txt"] = dict(
    pubdate="2024-04-03",
    pubnote="the kept line `2024-04-03 12:10:16来源:中央广电总台国际在线…` and the address n/20240403 (sc.cri.cn)",
    area=XH, period="2023",
    items=[
        C("百强", "size class (“百强晋位”, a slogan) in the headline"),
        C("千亿", "numeric slogan (“冲刺千亿”) in the headline"),
        D("2024-04-03 12:10:16", "2024-04-03T12:10", "time", rel=False, note="the page's metadata line"),
        D("3月27日上午", XH_SESSION, "day", note="the session's close"),
        O("第十九届", "term number"),
        O("第四次", "session number"),
        C("两会", "fixed term (the county's 两会, its congress and CPPCC sessions)"),
        Q("一年", 1, "年", "代表履职时长", "level", borderline=True, per=XH_SESSION,
          note="带上一年的“履职行囊”: a duration"),
        C("百强", "size class (百强晋位, a slogan)"),
        C("千亿", "numeric slogan (冲刺千亿)"),
        C("两会", "fixed term (the county's 两会)"),
        Q("261件", 261, "件", "人大代表和政协委员提交的议案和提案", "level", q="exact", per=XH_SESSION,
          note="共计: exact; the session's count, its closing day"),
        D("过去一年", "2023", "year"),
        D("全年", "2023", "year"),
        Q("701.1亿元", num("701.1亿"), "元", "地区生产总值", "level", ind=GDP),
        Q("7.5%", 7.5, "%", "地区生产总值增长", "growth", ind=GDP),
        Q("43.03亿元", num("43.03亿"), "元", "地方一般公共预算收入", "level", ind=BUDGET),
        Q("22.8%", 22.8, "%", "地方一般公共预算收入增长", "growth", ind=BUDGET),
        O("第7位", "rank"),
        C("百强县", "size class"),
        O("第90位", "rank"),
        D("新的一年", "2024", "year"),
        D("2024年", "2024", "year", rel=False),
        C("千亿县", "size class"),
        D("今年", "2024", "year"),
        C("七个年", "numeric slogan (“七个年”行动)"),
        C("百强", "size class (百强晋位, a slogan)"),
        C("千亿", "numeric slogan (冲刺千亿)"),
    ],
)

# ---------------------------------------------------------------- 06 洞口县 (湖南 邵阳市), the county government's reply to suggestion 第077号 of the city congress
DK = "洞口县"
DK_DAY = "2016-06-06"
PAGES["e71_06_dongkou_20160606.txt"] = dict(
    pubdate=DK_DAY,
    pubnote="the reply's own date `2016年6月6日` at its foot (kept), with the address 201606 (cjhollenbach.com, a copy of "
            "洞口县人民政府's 建议提案 column)",
    area=DK, period=DK_DAY,
    items=[
        O("十五届人大四次", "term and session (as one span, as eval50's)"),
        O("第077号", "suggestion number"),
        C("[2016]洞政复函 3号", "document number"),
        O("十五届人大四次", "term and session (the title repeated)"),
        O("第077号", "suggestion number"),
        O("十五届四次", "term and session"),
        C("九龙坝", "place name with a numeral"),
        C("九龙坝", "place name with a numeral"),
        C("九岭村", "place name with a numeral"),
        D("2015年冬", "2015", "period", rel=False, note="the winter of 2015"),
        Q("5万元", num("5万"), "元", "九龙坝维修资金", "level", area="杨林乡", per="2015"),
        C("九龙坝", "place name with a numeral"),
        D("去年冬天", "2015", "period", note="the winter just named (2015年冬)"),
        C("九龙坝", "place name with a numeral"),
        D("今年", "2016", "year"),
        D("今年5月25日", "2016-05-25", "day"),
        C("九龙坝", "place name with a numeral"),
        C("九龙村", "place name with a numeral"),
        D("今年", "2016", "year"),
        Q("3公里", 3, "公里", "计划维修配套渠道", "level", area="杨林乡", per="2016", target=True,
          note="今年计划: a plan for 2016, the reply's year"),
        Q("3家", 3, "家", "筹资单位", "level", borderline=True, per="2016",
          note="the three bodies just named; 2016: 今年 leads their sentence (corrected after the first run, see FIRST_SIGHT.md)"),
        Q("三家", 3, "家", "筹资单位", "level", borderline=True, per="2016",
          note="2016: 今年 leads their sentence (corrected after the first run)"),
        D("目前", DK_DAY, "now"),
        D("2016年6月6日", DK_DAY, "day", rel=False, note="the reply's date at its foot"),
        C("0739—7222109", "phone number"),
    ],
)

# ---------------------------------------------------------------- 07 凤县 (陕西 宝鸡市), the county's 2023 government work report (18th congress, 2nd session): opening and the start of 2022年工作回顾
FX = "凤县"
FX_DAY = "2023-01-09"
FX_EST = ("预计全年 in a report delivered 2023-01-09 on 2022, a year that had ended: an early estimate of the outcome, "
          "not a target (README)")
PAGES["e71_07_fengxian_20230109.txt"] = dict(
    pubdate=FX_DAY,
    pubnote="the report's day in its title `(2023年1月9日)` and subtitle `2023年1月9日在凤县第十八届…会议上` (both kept) — "
            "unsure: the document site gives no date of its own, the session's day is used (as eval70's 虎林)",
    area=FX, period="2022",
    items=[
        D("2023年1月9日", FX_DAY, "day", rel=False, note="the report's day in the copy's title"),
        D("2023年1月9日", FX_DAY, "day", rel=False, note="the subtitle"),
        O("第十八届", "term number"),
        O("第二次", "session number"),
        D("现在", FX_DAY, "now", note="现在,我代表…: the report's day"),
        D("2022年", "2022", "year", rel=False, note="the part's heading (2022年工作回顾)"),
        D("2022年", "2022", "year", rel=False),
        O("十八届人大一次", "term and session (as one span)"),
        D("全年", "2022", "year"),
        Q("100.6亿元", num("100.6亿"), "元", "地区生产总值", "level", ind=GDP, note=FX_EST),
        Q("190.4亿元", num("190.4亿"), "元", "全社会固定资产投资", "level", ind=FAI, note=FX_EST),
        Q("10%", 10, "%", "全社会固定资产投资增长", "growth", ind=FAI),
        Q("34.34亿元", num("34.34亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("11%", 11, "%", "社会消费品零售总额增长", "growth", ind=RETAIL),
        Q("206.8亿元", num("206.8亿"), "元", "规模以上工业总产值", "level", ind="规模以上工业总产值"),
        Q("12.3%", 12.3, "%", "规模以上工业总产值增长", "growth", ind="规模以上工业总产值"),
        Q("2.32亿元", num("2.32亿"), "元", "地方财政收入", "level", ind=BUDGET),
        Q("7%", 7, "%", "地方财政收入增长", "growth", ind=BUDGET),
        Q("38305元", 38305, "元", "城镇居民人均可支配收入", "level", ind="城镇居民人均可支配收入",
          note="城乡…分别: the first is the urban figure"),
        Q("15716元", 15716, "元", "农村居民人均可支配收入", "level", ind="农村居民人均可支配收入"),
        Q("4.2%", 4.2, "%", "城镇居民人均可支配收入增长", "growth", ind="城镇居民人均可支配收入"),
        Q("6.4%", 6.4, "%", "农村居民人均可支配收入增长", "growth", ind="农村居民人均可支配收入"),
        D("一年来", "2022", "year", note="in a work report 一年来 is the reporting year"),
        C("三件大事", "numeric slogan"),
        C("十强县", "size class"),
        D("12月7日", "2022-12-07", "day"),
        Q("1例", 1, "例", "本土病例", "level", borderline=True, note="没有出现1例: not a single case"),
        Q("1次", 1, "次", "聚集性疫情", "level", borderline=True, note="没有出现1次: not once"),
        Q("1次", 1, "次", "静默封城管控措施", "level", borderline=True, note="没有采取1次: not once"),
        D("12月初", "2022-12", "period"),
        Q("30%", 30, "%", "财政补贴医药市场比例", "share", per="2022-12"),
        D("目前", FX_DAY, "now"),
        O("第一", "rank (人均社零全省第一)"),
        O("第八", "rank (人均地区生产总值全省第八)"),
        O("第七", "rank (制造业占比全省第七)"),
        Q("1138万美元", num("1138万"), "美元", "实际利用外资", "level", ind="实际使用外资"),
        O("第二", "rank (利用率居全市第二)"),
        Q("五年", 5, "年", "重返十强县相隔时长", "level", borderline=True, note="时隔五年: a duration"),
        C("十强县", "size class"),
        O("第八", "rank (位居全省第八)"),
        D("前三季度", "2022-01/2022-09", "period"),
        O("第三", "rank (高质量项目考核全省第三)"),
    ],
)

# ---------------------------------------------------------------- 08 大荔县 (陕西 渭南市), the county's 2023 government work report (19th congress, 2nd session): opening and the start of 2022年工作回顾
DL = "大荔县"
DL_DAY = "2023-01-17"
PAGES["e71_08_dali_20230117.txt"] = dict(
    pubdate=DL_DAY,
    pubnote="the subtitle `2023年1月17日在大荔县第十九届人民代表大会第二次会议上通过` (kept) — unsure: the document site gives "
            "no date of its own, the session's day is used (as page 07)",
    area=DL, period="2022",
    items=[
        D("2023年1月17日", DL_DAY, "day", rel=False, note="the subtitle"),
        O("第十九届", "term number"),
        O("第二次", "session number"),
        D("现在", DL_DAY, "now", note="现在,我代表…: the report's day"),
        O("一、", "section marker"),
        D("2022年", "2022", "year", rel=False, note="the part's heading (2022年工作回顾)"),
        D("2022年", "2022", "year", rel=False),
        C("1包10策", "numeric slogan (“税费优惠政策红包”1包10策)"),
        Q("1.4亿元", num("1.4亿"), "元", "增值税留抵退税", "level"),
        C("六税两费", "fixed term"),
        Q("1808万元", num("1808万"), "元", "六税两费减免", "level"),
        Q("1941万元", num("1941万"), "元", "制造业中小微企业延缓缴税", "level"),
        Q("200亿元", num("200亿"), "元", "生产总值", "level", ind=GDP, q="more_than", note="突破200亿元大关"),
        D("2022年", "2022", "year", rel=False),
        O("二十大", "party congress"),
        C("三年行动", "fixed term (安全生产专项整治三年行动)"),
        Q("28.3%", 28.3, "%", "刑事发案率下降", "growth", change="decrease"),
        Q("44.1%", 44.1, "%", "交通亡人事故下降", "growth", change="decrease"),
        D("2022年", "2022", "year", rel=False),
    ],
)
