"""Write ../../eval18.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval18/_build/build_eval18.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval17's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval18_pages_a import PAGES as PAGES_A  # noqa: E402
from eval18_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval18.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e18_01_fenxi_20220328.txt": "",             # tjgb.hongheiku.com, a collection of bulletins (mirror)
    "e18_02_cangwu_20240228.txt": "",            # nextlevelartsconsulting.com, a site reposting the report
    "e18_03_xingwen_20181226.txt": "",           # guanchang.qwyd.net, a site reposting work reports
    "e18_04_yanchang_20190325.txt": "",          # 延安日报 e-paper (a city paper) on a county below it: not clear
    "e18_05_youyu_20200317.txt": "",             # 朔州市新闻中心 (city media) on a county below it: not clear
    "e18_06_shangzhou_20191210.txt": "商洛市商州区",  # szqrd.gov.cn, 商州区人大's site; letter of 商州区交通运输局
    "e18_07_hongshan_20210624.txt": "石狮市",     # 石狮日报, the city's own paper (a story about its town)
    "e18_08_jinlong_20161027.txt": "湘阴县金龙镇",  # 来源 金龙镇 on xiangyin.gov.cn: the town's own item
    "e18_09_chongqing_20170919.txt": "",         # cq.cri.cn, 国际在线 重庆频道 (national media)
    "e18_10_guazhou_20150928.txt": "",           # m.bjx.com.cn, 北极星电力网 (national trade media)
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e18", show="--review" in sys.argv,
              places=PLACES)
