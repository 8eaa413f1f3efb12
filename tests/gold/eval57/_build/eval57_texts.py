# Page texts of eval57 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval57/_build/eval57_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval57_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture inside a kept line listed in INLINE cut from it and, for the pages
# in CUT, everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval57_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e57_03_xizang_20240121.txt": [
        "《西藏日报》 《西藏日报藏文版》 《人民日报藏文版》 《西藏商报》 《西藏法制报》 《西藏法制报藏文版》",  # the e-paper's menu of papers
        "2024年01月21日",  # the e-paper's issue date above the article (page furniture; the pubdate)
    ],
    "e57_06_pinggu_20250512.txt": [
        "城事",  # the app's channel label
        "▲农业中关村综合科研中心项目",  # photo captions (the photos are not in the copy)
        "▲马昌营220千伏输变电工程",
        "▲承平高速公路 (北京段)工程",
        "打开APP阅读全文",  # the app's button
    ],
}

# Furniture or a broken-off sentence at the end of a kept line:
# (a stretch that identifies the line, the stretch cut, "head" or "tail").
INLINE = {
    "e57_01_xinbin_20231213.txt": [
        ("实施新宾镇产业园区道路维修改造。",
         "重点企业持续壮大。投资9500万元的沃谷铜锌矿技改项目已购置井下开采设备,投资4700万元的隆烨化工技改项目、",
         "tail"),  # the store breaks off in this sentence
    ],
    "e57_02_hainan_20100125.txt": [
        ("人民生活不断改善。", "城镇居民人均可支配收入13751元,农村居民人均纯收入4744元,实际分别增", "tail"),  # the store breaks off
    ],
    "e57_03_xizang_20240121.txt": [
        ("全体居民人均可支配收入增长8%左右", ",其中城乡居民人均可支配收入分别增长6.5%左右、10", "tail"),  # the store breaks off
    ],
    "e57_04_tianjin_20121101.txt": [
        ("民生领域投入力度加大。", "前三季度,天津城市居", "tail"),  # the store breaks off in this sentence
    ],
    "e57_05_guoluo_20230226.txt": [
        ("果洛州划定发展预期目标",
         "生态环境持续改善,特色产业不断发展,城乡基础设施建设深入推进,灾后恢复重建圆满收官,社会公共服务提档升级,民生保障水平进一步提高,民主法治建设不断增强,社会和谐稳定局面持续",
         "tail"),  # the store breaks off in this sentence
    ],
    "e57_06_pinggu_20250512.txt": [
        ("2025-05-12 16:20", " 语音播报", "tail"),  # the app's read-aloud button
    ],
    "e57_07_longyou_20250811.txt": [
        ("发布时间: 2025- 08- 11", " 浏览次数:", "tail"),  # an empty view counter
    ],
}

# Pages cut by hand after the given (stripped) line: none in this set.
CUT: dict[str, str] = {}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for key, cut, end in INLINE.get(name, []):
        hits = [i for i, line in enumerate(kept) if key in line]
        assert len(hits) == 1, (name, key)
        whole = kept[hits[0]]
        if end == "head":
            assert whole.startswith(cut), (name, whole)
            kept[hits[0]] = whole[len(cut):]
        else:
            assert whole.endswith(cut), (name, whole)
            kept[hits[0]] = whole[: -len(cut)].rstrip()
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
