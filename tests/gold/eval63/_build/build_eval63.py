"""Write ../../eval63.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval63/_build/build_eval63.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval62's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval63_pages_a import PAGES as PAGES_A  # noqa: E402
from eval63_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval63.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e63_01_qiongzhong_20240830.txt": "琼中县",       # qiongzhong.hainan.gov.cn, 琼中黎族苗族自治县人民政府's site
    "e63_02_wuhua_20180428.txt": "五华区",            # www.kmwh.gov.cn, 昆明市五华区人民政府's site
    "e63_03_keyouqianqi_20240312.txt": "科右前旗",    # www.kyqq.gov.cn, 科右前旗's site
    "e63_04_keshiketeng_20240128.txt": "克什克腾旗",  # ksktxx.mifengchengshi.com, the banner's own e-paper (本报讯)
    "e63_05_xicheng_20230104.txt": "西城区",          # www.bjxch.gov.cn, 北京市西城区人民政府's site
    "e63_06_wenxian_20241205.txt": "温县",            # www.wenxian.gov.cn, 温县人民政府门户网站
    "e63_07_xianggelila_20240301.txt": "香格里拉市",  # www.xianggelila.gov.cn, 香格里拉市人民政府's site
    "e63_08_daning_20240311.txt": "",                 # nextlevelartsconsulting.com, a reposting site
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e63", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
