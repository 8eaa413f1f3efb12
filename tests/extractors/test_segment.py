"""The jieba tokenizer with zhibiao's user dictionary (extractors/segment.py)."""

from __future__ import annotations

import re
from pathlib import Path

import jieba
import pytest

from extractors import segment
from extractors.organizations import find_organizations

# (text, tokens that must come out whole) — plain jieba splits each of them.
WHOLE = [
    ("监察和司法委员会关于检查工作方案的汇报", ["监察和司法委员会"]),
    ("推动高效办成一件事", ["高效办成一件事"]),
    ("推进基层立法联系点建设", ["基层立法联系点"]),
    ("国家金融监督管理总局发布", ["国家金融监督管理总局"]),
    ("加快发展新质生产力", ["新质生产力"]),
]


@pytest.mark.parametrize(("text", "tokens"), WHOLE, ids=[t[1][0] for t in WHOLE])
def test_lexicon_words_stay_whole(text: str, tokens: list[str]) -> None:
    cut = segment.cut(text)
    assert "".join(cut) == text
    for token in tokens:
        assert token in cut
        # the point of the module: plain jieba breaks these
        assert token not in jieba.lcut(text)


def test_short_names_and_titles() -> None:
    assert segment.cut("区人大常委会党组书记") == ["区", "人大常委会", "党组书记"]


def test_register_names_found_in_a_document() -> None:
    text = "城发灵湾瑞城燃气服务站完成供热报装"
    assert "城发灵湾瑞城燃气服务站" not in segment.cut(text)
    segment.register(o.name for o in find_organizations(text))
    assert "城发灵湾瑞城燃气服务站" in segment.cut(text)


def test_register_ignores_blank_and_single_characters() -> None:
    segment.register(["", " ", "局"])
    assert segment.cut("局") == ["局"]


def test_tokenizer_is_built_once() -> None:
    assert segment.tokenizer() is segment.tokenizer()


def test_lexicon_words_come_from_the_yaml_lists() -> None:
    words = set(segment.lexicon_words())
    assert {"国家开发银行", "国开行", "人大常委会", "党组书记", "营商环境"} <= words
    assert all(len(w) >= 2 for w in words)


# --- guarded: a look-ahead that changes no match ----------------------------------

ROOT = Path(__file__).resolve().parents[2]
DEV_TEXTS = [p.read_text(encoding="utf-8") for folder in ("tests/gold/heldout", "tests/gold/eval3",
                                                          "tests/gold/eval4", "seeds")
             for p in sorted((ROOT / folder).glob("*.txt"))]

# Patterns that mix words, classes and look-behinds at their start (the kind
# guarded speeds up), and text made to trip them: digits, numerals, slogans, blanks.
MIXED = [
    r"一带一路|[一二三]年(?:行动|计划)|\d+\+\d+(?:\+\d+)*|\d+[×xX*]\d+|[一二三\d]+(?:强|佳)",
    r"(?:第|(?:(?<![目提年])|(?<=今年|去年))前|排名前?|编号|\[|【)\s*$",
    r"(?<![\d.])(?:[12]\d{3}年(?:\d{1,2}月)?|\d{1,2}(?:月份|季度))(?!\d)",
    r"(?:同比|环比|(?:较|比)(?![重例])[一-龥]{1,7})$",
    r"\s*[，。](?:其中|全年)?",
]
TRICKY = ["一带一路建设", "三年行动计划", "5+5+7产业链", "3×4米", "十强县", "百佳", "排名前 ", "位列前十",
          "编号2024", "【12345】", "2024年10月份", "1—10月份", "12.5季度", "比上年增长", "较同期", "同比",
          " ，其中全年", "\n。", ""]


@pytest.mark.parametrize("pattern", MIXED)
def test_guarded_finds_what_the_plain_pattern_finds(pattern: str) -> None:
    plain, fast = re.compile(pattern), segment.guarded(pattern)
    assert fast.pattern != plain.pattern   # the look-ahead is there
    for text in [*TRICKY, "".join(TRICKY), *DEV_TEXTS]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for end in range(0, min(len(text), 300), 7):   # searches that end where a figure starts
            found, expected = fast.search(text, max(0, end - 12), end), plain.search(text, max(0, end - 12), end)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("pattern", ["科技|金融", "[0-9]+万", "(?:同|环)比", r"\d*", "(?i)abc", r"a|(?i:b)",
                                     "[^a]b", "x|.y"])
def test_guarded_leaves_alone_what_it_cannot_or_need_not_speed_up(pattern: str) -> None:
    assert segment.guarded(pattern).pattern == pattern


def test_grouped_word_pattern_finds_what_one_trie_finds() -> None:
    from extractors import places, topics

    gaz = places.gazetteer()
    for words in (list(topics._LABELS_OF), [k for k in gaz._keys if k[-1] not in places._NAME_ENDS]):
        flat = re.compile(segment.word_pattern(words))
        for groups in (2, 4, 7):
            grouped = re.compile(segment.word_pattern(words, groups=groups))
            for text in DEV_TEXTS:
                assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
