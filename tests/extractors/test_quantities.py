"""Quantitative claims, case by case.

Development and evaluation: the sample page (``seeds/``) and its gold
annotations are the development set; the held-out articles that judge the
extractor are not in this repository. So the cases below are our own
sentences, written the way district newspapers, 统计公报 and 政府工作报告 of
many places phrase their figures; the sample contributes only its four named
figures. Each list is one concern; every case is one sentence with every
quantity it should yield, in order, as
``(text, value, unit, qualifier, subject)`` — ``subject`` ``None`` when the
case does not test it. Known misses stay in ``KNOWN_MISSES`` as strict xfails.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from extractors import quantities
from extractors.quantities import find_quantities, parse_quantity
from tests import known_misses


class Q(NamedTuple):
    text: str
    value: float
    unit: str
    qualifier: str = "exact"
    subject: str | None = None


Case = tuple[str, list[Q]]

# The four figures the user named, in their sentences from the sample page.
SAMPLE: list[Case] = [
    ("负责全区交通、民政、农业、林业、卫健、教体、人社、文旅等11个业务领域76个事项的审批服务工作，年办件量2万余件。",
     [Q("11个", 11, "个", "exact", "业务领域"), Q("76个", 76, "个", "exact", "事项"),
      Q("2万余件", 20000, "件", "more_than", "年办件量")]),
    ("截至目前，西海岸新区培育境内外上市公司19家，市值突破2500亿元，5家企业在香港上市。",
     [Q("19家", 19, "家", "exact", "境内外上市公司"), Q("2500亿元", 2.5e11, "元", "more_than", "市值"),
      Q("5家", 5, "家", "exact", "企业")]),
    ("跟踪推进经营主体“代位登记”、招投标“评定分离”等30项年度改革创新举措落地落实。",
     [Q("30项", 30, "项", "exact", "年度改革创新举措")]),
    ("国开行等金融机构未来5年将为新区提供近万亿元意向性融资支持。",
     [Q("5年", 5, "年", "exact"), Q("近万亿元", 1e12, "元", "nearly", "意向性融资支持")]),
    ("近年来，新区新增多个金融机构及地方金融组织，全区金融机构达242家。",
     [Q("242家", 242, "家", "exact", "金融机构")]),
]

COUNTS: list[Case] = [
    # freight and passenger turnover (吨公里, 人公里) are units of their own, not 吨 (eval58)
    ("货物周转量2353.88亿吨公里，旅客周转量12.5亿人公里。",
     [Q("2353.88亿吨公里", 2.35388e11, "吨公里"), Q("12.5亿人公里", 1.25e9, "人公里")]),
    # the places a rank is among are counted (位居五市第一, 居三县第1位, 位居八县（市）第2位, 均居全市6县市第1位)
    # only between a word of ranking and the rank (eval13, eval15, eval46, eval54)
    ("同比增长7.3%，位居五市第一；增速位居八县（市）第2位，均居全市6县市第1位。",
     [Q("7.3%", 7.3, "%"), Q("五市", 5, "市"), Q("八县", 8, "县"), Q("6县市", 6, "县市")]),
    # a round amount passed as a milestone (迈入千亿大关, 突破60亿大关) is money when an amount of money
    # is named before it in its clause; 迈入 is more than (eval10, eval15, eval41)
    ("地区生产总值首次迈入千亿大关，规上工业产值突破60亿大关。",
     [Q("千亿", 1e11, "元", "more_than"), Q("60亿", 6e9, "元", "more_than")]),
    # N个 before a size class of projects counts the projects (eval7, eval22, eval32, eval36, eval40);
    # 两个亿 alone is still 2亿
    ("全年新开工3个亿元以上工业项目，投资两个亿。",
     [Q("3个", 3, "个", "exact"), Q("两个亿", 2e8, "元", "exact")]),
    # a report's parts: 部分 is one word, with 大 between or a quoted name before (eval51, eval28, eval40)
    ("报告分为三部分：2024年工作回顾，2025年工作安排。",
     [Q("三部分", 3, "部分", "exact")]),
    ("报告分“2006年工作回顾”和“2007年工作安排”两大部分。", [Q("两大部分", 2, "部分", "exact")]),
    # No measure word, but the noun says what is counted (unit_implied in the gold).
    ("全市常住人口1200万，带动30多万农民就业，吸引10万游客前来观光。",
     [Q("1200万", 1.2e7, "人", "exact", "常住人口"), Q("30多万", 300000, "人", "more_than", "农民"),
      Q("10万", 100000, "人", "exact", "游客")]),
    # an amount with a scale word and no unit after a money noun is in 元 (投资20亿, as the gold writes it)
    ("项目投资1200万，建成后效益明显。", [Q("1200万", 1.2e7, "元", "exact", "项目投资")]),
    ("项目实际到位投资总计1.85亿。", [Q("1.85亿", 1.85e8, "元", "exact")]),
    # 过 before an amount: more than (过 outside the span, like 超过); 经过3年 is no hedge
    ("天津大桥税收过千万元，得意电子税收过500万元。",
     [Q("千万元", 1e7, "元", "more_than"), Q("500万元", 5e6, "元", "more_than")]),
    ("经过3年努力，建成学校5所。", [Q("3年", 3, "年", "exact"), Q("5所", 5, "所", "exact")]),
    # a percentage runs into the next count where a comma fell out of the copy
    ("占年度计划的75%124个新建项目已开工。", [Q("75%", 75, "%"), Q("124个", 124, "个")]),
    # the noun after may have a short modifier (6万贫困人口)
    ("使全县6万贫困人口实现温饱。", [Q("6万", 60000, "人", "exact")]),
    ("本次招聘会共吸引企业186家参会，约98万名学生陆续返校。",
     [Q("186家", 186, "家", "exact", "企业"), Q("约98万名", 980000, "名", "approx", "学生")]),
    ("全年12345热线共受理群众诉求23.5万件次，出动执法车辆1200辆次。",
     [Q("23.5万件次", 235000, "件次", "exact", "受理群众诉求"), Q("1200辆次", 1200, "辆次", "exact")]),
    ("苏州工业园区今年新增各类市场主体2.1万户，其中企业1.4万家。",
     [Q("2.1万户", 21000, "户", "exact", "各类市场主体"), Q("1.4万家", 14000, "家", "exact", "企业")]),
    ("杭州市西湖区累计建成城市书房46家。", [Q("46家", 46, "家", "exact", "城市书房")]),
    ("哈尔滨新区共签约项目78个，总投资额超过1200亿元。",
     [Q("78个", 78, "个", "exact", "项目"), Q("1200亿元", 1.2e11, "元", "more_than", "总投资额")]),
    ("全市共有各级各类学校1203所，在校学生98.6万人。",
     [Q("1203所", 1203, "所", "exact", "各级各类学校"), Q("98.6万人", 986000, "人", "exact", "在校学生")]),
    ("全市现有养老机构126家，养老床位1.8万张。",
     [Q("126家", 126, "家", "exact", "养老机构"), Q("1.8万张", 18000, "张", "exact", "养老床位")]),
    ("今年共举办各类招聘会86场，提供就业岗位4.3万个。",
     [Q("86场", 86, "场", "exact", "各类招聘会"), Q("4.3万个", 43000, "个", "exact", "就业岗位")]),
    ("全区共有中小学112所，在校生15.3万名。",
     [Q("112所", 112, "所", "exact", "中小学"), Q("15.3万名", 153000, "名", "exact", "在校生")]),
    ("全市共为3.2万名退役军人建立档案。", [Q("3.2万名", 32000, "名", "exact", "退役军人")]),
    ("本次招聘岗位共计320个，涉及教育、卫生等8个领域。",
     [Q("320个", 320, "个", "exact", "招聘岗位"), Q("8个", 8, "个", "exact", "领域")]),
    ("区政务服务大厅设置综合窗口28个。", [Q("28个", 28, "个", "exact", "综合窗口")]),
    ("全省已建成5G基站18.6万个。", [Q("18.6万个", 186000, "个", "exact", "5G基站")]),
    ("成功创建国家5A级旅游景区1家、4A级景区6家。",
     [Q("1家", 1, "家", "exact", "5A级旅游景区"), Q("6家", 6, "家", "exact", "4A级景区")]),
    ("走访中，逯鹰听取了两所学校办学情况汇报。", [Q("两所", 2, "所")]),
    ("全年开行中欧班列860列，累计录制微课3200余节。",
     [Q("860列", 860, "列", "exact", "中欧班列"), Q("3200余节", 3200, "节", "more_than", "微课")]),
    ("全市集成电路产量18.6亿块，增长9.3%。", [Q("18.6亿块", 1.86e9, "块", "exact", "集成电路产量"), Q("9.3%", 9.3, "%")]),
    ("项目建成后可形成年产30GWh动力电池的产能。", [Q("30GWh", 30, "GWh")]),
]

MONEY: list[Case] = [
    # older documents group thousands with a space
    ("预计实现国内生产总值223 961万元，农民人均纯收入2 310元。",
     [Q("223 961万元", 2.23961e9, "元", "exact", "国内生产总值"), Q("2 310元", 2310, "元", "exact", "农民人均纯收入")]),
    ("成都市1—9月实现地区生产总值16436.5亿元，同比增长5.9%。",
     [Q("16436.5亿元", 1.64365e12, "元", "exact", "地区生产总值"),
      Q("5.9%", 5.9, "%", "exact", "地区生产总值")]),
    ("全县农村居民人均可支配收入21035元，增长7.1%。",
     [Q("21035元", 21035, "元", "exact", "农村居民人均可支配收入"), Q("7.1%", 7.1, "%")]),
    ("今年一季度，全市实际使用外资3.2亿美元，增长15.6%。",
     [Q("3.2亿美元", 3.2e8, "美元", "exact", "实际使用外资"), Q("15.6%", 15.6, "%")]),
    ("温州市发放消费券1.5亿元，撬动消费约12亿元。",
     [Q("1.5亿元", 1.5e8, "元", "exact", "消费券"), Q("约12亿元", 1.2e9, "元", "approx", "消费")]),
    ("该镇投入资金800余万元，硬化道路12.5公里。",
     [Q("800余万元", 8e6, "元", "more_than", "资金"), Q("12.5公里", 12.5, "公里", "exact", "硬化道路")]),
    ("兑现惠企资金近5000万元，惠及企业上千家。",
     [Q("近5000万元", 5e7, "元", "nearly"), Q("上千家", 1000, "家", "at_least", "企业")]),
    ("该公司年纳税额超亿元。", [Q("超亿元", 1e8, "元", "more_than", "年纳税额")]),
    ("新房成交均价18500元/平方米。", [Q("18500元/平方米", 18500, "元/平方米", "exact", "新房成交均价")]),
    ("住宅均价为每平方米1.6万元。", [Q("1.6万元", 16000, "元/平方米", "exact", "住宅均价")]),
    ("项目总投资约35亿元，占地面积约200亩。",
     [Q("约35亿元", 3.5e9, "元", "approx", "项目总投资"), Q("约200亩", 200, "亩", "approx", "占地面积")]),
    ("该中心年营业收入约3000万元。", [Q("约3000万元", 3e7, "元", "approx", "年营业收入")]),
    ("港商累计投资港币两千九百六十万元。", [Q("两千九百六十万元", 2.96e7, "港元")]),
    ("这件衣服花了我三十块钱，那个只要五块。", [Q("三十块钱", 30, "元"), Q("五块", 5, "元")]),
    # a value with a scale word and no unit after a flow of money (生产总值, 营业额): 元
    ("元至九月，全县完成生产总值56.7亿，增长8%。",
     [Q("56.7亿", 5.67e9, "元", "exact", "生产总值"), Q("8%", 8, "%")]),
    ("限上批零住餐累计营业额13.48亿，增幅2.7%。",
     [Q("13.48亿", 1.348e9, "元", "exact", "限上批零住餐累计营业额"), Q("2.7%", 2.7, "%")]),
    ("全市GDP突破万亿大关。", [Q("万亿", 1e12, "元", "more_than", "GDP")]),
]

PERCENT_AND_POINTS: list[Case] = [
    ("规模以上工业增加值同比增长8.2%，增速比上半年提高1.3个百分点。",
     [Q("8.2%", 8.2, "%", "exact", "规模以上工业增加值"), Q("1.3个百分点", 1.3, "百分点", "exact", "增速")]),
    ("合肥市研发投入占GDP比重达3.91%，比上年提高0.2个百分点。",
     [Q("3.91%", 3.91, "%"), Q("0.2个百分点", 0.2, "百分点")]),
    ("该区学前教育毛入园率达到92.5%，普惠性幼儿园覆盖率91%。",
     [Q("92.5%", 92.5, "%", "exact", "学前教育毛入园率"), Q("91%", 91, "%", "exact", "普惠性幼儿园覆盖率")]),
    ("医保基金支出增长约百分之十二点五。", [Q("约百分之十二点五", 12.5, "%", "approx", "医保基金支出")]),
    ("西安市高新区拥有高新技术企业5000余家，占全市的近六成。",
     [Q("5000余家", 5000, "家", "more_than", "高新技术企业"), Q("近六成", 60, "%", "nearly")]),
    ("开发区GDP占全市比重超过三成。", [Q("三成", 30, "%", "more_than")]),
    ("深圳市南山区网上办理率达98%以上。", [Q("98%以上", 98, "%", "at_least", "网上办理率")]),
    ("该区城镇登记失业率控制在3%以内。", [Q("3%以内", 3, "%", "less_than", "城镇登记失业率")]),
    ("区医保局报销比例达75%左右。", [Q("75%左右", 75, "%", "approx", "报销比例")]),
    ("全市人口自然增长率为千分之三点二。", [Q("千分之三点二", 3.2, "‰", "exact", "人口自然增长率")]),
    ("农村居民人均可支配收入是十年前的2.3倍。", [Q("2.3倍", 2.3, "倍")]),
    ("新能源汽车产量增长1.5倍。", [Q("1.5倍", 1.5, "倍", "exact", "新能源汽车产量")]),
    # a bulletin's 增长-6.2% is a fall: the value stays positive, as with 下降6.2%
    ("第二产业增加值7.5亿元，增长-6.2%。",
     [Q("7.5亿元", 7.5e8, "元", "exact", "第二产业增加值"), Q("-6.2%", 6.2, "%")]),
    # 个点 after a word of a gap or change is 个百分点 said short (eval47); 个点位 counts sites
    ("GDP增长7.8%，高0.8个点；投资增长11.2%，高出1.9个点。",
     [Q("7.8%", 7.8, "%"), Q("0.8个点", 0.8, "百分点"), Q("11.2%", 11.2, "%"), Q("1.9个点", 1.9, "百分点")]),
    ("全县设置监测5个点位，新建5个点。", [Q("5个", 5, "个"), Q("5个", 5, "个")]),
    # a heading's list marker (一、) is no item of a list sharing the unit after it (eval50);
    # a wrapped list of figures still is
    ("一、四成行业实现增长", [Q("四成", 40, "%")]),
    ("增幅分别为\n1.2、3.4和5.6个百分点。",
     [Q("1.2", 1.2, "百分点"), Q("3.4", 3.4, "百分点"), Q("5.6个百分点", 5.6, "百分点")]),
]

MEASURES_AND_DURATIONS: list[Case] = [
    ("新建文化广场2940㎡，铺设道路12.5㎞。",   # unit symbols typed as one character
     [Q("2940㎡", 2940, "平方米"), Q("12.5㎞", 12.5, "公里")]),
    ("电力电缆累计实现42748千米，变压器2828.08万千伏安。",   # kilo- units: 千 is no scale there
     [Q("42748千米", 42748, "千米"), Q("2828.08万千伏安", 28280800, "千伏安")]),
    ("贵阳市全年完成植树造林8.6万亩，森林覆盖率达55.6%。",
     [Q("8.6万亩", 86000, "亩", "exact", "植树造林"), Q("55.6%", 55.6, "%", "exact", "森林覆盖率")]),
    ("厦门港集装箱吞吐量完成1255万标准箱，增长3.2%。",
     [Q("1255万标准箱", 1.255e7, "标准箱"), Q("3.2%", 3.2, "%")]),
    ("工业用电量达到86.5亿千瓦时，同比增长12.4%。",
     [Q("86.5亿千瓦时", 8.65e9, "千瓦时", "exact", "工业用电量"), Q("12.4%", 12.4, "%")]),
    ("全省森林面积达到4.2亿亩，森林蓄积量5.1亿立方米。",
     [Q("4.2亿亩", 4.2e8, "亩", "exact", "森林面积"), Q("5.1亿立方米", 5.1e8, "立方米", "exact", "森林蓄积量")]),
    ("长沙县粮食总产量达到28.3万吨，比上年增加1.2万吨。",
     [Q("28.3万吨", 283000, "吨"), Q("1.2万吨", 12000, "吨")]),
    ("电网最高负荷达到1560万千瓦，创历史新高。", [Q("1560万千瓦", 1.56e7, "千瓦", "exact", "电网最高负荷")]),
    ("全年PM2.5平均浓度下降至32微克/立方米。", [Q("32微克/立方米", 32, "微克/立方米")]),
    ("建成区人均公园绿地面积15.6平方米。", [Q("15.6平方米", 15.6, "平方米", "exact", "建成区人均公园绿地面积")]),
    ("全市空气质量优良天数为298天。", [Q("298天", 298, "天", "exact", "空气质量优良天数")]),
    ("平均审批时限由20个工作日压缩至5个工作日。",
     [Q("20个工作日", 20, "个工作日", "exact", "平均审批时限"), Q("5个工作日", 5, "个工作日")]),
    ("该项目建设周期为18个月。", [Q("18个月", 18, "个月", "exact", "建设周期")]),
    ("仅用时五分钟就办理好了变更登记业务。", [Q("五分钟", 5, "分钟")]),
    ("该项目一期占地3平方公里，二期2平方公里。", [Q("3平方公里", 3, "平方公里"), Q("2平方公里", 2, "平方公里")]),
    ("他在基层工作了二十多年。", [Q("二十多年", 20, "年", "more_than")]),
    ("该项目提前3天完成任务。", [Q("3天", 3, "天")]),
    ("平均通关时间压缩至不足1小时。", [Q("不足1小时", 1, "小时", "less_than", "平均通关时间")]),
]

HEDGES: list[Case] = [
    # 约 in 节约 and 近 in 最近 end words; they are no hedges.
    ("每户每年可节约300元，最近3年新增企业200家。",
     [Q("300元", 300, "元", "exact"), Q("3年", 3, "年", "exact"), Q("200家", 200, "家", "exact", "企业")]),
    ("新增千余家企业，带动就业万余人，百余名志愿者参加。",
     [Q("千余家", 1000, "家", "more_than", "企业"), Q("万余人", 10000, "人", "more_than", "就业"),
      Q("百余名", 100, "名", "more_than", "志愿者")]),
    ("今年以来，全区共开展安全生产检查1.2万余次，整改隐患3600多处。",
     [Q("1.2万余次", 12000, "次", "more_than", "安全生产检查"), Q("3600多处", 3600, "处", "more_than")]),
    ("兰州新区已引进落地产业项目30多个，带动就业近万人。",
     [Q("30多个", 30, "个", "more_than", "产业项目"), Q("近万人", 10000, "人", "nearly")]),
    ("杭州市西湖区城市书房年接待读者超120万人次。", [Q("超120万人次", 1.2e6, "人次", "more_than")]),
    ("截至6月底，全省高新技术企业数量突破1.5万家。",
     [Q("1.5万家", 15000, "家", "more_than", "高新技术企业数量")]),
    ("粮食作物播种面积稳定在750万亩以上。", [Q("750万亩以上", 7.5e6, "亩", "at_least", "粮食作物播种面积")]),
    ("预计新增就业岗位2000个左右。", [Q("2000个左右", 2000, "个", "approx", "就业岗位")]),
    ("新增高标准农田5万亩，亩均增产100斤左右。", [Q("5万亩", 50000, "亩"), Q("100斤左右", 100, "斤", "approx")]),
    ("该中心现有员工120余名。", [Q("120余名", 120, "名", "more_than", "员工")]),
    ("截至目前，共为企业减税降费约46.7亿元。", [Q("约46.7亿元", 4.67e9, "元", "approx")]),
    ("全省共有A级物流企业数百家。", [Q("数百家", 100, "家", "range", "A级物流企业")]),
    ("至少有20家企业参与试点。", [Q("20家", 20, "家", "at_least", "企业")]),
    # reaching or passing a bound (超过或达到, 达到或超过) is at least it (eval68)
    ("园区产值增速超过或达到12%。", [Q("12%", 12, "%", "at_least")]),
    ("全县达到或超过省定标准的学校有9所。", [Q("9所", 9, "所")]),
    ("审批时限压缩了一半以上。", [Q("一半以上", 0.5, "", "at_least")]),
    ("从申请到领证只用了不到一天时间。", [Q("不到一天", 1, "天", "less_than")]),
    ("每名教师年培训时长不少于90学时。", [Q("不少于90学时", 90, "学时", "at_least")]),
    ("每个项目补助不超过50万元。", [Q("不超过50万元", 5e5, "元", "less_than")]),
    ("民营企业贡献了全县八成以上的税收。", [Q("八成以上", 80, "%", "at_least")]),
    ("全市突破千亿元的产业集群达到4个。", [Q("千亿元", 1e11, "元", "more_than"), Q("4个", 4, "个")]),
]

RANGES_FRACTIONS_RATIOS: list[Case] = [
    ("项目预计3至5年建成。", [Q("3至5年", 3, "年", "range")]),
    ("市级财政支持10—15家龙头企业发展。", [Q("10—15家", 10, "家", "range", "龙头企业")]),
    ("每个社区配备3-5名网格员。", [Q("3-5名", 3, "名", "range", "网格员")]),
    ("单笔补助1万元-5万元不等。", [Q("1万元-5万元", 10000, "元", "range")]),
    ("每年安排两到三万元工作经费。", [Q("两到三万元", 20000, "元", "range")]),
    ("约三分之一的村集体经济收入超过50万元。",
     [Q("约三分之一", 1 / 3, "", "approx"), Q("50万元", 5e5, "元", "more_than", "村集体经济收入")]),
    ("全市师生比为1:15。", [Q("1:15", 1, "", "exact", "师生比")]),
    ("“离家近，步行5分钟就到了。”居民说。", [Q("5分钟", 5, "分钟")]),
    ("三次产业结构为2.9:36.3:60.8。", [Q("2.9:36.3:60.8", 2.9, "", "exact", "三次产业结构")]),
    ("城乡居民人均可支配收入分别增长5.1%和7.3%。", [Q("5.1%", 5.1, "%"), Q("7.3%", 7.3, "%")]),
    ("一二三产业增加值分别增长1.2、3.4、5.6个百分点。",
     [Q("1.2", 1.2, "百分点"), Q("3.4", 3.4, "百分点"), Q("5.6个百分点", 5.6, "百分点")]),
]

# Colon-joined numbers are one ratio; ``value`` is its first term and ``values`` all of them
# (see test_ratios_keep_every_term). 10:30 is a clock unless a ratio word names it.
RATIOS: list[Case] = [
    ("全市三次产业结构调整为4.1:38.6:57.3。",
     [Q("4.1:38.6:57.3", 4.1, "", "exact", "三次产业结构")]),
    ("全市城乡人口之比为3∶5。", [Q("3∶5", 3, "", "exact", "城乡人口之比")]),
    ("全县出生人口男女比例为1：1.05。", [Q("1：1.05", 1, "", "exact", "出生人口男女比例")]),
    ("三次产业结构由5∶45∶50调整为3∶40∶57。",
     [Q("5∶45∶50", 5, "", "exact", "三次产业结构"), Q("3∶40∶57", 3, "", "exact", "三次产业结构")]),
    ("全区义务教育阶段师生比达到1:12。", [Q("1:12", 1, "", "exact", "义务教育阶段师生比")]),
    ("新建项目容积率控制在1:2.5以内。", [Q("1:2.5以内", 1, "", "less_than", "项目容积率")]),
    # a space after each colon, and a ratio word the segmenter joined to the verb after it (结构调整) (eval93)
    ("产业结构调整为26: 32.5: 41.5；", [Q("26: 32.5: 41.5", 26, "", "exact", "产业结构")]),
]

NOT_RATIOS: list[str] = [
    "会议定于上午10:30召开。",
    "比赛于19:00开始，22:15结束。",
    "时间：9：30，地点：区政府三楼会议室。",
    "比赛于19: 00开始。",
]

# 两位数增长 is growth of at least 10 %, 三位数 at least 100 %, 个位数 under 10 %; only next to
# a word of growth. Elsewhere N位数 is no claim at all, and 两位 before a noun stays a count.
GROWTH_DIGITS: list[Case] = [
    ("全市规上工业增加值保持两位数增长。", [Q("两位数", 10, "%", "at_least", "规上工业增加值")]),
    ("今年以来，跨境电商进出口实现三位数增长。", [Q("三位数", 100, "%", "at_least", "跨境电商进出口")]),
    ("居民消费价格涨幅控制在个位数。", [Q("个位数", 10, "%", "less_than", "居民消费价格涨幅")]),
    ("软件业务收入增速保持在两位数以上。", [Q("两位数以上", 10, "%", "at_least", "软件业务收入增速")]),
    ("营业收入连续三年保持两位数的增长。",
     [Q("三年", 3, "年", "exact", "营业收入"), Q("两位数", 10, "%", "at_least", "营业收入")]),
    ("工业投资出现两位数下降。", [Q("两位数", 10, "%", "at_least", "工业投资")]),
    ("请设置六位数密码，手机号码为11位数。", []),
    ("学校引进两位特级教师。", [Q("两位", 2, "位", "exact", "特级教师")]),
]

# A subject is a noun phrase, never a verb, adverb or numeral fragment: the fragments
# 月份加快, 面, 大, 一, 比重, 升, 拥, 平均水平 and 工作人员 came from sentences like these.
# When the figure's clause names nothing, the subject is the nearest noun phrase before it.
SUBJECT_PHRASES: list[Case] = [
    # 同口径 and 可比 say how growth is measured, not what grew
    ("一般公共预算收入112.4亿元，同口径增长3.6%。",
     [Q("112.4亿元", 112.4e8, "元", "exact", "一般公共预算收入"), Q("3.6%", 3.6, "%", "exact", "一般公共预算收入")]),
    # a bulletin's note mark between the name and its figure
    ("初步核算，全年全区实现生产总值[2]5069.57亿元。", [Q("5069.57亿元", 5069.57e8, "元", "exact", "生产总值")]),
    # a note in brackets (an abbreviation, what is left out) between the name and its figure
    ("前三季度，云和实现地区生产总值(GDP)73.18亿元。", [Q("73.18亿元", 73.18e8, "元", "exact", "地区生产总值")]),
    ("全市固定资产投资(不含农户)同比增长2.5%。", [Q("2.5%", 2.5, "%", "exact", "固定资产投资")]),
    # jieba's dictionary tags 城镇人口 as a place: it is what is counted
    ("其中，城镇人口134.72万人。", [Q("134.72万人", 1347200, "人", "exact", "城镇人口")]),
    # a comparison with a period in digits sits between the subject and its figure
    ("规模以上工业增加值1-10月份增长5.8%，增速比1-9月份加快0.4个百分点。",
     [Q("5.8%", 5.8, "%", "exact", "规模以上工业增加值"), Q("0.4个百分点", 0.4, "百分点", "exact", "增速")]),
    ("出口降幅较1—6月收窄2.3个百分点。", [Q("2.3个百分点", 2.3, "百分点", "exact", "出口降幅")]),
    # a noun made by a verb and a suffix stays whole (增长面, not 面)
    ("全市规模以上工业企业增长面为72.4%。", [Q("72.4%", 72.4, "%", "exact", "增长面")]),
    ("全县农村电商服务站覆盖面达到90%。", [Q("90%", 90, "%", "exact", "农村电商服务站覆盖面")]),
    # an adjective or a rank after the subject is no subject (大, 一)
    ("全市利用外资规模较大，达到12亿美元。", [Q("12亿美元", 1.2e9, "美元", "exact", "利用外资规模")]),
    ("快递业务量增速居全省第一，比全省平均高1.5个百分点。",
     [Q("1.5个百分点", 1.5, "百分点", "exact", "快递业务量增速")]),
    ("全市进出口总额位居全省第二，增长12%。", [Q("12%", 12, "%", "exact", "进出口总额")]),
    ("全区地区生产总值跃居全市第一，达到856亿元。",
     [Q("856亿元", 8.56e10, "元", "exact", "地区生产总值")]),
    # a share names what it is the share of (比重)
    ("研发经费投入占地区生产总值的比重为2.6%。",
     [Q("2.6%", 2.6, "%", "exact", "研发经费投入占地区生产总值比重")]),
    ("新能源汽车产量快速增长，占比提高3.1个百分点。",
     [Q("3.1个百分点", 3.1, "百分点", "exact", "新能源汽车产量占比")]),
    ("全年接待游客860万人次，其中过夜游客占四成。",
     [Q("860万人次", 8.6e6, "人次", "exact", "游客"), Q("四成", 40, "%", "exact", "过夜游客")]),
    ("全市90%以上的政务服务事项实现网上办理。", [Q("90%以上", 90, "%", "at_least", "政务服务事项")]),
    # verbs of change or possession end no subject (升, 拥)
    ("全市经济总量跃升至1.2万亿元。", [Q("1.2万亿元", 1.2e12, "元", "exact", "经济总量")]),
    ("全市主要经济指标排名上升3位。", [Q("3位", 3, "位", "exact", "主要经济指标排名")]),
    ("全市每万人拥有发明专利25.6件。", [Q("25.6件", 25.6, "件", "exact", "发明专利")]),
    # a gap to a benchmark names both sides (never 平均水平 alone)
    ("全市居民人均可支配收入增长6.1%，高于全省平均水平0.5个百分点。",
     [Q("6.1%", 6.1, "%", "exact", "居民人均可支配收入"),
      Q("0.5个百分点", 0.5, "百分点", "exact", "居民人均可支配收入高于全省")]),
    ("全市农村居民收入增长速度快于全国平均水平1.3个百分点。",
     [Q("1.3个百分点", 1.3, "百分点", "exact", "农村居民收入增长速度快于全国")]),
    # a list's bullet opening the line is no part of the subject (eval92)
    ("●广州经济总量突破3万亿元；", [Q("3万亿元", 3e12, "元", "more_than", "广州经济总量")]),
    # an age band is no figure but the subject of the count after it (eval95); an age alone is a figure
    ("18周岁以下30.24万人，60周岁及以上32.0万人。人均预期寿命达到79.6岁。",
     [Q("30.24万人", 302400, "人", "exact", "18周岁以下"), Q("32.0万人", 320000, "人", "exact", "60周岁及以上"),
      Q("79.6岁", 79.6, "岁", "exact", "人均预期寿命")]),
    # who spoke is no subject (工作人员)
    ("据工作人员介绍，今年已累计办理业务1.2万件。", [Q("1.2万件", 12000, "件", "exact", "办理业务")]),
    ("窗口工作人员介绍，同比增长了20%。", [Q("20%", 20, "%", "exact", "")]),
    # the nearest noun phrase of an earlier clause, when the figure's own names none
    ("上半年，全市出口增速由负转正，增长3.2%。", [Q("3.2%", 3.2, "%", "exact", "出口增速")]),
    # time words and numerals before the noun say when, not what
    ("一季度全区生产总值增长5.3%。", [Q("5.3%", 5.3, "%", "exact", "生产总值")]),
    ("全市2023年地区生产总值达到1.2万亿元。", [Q("1.2万亿元", 1.2e12, "元", "exact", "地区生产总值")]),
    # an indicator verb right before its figure is the indicator (亩均投入)
    ("亩均投入3000元，亩均产值1.2万元。",
     [Q("3000元", 3000, "元", "exact", "亩均投入"), Q("1.2万元", 12000, "元", "exact", "亩均产值")]),
    ("年收入超过50万元的村达120个。",
     [Q("50万元", 5e5, "元", "more_than", "年收入"), Q("120个", 120, "个", "exact", "村")]),
    # a noun of one character right after its measure word is one; a locative is not (中)
    ("全县先后有9个村入选省级示范村。", [Q("9个", 9, "个", "exact", "村")]),
    ("平均每9人中就有1户市场主体。",
     [Q("9人", 9, "人", "exact", ""), Q("1户", 1, "户", "exact", "市场主体")]),
    # the time a process took
    ("企业从签约到开工仅用了60天。", [Q("60天", 60, "天", "exact", "企业从签约到开工用时")]),
    ("项目力争用3年时间建成投产。", [Q("3年", 3, "年", "exact", "项目")]),   # a plan, no process
]

# (sentence, quantity text, change): a change verb right before the figure.
CHANGES: list[tuple[str, str, str | None]] = [
    ("全市地区生产总值同比增长5.2%。", "5.2%", "increase"),
    ("财政收入较上年同期下降3.3%。", "3.3%", "decrease"),
    ("降幅收窄2.1个百分点。", "2.1个百分点", "decrease"),
    ("土地出让收入同比减少27.6亿元。", "27.6亿元", "decrease"),
    ("全市常住人口比上年末增加6.5万人。", "6.5万人", "increase"),
    ("城镇化率提高0.8个百分点。", "0.8个百分点", "increase"),
    ("外贸进出口同比增长了8.9%。", "8.9%", "increase"),
    ("森林覆盖率提高到42.5%。", "42.5%", None),       # 提高到: the new level
    ("PM2.5平均浓度下降至32微克/立方米。", "32微克/立方米", None),
    ("分别增长5.1%和7.3%。", "7.3%", "increase"),
    # after a fall written with a minus sign, the list's next item rises as its verb says
    ("分别增长15.4%、-5.3%和1.5%。", "1.5%", "increase"),
]

# Sentences that hold numerals but no quantitative claim at all.
NOT_CLAIMS: list[str] = [
    "该区位列内五区第一，三县第一中学扩建。",    # a group's name (内五区) and a school's are no count of places
    "云和前三季度GDP增幅居26县第一。",              # 浙江's 山区26县 is a name (eval19)
    "有一部分群众反映，很大一部分企业受益。",          # a part of them, no count
    "盘县蝉联全国百强县，从第85位升至83位。",          # a rank risen to is a rank too (eval51)
    "新疆粮食总产全国排名上升到13位。",               # so is one after 排名 (eval52)
    "2019—2023年，全区经济运行平稳。",          # a span of years is a date
    "2016年至2020年，全市园区累计完成工业总产值。",   # so is one with both years written out
    "武汉跨入地区生产总值两万亿级城市行列。",          # a class of cities, no amount
    "发布日期：2011-04-15\n年初以来，全县经济运行平稳。",   # the end of a date
    "两年平均增长较快。",                          # names the kind of average
    "索 引 号: | 000014349/2022-4099750 | 是否有效: |",   # an index number, no fraction
    "详见 https://www.test.com/search?q=30%25%2020%28个",   # a URL's escapes, no percentage and count
    "农村居民人均可支配收入是十年前的水平。",          # 十 counts years, no amount of money
    "浏览:28117次 时间:2023年1月9日",              # a page's view counter
    "牢牢守住发展和生态两条底线。",                  # a slogan's lines not to cross
    "今年前两个月，去年前三季度，全区经济运行平稳。",
    "区第三届人大常委会第三十一次主任会议召开。",
    "在第40个教师节来临之际，区政协主席走访慰问。",
    "要深入学习贯彻党的二十大和二十届二中、三中全会精神。",
    "2024年第二期中青年干部培训班全体学员参加开学典礼。",
    "落实“高效办成一件事”，推动“一次办好”。",
    "群众办理是否实现“一口告知、一表申请、一次提交、一窗受理、一次办成”。",
    "区行政审批服务局四级调研员庄鑫表示。",
    "（上接第一版）“春雨行动”为主线，扩大信贷投放。",
    "作为全国首批科技金融应用试点城市。",
    "“一带一路”（青岛）金融服务中心揭牌。",
    "锚定新区“5+5+7”产业链。",
    "为社会输送了一批又一批具有创新精神的优秀毕业生。",
    "代办服务科在一次项目例行回访中了解到。",
    "搭建“金融+科技+产业”一体化发展平台，助力新区打造一流营商环境。",
    "2021年初，唐岛湾金融科创区在西海岸正式成立。",
    "扎实推进“十四五”规划实施，谋划“十五五”发展。",
    "咨询电话：0532-86889999，地址：长江中路216号。",
    "根据《青岛市人民政府办公厅关于印发实施方案的通知》（青政办发〔2023〕12号）精神。",
    "全面落实“最多跑一次”改革，推行“一网通办”“一窗受理”。",
    "坚持以“两个维护”为根本，增强“四个意识”、坚定“四个自信”。",
    "严格落实中央八项规定精神，力戒形式主义。",
    "一是加强组织领导，二是强化宣传引导，三是严格督导考核。",
    "推进九年义务教育优质均衡发展。",
    "全市建成“15分钟健康服务圈”。",
    "该市跻身全国百强县第12位，进入全国前3名。",
    "前5个月，全市经济运行稳中有进。",
    "会议于2024年3月5日上午9:30召开，1—8月主要指标运行平稳。",
    "他荣获全国五一劳动奖章。",
    "引进亿元以上项目，培育规模以上工业企业。",
    "实施城市更新三年行动计划。",
    "全区60周岁以上老年人享受免费体检。",
    "统计范围为年主营业务收入2000万元及以上的工业企业。",
    "其中，总投资超20亿元项目占比提高。",
    "出台“稳经济25条”等政策措施。",
    # paired halves as a figure of speech, and 人间 after a numeral (eval44)
    "小吃一条街人头攒动，一半人间烟火，一半诗与远方。",
    "这里的夏天一半是海水，一半是火焰。",
    # counts that name a slogan's parts or count named programmes, quoted slogans of numbered
    # parts, and the four leading bodies (eval23, eval24, eval32, eval47, eval11, eval36)
    "紧盯“疫情要防住、经济要稳住、发展要安全”三件大事，以“经济发展、民生保障”三条主线为着力点。",
    "大力实施三个“一号工程”和“十项重大工程”。",
    "贯彻市委“咬定一个目标、发力五个突破、聚力八大攻坚”工作思路。",
    "市四套班子全体领导出席会议。",
    # spans of years looked back on are dates, no counts (eval45)
    "五年间，各家企业积极推进技术创新。这五年，全县坚持绿色发展。",
]

# Whole-string amounts (table cells, peer cases) read by parse_quantity.
WHOLE: list[tuple[str, float, str, str]] = [
    ("近700万元", 7e6, "元", "nearly"),
    ("至少九千块钱以上", 9000, "元", "at_least"),
    ("壹仟玖佰圆整", 1900, "元", "exact"),
    ("六十四万零一百四十三元一角七分", 640143.17, "元", "exact"),
    ("3000多欧元", 3000, "欧元", "more_than"),
    ("8亿元人民币", 8e8, "元", "exact"),
    ("不到1.9万台币", 19000, "新台币", "less_than"),
    ("一个", 1, "个", "exact"),
]

KNOWN_MISSES: list[Case] = [
    ("平均每万人口拥有执业医师3.2人。", [Q("3.2人", 3.2, "人/万人", "exact", "执业医师")]),
]
# (kind, reason, what we find today) of each known miss: see tests/known_misses.py
_MISSES: list[tuple[str, str, list[Q]]] = [
    ("convention",
     "per-capita rates written with 每万人口 before the figure keep the plain count unit",
     [Q("3.2人", 3.2, "人", "exact", "执业医师")]),
]


def _found(sentence: str) -> list[Q]:
    return [Q(q.text, q.value, q.unit, q.qualifier, q.subject) for q in find_quantities(sentence)]


def _matches(found: list[Q], expected: list[Q]) -> bool:
    if len(found) != len(expected):
        return False
    for got, want in zip(found, expected, strict=True):
        if (got.text, got.unit, got.qualifier) != (want.text, want.unit, want.qualifier):
            return False
        if abs(got.value - want.value) > 1e-9 * max(1.0, abs(want.value)):
            return False
        if want.subject is not None and got.subject != want.subject:
            return False
    return True


def _params(named: dict[str, list[Case]]) -> list[object]:
    return [pytest.param(sentence, expected, id=f"{name}-{i:02d}")
            for name, cases in named.items() for i, (sentence, expected) in enumerate(cases)]


# 分别 ("respectively") hands a list of subjects to a list of figures, in order;
# the items before the last name only what differs (城镇 for 农村).
RESPECTIVELY: list[Case] = [
    ("城镇、农村常住居民人均可支配收入分别达到52316元、28745元，分别增长4.9%和6.8%。",
     [Q("52316元", 52316, "元", "exact", "城镇常住居民人均可支配收入"),
      Q("28745元", 28745, "元", "exact", "农村常住居民人均可支配收入"),
      Q("4.9%", 4.9, "%", "exact", "城镇常住居民人均可支配收入"),
      Q("6.8%", 6.8, "%", "exact", "农村常住居民人均可支配收入")]),
    ("第一、二、三产业增加值分别增长3.5%、5.2%和6.1%。",
     [Q("3.5%", 3.5, "%", "exact", "第一产业增加值"), Q("5.2%", 5.2, "%", "exact", "第二产业增加值"),
      Q("6.1%", 6.1, "%", "exact", "第三产业增加值")]),
    ("一般公共预算收入、税收收入分别完成32.1亿元、25.6亿元。",
     [Q("32.1亿元", 3.21e9, "元", "exact", "一般公共预算收入"),
      Q("25.6亿元", 2.56e9, "元", "exact", "税收收入")]),
    ("进口、出口分别增长5%和8%。新增就业1.2万人，增长3%。",
     [Q("5%", 5, "%", "exact", "进口"), Q("8%", 8, "%", "exact", "出口"),
      Q("1.2万人", 12000, "人", "exact", "就业"), Q("3%", 3, "%", "exact", "就业")]),
    # counted items: each item names its own figure, the whole of its name
    ("302个省大中型项目、146个市重点工程、1786个六大攻坚战项目分别完成年度投资计划的115%、129%和155%。",
     [Q("302个", 302, "个", "exact", "省大中型项目"), Q("146个", 146, "个", "exact", "市重点工程"),
      Q("1786个", 1786, "个", "exact", "六大攻坚战项目"), Q("115%", 115, "%", "exact", "省大中型项目"),
      Q("129%", 129, "%", "exact", "市重点工程"), Q("155%", 155, "%", "exact", "六大攻坚战项目")]),
    ("城镇、农村居民人均可支配收入分别增长4.9%和6.8%。",
     [Q("4.9%", 4.9, "%", "exact", "城镇居民人均可支配收入"), Q("6.8%", 6.8, "%", "exact", "农村居民人均可支配收入")]),
    ("两个项目分别投资3亿元和5亿元。",
     [Q("两个", 2, "个", "exact", "项目"), Q("3亿元", 3e8, "元", "exact", "投资"),
      Q("5亿元", 5e8, "元", "exact", "投资")]),
]


@pytest.mark.parametrize("sentence, expected", _params({
    "sample": SAMPLE, "counts": COUNTS, "money": MONEY, "percent": PERCENT_AND_POINTS,
    "measures": MEASURES_AND_DURATIONS, "hedges": HEDGES, "ranges": RANGES_FRACTIONS_RATIOS,
    "respectively": RESPECTIVELY, "ratios": RATIOS, "growth-digits": GROWTH_DIGITS,
    "subjects": SUBJECT_PHRASES,
}))
def test_quantities(sentence: str, expected: list[Q]) -> None:
    found = _found(sentence)
    assert _matches(found, expected), f"\nfound    {found}\nexpected {expected}"


@pytest.mark.parametrize("sentence", NOT_CLAIMS, ids=[f"not-claim-{i:02d}" for i in range(len(NOT_CLAIMS))])
def test_not_claims(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize("sentence, text, change", CHANGES, ids=[f"change-{i:02d}" for i in range(len(CHANGES))])
def test_change(sentence: str, text: str, change: str | None) -> None:
    by_text = {q.text: q.change for q in find_quantities(sentence)}
    assert text in by_text and by_text[text] == change


@pytest.mark.parametrize("text, value, unit, qualifier", WHOLE, ids=[f"whole-{i:02d}" for i in range(len(WHOLE))])
def test_parse_quantity(text: str, value: float, unit: str, qualifier: str) -> None:
    q = parse_quantity(text, default_unit="元")
    assert q is not None
    assert (q.unit, q.qualifier) == (unit, qualifier)
    assert abs(q.value - value) < 1e-6 * max(1.0, value)


@pytest.mark.parametrize("sentence, expected, kind, current", [
    pytest.param(s, e, k, c, id=f"miss-{i:02d}", marks=known_misses.mark(k, r))
    for i, ((s, e), (k, r, c)) in enumerate(zip(KNOWN_MISSES, _MISSES, strict=True))
])
def test_known_misses(sentence: str, expected: list[Q], kind: str, current: list[Q]) -> None:
    got = _found(sentence)
    if _matches(got, expected):
        return  # fixed: a strict XPASS until the case moves to the lists above
    known_misses.check_kind(kind, not got, sentence)
    known_misses.fail_as_recorded(got, current, sentence)


def test_ranges_carry_their_upper_end() -> None:
    (q,) = find_quantities("市财政支持30—50个村级项目。")
    assert (q.value, q.value_max, q.qualifier) == (30, 50, "range")
    (q,) = find_quantities("人民币数十亿元")
    assert (q.value, q.value_max) == (1e9, 1e10)


def test_spans_point_into_the_text() -> None:
    text = "全区金融机构达242家，国开行将提供近万亿元融资支持"
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text


def test_a_decimal_point_set_apart_by_spaces() -> None:
    """169 . 3亿元: a PDF copy's spaces around a decimal point are inside the numeral (eval53)."""
    text = "实现社会消费品零售总额169 . 3亿元，同比增长13.5%。"
    q = find_quantities(text)[0]
    assert (q.value, q.unit, text[q.start:q.end]) == (1.693e10, "元", "169 . 3亿元")


