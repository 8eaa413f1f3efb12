"""Every word list loads, says where its words come from, and what its fields mean."""

from __future__ import annotations

import re

import pytest

from extractors import wordlists

NAMES = wordlists.names()


def test_there_are_word_lists() -> None:
    assert {"articles", "scales"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_word_list_has_provenance_and_field_notes(name: str) -> None:
    data = wordlists.load(name)
    assert isinstance(data["source"], str) and data["source"].strip()
    assert isinstance(data.get("fields"), dict) and data["fields"]
    data_keys = set(data) - {"source", "fields", "provenance"}
    assert data_keys, f"{name}.yaml holds no data"


def test_article_patterns_compile() -> None:
    lexicon = wordlists.load("articles")
    for key in ("byline", "dateline", "continued_from", "continued_to"):
        re.compile(lexicon[key])
    assert re.search(lexicon["dateline"], "本报9月9日讯")
    assert re.search(lexicon["continued_from"], "（上接第一版）")
