"""Write ../../eval60.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval60/_build/build_eval60.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval59's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval60_pages_a import PAGES as PAGES_A  # noqa: E402
from eval60_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval60.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e60_01_jingan_20250228.txt": "",             # bx2200.com, a site collecting work reports: a mirror
    "e60_02_luannan_20240424.txt": "滦南县",      # gk.luannan.gov.cn, 滦南县人民政府's open-government site
    "e60_03_qianjiang_20220812.txt": "黔江区",    # qianjiang.gov.cn, 黔江区人民政府's site (区统计局)
    "e60_04_jiexiu_20220511.txt": "晋中市",       # about.sxjzxww.com, 晋中晚报: the city's paper, on a county-level city of it
    "e60_05_gaoqing_20210526.txt": "高青县",      # www.gaoqing.gov.cn, 高青县人民政府's site (县自然资源局)
    "e60_06_shanting_20211109.txt": "山亭区",     # www.shanting.gov.cn, 山亭区人民政府's site (区农业农村局)
    "e60_07_shangraoxian_20190306.txt": "",       # m.srxzc.com, a site whose publisher is not named
    "e60_08_linxian_20050118.txt": "",            # news.sina.com.cn, 新浪's copy of 山西日报 (provincial media)
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e60", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
