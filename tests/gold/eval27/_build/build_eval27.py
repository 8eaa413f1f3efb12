"""Write ../../eval27.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval27/_build/build_eval27.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval26's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval27_pages_a import PAGES as PAGES_A  # noqa: E402
from eval27_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval27.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e27_01_tianjinhebei_20260128.txt": "天津市河北区",  # tjhb.gov.cn, 天津市河北区人民政府's own site
    "e27_02_mianhu_20240817.txt": "揭西县棉湖镇",        # jiexi.gov.cn/jyjxmhzzf, 棉湖镇's own column on 揭西县's site
    "e27_03_pingli_20071102.txt": "",                  # texnet.com.cn, a trade portal
    "e27_04_liaohejkq_20230602.txt": "",               # a news aggregator
    "e27_05_panzhihua_20211217.txt": "攀枝花市",          # panzhihua.gov.cn, the city government's own site
    "e27_06_chengyu_20240823.txt": "",                 # zgcxtc.cn, a magazine's site reposting 重庆日报
    "e27_07_zhenwen_20170715.txt": "吴川市振文镇",        # gdwc.gov.cn, 振文镇's own column on 吴川市's site
    "e27_08_xinjiang_20210730.txt": "",                # cnstock.com, national media reposting 新疆日报
    "e27_09_dajiang_20200509.txt": "",                 # xiaoxianw.com, a collector of reports
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e27", show="--review" in sys.argv,
              places=PLACES)
