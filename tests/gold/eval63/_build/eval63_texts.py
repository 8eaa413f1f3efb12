# Page texts of eval63 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval63/_build/eval63_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval63_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture or of a broken clause inside a kept line listed in INLINE cut from it
# and, for the pages in CUT, everything after the given line dropped (see ../SOURCES.md); no kept
# sentence is edited.
from pathlib import Path

from eval63_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e63_03_keyouqianqi_20240312.txt": [
        "分享",  # share tool
        "下载本页 打印",  # download and print tools
    ],
    "e63_04_keshiketeng_20240128.txt": [
        "第一版:1总第278期 >2024-01-28编印",  # the e-paper's page line (版次, issue number): page furniture
        "人大开幕.JPG",  # an image's file name
        "讲话.JPG",  # an image's file name
    ],
    "e63_06_wenxian_20241205.txt": [
        "繁体 | 简体 | 进入关怀版 | 无障碍",  # site tools
        "分享到:",  # share tool
    ],
}

# Stretches cut inside a kept line: (the stripped line, the stretch cut, "head" or "tail").
INLINE = {
    "e63_02_wuhua_20180428.txt": [
        # the store breaks off in this clause: the broken clause is cut
        ("1-3月全区累计实现一般公共预算收入10.08亿元,同比增长29.44%。其中:税收收入实现9.32亿元,同比增长47.63%,"
         "非税收入实现0.76亿元,同比下降48.36%。一般公共预算支出10.67亿元,", "一般公共预算支出10.67亿元,", "tail"),
    ],
    "e63_03_keyouqianqi_20240312.txt": [
        ("来源:科右前旗 作者:科右前旗政务 发布时间:2024-03-12 15:58 浏览次数:", " 浏览次数:", "tail"),  # an empty view counter
        # the store breaks off in `,科`: the broken clause is cut
        ("——强农兴牧绘出新篇章。乡村振兴扎实推进。坚决守住不发生规模性返贫底线,消除返贫致贫风险1531人;严格落实助农增收"
         "“六大举措”,2.2万脱贫人口人均纯收入19701元;争取各级衔接资金3.64亿元,实施项目109个,京蒙帮扶和中央单位定点帮扶"
         "成效显著;生态循环设施产业园等41个项目进展顺利,科", ",科", "tail"),
    ],
    "e63_04_keshiketeng_20240128.txt": [
        ("刊发日期:2024-01-28 阅读次数: 作者:  语音阅读:", " 阅读次数: 作者:  语音阅读:", "tail"),  # empty counters and a reading tool
    ],
    "e63_07_xianggelila_20240301.txt": [
        # the store breaks off in the last sentence (`…香格里拉新篇`): that broken sentence is cut
        ("报告指出,2023年,是全面贯彻党的二十大精神的开局之年,也是省委“3815”战略发展目标“三年上台阶”的第一年。在习近平新时代"
         "中国特色社会主义思想指引下,在州委、州政府和市委的有力领导下,在市人大和市政协的监督支持下,我们全面贯彻落实党的二十大"
         "精神,深入开展主题教育,团结带领全市干部群众,紧盯稳定、发展、生态、边疆稳固“四件大事”,围绕“三个着力”,统筹推进"
         "“十大工程”,全力破解“五大难题”,难中求进、干中求进、变中求进、稳中求进,经济持续恢复向好,发展质量稳步提升。2023年,"
         "实现地区生产总值186.2亿元,增长1.2%;完成固定资产投资87.9亿元;规模以上工业增加值增长5.3%。报告提出,2024年我市要坚持"
         "以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神、二十届二中全会精神,深入学习贯彻习近平总书记考察云南"
         "重要讲话精神和新时代党的治藏方略,认真贯彻落实省委十一届五次全会精神、州委九届六次全会精神和市委三届六次全会精神,紧扣"
         "省委“3815”战略发展目标和“守底线、稳支撑、增动力、上台阶”的经济工作要求,围绕“三个着力”目标要求,以稳定确保发展、"
         "以发展促进稳定,持续破解“五大难题”、推进“十大工程”,加快建设富裕文明、团结和谐、美丽幸福香格里拉,奋力谱写中国式"
         "现代化香格里拉新篇",
         "报告提出,2024年我市要坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神、二十届二中全会精神,深入"
         "学习贯彻习近平总书记考察云南重要讲话精神和新时代党的治藏方略,认真贯彻落实省委十一届五次全会精神、州委九届六次全会精神"
         "和市委三届六次全会精神,紧扣省委“3815”战略发展目标和“守底线、稳支撑、增动力、上台阶”的经济工作要求,围绕“三个着力”"
         "目标要求,以稳定确保发展、以发展促进稳定,持续破解“五大难题”、推进“十大工程”,加快建设富裕文明、团结和谐、美丽幸福"
         "香格里拉,奋力谱写中国式现代化香格里拉新篇", "tail"),
    ],
}

INLINE["e63_08_daning_20240311.txt"] = [
    # the store breaks off in `…成功举办多场品牌`: that broken sentence is cut
    ("一年来,我们全力以赴抓产业、上项目,以三次产业的协同推进积蓄高质量发展的后发优势。“特”“优”农业发展迈出新步伐,全县"
     "“宁脆”苹果种植规模达到2万亩,与山西农大共建全省首个苹果产业研究院,全市规模最大、功能齐全的水果供应链基地建成投用。"
     "在上海、三亚等地成功举办多场品牌", "在上海、三亚等地成功举办多场品牌", "tail"),
]

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    # the store breaks off in section 四 (`四、货物进出口增速较快` / `1-7`)
    "e63_01_qiongzhong_20240830.txt": "(二)旅游市场增势平稳。1-7月,全县接待游客总数83.24万人次,同比增长8.79%,累计增速在全省排名第11。其中,过夜游客35.61万人次,同比增长2.65%,累计增速在全省排名第16;一日游游客47.63万人次,同比增长13.85%,累计增速在全省排名第9。全县游客总花费为5.00亿元,同比增长11.28%。其中,过夜游客花费3.60亿元,同比增长7.24%;一日游游客花费1.40亿元,同比增长23.09%。",
    # the store breaks off in the next paragraph (`张启从七个方面回顾了过去一年政府的主`)
    "e63_04_keshiketeng_20240128.txt": "张启指出,2023年是全面贯彻落实党的二十大精神的开局之年,是三年新冠疫情防控向经济恢复发展的转段之年。一年来,在旗委的坚强领导下,在旗人大、政协的监督支持下,旗人民政府坚持以习近平新时代中国特色社会主义思想为指导,以铸牢中华民族共同体意识为主线,聚焦办好“两件大事”,砥砺奋进、攻坚克难,较好地完成了年初各项既定目标任务。",
    # the store breaks off in the first heading of the review (`(一)全力以赴促`)
    "e63_05_xicheng_20230104.txt": "一年来,按照政府工作报告和计划报告的工作部署,主要做了以下工作。",
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
