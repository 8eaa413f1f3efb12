"""Write ../../eval19.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval19/_build/build_eval19.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval18's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval19_pages_a import PAGES as PAGES_A  # noqa: E402
from eval19_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval19.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e19_01_yunhe_20211109.txt": "",             # 浙江在线 (provincial portal) reposting 丽水日报 (a city paper) on a county below it
    "e19_02_suniteyouqi_20230223.txt": "",       # bx2200.com, a site reposting reports
    "e19_03_jiamusi_20220407.txt": "",           # a 佳木斯市前进区 site (发布者 前进发布) telling the city's (我市) news: not clear
    "e19_04_qishi_20150706.txt": "",             # guannews.com 莞讯网 (a portal), 来源 企石广电站: not clear
    "e19_05_nanchangjkq_20171204.txt": "",       # city.cri.cn, 国际在线 (national media)
    "e19_06_wanghua_20230428.txt": "抚顺市望花区",  # fswh.gov.cn, 望花区's own site (the district's reply)
    "e19_07_tonghua_20220801.txt": "",           # tjj.jl.gov.cn, 吉林省统计局 (provincial) on a city below it
    "e19_08_heihe_20190831.txt": "",             # culturechina.cn, a site reposting 黑龙江日报 (provincial paper)
    "e19_09_pingxiang_20230423.txt": "",         # a mirror (footer Xiaze.org); the store keeps no address
    "e19_10_youbu_20180308.txt": "",             # 浙江在线 浙江城镇网 (provincial portal) reposting 兰溪新闻网 on a town below it
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e19", show="--review" in sys.argv,
              places=PLACES)
