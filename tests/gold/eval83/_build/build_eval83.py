"""Write ../../eval83.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval83/_build/build_eval83.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``), as eval51's
builder uses them: each annotated text is located in the page at or after the previous one and the
record's offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below). The set's pubdates.csv carries the publisher's place (area column) from the start: PLACES below.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))  # the repository, for tests.gold.eval4._build

from eval83_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval83.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e83_01_weiyuan_20230111.txt": "",        # shituxiezuo.com, a writing-help site: a copy
    "e83_02_lueyang_20230209.txt": "",        # nextlevelartsconsulting.com, a site reposting work reports: a copy
    "e83_03_huangpi_20230111.txt": "黄陂区",  # www.huangpi.gov.cn, 黄陂区人民政府's site (区发展和改革局)
    "e83_04_wuchang_20250313.txt": "武昌区",  # wcrd.wuchang.gov.cn, 武昌区人大's site
    "e83_05_changchun_20240507.txt": "",      # cn.dailyeconomic.com, a portal
    "e83_06_tianjin_20250725.txt": "",        # cn.dailyeconomic.com, a portal
    "e83_07_cangnan_20250813.txt": "苍南县",  # cnzx.cncn.gov.cn, 苍南县政协's site
    "e83_08_chaoyang_20071217.txt": "汕头市", # rd.shantou.gov.cn, 汕头市人大's site (the reply is 汕头市农业局's)
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
    write_set(PAGES, HERE.parent, GOLD, "e83", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
