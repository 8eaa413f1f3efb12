"""Write ../../eval40.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval40/_build/build_eval40.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval39's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval40_pages_a import PAGES as PAGES_A  # noqa: E402
from eval40_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval40.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e40_01_xicheng_20220127.txt": "西城区",       # www.bjxch.gov.cn, 北京市西城区人民政府's site
    "e40_02_chongming_20180116.txt": "崇明区",     # shcm.gov.cn, 上海市崇明区人民政府's site
    "e40_03_nankai_20240130.txt": "南开区",        # www.tjnk.gov.cn, 天津市南开区人民政府's site (来源 南开区财政局)
    "e40_04_akesu_20221103.txt": "",               # xj.chinadaily.com.cn, 中国日报网 (national media)
    "e40_05_lasa_20220301.txt": "",                # ttt.tibet.cn, a host of 中国西藏网 (national media)
    "e40_06_xiningjkq_20171026.txt": "",           # xining.baogaosu.com, an aggregator
    "e40_07_shuangyang_20230815.txt": "双阳区",    # www.shuangyang.gov.cn, 长春市双阳区人民政府's site
    "e40_08_liaoyang_20191226.txt": "",            # mp.123yiche.com, a portal reposting the report
    "e40_09_lingshui_20190426.txt": "",            # www.zgzxcmw.com (大琼网), a portal reposting 海南日报 (provincial media)
    "e40_10_yanqing_20221221.txt": "",             # nextlevelartsconsulting.com, an unrelated host carrying the report
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e40", show="--review" in sys.argv,
              places=PLACES)
