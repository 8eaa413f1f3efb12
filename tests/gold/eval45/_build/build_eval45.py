"""Write ../../eval45.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval45/_build/build_eval45.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval44's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval45_pages_a import PAGES as PAGES_A  # noqa: E402
from eval45_pages_b import PAGES as PAGES_B  # noqa: E402
from eval45_pages_c import PAGES as PAGES_C  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval45.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e45_01_liling_20110905.txt": "",                 # www.zgghw.org.cn, 中国规划网 (national site)
    "e45_02_zhenning_20210127.txt": "",               # news.gzw.net, 贵州网 (provincial news site)
    "e45_03_yuping_20230223.txt": "",                 # nextlevelartsconsulting.com, a document site
    "e45_04_guiping_20251209.txt": "",                # szb.wanzhongfilm.com, a copy of 西部时报's e-paper
    "e45_05_zhenkang_20260225.txt": "镇康县",          # www.ynzk.gov.cn, 镇康县人民政府's site
    "e45_06_shufu_20230105.txt": "",                  # quyushuju.com, a forum
    "e45_07_zhenfeng_20100819.txt": "",               # ldqxn.com, 亮点黔西南 (the prefecture's news site)
    "e45_08_jiujiang_20250627.txt": "九江市",          # www.jiujiang.gov.cn, 九江市人民政府's site
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B, **PAGES_C}, HERE.parent, GOLD, "e45", show="--review" in sys.argv,
              places=PLACES)
