"""Write ../../eval77.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval77/_build/build_eval77.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval76's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval77_pages_a import PAGES as PAGES_A  # noqa: E402
from eval77_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval77.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e77_01_luzhou_20230426.txt": "",         # bx2200.com, a copy; the report is 长治市潞州区人民政府's
    "e77_02_jinyuan_20230208.txt": "",        # bx2200.com, a copy; the report is 太原市晋源区人民政府's
    "e77_03_lixian_20180109.txt": "",         # htc118.com, a copy (publisher not named)
    "e77_04_banan_20211027.txt": "",          # sc.china.com.cn, 中国网's 四川 channel: national media
    "e77_05_chengkou_20250402.txt": "城口县",   # cqck.gov.cn, 城口县人民政府's site (县交通运输委)
    "e77_06_baoying_20181229.txt": "宝应县",    # baoying.gov.cn, 宝应县人民政府's site (来源 宝应日报)
    "e77_07_gansu_20110729.txt": "",          # chengshousi.com, a copy of 中新网's story
    "e77_08_changshaxian_20180503.txt": "",   # bnbgw.com, a copy of 星沙新闻网's story
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e77", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
