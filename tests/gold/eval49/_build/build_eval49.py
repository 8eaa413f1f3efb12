"""Write ../../eval49.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval49/_build/build_eval49.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval48's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval49_pages_a import PAGES as PAGES_A  # noqa: E402
from eval49_pages_b import PAGES as PAGES_B  # noqa: E402
from eval49_pages_c import PAGES as PAGES_C  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval49.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e49_01_jiangjin_20230608.txt": "重庆市江津区",     # www.jiangjin.gov.cn, 江津区统计局 on 重庆市江津区人民政府's site
    "e49_02_jiangjinbao_20231030.txt": "重庆市江津区",  # epaper.cqjjnet.com, 江津日报 (the district's paper)
    "e49_03_huainan_20220429.txt": "淮南市",           # tjj.huainan.gov.cn, 淮南市统计局
    "e49_04_anci_20200115.txt": "廊坊市安次区",         # www.acwmw.com, a site of the district (its 要闻 on the district's congress)
    "e49_05_longjing_20260119.txt": "龙井市",          # longjing.gov.cn, 龙井市人民政府's site
    "e49_06_juye_20250117.txt": "",                    # sdfzcm.com, 山东法制传媒网: provincial media
    "e49_07_liujiang_20221008.txt": "柳州市柳江区",     # liujiang.gov.cn, 柳州市柳江区人民政府's site
    "e49_08_dingbian_20230213.txt": "",                # bx2200.com, a site collecting work reports: a mirror
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
    write_set({**PAGES_A, **PAGES_B, **PAGES_C}, HERE.parent, GOLD, "e49", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
