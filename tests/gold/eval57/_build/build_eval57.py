"""Write ../../eval57.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval57/_build/build_eval57.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval56's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval57_pages_a import PAGES as PAGES_A  # noqa: E402
from eval57_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval57.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e57_01_xinbin_20231213.txt": "",            # nec-driver.com, a site reposting work reports: a mirror
    "e57_02_hainan_20100125.txt": "",            # e-gov.org.cn, a national portal reposting 海南日报's text
    "e57_03_xizang_20240121.txt": "西藏自治区",   # e.xzxw.com, 西藏日报's e-paper (regional media on the region)
    "e57_04_tianjin_20121101.txt": "",           # taiwan.cn, 中国台湾网 (national media)
    "e57_05_guoluo_20230226.txt": "",            # qufk.cn, a news site carrying 央广网's story
    "e57_06_pinggu_20250512.txt": "平谷区",       # xinwen.bjd.com.cn, 北京日报客户端, the item by 平谷区's own account 高大尚平谷
    "e57_07_longyou_20250811.txt": "龙游县",      # longyou.gov.cn, 龙游县人民政府's site
    "e57_08_shanghai_20081224.txt": "上海市",     # tjj.sh.gov.cn, 上海市统计局's site
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e57", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
