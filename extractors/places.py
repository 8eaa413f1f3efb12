"""Places: China's administrative divisions and functional zones, found in text.

The divisions and their GB/T 2260 codes come from cpca's adcode table (read as
data; cpca itself is never imported), so a district rolls up to its city and
province by its code. Functional zones that are not divisions (国家级新区,
高新区, 自贸片区…) and the words an article uses for its own area (全区, 本市…)
are in ``lexicon/places.yaml``.

>>> g = gazetteer()
>>> [(m.text, m.place.name, m.place.city) for m in g.mentions("温江区实现地区生产总值126.8亿元")]
[('温江区', '温江区', '成都市')]
>>> g.mentions("西海岸新区金融机构达242家")[0].place.name
'青岛西海岸新区'
>>> m = g.mentions("全市规模以上工业增加值")[0]
>>> (m.text, m.self_ref)
('全市', 'city')
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from . import wordlists
from .segment import word_pattern

COUNTRY = "全国"
#: What full division names and self references end with (山东省, 全区, 全国, 区内).
_NAME_ENDS = "省市区县州盟旗国内球"
_END_RE = re.compile(f"[{_NAME_ENDS}]")
LEVELS = ("country", "province", "city", "county", "zone", "town")
_COUNTY_SUFFIXES = ("区", "县", "市")


@dataclass(frozen=True, slots=True)
class Place:
    """A place a figure can be about. ``code`` is the 6-digit division code (for a
    zone or town: the division it lies in, when known)."""

    name: str
    level: str
    code: str | None = None
    province: str | None = None
    city: str | None = None

    def contains(self, other: Place) -> bool:
        """Whether ``other`` lies in this place (a place contains itself)."""
        if self.level == "country":
            return True
        if self.code is None or other.code is None:
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
    self_ref: str | None = None         # district | county | city | province | country
    comparison: bool = False            # after 高于/比/较…: a base, not the subject


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


class Gazetteer:
    """Every division, zone and self-reference word, matched longest-first."""

    def __init__(self) -> None:
        lex = wordlists.load("places")
        self._suffixes: list[str] = lex["division_suffixes"]
        self._comparison: tuple[str, ...] = tuple(lex["comparison_before"])
        skip = set(lex["skip_names"])
        plain_words = set(lex["short_form_words"])
        names: dict[str, str] = {}
        with _cpca_table().open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["name"] not in skip:
                    names[row["adcode"][:6]] = row["name"]
        self.by_code: dict[str, Place] = {}
        for code, name in names.items():
            province = names.get(code[:2] + "0000")
            city = names.get(code[:4] + "00") if _level(code) != "province" else None
            if city is None and _level(code) == "county":
                city = province if province and province.endswith("市") else None  # 北京市东城区
            self.by_code[code] = Place(name, _level(code), code, province, city)
        keys: dict[str, list[Place]] = {}
        for place in self.by_code.values():
            keys.setdefault(place.name, []).append(place)
        for place in self.by_code.values():
            stem = self._stem(place.name)
            if place.level in ("province", "city") and len(stem) >= 2 and stem not in plain_words:
                # a province's short form wins over a city's (海南)
                if stem not in keys or place.level == "province":
                    keys.setdefault(stem, [])
                    keys[stem] = [place] if place.level == "province" else keys[stem] + [place]
            elif place.level == "county" and len(stem) >= 2:
                for suffix in _COUNTY_SUFFIXES:  # 梁平县 became 梁平区, 即墨市 即墨区
                    if stem + suffix not in keys or all(p.level == "county" and self._stem(p.name) == stem
                                                        for p in keys[stem + suffix]):
                        variants = keys.setdefault(stem + suffix, [])
                        if place not in variants:
                            variants.append(place)
        for name, info in lex["new_areas"].items():
            host = self.by_code.get(info["code"])
            zone = Place(name, "zone", info["code"], host.province if host else None,
                         (host.city or (host.name if host.level == "city" else None)) if host else None)
            if host and host.level == "province":
                zone = replace(zone, province=host.name)
            for alias in (name, *info["aliases"]):
                keys[alias] = [zone]
        self._keys = keys
        self._self_refs = {w: level for level, words in lex["self_refs"].items() for w in words}
        self._zone_kinds: list[str] = lex["zone_kinds"]
        self._town_suffixes: list[str] = lex["town_suffixes"]
        self._not_towns = set(lex["not_towns"])
        # Full names and self references end in one of a few characters (省 市 区 县 国…):
        # find those, then look the characters before them up. Short forms (青岛) have
        # no such ending and are few: one pattern for them. Both are far faster than
        # one pattern of every name.
        self._ends = {k for k in (*keys, *self._self_refs) if k[-1] in _NAME_ENDS}
        self._lengths = sorted({len(k) for k in self._ends}, reverse=True)
        self._short = re.compile(word_pattern(k for k in keys if k[-1] not in _NAME_ENDS))

    def _stem(self, name: str) -> str:
        for suffix in self._suffixes:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                return name[: -len(suffix)]
        return name

    def lookup(self, name: str) -> list[Place]:
        """The places a name may denote (full name, short form or zone alias)."""
        return list(self._keys.get(name, ()))

    def mentions(self, text: str) -> list[Mention]:
        """Places and self references in ``text``, left to right, longest match first."""
        found: list[Mention] = []
        for start, end in self._matches(text):
            key = text[start:end]
            if found and start < found[-1].end:
                continue  # inside a zone name just read (合肥高新区 holds 新区)
            comparison = text[max(0, start - 2):start].endswith(self._comparison)
            if key in self._self_refs:
                if key == "新区" and text[start - 1:start] in ("个", "家", "设"):
                    continue
                found.append(Mention(start, end, key, None, (), self._self_refs[key], comparison))
                continue
            places = [p if p.name == key or p.level != "county" or self._stem(p.name) != self._stem(key)
                      else replace(p, name=key) for p in self._keys[key]]
            mention = Mention(start, end, key, places[0], tuple(places[1:]), None, comparison)
            found.append(self._zone_after(text, mention))
        return found

    def _matches(self, text: str) -> list[tuple[int, int]]:
        """Leftmost-longest spans of every name and self reference in ``text``."""
        spans = [m.span() for m in self._short.finditer(text)]
        for m in _END_RE.finditer(text):
            end = m.end()
            for size in self._lengths:
                if size <= end and text[end - size:end] in self._ends:
                    spans.append((end - size, end))
                    break
        spans.sort(key=lambda span: (span[0], -span[1]))
        out: list[tuple[int, int]] = []
        for span in spans:
            if not out or span[0] >= out[-1][1]:
                out.append(span)
        return out

    def _zone_after(self, text: str, mention: Mention) -> Mention:
        """``合肥高新区`` is a zone of 合肥市, not 合肥市 itself."""
        place = mention.place
        if place is None or place.level == "zone":
            return mention
        rest = text[mention.end:mention.end + 10]
        for kind in self._zone_kinds:
            if rest.startswith(kind):
                stem = mention.text if mention.text == self._stem(mention.text) else self._stem(mention.text)
                zone = Place(stem + kind, "zone", place.code, place.province,
                             place.city or (place.name if place.level == "city" else None))
                return replace(mention, end=mention.end + len(kind), text=mention.text + kind,
                               place=zone, others=())
        return mention

    def towns(self, text: str, host: Place | None) -> list[Mention]:
        """Township-level names that open a clause (宝山镇耕地面积…, 其中黄岛街道…)."""
        out: list[Mention] = []
        for suffix in self._town_suffixes:
            pos = text.find(suffix)
            while pos >= 0:
                start = _clause_start(text, pos)
                name = text[start:pos + len(suffix)]
                if 2 <= pos - start <= 4 and _is_name(text[start:pos]) and not any(
                        name.endswith(w) for w in self._not_towns):
                    town = Place(name, "town", host.code if host else None,
                                 host.province if host else None, host.city if host else None)
                    out.append(Mention(start, pos + len(suffix), name, town))
                pos = text.find(suffix, pos + 1)
        return sorted(out, key=lambda m: m.start)

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
            if home.level in ("province", "city") or (home.level == "county" and home.name.endswith("市")):
                return home
            return self._division(home.code, 4) or (self.lookup(home.city)[0] if home.city and self.lookup(home.city) else home)
        # district / county: the home itself, unless the home is a province-level
        # autonomous region (广西 "全区") or a town inside a district
        if home.level == "town" and home.code:
            return self.by_code.get(home.code, home)
        return home

    def _division(self, code: str | None, keep: int) -> Place | None:
        if not code:
            return None
        return self.by_code.get(code[:keep].ljust(6, "0"))


_CLAUSE_OPENERS = ("其中", "在", "全")


def _clause_start(text: str, pos: int) -> int:
    start = pos
    while start > 0 and text[start - 1] not in "，。；：、！？\n （(“":
        start -= 1
    for opener in _CLAUSE_OPENERS:
        if text.startswith(opener, start) and pos - start - len(opener) >= 2:
            return start + len(opener)
    return start


def _is_name(chars: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in chars)


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once: about 4,000 names)."""
    return Gazetteer()
