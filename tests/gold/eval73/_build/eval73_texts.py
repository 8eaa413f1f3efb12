# Page texts of eval73 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval73/_build/eval73_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval73_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited, and no page is cut short by hand: where the store
# breaks off inside a sentence, the text ends there.
from pathlib import Path

from eval73_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e73_02_qinghai_20200724.txt": [
        "青海切换",  # the portal's region switch
        "新闻",  # the portal's channel label
        "2020",  # the portal's date widget (year), used as the pubdate
        "07/24",  # the portal's date widget (month/day)
        "09:34",  # the portal's date widget (time)
    ],
    "e73_04_fujian_20220829.txt": [
        "• 客户端",  # site tools
        "• 官方微信",  # site tools
        "• 官方微博",  # site tools
        "当前位置:   首页 >   专题 >   喜迎党的二十大——奋进新征程 福建谱新章 >   聚焦产业发展|守正创新 福建谱新篇",  # breadcrumb
    ],
    "e73_06_xiashan_20231107.txt": [
        "首页 > 政府信息公开 > 湛江市霞山区统计局",  # breadcrumb
        "附件:",  # an empty attachment label
    ],
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
    print("total", sum(len(t) for t in T.values()))
