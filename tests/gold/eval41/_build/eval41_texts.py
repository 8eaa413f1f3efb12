# Page texts of eval41 as stored (search corpus "pages"), navigation trimmed.
# Run: python3 tests/gold/eval41/_build/eval41_texts.py  (writes the .txt files beside _build/)
# (Named eval41_texts.py, not texts.py: pytest's doctest collection would take two texts.py for one.)
# The stored copies are in eval41_raw.py exactly as the store returned them. Here blank lines are
# dropped, indentation and trailing spaces stripped, and the navigation lines listed in DROP removed
# (see ../SOURCES.md); no kept sentence is edited. The store gives about the first thousand characters
# of a page; where it cut a page, what it returns is kept, the cut sentence included.
from pathlib import Path

from eval41_raw import RAW

# Whole lines (after stripping) dropped as navigation or page furniture, per page.
DROP = {
    "e41_01_shannan_20220223.txt": [
        "首页 新闻中心 政务公开 政务服务 互动交流 招商引资 走进山南",    # the site's menu
        "当前位置:首页>政务公开>政府工作报告",                             # breadcrumb
    ],
    "e41_02_rikaze_20150814.txt": [
        "当前位置:首页 > 周末假日版 > 资讯播报",                           # breadcrumb
        "最新评论", "相关链接", "说两句吧", "姓名:  城市:  手机:  邮箱:",
        "所有评论谨代表网友意见,中国西藏网仅保持中立",                     # the comment box
        "假日推介", "西藏旅游", "海外视角", "博    客", "更多精彩",          # the section's links
    ],
    "e41_03_chaoyang_20201222.txt": [
        "您当前的位置:首页>>人大刊物>>常委会会刊>>朝阳区第十六届人大常委会第三十四次会议会刊",  # breadcrumb
    ],
    "e41_05_hetian_20220422.txt": [
        "加入收藏 | 会员中心",                                              # the site's bar
        "统计年鉴年度索引: 2023 2022 2021 2020 2019 2018 2017 2016 2015 2014 2013 2012 2011 2010 "
        "[ 统计年鉴分省、行业总索引 ]",                                     # the site's index of yearbooks
        "统计公报年度索引: 2023 2022 2021 2020 2019 2018 2017 2016 2015 2014 2013 2012 2011 2010 "
        "[ 统计公报分省总索引 ]",                                           # the site's index of bulletins
        "站内搜索: 高级搜索",                                               # site search
        "您当前的位置:首页 > 统计公报 > 新疆",                              # breadcrumb
    ],
    "e41_08_changchungaoxin_20180130.txt": [
        "新华丝路首页",                                                     # the host's link home
        "一带一路国家级信息服务平台",                                       # the host's banner
    ],
    "e41_09_xiaolan_20160215.txt": [
        "新闻源 财富源",                                                    # the host's channel bar
        "2024年05月03日 星期五",                                            # the host's header date (the day it was stored)
        "财经 > 滚动新闻 > 正文",                                           # breadcrumb
        "字号:",                                                            # font-size switch
        "热图一览", "• 股票名称 最新价 涨跌幅",                             # the host's sidebar
    ],
}


def clean(name: str, raw: str) -> str:
    drop = set(DROP.get(name, []))
    lines = [line.strip() for line in raw.split("\n")]
    kept = [line for line in lines if line and line not in drop]
    return "\n".join(kept) + "\n"


T = {name: clean(name, raw) for name, raw in RAW.items()}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent
    for name, text in T.items():
        (out / name).write_text(text, encoding="utf-8")
        print(name, len(text))
