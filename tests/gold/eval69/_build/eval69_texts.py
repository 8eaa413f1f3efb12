# Page texts of eval69 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval69/_build/eval69_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval69_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and
# the stretches inside a kept line listed in INLINE cut from it (see ../SOURCES.md); no kept sentence
# is edited and no page is cut by hand (the store's own breaks are kept as stored).
from pathlib import Path

from eval69_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e69_02_zhejiang_20231117.txt": [
        "• 浏览次数:",  # an empty view counter
        "• 字体:[ ]",  # font-size tool
    ],
    "e69_04_jilin_20230729.txt": [
        "(资料图片)",  # a photo placeholder
    ],
    "e69_05_xizang_20190111.txt": [
        "中国西藏网 > 西藏新闻 > 资讯",  # breadcrumb
        "图为人大代表身着民族服装参会。 何蓬磊 摄",  # a photo caption
        "版权声明:凡注明“来源:中国西藏网”或“中国西藏网文”的所有作品,版权归高原(北京)文化传播有限公司",  # copyright notice
    ],
}

# Stretches cut inside a kept line: (the whole line, the stretch, "head" or "tail").
INLINE = {
    "e69_07_shanxi_20231024.txt": [
        ("时间:2023-10-24 09:25:03 来源:新华网 阅读量:13970", " 阅读量:13970", "tail"),  # the portal's view counter
    ],
}

# Pages cut short by hand: none in this set.
CUT: dict[str, str] = {}


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
