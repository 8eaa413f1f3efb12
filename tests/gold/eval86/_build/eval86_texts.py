"""Trim the stored copies (eval86_raw.RAW) to the article texts and write ../e86_*.txt.

DROP: whole lines removed (navigation, view counters, photo captions, editor lines, site furniture).
INLINE: stretches cut inside a kept line. CUT: the page is cut by hand right after this text (the
store's copy breaks off after it; see ../SOURCES.md). Blank lines are dropped, indentation and
trailing spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval86_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e86_01_dongying_20240930.txt": ["浏览次数:"],
    "e86_05_zhenan_20150429.txt": [
        "商洛市委常委、镇安县委书记李波(左),镇安县政府县长璩泽涛(右)检查指导重大项目建设工作。",
        "县人大代表观摩磨石沟美丽乡村建设工作、议报告。",
        "县政协委员观摩镇云一体化建设工程、议报告。",
        "县“两会”期间,县人大代表、政协委员听棚改知识讲座、议报告。",
        "镇安花园五千户移民小区",
    ],
    "e86_06_luoyuan_20211228.txt": ["您的位置:罗源新闻网 >> 本地新闻 >> 正文", "【责任编辑:陈雁真】", "魅力罗源"],
}
INLINE = {
    "e86_06_luoyuan_20211228.txt": ["http://www.lywxww.com  ", "  【字号"],
}
CUT = {
    "e86_01_dongying_20240930.txt": "统计范围为年主营业务收入2000万元及以上的工业企业。",
    "e86_03_sichuan_20181024.txt": "第三产业投资同比增长11.6%。",
    "e86_04_shaanxi_20170811.txt": "收入增加了2191元,增速提高了0.1个百分点。",
    "e86_05_zhenan_20150429.txt": "万元GDP能耗下降3.5%。",
}


def trim(name: str, raw: str) -> str:
    if name in CUT:
        marker = CUT[name]
        assert raw.count(marker) == 1, (name, marker)
        raw = raw[: raw.index(marker) + len(marker)]
    for piece in INLINE.get(name, []):
        assert raw.count(piece) == 1, (name, piece)
        raw = raw.replace(piece, "")
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
