# Page texts of eval47 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval47/_build/eval47_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval47_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and
# the one stretch of furniture inside a kept line listed in INLINE cut from it (see ../SOURCES.md);
# no kept sentence is edited. The store gives about the first thousand characters of a page; where it
# cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval47_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e47_01_huadu_20220830.txt": [
        "headerBg",  # the header image's name
        "您现在的位置: 首页 > 信息公开 > 统计信息 > 经济运行情况",  # breadcrumb
    ],
    "e47_02_kaihua_20160805.txt": [
        "开化新闻网",  # the site's name (masthead)
    ],
    "e47_03_laifeng_20171225.txt": [
        "设为首页",  # site tool
        "当前位置: 政府网 > 政务公开 > 政务督查",  # breadcrumb
    ],
    "e47_05_luoshan_20211009.txt": [
        "现在时间是:2024年04月18日",  # the site's clock (the day the page was stored, not the story's)
        "182666968.jpg",  # an image's file name
        "Copyright @ 2017 www.luoshan.gov.cn All Rights Reserved. 河南省信阳市罗山县人民政府",  # footer
        "罗山县人民政府信息公开办负责日常维护",  # footer
        "主办单位:罗山县人民政府 承办:罗山县人民政府办",  # footer (cut by the store)
    ],
}

# Furniture inside a kept line: (the stripped line, the stretch cut from its end).
INLINE = {
    "e47_05_luoshan_20211009.txt": [
        ("时间 : 2021年10月09日  来源 : 电视台  作者 :   浏览次数 : 8355",
         "  作者 :   浏览次数 : 8355"),  # the empty author field and the page's visit counter
    ],
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for whole, tail in INLINE.get(name, []):
        assert whole.endswith(tail) and kept.count(whole) == 1, (name, whole)
        kept[kept.index(whole)] = whole[: -len(tail)]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
