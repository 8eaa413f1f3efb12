"""Write ../../eval90.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval90/_build/build_eval90.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``), as eval51's
builder uses them: each annotated text is located in the page at or after the previous one and the
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

from eval90_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval90.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e90_01_deqing_20151009.txt": "",          # hangzhou.baogaosu.com, a news aggregator reposting 德清县发改局's item
    "e90_02_yaozhou_20250401.txt": "耀州区",    # yaozhou.gov.cn, the district government's site (统计信息)
    "e90_03_ningshan_20230907.txt": "宁陕县",   # ningshan.gov.cn, the county government's site
    "e90_04_nanchangxian_20200301.txt": "南昌县",  # saintpaulhem.com/ncx/ncxrmzf/tjgb/: a copy keeping 南昌县人民政府's
                                               # 统计公报 column path (ncx); the text names no place, so the column's
    "e90_05_liaoning_20230118.txt": "",        # district.ce.cn, 中国经济网 (national), the report from 辽宁日报
    "e90_06_jiangsu_20210422.txt": "",         # app.myzaker.com, an app reposting 现代快报's story
    "e90_07_chongqing_20190719.txt": "",       # cq.w010w.com.cn, a site reposting 新华网's story
    "e90_08_fujian_20211021.txt": "",          # hxppw.org, a site reposting 人民网-福建频道's story
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
    write_set(PAGES, HERE.parent, GOLD, "e90", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
