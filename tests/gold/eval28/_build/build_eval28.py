"""Write ../../eval28.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval28/_build/build_eval28.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval27's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval28_pages_a import PAGES as PAGES_A  # noqa: E402
from eval28_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval28.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e28_01_xizang_20201105.txt": "",              # xz.chinadaily.com.cn, national media
    "e28_02_xincheng_20120113.txt": "嘉兴市秀洲区",   # jxxznews.zjol.com.cn, 秀洲新闻网, the district's news site (hosted on 浙江在线)
    "e28_03_jiehe_20150130.txt": "滕州市界河镇",      # 界河镇's own page in 滕州市's new-year special (zt.tengzhou.gov.cn)
    "e28_04_guyuan_20220906.txt": "",              # tjcn.org, a collector of bulletins
    "e28_05_fuzhongxin_20220725.txt": "",          # m.tm022.com, a news site reposting 人民网
    "e28_06_dongcheng_20250928.txt": "北京市东城区",   # bjdch.gov.cn, the district government's own site
    "e28_07_tengzhou_20220728.txt": "滕州市",         # tengzhou.gov.cn, the city government's own site
    "e28_08_tianshui_20190925.txt": "天水市",         # tianshui.gov.cn/jtj, the city's 交通运输局 on the city's site
    "e28_09_qingyang_20210813.txt": "",            # tjcn.org, a collector of bulletins
    "e28_10_jiangyin_20201114.txt": "",            # szb.wxrb.com, 无锡日报 (the city paper) reporting on a county-level city below it
    "e28_11_jintan_20190708.txt": "常州市金坛区",     # jintan.gov.cn, the district government's own site
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e28", show="--review" in sys.argv,
              places=PLACES)
