"""Write ../../eval34.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval34/_build/build_eval34.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval32's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval34_pages_a import PAGES as PAGES_A  # noqa: E402
from eval34_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval34.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e34_01_helan_20191031.txt": "贺兰县",            # www.nxhl.gov.cn, 贺兰县人民政府's site (贺兰县统计局's column)
    "e34_02_chunan_20180117.txt": "淳安县",           # qdhnews.com.cn, 淳安县千岛湖传媒中心 (the county's media centre)
    "e34_03_binhaigaoxin_20230729.txt": "",           # zhiliang.gangao.com, a portal (来源 北方网)
    "e34_04_sanhe_20191125.txt": "",                  # www.myscxx.com, 绵阳市场信息网 (a portal)
    "e34_05_linquan_20230811.txt": "",                # wuhu.gqsoso.com, a portal
    "e34_06_dengkou_20210329.txt": "",                # tjgb.hongheiku.com, a collector site holding the bulletin
    "e34_07_cizao_20120724.txt": "",                  # www.52fuqing.com, a forum reposting 晋江新闻网
    "e34_08_shucheng_20231007.txt": "舒城县南港镇",     # www.shucheng.gov.cn, the town's column (信息来源 舒城县南港镇)
    "e34_09_etuokeqianqi_20240301.txt": "鄂托克前旗",  # www.eqqrd.gov.cn, 鄂托克前旗人大常委会
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e34", show="--review" in sys.argv,
              places=PLACES)
