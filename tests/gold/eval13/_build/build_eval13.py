"""Write ../../eval13.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval13/_build/build_eval13.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
Unlike eval9-eval12, the set's pubdates.csv carries the publisher's place (area column) from
the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval13_pages_a import PAGES as PAGES_A  # noqa: E402
from eval13_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval13.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e13_01_hengnan_20190816.txt": "",            # 华声在线 (湖南 provincial portal) reposting 衡阳日报
    "e13_02_hanzhong_20180919.txt": "汉中市",      # 汉中市人民政府 site
    "e13_03_yijun_20180829.txt": "宜君县",         # 宜君县教育科技体育局 on the county site
    "e13_04_zhouqu_20210407.txt": "舟曲县",        # 舟曲县教育局 on the county site
    "e13_05_junshan_20210823.txt": "岳阳市君山区",  # 君山区政府门户网
    "e13_06_nanchuan_20240613.txt": "重庆市南川区",  # 南川区住房城乡建委 on the district site
    "e13_07_zhumadian_20200810.txt": "驻马店市",    # 驻马店日报 e-paper, the city's paper
    "e13_08_xianning_20230921.txt": "咸宁市",       # 咸宁日报社 e-paper (xnnews.com.cn), the city's paper
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e13", show="--review" in sys.argv,
              places=PLACES)
