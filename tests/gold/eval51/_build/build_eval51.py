"""Write ../../eval51.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval51/_build/build_eval51.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval50's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval51_pages_a import PAGES as PAGES_A  # noqa: E402
from eval51_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval51.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e51_01_hanyin_20190423.txt": "汉阴县",      # www.hanyin.gov.cn, 汉阴县人民政府's site (汉阴县统计局)
    "e51_02_haiyan_20240627.txt": "海盐县",      # www.haiyan.gov.cn, 海盐县人民政府's site (海盐县农业农村局)
    "e51_03_yongjia_20241009.txt": "永嘉县",     # www.yj.gov.cn, 永嘉县人民政府's site (永嘉县农业农村局)
    "e51_04_longhui_20250218.txt": "隆回县",     # rd.longhui.gov.cn, 隆回县人大's site
    "e51_05_zhaoping_20250409.txt": "",          # m.bpwz.net, a portal: a mirror
    "e51_06_yandu_20070108.txt": "",             # ydrb.yunpaper.cn, an e-paper platform; the paper is not named on the page
    "e51_07_panxian_20150828.txt": "",           # gzszx.gov.cn, 贵州政协报: provincial media
    "e51_08_kaiyang_20230330.txt": "开阳县",     # www.kaiyang.gov.cn, 开阳县人民政府's site
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e51", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
