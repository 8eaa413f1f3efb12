# Page texts of eval66 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval66/_build/eval66_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval66_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and
# the one stretch of furniture inside a kept line listed in INLINE cut from it (see ../SOURCES.md);
# no kept sentence is edited and no page is cut by hand (the store's own breaks are kept as stored).
from pathlib import Path

from eval66_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e66_01_lujiang_20250104.txt": [
        "导航菜单",  # navigation
    ],
    "e66_04_fengze_20240119.txt": [
        "• 网站首页",  # the portal's menu
        "• 国内",
        "• 国际",
        "• 原创",
        "• 社会",
        "• 财经",
        "• 体育",
        "• 法治",
        "• 科技",
        "• 资讯",
        "• 泉州丰泽:奋力建设21世纪“海丝名城”核心区",  # the title as a menu item (the headline is kept below)
        "大会现场(丰泽区委宣传部 供图)",  # a photo caption
    ],
    "e66_06_wujin_20260115.txt": [
        "|",  # a table cell border left by the store
    ],
    "e66_08_guangdong_20200619.txt": [
        "简体版 繁體版 信息无障碍",  # the site's tool bar
        "当前位置: 首页 > 互动平台 > 人大建议",  # breadcrumb
    ],
}

# Stretches of furniture cut inside a kept line: (the whole line, the stretch, "head" or "tail").
INLINE = {
    "e66_04_fengze_20240119.txt": [
        ("发布时间: 2024-01-19 20:17首页:主页 > 国内 > 阅读()", "首页:主页 > 国内 > 阅读()", "tail"),  # breadcrumb
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
