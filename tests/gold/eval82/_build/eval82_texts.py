# Page texts of eval82 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval82/_build/eval82_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval82_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture inside a kept line listed in INLINE cut from it and, for the pages
# in CUT, everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval82_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e82_02_lingshan_20160729.txt": [
        "看家乡事,品故乡情",  # the portal's slogan
        "新闻推荐",  # the portal's related-news box
        "钦州:200万只",  # a related-news headline, broken off
    ],
    "e82_04_xichuan_20190916.txt": [
        "用户登录",  # the site's login box
        "还没有账号?",  # the site's login box
        "立即注册",  # the site's login box
    ],
    "e82_05_yuanyang_20240917.txt": [
        "人大代表建议办理答复",  # the column's name
        "- 索引号: 20240920-154115-663",  # index box
        "- 发布机构: 红河州水利局",  # index box
        "- 文号:",  # index box (empty)
        "- 时效性: 有效",  # index box
    ],
    "e82_06_xizang_20250723.txt": [
        "经济发展",  # the portal's category label
        "所属地区:西藏",  # the portal's region label
    ],
    "e82_07_neimenggu_20190718.txt": [
        "关键词:",  # the portal's empty keyword line
    ],
    "e82_08_guizhou_20230427.txt": [
        "(资料图片仅供参考)",  # the portal's photo note
    ],
}

# Furniture inside a kept line: (the stripped line, the stretch cut, "head" or "tail").
INLINE = {
    "e82_01_suzhou_20220425.txt": [
        ("发布日期:2022-04-25 14:38 编辑:工业科 来源:宿州市统计局 字号:【   阅读:", " 字号:【   阅读:", "tail"),  # font and counter tools
    ],
    "e82_02_lingshan_20160729.txt": [
        ("广西日报 2016-07-29 21:38 大字", " 大字", "tail"),  # the portal's font-size tool
    ],
    "e82_08_guizhou_20230427.txt": [
        ("三是对外开放力度加大。一季度,贵州省进出口总额189.47亿元,比上年同期增长58%。其中,出口总额141.8亿元,增长92%。贵",
         "贵", "tail"),  # the store breaks off in the next sentence: its first character cut
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e82_03_donglan_20160801.txt": "脱贫攻坚强力推进。产业扶贫方面,全县整合资金1879.2万元,按人均1000元标准发放补贴,支持贫困农户发展产业。截至7月1日,各乡镇已落实产业扶持资金(物资)1517万元,完成率达85%。基础设施扶贫方面,整合资金8597.79万元,开工建设屯级公路232条284.22公里,完成投资1682.44万元;整合资金2226.2万元,实施农村危房改造1470户,竣工147户;整合资金1053.7万元,开工建设16个预脱贫村集中供水工程70处、家庭水柜62个;整合资金2200万元,计划开工建设村级公共服务中心22个,目前已经实现开工21个、未开工1个。易地扶贫搬迁方面,全县争取到易地扶贫专项资金1.05亿元,项目信贷融资到位资金4.52亿元。今年上级下达该县易地扶贫搬迁任务为1155户5012人,目前13个安置点已全部开工建设,计划总投资36503.11万元,累计完成投资6259万元。小额信贷扶贫方面,在安排自治区财政扶贫资金风险补偿金200万元的基础上,县财政安排1300万元作为风险补偿基金,对应贷款额度提高到1.5亿元。上半年,全县完成评级授信16170户,完成率100%;授信金额6.39亿元,户均授信金额3.95万元。上半年发放小额贷款1246户4842万元。",
    "e82_05_yuanyang_20240917.txt": "今年以来,州发展改革委聚焦省、州前期工作经费重点支持领域及管理办法相关要求,认真指导、服务全州13县市发展改革局开展前期工作经费申报工作。元阳县西观音山水库工程已于2023年争取到省预算内前期工作经费100万元。下一步,州发展改革委将根据该项目的前期工作进展情况及年度工作推进情况等,在本年度预算内前期经费安排和骏马奖资金分配中统筹考虑,尽可能予以支持。",
    "e82_06_xizang_20250723.txt": "西藏自治区居民人均可支配收入达7792元,同比增长12.7%,增速高于全国平均水平3.9个百分点。农村居民收入增速快于城镇居民,城乡收入差距进一步缩小。就业形势稳定,社会保障体系不断完善,民生福祉持续增强。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for whole, cut, end in INLINE.get(name, []):
        assert kept.count(whole) == 1, (name, whole)
        if end == "head":
            assert whole.startswith(cut), (name, whole)
            kept[kept.index(whole)] = whole[len(cut):]
        else:
            assert whole.endswith(cut), (name, whole)
            kept[kept.index(whole)] = whole[: -len(cut)]
    if name in CUT:
        assert kept.count(CUT[name]) == 1, (name, CUT[name])
        kept = kept[: kept.index(CUT[name]) + 1]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
