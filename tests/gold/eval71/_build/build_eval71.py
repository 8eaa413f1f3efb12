"""Write ../../eval71.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval71/_build/build_eval71.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval70's, the set's pubdates.csv carries the publisher's place (area column)
from the start: PLACES below, decided from each page's source (see ../SOURCES.md), is written
into it on every build.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval71_pages_a import PAGES as PAGES_A  # noqa: E402
from eval71_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval71.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e71_01_jiulongpo_20240328.txt": "",            # tjgb.hongheiku.com, a bulletin collector (the bulletin is 九龙坡区统计局's)
    "e71_02_xundian_20201202.txt": "寻甸回族彝族自治县",  # www.kmxd.gov.cn, the county government's site (县水务局)
    "e71_03_gangu_20110104.txt": "",                # m.yybnet.net, a news site's copy of 天水日报 (city media)
    "e71_04_liangshan_20220720.txt": "",            # static.cdsb.com, 红星新闻 (成都商报): provincial media
    "e71_05_xuanhan_20240403.txt": "",              # sc.cri.cn, 国际在线: national media
    "e71_06_dongkou_20160606.txt": "",              # cjhollenbach.com, a copy of the county government's column
    "e71_07_fengxian_20230109.txt": "",             # bx2200.com, a document site
    "e71_08_dali_20230117.txt": "",                 # bx2200.com, a document site
}


def check(gold: Path, texts: Path) -> None:
    """Every span is the text at its offsets (the locator guarantees it; checked again here)."""
    docs: dict[str, str] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["type"] == "pubdate":
            continue
        doc = docs.setdefault(r["file"], (texts / r["file"]).read_bytes().decode("utf-8"))
        assert doc[r["start"]:r["end"]] == r["text"], (r["file"], r["start"], r["text"])


if __name__ == "__main__":
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e71", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
