"""Write ../../eval50.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval50/_build/build_eval50.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval49's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval50_pages_a import PAGES as PAGES_A  # noqa: E402
from eval50_pages_b import PAGES as PAGES_B  # noqa: E402
from eval50_pages_c import PAGES as PAGES_C  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval50.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e50_01_sanming_20230601.txt": "三明市",      # tjj.sm.gov.cn, 三明市统计局
    "e50_02_nanchong_20220120.txt": "",           # cbgc.scol.com.cn, 川观新闻 (四川日报's site): provincial media
    "e50_03_yanjiang_20230107.txt": "",           # cbgc.scol.com.cn, 川观新闻's 资阳观察: provincial media
    "e50_04_baofeng_20240122.txt": "宝丰县",      # bfkb.v0375.cn, 宝丰快报 (the county's paper)
    "e50_05_zhaozhou_20111019.txt": "",           # heilongjiang.dbw.cn, 东北网 carrying 黑龙江日报: provincial media
    "e50_06_yongtai_20210804.txt": "永泰县",      # www.yongtai.gov.cn, 永泰县人民政府's site
    "e50_07_neixiang_20240308.txt": "内乡县",     # www.neixiangxian.gov.cn, 内乡县人民政府门户网站
    "e50_08_haifeng_20240320.txt": "",            # fang.swsm.net, a forum carrying the county TV's report: a mirror
}


def check(gold: Path, texts: Path) -> None:
    """Every span is the text at its offsets (the locator guarantees it; checked again here)."""
    docs: dict[str, str] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["type"] == "pubdate":
            continue
        doc = docs.setdefault(r["file"], (texts / r["file"]).read_bytes().decode("utf-8"))
        assert doc[r["start"]:r["end"]] == r["text"], (r["file"], r["start"], r["text"])


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B, **PAGES_C}, HERE.parent, GOLD, "e50", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
