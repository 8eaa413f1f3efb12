"""Write ../../eval37.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval37/_build/build_eval37.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval36's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval37_pages_a import PAGES as PAGES_A  # noqa: E402
from eval37_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval37.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e37_01_mutang_20240318.txt": "儋州市",            # www.danzhou.gov.cn, 儋州市人民政府's site (column of the towns' reports)
    "e37_02_jingwuzhou_20240118.txt": "通道侗族自治县菁芜洲镇",  # www.tongdao.gov.cn, the town's own section (信息来源 通道县菁芜洲镇)
    "e37_03_ningxian_20251124.txt": "宁县",            # www.ningxian.gov.cn, 宁县人民政府's site
    "e37_04_xingshan_20180424.txt": "",                # kbhxn.com, a portal's copy
    "e37_05_xuanzhou_20230928.txt": "",                # thebolducs.com, a copy (mirror) of 宣州区's site
    "e37_06_liping_20191111.txt": "黎平县",            # www.lp.gov.cn, 黎平县人民政府's site (县统计局)
    "e37_07_daan_20230511.txt": "自贡市大安区",        # www.zgdarm.cn, the district's own magazine《大安》
    "e37_08_dadong_20230508.txt": "",                  # tjgb.hongheiku.com, a portal collecting bulletins
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e37", show="--review" in sys.argv,
              places=PLACES)
