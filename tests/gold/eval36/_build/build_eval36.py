"""Write ../../eval36.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval36/_build/build_eval36.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval35's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval36_pages_a import PAGES as PAGES_A  # noqa: E402
from eval36_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval36.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e36_01_gaogang_20160330.txt": "",        # hrbwhkj.com, a copy (mirror) of 高港区发改委's column
    "e36_02_kaiping_20181024.txt": "开平市",    # www.kaiping.gov.cn, 开平市人民政府's site (开平市统计局)
    "e36_03_wugang_20221020.txt": "",         # www.mgm-bc.com, a copy (mirror) of 舞钢市's site
    "e36_04_wuzhong_20211130.txt": "吴忠市",    # www.wuzhong.gov.cn, 吴忠市人民政府's site
    "e36_05_zhenan_20160303.txt": "",         # www.slrbs.com, 商洛日报 (city media) on a county below it
    "e36_06_mudong_20240222.txt": "巴南区木洞镇",  # cqbn.gov.cn, 巴南区人民政府's site, the town's own section (发布机构 巴南区木洞镇)
    "e36_07_changshuo_20230224.txt": "安吉县",  # www.anji.gov.cn, 安吉县人民政府's site (昌硕街道's report)
    "e36_08_dongliu_20240321.txt": "鄞州区东柳街道",  # www.nbyz.gov.cn, 鄞州区人民政府's site, the sub-district's own section (发布机构 东柳街道)
    "e36_09_midu_20141028.txt": "",           # kunming.baogaosu.com, a portal reposting a paper
    "e36_10_zhonglou_20240731.txt": "",       # haoyujy.com, a copy (mirror) of a 常州 site
    "e36_11_wulatezhongqi_20241022.txt": "",  # wxredian.com, an aggregator of WeChat accounts
    "e36_12_guilin_20210811.txt": "桂林市",     # news.gltvs.com, 桂林's broadcaster (city media)
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e36", show="--review" in sys.argv,
              places=PLACES)
