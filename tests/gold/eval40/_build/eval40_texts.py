# Page texts of eval40 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval40/_build/eval40_texts.py  (writes the .txt files beside _build/)
# (Named eval40_texts.py, not texts.py: pytest's doctest collection would take two texts.py for one.)
# The stored copies are in eval40_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited. The store gives about the first thousand characters
# of a page; where it cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval40_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e40_02_chongming_20180116.txt": [
        "【字体:标准加大特大",          # font-size switch
        "• 索引号:", "• 主题分类:", "其他-", "• 公开主体:", "门户网站", "• 发文字号:", "• 成文日期:",
        "• 发布日期:", "2018-01-16",    # the portal's metadata table (the 发布时间 line above it is kept)
    ],
    "e40_04_akesu_20221103.txt": ["分享", "分享到", "分享到微信"],   # share buttons
    "e40_05_lasa_20220301.txt": ["中国西藏网 > 新闻 > 原创"],         # breadcrumb
    "e40_07_shuangyang_20230815.txt": [
        "一网搜 登录| 注册",                                          # site search and login bar
        "建议提案办理结果",                                            # the section's name
        "首页 > 政务公开 > 五公开 > 结果公开 > 建议提案办理结果",       # breadcrumb
        "【字体: 打印",                                                # font-size and print switches
    ],
    "e40_08_liaoyang_20191226.txt": ["本地事"],                        # the portal's channel label
    "e40_09_lingshui_20190426.txt": [
        "SSI ļʱ",                                                     # server-side-include debris (3 lines)
        "今日海南 海口 三亚 三沙 儋州 五指山 文昌 琼海 万宁 东方 洋浦 今日定安 今日屯昌 今日澄迈 今日临高 "
        "今日白沙 今日昌江 今日乐东 今日陵水 今日保亭 今日琼中 海南旅游",    # the portal's channel menu
        "大琼网 > 海南 > 今日陵水 > 正文",                                # breadcrumb
    ],
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    kept = [line for line in lines if line and line not in drop]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
