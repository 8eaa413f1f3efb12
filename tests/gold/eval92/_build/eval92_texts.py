"""Trim the stored copies (eval92_raw.RAW) to the article texts and write ../e92_*.txt.

DROP: whole lines removed (navigation, site furniture, an index-number block, repeated image captions). STRIP: pieces of
site furniture removed from a kept line (a view counter and font switch after a metadata line, a bullet and a site
column label before a title). CUT: the page is cut by hand right after this text (the store's copy breaks off soon
after it, inside a word or a figure; see ../SOURCES.md). Blank lines are dropped, indentation and trailing spaces
stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval92_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e92_01_xiayi_20200216.txt": [
        "站群导航", "市政府 市政府工作部门 市政府直属事业单位 县(市、区)政府", "|", "加入收藏", "|", "设为首页", "|",
        "手机版", "夏邑县人民政府", "政府信息公开", "全文检索",
        "索引号: 3070211020000013000000/2020021600004864 发布机构:", "生效日期: 2020-02-16 废止日期:",
        "文 号: 所属主题: 政协委员提案办理",
    ],
    "e92_02_minquan_20211115.txt": [
        "加入收藏", "联系我们", "手机版", "适老版 | 无障碍阅读", "中国政府网 河南省政府网 商丘市政府网 政务服务",
        "您的位置: 首页 >新闻中心>建议提案办理结果>详细内容",
    ],
    "e92_03_hebei_20240122.txt": ["阅读提示"],
    "e92_05_hunan_20140718.txt": [
        "当前位置:", "时刻新闻", "—分享—", "(湖南省统计局召开新闻通报会,介绍上半年经济运行情况。)",
        "湖南省统计局副局长、新闻发言人张正发布新闻。", "(湖南省统计局副局长、新闻发言人张正发布新闻。)",
    ],
    "e92_08_wenchuan_20220607.txt": ["选择区域:>>"],
}
STRIP = {  # (piece, what stays in its place)
    "e92_01_xiayi_20200216.txt": [(" 浏览次数: 【字体:", "")],
    "e92_02_minquan_20211115.txt": [(" 浏览次数: 【字体:", "")],
    "e92_04_fengkai_20180122.txt": [("• 【投资封开县】", "")],
    "e92_08_wenchuan_20220607.txt": [("统计公报 2021\n", "统计公报\n")],  # the site's year tag after the title
}
CUT = {
    "e92_01_xiayi_20200216.txt": "养殖种鸭200多组80万羽,",
    "e92_02_minquan_20211115.txt": "分别在野岗镇、程庄镇、人和镇等发展葡萄种植园区。",
    "e92_04_fengkai_20180122.txt": "大力扶持实体经济发展。",
    "e92_03_hebei_20240122.txt": "形成消费和投资相互促进的良性循环,就要多措并举促消费。",
    "e92_05_hunan_20140718.txt": "蔬菜产量1835.7万吨,增长7.3%。",
    "e92_06_guangdong_20240123.txt": "在推进中国式现代化的广东实践中展现新作为、创造新业绩。",
    "e92_07_hunan_20200717.txt": "分别增长12.6%和24.9%。",
    "e92_08_wenchuan_20220607.txt": "出栏羊8122只,下降18.8%。",
}


def trim(name: str, raw: str) -> str:
    for piece, kept in STRIP.get(name, []):
        assert raw.count(piece) == 1, (name, piece)
        raw = raw.replace(piece, kept)
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
