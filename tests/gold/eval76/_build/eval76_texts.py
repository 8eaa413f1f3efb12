# Page texts of eval76 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval76/_build/eval76_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval76_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture inside a kept line listed in INLINE cut from it (a broken-off fragment at
# the end of a page's last kept line is cut the same way, "tail") and, for the pages in CUT,
# everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval76_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e76_03_jinwan_20240409.txt": [
        "会议现场",  # a photo's caption (the photo is not stored)
    ],
    "e76_04_wenshan_20190903.txt": [
        "文山市人民政府",  # the site's masthead
        "[字体: ]",  # font-size tool
    ],
    "e76_05_yanqi_20220819.txt": [
        "(资料图片仅供参考)",  # a stock photo's caption
        "1 2 下一页 全文阅读",  # pager (the store holds only the first page)
        "标签: 七个星镇 有效带动 建设规模",  # tags
        "图文推荐",  # sidebar heading
        "热门文字",  # sidebar heading
        "标签",  # sidebar heading
        "精彩赏析",  # sidebar heading
    ],
    "e76_06_yunnan_20250424.txt": [
        "国内统一连续出版物号:CN53-0003 昭通日报社出版权威传播公信新闻 深情反映大众心声",  # masthead
        "2025年04月24日",  # the e-paper's issue date (page furniture; it is the pubdate)
    ],
    "e76_07_jiangxi_20210421.txt": [
        "往期阅读",  # e-paper navigation
        "当前版: 03版 上一版  下一版",  # e-paper navigation
        "上一篇    下一篇",  # e-paper navigation
        "放大 缩小 默认",  # font-size tool
    ],
    "e76_08_huangpu_20210517.txt": [
        "战",  # a stray character after the story (a sidebar's first character)
    ],
}

# Stretches cut inside a kept line: (the whole line as kept, the stretch, "head" or "tail").
def _last(name: str) -> str:
    """The page's last non-blank stored line, stripped (where the store breaks off)."""
    return [line.strip() for line in RAW[name].split("\n") if line.strip()][-1]


INLINE = {
    "e76_01_huoshan_20230105.txt": [
        (_last("e76_01_huoshan_20230105.txt"), "、总投资16", "tail"),  # the store breaks off here
    ],
    "e76_02_daoli_20050218.txt": [
        (_last("e76_02_daoli_20050218.txt"), "农业抗御自", "tail"),  # the store breaks off here
    ],
    "e76_08_huangpu_20210517.txt": [
        ("点击数:498 发布时间:2021-05-17  发布者:Admin", "点击数:498 ", "head"),  # view counter
        ("发布时间:2021-05-17  发布者:Admin", "  发布者:Admin", "tail"),  # uploader's account name
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e76_06_yunnan_20250424.txt": "一季度,全省农林牧渔业总产值1159.20亿元,同比增长2.6%,增速与2024年全年持平。其中,农业(种植业)产值增长5.4%,比2024年全年加快0.3个百分点。全省蔬菜产量889.38万吨,增长4.4%;水果产量181.78万吨,增长6.7%;茶叶产量4.01万吨,增长5.0%。",
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
    print("total", sum(len(t) for t in T.values()))
