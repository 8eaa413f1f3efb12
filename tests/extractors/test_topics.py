"""Topics of an article (extractors/topics.py).

Development and evaluation: the five articles of the sample page are labelled by
hand below; fifteen short articles written for these tests in the style of
other cities' government news check that the lexicon is not tuned to the sample.
Each case gives the labels that must come out and the ones that may (a second
theme an editor could reasonably file the article under); nothing else may.
"""

from __future__ import annotations

import pytest

from extractors import topics
from extractors.topics import score_topics
from tests.extractors.test_organizations import SAMPLE_ARTICLES

# article → (labels required, labels allowed besides)
SAMPLE_LABELS = {
    "npc_meeting": ({"人大政协"}, {"法治", "农业农村", "党建"}),
    "teachers_day": ({"教育", "人大政协"}, set()),
    "party_school": ({"党建"}, {"教育"}),
    "approval_bureau": ({"政务服务", "营商环境"}, {"城市建设", "民生社保"}),
    "finance": ({"金融", "科技", "海洋"}, {"招商投资"}),
}

# (id, text, labels required, labels allowed besides)
OWN = [
 ("luoyang_economy", "本报讯 记者从市统计局获悉，前三季度，全市地区生产总值3986.2亿元，同比增长7.9%。全市社会消费品零售总额完成1680亿元，外贸进出口总额达到156亿元，一般公共预算收入增长8.4%。市统计局有关负责人表示，全市经济运行总体平稳、稳中向好，主要经济指标增速保持在合理区间。", {"经济运行"}, {"招商投资", "工业制造"}),
 ("hangzhou_tech", "本报讯 记者从杭州市科技局获悉，今年以来，全市新认定国家高新技术企业1200余家，规上工业企业研发投入同比增长15%。市科技局相关负责人介绍，杭州将继续加大对人工智能、集成电路等领域关键核心技术攻关的支持力度，推动科技成果转化，建设一批概念验证中心和中试平台，让更多科研成果走出实验室。", {"科技"}, {"工业制造"}),
 ("chengdu_metro", "本报讯 昨日上午，成都地铁30号线一期正式开通运营。该线路全长约26公里，设站20座，与既有地铁线路形成多处换乘，将有效缓解城东片区市民出行压力。市交通运输局表示，年内还将新开通两条公交接驳线路，进一步完善轨道交通与公交的衔接，构建便捷高效的城市路网。", {"交通"}, {"城市建设"}),
 ("suzhou_invest", "本报讯 在日前举行的苏州工业园区重点项目集中签约活动上，共有32个产业项目现场签约，总投资超过460亿元，涵盖生物医药、新能源、高端装备等领域。园区投资促进局负责人表示，将持续深化招商引资，强化要素保障，推动签约项目早落地、早开工、早投产。", {"招商投资"}, {"工业制造", "营商环境", "城市建设"}),
 ("shenzhen_health", "本报讯 记者从市卫健委获悉，今年全市新增家庭医生签约居民50万人，社区健康服务中心达到800家。市人民医院组织专家团队深入社区开展义诊，为老年人提供慢性病诊疗和健康体检服务。下一步，全市将推进紧密型医共体建设，让群众在家门口享受优质医疗资源。", {"卫生健康"}, {"民生社保"}),
 ("xiamen_bay", "本报讯 厦门市深入推进海湾综合治理，全面落实湾长制，今年近岸海域水质优良比例达到98%。市生态环境局介绍，全市持续开展入海排污口排查整治和海漂垃圾清理，加强红树林湿地保护，海洋生态环境质量稳步改善，生物多样性不断提升。", {"生态环保", "海洋"}, set()),
 ("shouguang_farm", "本报讯 连日来，寿光市各镇街蔬菜大棚里一派繁忙景象。全市新建改造高标准农田5万亩，推广智能化大棚2000余个，蔬菜种植面积稳定在60万亩。市农业农村局负责人介绍，全市将以乡村振兴为统领，发展农产品精深加工，带动村集体和农民持续增收。", {"农业农村"}, {"科技"}),
 ("xian_tourism", "本报讯 国庆假期，西安各大景区迎来客流高峰。据市文化和旅游局统计，假期全市共接待游客1500万人次，实现旅游收入120亿元。大唐不夜城、城墙等景区推出沉浸式演出和非遗展示活动，夜经济持续火热，民宿和酒店入住率同比明显提升。", {"文旅"}, set()),
 ("tianjin_flood", "本报讯 为切实做好汛期安全防范工作，昨日，滨海新区应急管理局联合区消防救援支队在海河沿岸开展防汛应急演练。演练模拟了暴雨导致道路积水、人员被困等险情，检验了各部门的协同救援能力。区应急管理局要求，各单位要加强隐患排查，严格落实防汛值班制度，确保安全度汛。", {"安全应急"}, {"交通"}),
 ("zhengzhou_jobs", "本报讯 记者从郑州市人力资源和社会保障局获悉，今年前三季度全市城镇新增就业10.2万人，发放创业担保贷款12亿元。市人社局还将持续开展“春风行动”等公共就业服务活动，落实社保补贴政策，兜牢困难群众和零就业家庭的民生底线。", {"民生社保"}, {"金融"}),
 ("ningbo_court", "本报讯 近日，宁波市中级人民法院联合市司法局开展“法治进社区”普法宣传活动。法官和律师现场解答群众关于婚姻家庭、劳动纠纷等方面的法律问题，并结合典型案件讲解防范电信网络诈骗知识。市司法局表示，将持续深化法治宣传教育，引导群众依法维护合法权益。", {"法治"}, {"民生社保"}),
 ("hefei_auto", "本报讯 合肥新能源汽车产业持续壮大。前10个月，全市新能源汽车产量突破60万辆，规模以上工业增加值同比增长12.5%。在位于经开区的整车工厂，一条条智能生产线高速运转。市经信局负责人介绍，全市将围绕产业链补链强链，推动先进制造业集群发展。", {"工业制造"}, {"科技", "生态环保"}),
 ("wuhan_party", "本报讯 日前，武汉市某区委召开党纪学习教育专题读书班。会议强调，全区各级党组织和广大党员干部要把学习贯彻党纪作为重要政治任务，深化理论学习，严守政治纪律和组织纪律，推动全面从严治党向纵深发展，以高质量党建引领高质量发展。", {"党建"}, set()),
 ("jinan_service", "本报讯 济南市行政审批服务局深化“一网通办”改革，推出企业开办“一件事”套餐服务，企业开办时间压缩至1个工作日以内。同时，全面推行惠企政策“免申即享”，今年以来已为3.2万家市场主体兑现政策资金。市行政审批服务局表示，将持续优化营商环境，提升政务服务效能。", {"政务服务", "营商环境"}, set()),
 ("guangzhou_renewal", "本报讯 广州市加快推进城市更新，今年计划完成老旧小区改造120个，惠及居民4.5万户。改造内容包括加装电梯、雨污分流、燃气管网和供水管网更新等。市住房和城乡建设局表示，将统筹推进基础设施补短板，提升城市品质和居民生活质量。", {"城市建设"}, {"民生社保"}),
 ("district_npc", "本报讯 今天上午，区人大常委会组成执法检查组，对《中华人民共和国安全生产法》贯彻实施情况开展执法检查。检查组听取了区应急管理局的工作汇报，实地察看了部分企业的安全生产情况。区人大常委会副主任王立军要求，要强化监督实效，推动法律法规落地见效。", {"人大政协"}, {"法治", "安全应急"}),
]

