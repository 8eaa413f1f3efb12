# Page texts of eval84 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval84/_build/eval84_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval84_raw.py as the store returned them. Here blank lines are dropped,
# indentation and trailing spaces stripped, the lines listed in DROP removed and, for the pages in
# CUT, everything after the given stretch dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval84_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e84_02_danyang_20201114.txt": [
        "责任编辑:王琳",  # the editor's line
        "本网首发",  # the site's label
        "丹阳视觉",  # the site's column links
        "丹阳热点",  # the site's column links
    ],
    "e84_03_yinchuan_20230425.txt": [
        "(资料图)",  # a photo note
    ],
    "e84_04_xinjiang_20241123.txt": [
        "图为当日新闻发布会现场。 胡嘉琛  摄",  # a photo caption
        "【编辑:李岩】",  # the editor's line
    ],
    "e84_07_fenxi_20240314.txt": [
        "首页 > 新闻中心 > 政务要闻",  # breadcrumb
        "【字体:",  # font tool
    ],
    "e84_08_hebei_20240728.txt": [
        "2024年07月28日",  # the edition's page header (page furniture: its date is the pubdate)
        "第01版:01",  # the page label
        "2024-07-28 增速高于全国1.6个百分点 1 1 沧州日报 content_135415.html 1 上半年我省规上工业增加值同比增长7.6% /enpproperty-->",  # the edition's metadata residue
    ],
}

# Pages cut short by hand: everything after this stretch (a sentence end) is dropped.
CUT = {
    "e84_01_duchang_20100301.txt": "蔡岭镇财政收入首次超千万元并进入全市30强。",  # the problems paragraph breaks off in the store
    "e84_03_yinchuan_20230425.txt": "“三新”产业占比达65%。",  # the store breaks off in the next sentence
    "e84_05_chongqing_20240729.txt": "市级重点项目完成投资2386亿元、投资进度52.5%。",  # the next paragraphs break off in the store
    "e84_07_fenxi_20240314.txt": "综合实力持续增强。",  # the store breaks off in the next sentence
    "e84_06_jiangxi_20140723.txt": "实现财政总收入463.9亿元,占全省的33%,同比提高1.1个百分点。",  # the store breaks off in the next sentence
}


def trim(name: str, raw: str) -> str:
    lines = [ln.strip() for ln in raw.split("\n")]
    lines = [ln for ln in lines if ln and ln not in DROP.get(name, [])]
    text = "\n".join(lines)
    if name in CUT:
        at = text.index(CUT[name]) + len(CUT[name])
        text = text[:at]
    return text + "\n"


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, raw in RAW.items():
        (out / name).write_text(trim(name, raw), encoding="utf-8")
        print(name, len(trim(name, raw)))
