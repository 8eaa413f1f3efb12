# Page texts of eval64 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval64/_build/eval64_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval64_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches cut inside a kept line listed in INLINE cut from it (the store's broken-off last
# sentence) and, for the pages in CUT, everything after the given line dropped (see ../SOURCES.md);
# no kept sentence is edited.
from pathlib import Path

from eval64_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e64_04_fenghua_20210825.txt": [
        "打造网上国际投资促进平台 致力于中国投资促进事业",  # the portal's slogan
        "您现在的位置:首页 > 开发区新闻 > 宁波 > 文字新闻",  # breadcrumb
        "上一条:昆山首家融媒体分中心成立",  # the portal's neighbouring items
        "下一条:永乐店邀专家解读十八大精神",
        "与我们联系",  # the portal's contact box
        "• 联系电话:+86-0512-53660867",
        "• 传  真:+86-0512-53660867",
        "• 邮  箱:info@investchn.com",
        "Copyright © 2015-2024 InvestCHN.com All Rights Reserved. 版权所有:投促中国",
    ],
    "e64_06_tianmen_20250110.txt": [
        "当前版:02版",  # the e-paper's page label (page furniture)
        "文章字数:590",  # the e-paper's word count
    ],
    "e64_07_nanshan_20210831.txt": [
        "您的位置:首页 > 资讯频道 > 热点 >",  # breadcrumb
        "标签:",  # an empty tag line
    ],
    "e64_08_licheng_20250109.txt": [
        "图片",  # an image's placeholder
    ],
}

# The store's broken-off tail inside a kept line: (the stripped line, the stretch cut, "tail").
INLINE = {
    "e64_01_xiangshan_20250813.txt": [
        ("三、规模以上工业。上半年,全区规上工业总产值下降16.0%,规上工业增加值下降2.8%。6月当月,规上工业总产值下降18.0%,规上工",
         "6月当月,规上工业总产值下降18.0%,规上工", "tail"),
    ],
    "e64_03_liuzhou_20130701.txt": [
        ("总体数据显示,前5个月我市规模以上工业总产值1491.2亿元,同比增长7.3%,增速回落8.4个百分点。三大支柱行业总产值1073.4亿元,"
         "同比增长3.1%,增速回落11个百分点,但机械工业总产值120.8亿元,同比增长3.1%,表",
         "三大支柱行业总产值1073.4亿元,同比增长3.1%,增速回落11个百分点,但机械工业总产值120.8亿元,同比增长3.1%,表", "tail"),
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e64_02_putuo_20080620.txt": "2005年,着眼于转变区经济增长方式和增强持续发展能力,我们以贯彻落实中央宏观调控政策为动力,聚焦重点地区、重大项目、重点产业,进一步加大产业结构调整和新兴产业培育力度,促进了区域经济的平稳健康运行。",
    "e64_06_tianmen_20250110.txt": "大会闭幕后,市政协提案委员会将对已审查立案的提案分类整理,按有关规定交由承办单位办理。对未立案的提案,将转送有关部门作为工作参考或以适当方式处理。",
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
