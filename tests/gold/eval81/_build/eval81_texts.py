# Page texts of eval81 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval81/_build/eval81_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval81_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed,
# the stretches of furniture inside a kept line listed in INLINE cut from it and, for the pages
# in CUT, everything after the given line dropped (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval81_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e81_01_faku_20191227.txt": [
        "|",  # a table rule of the collector's page between its title and the report's
    ],
    "e81_02_lanzhou_20200829.txt": [
        "您当前的位置 : 中国甘肃网 >> 甘肃新闻 >> 市州播报 >> 兰州",  # breadcrumb
        "版权声明:凡注",  # the site's copyright notice, broken off by the store
    ],
    "e81_04_hebei_20220720.txt": [
        "(资料图片仅供参考)",  # a photo's caption (the photo is not kept)
    ],
    "e81_05_linshu_20231205.txt": [
        "欢迎访问临沭县人民政府门户网站",  # site banner
        "简体 繁体",  # site tools
        "智能问答 无障碍浏览 长者模式 数据开放平台",  # site tools
        "当前位置: 首页>>公开>>政府信息公开>>法定主动公开内容>>建议提案办理>>办理制度与整体情况>>正文",  # breadcrumb
        "2023-12-05    点击数:",  # date and an empty view counter (the date is kept below, 发布日期)
        "索引号  linshuxiannyj/2023-0000260  公开目录  公开目录",  # index box
        "发布机构  临沭县农业农村局  发布日期  2023-12-05",  # index box
        "公开方式  主动公开  文号",  # index box
        "标题  临沭县农业农村局关于县十八届人大二次会议代表建议办理情况的报告",  # index box (the title again)
        "索引号: linshuxiannyj/2023-0000260",  # index box
        "发布机构: 临沭县农业农村局",  # index box
        "公开目录: 办理制度与整体情况",  # index box
    ],
    "e81_06_anxiang_20200515.txt": [
        "当前位置:",  # breadcrumb (empty)
        "时刻新闻",  # channel label
        "—分享—",  # share tool
        "来源:红网",  # the footer's source line (the metadata line under the title is kept)
        "作者:杨文 张寒",  # footer
        "编辑:文建美",  # footer
        "本文为湖南频道原创文章,转载请附上原文出处链接和本声明。",  # footer
        "本文链接:https://hn.rednet.cn/content/2020/05/15/7238184.html",  # footer
        "阅读下一篇",  # navigation
        "返回红网首页 返回湖南频道首页",  # navigation
    ],
    "e81_08_suyu_20190425.txt": [
        "编辑: 紫甘兰 2019-02-01",  # the sharing site's post line (its uploader and a date of its own)
        "B B 用经济眼光看世界2019年4月25日 星期四 己亥年三月廿一 编辑/张青峰 刘照和 版式/杜朝强 校对/宗茜区域综合卫健之窗 江苏经济报",  # the paper's page header (page furniture)
    ],
}

# Furniture inside a kept line: (the stripped line, the stretch cut, "head" or "tail").
INLINE = {
    "e81_08_suyu_20190425.txt": [
        ("3 个, 新认证 农三品 50个、 累计达302个, 全区 国 字号基地、 企业、 品牌已达14个, 全区 涌现出",
         ", 全区 涌现出", "tail"),  # the store breaks off here
    ],
}

# Pages cut short by hand: everything after this kept line is dropped (a paragraph end).
CUT = {
    "e81_01_faku_20191227.txt": "一年来,我们主要抓实了以下工作:",
    "e81_04_hebei_20220720.txt": "工业生产稳中向好。上半年,规模以上工业增加值同比增长5.2%。工业三大门类全面增长,采矿业增加值增长8.0%,制造业增长4.7%,电力、热力、燃气及水生产和供应业增长6.9%。多种经济类型企业较快增长,国有控股企业增加值增长5.5%,股份制企业增长5.4%,外商及港澳台商投资企业增长4.4%,私营企业增长2.2%。工业八大主导产业支撑有力,增加值同比增长4.7%,其中,信息智能增长21.2%,生物医药健康增长15.3%,新材料增长10.9%。大中小型企业全面增长,大型企业增加值增长6.9%,中型企业增长6.9%,小型企业增长1.6%。6月份,规模以上工业增加值同比增长7.7%,比5月份加快2.7个百分点。",
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
