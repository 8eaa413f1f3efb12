"""Write ../../eval17.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval17/_build/build_eval17.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval16's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval17_pages_a import PAGES as PAGES_A  # noqa: E402
from eval17_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval17.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e17_01_changle_20230726.txt": "福州市长乐区",     # 长乐区统计局 on fzcl.gov.cn, the district's own site
    "e17_02_zhangye_20230729.txt": "张掖市",           # 中国张掖网, 来源 张掖市融媒体中心: the city's own media
    "e17_03_xianfeng_20210330.txt": "宝应县",          # baoying.gov.cn, 宝应县's government site (a story about its town)
    "e17_04_linli_20201019.txt": "",                   # hunantoday.cn (湖南日报·新湖南): provincial media on a county
    "e17_05_zhongning_20260212.txt": "中宁县",          # znzf.gov.cn, 中宁县人民政府
    "e17_06_honghe_20231009.txt": "红河哈尼族彝族自治州",  # hh.gov.cn, 发布机构 红河州交通运输局 (the prefecture's site)
    "e17_07_longyao_20210610.txt": "隆尧县",           # longyao.gov.cn, 隆尧县's government site
    "e17_08_shenqiu_20130930.txt": "",                 # 周口日报 e-paper (a city paper) on a county below it: not clear
    "e17_09_yuxi_20170504.txt": "",                    # yn.touzi888.net, an investment site (来源 玉溪日报)
    "e17_10_tieling_20241121.txt": "铁岭市",           # tieling.gov.cn, 来源 铁岭市统计局
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e17", show="--review" in sys.argv,
              places=PLACES)
