"""Write ../../eval61.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval61/_build/build_eval61.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval60's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval61_pages_a import PAGES as PAGES_A  # noqa: E402
from eval61_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval61.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e61_01_ganzhou_20260204.txt": "甘州区",     # www.gsgz.gov.cn, 甘州区人民政府's open-government site
    "e61_02_hanbin_20250415.txt": "汉滨区",      # www.hanbin.gov.cn, 汉滨区人民政府's site
    "e61_03_ziyang_20250502.txt": "紫阳县",      # www.zyx.gov.cn, 紫阳县人民政府's site
    "e61_04_wuxi_20250328.txt": "巫溪县",        # cqwx.gov.cn, 巫溪县's site (巫溪县统计局)
    "e61_05_mizhi_20220317.txt": "米脂县",       # xmz.gov.cn, 米脂县's site (米脂新闻网)
    "e61_06_chongxin_20171122.txt": "",          # jxjyxjx.com, a copy of 崇信县人大's page: a mirror
    "e61_07_longxian_20250728.txt": "",          # sxncb.joyhua.cn, 陕西农村报: provincial media
    "e61_08_yunyang_20221226.txt": "",           # www.syiptv.com, 十堰广电: the city's media
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e61", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
