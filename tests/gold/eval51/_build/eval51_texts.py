# Page texts of eval51 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval51/_build/eval51_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval51_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture inside a kept line listed in INLINE cut from it and, for the pages
# in CUT, everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval51_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e51_01_hanyin_20190423.txt": [
        "索引号 | xzfgzbmtjj/2019-0004 | 公开目录: | 统计信息 |",  # the open-government index row
    ],
    "e51_02_haiyan_20240627.txt": [
        "索引号: 113304240025560293/2024-77787 成文日期: 2024-06-27",  # index box (its date is repeated below)
        "文件编号: 组配分类: 建议提案",  # index box
        "发布机构: 海盐县农业农村局 有效性:",  # index box
        "• 浏览次数:",  # an empty view counter
        "• 打印",  # print tool
    ],
    "e51_03_yongjia_20241009.txt": [
        "您现在的位置:首页",  # breadcrumb
        "> 基本信息公开  > 建议提案  > 建议提案",  # breadcrumb
        "索引号 001008003014074/2024-312830 主题分类 农业、畜牧业、渔业",  # index box
        "组配分类 建议提案 发布机构 县农业农村局",  # index box
    ],
    "e51_06_yandu_20070108.txt": [
        "云报平台",  # the e-paper platform's name
        "这已经是最后一期了哦!",  # the platform's pop-up
        "我知道了",  # the pop-up's button
        "内容详情",  # the platform's label
        "2007年01月08日",  # the e-paper's issue date above the headlines (page furniture, as eval50's 宝丰 header)
    ],
    "e51_07_panxian_20150828.txt": [
        "返回首页",  # navigation
        "文章检索",  # search box
        "关键字: 标 题: 作 者:",  # search box
        "3721期 本期18288版 当前B1 上一版   下一版",  # the e-paper's issue and page navigation
    ],
}

# Furniture inside a kept line: (the stripped line, the stretch cut, "head" or "tail").
INLINE = {
    "e51_07_panxian_20150828.txt": [
        ("正文 发布时间:2015-08-28", "正文 ", "head"),  # the e-paper's tab label
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e51_04_longhui_20250218.txt": "县委副书记、县长杨韶辉代表隆回县人民政府向大会作政府工作报告。报告分三个部分:2024年工作回顾、2025年经济社会发展的目标要求和重点工作、加强政府自身建设。",
    "e51_05_zhaoping_20250409.txt": "周强指出,一年来,我们做优产业提质效,转型步伐不断加快;狠抓项目稳投资,发展后劲不断增强;统筹城乡优生态,人居环境不断改善;聚焦民生强保障,百姓福祉不断提升;对标先进谋发展,创先成果不断涌现。我们扎实推动各项政策落地见效,加快优化特色产业转型升级,持续深化重点领域改革创新,统筹抓好乡村振兴全面发展,科学推进社会事业不断改善,全力维护社会大局和谐稳定。",
    "e51_06_yandu_20070108.txt": "崔浩从五个方面对去年的政府工作作了回顾:一是经济保持高位运行,综合实力迈上新台阶;二是项目推进成果不断扩大,持续发展增添新后劲;三是改革开放步伐明显加快,创新创业激发新活力;四是基础设施投入继续加大,城乡建设展示新面貌; 五是经济社会协调发展,和谐盐都建设呈现新气象。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for whole, cut, end in INLINE.get(name, []):
        assert kept.count(whole) == 1, (name, whole)
        if end == "head":
            assert whole.startswith(cut), (name, whole)
            kept[kept.index(whole)] = whole[len(cut):]
        else:
            assert whole.endswith(cut), (name, whole)
            kept[kept.index(whole)] = whole[: -len(cut)]
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
