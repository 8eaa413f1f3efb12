"""Tables copied as text: their cells are figures (extractors.tables), and a page with
one keeps its rows apart and gives each cell its unit, measure, indicator and year."""

from __future__ import annotations

from extractors import extract
from extractors.tables import find_cells

BULLETIN = (
    "洛南县2022年国民经济和社会发展统计公报\n\n"
    "全年粮食总产量12.28万吨，下降3.9%。\n"
    "表1 2022年主要农产品产量\n"
    "产品名称 产量(吨) 比上年增长(%)\n"
    "粮食 122800 -3.9\n"
    "其中：小麦 16247 0.0\n"
    "表2 2022年林业生产情况\n"
    "产品名称 产量(吨) 比上年增长(%)\n"
    "造林面积(亩) 110200 22.8\n"
    "全年完成造林任务。\n"
)


def test_each_number_cell_is_a_figure_with_its_columns_unit() -> None:
    cells = [(c.quantity.text, c.quantity.unit, c.quantity.change, c.quantity.subject)
             for c in find_cells(BULLETIN)]
    assert cells == [
        ("122800", "吨", None, "粮食产量"),
        ("-3.9", "%", "decrease", "粮食产量增速"),
        ("16247", "吨", None, "小麦产量"),           # its growth 0.0 is no record
        ("110200", "亩", None, "造林面积"),           # the row's own unit wins
        ("22.8", "%", "increase", "造林面积增速"),
    ]


def test_spans_point_at_the_cells() -> None:
    for c in find_cells(BULLETIN):
        assert BULLETIN[c.quantity.start:c.quantity.end] == c.quantity.text


def test_a_page_keeps_its_table_rows_and_dates_cells_by_the_caption() -> None:
    found = {q.text: q for q in extract(BULLETIN, pubdate="2023-03-31").quantities}
    assert found["122800"].indicator == "粮食产量" and found["122800"].measure.value == "level"
    assert found["-3.9"].measure.value == "growth" and found["-3.9"].period == "2022"
    assert found["110200"].unit == "亩" and found["110200"].area == "洛南县"


def test_rows_without_a_header_naming_units_are_no_table() -> None:
    """Lines of a label and numbers with no header of units above them (a list of
    scores, a timetable) are left alone."""
    assert find_cells("项目 得分\n甲 90 85\n乙 80 75\n") == []
    assert find_cells("全县GDP增长 5.6\n其中 二产 3.2\n") == []


BAR_TABLE = (
    "2021年某县国民经济和社会发展统计公报 某县统计局 一、综合 全年全县实现生产总值90.39亿元。 "
    "表1 生产总值及行业构成 单位:亿元 指标名称 | 增加值 | 同比增长% | 地区生产总值 | 90.39 | 9.8 | "
    "其中:第一产业 | 30.02 | 8.0 | 建筑业 | 10.54 | -2.1 |"
)


def test_a_table_flattened_with_bars_takes_the_caption_s_unit() -> None:
    """A table run into one line with bars between its cells: the header is what stands
    before the first number, each row as wide; 单位:亿元 is the unit of columns without one."""
    cells = [(c.quantity.text, c.quantity.value, c.quantity.unit, c.quantity.change, c.quantity.subject, c.indicator)
             for c in find_cells(BAR_TABLE)]
    assert cells == [
        ("90.39", 9039000000.0, "元", None, "地区生产总值", "地区生产总值"),   # names itself
        ("9.8", 9.8, "%", "increase", "地区生产总值增速", "地区生产总值"),
        ("30.02", 3002000000.0, "元", None, "第一产业增加值", "第一产业增加值"),
        ("8.0", 8.0, "%", "increase", "第一产业增加值增速", "第一产业增加值"),
        ("10.54", 1054000000.0, "元", None, "建筑业增加值", None),
        ("-2.1", 2.1, "%", "decrease", "建筑业增加值增速", None),
    ]
    for c in find_cells(BAR_TABLE):
        assert BAR_TABLE[c.quantity.start:c.quantity.end] == c.quantity.text


