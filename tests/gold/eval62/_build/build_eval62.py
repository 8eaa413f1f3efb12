"""Write ../../eval62.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval62/_build/build_eval62.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval61's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval62_pages_a import PAGES as PAGES_A  # noqa: E402
from eval62_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval62.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e62_01_dingan_20220706.txt": "定安县",        # dingan.hainan.gov.cn, 定安县人民政府's site (定安县统计局)
    "e62_02_jianshi_20240520.txt": "建始县",       # www.hbjs.gov.cn, 建始县人民政府's site
    "e62_03_xicheng_20110112.txt": "",             # www.jiangbujiang.com, a site reposting work reports: a mirror
    "e62_04_dongan_20230309.txt": "东安县",        # admin.yzcity.gov.cn, 永州市's site, 东安县人民政府's pages (东安县发改局)
    "e62_05_linshu_20220701.txt": "临沭县",        # linshu.gov.cn, 临沭县人民政府's site (临沭县财政局)
    "e62_06_tielingxian_20230329.txt": "铁岭县",   # tielingxian.gov.cn, 铁岭县人民政府's site
    "e62_07_dongan_20230329.txt": "东安县",        # admin.yzcity.gov.cn, 永州市's site, 东安县人民政府's pages
    "e62_08_changli_20211029.txt": "昌黎县",       # www.clxzf.gov.cn, 昌黎县人民政府's site (昌黎县民政局)
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e62", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
