"""Write ../../eval67.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval67/_build/build_eval67.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval66's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval67_pages_a import PAGES as PAGES_A  # noqa: E402
from eval67_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval67.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e67_01_lixian_20170222.txt": "",            # gongwensou.com, a site reposting work reports: a mirror
    "e67_02_jiangxi_20250718.txt": "",           # app.qqgsw.com.cn, a news app's copy of 大江网's story
    "e67_03_guizhou_20211113.txt": "",           # app.myzaker.com, ZAKER贵阳: a news app
    "e67_04_dalian_20230630.txt": "",            # news.chinasm.com.cn, a portal's copy of 大连新闻传媒集团's story
    "e67_05_heilongjiang_20100803.txt": "",      # paper.ce.cn, 经济日报: national media
    "e67_06_tongxiang_20090917.txt": "桐乡市",   # txhistory.zjol.com.cn/txnews, 桐乡新闻网's archive (桐乡's own news site on 浙江在线)
    "e67_07_bingtuan_20151026.txt": "",          # wulumuqi.baogaosu.com, a news aggregator
    "e67_08_guizhou_20221102.txt": "",           # gz.cri.cn, 国际在线's 贵州 channel: national media
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e67", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
