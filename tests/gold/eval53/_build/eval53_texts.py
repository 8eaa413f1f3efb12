# Page texts of eval53 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval53/_build/eval53_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval53_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the unfinished tails listed in INLINE cut from the one kept line holding them (from the marker to
# the line's end) and, for the page in CUT, everything after the given line dropped (see ../SOURCES.md);
# no kept sentence is edited.
from pathlib import Path

from eval53_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e53_02_hongqiao_20240119.txt": [
        "IE版本过低,为了不影响您的浏览效果,请升级IE版本!建议使用ie11及以上的版本 x",  # browser notice
        "关爱版",  # the site's accessibility switch
        "当前位置:",  # an empty breadcrumb
    ],
    "e53_04_tongzhou_20230725.txt": [
        "北京青年报",  # the app's banner (北京青年报's client), not the item's text
    ],
    "e53_08_nenjiang_20120322.txt": [
        "责任编辑:关虹",  # the site's editor line
    ],
}

# Stretches cut at the end of a kept line: (marker, why). Everything from the marker (which occurs once
# in the page) to the end of its line is cut: the store breaks off inside it, or (01) a section is dropped.
INLINE = {
    "e53_01_minhang_20160301.txt": [
        ("二、农业", "section 二 and after: the store breaks off in it (`…全区农`); section 一 is kept"),
    ],
    "e53_02_hongqiao_20240119.txt": [
        (",其", "the store breaks off after `其`"),
    ],
    "e53_05_changji_20190802.txt": [
        ("二是五成产品保持增长", "the store breaks off in this heading's sentence"),
    ],
    "e53_06_luocheng_20240806.txt": [
        ("壮大新型农业经营主体", "the store breaks off in `…合作社有5`"),
    ],
    "e53_07_donggang_20211108.txt": [
        ("按消费形态分", "the store breaks off in `…同比增`"),
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e53_04_tongzhou_20230725.txt": "在中芯京城、小米景曦、北方华创微电子装备等重点项目带动下,工业投资同比增长77.1%。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for marker, _why in INLINE.get(name, []):
        holding = [i for i, line in enumerate(kept) if marker in line]
        assert len(holding) == 1 and kept[holding[0]].count(marker) == 1, (name, marker)
        line = kept[holding[0]]
        kept[holding[0]] = line[: line.index(marker)]
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
