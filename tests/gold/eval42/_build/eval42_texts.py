# Page texts of eval42 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval42/_build/eval42_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval42_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited. The store gives about the first thousand characters
# of a page; where it cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval42_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e42_02_shijingshan_20250822.txt": [
        "问答网首页 > 最新热搜 > 北京 > 2025年上半年石景山地区生产总值696.6亿元 增速居中心城区第一",  # breadcrumb
        "回眸秋水 回眸秋水",                                                                            # the host's poster name
    ],
    "e42_04_rizhaojkq_20180707.txt": [
        "转载请标注:我爱技术网——开发区对全区重点项目进行现场观摩推进",  # the host's repost notice (repeats the headline)
        "上一篇:跑分图曝光?安兔兔表示彻底醉了",                          # the host's link to its previous item
        "推荐文章", "相关文章",                                            # the host's sidebar headings
    ],
    "e42_06_hejiang_20181227.txt": ["扫一扫在手机打开当前页"],          # QR-code widget
    "e42_08_zhengding_20181213.txt": [
        "您当前的位置 : 正定要闻",                                          # breadcrumb
        "分享:",                                                            # share buttons
    ],
    "e42_09_suqian_20210803.txt": [
        "新闻资讯",                                                         # the portal's section name
        "免责声明:本文系网络转载,版权归原作者所有,如涉及版权,请联系我们删除!",  # the portal's disclaimer
        "栏目类别",                                                         # the portal's sidebar heading
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
