"""Write ../../eval21.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval21/_build/build_eval21.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval19's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval21_pages_a import PAGES as PAGES_A  # noqa: E402
from eval21_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402
from tests.gold.eval4._build import eval4_lib  # noqa: E402

_ok = eval4_lib._ok_boundary


def _ok_after_list_marker(doc: str, start: int, end: int) -> bool:
    """eval4's boundary check, also letting a span start right after a line's list marker.

    博乐市's reply numbers its lines ``1.2017-2021年…``: the ``1.`` is a list marker, not the
    integer part of a decimal, so ``2017-2021年`` may start after it.
    """
    if _ok(doc, start, end):
        return True
    marker = start >= 2 and doc[start - 1] == "." and doc[start - 2].isdigit() and (
        start == 2 or doc[start - 3] == "\n")
    return marker and _ok(doc, start - 2, end)


eval4_lib._ok_boundary = _ok_after_list_marker

GOLD = HERE.parents[1] / "eval21.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e21_01_fengze_20230627.txt": "泉州市丰泽区",   # qzfz.gov.cn, 丰泽区's own site (统计分析)
    "e21_02_qingpu_20120621.txt": "上海市青浦区",   # shqp.gov.cn, 青浦区's own site
    "e21_03_xinxiang_20171114.txt": "新乡市",      # news.xxrb.com.cn, 新乡日报 (the city's paper)
    "e21_04_bole_20211119.txt": "博乐市",          # xjbl.gov.cn, 博乐市's own site (博乐市财政局)
    "e21_05_ganyi_20210202.txt": "",              # a mirror (bm663.com) of 天门网's page: mirrors get no place
    "e21_06_yangji_20210910.txt": "",             # prcfe.com, a portal; the county is not named
    "e21_07_xinmi_20201105.txt": "新密市",         # public.xinmi.gov.cn, 新密市's own site
    "e21_08_jingdong_20240928.txt": "景东彝族自治县",  # jingdong.gov.cn, 景东县's own site (交通运输局)
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e21", show="--review" in sys.argv,
              places=PLACES)
