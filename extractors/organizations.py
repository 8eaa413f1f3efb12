"""Departments, organisations and the people named with them.

A body is found from the right: a suffix (局, 委员会, 中心, 有限公司, 小学 …) or a
self-contained head (政协, 人大常委会, 区委) marks where a name ends, and the name
runs left over Chinese characters until punctuation, a previous body, or the
last verb, preposition, time word, pronoun or title before it, all listed in
``lexicon/organizations.yaml`` (积极协调|区城市管理局, 副区长林涛代表|区政府).
Mentions of one body are normalised to one name: the session number goes
(区第三届人大常委会 → 区人大常委会), aliases map to their canonical name
(国开行 → 国家开发银行), and within a text 西海岸新区行政审批服务局, 区行政审批服务局
and 行政审批服务局 share the name used most often.

>>> [(o.text, o.name, o.kind) for o in find_organizations("积极协调区城市管理局、新奥燃气公司等为企业做好现场踏勘")]
[('区城市管理局', '区城市管理局', 'government'), ('新奥燃气公司', '新奥燃气公司', 'company')]

A government department and its section are two bodies; an institute and its
sub-institute are one:

>>> [o.text for o in find_organizations("日前，区行政审批服务局代办服务科在回访中了解到")]
['区行政审批服务局', '代办服务科']
>>> [o.text for o in find_organizations("该中心由中国水产科学研究院黄海水产研究所设立")]
['中国水产科学研究院黄海水产研究所']

People are read from titles written before a name, and from bylines:

>>> text = "区人大常委会党组书记、主任佟海燕主持会议。"
>>> [(p.name, p.titles, p.organization) for p in find_people(text, find_organizations(text))]
[('佟海燕', ('党组书记', '主任'), '区人大常委会')]
>>> [(p.name, p.role) for p in find_people("□本报记者 陈蔚　本报通讯员 胡全福 王孜祎", [])]
[('陈蔚', 'reporter'), ('胡全福', 'reporter'), ('王孜祎', 'reporter')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from .records import Organization, Person
from .segment import dictionary_tags, dictionary_words, word_branches, word_pattern
from .wordlists import load

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_IS_NAME_CHAR = re.compile(f"[{_CJK}A-Za-z·]")
_LAST_NOT_NAME = re.compile(f"[\\s\\S]*[^{_CJK}A-Za-z·]")   # greedy: ends after the last one
_ALL_CJK = re.compile(f"[{_CJK}]+")
_SPACES = re.compile(r"\s+")
#: A name body longer than this without a stop word is a clause, not a name.
MAX_BODY = 20
#: Default number of name characters a suffix needs before it (新局 and 该局 are not bodies).
DEFAULT_MIN_BODY = 2


def _alternation(words: Any) -> str:
    """Any of the words, the longest at one position (a trie, for speed)."""
    return word_pattern(words)


@dataclass(frozen=True, slots=True)
class _Suffix:
    kind: str
    min_body: int
    not_before: tuple[str, ...]


def _build() -> dict[str, Any]:
    lex = load("organizations")
    suffixes = {
        word: _Suffix(spec["kind"], int(spec.get("min_body", DEFAULT_MIN_BODY)),
                      tuple(spec.get("not_before", ())))
        for word, spec in lex["suffixes"].items()
    }
    canonical: dict[str, str] = {}
    known_kind: dict[str, str] = {}
    for name, spec in lex["known_bodies"].items():
        known_kind[name] = spec["kind"]
        canonical[name] = name
        for alias in spec.get("aliases") or ():
            canonical[alias] = name
    numerals = lex["count_numerals"]
    title_stops = tuple(lex["title_stops"])
    titles = [t for t in load("people")["titles"] if len(t) >= 2 and t.endswith(title_stops)]
    levels = sorted(lex["place_levels"], key=len, reverse=True)
    place_chunk = (f"[{_CJK}]{{0,6}}?(?<![{lex['not_place_before']}])"
                   f"(?:{_alternation(levels)})")
    return {
        "suffixes": suffixes,
        "canonical": canonical,
        "known_kind": known_kind,
        # one flat trie for names and suffixes: named groups around two alternations
        # cost ~4x the scan time; a hit is told apart by looking it up
        "hits": re.compile(_alternation([*canonical, *suffixes])),
        # Protected words, then stop words and titles, then counts (两所), each spelled
        # as branches that start with a character, so a search skips to where one may
        # start; a hit is a protected word exactly when its text is one (protected
        # words are tried first).
        "stops": re.compile("(?:" + "|".join([
            *word_branches(lex["protected"]),
            *word_branches([*lex["stop_words"], *titles]),
            *(f"{re.escape(n)}[{numerals}]*[{lex['classifiers']}]" for n in numerals),
        ]) + ")"),
        "keep": frozenset(lex["protected"]),
        "soft": frozenset(lex["soft_stops"]),
        "false_end": re.compile(f"(?:{_alternation(lex['false_endings'])})$"),
        "place": re.compile(f"(?:{place_chunk})+|{_alternation(lex['national'])}"),
        "drop": [re.compile(p) for p in lex["drop_in_name"]],
        "rewrite": list(lex["rewrite_in_name"].items()),
        "classifiers": frozenset(lex["classifiers"]),
        "markers": [(m, k) for m, k in lex["kind_markers"]],
        "attach": {k: frozenset(v) for k, v in lex["attach"].items()},
        "split_parents": frozenset(lex["split_parents"]),
        "level_chars": frozenset(w[-1] for w in levels),
        "date_units": frozenset(lex["date_units"]),
        "url_debris": re.compile(lex["url_debris"]),
        "debris_tags": frozenset(lex["debris_tags"]),
        "clause_tags": frozenset(lex["clause_tags"]),
        "idiom_tags": frozenset(lex["idiom_tags"]),
        "place_tag": lex["place_tag"],
    }


_LEX = _build()
_SUFFIXES: dict[str, _Suffix] = _LEX["suffixes"]
_HITS: re.Pattern[str] = _LEX["hits"]
_STOPS: re.Pattern[str] = _LEX["stops"]
_PLACE: re.Pattern[str] = _LEX["place"]


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: str          # kind of the last suffix; markers may override it later


def find_organizations(text: str) -> list[Organization]:
    """Every mention of a department or organisation in ``text``, in order.

    ``text``/``start``/``end`` point into ``text``; ``name`` is the one normalised
    name of the body within this text.

    >>> [(o.text, o.name) for o in find_organizations(
    ...     "西海岸新区行政审批服务局开展活动。区行政审批服务局负责人说，行政审批服务局"
    ...     "和区行政审批服务局将…区第三届人大常委会")]  # doctest: +NORMALIZE_WHITESPACE
    [('西海岸新区行政审批服务局', '区行政审批服务局'), ('区行政审批服务局', '区行政审批服务局'),
     ('行政审批服务局', '区行政审批服务局'), ('区行政审批服务局', '区行政审批服务局'),
     ('区第三届人大常委会', '区人大常委会')]
    >>> [o.name for o in find_organizations("国开行等金融机构未来5年将提供融资支持")]
    ['国家开发银行']
    """
    candidates = _candidates(text)
    surfaces = [_surface_name(text[c.start:c.end]) for c in candidates]
    names = _merge_names(surfaces)
    return [
        Organization(text=text[c.start:c.end], start=c.start, end=c.end,
                     name=name, kind=_kind(name, surface, c.kind))
        for c, surface, name in zip(candidates, surfaces, names, strict=True)
    ]


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    prev: _Candidate | None = None
    pos = 0
    while (m := _HITS.search(text, pos)) is not None:
        s, e = m.span()
        pos = e
        if m.group() in _LEX["canonical"]:
            cand = _Candidate(s, e, _LEX["known_kind"][_LEX["canonical"][m.group()]])
            found.append(cand)
            prev = cand
            continue
        suffix = _SUFFIXES[m.group()]
        if suffix.not_before and text.startswith(suffix.not_before, e):
            pos = s + 1   # 政协委员会: 政协 is not a name end here, but 委员会 may be
            continue
        floor = prev.end if prev is not None else 0
        start, adjacent = _name_start(text, s, e, floor)
        if start is not None and not adjacent:
            start = _past_debris(text, start, s, e)
        if start is None:
            continue
        if adjacent and prev is not None and _stays_attached(prev, m.group(), s - start):
            prev.end, prev.kind = e, suffix.kind
            continue
        if s - start < suffix.min_body or _false_ending(text[start:e]):
            continue
        cand = _Candidate(start, e, suffix.kind)
        found.append(cand)
        prev = cand
    return found


def _name_start(text: str, s: int, e: int, floor: int) -> tuple[int | None, bool]:
    """Where the name ending in the suffix at ``s:e`` starts, and whether it
    follows the previous body directly (a chain like 区行政审批服务局代办服务科).
    ``None`` when the stretch before the suffix is a clause, not a name."""
    lo = max(floor, s - MAX_BODY - 1)
    last = _LAST_NOT_NAME.match(text, lo, s)   # back from the suffix over name characters
    ws = last.end() if last else lo
    cut = None
    for sm in _STOPS.finditer(text, ws, e):
        if sm.end() <= s and sm.group() not in _LEX["keep"]:
            cut = sm.end()
    if cut is None and ws == lo > floor and _IS_NAME_CHAR.match(text, ws - 1):
        return None, False   # ran the whole window without a boundary: a clause
    start = cut if cut is not None else ws
    while start < s and text[start] in _LEX["soft"]:
        start += 1
    if (start == ws and 0 < ws < s and text[ws - 1].isdigit()
            and (text[ws] in _LEX["classifiers"] or text[ws] in _LEX["date_units"])):
        start += 1   # 2个分中心 counts centres; 2018年市政府 is a date, then the body
    if cut is None and start == ws:
        start = _quoted_start(text, start)
    return start, cut is None and start == floor and floor > 0


def _quoted_start(text: str, start: int) -> int:
    """Widen a name over a bracketed place and a quoted slogan before it:
    “一带一路”（青岛）金融服务中心."""
    if start > 0 and text[start - 1] == "）":
        opening = text.rfind("（", max(0, start - 8), start - 1)
        if (opening >= 0 and _ALL_CJK.fullmatch(text, opening + 1, start - 1)
                and _is_place(text[opening + 1:start - 1]) and not _starts_with_place(text[start:])):
            start = opening
            if start > 0 and text[start - 1] == "”":
                quote = text.rfind("“", max(0, start - 14), start - 1)
                if quote >= 0:
                    start = quote
    return start


def _is_place(word: str) -> bool:
    """A place name by jieba's dictionary (青岛, 洛阳市) or one ending in a level word."""
    return dictionary_tags().get(word) == _LEX["place_tag"] or bool(_PLACE.fullmatch(word))


