"""Write ../../eval86.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval86/_build/build_eval86.py [--review]
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

from eval86_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval86.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e86_01_dongying_20240930.txt": "东营市",        # dystjj.dongying.gov.cn, 东营市统计局's site
    "e86_02_wulian_20130101.txt": "",              # sdmsw.com.cn, a provincial portal: not the county's own
    "e86_03_sichuan_20181024.txt": "",             # sichuan.scol.com.cn, 四川在线 (四川日报): provincial media
    "e86_04_shaanxi_20170811.txt": "",             # sx.sina.com.cn, a portal's provincial channel
    "e86_05_zhenan_20150429.txt": "",              # www.slrbs.com, 商洛日报 (city media) on a county below it
    "e86_06_luoyuan_20211228.txt": "罗源县",        # www.lywxww.com, 罗源新闻网 (罗源县融媒体中心), the county's own
    "e86_07_mawei_20210114.txt": "",               # m.fznews.com.cn, 福州新闻网 (city media) on a district below it
    "e86_08_heilongjiang_20180425.txt": "",        # www.cs.com.cn, 中证网's copy of 新华社's story
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
    write_set(PAGES, HERE.parent, GOLD, "e86", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
