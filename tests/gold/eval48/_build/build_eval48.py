"""Write ../../eval48.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval48/_build/build_eval48.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval47's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval48_pages_a import PAGES as PAGES_A  # noqa: E402
from eval48_pages_b import PAGES as PAGES_B  # noqa: E402
from eval48_pages_c import PAGES as PAGES_C  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval48.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e48_01_qingshanhu_20210409.txt": "南昌市青山湖区",  # ncqsh.nc.gov.cn, 南昌市青山湖区人民政府's site
    "e48_02_fuzhou_20260121.txt": "福州市",            # news.fznews.com.cn, 福州新闻网 (from 福州晚报), the city's media
    "e48_03_ningjin_20230615.txt": "宁津县",           # www.sdningjin.gov.cn, 宁津县人民政府's site
    "e48_04_fengnan_20231013.txt": "唐山市丰南区",      # www.fengnanqu.gov.cn, 唐山市丰南区人民政府's site
    "e48_05_youyi_20240117.txt": "友谊县",             # www.hljyy.gov.cn, 友谊县人民政府's site
    "e48_06_laixi_20140429.txt": "莱西市",             # www.laixinews.com, 莱西新闻 (the city's paper)
    "e48_07_qingxu_20180319.txt": "清徐县",            # paper.cuduwang.com, 清徐县融媒体中心's paper
    "e48_08_qinyang_20231123.txt": "沁阳市",           # www.qinyang.gov.cn, 沁阳市人民政府's site
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B, **PAGES_C}, HERE.parent, GOLD, "e48", show="--review" in sys.argv,
              places=PLACES)
