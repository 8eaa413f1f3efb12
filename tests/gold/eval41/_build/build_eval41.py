"""Write ../../eval41.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval41/_build/build_eval41.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval40's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval41_pages_a import PAGES as PAGES_A  # noqa: E402
from eval41_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval41.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e41_01_shannan_20220223.txt": "山南市",          # www.shannan.gov.cn, 山南市人民政府's site
    "e41_02_rikaze_20150814.txt": "",                 # media.tibet.cn, 中国西藏网 (national media)
    "e41_03_chaoyang_20201222.txt": "朝阳区",         # chyrd.bjchy.gov.cn, 北京市朝阳区人大常委会's site
    "e41_04_putuo_20170207.txt": "普陀区",            # www.shpt.gov.cn, 上海市普陀区人民政府's site
    "e41_05_hetian_20220422.txt": "",                 # www.tjcn.org, an aggregator of bulletins
    "e41_06_yushu_20220613.txt": "",                  # 111.229.73.81, an aggregator of bulletins
    "e41_07_qikaiqu_20150803.txt": "长春市",          # drc.changchun.gov.cn, 长春市发展和改革委员会's site (the city above the zone)
    "e41_08_changchungaoxin_20180130.txt": "",        # silkroad.news.cn, 新华丝路 (national media) reposting 长春日报
    "e41_09_xiaolan_20160215.txt": "",                # finance.china.com.cn, 中国网 (national media) reposting 南昌日报
    "e41_10_wudalianchi_20251230.txt": "",            # www.xyshjj.cn, a news site whose publisher the copy does not name
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e41", show="--review" in sys.argv,
              places=PLACES)
