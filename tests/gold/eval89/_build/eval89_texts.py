"""Trim the stored copies (eval89_raw.RAW) to the article texts and write ../e89_*.txt.

DROP: whole lines removed (navigation, site listings, editor lines). CUT: the page is cut by hand right
after this text (the store's copy breaks off after it; see ../SOURCES.md). Blank lines are dropped,
indentation and trailing spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval89_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e89_03_xizang_20130120.txt": ["(责编:牧青)"],
    "e89_06_maguan_20221221.txt": [
        "今天是:", "欢迎访问马关县人民政府门户网", "无障碍浏览 长者模式", "责任编辑:王霏菲", "关闭",
        "上一篇:马关县财政局关于马关县第十八届人大一次会议第106号建议的答复函",
        "下一篇:马关县民政局关于马关县第十八届人大一次会议第104号建议的答复函",
    ],
    "e89_07_guiyang_20161125.txt": [
        "(湖南省)2016年桂阳县人民政府工作报告(全文)",
        "公文搜 2021-07-23 10:04:26 政府报告",
        "(湖南省)2016年桂阳县人民政府工作报告(全文) 政 府 工 作 报 告vzT 2016年11月25日在桂阳县第十七届人民代表大会第一次会议上vzT 县长 黄四平vzT",
    ],
}

CUT = {
    "e89_01_anqing_20221011.txt": "住房保障、社会保障和就业等支出分别增长63.9%、54.8%、83.4%、20.5%。",
    "e89_07_guiyang_20161125.txt": "科技产业园被列为湖南省有色金属重点产业园。",
    "e89_08_yizhang_20160105.txt": "新型工业化进程加速。规模工业增加值增长8.2%。",
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