def test_spaces_inside_a_numeral_keep_original_offsets() -> None:
    text = "新台币 177.1 亿元"
    (q,) = find_quantities(text)
    assert (q.value, q.unit, text[q.start:q.end]) == (1.771e10, "新台币", "177.1 亿元")


def test_metres_and_permille_points() -> None:
    text = "新建雨水管网540m，人口自然增长率比上年下降0.86个千分点。"
    assert [(q.value, q.unit, q.unit_kind) for q in find_quantities(text)] == [
        (540.0, "米", "measure"), (0.86, "‰", "points")]


def test_a_percent_sign_set_apart_is_the_figures() -> None:
    text = "衣着下降0.2 %，交通和通信下降3.7 %，居住下降2.1%。"
    found = [(q.value, q.unit, text[q.start:q.end]) for q in find_quantities(text)]
    assert found == [(0.2, "%", "0.2 %"), (3.7, "%", "3.7 %"), (2.1, "%", "2.1%")]


def test_unit_kinds() -> None:
    kinds = {q.text: q.unit_kind for q in find_quantities(
        "投资3亿元，增长5%，提高2个百分点，增长1倍，建成10家，造林3万亩，用时5天，约占三分之一，师生比1:15")}
    assert kinds == {"3亿元": "money", "5%": "percent", "2个百分点": "points", "1倍": "multiple",
                     "10家": "count", "3万亩": "measure", "5天": "duration", "三分之一": "fraction",
                     "1:15": "ratio"}


