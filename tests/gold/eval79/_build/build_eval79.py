"""Write ../../eval79.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval79/_build/build_eval79.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval78's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval79_pages_a import PAGES as PAGES_A  # noqa: E402
from eval79_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval79.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e79_01_shache_20250425.txt": "莎车县",     # www.shache.gov.cn, 莎车县人民政府's site (莎车县统计局)
    "e79_02_hainan_20250922.txt": "海南省",     # stats.hainan.gov.cn, 海南省统计局's site
    "e79_03_yiyang_20250123.txt": "",          # bx2200.com, a copy; the report is 宜阳县人民政府's
    "e79_04_yaohai_20260114.txt": "瑶海区",     # www.hfyaohai.gov.cn, 合肥市瑶海区人民政府's site
    "e79_05_daye_20250826.txt": "大冶市",       # hbdaye.gov.cn, 大冶市人民政府's site (大冶市城市管理执法局)
    "e79_06_fumian_20250304.txt": "",          # dzb.xfrb.com.cn, an e-paper whose paper is not named on the page
    "e79_07_yingzhou_20171222.txt": "",        # fjdavid.com, a copy; the story is 颍州区政办's
    "e79_08_yunnan_20220819.txt": "",          # yndtjj.com, a news portal (publisher not named)
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e79", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
