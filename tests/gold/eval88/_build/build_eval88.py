"""Write ../../eval88.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval88/_build/build_eval88.py [--review]
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

from eval88_pages import PAGES  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval88.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e88_01_balinyouqi_20230331.txt": "",          # nextlevelartsconsulting.com, a site reposting the bulletin: a copy
    "e88_02_wulatehouqi_20231212.txt": "乌拉特后旗",  # 1.25.240.11:8082/sites/wlthq, the banner government's site (统计局)
    "e88_03_minhe_20130529.txt": "",               # dcement.com, a site reposting 民和新闻网's story: a copy
    "e88_04_gansu_20210201.txt": "",               # gsqlw.org, a site reposting the report (来源:中国甘肃网)
    "e88_05_shanghai_20220424.txt": "",            # m.cqtimes.cn, a site reposting 文汇报's story
    "e88_06_hainan_20220127.txt": "",              # m.hnslky.net, a site reposting the report (信息来源:海南日报客户端)
    "e88_07_binhai_20170720.txt": "",              # news.enorth.com.cn, 天津北方网 (the city's news site, not the district's)
    "e88_08_hezhou_20230508.txt": "",              # bbrtv.com, 广西广播电视台 (the region's, not the city's)
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
    write_set(PAGES, HERE.parent, GOLD, "e88", show="--review" in sys.argv, places=PLACES)
    check(GOLD, HERE.parent)
