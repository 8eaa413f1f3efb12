"""Write ../../eval16.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval16/_build/build_eval16.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's and eval14's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval16_pages_a import PAGES as PAGES_A  # noqa: E402
from eval16_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval16.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e16_01_xingtai_20200804.txt": "",               # 人民网 河北频道 (来源 河北日报): provincial media on a city below it
    "e16_02_maanshan_20190106.txt": "",              # guanchang.qwyd.net, a site reposting the report
    "e16_03_jiayu_20200430.txt": "嘉鱼县",            # 嘉鱼县 government site (jiayu.gov.cn), 统计公报 column
    "e16_04_gaoyou_20060808.txt": "高邮市",           # 今日高邮 (gytoday.cn), 高邮市's own paper
    "e16_05_shagou_20210227.txt": "沂水县沙沟镇",      # 沂水县 government site, 发布机构 沂水县沙沟镇 (the town's own page)
    "e16_06_dongxing_20160726.txt": "",              # nanjing.baogaosu.com, a news aggregator
    "e16_07_changshun_20200710.txt": "",             # tjgb.hongheiku.com, a bulletin aggregator
    "e16_08_taicang_20180810.txt": "",               # tcxq.investchn.com (来源 太仓日报): an investment portal, not clear
    "e16_09_wangcang_20210506.txt": "旺苍县",         # 旺苍县人民政府门户网 (scgw.gov.cn), 来源 县政府办
    "e16_10_liupanshui_20190112.txt": "",            # guanchang.qwyd.net, a site reposting the report
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e16", show="--review" in sys.argv,
              places=PLACES)
