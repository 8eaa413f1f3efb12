"""The gazetteer: divisions from cpca's adcode table, zones and self references
from lexicon/places.yaml. Sentences are written for these tests."""

from __future__ import annotations

import re
import re._parser as sre_parse
from pathlib import Path

import pytest

from extractors.places import Place, gazetteer
from extractors.segment import word_pattern

G = gazetteer()


def names(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.name if m.place else None, m.self_ref) for m in G.mentions(text)]


MENTIONS = [
    ("division", "温江区实现地区生产总值126.8亿元", [("温江区", "温江区", None)]),
    ("city-short-form", "记者从青岛获悉", [("青岛", "青岛市", None)]),
    ("hainan-development-zone", "其中，洋浦以增速14.2%位列第一", [("洋浦", "洋浦", None)]),
    # 全疆: Xinjiang's own self reference, of the province level (eval52)
    ("xinjiang-self-reference", "全疆地区生产总值同比增长6.1%", [("全疆", None, "province")]),
    # a province's short name right after a time phrase, though 年青 is a word (eval52)
    ("province-short-form-after-a-time-phrase", "上半年青海经济呈现“稳好新”", [("青海", "青海省", None)]),
    # a prefecture's former name, as an old article writes it (山南地区, a city since 2016), and 全地区
    ("a-prefectures-former-name", "今年以来，山南地区加大力度，全地区累计完成投资",
     [("山南地区", "山南地区", None), ("全地区", None, "city")]),
    # a dateline's place right after its outlet's name, though 网海 is a word (南海网海口…讯)
    ("city-short-form-after-an-outlet", "南海网海口7月25日讯 上半年", [("海口", "海口市", None)]),
    ("province-short-form", "山东全省粮食增产", [("山东", "山东省", None), ("全省", None, "province")]),
    ("national-new-area-alias", "西海岸新区金融机构达242家", [("西海岸新区", "青岛西海岸新区", None)]),
    ("zone-after-city", "合肥高新区实现营业收入", [("合肥高新区", "合肥高新区", None)]),
    # a city's short name that is also a plain word (日照) and opens with a date's last character
    ("zone-after-a-plain-word-city-after-a-date", "7月1日,日照经济技术开发区召开观摩会",
     [("日照经济技术开发区", "日照经济技术开发区", None)]),
    ("county-became-district", "即墨区工业增加值", [("即墨区", "即墨区", None)]),
    ("self-reference", "全市规模以上工业增加值", [("全市", None, "city")]),
    ("plain-word-not-a-city", "欢迎来宾参观", []),
    ("corps-is-an-area", "全年兵团生产总值增长6.0%", [("兵团", "新疆生产建设兵团", None)]),
    # an autonomous prefecture as it is written: its place name and 州 (延边朝鲜族自治州)
    ("autonomous-prefecture-short-form", "恩施州旅游收入增长", [("恩施州", "恩施州", None)]),
    ("prefecture-self-reference", "全州地区生产总值增长7%", [("全州", None, "city")]),
    # a verb before 开发区 is no part of a zone's name (代表市政府向开发区表示祝贺, 希望开发区…)
    ("no-zone-named-by-a-verb", "代表市政府向开发区表示祝贺，希望开发区勇挑重担。", []),
    # a word that says what a zone is, not which (新增, 紧紧围绕, 绿色), names none; nor does a
    # list's 等 (常乐等工业园区)
    ("no-zone-named-by-a-new-one", "陕西省新增经开区3家。", [("陕西省", "陕西省", None)]),
    ("no-zone-named-by-an-adverb-and-verb", "紧紧围绕开发区建设目标，推进招商。", []),
    ("no-zone-named-by-a-list", "引导企业向常乐等工业园区集聚。", [("园区", None, "zone")]),
    ("a-zone-named-after-a-new-one", "新增雨花经开区一家。", [("雨花经开区", "雨花经开区", None)]),
    # a two-character name across two words is none (完成/县级 holds 成县)
    ("no-county-across-two-words", "项目全部完成县级验收。", []),
    # a full name across two words is none either (新增/城区 holds 增城区), while 广州市增城区 is (eval86)
    ("no-district-across-two-words", "新增城区绿化面积28万平方米。", []),
    ("a-district-after-its-city", "广州市增城区经济平稳。", [("广州市", "广州市", None), ("增城区", "增城区", None)]),
    # nor is one whose first character ends a county's short name (衢江/城区 holds 江城区), while 阳江市江城区
    # is (eval93)
    ("no-district-after-a-county-s-short-name", "截至目前衢江城区共有幼儿园16所。", []),
    ("a-district-after-its-city-s-full-name", "阳江市江城区经济平稳。", [("阳江市", "阳江市", None), ("江城区", "江城区", None)]),
    ("a-two-character-county", "甘肃省成县经济平稳。", [("甘肃省", "甘肃省", None), ("成县", "成县", None)]),
    # a zone known by a name that is no place name and kind (lexicon/places.yaml, named_zones)
    ("a-zone-by-its-name-in-use", "上半年，汽开区地区生产总值完成275.55亿元", [("汽开区", "汽开区", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MENTIONS], ids=[c[0] for c in MENTIONS])
def test_mentions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert names(text) == expected


def test_codes_roll_up_to_city_and_province() -> None:
    place = G.lookup("温江区")[0]
    assert (place.code, place.city, place.province) == ("510115", "成都市", "四川省")
    zone = G.lookup("西海岸新区")[0]
    assert (zone.level, zone.code, zone.city, zone.province) == ("zone", "370211", "青岛市", "山东省")
    assert G.lookup("青岛市")[0].contains(zone)
    assert not G.lookup("合肥市")[0].contains(zone)
    named = G.lookup("汽开区")[0]
    assert (named.level, named.code, named.city, named.province) == ("zone", "220100", "长春市", "吉林省")


def test_comparison_base_is_marked() -> None:
    [mention] = G.mentions("增速高于全国1.2个百分点")
    assert mention.self_ref == "country" and mention.comparison


def test_an_industry_after_a_self_reference_is_no_rank() -> None:
    """我省第一产业…: 第一产业 is the primary industry, not the province ranked first (eval52)."""
    [mention] = G.mentions("上半年,我省第一产业实现增加值39.70亿元")
    assert mention.self_ref == "province" and not mention.comparison
    [ranked] = G.mentions("增速居我省第一")
    assert ranked.comparison


def test_municipality_district_belongs_to_the_municipality() -> None:
    place = G.lookup("东城区")
    assert any(p.city == "北京市" and p.province == "北京市" for p in place)


@pytest.mark.parametrize(("level", "home", "expected"), [
    ("district", "温江区", "温江区"),
    ("city", "温江区", "成都市"),
    ("province", "温江区", "四川省"),
    ("city", "青岛市", "青岛市"),
    ("city", "胶州市", "胶州市"),        # a county-level city is its own 全市
    ("city", "西海岸新区", "青岛市"),
    ("country", "温江区", "全国"),
])
def test_self_place(level: str, home: str, expected: str) -> None:
    place = G.self_place(level, G.lookup(home)[0])
    assert place is not None and place.name == expected


def test_self_place_without_a_home_is_unknown() -> None:
    assert G.self_place("district", None) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("宝山镇耕地面积1.2万亩", ["宝山镇"]),
    ("其中黄岛街道新增就业500人", ["黄岛街道"]),
    ("推进城镇化建设，每个镇都有", []),
    ("全区12个镇街", []),
    # a town named after its county, though it ends like the word 城镇
    ("截至10月底，庆城镇招商引资项目完成投资7.4亿元", ["庆城镇"]),
    ("截至10月底，全县城镇新增就业500人", []),
    ("截至10月底，新型城镇化率达60%", []),
])
def test_towns_open_a_clause(text: str, expected: list[str]) -> None:
    home = Place("温江区", "county", "510115", "四川省", "成都市")
    assert [m.text for m in G.towns(text, home)] == expected


