"""Write ../../eval31.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval31/_build/build_eval31.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval30's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval31_pages_a import PAGES as PAGES_A  # noqa: E402
from eval31_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval31.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e31_01_shenyang_20231109.txt": "沈阳市",        # tjj.shenyang.gov.cn, 沈阳市统计局, the city's own body (on its counties)
    "e31_02_xinping_20240708.txt": "云南省",         # nync.yn.gov.cn, 云南省农业农村厅, the province's own body (on a county)
    "e31_03_shuangfupu_20210315.txt": "宁乡市",      # wap.ningxiangnews.net, 宁乡市融媒体中心 (on a town in the city)
    "e31_04_xianyangjkq_20210922.txt": "",          # m.yybnet.net, a portal holding 咸阳日报's story
    "e31_05_yuli_20250106.txt": "尉犁县",            # www.yuli.gov.cn, 尉犁县人民政府
    "e31_06_chaling_20150417.txt": "",              # hn.rednet.cn, 红网 (a provincial portal), its 茶陵 station
    "e31_07_maigaiti_20210207.txt": "麦盖提县",      # mgt.gov.cn, 麦盖提县人民政府网
    "e31_08_heyang_20210220.txt": "",               # m.yybnet.net, a portal holding 三秦都市报's story
    "e31_09_anyue_20220124.txt": "安岳县",           # www.aysc.gov.cn, 安岳县人民政府 (来源 安岳县交通运输局)
    "e31_10_mile_20200518.txt": "弥勒市",            # www.hhml.gov.cn, 发布机构 弥勒市统计局
    "e31_11_zhongjiang_20160510.txt": "",           # yybnet.net, a portal holding 德阳日报's story
    "e31_12_zhongyang_20250919.txt": "中阳县",       # www.sxzhongyang.gov.cn, 中阳县人民政府 (发展和改革局's section)
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e31", show="--review" in sys.argv,
              places=PLACES)