NO_TOPIC = [
    "今天天气晴朗。",
    "会议由主持人宣布开始，与会人员进行了交流。",
]


@pytest.mark.parametrize(
    ("text", "required", "allowed"),
    [pytest.param(SAMPLE_ARTICLES[a], r, x, id=f"sample-{a}") for a, (r, x) in SAMPLE_LABELS.items()]
    + [pytest.param(t, r, x, id=name) for name, t, r, x in OWN],
)
def test_article_topics(text: str, required: set[str], allowed: set[str]) -> None:
    labels = {t.label for t in score_topics(text)}
    assert required <= labels <= required | allowed


@pytest.mark.parametrize("text", NO_TOPIC, ids=["weather", "procedure"])
def test_no_topic(text: str) -> None:
    assert score_topics(text) == []


def test_topics_are_sorted_and_carry_their_keywords() -> None:
    found = score_topics(SAMPLE_ARTICLES["finance"])
    weights = [t.weight for t in found]
    assert weights == sorted(weights, reverse=True)
    finance = next(t for t in found if t.label == "金融")
    assert "金融" in finance.keywords and "科技金融" in finance.keywords
    assert all(t.keywords for t in found)


def test_a_keyword_in_a_title_is_not_a_topic() -> None:
    """党组书记 is a title; without a weight-0 entry it would count as 党建."""
    assert "党建" not in {t.label for t in score_topics("区政协党组书记、主席到学校走访慰问教师。")}


def test_score_is_normalised_by_length() -> None:
    text = SAMPLE_ARTICLES["teachers_day"]
    padded = text + "。" * len(text) * 3
    short = {t.label: t.weight for t in score_topics(text)}
    long = {t.label: t.weight for t in score_topics(padded)}
    assert long["教育"] < short["教育"] / 2


def _plain_scan(text: str) -> tuple[list[str], list[str]]:
    """What topics._scan must return: the lead and the whole text scanned apart."""
    return (topics._KEYWORDS.findall(text, 0, topics._lead_end(text)),
            topics._KEYWORDS.findall(text))


# Keywords right at the end of the lead (150 characters or the first full stop),
# where the lead's scan and the whole text's scan can part ways.
LEAD_EDGES = [
    "区" * offset + "科技金融服务中心" + "，营商环境" * 3
    for offset in range(138, 152)
] + [
    "区" * offset + "科技金融。" + "科技金融服务" * 2 for offset in range(0, 6)
] + [text for text in SAMPLE_ARTICLES.values()]


@pytest.mark.parametrize("text", LEAD_EDGES, ids=range(len(LEAD_EDGES)))
def test_the_lead_is_scanned_once_with_the_same_keywords(text: str) -> None:
    assert topics._scan(text) == _plain_scan(text)
