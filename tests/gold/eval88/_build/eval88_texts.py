"""Trim the stored copies (eval88_raw.RAW) to the article texts and write ../e88_*.txt.

DROP: whole lines removed (navigation, picture captions, share prompts, site footers). CUT: the page is
cut by hand right after this text (the store's copy breaks off after it, or only site furniture follows;
see ../SOURCES.md). Blank lines are dropped, indentation and trailing spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval88_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e88_02_wulatehouqi_20231212.txt": ["索引号 | whq_tjj/2023-09902 | 效力属性 | |",
                                        "发布机构 | 统计局 | 文 号 | |"],
    "e88_04_gansu_20210201.txt": ["任振鹤作《政府工作报告》"],
    "e88_05_shanghai_20220424.txt": ["推荐内容"],
    "e88_07_binhai_20170720.txt": ["扫码阅读手机版"],
}
CUT = {
    "e88_01_balinyouqi_20230331.txt": "其他服务业增加值17.7亿元,增长4.6%。",
    "e88_04_gansu_20210201.txt": "占地区生产总值比重达24.2%。",
    "e88_06_hainan_20220127.txt": "全年离岛免税店总销售额601.7亿元、增长84%。",
    "e88_07_binhai_20170720.txt": "(“津云”——北方网编辑曲璐琳)",
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
