"""Write ../../eval72.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval72/_build/build_eval72.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval71's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval72_pages_a import PAGES as PAGES_A  # noqa: E402
from eval72_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval72.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e72_01_shapotou_20221117.txt": "沙坡头区",     # www.spt.gov.cn, 沙坡头区人民政府's site (沙坡头区乡村振兴局)
    "e72_02_junxian_20230408.txt": "",             # bx2200.com, a document site reposting work reports: a mirror
    "e72_03_xixian_20220426.txt": "",              # bx2200.com, a document site reposting work reports: a mirror
    "e72_04_guzhen_20220830.txt": "固镇县",        # www.guzhen.gov.cn, 固镇县人民政府's site (固镇县统计局)
    "e72_05_shuyang_20190106.txt": "",             # guanchang.qwyd.net, a collector of work reports: a mirror
    "e72_06_shanghai_20210721.txt": "",            # sh.focus.cn, 上海搜狐焦点, a property portal
    "e72_07_hainan_20121231.txt": "",              # district.ce.cn, 中国经济网: national media
    "e72_08_neimenggu_20210930.txt": "内蒙古自治区",  # nmt.nmg.gov.cn, 内蒙古自治区农牧厅's own site
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e72", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
