"""Write ../../eval73.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval73/_build/build_eval73.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval72's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval73_pages_a import PAGES as PAGES_A  # noqa: E402
from eval73_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval73.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e73_01_minhe_20240319.txt": "民和回族土族自治县",  # www.minhe.gov.cn, the county government's site
    "e73_02_qinghai_20200724.txt": "",                # qh.cnipai.com, a news portal (a copy of 央广网's story)
    "e73_03_xiapu_20221228.txt": "",                  # bjbofa.com, a mirror of 霞浦县人民政府's column
    "e73_04_fujian_20220829.txt": "",                 # fj.china.com.cn, 中国网's 福建 channel (福建日报): provincial media
    "e73_05_lianping_20191101.txt": "",               # sesekin.com, a mirror of 连平县人民政府's column
    "e73_06_xiashan_20231107.txt": "霞山区",           # www.zjxs.gov.cn, 湛江市霞山区人民政府's site (霞山区统计局)
    "e73_07_guangxi_20180727.txt": "",                # gx.cri.cn, 国际在线's 广西 channel (广西日报): provincial media
    "e73_08_laibin_20240202.txt": "",                 # bartaanimalhospital.com, a copy; the publisher is not named
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e73", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
