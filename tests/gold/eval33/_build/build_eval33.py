"""Write ../../eval33.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval33/_build/build_eval33.py [--review]
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

from eval33_pages_a import PAGES as PAGES_A  # noqa: E402
from eval33_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval33.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e33_01_liangping_20220914.txt": "重庆市梁平区",  # www.cqlp.gov.cn, 发布机构 梁平区人民政府
    "e33_02_zhongtang_20260122.txt": "天津市滨海新区",  # www.tjbh.gov.cn, 滨海新区's portal (来源 滨海发布), on its town 中塘镇
    "e33_03_tuzuoqi_20240105.txt": "土默特左旗",      # www.tmtzqrd.gov.cn, 土默特左旗人大常委会's site
    "e33_04_jiange_20221104.txt": "剑阁县",          # www.cnjg.gov.cn, 剑阁县人民政府 (the letter is 剑阁县交通运输局's)
    "e33_05_qianan_20190423.txt": "",               # sy.cnjiwang.com, 中国吉林网 (the province's news site), its 松原 channel
    "e33_06_songming_20220512.txt": "嵩明县",        # www.kmsm.gov.cn, 嵩明县人民政府
    "e33_07_hainanzhou_20221026.txt": "",           # www.neac.gov.cn, 国家民委 (national) holding the prefecture's bulletin
    "e33_08_duerbote_20191223.txt": "",             # epaper.gmw.cn, 光明日报 (national paper)
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e33", show="--review" in sys.argv,
              places=PLACES)
