"""Places: China's administrative divisions and functional zones, found in text.

The divisions and their GB/T 2260 codes come from cpca's adcode table (read as
data; cpca itself is never imported), so a district rolls up to its city and
province by its code. Functional zones that are not divisions (国家级新区,
高新区, 自贸片区…), towns and villages, and the words an article uses for its
own area (全区, 本市…) follow ``lexicon/places.yaml``.

>>> g = gazetteer()
>>> [(m.text, m.place.name, m.place.city) for m in g.mentions("温江区实现地区生产总值126.8亿元")]
[('温江区', '温江区', '成都市')]
>>> g.mentions("西海岸新区金融机构达242家")[0].place.name
'青岛西海岸新区'
>>> m = g.mentions("全市规模以上工业增加值")[0]
>>> (m.text, m.self_ref)
('全市', 'city')
>>> g.mentions("去年稀土高新区地区生产总值")[0].place
Place(name='稀土高新区', level='zone', code=None, province=None, city=None)
"""

from __future__ import annotations

import csv
import importlib.util
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Container, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import accumulate
from pathlib import Path
from typing import Any

from . import wordlists
from .segment import dictionary_tags, dictionary_words, word_pattern

COUNTRY = "全国"
LEVELS = ("country", "province", "city", "county", "zone", "town", "village")
_COUNTY_SUFFIXES = ("区", "县", "市")
#: What full division names and self references end with (山东省, 全区, 全国, 区内, 市本级, 全疆).
_NAME_ENDS = "省市区县州盟旗国内球镇村道里级疆"
_END_RE = re.compile(f"[{_NAME_ENDS}]")
_CLAUSE_BREAKS = "，。；：、！？\n （(“”"
_CLAUSE_BREAK_RE = re.compile(f"[{re.escape(_CLAUSE_BREAKS)}]")
_CHINESE_RE = re.compile("[\u4e00-\u9fff]")
#: jieba's tags of verbs and adverbs of manner: such a word right before a zone's kind is no
#: part of its name (充分肯定开发区).
_VERB_TAGS = frozenset({"v", "vd", "ad"})
#: What after a short name makes it a longer word or a name (来宾们, 木镇镇, 来宾市).
_NOT_AFTER_STEM = frozenset("们市县区镇乡村州")
#: The last character of a time phrase (上半年, 2018年, 7月): a short place name right after one
#: opens a word of its own (上半年青海经济, though 年青 is a word).
_DATE_ENDS = ("年", "月")
#: The last character of a news outlet's name (南海网, 新华社, 海口日报, 电视台): a short place
#: name right after one is the dateline's, not half of a word.
_OUTLET_ENDS = ("网", "社", "报", "台")
#: The last characters of a place's name that may stand before its 辖区 (磁灶镇辖区).
_OWNER_ENDS = frozenset("省市县区镇乡村州旗盟道")


#: A share of a place's whole right after its name (中山超17%的市场主体, 全市约13%的经济总量).
_SHARE_OF_WHOLE = re.compile(r"(?:超过|超|约|近|逾|达)?\d+(?:\.\d+)?%(?:以上|左右)?的")


