# Page texts of eval67 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval67/_build/eval67_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval67_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and,
# on page 01 only, the reposting site's tag `pbY` (WATERMARK) stripped from the ends of lines and
# lines holding nothing else dropped (see ../SOURCES.md); no kept sentence is edited and no page is
# cut by hand (the store's own breaks are kept as stored).
from pathlib import Path

from eval67_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e67_01_lixian_20170222.txt": [
        "公文搜 2021-07-23 10:26:26 政府报告",  # the reposting site's own posting line (2021, not the report's)
        # the reposting site's summary line, repeating the title block below it:
        "(河北省)2017年蠡县人民政府工作报告(全文) 政府工作报告pbY pbY 2017年2月22日在蠡县第十七届人民代表大会第一次会议上pbY pbY 蠡县人民政府代县长",
    ],
    "e67_02_jiangxi_20250718.txt": [
        "新闻发布会现场",  # a photo caption
        "农机手驾驶收割机来回穿梭,收割水稻(贺治斌 摄)",  # a photo caption
    ],
    "e67_03_guizhou_20211113.txt": [
        "index_new5.html",  # template names left by the store
        "../../../zaker_core/zaker_tpl_static/wap/tpl_caijing1.html",
    ],
    "e67_04_dalian_20230630.txt": [
        "(相关资料图)",  # a photo placeholder
    ],
}

# The reposting site's tag, stripped from line ends (page 01 only).
WATERMARK = {"e67_01_lixian_20170222.txt": "pbY"}

# Pages cut short by hand: none in this set.
CUT: dict[str, str] = {}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    tag = WATERMARK.get(name)
    if tag:
        kept = [line[: -len(tag)] if line.endswith(tag) else line for line in kept]
        kept = [line for line in kept if line]
        assert not any(tag in line for line in kept), name
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
