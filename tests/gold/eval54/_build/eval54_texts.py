# Page texts of eval54 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval54/_build/eval54_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval54_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed
# and, for the pages in CUT, everything after the given line dropped (see ../SOURCES.md); no kept
# sentence is edited.
from pathlib import Path

from eval54_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e54_03_xizang_20170803.txt": [
        "分享",  # share button
    ],
    "e54_04_xizang_20140114.txt": [
        "当前位置:首页 > 周末假日版 > 资讯播报",  # breadcrumb
        "阿里地区罗庆伍代表发言 杨旭(摄)",  # a photo's caption (stored twice)
        "身着民族服饰的妇女代表 杨旭(摄)",  # a photo's caption (stored twice)
        "(责编:周晶)",  # editor line
        "最新评论",  # comment box
        "相关链接",  # related links
        "说两句吧",  # comment box
        "姓名:  城市:  手机:  邮箱:",  # comment form
        "所有评论谨代表网友意见,中国西藏网仅保持中立",  # comment disclaimer
        "假日推介",  # side column
        "西藏旅游",  # side column
        "海外视角",  # side column
        "博",  # side column (broken off)
    ],
    "e54_05_yumin_20200326.txt": [
        "2024年11月23日 星期六 |",  # the site's header date (the day the page was viewed, not the story's)
    ],
    "e54_06_ningshan_20110510.txt": [
        "展开",  # menu button
        "菜单",  # menu button
    ],
    "e54_07_suixi_20211019.txt": [
        "(责任编辑:王振芳)",  # editor line
    ],
}

# Furniture inside a kept line: (the stripped line, the stretch cut, "head" or "tail").
INLINE = {}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e54_02_zhongwei_20220722.txt": "从投入需求看,三驾马车齐头并进,发展动力不断增强。今年以来,全市扎实推进“扩大有效投资攻坚年”活动,紧盯项目落地开工,狠抓项目要素保障,着力推进重大项目建设,固定资产投资同比增长12.4%,增速连续2个月回升,比1-4月和1-5月分别回升7.5和1.8个百分点。上半年,得益于政府消费券投放活动和汽车、家电等大宗商品补贴政策,全市消费市场逐步回暖,实现社会消费品零售总额66.64亿元,同比增长1.3%,增速高于全国2个百分点。上半年,全市稳外资稳外贸扶持政策成效显著,对外贸易持续增长,外贸进出口总值17.77亿元,同比增长54.2%。",
    "e54_03_xizang_20170803.txt": "一直以来,西藏把环境建设作为发展中的底线、生命线和高压线。庄严介绍,西藏加快实施“两江四河”(雅鲁藏布江、怒江及拉萨河、年楚河、雅砻河、狮泉河)流域造林绿化、防沙治沙、野生动植物保护、自然保护区建设、拉萨周边造林绿化工程。",
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
