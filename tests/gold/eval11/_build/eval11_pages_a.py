"""Annotations of pages 01-05 (平江县, 玉环市, 庆城镇, 南渡镇, 坦洲镇), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

GDP = "地区生产总值"
P1, P2, P3 = "第一产业增加值", "第二产业增加值", "第三产业增加值"

PAGES = {}

PJ_DAY = "2017-08-09"
PAGES["e11_01_pingjiang_20170815.txt"] = dict(
    pubdate="2017-08-15", pubnote="metadata line 来源:政府办 2017-08-15 16:44 (posting time); the letter is dated 2017-08-09",
    area="平江县", period=PJ_DAY,
    items=[
        O("十七届", "term number"),
        O("一次", "session number"),
        O("第82号", "proposal number"),
        D("2017-08-15 16:44", "2017-08-15T16:44", "time", rel=False, note="page metadata line"),
        C("平交复函[2017]19号", "document number"),
        O("十七届", "term number"),
        O("一次", "session number"),
        O("第82号", "proposal number"),
        Q("5.8公里", 5.8, "公里", "连接三阳更新的公路拓宽", "level", per="2017", target=True,
          note="the road's widening, which the bureau is ready to carry out this year (今年已经准备进行实施)"),
        D("今年", "2017", "year"),
        Q("7公里", 7, "公里", "其余通自然村组道路路段", "level",
          note="the rest of the road, with no hardening plan; a stock at the letter's date"),
        D("目前", PJ_DAY, "now", note="the letter's date"),
        D("2017年8月9日", PJ_DAY, "day", rel=False),
    ])

YH = "2019"
PAGES["e11_02_yuhuan_20210510.txt"] = dict(
    pubdate="2021-05-10", pubnote="from the address (yhsz.yuhuan.gov.cn/art/2021/5/10/…); the bulletin's own date line is not in the stored copy",
    area="玉环市", period=YH,
    items=[
        C("2019年", "year inside the bulletin's title"),
        D("2019年", "2019", "year", rel=False),
        O("70周年", "anniversary"),
        O("十九大", "party congress"),
        O("十九届", "party congress term"),
        O("二中", "plenary session (二中全会)"),
        O("三中", "plenary session (三中全会)"),
        O("四中", "plenary session (四中全会)"),
        O("一、", "section marker"),
        Q("617.50亿元", num("617.50亿"), "元", "生产总值", "level", ind=GDP),
        D("上年", "2018", "year"),
        Q("5.2%", 5.2, "%", "生产总值增速", "growth", ind=GDP),
        O("第一产业", "industry ordinal"),
        Q("37.11亿元", num("37.11亿"), "元", "第一产业增加值", "level", ind=P1),
        Q("2.6%", 2.6, "%", "第一产业增加值增速", "growth", ind=P1),
        O("第二产业", "industry ordinal"),
        Q("339.85亿元", num("339.85亿"), "元", "第二产业增加值", "level", ind=P2),
        Q("4.5%", 4.5, "%", "第二产业增加值增速", "growth", ind=P2),
        O("第三产业", "industry ordinal"),
        Q("240.54亿元", num("240.54亿"), "元", "第三产业增加值", "level", ind=P3),
        Q("6.7%", 6.7, "%", "第三产业增加值增速", "growth", ind=P3),
        C("三次产业", "fixed term"),
        Q("6.01:55.04:38.95", 6.01, "", "三次产业结构", "share", ind="三次产业结构",
          values=[6.01, 55.04, 38.95], note="ratio; value is the first part"),
    ])

QC = "2017-10"
PAGES["e11_03_qingcheng_20171102.txt"] = dict(
    pubdate="2017-11-02", pubnote="metadata line 发布时间:2017-11-02 08:36:35 (庆城镇人民政府 on the 庆城县 government site)",
    area="庆城镇", period=QC,
    items=[
        D("2017年", "2017", "year", rel=False, note="in the headline: the year of the investment projects"),
        D("2017-11-02 08:36:35", "2017-11-02T08:36", "time", rel=False, note="page metadata line"),
        D("11月1日", "2017-11-01", "day"),
        D("2017年", "2017", "year", rel=False),
        D("截至10月底", QC, "period"),
        D("2017年", "2017", "year", rel=False),
        Q("7.4亿元", num("7.4亿"), "元", "招商引资项目累计完成投资", "level",
          note="截至10月底 累计: as of the end of October (as eval4 wrote 截至11月底 累计完成投资)"),
        Q("4.8亿元", num("4.8亿"), "元", "招商引资项目总任务", "level", per="2017", target=True,
          note="the year's task, in a year not yet over"),
        Q("154%", 154, "%", "完成投资占总任务比重", "share"),
        Q("2.5亿元", num("2.5亿"), "元", "中晶城市广场建设项目完成投资", "level"),
        Q("1500万元", num("1500万"), "元", "兴永源综合楼建设项目完成投资", "level"),
        Q("4.75亿元", num("4.75亿"), "元", "药王洞岐黄养生民俗文化基地项目完成投资", "level"),
    ])

ND = "2021"
PAGES["e11_04_nandu_20210928.txt"] = dict(
    pubdate="2021-09-28", pubnote="from the address (…/2021/CJEBAKPL_0928/…; the 溧阳市 site's addresses carry the release day, as zx.liyang.gov.cn …/2023/ECKNAKBH_0614/… = 发布日期 2023-06-14)",
    area="南渡镇", period=ND,
    items=[
        D("9月27日", "2021-09-27", "day"),
        Q("三个", 3, "个", "“百日攻坚”行动", "level", area="溧阳市", per="2021-09-27", borderline=True,
          note="the count of the three campaigns just named (三个“百日攻坚”), not an indicator"),
        C("百日", "name with a numeral (百日攻坚)"),
        D("10月份", "2021-10", "month"),
        D("10月份", "2021-10", "month"),
        C("四套班子", "fixed term"),
        D("9月份", "2021-09", "month"),
        Q("三个", 3, "个", "“百日攻坚”行动", "level", area="溧阳市", per="2021-09-27", borderline=True),
        C("百日", "name with a numeral (百日攻坚)"),
        C("四套班子", "fixed term"),
        D("9月份", "2021-09", "month"),
        C("2021年", "year inside an award's name (2021年重大项目攻坚月度冠军单位)"),
        D("今年以来", ND, "period"),
        Q("11个", 11, "个", "签约项目", "level"),
        C("百亿", "size class (百亿项目)"),
        Q("1个", 1, "个", "百亿项目", "level"),
        C("10亿元", "size class (10亿元项目)"),
        Q("3个", 3, "个", "10亿元项目", "level"),
        C("5亿元", "size class (5亿元项目)"),
        Q("4个", 4, "个", "5亿元项目", "level"),
        C("1亿元", "size class (1亿元项目)"),
        Q("2个", 2, "个", "1亿元项目", "level"),
        C("5千万元", "size class (5千万元项目)"),
        Q("1个", 1, "个", "5千万元项目", "level"),
        Q("157.79亿元", num("157.79亿"), "元", "招商引资总投资额", "level"),
        D("下一步", None, "vague"),
        C("四把精神", "numeric slogan"),
        C("十四五", "fixed term"),
        C("五个示范", "numeric slogan"),
    ])

TZ = "2016"
PAGES["e11_05_tanzhou_20160329.txt"] = dict(
    pubdate="2016-03-29", pubnote="metadata line 发布日期:2016-03-29 (中山市坦洲镇人民政府)",
    area="坦洲镇", period=TZ,
    items=[
        C("2016年", "year inside the fair's name (2016年“3.23”)"),
        C("3.23", "name with digits: the 3.23 investment fair (中山市“3.23”洽谈会)"),
        D("2016-03-29", "2016-03-29", "day", rel=False, note="page metadata line"),
        D("今年", TZ, "year"),
        C("2016年", "year inside the fair's name (2016年中山市“3.23”洽谈会)"),
        C("3.23", "name with digits: the 3.23 investment fair"),
        Q("17000万美元", num("17000万"), "美元", "境内外招商引资总额目标", "level", target=True,
          note="the town's task for the fair (目标分解任务)"),
        Q("8400万美元", num("8400万"), "美元", "外贸出口目标", "level", target=True),
        Q("24000万元", num("24000万"), "元", "国内贸易目标", "level", target=True,
          note="24000万元人民币"),
        D("今年", TZ, "year"),
        O("一是", "list marker"),
        Q("1个", 1, "个", "上报境外投资项目", "level"),
        Q("2600万美元", num("2600万"), "美元", "境外投资项目投资总额", "level"),
        Q("2600万美元", num("2600万"), "美元", "境外投资项目注册资本", "level"),
        Q("3个", 3, "个", "境内市外项目", "level"),
        Q("101500万元", num("101500万"), "元", "境内市外项目投资总额", "level"),
        Q("18114万美元", num("18114万"), "美元", "境内外招商引资总额", "level"),
        Q("106.55%", 106.55, "%", "境内外招商引资总额完成目标任务比重", "share"),
        O("二是", "list marker"),
        Q("467宗", 467, "宗", "上报出口贸易合同", "level"),
        Q("25995.74万美元", num("25995.74万"), "美元", "出口贸易合同贸易额", "level"),
        Q("309.47%", 309.47, "%", "出口贸易完成目标任务比重", "share"),
        O("三是", "list marker"),
        Q("42宗", 42, "宗", "上报国内贸易成交合同", "level"),
        Q("75696万元", num("75696万"), "元", "国内贸易成交合同金额", "level"),
        Q("315.4%", 315.4, "%", "国内贸易完成目标任务比重", "share"),
        O("二、", "section marker"),
        D("今年", TZ, "year"),
        Q("1.35亿元", num("1.35亿"), "元", "联邦制药增资扩产项目总投资", "level"),
        Q("2亿元", num("2亿"), "元", "达产后新增销售收入", "level", per="NULL", target=True,
          note="预计达产后: a forecast for a year after the plant reaches output; no year given"),
        Q("2000万元", num("2000万"), "元", "达产后年新增税收", "level", per="NULL", target=True),
    ])
