"""Write ../../eval64.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval64/_build/build_eval64.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval63's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval64_pages_a import PAGES as PAGES_A  # noqa: E402
from eval64_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval64.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e64_01_xiangshan_20250813.txt": "相山区",   # www.hbxs.gov.cn, 相山区人民政府's site (相山区统计局)
    "e64_02_putuo_20080620.txt": "普陀区",       # www.shpt.gov.cn, 上海市普陀区人民政府's site
    "e64_03_liuzhou_20130701.txt": "柳州市",     # lzzx.liuzhou.gov.cn, 柳州市's government site
    "e64_04_fenghua_20210825.txt": "",           # investchn.com, a portal (the item is 奉化区人民政府's)
    "e64_05_hongkou_20050728.txt": "",           # gov.eastday.com, 东方网's 上海人大 pages: city-level media
    "e64_06_tianmen_20250110.txt": "天门市",     # tmrb.tmwcn.com, 天门日报's e-paper
    "e64_07_nanshan_20210831.txt": "",           # cnbzol.com, a news portal
    "e64_08_licheng_20250109.txt": "",           # news.qq.com, 腾讯新闻 (大众新闻's story): provincial media
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e64", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
