"""Write ../../eval65.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval65/_build/build_eval65.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval64's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval65_pages_a import PAGES as PAGES_A  # noqa: E402
from eval65_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval65.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e65_01_shimian_20210318.txt": "",          # sc.sina.com.cn, 新浪四川: a portal
    "e65_02_tianquan_20230215.txt": "",         # mtouziguancha.news9.cn, a portal reposting 四川经济网 (provincial media)
    "e65_03_wujin_20181016.txt": "武进区",      # www.wj.gov.cn, 常州市武进区人民政府's site
    "e65_04_jiyuan_20180906.txt": "",           # m.henance.com, 河南县域经济网 (a provincial portal) reposting 济源日报
    "e65_05_xinxiang_20220128.txt": "",         # xx.henance.com, 河南县域经济网 reposting 新乡日报
    "e65_06_wuxuan_20220120.txt": "",           # www.bbrtv.com, 广西广播电视台: regional media
    "e65_07_yihuang_20230116.txt": "",          # bx2200.com, a site reposting work reports
    "e65_08_liping_20230106.txt": "",           # bx2200.com, a site reposting work reports
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e65", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
