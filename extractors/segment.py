"""A jieba tokenizer that keeps department and organisation names whole.

jieba's own dictionary splits 区行政审批服务局 into 区 / 行政 / 审批 / 服务局 and
knows nothing of 人大常委会 or 代办服务科. This tokenizer is jieba plus a user
dictionary built from our word lists (known bodies and their aliases, suffixes,
titles, topic keywords), loaded once and lazily, for keyword search and word
lists — never for extraction over whole texts, which is regex-only for speed.
Names found in a document can be registered so later cuts keep them whole:

>>> register(["区行政审批服务局", "代办服务科"])
>>> "区行政审批服务局" in cut("区行政审批服务局代办服务科开展回访")
True
"""

from __future__ import annotations

import logging
import math
import re
import re._constants as _const  # type: ignore[import-not-found]  # private: no stubs
import re._parser as _sre  # type: ignore[import-not-found]  # (read by guarded)
import threading
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

import jieba

from .wordlists import load


def word_pattern(words: Iterable[str], groups: int = 1) -> str:
    """A regex matching any of ``words``, the longest at each position, written as
    a trie: Python's ``re`` tries a flat alternation's branches one by one, so a
    list of hundreds of words is several times faster this way.

    >>> word_pattern(["科技", "科技金融", "科创", "金融"])
    '(?:科(?:技(?:金融)?|创)|金融)'
    >>> re.findall(word_pattern(["科技", "科技金融"]), "科技金融与科技")
    ['科技金融', '科技']

    Wherever a word may start, ``re`` still tries every first character's branch
    in turn: with hundreds of them (the topic keywords), ``groups`` > 1 splits them
    into that many groups, each behind a look-ahead for its first characters, so
    only one group's branches are tried. The matches are the same (a character
    starts one branch only); measured on news text, four groups take half the time.

    >>> word_pattern(["科技", "科创", "金融", "数字"], groups=2)
    '(?=[科金数])(?:(?=[科数])(?:科(?:技|创)|数字)|(?=[金])(?:金融))'
    """
    branches = word_branches(words)
    if not branches:
        return "(?!)"
    if groups > 1 and len(branches) > groups:
        parts = [branches[i::groups] for i in range(groups)]
        alternatives = "|".join(f"(?=[{_first_chars(part)}])(?:{'|'.join(part)})" for part in parts)
        return f"(?=[{_first_chars(branches)}])(?:{alternatives})"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _first_chars(branches: list[str]) -> str:
    """The first characters of trie branches, as the inside of a character class."""
    return "".join(b[:2] if b.startswith("\\") else b[0] for b in branches)


