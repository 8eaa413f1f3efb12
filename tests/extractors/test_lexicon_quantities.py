"""The word lists behind numerals and quantities load and hold what their code expects.

One check per promise a file makes in its ``fields`` header: every data key is
documented, kinds and qualifiers come from the closed sets the records use,
currency codes look like ISO 4217, regular expressions compile, and no surface
form is claimed twice.
"""

from __future__ import annotations

import re

import pytest

from extractors.records import QUALIFIERS
from extractors.wordlists import load

FILES = ["units", "scales", "hedges", "noncounts", "subjects"]
KINDS = {"count", "measure", "duration", "percent", "points", "multiple"}


@pytest.mark.parametrize("name", FILES)
def test_every_data_key_is_documented(name: str) -> None:
    data = load(name)
    assert isinstance(data["source"], str) and len(data["source"]) > 40
    documented = set(data["fields"])
    keys = set(data) - {"source", "fields", "provenance"}
    assert keys == documented, f"undocumented: {keys - documented}, stale: {documented - keys}"


def test_units_have_a_known_kind_and_no_surface_twice() -> None:
    units = load("units")
    for surface, (canonical, kind) in units["units"].items():
        assert kind in KINDS, surface
        assert canonical, surface
    for surface, (_canonical, kind) in units["latin_units"].items():
        assert kind in KINDS and re.fullmatch(r"[A-Za-z]+[²³]?", surface), surface
    surfaces = [*units["units"], *units["currencies"]]
    assert len(surfaces) == len(set(surfaces))


def test_currencies_carry_iso_codes() -> None:
    units = load("units")
    canonicals = set()
    for surface, (canonical, iso) in units["currencies"].items():
        assert iso is None or re.fullmatch(r"[A-Z]{3}", iso), surface
        canonicals.add(canonical)
    assert set(units["currency_prefixes"].values()) <= canonicals
    assert set(units["subunits"]) <= canonicals
    for subunits in units["subunits"].values():
        assert all(0 < fraction < 1 for fraction in subunits.values())


def test_traditional_folds_one_character_for_one() -> None:
    fold = load("units")["traditional"]
    assert all(len(k) == 1 and len(v) == 1 and k != v for k, v in fold.items())


def test_scales_are_powers_of_ten() -> None:
    scales = load("scales")
    for table in ("scales", "letters", "money_letters"):
        for word, value in scales[table].items():
            assert value >= 10 and float(value).is_integer(), word
            assert 10 ** round(len(str(int(value))) - 1) == value, word
    assert "兆" not in scales["scales"]


def test_hedges_map_to_record_qualifiers() -> None:
    hedges = load("hedges")
    for table in ("before", "before_outside", "middle", "after", "bare_scale_before"):
        for word, qualifier in hedges[table].items():
            assert qualifier in QUALIFIERS, (table, word)
    assert set(hedges["change"].values()) == {"increase", "decrease"}
    assert all(sep for sep in hedges["range_separators"])
    assert set(load("units")["duration_tails"].values()) <= set(QUALIFIERS)


def test_inside_and_outside_hedges_do_not_overlap() -> None:
    hedges = load("hedges")
    assert not set(hedges["before"]) & set(hedges["before_outside"])


def test_noncount_patterns_compile_and_match_their_examples() -> None:
    noncounts = load("noncounts")
    for pattern in noncounts["patterns"]:
        re.compile(pattern)
    assert re.search(noncounts["ordinal_before"], "区第")
    assert re.search(noncounts["ordinal_before"], "排名前")
    assert re.match(noncounts["class_after"], "企业")
    assert not re.match(noncounts["class_after"], "，")
    assert "一带一路" in noncounts["phrases"] and "四川" in noncounts["words"]
    assert len(noncounts["words"]) == len(set(noncounts["words"]))


def test_subject_lists() -> None:
    subjects = load("subjects")
    assert re.search(subjects["comparisons"], "增速比上半年")
    assert re.search(subjects["comparisons"], "同比")
    assert not re.search(subjects["comparisons"], "占全市比重")
    assert re.match(subjects["organizations"], "区医保局报销比例")
    assert isinstance(subjects["max_chars"], int) and subjects["max_chars"] > 4
    assert len(subjects["boundaries"]) == len(set(subjects["boundaries"]))


# Tables whose every entry says where it comes from: word → source, or word → {…, source}.
SOURCED = [("units", "ratio_separators"), ("units", "ratio_cues"), ("units", "digit_counts"),
           ("units", "growth_words"), ("subjects", "predicates"), ("subjects", "nominal_verbs"),
           ("subjects", "relational_heads"), ("subjects", "comparators"),
           ("subjects", "nominal_suffixes"), ("subjects", "speech_verbs")]


@pytest.mark.parametrize(("name", "table"), SOURCED, ids=[f"{n}-{t}" for n, t in SOURCED])
def test_every_entry_names_its_source(name: str, table: str) -> None:
    entries = load(name)[table]
    assert isinstance(entries, dict) and entries
    for word, entry in entries.items():
        source = entry["source"] if isinstance(entry, dict) else entry
        assert isinstance(source, str) and len(source) >= 4, (table, word)


def test_ratio_and_digit_count_tables() -> None:
    units = load("units")
    assert {v["reads"] for v in units["ratio_separators"].values()} <= {"always", "unless_clock", "cued"}
    assert all(len(sep) == 1 for sep in units["ratio_separators"])
    for word, entry in units["digit_counts"].items():
        assert word.endswith("位数"), word
        assert entry["qualifier"] in QUALIFIERS and entry["value"] in (10, 100), word
    assert {v["change"] for v in units["growth_words"].values()} == {"increase", "decrease"}


def test_subject_word_classes() -> None:
    subjects = load("subjects")
    predicates, nominal = set(subjects["predicates"]), set(subjects["nominal_verbs"])
    assert not predicates & nominal
    assert not set(subjects["function_tags"]) & set(subjects["noun_tags"])
    assert set(subjects["leading_tags"]) <= set(subjects["function_tags"])
    assert all(len(ch) == 1 for ch in subjects["nominal_suffixes"])
    # each pattern does what its field promises, on the field's own examples
    assert re.sub(subjects["dated_comparisons"], "", "增速比1-9月份加快") == "增速加快"
    assert re.sub(subjects["dated_comparisons"], "", "城乡居民收入比2.56") == "城乡居民收入比2.56"
    assert re.sub(subjects["dates_in_clause"], "", "规模以上工业增加值1-10月份增长") == "规模以上工业增加值增长"
    assert re.sub(subjects["dates_in_clause"], "", "用5年时间") == "用5年时间"
    assert re.sub(subjects["rankings"], "", "增速居全省第一") == "增速"
    assert re.match(subjects["date_after_digits"], "月份全市").group() == "月份"
    m = re.search(subjects["time_taken"], "从拿地到开工只用了")
    assert m and (m.group("process"), m.group("verb")) == ("拿地到开工", "用了")
