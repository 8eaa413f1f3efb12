"""Write ../../eval75.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval75/_build/build_eval75.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval74's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval75_pages_a import PAGES as PAGES_A  # noqa: E402
from eval75_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval75.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e75_01_panan_20240204.txt": "",          # edutainingadventures.com, a copy; the report is 磐安县人民政府's
    "e75_02_yuhang_20130304.txt": "余杭区",     # www.yuhang.gov.cn, 杭州市余杭区人民政府's site
    "e75_03_yangling_20100224.txt": "",       # 61.150.65.235, an information-disclosure column at an IP address (publisher not named)
    "e75_04_wangyi_20100721.txt": "铜川市",     # www.tongchuan.gov.cn, 铜川市's site (发布机构 政研室)
    "e75_05_huangmei_20210723.txt": "",       # gongwensou.com, a document site
    "e75_06_yanjin_20220420.txt": "延津县",     # yanjin.gov.cn, 延津县人民政府's site
    "e75_07_xindu_20201019.txt": "",          # m.hebnews.cn, 河北新闻网 (来源 邢台日报): a provincial portal
    "e75_08_shayang_20181227.txt": "沙洋县",    # shayang.cjyun.org, 沙洋's site on the 长江云 platform
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e75", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
