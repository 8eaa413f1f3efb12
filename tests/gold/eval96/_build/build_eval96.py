"""Write ../../eval96.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval96/_build/build_eval96.py [--review]
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

from eval96_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval96.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e96_01_wuyishan_20200117.txt": "",               # guanshanwenku.com, a document site copying the report
    "e96_02_chenxi_20260115.txt": "辰溪县",            # chenxi.gov.cn, the county government's own site
    "e96_03_leye_20160119.txt": "",                   # m.gxcounty.com, 广西县域经济网 (a regional portal)
    "e96_04_kongtong_20230426.txt": "",               # df-news.cn, a portal reposting 平凉日报
    "e96_05_wuding_20250201.txt": "武定县",            # ynwd.gov.cn, the county government's own site
    "e96_06_xishan_20231204.txt": "",                 # zswldj.1237125.cn, a portal
    "e96_07_heihe_20160418.txt": "",                  # heihe.dbw.cn, 东北网's 黑河 site (a provincial portal)
    "e96_08_neimenggu_20240119.txt": "内蒙古自治区",    # tj.nmg.gov.cn, the region's statistics bureau's own site
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
    write_set(PAGES, HERE.parent, GOLD, "e96", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
