"""Write ../../eval42.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval42/_build/build_eval42.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval41's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval42_pages_a import PAGES as PAGES_A  # noqa: E402
from eval42_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval42.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e42_01_fengtai_20230106.txt": "丰台区",          # www.bjft.gov.cn, 北京市丰台区人民政府's site (丰台报)
    "e42_02_shijingshan_20250822.txt": "",           # www.wendacn.cn, a Q&A site reposting 人民网 (national media)
    "e42_03_baodi_20260211.txt": "",                 # szjj.china.com.cn, 中国网 (national media)
    "e42_04_rizhaojkq_20180707.txt": "",             # yqlyf.cn, an unrelated host reposting 直播日照's story
    "e42_05_sansui_20110214.txt": "",                # 3g.qdn.cn, 黔东南's news site by its address (the prefecture above), not named in the copy: unsure
    "e42_06_hejiang_20181227.txt": "",               # xcwgysj.com, an unrelated host carrying 泸州市's page
    "e42_07_xiashan_20250324.txt": "",               # millafan.com, a betting site's mirror
    "e42_08_zhengding_20181213.txt": "",             # cczd.hebei.com.cn, 河北新闻网 (provincial media) on a county below it (来源 正定风采)
    "e42_09_suqian_20210803.txt": "",                # m.gongyema.com, a trade portal reposting 江苏省人民政府's item
    "e42_10_fuyang_20250530.txt": "富阳区",          # www.fuyangtv.com, 富阳's television news site
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e42", show="--review" in sys.argv,
              places=PLACES)
