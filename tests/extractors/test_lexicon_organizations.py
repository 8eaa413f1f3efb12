"""The word lists behind organisations, people and topics load and hold together
(extractors/lexicon/organizations.yaml, people.yaml, topics.yaml)."""

from __future__ import annotations

import re

import pytest

from extractors.wordlists import load

KINDS = {"government", "party", "congress", "cppcc", "court", "school", "company", "bank",
         "institute", "center", "other"}
TOPIC_LABELS = {"政务服务", "金融", "教育", "科技", "海洋", "人大政协", "党建", "农业农村", "城市建设",
                "营商环境", "文旅", "卫生健康", "生态环保", "交通", "民生社保", "工业制造", "招商投资",
                "安全应急", "法治", "经济运行"}
CJK = re.compile(r"[\u3400-\u9fff（）“”]+")


@pytest.mark.parametrize("name", ["organizations", "people", "topics"])
def test_every_data_key_is_described(name: str) -> None:
    data = load(name)
    assert isinstance(data["source"], str) and data["source"].strip()
    described = set(data["fields"])
    present = set(data) - {"source", "fields", "provenance"}
    assert present == described, f"{name}.yaml: fields must describe exactly its data keys"


def test_suffixes() -> None:
    suffixes = load("organizations")["suffixes"]
    assert {"局", "委员会", "常委会", "政协", "中心", "科", "办公室", "公司", "分行", "研究所",
            "学校", "小学", "中学", "党校"} <= set(suffixes)
    for word, spec in suffixes.items():
        assert CJK.fullmatch(word), word
        assert spec["kind"] in KINDS, word
        assert set(spec) <= {"kind", "min_body", "not_before"}, word
        assert 0 <= spec.get("min_body", 2) <= 2, word


def test_kinds_and_attachments_are_known_kinds() -> None:
    lex = load("organizations")
    assert {kind for _, kind in lex["kind_markers"]} <= KINDS
    assert set(lex["attach"]) <= KINDS and set(lex["split_parents"]) <= KINDS
    for children in lex["attach"].values():
        assert set(children) <= set(lex["suffixes"])


def test_known_bodies_and_aliases() -> None:
    bodies = load("organizations")["known_bodies"]
    seen: dict[str, str] = {}
    for name, spec in bodies.items():
        assert spec["kind"] in KINDS, name
        for alias in spec.get("aliases") or ():
            # two-character aliases (工行, 中行) fire inside ordinary words (施工行为, 集中行动)
            assert len(alias) >= 3, alias
            assert seen.setdefault(alias, name) == name, f"{alias} names two bodies"
    assert bodies["国家开发银行"]["aliases"][0] == "国开行"
    # one scan finds names and suffixes and tells them apart by lookup
    assert not (set(seen) | set(bodies)) & set(load("organizations")["suffixes"])


def test_boundary_words_do_not_contradict_each_other() -> None:
    lex = load("organizations")
    stops, protected = set(lex["stop_words"]), set(lex["protected"])
    assert not stops & protected
    assert not stops & set(lex["suffixes"])
    assert {"在", "与", "和", "对", "到", "由", "从", "联合", "组织", "协调", "陪同", "关于", "的"} <= (
        stops | set(lex["soft_stops"])
    )
    # every protected word must contain a stop word, or it protects nothing
    for word in protected:
        assert any(s in word for s in stops | set(lex["soft_stops"])), word


@pytest.mark.parametrize("key", ["count_numerals", "classifiers", "not_place_before"])
def test_character_sets(key: str) -> None:
    chars = load("organizations")[key]
    # read as regex character classes: plain characters, no ranges or escapes
    assert isinstance(chars, str) and chars and not set(chars) & set("-^[]\\ ")
    assert len(set(chars)) == len(chars)
    re.compile(f"[{chars}]")


def test_drop_patterns_compile() -> None:
    for pattern in load("organizations")["drop_in_name"]:
        re.compile(pattern)


def test_people_lists() -> None:
    lex = load("people")
    surnames = lex["surnames"]
    assert all("\u4e00" <= c <= "\u9fff" for c in surnames)
    assert {"王", "李", "张", "刘", "陈", "佟", "逯", "仪", "庄", "徐"} <= set(surnames)
    assert all(len(s) == 2 for s in lex["compound_surnames"])
    assert {"党组书记", "主任", "主席", "局长", "科长", "调研员", "书记"} <= set(lex["titles"])
    assert set(lex["byline_roles"].values()) <= {"记者", "通讯员", "实习生", "摄影"}
    # a function word that is a surname would make 记者从… a reporter
    assert not {"在", "了", "的", "对", "到"} & set(surnames)


def test_topics() -> None:
    lex = load("topics")
    assert set(lex["topics"]) >= TOPIC_LABELS
    assert set(lex["scoring"]) == {"per_chars", "min_chars", "threshold", "relative",
                                   "max_labels", "lead_weight", "lead_chars"}
    for label, keywords in lex["topics"].items():
        assert len(keywords) >= 10, label
        for keyword, weight in keywords.items():
            assert 0 <= float(weight) <= 3, (label, keyword)
            assert str(keyword).strip() == str(keyword) and len(str(keyword)) >= 2