@dataclass(frozen=True, slots=True)
class Place:
    """A place a figure can be about. ``code`` is the 6-digit division code (for a
    zone, town or village: the division it lies in, when known)."""

    name: str
    level: str
    code: str | None = None
    province: str | None = None
    city: str | None = None

    def contains(self, other: Place) -> bool:
        """Whether ``other`` lies in this place (a place contains itself)."""
        if self.level == "country":
            return True
        if self.level in ("zone", "town", "village") or self.code is None or other.code is None:
            return self.name == other.name
        keep = {"province": 2, "city": 4}.get(self.level, 6)
        return other.code[:keep] == self.code[:keep]


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in text: ``place`` is the best reading, ``others`` the other
    divisions of the same name (鼓楼区 is in four cities)."""

    start: int
    end: int
    text: str
    place: Place | None = None          # None for a self reference (全区)
    others: tuple[Place, ...] = ()
    self_ref: str | None = None         # district | county | city | province | country | town | village
    comparison: bool = False            # after 高于/比/较…: a base, not the subject

    def shifted(self, offset: int) -> Mention:
        """The same mention in a text that starts ``offset`` characters later (an
        article body cut from its page); ``dataclasses.replace`` costs several times more."""
        return Mention(self.start - offset, self.end - offset, self.text, self.place, self.others,
                       self.self_ref, self.comparison)


def _cpca_table() -> Path:
    # find_spec locates the package without running its __init__ (which builds
    # a matcher and imports pandas); only its data file is used.
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the cpca package (administrative division table) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "city" if code.endswith("00") else "county"


def _divisions(skip: set[str]) -> dict[str, Place]:
    """Every division of the table by code, with its province and city names."""
    names: dict[str, str] = {}
    with _cpca_table().open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["name"] not in skip:
                names[row["adcode"][:6]] = row["name"]
    out: dict[str, Place] = {}
    for code, name in names.items():
        level = _level(code)
        province = names.get(code[:2] + "0000")
        city = names.get(code[:4] + "00") if level != "province" else None
        if city is None and level == "county" and province and province.endswith("市"):
            city = province  # 北京市东城区: a municipality is its districts' city
        out[code] = Place(name, level, code, province, city)
    return out


_AUTONOMOUS = ("自治州", "自治县", "自治旗")
#: How long a text may be for its places to be remembered (a title, a masthead), and
#: how many such texts are remembered: those of the article at hand, not of a corpus.
_RECENT_CHARS = 80
_RECENT_TEXTS = 8


class Gazetteer:
    """Every division, zone and self-reference word, matched longest-first."""

    def __init__(self) -> None:
        lex = wordlists.load("places")
        self._lex = lex
        self._suffixes: list[str] = lex["division_suffixes"]
        many = sorted((g for g in lex["ethnic_groups"] if len(g) > 1), key=len, reverse=True)
        one = [g for g in lex["ethnic_groups"] if len(g) == 1]
        # the groups after an autonomous division's place name: 朝鲜族, 拉祜族佤族, 蒙古
        self._ethnic = re.compile(f"(?:(?:{'|'.join(many)})族?|[{''.join(one)}]族)+$")
        self._comparison: tuple[str, ...] = tuple(lex["comparison_before"])
        self._rank_after = re.compile(lex["rank_after"])
        self._comparison_after: tuple[str, ...] = tuple(lex["comparison_after"])
        self._not_comparison_after: tuple[str, ...] = tuple(lex["not_comparison_after"])
        self._not_comparison_before: tuple[str, ...] = tuple(lex["not_comparison_before"])
        self._comparison_openers: tuple[str, ...] = tuple(lex["comparison_openers"])
        self._base_joiners: frozenset[str] = frozenset(lex["base_joiners"])
        self.by_code = _divisions(set(lex["skip_names"]))
        self._keys = self._index(set(lex["short_form_words"]))
        self._add_new_areas(lex["new_areas"])
        # 柴桑区, once 九江县 (a name newer than the table); 山南地区, now 山南市 (an older one);
        # 察右后旗, 察哈尔右翼后旗 as its government writes it
        for name, code in {**lex["renamed_divisions"], **lex["former_names"], **lex["short_names"]}.items():
            self._keys[name] = [replace(self.by_code[code], name=name)]
        self._add_named_zones(lex["named_zones"])
        for region, short_forms in lex["regions"].items():   # 中部地区: a place in no division
            for key in (region, *short_forms):
                self._keys[key] = [Place(region, "region", None)]
        self._self_refs = {w: level for level, words in lex["self_refs"].items() for w in words}
        self._zone_kinds: list[str] = lex["zone_kinds"]
        self._zone_re = re.compile(word_pattern([*lex["zone_named_kinds"], *lex["zone_placed_kinds"]]))
        self._placed_kinds = frozenset(lex["zone_placed_kinds"])
        self._not_prefix = set(lex["not_in_zone_prefix"])
        self._describers = tuple(sorted(lex["zone_describers"], key=len, reverse=True))
        self._not_places = tuple(lex["not_places"])
        self._owned_refs = frozenset(lex["owned_refs"])
        self._region_refs = frozenset(lex["region_refs"])
        # Full names and self references end in one of a few characters (省 市 区 县 国…):
        # find those, then look the characters before them up. Short forms (青岛) have
        # no such ending and are few: one pattern for them. Both are far faster than
        # one pattern of every name.
        self._ends = {k for k in (*self._keys, *self._self_refs) if k[-1] in _NAME_ENDS}
        # the lengths of the names ending in each pair of characters (every one has two or
        # more), longest first
        self._lengths: dict[str, list[int]] = {}
        for k in self._ends:
            self._lengths.setdefault(k[-2:], []).append(len(k))
        for tail, sizes in self._lengths.items():
            self._lengths[tail] = sorted(set(sizes), reverse=True)
        self._short = re.compile(word_pattern((k for k in self._keys if k[-1] not in _NAME_ENDS), groups=4))
        # The places of the last few short texts read (an article's title is asked for
        # its places and its short names several times while its home is worked out).
        self._recent: dict[tuple[str, str], tuple[Mention, ...]] = {}

    def _index(self, plain_words: set[str]) -> dict[str, list[Place]]:
        """Names → places: full names, short forms of provinces and cities, and a
        county's name with another county-level suffix (梁平县 became 梁平区)."""
        keys: dict[str, list[Place]] = {}
        for place in self.by_code.values():
            keys.setdefault(place.name, []).append(place)
        for place in self.by_code.values():
            stem = self.stem(place.name)
            if place.level in ("province", "city") and len(stem) >= 2 and stem not in plain_words:
                if place.level == "province":        # a province's short form wins (海南)
                    keys[stem] = [place]
                elif not any(p.level == "province" for p in keys.get(stem, ())):
                    keys.setdefault(stem, []).append(place)
            if place.level == "city" and place.name.endswith("自治州") and len(stem) >= 2:
                # 延边州, 海西州 (海西 alone is a word), named as written, like a county's variant
                keys.setdefault(stem + "州", []).append(replace(place, name=stem + "州"))
            autonomous = next((a for a in _AUTONOMOUS if place.name.endswith(a)), None)
            if autonomous and len(stem) >= 2 and stem + autonomous != place.name:
                # 镇宁自治县 for 镇宁布依族苗族自治县: the autonomy kept, the peoples left out
                keys.setdefault(stem + autonomous, []).append(replace(place, name=stem + autonomous))
            if place.level == "county" and len(stem) >= 2 and stem != place.name:   # 忠县 keeps its 县: no 忠县县
                for suffix in _COUNTY_SUFFIXES:
                    variant = stem + suffix
                    if variant == place.name:
                        continue
                    taken = keys.get(variant, [])
                    if all(p.level == "county" and self.stem(p.name) == stem for p in taken):
                        keys.setdefault(variant, []).append(replace(place, name=variant))
        return keys

    def _zone(self, name: str, code: str) -> Place:
        """A zone of ``name`` in the division of ``code``, with that division's province and city."""
        zone = Place(name, "zone", code)
        host = self.by_code.get(code)
        if host:
            zone = replace(zone, province=host.province or host.name,
                           city=host.city or (host.name if host.level == "city" else None))
        return zone

    def _add_new_areas(self, new_areas: dict[str, Any]) -> None:
        for name, info in new_areas.items():
            zone = self._zone(name, info["code"])
            for alias in (name, *info["aliases"]):
                self._keys[alias] = [zone]

    def _add_named_zones(self, zones: dict[str, Any]) -> None:
        """Zones by their full names and by the names in use (汽开区), each alias a place of
        its own name, as the page writes it, in the same division."""
        for name, info in zones.items():
            for alias in (name, *info["aliases"]):
                self._keys[alias] = [self._zone(alias, info["code"])]

    def is_new_area(self, place: Place) -> bool:
        """Whether ``place`` is a national new area (an area of its own, unlike a
        development zone inside a county)."""
        return place.name in self._lex["new_areas"]

    def stem(self, name: str) -> str:
        """A name less its division suffix: 青岛市 → 青岛, 内蒙古自治区 → 内蒙古; an
        autonomous prefecture, county or banner also less its groups' names
        (延边朝鲜族自治州 → 延边)."""
        for suffix in self._suffixes:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                stem = name[: -len(suffix)]
                if suffix in _AUTONOMOUS:
                    bare = self._ethnic.sub("", stem)
                    stem = bare if len(bare) >= 2 else stem
                return stem
        return name

    def lookup(self, name: str) -> list[Place]:
        """The places a name may denote (full name, short form or zone alias)."""
        return list(self._keys.get(name, ()))

    # --- finding places in text

    def mentions(self, text: str) -> list[Mention]:
        """Places and self references in ``text``, left to right, longest match first."""
        if len(text) <= _RECENT_CHARS:
            return self._remembered("mentions", text, self._mentions)
        return self._mentions(text)

    def _remembered(self, kind: str, text: str, read: Callable[[str], list[Mention]]) -> list[Mention]:
        """``read(text)`` for a short text, kept among the last :data:`_RECENT_TEXTS`
        read (a fresh list each time; the mentions themselves are frozen)."""
        key = (kind, text)
        found = self._recent.get(key)
        if found is None:
            if len(self._recent) >= _RECENT_TEXTS:
                self._recent.pop(next(iter(self._recent), key), None)   # the oldest
            found = self._recent[key] = tuple(read(text))
        return list(found)

    def _mentions(self, text: str) -> list[Mention]:
        found = self._named_zones(text)
        for start, end in self._matches(text):
            mention = self._mention(text, start, end)
            if mention is not None:
                found.append(mention)
        found.sort(key=lambda m: (m.start, -m.end))
        kept: list[Mention] = []
        for m in found:   # 合肥高新区 holds 新区: keep the longer, earlier one
            if kept and m.self_ref == "zone" and kept[-1].end == m.start and kept[-1].self_ref \
                    and kept[-1].self_ref != "zone":
                continue   # 全市园区: the parks of the whole city, the city's figure
            if not kept or m.start >= kept[-1].end:
                kept.append(m)
        return self._mark_comparisons(text, kept)

    def _mention(self, text: str, start: int, end: int) -> Mention | None:
        key = text[start:end]
        if key in self._self_refs:
            if key == "新区" and text[start - 1:start] in ("个", "家", "设"):
                return None
            if text.startswith(self._not_places, start):
                return None   # 国内外, 省内外: everywhere, not this place
            if key in self._owned_refs and text[start - 1:start] in _OWNER_ENDS:
                return None   # 磁灶镇辖区: the town's ground, named before it
            return Mention(start, end, key, None, (), self._self_refs[key])
        if len(key) == 2 and text[start - 1:start] not in _OUTLET_ENDS \
                and (not _whole_word(text, start, end) or self._glued(text, start)):
            # 完成县级验收 holds 成县 across two words; 县道县养 holds 道县 after 县道; but a dateline's
            # place right after its outlet (南海网海口7月25日讯) is a word of its own
            return None
        if len(key) > 2 and key[1:] in dictionary_tags() \
                and (self._glued(text, start) or text[start - 1:start + 1] in self.counties_by_stem):
            return None   # 新增城区 holds 增城区 across 新增 and 城区; 衢江城区 holds 江城区 after 衢江's 衢
        places = self._keys[key]
        return self._zone_after(text, Mention(start, end, key, places[0], tuple(places[1:])))

    def _glued(self, text: str, start: int) -> bool:
        """Whether the character before a short name makes a word with its first one
        (县道 in 县道县养), unless a place's name ends there (广西兴安: 西兴 is a word too)."""
        return start > 0 and text[start - 1] not in _DATE_ENDS and text[start - 1:start + 1] in dictionary_tags() \
            and not any(text[max(0, start - k):start] in self._keys for k in (2, 3))

    def _matches(self, text: str) -> list[tuple[int, int]]:
        """Leftmost-longest spans of every name and self reference in ``text``."""
        spans = [m.span() for m in self._short.finditer(text)]
        for m in _END_RE.finditer(text):
            end = m.end()
            for size in self._lengths.get(text[end - 2:end], ()):
                if size <= end and text[end - size:end] in self._ends:
                    spans.append((end - size, end))
                    break
        spans.sort(key=lambda span: (span[0], -span[1]))
        out: list[tuple[int, int]] = []
        for span in spans:
            if not out or span[0] >= out[-1][1]:
                out.append(span)
        return out

    def _mark_comparisons(self, text: str, found: list[Mention]) -> list[Mention]:
        """A place after 高于/比/较… is a comparison base; so is one listed after it
        (与天津杨柳青、苏州桃花坞齐名)."""
        out: list[Mention] = []
        for m in found:
            lead = text[max(0, m.start - 3):m.start]
            base = (lead.endswith(self._comparison) and not lead.endswith(self._not_comparison_before)) \
                or self._closes_comparison(text, m)
            joined = text[out[-1].end:m.start] if out else ""
            # …、苏州桃花坞齐名; 比全市和全国分别高6.4和6.9个百分点: joined to a base, a base too
            listed = bool(out) and out[-1].comparison and (
                ("、" in joined and not re.search("[，。；：]", joined)) or joined in self._base_joiners)
            out.append(replace(m, comparison=True) if base or listed else m)
        return out

    def _closes_comparison(self, text: str, m: Mention) -> bool:
        """与比拼对象保康县相比, 与保康县比: the place closes a comparison opened before it."""
        if text.startswith(self._comparison_after, m.end):
            return True
        if m.self_ref is not None and self._rank_after.match(text, m.end):
            return True   # 总量全市第二: the scope of a ranking
        if _SHARE_OF_WHOLE.match(text, m.end):
            return True   # 集聚中山超17%的市场主体: the whole a share is taken of
        if not text.startswith("比", m.end) or text.startswith(self._not_comparison_after, m.end):
            return False
        clause = _CLAUSE_BREAK_RE.split(text[max(0, m.start - 12):m.start])[-1]
        return any(w in clause for w in self._comparison_openers)

    def _zone_after(self, text: str, mention: Mention) -> Mention:
        """``合肥高新区`` is a zone of 合肥市, not 合肥市 itself."""
        place = mention.place
        if place is None or place.level == "zone":
            return mention
        rest = text[mention.end:mention.end + 10]
        for kind in self._zone_kinds:
            if rest.startswith(kind):
                zone = Place(self.stem(mention.text) + kind, "zone", place.code,
                             place.province or place.name,
                             place.city or (place.name if place.level == "city" else None))
                return replace(mention, end=mention.end + len(kind), text=mention.text + kind,
                               place=zone, others=())
        return mention

    def _named_zones(self, text: str) -> list[Mention]:
        """Zones whose name is not a division's: two to four characters and a zone
        kind (稀土高新区); a county's short name there makes it that county's zone
        (寒亭经济开发区)."""
        out: list[Mention] = []
        for m in self._zone_re.finditer(text):
            start = m.start()
            while start > 0 and m.start() - start < _ZONE_PREFIX and text[start - 1] not in self._not_prefix \
                    and "\u4e00" <= text[start - 1] <= "\u9fff":
                start -= 1
            if start > 0 and (text[start - 1:m.start()] in self._cities_by_stem
                              or text[start - 1:m.start()] in self.counties_by_stem):
                start -= 1   # 日照经济技术开发区: a short name opening with a character that mostly ends a date
            prefix = text[start:m.start()]
            describer = next((w for w in self._describers if prefix.startswith(w)), "")
            start, prefix = start + len(describer), prefix[len(describer):]   # 新增经开区: no name
            opening = next((prefix[:k] for k in (3, 2) if prefix[:k] in self._keys), None)
            if m.group() in self._placed_kinds and opening is None:
                continue   # 跻身中国产业园区: a kind this plain names a zone only after a division's name
            if len(prefix) > 4 and opening is None:   # a longer prefix holds when a division's name opens it
                start, prefix = m.start() - 4, prefix[-4:]
            if len(prefix) < 2 or any(prefix[i:] in self._keys for i in range(len(prefix) - 1)):
                continue  # ends with a division's name: _zone_after reads it
            if dictionary_tags().get(prefix[-2:]) in _VERB_TAGS:
                continue  # 胡文建充分肯定开发区上半年…: a verb before the kind, no name
            host = self.counties_by_stem.get(prefix, [None])[0] or self._cities_by_stem.get(prefix)
            if host is None and len(prefix) > 4 and opening is not None:   # 阜阳合肥现代产业园区: 阜阳市's
                host = next((p for p in self._keys[opening] if p.level in ("city", "county")), None)
            name = prefix + m.group()
            zone = Place(name, "zone", host.code if host else None,
                         host.province if host else None, host.city if host else None)
            out.append(Mention(start, m.end(), name, zone))
        return out

    @cached_property
    def counties_by_stem(self) -> dict[str, list[Place]]:
        """Counties by their short name (融安 → 融安县), except short names that are
        ordinary words or another place's short form."""
        plain = set(self._lex["plain_county_stems"])
        out: dict[str, list[Place]] = {}
        for place in self.by_code.values():
            stem = self.stem(place.name)
            if place.level == "county" and len(stem) >= 2 and stem not in plain and stem not in self._keys:
                out.setdefault(stem, []).append(place)
        return out

    @cached_property
    def _cities_by_stem(self) -> dict[str, Place]:
        """Cities by their short name, where one city has it (海东 → 海东市: 海东工业园区 is
        海东市's zone), ordinary word or not."""
        found: dict[str, list[Place]] = {}
        for place in self.by_code.values():
            if place.level == "city" and len(stem := self.stem(place.name)) >= 2:
                found.setdefault(stem, []).append(place)
        return {stem: places[0] for stem, places in found.items() if len(places) == 1}

    @cached_property
    def _stem_sizes(self) -> dict[str, tuple[int, ...]]:
        """The lengths of the short names starting with each character, longest first."""
        sizes: dict[str, set[int]] = {}
        for stem in self.counties_by_stem:
            sizes.setdefault(stem[0], set()).add(len(stem))
        return {char: tuple(sorted(found, reverse=True)) for char, found in sizes.items()}

    @cached_property
    def _stem_pairs(self) -> frozenset[str]:
        """The first two characters of every short name (each has at least two)."""
        return frozenset(stem[:2] for stem in self.counties_by_stem)

    def county_stems(self, text: str) -> list[Mention]:
        """Counties named by their short name (融安：一颗金桔…, 寒亭新闻), where no fuller
        name covers them. Only for short texts that speak for a whole article: a title
        or a masthead."""
        if len(text) <= _RECENT_CHARS:
            return self._remembered("county_stems", text, self._county_stems)
        return self._county_stems(text)

    def _county_stems(self, text: str) -> list[Mention]:
        named = self.mentions(text)
        out = []
        cuts: set[int] | None = None
        for start, end, name in self._stem_spans(text):
            if any(n.start < end and start < n.end for n in named):
                continue
            if cuts is None:
                cuts = _word_cuts(text)
            if start not in cuts or end not in cuts:   # 民乐 inside 农民乐享 (农民/乐享)
                continue
            places = [self._keys.get(p.name, [p])[0] for p in self.counties_by_stem[name]]
            out.append(Mention(start, end, name, *self._first_and_rest(places)))
        return out

    def _stem_spans(self, text: str) -> list[tuple[int, int, str]]:
        """The short names in ``text``: left to right, the longest at each position,
        as one pattern of them all would find; but looked up where the two characters
        a short name starts with stand, because ``re`` tries such a pattern's 800 first
        characters one by one at every position."""
        out: list[tuple[int, int, str]] = []
        stems, sizes, pairs = self.counties_by_stem, self._stem_sizes, self._stem_pairs
        i = 0
        while i < len(text):
            found = 0 if text[i:i + 2] not in pairs else next(
                (size for size in sizes[text[i]] if text[i:i + size] in stems), 0)
            if found:
                out.append((i, i + found, text[i:i + found]))
            i += found or 1
        return out

    @staticmethod
    def _first_and_rest(places: list[Place]) -> tuple[Place, tuple[Place, ...]]:
        return places[0], tuple(places[1:])

    def towns(self, text: str, host: Place | None) -> list[Mention]:
        """Towns and villages that open a clause (宝山镇耕地面积…, 走进复州城镇八里村) or
        follow a verb of going or lying (观摩组到杨集镇, 位于清河镇): elsewhere two or
        three characters before 镇 or 村 are most often no name. A name ending like a
        word (杨集镇: 集镇) is one when it is listed with another town (到杨集镇、拐河镇)."""
        out: list[Mention] = []
        doubtful: list[Mention] = []
        # Where a 镇, 街道, 村… stands: a match holds one within its first _town_width characters.
        marks = [m.start() for m in self._town_mark_re.finditer(text)]
        if not marks:
            return out
        # A name is made of Chinese characters only, so no match crosses a clause
        # break: trying the pattern at each clause start finds what a scan of the
        # whole text would keep, without trying it at every character.
        after_verbs = (v.end() for v in self._town_verb_re.finditer(text))
        covered = 0   # where the last name found ends: a verb inside it (走进…) starts none
        for start in sorted({0, *(b.end() for b in _CLAUSE_BREAK_RE.finditer(text)), *after_verbs}):
            k = bisect_left(marks, start)
            if start < covered or k == len(marks) or marks[k] >= start + self._town_width:
                continue
            m = self._town_re.match(text, start)
            if m is None:
                continue
            covered = m.end()
            mention = self._town(m, host)
            if mention is not None:
                out.append(mention)
            elif (mention := self._town(m, host, word_ends=True)) is not None:
                doubtful.append(mention)
        listed = {m.start for m in out} | {m.end + 1 for m in out}
        out.extend(m for m in doubtful if text[m.end:m.end + 1] == "、" and m.end + 1 in listed
                   or text[m.start - 1:m.start] == "、" and m.start in listed)
        return sorted(out, key=lambda m: m.start) if doubtful else out

    def town_stems(self, text: str, towns: list[Mention]) -> list[Mention]:
        """A town the article has named in full, named again by its stem where that
        opens a clause (…沙甸街道、鸡街镇等28个社区…其中：鸡街5栋，108户；沙甸6栋…)."""
        stems: dict[str, Place] = {}
        for m in towns:
            if m.place is None or m.place.level != "town":
                continue
            for suffix in self._lex["town_suffixes"]:
                if m.text.endswith(suffix) and len(m.text) - len(suffix) >= 2:
                    stems.setdefault(m.text[:-len(suffix)], m.place)
        return _opening_clauses(text, stems, lambda end: not _CHINESE_RE.match(text, end))

    def named_stems(self, text: str, named: list[Mention], names: re.Pattern[str] | None = None) -> list[Mention]:
        """A city, county or town the article has named in full, named again by a stem that
        is also a plain word (来宾市 … 过去一年,来宾全力稳增长; 木镇镇 … 木镇已提前完成) where
        that opens a clause: there it is the place, not the word (来宾们 stays guests); or,
        with ``names``, anywhere right before one of them (石景山区 … 2025年上半年石景山地区生产总值,
        before an indicator's name)."""
        stems: dict[str, Place] = {}
        for m in named:
            if m.place is not None and m.place.level in ("city", "county", "town") and m.text == m.place.name:
                stem = self.stem(m.text) if m.place.level != "town" else next(
                    (m.text[:-len(s)] for s in self._lex["town_suffixes"] if m.text.endswith(s)), m.text)
                if 2 <= len(stem) < len(m.text) and stem not in self._keys:
                    stems.setdefault(stem, m.place)
        if not stems:
            return []
        found = _opening_clauses(text, stems, lambda end: text[end:end + 1] not in _NOT_AFTER_STEM)
        if names is None:
            return found
        opened = {m.start for m in found}
        found += [Mention(start, start + len(stem), stem, stems[stem]) for start, stem in _words_in(text, stems)
                  if start not in opened and names.match(text, start + len(stem))]
        return sorted(found, key=lambda m: m.start)

    def town_repeats(self, text: str, towns: list[Mention]) -> list[Mention]:
        """A town the article has named where a name may stand (opening a clause, after
        a verb of going), named again in full anywhere (…对塔峪镇9个行政村的1.4万亩…).

        >>> g = gazetteer()
        >>> text = "塔峪镇建成农田1.5万亩。在2023年对塔峪镇9个行政村实施"
        >>> [(m.start, m.text) for m in g.town_repeats(text, g.towns(text, None))]
        [(20, '塔峪镇')]
        """
        named = {m.place.name: m.place for m in towns if m.place is not None and m.place.level == "town"}
        if not named:
            return []
        taken = {m.start for m in towns}
        return [Mention(start, start + len(name), name, named[name])
                for start, name in _words_in(text, named) if start not in taken]

    @cached_property
    def _not_towns(self) -> tuple[str, ...]:
        """Words a town's or village's name may end like (集镇), as one tuple for endswith."""
        return tuple(self._lex["not_towns"])

    @cached_property
    def _town_verb_re(self) -> re.Pattern[str]:
        return re.compile(word_pattern(self._lex["town_verbs"]))

    @cached_property
    def _town_mark_re(self) -> re.Pattern[str]:
        return re.compile(word_pattern([*self._lex["town_suffixes"], *self._lex["village_suffixes"]]))

    @cached_property
    def _town_width(self) -> int:
        """The most characters a match of :attr:`_town_re` spans (its name parts' bounds)."""
        lex = self._lex
        longest = {key: max(map(len, lex[key])) for key in ("place_openers", "town_suffixes", "village_suffixes")}
        return longest["place_openers"] + 4 + longest["town_suffixes"] + 3 + longest["village_suffixes"]

    @cached_property
    def _town_re(self) -> re.Pattern[str]:
        # the bounds {2,4} and {2,3} are also in _town_width
        lex = self._lex
        openers = "|".join(map(re.escape, sorted(lex["place_openers"], key=len, reverse=True)))
        town = "|".join(map(re.escape, lex["town_suffixes"]))
        village = "|".join(map(re.escape, lex["village_suffixes"]))
        return re.compile(f"(?:{openers})?(?:(?P<town>[\u4e00-\u9fff]{{2,4}}?(?:{town}))"
                          f"(?P<village>[\u4e00-\u9fff]{{2,3}}?(?:{village}))?"
                          f"|(?P<alone>[\u4e00-\u9fff]{{2,3}}?(?:{village})))")

    def _town(self, m: re.Match[str], host: Place | None, word_ends: bool = False) -> Mention | None:
        """The town or village ``m`` names, or None when it is a word; with ``word_ends``
        a name ending like a word (杨集镇: 集镇) is kept."""
        town, village = m.group("town"), m.group("village") or m.group("alone")
        not_towns = () if word_ends else self._not_towns
        after = m.string[m.end():m.end() + 1]
        if after and after in "村民庄级镇组卫":   # 乡村, 村民, 村级, 村组, 村卫生室: words, not names
            return None
        if town and not village and town.endswith(not_towns) and not self._seat_town(town):
            return None
        if village and village.endswith(not_towns):
            return None
        name = (town or "") + (village or "")
        if any(c in self._lex["not_in_town_name"] for c in name):
            return None
        start = m.start("town") if town else m.start("alone")
        place = Place(name, "village" if village else "town", host.code if host else None,
                      host.province if host else None, host.city if host else None)
        return Mention(start, m.end(), name, place)

    def _seat_town(self, town: str) -> bool:
        """A town named after its county (庆城镇 of 庆城县), though it ends like a word (城镇)."""
        return any(town.endswith(suffix) and town[:-len(suffix)] in self.counties_by_stem
                   for suffix in self._lex["town_suffixes"])

    def towns_after(self, text: str, divisions: Sequence[Mention]) -> list[Mention]:
        """Towns written right after the division that holds them (中山市坦洲镇人民政府,
        庆城县庆城镇): there a town needs no clause of its own.

        >>> g = gazetteer()
        >>> [m.text for m in g.towns_after("中山市坦洲镇人民政府", g.mentions("中山市坦洲镇人民政府"))]
        ['坦洲镇']
        """
        out: list[Mention] = []
        for d in divisions:
            if d.place is None or d.place.level not in ("city", "county") or d.comparison:
                continue
            m = self._town_re.match(text, d.end)
            if m is not None and m.group("town") and m.start("town") == d.end:
                mention = self._town(m, d.place)
                if mention is not None and mention.place is not None and mention.place.level == "town":
                    out.append(mention)
        return out

    def resolve(self, name: str) -> Place | None:
        """The place a user names for a document (酉阳县, 重庆市涪陵区, 西海岸新区): the
        most specific place the name holds, after the ones it lies in; None when the
        name holds none.

        >>> gazetteer().resolve("重庆市涪陵区").name
        '涪陵区'
        >>> gazetteer().resolve("不是地名") is None
        True
        >>> town = gazetteer().resolve("苍南县龙港镇")
        >>> town.name, town.level, town.code
        ('龙港镇', 'town', '330327')
        """
        named = [m for m in self.mentions(name) + self.county_stems(name) if m.place]
        if not named:
            return None
        named.sort(key=lambda m: m.start)
        last = named[-1]
        within = [m.place for m in named[:-1] if m.place]
        found = last.place
        for candidate in (last.place, *last.others):   # 鼓楼区 after 福州市: the 福州 one
            if candidate is not None and all(p.contains(candidate) for p in within):
                found = candidate
                break
        if found is not None and last.end < len(name):   # 苍南县龙港镇: the town in it
            town = self.towns_after(name, [replace(last, place=found)])
            if town and town[0].end == len(name):
                return town[0].place
        return found

    # --- what a self reference means

    def region_of(self, word: str, home: Place | None) -> Place | None:
        """The autonomous region a district-level self reference means in the article of a city,
        county or banner in it (全区 on 银川市's page: 宁夏回族自治区), else None.

        >>> g = gazetteer()
        >>> g.region_of("全区", g.lookup("银川市")[0]).name, g.region_of("全区", g.lookup("兴庆区")[0])
        ('宁夏回族自治区', None)
        """
        if word not in self._region_refs or home is None or home.level not in ("city", "county") \
                or home.name.endswith("区"):
            return None
        region = self._division(home.code, 2)
        return region if region is not None and region.name.endswith("自治区") else None

    def self_place(self, level: str, home: Place | None) -> Place | None:
        """What a self reference (全区, 全市…) means in an article whose home is ``home``.

        >>> g = gazetteer()
        >>> wj = g.lookup("温江区")[0]
        >>> g.self_place("city", wj).name, g.self_place("district", wj).name
        ('成都市', '温江区')
        """
        if level == "country":
            return Place(COUNTRY, "country")
        if home is None:
            return None
        if level == "province":
            return self._division(home.code, 2) or home
        if level == "city":
            return self.city_of(home)
        if home.level in ("town", "village") and home.code:
            return self.by_code.get(home.code, home)
        return home

    def city_of(self, place: Place) -> Place:
        """The city a place lies in (a county-level city is its own)."""
        if place.level in ("province", "city") or (place.level == "county" and place.name.endswith("市")):
            return place
        found = self._division(place.code, 4)
        if found is None and place.city:
            found = next((p for p in self.lookup(place.city) if p.level in ("city", "province")), None)
        return found or place

    def holding(self, place: Place, level: str) -> Place | None:
        """The division of ``level`` (county, city, province, country) that holds ``place``,
        when it lies above it: the city of a county-level city too (仁怀市 → 遵义市).

        >>> g = gazetteer()
        >>> yx = g.lookup("叶县")[0]
        >>> g.holding(yx, "city").name, g.holding(yx, "province").name, g.holding(yx, "county")
        ('平顶山市', '河南省', None)
        """
        if level == "country":
            return Place(COUNTRY, "country")
        keep = {"province": 2, "city": 4, "county": 6}[level]
        found = self._division(place.code, keep)
        return found if found is not None and found.code != place.code else None

    def _division(self, code: str | None, keep: int) -> Place | None:
        if not code:
            return None
        return self.by_code.get(code[:keep].ljust(6, "0"))


