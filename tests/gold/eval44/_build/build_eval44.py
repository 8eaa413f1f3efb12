"""Write ../../eval44.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval44/_build/build_eval44.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval43's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval44_pages_a import PAGES as PAGES_A  # noqa: E402
from eval44_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval44.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e44_01_changdu_20260210.txt": "昌都市",          # www.cdbao.cn, 昌都报 (the city's own paper)
    "e44_02_linzhi_20240103.txt": "",                 # dawenge.com, a document-sharing site (西藏日报, provincial)
    "e44_03_wenchang_20200514.txt": "文昌市",          # wenchang.hainan.gov.cn, 文昌市人民政府's site
    "e44_04_xilinhaote_20220112.txt": "锡林浩特市",    # www.xilinhaote.gov.cn, 锡林浩特市人民政府's site
    "e44_05_jinfeng_20210728.txt": "",                # chinawznews.net, a news site
    "e44_06_zonggaiqu_20240812.txt": "",              # sxqnb.com.cn, 山西青年报 (provincial)
    "e44_07_sunan_20231212.txt": "肃南县",             # gssn.gov.cn, 肃南裕固族自治县人民政府's site
    "e44_08_dongwuqi_20220211.txt": "东乌珠穆沁旗",     # www.dwq.gov.cn, 东乌珠穆沁旗人民政府's site
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e44", show="--review" in sys.argv,
              places=PLACES)
