"""Write ../../eval78.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval78/_build/build_eval78.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval77's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval78_pages_a import PAGES as PAGES_A  # noqa: E402
from eval78_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval78.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e78_01_xianyou_20251226.txt": "仙游县",      # www.xyxww.com, 仙游新闻网 (仙游今报)
    "e78_02_zhenghe_20251231.txt": "政和县",      # www.fjzhxww.com, 政和新闻网 (政和县融媒体中心)
    "e78_03_hangjinhouqi_20251216.txt": "杭锦后旗",  # www.hjhq.gov.cn, 杭锦后旗人民政府's site
    "e78_04_siping_20241224.txt": "四平市",       # fgw.siping.gov.cn, 四平市发展和改革委员会's site
    "e78_05_hebei_20220421.txt": "",              # m.xxznews.com, a news portal's copy
    "e78_06_shandong_20220720.txt": "",           # finance.sc2p.com, a finance portal's copy
    "e78_07_changshan_20260126.txt": "",          # reportify.ai, a copy of 新浪财经's item
    "e78_08_suichang_20150804.txt": "",           # zjnews.zjol.com.cn, 浙江在线: provincial media
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e78", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