def _starts_with_place(text: str) -> bool:
    words = dictionary_words(text[:12])
    return bool(words) and dictionary_tags().get(words[0]) == _LEX["place_tag"]


def _past_debris(text: str, start: int, s: int, e: int) -> int | None:
    """Where the name in ``text[start:e]`` (suffix at ``s``) really starts, past
    what is left of a link (com西海岸新区…) and words before its place name that
    cannot open a name (服务好|洛阳市统计局); ``None`` when it is a clause
    (秋季学期开学前再新增公办幼儿园, 统揽全局)."""
    link = _LEX["url_debris"].match(text, start, s)
    if link is not None and link.end() > start:
        start = link.end()
    if s - start < 1:
        return start
    words = _clean_words(text[start:e])
    if words is None:
        return None
    return start + words


@lru_cache(maxsize=4096)
def _clean_words(name: str) -> int | None:
    """How many characters of debris open ``name`` (0 when none); ``None`` when
    the name is a clause. Cached: the same stretches recur on every page."""
    tags = dictionary_tags()
    words = dictionary_words(name)
    cut = 0
    if len(words) > 1 and len(words[0]) == 1 and words[0] in _SUFFIXES and _LEX["place"].match(words[1]):
        cut, words = 1, words[1:]   # 山 东 省 统 计 局|国家统计局: the spaced name before ends there
    place = next((i for i, w in enumerate(words) if len(w) >= 2 and tags.get(w) == _LEX["place_tag"]), 0)
    # A locality word of two characters names a region (西部陆海新通道): not debris.
    if place and all(tags.get(w) in _LEX["debris_tags"] and (len(w) == 1 or tags.get(w) != "f")
                     for w in words[:place]):
        cut = sum(map(len, words[:place]))
        words = words[place:]
    elif len(words) > 1 and words[-1][0] in _LEX["level_chars"] \
            and all(len(w) >= 2 and (tags.get(w) in _LEX["debris_tags"] or tags.get(w) in _LEX["idiom_tags"])
                    for w in words[:-1]):
        # 认真贯彻落实|市委: verbs and adverbs before a body named by its level alone
        cut = sum(map(len, words[:-1]))
        words = words[-1:]
    first = 0
    while first < len(words) - 1 and tags.get(words[first]) == _LEX["place_tag"]:
        first += 1   # 上海市|上城区人民政府: a word after the place may open the rest
    for i in range(first + 1, len(words)):
        tag = tags.get(words[i])
        # A locality word is a postposition after a word (开学|前, 校园|里); after a
        # lone character it is part of a coined name (融担上技科技服务有限公司).
        if tag in _LEX["clause_tags"] and (tag != "f" or len(words[i - 1]) >= 2):
            return None
    last = words[-1] if words else ""
    if len(last) >= 4 and tags.get(last) in _LEX["idiom_tags"] and _SUFFIXES.get(last[-1]) is not None:
        return None
    return cut


