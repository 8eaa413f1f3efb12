"""Write ../../eval20.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval20/_build/build_eval20.py [--review]
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

from eval20_pages_a import PAGES as PAGES_A  # noqa: E402
from eval20_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval20.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e20_01_dianjiang_20230428.txt": "重庆市垫江县",  # cqsdj.gov.cn, 垫江县's own site (发布机构 垫江县统计局)
    "e20_02_honghu_20221230.txt": "",               # news.cnchu.com e-paper (jzrb, 第010版): which paper is not sure
    "e20_03_wuhan_20220112.txt": "武汉市",           # whzx.gov.cn, 武汉市政协's own site
    "e20_04_yunnan_20220926.txt": "云南省",          # zfcxjst.yn.gov.cn, 云南省住房和城乡建设厅's own site
    "e20_05_chengguan_20150323.txt": "",            # yueyang.gov.cn 市情网 (a city site) on a town below it
    "e20_06_yancheng_20190924.txt": "盐城市",        # tjj.yancheng.gov.cn, 盐城市统计局's own site
    "e20_07_wenshan_20220705.txt": "文山州",         # ynws.gov.cn, 文山州's own site (来源 州教育体育局)
    "e20_08_wuhanjyj_20231213.txt": "武汉市",        # jyj.wuhan.gov.cn, 武汉市教育局's own site
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e20", show="--review" in sys.argv,
              places=PLACES)
