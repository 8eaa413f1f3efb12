"""The jieba tokenizer with zhibiao's user dictionary (extractors/segment.py)."""

from __future__ import annotations

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
