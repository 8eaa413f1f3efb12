"""Trim the stored copies (eval97_raw.RAW) to the article texts and write ../e97_*.txt.

DROP: whole lines removed (none in this set: every page's furniture follows its last kept sentence and goes
with the cut). CUT: the page is cut by hand right after this text (only site furniture follows, or the store's
copy breaks off inside a sentence after it; see ../SOURCES.md). Blank lines are dropped, indentation and trailing
spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval97_raw import RAW

HERE = Path(__file__).resolve().parent

DROP: dict[str, list[str]] = {}

CUT = {
    "e97_01_pujiang_20230117.txt": "新增国家专精特新“小巨人”企业5家",
    "e97_02_changxing_20120508.txt": "新增无公害农产品、绿色食品、有机食品共72只。",
    "e97_03_gongchangling_20200116.txt": "得到了人民群众和代表充分认可,满意率较好。",
    "e97_04_xiajiang_20230701.txt": "(峡江县财政局国库股 皮星慧)",
    "e97_05_shangcheng_20130428.txt": "加速城市提质扩容步伐。",
    "e97_07_dongcheng_20190212.txt": "提升一体化实施模式。",
}


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
