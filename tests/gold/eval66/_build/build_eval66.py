"""Write ../../eval66.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval66/_build/build_eval66.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval65's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval66_pages_a import PAGES as PAGES_A  # noqa: E402
from eval66_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval66.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e66_01_lujiang_20250104.txt": "",          # bx2200.com, a site reposting work reports
    "e66_02_huoqiu_20240106.txt": "",           # nextlevelartsconsulting.com, a site reposting work reports
    "e66_03_yunhe_20240221.txt": "",            # nextlevelartsconsulting.com, a site reposting work reports
    "e66_04_fengze_20240119.txt": "",           # qyfw8.cn, a portal reposting 闽南网 (regional media)
    "e66_05_fengjie_20250325.txt": "奉节县",    # cqfj.gov.cn, 奉节县's site (县发展和改革委员会)
    "e66_06_wujin_20260115.txt": "武进区",      # app.wjyanghu.com, 阳湖网 (武进新闻), the district's news site
    "e66_07_jiangsu_20230801.txt": "",          # zfw.changzhou.gov.cn reposting 新华日报 (provincial media) on 江苏
    "e66_08_guangdong_20200619.txt": "广东省",  # dara.gd.gov.cn, 广东省农业农村厅's site
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e66", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
