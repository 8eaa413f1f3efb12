"""Write ../../eval70.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval70/_build/build_eval70.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval69's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval70_pages_a import PAGES as PAGES_A  # noqa: E402
from eval70_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval70.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e70_01_hulin_20250104.txt": "",            # bx2200.com, a document site reposting work reports: a mirror
    "e70_02_qingyuan_20240105.txt": "清原满族自治县",  # qingyuan.gov.cn, the county government's own site
    "e70_03_xifeng_20170724.txt": "息烽县",      # xifeng.gov.cn, the county government's own site
    "e70_04_fangxian_20110923.txt": "房县",      # szb.jinrifangxian.com, 今日房县: the county's own paper
    "e70_05_tianjin_20240418.txt": "",          # m.fangchan.com, a property portal's copy of 天津市统计局's release
    "e70_06_hebei_20190114.txt": "",            # news.cnstock.com, 上海证券报·中国证券网: national media
    "e70_07_liaoyang_20240107.txt": "",         # nec-driver.com, a document site: a mirror
    "e70_08_jiangxi_20180718.txt": "",          # m.yybnet.net, a news site's copy of 澎湃新闻's story
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e70", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