def word_branches(words: Iterable[str]) -> list[str]:
    """The alternatives of :func:`word_pattern`, one per first character.

    Each starts with its character, so a pattern whose first alternatives are
    all such branches lets ``re`` skip ahead to where one may start instead of
    trying the pattern at every position (a group or an optional part in front
    would stop that): ``(?:副)?(?:局长|主任)`` is better spelled
    ``(?:副(?:局长|主任)|局长|主任)``, which matches the same.

    >>> word_branches(["副局长", "局长", "主任"])
    ['副局长', '局长', '主任']
    """
    trie: dict[str, dict] = {}
    for word in words:
        if word:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}
    return [re.escape(char) + _trie_regex(child) for char, child in trie.items()]


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_regex(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:   # a word ends here: the longer words are tried first, then this one
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


def guarded(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead for the characters its matches can
    start with: the same matches, found faster where ``re`` cannot skip ahead by itself.

    ``re`` skips to the places where a match can start only when every alternative
    starts with a plain character. A mix of words and classes (一带一路 or digits
    around a plus sign) is tried in full at every position; behind the look-ahead, a
    position whose character starts no alternative costs one test. A pattern whose
    start cannot be told (any character, a negated class, one that may match nothing,
    one that ignores case) is compiled as it is.

    >>> guarded("一带一路|[0-9]+[+][0-9]+").pattern
    '(?=[0-9一])(?:一带一路|[0-9]+[+][0-9]+)'
    >>> guarded("[0-9]*").pattern
    '[0-9]*'

    A pattern ``re`` scans fast already (one starting with a character, a class or
    alternatives that each start with a character) is left as it is:

    >>> guarded("一半|三成").pattern
    '一半|三成'
    """
    if _skips(_sre.parse(pattern).data):
        return re.compile(pattern)
    starts = start_class(pattern)
    return re.compile(pattern if starts is None else f"(?=[{starts}])(?:{pattern})")


def start_class(pattern: str) -> str | None:
    """The inside of a character class holding every character a match of ``pattern``
    can start with (:func:`guarded`'s look-ahead); None when that cannot be told
    (see :func:`guarded`) or the pattern may match nothing.

    >>> start_class("[1-9]月|今年")
    '1-9今'
    >>> start_class("[0-9]*") is None   # it may match nothing
    True
    """
    parsed = _sre.parse(pattern)
    if parsed.state.flags & _const.SRE_FLAG_IGNORECASE:
        return None
    starts = _starts(parsed.data)
    if starts is None or starts[1]:
        return None
    return "".join(sorted(set(starts[0])))


def _skips(items: Any) -> bool:
    """Whether ``re`` finds where a match of ``items`` can start by itself: the first
    item (inside groups) is a character, a class, or alternatives that each start
    with a character (what ``re``'s compiler takes for a prefix to scan for), or a
    repeat of a character or class (which ``re`` tests before anything else).
    Measured: a look-ahead in front of those only slows them down."""
    while items and items[0][0] is _const.SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op in (_const.LITERAL, _const.IN):
        return True
    if op in (_const.MAX_REPEAT, _const.MIN_REPEAT):   # [0-9]+万: re tests the first item quickly
        return av[0] >= 1 and bool(av[2].data) and av[2].data[0][0] in (_const.LITERAL, _const.IN)
    return op is _const.BRANCH and all(
        alternative and alternative[0][0] is _const.LITERAL for alternative in av[1])


def _starts(items: Any) -> tuple[list[str], bool] | None:
    """The class items (a character, a range, a category such as digits) a match of
    the sequence ``items`` can start with, and whether it can match nothing; None when
    they cannot be told."""
    found: list[str] = []
    for op, av in items:
        item = _item_starts(op, av)
        if item is None:
            return None
        found.extend(item[0])
        if not item[1]:
            return found, False
    return found, True


def _item_starts(op: Any, av: Any) -> tuple[list[str], bool] | None:
    if op is _const.LITERAL:
        return [re.escape(chr(av))], False
    if op is _const.IN:
        items = [_CLASS_ITEMS.get(kind, lambda _: None)(value) for kind, value in av]
        return None if None in items else ([str(i) for i in items], False)
    if op in (_const.AT, _const.ASSERT, _const.ASSERT_NOT):
        return [], True   # takes no character: the next item starts the match
    if op is _const.BRANCH:
        found, empty = [], False
        for alternative in av[1]:
            sub = _starts(alternative.data if hasattr(alternative, "data") else alternative)
            if sub is None:
                return None
            found.extend(sub[0])
            empty = empty or sub[1]
        return found, empty
    if op is _const.SUBPATTERN:
        return None if av[1] & _const.SRE_FLAG_IGNORECASE else _starts(av[3].data)
    if op in (_const.MAX_REPEAT, _const.MIN_REPEAT):
        sub = _starts(av[2].data)
        return None if sub is None else (sub[0], sub[1] or av[0] == 0)
    return None   # any character, a back reference, …: the start cannot be told


_CATEGORIES = {_const.CATEGORY_DIGIT: r"\d", _const.CATEGORY_NOT_DIGIT: r"\D",
               _const.CATEGORY_SPACE: r"\s", _const.CATEGORY_NOT_SPACE: r"\S",
               _const.CATEGORY_WORD: r"\w", _const.CATEGORY_NOT_WORD: r"\W"}
_CLASS_ITEMS: dict[Any, Any] = {
    _const.LITERAL: lambda code: re.escape(chr(code)),
    _const.RANGE: lambda pair: f"{re.escape(chr(pair[0]))}-{re.escape(chr(pair[1]))}",
    _const.CATEGORY: _CATEGORIES.get,
}


#: Frequency given to our words: high enough to beat jieba's splits of them.
USER_FREQ = 200_000

_lock = threading.Lock()


def lexicon_words() -> list[str]:
    """The words of our YAML lists that jieba should keep whole."""
    orgs = load("organizations")
    words: set[str] = set()
    for name, spec in orgs["known_bodies"].items():
        words.add(name)
        words.update(spec.get("aliases") or ())
    words.update(w for w in orgs["suffixes"] if len(w) >= 2)
    words.update(w for w in load("people")["titles"] if len(w) >= 2)
    for keywords in load("topics")["topics"].values():
        words.update(str(k) for k in keywords if len(str(k)) >= 2)
    return sorted(words)


@cache
def tokenizer() -> jieba.Tokenizer:
    """The shared tokenizer (built on first use; jieba's dictionary load takes ~1 s)."""
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    for word in lexicon_words():
        tk.add_word(word, USER_FREQ)
    return tk


def register(names: Iterable[str]) -> None:
    """Add names found in a document (organisations, people) to the user dictionary."""
    tk = tokenizer()
    with _lock:
        for name in names:
            name = name.strip()
            if len(name) >= 2:
                tk.add_word(name, USER_FREQ)


def cut(text: str) -> list[str]:
    """Tokens of a short text (a query, a window, a title), names kept whole.

    >>> cut("区人大常委会党组书记")
    ['区', '人大常委会', '党组书记']
    """
    return tokenizer().lcut(text, HMM=True)


@lru_cache(maxsize=8192)
def dictionary_words(run: str) -> tuple[str, ...]:
    """Words of a short run (a name, a subject) by jieba's own dictionary, without
    HMM guesses or our user words, so each can be looked up in
    :func:`dictionary_tags`. Never for a whole text.

    >>> dictionary_words("好洛阳市统计局")
    ('好', '洛阳市', '统计局')
    """
    return tuple(dictionary_cut(run))


def dictionary_cut(text: str) -> list[str]:
    """``jieba.lcut(text, HMM=False)``, word for word, in less time: each block's
    dictionary graph and best route are worked out in one backward pass, with each
    word's log frequency looked up once (jieba builds the graph, then takes a log of
    every edge on every cut). Words are the same because the sums are the same
    floats, compared the same way (the longer word wins a tie).

    >>> dictionary_cut("全区金融机构2024年GDP") == jieba.lcut("全区金融机构2024年GDP", HMM=False)
    True
    """
    words: list[str] = []
    for block in jieba.re_han_default.split(text):
        if not block:
            continue
        if jieba.re_han_default.match(block):
            _cut_block(block, words)
            continue
        for piece in jieba.re_skip_default.split(block):
            if jieba.re_skip_default.match(piece):
                words.append(piece)
            else:
                words.extend(piece)
    return words


def _cut_block(block: str, words: list[str]) -> None:
    """jieba's cut of one run of characters without HMM, appended to ``words``."""
    freq, log_p, log_total = _dictionary()
    n = len(block)
    score = [0.0] * (n + 1)
    last = list(range(n + 1))   # the index of the last character of the best word at each start
    for k in range(n - 1, -1, -1):
        best = None
        i = k
        frag = block[k]
        while i < n:
            p = log_p.get(frag)
            if p is None:   # not looked up yet, or no word starts so
                if frag not in freq:
                    break
                p = log_p[frag] = math.log(freq[frag]) - log_total if freq[frag] else _PREFIX
            if p is not _PREFIX:
                total = p + score[i + 1]
                if best is None or total >= best:
                    best, last[k] = total, i
            i += 1
            frag = block[k:i + 1]
        if best is None:
            best = math.log(freq.get(block[k]) or 1) - log_total + score[k + 1]
        score[k] = best
    _join_letters(block, last, words)


def _join_letters(block: str, last: list[int], words: list[str]) -> None:
    """Walk the best route; single Latin letters and digits in a row make one word."""
    x, n, buf = 0, len(block), ""
    while x < n:
        y = last[x] + 1
        word = block[x:y]
        if len(word) == 1 and jieba.re_eng.match(word):
            buf += word
        else:
            if buf:
                words.append(buf)
                buf = ""
            words.append(word)
        x = y
    if buf:
        words.append(buf)


_PREFIX = 1.0   # in the cache of log probabilities: the start of a word, no word itself


@cache
def _dictionary() -> tuple[dict[str, int], dict[str, float], float]:
    """jieba's default dictionary (word → frequency, prefixes at 0), a cache of log
    probabilities, and the log of the total."""
    _quiet()
    jieba.dt.check_initialized()
    return jieba.dt.FREQ, {}, math.log(jieba.dt.total)


@cache
def dictionary_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (ICTCLAS set: ``ns`` place, ``v`` verb,
    ``d`` adverb, ``f`` locality word, ``i``/``l`` idiom or fixed phrase).

    >>> dictionary_tags()["洛阳市"], dictionary_tags()["再"]
    ('ns', 'd')
    """
    from jieba import posseg

    return posseg.dt.word_tag_tab


@cache
def _quiet() -> None:
    # Once: setting a level clears every logger's cache, which costs more than a cut.
    jieba.setLogLevel(logging.WARNING)
