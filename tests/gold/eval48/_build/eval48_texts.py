# Page texts of eval48 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval48/_build/eval48_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval48_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, the navigation lines listed in DROP removed and
# the one stretch of furniture inside a kept line listed in INLINE cut from it (see ../SOURCES.md);
# no kept sentence is edited. The store gives about the first thousand characters of a page; where it
# cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval48_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e48_01_qingshanhu_20210409.txt": [
        "青山湖区人民政府网站欢迎您的访问!",  # the site's banner
        "当前位置: 首页>数据开放>统计数据",  # breadcrumb
    ],
    "e48_02_fuzhou_20260121.txt": [
        "①凡本网注明“来源:福州新闻网”的所有文字、图片和视频,版权均属福州新闻网所有,任何媒体、网站或个人"
        "未经本网协议授权不得转载、链接、转贴或以其他方式复制发表。已",  # the site's copyright notice (cut by the store)
    ],
    "e48_03_ningjin_20230615.txt": [
        "鲁公网安备 37142202000130号",  # footer (the site's police registration)
    ],
    "e48_04_fengnan_20231013.txt": [
        "主办单位:唐山市丰南区委区政府",  # footer
        "联系电话:0315-8101890",  # footer (the site's telephone)
        "ICP备案:冀ICP备13009492号-1 网站标识码:1302000057",  # footer
    ],
    "e48_06_laixi_20140429.txt": [
        "二版:综合新闻总第1343期 >2014-04-29编印",  # the e-paper's page line (版次/版名, issue number)
    ],
    "e48_07_qingxu_20180319.txt": [
        "CopyRight 2005-2025 © All Rights Reserved.版权所有:清徐县融媒体中心",  # footer
        "清徐融媒 ( www.cuduwang.com) 版权所有,未经书面特别授权,请勿转载或建立镜像,违者依法必究。",  # footer
        "新闻热线:0351-5724342 5729429 地址:美锦北大街118号(原县质监局办公楼)",  # footer
    ],
}

# Furniture inside a kept line: (the stripped line, the stretch cut from its end).
INLINE = {
    "e48_07_qingxu_20180319.txt": [
        ("柳杜乡过半农田完成春浇 作者:王润红 时间:2018-03-19 次数:179 语音阅读:语音阅读",
         " 次数:179 语音阅读:语音阅读"),  # the page's visit counter and the read-aloud tool
    ],
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    for whole, tail in INLINE.get(name, []):
        assert whole.endswith(tail) and kept.count(whole) == 1, (name, whole)
        kept[kept.index(whole)] = whole[: -len(tail)]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
