"""Write ../../eval89.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval89/_build/build_eval89.py [--review]
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

from eval89_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval89.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e89_01_anqing_20221011.txt": "",              # e.guhantai.com, a site reposting the story
    "e89_02_ningxia_20240723.txt": "宁夏回族自治区",   # szb.nxrb.cn, 宁夏日报 (the region's own paper)
    "e89_03_xizang_20130120.txt": "",              # media.tibet.cn, 中国西藏网 (a national site)
    "e89_04_henan_20071217.txt": "郑州市",          # zzrb.zynews.cn, 郑州日报 (the city's paper; the story is the province's)
    "e89_05_jinping_20111001.txt": "",             # 3g.qdn.cn, 黔东南's news site by its address (as eval42's), not named in the copy
    "e89_06_maguan_20221221.txt": "马关县",          # ynmg.gov.cn, 马关县人民政府's site
    "e89_07_guiyang_20161125.txt": "",             # gongwensou.com, a site holding the report: a copy
    "e89_08_yizhang_20160105.txt": "",             # zfbgw.com, a site holding the report: a copy
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
    write_set(PAGES, HERE.parent, GOLD, "e89", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
