# Page texts of eval60 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval60/_build/eval60_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval60_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture (or of a sentence the store broke off) inside a kept line listed in INLINE
# cut from it and, for the pages in CUT, everything after the given line dropped (see ../SOURCES.md);
# no kept sentence is edited.
from pathlib import Path

from eval60_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e60_02_luannan_20240424.txt": [
        "滦南县人民政府",  # the site's name above the breadcrumb
        "您现在的位置:首页 > 法定主动公开内容 > 政府报告",  # breadcrumb
        "【字体: 】",  # font-size tool
        "分享至:",  # share tool
    ],
    "e60_03_qianjiang_20220812.txt": [],  # the title's first copy is dropped in clean() (see DUP_TITLE)
    "e60_04_jiexiu_20220511.txt": [
        "• 手机下载",  # app link
        "• 微信关注",  # WeChat link
        "当前位置: 县区>介休",  # breadcrumb
    ],
    "e60_05_gaoqing_20210526.txt": [
        "• 答复内容",  # tab label
        "• 建议内容",  # tab label
    ],
    "e60_06_shanting_20211109.txt": [
        "- 索 引 号:370406/2021-00143",  # index box
        "- 主题分类:区级建议提案办理总体情况",  # index box
        "- 文 号:无",  # index box
        "- 标 题:【建议提案办理总体情况】2021年度山亭区农业农村局人大代表建议、政协委员提案办理情况",  # index box (the title is repeated below)
        "- 效力状态:有效",  # index box
    ],
    "e60_08_linxian_20050118.txt": [
        "---|---|---|---|---|---|---|---|---|",  # table rule of the copy
        "(来源:山西新闻网 山西日报 网络编辑:张清兰) | ||||||||",  # the copy's source and editor line
    ],
}

# The browser title repeated above the article's own title: the first of two equal lines is dropped.
DUP_TITLE = {
    "e60_03_qianjiang_20220812.txt": "2022年上半年黔江区经济运行情况",
}

# Furniture inside a kept line, or the broken-off tail of a last paragraph: (the stripped line, the stretch cut, "tail").
INLINE = {
    "e60_02_luannan_20240424.txt": [
        ("这一年,是逆势崛起、赶超跨越的一年,我们顶住经济下行压力,不为困难所惧、不为艰难所阻,在困境中寻突破,在发展中强信心,保持了各项事业良好发展势头。这一年,是拼搏奋进、屡创佳绩的一年。前三季度经济发展绩效考核全市第四,固定资产投资增速全市第一,开发区绩效考核全省同类开发区第四,经济发展势头愈发强劲。这一年,是披荆斩棘、开拓创新的一年。嘴东园区获批自贸区联动创新区,两次写入市委全会报告。工业固废处理形成专利87项,参编国家标准1项、CECS团体标准5项。省级专精",
         "省级专精", "tail"),  # the store breaks off here
    ],
    "e60_06_shanting_20211109.txt": [
        ("区农业农村局在区委、区政府的坚强领导下,在区人大、区政协的监督指导和关心支持下,结合自身职能,把提案办理作为推动我区农业农村发展改革的动力, 将建议、提案办理工作列入重要议事日程,摆在优先突出位置,局主要领导亲自挂帅、分管领导靠上组织协调、法规股督导调度、各业务科室具体办理,形成了主要领导负总责、分管领导直接抓、承办科室具体办的三级责任制。 专门召开党组会议,要求提高政治站位,强化办理好建议的责任意识、担当意识,并确保办理满意。主要负责同志召开全局业务股室负责人会议,专题部署2021年度建议办理工作。会议进一步统一了思想,把做好建议办理工作作为我局",
         "会议进一步统一了思想,把做好建议办理工作作为我局", "tail"),  # the store breaks off here
    ],
    "e60_08_linxian_20050118.txt": [
        ("聚焦村村通:临县通了致富路 | ||||||||", " | ||||||||", "tail"),  # table residue
        ("http://www.sina.com.cn 2005年01月18日03:37 山西日报 | ||||||||", " | ||||||||", "tail"),  # table residue
        ("本报讯(记者薛锁明 通讯员刘生锋)目前仍处于贫困状态下的临县人民,去年克服重重困难,为村村通(水泥)油路建设写下辉煌一笔。到去年12月底,该县多方筹资1.1亿元,完成“村村通”工程396公里,占到了吕梁市下达任务120公里的330%,再次奏响了一曲令人振奋的穷县修大路的壮丽凯歌。 去年初,该县县委、县政府把实施村村通(水泥)油路工程作为考验全县干部执政能",
         " 去年初,该县县委、县政府把实施村村通(水泥)油路工程作为考验全县干部执政能", "tail"),  # the copy breaks off here
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (the store's next line breaks off).
CUT = {
    "e60_01_jingan_20250228.txt": "——2024年是承压奋进、担当实干的一年。积极应对经济下行压力,面对市场需求不足、企业经营困难等各种风险挑战,县委带领我们迎难而上,精准施策,以实际行动践行小县大作为的勇毅担当,强化经济运行监测分析,制定出台服务市场主体发展18条措施,保持经济平稳增长,GDP增长6.0%,首次突破百亿元大关,达到100.6亿元,顺利实现“百亿梦”;规模以上工业增加值增长10.8%,固定资产投资增长5.5%,社会消费品零售总额增长5.9%。纳入省、市调度的63个重大项目,累计完成投资103.2亿元,占全年投资计划的107%。投资84.6亿元的洪屏电站二期建设进展顺利,并与云水自然界一道纳入全省示范引领重大项目范畴。投资10亿元的香氛产业园开工建设。华东地区户外规模最大的靖安国际滑雪场火爆出圈。",
    "e60_03_qianjiang_20220812.txt": "上半年,实现社会消费品零售总额75.72亿元,下降1.6%。从行业销售额(营业额)看,批发业销售额增长13.7%;零售业销售额增长2.5%;住宿业营业额下降6.8%;餐饮业营业额增长3.1%。",
    "e60_07_shangraoxian_20190306.txt": "何党生首先回顾了2018年县人民政府工作。他说,2018年,是全面贯彻党的十九大精神的开局之年,也是我县脱贫“摘帽”的决胜之年。在市委、市政府和县委的正确领导下,全县上下坚持稳中求进工作总基调,坚定不移地以脱贫攻坚为统领,统筹做好稳增长、促改革、调结构、优生态、惠民生、防风险各项工作,圆满完成十六届人大三次会议确定的目标任务,经济社会呈现高质量跨越式发展的鲜明特征。全年完成生产总值237.2亿元,增长9.4%,总量和增幅均列全市第三。财政收入实现三个全市第一,其中:总量26.42亿元,增长12.1%;税收收入21.15亿元,增长20.8%;一般公共预算收入16.6亿元,增长7.4%,增幅均排名全市第一。全社会固定资产投资增长10.6%。三产结构比由8.4:76.4:15.2调整为8.1:75.2:16.7。荣获省委、省政府“科学发展考核综合先进奖”。",
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    if name in DUP_TITLE:
        assert kept[0] == kept[1] == DUP_TITLE[name], name
        kept = kept[1:]
    for whole, cut, end in INLINE.get(name, []):
        assert kept.count(whole) == 1, (name, whole)
        assert end == "tail" and whole.endswith(cut), (name, whole)
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
