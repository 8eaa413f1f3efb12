# Page texts of eval70 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval70/_build/eval70_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval70_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and
# the stretches inside a kept line listed in INLINE cut from it (see ../SOURCES.md); no kept sentence
# is edited and no page is cut by hand (the store's own breaks are kept as stored).
from pathlib import Path

from eval70_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e70_03_xifeng_20170724.txt": [
        "扫一扫在手机打开当前页面",  # a QR-code prompt
        "主办单位:息烽县人民政府办公室 联系方式:0851-87721549 地址:息烽县永阳街道县府路27号2号楼",  # site footer
        "息烽县人民政府版权所有 黔ICP备10201081号 公安备案号 52012202006106",  # site footer
        "技术支持:贵州多彩博虹科技有限公司 网站标识码:5201220001",  # site footer
    ],
    "e70_08_jiangxi_20180718.txt": [
        "新闻> 国内新闻> 正文",  # breadcrumb
    ],
}

# Stretches cut inside a kept line: (the whole line, the stretch, "head" or "tail").
INLINE = {
    "e70_02_qingyuan_20240105.txt": [
        ("浏览:740次'时间:2024年1月5日", "浏览:740次'", "head"),  # the site's view counter
    ],
    "e70_08_jiangxi_20180718.txt": [
        ("澎湃新闻 2018-07-18 14:20 大字", " 大字", "tail"),  # a font-size tool
    ],
}

# Pages cut short by hand: none in this set.
CUT: dict[str, str] = {}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for whole, cut, end in INLINE.get(name, []):
        assert kept.count(whole) == 1, (name, whole)
        if end == "head":
            assert whole.startswith(cut), (name, whole)
            kept[kept.index(whole)] = whole[len(cut):]
        else:
            assert whole.endswith(cut), (name, whole)
            kept[kept.index(whole)] = whole[: -len(cut)]
    if name in CUT:
        assert kept.count(CUT[name]) == 1, (name, CUT[name])
        kept = kept[: kept.index(CUT[name]) + 1]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
