"""Write ../../eval95.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval95/_build/build_eval95.py [--review]
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

from eval95_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval95.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e95_01_delingha_20200331.txt": "",                  # mp.123yiche.com, a portal reposting the report
    "e95_02_weichang_20210816.txt": "围场满族蒙古族自治县",  # weichang.gov.cn, the county government's own site
    "e95_03_chengdexian_20210628.txt": "承德县",          # xxgk.cdx.gov.cn, the county government's own site (县统计局's bulletin)
    "e95_04_chaotian_20211129.txt": "朝天区",             # gyct.gov.cn, the district government's own site (区统计局's release)
    "e95_05_kaizhou_20240429.txt": "开州区",              # newspaper.kxzc.cn, 开州日报 (the district's own paper)
    "e95_06_taiyuan_20230729.txt": "",                   # hn.shijianwang.net, a portal
    "e95_07_jiangsu_20240123.txt": "",                   # app.myzaker.com, a news app's site
    "e95_08_kashi_20230824.txt": "",                     # ce.cjcn.com, a portal
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
    write_set(PAGES, HERE.parent, GOLD, "e95", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