def test_a_bar_table_with_one_cell_a_line() -> None:
    """The same table copied with each cell on a line of its own (项目名称 |⏎增加值 |⏎…)."""
    one_a_line = "表1 生产总值及行业构成 单位:亿元\n" + "".join(
        cell.strip() + " |\n" for cell in BAR_TABLE.split("单位:亿元 ", 1)[1].split("|")[:-1])
    flat = [(c.quantity.text, c.quantity.value, c.quantity.unit, c.indicator) for c in find_cells(BAR_TABLE)]
    lines = [(c.quantity.text, c.quantity.value, c.quantity.unit, c.indicator) for c in find_cells(one_a_line)]
    assert lines == flat and len(lines) == 6
    for c in find_cells(one_a_line):
        assert one_a_line[c.quantity.start:c.quantity.end] == c.quantity.text


def test_a_bar_table_with_bars_on_lines_of_their_own() -> None:
    """A copy putting each bar on a line of its own under a caption of its own (表1 …⏎|⏎指标名称⏎|⏎…,
    eval73): the header is the cells before the first row; a caption's 年末 dates the cells at the
    year's end, and a column of shares (比重(%)) names no indicator."""
    cells = ["指标名称", "人口数(万人)", "比重(%)", "户籍人口", "43.92", "100", "#城镇", "12.51", "28.48"]
    text = "表1 2023年末户籍人口数及构成\n" + "".join(f"|\n{c}\n" for c in cells) + "|\n全年全县新增就业2013人。"
    found = [(c.quantity.text, c.quantity.value, c.quantity.unit, c.indicator, c.year) for c in find_cells(text)]
    assert found == [("43.92", 439200.0, "人", "户籍人口", "2023-12"), ("100", 100.0, "%", None, "2023-12"),
                     ("12.51", 125100.0, "人", None, "2023-12"), ("28.48", 28.48, "%", None, "2023-12")]
    for c in find_cells(text):
        assert text[c.quantity.start:c.quantity.end] == c.quantity.text


def test_bars_without_a_caption_are_no_table() -> None:
    assert find_cells("甲 | 乙 | 丙 | 1 | 2 | 3 | 4 | 5 | 6 |") == []


def test_a_cell_keeps_every_digit() -> None:
    """A cell is read as written: seven digits, or a money amount with two decimals, lose
    nothing to rounding."""
    rows = find_cells("表1 2022年主要农产品产量\n产品名称 产量(吨) 比上年增长(%)\n粮食 1228004 -3.9\n")
    assert rows[0].quantity.value == 1228004.0
    bars = find_cells("表1 生产总值 单位:万元 指标名称 | 增加值 | 同比增长% | 地区生产总值 | 12345.67 | 9.8 | "
                      "工业 | 2.5 | 1.0 |")
    assert bars[0].quantity.value == 123456700.0


def test_an_index_table_on_a_base_of_100() -> None:
    """A price-index table (上年同期=100) has no unit: its cells are indexes, read as written,
    each row's label its subject; the all-items row is 居民消费价格."""
    page = ("表1:2020年某县居民消费价格指数\n项目名称 |\n上年同期=100 |\n居民消费价格总指数 |\n102.7 |\n"
            "一、食品烟酒 |\n107.5 |\n粮 食 |\n95.9 |\n")
    cells = [(c.quantity.text, c.quantity.value, c.quantity.unit, c.quantity.unit_kind, c.quantity.subject,
              c.indicator, c.year) for c in find_cells(page)]
    assert cells == [
        ("102.7", 102.7, "", "index", "居民消费价格总指数", "居民消费价格", "2020"),
        ("107.5", 107.5, "", "index", "一、食品烟酒", None, "2020"),
        ("95.9", 95.9, "", "index", "粮 食", None, "2020"),
    ]


CELL_A_LINE = (
    "闵行区2018年国民经济和社会发展统计公报\n"
    "全年实现财政总收入831.03亿元，比上年增长6.1%。全年地方财政支出408.63亿元，比上年下降1.8%(见表1)。\n"
    "表1:2018年财政收支及其增长速度\n"
    "指标\n绝对值(亿元)\n比上年增长(%)\n"
    "财政总收入\n831.03\n6.1\n"
    "#增值税\n373.88\n5.8\n"
    "地方财政支出\n408.63\n-1.8\n"
    "二、农业\n全年实现农业总产值3.2亿元。\n"
)


