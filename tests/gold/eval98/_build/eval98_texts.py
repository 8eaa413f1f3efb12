"""Trim the stored copies (eval98_raw.RAW) to the article texts and write ../e98_*.txt.

DROP: whole lines removed (site furniture: navigation, index boxes, a date widget). CUT: the page is cut by hand
right after this text (the store's copy breaks off inside a sentence after it, or only furniture follows; see
../SOURCES.md). Blank lines are dropped, indentation and trailing spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval98_raw import RAW

HERE = Path(__file__).resolve().parent

DROP: dict[str, list[str]] = {
    "e98_01_zijin_20200618.txt": ["会员登录  新用户注册 退出", "公文搜网 - 蓝秘书公文之家",
                                   "您现在的位置是: 首页 > 专题材料 > 政府报告", "政府报告"],
    "e98_04_cangxian_20170704.txt": ["My JSP 'header.jsp' starting page", "2018年8月21日 星期二", "智能检索",
                                      "您现在的位置: 首页沧州市人民政府办公室信息公开详细页面"],
    "e98_05_cangxi_20231025.txt": ["政府信息公开"],
    "e98_07_banan_20230727.txt": ["首页>政务公开>政府信息公开目录>建议提案办理>人大代表建议办理"],
    "e98_08_tongliang_20240626.txt": ["您当前的位置:首页 >法定主动公开内容 >其他法定信息 >其他信息",
                                       "• 11500224745325555K/2024-00106", "• 铜农委函〔2024〕85号",
                                       "• 农业、畜牧业、渔业", "• 人大建议办理", "• 铜梁区农业农村委",
                                       "• 铜农委函〔2024〕85号", "• 2024-06-26", "• 2024-06-26", "A"],
}

CUT = {
    "e98_01_zijin_20200618.txt": "成投产项目10个。",
    "e98_02_gucheng_20201223.txt": "收入35867元,年均增长7.7%;",
    "e98_04_cangxian_20170704.txt": "抄报:县政府督查室、县政协祖提法委员会",
    "e98_05_cangxi_20231025.txt": "逐年分批完成整改修复。",
    "e98_06_fanchang_20230811.txt": "完成企业所得税0.83亿元,下降57.3%。",
    "e98_07_banan_20230727.txt": "东温泉镇小桥村、鱼池村。",
    "e98_08_tongliang_20240626.txt": "切实发挥示范带动作用。",
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
