"""Write ../../eval56.jsonl and ../pubdates.csv from the annotation lists.

Run: python3 tests/gold/eval56/_build/build_eval56.py [--review]
--review prints each record with the characters around it, for reading.
The span locator, record builder and writer are eval4's (``../../eval4/_build/eval4_lib.py``):
each annotated text is located in the page at or after the previous one and the record's
offsets are computed from it (``text == doc[start:end]`` by construction, and checked again
below); eval8's builder is followed: ``per="NULL"`` stands for "no period at all" and becomes null.
As eval13's to eval55's, the set's pubdates.csv carries the publisher's place (area column)
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

from eval56_pages_a import PAGES as PAGES_A  # noqa: E402
from eval56_pages_b import PAGES as PAGES_B  # noqa: E402

from tests.gold.eval4._build.eval4_lib import write_set  # noqa: E402

GOLD = HERE.parents[1] / "eval56.jsonl"

# The publisher's own place (a place's own government body or local media), else empty.
PLACES = {
    "e56_01_beipiao_20181222.txt": "",           # guanchang.qwyd.net, a site reposting work reports: a mirror
    "e56_02_huangzhong_20180312.txt": "",        # xndjw.gov.cn, a 西宁 city site carrying 西宁晚报 (city media) on a county below it
    "e56_03_beijing_20251217.txt": "北京市",      # ldwb.workerbj.cn, 劳动午报 (北京 media)
    "e56_04_changning_20210705.txt": "长宁区",    # zwgk.shcn.gov.cn, 上海市长宁区's open-government site
    "e56_05_yinchuan_20230726.txt": "",          # m.joyyang.com, a mirror of 人民网's story
    "e56_06_wuqia_20240823.txt": "乌恰县",        # xjwqx.gov.cn, 乌恰县人民政府's site
    "e56_07_jilin_20240419.txt": "吉林省",        # dajilin.com, 吉林日报—大吉网 (provincial media on the province)
    "e56_08_tuoli_20231114.txt": "",             # demo.xjdft.cn, a site carrying the county bureau's text; the site is not the bureau's
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
    write_set({**PAGES_A, **PAGES_B}, HERE.parent, GOLD, "e56", show="--review" in sys.argv,
              places=PLACES)
    check(GOLD, HERE.parent)
