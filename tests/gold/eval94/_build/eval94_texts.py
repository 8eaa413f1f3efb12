"""Trim the stored copies (eval94_raw.RAW) to the article texts and write ../e94_*.txt.

DROP: whole lines removed (site furniture, navigation, headings of the copying site). CUT: the page is
cut by hand right after this text (the store's copy breaks off, or only site furniture follows; see
../SOURCES.md). Blank lines are dropped, indentation and trailing spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval94_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e94_01_shuangliao_20221227.txt": ["导航菜单"],
    "e94_04_yongfeng_20220630.txt": ["永丰县2021年国民经济和社会发展统计公报 2021", "选择区域:>>"],
}

CUT: dict[str, str] = {}  # none: every copy is kept as stored, the five that break off included (see ../SOURCES.md)


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