def test_a_table_with_one_cell_a_line_and_units_in_its_column_heads() -> None:
    """A bulletin's table copied one cell to a line, with no bars: the lines before the first
    number are the header and the first row's label, and each row is a label and one number
    to a column (a #-marked row is a part of the row above)."""
    cells = [(c.quantity.text, c.quantity.value, c.quantity.unit, c.quantity.change, c.quantity.subject, c.year)
             for c in find_cells(CELL_A_LINE)]
    assert cells == [
        ("831.03", 83103000000.0, "元", None, "财政总收入", "2018"),
        ("6.1", 6.1, "%", "increase", "财政总收入增速", "2018"),
        ("373.88", 37388000000.0, "元", None, "增值税", "2018"),
        ("5.8", 5.8, "%", "increase", "增值税增速", "2018"),
        ("408.63", 40863000000.0, "元", None, "地方财政支出", "2018"),
        ("-1.8", 1.8, "%", "decrease", "地方财政支出增速", "2018"),
    ]
    for c in find_cells(CELL_A_LINE):
        assert CELL_A_LINE[c.quantity.start:c.quantity.end] == c.quantity.text


def test_a_page_keeps_a_table_with_one_cell_a_line_apart() -> None:
    """Through the whole extraction: the cells are not joined as a wrapped line would be
    (831.03⏎6.1 is never 831.036.1), and the text after the table reads as before."""
    found = {q.text: q for q in extract(CELL_A_LINE, pubdate="2019-05-14").quantities}
    assert found["831.03"].period == "2018" and found["831.03"].unit == "元"
    assert found["-1.8"].measure.value == "growth" and found["-1.8"].indicator == "一般公共预算支出"
    assert found["3.2亿元"].value == 320000000.0
    assert not any("831.036" in q.text for q in found.values())


HEADLESS_LABELS = (
    "海南州2021年国民经济和社会发展统计公报\n"
    "年末常住人口44.84万人，比上年末增加0.11万人。\n"
    "1 2021 年年末常住人口数及构成\n"
    "年末数(万人)\n比重(%\n"
    "常住人口\n44.84\n100.0\n"
    "#城镇\n18.65\n41.59\n"
    "60 岁及以上\n4.78\n10.66\n"
    "二、农业\n全年粮食产量12.2万吨。\n"
)


def test_a_copied_table_that_lost_its_caption_mark_and_label_head() -> None:
    """A copy that lost 表 from its caption (1 2021 年年末…), the head over its labels and a
    bracket (比重(%): the caption still opens the table, each row is a label and one number
    to a unit column, and the year's end dates the cells."""
    cells = [(c.quantity.text, c.quantity.value, c.quantity.unit, c.year) for c in find_cells(HEADLESS_LABELS)]
    assert cells == [
        ("44.84", 448400.0, "人", "2021-12"), ("100.0", 100.0, "%", "2021-12"),
        ("18.65", 186500.0, "人", "2021-12"), ("41.59", 41.59, "%", "2021-12"),
        ("4.78", 47800.0, "人", "2021-12"), ("10.66", 10.66, "%", "2021-12"),
    ]


def test_a_row_label_is_no_figure() -> None:
    """Through the whole extraction: the row 60 岁及以上 names its cells, it is no figure of its own."""
    found = [q.text for q in extract(HEADLESS_LABELS, pubdate="2022-10-26").quantities]
    assert "4.78" in found and "12.2万吨" in found
    assert not any(t.startswith("60") for t in found)


def test_a_long_table_one_cell_a_line_keeps_every_cell_and_its_year() -> None:
    """A long table copied one cell to a line (each label line looks like a short heading) is
    read whole; benchmarks/hostile_ingest.py times a 40,000-row one."""
    page = "表1 2021年主要指标\n指标\n数值(万人)\n" + "".join(f"地区{k}\n{k}.5\n" for k in range(1, 1501))
    found = extract(page, pubdate="2022-03-01").quantities
    assert len(found) == 1500
    assert {q.period for q in found} == {"2021"} and found[-1].value == 15005000.0


