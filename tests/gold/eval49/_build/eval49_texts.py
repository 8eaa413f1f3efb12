# Page texts of eval49 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval49/_build/eval49_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval49_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and
# the stretches of furniture inside a kept line listed in INLINE cut from it (see ../SOURCES.md);
# no kept sentence is edited. The store gives about the first thousand characters of a page; where it
# cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval49_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e49_01_jiangjin_20230608.txt": [
        "[ 索引号 ] | 11500381753064447F/2023-00009 | [ 发文字号 ] | 无 |",  # the page's index block
        "[ 主题分类 ] | 统计 | [ 体裁分类 ] | 其他 |",  # index block
        "[ 发布机构 ] | 江津区统计局 | [ 有效性 ] | 有效 |",  # index block
        "[ 成文日期 ] | 2023-06-08 | [ 发布日期 ] | 2023-06-08 |",  # index block
        "国务院部门网站",  # footer links
        "地方政府网站",  # footer links
        "市政府部门网站",  # footer links
        "区县政府网站",  # footer links
        "其他网站",  # footer links
        "关注公众号",  # footer
        "江津发布",  # footer (the district's WeChat account)
    ],
    "e49_02_jiangjinbao_20231030.txt": [
        "|",  # the e-paper's calendar widget
        "日 | 一 | 二 | 三 | 四 | 五 | 六 |",  # calendar widget
        "---|",  # calendar widget
    ],
    "e49_04_anci_20200115.txt": [
        "专题活动",  # menu item
    ],
    "e49_06_juye_20250117.txt": [
        "今日特推: 山东枣庄市市中区十三届人大四次会议开幕",  # the site's ticker (another story's headline)
        "搜索:",  # search box
        "您的位置: 主页 > 高层 > » 正文",  # breadcrumb
    ],
    "e49_07_liujiang_20221008.txt": [
        "— 1 —",  # the printed page number under each copy of the letter
    ],
}

# Furniture inside a kept line: (the stripped line, the stretch cut, "head" or "tail").
INLINE = {
    "e49_02_jiangjinbao_20231030.txt": [
        ("版次:01 作者:廖洋 刘玉连2023年10月30日", "版次:01 ", "head"),  # the page number (版次), page furniture
    ],
    "e49_03_huainan_20220429.txt": [
        ("发布日期:2022-04-29 15:12 来源:市统计局 【字号: 阅读:", " 【字号: 阅读:", "tail"),  # font-size tool, empty counter
    ],
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
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
