"""Trim the stored copies (eval95_raw.RAW) to the article texts and write ../e95_*.txt.

DROP: whole lines removed (site furniture, navigation, a newspaper page's reading links, a site's footer). CUT: the page is
cut by hand right after this text (the store's copy breaks off, or only site furniture follows, or the copy's text turns
garbled; see ../SOURCES.md). Blank lines are dropped, indentation and trailing spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval95_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e95_03_chengdexian_20210628.txt": ["首页 > 统计信息"],
    "e95_04_chaotian_20211129.txt": [
        "政府信息公开",
        "主办:广元市朝天区人民政府办公室 运行维护单位:中国电信广元分公司",
        "电话:0839-8622290 蜀ICP备12028058号-1 广公网备510812010001号",
        "网站标识码5108120013",
    ],
    "e95_05_kaizhou_20240429.txt": ["通版阅读请点击:", "展开通版", "收缩通版", "当前版:04版"],
    "e95_06_taiyuan_20230729.txt": ["(资料图)"],
    "e95_08_kashi_20230824.txt": ["(资料图)"],
}

CUT: dict[str, str] = {}  # none: every copy is kept as stored, to its last character (see ../SOURCES.md)


def trim(name: str, raw: str) -> str:
    if name in CUT:
        marker = CUT[name]
        assert raw.count(marker) == 1, (name, marker)
        raw = raw[: raw.index(marker) + len(marker)]
    drop = list(DROP.get(name, []))
    lines = []
    for line in raw.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s in drop:
            drop.remove(s)
            continue
        lines.append(s)
    assert not drop, (name, drop)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    total = 0
    for name, raw in RAW.items():
        text = trim(name, raw)
        (HERE.parent / name).write_bytes(text.encode("utf-8"))
        total += len(text)
        print(name, len(text))
    print("total", total)
