"""Write ../../eval76.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval76/_build/build_eval76.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval50's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval76_pages_a import PAGES as PAGES_A  # noqa: E402
from eval76_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval76.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e76_01_huoshan_20230105.txt": "",          # bx2200.com, a copy of the report
    "e76_02_daoli_20050218.txt": "道里区",      # www.hrbdl.gov.cn, 哈尔滨市道里区's site
    "e76_03_jinwan_20240409.txt": "金湾区",     # pub-static.hizh.cn, 珠海's news platform; byline 金湾区融媒体中心
    "e76_04_wenshan_20190903.txt": "文山市",    # www.ynwss.gov.cn, 文山市人民政府's site (文山市交通运输局)
    "e76_05_yanqi_20220819.txt": "",            # lifebb.we54.com, a portal's copy of 海口网
    "e76_06_yunnan_20250424.txt": "昭通市",     # dubao.ztnews.net, 昭通日报's e-paper (the story is 云南日报's)
    "e76_07_jiangxi_20210421.txt": "",          # epaper.jxxw.com.cn, 江西日报: provincial media
    "e76_08_huangpu_20210517.txt": "",          # honya.cn, a site whose publisher is not named
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e76", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
