"""Write ../../eval43.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval43/_build/build_eval43.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``);
eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval42's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval43_pages_a import PAGES as PAGES_A  # noqa: E402
from eval43_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval43.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e43_01_haidian_20250108.txt": "海淀区",        # hdb.bjhdnet.com, 海淀报 on 海淀区's news site
    "e43_02_xuhui_20170223.txt": "徐汇区",          # rd.xh.sh.cn, 徐汇区人大's site
    "e43_03_datong_20110811.txt": "",               # nongcun5.com, an agricultural news portal
    "e43_04_fangchenggang_20201020.txt": "",        # gxcounty.com, 广西县域经济网 (a provincial portal)
    "e43_05_zhuanghe_20200305.txt": "",             # dl.news.163.com, 网易大连 (a portal's city channel, the city above)
    "e43_06_huludao_20240812.txt": "",              # epaper.lnd.com.cn, 辽沈晚报 (provincial media)
    "e43_07_shayibake_20190601.txt": "沙依巴克区",  # www.sayibak.gov.cn, 沙依巴克区人民政府's site
    "e43_08_baiyin_20200427.txt": "",               # m.yybnet.net, a news site's 白银 section; its owner is not named in the copy: unsure
}


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e43", show="--review" in sys.argv,
              places=PLACES)
