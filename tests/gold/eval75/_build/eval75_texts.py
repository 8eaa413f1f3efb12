# Page texts of eval75 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval75/_build/eval75_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval75_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited. Where the store breaks off inside a sentence, the
# broken fragment after the last whole clause is cut (TAIL), so that no number stands without its unit.
from pathlib import Path

from eval75_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e75_03_yangling_20100224.txt": [
        "首页/ 政府信息公开 / 政府工作报告 / 正文",  # breadcrumb
    ],
    "e75_04_wangyi_20100721.txt": [
        "索引号:  TCXXGK-2010-001648 主题分类:  政务公开",  # index box
        "发文机构:  政研室 发文文号:",  # index box
        "发文日期:  2021年12月24日 发布日期:  2010-07-21 10:53",  # index box (its 发文日期 is a later cataloguing day)
        "公文时效:  发布机构:  政研室",  # index box
    ],
    "e75_05_huangmei_20210723.txt": [
        "会员登录  新用户注册 退出",  # site tools
        "公文搜网 - 蓝秘书公文之家",  # site name
        "您现在的位置是: 首页 > 专题材料 > 政府报告",  # breadcrumb
        "政府报告",  # channel label
    ],
    "e75_07_xindu_20201019.txt": [
        "河北新闻网手机版",  # site name
        "邢台新闻邢台头条",  # channel labels
        "• 分享",  # site tools
        "• 河北邢台信都区酸枣红农民富",  # the headline in the page's tab bar (the headline itself is kept below)
        "语音播报",  # site tools
        "下一篇: 省第十督查组到邢台市督查省委一号文件贯彻落实情况",  # link to the next story
        "相关新闻",  # related-news label
    ],
}

# The broken fragment at the end of a page (where the store breaks off inside a sentence), cut.
TAIL = {
    "e75_01_panan_20240204.txt": "展会规模和层级明显提升",
    "e75_02_yuhang_20130304.txt": "实",
    "e75_03_yangling_20100224.txt": "全省设施蔬菜现场观摩会在杨陵",
    "e75_04_wangyi_20100721.txt": "全年19个招商项目建成投产运",
    "e75_05_huangmei_20210723.txt": " 康宏粮油、宏晟纺",
    "e75_06_yanjin_20220420.txt": "固定资",
    "e75_08_shayang_20181227.txt": "也是深入贯彻落实党的十九大",
}


def clean(name: str, raw: str) -> str:
    tail = TAIL.get(name)
    if tail:
        assert raw.endswith(tail), (name, raw[-40:])
        raw = raw[: -len(tail)]
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
    print("total", sum(len(t) for t in T.values()))
