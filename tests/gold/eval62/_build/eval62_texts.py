# Page texts of eval62 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval62/_build/eval62_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval62_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the broken tails and table borders listed in INLINE cut from their kept line and, for the pages in
# CUT, everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval62_raw import RAW

BORDER = "||||||||||||||||||||||||"  # a table's border row as the store gives it (e62_05)

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e62_02_jianshi_20240520.txt": [
        "亿元",  # a chart's axis label
        "%",  # a chart's axis labels (twice)
        "万人",  # a chart's axis label
    ],
    "e62_04_dongan_20230309.txt": [
        "您现在所在的位置 : 首页 > 政务公开 > 规划计划及解读 > 发展规划",  # breadcrumb
        "分享到:",  # share button
        "• 【字体:",  # font-size control
    ],
    "e62_05_linshu_20220701.txt": [
        "|",  # empty table cells
        BORDER,  # table borders
        "【关闭窗口】 |",  # close-window button
    ],
    "e62_06_tielingxian_20230329.txt": [
        "|",  # an empty table cell
    ],
    "e62_07_dongan_20230329.txt": [
        "您现在所在的位置 : 首页 > 政务公开 > 信息公开平台 > 政府工作报告",  # breadcrumb
        "分享到:",  # share button
        "• 【字体:",  # font-size control
    ],
    "e62_08_changli_20211029.txt": [
        "无障碍      手机版",  # accessibility and mobile links
        "当前位置:首页 > 建议提案办理结果",  # breadcrumb
        "字体:【  】 【打印】",  # font-size and print controls
        "扫一扫分享到手机端",  # QR-code share
    ],
}

# Stretches cut from the end of a kept line: broken tails (the store breaks these lines off
# mid-sentence; the broken clause is cut) and table borders or counters glued to a kept line.
INLINE = {
    "e62_02_jianshi_20240520.txt": [",一次性"],
    "e62_03_xicheng_20110112.txt": ["加快高端要素聚集,吸引了北京金融资产交易所、凯雷(北京)投资管理有限公司、中国人保集团等20余家金融机构,以及中国北京出版创意产业园、中国设计交易市场等一"],
    "e62_04_dongan_20230309.txt": [",排名全市"],
    "e62_07_dongan_20230329.txt": ["面对人民群众对美好生活的往,我们以政府紧日子保百"],
    "e62_05_linshu_20220701.txt": [" 点击数: | " + BORDER, " | " + BORDER, " |"],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e62_01_dingan_20220706.txt": "四、消费市场 1-5月,全县社会消费品零售总额实现11.2亿元,同比下降2.3%,增速高于全省水平5.2个百分点。5月,全县社会消费品零售总额2.83亿元,同比下降11.2%,增速高于全省水平6.5个百分点。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    lines = [line for line in lines if line]
    kept = [line for line in lines if line not in drop]
    for tail in INLINE.get(name, []):
        hits = [i for i, line in enumerate(kept) if line.endswith(tail)]
        assert len(hits) == 1, (name, tail, hits)
        kept[hits[0]] = kept[hits[0]][: -len(tail)]
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
