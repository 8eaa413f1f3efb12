# Page texts of eval68 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval68/_build/eval68_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval68_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and
# the one stretch of furniture inside a kept line listed in INLINE cut from it (see ../SOURCES.md);
# no kept sentence is edited and no page is cut by hand (the store's own breaks are kept as stored).
from pathlib import Path

from eval68_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e68_02_shouning_20231227.txt": [
        "导航菜单",  # navigation
    ],
    "e68_03_liaoning_20230523.txt": [
        "(资料图)",  # a photo placeholder
    ],
    "e68_04_chongqing_20250806.txt": [
        "成渝经济网",  # the portal's masthead
    ],
    "e68_07_hebei_20201028.txt": [
        "文章图片",  # image placeholders (two)
        "推荐阅读",  # the portal's "read more" link
    ],
}

# Stretches of furniture cut inside a kept line: (the whole line, the stretch, "head" or "tail").
INLINE = {
    "e68_07_hebei_20201028.txt": [
        ("【工业经济|「聚焦前三季度河北工业经济」河北规上工业持续回升 连续7个月保持月度正增长】作为反映工业经济走势的先行指标 , 9月份全省工业用电量217.5亿千瓦时 , 同比增长8.7%;1-9月份工业用电量1846.5亿千瓦时 , 同比仍然下降1.6% , 但降幅从年初下降16.2%逐月回升 , 环比1-8月份继续收窄1.2个百分点 , 从南北网监测企业复产率分别已回升至 108.9%和119.7% 。",
         "【工业经济|「聚焦前三季度河北工业经济」河北规上工业持续回升 连续7个月保持月度正增长】", "head"),  # the portal's title tag pasted before a paragraph
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
