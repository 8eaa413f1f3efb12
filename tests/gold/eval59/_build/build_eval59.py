"""Write ../../eval59.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval59/_build/build_eval59.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval58's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval59_pages_a import PAGES as PAGES_A  # noqa: E402
from eval59_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval59.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e59_01_beilin_20250114.txt": "",          # bx2200.com, a site collecting work reports
    "e59_02_chaoyang_20250424.txt": "朝阳市",  # www.chaoyang.gov.cn, 朝阳市人民政府's site
    "e59_03_zhongwei_20221216.txt": "",        # bx2200.com, a site collecting work reports
    "e59_04_dongli_20240109.txt": "",          # intermagasia.com, a mirror of the district's pages
    "e59_05_datong_20210123.txt": "大同市",    # epaper.dtnews.cn, 大同日报 (the city's paper)
    "e59_06_chongming_20170110.txt": "",       # zgcounty.com, 中国县域's site: a repost
    "e59_07_xizang_20060210.txt": "",          # district.ce.cn, 中国经济网: national media
    "e59_08_jilin_20231126.txt": "",           # miaomuz.com, a nursery-price site: a repost
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e59", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
