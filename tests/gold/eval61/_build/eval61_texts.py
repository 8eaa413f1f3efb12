# Page texts of eval61 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval61/_build/eval61_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval61_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the broken tails listed in INLINE cut from their kept line and, for the pages in CUT, everything
# after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval61_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e61_01_ganzhou_20260204.txt": [
        "政府工作报告 ——2026年1月27日在张掖市甘州区第十九届 人民代表大会第五次会议上",  # the page title (the report's title and subtitle repeat below)
        "| 索引号 | 620702001/2026-00010 | 发文字号 | |",  # index box
        "| 关键词 | 发布机构 | 政府办 | |",  # index box
        "| 公开形式 | 责任部门 | ||",  # index box
    ],
    "e61_02_hanbin_20250415.txt": [
        "索引号 | /2025-0000 | 公开目录: | 工作报告 |",  # index box
        "公开责任部门 | 公开形式: | 主动公开 | |",  # index box
    ],
    "e61_03_ziyang_20250502.txt": [
        "文件名称 紫阳县人民政府关于印发《紫阳县2025年国民经济和社会发展计划》的通知",  # index box (repeats the title)
        "索引号 zyxzfzyxzfbgs/2025-2193 公开目录: 规划计划",  # index box
        "公开责任部门 紫阳县政府办公室 公开形式: 主动公开",  # index box
        "内容概述 紫阳县人民政府关于印发《紫阳县2025年国民经济和社会发展计划》的通知",  # index box (repeats the title)
    ],
    "e61_04_wuxi_20250328.txt": [
        "您当前的位置:首页 >政务公开 >法定主动公开内容 >统计信息 >数据发布 >统计公报",  # breadcrumb
        "[ 索引号 ] | 11500238765945700N/2025-00006 | [ 发文字号 ] | |",  # index box
        "[ 主题分类 ] | 经济运行 | [ 体裁分类 ] | 统计分析 |",  # index box
        "[ 发布机构 ] | 巫溪县统计局 | [ 有效性 ] | |",  # index box
    ],
    "e61_08_yunyang_20221226.txt": [
        "• 微信",  # share buttons
        "• QQ空间",
        "• 微博",
        "• QQ好友",
    ],
}

# The first lines of a page dropped because the page prints them twice (its title and index box
# above the breadcrumb, then again below it): the first copy is dropped, the second kept.
HEAD = {
    "e61_04_wuxi_20250328.txt": 5,  # index box (4 rows) and title, repeated after the breadcrumb
}

# Broken tails cut from a kept line: (the stripped line's end, the stretch cut). The store breaks
# these lines off mid-sentence; the broken sentence (or clause) is cut.
INLINE = {
    "e61_01_ganzhou_20260204.txt": ["工业经济量质齐升,规上工业企业达到106户,规"],
    "e61_02_hanbin_20250415.txt": ["“24小时不打烊”政务服务自助专区建成"],
    "e61_03_ziyang_20250502.txt": [",主要污染物排放和节"],
    "e61_04_wuxi_20250328.txt": [";人口自然增长"],
    "e61_06_chongxin_20171122.txt": ["受项目建设用地、资金和前期审批手续等因素影响,有38个项目未入"],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e61_05_mizhi_20220317.txt": "大会结束后,县政协提案委员会将及时把立案的提案转交有关承办部门单位办理。对未予立案的提案,将以委员来信的方式转送有关部门研究参考。",
    "e61_07_longxian_20250728.txt": "接下来,陇县将锚定建设“陕甘毗邻地区区域中心城市”目标,重点打造全国奶山羊产业高地和西北生态文旅目的地,力争到2030年实现经济总量翻番,推动县域综合实力进入宝鸡市第一方阵。",
    "e61_08_yunyang_20221226.txt": "为实现发展目标,郧阳区将以创新发展为路径,加快汽车及零部件产业转型,推动动力电池产业平稳增长,硅材料产业开新篇,力争全年实现规上工业总产值570亿元;以夯基赋能为关键,用心用情助企纾困,纵深挖潜稳增长,提升镇域经济贡献度;以落地见效为追求,压茬推进攻项目。同时,通过发展联农带农富农产业,推进生态环境治理,增进民生福祉,深化机制创新等举措,奋力谱写全面建设社会主义现代化国家郧阳篇章。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    lines = [line for line in lines if line]
    lines = lines[HEAD.get(name, 0):]
    kept = [line for line in lines if line not in drop]
    for tail in INLINE.get(name, []):
        hits = [i for i, line in enumerate(kept) if line.endswith(tail)]
        assert len(hits) == 1, (name, tail)
        kept[hits[0]] = kept[hits[0]][: -len(tail)]
    if name in CUT:
        assert kept.count(CUT[name]) == 1, (name, CUT[name])
        kept = kept[: kept.index(CUT[name]) + 1]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
    print("total", sum(len(t) for t in T.values()))
