"""Trim the stored copies (eval85_raw.RAW) to the article texts and write ../e85_*.txt.

DROP: whole lines removed (navigation, index boxes, share buttons, repeated titles). INLINE: stretches cut
inside a kept line. CUT: the page is cut by hand right after this text (the store's copy breaks off after
it; see ../SOURCES.md). Blank lines are dropped, indentation and trailing spaces stripped. No kept
sentence is edited.
"""
from pathlib import Path

from eval85_raw import RAW

HERE = Path(__file__).resolve().parent

_XZ_INDEX = ["• 无障碍", "• 长辈版",
             "您现在所在的位置: 网站首页> 政府信息公开首页 > 区政府> 经济和社会发展统计信息> 经济运行情况",
             "索引号: 11341703003249223T/202305-00030 组配分类: 经济运行情况",
             "发布机构: 宣州区统计局 主题分类: 国民经济管理、国有资产监管",
             "名称: 1-4月份宣州区经济运行情况 文号:", "生成日期: 2023-05-25 发布日期: 2023-05-25",
             "索引号: 11341703003249223T/202305-00030", "组配分类: 经济运行情况", "发布机构: 宣州区统计局",
             "主题分类: 国民经济管理、国有资产监管", "名称: 1-4月份宣州区经济运行情况", "文号:",
             "生成日期: 2023-05-25", "发布日期: 2023-05-25"]
_QC_INDEX = ["当前位置: 网站首页 > 政府信息公开 > 谯城区政府(办公室) > 政府新闻发布会实录",
             "索引号: 11341602003166647K/202505-00034 组配分类: 政府新闻发布会实录",
             "发布机构: 谯城区政府(办公室) 主题分类: 文化、广电、新闻出版",
             "名称: 谯城区举行2025年一季度全区经济运行简析新闻发布会 文号:",
             "发文日期: 2025-05-19 发布日期: 2025-05-19", "索引号: 11341602003166647K/202505-00034",
             "组配分类: 政府新闻发布会实录", "发布机构: 谯城区政府(办公室)", "主题分类: 文化、广电、新闻出版",
             "名称: 谯城区举行2025年一季度全区经济运行简析新闻发布会", "文号:", "发文日期: 2025-05-19",
             "发布日期: 2025-05-19"]

DROP = {
    "e85_02_xishan_20241111.txt": ["关于西山区第十七届人大三次会议第173169号建议答复的函"],
    "e85_03_guizhou_20230517.txt": ["图1 三次产业增加值及其增长速度"],
    "e85_04_shenyang_20060722.txt": ["新闻中心新浪首页 > 新闻中心 > 综合 > 正文"],
    "e85_05_henan_20230801.txt": ["河南晒上半年“成绩单” 经济运行稳中向好", "分享", "分享到", "分享到微信"],
    "e85_06_xuanzhou_20230525.txt": _XZ_INDEX,
    "e85_07_qiaocheng_20250519.txt": _QC_INDEX,
}
INLINE = {
    "e85_04_shenyang_20060722.txt": ["http://www.sina.com.cn "],
    "e85_06_xuanzhou_20230525.txt": [" 浏览次数: 字体:[ ]"],
    "e85_07_qiaocheng_20250519.txt": [" 浏览次数: 字体:[ ]"],
}
CUT = {
    "e85_02_xishan_20241111.txt": "感谢您对政府工作的关心和支持。",
    "e85_03_guizhou_20230517.txt": "自然增长率为3.71‰。",
    "e85_04_shenyang_20060722.txt": "因为日益突出资源优势而闪出亮点。",
    "e85_05_henan_20230801.txt": "支出进度达55.6%。",
    "e85_06_xuanzhou_20230525.txt": "累计拉动规上工业增加值增速7.8个百分点;",
    "e85_07_qiaocheng_20250519.txt": "完成建筑业总产值7.1亿元,同比增长8.8%。",
}


def trim(name: str, raw: str) -> str:
    if name in CUT:
        marker = CUT[name]
        assert raw.count(marker) == 1, (name, marker)
        raw = raw[: raw.index(marker) + len(marker)]
    for piece in INLINE.get(name, []):
        assert raw.count(piece) == 1, (name, piece)
        raw = raw.replace(piece, "")
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
