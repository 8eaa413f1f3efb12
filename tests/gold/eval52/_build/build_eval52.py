"""Write ../../eval52.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval52/_build/build_eval52.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval51's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval52_pages_a import PAGES as PAGES_A  # noqa: E402
from eval52_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval52.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e52_01_qinghai_20180719.txt": "青海省",     # www.qhio.gov.cn, 青海省人民政府新闻办公室's site
    "e52_02_jilin_20260127.txt": "",             # jl.news.cn, 新华网's 吉林 channel: national media
    "e52_03_xicheng_20111121.txt": "西城区",     # www.bjxch.gov.cn, 北京市西城区人民政府's site
    "e52_04_shannan_20121107.txt": "",           # district.ce.cn, 中国经济网 (西藏日报's story): national media's copy
    "e52_05_zhongning_20050221.txt": "",         # news.sina.com.cn, a portal's copy of 宁夏日报 (provincial media)
    "e52_06_hainan_20140726.txt": "",            # hainan.sina.com.cn, a portal's copy of 南海网
    "e52_07_xizang_20180125.txt": "",            # www.rmzxw.com.cn, 人民政协网: national media
    "e52_08_xinjiang_20250120.txt": "",          # cn.chinagate.cn, 中国网 (新华社's story): national media
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e52", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
