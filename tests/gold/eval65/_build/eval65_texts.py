# Page texts of eval65 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval65/_build/eval65_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval65_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed
# and, for the pages in CUT, everything after the given line dropped (see ../SOURCES.md); no kept
# sentence is edited.
from pathlib import Path

from eval65_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e65_01_shimian_20210318.txt": [
        "雅安",  # the portal's channel name
        "新浪四川>雅安 >正文",  # breadcrumb
    ],
    "e65_02_tianquan_20230215.txt": [
        "(资料图片)",  # a photo label
        "天全县第十七届人民代表大会第二次会议现场",  # a photo caption
    ],
    "e65_03_wujin_20181016.txt": [
        "您当前的位置:首页> 政务公开> 重点领域> 统计信息> 数据解读> 内容",  # breadcrumb
    ],
    "e65_05_xinxiang_20220128.txt": [
        "• 主管:河南广播电视台   主办:河南电影电视制作集团",  # the portal's masthead
        "• 设为首页",  # navigation
        "• 河南县域经济网",  # the portal's name
        "城市新闻:",  # a column label
        "首页 > 新乡 > 正文",  # breadcrumb
    ],
    "e65_06_wuxuan_20220120.txt": [
        '广西广播电视台综合广播">',  # a broken HTML attribute left by the store
    ],
    "e65_07_yihuang_20230116.txt": [
        "导航菜单",  # navigation
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e65_05_xinxiang_20220128.txt": "再看固定资产投资,全市这一增速为12.1%,高于全省水平7.6个百分点。各县(市、区)中,延津县以18.4%的增速夺冠,获嘉县、原阳县增速均为18%,并列第2位。紧跟的是高新区,为16.8%。新乡县与平原示范区一样,增速都是16%,并列第5位。卫滨区与凤泉区增速为15%,并列第7位。这体现出各地都在暗自下劲,呈现出你追我赶、百舸争流的竞相发展局面。",
    "e65_07_yihuang_20230116.txt": "刚刚过去的2022年,是极为特殊、极为不易、极为艰难的一年,也是宜黄工作的突破之年。我们坚持以习近平新时代中国特色社会主义思想为指导,以喜迎党的二十大召开和学习宣传贯彻党的二十大精神为主线,坚决落实疫情要防住、经济要稳住、发展要安全的重要要求,克服了宏观经济下行、疫情散发多发和极端高温干旱等多重超预期因素影响,扎实做好稳增长、防风险、保稳定、惠民生各项工作,全县经济社会发展取得了明显成效。先后获评“国家杂交水稻制种大县”“全国自然资源节约集约示范县”“全国水旱灾害防御先进集体”“全国典型地区再生水利用配置试点城市”“江西省卫生县”“江西省碳达峰试点城市”“江西省首批革命文物保护利用示范县”“全省深化小型水库管理体制改革达标县”“省级两化融合1示范园区”等称号。特别令人振奋的是,三名宇航员搭载神舟十五号飞船为国出征,取得圆满成功,宜黄骄子邓清明名列其中,他坚持“宁可备而无用,决不用而无备”,备战25年终于圆梦九天,他特别能吃苦、特别能战斗、特别能攻关、特别能奉献的载人航天精神必将激励全县广大干部群众在建设美丽幸福宜黄新征程上砥砺奋进,逐梦前行。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
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
