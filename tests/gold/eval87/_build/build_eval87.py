"""Write ../../eval87.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval87/_build/build_eval87.py [--review]
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

from eval87_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval87.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e87_01_xiaoshan_20210922.txt": "萧山区",        # zt.xsnet.cn, 萧山网 (萧山日报's site)
    "e87_02_panyu_20230209.txt": "",              # nextlevelartsconsulting.com, a site reposting the report: a copy
    "e87_03_zizhou_20231016.txt": "子洲县",         # www.zizhou.gov.cn, 子洲县人民政府's site
    "e87_04_shaanxi_20170811.txt": "",            # sx.sina.com.cn, 新浪陕西
    "e87_05_sichuan_20220420.txt": "",            # test.dzwindows.com, a site reposting the story
    "e87_06_beijing_20211021.txt": "",            # qiye.chinadaily.com.cn, 中国日报网
    "e87_07_hubei_20170419.txt": "",              # www.xgnews.cn, a news site reposting the story
    "e87_08_jilin_20230729.txt": "",              # tt.hnmdtv.com, a site reposting 中国日报's story
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
    write_set(PAGES, HERE.parent, GOLD, "e87", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
