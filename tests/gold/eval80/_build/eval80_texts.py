# Page texts of eval80 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval80/_build/eval80_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval80_raw.py as the store returned them. Here blank lines are dropped,
# indentation and trailing spaces stripped, the navigation lines listed in DROP removed, the stretches
# listed in INLINE cut from the end of the one kept line that ends with them (a fragment where the store
# breaks off, or a page counter) and, for the pages in CUT, everything after the given line dropped
# (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval80_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e80_02_wushan_20220625.txt": [
        "您当前的位置:首页>政务公开>建议提案办理>建议提案办理>人大代表建议办理",  # breadcrumb
        "字号:",  # page tools
        "分享:",
        "打印:",
    ],
    "e80_04_shaanxi_20220720.txt": [
        "陕西",  # the site's channel name
        "陕西 > 资讯 > 正文",  # breadcrumb
        "新闻发布会现场",  # photo captions (twice)
        "全省生产总值季度累计增长速度表",  # chart captions (twice)
    ],
    "e80_05_changan_20250206.txt": [
        "产业招商/厂房土地租售:400 0123 021",  # the agency's advertisement under the story
        "或微信/手机:13524678515; 13564686846; 13391219793",
        "请说明您的需求、用途、税收、公司、联系人、",
    ],
}

# A fragment cut from the end of the one kept line that ends with it.
INLINE = {
    "e80_02_wushan_20220625.txt": ["在乡镇层面,通过农村广播、告知书、宣传"],  # the store breaks off
    "e80_04_shaanxi_20220720.txt": ["从三大门类看,上半年规上采矿业同比增长9.9%,制造业增长8.5%,电力、热力、"],  # the store breaks off
    "e80_06_jinxian_20230106.txt": ["在全市率先成立"],  # the store breaks off
    "e80_07_qinghai_20200723.txt": [" 点击数:"],  # the site's page counter, empty
    "e80_08_tianjin_20201023.txt": ["三季度,规模以上工业"],  # the store breaks off
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e80_07_qinghai_20200723.txt": "今年以来,全省种植业生产平稳,畜牧业总体向好,粮食作物播种面积同比增长4.8%,经济作物种植面积增长0.8%,全省猪牛羊禽肉产量10.94万吨,增长7.6%。全省规模以上工业增加值同比由一季度下降0.3%转为增长1.3%,当月增速由2月下降6.5%转为6月增长3.8%,增速提高10.3个百分点。全省固定资产投资比上年同期增长2.9%,增速比1至2月、一季度分别提高4.9和0.3个百分点,项目开复工率进一步提高,基础设施投资增长加快,亿元及以上新开工项目投资拉动力强,房地产开发投资保持增长。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for cut in INLINE.get(name, []):
        ends = [i for i, line in enumerate(kept) if line.endswith(cut)]
        assert len(ends) == 1, (name, cut)
        kept[ends[0]] = kept[ends[0]][: -len(cut)]
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
