# Page texts of eval56 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval56/_build/eval56_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval56_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture inside a kept line listed in INLINE cut from it and, for the pages
# in CUT, everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval56_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e56_05_yinchuan_20230726.txt": [
        "(资料图)",  # a photo's caption placeholder
    ],
    "e56_06_wuqia_20240823.txt": [
        "1. 当前位置:",  # breadcrumb
        "2. 首页 > 政务公开 > 乌恰县人民政府 > 政协提案",  # breadcrumb
        "3. > 正文",  # breadcrumb
        "索  引  号 K45899617/2024-02340 主题分类",  # index box
        "名        称 关于对乌恰县政协第十七届第四次会议(经济建设类1号总第1号)提案的答复",  # index box (repeats the title)
        "文        号 〔〕号 有  效  性",  # index box (empty)
        "来        源 乌恰县畜牧兽医局",  # index box
        "感谢对我县畜牧业工作的关注和支持,欢迎今后对局工作",  # the store breaks off in this closing line
    ],
    "e56_07_jilin_20240419.txt": [
        "吉报头条",  # the site's channel menu
        "重要新闻",
        "国内新闻",
        "国际新闻",
        "图片精选",
    ],
    "e56_08_tuoli_20231114.txt": [
        "2025年05月03日 星期六 |",  # the site's date-of-viewing widget (page furniture, not the page's date)
        "图一  三次产业结构饼状图",  # a chart's caption (the chart is not in the copy)
    ],
}

# Furniture or a broken-off sentence at the end of a kept line:
# (a stretch that identifies the line, the stretch cut, "head" or "tail").
INLINE = {
    "e56_02_huangzhong_20180312.txt": [
        ("让发展成果更多地惠及城乡群众。", "全面加强政府", "tail"),  # the store breaks off in this sentence
        ("来源:西宁晚报", "    浏览量:", "tail"),  # an empty view counter
    ],
    "e56_03_beijing_20251217.txt": [
        ("纯商品住宅销售面积增长6.4%。", "(下转第3版)", "tail"),  # the paper's jump line to page 3
    ],
    "e56_05_yinchuan_20230726.txt": [
        ("国有经济投资增长48.8%", "项目投资增长13.2%,高于房地", "tail"),  # the store breaks off in this sentence
    ],
    "e56_07_jilin_20240419.txt": [
        ("全省规模以上工业增加值同比增长10.4%。",
         "重点产业彰显引领作用,信息产业增加值实现42.4%的高速增长,冶金建材、纺织工业、医药产业、汽车制造业、石油化",
         "tail"),  # the store breaks off in this sentence
    ],
    "e56_08_tuoli_20231114.txt": [
        ("日期:2023-11-14 20:39:58", " 点击:", "tail"),  # an empty click counter
    ],
}

# Pages cut by hand after the given (stripped) line: what follows breaks off or is a table.
CUT = {
    "e56_01_beipiao_20181222.txt": "平台建设优化提升。经济开发区施可丰复合肥二期、华兴万达轮胎三期、驰程汽配、武荣阀门等项目竣工投产,腾翔汽摩配产业园、嘉兴温州产业园、晟发岩棉等项目加快推进。开工建设标准化厂房31万平方米,宝三线、滨河西路、园区污水处理厂等基础设施项目有序实施;农产品加工园区爱康纺织、五丰三期、佳佳杂粮蔬菜深加工、宏发肉鸡孵化研发基地等项目完成主体工程;五间房新市镇新建桃花公园14.4万平方米,打造宜居示范村1处;南山中心商贸集聚区毓水胜棠苑、大唐融合服务外包、移联网信物流共享仓、百纳溪乡村超市等项目顺利入驻;大黑山景区玻璃栈道、人工湖拦水坝、索道站广场等工程全部竣工;天鹅湖景区环湖生态工程、大板镇龙溪谷扶贫休闲旅游项目取得阶段性进展。",
    "e56_04_changning_20210705.txt": "总体上看,今年区十六届人大六次会议期间代表建议聚焦民生热点,彰显人民意愿。代表们广泛收集民意、充分集中民智,在会议期间提出了一批围绕中心、贴合实际的意见建议。这些建议紧扣国际精品城区建设、营商环境优化、数字化转型、重点产业发展等区域中心工作,切实回应了群众对美好生活的向往和对政府工作的更高要求。区府办、区人大代表工作室及各承办单位加强统筹协调,提升办理质效。代表建议解决采纳率较2020年(85.89%)提高6.65个百分点。一批指向精准、可行性强的建议转化为政府各职能部门的具体政策和工作举措,一批群众关注、代表关心的民生实际问题得到有效解决。",
    "e56_08_tuoli_20231114.txt": "(一)大农业情况。2023年全县农作物总播种55.06万亩,同比增长3.1%。小麦种植9.18万亩,同比下降3.67%;玉米种植30.26万亩,同比增长7.88%;鹰嘴豆种植1.26万亩,同比增长800%;棉花种植1.96万亩,与上年持平;油料作物种植1.45万亩,同比增长27.2%;食葵种植5.43万亩,同比增长47.96%;籽用葫芦种植0.68万亩,同比增长54.54%。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for key, cut, end in INLINE.get(name, []):
        hits = [i for i, line in enumerate(kept) if key in line]
        assert len(hits) == 1, (name, key)
        whole = kept[hits[0]]
        if end == "head":
            assert whole.startswith(cut), (name, whole)
            kept[hits[0]] = whole[len(cut):]
        else:
            assert whole.endswith(cut), (name, whole)
            kept[hits[0]] = whole[: -len(cut)].rstrip()
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