def test_a_division_coextensive_with_a_new_area_is_that_area() -> None:
    """黄岛区 and 青岛西海岸新区 are the same land since 2014: one series, not two."""
    assert [m.place.name for m in G.mentions("黄岛区地区生产总值") if m.place] == ["青岛西海岸新区"]


# --- the fast paths find what a plain scan finds ----------------------------------

ROOT = Path(__file__).resolve().parents[2]
DEV_LINES = [line for folder in ("tests/gold/heldout", "tests/gold/eval3", "tests/gold/eval4", "seeds")
             for p in sorted((ROOT / folder).glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines()]
CLAUSE_BREAKS = "，。；：、！？\n （(“”"


def test_county_short_names_as_one_pattern_of_them_finds() -> None:
    names = re.compile(word_pattern(G.counties_by_stem))
    texts = [*DEV_LINES, "融安：一颗金桔的致富路", "寒亭新闻", "融安融水"]
    found = 0
    for text in texts:
        expected = [(m.start(), m.end(), m.group()) for m in names.finditer(text)]
        assert G._stem_spans(text) == expected, text
        found += len(expected)
    assert found > 10   # the lines do name counties


@pytest.mark.parametrize(("text", "expected"), [
    ("融安：一颗金桔的致富路", ["融安县"]),
    ("寒亭新闻", ["寒亭区"]),
    ("农民乐享土里刨金", []),          # 民乐 ends inside 乐享: no 民乐县
    ("民乐县种植", []),                # a full name is no short name
])
def test_county_short_names_are_whole_words(text: str, expected: list[str]) -> None:
    assert [m.place.name for m in G.county_stems(text) if m.place] == expected


def test_towns_are_the_clause_start_matches_of_a_whole_scan() -> None:
    """towns() tries its pattern only at clause starts and after verbs of going (到, 位于)
    near a 镇, 街道 or 村; trying it at every such place of the whole text, each place not
    inside the name found before, must find the same."""
    home = Place("温江区", "county", "510115", "四川省", "成都市")
    pattern = G._town_re
    texts = ["\n".join(DEV_LINES), "走进复州城镇八里村，全村种植葡萄", "宝山镇耕地面积1.2万亩，黄岛街道新增就业",
             "其中，安宁村村民人均收入2万元", "观摩组到杨柳镇观摩，该公司位于清河镇产业园内"]
    for text in texts:
        verbs = [m.end() for m in re.finditer("位于|地处|走进|来到|深入|到", text)]
        starts = sorted({0, *(i + 1 for i, c in enumerate(text) if c in CLAUSE_BREAKS), *verbs})
        expected, covered = [], 0
        for start in starts:
            m = pattern.match(text, start) if start >= covered else None
            if m is not None:
                expected.append(m)
                covered = m.end()
        mentions = [G._town(m, home) for m in expected]
        found = G.towns(text, home)
        kept = [m for m in mentions if m is not None]
        assert [m for m in found if m in kept] == kept
        # the rest end like a word (庙城镇: 城镇) and stand in a list of towns (…、庙城镇、…)
        for m in (m for m in found if m not in kept):
            assert any(m.text.endswith(w) for w in G._lex["not_towns"]), m
            assert "、" in (text[m.start - 1], text[m.end])


def test_a_town_ending_like_a_word_is_one_in_a_list_of_towns() -> None:
    """杨集镇 ends like the word 集镇; listed with other towns it is a town, and named
    again later it is the same town; alone it stays a word."""
    text = "观摩组先后到杨集镇、拐河镇进行观摩。观摩组到杨集镇鸿旺牧业"
    towns = G.towns(text, None)
    assert [m.text for m in towns] == ["杨集镇", "拐河镇"]
    assert [m.text for m in G.town_repeats(text, towns)] == ["杨集镇"]
    assert G.towns("推进中心集镇建设，到小集镇", None) == []


def test_town_width_bounds_the_town_pattern() -> None:
    # towns() skips clause starts with no 镇/村 within this many characters
    assert G._town_width == sre_parse.parse(G._town_re.pattern).getwidth()[1]


def test_an_autonomous_division_less_its_groups_names() -> None:
    assert [G.stem(n) for n in ("延边朝鲜族自治州", "双江拉祜族佤族布朗族傣族自治县", "鄂温克族自治旗")] \
        == ["延边", "双江", "鄂温克族"]   # a name that would be left too short keeps its groups
    [m] = G.mentions("凉山州")
    assert m.place is not None and m.place.code == G.lookup("凉山彝族自治州")[0].code


@pytest.mark.parametrize("text", ["今年我镇前三季度经济总体保持增长", "我村新增耕地120亩"])
def test_a_self_reference_is_no_town_name(text: str) -> None:
    """我镇, 我村 are the article's own place, never a town called 今年我镇."""
    assert G.towns(text, None) == []


@pytest.mark.parametrize(("text", "compared"), [
    ("前三季度全县主要指标与比拼对象保康县比，增速全面赶超", True),
    ("与保康县相比，全县增速快2个百分点", True),
    ("综合排名全市第四，位居郧阳区、丹江口市之后", True),
    ("保康县比上年增长5%", False),             # the place is the figure's subject
    ("保康县地区生产总值同比增长5%", False),
    ("小榄集聚中山市超17%的市场主体", True),     # the whole a share is taken of
    ("中山市17%的企业位于小榄", True),
    ("中山市规上工业增加值增长17%", False),
])
def test_a_place_closing_a_comparison_is_its_base(text: str, compared: bool) -> None:
    named = [m for m in G.mentions(text) if m.place and m.place.name != "全县" and m.place.level != "town"]
    assert named and all(m.comparison == compared for m in named)


@pytest.mark.parametrize(("text", "expected"), [
    ("信息来源:中山市坦洲镇人民政府", ["坦洲镇"]),
    ("庆城县庆城镇党委书记", ["庆城镇"]),
    ("中山市城镇居民收入", []),
    ("中山市人民政府", []),
])
def test_a_town_right_after_its_division(text: str, expected: list[str]) -> None:
    found = G.towns_after(text, G.mentions(text))
    assert [m.text for m in found] == expected
    for m in found:   # the town lies in the division written before it
        assert m.place is not None and m.place.code == G.mentions(text)[0].place.code


@pytest.mark.parametrize(("name", "expected", "level"), [
    ("苍南县龙港镇", "龙港镇", "town"),
    ("中山市坦洲镇", "坦洲镇", "town"),
    ("中山市", "中山市", "city"),
    ("苍南县龙港", "苍南县", "county"),   # no town suffix: the division
])
def test_a_user_names_a_town_by_its_division(name: str, expected: str, level: str) -> None:
    place = G.resolve(name)
    assert place is not None and (place.name, place.level) == (expected, level)


def test_a_town_at_the_end_of_a_text_is_read() -> None:
    assert [m.text for m in G.towns("本报讯 招商成效显著，坦洲镇", None)] == ["坦洲镇"]


def test_a_short_name_after_a_word_it_is_glued_to_is_no_place() -> None:
    """县道县养 holds 道县 after the word 县道 (a county road); 广西兴安 keeps 兴安 though
    西兴 is a word, for 广西 ends there."""
    assert [m.text for m in G.mentions("农村公路的管养为县道县养、乡村道乡镇管养")] == []
    assert "兴安" in [m.text for m in G.mentions("广西兴安：突出优势特色")]


def test_a_place_s_jurisdiction_is_no_reference_to_the_page_s_own() -> None:
    g = gazetteer()
    assert [m.self_ref for m in g.mentions("此外，蚶江镇辖区各重点项目有序推进。")] == []
    assert [m.self_ref for m in g.mentions("通报辖区重点项目进度。")] == ["district"]
