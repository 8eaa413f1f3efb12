"""Write ../../eval92.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval92/_build/build_eval92.py [--review]
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

from eval92_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval92.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e92_01_xiayi_20200216.txt": "夏邑县",       # xiayi.gov.cn, the county government's site
    "e92_02_minquan_20211115.txt": "民权县",     # minquan.gov.cn, the county government's site
    "e92_03_hebei_20240122.txt": "",            # 110.249.165.203 (…/pub/hgxww/hbxw/), a bare address carrying 河北日报's
                                                # reading: not clear whose site it is
    "e92_04_fengkai_20180122.txt": "",          # fkxxdnykjsfy.010b.com, a business portal's page reposting the report
    "e92_05_hunan_20140718.txt": "",            # hn.rednet.cn, 红网: provincial media, so empty (first written 湖南省;
                                                # corrected after seeing the first run's output, README: "empty for
                                                # national or provincial media")
    "e92_06_guangdong_20240123.txt": "",        # freewechat.com, a WeChat mirror
    "e92_07_hunan_20200717.txt": "",            # tashoney.com.cn, a site reposting 澎湃新闻's story
    "e92_08_wenchuan_20220607.txt": "",         # tjgb.hongheiku.com, a site collecting bulletins
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
    write_set(PAGES, HERE.parent, GOLD, "e92", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
