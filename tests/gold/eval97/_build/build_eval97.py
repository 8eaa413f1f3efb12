"""Write ../../eval97.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval97/_build/build_eval97.py [--review]
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

from eval97_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval97.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e97_01_pujiang_20230117.txt": "",                # edutainingadventures.com, a document site copying the report
    "e97_02_changxing_20120508.txt": "",              # web.xiaze.org, a site copying bulletins (the text is the county statistics bureau's)
    "e97_03_gongchangling_20200116.txt": "",          # chinaxiaokang.com's county column (the text is the district government's, 来源 弓长岭区人民政府)
    "e97_04_xiajiang_20230701.txt": "",               # wanpiaopiao.cn, a site copying the item (the text is the county finance bureau's)
    "e97_05_shangcheng_20130428.txt": "信阳市",        # ribao.xyxww.com.cn, 信阳日报 (the city's paper)
    "e97_06_yangling_20231123.txt": "杨凌示范区",       # yangling.gov.cn, the zone's own site
    "e97_07_dongcheng_20190212.txt": "东城区",          # bjdch.gov.cn, the district government's own site
    "e97_08_wuqi_20110907.txt": "",                   # xinnong.net, 新农网 (a national portal)
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
    write_set(PAGES, HERE.parent, GOLD, "e97", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
