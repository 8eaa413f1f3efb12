"""Write ../../eval94.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval94/_build/build_eval94.py [--review]
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

from eval94_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval94.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e94_01_shuangliao_20221227.txt": "",           # bx2200.com, a site holding copies of work reports
    "e94_02_shuicheng_20230301.txt": "",            # bx2200.com, a site holding copies of work reports
    "e94_03_xinjian_20210401.txt": "新建区",         # saintpaulhem.com, a copy keeping 新建区人民政府's 统计公报 column path (xjq/xjqrmzf/tjgb), as eval90's 南昌县
    "e94_04_yongfeng_20220630.txt": "",             # tjgb.hongheiku.com, a site collecting statistics bulletins
    "e94_05_shandong_20201022.txt": "",             # gxt.shandong.gov.cn, the province's 工业和信息化厅 (provincial)
    "e94_06_xizang_20200429.txt": "",               # e.ccement.com, 中国水泥网 reposting the region's figures
    "e94_07_guizhou_20230721.txt": "",              # movement.gzstv.com, 贵州广播电视台 (provincial media)
    "e94_08_hubei_20161021.txt": "",                # wuhan.baogaosu.com, a portal reposting 湖北日报 (provincial media)
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
    write_set(PAGES, HERE.parent, GOLD, "e94", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
