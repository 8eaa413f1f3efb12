# Page texts of eval71 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval71/_build/eval71_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval71_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture inside a kept line listed in INLINE cut from it and, for the pages
# in CUT, everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval71_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e71_01_jiulongpo_20240328.txt": [
        # table 1, whose cells repeat the figures of the paragraphs above it, and two chart captions (the charts are not kept)
        "表1 2023年分产业地区生产总值、增速及其比重",
        "指 标 | 绝对量(亿元) | 比上年增长(%) | 比重(%) |",
        "地区生产总值 | 1867.07 | 6.5 | 100.0 |",
        "第一产业 | 8.18 | 4.3 | 0.4 |",
        "第二产业 | 643.88 | 4.4 | 34.5 |",
        "工 业 | 437.63 | 2.7 | 23.4 |",
        "建筑业 | 206.25 | 7.8 | 11.1 |",
        "第三产业 | 1215.01 | 7.7 | 65.1 |",
        "图1 2019-2023年地区生产总值及其增长速度",
        "图2 2019-2023年三次产业增加值占全区地区生产总值比重",
    ],
    "e71_02_xundian_20201202.txt": [
        "长者模式",  # accessibility tool
        "无障碍浏览",  # accessibility tool
        "寻甸回族彝族自治县人民政府 www.kmxd.gov.cn",  # the site's banner
        "政府信息公开",  # navigation
        "政府信息公开指南",  # navigation
        "政府信息公开制度",  # navigation
        "索引号: 015155419-202012-345652 主题分类: 2020年",  # index box
        "发布机构:  寻甸回族彝族自治县人民政府 发布日期: 2020-12-02 16:20",  # index box (its date is repeated below)
        "名 称: 寻甸回族彝族自治县水务局关于对县政协第九届委员会第33号代表 提案的答复",  # index box (the title is repeated below)
        "文号: 关键字:",  # index box, empty
        "字号:[ ]",  # font tool
    ],
    "e71_03_gangu_20110104.txt": [
        "看家乡事,品故乡情",  # the site's slogan
    ],
    "e71_07_fengxian_20230109.txt": [
        "导航菜单",  # navigation
    ],
}

# Furniture inside a kept line: (the stripped line, the stretch cut, "head" or "tail").
INLINE = {
    "e71_03_gangu_20110104.txt": [
        ("天水日报 2011-01-04 16:13 大字", " 大字", "tail"),  # a font tool
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e71_01_jiulongpo_20240328.txt": "城镇新增就业人员4.20*万人。城镇登记失业人员实现就业人数8599*人,比上年下降0.5%*。就业困难人员再就业人数4450*人,比上年增长5.8%*。",
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
