"""Write ../../eval58.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval58/_build/build_eval58.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval57's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval58_pages_a import PAGES as PAGES_A  # noqa: E402
from eval58_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval58.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e58_01_yizhang_20231221.txt": "",            # nec-driver.com, a site reposting county work reports: a mirror
    "e58_02_dongcheng_20250108.txt": "",          # bx2200.com, a site collecting work reports: a mirror
    "e58_03_wulingyuan_20220805.txt": "武陵源区",  # zjjwly.gov.cn, taken by its address to be 张家界市武陵源区's site
    "e58_04_ningxia_20200826.txt": "",            # nx.cnipai.com, a portal's 宁夏 channel (its publisher not named)
    "e58_05_hainan_20240127.txt": "",             # laolaoche.com, a blog site: a mirror
    "e58_06_xizang_20260131.txt": "",             # us.usy7.cc, a mirror of 参考消息网 (中新社's story)
    "e58_07_shanghai_20250120.txt": "",           # dawenge.com, a document site holding 解放日报's page
    "e58_08_hainan_20210421.txt": "",             # special.chinadevelopment.com.cn, 中国发展网: national media
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e58", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
