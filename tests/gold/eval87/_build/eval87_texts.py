"""Trim the stored copies (eval87_raw.RAW) to the article texts and write ../e87_*.txt.

DROP: whole lines removed (navigation, repeated titles, picture captions, comment boxes). CUT: the page is
cut by hand right after this text (the store's copy breaks off after it; see ../SOURCES.md). Blank lines
are dropped, indentation and trailing spaces stripped. No kept sentence is edited.
"""
from pathlib import Path

from eval87_raw import RAW

HERE = Path(__file__).resolve().parent

DROP = {
    "e87_01_xiaoshan_20210922.txt": ["您的位置:萧山网 > 萧山小微企业法律服务平台 > 政策解读 > 正文"],
    "e87_03_zizhou_20231016.txt": ["首页/ 专题专栏/ 聚焦两会/ 政协委员提案回复/ 正文",
                                   "关于对政协子洲县第十届委员会第二次会议", "第14号提案的复函"],
    "e87_07_hubei_20170419.txt": ["评论一下", "评论 0人参与,0条评论", "还没有评论,快来抢沙发吧!", "最热评论",
                                  "最新评论", "已有0人参与,点击查看更多精彩评论"],
    "e87_08_jilin_20230729.txt": ["(资料图片)"],
}
CUT = {
    "e87_02_panyu_20230209.txt": "分时段步行街申报成功。",
    "e87_04_shaanxi_20170811.txt": "收入增加了2191元,增速提高了0.1个百分点。",
    "e87_05_sichuan_20220420.txt": "计算机及办公设备制造业增长22.1%。",
    "e87_06_beijing_20211021.txt": "拥有有效发明专利占全市大中型重点企业的63.2%,同比提高1个百分点。",
    "e87_08_jilin_20230729.txt": "带动零部件企业释放产能。",
}


def trim(name: str, raw: str) -> str:
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
