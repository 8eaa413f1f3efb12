"""Write ../../eval81.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval81/_build/build_eval81.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval80's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval81_pages_a import PAGES as PAGES_A  # noqa: E402
from eval81_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval81.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e81_01_faku_20191227.txt": "",            # gaozipu.com, a writing-help site: a mirror
    "e81_02_lanzhou_20200829.txt": "",         # gansu.gscn.com.cn, 中国甘肃网 (甘肃日报): provincial media
    "e81_03_shuozhou_20191022.txt": "朔州市",  # fgw.shuozhou.gov.cn, 朔州市发展和改革委员会's site
    "e81_04_hebei_20220720.txt": "",           # www.tech-ex.com, a news portal: a mirror
    "e81_05_linshu_20231205.txt": "临沭县",    # linshu.gov.cn, 临沭县人民政府's site (临沭县农业农村局)
    "e81_06_anxiang_20200515.txt": "",         # hn.rednet.cn, 红网: provincial media (its 安乡站)
    "e81_07_zhongfang_20240907.txt": "",       # tp.hkcd.com, 香港商报: not local media
    "e81_08_suyu_20190425.txt": "",            # wanglu.net, a sharing site holding 江苏经济报's page: provincial media
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e81", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
