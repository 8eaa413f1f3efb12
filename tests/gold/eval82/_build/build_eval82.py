"""Write ../../eval82.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval82/_build/build_eval82.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval81's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval82_pages_a import PAGES as PAGES_A  # noqa: E402
from eval82_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval82.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e82_01_suzhou_20220425.txt": "宿州市",       # tjj.ahsz.gov.cn, 宿州市统计局's site
    "e82_02_lingshan_20160729.txt": "",           # m.yybnet.net, a regional portal (the story is 广西日报's: provincial media)
    "e82_03_donglan_20160801.txt": "",            # www.yybnet.net, a regional portal; the paper is not named
    "e82_04_xichuan_20190916.txt": "",            # m.sole-aqua.com, a site carrying the bureau's page: a mirror
    "e82_05_yuanyang_20240917.txt": "红河州",     # www.hh.gov.cn, 红河州人民政府's site (红河州水利局)
    "e82_06_xizang_20250723.txt": "",             # xizang.010b.com, a business portal
    "e82_07_neimenggu_20190718.txt": "",          # news.sanhaostreet.com, a portal (来源 中国新闻网)
    "e82_08_guizhou_20230427.txt": "",            # shaoxing.gqsoso.com, a portal
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e82", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
