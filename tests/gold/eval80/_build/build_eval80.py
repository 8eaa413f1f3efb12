"""Write ../../eval80.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval80/_build/build_eval80.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval79's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval80_pages_a import PAGES as PAGES_A  # noqa: E402
from eval80_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval80.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e80_01_shapingba_20210430.txt": "沙坪坝区",    # 沙坪坝报讯 (the district's paper) on 渝西都市报's e-paper
    "e80_02_wushan_20220625.txt": "巫山县",        # www.cqws.gov.cn, 巫山县人民政府's site
    "e80_03_longquanyi_20211029.txt": "龙泉驿区",  # lzq.gov.cn, 龙泉驿区人民政府's site
    "e80_04_shaanxi_20220720.txt": "",             # sn.ifeng.com, a portal's provincial channel
    "e80_05_changan_20250206.txt": "",             # xian.021cf.cn, an agency's copy
    "e80_06_jinxian_20230106.txt": "",             # shituxiezuo.com, a writing-help site's copy
    "e80_07_qinghai_20200723.txt": "",             # www.amdotibet.com, a copy of 青海日报's story (provincial media)
    "e80_08_tianjin_20201023.txt": "",             # news.72177.com, a news portal
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e80", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
