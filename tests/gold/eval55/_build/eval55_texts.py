# Page texts of eval55 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval55/_build/eval55_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval55_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches listed in INLINE cut from a kept line (a broken last sentence where the store breaks
# off mid-sentence, or the store's own `...`) and, for the pages in CUT, everything after the given
# line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval55_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e55_03_yueyang_20200803.txt": [
        "浏览量:1 | | | |",  # view counter and share buttons
    ],
    "e55_06_hainan_20240419.txt": [
        "新闻发布会(央广网记者 索迪 摄)",  # a photo's caption
    ],
    "e55_08_zhenkang_20251216.txt": [
        "政府信息公开",  # section label
        "(县农业农村局)",  # section label
        "索引号",  # index box
        "zkx_nyncj/2025-00019",  # index box
        "发布机构",  # index box
        "县农业农村局",  # index box
        "文  号",  # index box (empty)
        "日期",  # index box label (its value, 2025-12-16, is kept as the page's date line)
        "浏览:301次 字体:【",  # view counter and font tool
    ],
}

# Stretches cut at the end of a kept line: (the kept line's end, enough to find it once; the stretch cut, "tail").
INLINE = {
    "e55_02_chayouhouqi_20230115.txt": [
        ("产业结构加快升级。农牧业稳产提质。制定17项抗旱救灾措施,发放各类惠农补贴资金1.3亿元,有效防范耕地撂荒。新建高标准农田7.4万亩,实施农机深松项目11.6万亩,超额完成年度粮播任务和大豆油料扩种任务。投资12.6亿元3万头和1.2万头奶牛养殖项目成功获批,“奶酪小镇”一期工程主体完工,“奶业振兴”取得重大成效。有序开展兽医社会化服务试点工作,代表自治区高分通过国家春防检查。当郎忽洞苏木获批国家级农业产业强镇。工业经济持续增强。实施3000万元以上重点工业项目12个。新增规上工业企业8家,",
         "新增规上工业企业8家,", "tail"),  # the store breaks off in this sentence
    ],
    "e55_03_yueyang_20200803.txt": [
        ("五、城乡居民收入同比增长3.6%、5.7%。1-6月,全县全体居民人均可支配收入13120元,同比增长4.6%;实现城镇居民人均可支配收入16919元,同比增长3.6%;农村居民人均可支配收入10153元",
         "1-6月,全县全体居民人均可支配收入13120元,同比增长4.6%;实现城镇居民人均可支配收入16919元,同比增长3.6%;农村居民人均可支配收入10153元", "tail"),  # the store breaks off in this sentence
    ],
    "e55_04_hexi_20240117.txt": [
        ("一年来,我们认真落实全市推动高质量发展“十项行动”和全区“1 10”实施方案,抓发展促发展的共识不断凝聚,积极因素不断转化为现实生产力,为推动高质量发展打下坚实基础。京津冀协同发展走深走实,紧紧围绕协同创新和产业协作打造全域黄金承载地,市场化引进北京资源在津落地项目总投资42.6亿元。产业发展提质增效,以“五大五小”产业为支撑的服务业增加值占地区生产总值超94%,新增纳统企业210家,“四上”企业总数达1402家。科教兴区人才强区步伐加快,发布“创新河西青苗计划”,出台“人才服务政策16条”,科技进步贡献",
         "科教兴区人才强区步伐加快,发布“创新河西青苗计划”,出台“人才服务政策16条”,科技进步贡献", "tail"),  # the store breaks off in this sentence
    ],
    "e55_06_hainan_20240419.txt": [
        ("三是对外开放蓬勃兴起,步伐加快。今年2月,扩大59国人员免签入境事由政策正",
         "今年2月,扩大59国人员免签入境事由政策正", "tail"),  # the store breaks off in this sentence
    ],
    "e55_07_jingyuan_20190620.txt": [
        ("白银日报 2019-06-20 01:00 大字", " 大字", "tail"),  # the site's font-size tool
    ],
    "e55_05_haixi_20260207.txt": [
        ("设、装备制造多点开花,新能源并网装机占青海省的47.4%,在该省率先实现新能源装机和发电量占 比\"双主体\"。 ...",
         " ...", "tail"),  # the store's mark of a cut excerpt
    ],
}

# Pages cut short by hand: everything after this kept line is dropped.
CUT = {
    # after the story: the site's tag, its "news recommended" box (another story's teaser) and its blurb
    "e55_07_jingyuan_20190620.txt": "靖远讯 (特约通讯员冯文强)近年来,靖远县紧紧围绕“产业质变、实力前移”的发展目标,始终把打造特色优势产业、发展壮大县域经济作为富民强县的有力抓手,深入实施“农业稳县、工业强县、文旅活县”战略,抢抓全国农村产业融合发展试点示范县机遇,加快推进工业转型、文旅商贸、现代农业建设,完成了三次产业良好布局。今年,全县计划实施重点项目82项,总投资121.9亿元,年度计划完成投资28.4亿元。其中:新建项目52项,总投资62.62亿元,年度计划完成投资13.84亿元;续建项目30项,总投资52.28亿元,年度计划完成投资14.56亿元。截至目前,续建30个,开工29个,完成投资3.11亿元;新建52个,开工20个,开工率38.46%,完成投资1.95亿元。",
    "e55_08_zhenkang_20251216.txt": "通过主动与代表沟通联系,于2025年5月8日与杨文强代表进行面商,充分听取意见建议,了解代表真实意愿,通过与发改、交通、勐捧镇等部门沟通对接,形成初步答复意见,2025年12月3日,再次和杨文强代表面对面协商确认,形成建议办理意见。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for tail, cut, end in INLINE.get(name, []):
        assert end == "tail" and tail.endswith(cut), (name, tail)
        hits = [i for i, line in enumerate(kept) if line.endswith(tail)]
        assert len(hits) == 1, (name, tail)
        kept[hits[0]] = kept[hits[0]][: -len(cut)]
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
