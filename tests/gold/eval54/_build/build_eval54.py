"""Write ../../eval54.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval54/_build/build_eval54.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval53's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval54_pages_a import PAGES as PAGES_A  # noqa: E402
from eval54_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval54.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e54_01_jianping_20181222.txt": "",          # guanchang.qwyd.net, a site reposting work reports: a mirror
    "e54_02_zhongwei_20220722.txt": "",          # www.nxnews.net, 宁夏新闻网: regional media, not the city's own
    "e54_03_xizang_20170803.txt": "",            # xz.chinadaily.com.cn, 中国日报网's 西藏 channel (中国新闻网's story): national media
    "e54_04_xizang_20140114.txt": "",            # media.tibet.cn, 中国西藏网: national media
    "e54_05_yumin_20200326.txt": "裕民县",       # xjym.gov.cn, 裕民县's site (裕民县电视台)
    "e54_06_ningshan_20110510.txt": "宁陕县",    # www.ningshan.gov.cn, 宁陕县人民政府's site (宁陕县交通局)
    "e54_07_suixi_20211019.txt": "",             # ah.sina.com.cn, 新浪安徽 (中安在线's story): a portal
    "e54_08_ningxian_20171016.txt": "",          # www.gsrdw.gov.cn, 甘肃人大网 (人民之声报): provincial media
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e54", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