def _stays_attached(parent: _Candidate, child_suffix: str, body_len: int) -> bool:
    """区委组织部 and 研究院…研究所 stay one body; a department's section does not."""
    if body_len == 0:
        return True
    if parent.kind not in _LEX["split_parents"]:
        return True
    return child_suffix in _LEX["attach"].get(parent.kind, ())


@lru_cache(maxsize=4096)
def _false_ending(name: str) -> bool:
    """上市公司 or 服务大局 end in a suffix but name no body; 区人民政府 does."""
    m = _LEX["false_end"].search(name)
    if m is None:
        return False
    rest = name[:m.start()]
    return not (rest and _PLACE.fullmatch(rest))


@lru_cache(maxsize=4096)
def _surface_name(surface: str) -> str:
    # Cached, like _split_place: the same bodies are named on page after page.
    name = _SPACES.sub("", surface)
    name = _LEX["canonical"].get(name, name)
    for formal, short in _LEX["rewrite"]:
        name = name.replace(formal, short)
    for pattern in _LEX["drop"]:
        name = pattern.sub("", name)
    return name


@lru_cache(maxsize=4096)
def _split_place(name: str) -> tuple[str, str]:
    """(level, core): 西海岸新区行政审批服务局 → ('区', '行政审批服务局')."""
    m = _PLACE.match(name)
    if m is None or len(name) - m.end() < 2:
        return "", name
    place = m.group()
    level = place[-1] if place[-1] in _LEX["level_chars"] else "国"
    return level, name[m.end():]


