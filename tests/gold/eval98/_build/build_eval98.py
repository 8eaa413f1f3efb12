"""Write ../../eval98.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval98/_build/build_eval98.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``), as eval51's
and eval94's builders use them: each annotated text is located in the page at or after the previous one and the
record's offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below). The set's pubdates.csv carries the publisher's place (area column) from the start: PLACES below.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval98_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval98.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e98_01_zijin_20200618.txt": "",        # gongwensou.com, a document site copying the report
    "e98_02_gucheng_20201223.txt": "",      # gongwensou.com, a document site copying the report
    "e98_03_cangzhou_20230511.txt": "",     # epaper.hbjjrb.com, 河北经济日报 (a provincial paper)
    "e98_04_cangxian_20170704.txt": "沧州市",  # zwgk.cangzhou.gov.cn, the city government's disclosure site (the reply is the county's)
    "e98_05_cangxi_20231025.txt": "苍溪县",   # cncx.gov.cn, the county's own site
    "e98_06_fanchang_20230811.txt": "繁昌区", # fanchang.gov.cn, the district's own site
    "e98_07_banan_20230727.txt": "巴南区",    # cqbn.gov.cn, the district's own site
    "e98_08_tongliang_20240626.txt": "铜梁区", # cqstl.gov.cn, the district's own site
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
    write_set(PAGES, HERE.parent, GOLD, "e98", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