def test_a_table_one_cell_to_a_line_with_a_letter_spaced_header_and_a_page_word_as_a_label() -> None:
    """指  标 (letter-spaced) heads the labels; 农村, a newspaper page's name when alone on a
    line, is a row's label between two numbers: every row is read."""
    page = ("2021年杭锦后旗国民经济和社会发展统计公报\n一、综合\n年末全旗常住人口为21.35万人。\n"
            "表1   2021年年末人口数及其构成\n指  标\n年末数(万人)\n比重(%)\n全旗常住人口\n21.35\n100\n"
            "其中:城镇\n11.31\n52.99\n农村\n10.04\n47.01\n全旗实现地区生产总值125.48亿元。")
    assert [c.quantity.text for c in find_cells(page)] == ["21.35", "100", "11.31", "52.99", "10.04", "47.01"]
    found = [q.text for q in extract(page, pubdate="2022-08-09").quantities]
    assert found == ["21.35万人", "21.35", "100", "11.31", "52.99", "10.04", "47.01", "125.48亿元"]


def test_a_year_s_title_over_a_table_head_is_its_caption() -> None:
    """A caption with no 表N (2021年全县生产总值) over a letter-spaced head (指  标) opens a
    table copied one cell to a line; a column named 比上年增长% (no brackets) is a growth
    column; under a first row of the whole GDP, a sector's row (其中:工业) is its value added;
    the caption's year is no date of the text."""
    page = ("平川县2021年国民经济和社会发展统计公报\n全年地区生产总值243.8亿元。\n"
            "2021年全县生产总值\n指         标\n绝对数(万元)\n比上年增长%\n"
            "全县生产总值\n2437875\n8.9\n第一产业\n588125\n7.1\n其中:工业\n458557\n8.1\n"
            "批发零售业\n205365\n7.3\n二、农  业\n全年农作物总播种面积482.6万亩。")
    cells = [(c.quantity.text, c.quantity.value, c.quantity.unit, c.indicator, c.year) for c in find_cells(page)]
    assert cells == [
        ("2437875", 24378750000.0, "元", "地区生产总值", "2021"), ("8.9", 8.9, "%", "地区生产总值", "2021"),
        ("588125", 5881250000.0, "元", "第一产业增加值", "2021"), ("7.1", 7.1, "%", "第一产业增加值", "2021"),
        ("458557", 4585570000.0, "元", "工业增加值", "2021"), ("8.1", 8.1, "%", "工业增加值", "2021"),
        ("205365", 2053650000.0, "元", None, "2021"), ("7.3", 7.3, "%", None, "2021"),
    ]
    ex = extract(page, pubdate="2022-06-20")
    assert [q.text for q in ex.quantities][-3:] == ["205365", "7.3", "482.6万亩"]
    caption = page.index("2021年全县")
    assert not [d.text for d in ex.dates if caption <= d.start < caption + 10]


def test_a_year_s_title_over_running_text_is_no_caption() -> None:
    """A title line with a year but no table head under it opens nothing."""
    page = "2021年全县生产总值\n全县生产总值\n2437875\n8.9\n第一产业\n588125\n7.1\n"
    assert find_cells(page) == []


PRICE_CHANGES = (
    "2018年某某区国民经济和社会发展统计公报\n"
    "全年居民消费价格比上年上涨2.2%。\n"
    "表1 2018年居民消费价格变动情况\n"
    "指 标\n涨跌幅度(%)\n"
    "居民消费价格\n2.2\n"
    "食品烟酒\n3.5\n"
    "#食品\n2.4\n"
    "茶及饮料\n3.1\n"
    "衣着\n-2.4\n"
    "居住\n-2.6\n"
    "二、农业\n全年实现农业总产值3.2亿元。\n"
)


def test_a_column_of_rises_and_falls_is_a_growth_column() -> None:
    """A price table's only column, 涨跌幅度(%) (rise or fall), holds changes, not shares."""
    found = {q.text: q for q in extract(PRICE_CHANGES, pubdate="2019-06-01").quantities}
    assert [(found[t].measure.value, found[t].change) for t in ("3.5", "-2.6")] == [
        ("growth", "increase"), ("growth", "decrease")]
