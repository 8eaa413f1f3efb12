"""Trim the stored copies (eval90_raw.RAW) to the article texts and write ../e90_*.txt.

DROP: whole lines removed (navigation, link prompts, site furniture). STRIP: a piece of site furniture removed from
the end of a kept line (share buttons glued to the headline). CUT: the page is cut by hand right after this text (the
store's copy breaks off after it; see ../SOURCES.md). Blank lines are dropped, indentation and trailing spaces
stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval90_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e90_05_liaoning_20230118.txt": ["点击查阅更多2023年地方政府工作报告"],
}
STRIP = {
    "e90_01_deqing_20151009.txt": " 分享 人民微博 新浪微博 腾讯微博",
}
CUT = {
    "e90_07_chongqing_20190719.txt": "固定资产投资平稳增长,对外贸易多元化市场开拓有力",
    "e90_08_fujian_20211021.txt": "福建全省城镇居民人均可支配收入为40577元,名义增长9.6%,",
}


def trim(name: str, raw: str) -> str:
    if name in STRIP:
        piece = STRIP[name]
        assert raw.count(piece) == 1, (name, piece)
        raw = raw.replace(piece, "")
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
