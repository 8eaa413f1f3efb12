"""Every word-list entry says where it comes from, and none is copied from a development text.

Each word list names, per section, the general sources of its entries (``provenance``,
ids of ``lexicon/sources.yaml``; see ``extractors/lexicon/README.md``). An entry of four
or more characters that occurs verbatim in a development text (``seeds/*.txt`` and every
``tests/gold/**/*.txt``, found by glob so new documents count at once) must be vouched for
by a general source: by its section's sources when they are closed lists a reviewer can
look the entry up in (a dictionary, a standard, a law, a glossary, a pattern), else by its
own line in ``provenance.entries``. A section that names ``curated`` (our own choices)
vouches for no word, nor does one that names a ``policy`` source (national policy
vocabulary is open-ended): there each entry found in a development text is vouched for
one by one, so a phrase read off a development page cannot hide in its section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractors.wordlists import load, names

ROOT = Path(__file__).resolve().parents[2]
MIN_CHARS = 4
DESCRIPTIVE = {"source", "fields", "provenance"}
KINDS = {"dictionary", "standard", "law", "glossary", "policy", "pattern", "curated"}
SOURCES: dict[str, dict[str, str]] = load("sources")["sources"]
WORD_LISTS = [n for n in names() if n != "sources"]


#: Sets still untouched (tests/gold/README.md, "Untouched sets"): no entry can have been copied
#: from them, since nothing was changed after they were written. A set moves out of here the
#: day anyone tunes to it, and from then on this check reads it like any development text.
UNTOUCHED: tuple[str, ...] = ("tests/gold/eval98/",)


def development_texts(root: Path = ROOT) -> dict[str, str]:
    """Every development text, as written and with its line breaks and spaces taken out
    (the sample page is hard-wrapped: 一表申\\n请)."""
    paths = [p for p in [*root.glob("seeds/*.txt"), *root.glob("tests/gold/**/*.txt")]
             if not p.relative_to(root).as_posix().startswith(UNTOUCHED)]
    texts = {}
    for path in sorted(paths):
        raw = path.read_text(encoding="utf-8")
        texts[path.relative_to(root).as_posix()] = raw + "\n" + re.sub(r"\s+", "", raw)
    return texts


_FIELD_NAME = re.compile(r"[a-z_]+")  # aliases, kind, not_before: the names of an entry's fields


def entries(node: Any) -> Iterator[str]:
    """Every word of a section: strings in lists and mappings, and the mappings' keys
    (but not the field names of an entry's own mapping)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and not _FIELD_NAME.fullmatch(key):
                yield key
            yield from entries(value)
    elif isinstance(node, list):
        for item in node:
            yield from entries(item)
    elif isinstance(node, str):
        yield node


def general(ids: list[str]) -> bool:
    """Every source named is a general one (not our own choices)."""
    return bool(ids) and all(SOURCES[i]["kind"] != "curated" for i in ids)


def closed(ids: list[str]) -> bool:
    """Every source named is a closed list that holds the section's entries."""
    return general(ids) and all(SOURCES[i]["kind"] != "policy" for i in ids)


def unvouched(data: dict[str, Any], texts: dict[str, str]) -> list[tuple[str, str, list[str]]]:
    """(section, entry, the texts holding it) for each long entry found in a development
    text that no general source vouches for."""
    provenance = data["provenance"]
    vouched = {word for source, words in (provenance.get("entries") or {}).items()
               if general([source]) for word in words}
    found = []
    for section, ids in provenance["sections"].items():
        if closed(ids):
            continue
        for word in set(entries(data[section])):
            if len(word) >= MIN_CHARS and word not in vouched:
                holding = [name for name, text in texts.items() if word in text]
                if holding:
                    found.append((section, word, holding))
    return sorted(found)


def test_sources_are_described() -> None:
    assert SOURCES
    for source_id, source in SOURCES.items():
        assert source["kind"] in KINDS, source_id
        assert source["title"].strip() and source["covers"].strip(), source_id


@pytest.mark.parametrize("name", WORD_LISTS)
def test_every_section_names_its_sources(name: str) -> None:
    data = load(name)
    sections = data["provenance"]["sections"]
    assert set(sections) == set(data) - DESCRIPTIVE, f"{name}.yaml: provenance must name each section's sources"
    for section, ids in sections.items():
        assert ids and all(i in SOURCES for i in ids), f"{name}.yaml {section}: unknown source in {ids}"


@pytest.mark.parametrize("name", WORD_LISTS)
def test_entry_sources_name_real_entries(name: str) -> None:
    data = load(name)
    words = {w for section in set(data) - DESCRIPTIVE for w in entries(data[section])}
    for source, listed in (data["provenance"].get("entries") or {}).items():
        assert source in SOURCES and general([source]), f"{name}.yaml: {source} is no general source"
        assert not set(listed) - words, f"{name}.yaml: entries vouched for but not in the file: {set(listed) - words}"


def test_development_texts_are_found() -> None:
    texts = development_texts()
    assert any(name.startswith("seeds/") for name in texts)
    assert any(name.startswith("tests/gold/") for name in texts)


@pytest.mark.parametrize("name", WORD_LISTS)
def test_no_entry_is_copied_from_a_development_text(name: str) -> None:
    found = unvouched(load(name), development_texts())
    assert not found, f"{name}.yaml: entries that occur in development texts with no general source:\n" + \
        "\n".join(f"  {section}: {word} ({', '.join(where)})" for section, word, where in found)


def test_the_check_catches_a_copied_entry(tmp_path: Path) -> None:
    # A curated section holding a phrase of a development text is caught; the same
    # phrase vouched for by a general source, or in a section of general sources, is not.
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "page.txt").write_text("紧扣新区经略\n海洋主题", encoding="utf-8")
    texts = development_texts(tmp_path)
    copied = {"topics": {"海洋": {"经略海洋": 3}}, "provenance": {"sections": {"topics": ["curated"]}}}
    assert unvouched(copied, texts) == [("topics", "经略海洋", ["seeds/page.txt"])]
    copied["provenance"]["entries"] = {"state-policy": ["经略海洋"]}
    assert unvouched(copied, texts) == []
    policy_section = {"topics": {"海洋": {"经略海洋": 3}}, "provenance": {"sections": {"topics": ["state-policy"]}}}
    assert unvouched(policy_section, texts) == [("topics", "经略海洋", ["seeds/page.txt"])]
    closed_section = {"topics": {"海洋": {"经略海洋": 3}}, "provenance": {"sections": {"topics": ["xiandai-hanyu"]}}}
    assert unvouched(closed_section, texts) == []
