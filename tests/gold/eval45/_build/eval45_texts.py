# Page texts of eval45 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval45/_build/eval45_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval45_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited. The store gives about the first thousand characters
# of a page; where it cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval45_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e45_01_liling_20110905.txt": [
        "中国规划网",  # the site's name above the page
        "登陆 | 注册",  # login links
        "当前位置: 主页 > 主题文化 > 新闻资讯 >",  # breadcrumb
        "------分隔线----------------------------",  # divider before the comment form
        "发表评论",  # comment form
        "请自觉遵守互联网相关的政策法规,严禁发布色情、暴力、反动的言论。",  # comment form
        "评价:",  # comment form
        "表情:",  # comment form
        "验证码:点击我更换图片",  # comment form
        "推荐内容",  # the site's related-content box
    ],
    "e45_04_guiping_20251209.txt": [
        "西部时报电子报",  # the e-paper reader's masthead
        "2025年12月9星期二",  # page furniture (the date line)
        "国内统一刊号:CN11-0133",  # page furniture
        "西部时报新闻综合 云南加快建设高原特色农业强省 西部大事 桂平:千年古郡   西江明珠",  # the page menu
        "按日期检索",  # date picker
        "12 2017",  # date picker
        "3",  # date picker
        "4",  # date picker
        "西部时报",  # reader furniture
        "电子报刊阅读器",  # reader furniture
        "放大 缩小 默认",  # zoom buttons
    ],
    "e45_08_jiujiang_20250627.txt": [
        "您当前所在的位置: 首页 > 政务公开 > 五公开 > 执行公开 > 任务分解和推进",  # breadcrumb
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
