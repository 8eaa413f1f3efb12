# Page texts of eval44 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval44/_build/eval44_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval44_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited. The store gives about the first thousand characters
# of a page; where it cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval44_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e44_02_linzhi_20240103.txt": [
        "正文复制",  # the document site's copy button
    ],
    "e44_03_wenchang_20200514.txt": [
        "首页  >  专题专栏  >  已归档专题  >  2020年文昌两会  >  解读报告",  # breadcrumb
    ],
    "e44_04_xilinhaote_20220112.txt": [
        "政府信息公开",  # the column's name above the breadcrumb
        "当前位置: 首页 > 政务公开 > 政府信息公开专栏 > 法定主动公开内容 > 规划计划 > 国民经济和社会发展规划",  # breadcrumb
        "【打印】 【字体:",  # print and font-size buttons
    ],
    "e44_07_sunan_20231212.txt": [
        "网站支持IPV6 无障碍阅读 适老化模式",  # site toolbar
        "当前位置:首页 > 互动交流 > 人大建议",  # breadcrumb
    ],
    "e44_08_dongwuqi_20220211.txt": [
        "当前位置: 首页 > 政务公开 > 政府工作报告",  # breadcrumb
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
