"""Write ../../eval22.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval22/_build/build_eval22.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval21's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval22_pages_a import PAGES as PAGES_A  # noqa: E402
from eval22_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval22.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e22_01_aohan_20251022.txt": "敖汉旗",          # ahq.gov.cn, 敖汉旗's own site (走进敖汉/经济发展)
    "e22_02_hedong_20190110.txt": "",              # jiangbujiang.com, a collector of reports
    "e22_03_qianxinan_20210329.txt": "",           # mp.123yiche.com, a portal
    "e22_04_shapotou_20171017.txt": "中卫市沙坡头区",  # spt.gov.cn, 沙坡头区人民政府's own site
    "e22_05_changfeng_20120308.txt": "",           # yybnet.net, a portal reposting 长丰报
    "e22_06_longkang_20230627.txt": "",            # imsilkroad.com (新华丝路), national
    "e22_07_shexian_20100420.txt": "",             # m.yybnet.net, a portal reposting 黄山日报
    "e22_08_xianghe_20130606.txt": "",             # fidreport.com, a copy of 河北新闻网's page
    "e22_09_xingan_20220925.txt": "",              # appliances.xjche365.com, a mirror of 央视网
    "e22_10_fuhe_20141118.txt": "",                # hefei.baogaosu.com, a news aggregator
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e22", show="--review" in sys.argv,
              places=PLACES)
