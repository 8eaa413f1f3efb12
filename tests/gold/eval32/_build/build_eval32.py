"""Write ../../eval32.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval32/_build/build_eval32.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval31's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval32_pages_a import PAGES as PAGES_A  # noqa: E402
from eval32_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval32.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e32_01_minhang_20190514.txt": "",          # quyushuju.com, a collector forum holding the bulletin
    "e32_02_heping_20250108.txt": "",           # bx2200.com, a collector of work reports
    "e32_03_tianjinjkq_20220728.txt": "",       # tm022.com, 天穆网, a portal holding 天津日报's story
    "e32_04_longhua_20180124.txt": "",          # ilonghua.sznews.com, 深圳新闻网 (the city's news site), its 龙华 channel: unsure, left empty
    "e32_05_shunde_20230728.txt": "",           # m.jinbaonet.com, a portal holding 南方Plus's story
    "e32_06_pingyi_20250711.txt": "平邑县",      # www.pingyi.gov.cn, 发布机构 平邑县交通运输局
    "e32_07_xieqiao_20190312.txt": "",          # jiangsu.china.com.cn, 中国网 江苏 (来源 人民网)
    "e32_08_songjiang_20240921.txt": "",        # shcfck.com, a factory-leasing site holding 上海证券报's story
    "e32_09_tongxiang_20230728.txt": "桐乡市",   # www.tx.gov.cn, 桐乡市人民政府
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e32", show="--review" in sys.argv,
              places=PLACES)
