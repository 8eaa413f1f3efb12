"""Write ../../eval30.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval30/_build/build_eval30.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval29's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval30_pages_a import PAGES as PAGES_A  # noqa: E402
from eval30_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval30.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e30_01_miancheng_20250327.txt": "仙桃市沔城回族镇",  # xiantao.gov.cn, the town's own section (发布机构 沔城回族镇)
    "e30_02_longjiang_20210103.txt": "",                # epaper.hljnews.cn, 黑龙江日报, a provincial paper on a county
    "e30_03_anshun_20210329.txt": "",                   # xw.qq.com, a portal reposting a paper's 本报讯
    "e30_04_anshunjkq_20251205.txt": "安顺市",           # gzastv.cn, 安顺's broadcaster (city media), on a zone in it
    "e30_05_chizhou_20231026.txt": "",                  # cnews.chinadaily.com.cn, national media
    "e30_06_wanxiu_20230329.txt": "",                   # nec-driver.com, an unrelated site holding the report
    "e30_07_jinxiu_20170327.txt": "",                   # uggoflondon.com, a mirror of the county portal
    "e30_08_magang_20250403.txt": "通城县",              # m.hbtctv.cn, 通城县's broadcaster, on a town in it
    "e30_09_jingxian_20170228.txt": "景县",              # jingxian.hebei.com.cn, 景县新闻网, the county's news site
    "e30_10_huaining_20181127.txt": "怀宁县",            # ahhnzx.gov.cn, 怀宁县政协's own site
    "e30_11_tianjun_20220309.txt": "",                  # zgcounty.com, a collector site (unsure whose)
    "e30_12_qinglong_20260228.txt": "青龙满族自治县",    # chinaqinglong.gov.cn, the county government's own site
    "e30_13_zhenglan_20210727.txt": "",                 # gongwensou.com, a document collector
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e30", show="--review" in sys.argv,
              places=PLACES)