def _merge_names(surfaces: list[str]) -> list[str]:
    """One name per body: mentions with one core and a compatible level share the
    name written most often (ties: the one written first)."""
    keys = [_split_place(s) for s in surfaces]
    levels_of: dict[str, dict[str, int]] = defaultdict(dict)
    for level, core in keys:
        if level:
            counts = levels_of[core]
            counts[level] = counts.get(level, 0) + 1
    groups: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    resolved = []
    for (level, core), surface in zip(keys, surfaces, strict=True):
        if not level and core in levels_of:
            level = _most_common(levels_of[core])
        key = (level, core)
        resolved.append(key)
        counts = groups[key]
        counts[surface] = counts.get(surface, 0) + 1
    winners = {key: _most_common(counts) for key, counts in groups.items()}
    return [winners[key] for key in resolved]


def _most_common(counts: dict[str, int]) -> str:
    """The most counted key, the first counted among ties (as ``Counter.most_common``)."""
    return max(counts.items(), key=itemgetter(1))[0]


@lru_cache(maxsize=4096)
def _kind(name: str, surface: str, suffix_kind: str) -> str:
    if name in _LEX["known_kind"]:
        return _LEX["known_kind"][name]
    for marker, kind in _LEX["markers"]:
        if marker in surface:
            return kind
    return suffix_kind


