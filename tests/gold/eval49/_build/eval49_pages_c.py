"""Annotations of pages 07-08 (柳江区, 定边县), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

PAGES = {}

# ---------------------------------------------------------------- 07 柳江区 (广西 柳州市), the district farm bureau's reply to deputies' suggestion 第20号 (stored twice)
LJQ = "柳州市柳江区"
GL = "里高镇果朗村"
LETTER = "2022-08-18"


def letter(copy: str) -> list:
    """The letter's records; the page stores the letter twice and both copies are annotated."""
    return [
        O("二届人大二次", f"congress term and session (区二届人大二次会议), {copy}"),
        C("322国道", f"road name with digits (里高果郎村322国道旁机耕路), {copy}"),
        O("第20号", f"suggestion number, {copy}"),
        D("2021年", "2021", "year", rel=False),
        Q("317万元", num("317万"), "元", "果朗村小型农田水利建设项目投资", "level", area=GL,
          note=f"合计投资: the project in 里高镇果朗村 (its smallest administrative area); {copy}"),
        D("2022年8月", "2022-08", "month", rel=False, note="the project's completion"),
        D("2022年", "2022", "year", rel=False),
        D("2022年8月18日", LETTER, "day", rel=False, note="the letter's date"),
    ]


PAGES["e49_07_liujiang_20221008.txt"] = dict(
    pubdate="2022-10-08",
    pubnote="the address's t20221008 (liujiang.gov.cn, 柳州市柳江区人民政府's site, 建议提案 > 人大建议), the posting date "
            "(as eval48's 丰南 reply); the letter is dated `2022年8月18日` (kept), its own day",
    area=LJQ, period="2021",
    items=letter("first copy") + letter("second copy (the page stores the letter twice)"),
)

# ---------------------------------------------------------------- 08 定边县 (陕西 榆林市), the county's 2023 work report, delivered 2023-02-13 (its 2022 review)
DB = "定边县"
DB_DAY = "2023-02-13"
DB_REV = "2022"
PAGES["e49_08_dingbian_20230213.txt"] = dict(
    pubdate=DB_DAY,
    pubnote="the report's subtitle `—— 2023年2月13日在定边县第十九届人民代表大会第二次会议上` (kept); bx2200.com, a site "
            "collecting work reports, gives no date of its own",
    area=DB, period=DB_REV,
    items=[
        C("2023年", "year inside the title (2023年定边县人民政府工作报告)"),
        D("2023年2月13日", DB_DAY, "day", rel=False, note="the report's delivery date (subtitle)"),
        O("第十九届", "congress term"),
        O("第二次", "session number"),
        D("现在", DB_DAY, "now", note="the day the report was delivered (as eval10's and eval11's 现在)"),
        O("一、", "list marker"),
        D("2022年", DB_REV, "year", rel=False, note="section heading (一、2022年工作回顾)"),
        D("2022年", DB_REV, "year", rel=False),
        O("二十大", "party congress"),
        D("过去一年", DB_REV, "year", note="the reviewed year"),
        D("全年", DB_REV, "year"),
        Q("1.6亿元", num("1.6亿"), "元", "疫情防控投入资金", "level"),
        Q("23.5万剂次", num("23.5万"), "剂次", "完成疫苗接种", "level"),
        C("两防两保", "numeric slogan (强化“两防两保”)"),
        D("过去一年", DB_REV, "year", note="the reviewed year"),
        D("全年", DB_REV, "year"),
        Q("399.16亿元", num("399.16亿"), "元", "地区生产总值", "level", ind="地区生产总值"),
        Q("2.4%", 2.4, "%", "地区生产总值增长", "growth", ind="地区生产总值"),
        Q("94.9亿元", num("94.9亿"), "元", "县本级固定资产投资", "level", ind="固定资产投资",
          note="县本级固定资产投资 read as 固定资产投资, as eval30 read 区本级工业投资 as 工业投资"),
        Q("20.2%", 20.2, "%", "县本级固定资产投资增长", "growth", ind="固定资产投资"),
        Q("27.05亿元", num("27.05亿"), "元", "财政总收入", "level", note="财政总收入: no catalogue indicator (as eval10)"),
        Q("5.3%", 5.3, "%", "财政总收入增长", "growth"),
        Q("15.53亿元", num("15.53亿"), "元", "地方财政收入", "level", ind="一般公共预算收入",
          note="地方财政收入, as eval10 and eval16 wrote it: the 一般公共预算收入"),
        Q("4.6%", 4.6, "%", "地方财政收入增长", "growth", ind="一般公共预算收入"),
        Q("48.78亿元", num("48.78亿"), "元", "社会消费品零售总额", "level", ind="社会消费品零售总额"),
        Q("6%", 6, "%", "社会消费品零售总额增长", "growth", ind="社会消费品零售总额"),
    ],
)
