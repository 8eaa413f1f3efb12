"""Write ../../eval53.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval53/_build/build_eval53.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval52's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval53_pages_a import PAGES as PAGES_A  # noqa: E402
from eval53_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval53.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e53_01_minhang_20160301.txt": "",                 # m.777doc.com, a document-sharing site: a copy
    "e53_02_hongqiao_20240119.txt": "红桥区",          # www.tjhq.gov.cn, 天津市红桥区人民政府's site
    "e53_03_huzhu_20240816.txt": "",                   # www.qhbtv.com, 青海广播电视台: provincial media on a county below it
    "e53_04_tongzhou_20230725.txt": "通州区",          # 北京通州发布, the district's own account (on 北京青年报's app)
    "e53_05_changji_20190802.txt": "昌吉回族自治州",   # www.cj.gov.cn, 昌吉回族自治州人民政府's site
    "e53_06_luocheng_20240806.txt": "",                # zzdnet.com, a copy of 广西新闻网 (provincial media)
    "e53_07_donggang_20211108.txt": "",                # epaper.rznews.cn, 日照日报: the city's paper on a district below it
    "e53_08_nenjiang_20120322.txt": "",                # heilongjiang.dbw.cn, 东北网 (regional portal)
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e53", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
