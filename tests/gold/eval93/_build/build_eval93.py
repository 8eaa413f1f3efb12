"""Write ../../eval93.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval93/_build/build_eval93.py [--review]
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

from eval93_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval93.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e93_01_qujiang_20231218.txt": "衢州市衢江区",    # www.qjq.gov.cn, 衢江区's own site (its education bureau's reply)
    "e93_02_fanchang_20090821.txt": "繁昌县",        # fcxnews.cn, 繁昌新闻网 (the county's paper 今日繁昌)
    "e93_03_shuangbai_20200520.txt": "",            # guanlizhidu.com, a site holding a copy of the report
    "e93_04_qinzhou_20210706.txt": "天水市秦州区",    # www.qinzhouqu.gov.cn, 秦州区's own site (its transport bureau's reply)
    "e93_05_neimenggu_20201021.txt": "",            # nmginfo.org, a portal reposting 内蒙古新闻网 (provincial media)
    "e93_06_shaanxi_20210421.txt": "",              # m.changanyouth.cn, a site reposting 西北信息报
    "e93_07_liaoning_20231023.txt": "",             # cgzfj.panjin.gov.cn, a city bureau's site reposting 辽宁日报 (provincial media)
    "e93_08_hainan_20210421.txt": "",               # www.hi.chinanews.com, 中新网海南 reposting 海南日报 (provincial media)
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
    write_set(PAGES, HERE.parent, GOLD, "e93", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
