"""Write ../../eval47.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval47/_build/build_eval47.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval46's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval47_pages_a import PAGES as PAGES_A  # noqa: E402
from eval47_pages_b import PAGES as PAGES_B  # noqa: E402
from eval47_pages_c import PAGES as PAGES_C  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval47.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e47_01_huadu_20220830.txt": "广州市花都区",      # www.huadu.gov.cn, 广州市花都区人民政府's site
    "e47_02_kaihua_20160805.txt": "开化县",           # khnews.zjol.com.cn, 开化新闻网 (the county's news site)
    "e47_03_laifeng_20171225.txt": "",              # www.bralcochina.com, a mirror
    "e47_04_shanggao_20240227.txt": "",             # edutainingadventures.com, a document site
    "e47_05_luoshan_20211009.txt": "罗山县",          # www.luoshan.gov.cn, 罗山县人民政府's site
    "e47_06_tongxu_20220412.txt": "",               # finance.3news.cn, a news portal
    "e47_07_jian_20170307.txt": "",                 # mgweikan.com, a copy site
    "e47_08_shihe_20200702.txt": "",                # henan.china.com, a portal's local channel
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B, **PAGES_C}, HERE.parent, GOLD, "e47", show="--review" in sys.argv,
              places=PLACES)
