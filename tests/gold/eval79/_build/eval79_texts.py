# Page texts of eval79 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval79/_build/eval79_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval79_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); INLINE stretches (view counters, font tools) are cut inside a kept line; no kept
# sentence is edited. Where the store breaks off inside a sentence, the broken fragment after the last
# whole clause is cut (TAIL), so that no number stands without its unit (as eval77's).
from pathlib import Path

from eval79_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e79_01_shache_20250425.txt": [
        "2025",  # the page's date widget (year), repeated in the kept metadata line
        "04/25",  # the date widget (month/day)
        "18:37",  # the date widget (time)
        "来源:",  # the widget's source label
        "莎车县统计局",  # the widget's source (repeated in the kept metadata line)
        "字体:【",  # font tool
        "访问量:",  # an empty view counter
        "扫一扫在手机打开当前页",  # site tool
    ],
    "e79_03_yiyang_20250123.txt": [
        "导航菜单",  # the collector's menu
    ],
    "e79_05_daye_20250826.txt": [
        "长者版 无障碍阅读",  # site tools
        "当前位置:首页 > 政府信息公开 > 法定主动公开内容 > 其他主动公开内容 > 建议提案办理",  # breadcrumb
    ],
}

# Stretches cut inside a kept line (view counters, font tools, the reading-colour tool).
INLINE = {
    "e79_01_shache_20250425.txt": [" 浏览次数: 字体:【"],
    "e79_07_yingzhou_20171222.txt": ["    阅读: 次   保护视力色:"],
}

# The broken fragment at the end of a page (where the store breaks off inside a sentence), cut.
TAIL = {
    "e79_01_shache_20250425.txt": ",其中:",
    "e79_02_hainan_20250922.txt": "同比",
    "e79_03_yiyang_20250123.txt": "逐步",
    "e79_04_yaohai_20260114.txt": "省文明城区、省质量强区、省科",
    "e79_07_yingzhou_20171222.txt": "一是着力抓产业、促升级,转型发展闯",
    "e79_08_yunnan_20220819.txt": "火电25",
}


def clean(name: str, raw: str) -> str:
    tail = TAIL.get(name)
    if tail:
        assert raw.endswith(tail), (name, raw[-40:])
        raw = raw[: -len(tail)]
    for cut in INLINE.get(name, []):
        assert raw.count(cut) == 1, (name, cut)
        raw = raw.replace(cut, "")
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
