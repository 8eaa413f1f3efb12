"""Write ../../eval91.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval91/_build/build_eval91.py [--review]
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

from eval91_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval91.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e91_01_wenxi_20230411.txt": "",               # yunxunwl.com, a forum holding a copy of the bulletin
    "e91_02_shanxi_20210927.txt": "",              # m.news.shi-fen.com, a site reposting 山西经济日报's story
    "e91_03_hubei_20220422.txt": "",               # tech.scgqt.org.cn, a site reposting 澎湃新闻's story
    "e91_04_xinjiang_20220428.txt": "新疆维吾尔自治区",  # www.ts.cn, 天山网 (新疆日报's site)
    "e91_05_heilongjiang_20230112.txt": "",        # montenegroinmobiliaria.com, a site holding a copy of the report
    "e91_06_duan_20120307.txt": "河池市",            # www.yybnet.net/hechi/duan, 右江日报网's 河池 section (the reply is 都安县's)
    "e91_07_tianjin_20090720.txt": "天津市",          # news.022china.com, 中国网·滨海高新 (a 天津 site)
    "e91_08_jilin_20050719.txt": "",               # news.sina.com.cn, 新浪 reposting 新文化报 (长春)
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
    write_set(PAGES, HERE.parent, GOLD, "e91", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
