"""Write ../../eval46.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval46/_build/build_eval46.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval45's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval46_pages_a import PAGES as PAGES_A  # noqa: E402
from eval46_pages_b import PAGES as PAGES_B  # noqa: E402
from eval46_pages_c import PAGES as PAGES_C  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval46.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e46_01_fuan_20211216.txt": "福安市",            # www.fjfa.gov.cn, 福安市人民政府's site
    "e46_02_xiapu_20191229.txt": "",                # gongwensou.com, a document site
    "e46_03_xiangxi_20150923.txt": "",              # moment.rednet.cn, 红网 (provincial news site), from 团结报
    "e46_04_fengqiu_20250330.txt": "",              # bx2200.com, a document site
    "e46_05_yexian_20240122.txt": "",               # bx2200.com, a document site
    "e46_06_linying_20240227.txt": "",              # bx2200.com, a document site
    "e46_07_shilin_20220630.txt": "石林彝族自治县",     # www.kmsl.gov.cn, 石林彝族自治县人民政府's site
    "e46_08_panyu_20250526.txt": "广州市番禺区",       # www.panyu.gov.cn, 广州市番禺区人民政府's site
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B, **PAGES_C}, HERE.parent, GOLD, "e46", show="--review" in sys.argv,
              places=PLACES)
