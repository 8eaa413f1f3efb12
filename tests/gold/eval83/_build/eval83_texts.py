"""Trim the stored copies (eval83_raw.RAW) to the article texts and write ../e83_*.txt.

DROP: whole lines removed (navigation, index boxes). INLINE: stretches cut inside a kept line.
CUT: the page is cut by hand right after this text (the store's copy breaks off after it, or the
rest was left out to keep the set to what could be annotated in the time given; see ../SOURCES.md).
Blank lines are dropped, indentation and trailing spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval83_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e83_03_huangpi_20230111.txt": ["发文单位", "黄陂区发展和改革局", "发文字号", "发文日期", "2022-12-27 18:10",
                                     "效力状态", "有效", "索引号", "010898141/2023-01021", "主题分类", "政务公开"],
    "e83_04_wuchang_20250313.txt": ["首页 > 重要发布 > 代表大会文件"],
    "e83_08_chaoyang_20071217.txt": ["来源:"],
}
INLINE = {
    "e83_04_wuchang_20250313.txt": ["    打印     阅读次数:"],
}
CUT = {
    "e83_01_weiyuan_20230111.txt": "新增规模以上工业企业18户。",
    "e83_02_lueyang_20230209.txt": "是近年来指标完成最好的一年。",
    "e83_03_huangpi_20230111.txt": "高于GDP增速。",
    "e83_04_wuchang_20250313.txt": "代表对办理结果满意和基本满意率100%。",
    "e83_05_changchun_20240507.txt": "交通运输、仓储和邮政业增加值增长5.2%。",
    "e83_06_tianjin_20250725.txt": "新增就业1.6万人。",
    "e83_07_cangnan_20250813.txt": "并明确了下一步的工作方向和措施。",
}


def trim(name: str, raw: str) -> str:
    if name in CUT:
        marker = CUT[name]
        assert raw.count(marker) == 1, (name, marker)
        raw = raw[: raw.index(marker) + len(marker)]
    for piece in INLINE.get(name, []):
        assert raw.count(piece) == 1, (name, piece)
        raw = raw.replace(piece, "")
    drop = DROP.get(name, [])
    lines = []
    for line in raw.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s in drop:
            drop = [d for d in drop if d != s] if drop.count(s) == 1 else drop
            continue
        lines.append(s)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    total = 0
    for name, raw in RAW.items():
        text = trim(name, raw)
        (HERE.parent / name).write_bytes(text.encode("utf-8"))
        total += len(text)
        print(name, len(text))
    print("total", total)
