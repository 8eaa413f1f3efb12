# Page texts of eval74 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval74/_build/eval74_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval74_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and,
# for the pages in TAIL, the fragment after the last whole clause where the store breaks off inside a
# sentence (or a number) cut from the last line (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval74_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e74_05_yueyang_20250714.txt": [
        "浏览量:1 | | | | |",  # the site's view counter and share buttons
    ],
}

# Where the store breaks off inside a sentence: the broken fragment cut from the end of the last line.
TAIL = {
    "e74_01_huangping_20230208.txt": ",增收4,376万",  # a number cut off before its unit
    "e74_02_lucheng_20220211.txt": ";非税收入完成26",  # a number cut off
    "e74_03_sichuan_20070724.txt": "工业经济加快发展。全部工业完成",  # a new paragraph cut off before its first figure
    "e74_04_dongchangfu_20210727.txt": "、总",  # a word cut off
    "e74_07_changqing_20250109.txt": ",巨能数控智造产",  # a project's name cut off
    "e74_08_fuxin_20241231.txt": "综合窗口改革不断深化,“一窗收件、分类办理、统一出件”审批服务模式持续",  # a sentence cut off
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    if name in TAIL:
        cut = TAIL[name]
        assert kept[-1].endswith(cut), (name, kept[-1][-40:])
        kept[-1] = kept[-1][: -len(cut)]
        if not kept[-1]:
            kept.pop()
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
    print("total", sum(len(t) for t in T.values()))
