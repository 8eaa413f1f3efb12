"""Write ../../eval39.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval39/_build/build_eval39.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval38's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval39_pages_a import PAGES as PAGES_A  # noqa: E402
from eval39_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval39.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e39_01_lingao_20230108.txt": "",              # bx2200.com, a portal collecting reports
    "e39_02_shouxian_20220620.txt": "",            # tjgb.hongheiku.com, a portal collecting bulletins
    "e39_03_hulin_20081016.txt": "",               # hulin.dbw.cn (东北网), provincial media on a city below it
    "e39_04_hexi_20250108.txt": "",                # wxredian.com, a site reposting WeChat articles
    "e39_05_miyi_20251114.txt": "米易县",          # www.scmiyi.gov.cn, 米易县人民政府's site (来源 米易县水利局)
    "e39_06_ningdong_20240814.txt": "",            # ningdong.nx.gov.cn, the 宁东 base's site, not the town's own: unsure
    "e39_07_luocheng_20220608.txt": "",            # b1.hcnu.edu.cn, a copy on a college's host
    "e39_08_zhenglanqi_20210727.txt": "",          # gongwensou.com (公文搜), a portal collecting documents
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e39", show="--review" in sys.argv,
              places=PLACES)
