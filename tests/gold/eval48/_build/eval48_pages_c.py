"""Annotations of pages 07-08 (清徐县's 柳杜乡, 沁阳市), in document order, by reading only."""
from tests.gold.eval4._build.eval4_lib import C, D, O, Q

PAGES = {}

# ---------------------------------------------------------------- 07 清徐县 (山西 太原市), the county paper's 本报讯 on 柳杜乡's spring irrigation
LD = "柳杜乡"
LD_DAY = "2018-03-19"
PAGES["e48_07_qingxu_20180319.txt"] = dict(
    pubdate=LD_DAY,
    pubnote="the date line `时间:2018-03-19` (kept; paper.cuduwang.com, 清徐县融媒体中心's paper site (清徐融媒); its visit counter cut)",
    area=LD, period=LD_DAY,
    items=[
        Q("过半", 50, "%", "完成春浇的农田占比(标题)", "share", q="more_than", borderline=True, implied=True,
          note="headline: 过半 = more than half (the 60% below); no digit"),
        D("2018-03-19", LD_DAY, "day", rel=False, note="page metadata line"),
        C("第一线", "fixed phrase (春浇第一线: the front line of the work)"),
        D("截至目前", LD_DAY, "now", note="no dateline: the page's date"),
        Q("22054亩", 22054, "亩", "已春浇农田", "level"),
        Q("60%", 60, "%", "已春浇农田占全乡总耕地面积", "share"),
        Q("12个", 12, "个", "全乡的村", "level"),
        Q("5村", 5, "村", "已全面完成春浇的村", "level"),
        Q("7个", 7, "个", "春浇稳步进行中的其他村", "level"),
        D("4月上旬", "2018-04-01/2018-04-10", "period", note="上旬: the first ten days of April; forecast completion"),
    ],
)

# ---------------------------------------------------------------- 08 沁阳市 (河南 焦作市), the city government's report on its handling of the 2023 session's proposals
QY = "沁阳市"
QY_Y = "2023"
PAGES["e48_08_qinyang_20231123.txt"] = dict(
    pubdate="2023-11-23",
    pubnote="the date line `时间:2023-11-23` (kept) and the address's 2023/11-23 (www.qinyang.gov.cn, 沁阳市人民政府's site, from 政府办)",
    area=QY, period=QY_Y,
    items=[
        O("八届人大三次", "congress term and session (title)"),
        D("2023-11-23", "2023-11-23", "day", rel=False, note="page metadata line"),
        D("2023年", QY_Y, "year", rel=False),
        O("八届人大三次", "congress term and session"),
        Q("57件", 57, "件", "市政府办理的代表意见建议", "level"),
        Q("18件", 18, "件", "城建交通公路方面建议", "level"),
        Q("13件", 13, "件", "工业环保方面建议", "level"),
        Q("11件", 11, "件", "科教文卫方面建议", "level"),
        Q("6件", 6, "件", "农业农村方面建议", "level"),
        Q("5件", 5, "件", "人社方面建议", "level"),
        Q("2件", 2, "件", "自然资源方面建议", "level"),
        Q("2件", 2, "件", "其它方面建议", "level"),
        Q("43件", 43, "件", "已经解决或基本解决的建议(甲类)", "level"),
        Q("75.4%", 75.4, "%", "甲类建议占建议总数", "share"),
        Q("13件", 13, "件", "正在解决及列入计划逐步解决的建议(乙类)", "level"),
        Q("22.8%", 22.8, "%", "乙类建议占建议总数", "share"),
        D("目前", "2023-11-23", "now", note="the page's date"),
        Q("1件", 1, "件", "暂时不能解决的建议(丙类)", "level",
          note="the year's handling tally, as the 2023 proposals' other classes: period 2023"),
        Q("1.8%", 1.8, "%", "丙类建议占建议总数", "share"),
    ],
)
