"""Trim the stored copies (eval96_raw.RAW) to the article texts and write ../e96_*.txt.

DROP: whole lines removed (site furniture: a portal's header, a reading-time line, a site's footer, links,
editor lines). CUT: the page is cut by hand right after this text (only site furniture follows, or the store's
copy breaks off after a lone bracket; see ../SOURCES.md). Blank lines are dropped, indentation and trailing
spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval96_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e96_01_wuyishan_20200117.txt": [
        "文似观山不喜平 — — 观山文库◆记住我,来上我~",
        "admin 分享 时间: 加入收藏 共计18113个字,预计阅读时长61分钟",
    ],
    "e96_08_neimenggu_20240119.txt": ["内蒙古统计局", "内蒙古自治区人民政府网站", "【字体: 】     打印"],
}

CUT = {
    "e96_01_wuyishan_20200117.txt": "主要抓好以下几项工作:",
    "e96_04_kongtong_20230426.txt": "(记者张海民)",
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
