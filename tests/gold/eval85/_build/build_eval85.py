"""Write ../../eval85.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval85/_build/build_eval85.py [--review]
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

from eval85_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval85.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e85_01_changshaxian_20160726.txt": "",        # changsha.baogaosu.com, a news aggregator: a copy
    "e85_02_xishan_20241111.txt": "西山区",         # www.kmxs.gov.cn, 西山区人民政府's site
    "e85_03_guizhou_20230517.txt": "",             # wangkanglawyer.com, a site reposting the bulletin: a copy
    "e85_04_shenyang_20060722.txt": "",            # news.sina.com.cn, a portal's copy of 沈阳日报
    "e85_05_henan_20230801.txt": "",               # hen.chinadaily.com.cn, 中国日报网's 河南 channel
    "e85_06_xuanzhou_20230525.txt": "",            # thebolducs.com, a copy of 宣州区's open-government page
    "e85_07_qiaocheng_20250519.txt": "谯城区",      # bzqc.gov.cn, 谯城区人民政府's site
    "e85_08_maguan_20150507.txt": "马关县",         # ynmg.gov.cn, 马关县人民政府's site
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
    write_set(PAGES, HERE.parent, GOLD, "e85", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
