"""Write ../../eval14.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval14/_build/build_eval14.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's, the set's pubdates.csv carries the publisher's place (area column) from the
start: PLACES below, decided from each page's source (see ../SOURCES.md), is written into it
on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval14_pages_a import PAGES as PAGES_A  # noqa: E402
from eval14_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval14.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e14_01_qinshui_20220121.txt": "沁水县",           # 沁水县 government site (xxgk.qinshui.gov.cn)
    "e14_02_youxian_20200420.txt": "绵阳市游仙区",       # 游仙区 government site, 文章来源 统计局
    "e14_03_dongbao_20210707.txt": "荆门市东宝区",       # 东宝区 government site (jmdbq.gov.cn)
    "e14_04_xiaochang_20221126.txt": "",               # ribao.cwan.com, a news site whose owner is not clear
    "e14_05_xishan_20231121.txt": "昆明市西山区",        # 昆明市西山区人民政府 site
    "e14_06_xiuyan_20231107.txt": "岫岩满族自治县",      # 岫岩 county government site, the county housing bureau
    "e14_07_qingjian_20220414.txt": "",                # fabugov.com, a portal of releases (发布厅 > 榆林 > 县区亮点)
    "e14_08_yiliang_20201201.txt": "宜良县",            # 宜良县人民政府 site, 发布人 宜良县交运局
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e14", show="--review" in sys.argv,
              places=PLACES)
