# Page texts of eval72 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval72/_build/eval72_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval72_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed, the
# stretch inside a kept line listed in INLINE cut from it (see ../SOURCES.md); no kept sentence is
# edited and no page is cut by hand (the store's own breaks are kept as stored).
from pathlib import Path

from eval72_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e72_01_shapotou_20221117.txt": [
        "无障碍浏览 长者模式",  # accessibility tools
        "登录个人中心",  # login link
        "首页 政府信息公开 新闻中心 网上办事 互动交流 走进沙坡头",  # site menu
    ],
    "e72_02_junxian_20230408.txt": [
        "导航菜单",  # the site's menu label
    ],
    "e72_03_xixian_20220426.txt": [
        "导航菜单",  # the site's menu label
    ],
    "e72_04_guzhen_20220830.txt": [
        "您当前所在位置: 首页 > 数据发布 > 统计月报",  # breadcrumb
    ],
    "e72_06_shanghai_20210721.txt": [
        "用手机看",  # share tool
        "扫描到手机,新闻随时看",  # share tool
        "扫一扫,用手机看文章",  # share tool
        "更加方便分享给朋友",  # share tool
        "上海市地区生产总值增长速度(累计同比)",  # a chart's caption (the chart is not in the copy)
        "规模以上工业增加值增速(累计同比)",  # a chart's caption (the chart is not in the copy)
    ],
    "e72_08_neimenggu_20210930.txt": [
        "政府信息公开",  # column banner
        "搜索位置:",  # search box
        "匹配度:",  # search box
        "排序:",  # search box
        "首页 > 政务公开 > 政府信息公开 > 法定主动公开内容 > 建议提案办理",  # breadcrumb
        "分享到:",  # share tool
    ],
}

# Stretches cut inside a kept line: (the whole line, the stretch, "head" or "tail").
INLINE = {
    "e72_04_guzhen_20220830.txt": [
        ("发布日期:2022-08-30 09:20   作者:统计局信息员    来源:固镇县统计局    阅读: 次   字体:[  ]   保护视力色:",
         "    阅读: 次   字体:[  ]   保护视力色:", "tail"),  # an empty view counter and the font and colour tools
    ],
}

# Pages cut short by hand: none in this set (the store's own breaks are kept as stored).
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