# --- people -------------------------------------------------------------------

def _build_people() -> dict[str, Any]:
    lex = load("people")
    surnames = "".join(sorted(set(lex["surnames"].split()[0] if " " in lex["surnames"]
                                  else lex["surnames"])))
    compound = _alternation(lex["compound_surnames"])
    titles = _alternation(lex["titles"])
    title = f"(?:{_alternation(lex['rank_prefixes'])})?(?:{titles})"
    # The same as ``title``, spelled as literal-led branches (each rank with the
    # titles after it, then the titles alone) so that a search over a whole text
    # only stops where a title can start.
    first_title = "(?:" + "|".join(
        [*(f"{rank}(?:{titles})" for rank in word_branches(lex["rank_prefixes"])),
         *word_branches(lex["titles"])]) + ")"
    name = f"(?:{compound})[{_CJK}]{{1,2}}|[{surnames}][{_CJK}]{{1,2}}"
    followers = _alternation(lex["followers"])
    return {
        "titled": re.compile(
            f"(?P<titles>{first_title}(?:[、，,]?{title})*)(?=[ \u3000]?(?:{name}))"),
        "title": re.compile(title),
        "chain": re.compile(f"{title}(?:[、，,]?{title})*"),
        "name": re.compile(name),
        "name_at": re.compile(f"(?:{compound})|[{surnames}]"),
        "follows": re.compile(f"(?:{followers})|[^{_CJK}]|$"),
        "single_followers": frozenset(f for f in lex["followers"] if len(f) == 1),
        "not_names": frozenset(lex["not_names"]),
        "byline": re.compile(f"(?P<role>{_alternation(lex['byline_roles'])})"),
        "roles": lex["byline_roles"],
        "byline_end": re.compile(f"(?:{_alternation(lex['byline_ends'])})$"),
        "token": re.compile(f"[ \\t\u3000]*([{_CJK}]+)"),
    }


_PEOPLE = _build_people()


def find_people(text: str, organizations: list[Organization]) -> list[Person]:
    """People named in ``text``: officials after their titles (区政协党组书记、主席逯鹰),
    reporters in bylines, and later mentions of the same names (逯鹰表示).

    ``organizations`` are the bodies found in the same ``text``; a person's
    organisation is the one written right before their titles.

    >>> text = "区行政审批服务局党组成员、副局长徐本宁表示。四级调研员庄鑫表示。"
    >>> [(p.name, p.titles, p.organization) for p in find_people(text, find_organizations(text))]
    [('徐本宁', ('党组成员', '副局长'), '区行政审批服务局'), ('庄鑫', ('四级调研员',), None)]
    >>> [p.name for p in find_people("主任会议召开，局长办公会研究，对此表示感谢", [])]
    []
    """
    by_end = {o.end: o.name for o in organizations}
    people: list[Person] = []
    taken: list[tuple[int, int]] = []
    for m in _PEOPLE["titled"].finditer(text):
        start = m.end() + (text[m.end()] in " \u3000")
        name = _name_after(text, start)
        if name is None:
            continue
        titles_start = m.start()
        # 区委书记: the title list also knows 党委书记 and 政协委员, but where a body
        # ends inside the matched titles, the titles start after it.
        for pos in range(m.start() + 1, start):
            if pos in by_end and _PEOPLE["chain"].fullmatch(text, pos, start):
                titles_start = pos
                break
        titles = tuple(t.group() for t in _PEOPLE["title"].finditer(text, titles_start, m.end()))
        organization = by_end.get(titles_start)
        # 副主任王其明、张德祺、王建新出席: one title list, several people
        while name is not None:
            people.append(Person(text=name, start=start, end=start + len(name), name=name,
                                 titles=titles, organization=organization, role="official"))
            taken.append((start, start + len(name)))
            start += len(name) + 1
            name = _name_after(text, start) if text[start - 1:start] == "、" else None
    people.extend(_bylines(text, taken))
    people.extend(_later_mentions(text, people))
    people.sort(key=lambda p: p.start)
    return people