#: The longest prefix of a zone's name before its kind: six characters when a division's
#: name opens it (阜阳合肥现代产业园区), else four (稀土高新区, 寒亭经济开发区).
_ZONE_PREFIX = 6


def _opening_clauses(text: str, stems: dict[str, Place], ends_well: Callable[[int], bool]) -> list[Mention]:
    """The short names of ``stems`` that open a clause of ``text`` (the longest there), each
    where ``ends_well`` accepts what follows it (by the offset where the name ends)."""
    if not stems:
        return []
    sizes = _sizes(stems)
    out: list[Mention] = []
    for start in (0, *(b.end() for b in _CLAUSE_BREAK_RE.finditer(text))):
        stem = _word_at(text, start, stems, sizes)
        if stem is not None and ends_well(start + len(stem)):
            out.append(Mention(start, start + len(stem), stem, stems[stem]))
    return out


# A handful of names an article has named, looked for again: compiling a pattern of them
# for each article (re.compile parses in Python) cost more than looking them up.

def _sizes(words: Iterable[str]) -> list[int]:
    """The lengths of ``words``, longest first."""
    return sorted({len(w) for w in words}, reverse=True)


def _word_at(text: str, start: int, words: Container[str], sizes: list[int]) -> str | None:
    """The longest of ``words`` (of lengths ``sizes``, longest first) at ``start`` of
    ``text``, as the pattern :func:`~extractors.segment.word_pattern` of them matches there."""
    for size in sizes:
        word = text[start:start + size]
        if len(word) == size and word in words:
            return word
    return None


def _words_in(text: str, words: Collection[str]) -> list[tuple[int, str]]:
    """(start, word) of each of ``words`` in ``text`` as word_pattern's ``finditer`` finds
    them: left to right, the longest at each start, none overlapping the one before."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word) if word else -1
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    sizes = _sizes(w for w in words if w)
    out: list[tuple[int, str]] = []
    end = 0
    for start in sorted(starts):
        if start >= end:
            found = _word_at(text, start, words, sizes)
            if found is not None:
                out.append((start, found))
                end = start + len(found)
    return out


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts and ends between dictionary words of the short
    run of text around it."""
    lo, hi = max(0, start - _AROUND), min(len(text), end + _AROUND)
    cuts = _word_cuts(text[lo:hi])
    return start - lo in cuts and end - lo in cuts


#: How many characters on each side of a short name are read to see the words it stands in.
_AROUND = 4


def _word_cuts(text: str) -> set[int]:
    """The offsets between the dictionary words of a short text: a short name must
    not start or end inside a word."""
    return {0, *accumulate(map(len, dictionary_words(text)))}


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once: about 4,000 names)."""
    return Gazetteer()
