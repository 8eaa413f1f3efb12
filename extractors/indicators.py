"""The indicator catalogue: canonical names of standard statistical indicators,
their aliases and the unit kinds each admits (``lexicon/indicators.yaml``).

>>> c = catalogue()
>>> c.find("全区规上工业增加值", "percent")
'规模以上工业增加值'
>>> c.find("境内外上市公司", "count"), c.find("上市公司市值", "money")
('上市公司', None)
>>> c.find("第三产业增加值占地区生产总值比重", "percent")
'第三产业增加值'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import wordlists
from .segment import word_pattern

#: The catalogue name of the gross domestic product, which other figures are shares and parts of.
GDP = "地区生产总值"

#: A clause mark: a 占 or 是…的 before one belongs to an earlier clause.
_CLAUSE_MARK = re.compile("[，；：,;:]")


@dataclass(frozen=True, slots=True)
class Indicator:
    name: str
    kinds: frozenset[str]
    nature: str                  # flow | stock | rate


class Catalogue:
    def __init__(self) -> None:
        lex = wordlists.load("indicators")
        self.indicators: dict[str, Indicator] = {}
        self._aliases: dict[str, str] = {}
        for name, info in lex["indicators"].items():
            self.indicators[name] = Indicator(name, frozenset(info["kinds"]), info["nature"])
            for alias in (name, *info.get("aliases", ())):
                self._aliases[alias] = name
        # a sum's name (存贷款余额) is matched too, so that no alias inside it is; it names none
        self._sums: dict[str, list[str]] = lex["sums"]
        self._pattern = re.compile(word_pattern([*self._aliases, *self._sums]))
        self._sum_pattern = re.compile(word_pattern(self._sums))
        self._part_names: dict[str, dict[str, str]] = lex["part_names"]
        self._share_of_gdp: dict[str, str] = lex["share_of_gdp"]
        self._splits: dict[str, tuple[list[str], list[str]]] = {
            name: (info["cues"], info["parts"]) for name, info in lex["splits"].items()}
        self._groups: dict[str, list[str]] = lex["groups"]
        self._derived: list[str] = lex["derived"]
        gdp = [a for a, n in self._aliases.items() if n == GDP]
        self._gdp = re.compile(word_pattern(gdp))
        self._part_of = re.compile("|".join(lex["part_of"]))
        self.industry_words = frozenset(lex["industry_parts"]["words"])
        self.industry_wholes = frozenset(lex["industry_parts"]["wholes"])
        self.industry_opener = re.compile(word_pattern(lex["industry_parts"]["openers"]))
        self._list_cues = re.compile(word_pattern(lex["short_names"]["cues"]))
        self._short_names: dict[str, str] = lex["short_names"]["names"]

    def names(self) -> list[str]:
        return list(self.indicators)

    def aliases(self) -> list[str]:
        """Every name and alias of the catalogue."""
        return list(self._aliases)

    @property
    def names_pattern(self) -> re.Pattern[str]:
        """A pattern matching every name and alias of the catalogue."""
        return self._pattern

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of every alias in ``text``, longest first."""
        return [(m.start(), m.end(), self._aliases[m.group()]) for m in self._pattern.finditer(text)
                if m.group() not in self._sums]

    def alias(self, text: str) -> str | None:
        """The canonical name ``text`` is an alias of, if it is one."""
        return self._aliases.get(text)

    def sum_parts(self, text: str) -> tuple[int, list[str]] | None:
        """Where the last sum's name in ``text`` ends (存贷款余额), and the indicators it adds up."""
        found = list(self._sum_pattern.finditer(text))
        return (found[-1].end(), self._sums[found[-1].group()]) if found else None

    def part_named(self, whole: str, name: str) -> str | None:
        """The indicator of the part of ``whole`` that ``name`` stands for in its breakdown
        (房地产 under 固定资产投资: 房地产开发投资)."""
        return self._part_names.get(whole, {}).get(name)

    def before_part_of(self, text: str) -> str:
        """``text`` up to a 占 or a 是…的 (what follows is the whole a share is taken
        of, or the base of a multiple), in the clause ``text`` ends with: one in an earlier
        clause (喜人的镜头后是一组硕果累累的数字：2004年…粮食总产量达) names no whole."""
        m = self._part_of.search(text)
        while m is not None:
            mark = _CLAUSE_MARK.search(text, m.end())
            if mark is None:
                return text[:m.start()]
            m = self._part_of.search(text, mark.end())
        return text

    def find(self, text: str, unit_kind: str) -> str | None:
        """The indicator ``text`` names for a figure of ``unit_kind``: the last alias
        before any 占."""
        for _start, _end, name in reversed(self.matches(self.before_part_of(text))):
            if unit_kind in self.indicators[name].kinds:
                return name
        return None

    def short_name(self, item: str, before: str) -> str | None:
        """The indicator an item of a list of main indicators names by its short name
        (投资 after 主要经济指标 in ``before``: 固定资产投资)."""
        name = self._short_names.get(item)
        return name if name is not None and self._list_cues.search(before) else None

    def share_of_gdp(self, name: str, after: str) -> str | None:
        """研发经费投入 followed by 占地区生产总值比重 (or 相当于…生产总值的比例) is 研发经费投入强度."""
        if name in self._share_of_gdp and ("占" in after or "相当于" in after) and self._gdp.search(after):
            return self._share_of_gdp[name]
        return None

    def split(self, name: str, text: str, listed: bool = False) -> list[str]:
        """The parts a list of figures of ``name`` stands for (城乡居民人均可支配收入分别…
        → urban, rural), when ``text`` holds a listing cue (城乡, 城镇和农村) and the
        figures are listed: after 分别, or (``listed``) joined by 、."""
        cues, parts = self._splits.get(name, ([], []))
        return parts if any(c in text for c in cues) and ("分别" in text or listed) else []

    def group(self, text: str) -> list[str]:
        """The indicators a group word in ``text`` stands for, in order (三次产业增加值占
        生产总值比重分别为… → 第一, 第二, 第三产业增加值); empty when none is there or
        the figures are a measure derived from them (贡献率, 拉动)."""
        for word, parts in self._groups.items():
            at = text.find(word)
            if at >= 0:
                # 三次产业对经济的贡献率分别为…: a measure derived from the indicators, not theirs
                return [] if any(d in text[at:] for d in self._derived) else parts
        return []

    def grouped(self, name: str) -> bool:
        """Whether ``name`` is one of a group's parts (第二产业增加值 of 三次产业): its share is
        of the group's whole, named so as a structure (第二产业增加值占比48.3%)."""
        return any(name in parts for parts in self._groups.values())

    def derived(self, text: str) -> bool:
        """Whether ``text`` (a figure's clause before it) names a measure derived from an
        indicator (拉动工业投资增长5.4个百分点, 对工业投资的贡献率为70.5%): the figure is
        no value of that indicator."""
        return any(d in text for d in self._derived)

    def nature(self, name: str | None) -> str | None:
        return self.indicators[name].nature if name in self.indicators else None


@cache
def catalogue() -> Catalogue:
    return Catalogue()
