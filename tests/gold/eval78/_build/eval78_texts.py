# Page texts of eval78 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval78/_build/eval78_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval78_raw.py as the store returned them. Here blank lines are dropped,
# indentation and trailing spaces stripped, the navigation lines listed in DROP removed, the stretches
# listed in INLINE cut from the end of the one kept line that ends with them (a fragment where the store
# breaks off) and, for the pages in CUT, everything after the given line dropped (see ../SOURCES.md);
# no kept sentence is edited.
from pathlib import Path

from eval78_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e78_01_xianyou_20251226.txt": [
        "|",  # a table-cell mark left above the story
    ],
    "e78_02_zhenghe_20251231.txt": [
        "•  秀美政和 让你的生活慢下来",  # the site's banner
        "滚动新闻:多政策为企业“松绑” 破解企业降杠杆难题 福州7月1日起实行新规",  # the site's news ticker
        "当前位置: 政和新闻网>时政新闻> > 正文",  # breadcrumb
    ],
}

# A fragment cut from the end of the one kept line that ends with it: where the store breaks off
# mid-sentence (or, on 仙游's page, the next section's heading with nothing under it).
INLINE = {
    "e78_01_xianyou_20251226.txt": [" 【游】文旅融合活力迸发"],
    "e78_02_zhenghe_20251231.txt": ["五年来,我们坚持绿色发展,生态"],
    "e78_03_hangjinhouqi_20251216.txt": ["尽管部分领域投资有所收缩,但全旗投资结构中"],
    "e78_05_hebei_20220421.txt": ["限额以上单位家用电器和音像器"],
    "e78_07_changshan_20260126.txt": ["通过技术改造、数字化赋能、绿色转型三措并举 ..."],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e78_06_shandong_20220720.txt": "货物进出口快速增长,贸易结构持续优化。上半年,货物进出口总额15734.9亿元,同比增长17.0%。一般贸易进出口增长15.3%,机电产品出口增长20.3%,民营企业进出口增长22.6%,贸易结构继续优化。",
    "e78_08_suichang_20150804.txt": "遂昌在汤显祖的《牡丹亭》里,这里山清水清,春云处处。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for cut in INLINE.get(name, []):
        ends = [i for i, line in enumerate(kept) if line.endswith(cut)]
        assert len(ends) == 1, (name, cut)
        kept[ends[0]] = kept[ends[0]][: -len(cut)]
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