# Words that start with a numeral character but hold no number (零部件, 零售, 百姓).
NUMERAL_WORDS = [
    ("汽车零部件企业达120家", [("120家", 120.0, "家")]),
    ("社会消费品零售总额增长5%", [("5%", 5.0, "%")]),
    ("零距离服务群众2000余人次", [("2000余人次", 2000.0, "人次")]),
    ("为老百姓办实事12件", [("12件", 12.0, "件")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NUMERAL_WORDS, ids=[c[0][:6] for c in NUMERAL_WORDS])
def test_numeral_words_are_not_numbers(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(sentence)] == expected


# 以上 followed by a verb closes a claim; followed by a noun it names a size class.
AT_LEAST_THEN_VERB = [
    ("带动配套企业20家以上落户", [("20家以上", 20.0, "家", "at_least")]),
    ("组织3000人以上参加培训", [("3000人以上", 3000.0, "人", "at_least")]),
    ("全区60岁以上老人3.2万人", [("3.2万人", 32000.0, "人", "exact")]),
    ("年营收2000万元以上企业达45家", [("45家", 45.0, "家", "exact")]),
    # a size class whose 元 is left unsaid: 5000万项目 are projects of 5000万元, not 5000万 items
    ("其中1亿元项目1个，5000 万项目 2个", [("1个", 1.0, "个", "exact"), ("2个", 2.0, "个", "exact")]),
    ("全年完成3项目标任务", [("3项", 3.0, "项", "exact")]),
]


@pytest.mark.parametrize(("sentence", "expected"), AT_LEAST_THEN_VERB,
                         ids=[c[0][:8] for c in AT_LEAST_THEN_VERB])
def test_at_least_then_a_verb_is_a_claim(sentence: str, expected: list) -> None:
    got = [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities(sentence)]
    assert got == expected


@pytest.mark.parametrize(("sentence", "text", "values"), [
    ("三次产业结构为2.9:36.3:60.8。", "2.9:36.3:60.8", (2.9, 36.3, 60.8)),
    ("全市城乡人口之比为3∶5。", "3∶5", (3.0, 5.0)),
    ("全县出生人口男女比例为1：1.05。", "1：1.05", (1.0, 1.05)),
    ("全区义务教育阶段师生比达到1:12。", "1:12", (1.0, 12.0)),
    ("城乡居民收入比缩小到2.47:1。", "2.47:1", (2.47, 1.0)),
    ("约三分之一的村集体经济收入超过50万元。", "约三分之一", (1.0, 3.0)),
    ("占全省的1/4。", "1/4", (1.0, 4.0)),
], ids=["three-terms", "ratio-sign", "full-width-colon", "clock-like-with-cue", "decimal", "fraction",
        "slash-fraction"])
def test_ratios_keep_every_term(sentence: str, text: str, values: tuple[float, ...]) -> None:
    q = next(q for q in find_quantities(sentence) if q.text == text)
    assert q.values == values
    assert q.value == (values[0] if q.unit_kind == "ratio" else values[0] / values[1])
    assert q.unit_kind in ("ratio", "fraction")
    assert q.to_dict()["values"] == list(values)


def test_other_figures_have_no_terms() -> None:
    assert all(q.values == () for q in find_quantities("投资3亿元，增长5%，建成10家，约占五成"))


@pytest.mark.parametrize("sentence", NOT_RATIOS, ids=[f"not-ratio-{i:02d}" for i in range(len(NOT_RATIOS))])
def test_clock_times_are_not_ratios(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(("sentence", "change"), [
    ("全市规上工业增加值保持两位数增长。", "increase"),
    ("近年来，园区经济持续保持两位数快速增长。", "increase"),   # a word of manner between
    ("居民消费价格涨幅控制在个位数。", "increase"),
    ("工业投资出现两位数下降。", "decrease"),
    ("降幅收窄至个位数。", "decrease"),
], ids=["growth-after", "manner-between", "growth-before", "decline-after", "decline-before"])
def test_digit_counts_are_growth_rates(sentence: str, change: str) -> None:
    (q,) = find_quantities(sentence)
    assert (q.unit_kind, q.change) == ("percent", change)


# --- short cuts that must change nothing ------------------------------------------

_ROOT = Path(__file__).resolve().parents[2]
_DEV_TEXT = "\n".join(p.read_text(encoding="utf-8")
                      for folder in ("tests/gold/heldout", "tests/gold/eval3", "tests/gold/eval4", "seeds")
                      for p in sorted((_ROOT / folder).glob("*.txt")))


def test_last_clause_stop_is_the_last_of_any_stop_character() -> None:
    text = _DEV_TEXT[:6000]
    for hi in range(0, len(text), 37):
        for lo in (0, max(0, hi - 12), max(0, hi - 60), hi):
            expected = max(text.rfind(ch, lo, hi) for ch in quantities._CLAUSE_STOPS)
            assert quantities._last_stop(text, lo, hi) == expected, (lo, hi)


@pytest.mark.parametrize(("pattern", "ends"), [
    ("_BEFORE_IN", "_BEFORE_IN_ENDS"), ("_BEFORE_OUT", "_BEFORE_OUT_ENDS"),
    ("_CHANGE", "_CHANGE_ENDS"), ("_PER_BEFORE", "_PER_ENDS"),
])
def test_a_pattern_ending_at_a_figure_ends_in_one_of_its_end_characters(pattern: str, ends: str) -> None:
    """The hedge and verb patterns are searched only where the character before the
    figure is one of their end characters; everywhere they match, it is."""
    rx, chars = getattr(quantities, pattern), getattr(quantities, ends)
    text = _DEV_TEXT + "约300元，接近5万人，超过了100家，增长了5%，每平方米1.6万元，同比下降\n3%"
    found = 0
    for end in range(1, len(text)):
        if rx.search(text, max(0, end - 8), end):
            found += 1
            assert text[end - 1] in chars, (pattern, text[max(0, end - 8):end])
    assert found   # the text holds such words


def test_a_signed_fall_is_a_decrease() -> None:
    """增长-6.2% and 下降6.2% say the same: value 6.2, change decrease; -5℃ keeps its sign."""
    signed = [(q.value, q.change) for q in find_quantities("第二产业增加值增长-6.2%；气温-5℃。")]
    assert signed == [(6.2, "decrease"), (-5.0, None)]


def test_a_list_of_rates_carries_its_signs_as_falls() -> None:
    """增速分别为-11.6%、4.1%、-30%、-22.2%: every rate of the list, not only the first, is a fall
    written with a sign (eval78); a list with no word of change keeps its signs."""
    rates = find_quantities("1—11月份，全市限上批、零、住、餐四行业增速分别为-11.6%、4.1%、-30%、-22.2%。")
    assert [(q.value, q.change) for q in rates] == [(11.6, "decrease"), (4.1, None), (30.0, "decrease"),
                                                    (22.2, "decrease")]
    bare = find_quantities("温差为-3%、-5%。")
    assert [(q.value, q.change) for q in bare] == [(-3.0, None), (-5.0, None)]


def test_a_ratio_of_shares_whose_colons_were_lost() -> None:
    """三次产业结构比为14.515.869.7 (14.5:15.8:69.7 with its colons lost in copying, eval79): read when one
    cut only gives terms that add up to 100; the same digits with no ratio word, or a cut that does
    not add up, are no ratio."""
    (q,) = find_quantities("三次产业结构比为14.515.869.7，呈现三二一态势。")
    assert (q.text, q.value, q.values, q.unit_kind) == ("14.515.869.7", 14.5, (14.5, 15.8, 69.7), "ratio")
    (two,) = find_quantities("三次产业结构为6.0155.0438.95。")
    assert two.values == (6.01, 55.04, 38.95)
    assert find_quantities("编号为14.515.869.7。") == []
    assert find_quantities("三次产业结构为14.515.869.9。") == []


def test_two_percentages_whose_separator_fell_out() -> None:
    """增长6.1%8% (6.1%、8% with its 、 lost in copying, eval83; eval20) is two figures; digits after a
    percentage sign in a web address are none."""
    found = find_quantities("城镇、农村居民人均可支配收入同比增长6.1%8%，高于GDP增速")
    assert [(q.text, q.value) for q in found] == [("6.1%", 6.1), ("8%", 8.0)]
    assert find_quantities("q=30%25%2020") == []


def test_a_sign_after_a_fall_says_it_again() -> None:
    """同比下降-1.4%: the minus repeats the fall its verb said, a fall of 1.4 % written 1.4% (eval55)."""
    (q,) = find_quantities("第三产业增加值64.55亿元，同比下降-1.4%；")[1:]
    assert (q.text, q.value, q.change) == ("1.4%", 1.4, "decrease")


@pytest.mark.parametrize("text", [
    "对个旧市十七届人大六次会议第55号建议的答复",      # a session of a congress
    "关于兴庆区人大四届三次会议第16号建议的答复",
    "认真落实市委八届六次、七次全会精神",            # sessions listed (eval64)
    "分别居全省第21位和43位",                        # a second rank after 第…和 (eval64)
    "2007-01-15 08:17:33 来源：东北网",                 # a clock time with seconds
])
def test_sessions_and_clock_times_are_no_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_a_list_marker_before_a_year_is_no_decimal() -> None:
    """1.2017-2021年 opening a line is item 1 and a span of years, not 1.2017 年; in running
    text a number before a year is left alone."""
    text = "二.建议办理情况\n1.2017-2021年安排资金共计454万元；\n3.2017年之前，每年安排5-10万元"
    assert [q.text for q in find_quantities(text)] == ["454万元", "5-10万元"]


def test_a_latin_rate_denominator_after_a_slash() -> None:
    """580元/g and 3000元/t are prices per gram and per tonne; a lone g or t is no unit."""
    found = [(q.text, q.unit) for q in find_quantities("金价从580元/g上涨到832.6元/g，运费3000元/t")]
    assert found == [("580元/g", "元/g"), ("832.6元/g", "元/g"), ("3000元/t", "元/t")]
    assert [q.text for q in find_quantities("建成5g基站")] == []


def test_a_count_listed_before_points_is_points_cut_short() -> None:
    """分别拉动经济增长0.8个、0.1个、1.3个百分点: the 个 items are 百分点 too; a plain list
    of counts keeps its 个."""
    found = [(q.text, q.unit) for q in find_quantities("分别拉动经济增长0.8个、0.1个、1.3个百分点。")]
    assert found == [("0.8个", "百分点"), ("0.1个", "百分点"), ("1.3个百分点", "百分点")]
    assert [q.unit for q in find_quantities("新建3个、改造5个")] == ["个", "个"]
    # joined by 和 too: 分别高出全国、全省平均水平2.2个和1.7个百分点
    found = [(q.text, q.unit) for q in find_quantities("分别高出全国、全省平均水平2.2个和1.7个百分点。")]
    assert found == [("2.2个", "百分点"), ("1.7个百分点", "百分点")]
    assert [q.unit for q in find_quantities("新建学校3个和医院5个")] == ["个", "个"]
    # with the spaces a page set around its figures (eval90): 分别回落 4.4 个和 2 个百分点
    found = [(q.text, q.unit) for q in find_quantities("比去年同期、去年全年分别回落 4.4 个和 2 个百分点。")]
    assert found == [("4.4 个", "百分点"), ("2 个百分点", "百分点")]


def test_a_mark_passed_is_more_than() -> None:
    """全年财政收入跨越130亿元: past that mark, more than it (eval90), as after 突破."""
    assert [(q.text, q.qualifier) for q in find_quantities("全年财政收入跨越130亿元。")] == [("130亿元", "more_than")]


def test_the_years_a_review_looks_back_on_count_nothing() -> None:
    """过去五年 and 极不平凡的五年 name the span a work report reviews; 未来5年 and 用五年时间
    still count years."""
    assert [q.text for q in find_quantities("过去五年，是极不平凡的五年。未来5年将建成，用五年时间完成")] == ["5年", "五年"]


def test_a_signed_rate_of_change_is_a_fall() -> None:
    """较一季度(-10.8%): a rate of change written with a minus sign is a fall of 10.8 %, as
    下降10.8% is; a bare -5% keeps its sign, and so does a vital rate (自然增长率为-4.34‰)."""
    (_, base, _) = find_quantities("比上年同期增长-8.7%，较一季度(-10.8%)回升2.1个百分点。")
    assert (base.value, base.change) == (10.8, "decrease")
    (bare,) = find_quantities("-5%")
    assert bare.value == -5
    (vital,) = find_quantities("人口自然增长率为-4.34‰。")
    assert vital.value == -4.34 and vital.change is None


def test_an_indicator_s_latin_name_run_into_its_figure_is_no_code() -> None:
    """(GDP188.72亿元: the catalogue's GDP right before the figure, its bracket left open; a code
    such as G20 or A123 stays no figure."""
    assert [q.text for q in find_quantities("全年实现地区生产总值(GDP188.72亿元,增长0.5%")] == ["188.72亿元", "0.5%"]
    assert [q.text for q in find_quantities("G20峰会,编号A123号")] == []


def test_livestock_of_several_kinds_counted_together() -> None:
    """牲畜存栏233.2万头只匹: heads of cattle, sheep and horses in one count keep the whole unit."""
    found = find_quantities("年末草食牲畜存栏总数233.2万头只匹，同比减少8.41%。育活仔畜71.29万头(只)。")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("233.2万头只匹", 2332000.0, "头只匹"), ("8.41%", 8.41, "%"), ("71.29万头", 712900.0, "头")]


def test_a_verb_hedges_every_figure_of_its_list() -> None:
    """分别突破290万人次、15亿元: 突破 says more than of both; a figure after a comma is its own."""
    found = find_quantities("旅游人数、旅游收入分别突破290万人次、15亿元，增幅均达10%；市值突破2500亿元，利润3亿元。")
    assert [(q.text, q.qualifier) for q in found] == [
        ("290万人次", "more_than"), ("15亿元", "more_than"), ("10%", "exact"),
        ("2500亿元", "more_than"), ("3亿元", "exact")]


def test_a_basis_of_calculation_is_no_subject() -> None:
    """按可比价格计算，同比增长3.7%: the basis names nothing (its 比 is no comparison), so the
    figure has no subject of its own rather than the fragment 按可."""
    found = find_quantities("按可比价格计算，同比增长3.7%；地区生产总值按可比价格计算增长6%。")
    assert [(q.text, q.subject) for q in found] == [("3.7%", ""), ("6%", "地区生产总值")]
