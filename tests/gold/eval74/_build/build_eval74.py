"""Write ../../eval74.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval74/_build/build_eval74.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval73's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval74_pages_a import PAGES as PAGES_A  # noqa: E402
from eval74_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval74.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e74_01_huangping_20230208.txt": "",        # gcs66.com, a document site's copy (the report is 黄平县财政局's)
    "e74_02_lucheng_20220211.txt": "",          # gcs66.com, a document site's copy (the report is 潞城区财政局's)
    "e74_03_sichuan_20070724.txt": "四川省",     # www.scspc.gov.cn, 四川省人大常委会's site
    "e74_04_dongchangfu_20210727.txt": "",      # www.gongwensou.com, a document site's copy
    "e74_05_yueyang_20250714.txt": "岳阳县",     # www.yyx.gov.cn, 岳阳县人民政府's site (岳阳县教育体育局)
    "e74_06_hunan_20240919.txt": "湖南省",       # hnrb.voc.com.cn, 湖南日报 (provincial media)
    "e74_07_changqing_20250109.txt": "",        # 大众日报's e-paper: provincial media, not the district's
    "e74_08_fuxin_20241231.txt": "",            # www.fmrmzx.com, the publisher is not named on the page
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e74", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
