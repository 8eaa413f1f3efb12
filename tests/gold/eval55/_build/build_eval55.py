"""Write ../../eval55.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval55/_build/build_eval55.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval50's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval55_pages_a import PAGES as PAGES_A  # noqa: E402
from eval55_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval55.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e55_01_huachuan_20230108.txt": "",          # nec-driver.com, a site reposting work reports: a mirror
    "e55_02_chayouhouqi_20230115.txt": "",       # edutainingadventures.com, a site reposting work reports: a mirror
    "e55_03_yueyang_20200803.txt": "岳阳县",     # yyx.gov.cn, 岳阳县人民政府's site (县统计局)
    "e55_04_hexi_20240117.txt": "",              # edutainingadventures.com, a site reposting work reports: a mirror
    "e55_05_haixi_20260207.txt": "",             # reportify.ai, a news aggregator (中国新闻网): national media
    "e55_06_hainan_20240419.txt": "",            # www.cnr.cn, 央广网: national media
    "e55_07_jingyuan_20190620.txt": "",          # m.yybnet.net, 白银日报 (the city's paper) on 每日甘肃网
    "e55_08_zhenkang_20251216.txt": "镇康县",    # ynzk.gov.cn, 镇康县人民政府's site (县农业农村局)
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e55", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
