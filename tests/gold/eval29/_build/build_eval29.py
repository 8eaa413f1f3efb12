"""Write ../../eval29.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval29/_build/build_eval29.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval28's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval29_pages_a import PAGES as PAGES_A  # noqa: E402
from eval29_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval29.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e29_01_yuzhong_20260126.txt": "重庆市渝中区",     # cqyz.gov.cn, the district government's own site
    "e29_02_qionghai_20230330.txt": "琼海市",          # qionghai.hainan.gov.cn, the city government's own site
    "e29_03_sidu_20251127.txt": "诏安县",              # zaxww.cn, 诏安新闻网, the county's news site, reporting on a town in it
    "e29_04_nanchanggaoxin_20221108.txt": "",          # ginggxs.com, a site reposting 中新网 (as 齐齐哈尔新闻网)
    "e29_05_shangqiu_20200629.txt": "",                # m.jiangsulong.com, an aggregator reposting 柘城县电视台
    "e29_06_jilin_20250806.txt": "",                   # dawenge.com holding 吉林日报, a provincial paper, on a city below it
    "e29_07_huarong_20170720.txt": "华容县",           # huarong.gov.cn, the county government's own site (交通运输局's letter)
    "e29_08_miluo_20170703.txt": "汨罗市",             # miluo.gov.cn, the city government's own site (交通运输局's letter)
    "e29_09_jiaocheng_20230425.txt": "",               # nec-driver.com, an unrelated site holding the report
    "e29_10_anhai_20240615.txt": "晋江市",             # 晋江经济报, the county-level city's own paper, on a town in it
    "e29_11_nanchangshugu_20221217.txt": "",           # jx.gqsoso.com, a site reposting 江西日报 (provincial paper)
    "e29_12_qionghaijc_20160402.txt": "",              # vvvcd.com, a mirror holding a 琼海 news page (unsure)
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e29", show="--review" in sys.argv,
              places=PLACES)
