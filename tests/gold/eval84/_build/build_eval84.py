"""Write ../../eval84.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval84/_build/build_eval84.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval83's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval84_pages_a import PAGES as PAGES_A  # noqa: E402
from eval84_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval84.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e84_01_duchang_20100301.txt": "",           # web.xiaze.org, a site collecting statistics bulletins
    "e84_02_danyang_20201114.txt": "丹阳市",     # www.dy001.cn, 丹阳's own news site (the paper's 本报讯)
    "e84_03_yinchuan_20230425.txt": "",          # news.chinaups.com, a news portal
    "e84_04_xinjiang_20241123.txt": "",          # cppjump.com, a site reposting 中国新闻网's story
    "e84_05_chongqing_20240729.txt": "重庆市",   # www.cqrd.gov.cn, 重庆市人大常委会's site
    "e84_06_jiangxi_20140723.txt": "",           # nanchang.baogaosu.com, a news aggregator
    "e84_07_fenxi_20240314.txt": "汾西县",       # www.fenxi.gov.cn, 汾西县人民政府's site
    "e84_08_hebei_20240728.txt": "",             # czrb.bohaitoday.com, 沧州日报's edition carrying 河北日报's story (provincial media)
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e84", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
