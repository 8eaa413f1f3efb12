"""Trim the stored copies (eval91_raw.RAW) to the article texts and write ../e91_*.txt.

BBCODE: pages stored as a forum's BBCode copy; each ``[/align]`` closes a paragraph (a line end) and
every other tag (``[align=…]``, ``[b]``, ``[size=3]`` …) is removed, the characters between them kept.
DROP: whole lines removed (site lines, the posting time, tags). CUT: the page is cut by hand right
after this text (the store's copy breaks off, or only site furniture follows; see ../SOURCES.md).
Blank lines are dropped, indentation and trailing spaces stripped. No kept sentence is edited.
"""
import re
from pathlib import Path

from eval91_raw import RAW

HERE = Path(__file__).resolve().parent

BBCODE = {"e91_01_wenxi_20230411.txt"}
TAG = re.compile(r"\[/?[a-z]+(=[^\]]*)?\]")

DROP = {
    "e91_03_hubei_20220422.txt": ["2022-04-22 09:07:27来源:澎湃新闻", "标签:"],
    "e91_04_xinjiang_20220428.txt": ["2022年04月28日 21:32:30    来源: 天山网-新疆日报原创", "……"],
    "e91_08_jilin_20050719.txt": [
        "新闻中心新浪首页 > 新闻中心 > 国内新闻 > 正文",
        "http://www.sina.com.cn 2005年07月19日13:05 新文化报",
    ],
}

CUT = {
    "e91_01_wenxi_20230411.txt": "全县居民消费价格总指数为100.8%。",
    "e91_04_xinjiang_20220428.txt": "记者采访了有关部门负责人。",
    "e91_05_heilongjiang_20230112.txt": "“放管服”改革持续深化,营商环境不断改善。",
    "e91_06_duan_20120307.txt": "(2012年3月7日)",
    "e91_07_tianjin_20090720.txt": "中心六区增长36%。",
    "e91_08_jilin_20050719.txt": "目前各项筹备工作进展顺利。",
}


def trim(name: str, raw: str) -> str:
    if name in BBCODE:
        raw = TAG.sub("", raw.replace("[/align]", "\n"))
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
