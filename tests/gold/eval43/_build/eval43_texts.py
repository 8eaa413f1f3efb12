# Page texts of eval43 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval43/_build/eval43_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval43_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited. The store gives about the first thousand characters
# of a page; where it cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval43_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e43_02_xuhui_20170223.txt": [
        "ico-crumb.png 首页 > 常委会会议 > 常委会会刊 > 16届常委会第1次会议",  # breadcrumb (with its icon's file name)
    ],
    "e43_07_shayibake_20190601.txt": [
        "当前位置: 首页>>政府信息公开>>法定主动公开内容>>统计信息>>统计公报>>正文",  # breadcrumb
    ],
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    kept = [line for line in lines if line and line not in drop]
    for line in drop:
        assert line in lines, (name, line)
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
