# Page texts of eval50 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval50/_build/eval50_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval50_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture inside a kept line listed in INLINE cut from it and, for the one page
# in CUT, everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval50_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e50_01_sanming_20230601.txt": [
        "附件下载",  # the page's (empty) attachment box
        "扫一扫在手机上查看当前页面",  # QR-code prompt
    ],
    "e50_04_baofeng_20240122.txt": [
        "第一版:要闻版总第4492期 >2024-01-22编印",  # the e-paper's page header (版次/版名, issue number)
        "20240122001.jpg",  # the photo's file name
    ],
    "e50_05_zhaozhou_20111019.txt": [
        "责任编辑:张隽珊",  # the portal's editor credit
    ],
    "e50_06_yongtai_20210804.txt": [
        "扫一扫在手机上查看当前页面",  # QR-code prompt
    ],
    "e50_07_neixiang_20240308.txt": [
        "首页 > 内乡要闻",  # breadcrumb
    ],
}

# Furniture inside a kept line: (the stripped line, the stretch cut, "head" or "tail").
INLINE = {
    "e50_04_baofeng_20240122.txt": [
        ("刊发日期:2024-01-22 作者:  语音阅读:", "  语音阅读:", "tail"),  # the read-aloud tool
    ],
    "e50_06_yongtai_20210804.txt": [
        ("来源:永泰县农业农村局 时间:2021-08-04 17:47 浏览量:", " 浏览量:", "tail"),  # an empty view counter
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e50_02_nanchong_20220120.txt": "胡佳富在发布会上特别提到,2021年南充工业投资增速为32.1%,比全国高22个百分点,势头强劲。",
}


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
