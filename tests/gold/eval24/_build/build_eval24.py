"""Write ../../eval24.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval24/_build/build_eval24.py [--review]
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

from eval24_pages_a import PAGES as PAGES_A  # noqa: E402
from eval24_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval24.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e24_01_zezhou_20190417.txt": "",          # dashoubi.org.cn, a copy on an unrelated site
    "e24_02_shuangdian_20250824.txt": "如东县",  # rudong.gov.cn, 如东县's own site (来源 如东日报, the county paper)
    "e24_03_jinyun_20230727.txt": "",          # news.25948.com, a portal
    "e24_04_haining_20241114.txt": "海宁市",     # haining.gov.cn, 海宁市's own site
    "e24_05_linxia_20211118.txt": "",          # nec-driver.com, a collector of reports
    "e24_06_changjiang_20210203.txt": "",      # cppc-bj.com, a collector of reports
    "e24_07_yuhua_20230103.txt": "",           # so.icswb.com, a news portal
    "e24_08_guangfeng_20190716.txt": "上饶市广丰区",  # gfx.gov.cn, 广丰区's own site
    "e24_09_dongfang_20150919.txt": "",        # 海南日报, a provincial paper on a city below it
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e24", show="--review" in sys.argv,
              places=PLACES)
