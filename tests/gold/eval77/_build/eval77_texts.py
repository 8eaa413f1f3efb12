# Page texts of eval77 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval77/_build/eval77_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval77_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); INLINE stretches (a view counter) are cut inside a kept line; no kept sentence
# is edited. Where the store breaks off inside a sentence, the broken fragment after the last whole
# clause is cut (TAIL), so that no number stands without its unit.
from pathlib import Path

from eval77_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e77_05_chengkou_20250402.txt": [
        "您当前的位置:首页>部门>县交通运输委>政务公开>政府信息公开目录>建议提案办理>人大代表建议办理",  # breadcrumb
        "扫一扫在手机打开当前页",  # site tool
    ],
    "e77_06_baoying_20181229.txt": [
        "下一篇:",  # link to the next story
        "新疆巴音郭楞蒙古自治州党政考察团来宝考察",  # the next story's title
    ],
    "e77_08_changshaxian_20180503.txt": [
        "制图/任筱",  # the chart's credit (the chart itself is not in the store)
    ],
}

# Stretches cut inside a kept line (the page's view counter).
INLINE = {
    "e77_06_baoying_20181229.txt": [" 浏览量:2025"],
}

# The broken fragment at the end of a page (where the store breaks off inside a sentence), cut.
TAIL = {
    "e77_02_jinyuan_20230208.txt": "为各类项",
    "e77_03_lixian_20180109.txt": "同",
    "e77_08_changshaxian_20180503.txt": "该",
}


def clean(name: str, raw: str) -> str:
    tail = TAIL.get(name)
    if tail:
        assert raw.endswith(tail), (name, raw[-40:])
        raw = raw[: -len(tail)]
    for cut in INLINE.get(name, []):
        assert raw.count(cut) == 1, (name, cut)
        raw = raw.replace(cut, "")
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
    print("total", sum(len(t) for t in T.values()))
