"""Trim the stored copies (eval93_raw.RAW) to the article texts and write ../e93_*.txt.

DROP: whole lines removed (breadcrumbs, posting lines, portal furniture, metadata rows). CUT: the page is
cut by hand right after this text (the store's copy breaks off, or only site furniture follows; see
../SOURCES.md). Blank lines are dropped, indentation and trailing spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval93_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e93_01_qujiang_20231218.txt": [
        "索引号: | 330803-015/2023-70720 | 组配分类: | 人大代表建议 |",
        "---|---|---|---|",
        "公开方式: | 主动公开 | 公开范围: | 面向全社会 |",
    ],
    "e93_02_fanchang_20090821.txt": [
        "当前位置: 首页 > 繁昌要闻 >正文",
        "2009-08-21 15:16:52",
        "稿件来源: 今日繁昌",
        "编辑: 繁昌新闻",
    ],
    "e93_03_shuangbai_20200520.txt": ["——2020年5月20日在双柏县第十七届人民代表大会第四次会议上"],
    "e93_04_qinzhou_20210706.txt": [
        "政府信息公开", "点击:", "【下载Word】", "【下载PDF】",
        "- 索引号: 20230407-233212-156", "- 主题分类:", "- 发布机构:", "- 发布时间: 2021-07-06",
        "- 标题: 对区八届人大六次会议第30号建议的答复", "甘公网安备:62050202000176号",
    ],
    "e93_05_neimenggu_20201021.txt": [
        "内蒙古信息港,打造内蒙古新闻资讯第一网!", "设为首页 广告联系", "内蒙古信息港_内蒙古新闻门户网",
        "热门关键词:", "热门TAG标签:",
    ],
    "e93_06_shaanxi_20210421.txt": ["网站首页 > 资讯频道 > 正文阅读", "2021-04-21 11:36  西北信息报"],
    "e93_07_liaoning_20231023.txt": ["当前位置: 首页 >动态要闻 >动态要闻"],
    "e93_08_hainan_20210421.txt": ["首页——正文 分享", "2021年04月21日 08:47  来源:海南日报  宋体"],
}

CUT = {
    "e93_05_neimenggu_20201021.txt": "增长面达63.4%,较上半年扩大7.3个百分点。",
    "e93_03_shuangbai_20200520.txt": "社会消费品零售总额13.54亿元,增长12%;",
    "e93_06_shaanxi_20210421.txt": "社会消费品零售总额增速居全国第10位,比去年全年前移11位。",
    "e93_07_liaoning_20231023.txt": "同比分别增长36.1%、20.0%、18.2%、15.7%。",
    "e93_08_hainan_20210421.txt": "分别拉动0.7和0.6个百分点;",
}


def trim(name: str, raw: str) -> str:
    if name in CUT:
        marker = CUT[name]
        assert raw.count(marker) == 1, (name, marker)
        raw = raw[: raw.index(marker) + len(marker)]
    drop = list(DROP.get(name, []))
    lines = []
    for line in raw.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s in drop:
            drop.remove(s)
            continue
        lines.append(s)
    assert not drop, (name, drop)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    total = 0
    for name, raw in RAW.items():
        text = trim(name, raw)
        (HERE.parent / name).write_bytes(text.encode("utf-8"))
        total += len(text)
        print(name, len(text))
    print("total", total)
