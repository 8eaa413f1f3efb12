"""Write ../../eval69.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval69/_build/build_eval69.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval68's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval69_pages_a import PAGES as PAGES_A  # noqa: E402
from eval69_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval69.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e69_01_beijing_20220421.txt": "",       # scnjtv.com, a portal's copy of 北京青年报's story
    "e69_02_zhejiang_20231117.txt": "",      # tfhid.com, a copy of 浙江日报's story
    "e69_03_lishui_20240322.txt": "",        # cn.dailyeconomic.com, a portal's item
    "e69_04_jilin_20230729.txt": "",         # tt.hnmdtv.com, a portal's copy of 中国日报's story
    "e69_05_xizang_20190111.txt": "",        # tibet.cn, 中国西藏网's copy of 中国新闻网's story: national media
    "e69_06_shandong_20190214.txt": "",      # news.qtv.com.cn, 青岛网络电视台: a city's media on the province
    "e69_07_shanxi_20231024.txt": "",        # zixun.shlzdq.top, a portal's copy of 新华网's story
    "e69_08_bingtuan_20230920.txt": "",      # chinaxinjiang.cn, 中国新疆网's copy of 中国新闻网's story
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e69", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
