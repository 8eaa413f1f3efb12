"""Write ../../eval23.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval23/_build/build_eval23.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval22's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval23_pages_a import PAGES as PAGES_A  # noqa: E402
from eval23_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval23.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e23_01_jiaxiang_20201017.txt": "",            # m.jiangsulong.com, a portal's copy
    "e23_02_pingyin_20190120.txt": "",             # guanchang.qwyd.net, a collector of reports
    "e23_03_yongchuan_20220108.txt": "",           # edutainingadventures.com, a collector of reports
    "e23_04_anju_20220119.txt": "",                # edutainingadventures.com, a collector of reports
    "e23_05_minzhong_20191231.txt": "",            # zsdag.cn, 中山年鉴 (a city's yearbook) on an archive site: unsure
    "e23_06_panshan_20231101.txt": "盘山县",        # panshan.gov.cn, 盘山县's own site
    "e23_07_suide_20230331.txt": "",               # tjgb.hongheiku.com, a collector of bulletins
    "e23_08_luonan_20230331.txt": "",              # tjgb.hongheiku.com, a collector of bulletins
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e23", show="--review" in sys.argv,
              places=PLACES)
