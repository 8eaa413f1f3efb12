"""Write ../../eval26.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval26/_build/build_eval26.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval22's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval26_pages_a import PAGES as PAGES_A  # noqa: E402
from eval26_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval26.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e26_01_ziyun_20220428.txt": "",            # quyushuju.com, a forum's copy of the county bureau's bulletin
    "e26_02_lulong_20191028.txt": "",           # qhd.hebei.com.cn, 长城网 (a provincial portal), its 秦皇岛 channel
    "e26_03_pingshan_20230516.txt": "平山县",    # wmps.gov.cn, 文明平山, the county's own 文明办 site
    "e26_04_wuxuan_20250123.txt": "来宾市",      # lbnews.com.cn, 来宾日报, the city's own paper, on a county inside it
    "e26_05_muzhen_20181201.txt": "",           # yybnet.net, a regional portal: whose it is is not clear from the copy
    "e26_06_susong_20190104.txt": "",           # guanchang.qwyd.net, a collector of reports
    "e26_07_haidong_20160420.txt": "",          # 青海日报 (provincial paper); the store gives no address
    "e26_08_zhungeer_20160219.txt": "鄂尔多斯市",  # ordos.gov.cn, 鄂尔多斯市's own government site, on a banner inside it
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e26", show="--review" in sys.argv,
              places=PLACES)