def _name_after(text: str, pos: int) -> str | None:
    """The 2–3 (or 3–4 with a compound surname) character name at ``pos``, chosen
    by what follows it: 刘伟志|表示 but 徐本宁|表示 and 逯鹰|到."""
    sm = _PEOPLE["name_at"].match(text, pos)
    if sm is None:
        return None
    surname = sm.group()
    fits = []
    for given in (2, 1):
        end = pos + len(surname) + given
        name = text[pos:end]
        if (end <= len(text) and _ALL_CJK.fullmatch(name)
                and name[len(surname):] not in _PEOPLE["not_names"]
                and name not in _PEOPLE["not_names"]
                and _PEOPLE["follows"].match(text, end)):
            fits.append(name)
    if not fits:
        return None
    if len(fits) == 2 and fits[0][-1] in _PEOPLE["single_followers"]:
        return fits[1]   # 王强在 | 会上 … is 王强 | 在会上
    return fits[0]


def _bylines(text: str, taken: list[tuple[int, int]]) -> list[Person]:
    """□本报记者 陈蔚　本报通讯员 胡全福 王孜祎 → three reporters."""
    found: list[Person] = []
    pos = 0
    for m in _PEOPLE["byline"].finditer(text):
        if m.start() < pos:
            continue
        title = _PEOPLE["roles"][m.group("role")]
        pos = m.end()
        while True:
            tm = _PEOPLE["token"].match(text, pos)
            if tm is None:
                break
            token, t_start = tm.group(1), tm.start(1)
            role = _PEOPLE["byline"].fullmatch(token)
            if role is not None:
                title, pos = _PEOPLE["roles"][token], tm.end()
                continue
            end_word = _PEOPLE["byline_end"].search(token)
            name = token[:end_word.start()] if end_word else token
            spaced = t_start > pos or end_word is not None or _at_gap(text, tm.end())
            if not (spaced and 2 <= len(name) <= 4 and _PEOPLE["name_at"].match(name)
                    and name not in _PEOPLE["not_names"]):
                break
            found.append(Person(text=name, start=t_start, end=t_start + len(name), name=name,
                                titles=(title,), organization=None, role="reporter"))
            taken.append((t_start, t_start + len(name)))
            pos = tm.end()
            if end_word is not None:
                break
    return found


def _at_gap(text: str, pos: int) -> bool:
    """A byline name without a space before it must end at a space or a line end."""
    return pos >= len(text) or text[pos] in " \t\u3000\n"


def _later_mentions(text: str, people: list[Person]) -> list[Person]:
    """Bare later mentions (逯鹰听取了…) of people already named with a title."""
    first: dict[str, Person] = {}
    for p in people:
        first.setdefault(p.name, p)
    if not first:
        return []
    starts = {p.start for p in people}
    found = []
    for name, ref in first.items():   # a handful of names: str.find beats compiling a regex
        i = text.find(name)
        while i >= 0:
            end = i + len(name)
            if i not in starts and _PEOPLE["follows"].match(text, end):
                found.append(Person(text=name, start=i, end=end, name=name, titles=ref.titles,
                                    organization=ref.organization, role=ref.role))
            i = text.find(name, end)
    return found
