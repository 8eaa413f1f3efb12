"""Write ../../eval25.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval25/_build/build_eval25.py [--review]
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

from eval25_pages_a import PAGES as PAGES_A  # noqa: E402
from eval25_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval25.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e25_01_yunlong_20260119.txt": "大理白族自治州",  # dalidaily.com, 大理日报, the prefecture's own paper, on a county inside it
    "e25_02_hekou_20190118.txt": "河口瑶族自治县",  # hhhk.gov.cn, 河口县's own site (its 政府督查室)
    "e25_03_baicheng_20150601.txt": "白城市",     # 白城日报, the city's own paper, on a zone inside the city
    "e25_04_wangchang_20170303.txt": "潜江市",    # 云上潜江 / 潜江日报, the city's own media, on a town inside it
    "e25_05_xiangcheng_20210401.txt": "",      # qinglite.cn, a document portal's copy
    "e25_06_jinshang_20200727.txt": "",        # m.mnw.cn, 闽南网, a regional portal (来源 石狮日报)
    "e25_07_fuqing_20191120.txt": "",          # hxnews.com, 海峡网, a provincial portal
    "e25_08_dongshi_20210604.txt": "",         # jjjjb.fjdaily.com, a paper on 福建日报's platform: unsure whose
    "e25_09_zhaoyuan_20201229.txt": "",        # gongwensou.com, a collector of reports
    "e25_10_zhuanqiao_20220728.txt": "闵行区颛桥镇",  # zwgk.shmh.gov.cn, 颛桥镇人民政府's page on 闵行区's site
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e25", show="--review" in sys.argv,
              places=PLACES)
