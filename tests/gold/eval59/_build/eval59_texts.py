# Page texts of eval59 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval59/_build/eval59_texts.py  (writes the .txt files beside _build/)
# The stored copies are in eval59_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited.
from pathlib import Path

from eval59_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e59_06_chongming_20170110.txt": [
        "工作报告",  # the site's column name
        "+",  # the column's expand button
    ],
    "e59_07_xizang_20060210.txt": [
        "资料:西藏自治区2005年政府工作报告_中国经济网——国家经济门户",  # the browser title (site name), repeated as the headline below
        "(点击查阅更多2005年地方政府工作报告)",  # a link to the site's list of reports
    ],
    "e59_08_jilin_20231126.txt": [
        "用户名:密码:免费注册VIP特权 | 支付页面 | 网站地图 | 设为首页",  # the site's login bar
        "当前位置:首页 » 苗木资讯 » 行业会展 » 正文",  # breadcrumb
        '【联系时,请说明是在"苗木价格网"看到的】',  # the site's notice
    ],
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    for line in drop:
        assert line in lines, (name, line)
    kept = [line for line in lines if line and line not in drop]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
    print("total", sum(len(t) for t in T.values()))
