# Page texts of eval52 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval52/_build/eval52_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval52_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches inside a kept line listed in INLINE cut from it and, for the pages in CUT,
# everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited
# (INLINE's one cut removes the unfinished clause the store breaks off in).
from pathlib import Path

from eval52_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e52_03_xicheng_20111121.txt": [
        "北京市西城区人民政府",  # the site's name (banner)
        "信息详情",  # the page's label
    ],
    "e52_04_shannan_20121107.txt": [
        "(责任编辑:石兰兰)",  # the site's editor line
        "商务进行时",  # a link to another column
    ],
    "e52_05_zhongning_20050221.txt": [
        "新闻中心新浪首页 > 新闻中心 > 国内新闻 > 正文",  # breadcrumb
    ],
    "e52_07_xizang_20180125.txt": [
        "首页>政声·政情>看点 看点",  # breadcrumb
    ],
    "e52_08_xinjiang_20250120.txt": [
        "分享到:",  # share button (twice)
        "链接已复制",  # share button (twice)
        "LANGUAGES",  # the site's menu
        "新闻",  # menu
        "新闻直播 要闻 国际 军事 政协 政务 图片 视频",  # menu
        "财经",  # menu
        "财经 金融 证券 汽车 科技 消费 能源 地产 农业",  # menu
        "观点",  # menu
        "观点 理论 智库 中国3分钟 中国访谈 中国网评 中国关键词",  # menu
        "文化",  # menu
        "文化 文创 艺术 时尚 旅游 铁路 悦读 民藏 中医 中国瓷",  # menu
        "国情",  # menu
        "国情 助残 一带一路 海洋 草原 黄河 运河 湾区 联盟 心理 老年",  # menu
        "首页> 中国发展门户网> 发展要闻>",  # breadcrumb
        "字体:",  # font-size tool
    ],
}

# A stretch inside a kept line: (the stripped line, the stretch cut, "head" or "tail").
INLINE = {
    "e52_05_zhongning_20050221.txt": [
        ("喜人的镜头后是一组硕果累累的数字:2004年中宁县粮食总产量达1.7亿公斤,较上年增加1091万公斤,增长6.7%;"
         "粮食产值达2.1亿元,种植业农民人均现金收入2409", ",种植业农民人均现金收入2409", "tail"),
        # the store breaks off inside this clause, in its figure (2409, its unit not stored): the clause is cut
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e52_01_qinghai_20180719.txt": "【数据发布】上半年,全省固定资产投资完成1286.28亿元,比上年同期下降2.6%。其中民间投资460.16亿元,增长18.5%;基础设施投资596.56亿元,增长0.6%。",
    "e52_03_xicheng_20111121.txt": "10月份,全区完成财政支出20.5亿元,与去年同期相比增长73.8%。1-10月份,全区累计完成财政支出134.1亿元,与去年同期相比增长21.7%。",
    "e52_07_xizang_20180125.txt": "西藏农牧民的快速增收,为西藏实施乡村振兴战略打下了良好基础。截至目前,西藏99%的建制村通了公路,移动信号全覆盖,宽带通达率85%,医保制度已覆盖全体农牧民。西藏还积极组织广大驻村干部在产业发展上出实招,引导农牧民就近融入产业发展。据介绍,各驻村工作队帮助村(居)理清发展思路5.9万余条,制定实施经济发展规划8.1万余项,落实并完成项目12689个,帮助群众增加现金收入23.3亿余元。",
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
