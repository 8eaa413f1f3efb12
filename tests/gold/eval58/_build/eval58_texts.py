# Page texts of eval58 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval58/_build/eval58_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval58_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and,
# for the page in CUT, everything after the given line dropped (see ../SOURCES.md); no kept sentence
# is edited.
from pathlib import Path

from eval58_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e58_01_yizhang_20231221.txt": [
        "十八届人大三次会议",  # the congress documents' running label above the report
        "会 议 文 件(十四)",  # the document's number in the congress's papers
    ],
    "e58_03_wulingyuan_20220805.txt": [
        "浏览量:",  # an empty view counter
        "字体:",  # font-size tool
        "打印",  # print tool
    ],
    "e58_04_ningxia_20200826.txt": [
        "宁夏切换",  # the portal's region switch
        "新闻",  # the portal's channel name
    ],
    "e58_07_shanghai_20250120.txt": [
        "正文复制",  # the document site's copy button
    ],
}

# Furniture inside a kept line (none in this set); kept for the shape of the earlier sets' scripts.
INLINE: dict = {}

# Pages cut short by hand: everything after this kept line is dropped.
CUT = {
    # the mirror's footer, its `更多新闻` list of unrelated (and spam) headlines, after the story's `(完)` line
    "e58_06_xizang_20260131.txt": "嘎玛泽登称,今年西藏将稳步发展特色农牧业;严守耕地红线,青稞播种面积稳定在230万亩以上;加力实施粮食产能提升行动,新建和改造提升高标准农田20万亩,建设一批特色农产品生产基地,粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上。(完) 【编辑:梁异】",
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
