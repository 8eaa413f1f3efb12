"""Annotations of pages 06-10 (红河州, 隆尧县, 沈丘县, 玉溪市, 铁岭市), in document order."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q, num

IND_VA = "规模以上工业增加值"
FAI = "固定资产投资"
RETAIL = "社会消费品零售总额"
BUDGET = "一般公共预算收入"
DEPOSIT = "金融机构存款余额"

PAGES = {}

HH = "2021/2023"
PAGES["e17_06_honghe_20231009.txt"] = dict(
    pubdate="2023-10-09", pubnote="the page's 发布日期 2023-10-09 (红河州 government site, hh.gov.cn; 发布机构 红河州交通运输局); the letter is dated 2023年8月30日",
    area="红河州", period=HH,
    items=[
        C("20240913-222656-804", "index number"),
        D("2023-10-09", "2023-10-09", "day", rel=False, note="the page's 发布日期"),
        O("十三届", "term number (title)"),
        O("三次", "session number (title)"),
        O("第0019号", "proposal number (title)"),
        O("十三届", "term number"),
        O("三次", "session number"),
        C("两县", "inside the corridor's name in the proposal's title (建水石屏两县历史文化廊道)"),
        O("第0019号", "proposal number"),
        C("十四五", "fixed term"),
        D("2021-2023年", HH, "range", rel=False),
        C("三级", "road grade (乡镇通三级公路)"),
        Q("35.78公里", 35.78, "公里", "下达乡镇通三级公路", "level", area="建水县"),
        C("30户以上", "size class (30户以上自然村)"),
        Q("305公里", 305, "公里", "下达30户以上自然村通硬化路项目", "level", area="建水县"),
        C("30户以上", "size class (30户以上自然村)"),
        Q("230公里", 230, "公里", "下达30户以上自然村通硬化路项目", "level", area="石屏县"),
        D("自2021年至2023年", HH, "range", rel=False),
        Q("约1900万元", num("1900万"), "元", "异龙湖环湖旅游观光道连接线项目投资", "level", q="approx"),
        C("四级", "road grade (四级公路)"),
        Q("3.533公里", 3.533, "公里", "新改建四级公路", "level"),
        Q("6.5米", 6.5, "米", "路基宽", "level", borderline=True, note="a road's width"),
        C("G323", "road number"),
        C("十四五", "fixed term (云南省“十四五”公路发展规划)"),
        C("两县", "inside the corridor's name (建水石屏两县历史文化廊道)"),
        C("一湖两城", "numeric slogan"),
        D("2023年8月30日", "2023-08-30", "day", rel=False, note="the letter's date"),
    ])

LY = "2021"
LY_DAY = "2021-06-10"
PAGES["e17_07_longyao_20210610.txt"] = dict(
    pubdate=LY_DAY, pubnote="the letter's date 2021年6月10日 (隆尧县 government site, longyao.gov.cn); the stored copy gives no posting date",
    area="隆尧县", period=LY,
    items=[
        D("2021年", LY, "year", rel=False),
        Q("2.1万亩", num("2.1万"), "亩", "高标准农田建设项目", "level"),
        Q("3001万元", num("3001万"), "元", "高标准农田建设项目总投资", "level"),
        C("千户营", "place name with a numeral (千户营乡)"),
        Q("四个", 4, "个", "项目区涉及乡镇", "level"),
        Q("9个", 9, "个", "项目区涉及村", "level"),
        D("目前", LY_DAY, "now"),
        D("年内", LY, "year"),
        Q("2235.28万元", num("2235.28万"), "元", "江水置换工程年内投资", "level", target=True,
          note="the year's plan, the year not over at the letter's date"),
        Q("3个", 3, "个", "铺设输水管道的供水站", "level", target=True),
        Q("28km", 28, "km", "铺设输水管道", "level", target=True),
        Q("11.54万人", num("11.54万"), "人", "江水置换工程受益人口", "level", target=True),
        Q("210万m³", num("210万"), "m³", "年可减少地下水开采", "level", target=True),
        D("11月底", "2021-11", "period"),
        D("2021年6月10日", LY_DAY, "day", rel=False, note="the letter's date"),
    ])

SQ = "2013-01/2013-08"
SQ_DAY = "2013-09-24"
PAGES["e17_08_shenqiu_20130930.txt"] = dict(
    pubdate="2013-09-30", pubnote="issue 2013-09-30 (from the address zkrb/html/2013-09/30, 周口日报 e-paper); the meeting 9月24日上午",
    area="沈丘县", period=SQ,
    items=[
        D("第三季度", "2013-07/2013-09", "period"),
        D("9月24日上午", SQ_DAY, "day"),
        D("年初", "2013-01", "period"),
        D("前三季度", "2013-01/2013-09", "period"),
        D("今年以来", "2013", "period"),
        D("1至8月", SQ, "period"),
        Q("17%", 17, "%", "规模以上工业增加值增速", "growth", ind=IND_VA),
        Q("0.2", 0.2, "百分点", "规上工业增加值增速高于全市", "points", ind=IND_VA, inherited=True),
        Q("5.5个百分点", 5.5, "百分点", "规上工业增加值增速高于全省", "points", ind=IND_VA),
        O("第四位", "rank"),
        D("1至8月", SQ, "period"),
        Q("72.7亿元", num("72.7亿"), "元", "固定资产投资", "level", ind=FAI),
        Q("25.8%", 25.8, "%", "固定资产投资增速", "growth", ind=FAI),
        Q("0.7", 0.7, "百分点", "固定资产投资增速高于全市", "points", ind=FAI, inherited=True),
        Q("2.2个百分点", 2.2, "百分点", "固定资产投资增速高于全省", "points", ind=FAI),
        O("第二位", "rank"),
        D("1至8月", SQ, "period"),
        Q("42.9亿元", num("42.9亿"), "元", "社会消费品零售总额", "level", ind=RETAIL),
        Q("13.6%", 13.6, "%", "社会消费品零售总额增速", "growth", ind=RETAIL),
        Q("0.2", 0.2, "百分点", "社会消费品零售总额增速高于全市", "points", ind=RETAIL, inherited=True),
        Q("0.4个百分点", 0.4, "百分点", "社会消费品零售总额增速高于全省", "points", ind=RETAIL),
        O("第6位", "rank"),
        D("1至8月", SQ, "period"),
        Q("46206万元", num("46206万"), "元", "公共财政收入", "level", ind=BUDGET,
          note="公共财政(预算)收入, the older name of 一般公共预算收入"),
        Q("15.7%", 15.7, "%", "公共财政收入增速", "growth", ind=BUDGET),
        Q("6253万元", num("6253万"), "元", "公共财政收入增收", "difference", ind=BUDGET),
        O("第二位", "rank"),
        D("8月底", "2013-08", "period"),
        Q("164.3亿元", num("164.3亿"), "元", "金融机构各项存款余额", "level", ind=DEPOSIT, per="2013-08"),
        D("年初", "2013-01", "period"),
        Q("24.4亿元", num("24.4亿"), "元", "存款余额较年初净增", "difference", ind=DEPOSIT),
        D("前8个月", SQ, "period"),
        D("去年同期", "2012-01/2012-08", "period"),
        C("100天", "slogan (决战100天)"),
        D("短期内", None, "vague"),
    ])

YX = "2017-01/2017-03"
PARKS = "the parks' figure, a part of the city's: no catalogue name"
PAGES["e17_09_yuxi_20170504.txt"] = dict(
    pubdate="2017-05-04", pubnote="the page's date line 2017年05月04日 00:00:00 (yn.touzi888.net, an investment site; 来源 玉溪日报)",
    area="玉溪市", period=YX,
    items=[
        D("2017年05月04日 00:00:00", "2017-05-04T00:00", "time", rel=False, note="page date line"),
        D("一季度", YX, "period"),
        Q("227.5亿元", num("227.5亿"), "元", "工业园区和高新区工业总产值", "level", note=PARKS),
        Q("12.6%", 12.6, "%", "园区工业总产值增速", "growth", note=PARKS),
        Q("62亿元", num("62亿"), "元", "园区规模以上工业增加值", "level", note=PARKS),
        Q("23%", 23, "%", "园区规模以上工业增加值增速", "growth", note=PARKS),
        Q("39.5亿元", num("39.5亿"), "元", "园区固定资产投资", "level", note=PARKS),
        Q("15%", 15, "%", "园区固定资产投资增速", "growth", note=PARKS),
        D("一季度", YX, "period"),
        Q("67.2亿元", num("67.2亿"), "元", "园区招商引资到位资金", "level"),
        Q("33.5%", 33.5, "%", "园区招商引资到位资金增速", "growth"),
        Q("27户", 27, "户", "新增入园企业", "level"),
        D("截至一季度末", "2017-03", "period"),
        Q("3636户", 3636, "户", "园区入园企业", "level", per="2017-03"),
        Q("1970户", 1970, "户", "园区建成投产企业", "level", per="2017-03"),
        D("一季度", YX, "period"),
        Q("522.3亩", 522.3, "亩", "园区土地收储", "level"),
        Q("1154.3亩", 1154.3, "亩", "园区土地开发", "level"),
        Q("7.2万平方米", num("7.2万"), "平方米", "建成标准化厂房", "level"),
        Q("13.2亿元", num("13.2亿"), "元", "园区基础建设投资", "level"),
        C("千万元", "size class (千万元投资建设项目)"),
        Q("11个", 11, "个", "实施千万元投资建设项目", "level"),
        Q("1个", 1, "个", "竣工千万元投资建设项目", "level"),
        C("500万元", "size class (500万元投资建设项目)"),
        Q("15个", 15, "个", "实施500万元投资建设项目", "level"),
        Q("10个", 10, "个", "竣工500万元投资建设项目", "level"),
        Q("26.3亿元", num("26.3亿"), "元", "园区工业投资", "level", note=PARKS),
        D("截至一季度", YX, "period"),
        Q("六个", 6, "个", "省级工业园区", "level", per="2017-03", borderline=True,
          note="the count of the parks named as a group"),
        Q("184.3亿元", num("184.3亿"), "元", "高新区和省级工业园区工业产值", "level"),
        Q("81%", 81, "%", "高新区和省级园区占园区工业总产值比重", "share", q="exact"),
        Q("53.9亿元", num("53.9亿"), "元", "高新区和省级园区规模以上工业增加值", "level"),
        Q("87%", 87, "%", "高新区和省级园区占园区规上工业增加值比重", "share"),
        Q("57.4亿元", num("57.4亿"), "元", "高新区和省级园区招商引资到位资金", "level"),
        Q("85.4%", 85.4, "%", "高新区和省级园区占园区招商引资到位资金比重", "share"),
        Q("34.9亿元", num("34.9亿"), "元", "高新区和省级园区固定资产投资", "level"),
        Q("88%", 88, "%", "高新区和省级园区占园区固定资产投资比重", "share"),
    ])

TL = "2024-01/2024-10"
DEC = "decrease"
SECTOR = "a part of the city's industry: no catalogue name"
PAGES["e17_10_tieling_20241121.txt"] = dict(
    pubdate="2024-11-21", pubnote="the page's line 来源:铁岭市统计局 发布时间:2024年11月21日 (铁岭市 government site, tieling.gov.cn)",
    area="铁岭市", period=TL,
    items=[
        D("2024年11月21日", "2024-11-21", "day", rel=False, note="page metadata line"),
        D("2024年1—10月", TL, "period", rel=False),
        Q("5.3%", 5.3, "%", "规模以上工业增加值增速", "growth", ind=IND_VA, change=DEC),
        Q("5.5%", 5.5, "%", "采矿业增加值增速", "growth", change=DEC, note=SECTOR),
        Q("5.9%", 5.9, "%", "制造业增加值增速", "growth", change=DEC, note=SECTOR),
        Q("1.9%", 1.9, "%", "电力、热力、燃气及水生产和供应业增加值增速", "growth", note=SECTOR),
        Q("6.9%", 6.9, "%", "国有控股企业增加值增速", "growth", change=DEC),
        Q("5.1%", 5.1, "%", "股份制企业增加值增速", "growth", change=DEC),
        Q("7.3%", 7.3, "%", "外商及港澳台商投资企业增加值增速", "growth", change=DEC),
        Q("4.2%", 4.2, "%", "私营企业增加值增速", "growth", change=DEC),
        Q("33个", 33, "个", "全市工业大类行业", "level", borderline=True,
          note="the base of the share of industries growing"),
        Q("10个", 10, "个", "增加值实现增长的行业", "level"),
        Q("30.3%", 30.3, "%", "行业增长面", "share"),
        Q("9.5%", 9.5, "%", "汽车制造业增加值增速", "growth", note=SECTOR),
        Q("13.8%", 13.8, "%", "医药制造业增加值增速", "growth", note=SECTOR),
        Q("3.2%", 3.2, "%", "电力、热力生产和供应业增加值增速", "growth", note=SECTOR),
        Q("23个", 23, "个", "增加值下降的行业", "level"),
        Q("69.7%", 69.7, "%", "行业下降面", "share"),
        Q("14.3%", 14.3, "%", "通用设备制品业增加值增速", "growth", change=DEC, note=SECTOR),
        Q("7.8%", 7.8, "%", "农副食品加工业增加值增速", "growth", change=DEC, note=SECTOR),
        Q("30.7%", 30.7, "%", "电气机械和器材制造业增加值增速", "growth", change=DEC, note=SECTOR),
        Q("15.7%", 15.7, "%", "金属制造业增加值增速", "growth", change=DEC, note=SECTOR),
        Q("3.4%", 3.4, "%", "开发区规模以上工业增加值增速", "growth", ind=IND_VA, area="开发区",
          note="the city's development zone, named only 开发区"),
        Q("1.3%", 1.3, "%", "昌图县规模以上工业增加值增速", "growth", ind=IND_VA, area="昌图县"),
        Q("0.9%", 0.9, "%", "银州区规模以上工业增加值增速", "growth", ind=IND_VA, area="银州区", change=DEC),
        Q("5.1%", 5.1, "%", "开原市规模以上工业增加值增速", "growth", ind=IND_VA, area="开原市", change=DEC),
        Q("6.4%", 6.4, "%", "调兵山市规模以上工业增加值增速", "growth", ind=IND_VA, area="调兵山市",
          change=DEC),
        Q("9.1%", 9.1, "%", "清河区规模以上工业增加值增速", "growth", ind=IND_VA, area="清河区", change=DEC),
        Q("10.1%", 10.1, "%", "铁岭县规模以上工业增加值增速", "growth", ind=IND_VA, area="铁岭县", change=DEC),
        Q("15.5%", 15.5, "%", "西丰县规模以上工业增加值增速", "growth", ind=IND_VA, area="西丰县", change=DEC),
        D("1-10月", TL, "period"),
        Q("99.5%", 99.5, "%", "规模以上工业企业产品销售率", "share"),
        Q("0.4个百分点", 0.4, "百分点", "产品销售率同比下降", "points", change=DEC),
    ])
