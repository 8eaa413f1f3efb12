"""Write ../../eval68.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval68/_build/build_eval68.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval67's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval68_pages_a import PAGES as PAGES_A  # noqa: E402
from eval68_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval68.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e68_01_fujian_20230721.txt": "福建省",       # tjj.fj.gov.cn, 福建省统计局's own site
    "e68_02_shouning_20231227.txt": "",         # bx2200.com, a site reposting work reports
    "e68_03_liaoning_20230523.txt": "",         # jichuang.nanfei.cn, a trade portal's copy
    "e68_04_chongqing_20250806.txt": "",        # cyjjw.net, 成渝经济网's copy of 重庆日报 (a municipal paper)
    "e68_05_guangdong_20151021.txt": "",        # district.ce.cn, 中国经济网 (national media)
    "e68_06_jiujiang_20151224.txt": "",         # jj.jxcn.cn, 中国江西网's 九江 channel (provincial media)
    "e68_07_hebei_20201028.txt": "",            # tech.jiangsulong.com, a portal's copy of 长城网
    "e68_08_guangxi_20210121.txt": "",          # attbr.com, a portal's copy of 上游新闻 (重庆 media)
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e68", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
