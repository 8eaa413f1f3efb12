# Page texts of eval46 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval46/_build/eval46_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval46_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited. The store gives about the first thousand characters
# of a page; where it cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval46_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e46_01_fuan_20211216.txt": [
        "当前位置: 首页 > 政务公开 > 工作报告 > 政府工作报告",  # breadcrumb
        "加大字体 缩小字体 收藏 取消收藏 打印",  # page tools
    ],
    "e46_06_linying_20240227.txt": [
        "导航菜单",  # the site's menu button
    ],
    "e46_08_panyu_20250526.txt": [
        "选择语言",  # language switch
        "您当前所在位置: 首页 > 政务公开 > 信息公开目录 > 政务动态 > 部门动态 > 区统计局",  # breadcrumb
        "字体大小:",  # font-size control
        "附件:",  # the empty attachments box
        "扫一扫在手机打开当前页",  # QR-code box
        "您访问的链接即将离开“广州市番禺区人民政府门户网站”,是否继续?",  # leave-site dialog
        "放弃",  # leave-site dialog
        "继续访问继续访问",  # leave-site dialog
        "穗好办",  # footer app link
        "• 扫一扫",  # footer QR box
        "添",  # footer, cut
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
