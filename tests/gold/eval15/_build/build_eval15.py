"""Write ../../eval15.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval15/_build/build_eval15.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's and eval14's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval15_pages_a import PAGES as PAGES_A  # noqa: E402
from eval15_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval15.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e15_01_hezhang_20220527.txt": "赫章县",          # 赫章县 government site (gzhezhang.gov.cn), 统计局 column
    "e15_02_huzhen_20250219.txt": "龙游县",           # 龙游县 government site (longyou.gov.cn) carrying the town's report
    "e15_03_dancheng_20200330.txt": "",              # 周口市人民政府 site at a bare address, 来源 郸城县人民政府: unsure
    "e15_04_liaocheng_20151009.txt": "",             # 聊城信息港, a portal reposting 聊城晚报
    "e15_05_guzhen_20210625.txt": "固镇县",           # 固镇县 government site (guzhen.gov.cn), 来源 固镇县统计局
    "e15_06_fenghua_20210123.txt": "宁波市奉化区",      # 宁波市奉化区人民政府 site (fh.gov.cn)
    "e15_07_xichou_20230224.txt": "西畴县",           # 西畴县 government site (xczw.gov.cn)
    "e15_08_zhanjiang_20250623.txt": "",             # 湛江经济技术开发区党政办公室: a zone, not sure the gazetteer holds it
    "e15_09_jinxian_20190216.txt": "",               # guanchang.qwyd.net, a site reposting the report
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e15", show="--review" in sys.argv,
              places=PLACES)
