"""Write ../../eval38.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval38/_build/build_eval38.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval37's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval38_pages_a import PAGES as PAGES_A  # noqa: E402
from eval38_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval38.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e38_01_zuoyun_20210521.txt": "",              # tjgb.hongheiku.com, a portal collecting bulletins
    "e38_02_yongkang_20170622.txt": "永康市",      # 永康日报 (paper.lifeyk.com), the city's own paper
    "e38_03_zhongshan_20240110.txt": "",           # flfgk.zhpt.yjglt.gxzf.gov.cn, a provincial (广西) database of documents
    "e38_04_guoluo_20180712.txt": "",              # 111.12.155.14 (an address without a name): unsure
    "e38_05_linzhou_20231221.txt": "",             # tibet.cn (中国西藏网), national media
    "e38_06_zhongxian_20180116.txt": "",           # cqcb.com (上游新闻·重庆晨报), a city paper of 重庆市 on a county below it
    "e38_07_hangjinhouqi_20220809.txt": "",        # quyushuju.com, a forum collecting bulletins
    "e38_08_wushen_20220124.txt": "乌审旗",        # www.wsq.gov.cn, 乌审旗人民政府's site (来源 乌审旗统计局)
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e38", show="--review" in sys.argv,
              places=PLACES)
