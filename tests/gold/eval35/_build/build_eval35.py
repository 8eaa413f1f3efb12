"""Write ../../eval35.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval35/_build/build_eval35.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval34's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval35_pages_a import PAGES as PAGES_A  # noqa: E402
from eval35_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval35.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e35_01_shizuishan_20211228.txt": "",          # nx.people.com.cn, 人民网宁夏频道 (national media)
    "e35_02_huangyuan_20240228.txt": "",           # zhdj.xndjw.gov.cn, a 西宁 city site carrying 西宁晚报 on a county below it
    "e35_03_zhenlai_20230208.txt": "镇赉县",        # www.jlzhenlai.gov.cn, 镇赉县人民政府's site
    "e35_04_rongchang_20220322.txt": "重庆市荣昌区",  # www.rongchang.gov.cn, 荣昌区人民政府's site (荣昌区统计局)
    "e35_05_hongshan_20171130.txt": "",            # m.yybnet.net, a portal reposting 大众日报 (provincial paper)
    "e35_06_xiaolan_20230314.txt": "",             # zsrbapp.zsnews.cn, 中山日报's app (city media) on a town below it
    "e35_07_linshu_20241204.txt": "临沭县",         # www.linshu.gov.cn, 临沭县人民政府's site (县农业农村局)
    "e35_08_suininggaoxin_20221123.txt": "",       # sc.cnipai.com, a portal carrying 四川经济网
    "e35_09_shuozhou_20250328.txt": "朔州市",       # sztj.shuozhou.gov.cn, 朔州市统计局
    "e35_10_anhua_20210728.txt": "安化县",          # anhua.gov.cn, 安化县人民政府's site (县统计局)
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e35", show="--review" in sys.argv,
              places=PLACES)
